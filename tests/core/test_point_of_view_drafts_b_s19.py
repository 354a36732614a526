"""A point jotted of the coordinator who also sat in ('marisol: wants someone who can cover the
front desk on fridays') is said to them as their own in the plan's note ('you want …'), never
by their own name ('Marisol wants …'); said of anyone else, it keeps the name (issue 10, point
1: the point of view fixed). Fresh wording (a physiotherapy clinic)."""

from __future__ import annotations

from datetime import date

import pytest

from followup.core import compose
from followup.core.models import Profile
from followup.core.plan import Plan
from followup.core.records import from_record


def plan_note(topic: str, language: compose.Language) -> str:
    record = {
        "company": "Cedar Point Physio",
        "role": "Clinic Receptionist",
        "interviewed": "2027-06-08",
        "tz": "America/Chicago",
        "format": "in-person",
        "channel": "email",
        "country": "US",
        "people": [
            {"name": "Marisol Vega", "email": "m.vega@cedarpoint.example", "title": None,
             "role": "coordinator"},
            {"name": "Marisol", "email": None, "title": "clinic manager", "role": "interviewer"},
            {"name": "Dr. Kenneth Hale", "email": "k.hale@cedarpoint.example", "title": None,
             "role": "interviewer"},
        ],
        "topics": [topic],
    }  # fmt: skip
    interview = from_record(record)
    profile = Profile(name="Jo Park", email="jo@post.example", phone=None, qualifications=[])
    plan = Plan("email", "coordinator", None, None, "wait", (), (), ())
    coordinator = [p for p in interview.people if p.email == "m.vega@cedarpoint.example"]
    (note,) = compose.compose(interview, profile, plan, "email", coordinator, date(2027, 6, 10),
                              language)  # fmt: skip
    return " ".join(note.paragraphs)


@pytest.mark.parametrize(
    "topic",
    [
        "marisol: wants someone who can cover the front desk on fridays",
        "marisol - needs a receptionist who can run the new booking system",
    ],
)
def test_the_coordinator_hears_their_own_point_as_theirs(topic: str, language) -> None:
    body = plan_note(topic, language)
    assert "Marisol wants" not in body and "Marisol needs" not in body, body
