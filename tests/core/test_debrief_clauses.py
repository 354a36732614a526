"""Proposals read as clean noun phrases, never a clause (issue kind 12): a verb in -ing after
its subject, a verb the word tables do not know after "you", a verb after "which", words that
open a clause ("speaking of"), a pair after "between"; people's jobs, languages, judging
adjectives and farewells are no topics; a day of the month spelt out is a decision date; one
voice labelled by its full name and by its first name is one speaker."""

from __future__ import annotations

import tomllib
from datetime import date
from importlib.resources import files

import pytest

from followup.core import debrief
from followup.core.decision_dates import DecisionWords, day_said, spelled_days
from followup.core.models import Format, Interview
from followup.core.noun_phrases import Grammar, Phrase, phrases, tag
from followup.core.transcript import parse_transcript
from followup.services.debrief import word_classes

DATA = tomllib.loads(files("followup").joinpath("data", "debrief.toml").read_text("utf-8"))
GRAMMAR = Grammar.from_mapping(DATA["grammar"])


def nps(sentence: str) -> list[str]:
    numbers = frozenset({"one", "two", "three"})
    return [
        p.key for p in phrases(tag(sentence, GRAMMAR, word_classes, frozenset(), numbers), GRAMMAR)
    ]


@pytest.mark.parametrize(
    ("sentence", "expected", "never"),
    [
        # a verb in -ing after its subject, with an object or a preposition after it
        (
            "The day crew leaving the dock early is what hurts us.",
            ["day crew"],
            ["day crew leaving"],
        ),
        (
            "Walk me through the customs paperwork for a pallet of cheese going to Dubai.",
            ["customs paperwork for a pallet"],
            ["cheese going"],
        ),
        ("How do you keep thirty claims moving without losing track?", [], ["claims moving"]),
        # a common verb's form opening a phrase after a comma
        ("We check spend weekly, using holdout tests.", ["holdout tests"], ["using holdout tests"]),
        # words that open a clause
        (
            "Talking of audits, the last one flagged our cold store.",
            ["audits"],
            ["talking of audits"],
        ),
        (
            "Speaking of visiting sites, we drive a lot.",
            [],
            ["visiting sites", "speaking of visiting sites"],
        ),
        # a verb the word tables do not know, after "you"
        ("How do you upskill new starters on the line?", [], ["upskill new starters"]),
        # a verb in -s after "which" or "it"
        ("We moved to one ledger, which saves the team hours.", [], ["saves"]),
        # "between" takes a pair, else no complement
        (
            "We reconcile the differences between the ledger and the bank feed.",
            ["differences between the ledger and the bank feed"],
            [],
        ),
        (
            "How do you share the budget between search and paid?",
            ["budget"],
            ["budget between search"],
        ),
        # a phrase never opens with "and"
        ("We run the old and new rotas side by side.", ["rotas"], ["and new rotas"]),
        # "in terms of" is no topic
        ("In terms of timing, we hope to move fast.", [], ["terms of timing"]),
        # a base verb after a plural subject is its verb
        ("Then the pickers arrive and wait.", ["pickers"], ["pickers arrive"]),
        # a compound ending in a participle is an adjective; an adjective may open a gerund
        (
            "We want trauma-informed practice and dynamic pricing.",
            ["trauma-informed practice", "dynamic pricing"],
            [],
        ),
    ],
)
def test_a_clause_is_no_phrase(sentence: str, expected: list[str], never: list[str]) -> None:
    found = nps(sentence)
    for phrase in expected:
        assert phrase in found, (phrase, found)
    for phrase in never:
        assert phrase not in found, (phrase, found)


INTERVIEW = Interview("Employer", "Analyst", date(2027, 1, 15), Format.VIDEO)


def topics_in(text: str, candidate: str) -> list[str]:
    words = debrief.DebriefWords.from_data(DATA)
    interview = INTERVIEW
    found = debrief.propose(
        parse_transcript(text), [], interview, candidate, words,
        debrief.Limits(max_topics=8), None, word_classes,
    )  # fmt: skip
    return [p.text for p in found if p.kind == "topic"]


