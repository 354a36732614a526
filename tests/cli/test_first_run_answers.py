"""The first run and `add` in a real terminal: nothing is offered that cannot be done, each
answer is judged where it is asked (the region as the holiday calendar will read it, by code,
local name or English name), and the recipient's zone is proposed from their country."""

from __future__ import annotations

import json
import os
import subprocess

import pexpect
from tests.cli.test_add_interactive import FOLLOWUP


def spawn(*args: str) -> pexpect.spawn:
    env = {**os.environ, "FOLLOWUP_USER_TIMEZONE": "Etc/UTC", "COLUMNS": "100"}
    return pexpect.spawn(FOLLOWUP, list(args), env=env, encoding="utf-8", timeout=60,
                         dimensions=(50, 100))  # fmt: skip


def answer(child: pexpect.spawn, prompt: str, reply: str) -> None:
    child.expect_exact(prompt)
    child.sendline(reply)


def shown(round_id: int) -> dict:
    out = subprocess.run([FOLLOWUP, "show", str(round_id), "--json"], capture_output=True,
                         text=True, check=True).stdout  # fmt: skip
    return json.loads(out)


def test_welcome_with_nobody_recorded_says_what_to_add() -> None:
    child = spawn("welcome", "--today", "2026-11-30")
    answer(child, "Your name (drafts are signed with it):", "Aiko Brennan")
    answer(child, "Your email (blank: skip):", "")
    answer(child, "Company:", "Kintetsu Data")
    answer(child, "Role:", "Data Engineer")
    answer(child, "Interview day (e.g. yesterday, Nov 27):", "Nov 26")
    answer(child, "Time (HH:MM):", "")
    answer(child, "Format (video, phone, in-person):", "video")
    answer(child, "Arrangements made by (email, phone, unknown)", "email")
    answer(child, "Recipient's country (name or code)", "Japan")
    answer(child, "Recipient's state or region (blank: none):", "")
    child.expect_exact("Recipient's time zone [Asia/Tokyo]:")  # their country's one zone
    child.sendline("")
    answer(child, "Employer's decision date (blank: none):", "")
    answer(child, "Recruiter or coordinator", "")
    answer(child, "Interviewer", "")
    answer(child, "Topic or detail discussed", "")
    answer(child, "Item or product discussed", "")
    answer(child, "Notes:", "")
    child.expect_exact("No draft yet: nobody is recorded for this interview")
    child.expect_exact("followup edit 1 --coordinator")
    rest = child.read()
    child.close()
    assert child.exitstatus == 0
    assert "Write the follow-up draft now?" not in rest and "error" not in rest
    assert shown(1)["tz"] == "Asia/Tokyo"


def test_welcome_does_not_offer_a_call_script_without_your_number() -> None:
    child = spawn("welcome", "--today", "2026-11-30")
    answer(child, "Your name (drafts are signed with it):", "Aiko Brennan")
    answer(child, "Your email (blank: skip):", "aiko@example.org")
    answer(child, "Company:", "Harrow & Vance")
    answer(child, "Role:", "Paralegal")
    answer(child, "Interview day (e.g. yesterday, Nov 27):", "Nov 26")
    answer(child, "Time (HH:MM):", "")
    answer(child, "Format (video, phone, in-person):", "in-person")
    answer(child, "Arrangements made by (email, phone, unknown)", "phone")
    answer(child, "Recipient's country (name or code)", "GB")
    answer(child, "Recipient's state or region (blank: none):", "")
    answer(child, "Recipient's time zone [Europe/London]:", "")
    answer(child, "Employer's decision date (blank: none):", "")
    answer(child, "Recruiter or coordinator", "Nell Hart, +44 20 7946 0321")
    answer(child, "Interviewer", "")
    answer(child, "Topic or detail discussed", "")
    answer(child, "Item or product discussed", "")
    answer(child, "Notes:", "")
    child.expect_exact("No draft yet: a phone script needs your number")
    rest = child.read()
    child.close()
    assert child.exitstatus == 0 and "Write the follow-up draft now?" not in rest


