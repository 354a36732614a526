"""Calendar files (.ics, RFC 5545): slimmed before icalendar parses them, then the event's
start and zone, organizer and attendees, location and conference links."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import TYPE_CHECKING, Any

from followup.core.errors import InvalidInput
from followup.core.models import Channel, Format, Person, PersonRole

if TYPE_CHECKING:
    pass
from followup.delivery.invites.common import (
    MAX_PEOPLE,
    MAX_TITLE,
    _check_year,
    _clip,
    _Ctx,
    _Found,
    _short,
    _text,
    _Vocab,
)
from followup.delivery.invites.people import (
    _address,
    _clean_name,
    _domain,
    _domain_hint,
    _in_domains,
    _is_machine,
    _is_user,
)
from followup.delivery.invites.text import _coordinator_in_text, _decide_format
from followup.delivery.invites.zones import _in_zone, _resolve_zone, _valid_zone

# Properties of an event that an import reads; the rest (alarms, attachments, vendor data)
# is left out before icalendar parses the file. Inside a VTIMEZONE every line is kept.
_EVENT_PROPERTIES = frozenset(
    {
        "VERSION", "PRODID", "CALSCALE", "METHOD", "X-WR-TIMEZONE", "UID", "STATUS",
        "DTSTART", "DTEND", "DURATION", "RRULE", "RDATE", "SUMMARY", "DESCRIPTION",
        "X-ALT-DESC", "LOCATION", "URL", "CONFERENCE", "ORGANIZER", "ATTENDEE",
        "X-GOOGLE-CONFERENCE", "X-MICROSOFT-SKYPETEAMSMEETINGURL",
        "X-MICROSOFT-ONLINEMEETINGCONFLINK", "X-MICROSOFT-ONLINEMEETINGEXTERNALLINK",
        "X-APPLE-STRUCTURED-LOCATION",
    }
)  # fmt: skip


_SKIPPED_COMPONENTS = frozenset({"VALARM", "VTODO", "VJOURNAL", "VFREEBUSY", "VAVAILABILITY"})


_UNFOLD = re.compile(r"\r?\n[ \t]|\r[ \t]")


_LINE_BREAK = re.compile(r"\r\n|\n|\r")


_HEAD = re.compile(r'^(?:[^":]|"[^"]*")*:')  # name and parameters, up to the value's colon


MAX_HEAD = 2_000  # characters of a property's name and parameters


MAX_VALUE = 100_000  # characters of a property's value kept


MAX_ATTENDEE_LINES = 200  # per event


@dataclass
class _Slim:
    text: str
    attendees_left_out: int = 0


def _slim_calendar(text: str, ctx: _Ctx) -> _Slim:
    """Check lines, nesting and events, and keep only what an import reads, so that icalendar
    never sees a huge or deeply nested file (it parses about 10,000 lines a second)."""
    limits, name = ctx.limits, ctx.name
    stack: list[str] = []
    kept: list[str] = []
    lines = events = attendees = left_out = 0
    skipping = 0  # depth inside a component that is left out
    for line in _LINE_BREAK.split(_UNFOLD.sub("", text)):
        if not line.strip():
            continue
        lines += 1
        if lines > limits.max_lines:
            raise InvalidInput(
                f"{name}: more than {limits.max_lines:,} lines; followup imports one invite, not "
                "a whole calendar (setting import.max_lines)"
            )
        upper = line[:6].upper()
        if upper == "BEGIN:":
            component = line[6:].strip().upper()
            stack.append(component)
            if len(stack) > limits.max_depth:
                raise InvalidInput(
                    f"{name}: calendar components nested more than {limits.max_depth} deep"
                )
            if skipping or component in _SKIPPED_COMPONENTS:
                skipping += 1
                continue
            if component == "VEVENT":
                events += 1
                attendees = 0
            kept.append(line)
            continue
        if upper[:4] == "END:":
            if stack:
                stack.pop()
            if skipping:
                skipping -= 1
                continue
            kept.append(line)
            continue
        if skipping:
            continue
        head = _HEAD.match(line[:MAX_HEAD])
        if head is None:
            continue  # no value, or a name and parameters too long to be real
        if "VTIMEZONE" not in stack:
            prop = re.split(r"[;:]", line, maxsplit=1)[0].strip().upper()
            if prop not in _EVENT_PROPERTIES:
                continue
            if prop == "ATTENDEE":
                attendees += 1
                if attendees > MAX_ATTENDEE_LINES:
                    left_out += 1
                    continue
        if len(line) - head.end() > MAX_VALUE:
            line = line[: head.end() + MAX_VALUE].rstrip("\\")
        kept.append(line)
    if stack:
        raise InvalidInput(f"{name}: the calendar is cut short (a BEGIN without its END)")
    if events == 0:
        raise InvalidInput(f"{name}: a calendar with no event (VEVENT) in it")
    return _Slim("\r\n".join(kept) + "\r\n", left_out)


def _read_calendar(text: str, ctx: _Ctx) -> _Found:
    slim = _slim_calendar(text, ctx)
    from icalendar import Calendar

    name = ctx.name
    try:
        parsed = Calendar.from_ical(slim.text, multiple=True)
    except Exception as exc:
        raise InvalidInput(f"{name}: not a valid calendar: {_short(exc)}") from None
    calendars = parsed if isinstance(parsed, list) else [parsed]
    events = [e for cal in calendars for e in cal.walk("VEVENT")]
    if not events:
        raise InvalidInput(f"{name}: a calendar with no event (VEVENT) in it")
    zones = {}
    for cal in calendars:
        for vtz in cal.walk("VTIMEZONE"):
            zones[_text(vtz.get("TZID"))] = vtz
    method = _text(calendars[0].get("METHOD")).upper()
    wr_zone = _text(calendars[0].get("X-WR-TIMEZONE"))
    event, choice_note = _choose_event(events, ctx)
    found = _Found()
    if choice_note:
        found.notes.append(choice_note)
    if method == "CANCEL" or _text(event.get("STATUS")).upper() == "CANCELLED":
        raise InvalidInput(f"{name}: a cancellation, not an invitation; nothing to import")
    found.title = _clip(_text(event.get("SUMMARY")), MAX_TITLE) or None
    _read_start(event, zones, wr_zone, found, ctx)
    if event.get("RRULE") is not None or event.get("RDATE") is not None:
        found.notes.append("a repeating event: took its first occurrence (DTSTART)")
    _read_people(event, found, ctx, slim.attendees_left_out)
    _read_format(event, found, ctx)
    found.description = _text(event.get("DESCRIPTION"))
    _coordinator_in_text(found, found.description, ctx)
    if found.coordinator is not None or method in {"REQUEST", "REPLY"}:
        found.channel = Channel.EMAIL
    return found


def _looks_like_interview(event: Any, vocab: _Vocab) -> bool:
    text = _text(event.get("SUMMARY")) + "\n" + _text(event.get("DESCRIPTION"))[:5000]
    return bool(vocab.interview_words.search(text))


def _choose_event(events: list[Any], ctx: _Ctx) -> tuple[Any, str | None]:
    if len(events) == 1:
        return events[0], None
    chosen = next((e for e in events if _looks_like_interview(e, ctx.vocab)), None)
    if chosen is not None:
        title = _clip(_text(chosen.get("SUMMARY")), 60)
        return chosen, (
            f"the calendar has {len(events)} events; took the first that looks like an "
            f"interview ({title!r})"
        )
    title = _clip(_text(events[0].get("SUMMARY")), 60)
    return events[0], (
        f"the calendar has {len(events)} events and none says interview; took the first ({title!r})"
    )


def _read_start(event: Any, zones: dict[str, Any], wr_zone: str, found: _Found, ctx: _Ctx) -> None:
    from icalendar import vBroken

    name = ctx.name
    prop = event.get("DTSTART")
    if isinstance(prop, list):
        prop = prop[0] if prop else None
    if prop is None:
        raise InvalidInput(f"{name}: the event has no start date (DTSTART)")
    if isinstance(prop, vBroken):
        raise InvalidInput(f"{name}: the start (DTSTART) {_clip(str(prop), 40)!r} is not a date")
    value = getattr(prop, "dt", None)
    if not isinstance(value, date):
        raise InvalidInput(f"{name}: the start (DTSTART) is not a date or a date and time")
    params = getattr(prop, "params", {}) or {}
    tzid = str(params.get("TZID") or "").strip().strip('"')
    _check_year(value if not isinstance(value, datetime) else value.date(), ctx)
    if not isinstance(value, datetime):
        found.day = value
        found.notes.append("an all-day event: no time of day")
        return
    default = ctx.default_tz
    if tzid:
        zone = _resolve_zone(tzid, zones, ctx.vocab)
        if zone is not None:
            wall = value.replace(tzinfo=None)
            found.tz = zone
            found.zone_direct = _valid_zone(tzid)
            if zone != tzid:
                found.notes.append(f"time zone {_clip(tzid, 60)!r} read as {zone}")
        elif value.tzinfo is not None and value.utcoffset() is not None:
            wall = _in_zone(value, default)
            found.tz = default
            found.notes.append(
                f"time zone {_clip(tzid, 60)!r} has no known name; the time is shown in your "
                f"time zone ({default})"
            )
        else:
            wall = value.replace(tzinfo=None)
            found.notes.append(
                f"time zone {_clip(tzid, 60)!r} is neither a known name nor defined in the file"
            )
    elif value.tzinfo is not None:  # a UTC time (…Z)
        zone = _resolve_zone(wr_zone, zones, ctx.vocab) if wr_zone else None
        target = zone or default
        wall = _in_zone(value, target)
        found.tz = target
        found.zone_direct = zone is not None and _valid_zone(wr_zone.strip())
        if zone is None:
            found.notes.append(
                f"the invite gives the time in UTC; shown in your time zone ({target})"
            )
    else:  # a floating time: the same wall-clock time wherever one is
        zone = _resolve_zone(wr_zone, zones, ctx.vocab) if wr_zone else None
        wall = value
        found.tz = zone or default
        found.zone_direct = zone is not None and _valid_zone(wr_zone.strip())
        if zone is None:
            found.notes.append(f"the invite gives a local time without a zone; taken as {default}")
    _check_year(wall.date(), ctx)
    found.day = wall.date()
    found.clock = time(wall.hour, wall.minute)


def _read_people(event: Any, found: _Found, ctx: _Ctx, left_out: int = 0) -> None:
    vocab = ctx.vocab
    organizer = event.get("ORGANIZER")
    if isinstance(organizer, list):
        organizer = organizer[0] if organizer else None
    org_email = _address(organizer) if organizer is not None else None
    if organizer is not None:
        params = getattr(organizer, "params", {}) or {}
        org_name = _clean_name(str(params.get("CN") or ""), org_email)
        if _is_user(org_email, org_name, ctx):
            found.notes.append("you organised this event: no coordinator taken from it")
        elif _in_domains(_domain(org_email), vocab.service_domains):
            found.notes.append(
                f"the organizer {org_email} is a scheduling service sending the invite, "
                "not a person"
            )
        elif _is_machine(org_email, vocab):
            found.notes.append(f"the organizer {org_email} is a no-reply mailbox, not a person")
        elif org_name or org_email:
            found.coordinator = Person(
                name=org_name or (org_email or ""), email=org_email, role=PersonRole.COORDINATOR
            )
        if org_email and not _is_machine(org_email, vocab):
            _domain_hint(found, org_email, ctx)
    attendees = event.get("ATTENDEE")
    if attendees is None:
        attendees = []
    elif not isinstance(attendees, list):
        attendees = [attendees]
    seen = {org_email} if org_email else set()
    for attendee in attendees:
        email = _address(attendee)
        params = getattr(attendee, "params", {}) or {}
        cutype = str(params.get("CUTYPE") or "INDIVIDUAL").upper()
        role = str(params.get("ROLE") or "").upper()
        if cutype in {"ROOM", "RESOURCE", "GROUP"} or role == "NON-PARTICIPANT":
            continue
        if _in_domains(_domain(email), vocab.room_domains) or _is_machine(email, vocab):
            continue
        name = _clean_name(str(params.get("CN") or ""), email)
        if not name and not email:
            continue
        if _is_user(email, name, ctx):
            continue
        key = email or name.lower()
        if key in seen:
            continue
        seen.add(key)
        if len(found.interviewers) >= MAX_PEOPLE:
            left_out += 1
            continue
        found.interviewers.append(Person(name=name or (email or ""), email=email))
        if email:
            _domain_hint(found, email, ctx)
    if left_out:
        found.notes.append(f"{left_out} more attendees left out (at most {MAX_PEOPLE} are kept)")


def _read_format(event: Any, found: _Found, ctx: _Ctx) -> None:
    vocab = ctx.vocab
    location = _text(event.get("LOCATION")) or _apple_location(event)
    summary = found.title or ""
    found.location = _clip(location, 300) or None
    conference: list[tuple[str, str]] = []
    for key in (
        "X-GOOGLE-CONFERENCE",
        "X-MICROSOFT-SKYPETEAMSMEETINGURL",
        "X-MICROSOFT-ONLINEMEETINGCONFLINK",
        "X-MICROSOFT-ONLINEMEETINGEXTERNALLINK",
        "URL",
    ):
        value = _text(event.get(key))
        if value:
            conference.append((key, value))
    confs = event.get("CONFERENCE")
    for conf in confs if isinstance(confs, list) else ([confs] if confs is not None else []):
        features = (getattr(conf, "params", {}) or {}).get("FEATURE") or ""
        if isinstance(features, list):
            features = ",".join(map(str, features))
        value = _text(conf)
        if "VIDEO" in str(features).upper() and value.lower().startswith("http"):
            found.link = value
            found.format = Format.VIDEO
            found.notes.append("format video: a video conference in the invite")
            return
        conference.append(("CONFERENCE", value))
    description = _text(event.get("DESCRIPTION"))
    alt = _text(event.get("X-ALT-DESC"))
    _decide_format(found, location, summary, conference, description + "\n" + alt, vocab)


def _apple_location(event: Any) -> str:
    """Apple Calendar's place: X-APPLE-STRUCTURED-LOCATION;X-TITLE=…;X-ADDRESS=… (no LOCATION)."""
    prop = event.get("X-APPLE-STRUCTURED-LOCATION")
    if isinstance(prop, list):
        prop = prop[0] if prop else None
    params = getattr(prop, "params", None) or {}
    parts = [" ".join(str(params.get(key) or "").split()) for key in ("X-TITLE", "X-ADDRESS")]
    return ", ".join(dict.fromkeys(p for p in parts if p))
