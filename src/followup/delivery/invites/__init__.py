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
from collections.abc import Iterable
from datetime import date
from pathlib import Path

from followup.core.errors import FollowupError, InvalidInput
from followup.core.models import Format, Interview
from followup.delivery.files import read_limited
from followup.delivery.invites.calendar import _read_calendar
from followup.delivery.invites.common import (
    FIELDS,
    MAX_NAME,
    ImportedInvite,
    Limits,
    _check_size,
    _clip,
    _Ctx,
    _decode,
    _decode_calendar,
    _Found,
    _short,
    _too_big,
    _vocab,
)
from followup.delivery.invites.company import _read_company_role
from followup.delivery.invites.coordinator_text import is_team
from followup.delivery.invites.mail import _read_email
from followup.delivery.invites.meeting_format import _has_address
from followup.delivery.invites.name_lists import _same_person, without_longer_twins
from followup.delivery.invites.people import _leave_out_likely_user, without_address
from followup.delivery.invites.people_text import _people_in_text
from followup.delivery.invites.roles import without_enclosing_brackets
from followup.delivery.invites.zones.start import settle_start
from followup.delivery.invites.zones.tables import _zone_countries, canonical_zone

__all__ = ["FIELDS", "ImportedInvite", "Limits", "parse_invite", "read_invite"]


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
        text = _decode_calendar(data).lstrip("\ufeff \t\r\n")
        if text[:15].upper() != "BEGIN:VCALENDAR":  # a bare VEVENT: give it its calendar
            text = f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n{text.rstrip()}\r\nEND:VCALENDAR\r\n"
        found = _read_calendar(text, ctx)
        settle_start(found, ctx, "\n".join([found.title or "", found.description]))
        _people_in_text(found, "\n\n".join([found.description, found.loop_lines]), ctx)
        _read_company_role(found, found.description, ctx)
        kind = "ics"
    elif _looks_like_email(start):
        found, kind = _read_email(data, ctx)
    else:
        raise InvalidInput(
            f"{name}: not a calendar invite (.ics, starting BEGIN:VCALENDAR) or an email (.eml)"
        )
    return _finish(found, kind, ctx)


def _coordinator_off_the_panel(found: _Found, ctx: _Ctx) -> None:
    """A loop's coordinator is no panel member when the invite calls them by a coordinator's
    or a recruiter's title ("Interview Coordinator: Priya Nair" over a loop whose every event
    she attends): the interviewer who is the same person (by address, else by name) is left out.
    A loop's part organized by one of the panel, who attends it, keeps them on the panel."""
    who = found.coordinator
    if who is None:
        return
    for organizer in found.panel_organizers:  # a loop's part one of the panel organized
        if organizer.email == who.email or _same_person(organizer.name, who.name):
            continue
        named = [p for p in found.interviewers if _same_person(p.name, organizer.name)]
        if any(p.email == organizer.email for p in found.interviewers):
            continue
        if named:  # the text's "10:00 Jonas Weber, Head of Controlling": their address
            named[0].email = named[0].email or organizer.email
            continue
        found.interviewers.append(organizer)
        found.notes.append(f"{organizer.name} organized and attends a part of the loop")
    titles = ctx.vocab.coordinator_titles
    kept = []
    for person in found.interviewers:
        same = (who.email is not None and person.email == who.email) or _same_person(
            person.name, who.name
        )
        if (
            same
            and found.loop_size > 1
            and titles.search(f"{who.title or ''} {person.title or ''}")
        ):
            found.notes.append(
                f"{person.name} arranges the interview: the coordinator, no interviewer"
            )
            continue
        kept.append(person)
    found.interviewers = kept


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
    _leave_out_likely_user(found, ctx)
    text_named = found.named_coordinator
    if text_named is not None and (
        found.coordinator is None or is_team(found.coordinator, ctx.vocab)
    ):  # "Desmond Achterberg, our recruiting coordinator", of a loop a team's box sent
        found.coordinator = text_named
        found.interviewers = [p for p in found.interviewers if p.name != text_named.name]
        found.notes.append(f"coordinator {text_named.name} named in the invite's text")
    _coordinator_off_the_panel(found, ctx)
    found.interviewers = without_longer_twins(found.interviewers)
    if found.day is None:  # pragma: no cover - every reader refuses before this
        raise InvalidInput(f"{ctx.name}: no interview date found")
    missing = []
    if not found.company:
        missing.append("company")
    if found.role:  # whichever reader gave it: brackets around all of it are none of it
        found.role = without_enclosing_brackets(found.role) or None
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
    for person in people:  # "Sir Paolo Reyes", "Rajesh Sharma-ji", "山田太郎様": the name only
        person.name = without_address(person.name, ctx.vocab)
    note_lines = []
    if found.title:
        note_lines.append(f"Invite: {found.title}")
    if found.location:
        note_lines.append(f"Where: {_clip(found.location, 300)}")
    if found.link and found.link not in (found.location or ""):
        note_lines.append(f"Link: {_clip(found.link, 500)}")
    if found.tz and canonical_zone(found.tz) != found.tz:  # "America/Montreal", a link
        named, found.tz = found.tz, canonical_zone(found.tz)
        found.notes.append(f"time zone {found.tz}: the tz database's name for {named}")
    country = found.country
    if country is None and found.tz and found.zone_direct:
        country = _zone_countries().get(found.tz)
    if country and not any(n.startswith(f"country {country}") for n in found.notes):
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
        # the company's postal address, when the location is one (as given, lines kept)
        address=found.location if found.location and _has_address(found.location) else None,
        # the state the address is in, for its holidays, when it is in the interview's country
        subdiv=found.subdiv[1] if found.subdiv and found.subdiv[0] == country else None,
    )
    return ImportedInvite(
        interview,
        missing,
        found.notes,
        kind,
        found.title,
        country,
        found.country_guessed,
        found.uid,
        found.sequence,
        found.cancelled,
        tuple(u for u in found.other_uids if u != found.uid),
    )
