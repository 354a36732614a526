"""`followup draft`: write the follow-up for a round, and show, list or edit stored drafts."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

import click

from followup.cli import options
from followup.cli.context import AppContext, pass_app

if TYPE_CHECKING:
    from followup.cli.render import Renderer


class _HasDict(Protocol):
    def to_dict(self) -> dict[str, Any]: ...


R = TypeVar("R", bound=_HasDict)


class DraftGroup(options.Group):
    """`followup draft ID …` runs `write`; `edit`, `show` and `list` manage stored drafts."""

    default_command = "write"

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """The group's options, then those of `followup draft ID` (the `write` command),
        which is what people type: --kind, --each, --to, --save and the rest."""
        super().format_options(ctx, formatter)
        write = self.commands["write"]
        sub = options.HelpContext(write, parent=ctx, info_name="write")
        rows = [
            row
            for param in write.get_params(sub)
            if "--help" not in param.opts and (row := param.get_help_record(sub)) is not None
        ]
        with formatter.section("Options of followup draft ID"):
            formatter.write_dl(rows)


@click.group("draft", cls=DraftGroup, no_args_is_help=True)
def draft_group() -> None:
    """Write the follow-up for an interview round (`followup draft ID`), or show, list and
    edit the drafts stored with it."""


@draft_group.command("write")
@click.argument(
    "round_id",
    metavar="ID",
    type=options.ROUND_ID,
    required=False,
    help="The round's id (see followup list).",
)
@click.option(
    "--kind",
    metavar="KIND",
    help="email, letter, card, phone, video or check-in (default: what the plan calls for).",
)
@click.option("--each", is_flag=True, help="One personal note per interviewer.")
@click.option(
    "--to",
    metavar="NAME",
    help="Write to this person (name, case-insensitive; a prefix will do).",
)
@click.option(
    "--save/--no-save",
    default=True,
    help="Store the drafts with the round (the default), or only show them (--no-save).",
)
@click.option("--force", is_flag=True, help="Draft even before the interview has happened.")
@click.option("--templates", is_flag=True, help="Show where the templates live, and their fields.")
@click.option(
    "--video-url",
    metavar="URL",
    help="Link a recorded video thank-you note in the email (check it first with "
    "followup video check); marking the email done records the video too.",
)
@options.today_option
@options.json_option(options.JSON_MACHINE)
@pass_app
def write_command(
    app: AppContext, round_id: int | None, kind: str | None, each: bool, to: str | None,
    save: bool, force: bool, templates: bool, video_url: str | None, today: str | None,
    json_out: bool,
) -> None:  # fmt: skip
    """Write the follow-up for round ID (the default command: `followup draft ID`).

    Without --kind it is what the plan calls for (an email, or a call script with voicemail
    and fallback email; a card when the round's notes ask for one) to the plan's recipient,
    the person who arranged the interview after a remote one; --each writes a personal note
    to every interviewer, to send alongside it or through the coordinator. Where the round's
    notes say whom to write to (an agency, a shared inbox with someone copied, a call
    instead, their own list of notes that leaves the coordinator out), whom not to contact
    (the panel), that one message only is wanted, whom to thank inside another's note, how
    to greet and sign off ('Hi Rob', 'Ngā mihi'), or what the subject must carry (a
    reference), the drafts follow them. Each draft says whom it is for. Jotted topics are written as
    prose; in a terminal, followup asks for your words where it cannot be sure. Before the
    interview day nothing is written unless --force; after the window the wording is late.
    Every draft is checked; notes to several people are compared so none is a copy.
    """
    from followup.cli import draft_views
    from followup.core.errors import InvalidInput
    from followup.services import drafting

    if templates:
        draft_views.show_templates(app.renderer, app.settings, json_out)
        return
    if round_id is None:
        raise InvalidInput("give the round's ID (see 'followup list'), or --templates")
    if not json_out:
        import sys

        from followup.cli.phrasing_prompt import ask_for_words

        if sys.stdin.isatty():  # the questions are asked in a terminal only
            readers = drafting.readers(app.settings, round_id, each=each, to=to, today=today)
            ask_for_words(app, round_id, qualifications=True, readers=readers)
    batch = drafting.write_drafts(
        app.settings,
        round_id,
        kind=kind,
        each=each,
        to=to,
        save=save,
        today=today,
        video_url=video_url,
        force=force,
    )
    if any(w.draft.id is not None for w in batch.written):
        app.renderer.stored("the drafts are stored")
    _emit(app, json_out, batch, draft_views.show_batch)


@draft_group.command("show")
@click.argument("draft_id", metavar="DRAFT_ID", type=options.DRAFT_ID, help="The draft's id.")
@options.today_option
@options.json_option(options.JSON_MACHINE)
@pass_app
def show_command(app: AppContext, draft_id: int, today: str | None, json_out: bool) -> None:
    """Show a stored draft (as edited) and what the checker says about it."""
    from followup.cli import draft_views
    from followup.services import drafting

    written = drafting.show_draft(app.settings, draft_id, today)
    _emit(app, json_out, written, draft_views.show_written)


@draft_group.command("list")
@options.round_id_argument()
@options.today_option
@options.json_option(options.JSON_MACHINE)
@pass_app
def list_command(app: AppContext, round_id: int, today: str | None, json_out: bool) -> None:
    """List the drafts stored with round ID, with each one's verdict."""
    from followup.cli import draft_views
    from followup.services import drafting

    batch = drafting.list_round_drafts(app.settings, round_id, today)
    _emit(app, json_out, batch, draft_views.show_list)


@draft_group.command("edit")
@click.argument("draft_id", metavar="DRAFT_ID", type=options.DRAFT_ID, help="The draft's id.")
@click.option(
    "--body-file",
    type=click.Path(path_type=Path),
    metavar="FILE",
    help="Take the new text from this file ('-': standard input) instead of $EDITOR. "
    "For an email, a first line 'Subject: …' sets the subject.",
)
@options.today_option
@options.json_option(options.JSON_MACHINE)
@pass_app
def edit_command(
    app: AppContext, draft_id: int, body_file: Path | None, today: str | None, json_out: bool
) -> None:
    """Edit a stored draft in $EDITOR (or from --body-file); the edited text is what counts.

    That text is what the checker reads and what is sent.
    """
    from followup.cli import draft_views
    from followup.services import drafting

    text: str | None
    if body_file is not None:
        text = drafting.read_body_file(body_file)
    else:
        text = _edit_in_editor(drafting.current_text(app.settings, draft_id))
    written = drafting.edit_draft(app.settings, draft_id, text, today)
    if text is not None:
        app.renderer.stored(f"draft #{draft_id} is stored")
    _emit(app, json_out, written, draft_views.show_written)


def _emit(app: AppContext, json_out: bool, result: R, view: Callable[[Renderer, R], None]) -> None:
    """How every draft command ends: the result as JSON for machines, or its human view."""
    if json_out:
        app.renderer.json(result.to_dict())
    else:
        view(app.renderer, result)


def _edit_in_editor(text: str) -> str | None:
    """The text after the user's editor; None when they quit without saving."""
    from followup.core.errors import InvalidInput

    editor = os.environ.get("VISUAL") or os.environ.get("EDITOR")
    if not editor and not sys.stdin.isatty():
        raise InvalidInput("no editor: set $EDITOR, or pass --body-file FILE")
    return click.edit(text, editor=editor, extension=".txt", require_save=True)
