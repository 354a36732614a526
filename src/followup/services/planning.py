"""Plan a follow-up: the facts of an interview in, a Plan with its reasons out."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from followup.config import Settings, cache_dir
from followup.core.errors import FarDate, InvalidInput
from followup.core.models import Channel, Format, Interview, PlanRequest
from followup.core.parse import parse_choice, parse_timezone
from followup.core.plan import Plan, plan
from followup.store.holiday_cache import HolidayCalendar


@dataclass(frozen=True)
class PlanInput:
    """Plan flags as the user typed them (strings), before validation."""

    interviewed: str
    format: str
    channel: str = "unknown"
    deadline: str | None = None
    country: str | None = None
    subdiv: str | None = None
    tz: str | None = None
    items: tuple[str, ...] = ()
    today: str | None = None
    # `plan` stores nothing and shows the day it planned for, so a far date is not asked
    # about there (its options are SPEC §6's, exactly); commands that store one do ask.
    yes: bool = True

    @classmethod
    def required(
        cls,
        interviewed: str | None,
        format: str | None,
        channel: str | None,
        deadline: str | None,
        country: str | None,
        subdiv: str | None,
        tz: str | None,
        items: list[str] | None,
        today: str | None,
    ) -> PlanInput:
        """The flags of `followup plan`, refusing a missing --interviewed or --format."""
        missing = [n for n, v in (("--interviewed", interviewed), ("--format", format)) if not v]
        if missing:
            raise InvalidInput(f"missing option {' and '.join(missing)}")
        assert interviewed is not None and format is not None
        return cls(
            interviewed,
            format,
            channel or "unknown",
            deadline,
            country,
            subdiv,
            tz,
            tuple(items or ()),
            today,
        )


def today_for(settings: Settings, override: str | None) -> date:
    """--today when given (any form `DayReader` reads, counted from the real today), else
    today's date in the user's time zone."""
    from zoneinfo import ZoneInfo

    real = datetime.now(ZoneInfo(settings.timezone)).date()
    if override:
        from followup.core.dates import parse_day

        return parse_day(override, real, date_order(settings), "past", "--today")  # type: ignore[arg-type]
    return real


def date_order(settings: Settings) -> str:
    """How all-number dates are read: the input.date_order setting (auto: by user.country)."""
    from followup.core.places import date_order as order_for

    return order_for(str(settings["input.date_order"]), str(settings["user.country"]))


@dataclass(frozen=True)
class DayReader:
    """Reads the dates a user types, counted from `today` (see `followup.core.dates`).

    A day more than `far_days` from today raises FarDate unless `confirmed` (--yes, or the
    user said yes in a terminal): a typed year is more often a slip than meant.
    """

    today: date
    order: str | Callable[[], str] = "mdy"  # or how to work it out, when a date needs it
    far_days: int = 90
    confirmed: bool = False

    def __call__(self, text: str, what: str, prefer: str = "past") -> date:
        from followup.core.dates import parse_day
        from followup.core.parse import plausible_day

        day = parse_day(text, self.today, self.order, prefer, what)  # type: ignore[arg-type]
        plausible_day(day, what)
        self.check_far(day, what, text)
        return day

    def check_far(self, day: date, what: str, typed: str) -> None:
        """FarDate when `day` is more than `far_days` from today and not confirmed."""
        from followup.core.dates import far_from
        from followup.core.plan import fmt_day

        if self.confirmed or not far_from(day, self.today, self.far_days):
            return
        days = (day - self.today).days
        when = f"{-days} days ago" if days < 0 else f"{days} days from today"
        raise FarDate(
            f"{what}: {fmt_day(day)} is {when}; if {day.year} is the year you meant, add --yes",
            day,
            what,
            typed,
        )


def day_reader(settings: Settings, today: str | None, confirmed: bool = False) -> DayReader:
    """The DayReader for one command: its --today, the date order and far-day settings."""
    far = int(settings["input.far_days"])
    if far < 0:
        raise InvalidInput(f"setting input.far_days must not be negative (got {far})")
    return DayReader(today_for(settings, today), lambda: date_order(settings), far, confirmed)


def holiday_calendar(
    country: str, subdiv: str | None, language: str | None = None
) -> HolidayCalendar:
    """The public holidays of `country` (and `subdiv`), named in `language` when given."""
    return HolidayCalendar(country, subdiv, cache_dir(None), language)


def posting_day(interview: Interview, mail_by: date | None) -> date | None:
    """The last day a card can really be posted (core.plan.last_posting_day): `mail_by`, or
    the day before it when that is a Sunday or a public holiday of the recipient's country."""
    if mail_by is None:
        return None
    from followup.core.plan import last_posting_day

    calendar = holiday_calendar(interview.country or "US", interview.subdiv)
    return last_posting_day(mail_by, calendar)[0]


