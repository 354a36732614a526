"""Dates as people type them → a calendar day, relative to a given `today` (pure).

    2026-11-27 · today · yesterday · tomorrow · 3 days ago · in 3 days
    Tuesday · last Tuesday · this Tue · next Tuesday
    Nov 27 · November 27th · 27 November · 27 Nov 2026 · Nov 27, 2026
    11/27 · 11/27/2026 (month first) or 27/11 · 27.11.2026 (day first), by `order`

A small parser for exactly these forms (general date libraries cost 100+ ms to import and
read far more than a person means). A day without a year is the one nearest `today`; a bare
weekday is the last one (`prefer="past"`, an interview) or the next one (`"future"`, a
deadline). Output is always a `date`; printing it as YYYY-MM-DD is the caller's job.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta
from typing import Literal

from followup.core.errors import InvalidInput, quote

Order = Literal["mdy", "dmy"]
Prefer = Literal["past", "future"]

MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}  # fmt: skip
WEEKDAYS = {
    name: number
    for number, names in enumerate(
        (
            ("monday", "mon"), ("tuesday", "tue", "tues"), ("wednesday", "wed"),
            ("thursday", "thu", "thur", "thurs"), ("friday", "fri"), ("saturday", "sat"),
            ("sunday", "sun"),
        )
    )
    for name in names
}  # fmt: skip
RELATIVE = {"today": 0, "yesterday": -1, "tomorrow": 1}

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?:,?\s+(?P<year>\d{4}))?"
_NAMED = (
    re.compile(rf"^(?:(?P<wd>[a-z]+),?\s+)?{_MONTH}\s+{_DAY}{_YEAR}$"),  # Nov 27, 2026
    re.compile(rf"^(?:(?P<wd>[a-z]+),?\s+)?{_DAY}(?:\s+of)?\s+{_MONTH}{_YEAR}$"),  # 27 November
)
_NUMERIC = re.compile(
    r"^(?P<a>\d{1,2})\s*(?P<sep>[/.\-])\s*(?P<b>\d{1,2})(?:(?P=sep)(?P<y>\d{2}|\d{4}))?\.?$"
)
_ISO = re.compile(r"^(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})$")
_WEEKDAY = re.compile(r"^(?:(?P<which>last|this|next|on)\s+)?(?P<wd>[a-z]+)\.?$")
_AGO = re.compile(
    r"^(?:(?P<n>\d{1,3})\s+(?P<unit>days?|weeks?)\s+ago"
    r"|in\s+(?P<m>\d{1,3})\s+(?P<unit2>days?|weeks?))$"
)


def _error(text: str, what: str, why: str = "") -> InvalidInput:
    return InvalidInput(
        f"{what}: {quote(text)} is not a date{why}; write it as 2026-11-27, Nov 27, 27 November, "
        "yesterday or last Tuesday"
    )


def _nearest(month: int, day: int, today: date, text: str, what: str) -> date:
    """The day `month`/`day` nearest `today` (last, this or next year)."""
    found = []
    for year in (today.year - 1, today.year, today.year + 1):
        try:
            found.append(date(year, month, day))
        except ValueError:
            continue
    if not found:
        raise InvalidInput(f"{what}: {quote(text)} is not a real date")
    return min(found, key=lambda d: (abs((d - today).days), d < today))


def _make(year: int | None, month: int, day: int, today: date, text: str, what: str) -> date:
    if year is None:
        return _nearest(month, day, today, text, what)
    try:
        return date(year, month, day)
    except ValueError:
        raise InvalidInput(f"{what}: {quote(text)} is not a real date") from None


def parse_day(
    text: str,
    today: date,
    order: Order | Callable[[], Order] = "mdy",
    prefer: Prefer = "past",
    what: str = "date",
) -> date:
    """The day `text` names, counted from `today`; InvalidInput for anything else.

    `order` says how an all-number day is read: "mdy" (11/27) or "dmy" (27/11); the other
    order is refused with a line that says so, never guessed. It may be a function that
    says it, called only for an all-number day.
    """
    raw = " ".join((text or "").split())
    key = raw.casefold()
    if not key:
        raise InvalidInput(f"{what} is required, e.g. 2026-11-27, Nov 27 or yesterday")
    if len(key) > 40:
        raise _error(raw[:40] + "…", what)
    if key in RELATIVE:
        return today + timedelta(days=RELATIVE[key])
    match = _ISO.match(key)
    if match:
        return _make(int(match["y"]), int(match["m"]), int(match["d"]), today, raw, what)
    match = _AGO.match(key)
    if match:
        count = int(match["n"] or match["m"])
        unit = match["unit"] or match["unit2"]
        days = count * (7 if unit.startswith("week") else 1)
        return today + timedelta(days=-days if match["n"] else days)
    match = _WEEKDAY.match(key)
    if match and match["wd"] in WEEKDAYS:
        return _weekday(WEEKDAYS[match["wd"]], match["which"], today, prefer)
    for pattern in _NAMED:
        match = pattern.match(key)
        if match:
            weekday = match["wd"]
            if weekday and weekday not in WEEKDAYS:
                break
            year = int(match["year"]) if match["year"] else None
            day = _make(year, MONTHS[match["month"]], int(match["day"]), today, raw, what)
            if weekday and day.weekday() != WEEKDAYS[weekday]:
                raise InvalidInput(
                    f"{what}: {quote(raw)}: {day:%-d %B %Y} is a {day:%A}, not a "
                    f"{_weekday_name(WEEKDAYS[weekday])}"
                )
            return day
    match = _NUMERIC.match(key)
    if match:
        return _numeric(match, today, order if isinstance(order, str) else order(), raw, what)
    raise _error(raw, what)


def _weekday_name(number: int) -> str:
    return date(2026, 11, 23 + number).strftime("%A")  # 23 Nov 2026 is a Monday


def _weekday(number: int, which: str | None, today: date, prefer: Prefer) -> date:
    back = (today.weekday() - number) % 7 or 7  # the last one before today
    ahead = (number - today.weekday()) % 7 or 7  # the next one after today
    if which == "last":
        return today - timedelta(days=back)
    if which == "next":
        return today + timedelta(days=ahead)
    if which == "this" and today.weekday() == number:
        return today
    if which == "this":
        return today + timedelta(days=ahead) if prefer == "future" else today - timedelta(back)
    if today.weekday() == number:
        return today
    return today - timedelta(days=back) if prefer == "past" else today + timedelta(days=ahead)


def _numeric(match: re.Match[str], today: date, order: Order, raw: str, what: str) -> date:
    a, b = int(match["a"]), int(match["b"])
    month, day = (a, b) if order == "mdy" else (b, a)
    if not 1 <= month <= 12:
        shown = "month/day" if order == "mdy" else "day/month"
        raise InvalidInput(
            f"{what}: {quote(raw)} has no month {month}: dates are read {shown} "
            f"(setting input.date_order = {order}); write the month's name, e.g. "
            f"{_example(a, b, order)}"
        )
    year = None
    if match["y"]:
        year = int(match["y"])
        if year < 100:
            year += 2000
    return _make(year, month, day, today, raw, what)


def _example(a: int, b: int, order: Order) -> str:
    day, month = (b, a) if order == "mdy" else (a, b)
    if 1 <= month <= 12:
        return f"{day} {date(2026, month, 1):%B}"
    return "27 November"


def far_from(day: date, today: date, days: int) -> bool:
    """Whether `day` lies more than `days` days before or after `today`."""
    return abs((day - today).days) > days
