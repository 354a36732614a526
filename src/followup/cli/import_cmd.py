"""`followup import FILE`: record an interview round from a calendar invite or an email."""

from __future__ import annotations

import click

from followup.cli import options
from followup.cli.context import AppContext, pass_app


@click.command("import")
@click.argument(
    "file",
    metavar="FILE",
    help="The invite: an .ics file, or an .eml email (with or without one).",
)
@click.option("--company", metavar="TEXT", help="The employer (fills in or overrides the invite).")
@click.option("--role", metavar="TEXT", help="The position (fills in or overrides the invite).")
@click.option(
    "--format",
    metavar="FORMAT",
    help="video, phone or in-person (overrides what was inferred).",
)
@click.option("--dry-run", is_flag=True, help="Show what would be recorded; store nothing.")
@click.option(
    "--yes",
    is_flag=True,
    help="Yes to its questions: delete the round a cancellation is about; accept an interview "
    "day more than input.far_days (90) days from today.",
)
@options.today_option
@options.json_option("Print the record, with what could not be inferred, as JSON.")
@pass_app
def import_command(
    app: AppContext, file: str, company: str | None, role: str | None, format: str | None,
    dry_run: bool, yes: bool, today: str | None, json_out: bool,
) -> None:  # fmt: skip
    """Record an interview round from a calendar invite (.ics) or an invitation email (.eml).

    Reads invites as Google Calendar, Outlook/Teams, Zoom and Webex send them: date, time and
    time zone (and the country, from an IANA zone), format, the coordinator (the organizer,
    unless a scheduling service sent it: then a recruiter named in the text), the other
    attendees (interviewers), company and role. What the invite does not say is listed;
    flags fill it in. The same invite again, or a later version of it (same UID, higher
    SEQUENCE), updates the round it made; a cancellation offers to delete that round.
    """
    from followup.cli.asking import settle
    from followup.services import importing

    given = importing.ImportInput(file, company, role, format, dry_run, today, yes)
    record = settle(lambda g: importing.import_invite(app.settings, g, _confirm_cancel), given)
    if not dry_run:
        app.renderer.stored("the import is stored")
    if json_out:
        app.renderer.json(record)
    else:
        from followup.cli.import_views import show_import

        show_import(app.renderer, record)


def _confirm_cancel(record: dict[str, object]) -> bool:
    """Ask before a cancellation deletes its round (never without a terminal)."""
    import sys

    if not sys.stdin.isatty():
        return False
    what = f"round {record['id']} ({record['company']}, {record['interviewed']})"
    return click.confirm(f"The invite cancels {what}. Delete it?", default=False)
