"""`followup done ID`: record that the follow-up was done."""

from __future__ import annotations

import click

from followup.cli import options
from followup.cli.context import AppContext, pass_app


@click.command("done")
@options.round_id_argument()
@click.option(
    "--via",
    required=True,
    metavar="KIND",
    help="How you followed up: email, phone, card, video, letter.",
)
@click.option("--on", metavar="DATE", help="When, YYYY-MM-DD (default: today).")
@click.option("--note", metavar="TEXT", help="What happened.")
@options.today_option
@options.json_option(options.JSON_RECORD)
@pass_app
def done_command(
    app: AppContext, round_id: int, via: str, on: str | None, note: str | None,
    today: str | None, json_out: bool,
) -> None:  # fmt: skip
    """Record a follow-up you did; the round's plan then shows status done."""
    from followup.services import records

    record = records.record_done(app.settings, round_id, via, on, note, today)
    app.renderer.stored(f"the follow-up of round #{round_id} is recorded")
    if json_out:
        app.renderer.json(record)
    else:
        action = record["recorded"]
        to = f" to {action['to']}" if action.get("to") else ""
        app.renderer.text(
            f"Recorded: {action['kind']}{to} on {action['on']} for round #{round_id} "
            f"({record['company']} — {record['role']})."
        )
