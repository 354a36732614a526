"""Timing honesty (issue 10, session 19). Every note written after the thank-you window says,
once and briefly, that it is late: the plan's note and each personal note of a panel, each in
its own words (graders of the v17 rounds marked a late panel note that thanked as if on time).
A note written after the employer's stated decision date never looks forward to hearing 'by'
it (nor, since session 23, names it); one written before it still names it as ahead. Every such
note is one the product's own checker calls ready."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest

from followup.config import load_settings
from followup.core.models import Interview, Profile
from followup.services import checking, drafting, planning
from helpers_drafts import DAY, panel_round

SETTINGS = load_settings(env={})
DATA = drafting.load_data(SETTINGS)
LATE = re.compile(r"belated|later than|late\b|sooner|apolog|sorry|delay", re.I)
PROFILE = Profile(
    name="Jess Moreau",
    email="jess@example.com",
    qualifications=[
        "coached 30 juniors to national finals last season",
        "British Rowing Level 3 coach",
    ],
)


def drafts(i: Interview, today: date, each: bool) -> list[drafting.Written]:
    plan = planning.Planner(SETTINGS, today)(i)
    batch = drafting.compose_drafts(
        SETTINGS, i, PROFILE, plan, kind="email", each=each, today=today
    )
    return batch.written


@pytest.mark.parametrize("days", [8, 10, 12])
def test_every_late_note_says_once_that_it_is_late(days) -> None:
    i = panel_round()
    today = DAY + timedelta(days=days)
    notes = [*drafts(i, today, each=False), *drafts(i, today, each=True)]
    assert len(notes) == 4
    opening = set()
    for w in notes:
        body = w.draft.body
        assert len(LATE.findall(body)) == 1, body
        assert w.verdict == "ready", (w.reasons, body)
        opening.add(body.split("\n\n")[1].split(". ")[0])
    assert len(opening) == len(notes), opening  # each apology in its own words


def test_a_note_in_good_time_says_nothing_of_lateness() -> None:
    i = panel_round()
    for each in (False, True):
        for w in drafts(i, DAY + timedelta(days=3), each=each):
            assert not LATE.search(w.draft.body), w.draft.body


def test_a_note_after_the_decision_date_neither_names_it_nor_looks_forward_to_it() -> None:
    """Session 23: a date gone by is not held up to its reader ('I know the decision was
    planned for …' presses); the close allows that things may have moved on."""
    deadline = DAY + timedelta(days=6)  # Monday 12 April
    i = panel_round(deadline=deadline)
    today = DAY + timedelta(days=7)
    said = drafting.load_data(SETTINGS, "GB").language.english.day(deadline)
    notes = [*drafts(i, today, each=False), *drafts(i, today, each=True)]
    for w in notes:
        body = w.draft.body
        assert said not in body, body
        # never looked forward to as if it were ahead
        assert not re.search(rf"(?:hearing|news|hear from you) by {said}|before {said}", body)
        assert w.verdict == "ready", (w.reasons, body)


def test_a_note_before_the_decision_date_still_names_it_ahead() -> None:
    deadline = DAY + timedelta(days=9)
    i = panel_round(deadline=deadline)
    said = drafting.load_data(SETTINGS, "GB").language.english.day(deadline)
    (w,) = drafts(i, DAY + timedelta(days=3), each=False)
    assert said in w.draft.body, w.draft.body
    assert not re.search(r"\b(?:passed|was due|planned to decide|hoped to decide)\b", w.draft.body)


BODY = (
    "Dear Callum,\n\nThank you for meeting me on Tuesday and for the chance to talk about the "
    "new boathouse fundraising drive. I coached 30 juniors to national finals last season, "
    "experience I'd be glad to put to work in this role.\n\n{close}\n\nBest regards,\nJess Moreau\n"
)


@pytest.mark.parametrize("slot", ["wrap.decided", "thanks_wrap.decided", "c_close.decided"])
def test_every_close_for_a_past_decision_date_reads_ready(slot) -> None:
    i = panel_round(deadline=DAY + timedelta(days=6))
    facts = checking.facts_for(i, PROFILE)
    values = {
        "decided": "Monday, 12 April",
        "company": "Millbrook Rowing Club",
        "when": "on Tuesday",
        "day": "Tuesday",
    }
    variants = DATA.language.bank.slots[slot]
    assert len(variants) >= (8 if slot == "wrap.decided" else 2)
    for v in variants:
        close = v.format(**values)
        assert not re.search(r"\bjoin(?:ing)?\b", close), close
        result = checking.check_text(SETTINGS, BODY.format(close=close), "email", facts)
        assert result.verdict == "ready", (close, result.to_dict())


LATE_BODY = (
    "Dear Callum,\n\n{open} It was good to talk about the new boathouse fundraising drive. I "
    "coached 30 juniors to national finals last season, experience I'd be glad to put to work "
    "in this role.\n\nI'd be glad to work at Millbrook Rowing Club, and I'm happy to discuss "
    "next steps.\n\nBest regards,\nJess Moreau\n"
)


def test_every_late_opening_reads_ready_and_says_late_once() -> None:
    facts = checking.facts_for(panel_round(), PROFILE)
    values = {"when": "on 6 April", "day": "Tuesday", "role": "Head Coach"}
    variants = DATA.language.bank.slots["open.late"]
    # a panel of eight written late: each note its own opening, most of them without {day}
    assert len([v for v in variants if "{day}" not in v]) >= 8
    for v in variants:
        opening = v.format(**values)
        assert len(LATE.findall(opening)) == 1, opening
        result = checking.check_text(SETTINGS, LATE_BODY.format(open=opening), "email", facts)
        assert result.verdict == "ready", (opening, result.to_dict())
