"""`followup debrief ID FILE`: topics and details for a round, from a meeting transcript."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from followup.cli import options
from followup.cli.app import app
from followup.cli.context import get_ctx


@app.command("debrief")
def debrief_command(
    ctx: typer.Context,
    round_id: options.RoundId,
    file: Annotated[
        Path,
        typer.Argument(
            metavar="FILE",
            help="The transcript: WebVTT or SRT (Zoom, Teams, Meet exports) or plain notes.",
        ),
    ],
    yes: Annotated[
        bool, typer.Option("--yes", "-y", help="Store every proposal without asking.")
    ] = False,
    json_out: Annotated[
        bool,
        typer.Option(
            "--json",
            help="Print the proposals as JSON and store nothing (with --yes: store them all "
            "and print what was stored).",
        ),
    ] = False,
) -> None:
    """Propose topics and specific details for round ID from what was said in the meeting.

    Keyphrases are found locally; nothing is stored until you accept it (one question per
    proposal, or --yes for all). Drafts then mention what was really discussed.
    """
    from followup.cli import debrief_views
    from followup.core.errors import InvalidInput
    from followup.services import debrief

    app_ctx = get_ctx(ctx)
    interactive = not yes and not json_out
    if interactive and not sys.stdin.isatty():
        raise InvalidInput(
            "confirm each proposal in a terminal, or pass --yes (store all) or --json (only show)"
        )
    accept = debrief_views.acceptor(app_ctx.renderer, yes=yes, ask=interactive)
    result = debrief.debrief_round(app_ctx.settings, round_id, file, accept)
    if json_out:
        app_ctx.renderer.json(result.to_dict())
    else:
        debrief_views.show_result(app_ctx.renderer, result)
