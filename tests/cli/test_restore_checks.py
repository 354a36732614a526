"""`followup restore` checks every table and every field it writes with the limits and types
of the commands that write them: each bad value is one line, and what is stored stays."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from typing import Any

import pytest

TODAY = ("--today", "2026-11-20")
HOSTILE = "\x1b]0;pwned\x07\x1b[2J\u202eevil\u202c\u200b\x9b31m\x85"
BAD = set("\x1b\x07\x9b\x85\u202e\u202c\u200b")

Doc = dict[str, Any]


@pytest.fixture
def export(cli, tmp_path) -> Doc:
    """A real export of a round with people, an action, a draft and a profile."""
    res = cli("add", "--company", "Acme", "--role", "Analyst", "--interviewed", "2026-11-19",
              "--format", "video", "--coordinator", "Dana Reyes <dana@acme.example>",
              "--interviewer", "Priya Natarajan", "--topic", "the dashboard",
              "--job-url", "https://jobs.example/1")  # fmt: skip
    assert res.code == 0, res.err
    assert cli("profile", "--name", "Sam Lee", "--email", "sam@example.com",
               "--qualification", "SQL").code == 0  # fmt: skip
    assert cli("draft", "1", *TODAY).code == 0
    assert cli("done", "1", "--via", "email", "--today", "2026-11-23").code == 0
    path = tmp_path / "good.json"
    assert cli("export", "-o", str(path)).code == 0
    doc = json.loads(path.read_text(encoding="utf-8"))
    core = ("profile", "applications", "rounds", "people", "actions", "drafts")
    assert all(doc["tables"][name] for name in core)
    return doc


def row(table: str, **changes: Any) -> Callable[[Doc], None]:
    def change(doc: Doc) -> None:
        doc["tables"][table][0].update(changes)

    return change


def extra(table: str, **changes: Any) -> Callable[[Doc], None]:
    def change(doc: Doc) -> None:
        rows = doc["tables"][table]
        rows.append({**rows[0], **changes})

    return change


BIG = 2**63
BAD_EXPORTS: dict[str, tuple[Callable[[Doc], None], str]] = {
    "draft body over the draft edit limit": (row("drafts", body="x" * 100_001), "drafts: body"),
    "draft body that is a number": (row("drafts", body=12), "drafts: body"),
    "empty draft": (row("drafts", body="  \n "), "drafts: body"),
    "draft kind too long": (row("drafts", kind="e" * 21), "drafts: kind"),
    "draft to a bad email": (row("drafts", to_email="nope"), "drafts: to_email"),
    "draft of no round": (row("drafts", round_id=99), "drafts: round_id"),
    "profile name that is a number": (row("profile", name=42), "profile: name"),
    "profile name of 5 MB": (row("profile", name="n" * 5_000_000), "profile: name"),
    "profile email": (row("profile", email="sam@"), "profile: email"),
    "profile phone too long": (row("profile", phone="1" * 51), "profile: phone"),
    "profile qualifications not a list": (row("profile", qualifications="SQL"), "profile: qual"),
    "two profiles": (extra("profile", id=2), "profile"),
    "country no calendar knows": (row("rounds", country="ZZ"), "ZZ"),
    "subdivision no calendar knows": (row("rounds", subdiv="QQ"), "QQ"),
    "country that is not a code": (row("rounds", country="U$"), "country"),
    "round id past 64 bits": (row("rounds", id=BIG), "id"),
    "round id as text": (row("rounds", id="1"), "id"),
    "round id that is true": (row("rounds", id=True), "id"),
    "application id past 64 bits": (row("applications", id=BIG), "applications"),
    "person position past 64 bits": (row("people", position=BIG), "people: position"),
    "action id negative": (row("actions", id=-3), "actions: id"),
    "duplicate ids": (extra("people", name="Someone Else"), "appears twice"),
    "topics not a list": (row("rounds", topics="dashboard"), "topics"),
    "a topic that is a number": (row("rounds", topics=[7]), "topics"),
    "too many topics": (row("rounds", topics=["t"] * 101), "topics"),
    "notes of a whole book": (row("rounds", notes="n" * 20_001), "notes"),
    "interview in year 9999": (row("rounds", interviewed="9999-01-01"), "interviewed"),
    "time that is a number": (row("rounds", time=1430), "time"),
    "format unknown": (row("rounds", format="hologram"), "format"),
    "status unknown": (row("applications", status="hired"), "status"),
    "job url that runs code": (row("applications", job_url="javascript:alert(1)"), "job_url"),
    "company too long": (row("applications", company="c" * 201), "company"),
    "person email": (row("people", email="not-an-email"), "people: email"),
    "person role": (row("people", role="boss"), "people: role"),
    "reply that is not true or false": (row("actions", reply_received="yes"), "reply_received"),
    "action note too long": (row("actions", note="n" * 20_001), "actions: note"),
    "action date as a number": (row("actions", on_date=20261123), "actions: on"),
    "timestamp as a number": (row("actions", created_at=12345), "actions: created_at"),
    "timestamp that is no time": (row("drafts", updated_at="yesterday"), "drafts: updated_at"),
    "missing timestamp": (row("drafts", created_at=None), "drafts: created_at is required"),
    "unknown field": (row("people", shoe_size=44), "shoe_size"),
    "unknown table": (lambda doc: doc["tables"].update(secrets=[]), "secrets"),
}


@pytest.mark.parametrize("case", list(BAD_EXPORTS))
def test_each_bad_field_is_one_line_and_nothing_changes(cli, export, tmp_path, case) -> None:
    change, expected = BAD_EXPORTS[case]
    doc = copy.deepcopy(export)
    change(doc)
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc), encoding="utf-8")
    before = snapshot(cli)
    res = cli("restore", str(bad), "--replace")
    assert res.code == 2, (case, res.code, res.err)
    assert res.err.startswith("followup: error: ") and res.err.count("\n") == 1, res.err
    assert expected in res.err, (case, res.err)
    assert res.out == ""
    assert snapshot(cli) == before


def snapshot(cli) -> object:
    res = cli("export")
    assert res.code == 0, res.err
    data = json.loads(res.out)
    return data["tables"]


def test_a_restored_50_mb_draft_never_reaches_draft_show(cli, export, tmp_path) -> None:
    doc = copy.deepcopy(export)
    doc["tables"]["drafts"][0]["body"] = "word " * 10_000_000
    huge = tmp_path / "huge.json"
    huge.write_text(json.dumps(doc), encoding="utf-8")
    res = cli("restore", str(huge), "--replace")
    assert res.code == 2 and "drafts: body: too long" in res.err, res.err
    assert cli("draft", "show", "1", "--json").code == 0


def test_restore_stores_clean_text(cli, export, tmp_path) -> None:
    doc = copy.deepcopy(export)
    tables = doc["tables"]
    tables["applications"][0]["company"] = "Acme" + HOSTILE
    tables["rounds"][0]["notes"] = "notes\n" + HOSTILE
    tables["rounds"][0]["topics"] = ["the dashboard" + HOSTILE]
    tables["people"][0]["name"] = "Dana" + HOSTILE
    tables["profile"][0]["name"] = "Sam" + HOSTILE
    tables["profile"][0]["qualifications"] = ["SQL" + HOSTILE]
    tables["actions"][0]["note"] = "sent" + HOSTILE
    tables["drafts"][0]["body"] = "Dear Dana,\n" + HOSTILE + "\nThanks."
    tables["drafts"][0]["subject"] = "Thanks" + HOSTILE
    path = tmp_path / "hostile.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    res = cli("restore", str(path), "--replace", "--json")
    assert res.code == 0, res.err
    stored = snapshot(cli)
    text = json.dumps(stored, ensure_ascii=False)
    assert not BAD & set(text), text
    assert stored["applications"][0]["company"] == "Acmeevil31m"
    assert stored["applications"][0]["company_key"] == "acmeevil31m"  # recomputed, not trusted
    assert stored["drafts"][0]["body"] == "Dear Dana,\nevil31m\nThanks."


def test_a_good_export_still_round_trips(cli, export, tmp_path) -> None:
    path = tmp_path / "again.json"
    path.write_text(json.dumps(export), encoding="utf-8")
    other = tmp_path / "other.db"
    res = cli("--db", str(other), "restore", str(path))
    assert res.code == 0, res.err
    again = cli("--db", str(other), "export")
    assert json.loads(again.out)["tables"] == export["tables"]


def test_restore_with_a_missing_table_is_fine(cli, export, tmp_path) -> None:
    doc = copy.deepcopy(export)
    del doc["tables"]["drafts"]
    path = tmp_path / "nodrafts.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    res = cli("restore", str(path), "--replace", "--json")
    assert res.code == 0, res.err
    assert res.json()["drafts"] == 0


STAMP = "2026-11-23T15:00:00"


def mail_rows() -> dict[str, list[dict[str, Any]]]:
    """One scheduled message and one reply, as `send` and the reply reader store them."""
    outbox = {
        "id": 1, "round_id": 1, "draft_id": 1, "kind": "email", "state": "scheduled",
        "hold": None, "due_at": STAMP, "not_after": None, "tz": "America/New_York",
        "follows_plan": True, "forced": False, "message_id": "<m1@example.com>",
        "sender": "sam@example.com", "recipient": "dana@acme.example", "to_name": "Dana",
        "subject": "Thank you" + HOSTILE, "raw": "Subject: Thank you\r\n\r\nDear Dana,\r\n",
        "attempts": 0, "next_try_at": None, "claimed_by": None, "claimed_at": None,
        "handed_at": None, "sent_at": None, "detail": None, "filed": None,
        "created_at": STAMP, "updated_at": STAMP,
    }  # fmt: skip
    reply = {
        "id": 1, "round_id": 1, "outbox_id": 1, "kind": "reply",
        "message_id": "<r1@acme.example>", "sender": "Dana Reyes" + HOSTILE,
        "subject": "Re: Thank you" + HOSTILE, "received_at": STAMP, "matched_by": "thread",
        "outcome": None, "note": None, "created_at": STAMP,
    }  # fmt: skip
    return {"outbox": [outbox], "replies": [reply]}


def test_mail_tables_are_checked_and_cleaned(cli, export, tmp_path) -> None:
    doc = copy.deepcopy(export)
    doc["tables"].update(mail_rows())
    path = tmp_path / "mail.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    res = cli("restore", str(path), "--replace")
    assert res.code == 0, res.err
    stored = snapshot(cli)
    assert stored["outbox"][0]["subject"] == "Thank youevil31m"
    assert stored["outbox"][0]["raw"] == "Subject: Thank you\r\n\r\nDear Dana,\r\n"  # as sent
    assert not BAD & set(stored["replies"][0]["subject"] + stored["replies"][0]["sender"])
    for table, key, value, expected in [
        ("outbox", "state", "teleported", "outbox: state"),
        ("outbox", "attempts", "3", "outbox: attempts"),
        ("outbox", "round_id", 99, "outbox: round_id"),
        ("replies", "kind", "spam", "replies: kind"),
        ("replies", "subject", "s" * 999, "replies: subject"),
    ]:
        bad = copy.deepcopy(doc)
        bad["tables"][table][0][key] = value
        path.write_text(json.dumps(bad), encoding="utf-8")
        before = snapshot(cli)
        res = cli("restore", str(path), "--replace")
        assert res.code == 2 and expected in res.err and res.err.count("\n") == 1, res.err
        assert snapshot(cli) == before


def test_a_drafts_video_link_is_checked_as_draft_checks_it(cli, export, tmp_path) -> None:
    doc = copy.deepcopy(export)
    doc["tables"]["drafts"][0]["video_url"] = "javascript:alert(1)"
    path = tmp_path / "video.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    res = cli("restore", str(path), "--replace")
    assert res.code == 2 and "video-url" in res.err, res.err
