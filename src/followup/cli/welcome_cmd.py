"""`followup welcome`: the guided first run that `make run` starts."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from followup.cli.app import app
from followup.cli.context import get_ctx

INTRO = """\
followup — the follow-up after a job interview, done right.

It tells you how to follow up (email the recruiter, call, send a card, record a video),
when (never the same day, never past a week or the employer's deadline, on a business day)
and why. Try:

  followup plan --interviewed 2026-11-19 --format video --tz America/New_York
  followup plan --interviewed 2026-11-19 --format in-person --channel phone --item "the demo kit"
  followup config            # every setting, and where it came from
  followup --help            # all commands
"""


@app.command("welcome")
def welcome_command(
    ctx: typer.Context,
    ask: Annotated[
        bool | None,
        typer.Option("--ask/--no-ask", help="Ask about your interview (default: when a terminal)."),
    ] = None,
) -> None:
    """A guided first run: what followup does, then a plan for your own interview."""
    from followup.cli.views import show_plan
    from followup.services import planning

    app_ctx = get_ctx(ctx)
    app_ctx.renderer.text(INTRO)
    interactive = sys.stdin.isatty() if ask is None else ask
    if not interactive:
        return
    app_ctx.renderer.text("Let's plan the follow-up for your last interview.")
    given = planning.PlanInput(
        interviewed=typer.prompt("Interview day (YYYY-MM-DD)"),
        format=typer.prompt("Format (video, phone, in-person)", default="video"),
        channel=typer.prompt("Arrangements made by (email, phone, unknown)", default="email"),
        deadline=typer.prompt("Employer's decision date (YYYY-MM-DD, blank: none)", default="")
        or None,
        country=typer.prompt("Recipient's country code", default="US"),
        tz=typer.prompt("Recipient's time zone", default=app_ctx.settings.timezone),
    )
    result = planning.plan_from_flags(app_ctx.settings, given)
    app_ctx.renderer.text()
    show_plan(app_ctx.renderer, result, app_ctx.settings.timezone)