def test_add_asks_the_region_again_and_takes_its_english_name() -> None:
    child = spawn("add", "--today", "2026-11-30")
    answer(child, "Company:", "Alpenglow Robotik")
    answer(child, "Role:", "Test Technician")
    answer(child, "Interview day (e.g. yesterday, Nov 27):", "Nov 27")
    answer(child, "Time (HH:MM):", "")
    answer(child, "Format (video, phone, in-person):", "video")
    answer(child, "Arrangements made by (email, phone, unknown)", "email")
    answer(child, "Recipient's country (name or code)", "Germany")
    answer(child, "Recipient's state or region (blank: none):", "CET")  # a zone, not a region
    child.expect_exact("region: 'CET' is not a region of DE; give its name or code (e.g. ")
    answer(child, "Recipient's state or region (blank: none):", "Bavria")
    child.expect_exact("did you mean Bavaria (BY)?")
    answer(child, "Recipient's state or region (blank: none):", "Bavaria")
    answer(child, "Recipient's time zone [Europe/Berlin]:", "")
    answer(child, "Employer's decision date (blank: none):", "")
    answer(child, "Recruiter or coordinator", "Jonas Weber <jonas@alpenglow.example>")
    answer(child, "Interviewer", "")
    answer(child, "Topic or detail discussed", "")
    answer(child, "Item or product discussed", "")
    answer(child, "Notes:", "")
    child.expect_exact("Added interview round #1")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    record = shown(1)
    assert (record["country"], record["subdiv"], record["tz"]) == ("DE", "BY", "Europe/Berlin")


def test_a_country_of_several_zones_keeps_yours_as_the_default() -> None:
    child = spawn("add", "--today", "2026-11-30", "--company", "Acme", "--role", "Clerk",
                  "--interviewed", "2026-11-27", "--format", "video", "--channel", "email",
                  "--interactive")  # fmt: skip
    answer(child, "Time (HH:MM):", "")
    answer(child, "Recipient's country (name or code)", "Australia")
    answer(child, "Recipient's state or region (blank: none):", "")
    child.expect_exact("Recipient's time zone [Etc/UTC]:")
    child.sendline("Australia/Perth")
    child.expect_exact("Employer's decision date")
    child.terminate(force=True)


def test_a_bad_subdiv_flag_names_the_option_and_gives_examples(cli) -> None:
    from tests.cli.test_draft_cli import one_line_error

    base = ("--interviewed", "2026-11-27", "--format", "video", "--country", "DE")
    for args in (("plan", *base), ("add", "--company", "A", "--role", "B", *base)):
        line = one_line_error(cli(*args, "--subdiv", "XX"), 2)
        assert line == (
            "followup: error: --subdiv: 'XX' is not a region of DE; give its name or code "
            "(e.g. Brandenburg or BB, Berlin or BE, Baden-Württemberg or BW)"
        )
    assert cli("list", "--json").json() == []  # nothing stored
    res = cli("add", "--company", "A", "--role", "B", *base[:4], "--country", "Japan",
              "--subdiv", "Tokyo")  # fmt: skip
    assert "has no public-holiday calendar of its own in JP; leave the region blank" in res.err


def test_regions_by_english_name_local_name_and_code(cli) -> None:
    for typed, country, code in [("Bavaria", "DE", "BY"), ("Bayern", "DE", "BY"),
                                 ("by", "DE", "BY"), ("Scotland", "GB", "SCT"),
                                 ("New South Wales", "AU", "NSW"), ("Catalunya", "ES", "CT"),
                                 ("CA-QC", "CA", "QC")]:  # fmt: skip
        res = cli("add", "--company", "A", "--role", "B", "--interviewed", "2026-11-27",
                  "--format", "video", "--country", country, "--subdiv", typed,
                  "--json")  # fmt: skip
        assert res.code == 0, (typed, res.err)
        assert res.json()["subdiv"] == code  # type: ignore[index]


def test_a_decision_date_before_the_interview_is_asked_again() -> None:
    child = spawn("add", "--today", "2026-11-30", "--company", "Orchard Lane Dental",
                  "--role", "Dental Nurse", "--interviewed", "Nov 26", "--format", "in-person",
                  "--channel", "phone", "--country", "GB", "--tz", "Europe/London",
                  "--interactive")  # fmt: skip
    answer(child, "Time (HH:MM):", "")
    answer(child, "Recipient's state or region (blank: none):", "Wales")
    answer(child, "Employer's decision date (blank: none):", "Nov 20")
    child.expect_exact(
        "Fri 20 Nov 2026 is before the interview (Thu 26 Nov 2026); give a later day"
    )
    answer(child, "Employer's decision date (blank: none):", "Dec 4")
    answer(child, "Recruiter or coordinator", "Bethan Lloyd, +44 29 2018 0000")
    answer(child, "Interviewer", "")
    answer(child, "Topic or detail discussed", "")
    answer(child, "Item or product discussed", "")
    answer(child, "Notes:", "")
    child.expect_exact("Added interview round #1")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    record = shown(1)
    assert (record["deadline"], record["subdiv"]) == ("2026-12-04", "WLS")
