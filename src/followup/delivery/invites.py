"""Read an interview invitation: a calendar file (.ics) as Google Calendar, Outlook/Teams, Zoom
and Webex send them, an email (.eml) that carries one, or a plain invitation email.

`read_invite` returns the round it describes (a core `Interview`), the fields it could not
infer, and notes on how it read the file. Every failure is an `InvalidInput` naming the file
and what is wrong: size, nesting and line limits are checked before any parser runs, and
recurrence rules are never expanded (the round is the first occurrence, DTSTART).

icalendar and the email package are imported only when a file is read.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from followup.config import config_path
from followup.core.errors import ConfigError, FollowupError, InvalidInput
from followup.core.models import Channel, Format, Interview, Person, PersonRole
from followup.delivery.files import read_limited

if TYPE_CHECKING:
    from email.message import Message

# What `not_inferred` can list, in this order.
FIELDS = ("company", "role", "time", "tz", "format", "coordinator", "interviewers")

MAX_PEOPLE = 50  # attendees kept from one invite; a stored round takes at most 100 people
MAX_NAME = 200
MAX_TITLE = 120
MAX_SCAN = 200_000  # characters of an email body searched for links and numbers
MAX_DATE_SCAN = 50_000  # characters of an email's text searched for the interview's date


@dataclass(frozen=True)
class Limits:
    """What a file may be before it is refused (settings import.max_*)."""

    max_bytes: int = 5_000_000
    max_lines: int = 10_000
    max_depth: int = 20


@dataclass
class ImportedInvite:
    """The round an invite describes. `company`/`role` are "" and `format` is a placeholder
    (video) when they are listed in `not_inferred`: the caller must fill them in."""

    interview: Interview
    not_inferred: list[str]
    notes: list[str]
    kind: str  # "ics", "eml+ics" or "eml"
    title: str | None = None
    country: str | None = None  # from an IANA time zone the invite names, of one country only


# --------------------------------------------------------------------------- data files


def _user_copy(name: str) -> tuple[str | None, int | None]:
    """The user's copy of a data file beside config.toml (path and change time), if any."""
    user = config_path().parent / name
    try:
        return (str(user), user.stat().st_mtime_ns) if user.is_file() else (None, None)
    except OSError:
        return None, None


