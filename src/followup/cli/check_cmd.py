"""`followup check FILE…`: check follow-up notes for tone, content and names (SPEC §5)."""

from __future__ import annotations

from typing import Annotated

import typer

from followup.cli.app import app
from followup.cli.context import get_ctx


@app.command("check")
def check_command(
    ctx: typer.Context,
    files: Annotated[
        list[str],
        typer.Argument(
            metavar="FILE…", help="Notes to check (plain text); - reads standard input."
        ),
    ],
    kind: Annotated[
        str, typer.Option("--kind", help="What the note is: email, letter or card.")
    ] = "email",
    company: Annotated[
        str | None, typer.Option("--company", help="The company interviewed with.")
    ] = None,
    role: Annotated[str | None, typer.Option("--role", help="The role interviewed for.")] = None,
    person: Annotated[
        list[str] | None,
        typer.Option("--person", help="Someone met at the interview (repeat for each)."),
    ] = None,
    topic: Annotated[
        list[str] | None,
        typer.Option("--topic", help="A topic or detail discussed (repeat for each)."),
    ] = None,
    interview: Annotated[
        int | None,
        typer.Option(
            "--interview",
            metavar="ID",
            help="Take the company, role, people and topics from stored round ID.",
        ),
    ] = None,
    json_out: Annotated[
        bool, typer.Option("--json", help="Print one JSON object per file, one per line.")
    ] = False,
) -> None:
    """Check follow-up notes before they go out: the elements a thank-you needs, and what
    would hurt you (desperation, negativity, casual language, pushiness, leftover
    placeholders, names that do not match the record, a wrong length).

    Exit status: 0 when every note is ready, 1 when any needs revising, 2 or 3 when a
    file cannot be read (missing, a folder, binary, too large).
    """
    from followup.cli.check_view import show_checks
    from followup.services import checking

    app_ctx = get_ctx(ctx)
    settings = app_ctx.settings
    facts = checking.facts_from_options(
        settings, company, role, person or [], topic or [], interview
    )
    outcomes = checking.check_files(settings, files, kind.strip().lower(), facts)
    show_checks(app_ctx.renderer, outcomes, json_out)
    raise typer.Exit(checking.exit_code(outcomes))
