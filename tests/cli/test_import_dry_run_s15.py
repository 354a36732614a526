"""A new user's first look: `followup import --dry-run` against a database file that does
not exist yet (FOLLOWUP_DB or --db named it) reads it as empty and creates nothing; the
commands that only read still say there is no database."""

from __future__ import annotations

from pathlib import Path

import pytest

DEV = Path(__file__).resolve().parents[1] / "fixtures" / "facts_dev" / "invites"
TODAY = ("--today", "2026-11-30")


@pytest.mark.parametrize(
    ("invite", "action"),
    [
        ("outlook_weurope_nl.ics", "create"),
        ("greenhouse_html_noreply.eml", "create"),
        ("cancel_weurope_nl.ics", "none"),  # nothing stored to cancel
    ],
)
def test_a_dry_run_before_the_database_exists_reads_it_as_empty(
    cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, invite: str, action: str
) -> None:
    database = tmp_path / "records" / "followup.db"
    database.parent.mkdir()
    monkeypatch.setenv("FOLLOWUP_DB", str(database))
    preview = cli("import", str(DEV / invite), "--dry-run", *TODAY, "--json")
    assert preview.code == 0, preview.err
    assert (preview.json()["action"], preview.json()["round_id"]) == (action, None)
    assert not database.exists()
    assert list(database.parent.iterdir()) == []
    listed = cli("list", "--json", *TODAY)
    assert listed.code != 0 and "there is no database" in listed.err


def test_a_dry_run_with_db_flag_creates_nothing(cli, tmp_path: Path) -> None:
    database = tmp_path / "new.db"
    preview = cli("--db", str(database), "import", str(DEV / "outlook_weurope_nl.ics"),
                  "--dry-run", *TODAY, "--json")  # fmt: skip
    assert preview.code == 0, preview.err
    assert not database.exists()


def test_a_real_import_creates_the_database_file_the_user_named(
    cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A new user's first real import, with FOLLOWUP_DB naming a file that does not exist yet,
    stores the round in a new database there, as `add` would (s15 final audit gap 6)."""
    database = tmp_path / "records" / "followup.db"
    database.parent.mkdir()
    monkeypatch.setenv("FOLLOWUP_DB", str(database))
    stored = cli("import", str(DEV / "greenhouse_html_noreply.eml"), *TODAY, "--json")
    assert stored.code == 0, stored.err
    assert stored.json()["action"] == "create" and stored.json()["round_id"] == 1
    assert database.exists()
    listed = cli("list", "--json", *TODAY)
    assert listed.code == 0, listed.err
    assert len(listed.json()) == 1


def test_a_real_import_never_creates_the_folder_of_a_named_file(
    cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A typo in the folder is no place to keep records: one line, nothing created."""
    database = tmp_path / "recrods" / "followup.db"
    monkeypatch.setenv("FOLLOWUP_DB", str(database))
    stored = cli("import", str(DEV / "outlook_weurope_nl.ics"), *TODAY, "--json")
    assert stored.code != 0
    assert "does not exist" in stored.err and len(stored.err.strip().splitlines()) == 1
    assert not database.parent.exists()
