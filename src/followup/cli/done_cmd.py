"""`followup done ID`: record that the follow-up was done."""

from __future__ import annotations

from typing import Annotated

import typer

from followup.cli import options
from followup.cli.app import app
from followup.cli.context import get_ctx


@app.command("done")
def done_command(
    ctx: typer.Context,
    round_id: options.RoundId,
    via: Annotated[
        str, typer.Option("--via", help="How you followed up: email, phone, card, video, letter.")
    ],
    on: Annotated[
        str | None, typer.Option("--on", help="When, YYYY-MM-DD (default: today).")
    ] = None,
    note: Annotated[str | None, typer.Option("--note", help="What happened.")] = None,
    today: options.Today = None,
    json_out: options.JsonRecord = False,
) -> None:
    """Record a follow-up you did; the round's plan then shows status done."""
    from followup.services import records

    app_ctx = get_ctx(ctx)
    record = records.record_done(app_ctx.settings, round_id, via, on, note, today)
    if json_out:
        app_ctx.renderer.json(record)
    else:
        action = record["recorded"]
        to = f" to {action['to']}" if action.get("to") else ""
        app_ctx.renderer.text(
            f"Recorded: {action['kind']}{to} on {action['on']} for round #{round_id} "
            f"({record['company']} — {record['role']})."
        )
