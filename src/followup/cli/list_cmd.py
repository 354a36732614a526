"""`followup list`: the stored interview rounds, newest first."""

from __future__ import annotations

from typing import Annotated

import typer

from followup.cli import options
from followup.cli.app import app
from followup.cli.context import get_ctx


@app.command("list")
def list_command(
    ctx: typer.Context,
    status: Annotated[
        str | None,
        typer.Option(
            "--status",
            help="Only applications in this state: active, offer, rejected, withdrawn, ghosted.",
        ),
    ] = None,
    company: Annotated[
        str | None, typer.Option("--company", help="Only companies whose name contains this.")
    ] = None,
    due: Annotated[
        bool, typer.Option("--due", help="Only rounds whose follow-up is due today.")
    ] = False,
    limit: Annotated[
        int, typer.Option("--limit", "-n", help="Show at most this many rounds (newest first).")
    ] = 100,
    all_rounds: Annotated[bool, typer.Option("--all", help="Show every round.")] = False,
    today: options.Today = None,
    json_out: Annotated[
        bool, typer.Option("--json", help="Print a JSON array of records.")
    ] = False,
) -> None:
    """List interview rounds with their ids, application status and follow-up status."""
    from followup.cli.quick import run_list

    app_ctx = get_ctx(ctx)
    run_list(
        app_ctx.renderer, app_ctx.settings, status, company, due, limit, all_rounds, today,
        json_out,
    )  # fmt: skip
