"""Every command, fed bad or hostile values: exactly one `followup: error: …` line, a non-zero
exit that is not the 'unexpected' 70, no traceback, and nothing stored is changed."""

from __future__ import annotations

import os
import sqlite3
import sys
from pathlib import Path

import pytest

LONG = "x" * 10_000
CONTROL = "a\x1b[31mb\x07c\x00d"
HUGE_ID = str(2**64)
ADD = ("add", "--company", "Acme", "--role", "Analyst", "--interviewed", "2026-11-19",
       "--format", "video", "--coordinator", "Dana Reyes <dana@acme.example>",
       "--json")  # fmt: skip


def one_error(res, code: int | None = None) -> str:
    """The single error line of a failed command (checks the shape of the failure)."""
    assert res.code not in (0, 70), (res.code, res.err)
    if code is not None:
        assert res.code == code, (res.code, res.err)
    assert res.err.startswith("followup: error: "), res.err
    assert res.err.count("\n") == 1 and res.err.endswith("\n"), res.err
    assert "Traceback" not in res.err and "unexpected" not in res.err, res.err
    return res.err


@pytest.fixture
def stored(cli) -> int:
    res = cli(*ADD)
    assert res.code == 0, res.err
    round_id = res.json()["id"]  # type: ignore[index]
    assert cli("profile", "--name", "Sam Lee").code == 0
    assert cli("draft", str(round_id), "--json").code == 0
    return int(round_id)


def snapshot(cli) -> object:
    res = cli("export")
    assert res.code == 0, res.err
    data = res.json()
    assert isinstance(data, dict)
    data.pop("exported_at")
    return data


# --- found by this sweep: ids and numbers past what a database or a date can hold ---------


HUGE_IDS = [
    ("show", HUGE_ID),
    ("show", "--", "-" + HUGE_ID),
    ("edit", HUGE_ID, "--company", "X"),
    ("done", HUGE_ID, "--via", "email"),
    ("delete", HUGE_ID, "--yes"),
    ("plan", HUGE_ID, "--json"),
    ("draft", HUGE_ID),
    ("draft", "show", HUGE_ID),
    ("draft", "list", HUGE_ID),
    ("draft", "edit", HUGE_ID, "--body-file", __file__),
    ("debrief", HUGE_ID, __file__, "--json"),
]


def test_an_id_no_database_can_hold_is_not_found(cli, stored) -> None:
    before = snapshot(cli)
    for args in HUGE_IDS:
        assert "no " in one_error(cli(*args), code=3), args
    assert snapshot(cli) == before


PAST_THE_CALENDAR = [
    ("list", "--limit", HUGE_ID),
    ("list", "--limit", HUGE_ID, "--json"),
    ("today", "--days", "99999999999", "--json"),
    ("today", "--days", HUGE_ID, "--json"),
    ("today", "--overdue-days", "99999999999", "--json"),
    ("today", "--today", "0001-01-05", "--json"),
    ("today", "--today", "9999-12-30", "--json"),
    ("list", "--due", "--today", "0001-01-02", "--json"),
]


def test_ranges_past_the_calendar_do_not_overflow(cli, stored) -> None:
    for args in PAST_THE_CALENDAR:
        res = cli(*args)
        assert (res.code, res.err) == (0, ""), args


# --- found by this sweep: files that never end, block, or are folders ----------------------


def endless_files(tmp_path: Path) -> list[str]:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)  # opening it for reading would wait for a writer forever
    return ["/dev/zero", str(fifo), str(tmp_path)]


@pytest.mark.skipif(not Path("/dev/zero").exists() or sys.platform == "win32", reason="POSIX")
def test_endless_files_and_folders_are_refused_before_reading(
    cli, run_followup, stored, tmp_path
) -> None:
    before = snapshot(cli)
    for path in endless_files(tmp_path):
        for args in (
            ("debrief", str(stored), path, "--yes"),
            ("draft", "edit", "1", "--body-file", path),
            ("restore", path, "--replace"),
            ("import", path),
        ):
            res = run_followup(*args)  # a subprocess, with a timeout: a hang fails, not blocks
            line = one_error(res, code=2)
            assert "folder" in line or "not a regular file" in line, line
    assert snapshot(cli) == before


# --- a representative sweep ---------------------------------------------------------------


