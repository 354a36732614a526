"""`followup export` and `followup restore`: everything out to a file, and back."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from followup.cli import options
from followup.cli.context import AppContext, pass_app


@click.command("export")
@click.option(
    "--format",
    default="json",
    show_default=True,
    metavar="FORMAT",
    help="json (everything, lossless) or csv (one row per round: a record of job-search activity).",
)
@click.option(
    "--output",
    "-o",
    type=click.Path(path_type=Path),
    metavar="FILE",
    help="Write to this file (default: stdout).",
)
@options.json_option("With --output: print a JSON summary.")
@pass_app
def export_command(app: AppContext, format: str, output: Path | None, json_out: bool) -> None:
    """Export your interviews, follow-ups, drafts and profile. Files are written atomically."""
    from followup.services import records

    if output is None:
        sys.stdout.write(records.export_text(app.settings, format))
        return
    summary = records.export_to(app.settings, format, output)
    if json_out:
        app.renderer.json(summary)
    else:
        app.renderer.text(f"Wrote {summary['path']} ({summary['bytes']} bytes).")


@click.command("restore")
@click.argument(
    "file", metavar="FILE.json", type=click.Path(path_type=Path), help="A 'followup export' file."
)
@click.option("--replace", is_flag=True, help="Overwrite what is stored now.")
@options.json_option("Print counts as JSON.")
@pass_app
def restore_command(app: AppContext, file: Path, replace: bool, json_out: bool) -> None:
    """Load a JSON export, exactly as it was. Refuses to overwrite stored data without
    --replace; all or nothing."""
    from followup.services import records

    counts = records.restore(app.settings, file, replace)
    app.renderer.stored("the export is restored")
    if json_out:
        app.renderer.json(counts)
    else:
        app.renderer.text(
            f"Restored {counts['rounds']} rounds of {counts['applications']} applications, "
            f"{counts['actions']} follow-ups and {counts['drafts']} drafts."
        )
