"""An interviewer typed with a job title, a department, a nickname or a country's honorific
around the name: the name is the person's name, the title goes to the title, and a greeting
uses the name (or a title people are greeted by), never a role word."""

from __future__ import annotations

from datetime import date

import pytest

from followup.config import load_settings
from followup.core import compose, phrasing
from followup.core.models import Interview, PersonRole, Profile
from followup.core.people import is_role, split_person
from followup.core.records import from_record, parse_person
from followup.services import drafting, planning


@pytest.mark.parametrize(
    ("typed", "name", "title", "greeting"),
    [
        ("Chief Nursing Officer Adaeze Nwosu", "Adaeze Nwosu", "Chief Nursing Officer", "Adaeze"),
        ("Regional Sales Director Tomas Nowak", "Tomas Nowak", "Regional Sales Director", "Tomas"),
        ("warehouse ops mgr Dale Fenwick", "Dale Fenwick", "warehouse ops mgr", "Dale"),
        ("Abena Mensah clinical lead", "Abena Mensah", "clinical lead", "Abena"),
        ("Ravi Shankar Iyer Senior Manager", "Ravi Shankar Iyer", "Senior Manager", "Ravi"),
        ("Head of People: Ines Moreau", "Ines Moreau", "Head of People", "Ines"),
        ("plant manager - Gustavo Lima", "Gustavo Lima", "plant manager", "Gustavo"),
        ("Partner, Hamish Crichton", "Hamish Crichton", "Partner", "Hamish"),
        ("the COO (Bronwyn)", "Bronwyn", "the COO", "Bronwyn"),
        ("lil dre (kitchen porter lead)", "dre", "kitchen porter lead", "Dre"),
        ("Wee Shona", "Shona", None, "Shona"),
        ("Mohan sir", "Mr Mohan", None, "Mr Mohan"),
        ("Deepa ma'am (finance)", "Ms Deepa", "finance", "Ms Deepa"),
        ("Kulkarni ji", "Kulkarni ji", None, "Kulkarni ji"),
        ("Suzuki-sensei", "Suzuki-sensei", None, "Suzuki-sensei"),
        ("Yamamoto san, line supervisor", "Yamamoto san", "line supervisor", "Yamamoto san"),
        ("Dr (Mrs) Ngozi Eze", "Dr Ngozi Eze", None, "Dr Eze"),
        ("Principal Abernathy", "Principal Abernathy", None, "Principal Abernathy"),
        ("Matron Efua Boateng", "Matron Efua Boateng", None, "Matron Boateng"),
        ("DI Katharina Gruber", "DI Katharina Gruber", None, "Katharina"),
        ("Frau Dr. Petra Lang", "Frau Dr. Petra Lang", None, "Dr Lang"),
        ("Ir. Joris Hendriks", "Ir. Joris Hendriks", None, "Joris"),
        ("Sr. Ramiro Quintana", "Sr. Ramiro Quintana", None, "Mr Quintana"),
        ("Mx Ari Feld (Head of Data)", "Mx Ari Feld", "Head of Data", "Mx Feld"),
        ("Dr Karim El Amrani", "Dr Karim El Amrani", None, "Dr El Amrani"),
        # a name that is only a name stays whole, whatever its words mean elsewhere
        ("Dean Whitcombe", "Dean Whitcombe", None, "Dean Whitcombe"),
        ("Grace Head", "Grace Head", None, "Grace"),
        ("Hunter Cook, sous chef", "Hunter Cook", "sous chef", "Hunter"),
        ("HR Dept", "HR Dept", None, None),
        ("recruiting team", "recruiting team", None, None),
    ],
)
def test_a_typed_person_is_split_into_name_and_title(typed, name, title, greeting) -> None:
    person = split_person(typed)
    assert (person.name, person.title) == (name, title)
    if greeting is not None:
        assert phrasing.salutation(person.name, title_stop=False) == greeting


@pytest.mark.parametrize(
    "text", ["Team Manager", "deputy dir of development", "the CFO", "Site GM", "front office"]
)
def test_a_job_or_a_department_is_no_name(text) -> None:
    assert is_role(text)
    person = parse_person(text, PersonRole.INTERVIEWER, "--interviewer")
    assert not compose.is_a_person(person, compose.greeting_name(person))


@pytest.mark.parametrize("text", ["Maureen Okafor", "Dean Whitcombe", "Chef Antoine"])
def test_a_name_is_no_role(text) -> None:
    assert not is_role(text)


def test_every_note_greets_and_names_people_by_name_never_by_their_title() -> None:
    """A round typed the way people jot a panel: each note's greeting and the names it passes
    thanks to are names ('Dear Adaeze,', 'Mr Mohan'), never 'Dear Chief,' or 'Dear Store,'."""
    interview = from_record(
        {
            "company": "Harbourside Clinic",
            "role": "Clinic Administrator",
            "interviewed": "2026-11-16",
            "format": "in-person",
            "channel": "email",
            "tz": "Europe/London",
            "country": "GB",
            "people": [],
            "topics": ["moving appointments online in spring", "complaints about wait times"],
            "items": [],
        }
    )
    typed = [
        ("Practice Manager Joanne Tully <jt@harbourside.example>", PersonRole.COORDINATOR),
        ("Chief Nursing Officer Adaeze Nwosu <an@harbourside.example>", PersonRole.INTERVIEWER),
        ("warehouse ops mgr Dale Fenwick <df@harbourside.example>", PersonRole.INTERVIEWER),
        ("Mohan sir (IT lead) <mohan@harbourside.example>", PersonRole.INTERVIEWER),
        ("big gav <gav@harbourside.example>", PersonRole.INTERVIEWER),
    ]
    interview.people = [parse_person(t, role, "--interviewer") for t, role in typed]
    assert isinstance(interview, Interview)
    settings = load_settings(env={})
    profile = Profile("Nadia Brook", "nadia@example.co.uk", None, ["NVQ Level 3 in business admin"])
    day = date(2026, 11, 18)
    plan = planning.Planner(settings, day)(interview)
    bodies = []
    for each in (False, True):
        batch = drafting.compose_drafts(
            settings, interview, profile, plan, kind="email", each=each, today=day
        )
        bodies += [w.draft.body for w in batch.written]
    greetings = {b.splitlines()[0] for b in bodies}
    assert greetings <= {
        "Dear Joanne,", "Dear Adaeze,", "Dear Dale,", "Dear Mr Mohan,", "Dear Gav,"
    }, greetings  # fmt: skip
    for body in bodies:
        for word in ("Chief", "Practice", "Big", "warehouse", "Warehouse", "sir"):
            assert f"Dear {word}" not in body and f"thank {word}" not in body, body
        assert "Nursing Officer" not in body and "ops mgr" not in body, body
