"""Whom the round's notes say to write to is the plan's contact everywhere (issue 10): the
`Write to:` line of `followup plan ID`, the person in its --json `recipient` (same keys as
before, new values), the agenda of `followup today`, the note `followup draft` writes and the
person `followup done` records. Before, the plan's reason said "Your notes say to write to Lee
Park" while its contact line, its JSON and the agenda named the coordinator, Dana Reyes."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest

DANA = "Dana Reyes <dana@acme.example>"
LEE = "Lee Park <lee@acme.example> +1 617 555 0142"
CONTACT_KEYS = {"role", "name", "title", "email", "phone", "phone_national", "phone_dial"}
TODAY = "2026-11-23"  # a Monday inside the window of a Thursday 19 Nov video round


def add_round(cli: Callable[..., Any], note: str | None) -> None:
    got = cli("profile", "--name", "Sam Carter", "--email", "sam@example.com")
    assert got.code == 0, got.err
    args = [
        "add", "--company", "Acme", "--role", "Data Analyst", "--interviewed", "2026-11-19",
        "--format", "video", "--tz", "America/New_York", "--coordinator", DANA,
        "--interviewer", LEE, "--topic", "the churn dashboard", "--today", "2026-11-20",
    ]  # fmt: skip
    got = cli(*args, *(["--note", note] if note else []))
    assert got.code == 0, got.err


def contact_line(text: str) -> str:
    """The plan's 'Write to:' / 'Call:' line, its wrapped lines joined."""
    m = re.search(r"^(?:Write to|Call): .*?(?=^Status:)", text, re.M | re.S)
    assert m, text
    return " ".join(m.group(0).split())


def views(cli: Callable[..., Any]) -> dict[str, Any]:
    """Every view of round 1's recipient: plan (text, JSON), today (text, JSON), the draft."""
    plan_text = cli("plan", "1", "--today", TODAY)
    plan_json = cli("plan", "1", "--today", TODAY, "--json")
    today_text = cli("today", "--today", TODAY)
    today_json = cli("today", "--today", TODAY, "--json")
    draft = cli("draft", "1", "--today", TODAY, "--no-save", "--json")
    for got in (plan_text, plan_json, today_text, today_json, draft):
        assert got.code == 0, got.err
    (due,) = today_json.json()["due"]
    (note,) = draft.json()["drafts"]
    return {
        "plan": plan_text.out,
        "line": contact_line(plan_text.out),
        "recipient": plan_json.json()["recipient"],
        "today": " ".join(today_text.out.split()),
        "agenda": due["recipient"],
        "draft_to": note["to"],
    }


ROUTED = [
    ("Send my thank-you to Lee Park.", None),
    ("Lee sent the invite. Reply in her thread with the thank-you.", "thread"),
]


@pytest.mark.parametrize(("note", "how"), ROUTED)
def test_the_plan_contact_is_whom_the_notes_name(cli, note, how):
    add_round(cli, note)
    seen = views(cli)
    assert "Your notes say" in seen["plan"]
    assert seen["line"].startswith("Write to: Lee Park <lee@acme.example>"), seen["line"]
    assert "Dana" not in seen["line"]
    assert "Follow up by email to Lee Park, as your notes say" in seen["plan"]
    # the pinned shape: the same keys as before, the routed person's values
    recipient = seen["recipient"]
    assert set(recipient) == CONTACT_KEYS | {"as_notes_say"}
    assert recipient["role"] == "coordinator"  # SPEC §2's role, unchanged
    assert (recipient["name"], recipient["email"]) == ("Lee Park", "lee@acme.example")
    assert recipient["phone"] == "+16175550142"
    assert recipient["as_notes_say"]["name"] == "Lee Park"
    assert recipient["as_notes_say"]["how"] == how
    assert set(seen["agenda"]) == CONTACT_KEYS
    assert (seen["agenda"]["name"], seen["agenda"]["email"]) == ("Lee Park", "lee@acme.example")
    assert "Lee Park" in seen["today"] and "<lee@acme.example>" in seen["today"]
    assert "Dana" not in seen["today"]
    assert seen["draft_to"] == {"name": "Lee Park", "email": "lee@acme.example"}


