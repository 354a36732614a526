"""Mail (.eml, RFC 5322/2045): MIME walked without recursion, headers decoded, calendar parts
handed to the calendar reader, HTML bodies read as text."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from followup.core.errors import InvalidInput
from followup.core.models import Channel, Person, PersonRole

if TYPE_CHECKING:
    from email.message import Message
from followup.delivery.invites.calendar import _read_calendar
from followup.delivery.invites.common import (
    MAX_REPEATS,
    MAX_TEXT,
    MAX_TITLE,
    _clip,
    _Ctx,
    _decode,
    _decode_calendar,
    _Found,
    readable_text,
)
from followup.delivery.invites.company import _read_company_role
from followup.delivery.invites.company_names import remember_name
from followup.delivery.invites.company_text import names_its_own_domain, sender_company
from followup.delivery.invites.coordinator_text import _coordinator_in_text, is_team
from followup.delivery.invites.html_text import html_text
from followup.delivery.invites.meeting_format import _decide_format
from followup.delivery.invites.name_lists import _same_person
from followup.delivery.invites.people import (
    _address,
    _clean_name,
    _domain,
    _domain_hint,
    _in_domains,
    _is_machine,
    _is_user,
    _team_box,
    directory_name,
)
from followup.delivery.invites.people_text import _people_in_text
from followup.delivery.invites.subject import _strip_prefixes
from followup.delivery.invites.when import _read_when
from followup.delivery.invites.zones.in_text import address_subdiv, zone_from_country
from followup.delivery.invites.zones.start import settle_start

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
    """A header's text: RFC 2047 encoded words decoded, and raw 8-bit bytes (Windows-1252 as
    older Outlook writes them) read in their charset rather than left as escapes."""
    from email.header import Header, decode_header, make_header

    value = msg.get(key)
    if value is None:
        return ""
    if isinstance(value, Header):  # raw 8-bit bytes in the header: read in their charset
        try:
            chunks = decode_header(value)
            value = "".join(
                _decode(b[:5000], None if c in (None, "unknown-8bit") else c)
                if isinstance(b, bytes)
                else b
                for b, c in chunks
            )
        except Exception:
            value = str(value)
    raw = str(value)[:5000]
    if any("\udc80" <= c <= "\udcff" for c in raw):
        raw = _decode(raw.encode("ascii", "surrogateescape"))
    try:
        return " ".join(str(make_header(decode_header(raw))).split())
    except Exception:
        return " ".join(raw.split())


def _payload_text(part: Message, calendar: bool = False) -> str:
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return ""
    charset = part.get_content_charset()
    return _decode_calendar(payload, charset) if calendar else _decode(payload, charset)


def _mail_people(msg: Message, key: str) -> list[tuple[str, str | None]]:
    """(name, address) of each mailbox in an address header."""
    from email.utils import getaddresses

    try:
        pairs = getaddresses([_header(msg, key)])
    except Exception:  # a header too odd to read (deeply nested comments...): nobody
        return []
    return [(name, _address(email)) for name, email in pairs[:20]]


def _is_person_box(address: str | None, name: str, ctx: _Ctx) -> bool:
    """A mailbox a person reads (not no-reply, not a scheduling service, not a team box)."""
    if address is None:
        return bool(name)
    # "Doe, Jane (HR)": a person of the directory, whatever team its tag names
    name = directory_name(name, address) or name
    local = address.split("@", 1)[0].lower()
    label = (_domain(address) or "").split(".")[0].replace("-", "")
    return not (
        _is_machine(address, ctx.vocab)
        or _in_domains(_domain(address), ctx.vocab.service_domains)
        or (_team_box(address, ctx.vocab) and (not name or ctx.vocab.sender_noise.search(name)))
        # "Frutas del Valle <empleo@frutasdelvalle.cl>": a team's box under the company's name
        or (local in ctx.vocab.team_mailboxes and re.sub(r"[\W_]", "", name.lower()) == label)
        or (bool(name) and not ctx.vocab.sender_noise.sub("", name).strip(" -|,."))
        or bool(ctx.vocab.departments.search(name))
    )  # "Careers <careers@…>", "Recursos Humanos <rrhh@…>": a team's name, nobody's


def _team_sender(address: str | None, name: str, ctx: _Ctx) -> bool:
    """A team's mailbox or a department's name ("Stone & Reed Partners <careers@…>",
    "Personalabteilung Hellweg <bewerbung@…>"): when a person's Reply-To comes with it, the
    person is whom the replies reach."""
    local = (address or "").split("@", 1)[0].lower()
    return local in ctx.vocab.team_mailboxes or bool(ctx.vocab.departments.search(name))


# a scheduler's booking names who booked it: the user ("Invitee:\nRowan Adeyemi", "Invitee
# Email: rowan@…", Microsoft Bookings' "Customer name: …", "Booked by: …")
_INVITEE = re.compile(
    r"(?im)^[ \t]*(?:invitee[ \t]+e-?mail|customer[ \t]+e-?mail|invitee(?:[ \t]+name)?|"
    r"customer[ \t]+name|booked[ \t]+by)(?:[ \t]*:[ \t]*(?:\n[ \t]*)?|[ \t]*\n[ \t]*)"
    r"(?P<value>[^\n]{2,80}?)[ \t]*$"
)


def _with_invitee(ctx: _Ctx, body: str) -> _Ctx:
    """`ctx` with the name and address a scheduler's booking gives its invitee: the user, who
    is never an interviewer nor the company."""
    names, emails = set(ctx.user_names), set(ctx.user_emails)
    for seen, match in enumerate(_INVITEE.finditer(body[:MAX_TEXT])):
        if seen >= 4:
            break
        value = " ".join(match.group("value").split()).strip(" <>")
        if "@" in value:
            emails.add(value.lower().removeprefix("mailto:"))
        elif len(value.split()) >= 2 and not re.search(r"\d", value):
            names.add(value.lower())
    if names == ctx.user_names and emails == ctx.user_emails:
        return ctx
    return replace(ctx, user_names=frozenset(names), user_emails=frozenset(emails))


def _read_email(data: bytes, ctx: _Ctx) -> tuple[_Found, str]:
    _check_mime_depth(data, ctx)
    import email
    from email import policy
    from email.message import Message as EmailMessage
    from email.utils import parsedate_to_datetime

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
            calendars.append(_payload_text(part, calendar=True))
        elif ctype == "text/plain" and "attachment" not in str(part.get("Content-Disposition", "")):
            texts.append(_payload_text(part))
        elif ctype == "text/html":
            htmls.append(_payload_text(part))
    subject = _header(msg, "Subject")
    header_names: set[tuple[str, ...]] = set()  # people in the headers: never the company
    senders = _mail_people(msg, "From")
    reply_to = _mail_people(msg, "Reply-To")
    answered = "Reply-To"
    if not any(a and _is_person_box(a, n, ctx) for n, a in reply_to):
        # a team's mail sent by a person on its behalf ("From: Recursos Humanos <rh@…>",
        # "Sender: Joana Teixeira <joana.teixeira@…>"): replies reach that person
        sender = _mail_people(msg, "Sender")
        if sender and sender[0][1] and _is_person_box(sender[0][1], sender[0][0], ctx):
            reply_to, answered = sender[:1], "Sender"
    replier = next(
        (
            a
            for n, a in reply_to[:1]
            if a and _is_person_box(a, n, ctx) and a not in {s for _, s in senders}
        ),
        None,
    )
    team = [
        (n, a)
        for n, a in senders[:1]
        if not _is_person_box(a, n, ctx) or (replier and _team_sender(a, n, ctx))
    ]
    for key in ("From", "To", "Cc", "Reply-To"):
        for person_name, address in _mail_people(msg, key):
            if key == "From" and (person_name, address) in team:
                continue  # a team's or a company's name, nobody's
            if address is None or _is_person_box(address, person_name, ctx):
                remember_name(header_names, _clean_name(person_name, address), address, ctx.vocab)
    if not ctx.user_emails:  # without the profile's address, the mail's recipient is the user
        to = [(n, a) for n, a in _mail_people(msg, "To") if a]
        if len({a for _, a in to}) == 1:
            # and the recipient's display name is the user's ("Attendees: Priya Bhatt (Candidate)")
            names = {" ".join(_clean_name(n, None).split()).lower() for n, _ in to if n}
            ctx = replace(
                ctx,
                user_emails=frozenset(a for _, a in to),
                user_names=ctx.user_names | frozenset(n for n in names if len(n.split()) >= 2),
            )
    html_body, html_links = html_text("\n".join(htmls)) if htmls else ("", [])
    body, shortened = readable_text(
        "\n".join(texts) if any(t.strip() for t in texts) else html_body
    )
    ctx = _with_invitee(ctx, body)
    links = " ".join(html_links)
    sent: date | None = None
    try:
        raw_date = msg.get("Date")
        sent = parsedate_to_datetime(str(raw_date)).date() if raw_date else None
    except Exception:  # an unreadable Date header: the reference year is today's
        sent = None

    parts = [c.lstrip("\ufeff \r\n\t") for c in calendars if "BEGIN:VCALENDAR" in c.upper()]
    if parts:
        found = _read_calendar(parts, ctx)
        body = found.description + "\n\n" + body  # two texts: no sentence runs over
        kind = "eml+ics"
        found.notes.insert(
            0,
            "read the calendar invitation inside the email"
            if len(parts) == 1
            else f"read the {len(parts)} calendar invitations inside the email",
        )
    else:
        found = _Found()
        kind = "eml"
        found.title = _clip(_strip_prefixes(subject, ctx.vocab), MAX_TITLE) or None
        found.notes.append("no calendar in the email: read the date and details from its text")
        _read_when(found, subject + "\n" + body, sent, ctx)
    if shortened:
        found.notes.append(
            f"read the first {MAX_TEXT:,} characters of the email's text, each line at most "
            f"{MAX_REPEATS} times"
        )
    language = _header(msg, "Content-Language")
    if language:
        found.languages.append(language.split(",")[0].strip()[:20])
    found.emails += [a for _, a in senders + reply_to if a]
    found.person_names |= header_names
    settle_start(found, ctx, "\n".join([subject, found.title or "", body]))
    zone_from_country(found, ctx, "\n".join([subject, body]))
    address_subdiv(found, ctx, body)
    found.channel = Channel.EMAIL
    for sender_name, address in senders[:1]:
        person_name = _clean_name(sender_name, address)
        if _is_user(address, person_name, ctx):
            continue
        if team:
            # an applicant-tracking system sends from no-reply: whoever the replies go to
            for reply_name, reply_address in reply_to[:1]:
                if reply_address and _is_person_box(reply_address, reply_name, ctx):
                    _take_coordinator(found, reply_name, reply_address, ctx, answered)
            if address and not _is_machine(address, ctx.vocab):
                # "Personal <personal@moorfeld-bau.example>": a team's box at the employer's
                # domain (a no-reply box may be a tool's own)
                _domain_hint(found, address, ctx)
            continue
        _take_coordinator(found, sender_name, address, ctx, None)
    found.box_names += [n for n, _ in team if n]
    for sender_name, _box in team:
        if sender_name:
            people = {n.lower() for n, _ in reply_to if n} | set(ctx.user_names)
            # Apple's noreply@email.apple.com sends under the organizer's own name: a person
            people |= {p.name.lower() for p in [found.coordinator, *found.interviewers] if p}
            named = sender_company(sender_name, people, ctx.vocab)
            if named and names_its_own_domain(named, _box):
                if _in_domains(_domain(_box), ctx.vocab.service_domains):
                    continue  # "Gupy <naoresponda@gupy.io>": the tool's own name
                found.sender_says_domain = True  # no more than the domain says
            found.sender_company = named
    _own_address(found, reply_to, ctx)
    _coordinator_in_text(found, body, ctx)
    if found.coordinator is not None and found.coordinator.email is None:
        # "Marta Lobo / Recursos Humanos" signing a mail from recrutamento@…: replies go there
        for _name, box in team[:1]:
            if box and not _is_machine(box, ctx.vocab):
                found.coordinator.email = box
    _people_in_text(found, "\n\n".join([body, found.loop_lines]), ctx)
    if found.format is None:
        title = _strip_prefixes(subject, ctx.vocab)
        _decide_format(found, "", title, [], body + "\n" + links, ctx.vocab)
    _read_company_role(found, body, ctx, subject)
    return found, kind


def _own_address(found: _Found, reply_to: list[tuple[str, str | None]], ctx: _Ctx) -> None:
    """The coordinator's own address: the Reply-To's, when the Reply-To names the same person
    at another address (a relay sends under their name from an address of its own,
    "jana.peeters.x7k2@<relay>", whatever the vendor)."""
    person = found.coordinator
    for reply_name, address in reply_to[:1]:
        name = _clean_name(reply_name, address)
        if (
            person is None
            or not address
            or not name
            or person.email in (None, address)
            or not _is_person_box(address, reply_name, ctx)
            or not _same_person(person.name, name)
        ):
            return
        found.notes.append(
            f"coordinator's address {address}: the Reply-To of the email names them, not the "
            f"address the mail was sent from ({person.email})"
        )
        person.email = address


def _take_coordinator(
    found: _Found, name: str, address: str | None, ctx: _Ctx, header: str | None
) -> None:
    """The mail's sender (or, for a no-reply sender, its Reply-To) as the coordinator, when
    the calendar named none."""
    person_name = _clean_name(name, address)
    if address:
        _domain_hint(found, address, ctx)
    known = found.coordinator
    if known is not None and known.email is None and address and person_name:
        # the coordinator the text named ("Noor Haddad, Recruiting Coordinator"): their
        # address is the Reply-To's when it is the same person's
        if " ".join(known.name.lower().split()) == " ".join(person_name.lower().split()):
            known.email = address
            said = header or "From"
            found.notes.append(f"coordinator's address {address}: the {said} of the email")
        return
    if found.coordinator is not None and is_team(found.coordinator, ctx.vocab) and header:
        # a team's mailbox organized it; the Reply-To is the person who arranged it
        found.notes.append(
            f"coordinator: the {header} of the email, not the team's {found.coordinator.name}"
        )
        found.coordinator = None
    if found.coordinator is not None or not (address or person_name):
        return
    if address in {p.email for p in found.interviewers if p.email}:
        return
    found.coordinator = Person(
        name=person_name or (address or ""), email=address, role=PersonRole.COORDINATOR
    )
    if header:
        found.notes.append(f"coordinator {found.coordinator.name}: the {header} of the email")
