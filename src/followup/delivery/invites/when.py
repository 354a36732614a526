"""The day and time of a plain invitation email (one with no calendar file): the first date
in the text with a time next to it, else the first date; Nordic "kl. 10.00", French "13 h 30"
and Korean, Japanese and Chinese clocks ("오후 2시", "午後2時") are read too."""

from __future__ import annotations

import re
from datetime import date

from followup.core.errors import InvalidInput
from followup.core.textdates import DATE_RES, date_of
from followup.delivery.invites.clock import _LINE_START_TIME, _TIME_RE, _after_range, _clock_of
from followup.delivery.invites.common import MAX_DATE_SCAN, MAX_SCAN, _check_year, _Ctx, _Found
from followup.delivery.invites.zones.in_text import _city_after_offset, _zone_in_text, city_clock

# "kl. 10.00", "klo 14.30": a time with a full stop after the Danish, Norwegian, Swedish or
# Finnish word for o'clock, read as "10:00"
_CLOCK_WORD_TIME = re.compile(r"(?i)\b(?:kl|klo|kello)\.?[ \t]*\d{1,2}(?P<dot>\.)[0-5]\d\b")


_SPACED_H = re.compile(r"(?<![\d:])([01]?\d|2[0-3])[ \t]h[ \t]([0-5]\d)(?!\d)")


def _colon_clock(match: re.Match[str]) -> str:
    at = match.start("dot") - match.start()
    return match.group(0)[:at] + ":" + match.group(0)[at + 1 :]


# "오후 2시", "오전 10시 30분", "午後2時", "14時30分": a Korean, Japanese or Chinese clock, read
# as "2:00 PM", "10:30 AM", "14:30"
_CJK_CLOCK = re.compile(
    r"(?P<half>오전|오후|午前|午後|上午|下午)?[ \t]*(?P<hour>\d{1,2})[ \t]*[시時时](?![간間间])"
    r"(?:[ \t]*(?P<minute>\d{1,2})[ \t]*[분分]|[ \t]*(?P<half_hour>반|半))?"
)


def _cjk_clock(match: re.Match[str]) -> str:
    hour = int(match.group("hour"))
    minute = 30 if match.group("half_hour") else int(match.group("minute") or 0)
    half = match.group("half")
    if hour > 23 or minute > 59 or (half and not 1 <= hour <= 12):
        return match.group(0)
    if half:
        return f"{hour}:{minute:02d} {'PM' if half in ('오후', '午後', '下午') else 'AM'}"
    return f"{hour}:{minute:02d}"


def _window(text: str, start: int, size: int) -> str:
    """`size` characters of `text` from `start`, and the rest of the word or time they end
    in (a few more characters, up to a space that is no time's): a window never cuts "2:30 PM"
    into "2:30"."""
    end = start + size
    more = re.match(r"\S*(?:[ \t]?(?i:[ap]\.?m\.?)(?![a-z]))?", text[end : end + 12])
    return text[start : end + (more.end() if more else 0)]


def _read_when(found: _Found, text: str, sent: date | None, ctx: _Ctx) -> None:
    text = _CLOCK_WORD_TIME.sub(_colon_clock, text[:MAX_SCAN])
    text = _SPACED_H.sub(r"\g<1>h\g<2>", text)  # "13 h 30" -> "13h30"
    text = _CJK_CLOCK.sub(_cjk_clock, text)
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
    found.tz = _zone_in_text(after[:50], ctx)
    found.zone_direct = found.tz is not None and found.tz in after[:50]
    if found.tz is None:  # "Time zone: Eastern Time (US & Canada)", "(Pacific Time)"
        alone = _zone_in_text(text[:MAX_DATE_SCAN], ctx)
        found.tz = alone if alone and not alone.startswith("Etc/") and alone != "UTC" else None
    city = _city_after_offset(found.tz, after[:80], found.day)
    if city != found.tz:
        found.tz, found.zone_direct = city, True
    named = city_clock(after[:50], ctx.vocab) or city_clock(text[:MAX_DATE_SCAN], ctx.vocab)
    if named is not None and named[0] == found.tz:
        found.zone_direct = True
        found.notes.append(f"time zone {found.tz}: the text gives the time by {named[2]}'s clock")
