"""`followup import FILE`: record an interview round from a calendar invite or an email."""

from __future__ import annotations

from typing import Annotated

import typer

from followup.cli import options
from followup.cli.app import app
from followup.cli.context import get_ctx


@app.command("import")
def import_command(
    ctx: typer.Context,
    file: Annotated[
        str,
        typer.Argument(
            metavar="FILE", help="The invite: an .ics file, or an .eml email (with or without one)."
        ),
    ],
    company: Annotated[
        str | None,
        typer.Option("--company", help="The employer (fills in or overrides the invite)."),
    ] = None,
    role: Annotated[
        str | None, typer.Option("--role", help="The position (fills in or overrides the invite).")
    ] = None,
    format: Annotated[
        str | None,
        typer.Option("--format", help="video, phone or in-person (overrides what was inferred)."),
    ] = None,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Show what would be recorded; store nothing.")
    ] = False,
    today: options.Today = None,
    json_out: Annotated[
        bool,
        typer.Option("--json", help="Print the record, with what could not be inferred, as JSON."),
    ] = False,
) -> None:
    """Record an interview round from a calendar invite (.ics) or an invitation email (.eml).

    Reads invites as Google Calendar, Outlook/Teams, Zoom and Webex send them: date, time and
    time zone (and the country, from an IANA zone), format, the coordinator (the organizer,
    unless a scheduling service sent it: then a recruiter named in the text), the other
    attendees (interviewers), company and role. What the invite does not say is listed;
    flags fill it in.
    """
    from followup.services import importing

    app_ctx = get_ctx(ctx)
    given = importing.ImportInput(file, company, role, format, dry_run, today)
    record = importing.import_invite(app_ctx.settings, given)
    if json_out:
        app_ctx.renderer.json(record)
    else:
        from followup.cli.import_views import show_import

        show_import(app_ctx.renderer, record)
