"""`followup export` and `followup restore`: everything out to a file, and back."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from followup.cli.app import app
from followup.cli.context import get_ctx


@app.command("export")
def export_command(
    ctx: typer.Context,
    format: Annotated[
        str,
        typer.Option(
            "--format",
            help="json (everything, lossless) or csv (one row per round: "
            "a record of job-search activity).",
        ),
    ] = "json",
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write to this file (default: stdout).")
    ] = None,
    json_out: Annotated[
        bool, typer.Option("--json", help="With --output: print a JSON summary.")
    ] = False,
) -> None:
    """Export your interviews, follow-ups, drafts and profile. Files are written atomically."""
    import sys

    from followup.services import records

    app_ctx = get_ctx(ctx)
    if output is None:
        sys.stdout.write(records.export_text(app_ctx.settings, format))
        return
    summary = records.export_to(app_ctx.settings, format, output)
    if json_out:
        app_ctx.renderer.json(summary)
    else:
        app_ctx.renderer.text(f"Wrote {summary['path']} ({summary['bytes']} bytes).")


@app.command("restore")
def restore_command(
    ctx: typer.Context,
    file: Annotated[Path, typer.Argument(metavar="FILE.json", help="A 'followup export' file.")],
    replace: Annotated[
        bool, typer.Option("--replace", help="Overwrite what is stored now.")
    ] = False,
    json_out: Annotated[bool, typer.Option("--json", help="Print counts as JSON.")] = False,
) -> None:
    """Load a JSON export, exactly as it was. Refuses to overwrite stored data without
    --replace; all or nothing."""
    from followup.services import records

    app_ctx = get_ctx(ctx)
    counts = records.restore(app_ctx.settings, file, replace)
    if json_out:
        app_ctx.renderer.json(counts)
    else:
        app_ctx.renderer.text(
            f"Restored {counts['rounds']} rounds of {counts['applications']} applications, "
            f"{counts['actions']} follow-ups and {counts['drafts']} drafts."
        )