def build_request(settings: Settings, given: PlanInput) -> PlanRequest:
    """Validate every flag and turn them into a PlanRequest (InvalidInput names the bad one)."""
    from followup.core.records import check_country, check_subdiv

    read = day_reader(settings, given.today, given.yes)
    interviewed = read(given.interviewed, "--interviewed")
    deadline = read(given.deadline, "--deadline", "future") if given.deadline else None
    country = check_country(given.country or str(settings["user.country"]), "--country")
    subdiv = check_subdiv(given.subdiv or None, "--subdiv", country)
    tz = (
        parse_timezone(given.tz, "--tz", country, subdiv)
        if given.tz
        else parse_timezone(settings.timezone)
    )
    return PlanRequest(
        interviewed=interviewed,
        format=parse_choice(Format, given.format, "--format"),
        channel=parse_choice(Channel, given.channel or "unknown", "--channel"),
        deadline=deadline,
        country=country,
        subdiv=subdiv,
        tz=tz,
        items=tuple(i.strip() for i in given.items if i.strip()),
    )


def make_plan(settings: Settings, request: PlanRequest, today: date) -> Plan:
    """The plan for one interview under the settings' policy."""
    return Planner(settings, today).plan_request(request)


def plan_from_flags(settings: Settings, given: PlanInput) -> Plan:
    request = build_request(settings, given)
    return make_plan(settings, request, today_for(settings, given.today))


def request_for(settings: Settings, interview: Interview) -> PlanRequest:
    """The PlanRequest of a stored round: its facts, whether a coordinator is recorded, and
    whether a follow-up was already recorded (then the plan's status is `done`)."""
    return PlanRequest(
        interviewed=interview.interviewed,
        format=interview.format,
        channel=interview.channel,
        deadline=interview.deadline,
        country=interview.country or str(settings["user.country"]),
        subdiv=interview.subdiv,
        tz=interview.tz or parse_timezone(settings.timezone),
        items=tuple(interview.items),
        interview_time=interview.time,
        has_coordinator=interview.coordinator is not None,
        done=interview.followed_up,
    )


class Planner:
    """Plans many rounds at once, sharing one holiday calendar per country and region."""

    def __init__(self, settings: Settings, today: date) -> None:
        self.settings = settings
        self.policy = settings.policy
        self.today = today
        self._calendars: dict[tuple[str, str | None], HolidayCalendar] = {}

    def __call__(self, interview: Interview) -> Plan:
        """The plan of a stored round, addressed as its notes say when they name whom to
        write to (Plan.route; core/etiquette.py)."""
        return routed(
            self.settings, interview, self.plan_request(request_for(self.settings, interview))
        )

    def plan_request(self, request: PlanRequest) -> Plan:
        """The plan, with a note for each year whose holidays the package knows only in
        part (the calendar may be shared by many plans: only this plan's years count)."""
        key = (request.country, request.subdiv)
        calendar = self._calendars.get(key)
        if calendar is None:
            calendar = holiday_calendar(request.country, request.subdiv)
            calendar.check(request.interviewed.year)
            self._calendars[key] = calendar
        from dataclasses import replace

        request = replace(request, country=calendar.country, subdiv=calendar.subdiv)
        result = plan(request, self.policy, self.today, calendar)
        last = max([request.interviewed, *(c.latest for c in result.check_ins)])
        notes = calendar.notes_for(request.interviewed, last + timedelta(days=14))
        return replace(result, reasons=(*result.reasons, *notes)) if notes else result