def _load_data(name: str, user: str | None, mtime: int | None) -> dict[str, Any]:
    """A data file of the package, with the user's copy laid over it table by table."""
    import tomllib
    from importlib.resources import files

    data = tomllib.loads(files("followup").joinpath("data", name).read_text("utf-8"))
    if user is not None:
        try:
            mine = tomllib.loads(Path(user).read_text("utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(f"cannot read {user}: {exc}") from None
        for table, values in mine.items():
            if isinstance(values, dict) and isinstance(data.get(table), dict):
                data[table] = {**data[table], **values}
            else:
                data[table] = values
    return data


def _words_re(words: Iterable[str], ignore_case: bool = True) -> re.Pattern[str]:
    alternatives = sorted({w.strip() for w in words if w.strip()}, key=len, reverse=True)
    if not alternatives:
        return re.compile(r"(?!x)x")
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in alternatives)
    return re.compile(rf"(?<![\w]){'(?:' + body + ')'}(?![\w])", re.I if ignore_case else 0)


def _alternatives(words: Iterable[str]) -> str:
    """A regex alternation of phrases, longest first, any white space between words."""
    alternatives = sorted({w.strip() for w in words if w.strip()}, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in alternatives)


@dataclass
class _Vocab:
    video_hosts: tuple[str, ...]
    video_words: re.Pattern[str]
    video_phrases: re.Pattern[str]
    in_person_words: re.Pattern[str]
    in_person_phrases: re.Pattern[str]
    phone_words: re.Pattern[str]
    phone_phrases: re.Pattern[str]
    not_number_after: re.Pattern[str]
    free_mail: frozenset[str]
    service_domains: tuple[str, ...]
    machine_mailboxes: frozenset[str]
    coordinator_titles: re.Pattern[str]
    titled_people: tuple[re.Pattern[str], ...]
    room_domains: tuple[str, ...]
    suffixes: frozenset[str]
    interview_words: re.Pattern[str]
    role_words: re.Pattern[str]
    noise_words: re.Pattern[str]
    edge_noise: frozenset[str]
    not_company: re.Pattern[str]
    prefixes: tuple[str, ...]
    tz_upper: dict[str, str]
    tz_phrases: dict[str, str]
    tz_re: re.Pattern[str]
    windows: dict[str, str]


def _vocab() -> _Vocab:
    """The word lists and tables, read once (again when the user's copies change)."""
    return _build_vocab(_user_copy("invites.toml"), _user_copy("windows_zones.toml"))


@lru_cache(maxsize=4)
def _build_vocab(
    invites_copy: tuple[str | None, int | None], zones_copy: tuple[str | None, int | None]
) -> _Vocab:
    invites = _load_data("invites.toml", *invites_copy)
    zones = _load_data("windows_zones.toml", *zones_copy)

    def table(name: str) -> Mapping[str, Any]:
        value = invites.get(name, {})
        return value if isinstance(value, Mapping) else {}

    def words(section: str, name: str) -> list[str]:
        value = table(section).get(name, [])
        return [str(v) for v in value] if isinstance(value, list) else []

    def phrases(section: str) -> list[str]:
        return [w for w in words(section, "words") if " " in w or "-" in w]

    titles = words("titles", "noise_words")
    kind_phrases = [w for w in titles if " " in w]
    tz_map = {str(k): str(v) for k, v in table("timezones").items()}
    tz_upper = {k: v for k, v in tz_map.items() if k.isupper()}
    tz_phrases = {k.lower(): v for k, v in tz_map.items() if not k.isupper()}
    tz_alternatives = sorted(tz_upper, key=len, reverse=True)
    tz_re = re.compile(
        r"(?<![\w/])(?:(?P<iana>(?:Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|"
        r"Indian|Pacific|Etc)/[A-Za-z_+\-]+(?:/[A-Za-z_+\-]+)?)"
        r"|(?P<offset>(?:GMT|UTC)\s*[+\-−]\s*\d{1,2}(?::?\d{2})?)"
        + (r"|(?P<abbr>" + "|".join(map(re.escape, tz_alternatives)) + r")" if tz_upper else "")
        + (
            r"|(?P<phrase>(?i:"
            + "|".join(
                re.escape(p).replace(r"\ ", r"\s+")
                for p in sorted(tz_phrases, key=len, reverse=True)
            )
            + r"))"
            if tz_phrases
            else ""
        )
        + r")(?![\w])"
    )
    windows: dict[str, str] = {}
    for section in ("zones", "aliases", "display"):
        value = zones.get(section, {})
        if isinstance(value, Mapping):
            windows.update({str(k).strip().lower(): str(v) for k, v in value.items()})
    people = table("people")
    titles_body = _alternatives(words("people", "coordinator_titles"))
    vocab = _Vocab(
        video_hosts=tuple(h.lower() for h in words("video", "hosts")),
        video_words=_words_re(words("video", "words")),
        video_phrases=_words_re(phrases("video")),
        in_person_words=_words_re(words("in_person", "words")),
        in_person_phrases=_words_re(phrases("in_person") + ["onsite"]),
        phone_words=_words_re(words("phone", "words")),
        phone_phrases=_words_re(phrases("phone")),
        not_number_after=re.compile(
            r"(?:"
            + "|".join(re.escape(w) for w in words("phone", "not_numbers_after"))
            + r")\s*(?:#|no\.?|number)?\s*[:=]?\s*$",
            re.I,
        )
        if words("phone", "not_numbers_after")
        else re.compile(r"(?!x)x"),
        free_mail=frozenset(str(d).lower() for d in people.get("free_mail_domains", [])),
        service_domains=tuple(str(d).lower() for d in people.get("service_domains", [])),
        machine_mailboxes=frozenset(str(d).lower() for d in people.get("machine_mailboxes", [])),
        coordinator_titles=_words_re(words("people", "coordinator_titles")),
        titled_people=_titled_people(titles_body),
        room_domains=tuple(str(d).lower() for d in people.get("room_domains", [])),
        suffixes=frozenset(str(s).lower() for s in table("company").get("suffixes", [])),
        interview_words=_words_re(words("titles", "interview_words")),
        role_words=_words_re(words("titles", "role_words")),
        noise_words=_words_re(kind_phrases),
        edge_noise=frozenset(w.lower() for w in titles if " " not in w),
        not_company=_words_re(words("titles", "not_company")),
        prefixes=tuple(p.lower() for p in words("titles", "prefixes")),
        tz_upper=tz_upper,
        tz_phrases=tz_phrases,
        tz_re=tz_re,
        windows=windows,
    )
    return vocab


# --------------------------------------------------------------------------- entry points


def read_invite(
    path: Path,
    *,
    user_emails: Iterable[str] = (),
    user_names: Iterable[str] = (),
    default_tz: str = "UTC",
    limits: Limits | None = None,
    today: date | None = None,
) -> ImportedInvite:
    """Read an invite file; refuse (InvalidInput) what is too big, not a file, or unreadable."""
    limits = limits or Limits()
    name = path.name or str(path)
    data = read_limited(
        path,
        limits.max_bytes,
        "an invite file (.ics or .eml)",
        lambda size: _too_big(name, size, limits),
    )
    return parse_invite(
        data,
        name,
        user_emails=user_emails,
        user_names=user_names,
        default_tz=default_tz,
        limits=limits,
        today=today,
    )


def parse_invite(
    data: bytes,
    name: str,
    *,
    user_emails: Iterable[str] = (),
    user_names: Iterable[str] = (),
    default_tz: str = "UTC",
    limits: Limits | None = None,
    today: date | None = None,
) -> ImportedInvite:
    """Parse the bytes of an invite. Whatever goes wrong becomes one InvalidInput."""
    limits = limits or Limits()
    _check_size(name, len(data), limits)
    ctx = _Ctx(
        name=name,
        user_emails=frozenset(e.strip().lower() for e in user_emails if e and e.strip()),
        user_names=frozenset(" ".join(n.split()).lower() for n in user_names if n and n.strip()),
        default_tz=default_tz or "UTC",
        limits=limits,
        vocab=_vocab(),
        today=today,
    )
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return _parse(data, ctx)
    except FollowupError:
        raise
    except RecursionError:
        raise InvalidInput(f"{name}: nested too deeply to read") from None
    except MemoryError:
        raise InvalidInput(f"{name}: too big to read") from None
    except Exception as exc:  # a parser's own error, whatever it is: one line, no traceback
        raise InvalidInput(f"{name}: cannot read this invite: {_short(exc)}") from None


# --------------------------------------------------------------------------- plumbing


@dataclass
class _Ctx:
    name: str
    user_emails: frozenset[str]
    user_names: frozenset[str]
    default_tz: str
    limits: Limits
    vocab: _Vocab
    today: date | None


@dataclass
class _Found:
    """What has been read so far; None means not known yet."""

    company: str | None = None
    role: str | None = None
    day: date | None = None
    clock: time | None = None
    tz: str | None = None
    format: Format | None = None
    coordinator: Person | None = None
    interviewers: list[Person] = field(default_factory=list)
    channel: Channel = Channel.UNKNOWN
    title: str | None = None
    location: str | None = None
    link: str | None = None
    domain_hint: str | None = None
    zone_direct: bool = False  # tz is an IANA name the invite gave, not one read from another
    description: str = ""
    notes: list[str] = field(default_factory=list)


def _short(exc: BaseException, limit: int = 160) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _mb(n: int) -> str:
    return f"{n / 1_000_000:.1f}".rstrip("0").rstrip(".") + " MB"


def _too_big(name: str, size: int, limits: Limits) -> str:
    return (
        f"{name}: the file is {_mb(size)}, more than the {_mb(limits.max_bytes)} an invite "
        "may be (setting import.max_bytes)"
    )


def _check_size(name: str, size: int, limits: Limits) -> None:
    if size > limits.max_bytes:
        raise InvalidInput(_too_big(name, size, limits))


def _decode(data: bytes, charset: str | None = None) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", "replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", "replace")
    for encoding in (charset, "utf-8", "cp1252"):
        if not encoding:
            continue
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    return data.decode("latin-1")


_HEADER_LINE = re.compile(rb"^[!-9;-~]{1,76}:")


def _parse(data: bytes, ctx: _Ctx) -> ImportedInvite:
    name = ctx.name
    if not data.strip():
        raise InvalidInput(f"{name}: the file is empty")
    head = data[:4096]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        data = _decode(data).encode("utf-8")
        head = data[:4096]
    if b"\x00" in head:
        raise InvalidInput(f"{name}: a binary file, not a calendar invite (.ics) or email (.eml)")
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if start[:6].upper() == b"BEGIN:":
        text = _decode(data).lstrip("\ufeff \t\r\n")
        if text[:15].upper() != "BEGIN:VCALENDAR":  # a bare VEVENT: give it its calendar
            text = f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n{text.rstrip()}\r\nEND:VCALENDAR\r\n"
        found = _read_calendar(text, ctx)
        _read_company_role(found, found.description, ctx)
        kind = "ics"
    elif _looks_like_email(start):
        found, kind = _read_email(data, ctx)
    else:
        raise InvalidInput(
            f"{name}: not a calendar invite (.ics, starting BEGIN:VCALENDAR) or an email (.eml)"
        )
    return _finish(found, kind, ctx)


_MAIL_HEADERS = {
    b"from", b"to", b"cc", b"subject", b"date", b"received", b"return-path", b"message-id",
    b"mime-version", b"delivered-to", b"content-type", b"reply-to", b"sender", b"x-mailer",
}  # fmt: skip


def _looks_like_email(head: bytes) -> bool:
    """An mbox "From " line, or header lines that include at least one mail header."""
    if head.startswith(b"From "):
        return True
    for line in head.splitlines()[:60]:
        if not line.strip():
            break
        if line[:1] in (b" ", b"\t"):
            continue
        if not _HEADER_LINE.match(line):
            return False
        if line.split(b":", 1)[0].strip().lower() in _MAIL_HEADERS:
            return True
    return False


def _finish(found: _Found, kind: str, ctx: _Ctx) -> ImportedInvite:
    if found.day is None:  # pragma: no cover - every reader refuses before this
        raise InvalidInput(f"{ctx.name}: no interview date found")
    missing = []
    if not found.company:
        missing.append("company")
    if not found.role:
        missing.append("role")
    if found.clock is None:
        missing.append("time")
    if found.tz is None:
        missing.append("tz")
    if found.format is None:
        missing.append("format")
    if found.coordinator is None:
        missing.append("coordinator")
    if not found.interviewers:
        missing.append("interviewers")
    people = ([found.coordinator] if found.coordinator else []) + found.interviewers
    note_lines = []
    if found.title:
        note_lines.append(f"Invite: {found.title}")
    if found.location:
        note_lines.append(f"Where: {_clip(found.location, 300)}")
    if found.link and found.link not in (found.location or ""):
        note_lines.append(f"Link: {_clip(found.link, 500)}")
    country = _zone_countries().get(found.tz) if found.tz and found.zone_direct else None
    if country:
        found.notes.append(f"country {country}: the time zone {found.tz} is in it")
    interview = Interview(
        company=_clip(found.company or "", MAX_NAME),
        role=_clip(found.role or "", MAX_NAME),
        interviewed=found.day,
        format=found.format or Format.VIDEO,
        channel=found.channel,
        time=found.clock,
        tz=found.tz,
        people=people,
        notes="\n".join(note_lines) or None,
    )
    return ImportedInvite(interview, missing, found.notes, kind, found.title, country)


def _clip(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


# --------------------------------------------------------------------------- calendars


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


def _text(value: Any) -> str:
    """The text of a property (the first one when repeated), or ""."""
    if value is None:
        return ""
    if isinstance(value, list):
        return _text(value[0]) if value else ""
    try:
        return str(value)
    except Exception:  # a broken value that cannot even print itself
        return ""


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


def _in_zone(value: datetime, zone: str) -> datetime:
    from zoneinfo import ZoneInfo

    return value.astimezone(ZoneInfo(zone)).replace(tzinfo=None)


def _check_year(day: date, ctx: _Ctx) -> None:
    if not 1900 <= day.year <= 2200:
        raise InvalidInput(
            f"{ctx.name}: the date {day.isoformat()} is not a plausible interview date"
        )


@lru_cache(maxsize=1)
def _zone_countries() -> Mapping[str, str]:
    """The country of each IANA zone that belongs to one country only, from the tz database's
    zone.tab (and zone1970.tab for a zone it lacks): the tzdata package's, else the system's."""
    from importlib.resources import files

    def table(name: str) -> list[list[str]]:
        text = ""
        try:
            text = files("tzdata").joinpath("zoneinfo", name).read_text("utf-8")
        except (ImportError, OSError, UnicodeDecodeError):
            try:
                text = Path("/usr/share/zoneinfo", name).read_text("utf-8")
            except (OSError, UnicodeDecodeError):
                text = ""
        rows = [line.split("\t") for line in text.splitlines() if line and line[0] != "#"]
        return [row for row in rows if len(row) >= 3]

    countries: dict[str, set[str]] = {}
    for codes, _, zone, *_ in table("zone.tab"):
        countries.setdefault(zone.strip(), set()).add(codes.strip().upper())
    for codes, _, zone, *_ in table("zone1970.tab"):
        countries.setdefault(zone.strip(), {c.strip().upper() for c in codes.split(",")})
    return {
        zone: code
        for zone, found in countries.items()
        if len(found) == 1 and re.fullmatch(r"[A-Z]{2}", code := next(iter(found)))
    }


_IANA_IN_TEXT = re.compile(
    r"(?:Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific|Etc)"
    r"/[A-Za-z_+\-]+(?:/[A-Za-z_+\-]+)?"
)


@lru_cache(maxsize=1)
def _zone_names() -> frozenset[str]:
    from zoneinfo import available_timezones

    return frozenset(available_timezones())


def _valid_zone(name: str) -> bool:
    """An IANA time zone name (not a path, not the system's posix/ or right/ copies)."""
    return name in _zone_names()


_OFFSET_PREFIX = re.compile(r"^\((?:UTC|GMT)(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?\)\s*", re.I)


def _resolve_zone(tzid: str, zones: Mapping[str, Any], vocab: _Vocab, depth: int = 0) -> str | None:
    """An IANA name for a TZID: itself, a Windows name, an embedded name, X-LIC-LOCATION."""
    tzid = tzid.strip().strip('"').strip()
    if not tzid:
        return None
    if _valid_zone(tzid):
        return tzid
    mapped = vocab.windows.get(tzid.lower())
    if mapped and _valid_zone(mapped):
        return mapped
    # Outlook's display name: "(UTC-05:00) Eastern Time (US & Canada)"
    display = _OFFSET_PREFIX.sub("", tzid)
    mapped = vocab.windows.get(display.lower()) if display != tzid else None
    if mapped and _valid_zone(mapped):
        return mapped
    for match in _IANA_IN_TEXT.finditer(tzid):
        if _valid_zone(match.group(0)):
            return match.group(0)
    vtz = zones.get(tzid)
    if vtz is not None and depth == 0:
        location = _text(vtz.get("X-LIC-LOCATION"))
        if location:
            return _resolve_zone(location, {}, vocab, depth + 1)
    return None


# --------------------------------------------------------------------------- people


_EMAIL_RE = re.compile(r"^[^@\s<>,;:\"]+@[^@\s<>,;:\"]+\.[^@\s<>,;:\"]+$")


def _address(value: Any) -> str | None:
    text = _text(value).strip()
    if text.lower().startswith("mailto:"):
        text = text[7:]
    text = text.strip().strip("<>").strip()
    return text.lower() if _EMAIL_RE.match(text) and len(text) <= MAX_NAME else None


def _name_from_email(email: str) -> str:
    local = email.split("@", 1)[0].split("+", 1)[0]
    words = [w for w in re.split(r"[._\-]+", re.sub(r"\d+", "", local)) if w]
    return " ".join(w.capitalize() for w in words) or email


def _clean_name(raw: str, email: str | None) -> str:
    name = " ".join(raw.strip().strip('"').strip("'").split())
    if not name or (email and name.lower() in {email, f"mailto:{email}"}) or "@" in name:
        name = _name_from_email(email) if email else name
    if "," in name and name.count(",") == 1:  # "Doe, Jane" as Outlook writes it
        last, first = (p.strip() for p in name.split(","))
        if first and last and " " not in last:
            name = f"{first} {last}"
    return _clip(name, MAX_NAME)


def _domain(email: str | None) -> str | None:
    return email.rsplit("@", 1)[1].lower() if email and "@" in email else None


def _in_domains(domain: str | None, domains: Iterable[str]) -> bool:
    if not domain:
        return False
    return any(domain == d or domain.endswith("." + d) for d in domains)


def _is_machine(email: str | None, vocab: _Vocab) -> bool:
    if not email:
        return False
    local = email.split("@", 1)[0].lower()
    return local in vocab.machine_mailboxes or local.startswith(("noreply", "no-reply"))


def _is_user(email: str | None, name: str, ctx: _Ctx) -> bool:
    if email:
        return email.lower() in ctx.user_emails
    return bool(name) and " ".join(name.split()).lower() in ctx.user_names


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


# A person's name on one line: two or three capitalised words.
_LINE_NAME = r"[A-ZÀ-Þ][a-zà-ÿ'’-]+(?:[ \t]+[A-ZÀ-Þ][a-zà-ÿ'’-]+){1,2}"
_EMAIL_IN_TEXT = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")


def _titled_people(titles: str) -> tuple[re.Pattern[str], ...]:
    """Patterns for a coordinator named with a title, most explicit first; each has the
    groups `name` and `tail` (the rest of the line, and for a signature the next two lines,
    where an address may follow)."""
    if not titles:
        return ()
    title = rf"(?i:(?:{titles}))(?![\w])"
    # a title with up to two words before it: "Senior Technical Recruiter"
    long_title = rf"(?:[A-ZÀ-Þ][\w'’-]*[ \t]+){{0,2}}{title}"
    name = rf"(?P<name>{_LINE_NAME})(?![\w])"
    tail = r"(?P<tail>[^\n]{0,120})"
    signature_tail = r"(?P<tail>[^\n]{0,120}(?:\n[^\n]{0,120}){0,2})"  # and two more lines
    return (
        # "Recruiter: Amy Santiago (amy@acme.com)"
        re.compile(rf"(?m)^[ \t]*(?i:your[ \t]+)?{title}[ \t]*[:–—-][ \t]*{name}{tail}"),
        # "Your recruiter, Jo Lee <jo@acme.com>", "your recruiter is Jo Lee"
        re.compile(rf"(?i:\byour[ \t]+){title}[ \t]*,?[ \t]+(?:(?i:is)[ \t]+)?{name}{tail}"),
        # "Priya Raman, Recruiting Coordinator", "Helen Park | Talent Acquisition": the name
        # starts its line or follows punctuation, not a word of a sentence
        re.compile(
            rf"(?m)(?:^|(?<=[:;,.!?()|>]))[ \t]*{name}[ \t]*[,(|–—-][ \t]*{long_title}"
            + signature_tail
        ),
        # a signature: the name alone on its line, the title starting the next one
        re.compile(rf"(?m)^[ \t]*{name}[ \t]*\n[ \t]*{long_title}{signature_tail}"),
    )


def _coordinator_in_text(found: _Found, text: str, ctx: _Ctx) -> None:
    """When no real organizer is the coordinator: a recruiter or coordinator the invite's text
    names with their title ("Recruiter: Amy Santiago (amy@acme.com)", a signature)."""
    if found.coordinator is not None or not text:
        return
    vocab = ctx.vocab
    text = text[:MAX_SCAN].replace("\r\n", "\n")
    for pattern in vocab.titled_people:
        for match in pattern.finditer(text):
            name = " ".join(match.group("name").split())
            if (
                vocab.coordinator_titles.search(name)
                or vocab.role_words.search(name)
                or vocab.video_words.search(name)
                or _COMPANY_SUFFIX.search(name)
                or _is_user(None, name, ctx)
            ):
                continue
            found_email = _EMAIL_IN_TEXT.search(match.group("tail"))
            email = _address(found_email.group(0).rstrip(".")) if found_email else None
            if email and (_is_user(email, name, ctx) or _is_machine(email, vocab)):
                continue
            same = [
                p
                for p in found.interviewers
                if p.name.lower() == name.lower() or (email is not None and p.email == email)
            ]
            if same:
                email = email or same[0].email
                found.interviewers = [p for p in found.interviewers if p not in same]
            found.coordinator = Person(
                name=_clip(name, MAX_NAME), email=email, role=PersonRole.COORDINATOR
            )
            found.notes.append(f"coordinator {name} named with their title in the invite's text")
            if email:
                _domain_hint(found, email, ctx)
            return


def _domain_hint(found: _Found, email: str, ctx: _Ctx) -> None:
    """Remember the first employer-looking mail domain (not free mail, a service or the user's)."""
    if found.domain_hint:
        return
    domain = _domain(email)
    vocab = ctx.vocab
    if not domain or domain in vocab.free_mail or _in_domains(domain, vocab.service_domains):
        return
    if any(_domain(u) == domain for u in ctx.user_emails):
        return
    found.domain_hint = domain


def _company_from_domain(domain: str, vocab: _Vocab) -> str | None:
    labels = [label for label in domain.lower().split(".") if label]
    if len(labels) < 2:
        return None
    cut = 2 if ".".join(labels[-2:]) in vocab.suffixes and len(labels) >= 3 else 1
    label = labels[-cut - 1]
    if not re.fullmatch(r"[a-z0-9-]{2,63}", label) or label.isdigit():
        return None
    words = [w for w in label.split("-") if w]
    return " ".join(w.upper() if len(w) <= 3 else w.capitalize() for w in words) or None


# --------------------------------------------------------------------------- format


_URL_RE = re.compile(r"(?i)\b(?:https?://|www\.)[^\s<>\"'`{}|\\^\[\]]+")
_ADDRESS_RES = (
    # 1600 Amphitheatre Parkway / 221B Baker Street / 500 W. Madison St.
    re.compile(
        r"(?i)\b\d{1,6}[A-Z]?\s+(?:[A-Za-zÀ-ÿ0-9.'’-]+\s+){0,5}?(?:street|st|avenue|ave|road|"
        r"rd|boulevard|blvd|drive|dr|lane|ln|way|court|ct|place|pl|square|sq|parkway|pkwy|"
        r"highway|hwy|terrace|plaza|circle|broadway|row|crescent|close|walk|quay|wharf)\b\.?"
    ),
    # Hauptstraße 5 / Keizersgracht 123 / Drottninggatan 7
    re.compile(
        r"(?i)\b[\wÀ-ÿ-]+(?:straße|strasse|str\.|weg|gasse|platz|allee|damm|ring|ufer|laan|"
        r"gracht|straat|plein|vej|gade|gatan|vägen|väg|katu|tie)\s+\d{1,5}[a-z]?\b"
    ),
    # 10 rue de Rivoli / Via Roma 12 / Calle Mayor 5 / Rua Augusta 10
    re.compile(
        r"(?i)\b(?:\d{1,5},?\s+)?(?:rue|avenue|boulevard|bd|place|quai|via|viale|piazza|"
        r"corso|calle|avenida|paseo|plaza|rua|praça)\s+[\wÀ-ÿ' -]{2,40}?(?:\s+\d{1,5})?\b"
        r"(?=[^\n]{0,80}\b\d{4,5}\b)"
    ),
    # a US state and ZIP code, a UK postcode
    re.compile(r"\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\b"),
    re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}\b"),
)
_PHONE_RE = re.compile(
    r"(?<![\w/=#.+-])(?:\+\s?\d{1,3}[\s.\-]?)?(?:\(\d{1,4}\)[\s.\-]?)?\d{2,4}"
    r"(?:[\s.\-]\d{2,4}){1,4}(?![\w/-])"
)


def _unwrap(url: str) -> str:
    """The real address behind an Outlook safe link or a Google redirect."""
    from urllib.parse import parse_qs, urlsplit

    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
        if host.endswith("safelinks.protection.outlook.com") or (
            host.startswith(("www.google.", "google.")) and parts.path == "/url"
        ):
            query = parse_qs(parts.query)
            inner = (query.get("url") or query.get("q") or [""])[0]
            if inner.startswith(("http://", "https://")):
                return inner
    except ValueError:
        pass
    return url


def _video_link(text: str, vocab: _Vocab) -> str | None:
    from urllib.parse import urlsplit

    for match in _URL_RE.finditer(text[:MAX_SCAN]):
        url = _unwrap(match.group(0).rstrip(".,;:!?)>'\""))
        try:
            host = (urlsplit(url if "://" in url else "https://" + url).hostname or "").lower()
        except ValueError:
            continue
        if _in_domains(host, vocab.video_hosts):
            return url
    return None


def _has_address(text: str) -> str | None:
    for pattern in _ADDRESS_RES:
        match = pattern.search(text[:MAX_SCAN])
        if match:
            return match.group(0)
    return None


def _phone_number(text: str, vocab: _Vocab) -> str | None:
    text = text[:MAX_SCAN]
    for match in _PHONE_RE.finditer(text):
        number = match.group(0)
        digits = sum(c.isdigit() for c in number)
        if not 9 <= digits <= 15:
            continue
        if re.fullmatch(r"\d{4}[-./]\d{1,2}[-./]\d{1,2}", number.strip()):
            continue
        if vocab.not_number_after.search(text[max(0, match.start() - 30) : match.start()]):
            continue
        return number.strip()
    return None


def _tel(value: str) -> bool:
    return value.strip().lower().startswith("tel:")


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


def _decide_format(
    found: _Found,
    location: str,
    title: str,
    conference: list[tuple[str, str]],
    body: str,
    vocab: _Vocab,
) -> None:
    """Location first, then the title's words, then conference links, then the description."""
    decision = _format_evidence(location, title, conference, body, vocab)
    if decision is not None:
        fmt, why, link = decision
        found.format = fmt
        found.link = link or found.link
        found.notes.append(f"format {fmt}: {why}")


def _format_evidence(
    location: str, title: str, conference: list[tuple[str, str]], body: str, vocab: _Vocab
) -> tuple[Format, str, str | None] | None:
    if location:
        link = _video_link(location, vocab)
        if link:
            return Format.VIDEO, "a video-meeting link in the location", link
        if _has_address(location) or vocab.in_person_words.search(location):
            return Format.IN_PERSON, "the location is a place", None
        if vocab.video_words.search(location):
            links = (_video_link(v, vocab) for v in [*(v for _, v in conference), body])
            return (
                Format.VIDEO,
                "the location names a video service",
                next(filter(None, links), None),
            )
        if _tel(location) or _phone_number(location, vocab) or vocab.phone_words.search(location):
            return Format.PHONE, "the location is a telephone number", None
    if title:
        if vocab.in_person_phrases.search(title):
            return Format.IN_PERSON, "the title says in person", None
        if vocab.phone_words.search(title):
            return Format.PHONE, "the title says phone", None
        if vocab.video_words.search(title):
            return Format.VIDEO, "the title says video", None
    for key, value in conference:
        link = _video_link(value, vocab)
        if link:
            return Format.VIDEO, f"a video-meeting link ({key})", link
    body = body[:MAX_SCAN]
    link = _video_link(body, vocab)
    if link:
        return Format.VIDEO, "a video-meeting link in the description", link
    if _has_address(body):
        return Format.IN_PERSON, "a street address in the description", None
    if vocab.in_person_phrases.search(body):
        return Format.IN_PERSON, "the description says in person", None
    if vocab.phone_phrases.search(body):
        return Format.PHONE, "the description says phone", None
    if vocab.video_phrases.search(body):
        return Format.VIDEO, "the description says video", None
    if any(_tel(v) for _, v in conference) or _phone_number(body, vocab):
        return Format.PHONE, "a telephone number and no meeting link", None
    return None


# --------------------------------------------------------------------------- company and role


_SEPARATORS = re.compile(r"\s+[|–—:/-]+\s+|\s*[|–—]\s*|:\s+|\s+<>\s+|\s+x\s+|\s+//\s+")
_AT_RE = re.compile(
    r"^(?P<role>.+?)\s+(?:(?:position|role|job|opening)\s+)?(?:at|@)\s+(?P<company>.+)$", re.I
)
_WITH_RE = re.compile(
    r"^(?P<pre>.*?)\b(?:with|w/)\s*(?P<who>.+?)(?:\s+for\s+(?:the\s+)?(?P<role>.+?))?$", re.I
)
_FOR_RE = re.compile(r"^(?P<pre>.*?)\bfor\s+(?:the\s+|a\s+|an\s+)?(?P<role>.+?)$", re.I)
# "Staff Engineer (Linear)": a role with the company in brackets after it
_PAREN_TAIL = re.compile(r"^(?P<main>.+?)\s*\((?P<paren>[^()]+)\)$")
# "Alex Morgan and Ben Ortiz" (Calendly's titles): people, not a company
_NAME_JOIN = re.compile(r"(?i)\s+(?:and|&|<>|x)\s+|\s*,\s*")
_COMPANY_SUFFIX = re.compile(
    r"(?i)\b(?:inc|llc|ltd|gmbh|ag|corp|corporation|co|company|plc|sa|sas|bv|nv|ab|oy|srl|pty)\b\.?$"
)
_BODY_ROLE = re.compile(
    r"(?i)\b(?:for|about)\s+(?:the|our|a|an)\s+(?P<role>[A-Za-zÀ-ÿ0-9,/&()' +.-]{3,60}?)\s+"
    r"(?:position|role|opening|job|vacancy)\b(?:\s+(?:at|with)\s+(?P<company>[A-Z0-9][\w&.'’-]*"
    r"(?:\s+[A-Z0-9][\w&.'’-]*){0,3}))?"
)
_BODY_COMPANY = re.compile(
    r"\b(?:[Ii]nterview(?:ing)?|position|role|opportunity|team)\s+(?:at|with)\s+"
    r"(?P<company>[A-Z0-9][\w&.'’-]*(?:\s+[A-Z0-9][\w&.'’-]*){0,3})"
)


def _strip_prefixes(title: str, vocab: _Vocab) -> str:
    text = " ".join(title.split())
    changed = True
    while changed and text:
        changed = False
        low = text.lower()
        for prefix in vocab.prefixes:
            if low.startswith(prefix):
                text = text[len(prefix) :].strip()
                changed = True
                break
    # Google's mail subjects end with " @ Thu Nov 19, 2026 2pm - 3pm (EST) (you@example.com)"
    text = re.sub(r"\s+@\s+(?:mon|tue|wed|thu|fri|sat|sun)\w*\b.*$", "", text, flags=re.I)
    return text.strip(" -–—|:")


def _strip_noise(segment: str, vocab: _Vocab) -> str:
    text = vocab.noise_words.sub(" ", segment)
    words = text.replace("(", " ").replace(")", " ").split()
    while words and words[0].lower().strip(".,:;!") in vocab.edge_noise:
        words.pop(0)
    while words and words[-1].lower().strip(".,:;!") in vocab.edge_noise:
        words.pop()
    return " ".join(words).strip(" -–—|:,.;!")


def _plausible_company(text: str) -> bool:
    if not text or len(text) > 60 or not re.search(r"[A-Za-zÀ-ÿ]", text):
        return False
    if re.match(r"^\d{1,2}(?::\d{2})?\s*(?:am|pm)?\b", text, re.I):
        return False
    if "@" in text or "://" in text:
        return False
    return not re.search(
        r"(?i)\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b.*\d|\b\d{4}-\d{2}-\d{2}\b", text
    )


def _title_company_role(
    title: str, known_names: set[str], domain_label: str | None, vocab: _Vocab
) -> tuple[str | None, str | None]:
    text = _strip_prefixes(title, vocab)
    company: str | None = None
    role: str | None = None
    candidates: list[str] = []
    for raw in _SEPARATORS.split(text):
        segment = raw.strip()
        if not segment:
            continue
        at = _AT_RE.match(segment)
        if at and _plausible_company(at.group("company").strip()):
            left = at.group("role")
            # "Interview with Jane Doe for Senior Designer at Acme": the role follows "for"
            for_ = _FOR_RE.match(left)
            if for_ and vocab.role_words.search(for_.group("role")):
                left = for_.group("role")
            left = _strip_noise(left, vocab)
            if left and vocab.role_words.search(left):
                role = role or left
                company = company or at.group("company").strip(" .,")
                continue
        with_ = _WITH_RE.match(segment)
        if with_:
            who = with_.group("who").strip(" .,")
            if with_.group("role"):
                role = role or (_strip_noise(with_.group("role"), vocab) or None)
            if who.lower() not in known_names and _plausible_company(who):
                candidates.append(who)
            pre = _strip_noise(with_.group("pre"), vocab)
            if pre and vocab.role_words.search(pre):
                role = role or pre
            continue
        for_ = _FOR_RE.match(segment)
        if for_ and vocab.interview_words.search(for_.group("pre") or "x"):
            wanted = _strip_noise(for_.group("role"), vocab)
            if wanted:
                role = role or wanted
                continue
        paren = _PAREN_TAIL.match(segment)
        if paren:
            main = _strip_noise(paren.group("main"), vocab)
            inside = paren.group("paren").strip()
            if main and vocab.role_words.search(main) and not vocab.role_words.search(inside):
                role = role or main
                if not (
                    vocab.noise_words.search(inside)
                    or vocab.interview_words.search(inside)
                    or vocab.not_company.search(inside)
                    or _strip_noise(inside, vocab).lower() != inside.lower()
                ) and _plausible_company(inside):
                    candidates.append(inside)
                continue
        cleaned = _strip_noise(segment, vocab)
        if not cleaned or cleaned.lower() in known_names:
            continue
        if any(part.strip().lower() in known_names for part in _NAME_JOIN.split(cleaned)):
            continue
        if vocab.role_words.search(cleaned):
            role = role or cleaned
        elif _plausible_company(cleaned):
            candidates.append(cleaned)
    if company is None and candidates:
        if domain_label:
            squeeze = domain_label.replace(" ", "").lower()
            company = next(
                (c for c in candidates if c.replace(" ", "").lower().startswith(squeeze)), None
            )
        # A bare title ("Dentist", "Team lunch") names no company: only an interview's does.
        if company is None and (role or vocab.interview_words.search(text)):
            company = candidates[0]
    return company, role


def _sentence_head(text: str) -> str:
    """The name up to the end of its sentence: "Northgate Bank. I'd like" -> "Northgate Bank"."""
    return re.split(r"[.!?]\s+", text, maxsplit=1)[0].strip(" .,")


def _read_company_role(found: _Found, body: str, ctx: _Ctx, subject: str = "") -> None:
    vocab = ctx.vocab
    known = {p.name.lower() for p in found.interviewers} | set(ctx.user_names)
    if found.coordinator:
        known.add(found.coordinator.name.lower())
    domain_company = _company_from_domain(found.domain_hint, vocab) if found.domain_hint else None
    for title in (found.title or "", subject):
        if title and not (found.company and found.role):
            company, role = _title_company_role(title, known, domain_company, vocab)
            found.company = found.company or company
            found.role = found.role or role
    if not (found.company and found.role) and body:
        text = body[:MAX_SCAN]
        match = _BODY_ROLE.search(text)
        if match:
            role = _strip_noise(match.group("role"), vocab)
            if role and vocab.role_words.search(role):
                found.role = found.role or _clip(role, MAX_NAME)
            company = _sentence_head(match.group("company") or "")
            if company and _plausible_company(company):
                found.company = found.company or company
        if not found.company:
            match = _BODY_COMPANY.search(text)
            company = _sentence_head(match.group("company")) if match else ""
            if company and company.lower() not in known:
                found.company = company
    if not found.company and domain_company:
        found.company = domain_company
        found.notes.append(
            f"company guessed from the mail domain {found.domain_hint}: {domain_company}"
        )


# --------------------------------------------------------------------------- email


_BOUNDARY = re.compile(rb'(?i)boundary\s*=\s*(?:"([^"\r\n]*)"|([^\s;"]+))')


def _check_mime_depth(data: bytes, ctx: _Ctx) -> None:
    """Walk the MIME structure line by line, without recursion; refuse deep nesting."""
    limit = ctx.limits.max_depth
    stack: list[bytes | None] = []  # open multipart boundaries; None for an enclosed message
    in_headers = True
    content_type = b""
    current = b""
    lines = 0
    for line in data.splitlines():
        lines += 1
        if lines > 2_000_000:
            break
        if in_headers:
            if line.strip():
                if line[:1] in (b" ", b"\t"):
                    if current == b"content-type":
                        content_type += b" " + line.strip()
                    continue
                key = line.split(b":", 1)[0].strip().lower()
                current = key
                if key == b"content-type":
                    content_type = line.split(b":", 1)[1].strip() if b":" in line else b""
                continue
            in_headers = False
            low = content_type.lower()
            if low.startswith(b"multipart/"):
                match = _BOUNDARY.search(content_type)
                if match:
                    stack.append(b"--" + (match.group(1) or match.group(2) or b""))
            elif low.startswith(b"message/rfc822") or low.startswith(b"message/global"):
                stack.append(None)
                in_headers = True
            content_type, current = b"", b""
            if len(stack) > limit:
                raise InvalidInput(f"{ctx.name}: MIME parts nested more than {limit} deep")
            continue
        if line.startswith(b"--") and stack:
            stripped = line.rstrip()
            for i in range(len(stack) - 1, -1, -1):
                boundary = stack[i]
                if boundary is None:
                    continue
                if stripped == boundary + b"--":
                    del stack[i:]
                    break
                if stripped == boundary:
                    del stack[i + 1 :]
                    in_headers = True
                    content_type, current = b"", b""
                    break


def _header(msg: Message, key: str) -> str:
    from email.header import decode_header, make_header

    raw = msg.get(key)
    if raw is None:
        return ""
    raw = str(raw)[:5000]
    try:
        return " ".join(str(make_header(decode_header(raw))).split())
    except Exception:
        return " ".join(raw.split())


def _payload_text(part: Message) -> str:
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return ""
    return _decode(payload, part.get_content_charset())


def _html_text(html: str) -> tuple[str, list[str]]:
    """The readable text of an HTML body and the addresses its links point to."""
    from html.parser import HTMLParser

    class Reader(HTMLParser):
        def __init__(self) -> None:
            super().__init__(convert_charrefs=True)
            self.parts: list[str] = []
            self.links: list[str] = []
            self.hidden = 0

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            if tag in {"script", "style", "head", "title"}:
                self.hidden += 1
            elif tag == "a":
                self.links += [v for k, v in attrs if k == "href" and v][:1]
            elif tag in {"br", "p", "div", "tr", "li", "table"}:
                self.parts.append("\n")

        def handle_endtag(self, tag: str) -> None:
            if tag in {"script", "style", "head", "title"}:
                self.hidden = max(0, self.hidden - 1)
            elif tag in {"p", "div", "tr", "li", "table"} or tag[:1] == "h":
                self.parts.append("\n")

        def handle_data(self, data: str) -> None:
            if not self.hidden:
                self.parts.append(data)

    reader = Reader()
    reader.feed(html[:MAX_SCAN])
    reader.close()
    return "".join(reader.parts), reader.links[:200]


def _read_email(data: bytes, ctx: _Ctx) -> tuple[_Found, str]:
    _check_mime_depth(data, ctx)
    import email
    from email import policy
    from email.message import Message as EmailMessage
    from email.utils import getaddresses, parsedate_to_datetime

    name = ctx.name
    msg = email.message_from_bytes(data, policy=policy.compat32)
    if not any(msg.get(h) for h in ("From", "To", "Subject", "Date", "Content-Type")):
        raise InvalidInput(f"{name}: not an email (no From, To, Subject or Date header)")
    calendars: list[str] = []
    texts: list[str] = []
    htmls: list[str] = []
    queue: list[Message] = [msg]
    seen = 0
    while queue and seen < 1_000:
        part = queue.pop(0)
        seen += 1
        if part.is_multipart():
            payload = part.get_payload()
            if isinstance(payload, list):
                queue[0:0] = [p for p in payload if isinstance(p, EmailMessage)]
            continue
        ctype = part.get_content_type()
        try:
            filename = (part.get_filename() or "").lower()
        except Exception:
            filename = ""
        if ctype in {"text/calendar", "application/ics", "text/x-vcalendar"} or filename.endswith(
            (".ics", ".vcs")
        ):
            calendars.append(_payload_text(part))
        elif ctype == "text/plain" and "attachment" not in str(part.get("Content-Disposition", "")):
            texts.append(_payload_text(part))
        elif ctype == "text/html":
            htmls.append(_payload_text(part))
    subject = _header(msg, "Subject")
    try:
        senders = getaddresses([_header(msg, "From")])
    except Exception:  # a From header too odd to read (deeply nested comments...): no sender
        senders = []
    html_text, html_links = _html_text("\n".join(htmls)) if htmls else ("", [])
    body = "\n".join(texts) if any(t.strip() for t in texts) else html_text
    links = " ".join(html_links)
    sent: date | None = None
    try:
        raw_date = msg.get("Date")
        sent = parsedate_to_datetime(str(raw_date)).date() if raw_date else None
    except Exception:  # an unreadable Date header: the reference year is today's
        sent = None

    calendar = next((c for c in calendars if "BEGIN:VCALENDAR" in c.upper()), None)
    if calendar is not None:
        found = _read_calendar(calendar.lstrip("\ufeff \r\n\t"), ctx)
        body = found.description + "\n" + body
        kind = "eml+ics"
        found.notes.insert(0, "read the calendar invitation inside the email")
    else:
        found = _Found()
        kind = "eml"
        found.title = _clip(_strip_prefixes(subject, ctx.vocab), MAX_TITLE) or None
        found.notes.append("no calendar in the email: read the date and details from its text")
        _read_when(found, subject + "\n" + body, sent, ctx)
    found.channel = Channel.EMAIL
    for sender_name, sender_email in senders[:1]:
        address = _address(sender_email)
        person_name = _clean_name(sender_name, address)
        if (
            _is_user(address, person_name, ctx)
            or _is_machine(address, ctx.vocab)
            or _in_domains(_domain(address), ctx.vocab.service_domains)
        ):
            continue
        if address:
            _domain_hint(found, address, ctx)
        if found.coordinator is None and (address or person_name):
            known = {p.email for p in found.interviewers if p.email}
            if address not in known:
                found.coordinator = Person(
                    name=person_name or (address or ""),
                    email=address,
                    role=PersonRole.COORDINATOR,
                )
    _coordinator_in_text(found, body, ctx)
    if kind == "eml":
        _people_in_text(found, body, ctx)
    if found.format is None:
        title = _strip_prefixes(subject, ctx.vocab)
        _decide_format(found, "", title, [], body + "\n" + links, ctx.vocab)
    _read_company_role(found, body, ctx, subject)
    return found, kind


_NAME = r"[A-Z][a-zà-ÿ'’-]+(?:\s+[A-Z][a-zà-ÿ'’-]+){1,2}"
_MEET_WITH = re.compile(
    rf"\b(?:meet|meeting|speak|speaking|talk|talking|chat|chatting|interview(?:ed|ing)?)\s+with\s+"
    rf"(?P<names>{_NAME}(?:\s*(?:,|\band\b|&)\s*{_NAME}){{0,5}})"
)


def _people_in_text(found: _Found, body: str, ctx: _Ctx) -> None:
    """Interviewers named in a plain invitation ("you will meet with Jane Doe and Sam Lee")."""
    known = {p.name.lower() for p in found.interviewers}
    if found.coordinator:
        known.add(found.coordinator.name.lower())
    for match in _MEET_WITH.finditer(body[:MAX_SCAN]):
        for name in re.split(r"\s*(?:,|\band\b|&)\s*", match.group("names")):
            name = " ".join(name.split())
            if (
                not name
                or name.lower() in known
                or name.lower() in ctx.user_names
                or ctx.vocab.role_words.search(name)
                or ctx.vocab.video_words.search(name)
                or _COMPANY_SUFFIX.search(name)
                or len(found.interviewers) >= MAX_PEOPLE
            ):
                continue
            known.add(name.lower())
            found.interviewers.append(Person(name=name))


# --------------------------------------------------------------------------- dates in text


_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = (
    r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?\.?,?\s+)?"
_DATE_RES = (
    re.compile(
        rf"(?i)\b{_WEEKDAY}{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>\d{{4}})\b)?"
    ),
    re.compile(
        rf"(?i)\b{_WEEKDAY}(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+of)?\s+{_MONTH}\b,?"
        rf"(?:\s+(?P<year>\d{{4}})\b)?"
    ),
    re.compile(r"\b(?P<year>\d{4})-(?P<mon>\d{2})-(?P<day>\d{2})\b"),
    re.compile(r"\b(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<year>\d{4})\b"),
)
_TIME_RE = re.compile(
    r"(?i)(?<![\d:])(?:at\s+|@\s*|from\s+)?(?:(?P<h12>1[0-2]|0?[1-9])(?::(?P<m12>[0-5]\d))?\s*"
    r"(?P<ampm>a\.?m\.?|p\.?m\.?)(?![a-z])|(?P<h24>[01]?\d|2[0-3])[:h](?P<m24>[0-5]\d)(?!\d))"
)


def _read_when(found: _Found, text: str, sent: date | None, ctx: _Ctx) -> None:
    text = text[:MAX_SCAN]
    reference = sent or ctx.today or date.today()
    # The first date with a time next to it, else the first date.
    best: tuple[tuple[int, int], date, int] | None = None
    for pattern in _DATE_RES:
        for seen, match in enumerate(pattern.finditer(text[:MAX_DATE_SCAN])):
            if seen >= 500 or (best is not None and (0, match.start()) > best[0]):
                break
            day = _date_of(match, reference)
            if day is None:
                continue
            near = _TIME_RE.search(text[match.end() : match.end() + 60])
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
    window = text[end : end + 60]
    clock = _TIME_RE.search(window)
    if clock is None:
        before = text[max(0, end - 120) : end]
        clock = None
        for m in _TIME_RE.finditer(before):
            clock = m
        window = before
    if clock is None:
        return
    if clock.group("ampm"):
        hour = int(clock.group("h12")) % 12 + (12 if clock.group("ampm")[0].lower() == "p" else 0)
        minute = int(clock.group("m12") or 0)
    else:
        hour, minute = int(clock.group("h24")), int(clock.group("m24"))
    found.clock = time(hour, minute)
    after = window[clock.end() : clock.end() + 60]
    after = re.sub(
        r"^(?i:\s*(?:-|–|—|to|until)\s*(?:\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)?|\d{1,2}:\d{2}))",
        "",
        after,
    )
    found.tz = _zone_in_text(after[:50], ctx)
    found.zone_direct = found.tz is not None and found.tz in after[:50]


def _date_of(match: re.Match[str], reference: date) -> date | None:
    groups = match.groupdict()
    try:
        if groups.get("a") is not None:
            a, b = int(groups["a"]), int(groups["b"])
            month, day = (a, b) if a <= 12 else (b, a)
            year = int(groups["year"])
        else:
            mon = groups["mon"]
            month = int(mon) if mon.isdigit() else _MONTHS[mon[:3].lower()]
            day = int(groups["day"])
            year = int(groups["year"]) if groups.get("year") else 0
        if not year:
            year = reference.year
            guess = date(year, month, day)
            if guess < reference - timedelta(days=60):
                year += 1
        return date(year, month, day)
    except (ValueError, KeyError):
        return None


def _zone_in_text(text: str, ctx: _Ctx) -> str | None:
    match = ctx.vocab.tz_re.search(text)
    if not match:
        return None
    if match.group("iana") and _valid_zone(match.group("iana")):
        return match.group("iana")
    if match.group("offset"):
        sign_hours = re.search(r"([+\-−])\s*(\d{1,2})(?::?(\d{2}))?", match.group("offset"))
        if sign_hours and not (sign_hours.group(3) or "00").strip("0"):
            hours = int(sign_hours.group(2))
            if hours == 0:
                return "Etc/UTC"
            # Etc/GMT names have the sign the other way round: UTC+1 is Etc/GMT-1.
            sign = "-" if sign_hours.group(1) == "+" else "+"
            zone = f"Etc/GMT{sign}{hours}"
            return zone if _valid_zone(zone) else None
        return None
    groups = match.groupdict()
    if groups.get("abbr"):
        return ctx.vocab.tz_upper.get(groups["abbr"])
    if groups.get("phrase"):
        return ctx.vocab.tz_phrases.get(" ".join(groups["phrase"].lower().split()))
    return None
