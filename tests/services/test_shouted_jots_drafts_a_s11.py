"""A jot or topic typed in capitals reaches a draft in normal case, or not at all (drafts A,
session 11): 'WAREHOUSE WALKTHROUGH' is a heading typed with caps lock, not a name, so a note
says 'the warehouse walkthrough'; an acronym the record writes in capitals ('ERP', 'SAP')
keeps them, and so does a name the record writes ('Dana Reyes', 'Bright Media')."""

from __future__ import annotations

import re
from datetime import date

import pytest

from followup.config import load_settings
from followup.core import phrasing
from followup.core.models import Channel, Format, Interview, Person, PersonRole, Profile
from followup.services import drafting, planning

PROFILE = Profile(name="Sam Doe", email="sam@example.com", qualifications=["Ran 12 store audits"])
LEXICON = drafting.load_data(load_settings(env={})).language.lexicon


def shouted(text: str) -> list[str]:
    keep = {"ERP", "SAP", "BRIGHT", "MEDIA", "I"}
    return [w for w in re.findall(r"\b[A-Z]{3,}\b", text) if w not in keep]


@pytest.mark.parametrize(
    "topic",
    [
        "WAREHOUSE WALKTHROUGH",
        "THE NEW PICKING ROBOTS",
        "NIGHT SHIFT ROTA CHANGES",
        "ERP MIGRATION TIMELINE",
    ],
)
def test_a_topic_in_capitals_is_said_in_normal_case(topic):
    p = phrasing.phrase_topic(topic, LEXICON, ["Bright Media", "Dana Reyes"])
    for said in (p.to_them, p.about, p.short_them, p.short_about):
        assert not shouted(said), said


def test_an_acronym_in_a_shouted_topic_keeps_its_capitals():
    p = phrasing.phrase_topic("ERP MIGRATION TIMELINE", LEXICON, ["Bright Media"])
    assert "ERP" in p.about or not p.sure, p.about


def interview(**changes) -> Interview:
    i = Interview(
        company="Bright Media",
        role="Operations Coordinator",
        interviewed=date(2026, 11, 19),
        format=Format.IN_PERSON,
        channel=Channel.EMAIL,
        people=[Person("Dana Reyes", "dana@bright.example", role=PersonRole.INTERVIEWER)],
        topics=["DOCK SCHEDULING BACKLOG", "THE FORKLIFT TRAINING PLAN"],
        items=["SITE TOUR"],
    )
    for key, value in changes.items():
        setattr(i, key, value)
    return i


def test_a_draft_from_shouted_jots_has_no_shouted_words():
    settings = load_settings(env={})
    today = date(2026, 11, 20)
    i = interview()
    plan = planning.Planner(settings, today)(i)
    for w in drafting.compose_drafts(settings, i, PROFILE, plan, kind="email", today=today).written:
        assert not shouted(w.draft.body), w.draft.body
