"""`followup today`: the agenda — what to follow up on now, and what comes next."""

from __future__ import annotations

from typing import Annotated

import typer

from followup.cli import options
from followup.cli.app import app
from followup.cli.context import get_ctx
from followup.cli.quick import AGENDA_ROWS


@app.command("today")
def today_command(
    ctx: typer.Context,
    today: options.Today = None,
    days: Annotated[int, typer.Option("--days", help="How many days ahead to look.")] = 7,
    overdue_days: Annotated[
        int,
        typer.Option(
            "--overdue-days", help="Show missed follow-ups of interviews in this many past days."
        ),
    ] = 30,
    everything: Annotated[
        bool, typer.Option("--all", help=f"Show every row (default: {AGENDA_ROWS} a section).")
    ] = False,
    json_out: Annotated[bool, typer.Option("--json", help="Print the agenda as JSON.")] = False,
) -> None:
    """Follow-ups due today, overdue ones, those opening soon, and interviews coming up,
    each with how (email, call) and to whom."""
    from followup.cli.quick import run_today

    app_ctx = get_ctx(ctx)
    run_today(app_ctx.renderer, app_ctx.settings, today, days, overdue_days, everything, json_out)