HOSTILE = [
    ("plan", "--interviewed", "2026-02-30", "--format", "video", "--json"),
    ("plan", "--interviewed", LONG, "--format", "video"),
    ("plan", "--interviewed", "2026-11-19", "--format", CONTROL),
    ("plan", "--interviewed", "2026-11-19", "--format", "video", "--tz", "../../etc/passwd"),
    ("plan", "--interviewed", "9999-12-30", "--format", "video", "--json"),
    ("add", "--company", LONG, "--role", "R", "--interviewed", "2026-11-19", "--format", "video"),
    ("add", "--company", "A", "--role", "R", "--interviewed", "2026-11-19", "--format", "video",
     "--interviewer", LONG),
    ("add", "--company", "A", "--role", "R", "--interviewed", "2026-11-19", "--format", "video",
     "--job-url", "javascript:alert(1)"),
    ("edit", "1", "--interviewed", "2026-13-01"),
    ("edit", "1", "--clear", CONTROL),
    ("edit", "1", "--status", LONG),
    ("edit", "1", "--coordinator", LONG),
    ("done", "1", "--via", "pigeon"),
    ("done", "1", "--via", "email", "--on", "1999-01-01"),
    ("done", "1", "--via", "email", "--note", LONG * 3),
    ("show", "abc"),
    ("show", "7"),
    ("delete", "7", "--yes"),
    ("draft", "1", "--kind", CONTROL),
    ("draft", "1", "--to", LONG),
    ("draft", "show", "999"),
    ("list", "--status", CONTROL),
    ("list", "--company", LONG),
    ("list", "--limit", "0"),
    ("today", "--today", "the day before"),
    ("today", "--days", "-1"),
    ("profile", "--email", LONG),
    ("profile", "--name", LONG),
    ("export", "--format", CONTROL),
    ("import", "/nonexistent/invite.ics"),
    ("debrief", "1", "/nonexistent/notes.txt", "--json"),
    ("restore", "/nonexistent/export.json"),
    ("config", "--nope"),
]  # fmt: skip


def test_hostile_values_give_one_line_and_change_nothing(cli, stored) -> None:
    before = snapshot(cli)
    for args in HOSTILE:
        one_error(cli(*args))
        assert snapshot(cli) == before, args


def test_binary_and_huge_files_where_a_file_is_taken(cli, stored, tmp_path) -> None:
    binary = tmp_path / "x.bin"
    binary.write_bytes(bytes(range(256)) * 40)
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as fh:
        fh.truncate(300 * 1024 * 1024)  # sparse: larger than any limit, costs no disk
    before = snapshot(cli)
    for path in (binary, huge):
        for args in (
            ("import", str(path)),
            ("debrief", str(stored), str(path), "--json"),
            ("draft", "edit", "1", "--body-file", str(path)),
            ("restore", str(path), "--replace"),
        ):
            one_error(cli(*args), code=2)
    assert snapshot(cli) == before


# --- --db that is not a followup database ---------------------------------------------------


def bad_databases(tmp_path: Path, good: Path) -> dict[str, Path]:
    folder = tmp_path / "folder.db"
    folder.mkdir()
    text = tmp_path / "text.db"
    text.write_text("this is not a database\n")
    truncated = tmp_path / "truncated.db"
    truncated.write_bytes(good.read_bytes()[:8192])
    corrupt = tmp_path / "corrupt.db"
    data = bytearray(good.read_bytes())
    data[4096:8192] = b"\xff" * 4096
    corrupt.write_bytes(bytes(data))
    return {"folder": folder, "text": text, "truncated": truncated, "corrupt": corrupt}


DB_COMMANDS = [
    ("list",),
    ("list", "--json"),
    ("today", "--json"),
    ("show", "1"),
    ADD,
    ("edit", "1", "--company", "Z"),
    ("done", "1", "--via", "email"),
    ("delete", "1", "--yes"),
    ("profile", "--name", "Z"),
    ("plan", "1", "--json"),
    ("draft", "list", "1"),
    ("export",),
]


def test_db_that_is_not_a_followup_database(cli, tmp_path) -> None:
    good = tmp_path / "good.db"
    assert cli("--db", str(good), *ADD).code == 0
    with sqlite3.connect(good) as conn:  # everything in the main file, no -wal beside it
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for name, path in bad_databases(tmp_path, good).items():
        before = path.read_bytes() if path.is_file() else None
        for args in DB_COMMANDS:
            res = cli("--db", str(path), *args)
            one_error(res)
            assert res.out == "", (name, args)
        if before is not None:
            assert path.read_bytes() == before, f"{name} was changed"
