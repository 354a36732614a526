"""How and when to follow up (SPEC §2-§3), with the reasons behind every decision.

Pure: the holiday calendar comes in as a function, today comes in as a date.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from followup.core.errors import InvalidInput
from followup.core.models import Channel, Format, Interview, Person, PlanRequest
from followup.core.policy import Policy

HolidayLookup = Callable[[date], str | None]
"""Returns the name of the public holiday on a day, or None for an ordinary day."""

NOT_BUSINESS_DAY = "not_business_day"
DEADLINE_SQUEEZE = "deadline_squeeze"
CHANNEL_UNKNOWN = "channel_unknown"
NO_COORDINATOR = "no_coordinator"


def fmt_day(day: date) -> str:
    """'Thu 26 Nov 2026' — how every reason names a day."""
    return day.strftime("%a %-d %b %Y")


@dataclass(frozen=True)
class Window:
    """The days a follow-up may go out (the recipient's days, in order) and the ideal one."""

    days: tuple[date, ...]
    ideal: date

    @property
    def earliest(self) -> date:
        return self.days[0]

    @property
    def latest(self) -> date:
        return self.days[-1]

    def to_dict(self) -> dict[str, str]:
        return {
            "earliest": self.earliest.isoformat(),
            "ideal": self.ideal.isoformat(),
            "latest": self.latest.isoformat(),
        }


@dataclass(frozen=True)
class Extra:
    """Something to send besides the follow-up (a card: when to post it; a video: the item)."""

    kind: str
    mail_from: date | None = None
    mail_by: date | None = None
    item: str | None = None

    def to_dict(self) -> dict[str, str]:
        out = {"kind": self.kind}
        if self.mail_from is not None:
            out["mail_from"] = self.mail_from.isoformat()
        if self.mail_by is not None:
            out["mail_by"] = self.mail_by.isoformat()
        if self.item is not None:
            out["item"] = self.item
        return out


@dataclass(frozen=True)
class CheckIn:
    """A check-in: the first and last day to ask about a decision that has not come."""

    earliest: date
    latest: date

    def to_dict(self) -> dict[str, str]:
        return {"earliest": self.earliest.isoformat(), "latest": self.latest.isoformat()}


@dataclass(frozen=True)
class Route:
    """Whom the round's own notes say the follow-up goes to (core/etiquette.py), in place of
    SPEC §2's recipient: the person (`to`; or the team mailbox whose address they give), how
    to reach them ('phone', 'email', 'portal', 'thread', 'post', or None when the notes do
    not say), whom to copy, and the words of the notes it was read from."""

    to: Person
    how: str | None = None
    cc: tuple[Person, ...] = ()
    said: str = ""
    # a reply in a thread already open (how 'thread'): the email as the notes name it ('her
    # teams invite email'), and its subject when they quote it; never in to_dict's shape
    thread: str | None = None
    thread_subject: str | None = None
    # `to` is a team's mailbox the notes give the address of ('email the team inbox,
    # analytics@acme.example'), no one of the round; never in to_dict's shape
    inbox: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.to.name,
            "email": self.to.email,
            "how": self.how,
            "cc": [{"name": p.name, "email": p.email} for p in self.cc],
            "said": self.said,
        }


@dataclass(frozen=True)
class Plan:
    """How, to whom and when to follow up after one round (SPEC §2), with the reasons."""

    method: str
    recipient_role: str
    window: Window | None
    send_at: datetime | None
    status: str
    warnings: tuple[str, ...]
    reasons: tuple[str, ...]
    extras: tuple[Extra, ...]
    policy: str = "seed"
    tz: str = "UTC"
    check_ins: tuple[CheckIn, ...] = field(default=())
    interviewed: date | None = None
    country: str | None = None  # the recipient's (ISO 3166-1 alpha-2), for the human view
    today: date | None = None  # the day planned on, for the human view
    route: Route | None = None  # whom the round's notes say to write to instead

    @property
    def way(self) -> str:
        """How the follow-up goes, as a person is told: 'phone' or 'email' as the round's
        notes say when they say it (a reply in a thread is an email), else `method` (SPEC
        §2's, which the JSON keeps)."""
        how = self.route.how if self.route is not None else None
        if how == "phone":
            return "phone"
        return "email" if how in ("email", "thread") else self.method

    def to_dict(self) -> dict[str, Any]:
        recipient: dict[str, Any] = {"role": self.recipient_role}
        if self.route is not None:  # a key added to SPEC §6's shape, never one changed
            recipient["as_notes_say"] = self.route.to_dict()
        out: dict[str, Any] = {
            "method": self.method,
            "recipient": recipient,
            "window": self.window.to_dict() if self.window else None,
            "send_at": self.send_at.isoformat() if self.send_at else None,
            "status": self.status,
            "warnings": list(self.warnings),
            "reasons": list(self.reasons),
            "extras": [e.to_dict() for e in self.extras],
            "policy": self.policy,
            "tz": self.tz,
            "check_ins": [c.to_dict() for c in self.check_ins],
        }
        if self.interviewed is not None:
            out["interviewed"] = self.interviewed.isoformat()
        return out


