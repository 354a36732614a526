"""Days written in text ("Tuesday, December 8, 2026", "the 9th of March", "2026-12-08",
"08/12/2026"): one set of patterns for the invite reader and the debrief. Pure."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip


MONTH = (
    r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)


WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?\.?,?\s+)?"


DATE_RES = (
    re.compile(
        rf"(?i)\b{WEEKDAY}{MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>\d{{4}})\b)?"
    ),
    re.compile(
        rf"(?i)\b{WEEKDAY}(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+of)?\s+{MONTH}\b,?"
        rf"(?:\s+(?P<year>\d{{4}})\b)?"
    ),
    re.compile(r"\b(?P<year>\d{4})-(?P<mon>\d{2})-(?P<day>\d{2})\b"),
    re.compile(r"\b(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<year>\d{4})\b"),
)


def date_of(match: re.Match[str], reference: date, past_days: int = 60) -> date | None:
    """The day a `DATE_RES` match names; without a year, the first such day no more than
    `past_days` before `reference`. None for a day that does not exist."""
    groups = match.groupdict()
    try:
        if groups.get("a") is not None:
            a, b = int(groups["a"]), int(groups["b"])
            month, day = (a, b) if a <= 12 else (b, a)
            year = int(groups["year"])
        else:
            mon = groups["mon"]
            month = int(mon) if mon.isdigit() else MONTHS[mon[:3].lower()]
            day = int(groups["day"])
            year = int(groups["year"]) if groups.get("year") else 0
        if not year:
            year = reference.year
            guess = date(year, month, day)
            if guess < reference - timedelta(days=past_days):
                year += 1
        return date(year, month, day)
    except (ValueError, KeyError):
        return None


def days_in(
    text: str, reference: date, past_days: int = 60
) -> Iterator[tuple[re.Match[str], date]]:
    """Every day the text names, pattern by pattern, with its match."""
    for pattern in DATE_RES:
        for match in pattern.finditer(text):
            day = date_of(match, reference, past_days)
            if day is not None:
                yield match, day
