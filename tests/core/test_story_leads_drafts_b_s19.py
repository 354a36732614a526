"""A person's story jotted under a label ("ruth's story - opened the bakery 1998 w/ 1 oven",
'mr v story: bought the garage in 2011') or by an honorific and an initial ('dr d: started
the clinic in 2004') is still that person's story (issue 10, point 4): said whole to them in a
story's frame ('how you opened the bakery in 1998 with one oven'), a year in its preposition, a
small count in words, and what it has grown to since (', now 4 shops') left for the
conversation. Never 'the ruth's story and how …'. Fresh wording (a bakery, a garage, a
clinic, a ferry line)."""

from __future__ import annotations

import re
from datetime import date

import pytest

from followup.config import load_settings
from followup.core import compose
from followup.core.models import Profile
from followup.core.plan import Plan
from followup.core.records import from_record
from followup.services import drafting

PEOPLE = [
    ("Ruth Abernathy", "ruth@harbourbakes.example"),
    ("Tomas Varga", "tomas@harbourbakes.example"),
    ("Dr. Delphine Okoro", "d.okoro@harbourbakes.example"),
]


@pytest.fixture(scope="module")
def language() -> compose.Language:
    return drafting.load_data(load_settings(env={}), "US").language


def record(topics: list[str]) -> dict:
    return {
        "company": "Harbour Bakes",
        "role": "Production Supervisor",
        "interviewed": "2027-09-14",
        "tz": "America/New_York",
        "format": "in-person",
        "channel": "email",
        "country": "US",
        "people": [
            {"name": n, "email": e, "title": None, "role": "interviewer"} for n, e in PEOPLE
        ],
        "topics": topics,
    }


@pytest.mark.parametrize(
    ("jot", "owner", "to_them"),
    [
        ("ruth's story - opened the bakery 1998 w/ 1 oven in her garage, now 4 shops",
         "Ruth Abernathy", "how you opened the bakery in 1998 with one oven in your garage"),
        ("mr v story: bought the garage in 2011 with one lift",
         "Tomas Varga", "how you bought the garage in 2011 with one lift"),
        ("dr o: started the clinic in 2004 w/ 2 nurses",
         "Dr. Delphine Okoro", "how you started the clinic in 2004 with two nurses"),
    ],
)  # fmt: skip
def test_a_labelled_story_is_said_whole_to_its_person(jot: str, owner: str, to_them: str,
                                                      language) -> None:  # fmt: skip
    (s,) = compose.said_specifics(from_record(record([jot])), language)
    assert s.usable and s.kind == "story" and s.owner == owner, s
    assert s.text == to_them


def test_the_story_takes_a_storys_sentence(language) -> None:
    jot = "ruth's story - opened the bakery 1998 w/ 1 oven in her garage, now 4 shops"
    interview = from_record(record([jot]))
    profile = Profile(name="Jo Park", email="jo@post.example", phone=None, qualifications=[])
    plan = Plan("email", "contact", None, None, "wait", (), (), ())
    ruth = [p for p in interview.people if p.name == "Ruth Abernathy"]
    (note,) = compose.compose(interview, profile, plan, "email", ruth, date(2027, 9, 16),
                              language, each=True)  # fmt: skip
    body = " ".join(note.paragraphs)
    assert "how you opened the bakery in 1998" in body, body
    said = next(s for s in re.split(r"(?<=[.!?])\s+", body) if "bakery" in s)
    assert not re.search(r"\b(?:explanation|description|walking me through|picture)\b", said)
