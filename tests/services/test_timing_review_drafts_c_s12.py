"""A note is late only after the plan's window (drafts C, session 12, review-drafts finding 5).
SPEC §3 H2 lets a note go out at most d0+7: on the window's last day it is on time (no
apology, no late subject); the day after, it is late and a warning says why and what to do."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from followup.config import load_settings
from followup.core.models import Format, Interview, Person, PersonRole
from followup.core.plan import Window
from followup.services import drafting, planning
from helpers_drafts import email_round

D0 = date(2027, 4, 6)  # a Tuesday


def round_(interviewed: date = D0) -> Interview:
    return email_round(
        "Quayside Freight",
        "Yard Planner",
        [Person("Nadia Booth", "n.booth@quayside.example", role=PersonRole.INTERVIEWER)],
        interviewed=interviewed,
        format=Format.VIDEO,
        country="GB",
        topics=["the winter berth schedule"],
    )


def late(plan_of, today: date) -> tuple[bool, list[str]]:
    settings = load_settings(env={})
    i = round_()
    plan = plan_of(settings, i, today)
    return drafting.timing(settings, i, plan, today, False, "email")


def planned(settings, i, today):
    return planning.Planner(settings, today)(i)


def no_plan(settings, i, today):
    return None


def test_the_last_day_of_the_window_is_on_time():
    settings = load_settings(env={})
    for today in (D0 + timedelta(days=n) for n in range(0, 12)):
        plan = planned(settings, round_(), today)
        if plan.window is None or today > plan.window.latest:
            continue
        assert late(planned, today) == (False, []), today


def test_the_day_after_the_window_is_late_and_says_why():
    settings = load_settings(env={})
    plan = planned(settings, round_(), D0)
    after = plan.window.latest + timedelta(days=1)
    is_late, warnings = late(planned, after)
    assert is_late and warnings and "window closed" in warnings[0], warnings


def test_a_window_that_ends_on_day_seven_is_on_time_on_day_seven():
    settings = load_settings(env={})
    i = round_()
    day7 = D0 + timedelta(days=settings.policy.max_days)
    plan = planned(settings, i, D0)
    plan = replace(plan, window=Window(days=(D0 + timedelta(days=1), day7), ideal=D0 +
                   timedelta(days=1)), status="due")  # fmt: skip
    assert drafting.timing(settings, i, plan, day7, False, "email") == (False, [])
    assert drafting.timing(settings, i, plan, day7 + timedelta(days=1), False, "email")[0]


@pytest.mark.parametrize(("days", "is_late"), [(6, False), (7, False), (8, True), (12, True)])
def test_with_no_plan_a_week_is_on_time_and_a_day_more_is_late(days, is_late):
    got, warnings = late(no_plan, D0 + timedelta(days=days))
    assert got is is_late
    assert bool(warnings) is is_late  # a late note always says why