def test_an_inbox_the_notes_give_the_address_of_is_the_contact(cli):
    add_round(cli, "Lee said to email the team inbox, analytics-team@acme.example, with thanks.")
    seen = views(cli)
    assert "Follow up by email to the team inbox, as your notes say" in seen["plan"]
    assert seen["line"] == "Write to: Team inbox <analytics-team@acme.example>", seen["line"]
    assert "Your notes say to email the team inbox, analytics-team@acme.example" in " ".join(
        seen["plan"].split()
    )
    recipient = seen["recipient"]
    assert set(recipient) == CONTACT_KEYS | {"as_notes_say"}
    assert (recipient["name"], recipient["email"]) == ("Team inbox", "analytics-team@acme.example")
    assert recipient["as_notes_say"]["email"] == "analytics-team@acme.example"
    assert seen["agenda"]["email"] == "analytics-team@acme.example"
    assert "<analytics-team@acme.example>" in seen["today"] and "Dana" not in seen["today"]
    assert seen["draft_to"] == {"name": "Team inbox", "email": "analytics-team@acme.example"}


def test_an_inbox_named_without_an_address_leaves_the_contact_alone(cli):
    add_round(cli, "Lee said to email the team inbox with my thanks.")
    seen = views(cli)
    assert "Your notes say" not in seen["plan"]
    assert seen["line"] == "Write to: Dana Reyes <dana@acme.example>"
    assert "as_notes_say" not in seen["recipient"]
    assert seen["draft_to"] == {"name": "Dana Reyes", "email": "dana@acme.example"}


def test_a_route_by_email_on_a_phone_plan_says_to_email(cli):
    cli("profile", "--name", "Sam Carter", "--email", "sam@example.com", "--phone", "617 555 0123")
    args = [
        "add", "--company", "Acme", "--role", "Data Analyst", "--interviewed", "2026-11-19",
        "--format", "in-person", "--channel", "phone", "--tz", "America/New_York",
        "--coordinator", DANA + " +1 617 555 0100", "--interviewer", LEE,
        "--note", "Dana said to email Lee rather than call.", "--today", "2026-11-20",
    ]  # fmt: skip
    assert cli(*args).code == 0
    got = cli("plan", "1", "--today", TODAY)
    assert got.out.startswith("Follow up by email to Lee Park, as your notes say"), got.out
    assert contact_line(got.out).startswith("Write to: Lee Park <lee@acme.example>")
    data = cli("plan", "1", "--today", TODAY, "--json").json()
    assert data["method"] == "phone"  # SPEC §2's method; the route says how instead
    assert data["recipient"]["name"] == "Lee Park"
    (due,) = cli("today", "--today", TODAY, "--json").json()["due"]
    assert due["method"] == "email" and due["recipient"]["name"] == "Lee Park"
    (note,) = cli("draft", "1", "--today", TODAY, "--no-save", "--json").json()["drafts"]
    assert (note["kind"], note["to"]["name"]) == ("email", "Lee Park")


def test_a_route_by_phone_shows_whom_to_ring(cli):
    add_round(cli, "Dana said to ring Lee rather than email.")
    got = cli("plan", "1", "--today", TODAY)
    assert got.code == 0, got.err
    line = contact_line(got.out)
    assert line.startswith("Call: Lee Park at (617) 555-0142"), line
    assert "Follow up by phone call to Lee Park, as your notes say" in got.out
    data = cli("plan", "1", "--today", TODAY, "--json").json()
    assert data["method"] == "email"  # SPEC §2's method; the route says how instead
    assert data["recipient"]["name"] == "Lee Park"
    assert data["recipient"]["as_notes_say"]["how"] == "phone"


def test_done_records_the_routed_person(cli):
    add_round(cli, "Send my thank-you to Lee Park.")
    got = cli("done", "1", "--via", "email", "--today", TODAY, "--json")
    assert got.code == 0, got.err
    assert got.json()["recorded"]["to"] == "Lee Park <lee@acme.example>"


def test_an_unrouted_round_goes_to_the_coordinator(cli):
    add_round(cli, "Lee talked a lot about the churn dashboard.")
    seen = views(cli)
    assert "Your notes say" not in seen["plan"]
    assert seen["line"] == "Write to: Dana Reyes <dana@acme.example>"
    assert seen["plan"].startswith(
        "Follow up by email to the recruiter / HR coordinator who arranged the interview"
    )
    recipient = seen["recipient"]
    assert set(recipient) == CONTACT_KEYS  # no as_notes_say without a route
    assert (recipient["role"], recipient["name"]) == ("coordinator", "Dana Reyes")
    assert seen["agenda"]["name"] == "Dana Reyes"
    assert "Dana Reyes" in seen["today"] and "<dana@acme.example>" in seen["today"]
    assert seen["draft_to"] == {"name": "Dana Reyes", "email": "dana@acme.example"}
