"""The one record shape of an interview round (`add`, `show`, `import`, `list --json`).

Pure: a round in, a plain dict out, and back, refusing bad values with a message a person reads.

    {"id": 7, "company": "Acme", "role": "Data Analyst", "interviewed": "2026-11-19",
     "time": "14:30", "tz": "America/New_York", "format": "video", "channel": "email",
     "deadline": null, "country": "US", "subdiv": null,
     "people": [{"name": "Dana Reyes", "email": "dana@acme.example", "phone": null,
                 "title": "Recruiter", "role": "coordinator"}],
     "topics": ["the Q3 dashboard migration"], "items": [], "notes": null, "status": "active",
     "actions": []}
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, time
from enum import StrEnum
from typing import Any

from followup.core.errors import InvalidInput
from followup.core.models import Channel, FollowUpAction, Format, Interview, Person, PersonRole
from followup.core.parse import (
    parse_choice,
    parse_date,
    parse_time,
    parse_timezone,
    plausible_day,
)
from followup.core.text import clean


class AppStatus(StrEnum):
    """Where an application stands."""

    ACTIVE = "active"
    OFFER = "offer"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"
    GHOSTED = "ghosted"


class Via(StrEnum):
    """How a follow-up was done (`followup done --via`)."""

    EMAIL = "email"
    PHONE = "phone"
    CARD = "card"
    VIDEO = "video"
    LETTER = "letter"


RECORD_KEYS = (
    "id",
    "company",
    "role",
    "interviewed",
    "time",
    "tz",
    "format",
    "channel",
    "deadline",
    "country",
    "subdiv",
    "people",
    "topics",
    "items",
    "notes",
    "status",
    "address",
    "qualifications",
)
PERSON_KEYS = ("name", "email", "phone", "title", "role", "address")

# Limits that keep a hostile or broken file from filling the database.
MAX_NAME = 200
MAX_LINE = 500
MAX_NOTES = 20_000
MAX_LIST = 100
MAX_URL = 2_000
MAX_PHONE = 50
MAX_ADDRESS = 1_000

_EMAIL = re.compile(r"^[^@\s<>,;]+@[^@\s<>,;]+\.[^@\s<>,;]+$")
_PERSON = re.compile(r"^\s*(?P<name>[^<>]*?)\s*(?:<(?P<email>[^<>]*)>)?\s*$")


def clean_text(value: Any, what: str, limit: int = MAX_LINE, multiline: bool = False) -> str:
    """A trimmed string without control characters, escape sequences, bidi overrides or
    zero-width characters (`core.text.clean`), on one line unless `multiline`; InvalidInput
    when it is not text or too long."""
    if not isinstance(value, str):
        raise InvalidInput(f"{what}: expected text, got {type(value).__name__}")
    text = clean(value, tabs=False)
    text = text.strip() if multiline else " ".join(text.split())
    if len(text) > limit:
        raise InvalidInput(f"{what}: too long ({len(text)} characters, at most {limit})")
    return text


def optional_text(
    value: Any, what: str, limit: int = MAX_LINE, multiline: bool = False
) -> str | None:
    if value is None:
        return None
    text = clean_text(value, what, limit, multiline)
    return text or None


def required_text(value: Any, what: str, limit: int = MAX_NAME) -> str:
    text = optional_text(value, what, limit)
    if not text:
        raise InvalidInput(f"{what} is required")
    return text


def check_email(value: Any, what: str = "email") -> str | None:
    text = optional_text(value, what, MAX_NAME)
    if text is None:
        return None
    if not _EMAIL.match(text):
        raise InvalidInput(f"{what}: {text!r} is not an email address")
    return text


def check_country(value: Any, what: str = "country") -> str:
    """An ISO 3166-1 alpha-2 code from a code or a name ("DE", "Germany", "United States")."""
    from followup.core.places import country_code

    return country_code(required_text(value, what, MAX_NAME), what)


def check_subdiv(value: Any, what: str = "subdiv", country: str | None = None) -> str | None:
    """A region code ("CA", "BY") from a code or, with `country`, a name ("Ontario",
    "Bavaria"): one the country's holiday calendar knows (core.places.subdivision_code)."""
    text = optional_text(value, what, MAX_NAME)
    if text is None:
        return None
    if country is not None:
        from followup.core.places import subdivision_code

        return subdivision_code(text, country, what)
    if not re.fullmatch(r"[A-Za-z0-9-]{1,10}", text):
        raise InvalidInput(f"{what}: {text!r} is not a region code such as CA or BY")
    return text.upper()


