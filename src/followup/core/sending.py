"""Rules of sending (pure): the etiquette guard, the outbox states and the retry schedule.

The window comes from the plan (SPEC §3); a message sent or scheduled outside it needs the
user's explicit `--force`, and the reason says why.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from followup.core.plan import Plan, fmt_day

SCHEDULED = "scheduled"
SENDING = "sending"
SENT = "sent"
FAILED = "failed"
CANCELLED = "cancelled"
UNKNOWN = "unknown"
STATES = (SCHEDULED, SENDING, SENT, FAILED, CANCELLED, UNKNOWN)
FINAL_STATES = (SENT, FAILED, CANCELLED, UNKNOWN)

UNKNOWN_ADVICE = (
    "the server may have accepted it before the connection was lost; look in your Sent "
    "folder (or ask the recipient) before sending it again"
)


def window_problem(plan: Plan, day: date, deadline: date | None) -> str | None:
    """Why sending on `day` (the recipient's date) breaks the plan's window, or None.

    Checked in this order: no window at all, the interview day, before `earliest`, on or
    after the employer's deadline, after `latest`.
    """
    interviewed = plan.interviewed
    if plan.window is None:
        return "the plan has no window for a follow-up (see 'followup plan ID')"
    window = plan.window
    if interviewed is not None and day == interviewed and window.earliest > day:
        return f"{fmt_day(day)} is the interview day; the window opens {fmt_day(window.earliest)}"
    if day < window.earliest:
        return f"{fmt_day(day)} is before the window opens ({fmt_day(window.earliest)})"
    if deadline is not None and day >= deadline:
        return f"{fmt_day(day)} is on or after the employer's decision date ({fmt_day(deadline)})"
    if day > window.latest:
        return f"{fmt_day(day)} is after the window closed ({fmt_day(window.latest)})"
    return None


def window_close(plan: Plan) -> datetime | None:
    """The instant the window closes (midnight after `latest`, recipient time); None when
    there is no window."""
    if plan.window is None:
        return None
    zone = ZoneInfo(plan.tz)
    return datetime.combine(plan.window.latest + timedelta(days=1), time(0, 0), tzinfo=zone)


def retry_delay(attempt: int, gaps: Sequence[int]) -> int:
    """Seconds to wait before try number `attempt + 1` (the last gap repeats)."""
    if not gaps:
        return 0
    return int(gaps[min(max(attempt, 1), len(gaps)) - 1])


@dataclass(frozen=True)
class Outcome:
    """What one hand-over to the server came to.

    `state` is `sent`, `failed`, `unknown`, or `scheduled` (a transient failure before the
    hand-over: try again later); `detail` is the server's own words or the error.
    """

    state: str
    detail: str = ""
    reachable: bool = True  # False: the server could not be reached at all (stop for now)


@dataclass
class OutboxMessage:
    """A message in the outbox. Instants are naive UTC; `hold` says why a scheduled message
    waits for the user instead of going out when due."""

    id: int
    round_id: int
    state: str
    due_at: datetime
    tz: str
    message_id: str
    sender: str
    recipient: str
    to_name: str | None = None
    subject: str | None = None
    hold: str | None = None
    not_after: datetime | None = None
    follows_plan: bool = False
    forced: bool = False
    attempts: int = 0
    next_try_at: datetime | None = None
    claimed_by: str | None = None
    claimed_at: datetime | None = None
    handed_at: datetime | None = None
    sent_at: datetime | None = None
    detail: str | None = None
    filed: str | None = None
    draft_id: int | None = None
    raw: bytes | None = None
    kind: str = "email"  # email, or check-in

    def to_dict(self) -> dict[str, object]:
        def iso(value: datetime | None) -> str | None:
            return value.isoformat() + "Z" if value is not None else None

        return {
            "id": self.id,
            "round_id": self.round_id,
            "kind": self.kind,
            "state": self.state,
            "held": self.hold,
            "due_at": iso(self.due_at),
            "not_after": iso(self.not_after),
            "tz": self.tz,
            "to": {"name": self.to_name, "email": self.recipient},
            "from": self.sender,
            "subject": self.subject,
            "message_id": self.message_id,
            "attempts": self.attempts,
            "next_try_at": iso(self.next_try_at),
            "sent_at": iso(self.sent_at),
            "detail": self.detail,
            "filed": self.filed,
            "forced": self.forced,
            "draft_id": self.draft_id,
        }


@dataclass
class ReplyRecord:
    """A message from the employer (or one recorded by hand) tied to a round."""

    id: int
    round_id: int
    kind: str  # reply, auto, bounce, manual
    matched_by: str  # thread, sender, domain, hand
    sender: str | None = None
    subject: str | None = None
    received_at: datetime | None = None
    message_id: str | None = None
    outcome: str | None = None
    note: str | None = None
    outbox_id: int | None = None

    def to_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "round_id": self.round_id,
            "kind": self.kind,
            "matched_by": self.matched_by,
            "from": self.sender,
            "subject": self.subject,
            "received_at": self.received_at.isoformat() + "Z" if self.received_at else None,
            "message_id": self.message_id,
            "outcome": self.outcome,
            "note": self.note,
            "outbox_id": self.outbox_id,
        }
