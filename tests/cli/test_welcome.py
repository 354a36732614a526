"""`followup welcome`, the guided first run of the command line (`make run` starts the web
app): every answer checked as it is typed (a wrong one is asked again), the interview saved,
its plan shown, the draft offered. Driven in a real terminal (pexpect)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pexpect

FOLLOWUP = str(Path(sys.executable).parent / "followup")


def test_welcome_without_a_terminal_only_introduces(run_followup) -> None:
    res = run_followup("welcome")
    assert res.code == 0, res.err
    assert "followup plan --interviewed" in res.out
    assert "Interview day" not in res.out


def test_welcome_refuses_a_date_that_does_not_exist_in_one_line(run_followup) -> None:
    res = run_followup("welcome", "--today", "2026-13-40")
    assert res.code == 2
    assert res.out == ""
    assert res.err.strip() == "followup: error: --today: '2026-13-40' is not a real date"


def answer(child: pexpect.spawn, prompt: str, reply: str) -> None:
    child.expect_exact(prompt)
    child.sendline(reply)


def test_the_first_run_records_plans_and_drafts_in_a_terminal() -> None:
    child = pexpect.spawn(FOLLOWUP, ["welcome", "--today", "2026-11-23"], env=dict(os.environ),
                          encoding="utf-8", timeout=60, dimensions=(50, 120))  # fmt: skip
    answer(child, "Your name (drafts are signed with it):", "Sam Doe")
    answer(child, "Your email (blank: skip):", "sam@")  # wrong: asked again
    child.expect_exact("is not an email address")
    answer(child, "Your email (blank: skip):", "sam@example.com")
    answer(child, "Company:", "Acme")
    answer(child, "Role:", "Data Analyst")
    answer(child, "Interview day (e.g. yesterday, Nov 27):", "Nov 31")  # no such day
    child.expect_exact("not a real date")
    answer(child, "Interview day (e.g. yesterday, Nov 27):", "last Thursday")
    child.expect_exact("→ Thu 19 Nov 2026")
    answer(child, "Time (HH:MM):", "2pm")
    child.expect_exact("is not a time")
    answer(child, "Time (HH:MM):", "14:00")
    answer(child, "Format (video, phone, in-person):", "zoom")
    child.expect_exact("not one of")
    answer(child, "Format (video, phone, in-person):", "video")
    answer(child, "Arrangements made by (email, phone, unknown)", "email")
    answer(child, "Recipient's country (name or code)", "United States")
    answer(child, "Recipient's state or region (blank: none):", "New York")
    answer(child, "Recipient's time zone", "Eastern")
    child.expect_exact("→ America/New_York")
    answer(child, "Employer's decision date (blank: none):", "")
    answer(child, "Recruiter or coordinator", "Dana Reyes")  # no way to reach her
    child.expect_exact("how do you reach Dana Reyes?")
    answer(child, "Recruiter or coordinator", "Dana Reyes (Recruiter) <dana@acme.example>")
    answer(child, "Interviewer", "Lee Park, Head of Data, lee@acme.example")
    answer(child, "Interviewer", "")
    answer(child, "Topic or detail discussed", "the Q3 dashboard migration")
    answer(child, "Topic or detail discussed", "")
    answer(child, "Item or product discussed", "")
    answer(child, "Notes:", "")
    child.expect_exact("Saved as interview round #1 (Acme — Data Analyst).")
    child.expect_exact("Follow up by")  # (styled: 'email' is coloured in a terminal)
    child.expect_exact("Write to: Dana Reyes (Recruiter) <dana@acme.example>")
    answer(child, "Write the follow-up draft now?", "y")
    answer(child, "One line of your own for Dana Reyes", "")  # Enter skips it
    child.expect_exact("Dear Dana")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0

    shown = subprocess.run([FOLLOWUP, "show", "1", "--json"], capture_output=True, text=True,
                           check=True)  # fmt: skip
    record = json.loads(shown.stdout)
    assert (record["company"], record["interviewed"], record["time"]) == (
        "Acme",
        "2026-11-19",
        "14:00",
    )
    assert (record["country"], record["subdiv"], record["tz"]) == ("US", "NY", "America/New_York")
    assert [(p["name"], p["title"], p["role"]) for p in record["people"]] == [
        ("Dana Reyes", "Recruiter", "coordinator"),
        ("Lee Park", "Head of Data", "interviewer"),
    ]
    assert record["drafts"], "the draft was saved with the round"
    profile = subprocess.run([FOLLOWUP, "profile", "--json"], capture_output=True, text=True,
                             check=True)  # fmt: skip
    assert json.loads(profile.stdout)["email"] == "sam@example.com"


def test_the_welcome_intro_fits_the_terminal_and_keeps_commands_whole(run_followup) -> None:
    for columns in ("100", "80", "50"):
        res = run_followup("welcome", env={"COLUMNS": columns})
        assert res.code == 0, res.err
        lines = res.out.splitlines()
        assert all(len(line) <= int(columns) for line in lines), (columns, res.out)
        assert "followup import invite.ics" in res.out  # a command and its comment
        assert "source .venv/bin/activate" not in res.out