class _Calendar:
    """Business days for one recipient: Monday-Friday that are not public holidays."""

    def __init__(self, holiday: HolidayLookup, region: str) -> None:
        self.holiday = holiday
        self.region = region

    def is_business(self, day: date) -> bool:
        return day.weekday() < 5 and self.holiday(day) is None

    def why_not(self, day: date) -> str:
        name = self.holiday(day)
        if name:
            return f"{fmt_day(day)} is {name}, a public holiday in {self.region}"
        return f"{fmt_day(day)} is a weekend day"

    def add_business_days(self, start: date, n: int) -> date:
        day = start
        while n > 0:
            day += timedelta(days=1)
            if self.is_business(day):
                n -= 1
        return day

    def next_business(self, start: date) -> date:
        day = start
        while not self.is_business(day):
            day += timedelta(days=1)
        return day


BusinessCalendar = _Calendar  # the same days for other readers (the debrief's decision date)


def choose_method(fmt: Format, channel: Channel) -> tuple[str, str, list[str], str]:
    """(method, recipient role, warnings, reason) from the table in SPEC §2."""
    if fmt.remote:
        return (
            "email",
            "coordinator",
            [],
            f"The interview was by {fmt.value}, so email the recruiter or HR coordinator who "
            "arranged it; they pass it on to the hiring manager and the team.",
        )
    if channel is Channel.PHONE:
        return (
            "phone",
            "contact",
            [],
            "The interview was in person and arrangements were made by phone, so call the "
            "person who handled the calls (a voicemail script and an email are the fallback).",
        )
    if channel is Channel.EMAIL:
        return (
            "email",
            "contact",
            [],
            "The interview was in person and arrangements were made by email, so email the "
            "main contact.",
        )
    return (
        "email",
        "contact",
        [CHANNEL_UNKNOWN],
        "The interview was in person but it is not recorded whether arrangements were made by "
        "email or phone; email the main contact (call instead if they phoned you).",
    )


def _days(first: date, last: date) -> Iterable[date]:
    day = first
    while day <= last:
        yield day
        day += timedelta(days=1)


def _hard_limits(req: PlanRequest, policy: Policy, cal: _Calendar) -> tuple[date, date, list[str]]:
    d0 = req.interviewed
    first = d0 if policy.same_day else d0 + timedelta(days=1)
    reasons = []
    if not policy.same_day:
        reasons.append(f"Never on the interview day ({fmt_day(d0)}).")
    else:
        reasons.append(
            f"A thank-you on the interview day itself is fine, "
            f"{policy.same_day_delay_hours} hours after it ends."
        )
    last = d0 + timedelta(days=policy.max_days)
    limit = f"no more than {policy.max_days} days after the interview ({fmt_day(last)})"
    if policy.max_business_days:
        by_business = cal.add_business_days(d0, policy.max_business_days)
        if by_business < last:
            last = by_business
            limit = (
                f"no later than {policy.max_business_days} business day"
                f"{'s' if policy.max_business_days != 1 else ''} after the interview "
                f"({fmt_day(last)})"
            )
    reasons.append(f"At the latest: {limit}.")
    if req.deadline is not None:
        before = req.deadline - timedelta(days=1)
        reasons.append(
            f"The employer decides on {fmt_day(req.deadline)}, so the follow-up must go "
            "before then."
        )
        last = min(last, before)
    return first, last, reasons


def _no_window_reason(req: PlanRequest, first: date, last: date, phone: bool) -> str:
    if req.deadline is not None and req.deadline <= first:
        return (
            f"No window: the employer's deadline ({fmt_day(req.deadline)}) leaves no day "
            "after the interview and before the deadline."
        )
    if phone:
        return (
            "No window: nobody is phoned on a non-business day, and there is no business day "
            f"between {fmt_day(first)} and {fmt_day(last)}."
        )
    return "No window: no day meets the hard rules."


