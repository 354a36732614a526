"""`followup calendar`: open follow-up windows as an .ics file for your calendar app."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from followup.cli import options
from followup.cli.context import AppContext, pass_app


@click.command("calendar")
@click.option(
    "--output",
    "-o",
    metavar="FILE",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the calendar to FILE (e.g. followups.ics) instead of printing it.",
)
@options.today_option
@options.json_option('Print {"events", "path"} as JSON (with -o).')
@pass_app
def calendar_command(
    app: AppContext, output: Path | None, today: str | None, json_out: bool
) -> None:
    """Write every open follow-up window as a calendar (.ics) to import.

    One all-day event per round whose follow-up is still to do, from the window's first day
    to its last, with a reminder on the ideal day at the send time. Importing the file again
    updates the events instead of adding copies (each round keeps its UID).
    """
    from followup.services import calendars

    result = calendars.calendar_file(app.settings, today=today, output=output)
    if output is None and not json_out:
        sys.stdout.flush()
        sys.stdout.buffer.write(result["ics"].encode("utf-8"))  # CRLF lines, as RFC 5545 says
        sys.stdout.buffer.flush()
        return
    if json_out:
        app.renderer.json({"events": result["events"], "path": result["path"]})
    else:
        count = result["events"]
        windows = "1 follow-up window" if count == 1 else f"{count} follow-up windows"
        app.renderer.say(f"Wrote {windows} to {result['path']}.")
