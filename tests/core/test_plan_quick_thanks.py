"""The `quick-thanks` policy: a thank-you the same or the next business day, then check-ins.

Dates checked by hand (US federal holidays, New York time; EST after 1 Nov 2026).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time, timedelta
from functools import cache

import holidays
import pytest

from followup.core.models import Channel, Format, PlanRequest
from followup.core.plan import Plan, plan
from followup.core.policy import preset

D = date.fromisoformat


@cache
def us() -> holidays.HolidayBase:
    return holidays.country_holidays("US")


def quick(req: PlanRequest, today: date | None = None) -> Plan:
    return plan(req, preset("quick-thanks"), today or req.interviewed, us().get)


THU = PlanRequest(D("2026-11-19"), Format.VIDEO, tz="America/New_York")


def test_same_day_a_few_hours_after_a_known_interview_time() -> None:
    # Thu 19 Nov, interview at 11:00: ready at 14:00, before the 18:00 cutoff -> same day.
    # Window: Thu 19 (same day allowed) .. Fri 20 (1 business day after).
    result = quick(replace(THU, interview_time=time(11, 0)))
    assert result.window is not None and result.send_at is not None
    assert result.window.days == (D("2026-11-19"), D("2026-11-20"))
    assert result.window.ideal == D("2026-11-19")
    assert result.send_at.isoformat() == "2026-11-19T14:00:00-05:00"
    assert result.status == "due"
    assert result.warnings == ()
    assert any("same day" in r for r in result.reasons)


def test_next_business_day_when_the_time_is_unknown() -> None:
    # No time recorded: Fri 20 at 10:00.
    result = quick(THU)
    assert result.window is not None and result.send_at is not None
    assert result.window.ideal == D("2026-11-20")
    assert result.send_at.isoformat() == "2026-11-20T10:00:00-05:00"
    assert any("time is not recorded" in r for r in result.reasons)
    assert not any("at least 0 days" in r for r in result.reasons)


def test_next_business_day_when_the_interview_ends_too_late() -> None:
    # 16:00 + 3 h = 19:00, after the 18:00 cutoff -> Fri 20 at 10:00.
    result = quick(replace(THU, interview_time=time(16, 0)))
    assert result.send_at is not None
    assert result.send_at.isoformat() == "2026-11-20T10:00:00-05:00"
    assert any("too late" in r for r in result.reasons)


def test_next_business_day_skips_thanksgiving() -> None:
    # Wed 25 Nov: the next business day is Fri 27 (Thu 26 is Thanksgiving). Window Wed 25,
    # Fri 27; unknown time -> Fri 27.
    result = quick(replace(THU, interviewed=D("2026-11-25")))
    assert result.window is not None and result.send_at is not None
    assert result.window.days == (D("2026-11-25"), D("2026-11-27"))
    assert result.send_at.isoformat() == "2026-11-27T10:00:00-05:00"


def test_friday_interview_goes_on_monday() -> None:
    # Fri 5 Jun 2026: next business day Mon 8; window Fri 5, Mon 8 (Sat/Sun are not
    # business days). Known time 10:00 -> 13:00 the same day.
    fri = PlanRequest(D("2026-06-05"), Format.VIDEO, tz="America/New_York")
    result = quick(fri)
    assert result.window is not None and result.send_at is not None
    assert result.window.days == (D("2026-06-05"), D("2026-06-08"))
    assert result.send_at.isoformat() == "2026-06-08T10:00:00-04:00"
    result = quick(replace(fri, interview_time=time(10, 0)))
    assert result.send_at is not None
    assert result.send_at.isoformat() == "2026-06-05T13:00:00-04:00"


def test_saturday_interview_goes_on_monday() -> None:
    # Sat 6 Jun (a hiring fair): Sat and Sun are not business days -> Mon 8 only.
    sat = PlanRequest(D("2026-06-06"), Format.IN_PERSON, Channel.EMAIL, tz="America/New_York")
    result = quick(replace(sat, interview_time=time(10, 0)))
    assert result.window is not None and result.send_at is not None
    assert result.window.days == (D("2026-06-08"),)
    assert result.send_at.isoformat() == "2026-06-08T10:00:00-04:00"


def test_phone_call_keeps_to_the_call_slot() -> None:
    # A same-day call only when the slot (10:00) starts after interview + 3 h.
    call = replace(THU, format=Format.IN_PERSON, channel=Channel.PHONE)
    early = quick(replace(call, interview_time=time(7, 0)))  # ready 10:00
    assert early.method == "phone" and early.send_at is not None
    assert early.send_at.isoformat() == "2026-11-19T10:00:00-05:00"
    later = quick(replace(call, interview_time=time(9, 0)))  # ready 12:00: next day
    assert later.send_at is not None
    assert later.send_at.isoformat() == "2026-11-20T10:00:00-05:00"


def test_deadline_the_next_day_leaves_only_the_interview_day() -> None:
    # Decision Fri 20: only Thu 19 is left. Never send before the interview has ended.
    squeezed = replace(THU, deadline=D("2026-11-20"))
    unknown = quick(squeezed)
    assert unknown.window is not None and unknown.send_at is not None
    assert unknown.window.days == (D("2026-11-19"),)
    assert unknown.send_at.isoformat() == "2026-11-19T18:00:00-05:00"
    evening = quick(replace(squeezed, interview_time=time(19, 0)))
    assert evening.send_at is not None
    assert evening.send_at.isoformat() == "2026-11-19T22:00:00-05:00"
    closed = quick(replace(THU, deadline=D("2026-11-19")))
    assert closed.window is None and closed.status == "no_window"


# --- check-ins ---------------------------------------------------------------------------


def test_check_ins_without_a_decision_date() -> None:
    # Thu 19 Nov. Business days after: Fri 20 (1), Mon 23 (2), Tue 24 (3), Wed 25 (4),
    # [Thu 26 Thanksgiving], Fri 27 (5), Mon 30 (6), Tue 1 Dec (7) -> first check-in
    # Fri 27 Nov .. Tue 1 Dec. A week later: Fri 4 Dec .. Tue 8 Dec.
    result = quick(THU)
    assert [c.to_dict() for c in result.check_ins] == [
        {"earliest": "2026-11-27", "latest": "2026-12-01"},
        {"earliest": "2026-12-04", "latest": "2026-12-08"},
    ]
    assert any("5-7 business days" in r for r in result.reasons)


def test_check_ins_after_the_decision_date() -> None:
    # Decision Mon 30 Nov: + 2 business days = Tue 1 (1), Wed 2 Dec (2); a week later
    # Wed 9 Dec.
    result = quick(replace(THU, deadline=D("2026-11-30")))
    assert [c.to_dict() for c in result.check_ins] == [
        {"earliest": "2026-12-02", "latest": "2026-12-02"},
        {"earliest": "2026-12-09", "latest": "2026-12-09"},
    ]
    assert any("decision date" in r for r in result.reasons)


def test_second_check_in_skips_christmas() -> None:
    # Mon 14 Dec, decision Wed 16: + 2 business days = Thu 17 (1), Fri 18 (2). A week later
    # is Fri 25 (Christmas) -> Mon 28.
    result = quick(PlanRequest(D("2026-12-14"), Format.VIDEO, deadline=D("2026-12-16")))
    assert [(c.earliest, c.latest) for c in result.check_ins] == [
        (D("2026-12-18"), D("2026-12-18")),
        (D("2026-12-28"), D("2026-12-28")),
    ]


@pytest.mark.parametrize("deadline", [None, "2026-11-24", "2026-12-01"])
def test_at_most_two_check_ins_a_week_apart(deadline: str | None) -> None:
    req = replace(THU, deadline=D(deadline) if deadline else None)
    check_ins = quick(req).check_ins
    assert len(check_ins) == 2
    first, second = check_ins
    assert second.earliest - first.earliest >= timedelta(days=7)
    for c in check_ins:
        assert c.earliest <= c.latest
        assert c.earliest.weekday() < 5 and c.earliest not in us()
    if req.deadline is None:
        assert first.earliest > req.interviewed + timedelta(days=5)  # 5 business days
    else:
        assert first.earliest > req.deadline


def test_seed_plans_no_check_ins() -> None:
    seed = plan(THU, preset("seed"), THU.interviewed, us().get)
    assert seed.check_ins == ()
    assert seed.to_dict()["check_ins"] == []


def test_json_contract_is_the_same_as_seed() -> None:
    seed = plan(THU, preset("seed"), THU.interviewed, us().get).to_dict()
    qt = quick(THU).to_dict()
    assert set(qt) == set(seed)
    assert qt["policy"] == "quick-thanks" and seed["policy"] == "seed"
    for key in ("method", "status", "send_at", "tz", "interviewed"):
        assert type(qt[key]) is type(seed[key])
    assert set(qt["window"]) == set(seed["window"]) == {"earliest", "ideal", "latest"}
    assert set(qt["recipient"]) == set(seed["recipient"]) == {"role"}
    for key in ("warnings", "reasons", "extras", "check_ins"):
        assert isinstance(qt[key], list) and isinstance(seed[key], list)