def plan(req: PlanRequest, policy: Policy, today: date, holiday: HolidayLookup) -> Plan:
    """Decide how and when to follow up after one interview."""
    try:
        return _plan(req, policy, today, holiday)
    except OverflowError:
        raise InvalidInput(
            f"the interview date {fmt_day(req.interviewed)} is too far in the future to plan "
            "a follow-up"
        ) from None


def _waited(days: int, patience: date) -> str:
    """' (at least 2 days, until Wed 2 Dec 2026)', the usual wait a squeeze cuts short."""
    return f" (at least {days} days, until {fmt_day(patience)})" if days else ""


def _plan(req: PlanRequest, policy: Policy, today: date, holiday: HolidayLookup) -> Plan:
    if req.deadline is not None and req.deadline < req.interviewed:
        raise InvalidInput(
            f"the deadline, {fmt_day(req.deadline)}, is before the interview on "
            f"{fmt_day(req.interviewed)}"
        )
    region = req.country + (f"-{req.subdiv}" if req.subdiv else "")
    cal = _Calendar(holiday, region)
    method, role, warnings, method_reason = choose_method(req.format, req.channel)
    reasons = [method_reason]
    if req.format.remote and req.has_coordinator is False:
        warnings.append(NO_COORDINATOR)
        reasons.append(
            "No recruiter or coordinator is recorded for this interview: add one, or send it "
            "to the interviewer whose address you have."
        )
    phone = method == "phone"
    d0 = req.interviewed
    first, last, hard_reasons = _hard_limits(req, policy, cal)
    reasons += hard_reasons
    candidates = [d for d in _days(first, last) if not phone or cal.is_business(d)]
    if phone:
        reasons.append("Nobody is phoned on a non-business day.")
    patience = d0 + timedelta(days=policy.wait_days)
    waited = len(reasons)  # where the patience reason goes
    if policy.wait_days:
        reasons.append(
            f"Be patient: wait at least {policy.wait_days} days, so not before {fmt_day(patience)}."
        )

    def s1(d: date) -> bool:
        return d >= patience

    squeeze = "The deadline" if req.deadline is not None else "The latest allowed day"

    steps: list[tuple[Callable[[date], bool], list[str], str]] = [
        (lambda d: s1(d) and cal.is_business(d), [], ""),
        (
            s1,
            [NOT_BUSINESS_DAY],
            "No business day fits, so the window keeps non-business days.",
        ),
        (
            cal.is_business,
            [DEADLINE_SQUEEZE],
            f"{squeeze} leaves no room for the usual wait{_waited(policy.wait_days, patience)}, so "
            "the window starts sooner than patience would advise.",
        ),
        (
            lambda d: True,
            [NOT_BUSINESS_DAY, DEADLINE_SQUEEZE],
            f"{squeeze} leaves no room for the usual wait{_waited(policy.wait_days, patience)} and "
            "no business day, so any day in the window will do.",
        ),
    ]
    if phone:  # S2 is a hard rule for calls: only S1 can be dropped.
        steps = [steps[0], steps[2]]
    days: list[date] = []
    for rule, relax_warnings, relax_reason in steps:
        days = [d for d in candidates if rule(d)]
        if days:
            warnings += relax_warnings
            if DEADLINE_SQUEEZE in relax_warnings and policy.wait_days:
                del reasons[waited]  # the wait is not kept: the reason says why, once
            if relax_reason:
                reasons.append(relax_reason)
            break
    s1_dropped = DEADLINE_SQUEEZE in warnings
    for day in _days(first, last):
        if (s1_dropped or day >= patience) and not cal.is_business(day):
            why = cal.why_not(day)
            reasons.append(why[0].upper() + why[1:] + ".")
    check_ins = _check_ins(req, policy, cal) if policy.check_ins else ()
    if not days:
        reasons.append(_no_window_reason(req, first, last, phone))
        reasons += _check_in_reasons(req, policy, check_ins)
        return Plan(
            method,
            role,
            None,
            None,
            "done" if req.done else "no_window",
            tuple(warnings),
            tuple(reasons),
            _video_extra(req),
            policy.name,
            req.tz,
            check_ins,
            d0,
            req.country,
            today,
        )
    window, send_at, timing_reasons = _ideal_and_send(req, policy, days, phone)
    reasons += timing_reasons
    extras = _card_extra(req, window, policy, reasons, cal, today) + _video_extra(req)
    reasons += _check_in_reasons(req, policy, check_ins)
    status = _status(req, window, today)
    if status == "overdue":
        reasons.append(late_advice(window.latest, today, policy.late_days, phone))
    return Plan(
        method,
        role,
        window,
        send_at,
        status,
        tuple(warnings),
        tuple(reasons),
        extras,
        policy.name,
        req.tz,
        check_ins,
        d0,
        req.country,
        today,
    )


