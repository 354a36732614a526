"""What users store is shown as typed: never read as Rich markup or emoji codes, never able to
act on the terminal (escape sequences, control, bidi and zero-width characters), cleaned where
it enters and again where it is printed — through every command, a hostile invite, a hostile
transcript, and a database that already holds such text."""

from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
from pathlib import Path

import pytest

from conftest import FOLLOWUP_BIN

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
TODAY = ("--today", "2026-11-20")

COMPANY = "Acme [/x] [link=file:///etc/passwd]Co[/link]"
ROLE = "Analyst [/] [bold red]R[/bold red]"
COORDINATOR = "Dana [blink]Reyes[/blink]"
INTERVIEWER = "Priya [/x] Natarajan"
TOPIC = "the [/x] dashboard :rocket:"
ITEM = "the [link=https://evil.example]demo kit[/link]"
NOTES = "[/] said [italic]thanks[/italic]"
JOB_URL = "https://jobs.example/[/x]"
NAME = "Sam [/x] Lee"
QUALIFICATION = "[bold]5 years of SQL[/bold]"
ACTION_NOTE = "[/x] sent"

# Everything a terminal would act on, as typed into a field (the visible words stay).
HOSTILE = "\x1b]0;pwned\x07\x1b[2J\x1b[31mred\x1b[0m\u202eevil\u202c\u200bzw\x9b31m\x85\u2066iso\u2069\x07\x00\x7f\ufeff"  # noqa: E501
BAD = set("\x1b\x07\x00\x7f\x9b\x85\u202e\u202c\u200b\u2066\u2069\ufeff")
SGR = re.compile(r"\x1b\[[0-9;]*m")  # colours and bold: what followup's own styles write


def add_marked_round(cli) -> int:
    res = cli("add", "--company", COMPANY, "--role", ROLE, "--interviewed", "2026-11-19",
              "--format", "video", "--coordinator", f"{COORDINATOR} <dana@acme.example>",
              "--interviewer", INTERVIEWER, "--topic", TOPIC, "--item", ITEM, "--note", NOTES,
              "--job-url", JOB_URL, "--country", "US", "--json")  # fmt: skip
    assert res.code == 0, res.err
    assert cli("profile", "--name", NAME, "--qualification", QUALIFICATION).code == 0
    return int(res.json()["id"])  # type: ignore[index]


@pytest.fixture
def terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """Output as a terminal gets it (styles on, wide enough that nothing wraps); no colour,
    so the only attributes written are followup's own bold and dim."""
    monkeypatch.setenv("FORCE_COLOR", "1")
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "400")


def shown(res) -> str:
    """The text of a human view as a person reads it (followup's own styles taken out), after
    checking that nothing else in it acts on the terminal: no hyperlink, no blink, no
    italic, no other escape sequence or control character."""
    assert res.code == 0 and res.err == "", (res.code, res.err)
    for params in SGR.findall(res.out):
        assert set(params[2:-1].split(";")) <= {"", "0", "1", "2", "22"}, repr(params)
    text = SGR.sub("", res.out)
    assert "\x1b" not in text and not BAD & set(text), repr(text)
    return text


# --- 1. stored text is never read as markup ------------------------------------------------


def test_markup_in_every_field_is_printed_literally_in_every_view(cli, terminal) -> None:
    round_id = add_marked_round(cli)
    listing = shown(cli("list", *TODAY))
    for text in (COMPANY, ROLE, COORDINATOR):
        assert text in listing, (text, listing)
    agenda = shown(cli("today", *TODAY))
    assert f"{COMPANY} — {ROLE}" in agenda and COORDINATOR in agenda
    record = shown(cli("show", str(round_id), *TODAY))
    for text in (COMPANY, ROLE, COORDINATOR, INTERVIEWER, TOPIC, ITEM, NOTES, JOB_URL):
        assert text in record, (text, record)
    assert "🚀" not in record  # an emoji code is text too
    profile = shown(cli("profile"))
    assert NAME in profile and QUALIFICATION in profile
    plan = shown(cli("plan", str(round_id), *TODAY))
    assert "demo kit" in plan
    written = shown(cli("draft", str(round_id), *TODAY))
    assert "Saved as draft" in written
    shown(cli("draft", "show", "1", *TODAY))
    shown(cli("draft", "list", str(round_id), *TODAY))
    done = shown(cli("done", str(round_id), "--via", "email", "--note", ACTION_NOTE, *TODAY))
    assert COMPANY in done
    assert ACTION_NOTE in shown(cli("show", str(round_id), *TODAY))


