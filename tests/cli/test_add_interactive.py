"""`followup add` in a real terminal: a driver answers the questions, mistakes are re-asked."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pexpect

FOLLOWUP = str(Path(sys.executable).parent / "followup")


def spawn(*args: str) -> pexpect.spawn:
    child = pexpect.spawn(
        FOLLOWUP, list(args), env=dict(os.environ), encoding="utf-8", timeout=30,
        dimensions=(40, 120),
    )  # fmt: skip
    return child


def answer(child: pexpect.spawn, prompt: str, reply: str) -> None:
    child.expect_exact(prompt)
    child.sendline(reply)


def test_add_asks_for_everything_in_a_terminal():
    child = spawn("add", "--today", "2026-11-23")
    answer(child, "Company:", "Acme")
    answer(child, "Role:", "Data Analyst")
    answer(child, "Interview day (e.g. yesterday, Nov 27):", "2026-02-30")  # asked again
    child.expect_exact("not a real date")
    answer(child, "Interview day (e.g. yesterday, Nov 27):", "last Thursday")
    child.expect_exact("→ Thu 19 Nov 2026")
    answer(child, "Time (HH:MM):", "14:30")
    answer(child, "Format (video, phone, in-person):", "zoom")
    child.expect_exact("not one of")
    answer(child, "Format (video, phone, in-person):", "video")
    answer(child, "Arrangements made by (email, phone, unknown)", "email")
    answer(child, "Recipient's country (name or code)", "")  # keeps the default (US)
    answer(child, "Recipient's state or region (blank: none):", "Massachusetts")
    answer(child, "Recipient's time zone", "EST")
    child.expect_exact("→ America/New_York")
    answer(child, "Employer's decision date (blank: none):", "")
    answer(child, "Recruiter or coordinator", "Dana Reyes, dana@")
    child.expect_exact("'dana@' is not an email address")
    answer(child, "Recruiter or coordinator", "Dana Reyes (Recruiter), dana@acme.example")
    answer(child, "Interviewer", "Lee Park <lee@acme.example> 617 555 0100")
    answer(child, "Interviewer", "")
    answer(child, "Topic or detail discussed", "the Q3 dashboard migration")
    answer(child, "Topic or detail discussed", "")
    answer(child, "Item or product discussed", "")
    answer(child, "Notes:", "Friendly team.")
    child.expect_exact("Added interview round #1 (interviewed Thu 19 Nov 2026).")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0

    shown = subprocess.run(
        [FOLLOWUP, "show", "1", "--json"], capture_output=True, text=True, check=True
    )
    record = json.loads(shown.stdout)
    assert record["company"] == "Acme" and record["interviewed"] == "2026-11-19"
    assert record["time"] == "14:30" and record["format"] == "video"
    assert record["tz"] == "America/New_York" and record["country"] == "US"
    assert record["subdiv"] == "MA"
    assert [p["name"] for p in record["people"]] == ["Dana Reyes", "Lee Park"]
    assert record["people"][0]["title"] == "Recruiter"
    assert record["people"][1]["phone"] == "+16175550100"
    assert record["topics"] == ["the Q3 dashboard migration"]
    assert record["notes"] == "Friendly team."


def test_interactive_asks_only_for_what_is_missing():
    child = spawn("add", "--interactive", "--company", "Globex", "--role", "Engineer",
                  "--interviewed", "2026-11-24", "--format", "in-person", "--channel", "phone",
                  "--tz", "America/Chicago", "--country", "US", "--note", "x")  # fmt: skip
    child.expect_exact("Time (HH:MM):")
    child.sendline("")
    answer(child, "Recipient's state or region (blank: none):", "")
    answer(child, "Employer's decision date (blank: none):", "")
    answer(child, "Recruiter or coordinator", "")
    answer(child, "Interviewer", "")
    answer(child, "Topic or detail discussed", "")
    answer(child, "Item or product discussed", "the sensor kit")
    answer(child, "Item or product discussed", "")
    child.expect_exact("Added interview round #1")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0


def test_ctrl_d_cancels_and_stores_nothing():
    child = spawn("add")
    answer(child, "Company:", "Acme")
    child.expect_exact("Role:")
    child.sendeof()
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 1
    assert "nothing was changed" in (child.before or "")
    listed = subprocess.run([FOLLOWUP, "list", "--json"], capture_output=True, text=True)
    assert json.loads(listed.stdout) == []


def test_delete_asks_first_in_a_terminal():
    subprocess.run(
        [FOLLOWUP, "add", "--company", "Acme", "--role", "Dev", "--interviewed", "2026-11-19",
         "--format", "video"],
        check=True, capture_output=True,
    )  # fmt: skip
    child = spawn("delete", "1")
    answer(child, "Delete #1 Acme — Dev, interviewed 2026-11-19", "n")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 1
    child = spawn("delete", "1")
    answer(child, "Delete #1 Acme", "y")
    child.expect_exact("Deleted round #1")
    child.expect(pexpect.EOF)
    listed = subprocess.run([FOLLOWUP, "list", "--json"], capture_output=True, text=True)
    assert json.loads(listed.stdout) == []
