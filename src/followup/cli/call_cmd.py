"""`followup call ID`: the call sheet, then the outcome recorded."""

from __future__ import annotations

import sys

import click

from followup.cli import options
from followup.cli.context import AppContext, pass_app

OUTCOMES = ("reached", "voicemail", "no-answer")


@click.command("call")
@options.round_id_argument()
@click.option(
    "--outcome",
    metavar="OUTCOME",
    help="Record how the call went: reached, voicemail or no-answer (asked in a terminal).",
)
@click.option("--note", metavar="TEXT", help="A note on the call, stored with it.")
@options.today_option
@options.json_option("Print the call sheet (and what was recorded) as JSON.")
@pass_app
def call_command(
    app: AppContext, round_id: int, outcome: str | None, note: str | None,
    today: str | None, json_out: bool,
) -> None:  # fmt: skip
    """Call about round ID: the script, the voicemail, when and what number to dial.

    Shows the call slot in the recipient's time zone and yours, the number to dial in its
    international form, the talking points and a 20-second voicemail. Then records the
    outcome (--outcome, or asked in a terminal): `reached` or `voicemail` marks the follow-up
    done; `no-answer` keeps it open for another try or the fallback email.
    """
    from followup.services import calls

    sheet = calls.call_sheet(app.settings, round_id, today)
    if not json_out:
        from followup.cli.call_views import show_sheet

        show_sheet(app.renderer, sheet)
    if outcome is None and not json_out and sys.stdin.isatty() and sys.stdout.isatty():
        answer = click.prompt(
            "After the call: reached, voicemail, no-answer (Enter to record nothing)",
            default="",
            show_default=False,
        ).strip()
        outcome = answer or None
    recorded = None
    if outcome is not None:
        recorded = calls.record_call(app.settings, round_id, outcome, today, note)["recorded"]
    if json_out:
        app.renderer.json({**sheet, "recorded": recorded})
    elif recorded is not None:
        from datetime import date

        from followup.core.plan import fmt_day

        on = fmt_day(date.fromisoformat(recorded["on"]))
        app.renderer.say(f"Recorded: call {recorded.get('outcome')} on {on}.")