def routed(settings: Settings, interview: Interview, plan: Plan) -> Plan:
    """`plan` with the route the round's notes give ('send everything via priya', 'ring
    tash, not lachie', 'reply to theresa directly, cc careers', 'email the team inbox,
    team@acme.example'): its recipient is the person (or mailbox) they name, how to reach
    them, whom to copy, and a reason that says so."""
    if not interview.notes:
        return plan
    from dataclasses import replace

    from followup.core import etiquette
    from followup.core.plan import Route
    from followup.services.data_files import etiquette_words

    words = etiquette_words(settings)
    rules = etiquette.read(interview.notes, interview.people, words)
    if rules.via is not None:
        route = Route(
            rules.via,
            rules.how,
            tuple(rules.copied(rules.via)),
            (rules.clauses or {}).get("via", ""),
            thread=rules.thread,
            thread_subject=rules.thread_subject,
        )
    elif rules.inbox:
        # 'email the team inbox, analytics@acme.example': a team's mailbox, no one of the
        # round, is where the follow-up goes (a mailbox named without an address is only
        # said to the user, by the drafts)
        inbox = etiquette.inbox_person(rules.inbox, rules.inbox_said)
        route = Route(
            inbox,
            "email",
            tuple(rules.copied(inbox)),
            (rules.clauses or {}).get("inbox", ""),
            inbox=True,
        )
    else:
        # the notes give the plan's reader no note ('priyanka: no need', or their own list of
        # notes is the interviewers': '3 short emails'): the plan's note goes to the
        # interviewer that list starts with
        default = interview.coordinator
        said = (
            etiquette.unnoted_said(interview.notes, default, interview.people)
            if default is not None
            else ""
        )
        main = (
            etiquette.main_interviewer(interview.notes, interview.people, words) if said else None
        )
        if main is None:
            return plan
        route = Route(main, "email", (), said)
    return replace(plan, route=route, reasons=(*plan.reasons, etiquette.route_reason(route)))


def plan_stored(settings: Settings, round_id: int, today: date) -> Plan:
    """The plan of a stored round (`followup plan ID`)."""
    from followup.services.records import get_interview

    return Planner(settings, today)(get_interview(settings, round_id))


@dataclass(frozen=True)
class TimelineDay:
    """One calendar day around a round's follow-up, as a picture of the plan shows it."""

    day: date
    weekend: bool
    holiday: str | None
    interview: bool
    in_window: bool
    ideal: bool
    deadline: bool
    today: bool

    def to_dict(self) -> dict[str, Any]:
        return {
            "date": self.day.isoformat(),
            "weekend": self.weekend,
            "holiday": self.holiday,
            "interview": self.interview,
            "in_window": self.in_window,
            "ideal": self.ideal,
            "deadline": self.deadline,
            "today": self.today,
        }


def timeline(
    settings: Settings, interview: Interview, plan: Plan, today: date
) -> list[TimelineDay]:
    """Every day from the interview to the end of the window (at least the policy's last day,
    and the deadline when it is near), each with the facts that shaped the plan."""
    country = interview.country or str(settings["user.country"])
    calendar = holiday_calendar(country, interview.subdiv)
    first = interview.interviewed
    last = first + timedelta(days=settings.policy.max_days)
    if plan.window is not None:
        last = max(last, plan.window.latest)
    if interview.deadline is not None and interview.deadline <= last + timedelta(days=7):
        last = max(last, interview.deadline)
    window = set(plan.window.days) if plan.window is not None else set()
    ideal = plan.window.ideal if plan.window is not None else None
    days: list[TimelineDay] = []
    day = first
    while day <= last and len(days) < 60:
        days.append(
            TimelineDay(
                day=day,
                weekend=day.weekday() >= 5,
                holiday=calendar(day),
                interview=day == first,
                in_window=day in window,
                ideal=day == ideal,
                deadline=day == interview.deadline,
                today=day == today,
            )
        )
        day += timedelta(days=1)
    return days
