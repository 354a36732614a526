"""The day and time of a plain invitation email (one with no calendar file): the first date
in the text with a time next to it (a time as `clock` reads one), else the first date."""

from __future__ import annotations

import re
from datetime import date

from followup.core.errors import InvalidInput
from followup.core.scripts import ascii_digits
from followup.core.textdates import DATE_RES, date_of
from followup.delivery.invites.clock import _LINE_START_TIME, _TIME_RE, _after_range, _clock_of
from followup.delivery.invites.common import MAX_DATE_SCAN, MAX_SCAN, _check_year, _Ctx, _Found
from followup.delivery.invites.zones.in_text import (
    _city_after_offset,
    city_clock,
    zone_word_in_text,
)


def _window(text: str, start: int, size: int) -> str:
    """`size` characters of `text` from `start`, and the rest of the word or time they end
    in (a few more characters, up to a space that is no time's): a window never cuts "2:30 PM"
    into "2:30"."""
    end = start + size
    more = re.match(r"\S*(?:[ \t]?(?i:[ap]\.?m\.?)(?![a-z]))?", text[end : end + 12])
    return text[start : end + (more.end() if more else 0)]


def _read_when(found: _Found, text: str, sent: date | None, ctx: _Ctx) -> None:
    text = ascii_digits(text[:MAX_SCAN])  # "١٤ أكتوبر ٢٠٣٣ الساعة ١٠:٠٠"
    reference = sent or ctx.today or date.today()
    # The first date with a time next to it, else the first date.
    best: tuple[tuple[int, int], date, int] | None = None
    for pattern in DATE_RES:
        for seen, match in enumerate(pattern.finditer(text[:MAX_DATE_SCAN])):
            if seen >= 500 or (best is not None and (0, match.start()) > best[0]):
                break
            day = date_of(match, reference)
            if day is None:
                continue
            near = _TIME_RE.search(_window(text, match.end(), 60))
            rank = (0 if near else 1, match.start())
            if best is None or rank < best[0]:
                best = (rank, day, match.end())
    if best is None:
        raise InvalidInput(
            f"{ctx.name}: no interview date found (no calendar invitation in the email, and no "
            "date in its subject or text)"
        )
    _, day, end = best
    _check_year(day, ctx)
    found.day = day
    window = _window(text, end, 60)
    clock = _TIME_RE.search(window)
    if clock is None:
        before = text[max(0, end - 120) : end]
        clock = None
        for m in _TIME_RE.finditer(before):
            clock = m
        window = before
    if clock is None:  # a schedule below the date: its first start ("1:00 PM - 1:45 PM  Name")
        window = text[end : end + 3000]
        clock = _LINE_START_TIME.search(window)
    if clock is None:
        return
    found.clock = _clock_of(clock)
    after = _after_range(window[clock.end() : clock.end() + 60])
    zones, word = zone_word_in_text(after[:50], ctx)
    found.tz, found.zone_word = (zones[0], word) if zones else (None, None)
    found.zone_direct = found.tz is not None and found.tz in after[:50]
    if found.tz is None:  # "Time zone: Eastern Time (US & Canada)", "(Pacific Time)"
        zones, word = zone_word_in_text(text[:MAX_DATE_SCAN], ctx)
        if zones and not zones[0].startswith("Etc/") and zones[0] != "UTC":
            found.tz, found.zone_word = zones[0], word
    city = _city_after_offset(found.tz, after[:80], found.day)
    if city != found.tz:
        found.tz, found.zone_direct = city, True
    named = city_clock(after[:50], ctx.vocab) or city_clock(text[:MAX_DATE_SCAN], ctx.vocab)
    if named is not None and named[0] == found.tz:
        found.zone_direct = True
        found.notes.append(f"time zone {found.tz}: the text gives the time by {named[2]}'s clock")
