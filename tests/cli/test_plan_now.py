"""The human plan says what to do now: 'send today' once the ideal moment has passed on a day
of the window (the JSON's send_at stays as planned), and one line with the fix when the
recipient's country keeps one time and the plan's zone another."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from followup.cli.views import send_time
from followup.core.zones import country_zone, off_country_clock

FLAGS = ("plan", "--format", "video", "--channel", "email")


@pytest.fixture(autouse=True)
def utc_user(monkeypatch) -> None:
    monkeypatch.setenv("FOLLOWUP_USER_TIMEZONE", "Etc/UTC")
    monkeypatch.setenv("COLUMNS", "200")


def test_a_passed_ideal_day_inside_the_window_is_send_today(cli) -> None:
    args = (*FLAGS, "--interviewed", "2026-11-23", "--country", "US", "--tz", "America/Chicago",
            "--today", "2026-11-30")  # fmt: skip
    res = cli(*args)
    assert res.code == 0, res.err
    assert (
        "Send today: Mon 30 Nov 2026, as soon as you can (the ideal time, Fri 27 Nov 10:00 "
        "America/Chicago, has passed)"
    ) in res.out
    assert "Send at:" not in res.out
    data = cli(*args, "--json").json()
    assert data["send_at"] == "2026-11-27T10:00:00-06:00"  # as SPEC §3 defines it
    assert data["status"] == "due"


def test_a_call_whose_day_passed_on_a_weekend_goes_to_the_next_business_day(cli) -> None:
    res = cli("plan", "--interviewed", "2026-11-24", "--format", "in-person",
              "--channel", "phone", "--country", "GB", "--tz", "Europe/London",
              "--today", "2026-11-29")  # fmt: skip
    assert res.code == 0, res.err
    assert "Call next: Mon 30 Nov 2026, the window's next day (the ideal time, Fri 27 Nov" in (
        res.out
    )


def test_a_future_send_time_is_shown_as_planned(cli) -> None:
    res = cli(*FLAGS, "--interviewed", "2026-11-26", "--country", "US", "--tz",
              "America/New_York", "--today", "2026-11-27")  # fmt: skip
    assert res.code == 0, res.err
    assert "Send at: Mon 30 Nov 10:00 America/New_York" in res.out


def test_the_hour_passed_today() -> None:
    from followup.core.models import Format, PlanRequest
    from followup.core.plan import plan
    from followup.core.policy import Policy

    req = PlanRequest(interviewed=date(2026, 11, 26), format=Format.VIDEO,
                      country="JP", tz="Asia/Tokyo")  # fmt: skip
    p = plan(req, Policy(), date(2026, 11, 30), lambda day: None)
    assert p.send_at is not None and p.send_at.date() == date(2026, 11, 30)
    before = datetime(2026, 11, 30, 9, 0, tzinfo=ZoneInfo("Asia/Tokyo"))
    after = datetime(2026, 11, 30, 15, 0, tzinfo=ZoneInfo("Asia/Tokyo"))
    assert send_time(p, "Etc/UTC", before)[0] == "Send at: "
    label, text = send_time(p, "Etc/UTC", after)
    assert label == "Send today: " and "has passed" in text


@pytest.mark.parametrize(
    ("country", "zone"),
    [("JP", "Asia/Tokyo"), ("DE", "Europe/Berlin"), ("IN", "Asia/Kolkata"),
     ("KR", "Asia/Seoul"), ("US", None), ("AU", None), ("ES", None), ("BR", None)],
)  # fmt: skip
def test_a_country_of_one_clock(country: str, zone: str | None) -> None:
    assert country_zone(country, 2026) == zone


def test_a_zone_on_the_same_clock_needs_no_advice() -> None:
    assert off_country_clock("DE", "Europe/Paris", 2026) is None  # the same clock all year
    assert off_country_clock("IN", "Asia/Calcutta", 2026) is None  # an old name of it
    assert off_country_clock("GB", "Etc/UTC", 2026) == "Europe/London"  # no summer time
    assert off_country_clock("JP", "Etc/UTC", 2026) == "Asia/Tokyo"


def test_the_plan_says_the_recipients_zone_with_the_fix(cli) -> None:
    res = cli(*FLAGS, "--interviewed", "2026-11-25", "--country", "JP", "--today", "2026-11-26")
    assert res.code == 0, res.err
    assert (
        "! the recipient is in JP; their zone is Asia/Tokyo, not Etc/UTC (times above are in "
        "Etc/UTC): add --tz Asia/Tokyo"
    ) in res.out
    assert res.json is not None and "tz" in cli(*FLAGS, "--interviewed", "2026-11-25",
                                               "--country", "JP", "--json").json()  # fmt: skip
    fixed = cli(*FLAGS, "--interviewed", "2026-11-25", "--country", "JP", "--tz", "Asia/Tokyo",
                "--today", "2026-11-26")  # fmt: skip
    assert "their zone is" not in fixed.out
    several = cli(*FLAGS, "--interviewed", "2026-11-25", "--country", "US", "--today",
                  "2026-11-26")  # fmt: skip
    assert "their zone is" not in several.out


def test_a_stored_round_gets_the_edit_command(cli) -> None:
    added = cli("add", "--company", "Kabushiki Kaisha Umi", "--role", "ML Engineer",
                "--interviewed", "2026-11-25", "--format", "video", "--channel", "email",
                "--country", "Japan", "--json")  # fmt: skip
    assert added.code == 0, added.err
    assert added.json()["tz"] == "Etc/UTC"  # type: ignore[index]  # the default stays yours
    round_id = added.json()["id"]  # type: ignore[index]
    res = cli("plan", str(round_id), "--today", "2026-11-26")
    assert f"followup edit {round_id} --tz Asia/Tokyo" in res.out
    assert cli("edit", str(round_id), "--tz", "Asia/Tokyo").code == 0
    assert "their zone is" not in cli("plan", str(round_id), "--today", "2026-11-26").out


def test_the_strip_marks_today(cli) -> None:
    res = cli(*FLAGS, "--interviewed", "2026-11-23", "--country", "US", "--tz",
              "America/Chicago", "--today", "2026-11-30")  # fmt: skip
    lines = res.out.splitlines()
    days = next(i for i, line in enumerate(lines) if line.startswith("Mon Tue Wed"))
    numbers, today = lines[days + 1], lines[days + 3]
    assert today.strip() == "↑ today"
    assert numbers[today.index("↑") - 1 : today.index("↑") + 2].strip() == "30"
    gone = cli(*FLAGS, "--interviewed", "2026-11-23", "--country", "US", "--today", "2026-12-20")
    assert "↑ today" not in gone.out  # beyond the strip