def check_url(value: Any, what: str = "job_url") -> str | None:
    text = optional_text(value, what, MAX_URL)
    if text is None:
        return None
    if not re.match(r"^https?://\S+$", text):
        raise InvalidInput(f"{what}: {text!r} is not a web address (http:// or https://)")
    return text


def text_list(value: Any, what: str) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise InvalidInput(f"{what}: expected a list of text")
    if len(value) > MAX_LIST:
        raise InvalidInput(f"{what}: too many entries ({len(value)}, at most {MAX_LIST})")
    out = []
    for entry in value:
        text = clean_text(entry, what)
        if text:
            out.append(text)
    return out


def parse_person(
    text: str, role: PersonRole | str, what: str = "person", country: str | None = None
) -> Person:
    """One person typed on one line → Person: "Dana Reyes <dana@acme.example>",
    "Maria Gonzalez, maria@acme.example, 617 555 0199", "Dr. Helen Moss (Head of Research)
    <helen@acme.example> +1 617 555 0199" (see `followup.core.people.split_person`); a phone
    number without a country code is read for `country`."""
    from followup.core.people import split_person

    typed = split_person(clean_text(text, what, MAX_NAME * 3), country, what)
    person = person_from(
        {
            "name": typed.name,
            "email": typed.email,
            "phone": typed.phone,
            "title": typed.title,
            "role": str(role),
        },
        what,
        country,
    )
    person.called = typed.called  # never stored: services.records keeps it in the notes
    person.remark = typed.remark  # the same
    return person


def check_phone(value: Any, what: str = "phone", country: str | None = None) -> str | None:
    """A phone number in E.164 (see `followup.core.phones.parse_phone`), or None."""
    from followup.core.phones import parse_phone

    text = optional_text(value, what, MAX_NAME)
    return parse_phone(text, country, what) if text is not None else None


def person_from(data: Any, what: str = "people", country: str | None = None) -> Person:
    """A person of a record (`PERSON_KEYS`); a phone without a country code is read for
    `country` (the round's)."""
    if not isinstance(data, Mapping):
        raise InvalidInput(f"{what}: each person must be an object with at least a name")
    return Person(
        name=required_text(data.get("name"), f"{what}: name"),
        email=check_email(data.get("email"), f"{what}: email"),
        phone=check_phone(data.get("phone"), f"{what}: phone", country),
        title=optional_text(data.get("title"), f"{what}: title", MAX_NAME),
        role=parse_choice(PersonRole, str(data.get("role") or "interviewer"), f"{what}: role"),
        address=optional_text(data.get("address"), f"{what}: address", MAX_ADDRESS, multiline=True),
    )


def person_dict(person: Person) -> dict[str, Any]:
    return {
        "name": person.name,
        "email": person.email,
        "phone": person.phone,
        "title": person.title,
        "role": str(person.role),
        "address": person.address,
    }


def action_dict(action: FollowUpAction) -> dict[str, Any]:
    return {
        "id": action.id,
        "kind": action.kind,
        "on": action.on.isoformat(),
        "to": action.to,
        "channel": action.channel,
        "outcome": action.outcome,
        "note": action.note,
        "reply_received": action.reply_received,
    }


def action_from(data: Any, what: str = "actions") -> FollowUpAction:
    if not isinstance(data, Mapping):
        raise InvalidInput(f"{what}: each action must be an object")
    kind = required_text(data.get("kind"), f"{what}: kind", 30).lower()
    reply = data.get("reply_received", False)
    if not isinstance(reply, bool):
        raise InvalidInput(f"{what}: reply_received must be true or false")
    return FollowUpAction(
        kind=kind,
        on=_date(data.get("on"), f"{what}: on"),
        to=optional_text(data.get("to"), f"{what}: to", MAX_NAME * 2),
        channel=optional_text(data.get("channel"), f"{what}: channel", 30),
        outcome=optional_text(data.get("outcome"), f"{what}: outcome"),
        note=optional_text(data.get("note"), f"{what}: note", MAX_NOTES, multiline=True),
        reply_received=reply,
        id=_optional_id(data.get("id"), f"{what}: id"),
    )


def _date(value: Any, what: str) -> date:
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        raise InvalidInput(f"{what} is required (YYYY-MM-DD)")
    return parse_date(value, what)


