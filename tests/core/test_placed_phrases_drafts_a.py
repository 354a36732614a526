"""A jotted fragment is never placed as a noun phrase (drafts A, session 10): a need, a
wish or a lack jotted as a verb before its object ('need night drivers'), a thing and how it
stands ('pace good', 'morale low'), or a clause cut at its verb is no thing a sentence can be
about ('I enjoyed hearing about the need night drivers'); the note leaves it out or says
something else of the note, and plain phrases of the same words still read."""

from __future__ import annotations

import re
from datetime import date

import pytest

from followup.config import load_settings
from followup.core import compose, slot_grammar
from followup.core.models import Format, Interview, Person, PersonRole
from followup.services import drafting

DATA = drafting.load_data(load_settings(env={}))
LEXICON = DATA.language.lexicon


def fault(text: str) -> str | None:
    assert LEXICON.word_classes is not None
    return slot_grammar.plain_topic_fault(
        text,
        LEXICON.slots,
        LEXICON.word_classes,
        frozenset(),
        DATA.wording.ing_nouns,
        LEXICON.known_word,
        DATA.wording.mass_nouns,
    )


@pytest.mark.parametrize(
    "fragment",
    [
        "the need night drivers",  # a verb before its object (logistics)
        "the want agency nurses",  # (nursing)
        "the lack bilingual caseworkers",  # (social services)
        "the need senior welders",  # (fabrication)
        "your need more sous chefs",  # (hospitality)
        "the require two references",  # (schools)
        "the pace good",  # a thing and how it stands (teaching)
        "the morale low",  # (retail)
        "the Q3 budget tight",  # (finance)
        "the kitchen throughput slow",  # (hospitality)
        "the intake process messy",  # (public sector)
        "the ward rota patchy",  # (nursing)
        "the retention poor",  # (call centre)
        "the sprint velocity shaky",  # (software)
        "the site handover overdue",  # (construction)
        "the stock count delayed",  # a past verb last (retail)
        "the ERP go-live postponed",  # (manufacturing)
    ],
)
def test_a_jotted_clause_is_no_noun_phrase(fragment: str) -> None:
    assert fault(fragment) == slot_grammar.PLAIN


@pytest.mark.parametrize(
    "phrase",
    [
        "your need for night drivers",  # the noun, with its complement
        "the lack of bilingual caseworkers",
        "the cost base",  # a noun that may be an adjective elsewhere
        "the data model",
        "the quiet room",
        "the high-street refit",
        "the late shift",
        "the Q3 budget",
        "the traffic light survey",
        "the written exercise",
        "the proposed merger",
    ],
)
def test_the_same_words_in_a_plain_phrase_still_read(phrase: str) -> None:
    assert fault(phrase) is None


JOTTED = [
    # (note as typed, words that must never be placed as a thing)
    ("need night drivers w/ HGV class 1", "need night drivers"),
    ("want agency nurses gone by spring", "want agency nurses"),
    ("lack bilingual caseworkers on intake", "lack bilingual caseworkers"),
    ("pace good, plenary rushed", "pace good"),
    ("morale low since the merger", "morale low"),
    ("Q3 budget tight - no new hires", "budget tight"),
    ("kitchen throughput slow on sat nights", "throughput slow"),
    ("sprint velocity shaky after the reorg", "velocity shaky"),
    ("need a 2nd sous who can run the pass", "need a"),
    ("client retention poor in yr 1", "retention poor"),
    ("site handover overdue by 3 wks", "handover overdue"),
    ("require 2 refs before start", "require 2"),
]


def _round(topics: list[str]) -> Interview:
    return Interview(
        company="Norland Freight",
        role="shift manager",
        interviewed=date(2027, 3, 2),
        format=Format.IN_PERSON,
        country="GB",
        people=[
            Person(name="Ola Bright", email="ob@x.example", role=PersonRole.INTERVIEWER),
        ],
        topics=topics,
    )


@pytest.mark.parametrize(("jotted", "never"), JOTTED)
def test_a_jotted_fragment_is_never_said_as_a_thing(jotted: str, never: str) -> None:
    for s in compose.specifics_of(_round([jotted]), DATA.language):
        if not s.usable:
            continue
        for said in (s.text, s.about):
            assert never.lower() not in said.lower(), (jotted, said)
            assert not re.search(r"\b(?:the|your) (?:need|want|lack|require)\b(?! for| of)", said)


@pytest.mark.parametrize(
    "jotted",
    [
        "my portfolio review (3 case studies) - priya had looked through it, asked abt pricing",
        "my lesson plan: fractions - Priya had read it beforehand",
        "my site drawings, priya had them printed out",
    ],
)
def test_the_exercise_goes_to_the_one_the_note_says_saw_it(jotted: str) -> None:
    interview = _round([jotted])
    interview.people = [
        Person(name="Priya Raman", email="pr@x.example", role=PersonRole.INTERVIEWER),
        Person(name="Tom Eze", email="te@x.example", role=PersonRole.INTERVIEWER),
    ]
    (s,) = compose.specifics_of(interview, DATA.language)
    assert s.kind == "exercise"
    assert s.owner == "Priya Raman"


@pytest.mark.parametrize(
    ("jotted", "clipped"),
    [
        ("night shift handover slipped twice last month", "the night shift handover"),
        ("stock count delayed by the audit", "the stock count"),
        ("menu costing behind on the new dishes", "the menu costing"),
        ("loading bay camera went offline in the storm", "the loading bay camera"),
        ("client onboarding team short two analysts", "the client onboarding team"),
        ("payroll vendor changed in jan, still teething", "the payroll vendor"),
    ],
)
def test_a_thing_is_never_said_without_what_the_note_says_of_it(jotted: str, clipped: str) -> None:
    for s in compose.specifics_of(_round([jotted]), DATA.language):
        if s.usable:  # nor with its verb cut off ('the stock count delayed')
            assert not s.text.lower().startswith(clipped), s
            assert not s.about.lower().startswith(clipped), s


def test_a_figure_after_a_thing_keeps_the_thing() -> None:
    (s,) = compose.specifics_of(_round(["ops: pick accuracy 97%, wants 99.5"]), DATA.language)
    assert s.usable and s.text == "the pick accuracy"