CALL = "\n\n".join(
    [
        "WEBVTT",
        "00:00:01.000 --> 00:00:09.000\n<v Ines Carvalho>Our deputy principal and the two lead "
        "technicians run the science labs. Our families are mostly Portuguese, and many parents "
        "speak Portuguese at home.",
        "00:00:10.000 --> 00:00:19.000\n<v Ines Carvalho>The lab technicians prepare the "
        "practical kits. The lab technicians also keep the chemical store. A difficult class, an "
        "angry parent and extra checks happen every week.",
        "00:00:20.000 --> 00:00:29.000\n<v Ines Carvalho>The practical kits and the chemical "
        "store inventory are the big pieces. An angry parent is normal, a difficult class too. "
        "Extra checks on the chemical store inventory matter.",
        "00:00:30.000 --> 00:00:36.000\n<v Tomas Lindqvist>I'd start with the chemical store "
        "inventory and the practical kits.",
        "00:00:37.000 --> 00:00:42.000\n<v Ines Carvalho>Great. Safe travels home, Tomas, and "
        "take care.",
    ]
)


def test_jobs_languages_judging_words_and_farewells_are_no_topics() -> None:
    topics = topics_in(CALL, "Tomas Lindqvist")
    low = " | ".join(topics).lower()
    for bad in ("principal", "technicians", "portuguese", "difficult", "angry", "extra", "safe"):
        assert bad not in low, (bad, topics)
    assert any("chemical store inventory" in t for t in topics), topics
    assert any("practical kits" in t for t in topics), topics
    words = debrief.DebriefWords.from_data(DATA)
    known = debrief.known_for(parse_transcript(CALL), INTERVIEW, "Tomas Lindqvist")
    assert not debrief._phrase_fit(Phrase(("oldest", "items", "first"), "the"), words, known)


DECISION = DecisionWords.from_mapping(DATA["decision"])


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("We'll have a decision by the twenty-third of June.", date(2027, 6, 23)),
        ("We aim to confirm by the eleventh of June, this week is full.", date(2027, 6, 11)),
        ("We should decide by June the fourth.", date(2027, 6, 4)),
        ("We hope to close this within a fortnight.", date(2027, 6, 15)),
        ("We will decide by Friday the eighteenth.", date(2027, 6, 18)),
    ],
)
def test_a_day_spelt_out_is_a_decision_date(sentence: str, day: date) -> None:
    assert day_said(sentence, date(2027, 6, 1), DECISION) == day


def test_a_spelt_day_moves_the_offset_after_it() -> None:
    text = "By the thirtieth of June we decide."
    changed, moved = spelled_days(text, DECISION, text.index("we decide"))
    assert changed == "By the 30th of June we decide."
    assert changed[moved:].startswith("we decide")
    assert spelled_days("the third round is hard", DECISION, 4) == ("the third round is hard", 4)


SRT = """1
00:00:01,000 --> 00:00:04,000
<font color="#FFFF00">Ingrid Solberg:</font> Welcome, Kofi, thanks for coming in.

2
00:00:04,500 --> 00:00:07,000
<font color="#FFFFFF">Kofi Mensah:</font> Thank you, glad to be here.

3
00:00:07,500 --> 00:00:11,000
<font color="#FFFF00">Ingrid:</font> Tell me about the hull inspections you run.

4
00:00:11,500 --> 00:00:15,000
<font color="#FFFFFF">Kofi:</font> Mostly ultrasonic thickness checks on the ferries.
"""


def test_one_voice_labelled_by_full_and_first_name_is_one_speaker() -> None:
    parsed = parse_transcript(SRT)
    assert parsed.speakers == ["Ingrid Solberg", "Kofi Mensah"]


def test_a_device_alone_is_no_topic_a_thing_named_after_one_is() -> None:
    assert debrief._device(("Galaxy", "S23")) and debrief._device(("the", "iPad"))
    assert not debrief._device(("phone", "interpreters"))
    assert not debrief._device(("the", "tablet", "app"))
