"""Interview and deadline dates must be plausible: year 0001 or 9999 is a typing mistake."""

from __future__ import annotations

import pytest

from followup.core.errors import InvalidInput
from followup.core.records import from_record


def record(**changes: object) -> dict[str, object]:
    base: dict[str, object] = {
        "company": "Acme",
        "role": "Analyst",
        "interviewed": "2026-11-19",
        "format": "video",
    }
    return {**base, **changes}


@pytest.mark.parametrize(
    "changes",
    [
        {"interviewed": "9999-12-30"},
        {"interviewed": "0001-01-01"},
        {"interviewed": "1899-12-31"},
        {"deadline": "2201-01-01"},
    ],
)
def test_implausible_dates_are_refused(changes: dict[str, object]) -> None:
    with pytest.raises(InvalidInput, match="not a plausible date"):
        from_record(record(**changes))


def test_edges_of_the_plausible_years_are_kept() -> None:
    assert from_record(record(interviewed="1900-01-01")).interviewed.year == 1900
    assert from_record(record(interviewed="2200-12-01", deadline="2200-12-31")).deadline


def test_add_refuses_year_9999_and_stores_nothing(cli) -> None:
    res = cli(
        "add", "--company", "Acme", "--role", "Analyst", "--interviewed", "9999-12-30",
        "--format", "video",
    )  # fmt: skip
    assert res.code == 2
    assert res.err.count("\n") == 1 and "not a plausible date" in res.err
    listed = cli("list", "--json")
    assert listed.code == 0 and listed.json() == []
