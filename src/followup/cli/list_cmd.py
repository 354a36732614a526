"""`followup list`: the stored interview rounds, newest first."""

from __future__ import annotations

import click

from followup.cli import options
from followup.cli.context import AppContext, pass_app


@click.command("list")
@click.option(
    "--status",
    metavar="STATUS",
    help="Only applications in this state: active, offer, rejected, withdrawn, ghosted.",
)
@click.option("--company", metavar="TEXT", help="Only companies whose name contains this.")
@click.option("--due", is_flag=True, help="Only rounds whose follow-up is due today.")
@click.option(
    "--limit",
    "-n",
    type=int,
    default=100,
    metavar="N",
    help="Show at most this many rounds (newest first).",
)
@click.option("--all", "all_rounds", is_flag=True, help="Show every round.")
@options.today_option
@options.json_option("Print a JSON array of records.")
@pass_app
def list_command(
    app: AppContext, status: str | None, company: str | None, due: bool, limit: int,
    all_rounds: bool, today: str | None, json_out: bool,
) -> None:  # fmt: skip
    """List interview rounds with their ids, application status and follow-up status."""
    from followup.services import records

    found = records.list_rounds(
        app.settings, status=status, company=company, due=due, today=today,
        limit=None if all_rounds else limit,
    )  # fmt: skip
    out = app.renderer
    if json_out:
        out.json(found.records)
        if found.truncated:
            out.warn(
                f"showing the {len(found.records)} most recent of {found.total} rounds; "
                "use --all or --limit N"
            )
    elif not found.records:
        out.text(
            "No interviews match." if found.stored else
            "No interviews recorded yet: add one with 'followup add'."
        )  # fmt: skip
    else:
        from followup.cli.record_views import show_list

        show_list(out, found.records, found.total)
