"""Drafts (issue 10), session 27: sentences a recruiter reads as certainly right.

Kinds: a credential granted to the candidate ('Authorised to …') said in the passive; a
participle whose voice is unknown left out, never slotted after 'I have'; a jotted clause
never taken as a topic; a label alone ('their main headache') never taken as a topic. Names
and wording are invented for these tests."""

from __future__ import annotations

import re

import pytest

from followup.config import load_settings
from followup.core import phrasing
from followup.services import drafting

LEXICON = drafting.load_data(load_settings(env={})).language.lexicon


@pytest.mark.parametrize(
    ("line", "clause"),
    [
        (
            "Authorised to dispense controlled drugs and to run flu clinics",
            "I am authorised to dispense controlled drugs and to run flu clinics",
        ),
        ("authorized to sign off boiler installs", "I am authorized to sign off boiler installs"),
        ("Approved to supervise trainee surveyors", "I am approved to supervise trainee surveyors"),
        (
            "Permitted to work unsupervised on live panels",
            "I am permitted to work unsupervised on live panels",
        ),
        ("Cleared for solo night shifts", "I am cleared for solo night shifts"),
        ("Endorsed to teach lifeguard courses", "I am endorsed to teach lifeguard courses"),
    ],
)
def test_a_granted_permission_is_said_in_the_passive(line: str, clause: str) -> None:
    q = phrasing.qualification(line, LEXICON)
    assert q.clause == clause
    assert q.sure


@pytest.mark.parametrize(
    "line",
    [
        "Approved 60 supplier invoices a day",
        "Cleared a backlog of 300 warranty claims",
    ],
)
def test_the_same_participle_with_an_object_is_what_they_did(line: str) -> None:
    clause = phrasing.qualification(line, LEXICON).clause
    assert clause.startswith("I have "), clause
    assert not clause.startswith(("I am ", "I have been ")), clause


@pytest.mark.parametrize(
    ("line", "lead"),
    [
        ("Helped to cut reorder errors by a third", "I have helped to cut"),
        ("Volunteered to run the weekend food bank rota", "I have volunteered to run"),
        ("Learned to fly drones for roof surveys", "I have learned to fly"),
    ],
)
def test_an_active_verb_before_to_keeps_its_voice(line: str, lead: str) -> None:
    assert phrasing.qualification(line, LEXICON).clause.startswith(lead)


@pytest.mark.parametrize(
    "line",
    [
        "Asked to chair the regional safety forum",
        "Tasked to rebuild the tender library",
    ],
)
def test_a_participle_of_unknown_voice_before_to_is_not_slotted(line: str) -> None:
    q = phrasing.qualification(line, LEXICON)
    assert not re.match(r"I have (asked|tasked) to", q.clause) or not q.sure, q


def _grammar():
    from followup.core import slot_grammar

    return slot_grammar, LEXICON.slots, LEXICON.word_classes


@pytest.mark.parametrize(
    "text",
    ["the depots felt sidelined", "growers felt shortchanged", "tenants seemed uneasy"],
)
def test_a_jotted_clause_is_never_a_topic(text: str) -> None:
    sg, grammar, classes = _grammar()
    assert sg.noun_phrase_fault(text, grammar, classes) is not None


@pytest.mark.parametrize("text", ["the ringfenced budget", "the new rostering system"])
def test_a_noun_phrase_with_a_participle_is_still_a_topic(text: str) -> None:
    sg, grammar, classes = _grammar()
    assert sg.noun_phrase_fault(text, grammar, classes) is None


def test_a_label_alone_is_no_topic() -> None:
    import sys

    sys.path.insert(0, "tests")
    from followup.core.models import Format, Profile
    from helpers_drafts import drafts_of, email_round, panel_people

    people = panel_people("orchard.example", "Petra Lindqvist", "Tobias Grey")
    i = email_round(
        "Orchard Lane Hospice",
        "Supporter Care Lead",
        people,
        format=Format.IN_PERSON,
        country="NZ",
        topics=["their main headache: 55% of gifts from 1 appeal (the spring fair)"],
    )
    profile = Profile(
        name="Wren Ashby",
        email="wren@example.net",
        qualifications=["Grew monthly donors from 900 to 2,100 in three years"],
    )
    for w in drafts_of(i, profile):
        body = w.draft.body.lower()
        assert "main headache" not in body, body
        assert "your headache" not in body, body


def test_the_claim_after_a_question_never_points_back_by_it() -> None:
    bank = drafting.load_data(load_settings(env={})).language.bank.slots
    for v in bank["bridge.question"]:
        assert not re.search(r"\bit\b", v.replace("{qual}", "").replace("{Qual}", "")), v
