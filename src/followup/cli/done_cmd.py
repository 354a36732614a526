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
@click.option("--on", metavar="DATE", help=f"When (default: today), {options.DATE_FORMS}.")
@click.option("--note", metavar="TEXT", help="What happened.")
@options.yes_option
@options.today_option
@options.json_option(options.JSON_RECORD)
@pass_app
def done_command(
    app: AppContext, round_id: int, via: str, on: str | None, note: str | None, yes: bool,
    today: str | None, json_out: bool,
) -> None:  # fmt: skip
    """Record a follow-up you did; the round's plan then shows status done."""
    from followup.cli.asking import settle
    from followup.services import records

    given = records.DoneInput(via, on, note, yes)
    record = settle(
        lambda g: records.record_done(
            app.settings, round_id, g.via, g.on, g.note, today, yes=g.yes
        ),
        given,
    )
    app.renderer.stored(f"the follow-up of round #{round_id} is recorded")
    if json_out:
        app.renderer.json(record)
    else:
        from datetime import date

        from followup.core.plan import fmt_day

        action = record["recorded"]
        to = f" to {action['to']}" if action.get("to") else ""
        on_day = fmt_day(date.fromisoformat(action["on"]))
        if record.get("already_recorded"):
            app.renderer.say(
                f"Already recorded: {action['kind']}{to} on {on_day} for round #{round_id} "
                f"({record['company']} — {record['role']}); nothing new was stored."
            )
            return
        app.renderer.say(
            f"Recorded: {action['kind']}{to} on {on_day} for round #{round_id} "
            f"({record['company']} — {record['role']})."
        )
