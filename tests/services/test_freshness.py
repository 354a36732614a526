"""Remembered answers (services.freshness) are given again only while the database is
unchanged: a write by this process or by another one (the command line) is seen at once."""

from __future__ import annotations

from followup.config import load_settings
from followup.services import freshness, records


def test_an_answer_is_remembered_until_the_database_changes(run_followup) -> None:
    settings = load_settings()
    add = ("add", "--company", "Acme", "--role", "Analyst", "--interviewed", "2026-11-19",
           "--format", "video")  # fmt: skip
    assert run_followup(*add).code == 0
    records.list_rounds(settings)  # a first read leaves an empty write-ahead log behind
    calls: list[int] = []

    def count() -> int:
        calls.append(1)
        return records.list_rounds(settings).total

    assert freshness.cached(settings, ("rounds",), count) == 1
    assert freshness.cached(settings, ("rounds",), count) == 1
    assert len(calls) == 1  # the second answer was remembered
    assert run_followup(*add[:2], "Globex", *add[3:]).code == 0  # another process writes
    assert freshness.cached(settings, ("rounds",), count) == 2
    assert len(calls) == 2


def test_the_agenda_is_the_services_agenda(run_followup) -> None:
    settings = load_settings()
    run_followup("add", "--company", "Acme", "--role", "Analyst", "--interviewed",
                 "2026-11-19", "--format", "video")  # fmt: skip
    fresh = records.agenda(settings, "2026-11-24")
    assert freshness.agenda(settings, "2026-11-24") == fresh
    assert freshness.agenda(settings, "2026-11-24") is freshness.agenda(settings, "2026-11-24")
    assert freshness.agenda(settings, "2026-11-30") != fresh  # another day, another answer


def test_a_database_that_is_not_a_file_is_always_asked(monkeypatch) -> None:
    monkeypatch.setenv("FOLLOWUP_DB", "sqlite://")
    settings = load_settings()
    assert freshness.data_version(settings) is None
    calls: list[int] = []
    freshness.cached(settings, ("x",), lambda: calls.append(1))
    freshness.cached(settings, ("x",), lambda: calls.append(1))
    assert len(calls) == 2
