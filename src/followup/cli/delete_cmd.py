"""`followup delete ID`: delete a round, after asking."""

from __future__ import annotations

import sys

import click

from followup.cli import options
from followup.cli.context import AppContext, pass_app


@click.command("delete")
@options.round_id_argument()
@click.option("--yes", "-y", is_flag=True, help="Do not ask; delete.")
@options.json_option("Print what was deleted as JSON.")
@pass_app
def delete_command(app: AppContext, round_id: int, yes: bool, json_out: bool) -> int | None:
    """Delete an interview round with its people, follow-ups and drafts (asks first)."""
    from followup.core.errors import InvalidInput
    from followup.services import records

    if not yes:
        what = records.describe_round(app.settings, round_id)
        if not sys.stdin.isatty():
            raise InvalidInput(f"not deleting {what} without confirmation: pass --yes")
        if not click.confirm(f"Delete {what}, with its follow-ups and drafts?", default=False):
            app.renderer.text("Nothing was deleted.")
            return 1
    result = records.delete_round(app.settings, round_id)
    app.renderer.stored(f"round #{round_id} is deleted")
    if json_out:
        app.renderer.json(result)
    else:
        app.renderer.text(f"Deleted round #{round_id} ({result['company']} — {result['role']}).")
    return None
