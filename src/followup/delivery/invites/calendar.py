"""Calendar files (.ics, RFC 5545): slimmed before icalendar parses them, then the event's
start and zone, organizer and attendees, location and conference links."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from followup.core.errors import InvalidInput
from followup.core.models import Channel, Format, Person, PersonRole
from followup.core.plan import fmt_day
from followup.delivery.invites.common import (
    MAX_PEOPLE,
    MAX_REPEATS,
    MAX_TEXT,
    MAX_TITLE,
    _check_year,
    _clip,
    _Ctx,
    _Found,
    _short,
    _text,
    _Vocab,
    readable_text,
)
from followup.delivery.invites.company_names import remember_name
from followup.delivery.invites.company_text import sender_company
from followup.delivery.invites.coordinator_text import _coordinator_in_text
from followup.delivery.invites.html_text import html_text, looks_like_html
from followup.delivery.invites.meeting_format import _decide_format
from followup.delivery.invites.people import (
    _address,
    _clean_name,
    _domain,
    _domain_hint,
    _in_domains,
    _is_machine,
    _is_user,
    _team_box,
    company_named_box,
)
from followup.delivery.invites.subject import _SEPARATORS
from followup.delivery.invites.titles import is_title

# Properties of an event that an import reads; the rest (alarms, attachments, vendor data)
# is left out before icalendar parses the file. Inside a VTIMEZONE every line is kept.
_EVENT_PROPERTIES = frozenset(
    {
        "VERSION", "PRODID", "CALSCALE", "METHOD", "X-WR-TIMEZONE", "UID", "STATUS", "SEQUENCE",
        "RECURRENCE-ID",
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


def _parse_calendars(text: str, ctx: _Ctx) -> tuple[list[Any], int]:
    slim = _slim_calendar(text, ctx)
    from icalendar import Calendar

    try:
        parsed = Calendar.from_ical(slim.text, multiple=True)
    except Exception as exc:
        raise InvalidInput(f"{ctx.name}: not a valid calendar: {_short(exc)}") from None
    return (parsed if isinstance(parsed, list) else [parsed]), slim.attendees_left_out


def _read_calendar(texts: str | list[str], ctx: _Ctx) -> _Found:
    """The round one or more calendars describe (several .ics attachments of one mail are one
    day's loop as much as several events in one file are)."""
    calendars: list[Any] = []
    left_out = 0
    for text in [texts] if isinstance(texts, str) else texts:
        parsed, dropped = _parse_calendars(text, ctx)
        calendars += parsed
        left_out += dropped
    events = []
    seen: set[tuple[str, str]] = set()
    for event in (e for cal in calendars for e in cal.walk("VEVENT")):
        # one event sent twice (a text/calendar part and the same .ics attached) is one event
        key = (_text(event.get("UID")), _text(event.get("RECURRENCE-ID")))
        if key[0] and key in seen:
            continue
        seen.add(key)
        events.append(event)
    if not events:
        raise InvalidInput(f"{ctx.name}: a calendar with no event (VEVENT) in it")
    found = _Found()
    for cal in calendars:
        for vtz in cal.walk("VTIMEZONE"):
            found.vtimezones[_text(vtz.get("TZID"))] = vtz
    methods = {_text(cal.get("METHOD")).upper() for cal in calendars} - {""}
    found.wr_zone = next(
        (_text(c.get("X-WR-TIMEZONE")) for c in calendars if c.get("X-WR-TIMEZONE")), ""
    )
    loop, choice_note = _choose_events(events, ctx)
    if choice_note:
        found.notes.append(choice_note)
    event = loop[0]
    found.uid = _clip(_text(event.get("UID")), 500) or None
    found.other_uids = [uid for uid in (_clip(_text(e.get("UID")), 500) for e in loop[1:]) if uid]
    found.sequence = _sequence(event)
    found.cancelled = "CANCEL" in methods or any(
        _text(e.get("STATUS")).upper() == "CANCELLED" for e in loop
    )
    found.title = _clip(_loop_title([_text(e.get("SUMMARY")) for e in loop]), MAX_TITLE) or None
    found.loop_lines = _loop_lines(loop, found.title or "")
    _read_start(event, found, ctx)
    if event.get("RRULE") is not None or event.get("RDATE") is not None:
        found.notes.append("a repeating event: took its first occurrence (DTSTART)")
    descriptions = []
    for index, each in enumerate(loop):
        _read_people(each, found, ctx, left_out if index == 0 else 0)
        _read_languages(each, found)
        if found.format is None:
            _read_format(each, found, ctx)
        text = _description(each)
        if text and text not in descriptions:
            descriptions.append(text)
    found.loop_size = len(loop)
    if len({_organizer_key(e) for e in loop}) > 1:
        found.panel_organizers = [p for p in map(_attending_organizer, loop) if p is not None]
    found.description, shortened = readable_text("\n\n".join(descriptions))
    if shortened:
        found.notes.append(
            f"read the first {MAX_TEXT:,} characters of the event's description, each line at "
            f"most {MAX_REPEATS} times"
        )
    if found.format is None and found.rooms:
        found.format = Format.IN_PERSON
        found.notes.append("format in-person: a meeting room is booked for it")
    _coordinator_in_text(found, found.description, ctx)
    if found.coordinator is not None or methods & {"REQUEST", "REPLY", "CANCEL"}:
        found.channel = Channel.EMAIL
    return found


_BRACKETS = re.compile(r"\s*[()\[\]（）【】]\s*")


_PART_OF = re.compile(r"\s*[(\[]\s*\d+\s*(?:/|of)\s*\d+\s*[)\]]")  # "(1/3)", "[2 of 4]"


def _loop_title(titles: list[str]) -> str:
    """The title of a loop: the parts every event's title shares ("Interview: Hiring Manager -
    ML Engineer (Cobaltwave)" and "Interview: Values - ML Engineer (Cobaltwave)" → "Interview -
    ML Engineer (Cobaltwave)"), else the first event's."""
    if len(set(titles)) < 2:
        return titles[0] if titles else ""
    split = [
        [s.strip() for s in _LOOP_SEPARATORS.split(_PART_OF.sub("", t)) if s.strip()]
        for t in titles
    ]
    tokens = [{_bare(w) for w in t.split()} for t in titles[1:]]

    def everywhere(part: str, lists: list[list[str]]) -> bool:
        return all(part.lower() in (x.lower() for x in other) for other in lists)

    # a part in brackets is a part too when only it is shared: "Acme - Systems Design (Staff
    # SRE)" and "Acme - Incident Response (Staff SRE)" share "Staff SRE"
    pieces = [[p.strip() for s in each for p in _BRACKETS.split(s) if p.strip()] for each in split]
    shared = []
    for part in split[0]:
        if everywhere(part, split[1:]):
            shared.append(part)
        else:
            # the part's words every title says ("[새벽정밀] 설비 엔지니어 실무 면접" and "…
            # 임원 면접"), when more than its brackets; else its bracket's words
            # — not a counter's ("Session 3 of 4")
            words = [w for w in part.split() if all(_bare(w) in each for each in tokens)]
            counter = all(_bare(w).isdigit() for w in part.split() if w not in words)
            inner = [p.strip() for p in _BRACKETS.split(part) if p.strip()]
            inner = [p for p in inner if everywhere(p, pieces[1:])]
            if not counter and len(words) > sum(len(p.split()) for p in inner):
                shared.append(" ".join(w if _BALANCED.fullmatch(w) else _bare(w) for w in words))
            else:
                shared += inner
    return " - ".join(shared) if shared else titles[0]


def _loop_lines(loop: list[Any], shared: str) -> str:
    """A loop's events as the lines of a schedule: each event's start and the parts of its
    title that the loop's title does not share ("Onsite (1/3): Hiring manager – Marguerite
    Osei, Director of Live Services" -> "12:30  Hiring manager – Marguerite Osei, Director of
    Live Services"), where the people the titles name are read as a schedule's."""
    if len(loop) < 2:
        return ""
    common = {p.strip().lower() for p in _LOOP_SEPARATORS.split(shared) if p.strip()}
    lines = []
    for event in loop:
        start = getattr(event.get("DTSTART"), "dt", None)
        title = _PART_OF.sub("", _text(event.get("SUMMARY")))
        own = [p.strip() for p in _LOOP_SEPARATORS.split(title) if p.strip()]
        own = [p for p in own if p.lower() not in common]
        # (a session's name and its person, two parts at least: "Rundgang Rösterei" alone
        # names no one)
        if isinstance(start, datetime) and len(own) >= 2:
            lines.append(f"{start:%H:%M}  {' – '.join(own)}")
    return "\n".join(lines)


# a loop's title parts: as any title's, and after a full-width colon ("一面（技术面）：…")
_LOOP_SEPARATORS = re.compile(rf"{_SEPARATORS.pattern}|\s*：\s*")


_BALANCED = re.compile(r"\[[^\[\]]+\]|\([^()]+\)|【[^【】]+】|（[^（）]+）")


def _bare(word: str) -> str:
    return word.strip("()[]【】（）")


def _sequence(event: Any) -> int:
    try:
        return max(0, min(int(_text(event.get("SEQUENCE")) or 0), 1_000_000))
    except ValueError:
        return 0


def _read_languages(event: Any, found: _Found) -> None:
    """The LANGUAGE parameters of the event's text (RFC 5545 3.2.10: "fr-FR", "en-US")."""
    for key in ("SUMMARY", "DESCRIPTION", "LOCATION"):
        prop = event.get(key)
        params = getattr(prop, "params", None) or {}
        language = _param(params, "LANGUAGE").strip()
        if language and len(language) <= 20 and language not in found.languages:
            found.languages.append(language)


def _looks_like_interview(event: Any, vocab: _Vocab) -> bool:
    text = _text(event.get("SUMMARY")) + "\n" + _text(event.get("DESCRIPTION"))[:5000]
    return bool(vocab.interview_words.search(text)) or any(
        word in text for word in vocab.cjk_interview_events
    )


def _start_key(event: Any) -> tuple[date, datetime | None]:
    """When an event starts (its day, and its instant when it has a time), for ordering."""
    value = getattr(event.get("DTSTART"), "dt", None)
    if isinstance(value, datetime):
        instant = value if value.tzinfo is not None else value.replace(tzinfo=UTC)
        try:
            return value.date(), instant.astimezone(UTC)
        except (ValueError, OverflowError):
            return value.date(), None
    if isinstance(value, date):
        return value, None
    return date.max, None


def _organizer_key(event: Any) -> str:
    """Who sent an event: its organizer's address, lower case ("" when it names none)."""
    return _text(event.get("ORGANIZER")).strip().lower().removeprefix("mailto:")


def _choose_events(events: list[Any], ctx: _Ctx) -> tuple[list[Any], str | None]:
    """The events of the round: one event; or, when several look like interviews, every one of
    them on the day of the first (a loop), earliest first."""
    if len(events) == 1:
        return events, None
    interviews = [e for e in events if _looks_like_interview(e, ctx.vocab)]
    if not interviews:
        title = _clip(_text(events[0].get("SUMMARY")), 60)
        return [events[0]], (
            f"the calendar has {len(events)} events and none says interview; took the first "
            f"({title!r})"
        )
    keyed = sorted(
        interviews,
        key=lambda e: (
            _start_key(e)[0],
            _start_key(e)[1] or datetime.max.replace(tzinfo=UTC),
        ),
    )
    day = _start_key(keyed[0])[0]
    # the loop's other parts that day from the same organizer ("Workshop tour", "Lunch with
    # the team", "Case presentation") are the round's too: it starts at the first of them
    senders = {_organizer_key(e) for e in keyed}
    loop = sorted(
        (e for e in events if _start_key(e)[0] == day and _organizer_key(e) in senders),
        key=lambda e: _start_key(e)[1] or datetime.max.replace(tzinfo=UTC),
    )
    if len(loop) == 1:
        title = _clip(_text(loop[0].get("SUMMARY")), 60)
        return loop, (
            f"the calendar has {len(events)} events; took the first that looks like an "
            f"interview ({title!r})"
        )
    return loop, (
        f"{len(loop)} interviews on {fmt_day(day)} read as one round (a loop): every "
        "interviewer, at the first start"
    )


def _read_start(event: Any, found: _Found, ctx: _Ctx) -> None:
    """The event's start as given; `settle_start` reads its day, time and zone once every
    clue of the invite is in."""
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
    _check_year(value if not isinstance(value, datetime) else value.date(), ctx)
    found.day = value if not isinstance(value, datetime) else value.date()
    if not isinstance(value, datetime):
        found.notes.append("an all-day event: no time of day")
        return
    found.start = value
    found.tzid = _param(params, "TZID").strip().strip('"')


def _person_address(prop: Any) -> str | None:
    """A calendar user's address: the EMAIL parameter (RFC 7986) when the value is a relay,
    as iCloud's 2_…@imip.me.com is, else the mailto: value."""
    params = getattr(prop, "params", {}) or {}
    given = _address(_param(params, "EMAIL")) if params.get("EMAIL") else None
    value = _address(prop)
    if given and (value is None or value != given):
        return given
    return value


def _attending_organizer(event: Any) -> Person | None:
    """The organizer of `event` when they attend it too (their address among the attendees'),
    as a person; None else."""
    organizer = event.get("ORGANIZER")
    if isinstance(organizer, list):
        organizer = organizer[0] if organizer else None
    email = _person_address(organizer) if organizer is not None else None
    attendees = event.get("ATTENDEE") or []
    if email is None or email not in map(_person_address, _as_list(attendees)):
        return None
    params = getattr(organizer, "params", {}) or {}
    return Person(name=_clean_name(_param(params, "CN"), email) or email, email=email)


def _param(params: Any, key: str) -> str:
    """A property parameter's value as text ("" when absent). A value with a comma that the
    writer left unquoted (Exchange's ``CN=Tremblay, Hélène``) is parsed by icalendar as a
    list of values: its parts are joined again as written, never shown as a Python list."""
    value = params.get(key) if hasattr(params, "get") else None
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return ",".join(str(part) for part in value)
    return str(value)


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def _a_person_s_box(email: str | None, vocab: _Vocab) -> bool:
    """`email` is a person's own address: no tracking system's, no-reply or team mailbox."""
    return bool(email) and not (
        _is_machine(email, vocab)
        or _in_domains(_domain(email), vocab.service_domains)
        or _team_box(email, vocab)
    )


def _sent_for_organizer(organizer: Any, org_email: str | None, found: _Found, ctx: _Ctx) -> None:
    """An organizer whose invite another person sent (ORGANIZER;SENT-BY="mailto:…": a
    recruiter sending from a hiring manager's calendar): the sender arranged it, the
    coordinator; the organizer, a person, is one who interviews."""
    params = getattr(organizer, "params", {}) or {}
    sender = _address(_param(params, "SENT-BY"))
    org_name = _clean_name(_param(params, "CN"), org_email)
    if (
        sender is None
        or org_email is None
        or sender == org_email
        or not _a_person_s_box(sender, ctx.vocab)
        or not _a_person_s_box(org_email, ctx.vocab)
        or _is_user(sender, "", ctx)
    ):
        return
    name = _clean_name("", sender)
    found.coordinator = Person(name=name, email=sender, role=PersonRole.COORDINATOR)
    found.emails.append(sender)
    remember_name(found.person_names, name, sender, ctx.vocab)
    _domain_hint(found, sender, ctx)
    found.notes.append(f"coordinator {name}: sent the invite for its organizer, {org_name}")
    if _is_user(org_email, org_name, ctx) or org_email in {p.email for p in found.interviewers}:
        return
    who, title = _titled_name(org_name, ctx.vocab)
    found.interviewers.append(Person(name=who or org_email, email=org_email, title=title))


def _read_people(event: Any, found: _Found, ctx: _Ctx, left_out: int = 0) -> None:
    vocab = ctx.vocab
    organizer = event.get("ORGANIZER")
    if isinstance(organizer, list):
        organizer = organizer[0] if organizer else None
    org_email = _person_address(organizer) if organizer is not None else None
    if org_email:
        found.emails.append(org_email)
    if organizer is not None:
        params = getattr(organizer, "params", {}) or {}
        org_cn = _clean_name(_param(params, "CN"), org_email)
        if not (
            _is_machine(org_email, vocab)
            or _in_domains(_domain(org_email), vocab.service_domains)
            or _team_box(org_email, vocab)
        ):  # a tracking system's no-reply organizer, a shared mailbox ("Ολυμπία Ναυτιλιακή –
            # Καριέρα <OlympiaNaftiliakiKariera@…>") go by the company's name, nobody's
            remember_name(found.person_names, org_cn, org_email, vocab)
        elif org_cn:
            found.box_names.append(org_cn)
        if org_cn and vocab.departments.search(org_cn) and not found.sender_company:
            # "Service RH – Ardennes Bois": a department of the company it names
            found.sender_company = sender_company(org_cn, set(), vocab)
    if organizer is not None and found.coordinator is None:
        _sent_for_organizer(organizer, org_email, found, ctx)
    if organizer is not None and found.coordinator is None:
        params = getattr(organizer, "params", {}) or {}
        org_name = _clean_name(_param(params, "CN"), org_email)
        if _is_user(org_email, org_name, ctx):
            found.notes.append("you organised this event: no coordinator taken from it")
        elif _in_domains(_domain(org_email), vocab.service_domains):
            note = (
                f"the organizer {org_email} is a scheduling service sending the invite, "
                "not a person"
            )
            if note not in found.notes:
                found.notes.append(note)
        elif _is_machine(org_email, vocab):
            note = f"the organizer {org_email} is a no-reply mailbox, not a person"
            if note not in found.notes:
                found.notes.append(note)
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
    location = " ".join(_text(event.get("LOCATION")).split())
    seen = {p.email or p.name.lower() for p in found.interviewers}
    if found.coordinator is not None:
        seen |= {found.coordinator.email or found.coordinator.name.lower()}
    if org_email and (found.coordinator is None or found.coordinator.email in (None, org_email)):
        # (a loop's later part that one of the panel organizes, and attends, keeps them:
        # the coordinator is the first part's organizer)
        seen.add(org_email)
    for attendee in attendees:
        email = _person_address(attendee)
        params = getattr(attendee, "params", {}) or {}
        cutype = (_param(params, "CUTYPE") or "INDIVIDUAL").upper()
        role = _param(params, "ROLE").upper()
        cn = _param(params, "CN")
        if cutype == "INDIVIDUAL" and _room_named(cn, location, ctx.vocab):
            cutype = "ROOM"  # "OTT-9-Boardroom Gatineau (12)" invited as a person
        if cutype == "ROOM":
            found.rooms += 1  # a meeting room booked: the people meet in person
        if cutype in {"ROOM", "RESOURCE", "GROUP"} or role == "NON-PARTICIPANT":
            continue
        if _in_domains(_domain(email), vocab.room_domains) or _is_machine(email, vocab):
            continue
        if _team_box(email, vocab) and (
            not cn or vocab.sender_noise.search(cn) or _CALENDAR_NAME.search(cn)
        ):  # "Hiring Team <hiring@…>", "Interview Calendar <interview-calendar@…>": a team's
            continue  # mailbox or a scheduling calendar, nobody who interviews
        if company_named_box(cn, email):
            continue  # "Kauppahalli Rekry <rekry@kauppahalli.…>": the company's team box
        if email:
            found.emails.append(email)
        name = _clean_name(_param(params, "CN"), email)
        if not name and not email:
            continue
        remember_name(found.person_names, name, email, vocab)
        if _is_user(email, name, ctx):
            if name:  # the text's list of participants names them too
                found.user_names.add(" ".join(name.lower().split()))
            continue
        key = email or name.lower()
        if key in seen:
            continue
        seen.add(key)
        if len(found.interviewers) >= MAX_PEOPLE:
            left_out += 1
            continue
        name, title = _titled_name(name, vocab)
        found.interviewers.append(Person(name=name or (email or ""), email=email, title=title))
        if email:
            _domain_hint(found, email, ctx)
    if left_out:
        found.notes.append(f"{left_out} more attendees left out (at most {MAX_PEOPLE} are kept)")


# a room's seats in brackets after its name, as Exchange room lists give them ("… (12)")
_SEATS = re.compile(r"\(\s*\d{1,4}\s*\)\s*$")


def _room_named(cn: str, location: str, vocab: _Vocab) -> bool:
    """Whether an attendee's display name `cn` is a meeting room's, not a person's: it has a
    room word ("Boardroom", "Salle de réunion"; data invites.toml [people] room_words), ends
    in the room's seats in brackets ("Gatineau (12)"), or is the event's whole LOCATION
    (Exchange writes the room booked there and invites it too). "" is no room."""
    name = " ".join(cn.split())
    if not name:
        return False
    if vocab.room_words.search(name) or _SEATS.search(name):
        return True
    return bool(location) and name.casefold() == location.casefold()


# a calendar's own name ("Interview Calendar", "Agenda entretiens"), in the languages invites
# are written in
_CALENDAR_NAME = re.compile(
    r"(?i)\b(?:calendars?|kalender|calendario|calendrier|agenda|scheduler|scheduling|"
    r"interviews?)\b"
)


_BRACKETED = re.compile(r"^(?P<name>[^()]+?)\s*\((?P<title>[^()]{2,80})\)$")


def _titled_name(name: str, vocab: _Vocab) -> tuple[str, str | None]:
    """An attendee's name with their title in brackets ("Göran Åberg (avdelningschef)"):
    the name, and the title; any other name as it is."""
    match = _BRACKETED.match(name)
    if match is None or not is_title(match.group("title"), also=vocab.job_words):
        return name, None
    return match.group("name"), _clip(match.group("title"), MAX_TITLE)


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
    description = readable_text(_description(event))[0]
    alt = _text(event.get("X-ALT-DESC"))
    _decide_format(found, location, summary, conference, description + "\n" + alt, vocab)


def _description(event: Any) -> str:
    """The event's DESCRIPTION as text: HTML (a scheduling tool's, as Google Calendar carries
    it) is read as the mail reader reads an HTML body; a tab some writers escape as "\\t"
    (RFC 5545 has no such escape) is a tab."""
    text = _text(event.get("DESCRIPTION")).replace("\\t", "\t")  # a tab escaped as "\t"
    return html_text(text)[0] if looks_like_html(text) else text


def _apple_location(event: Any) -> str:
    """Apple Calendar's place: X-APPLE-STRUCTURED-LOCATION;X-TITLE=…;X-ADDRESS=… (no LOCATION)."""
    prop = event.get("X-APPLE-STRUCTURED-LOCATION")
    if isinstance(prop, list):
        prop = prop[0] if prop else None
    params = getattr(prop, "params", None) or {}
    parts = [" ".join(_param(params, key).split()) for key in ("X-TITLE", "X-ADDRESS")]
    return ", ".join(dict.fromkeys(p for p in parts if p))
