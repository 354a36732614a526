"""The name the notes say someone asked for ends with its sentence (session 43, from the
graded v35b: 'Tan prefers to be addressed as Adrian.' followed by a line opening on another
person's name gave 'Dear Adrian Nurul,'). People invented."""

from __future__ import annotations

from datetime import date

import pytest

from followup.config import load_settings
from followup.core import compose, greetings
from followup.core.models import Format, Interview, Person
from followup.services import drafting


@pytest.fixture(scope="module")
def address() -> greetings.Address:
    return drafting.load_data(load_settings()).language.address


@pytest.mark.parametrize(
    "notes",
    [
        "Goh prefers to be addressed as Marcus.\nHalimah: observed only, asked nothing.",
        "Goh prefers to be addressed as Marcus.\nHalimah Dr. Yusof ran the case.",
        "goes by Marcus. Halimah chaired.",
    ],
)
def test_an_asked_name_ends_with_its_sentence(notes, address) -> None:
    interview = Interview(
        company="Straits Harbour Clinic",
        role="Senior Pharmacist",
        interviewed=date(2027, 6, 2),
        format=Format.VIDEO,
        country="SG",
        notes=notes,
        people=[
            Person(name="Goh Wei Lun Marcus", title="Head of Pharmacy"),
            Person(name="Dr Halimah binte Yusof", title="consultant"),
        ],
    )
    greeted = greetings.greeted_round(interview, address)
    assert compose.greeting_name(greeted.people[0], own=True) == "Marcus"


def test_a_title_s_stop_ends_no_asked_name(address) -> None:
    interview = Interview(
        company="Falaj Cooling",
        role="Plant Engineer",
        interviewed=date(2027, 6, 30),
        format=Format.IN_PERSON,
        country="AE",
        notes='Saif prefers to be addressed as "Eng. Saif".\nMaya: observed only, asked nothing.',
        people=[
            Person(name="Saif Rashid Al Nuaimi", title="Director, Operations"),
            Person(name="Maya Haddad", title="HR"),
        ],
    )
    greeted = greetings.greeted_round(interview, address)
    assert compose.greeting_name(greeted.people[0], own=True) == "Eng. Saif"
