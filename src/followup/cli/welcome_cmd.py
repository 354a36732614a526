"""`followup welcome`: the guided first run of the command line (`make run` starts the web app)."""

from __future__ import annotations

import sys

import click

from followup.cli import options
from followup.cli.context import AppContext, pass_app

INTRO = (
    "followup — the follow-up after a job interview, done right.",
    "It tells you how to follow up (email the recruiter, call, send a card, record a video), "
    "when (never the same day, never past a week or the employer's deadline, on a business "
    "day) and why; it drafts the note from what was said, checks it, and tracks it. Try:",
)
TRY = (
    ("followup plan --interviewed 2026-11-19 --format video --tz America/New_York", ""),
    ('followup profile --name "Your Name" --email you@example.com --qualification "what you '
     'bring"', ""),
    ("followup add", "record an interview (asks for each detail)"),
    ("followup import invite.ics", "or record it from the calendar invite"),
    ("followup today", "what to do today, and what comes next"),
    ("followup draft 1", "the follow-up for round 1, checked before you send it"),
    ("followup check note.txt", "check any note you wrote yourself"),
    ("followup --help", "all commands"),
)  # fmt: skip


def intro_lines(size: int) -> list[str]:
    """What followup does and what to try, fitted to `size` columns: a command and its
    comment side by side where both fit, else the comment on the next line."""
    from followup.cli import layout

    lines: list[str] = []
    for paragraph in INTRO:
        lines += [*layout.wrap(paragraph, size), ""]
    lines.pop()
    lines.append("")
    column = max(len(command) for command, note in TRY if note)
    for command, note in TRY:
        if not note:
            lines += layout.wrap(command, size, "  ", "      ")
        elif column + 6 + layout.cells(note) <= size:
            lines += layout.wrap(note, size, "  " + layout.pad(command, column) + "  # ")
        else:
            lines += layout.wrap(command, size, "  ", "      ")
            lines += layout.wrap(note, size, "    # ", "      ")
    hint = _path_hint()
    if hint:
        lines += ["", *layout.wrap(hint, size)]
    return lines


def _path_hint() -> str:
    """How to put `followup` on PATH, when it is not there but sits in this Python's
    environment (run from a source checkout's .venv): else nothing."""
    import os

    if any(os.access(os.path.join(d, "followup"), os.X_OK) for d in os.get_exec_path()):
        return ""
    here = os.path.join(sys.prefix, "bin", "followup")
    if sys.prefix == sys.base_prefix or not os.access(here, os.X_OK):
        return ""
    activate = os.path.join(sys.prefix, "bin", "activate")
    return f"followup is not on your PATH: 'source {activate}' puts it there."


@click.command("welcome")
@click.option(
    "--ask/--no-ask", default=None, help="Ask about your interview (default: when a terminal)."
)
@options.today_option
@pass_app
def welcome_command(app: AppContext, ask: bool | None, today: str | None) -> None:
    """A guided first run: what followup does, then your interview recorded and planned.

    In a terminal it asks for your name, then about your last interview (each answer is
    checked as you type it and asked again when it cannot be used), with the recruiter who
    arranged it (email or phone) and the interviewers; it saves the interview, shows the
    plan, and offers to write the follow-up.
    """
    from followup.cli.add_cmd import ask_missing
    from followup.cli.asking import settle
    from followup.cli.layout import width
    from followup.services import planning, records

    if today:
        planning.today_for(app.settings, today)  # a bad --today is refused before anything
    for line in intro_lines(width()):
        app.renderer.text(line)
    interactive = sys.stdin.isatty() if ask is None else ask
    if not interactive:
        return
    _ask_profile(app)
    app.renderer.text("\nNow your last interview.")
    given = records.RoundInput()
    ask_missing(app.settings, given, today, need_contact=True)
    record = settle(lambda g: records.add_round(app.settings, g, today), given)
    round_id = int(record["id"])
    app.renderer.text(
        f"\nSaved as interview round #{round_id} ({record['company']} — {record['role']})."
    )
    _show_plan(app, round_id, today)
    _offer_draft(app, record, round_id, today)


def _ask_profile(app: AppContext) -> None:
    """Your name (drafts are signed with it) and email, once; kept in your profile."""
    from followup.core.errors import InvalidInput
    from followup.core.records import check_email
    from followup.services import records

    profile = records.get_profile(app.settings)
    if profile.name:
        app.renderer.text(f"Welcome back, {profile.name}.")
        return
    name = ""
    while not name.strip():
        name = click.prompt("Your name (drafts are signed with it)").strip()
    email = None
    while True:
        email = click.prompt("Your email (blank: skip)", default="", show_default=False).strip()
        try:
            check_email(email or None, "email")
            break
        except InvalidInput as exc:
            click.echo(f"  {exc}", err=True)
    records.update_profile(app.settings, name=name, email=email or None)


def _show_plan(app: AppContext, round_id: int, today: str | None) -> None:
    from followup.cli.views import show_plan
    from followup.services import records

    plan, contact = records.plan_and_contact(app.settings, round_id, today)
    app.renderer.text()
    show_plan(app.renderer, plan, app.settings.timezone, contact, round_id)


def _offer_draft(app: AppContext, record: dict, round_id: int, today: str | None) -> None:
    from datetime import date

    from followup.services import planning

    day = planning.today_for(app.settings, today)
    if date.fromisoformat(record["interviewed"]) >= day:
        app.renderer.text(
            f"\nAfter the interview, 'followup draft {round_id}' writes the follow-up."
        )
        return
    blocked = _why_no_draft(app, round_id, today)
    if blocked:
        app.renderer.text(f"\nNo draft yet: {blocked}")
        return
    if not click.confirm("\nWrite the follow-up draft now?", default=True):
        app.renderer.text(f"Later: followup draft {round_id}")
        return
    from followup.cli.draft_cmd import write_command

    click.get_current_context().invoke(write_command, round_id=round_id, today=today)


def _why_no_draft(app: AppContext, round_id: int, today: str | None) -> str | None:
    """What stops the follow-up draft of the round being written now, and what to add (the
    draft is composed, not stored, to find out); None when it can be written."""
    from followup.core.errors import FollowupError
    from followup.services import drafting, records

    if not records.get_interview(app.settings, round_id).people:
        return (
            "nobody is recorded for this interview, so there is no one to write to. Add who "
            f"arranged it or who interviewed you: followup edit {round_id} --coordinator "
            f"'Name <email>' (or --interviewer), then followup draft {round_id}."
        )
    try:
        drafting.write_drafts(app.settings, round_id, today=today, save=False, judge=False)
    except FollowupError as error:
        return f"{error.message}; then followup draft {round_id}."
    return None
