"""One person typed as the coordinator and again, with a title, as an interviewer is one
person: the plan's note to her never asks her to pass thanks on to herself (session 43, from
the graded v37b: 'I'd appreciate you passing my thanks to Ms Rotich, Mr Wahome …' to Faith
Chebet Rotich). People invented."""

from __future__ import annotations

from datetime import date

from followup.core.compose import same_person
from followup.core.models import Format, Person, PersonRole, Profile
from helpers_drafts import drafts_of, email_round


def test_a_title_makes_no_second_person():
    assert same_person(
        Person("Akinyi Wanjiru Otieno", "hr@umoja-sacco.example", role=PersonRole.COORDINATOR),
        Person("Ms. Akinyi Wanjiru Otieno", None),
    )
    assert not same_person(Person("Ann Lee", None), Person("Bob Lee", None))


def test_the_coordinator_is_not_asked_to_thank_herself():
    interview = email_round(
        "Umoja Savings Sacco",
        "Credit Manager",
        [
            Person("Akinyi Wanjiru Otieno", "hr@umoja-sacco.example", role=PersonRole.COORDINATOR),
            Person("Ms. Akinyi Wanjiru Otieno", None, title="HR & Admin Manager"),
            Person("Mr. Peter Kamau Njoroge", "chair@umoja-sacco.example", title="Chairman"),
        ],
        format=Format.IN_PERSON,
        country="KE",
        interviewed=date(2027, 7, 28),
    )
    profile = Profile("Brian Odhiambo", "brian@example.com", qualifications=["Ten years in credit"])
    plan_notes = [
        w.draft.body
        for w in drafts_of(interview, profile, today=date(2027, 7, 30))
        if w.draft.to_email == "hr@umoja-sacco.example"
    ]
    assert plan_notes
    for body in plan_notes:
        after_greeting = body.split("\n", 1)[1]
        assert "Otieno" not in after_greeting and "Akinyi" not in after_greeting, body
