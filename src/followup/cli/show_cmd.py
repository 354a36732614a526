"""`followup show ID`: one interview round, its people, follow-ups and plan."""

from __future__ import annotations

import click

from followup.cli import options
from followup.cli.context import AppContext, pass_app


@click.command("show")
@options.round_id_argument()
@options.today_option
@options.json_option("Print the record (with its plan) as JSON.")
@pass_app
def show_command(app: AppContext, round_id: int, today: str | None, json_out: bool) -> None:
    """Show one interview round: what was recorded, what was done, and the plan."""
    from followup.services import records

    record = records.show_round(app.settings, round_id, today)
    if json_out:
        app.renderer.json(record)
    else:
        from followup.cli.record_views import show_record

        show_record(app.renderer, record)
