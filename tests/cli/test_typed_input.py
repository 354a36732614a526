"""Values as people type them, through the command line: dates, zones, people, places,
addresses and qualifications; refused with one line where a terminal is not there to ask,
asked about where it is (pexpect drives a real terminal)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pexpect
import pytest

FOLLOWUP = str(Path(sys.executable).parent / "followup")
TODAY = ("--today", "2026-11-29")  # a Sunday
BASE = ("add", "--company", "Acme", "--role", "Data Analyst", "--format", "video", *TODAY)


@pytest.fixture
def far_days_90(monkeypatch):
    """The default question about far dates (conftest turns it off for fixed-date tests)."""
    monkeypatch.setenv("FOLLOWUP_INPUT_FAR_DAYS", "90")


def one_line_error(res, says: str) -> None:
    assert res.code == 2, res.out
    assert res.err.startswith("followup: error: ") and res.err.count("\n") == 1, res.err
    assert says in res.err, res.err
    assert "Traceback" not in res.err


# --- dates ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "day"),
    [
        ("yesterday", "2026-11-28"),
        ("last Tuesday", "2026-11-24"),
        ("Nov 27", "2026-11-27"),
        ("27 November", "2026-11-27"),
        ("11/27", "2026-11-27"),
        ("Thursday", "2026-11-26"),
        ("2026-11-26", "2026-11-26"),
    ],
)
def test_dates_as_people_type_them(cli, typed, day):
    res = cli(*BASE, "--interviewed", typed, "--json")
    assert res.code == 0, res.err
    assert res.json()["interviewed"] == day  # JSON keeps YYYY-MM-DD


def test_the_resolved_date_is_echoed(cli):
    res = cli(*BASE, "--interviewed", "last Thursday")
    assert res.code == 0, res.err
    assert "Added interview round #1 (interviewed Thu 26 Nov 2026)." in res.out
    done = cli("done", "1", "--via", "email", "--on", "yesterday", *TODAY)
    assert done.code == 0, done.err
    assert "on Sat 28 Nov 2026" in done.out


def test_day_first_by_the_date_order_setting(cli, monkeypatch):
    one_line_error(cli(*BASE, "--interviewed", "27/11"), "dates are read month/day")
    monkeypatch.setenv("FOLLOWUP_INPUT_DATE_ORDER", "dmy")
    assert cli(*BASE, "--interviewed", "27/11", "--json").json()["interviewed"] == "2026-11-27"
    one_line_error(cli(*BASE, "--interviewed", "11/27"), "dates are read day/month")


def test_auto_date_order_follows_the_users_country(cli, monkeypatch):
    monkeypatch.setenv("FOLLOWUP_USER_COUNTRY", "GB")
    res = cli(*BASE, "--interviewed", "26/11", "--country", "GB", "--json")
    assert res.code == 0, res.err
    assert res.json()["interviewed"] == "2026-11-26"


def test_deadline_weekday_is_the_next_one(cli):
    res = cli(*BASE, "--interviewed", "Thursday", "--deadline", "Friday", "--json")
    assert res.json()["deadline"] == "2026-12-04"


@pytest.mark.usefixtures("far_days_90")
def test_a_far_date_is_refused_unless_yes(cli):
    one_line_error(
        cli(*BASE, "--interviewed", "2025-11-27"),
        "--interviewed: Thu 27 Nov 2025 is 367 days ago; if 2025 is the year you meant, add --yes",
    )
    assert cli("list", "--json").json() == []  # nothing stored
    res = cli(*BASE, "--interviewed", "2025-11-27", "--yes", "--json")
    assert res.code == 0 and res.json()["interviewed"] == "2025-11-27"
    one_line_error(cli("edit", "1", "--deadline", "2027-11-27", *TODAY), "add --yes")
    one_line_error(cli("done", "1", "--via", "email", "--on", "2026-01-02", *TODAY), "add --yes")


@pytest.mark.usefixtures("far_days_90")
def test_an_old_invite_is_refused_unless_yes(cli):
    invite = str(Path(__file__).parent.parent / "fixtures" / "invites" / "google_meet.ics")
    res = cli("import", invite, "--today", "2028-01-10", "--json")
    one_line_error(res, "the interview day")
    assert "add --yes" in res.err
    ok = cli("import", invite, "--today", "2028-01-10", "--yes", "--json")
    assert ok.code == 0, ok.err


# --- zones ---------------------------------------------------------------------------------


def test_abbreviations_map_to_the_recipients_zone_with_daylight_time(cli):
    july = ("add", "--company", "Acme", "--role", "Analyst", "--format", "video",
            "--today", "2026-07-16", "--interviewed", "2026-07-15")  # fmt: skip
    res = cli(*july, "--tz", "EST", "--json")
    assert res.code == 0, res.err
    record = res.json()
    assert record["tz"] == "America/New_York"
    assert record["plan"]["send_at"].endswith("-04:00")  # summer time, not a fixed UTC-5
    az = cli(*july, "--tz", "MST", "--subdiv", "Arizona", "--json").json()
    assert (az["tz"], az["subdiv"]) == ("America/Phoenix", "AZ")
    qld = cli(*july, "--tz", "AEST", "--country", "Australia", "--subdiv", "QLD", "--json").json()
    assert (qld["tz"], qld["country"]) == ("Australia/Brisbane", "AU")


def test_ambiguous_and_unknown_zones_are_one_line_without_a_terminal(cli):
    one_line_error(
        cli(*BASE, "--interviewed", "Nov 27", "--tz", "IST", "--country", "GB"),
        "'IST' is ambiguous for a recipient in GB",
    )
    one_line_error(
        cli(*BASE, "--interviewed", "Nov 27", "--tz", "CST", "--country", "Germany"),
        "Asia/Shanghai",
    )
    one_line_error(
        cli(*BASE, "--interviewed", "Nov 27", "--tz", "America/New York"),
        "did you mean America/New_York?",
    )
    assert cli("list", "--json").json() == []


def test_plan_reads_zone_abbreviations_too(cli):
    res = cli("plan", "--interviewed", "Jul 15", "--format", "video", "--tz", "Pacific",
              "--today", "2026-07-16", "--json")  # fmt: skip
    assert res.code == 0, res.err
    assert res.json()["tz"] == "America/Los_Angeles"


# --- places ----------------------------------------------------------------------------------


def test_countries_and_regions_by_name(cli):
    res = cli(*BASE, "--interviewed", "Nov 26", "--country", "Germany", "--subdiv", "Bayern",
              "--json")  # fmt: skip
    assert res.code == 0, res.err
    assert (res.json()["country"], res.json()["subdiv"]) == ("DE", "BY")
    canada = cli(*BASE, "--interviewed", "Nov 26", "--country", "canada", "--subdiv",
                 "Ontario", "--json").json()  # fmt: skip
    assert (canada["country"], canada["subdiv"]) == ("CA", "ON")
    one_line_error(cli(*BASE, "--interviewed", "Nov 26", "--country", "Atlantis"), "not a country")


# --- people, addresses, qualifications ------------------------------------------------------


def test_people_in_the_forms_people_type(cli):
    res = cli(*BASE, "--interviewed", "Nov 26",
              "--contact", "Maria Gonzalez, maria@acme.example, 617 555 0199",
              "--interviewer", "Dr. Helen Moss (Head of Research) <helen@acme.example> "
              "+1 617 555 0100",
              "--interviewer", "Omar Reyes, Regional Director, +44 20 7946 0018",
              "--json")  # fmt: skip
    assert res.code == 0, res.err
    people = res.json()["people"]
    assert [(p["name"], p["title"], p["email"], p["phone"], p["role"]) for p in people] == [
        ("Maria Gonzalez", None, "maria@acme.example", "+16175550199", "coordinator"),
        ("Dr. Helen Moss", "Head of Research", "helen@acme.example", "+16175550100",
         "interviewer"),
        ("Omar Reyes", "Regional Director", None, "+442079460018", "interviewer"),
    ]  # fmt: skip
    shown = cli("show", "1", *TODAY)
    assert "Maria Gonzalez <maria@acme.example>, +1 617-555-0199" in shown.out  # dials from abroad
    assert "Omar Reyes (Regional Director), +44 20 7946 0018" in shown.out
    edited = cli("edit", "1", "--coordinator", "Maria Gonzalez (Talent Partner) +1 312 555 0100",
                 "--json").json()  # fmt: skip
    assert (edited["people"][0]["title"], edited["people"][0]["phone"]) == (
        "Talent Partner",
        "+13125550100",
    )


def test_a_person_with_something_unplaceable_is_refused(cli):
    one_line_error(
        cli(*BASE, "--interviewed", "Nov 26", "--coordinator", "Maria Gonzalez, maria@…"),
        "--coordinator: 'maria@…' is not an email address",
    )
    one_line_error(
        cli(*BASE, "--interviewed", "Nov 26", "--interviewer", "Lee Park, 555-0100"),
        "--interviewer: '555-0100' is not a valid phone number in US",
    )
    assert cli("list", "--json").json() == []


def test_the_call_plan_names_the_person_and_gives_the_number(cli):
    res = cli("add", "--company", "Harbor Store", "--role", "Assistant Manager",
              "--interviewed", "Nov 26", "--format", "in-person", "--channel", "phone",
              "--contact", "Tom Becker (Store Manager), 617-555-0100", *TODAY)  # fmt: skip
    assert res.code == 0, res.err
    plan = " ".join(cli("plan", "1", *TODAY).out.split())  # as read, whatever the wrapping
    assert "Call: Tom Becker (Store Manager) at (617) 555-0100" in plan
    assert "(from abroad: +1 617-555-0100)" in plan
    data = cli("plan", "1", *TODAY, "--json").json()
    assert data["method"] == "phone"
    assert data["recipient"]["phone_dial"] == "+1 617-555-0100"
    due = cli("today", "--today", "2026-11-30", "--json").json()["due"][0]["recipient"]
    assert (due["name"], due["phone_national"]) == ("Tom Becker", "(617) 555-0100")
    today = " ".join(cli("today", "--today", "2026-11-30").out.split())
    assert "+1 617-555-0100" in today and "555-0100>" not in today  # dials from anywhere


def test_addresses_are_stored_as_given(cli):
    res = cli(*BASE, "--interviewed", "Nov 26", "--address", "Acme Corp\n100 Main St\nBoston",
              "--interviewer", "Lee Park <lee@acme.example>",
              "--person-address", "Lee Park", "Acme Labs\n1 Lab Way\nCambridge",
              "--json")  # fmt: skip
    assert res.code == 0, res.err
    record = res.json()
    assert record["address"] == "Acme Corp\n100 Main St\nBoston"
    assert record["people"][0]["address"] == "Acme Labs\n1 Lab Way\nCambridge"
    me = cli("profile", "--name", "Sam Doe", "--address", "Sam Doe\n5 Elm St\nSomerville",
             "--json").json()  # fmt: skip
    assert me["address"] == "Sam Doe\n5 Elm St\nSomerville"
    one_line_error(cli("edit", "1", "--person-address", "Nobody", "x"), "no one named 'Nobody'")


def test_show_lists_both_kinds_of_qualification(cli):
    cli("profile", "--name", "Sam Doe", "--qualification", "6 years of SQL and Python analytics",
        "--qualification", "Ran a community garden")  # fmt: skip
    res = cli(*BASE, "--interviewed", "Nov 26", "--topic", "their SQL warehouse",
              "--qualification", "Built the churn dashboard", "--json")  # fmt: skip
    record = res.json()
    assert record["qualifications"] == ["Built the churn dashboard"]
    assert record["qualifications_from_profile"] == ["6 years of SQL and Python analytics"]
    shown = cli("show", "1", *TODAY)
    assert "Built the churn dashboard (this application)" in shown.out
    assert "6 years of SQL and Python analytics (your profile: fits the role)" in shown.out
    assert "community garden" not in shown.out


# --- in a real terminal ---------------------------------------------------------------------


def spawn(*args: str, far_days: str = "90") -> pexpect.spawn:
    env = {**os.environ, "FOLLOWUP_INPUT_FAR_DAYS": far_days}
    return pexpect.spawn(FOLLOWUP, list(args), env=env, encoding="utf-8", timeout=30,
                         dimensions=(40, 120))  # fmt: skip


def stored(round_id: int = 1) -> dict:
    out = subprocess.run([FOLLOWUP, "show", str(round_id), "--json"], capture_output=True,
                         text=True, check=True).stdout  # fmt: skip
    return json.loads(out)


def test_a_terminal_asks_which_zone_and_whether_the_year_is_meant():
    child = spawn(*BASE, "--interviewed", "2025-11-27", "--tz", "IST", "--country", "GB")
    child.expect_exact("Is 2025 the year you meant")
    child.sendline("n")
    child.expect_exact("--interviewed — the date again")
    child.sendline("Nov 27")
    child.expect_exact("'IST' is ambiguous for a recipient in GB")
    child.expect_exact("Which one")
    child.sendline("1")
    child.expect_exact("Added interview round #1 (interviewed Fri 27 Nov 2026).")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    record = stored()
    assert (record["tz"], record["interviewed"]) == ("Asia/Kolkata", "2026-11-27")


def test_a_terminal_offers_the_suggested_zone_name():
    child = spawn(*BASE, "--interviewed", "Nov 27", "--tz", "America/New York")
    child.expect_exact("did you mean America/New_York?")
    child.expect_exact("Use America/New_York?")
    child.sendline("y")
    child.expect_exact("Added interview round #1")
    child.expect(pexpect.EOF)
    child.close()
    assert stored()["tz"] == "America/New_York"
