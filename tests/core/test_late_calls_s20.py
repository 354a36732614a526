"""A call made after the window says so, and after the employer's decision date allows that
things may have moved on (issue 10, point 2, session 20; since session 23 without naming the
date): the v18 phone scripts of overdue rounds thanked as if on time ('Thanks so much. I
enjoyed it.') while their fallback emails said 'belated'. New wording: a plumbing firm whose
owner asked to be rung."""

from __future__ import annotations

import re
from datetime import date, timedelta

from followup.config import load_settings
from followup.core.models import Channel, Format, Interview, Person, Profile
from followup.services import drafting, planning

SETTINGS = load_settings(env={})
DAY = date(2027, 3, 2)  # a Tuesday
ME = Profile("Rhys Pellow", "rhys@example.com", phone="+44 7700 900123",
             qualifications=["four years fitting commercial boilers"])  # fmt: skip


def call(today: date, deadline: date | None = None) -> str:
    i = Interview(
        company="Pellow & Daughters Heating", role="Heating Engineer", interviewed=DAY,
        format=Format.IN_PERSON, channel=Channel.PHONE, country="GB", deadline=deadline,
        people=[Person("Gwen Tallack", None, phone="+44 7700 900456", title="owner")],
        topics=["the new heat pump contracts for the council"],
        notes="gwen's never at a desk, give her a ring rather than emailing",
    )  # fmt: skip
    plan = planning.Planner(SETTINGS, today)(i)
    (w,) = drafting.compose_drafts(SETTINGS, i, ME, plan, today=today).written
    assert w.draft.kind == "phone", w.draft
    return w.draft.body


def test_a_call_in_the_window_does_not_apologise():
    assert "late" not in call(DAY + timedelta(days=3)).split("## Fallback")[0].lower()


def test_a_late_call_says_so_in_its_points_and_voicemail():
    body = call(DAY + timedelta(days=12)).split("## Fallback")[0]
    points, voicemail = body.split("## Voicemail")
    assert any(w in points.lower() for w in ("late", "a while")), points
    assert "late" in voicemail.lower(), voicemail


def test_a_call_after_the_decision_date_allows_that_things_moved_on():
    """Session 23: the date gone by is not held up to them ('You may have decided already, as
    you planned to by 8 March' presses); the close allows that things may have moved on."""
    body = call(DAY + timedelta(days=12), deadline=DAY + timedelta(days=6)).split("## Fallback")[0]
    close = body.split("## Close")[1].split("##")[0]
    assert "8 March" not in close and "March 8" not in close, close
    assert re.search(r"still open|wherever things stand", close, re.I), close