def _ideal_and_send(
    req: PlanRequest, policy: Policy, days: list[date], phone: bool
) -> tuple[Window, datetime, list[str]]:
    d0 = req.interviewed
    target = d0 + timedelta(days=policy.ideal_days)
    ideal = next((d for d in days if d >= target), days[-1])
    reasons = []
    clock = policy.call_start if phone else policy.send_time
    send_at = req.at(ideal, clock)
    moved = False
    if ideal == d0:  # same-day policy: a few hours after the interview, before the cutoff
        later = [d for d in days if d > d0]
        ready = None
        if req.interview_time is not None:
            ready = datetime.combine(d0, req.interview_time) + timedelta(
                hours=policy.same_day_delay_hours
            )
        # A call keeps to its slot: the same day only when the slot starts after `ready`.
        latest_ok = policy.call_start if phone else policy.same_day_cutoff
        if ready is not None and ready.date() == d0 and ready.time() <= latest_ok:
            at = policy.call_start if phone else ready.time()
            send_at = req.at(d0, at)
            reasons.append(
                f"The same day is fine: {policy.same_day_delay_hours} hours after the interview "
                f"ends, at {at.strftime('%H:%M')}."
            )
        elif later:
            ideal, moved = later[0], True
            send_at = req.at(ideal, clock)
            reasons.append(
                f"The interview time is not recorded, so the thank-you goes the next day in the "
                f"window, {fmt_day(ideal)}."
                if ready is None
                else f"The interview ends too late for a same-day note; send it on "
                f"{fmt_day(ideal)}."
            )
        elif ready is None or phone:
            send_at = req.at(d0, clock if phone else policy.same_day_cutoff)
            reasons.append(
                f"The interview day is the only day in the window, so send it that day at "
                f"{send_at.strftime('%H:%M')}."
            )
        else:  # the interview day is the only one left: as soon as possible after it
            at = ready.time() if ready.date() == d0 else time(23, 59)
            send_at = req.at(d0, max(at, policy.same_day_cutoff))
            reasons.append(
                f"The interview day is the only day in the window, so send it that evening at "
                f"{send_at.strftime('%H:%M')}."
            )
    if ideal != d0 and not moved and ideal >= target:
        reasons.append(
            f"Ideal day: {fmt_day(ideal)}, the first day of the window at least "
            f"{policy.ideal_days} days after the interview."
        )
    elif ideal != d0 and not moved:
        reasons.append(
            f"Ideal day: {fmt_day(ideal)}, the window's last day (no window day is "
            f"{policy.ideal_days} days after the interview)."
        )
    if phone:
        reasons.append(
            f"Call between {policy.call_start.strftime('%H:%M')} and "
            f"{policy.call_end.strftime('%H:%M')} ({req.tz})."
        )
    else:
        reasons.append(
            f"Send at {send_at.strftime('%H:%M')} in the recipient's time zone ({req.tz})."
        )
    return Window(tuple(days), ideal), send_at, reasons


def late_window(latest: date, today: date, late_days: int) -> bool:
    """Whether a thank-you is still worth sending after the window (policy.late_days)."""
    return latest < today <= latest + timedelta(days=late_days)


def late_advice(latest: date, today: date, late_days: int, phone: bool = False) -> str:
    """What to do now that the window has closed (said by the plan and the draft); for a
    round followed up by phone, the check-in is a call first."""
    if late_window(latest, today, late_days):
        return (
            f"The window closed on {fmt_day(latest)}. A late thank-you still beats none: send "
            f"it today (worth it until {fmt_day(latest + timedelta(days=late_days))}), worded "
            "as late, not as if on time."
        )
    return (
        f"The window closed on {fmt_day(latest)}, more than {late_days} days ago: a thank-you "
        + (
            "call now would come very late. Make a polite check-in instead: ring them to thank "
            "them briefly and ask where things stand (draft --kind phone writes the call), or "
            "email one where you have an address (draft --kind check-in)."
            if phone
            else "now would arrive very late. Send a polite check-in instead (draft --kind "
            "check-in)."
        )
    )


def _status(req: PlanRequest, window: Window, today: date) -> str:
    if req.done:
        return "done"
    if today < window.earliest:
        return "wait"
    if today > window.latest:
        return "overdue"
    return "due"


