"""`followup welcome`: the guided first run that `make run` starts."""

from __future__ import annotations

import sys

import click

from followup.cli.context import AppContext, pass_app

INTRO = """\
followup — the follow-up after a job interview, done right.

It tells you how to follow up (email the recruiter, call, send a card, record a video),
when (never the same day, never past a week or the employer's deadline, on a business day)
and why; it drafts the note from what was said, checks it, and tracks it. Try:

  followup plan --interviewed 2026-11-19 --format video --tz America/New_York
  followup profile --name "Your Name" --email you@example.com --qualification "what you bring"
  followup add                 # record an interview (asks for each detail)
  followup import invite.ics   # or record it from the calendar invite
  followup today               # what to do today, and what comes next
  followup draft 1             # the follow-up for round 1, checked before you send it
  followup check note.txt      # check any note you wrote yourself
  followup --help              # all commands ('source .venv/bin/activate' puts followup on PATH)
"""


@click.command("welcome")
@click.option(
    "--ask/--no-ask", default=None, help="Ask about your interview (default: when a terminal)."
)
@pass_app
def welcome_command(app: AppContext, ask: bool | None) -> None:
    """A guided first run: what followup does, then a plan for your own interview."""
    from followup.cli.views import show_plan
    from followup.services import planning

    app.renderer.text(INTRO)
    interactive = sys.stdin.isatty() if ask is None else ask
    if not interactive:
        return
    app.renderer.text("Let's plan the follow-up for your last interview.")
    given = planning.PlanInput(
        interviewed=click.prompt("Interview day (YYYY-MM-DD)"),
        format=click.prompt("Format (video, phone, in-person)", default="video"),
        channel=click.prompt("Arrangements made by (email, phone, unknown)", default="email"),
        deadline=click.prompt("Employer's decision date (YYYY-MM-DD, blank: none)", default="")
        or None,
        country=click.prompt("Recipient's country code", default="US"),
        tz=click.prompt("Recipient's time zone", default=app.settings.timezone),
    )
    result = planning.plan_from_flags(app.settings, given)
    app.renderer.text()
    show_plan(app.renderer, result, app.settings.timezone)
