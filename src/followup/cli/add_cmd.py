"""`followup add`: record an interview round (flags, or questions in a terminal)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import click

from followup.cli import options
from followup.cli.context import AppContext, pass_app

if TYPE_CHECKING:
    from followup.services.records import RoundInput


@click.command("add")
@click.option("--company", metavar="TEXT", help="The employer.")
@click.option("--role", metavar="TEXT", help="The position.")
@options.interviewed_option
@options.time_option
@click.option("--tz", metavar="ZONE", help=f"{options.TZ_HELP} (default: yours).")
@options.format_option
@click.option("--channel", metavar="CHANNEL", help=options.CHANNEL_HELP)
@options.deadline_option
@options.country_option
@options.subdiv_option
@click.option(
    "--coordinator",
    "--contact",
    metavar="PERSON",
    help=f"Who arranged the interview or handled the calls: {options.PERSON_FORMS}.",
)
@click.option(
    "--interviewer",
    multiple=True,
    metavar="PERSON",
    help=f"Someone who interviewed you (repeat): {options.PERSON_FORMS}.",
)
@click.option(
    "--topic", multiple=True, metavar="TEXT", help="A topic or detail discussed (repeat)."
)
@options.items_option
@click.option("--note", metavar="TEXT", help="Free notes.")
@options.job_url_option
@options.address_option
@options.person_address_option
@options.qualification_option
@click.option("--interactive", "-i", is_flag=True, help="Ask for everything not given.")
@options.yes_option
@options.today_option
@options.json_option("Print the stored record as JSON instead of the human view.")
@pass_app
def add_command(
    app: AppContext, company: str | None, role: str | None, interviewed: str | None,
    time: str | None, tz: str | None, format: str | None, channel: str | None,
    deadline: str | None, country: str | None, subdiv: str | None, coordinator: str | None,
    interviewer: tuple[str, ...], topic: tuple[str, ...], item: tuple[str, ...],
    note: str | None, job_url: str | None, address: str | None,
    person_address: tuple[tuple[str, str], ...], qualification: tuple[str, ...],
    interactive: bool, yes: bool, today: str | None, json_out: bool,
) -> None:  # fmt: skip
    """Record an interview round; it joins the application with the same company and role.

    Run with no options in a terminal (or with --interactive) to be asked for each detail;
    each answer is checked as it is typed.
    """
    from followup.cli.asking import settle
    from followup.services import records

    given = records.RoundInput(
        company, role, interviewed, time, tz, format, channel, deadline, country, subdiv,
        coordinator, list(interviewer), list(topic), list(item), note, job_url, address,
        list(qualification), list(person_address), yes,
    )  # fmt: skip
    no_flags = given == records.RoundInput()
    if interactive or (no_flags and sys.stdin.isatty() and not json_out):
        ask_missing(app.settings, given, today)
    record = settle(lambda g: records.add_round(app.settings, g, today), given)
    app.renderer.stored(f"round #{record['id']} is stored")
    for notice in records.phone_notices(record["people"]):
        app.renderer.warn(notice)
    if topic and not json_out:
        from followup.cli.phrasing_prompt import ask_for_words

        if ask_for_words(app, record["id"]):
            record = records.show_round(app.settings, record["id"], today)
    if json_out:
        app.renderer.json(record)
    else:
        from followup.cli.record_views import show_record

        app.renderer.text(
            f"Added interview round #{record['id']} (interviewed {_day(record['interviewed'])})."
        )
        show_record(app.renderer, record)


def _day(iso: str) -> str:
    from datetime import date

    from followup.core.plan import fmt_day

    return fmt_day(date.fromisoformat(iso))


def _ask(label: str, check: Callable[[str], Any] | None, default: str = "") -> str:
    """Ask until the answer passes `check` (blank keeps the default)."""
    from followup.core.errors import InvalidInput

    while True:
        answer = click.prompt(label, default=default, show_default=bool(default)).strip()
        if not answer or check is None:
            return answer
        try:
            check(answer)
            return answer
        except InvalidInput as exc:
            click.echo(f"  {exc}", err=True)


def _ask_many(label: str, check: Callable[[str], Any] | None = None) -> list[str]:
    out: list[str] = []
    while True:
        answer = _ask(f"{label} (blank: done)", check)
        if not answer:
            return out
        out.append(answer)


def ask_missing(
    settings: Any, given: RoundInput, today: str | None = None, need_contact: bool = False
) -> None:
    """Fill in what `given` lacks by asking, checking each answer as it comes (dates read
    as people type them and echoed back, zones for the recipient's country, people in any
    of the forms `add` takes). With `need_contact`, a recruiter given without an email or
    a phone number is asked for again."""
    from followup.core.errors import InvalidInput
    from followup.core.models import Channel, Format, PersonRole
    from followup.core.parse import parse_choice, parse_time
    from followup.core.records import check_country, check_subdiv, parse_person
    from followup.services.planning import day_reader

    read = day_reader(settings, today, confirmed=True)
    click.echo("New interview round — press Enter to skip what you don't know.")
    while not given.company:
        given.company = _ask("Company", None)
    while not given.role:
        given.role = _ask("Role", None)
    while not given.interviewed:
        given.interviewed = _ask_day("Interview day (e.g. yesterday, Nov 27)", read, "past")
    if given.time is None:
        given.time = _ask("Time (HH:MM)", parse_time) or None
    while not given.format:
        given.format = _ask(
            "Format (video, phone, in-person)", lambda a: parse_choice(Format, a, "format")
        )
    if given.channel is None:
        given.channel = _ask(
            "Arrangements made by (email, phone, unknown)",
            lambda a: parse_choice(Channel, a, "channel"),
            "unknown",
        )
    if given.country is None:
        given.country = check_country(
            _ask("Recipient's country (name or code)", check_country, str(settings["user.country"]))
        )
    if given.subdiv is None:
        country = given.country
        given.subdiv = (
            _ask(
                "Recipient's state or region (blank: none)",
                lambda a: check_subdiv(a, "region", country),
            )
            or None
        )
    if given.tz is None:
        given.tz = _ask_zone(_zone_default(settings, read.today.year, given.country),
                             given.country, given.subdiv)  # fmt: skip
    if given.deadline is None:
        given.deadline = (
            _ask_day("Employer's decision date (blank: none)", read, "future",
                     _day_or_none(read, given.interviewed)) or None
        )  # fmt: skip
    country = given.country

    def recruiter(text: str) -> None:
        person = parse_person(text, PersonRole.COORDINATOR, "recruiter", country)
        if need_contact and not (person.email or person.phone):
            raise InvalidInput(
                f"recruiter: how do you reach {person.name}? add an email or a phone number"
            )

    if given.coordinator is None:
        given.coordinator = (
            _ask(
                "Recruiter or coordinator, with email or phone (e.g. Dana Reyes <dana@acme.com>)",
                recruiter,
            )
            or None
        )
    if not given.interviewers:
        given.interviewers = _ask_many(
            "Interviewer (e.g. Dr. Lee Park (Head of Data) <lee@acme.com>)",
            lambda a: parse_person(a, PersonRole.INTERVIEWER, "interviewer", country),
        )
    if not given.topics:
        given.topics = _ask_many("Topic or detail discussed")
    if not given.items:
        given.items = _ask_many("Item or product discussed")
    if given.notes is None:
        given.notes = _ask("Notes", None) or None


def _day_or_none(read: Any, typed: str | None) -> Any:
    """The day `typed` reads as, or None when it does not read as one (said later)."""
    from followup.core.errors import InvalidInput

    try:
        return read(typed, "--interviewed") if typed else None
    except InvalidInput:
        return None


def _ask_day(label: str, read: Any, prefer: str, not_before: Any = None) -> str:
    """Ask for a day until it reads as one (and is not before `not_before`, the interview
    day, when given); echo the day it was read as ("Thu 26 Nov 2026") and, for a day far
    from today, ask whether that year is meant. Returns it as YYYY-MM-DD (blank: blank)."""
    from followup.core.dates import far_from
    from followup.core.errors import InvalidInput
    from followup.core.plan import fmt_day

    while True:
        answer = click.prompt(label, default="", show_default=False).strip()
        if not answer:
            return ""
        try:
            day = read(answer, "date", prefer)
        except InvalidInput as exc:
            click.echo(f"  {exc}", err=True)
            continue
        if not_before is not None and day < not_before:
            click.echo(
                f"  {fmt_day(day)} is before the interview ({fmt_day(not_before)}); "
                "give a later day",
                err=True,
            )
            continue
        if far_from(day, read.today, read.far_days) and not click.confirm(
            f"  {fmt_day(day)} is {abs((day - read.today).days)} days from today; "
            f"is {day.year} the year you meant?"
        ):
            continue
        click.echo(f"  → {fmt_day(day)}")
        return str(day.isoformat())


def _zone_default(settings: Any, year: int, country: str | None) -> str:
    """The zone proposed for the recipient: their country's when it keeps one time (JP ->
    Asia/Tokyo) and yours keeps another, else yours (the default of --tz)."""
    from followup.core.zones import off_country_clock

    own = off_country_clock(country, settings.timezone, year) if country else None
    return own or str(settings.timezone)


def _ask_zone(default: str, country: str | None, subdiv: str | None) -> str:
    """Ask for the recipient's time zone until it resolves (ambiguous names: pick one)."""
    from followup.cli.asking import _choose_zone
    from followup.core.errors import AmbiguousZone, UnknownZone
    from followup.core.zones import resolve_zone

    while True:
        answer = click.prompt("Recipient's time zone", default=default).strip()
        try:
            zone = resolve_zone(answer, country, subdiv)
        except AmbiguousZone as exc:
            zone = _choose_zone(exc.message, exc.choices)
        except UnknownZone as exc:
            click.echo(f"  {exc}", err=True)
            continue
        if zone != answer:
            click.echo(f"  → {zone}")
        return zone
