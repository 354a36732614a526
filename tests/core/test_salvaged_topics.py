"""A jotted note that is no phrase as a whole is said by the one noun phrase it is about, when
that phrase passes the same gate as any topic; the phrase chosen is among the note's doubts,
and a note with nothing to salvage is still left out (and asked for)."""

from __future__ import annotations

from datetime import date

import pytest

from followup.config import load_settings
from followup.core import compose, slot_grammar
from followup.core.models import Format, Interview, Person, PersonRole, Profile
from followup.services import drafting

DATA = drafting.load_data(load_settings(env={}))
LEXICON = DATA.language.lexicon
PEOPLE = frozenset(["marisol", "quenby"])


def salvage(text: str) -> list[str]:
    assert LEXICON.word_classes is not None
    return slot_grammar.salvage_topic(
        text, LEXICON.slots, LEXICON.word_classes, PEOPLE, LEXICON.known_word
    )


@pytest.mark.parametrize(
    ("jotted", "phrase"),
    [
        # an object after a preposition, not the clause's subject
        ("marisol: the late shift loses an hour a night to paper handover sheets",
         "the paper handover sheets"),
        # an object after a verb and its particle; the time after it is no topic
        ("they're hoping to bring in a new rostering system by june", "the new rostering system"),
        # what the fragment opens with, not the place after it
        ("conveyor retrofit for the east dock slated for Q3", "the conveyor retrofit"),
        # a name and a dash first, the verb after the thing
        ("quenby - loyalty scheme relaunching in Ireland in may", "the loyalty scheme"),
        # the first part says too little: the next part's object
        ("tills = ancient, rolling out a self-checkout trial next spring",
         "the self-checkout trial"),
        ("we need someone to run saturday junior coaching sessions",
         "the junior coaching sessions"),  # a day is no part of it
    ],
)  # fmt: skip
def test_the_thing_a_note_is_about_is_found(jotted: str, phrase: str) -> None:
    assert salvage(jotted)[0] == phrase


@pytest.mark.parametrize(
    "jotted",
    [
        "your crew is short of three fitters",  # an empty subject and a count
        "marisol: wants a start by feb",  # a person and a month
        "quenby - back from leave in april",  # one word, then a time
        "hiring 4 more in Q2",  # numbers and a quarter
        "reps keep deal notes in spreadsheets",  # a verb read as a noun is no phrase
    ],
)
def test_nothing_is_salvaged_from_a_note_naming_no_thing(jotted: str) -> None:
    assert salvage(jotted) == []


def test_every_salvaged_phrase_is_short_and_ends_on_a_known_noun() -> None:
    assert LEXICON.word_classes is not None
    jotted = "the ops team loses a full day every month to reconciling vendor credit notes by hand"
    for phrase in salvage(jotted):
        words = phrase.split()[1:]
        assert slot_grammar.SALVAGE_MIN_WORDS <= len(words) <= slot_grammar.SALVAGE_MAX_WORDS
        assert "NOUN" in LEXICON.word_classes(words[-1].lower())


def _round(topics: list[str]) -> Interview:
    return Interview(
        company="Harrowgate Cold Stores",
        role="maintenance planner",
        interviewed=date(2027, 2, 9),
        format=Format.IN_PERSON,
        country="GB",
        people=[
            Person(name="Ellis Varga", email="ev@x.example", role=PersonRole.COORDINATOR),
            Person(name="Marisol Quenby", email="mq@x.example"),
            Person(name="Tadhg Morrow", email="tm@x.example"),
        ],
        topics=topics,
        qualifications=["planned shutdowns for a 40-tonne ammonia plant"],
    )


def test_a_salvaged_topic_is_said_in_a_note_and_shown_among_its_doubts() -> None:
    jotted = "marisol - freezer racking survey due before easter, half the bays still paper-tagged"
    interview = _round([jotted])
    specifics = compose.specifics_of(interview, DATA.language)
    (spec,) = specifics
    assert spec.usable and spec.text == "the freezer racking survey", spec
    assert spec.kind == "topic"  # kind-neutral frames
    assert compose.SALVAGED in spec.doubts
    notes = compose.compose(
        interview, Profile("Rowan Pike", "rp@example.com"), None, "email",
        interview.interviewers, date(2027, 2, 10), DATA.language, each=True,
    )  # fmt: skip
    said = [n for n in notes if "the freezer racking survey" in " ".join(n.paragraphs)]
    assert len(said) == 1
    assert "paper-tagged" not in " ".join(" ".join(n.paragraphs) for n in notes)
    doubts = [d for n in notes for d in n.doubts if d[0] == jotted]
    assert doubts and doubts[0][1] == "the freezer racking survey" and doubts[0][3] is False


def test_a_note_with_nothing_to_salvage_is_still_left_out() -> None:
    interview = _round(["tadhg: wants 2 more by feb"])
    (spec,) = compose.specifics_of(interview, DATA.language)
    assert not spec.usable
    assert compose.SALVAGED not in spec.doubts


def test_a_condition_of_the_job_is_never_salvaged() -> None:
    interview = _round(["pay 41k + company van, overtime at time and a half"])
    for spec in compose.specifics_of(interview, DATA.language):
        assert not spec.usable


@pytest.mark.parametrize(
    "jotted",
    [
        "generator fuel = big cost, mains supply patchy",
        "hull cleaning = huge expense",
        "tram drivers = the main worry",
    ],
)
def test_what_a_jot_says_a_thing_is_is_never_the_thing(jotted: str) -> None:
    right = jotted.split("=", 1)[1].split(",")[0].split()
    assert not any(p.split()[-1] == right[-1] for p in salvage(jotted)), salvage(jotted)
