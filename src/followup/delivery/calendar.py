"""The follow-up calendar: an iCalendar file (RFC 5545) with one event per open follow-up
window, for Google Calendar, Outlook, Apple Calendar or Thunderbird.

Each event is an all-day event from the window's first day to its last (`DTEND` is the day
after the last, exclusive, as RFC 5545 §3.6.1 says for dates), with a display alarm on the
ideal day at the send time (an absolute UTC trigger), so the phone rings when it is time.

Re-importing updates rather than duplicates: a round's event keeps its `UID` (the round's
number and a digest of its company and role), and `SEQUENCE` grows with every export (it is
the export's minute), so the newer copy wins. Text goes through the `icalendar` library,
which escapes commas, semicolons, backslashes and newlines (RFC 5545 §3.3.11): no value can
start a property of its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from followup.core.digests import sha256
from followup.core.plan import fmt_day

PRODID = "-//followup//follow-up calendar//EN"
EPOCH = datetime(2020, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class FollowUpEvent:
    """One open follow-up: the round, what to do, to whom, and when (dates are the
    recipient's days; `send_at` is aware)."""

    round_id: int
    company: str
    role: str
    method: str  # email or phone
    recipient: str | None  # "Name <email>" or "Name, phone" as shown to the user
    earliest: date
    ideal: date
    latest: date
    send_at: datetime
    tz: str
    reasons: tuple[str, ...] = ()


def uid(event: FollowUpEvent) -> str:
    """The event's stable UID: the round's number and a digest of company and role."""
    key = f"{event.company.casefold().strip()}\n{event.role.casefold().strip()}"
    digest = sha256(key.encode("utf-8")).hexdigest()[:12]
    return f"followup-round-{event.round_id}-{digest}@followup.invalid"


def _line(text: str) -> str:
    """A one-line value (summary, alarm text): line breaks and runs of space become one."""
    return " ".join(text.split())


def _what(event: FollowUpEvent) -> str:
    """'Call Sam Ortiz (+1 617-555-0199)', 'Email Dana Ruiz <dana@…>', or the method alone."""
    verb = "Call" if event.method == "phone" else "Email"
    return f"{verb} {_line(event.recipient)}" if event.recipient else verb


def follow_up_calendar(events: list[FollowUpEvent], now: datetime) -> bytes:
    """The .ics bytes (CRLF lines, folded at 75 octets) for `events`; `now` (aware) stamps
    DTSTAMP and sets SEQUENCE."""
    from icalendar import Alarm, Calendar, Event

    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", "followup: follow-ups")
    stamp = now.astimezone(UTC).replace(microsecond=0)
    sequence = max(0, int((stamp - EPOCH).total_seconds() // 60))
    for item in sorted(events, key=lambda e: (e.earliest, e.round_id)):
        event = Event()
        event.add("uid", uid(item))
        event.add("dtstamp", stamp)
        event.add("sequence", sequence)
        event.add("summary", _line(f"Follow up: {item.company} — {item.role}"))
        event.add("dtstart", item.earliest)
        event.add("dtend", item.latest + timedelta(days=1))
        event.add("transp", "TRANSPARENT")  # a reminder, not a busy block
        event.add("categories", ["Job search"])
        at = item.send_at.strftime("%H:%M")
        lines = [
            f"{_what(item)} about the {item.role} interview at {item.company}.",
            f"Best on {fmt_day(item.ideal)} at {at} ({item.tz}); the window runs "
            f"from {fmt_day(item.earliest)} to {fmt_day(item.latest)}.",
            f"Write it with: followup draft {item.round_id}",
        ]
        if item.reasons:
            lines += ["", "Why:", *(f"- {reason}" for reason in item.reasons)]
        event.add("description", "\n".join(lines))
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", _line(f"Follow up with {item.company} now: {_what(item)}"))
        alarm.add("trigger", item.send_at.astimezone(UTC).replace(microsecond=0))
        event.add_component(alarm)
        cal.add_component(event)
    data: bytes = cal.to_ical()
    return data
