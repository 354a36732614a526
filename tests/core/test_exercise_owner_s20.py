"""A reader is thanked only for a part of the day they were in (issue 10, point 4, session 20):
the v18 graders saw 'Thank you for Monday and for giving me room to walk through the coding
exercise' sent to the on-call interviewer of an eight-person loop, because the jot named the
coding round's interviewer in brackets ('coding 1 (tomas): …') and without his accent. New
wordings of the shape: the owner in brackets after the exercise's head, typed without the
accent of the recorded name."""

from __future__ import annotations

from datetime import timedelta

import pytest

from followup.config import load_settings
from followup.core import compose
from followup.core.models import Format, Person, PersonRole, Profile
from followup.services import drafting, planning
from helpers_drafts import DAY, email_round

SETTINGS = load_settings(env={})
ME = Profile("Noa Berger", "noa@example.com", qualifications=["five years of backend work in Go"])
JOTS = [
    "whiteboard round (jose): design a parking garage ticket system, got through it w/ a hint",
    "take-home review (jose) - walked through my csv importer, he liked the tests",
]


@pytest.mark.parametrize("jot", JOTS)
def test_an_exercise_run_by_one_interviewer_is_thanked_for_in_their_note_alone(jot):
    i = email_round(
        "Lindqvist Freight", "Backend Engineer",
        [
            Person("Ada Moreau", "ada@lindqvist.example", role=PersonRole.COORDINATOR),
            Person("José Ibarra", "jose@lindqvist.example", title="senior engineer"),
            Person("Hanne Solberg", "hanne@lindqvist.example", title="engineering manager"),
            Person("Kofi Mensah", "kofi@lindqvist.example", title="SRE"),
        ],
        format=Format.VIDEO, country="US", topics=[jot],
    )  # fmt: skip
    lexicon = drafting.load_data(SETTINGS).language.lexicon
    person, _owned = compose.owner_of(jot, i.people, lexicon)
    assert person is not None and person.name == "José Ibarra"
    today = DAY + timedelta(days=3)
    plan = planning.Planner(SETTINGS, today)(i)
    batch = drafting.compose_drafts(SETTINGS, i, ME, plan, kind="email", each=True, today=today)
    others = [w for w in batch.written if w.draft.to_name in ("Hanne Solberg", "Kofi Mensah")]
    assert others
    for w in others:
        body = w.draft.body.lower()
        assert not any(x in body for x in ("whiteboard", "take-home", "exercise", "importer")), body