def last_posting_day(mail_by: date, holiday: HolidayLookup) -> tuple[date, str | None]:
    """The last day a card can really be posted to arrive by `mail_by`'s date: `mail_by`
    itself, or, when it is a Sunday or a public holiday (no collection), the last day before
    it that is neither; with why ('a Sunday', 'a public holiday (Christmas Day)'), else None."""
    name = holiday(mail_by)
    if mail_by.weekday() != 6 and not name:
        return mail_by, None
    day = mail_by - timedelta(days=1)
    while day.weekday() == 6 or holiday(day):
        day -= timedelta(days=1)
    return day, f"a public holiday ({name})" if name else "a Sunday"


def _card_extra(
    req: PlanRequest,
    window: Window,
    policy: Policy,
    reasons: list[str],
    cal: _Calendar,
    today: date,
) -> tuple[Extra, ...]:
    if req.format is not Format.IN_PERSON:
        return ()
    transit = timedelta(days=policy.card_transit_days)
    mail_by = window.latest - transit
    if mail_by < req.interviewed:
        reasons.append(
            f"A thank-you card would not arrive in time ({policy.card_transit_days} days in the "
            "post), so none is suggested."
        )
        return ()
    mail_from = max(req.interviewed, window.earliest - transit)
    post_by, why = last_posting_day(mail_by, cal.holiday)
    if today > post_by and not req.done:
        reasons.append(
            f"A thank-you card had to be posted by {fmt_day(post_by)} to arrive inside the "
            "window; it is too late for one now, so the follow-up itself does the thanking."
        )
    elif why:
        reasons.append(
            f"A thank-you card shows extra effort: post it between {fmt_day(mail_from)} and "
            f"{fmt_day(post_by)} so it arrives inside the window ({fmt_day(mail_by)} is {why}, "
            "with no collection)."
        )
    else:
        reasons.append(
            f"A thank-you card shows extra effort: post it between {fmt_day(mail_from)} and "
            f"{fmt_day(mail_by)} so it arrives inside the window."
        )
    return (Extra("card", mail_from=mail_from, mail_by=mail_by),)


def _video_extra(req: PlanRequest) -> tuple[Extra, ...]:
    return tuple(Extra("video", item=item) for item in req.items[:1])


def _check_ins(req: PlanRequest, policy: Policy, cal: _Calendar) -> tuple[CheckIn, ...]:
    if req.deadline is not None:
        start = cal.add_business_days(req.deadline, policy.check_in_after_deadline_business_days)
        end = start
    else:
        start = cal.add_business_days(req.interviewed, policy.check_in_min_business_days)
        end = cal.add_business_days(req.interviewed, policy.check_in_max_business_days)
    out = [CheckIn(start, end)]
    for _ in range(policy.check_ins - 1):
        prev = out[-1]
        nxt = cal.next_business(prev.earliest + timedelta(days=policy.check_in_gap_days))
        out.append(
            CheckIn(
                nxt,
                max(nxt, cal.next_business(prev.latest + timedelta(days=policy.check_in_gap_days))),
            )
        )
    return tuple(out)


def _check_in_reasons(
    req: PlanRequest, policy: Policy, check_ins: tuple[CheckIn, ...]
) -> list[str]:
    if not check_ins:
        return []
    first = check_ins[0]
    if req.deadline is not None:
        n = policy.check_in_after_deadline_business_days
        why = f"{n} business days after the employer's decision date ({fmt_day(req.deadline)})"
    else:
        why = (
            f"{policy.check_in_min_business_days}-{policy.check_in_max_business_days} business "
            "days after the interview, as no decision date is known"
        )
    span = (
        fmt_day(first.earliest)
        if first.earliest == first.latest
        else f"{fmt_day(first.earliest)} - {fmt_day(first.latest)}"
    )
    out = [f"If you hear nothing, check in on the decision on {span}: {why}."]
    if len(check_ins) > 1:
        out.append(
            f"At most {len(check_ins)} check-ins, {policy.check_in_gap_days} days apart; "
            "then let it rest."
        )
    return out


def recipient_for(plan: Plan, interview: Interview) -> Person:
    """The plan's recipient: the coordinator (remote) or the main contact (in person).

    The main contact is the person who arranged the interview when one is recorded, else the
    first interviewer. With no coordinator for a remote interview, the first interviewer with
    an email address. When the round's notes name whom to write to (`plan.route`), that
    person.
    """
    if plan.route is not None:
        return plan.route.to
    coordinator = interview.coordinator
    if coordinator is not None:
        return coordinator
    people = interview.interviewers
    if not people:
        raise InvalidInput(
            "nobody is recorded for this interview: add the coordinator or an interviewer first"
        )
    if plan.recipient_role == "coordinator":
        return next((p for p in people if p.email), people[0])
    return people[0]
