"""Timing in the words of a note (drafts C, session 12). A note written after the plan's
window (its last day, d0+7, is on time: SPEC §3 H2) says so once, briefly, in the plan's
note and in each note of a panel (--each), each in its own words (session 19). A
past job (dated as ended) is never said in the present, and a qualification done at a time
that is over keeps the simple past ('I coached 30 debaters last term', never 'I have
coached … last term')."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest

from followup.config import load_settings
from followup.core import phrasing
from followup.core.models import Interview, Profile
from followup.services import drafting, planning
from helpers_drafts import DAY, panel_round

SETTINGS = load_settings(env={})
LEXICON = drafting.load_data(SETTINGS).language.lexicon
LATE = re.compile(r"belated|later than|sooner|apolog|sorry|delay", re.I)
PROFILE = Profile(
    name="Jess Moreau",
    email="jess@example.com",
    qualifications=[
        "Assistant Coach, Tideway Juniors (2018-2022)",
        "coached 30 juniors to national finals last season",
        "British Rowing Level 3 coach",
    ],
)


def written(i: Interview, today: date, each: bool) -> list[str]:
    plan = planning.Planner(SETTINGS, today)(i)
    batch = drafting.compose_drafts(
        SETTINGS, i, PROFILE, plan, kind="email", each=each, today=today
    )
    return [w.draft.body for w in batch.written]


@pytest.mark.parametrize("days", [8, 10, 12])
def test_a_late_note_apologises_once(days):
    # Session 19 (issue 10): every late note says so, the panel's too (graders of the v17
    # rounds marked a late personal note that thanked as if on time); each once, in its own
    # words (tests/services/test_timing_honesty_s19.py)
    i = panel_round()
    today = DAY + timedelta(days=days)
    (plan_note,) = written(i, today, each=False)
    assert len(LATE.findall(plan_note)) == 1, plan_note
    for body in written(i, today, each=True):
        assert len(LATE.findall(body)) == 1, body


def test_a_note_in_good_time_says_nothing_of_lateness():
    i = panel_round()
    for each in (False, True):
        for body in written(i, DAY + timedelta(days=3), each=each):
            assert not LATE.search(body), body


@pytest.mark.parametrize(
    ("jotted", "said"),
    [
        ("coached 30 juniors to national finals last season", "I coached 30 juniors"),
        ("Ran the spring regatta in 2024", "I ran the spring regatta in 2024"),
        ("organised a charity erg-a-thon two years ago", "I organised a charity"),
        ("built and ran a learn-to-row course last summer", "I built and ran"),
    ],
)
def test_a_finished_time_keeps_the_simple_past(jotted, said):
    clause = phrasing.qualification(jotted, LEXICON).clause
    assert clause.startswith(said), clause
    assert not clause.startswith("I have"), clause


def test_work_still_going_on_keeps_the_present_perfect():
    for jotted in ("Coached 30 juniors", "Led three launches 2019-present"):
        assert phrasing.qualification(jotted, LEXICON).clause.startswith("I have"), jotted


def test_no_draft_says_a_finished_time_in_the_present_perfect_or_an_old_job_as_now():
    i = panel_round()
    today = DAY + timedelta(days=2)
    text = "\n".join(written(i, today, each=False) + written(i, today, each=True))
    assert not re.search(r"\bhave \w+ [^.;]*\blast (?:season|term|year)\b", text), text
    assert not re.search(r"\b(?:I am|I'm) an? Assistant Coach\b", text), text
