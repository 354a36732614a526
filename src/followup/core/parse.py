"""Parsing of user-typed values into domain values, with errors a person can read."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, time
from enum import StrEnum
from typing import Any, TypeVar

from followup.core.errors import InvalidInput, quote

E = TypeVar("E", bound=StrEnum)


def parse_date(text: str, what: str = "date") -> date:
    """A YYYY-MM-DD date; 'not a real date' for 2026-02-30, 'expected' for anything else."""
    raw = (text or "").strip()
    parts = raw.split("-")
    if len(parts) != 3 or not all(p.isdigit() for p in parts) or len(parts[0]) != 4:
        raise InvalidInput(f"{what}: {quote(text)} is not a date; use YYYY-MM-DD, e.g. 2026-11-19")
    try:
        return date(int(parts[0]), int(parts[1]), int(parts[2]))
    except ValueError:
        raise InvalidInput(f"{what}: {quote(text)} is not a real date") from None


PLAUSIBLE_YEARS = (1900, 2200)
"""Interview and deadline dates outside these years are typing mistakes, not interviews."""


def plausible_day(day: date, what: str = "date") -> date:
    """`day`, or InvalidInput when its year cannot be an interview's (e.g. 0001 or 9999)."""
    first, last = PLAUSIBLE_YEARS
    if not first <= day.year <= last:
        raise InvalidInput(
            f"{what}: {day.isoformat()} is not a plausible date (years {first}-{last})"
        )
    return day


def parse_time(text: str, what: str = "time") -> time:
    raw = (text or "").strip()
    try:
        if len(raw) < 4 or ":" not in raw:
            raise ValueError
        return time.fromisoformat(raw.zfill(5) if len(raw) == 4 else raw)
    except ValueError:
        raise InvalidInput(f"{what}: {quote(text)} is not a time; use HH:MM, e.g. 14:30") from None


def parse_choice(enum: type[E], text: str, what: str) -> E:
    raw = (text or "").strip().lower()
    aliases = {"inperson": "in-person", "in_person": "in-person", "onsite": "in-person"}
    raw = aliases.get(raw.replace(" ", ""), raw)
    try:
        return enum(raw)
    except ValueError:
        choices = ", ".join(m.value for m in enum)
        raise InvalidInput(f"{what}: {quote(text)} is not one of {choices}") from None


def parse_timezone(
    name: str, what: str = "time zone", country: str | None = None, subdiv: str | None = None
) -> str:
    """The IANA time zone meant by `name` ("America/New_York", "EST", "Berlin") for a recipient
    in `country`/`subdiv`; see `followup.core.zones.resolve_zone` (AmbiguousZone, UnknownZone)."""
    from followup.core.zones import resolve_zone

    return resolve_zone(name, country, subdiv, what)


def word_list(words: Mapping[str, Any], key: str, source: str, section: str = "words") -> list[str]:
    """`<section>.<key>` of a data file: a list of strings, stripped and lower-cased, blanks
    left out; InvalidInput naming the file (`source`, e.g. "drafting data") and the table
    (`section`, e.g. "grammar") for anything else."""
    value = words.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise InvalidInput(f"{source}: {section}.{key} must be a list of strings")
    return [v.strip().lower() for v in value if v.strip()]
