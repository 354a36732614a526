"""`followup list`: the stored interview rounds, newest first."""

from __future__ import annotations

from typing import Annotated

import typer

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
    today: Annotated[
        str | None, typer.Option("--today", help="Pretend today is this date, YYYY-MM-DD.")
    ] = None,
    json_out: Annotated[
        bool, typer.Option("--json", help="Print a JSON array of records.")
    ] = False,
) -> None:
    """List interview rounds with their ids, application status and follow-up status."""
    from followup.services import records

    app_ctx = get_ctx(ctx)
    found = records.list_rounds(
        app_ctx.settings, status=status, company=company, due=due, today=today,
        limit=None if all_rounds else limit,
    )  # fmt: skip
    if json_out:
        app_ctx.renderer.json(found.records)
        if found.truncated:
            app_ctx.renderer.warn(
                f"showing the {len(found.records)} most recent of {found.total} rounds; "
                "use --all or --limit N"
            )
    elif not found.records:
        app_ctx.renderer.text(
            "No interviews match." if found.stored else
            "No interviews recorded yet: add one with 'followup add'."
        )  # fmt: skip
    else:
        from followup.cli.record_views import show_list

        show_list(app_ctx.renderer, found.records, found.total)
