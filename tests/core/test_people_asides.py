"""A person typed with a comment around the name: the comment (a bracket, a part after a
comma or a dash, a phone call remembered, 'from the council', a missing surname) is never the
name; the name is what reads as one, and where nothing does, the note uses the safe greeting."""

from dataclasses import replace
from datetime import date

import pytest
from tests.core.test_compose import a_plan, fixture

from followup.core import compose
from followup.core.people import is_role, split_person
from followup.core.records import parse_person


@pytest.mark.parametrize(
    ("typed", "name", "title", "phone"),
    [
        # a bracketed title, a phone, then what the person did
        (
            "Priscilla (clinic admin) - (617) 555-0187, phoned from the front desk",
            "Priscilla",
            "clinic admin",
            "+16175550187",
        ),
        # a job before a dash, the name after it, where the person is from, no surname
        (
            "apprentice scheme rep - Tobias from the county (no surname)",
            "Tobias",
            "apprentice scheme rep",
            None,
        ),
        # a lower-case name after a job, the surname asked about in brackets
        ("lead dispensing tech wanjiru (surname?)", "wanjiru", "lead dispensing tech", None),
        # a lower-case name alone
        ("anjali", "anjali", None, None),
        # a lower-case name after a dash, a missed surname after a comma
        (
            "night shift supervisor - kwabena, didn't catch surname",
            "kwabena",
            "night shift supervisor",
            None,
        ),
        # a full name, then what happened
        ("Marguerite Oyelaran, emailed me the rota", "Marguerite Oyelaran", None, None),
        # a name, a bracketed title, a comment after a comma
        ("Ilse (deputy head), rang twice about parking", "Ilse", "deputy head", None),
        # a name with where they are from, a phone after a comma
        ("Fergal from payroll, 617 555 0163", "Fergal", None, "+16175550163"),
        # a phone first, then the name after a dash
        ("+1 617 555 0129 - Hamid Qureshi (ops mgr)", "Hamid Qureshi", "ops mgr", "+16175550129"),
        # a comment in brackets that says how the name is spelt
        ("Siobhan (sp?) - careers adviser", "Siobhan", "careers adviser", None),
        # a comment after a dash that starts with 'met'
        ("tomasz - met at the site gate", "tomasz", None, None),
        # a job in everyday words and a comment: no name
        ("youth outreach rep, rang from reception", "youth outreach rep", None, None),
        # a job, and the name after 'from'-less dash, with a phone at the end
        (
            "warehouse mgr - Bogdan Lis - (617) 555-0111",
            "Bogdan Lis",
            "warehouse mgr",
            "+16175550111",
        ),
    ],
)
def test_a_comment_around_a_person_is_never_the_name(typed, name, title, phone) -> None:
    person = split_person(typed, "US")
    assert (person.name, person.title, person.phone) == (name, title, phone)


@pytest.mark.parametrize(
    ("typed", "role"),
    [
        ("youth outreach rep", True),
        ("community liaison officer", True),
        ("Mark Head", False),  # capitalised: a name, though 'mark' and 'head' are words
        ("wanjiru", False),
        ("store mgr Bev", False),
    ],
)
def test_a_job_in_everyday_lower_case_words_is_a_role(typed, role) -> None:
    assert is_role(typed) is role


@pytest.mark.parametrize(
    ("typed", "greeting"),
    [
        (
            "Priscilla (clinic admin) - (617) 555-0187, phoned from the front desk",
            "Dear Priscilla,",
        ),
        ("apprentice scheme rep - Tobias from the county (no surname)", "Dear Tobias,"),
        ("lead dispensing tech wanjiru (surname?)", "Dear Wanjiru,"),
        ("night shift supervisor - kwabena, didn't catch surname", "Dear Kwabena,"),
        ("youth outreach rep, rang from reception", "Dear Hiring Team,"),
    ],
)
def test_a_draft_greets_the_name_never_the_comment(typed, greeting) -> None:
    from followup.config import load_settings
    from followup.services import drafting

    language = drafting.load_data(load_settings(env={}), "US").language
    interview, profile = fixture("oakridge_school_panel")
    person = parse_person(typed, "interviewer", country="US")
    interview = replace(interview, people=[person])
    (note,) = compose.compose(
        interview, profile, a_plan(), "email", [person], date(2026, 4, 23), language
    )
    assert note.greeting == greeting


@pytest.mark.parametrize(
    ("typed", "name", "title"),
    [
        # a name the user was unsure of, then the job: the guess is the name, not the job
        ("Tobiah? - head of sound, joined late", "Tobiah", "head of sound"),
        ("wren?? - finance lead", "wren", "finance lead"),
        ("Odile Marchand? - ward sister", "Odile Marchand", "ward sister"),
        # still a remark: the surname or the spelling asked about
        ("Priyanka - surname?", "Priyanka", None),
        ("Halvard Moe, sp?", "Halvard Moe", None),
    ],
)
def test_a_name_guessed_at_is_the_name(typed: str, name: str, title: str | None) -> None:
    person = split_person(typed, "GB")
    assert (person.name, person.title) == (name, title)
