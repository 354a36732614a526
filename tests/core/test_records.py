"""The one record shape: to_record / from_record round-trip and refuse bad values."""

from __future__ import annotations

from datetime import date, time

import pytest

from followup.core.errors import InvalidInput
from followup.core.models import Channel, FollowUpAction, Format, Interview, Person, PersonRole
from followup.core.records import RECORD_KEYS, from_record, parse_person, to_record


def sample() -> Interview:
    return Interview(
        company="Acme",
        role="Data Analyst",
        interviewed=date(2026, 11, 19),
        format=Format.IN_PERSON,
        channel=Channel.PHONE,
        time=time(14, 30),
        tz="America/Chicago",
        deadline=date(2026, 11, 27),
        country="US",
        subdiv="IL",
        people=[
            Person(
                "Dana Reyes",
                "dana@acme.example",
                "+13125550100",
                "Recruiter",
                PersonRole.COORDINATOR,
            ),
            Person("Lee Park", "lee@acme.example", title="Lead", role=PersonRole.INTERVIEWER),
        ],
        topics=["the Q3 dashboard migration"],
        items=["the sensor kit"],
        notes="Asked about on-call.\nSecond line.",
        actions=[FollowUpAction("email", date(2026, 11, 23), to="Dana Reyes", channel="email")],
        id=7,
    )


def test_record_has_the_documented_keys_in_order() -> None:
    record = to_record(sample(), "active")
    assert tuple(record)[: len(RECORD_KEYS)] == RECORD_KEYS
    assert record["interviewed"] == "2026-11-19" and record["time"] == "14:30"
    assert record["people"][0] == {
        "name": "Dana Reyes",
        "email": "dana@acme.example",
        "phone": "+13125550100",
        "title": "Recruiter",
        "role": "coordinator",
        "address": None,
    }
    assert record["status"] == "active"


def test_round_trip_is_exact() -> None:
    interview = sample()
    again = from_record(to_record(interview))
    assert again == interview
    assert to_record(again) == to_record(interview)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"interviewed": "2026-02-30"}, "not a real date"),
        ({"interviewed": None}, "interviewed is required"),
        ({"format": "carrier pigeon"}, "not one of"),
        ({"company": "   "}, "company is required"),
        ({"tz": "Mars/Olympus"}, "not a known time zone"),
        ({"time": "25:99"}, "not a time"),
        ({"deadline": "2026-11-01"}, "before the interview"),
        ({"country": "U$"}, "not a country"),
        ({"people": [{"name": "X", "email": "not-an-email"}]}, "not an email"),
        ({"people": [{"name": "X", "role": "boss"}]}, "not one of"),
        ({"topics": "one string"}, "list"),
        ({"company": "x" * 5000}, "too long"),
        ({"id": -3}, "positive whole number"),
    ],
)
def test_bad_values_are_refused_with_a_clear_message(change: dict, message: str) -> None:
    record = {**to_record(sample()), **change}
    with pytest.raises(InvalidInput, match=message):
        from_record(record)


def test_not_an_object() -> None:
    with pytest.raises(InvalidInput, match="JSON object"):
        from_record(["a", "list"])


def test_control_characters_are_removed() -> None:
    record = {**to_record(sample()), "company": "Ac\x00me\x1b Corp"}
    assert from_record(record).company == "Acme Corp"


@pytest.mark.parametrize(
    ("text", "name", "email"),
    [
        ("Dana Reyes <dana@acme.example>", "Dana Reyes", "dana@acme.example"),
        ('"Reyes, Dana" <dana@acme.example>', "Reyes, Dana", "dana@acme.example"),
        ("Dana Reyes", "Dana Reyes", None),
        ("dana@acme.example", "dana", "dana@acme.example"),
    ],
)
def test_parse_person(text: str, name: str, email: str | None) -> None:
    person = parse_person(text, PersonRole.COORDINATOR)
    assert (person.name, person.email, person.role) == (name, email, PersonRole.COORDINATOR)


@pytest.mark.parametrize("text", ["", "<>", "Dana <not an email>"])
def test_parse_person_refuses(text: str) -> None:
    with pytest.raises(InvalidInput):
        parse_person(text, PersonRole.INTERVIEWER)