def test_commands_that_store_print_the_markup_they_stored(cli, terminal) -> None:
    added = shown(cli("add", "--company", COMPANY, "--role", ROLE, "--interviewed",
                      "2026-11-19", "--format", "video", *TODAY))  # fmt: skip
    assert COMPANY in added and ROLE in added
    edited = shown(cli("edit", "1", "--note", NOTES, *TODAY))
    assert NOTES in edited
    assert NAME in shown(cli("profile", "--name", NAME))
    listing = json.loads(cli("list", "--json").out)
    assert len(listing) == 1 and listing[0]["company"] == COMPANY


def test_markup_in_a_file_being_checked_is_shown_as_written(cli, terminal, tmp_path) -> None:
    note = tmp_path / "note [bold].txt"
    note.write_text(
        "Dear Dana, thank you for [/x] the [link=file:///etc/passwd]call[/link] today.\n"
    )
    res = cli("check", str(note))
    assert res.code in (0, 1), res.err  # a verdict, not a failure
    res.code = 0
    text = shown(res)
    # (the checker numbers each bracketed piece as a possible placeholder: [1], [2]…)
    assert "[link=file:///etc/passwd]" in text and "[/link]" in text and "[/x]" in text
    assert "note [bold].txt" in text


def hostile_invite(folder: Path) -> Path:
    """An invite as a stranger can send it: markup, escape sequences, bidi and zero-width
    characters in the title, the people and the description, and in the file's name."""
    ics = (
        "BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\n"
        "METHOD:REQUEST\nBEGIN:VEVENT\nDTSTART:20261119T190000Z\nDTEND:20261119T200000Z\n"
        "DTSTAMP:20261110T151215Z\nUID:hostile-1@example.com\n"
        'ORGANIZER;CN="Dana [bold red]Reyes\u202e[/]":mailto:dana.reyes@acmeanalytics.com\n'
        "ATTENDEE;CN=Priya [/x] Natarajan\u200b:mailto:priya.natarajan@acmeanalytics.com\n"
        "X-GOOGLE-CONFERENCE:https://meet.google.com/abc-defg-hij\n"
        "DESCRIPTION:Hi\\,\\n[link=file:///etc/passwd]Click[/link] \x1b]0;pwned\x07\x1b[2J"
        "\x9b31m\n"
        "SUMMARY:Interview: Data Analyst [/x] at Acme \x1b[31mAnalytics\x1b[0m\n"
        "END:VEVENT\nEND:VCALENDAR\n"
    )
    path = folder / "invite [bold]\x1b[2J\u202e.ics"
    path.write_bytes(ics.replace("\n", "\r\n").encode("utf-8"))
    return path


