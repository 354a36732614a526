"""Domain objects shared by every layer. Plain dataclasses: no database, no I/O."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time
from enum import StrEnum


class Format(StrEnum):
    """How the interview was held."""

    VIDEO = "video"
    PHONE = "phone"
    IN_PERSON = "in-person"

    @property
    def remote(self) -> bool:
        return self is not Format.IN_PERSON


class Channel(StrEnum):
    """How communication around the interview was handled."""

    EMAIL = "email"
    PHONE = "phone"
    UNKNOWN = "unknown"


class PersonRole(StrEnum):
    COORDINATOR = "coordinator"
    INTERVIEWER = "interviewer"


@dataclass
class Person:
    """Someone met in a round, or the coordinator: name, contact details, title and role."""

    name: str
    email: str | None = None
    phone: str | None = None
    title: str | None = None
    role: PersonRole = PersonRole.INTERVIEWER
    address: str | None = None  # postal address as typed, lines kept; where it differs
    # how a note greets them where the record or their culture fixes the form ('Okada-san',
    # 'Eng. Odhiambo', 'Puan Rosnah'): set while drafting (core/greetings.py), never stored
    greeting: str | None = None
    # the name they asked to be called, as the notes write it ('Auntie Mary'): set while
    # drafting, never stored; said as written, in the greeting and in any list of names
    called: str | None = None
    # what the typed line said after them of how to write to them or through them ('send
    # any thank-you mails to me'): never stored as theirs, kept in the round's notes
    remark: str | None = None


# Action kinds that are not (yet) a follow-up: one planned ahead, and a call nobody answered.
NOT_FOLLOW_UPS = ("planned", "call-attempt")


@dataclass
class FollowUpAction:
    """One thing the candidate did (or plans to do) to follow up."""

    kind: str  # email, phone, card, video, letter, check-in; call-attempt (no answer)
    on: date
    to: str | None = None
    channel: str | None = None
    outcome: str | None = None
    note: str | None = None
    reply_received: bool = False
    id: int | None = None


@dataclass
class Interview:
    """One interview round, with everything the plan and the drafts need."""

    company: str
    role: str
    interviewed: date
    format: Format
    channel: Channel = Channel.UNKNOWN
    time: time | None = None
    tz: str | None = None
    deadline: date | None = None
    country: str = "US"
    subdiv: str | None = None
    people: list[Person] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    items: list[str] = field(default_factory=list)
    notes: str | None = None
    actions: list[FollowUpAction] = field(default_factory=list)
    id: int | None = None
    address: str | None = None  # the company's postal address, as typed, lines kept
    qualifications: list[str] = field(default_factory=list)  # this application's own

    @property
    def coordinator(self) -> Person | None:
        return next((p for p in self.people if p.role is PersonRole.COORDINATOR), None)

    @property
    def interviewers(self) -> list[Person]:
        return [p for p in self.people if p.role is PersonRole.INTERVIEWER]

    @property
    def followed_up(self) -> bool:
        return any(a.kind not in NOT_FOLLOW_UPS for a in self.actions)


@dataclass
class Profile:
    """The candidate, stored once and reused in every draft."""

    name: str = ""
    email: str | None = None
    phone: str | None = None
    qualifications: list[str] = field(default_factory=list)
    address: str | None = None  # postal address as typed, lines kept


@dataclass(frozen=True)
class PlanRequest:
    """The facts a plan is computed from (a stored round or flags given by hand)."""

    interviewed: date
    format: Format
    channel: Channel = Channel.UNKNOWN
    deadline: date | None = None
    country: str = "US"
    subdiv: str | None = None
    tz: str = "UTC"
    items: tuple[str, ...] = ()
    interview_time: time | None = None
    has_coordinator: bool | None = None  # None: not known (nothing recorded about people)
    done: bool = False

    def at(self, day: date, clock: time) -> datetime:
        from zoneinfo import ZoneInfo

        return datetime.combine(day, clock, tzinfo=ZoneInfo(self.tz))


@dataclass
class Draft:
    """A follow-up message written for one round (by the tool or edited by the user)."""

    kind: str  # email, letter, card, phone, video
    body: str
    subject: str | None = None
    to_name: str | None = None
    to_email: str | None = None
    id: int | None = None
    round_id: int | None = None
    video_url: str | None = None  # a recorded video thank-you linked in this email
