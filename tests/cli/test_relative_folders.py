"""Folders and database files named relative to the working directory (FOLLOWUP_HOME=rel/dir,
FOLLOWUP_DB=data/x.db, sqlite:///data/x.db, --db) are taken from it, as a user expects."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import Result

ROUND = ["--company", "Acme", "--role", "Data Analyst", "--interviewed", "2026-11-19",
         "--format", "video", "--tz", "America/New_York"]  # fmt: skip


@pytest.mark.parametrize(
    ("env", "where"),
    [
        ({"FOLLOWUP_HOME": "rel/dir"}, "rel/dir/followup.db"),
        ({"FOLLOWUP_HOME": "./rel/../other"}, "other/followup.db"),
        ({"FOLLOWUP_DB": "data/mine.db"}, "data/mine.db"),
        ({"FOLLOWUP_DB": "sqlite:///data/url.db"}, "data/url.db"),
    ],
)
def test_relative_home_or_database_is_taken_from_the_working_directory(
    run_followup: Callable[..., Result],
    followup_home: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    env: dict[str, str],
    where: str,
) -> None:
    work = tmp_path / "work"
    (work / "data").mkdir(parents=True)
    monkeypatch.chdir(work)
    for args in (["add", *ROUND], ["list"], ["show", "1"], ["plan", "1"], ["today"]):
        result = run_followup(*args, env=env)
        assert result.code == 0 and result.err == "", (args, result.err)
        if args[0] == "list":
            assert "Acme" in result.out
    assert (work / where).is_file()


def test_a_relative_db_option_is_taken_from_the_working_directory(
    cli: Callable[..., Result], followup_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert cli("--db", "flag.db", "add", *ROUND).code == 0
    listed = cli("--db", "flag.db", "list")
    assert listed.code == 0 and "Acme" in listed.out
    assert (tmp_path / "flag.db").is_file()
