"""Invites as Google Calendar, Outlook/Exchange and mail senders write them, for the invite
readers' tests: the candidate Rowan Adeyemi is an attendee of each."""

from __future__ import annotations

from followup.delivery.invites import ImportedInvite, parse_invite

USER = "rowan.adeyemi@example.net"
ME = (
    "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;"
    f"CN=Rowan Adeyemi;X-NUM-GUESTS=0:mailto:{USER}\r\n"
)


def esc(text: str) -> str:
    """A description as a calendar file writes it (RFC 5545 escapes)."""
    return text.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")


def guest(name: str, email: str, status: str = "ACCEPTED") -> str:
    """An ATTENDEE line as Google Calendar writes it."""
    return (
        f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={status};RSVP=TRUE;"
        f"CN={name};X-NUM-GUESTS=0:mailto:{email}\r\n"
    )


def google(
    organizer: str,
    summary: str,
    description: str,
    guests: str = "",
    start: str = "DTSTART:20270114T150000Z",
) -> str:
    """A Google Calendar invite (METHOD:REQUEST): the organizer is a guest of their own."""
    return (
        "BEGIN:VCALENDAR\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\n"
        "VERSION:2.0\r\nCALSCALE:GREGORIAN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
        f"{start}\r\nDTEND:20270114T154500Z\r\nDTSTAMP:20261210T101500Z\r\n"
        f"ORGANIZER;{organizer}\r\nUID:4k2j9s8d7f6g5h4j3k2l1@google.com\r\n"
        f"{guests}{ME}"
        "CREATED:20261210T101459Z\r\n"
        f"DESCRIPTION:{esc(description)}\\n\\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~"
        ":~:~:~:~:~:~:~:~::~:~::-\\nJoin with Google Meet: https://meet.google.com/qwe-rtyu-iop"
        "\\n\\nLearn more about Meet at: https://support.google.com/a/users/answer/9282720\\n\\n"
        "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\r\n"
        "LAST-MODIFIED:20261210T101500Z\r\nLOCATION:\r\nSEQUENCE:0\r\nSTATUS:CONFIRMED\r\n"
        f"SUMMARY:{summary}\r\nTRANSP:OPAQUE\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )


def outlook(organizer: str, summary: str, description: str, attendees: str = "") -> str:
    """An Outlook/Exchange invite: the organizer is no attendee of their own."""
    return (
        "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nPRODID:Microsoft Exchange Server 2010\r\n"
        "VERSION:2.0\r\nBEGIN:VTIMEZONE\r\nTZID:W. Europe Standard Time\r\nBEGIN:STANDARD\r\n"
        "DTSTART:16010101T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\n"
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10\r\nEND:STANDARD\r\n"
        "BEGIN:DAYLIGHT\r\nDTSTART:16010101T020000\r\nTZOFFSETFROM:+0100\r\n"
        "TZOFFSETTO:+0200\r\nRRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3\r\n"
        "END:DAYLIGHT\r\nEND:VTIMEZONE\r\nBEGIN:VEVENT\r\n"
        f"ORGANIZER;{organizer}\r\n{attendees}"
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Rowan Adeyemi:"
        f"mailto:{USER}\r\n"
        f"DESCRIPTION;LANGUAGE=de-DE:{esc(description)}\r\n"
        f"UID:040000008200E00074C5B7101A82E00800000000D0F7C2A1{len(summary):04d}\r\n"
        f"SUMMARY;LANGUAGE=de-DE:{summary}\r\n"
        "DTSTART;TZID=W. Europe Standard Time:20270119T100000\r\n"
        "DTEND;TZID=W. Europe Standard Time:20270119T110000\r\nCLASS:PUBLIC\r\n"
        "PRIORITY:5\r\nDTSTAMP:20261215T083000Z\r\nTRANSP:OPAQUE\r\nSTATUS:CONFIRMED\r\n"
        "SEQUENCE:0\r\nLOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung\r\n"
        "X-MICROSOFT-CDO-BUSYSTATUS:BUSY\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )


def mail(
    sender: str,
    subject: str,
    text: str,
    cal: str = "",
    headers: str = "",
    *,
    subtype: str = "plain",
) -> bytes:
    """A tracking system's or a person's mail: its text (text/plain, or text/html with
    subtype="html"), and the invite attached."""
    parts = [f"Content-Type: text/{subtype}; charset=utf-8\r\n\r\n{text}\r\n"]
    if cal:
        parts.append(
            "Content-Type: text/calendar; charset=utf-8; method=REQUEST\r\n"
            f'Content-Disposition: attachment; filename="invite.ics"\r\n\r\n{cal}'
        )
    body = "".join(f"--B0UND\r\n{p}" for p in parts) + "--B0UND--\r\n"
    return (
        f"From: {sender}\r\nTo: Rowan Adeyemi <{USER}>\r\nSubject: {subject}\r\n{headers}"
        "Date: Thu, 10 Dec 2026 10:15:00 +0000\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/mixed; boundary="B0UND"\r\n\r\n' + body
    ).encode()


def read(data: str | bytes, name: str = "invite.ics") -> ImportedInvite:
    raw = data.encode() if isinstance(data, str) else data
    return parse_invite(raw, name, default_tz="UTC", user_emails=[USER])


def interviewers(invite: ImportedInvite) -> dict[str, str | None]:
    return {p.name: p.title for p in invite.interview.people if p.role.value == "interviewer"}


def coordinator(invite: ImportedInvite) -> str | None:
    return next((p.name for p in invite.interview.people if p.role.value == "coordinator"), None)
