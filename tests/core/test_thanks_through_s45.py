"""Thanks the notes ask a reader to pass on (session 45): 'thank thabo too - via candice',
'thank kuya ben (bell captain) - via ma'am joy', 'want to thank maya - can't email a 16 y/o,
ask joanne to pass it on'. The go-between's note passes them on, naming the one asked for;
a route for one person's thanks routes no one else's note. Rounds in fresh wording."""

from __future__ import annotations

from datetime import date

import pytest

from followup.core import compose
from followup.core.models import Person, PersonRole, Profile
from followup.core.records import from_record
from helpers_drafts import composed_by_name


@pytest.fixture(scope="module")
def language() -> compose.Language:
    from followup.config import load_settings
    from followup.services import drafting

    return drafting.load_data(load_settings(env={}), "US").language


def p(name: str, email: str | None = None, role: str = "interviewer") -> Person:
    return Person(name=name, email=email, role=PersonRole(role))


PEOPLE = [
    p("Rosalind Achebe", "r.achebe@brightwater.example", "coordinator"),
    p("Gus Lindqvist", "gus@brightwater.example"),
    p("wren", None),
    p("Dr. Pia Holm", "pia@brightwater.example"),
]


@pytest.mark.parametrize(
    ("notes", "expected"),
    [
        ("thank wren too - no email, via rosalind.", {"Rosalind Achebe": ["Wren"]}),
        ("thank wren - can't email her, ask gus to pass it on?", {"Gus Lindqvist": ["Wren"]}),
        ("thank auntie dot (front desk, tea) - via gus", {"Gus Lindqvist": ["Dot"]}),
        ("thank pia via gus", {}),  # Pia has an address: a note of her own
        ("thank you notes via rosalind", {}),  # no one thanked by name
        ("salary via rosalind. thank everyone.", {}),
    ],
)  # fmt: skip
def test_whom_to_thank_through_whom(notes, expected) -> None:
    assert compose.thanks_through(notes, PEOPLE) == expected


def record(notes: str) -> dict:
    return {
        "company": "Brightwater Leisure Centre",
        "role": "Duty Manager",
        "interviewed": "2027-05-04",
        "tz": "America/Chicago",
        "format": "in-person",
        "channel": "email",
        "country": "US",
        "subdiv": "MN",
        "people": [
            {
                "name": "Rosalind Achebe",
                "email": "r.achebe@brightwater.example",
                "title": "HR Advisor",
                "role": "coordinator",
            },
            {
                "name": "Gus Lindqvist",
                "email": "gus@brightwater.example",
                "title": "General Manager",
                "role": "interviewer",
            },
            {"name": "wren", "email": None, "title": "lifeguard supervisor", "role": "interviewer"},
            {
                "name": "Dr. Pia Holm",
                "email": "pia@brightwater.example",
                "title": "Board member",
                "role": "interviewer",
            },
        ],  # fmt: skip
        "topics": ["gus: the pool plant refit in the autumn", "pia: the swim school waiting list"],
        "notes": notes,
    }


def drafts(notes: str, language: compose.Language) -> dict[str, str]:
    profile = Profile(name="Ola Nilsen", email="ola@post.example", phone=None, qualifications=[])
    written = composed_by_name(from_record(record(notes)), profile, language, date(2027, 5, 5))
    return {name: "\n".join(w.paragraphs) for name, w in written.items()}


def test_the_go_between_passes_on_the_thanks_asked_for(language) -> None:
    by = drafts("want to thank wren - can't email her, ask gus to pass it on", language)
    assert "Wren" in by["Gus Lindqvist"], by["Gus Lindqvist"]
    # the route was for Wren's thanks alone: Pia's note goes to Pia, and says nothing of Wren
    assert "Wren" not in by["Dr. Pia Holm"], by


def test_the_plans_note_names_first_the_one_it_is_asked_to_thank(language) -> None:
    by = drafts("thank wren too - no email, via rosalind.", language)
    assert "Wren" in by["Rosalind Achebe"], by["Rosalind Achebe"]


@pytest.mark.parametrize(
    ("name", "email", "greeted"),
    [
        ("Mohammed Irfan", "irfan.m@lotus.example", "Irfan"),
        ("Mohammed Irfan", "irfan@lotus.example", "Irfan"),
        ("Mohammed Irfan", "mohammed.irfan@lotus.example", "Mohammed"),
        ("Grace Hopper", "grace.h@navy.example", "Grace"),
        ("Anna Lee", "lee.a@co.example", "Anna"),  # her family name and initial
    ],
)
def test_a_name_whose_address_opens_on_the_second_word_is_called_by_it(name, email, greeted):
    """'Mohammed Irfan' with irfan.m@…: the name he goes by is Irfan (session 45)."""
    assert compose.greeting_name(p(name, email)).split()[0] == greeted
