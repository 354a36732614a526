"""`followup delete ID`: delete a round, after asking."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from followup.cli import options
from followup.cli.app import app
from followup.cli.context import get_ctx


@app.command("delete")
def delete_command(
    ctx: typer.Context,
    round_id: options.RoundId,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask; delete.")] = False,
    json_out: Annotated[
        bool, typer.Option("--json", help="Print what was deleted as JSON.")
    ] = False,
) -> None:
    """Delete an interview round with its people, follow-ups and drafts (asks first)."""
    from followup.core.errors import InvalidInput
    from followup.services import records

    app_ctx = get_ctx(ctx)
    if not yes:
        what = records.describe_round(app_ctx.settings, round_id)
        if not sys.stdin.isatty():
            raise InvalidInput(f"not deleting {what} without confirmation: pass --yes")
        if not typer.confirm(f"Delete {what}, with its follow-ups and drafts?", default=False):
            app_ctx.renderer.text("Nothing was deleted.")
            raise typer.Exit(1)
    result = records.delete_round(app_ctx.settings, round_id)
    if json_out:
        app_ctx.renderer.json(result)
    else:
        app_ctx.renderer.text(
            f"Deleted round #{round_id} ({result['company']} — {result['role']})."
        )
