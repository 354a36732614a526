"""A database the user names (--db, FOLLOWUP_DB) that is not there, or is no database, is
said in one line, never shown as an empty account; `add` creates the file, never the folders
of a mistyped path; a URL of a database followup cannot open is refused in its words."""

from __future__ import annotations

import sqlite3

import pytest
from tests.cli.test_draft_cli import one_line_error

ADD = ("add", "--company", "Fernhill Press", "--role", "Copy Editor",
       "--interviewed", "2026-11-27", "--format", "video")  # fmt: skip


@pytest.mark.parametrize("command", [("list",), ("today",), ("show", "1"), ("plan", "1")])
def test_reading_a_named_file_that_is_not_there(run_followup, tmp_path, command) -> None:
    for path in (tmp_path / "typo.db", tmp_path / "no" / "such" / "folder" / "x.db"):
        res = run_followup("--db", str(path), *command)
        line = one_line_error(res, 3)
        assert line == (
            f"followup: error: there is no database at {path}: check the path (a command "
            "that stores something, such as add, creates it)"
        )
        assert not path.exists() and not (tmp_path / "no").exists()  # nothing created


def test_the_environment_names_a_database_too(run_followup, tmp_path) -> None:
    res = run_followup("list", env={"FOLLOWUP_DB": str(tmp_path / "gone.db")})
    assert "there is no database at" in one_line_error(res, 3)


def test_the_default_database_still_starts_empty(run_followup, followup_home) -> None:
    res = run_followup("list")
    assert res.code == 0, res.err
    assert "No interviews recorded yet" in res.out
    assert not (followup_home / "followup.db").exists()


def test_add_creates_the_file_but_not_missing_folders(run_followup, tmp_path) -> None:
    missing = tmp_path / "not-yet" / "x.db"
    line = one_line_error(run_followup("--db", str(missing), *ADD), 2)
    assert line == (
        f"followup: error: cannot create the database {missing}: the folder {missing.parent} "
        "does not exist (create it first, or check the path)"
    )
    assert not missing.parent.exists()
    here = tmp_path / "mine.db"
    res = run_followup("--db", str(here), *ADD, "--json")
    assert res.code == 0, res.err
    with sqlite3.connect(here) as conn:  # a real SQLite file, with the round in it
        assert conn.execute("SELECT count(*) FROM rounds").fetchone() == (1,)
    listed = run_followup("--db", str(here), "list", "--json")
    assert listed.code == 0 and len(listed.json()) == 1  # type: ignore[arg-type]


def test_a_file_that_reports_no_size_is_still_read(run_followup) -> None:
    # /proc files report 0 bytes and hold text: not an empty database.
    line = one_line_error(run_followup("--db", "/proc/version", "list"), 5)
    assert "/proc/version is not a database (not an SQLite file)" in line


def test_an_empty_file_is_an_empty_database(run_followup, tmp_path) -> None:
    empty = tmp_path / "empty.db"
    empty.touch()
    res = run_followup("--db", str(empty), "list")
    assert res.code == 0, res.err


def test_a_url_followup_cannot_open_is_refused_in_its_words(run_followup) -> None:
    line = one_line_error(run_followup("--db", "postgres://u@db.example/followup", "list"), 2)
    assert line == (
        "followup: error: database postgres://u@db.example/followup: followup cannot open a "
        "'postgres' database; give a file path or sqlite:///PATH (another database needs a URL "
        "SQLAlchemy knows, such as postgresql://, and its driver installed)"
    )
    assert "plugin" not in line and "sqlalchemy.dialects" not in line