def test_a_hostile_invite_imports_and_every_view_still_works(cli, terminal, tmp_path) -> None:
    invite = hostile_invite(tmp_path)
    assert cli("profile", "--name", "Alex Morgan", "--email", "alex.morgan@gmail.com").code == 0
    preview = shown(cli("import", str(invite), "--dry-run", *TODAY))
    assert "Dry run" in preview and "invite [bold].ics" in preview
    imported = shown(cli("import", str(invite), *TODAY))
    assert "Data Analyst [/x]" in imported and "Dana [bold red]Reyes[/]" in imported
    assert "Priya [/x] Natarajan" in imported
    for args in (("list",), ("today",), ("show", "1"), ("draft", "1"), ("draft", "show", "1")):
        shown(cli(*args, *TODAY))
    raw = cli("show", "1", "--json").out
    assert not BAD & set(raw)
    record = json.loads(raw)
    assert record["role"] == "Data Analyst [/x]"
    assert [p["name"] for p in record["people"]] == ["Dana [bold red]Reyes[/]",
                                                      "Priya [/x] Natarajan"]  # fmt: skip


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full (Linux)")
def test_a_stored_change_is_not_reported_as_failed_when_its_report_fails(tmp_path) -> None:
    """Output to a full disk cannot be written: what each command stored stays stored, and
    the command says so with a warning and exit 0 (run again, it would store it twice)."""
    env = {**os.environ, "FOLLOWUP_HOME": str(tmp_path)}
    body = tmp_path / "body.txt"
    body.write_text("Dear Dana,\n\nThank you for the call about the roadmap.\n\nSam\n")
    steps = [
        (("add", "--company", "Café", "--role", "Barista", "--interviewed", "2026-11-19",
          "--format", "in-person", "--coordinator", "Dana <dana@cafe.example>"),
         "round #1 is stored"),
        (("add", "--company", "Bistro", "--role", "Cook", "--interviewed", "2026-11-19",
          "--format", "video", "--json"), "round #2 is stored"),
        (("profile", "--name", "Zoë"), "the profile is stored"),
        (("edit", "1", "--note", "ask about the roastery"), "round #1 is changed"),
        (("draft", "1", "--today", "2026-11-20"), "the drafts are stored"),
        (("draft", "edit", "1", "--body-file", str(body)), "draft #1 is stored"),
        (("done", "1", "--via", "email", "--today", "2026-11-23", "--json"),
         "the follow-up of round #1 is recorded"),
        (("delete", "2", "--yes"), "round #2 is deleted"),
    ]  # fmt: skip
    for args, what in steps:
        with open("/dev/full", "w") as full:
            res = subprocess.run([str(FOLLOWUP_BIN), *args], stdout=full, stderr=subprocess.PIPE,
                                 text=True, env=env, timeout=120)  # fmt: skip
        assert res.returncode == 0, (args, res.stderr)
        assert res.stderr.startswith(f"followup: warning: {what}, but the command could not"), (
            args, res.stderr)  # fmt: skip
        assert res.stderr.count("\n") == 1 and "Traceback" not in res.stderr
    listed = subprocess.run([str(FOLLOWUP_BIN), "show", "1", "--json"], capture_output=True,
                            text=True, env=env, timeout=120)  # fmt: skip
    record = json.loads(listed.stdout)
    assert record["company"] == "Café" and record["notes"] == "ask about the roastery"
    assert [a["kind"] for a in record["actions"]] == ["email"]  # recorded once
    assert [d["id"] for d in record["drafts"]] == [1]
    with open("/dev/full", "w") as full:  # a reading command that cannot write: one error
        res = subprocess.run([str(FOLLOWUP_BIN), "list"], stdout=full, stderr=subprocess.PIPE,
                             text=True, env=env, timeout=120)  # fmt: skip
    assert res.returncode not in (0, 70) or "No space" in res.stderr, res.stderr
    assert res.stderr.count("\n") == 1 and "Traceback" not in res.stderr


def test_a_terminal_that_cannot_show_a_character_still_shows_the_rest(tmp_path) -> None:
    """In an ASCII locale a stored 'Café' is shown as 'Caf?' (not a failure), and JSON keeps
    the exact value as a \\u escape."""
    env = {**os.environ, "FOLLOWUP_HOME": str(tmp_path), "PYTHONIOENCODING": "ascii"}

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([str(FOLLOWUP_BIN), *args], capture_output=True, text=True,
                              env=env, timeout=120)  # fmt: skip

    added = run("add", "--company", "Café", "--role", "Barista — nights", "--interviewed",
                "2026-11-19", "--format", "in-person")  # fmt: skip
    assert added.returncode == 0 and added.stderr == "", added.stderr
    for args in (("list",), ("show", "1"), ("today", "--today", "2026-11-20")):
        res = run(*args)
        assert res.returncode == 0 and res.stderr == "", (args, res.stderr)
    assert "Caf?" in run("list").stdout
    shown = run("show", "1", "--json")
    assert "Caf\\u00e9" in shown.stdout and json.loads(shown.stdout)["company"] == "Café"


# --- 2. control characters: cleaned where text enters ----------------------------------------


def strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in strings(v)]
    return []


def assert_clean(value: object) -> None:
    for text in strings(value):
        assert not BAD & set(text), repr(text)


def test_every_way_in_cleans_the_text(cli, tmp_path) -> None:
    res = cli("add", "--company", "Acme" + HOSTILE, "--role", "Analyst" + HOSTILE,
              "--interviewed", "2026-11-19", "--format", "video",
              "--coordinator", f"Dana{HOSTILE} <dana@acme.example>",
              "--topic", "the dashboard" + HOSTILE, "--note", "line one\n" + HOSTILE,
              "--json")  # fmt: skip
    assert res.code == 0, res.err
    stored = res.json()
    assert isinstance(stored, dict)
    assert_clean(stored)
    assert stored["company"] == "Acmeredevilzw31miso"  # the sequences go, the words stay
    assert_clean(cli("edit", "1", "--role", "Lead" + HOSTILE, "--json").json())
    assert_clean(cli("profile", "--name", "Sam" + HOSTILE, "--qualification", "SQL" + HOSTILE,
                     "--address", "5 Elm St\n" + HOSTILE, "--json").json())  # fmt: skip
    refused = cli("profile", "--phone", "+1 617 555 0100" + HOSTILE)  # a number, or refused
    assert refused.code == 2 and not BAD & set(refused.err)
    assert_clean(cli("done", "1", "--via", "email", "--note", "sent" + HOSTILE, *TODAY,
                     "--json").json())  # fmt: skip
    assert cli("draft", "1", *TODAY).code == 0
    body = tmp_path / "body.txt"
    body.write_text("Dear Dana,\n\nThank you" + HOSTILE + " for the call.\n\nSam\n")
    edited = cli("draft", "edit", "1", "--body-file", str(body), "--json")
    assert edited.code == 0, edited.err
    assert_clean(edited.json())
    assert "Thank you" in edited.json()["body"]  # type: ignore[index]
    assert_clean(cli("export").json())


