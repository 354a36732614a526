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
@click.option("--tz", metavar="ZONE", help="Recipient's time zone (default: yours).")
@options.format_option
@click.option("--channel", metavar="CHANNEL", help=options.CHANNEL_HELP)
@options.deadline_option
@options.country_option
@options.subdiv_option
@click.option("--coordinator", metavar="PERSON", help='Who arranged the interview: "Name <email>".')
@click.option(
    "--interviewer",
    multiple=True,
    metavar="PERSON",
    help='Someone who interviewed you: "Name <email>" (repeat).',
)
@click.option(
    "--topic", multiple=True, metavar="TEXT", help="A topic or detail discussed (repeat)."
)
@options.items_option
@click.option("--note", metavar="TEXT", help="Free notes.")
@options.job_url_option
@click.option("--interactive", "-i", is_flag=True, help="Ask for everything not given.")
@options.today_option
@options.json_option("Print the stored record as JSON instead of the human view.")
@pass_app
def add_command(
    app: AppContext, company: str | None, role: str | None, interviewed: str | None,
    time: str | None, tz: str | None, format: str | None, channel: str | None,
    deadline: str | None, country: str | None, subdiv: str | None, coordinator: str | None,
    interviewer: tuple[str, ...], topic: tuple[str, ...], item: tuple[str, ...],
    note: str | None, job_url: str | None, interactive: bool, today: str | None,
    json_out: bool,
) -> None:  # fmt: skip
    """Record an interview round; it joins the application with the same company and role.

    Run with no options in a terminal (or with --interactive) to be asked for each detail.
    """
    from followup.services import records

    given = records.RoundInput(
        company, role, interviewed, time, tz, format, channel, deadline, country, subdiv,
        coordinator, list(interviewer), list(topic), list(item), note, job_url,
    )  # fmt: skip
    no_flags = given == records.RoundInput()
    if interactive or (no_flags and sys.stdin.isatty() and not json_out):
        ask_missing(app.settings, given)
    record = records.add_round(app.settings, given, today)
    app.renderer.stored(f"round #{record['id']} is stored")
    if topic and not json_out:
        from followup.cli.phrasing_prompt import ask_for_words

        if ask_for_words(app, record["id"]):
            record = records.show_round(app.settings, record["id"], today)
    if json_out:
        app.renderer.json(record)
    else:
        from followup.cli.record_views import show_record

        app.renderer.text(f"Added interview round #{record['id']}.")
        show_record(app.renderer, record)


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


def ask_missing(settings: Any, given: RoundInput) -> None:
    """Fill in what `given` lacks by asking, checking each answer as it comes."""
    from followup.core.models import Channel, Format, PersonRole
    from followup.core.parse import parse_choice, parse_date, parse_time, parse_timezone
    from followup.core.records import check_country, parse_person

    click.echo("New interview round — press Enter to skip what you don't know.")
    while not given.company:
        given.company = _ask("Company", None)
    while not given.role:
        given.role = _ask("Role", None)
    while not given.interviewed:
        given.interviewed = _ask("Interview day (YYYY-MM-DD)", parse_date)
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
    if given.tz is None:
        given.tz = _ask("Recipient's time zone", parse_timezone, settings.timezone)
    if given.country is None:
        given.country = _ask("Recipient's country code", check_country, "US")
    if given.deadline is None:
        given.deadline = _ask("Employer's decision date (YYYY-MM-DD)", parse_date) or None
    if given.coordinator is None:
        given.coordinator = (
            _ask(
                'Recruiter/coordinator ("Name <email>")',
                lambda a: parse_person(a, PersonRole.COORDINATOR),
            )
            or None
        )
    if not given.interviewers:
        given.interviewers = _ask_many(
            'Interviewer ("Name <email>")', lambda a: parse_person(a, PersonRole.INTERVIEWER)
        )
    if not given.topics:
        given.topics = _ask_many("Topic or detail discussed")
    if not given.items:
        given.items = _ask_many("Item or product discussed")
    if given.notes is None:
        given.notes = _ask("Notes", None) or None
