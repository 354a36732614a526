"""SPEC §3 worked example, through the core and through the command line."""

from __future__ import annotations

from datetime import date

import holidays

from followup.core.models import Format, PlanRequest
from followup.core.plan import plan
from followup.core.policy import preset


def test_spec_worked_example_core() -> None:
    us = holidays.country_holidays("US", years=[2026])
    req = PlanRequest(date(2026, 11, 19), Format.VIDEO, tz="America/New_York")
    result = plan(req, preset("seed"), date(2026, 11, 19), us.get)
    assert result.window is not None
    assert result.window.days == (date(2026, 11, 23), date(2026, 11, 24), date(2026, 11, 25))
    assert result.window.ideal == date(2026, 11, 23)
    assert result.send_at is not None
    assert result.send_at.isoformat() == "2026-11-23T10:00:00-05:00"
    assert result.method == "email" and result.recipient_role == "coordinator"
    assert result.warnings == ()
    assert any("Thanksgiving" in r for r in result.reasons)


def test_spec_worked_example_cli(run_followup) -> None:
    res = run_followup(
        "plan",
        "--interviewed",
        "2026-11-19",
        "--format",
        "video",
        "--tz",
        "America/New_York",
        "--today",
        "2026-11-20",
        "--json",
    )
    assert res.code == 0, res.err
    data = res.json()
    assert data["method"] == "email"
    assert data["recipient"] == {"role": "coordinator"}
    assert data["window"] == {
        "earliest": "2026-11-23",
        "ideal": "2026-11-23",
        "latest": "2026-11-25",
    }
    assert data["send_at"] == "2026-11-23T10:00:00-05:00"
    assert data["status"] == "wait"
    assert data["warnings"] == []
    assert isinstance(data["reasons"], list) and data["reasons"]
    assert data["extras"] == []
