"""A note the notes ask for in another language is never called ready (session 42: the v33
recruiters graded 2 every English note where the jot said 'thank-yous in German, Sie', 'in
Spanish', 'på nynorsk'). followup drafts in English and says why the note needs the user's
hand; a clause that names one person asks it of their note only; a clause that says no need
asks nothing. Rounds and people invented."""

from __future__ import annotations

from datetime import date

import pytest

from followup.config import load_settings
from followup.core import etiquette
from followup.core.models import Format, Person, PersonRole, Profile
from followup.services import drafting
from helpers_drafts import drafts_of, email_round

PEOPLE = [
    Person("Ute Hoffmann", "ute@lenz.example", role=PersonRole.COORDINATOR),
    Person("Jens Petersen", "jens@lenz.example", title="Leiter Service"),
    Person("Aylin Demir", "aylin@lenz.example", title="Teamleiterin"),
]


def words() -> etiquette.Words:
    return drafting.load_data(load_settings(env={})).etiquette


@pytest.mark.parametrize(
    ("notes", "asked"),
    [
        ("THANK-YOU: email in german, Sie. keep it short", [("german", None)]),
        ("thank-yous auf deutsch bitte", [("deutsch", None)]),
        ("thank-yous: short, in spanish", [("spanish", None)]),
        ("write to jens in german, aylin is fine with english", [("german", "Jens Petersen")]),
        ("she said english is fine for the thank-you, no need for german", []),
        ("he grew up speaking german and spanish", []),  # no note asked for
        ("bring the danish tax card to the first day, email the signed contract", []),
        ("maybe one german line at the end of the thank-you", [("german", None)]),
    ],
)
def test_the_language_the_notes_ask_for(notes, asked):
    found = etiquette.asked_languages(notes, PEOPLE, words())
    assert [(lang, p.name if p else None) for lang, p, _ in found] == asked


def _notes(jot: str) -> dict:
    """Every note drafted for a round at a foundry whose notes say `jot`, by recipient."""
    interview = email_round(
        "Lenz Guss GmbH",
        "Instandhaltungsleiter",
        PEOPLE,
        format=Format.IN_PERSON,
        country="DE",
        interviewed=date(2027, 3, 2),
        topics=["jens: the hydraulic press maintenance plan"],
        notes=jot,
    )
    profile = Profile("Kai Brandt", "kai@example.com")
    return {w.draft.to_name: w for w in drafts_of(interview, profile, today=date(2027, 3, 3))}


def test_a_note_asked_in_german_is_not_ready():
    notes = _notes("write to jens in german, Sie")
    jens = notes["Jens Petersen"]
    assert jens.verdict != "ready"
    assert any("German" in r and "writes in English" in r for r in jens.reasons)
    assert not any("German" in r for r in notes["Aylin Demir"].reasons)


def test_a_line_asked_in_german_is_the_users_to_add():
    jens = _notes("one german line for jens at the end")["Jens Petersen"]
    assert any("a line in German" in r and "add it yourself" in r for r in jens.reasons)
    assert not any("translate it" in r for r in jens.reasons)
