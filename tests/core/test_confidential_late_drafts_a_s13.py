"""A jot marked as said in confidence, in any language or shape people write it, is never said
in any note of `--each`, and shorthand whose sense hangs on the next word is read by it."""

from __future__ import annotations

import re
from datetime import date

import pytest

from followup.config import load_settings
from followup.core import compose, phrasing
from followup.core.models import Format, Interview, Person, PersonRole, Profile
from followup.services import drafting

DATA = drafting.load_data(load_settings(env={}))
LANGUAGE = DATA.language
LEXICON = LANGUAGE.lexicon


def _notes(topics: list[str]) -> str:
    interview = Interview(
        company="Marlow Freight Systems",
        role="maintenance planner",
        interviewed=date(2027, 3, 9),
        format=Format.VIDEO,
        people=[
            Person("Hanna Kowalczyk", email="hanna@marlow.example"),
            Person("Tomas Reyes", email="tomas@marlow.example"),
            Person("Lea Brandt", email="lea@marlow.example", role=PersonRole.COORDINATOR),
        ],
        topics=topics,
        qualifications=["5 yrs maintenance planning at a rail depot"],
        country="GB",
    )
    profile = Profile(name="Dana Whitlow", email="dana@example.co.uk")
    written = compose.compose(
        interview, profile, None, "email", interview.interviewers + [interview.coordinator],
        date(2027, 3, 10), LANGUAGE, each=True,
    )  # fmt: skip
    return "\n".join("\n".join(n.paragraphs) for n in written).lower()


# (jot, a word of it no note may say)
SECRET = [
    ("hanna hinted at a warehouse in lisbon (vertraulich)", "lisbon"),
    ("tomas: the buyout talks - confidentiel", "buyout"),
    ("the new drone fleet, confidencial por ahora", "drone"),
    ("riservato: a merger with a rival hauler", "merger"),
    ("vertrouwelijk - the cold store tender", "tender"),
    ("poufne: they may close the glasgow yard", "glasgow"),
    ("内密: the partnership with an airline", "airline"),
    ("(!!) private - the ceo is stepping down", "stepping"),
    ("don't mention the pending lawsuit", "lawsuit"),
    ("hush re the autonomous trucks pilot", "autonomous"),
    ("NB not public: the spring rebrand", "rebrand"),
    ("entre nous, the bonus pool for planners", "pool"),
    ("between us - the night shift is being cut", "cut"),
    ("🤫 the hydrogen forklift trial", "hydrogen"),
    ("shh the depot in rotterdam", "rotterdam"),
    ("the layoffs at the old site (unter uns)", "layoffs"),
]


@pytest.mark.parametrize(("jot", "word"), SECRET)
def test_a_jot_marked_confidential_is_never_said(jot: str, word: str) -> None:
    assert phrasing.confidential(jot, LEXICON)
    text = _notes([jot, "the planned maintenance backlog"])
    assert not re.search(rf"\b{word}\b", text), text
    assert "backlog" in text  # the note is still written, about the rest


@pytest.mark.parametrize(
    "jot",
    [
        "their private siding for the rail freight",
        "the agenda for the first week",
        "the tech stack they use for scheduling",
        "how they keep the depot quiet at night",
    ],
)
def test_ordinary_jots_are_not_confidential(jot: str) -> None:
    assert not phrasing.confidential(jot, LEXICON)


# --- shorthand read by the next word ----------------------------------------------------------


@pytest.mark.parametrize(
    ("jot", "said", "never"),
    [
        ("tech qs about the hydraulic rigs", "technical questions", "technician"),
        ("Tomas tested my tech skills on reliability models", "technical skills", "technician"),
        ("the tech interview with the depot engineers", "technical interview", "technician"),
        ("their tech debt in the old scheduling tool", "technical debt", "technician"),
        ("a short tech test on failure codes", "technical test", "technician"),
        ("the tech stack behind their planning board", "tech stack", "technician"),
        ("admin tasks on the night shift", "administrative tasks", "administration tasks"),
        ("med records kept on paper at the yard clinic", "medical records", "medication"),
        ("a tech on every night shift", "technician", "technical"),
        (
            "tech transfer of the brake assay to their partner lab",
            "technology transfer",
            "technician",
        ),
        ("the tech check before my slides", "technical check", "technician"),
    ],
)
def test_shorthand_is_read_by_the_word_after_it(jot: str, said: str, never: str) -> None:
    words = phrasing.clean_words(jot, LEXICON) or phrasing.phrase_topic(jot, LEXICON).them
    assert said in words.lower() and never not in words.lower(), words


def test_tech_questions_in_a_note_are_technical() -> None:
    text = _notes(["tech qs on the bogie overhaul plan", "the planned maintenance backlog"])
    assert "technician" not in text, text
