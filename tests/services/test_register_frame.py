"""The recipient's English in the frame of a note: spelling both ways, and the sign-off by
country and by how formally the note greets its reader."""

from __future__ import annotations

from datetime import date

import pytest

from followup.config import load_settings
from followup.core.models import Interview, Person, PersonRole, Profile
from followup.core.records import from_record
from followup.services import drafting, planning


@pytest.mark.parametrize(
    ("country", "typed", "written"),
    [
        ("US", "organisation", "organization"),
        ("US", "programme", "program"),
        ("US", "colour", "color"),
        ("PH", "behaviour", "behavior"),
        ("GB", "afterward", "afterwards"),
        ("NZ", "toward", "towards"),
        ("GB", "organization", "organisation"),
        ("CA", "organise", "organize"),
        ("CA", "color", "colour"),
        ("CA", "programme", "program"),
        ("US", "dialogue", "dialogue"),
    ],
)
def test_a_word_is_written_in_the_recipients_english(country, typed, written) -> None:
    data = drafting.load_data(load_settings(env={}), country)
    assert data.language.english.spelling(typed) == written


def _round(country: str, people: list[Person], topics: list[str]) -> Interview:
    interview = from_record(
        {
            "company": "Larchmont Freight Partners",
            "role": "Operations Analyst",
            "interviewed": "2027-03-02",
            "tz": "UTC",
            "format": "in-person",
            "channel": "email",
            "country": country,
            "people": [],
            "topics": topics,
            "items": [],
        }
    )
    interview.people = people
    return interview


PANEL = [
    Person("Mr. Colm Garvey", "c.garvey@larchmont.example", role=PersonRole.INTERVIEWER),
    Person("Ms. Aoibheann Tracey", "a.tracey@larchmont.example", role=PersonRole.INTERVIEWER),
    Person("Dr. Femi Adeyemi", "f.adeyemi@larchmont.example", role=PersonRole.INTERVIEWER),
    Person("Mrs. Hollie Burke", "h.burke@larchmont.example", role=PersonRole.INTERVIEWER),
    Person("Mr. Tadhg Quirke", "t.quirke@larchmont.example", role=PersonRole.INTERVIEWER),
]


def _closings(country: str, people: list[Person]) -> list[str]:
    settings = load_settings(env={})
    interview = _round(
        country,
        people,
        ["colm walked me through the cross-dock organisation", "aoibheann's new slotting model"],
    )
    profile = Profile(
        "Niamh Cassidy",
        "niamh.c@mail.example",
        None,
        ["Four years running a cross-dock organisation of 60 staff"],
    )
    day = date(2027, 3, 3)
    plan = planning.Planner(settings, day)(interview)
    batch = drafting.compose_drafts(
        settings, interview, profile, plan, kind="email", each=True, today=day
    )
    return [w.draft.body.strip().splitlines()[-3] for w in batch.written]


def test_a_british_note_never_closes_on_a_bare_sincerely_and_a_formal_one_closes_formally() -> None:
    closings = _closings("IE", PANEL)
    assert len(closings) >= len(PANEL) - 1  # the main contact may get the plan's note
    assert "Sincerely," not in closings
    formal = {"Kind regards,", "Yours sincerely,", "Best regards,", "Regards,", "With thanks,",
              "Many thanks,"}  # fmt: skip
    assert set(closings) <= formal, closings


def test_a_note_to_the_us_spells_a_british_word_typed_in_the_profile_the_american_way() -> None:
    settings = load_settings(env={})
    interview = _round("US", PANEL[:2], ["colm walked me through the cross-dock organisation"])
    profile = Profile(
        "Niamh Cassidy", None, None, ["Four years running a cross-dock organisation of 60 staff"]
    )
    day = date(2027, 3, 3)
    plan = planning.Planner(settings, day)(interview)
    batch = drafting.compose_drafts(
        settings, interview, profile, plan, kind="email", each=True, today=day
    )
    text = " ".join(w.draft.body for w in batch.written)
    assert "organisation" not in text
