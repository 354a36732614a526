"""`followup show ID`: one interview round, its people, follow-ups and plan."""

from __future__ import annotations

from typing import Annotated

import typer

from followup.cli import options
from followup.cli.app import app
from followup.cli.context import get_ctx


@app.command("show")
def show_command(
    ctx: typer.Context,
    round_id: options.RoundId,
    today: options.Today = None,
    json_out: Annotated[
        bool, typer.Option("--json", help="Print the record (with its plan) as JSON.")
    ] = False,
) -> None:
    """Show one interview round: what was recorded, what was done, and the plan."""
    from followup.services import records

    app_ctx = get_ctx(ctx)
    record = records.show_round(app_ctx.settings, round_id, today)
    if json_out:
        app_ctx.renderer.json(record)
    else:
        from followup.cli.record_views import show_record

        show_record(app_ctx.renderer, record)
