"""`followup today`: the agenda — what to follow up on now, and what comes next."""

from __future__ import annotations

import click

from followup.cli import options
from followup.cli.context import AppContext, pass_app

AGENDA_ROWS = 10  # rows a section of the human agenda shows (all that are due today)


@click.command("today")
@options.today_option
@click.option("--days", type=int, default=7, metavar="N", help="How many days ahead to look.")
@click.option(
    "--overdue-days",
    type=int,
    default=30,
    metavar="N",
    help="Show missed follow-ups of interviews in this many past days.",
)
@click.option(
    "--all", "everything", is_flag=True, help=f"Show every row (default: {AGENDA_ROWS} a section)."
)
@options.json_option("Print the agenda as JSON.")
@pass_app
def today_command(
    app: AppContext, today: str | None, days: int, overdue_days: int, everything: bool,
    json_out: bool,
) -> None:  # fmt: skip
    """Follow-ups due today, overdue ones, those opening soon, and interviews coming up,
    each with how (email, call) and to whom."""
    from followup.services import records

    agenda = records.agenda(app.settings, today, days, overdue_days)
    if json_out:
        app.renderer.json(agenda)
    else:
        from followup.cli.record_views import show_agenda

        show_agenda(app.renderer, agenda, None if everything else AGENDA_ROWS)
