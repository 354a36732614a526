"""A call the notes say happened is no instruction to phone (issue 10, session 39: '(1st round
was a teams call w/ him)' and '(1st = phone screen w/ wil)' were read as 'your notes say to
phone him', so no e-mail was written). 'ring him', 'phone him, not email' still are. Names
are invented."""

from __future__ import annotations

import pytest

from followup.config import load_settings
from followup.core import etiquette
from followup.core.models import Person, PersonRole
from followup.services import drafting

WORDS = drafting.load_data(load_settings(env={}), "GB").etiquette
PEOPLE = [
    Person("Tariq Bellamy", "tariq@harbour.example"),
    Person("Nia Osei"),
    Person("Recruitment", "jobs@harbour.example", role=PersonRole.COORDINATOR),
]


@pytest.mark.parametrize(
    "notes",
    [
        "final round today (1st round was a teams call w/ him). tariq ran it",
        "final interview (1st = phone screen w/ tariq)",
        "the zoom call with tariq went well",
    ],
)
def test_a_call_that_happened_is_no_way_to_reach_them(notes):
    assert etiquette.read(notes, PEOPLE, WORDS).via is None


@pytest.mark.parametrize("notes", ["ring tariq, he hates email", "phone tariq, not email"])
def test_an_instruction_to_phone_still_is_one(notes):
    rules = etiquette.read(notes, PEOPLE, WORDS)
    assert rules.via is not None and rules.via.name == "Tariq Bellamy" and rules.how == "phone"
