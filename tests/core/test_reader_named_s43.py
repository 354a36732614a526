"""The reader is never named in the third person in their own note, whatever accents the jot
typed their name with, and 'with you' is said once (session 43, from the graded v36b: 'I
enjoyed working through the coaching role-play with Thảo with you' to Thao Nguyen)."""

from __future__ import annotations

from datetime import date

from followup.core.models import Format, Person, PersonRole, Profile
from helpers_drafts import drafts_of, email_round


def _notes():
    interview = email_round(
        "Riverbend Charter Schools",
        "Assistant Principal",
        [
            Person("Keisha Moreau", "keisha@riverbend.example", role=PersonRole.COORDINATOR),
            Person("Luis Ortega", "luis.ortega@riverbend.example", title="principal"),
            Person("Hoa Tran", "htran@riverbend.example", title="grade-level chair"),
        ],
        format=Format.IN_PERSON,
        country="US",
        interviewed=date(2027, 6, 30),
        topics=["coaching role-play w/ Hòa (a 2nd-yr teacher): praise, one lever, practice it"],
    )
    profile = Profile("Dana Cole", "dana@example.com", qualifications=["Eight years teaching"])
    return {
        w.draft.to_email: w.draft.body
        for w in drafts_of(interview, profile, today=date(2027, 7, 1))
    }


def test_the_reader_is_you_in_their_own_note():
    # (greeted 'Dear Hòa,' as the jot spells her name: core.greetings.with_marks_jotted)
    body = _notes()["htran@riverbend.example"]
    rest = body.split("\n", 1)[1]
    assert body.startswith("Dear Hòa,") and "Hòa" not in rest and "Hoa" not in rest, body
    assert body.count("with you") <= 1, body