def _optional_id(value: Any, what: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise InvalidInput(f"{what}: expected a positive whole number, got {value!r}")
    return value


def fmt_time(value: time | None) -> str | None:
    return value.strftime("%H:%M") if value is not None else None


def to_record(interview: Interview, status: str = "active") -> dict[str, Any]:
    """The record of one round: plain JSON-ready values, keys in the documented order."""
    return {
        "id": interview.id,
        "company": interview.company,
        "role": interview.role,
        "interviewed": interview.interviewed.isoformat(),
        "time": fmt_time(interview.time),
        "tz": interview.tz,
        "format": str(interview.format),
        "channel": str(interview.channel),
        "deadline": interview.deadline.isoformat() if interview.deadline else None,
        "country": interview.country,
        "subdiv": interview.subdiv,
        "people": [person_dict(p) for p in interview.people],
        "topics": list(interview.topics),
        "items": list(interview.items),
        "notes": interview.notes,
        "status": str(status),
        "address": interview.address,
        "qualifications": list(interview.qualifications),
        "actions": [action_dict(a) for a in interview.actions],
    }


def from_record(data: Any) -> Interview:
    """Validate a record (as printed by `to_record`, or written by hand) into an Interview.

    Keys other than the record's own (such as `status`, `plan`, `job_url`) are ignored here.
    """
    if not isinstance(data, Mapping):
        raise InvalidInput("a record must be a JSON object")
    interviewed = plausible_day(_date(data.get("interviewed"), "interviewed"), "interviewed")
    deadline = (
        plausible_day(_date(data["deadline"], "deadline"), "deadline")
        if data.get("deadline")
        else None
    )
    if deadline is not None and deadline < interviewed:
        from followup.core.plan import fmt_day

        raise InvalidInput(
            f"deadline: {fmt_day(deadline)} is before the interview on {fmt_day(interviewed)}"
        )
    raw_time = data.get("time")
    if raw_time is not None and not isinstance(raw_time, str):
        raise InvalidInput("time: expected text such as 14:30")
    tz = data.get("tz")
    if tz is not None and not isinstance(tz, str):
        raise InvalidInput("tz: expected a time zone name such as America/New_York")
    people = data.get("people") or []
    if not isinstance(people, list):
        raise InvalidInput("people: expected a list")
    if len(people) > MAX_LIST:
        raise InvalidInput(f"people: too many entries ({len(people)}, at most {MAX_LIST})")
    actions = data.get("actions") or []
    if not isinstance(actions, list):
        raise InvalidInput("actions: expected a list")
    country = check_country(data.get("country") or "US")
    subdiv = check_subdiv(data.get("subdiv"), country=country)
    fmt = data.get("format")
    if not isinstance(fmt, str):
        raise InvalidInput("format is required: video, phone or in-person")
    channel = data.get("channel") or "unknown"
    if not isinstance(channel, str):
        raise InvalidInput("channel: expected email, phone or unknown")
    return Interview(
        id=_optional_id(data.get("id"), "id"),
        company=required_text(data.get("company"), "company"),
        role=required_text(data.get("role"), "role"),
        interviewed=interviewed,
        time=parse_time(raw_time, "time") if raw_time else None,
        tz=parse_timezone(tz, "tz", country, subdiv) if tz else None,
        format=parse_choice(Format, fmt, "format"),
        channel=parse_choice(Channel, channel, "channel"),
        deadline=deadline,
        country=country,
        subdiv=subdiv,
        people=[person_from(p, country=country) for p in people],
        topics=text_list(data.get("topics"), "topics"),
        items=text_list(data.get("items"), "items"),
        notes=optional_text(data.get("notes"), "notes", MAX_NOTES, multiline=True),
        actions=[action_from(a) for a in actions],
        address=optional_text(data.get("address"), "address", MAX_ADDRESS, multiline=True),
        qualifications=text_list(data.get("qualifications"), "qualifications"),
    )


def check_interview(interview: Interview) -> Interview:
    """The same checks as `from_record`, for an Interview built in code (import, add)."""
    checked = from_record(to_record(interview))  # times are kept to the minute
    checked.id = interview.id
    return checked


def status_from(value: Any, what: str = "status") -> AppStatus:
    if not isinstance(value, str):
        raise InvalidInput(f"{what}: expected one of {', '.join(s.value for s in AppStatus)}")
    return parse_choice(AppStatus, value, what)