def test_a_hostile_transcript_stores_clean_topics(cli, tmp_path) -> None:
    source = (FIXTURES / "transcripts" / "zoom_northwind.vtt").read_text(encoding="utf-8")
    hostile = tmp_path / "call.vtt"
    hostile.write_text(source.replace("pipeline", "pipe\x1b[2J\u202eline\u200b"))
    res = cli("add", "--company", "Northwind", "--role", "Data Engineer", "--interviewed",
              "2026-11-19", "--format", "video")  # fmt: skip
    assert res.code == 0, res.err
    proposed = cli("debrief", "1", str(hostile), "--json")
    assert proposed.code == 0, proposed.err
    assert not BAD & set(proposed.out)
    stored = cli("debrief", "1", str(hostile), "--yes")
    assert stored.code == 0, stored.err
    assert not BAD & set(stored.out)
    assert_clean(cli("show", "1", "--json").json())


# --- 2. and again where text is printed --------------------------------------------------------


def poison(db: Path) -> None:
    """Put raw hostile text in every text column, as a database written before text was
    cleaned (or by another program) may hold it."""
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE applications SET company = company || ?, role = role || ?",
                     (HOSTILE, HOSTILE))  # fmt: skip
        conn.execute("UPDATE people SET name = name || ?", (HOSTILE,))
        conn.execute("UPDATE rounds SET notes = ?, topics = ?",
                     ("note" + HOSTILE, json.dumps(["topic" + HOSTILE])))  # fmt: skip
        conn.execute("UPDATE profile SET name = name || ?", (HOSTILE,))
        conn.execute("UPDATE drafts SET body = body || ?", (HOSTILE,))
        conn.execute("UPDATE actions SET note = ?", ("done" + HOSTILE,))


def test_text_already_stored_is_cleaned_where_it_is_printed(
    cli, terminal, followup_home, tmp_path
) -> None:
    add_marked_round(cli)
    assert cli("draft", "1", *TODAY).code == 0
    assert cli("done", "1", "--via", "email", *TODAY).code == 0
    poison(followup_home / "followup.db")
    for args in (("list",), ("today",), ("show", "1"), ("draft", "show", "1"),
                 ("draft", "list", "1"), ("plan", "1")):  # fmt: skip
        shown(cli(*args, *TODAY))
    shown(cli("profile"))
    for args in (("list", "--json"), ("show", "1", "--json"), ("profile", "--json"),
                 ("draft", "show", "1", "--json"), ("export",),
                 ("export", "--format", "csv")):  # fmt: skip
        res = cli(*args)
        assert res.code == 0, (args, res.err)
        assert not BAD & set(res.out), (args, res.out)
    exported = json.loads(cli("export").out)  # JSON keeps the value, as escapes
    assert exported["tables"]["profile"][0]["name"].endswith(HOSTILE)
    out = tmp_path / "activity.csv"
    assert cli("export", "--format", "csv", "-o", str(out)).code == 0
    assert not BAD & set(out.read_text(encoding="utf-8"))


def test_file_names_are_echoed_clean(cli, tmp_path) -> None:
    name = tmp_path / "in\x1b]0;pwned\x07vite\u202e.ics"
    res = cli("import", str(name))
    assert res.code == 2
    assert res.err.startswith("followup: error: ") and not BAD & set(res.err), repr(res.err)
    for args in (("check", str(name)), ("restore", str(name)),
                 ("draft", "edit", "1", "--body-file", str(name))):  # fmt: skip
        res = cli(*args)
        assert res.code != 0 and not BAD & set(res.err + res.out), (args, res.err)
