"""`followup draft`: write the follow-up for a round, and show, list or edit stored drafts."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Protocol, TypeVar

import typer
from typer.core import TyperGroup

from followup.cli import options
from followup.cli.app import app
from followup.cli.context import AppContext, get_ctx

if TYPE_CHECKING:
    from followup.cli.render import Renderer


class _HasDict(Protocol):
    def to_dict(self) -> dict[str, Any]: ...


R = TypeVar("R", bound=_HasDict)


class DraftGroup(TyperGroup):
    """`followup draft ID …` runs `write`; `edit`, `show` and `list` manage stored drafts."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and args[0] not in ("-h", "--help"):
            args = ["write", *args]
        result: list[str] = super().parse_args(ctx, args)
        return result


draft_app = typer.Typer(
    cls=DraftGroup,
    no_args_is_help=True,
    help=(
        "Write the follow-up for an interview round (`followup draft ID`), or show, list and "
        "edit the drafts stored with it."
    ),
)
app.add_typer(draft_app, name="draft")


@draft_app.command("write")
def write_command(
    ctx: typer.Context,
    round_id: Annotated[
        int | None, typer.Argument(metavar="ID", help="The round's id (see followup list).")
    ] = None,
    kind: Annotated[
        str | None,
        typer.Option("--kind", help="email, letter, card, phone or video (default: the plan's)."),
    ] = None,
    each: Annotated[
        bool, typer.Option("--each", help="One personal note per interviewer.")
    ] = False,
    to: Annotated[
        str | None,
        typer.Option(
            "--to", help="Write to this person (name, case-insensitive; a prefix will do)."
        ),
    ] = None,
    save: Annotated[
        bool, typer.Option("--save/--no-save", help="Store the drafts with the round.")
    ] = True,
    templates: Annotated[
        bool, typer.Option("--templates", help="Show where the templates live, and their fields.")
    ] = False,
    today: options.Today = None,
    json_out: options.JsonMachine = False,
) -> None:
    """Write the follow-up for round ID (the default command: `followup draft ID`).

    Without --kind it is what the plan calls for (an email, or a call script with voicemail
    and fallback email) to the plan's recipient. Every draft is checked; notes to several
    people are compared so none is a copy of another.
    """
    from followup.cli import draft_views
    from followup.core.errors import InvalidInput
    from followup.services import drafting

    app_ctx = get_ctx(ctx)
    if templates:
        draft_views.show_templates(app_ctx.renderer, app_ctx.settings, json_out)
        return
    if round_id is None:
        raise InvalidInput("give the round's ID (see 'followup list'), or --templates")
    batch = drafting.write_drafts(
        app_ctx.settings, round_id, kind=kind, each=each, to=to, save=save, today=today
    )
    _emit(app_ctx, json_out, batch, draft_views.show_batch)


@draft_app.command("show")
def show_command(
    ctx: typer.Context,
    draft_id: Annotated[int, typer.Argument(metavar="DRAFT_ID", help="The draft's id.")],
    today: options.Today = None,
    json_out: options.JsonMachine = False,
) -> None:
    """Show a stored draft (as edited) and what the checker says about it."""
    from followup.cli import draft_views
    from followup.services import drafting

    app_ctx = get_ctx(ctx)
    written = drafting.show_draft(app_ctx.settings, draft_id, today)
    _emit(app_ctx, json_out, written, draft_views.show_written)


@draft_app.command("list")
def list_command(
    ctx: typer.Context,
    round_id: options.RoundId,
    today: options.Today = None,
    json_out: options.JsonMachine = False,
) -> None:
    """List the drafts stored with round ID, with each one's verdict."""
    from followup.cli import draft_views
    from followup.services import drafting

    app_ctx = get_ctx(ctx)
    batch = drafting.list_round_drafts(app_ctx.settings, round_id, today)
    _emit(app_ctx, json_out, batch, draft_views.show_list)


@draft_app.command("edit")
def edit_command(
    ctx: typer.Context,
    draft_id: Annotated[int, typer.Argument(metavar="DRAFT_ID", help="The draft's id.")],
    body_file: Annotated[
        Path | None,
        typer.Option(
            "--body-file",
            help="Take the new text from this file ('-': standard input) instead of $EDITOR. "
            "For an email, a first line 'Subject: …' sets the subject.",
        ),
    ] = None,
    today: options.Today = None,
    json_out: options.JsonMachine = False,
) -> None:
    """Edit a stored draft in $EDITOR (or from --body-file); the edited text is what counts.

    That text is what the checker reads and what is sent.
    """
    from followup.cli import draft_views
    from followup.services import drafting

    app_ctx = get_ctx(ctx)
    text: str | None
    if body_file is not None:
        text = drafting.read_body_file(body_file)
    else:
        text = _edit_in_editor(drafting.current_text(app_ctx.settings, draft_id))
    written = drafting.edit_draft(app_ctx.settings, draft_id, text, today)
    _emit(app_ctx, json_out, written, draft_views.show_written)


def _emit(
    app_ctx: AppContext, json_out: bool, result: R, view: Callable[[Renderer, R], None]
) -> None:
    """How every draft command ends: the result as JSON for machines, or its human view."""
    if json_out:
        app_ctx.renderer.json(result.to_dict())
    else:
        view(app_ctx.renderer, result)


def _edit_in_editor(text: str) -> str | None:
    """The text after the user's editor; None when they quit without saving."""
    import click

    from followup.core.errors import InvalidInput

    editor = os.environ.get("VISUAL") or os.environ.get("EDITOR")
    if not editor and not sys.stdin.isatty():
        raise InvalidInput("no editor: set $EDITOR, or pass --body-file FILE")
    return click.edit(text, editor=editor, extension=".txt", require_save=True)
