"""The Typer application: the root callback and the registration of every command group."""

from __future__ import annotations

import typer

from followup import __version__
from followup.cli.context import AppContext

app = typer.Typer(
    name="followup",
    help=(
        "Follow up after a job interview the right way: how (email, call, card, video), "
        "when (never too soon, never too late) and what to say."
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"followup {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    ctx: typer.Context,
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Print the version and exit."
    ),
    db: str | None = typer.Option(
        None,
        "--db",
        metavar="URL",
        help="Database to use: a SQLAlchemy URL (sqlite:///path.db) or a file path. "
        "Default: FOLLOWUP_DB, else followup.db in your data folder.",
    ),
) -> None:
    """Follow up after a job interview: how, when, and what to say."""
    ctx.obj = AppContext(overrides={"store.db": db})


from followup.cli import (  # noqa: E402  (commands register on import)
    add_cmd,
    check_cmd,
    config_cmd,
    debrief_cmd,
    delete_cmd,
    done_cmd,
    draft_cmd,
    edit_cmd,
    export_cmd,
    import_cmd,
    list_cmd,
    plan_cmd,
    profile_cmd,
    show_cmd,
    today_cmd,
    welcome_cmd,
)

__all__ = [
    "add_cmd",
    "app",
    "check_cmd",
    "config_cmd",
    "debrief_cmd",
    "delete_cmd",
    "done_cmd",
    "draft_cmd",
    "edit_cmd",
    "export_cmd",
    "import_cmd",
    "list_cmd",
    "plan_cmd",
    "profile_cmd",
    "show_cmd",
    "today_cmd",
    "welcome_cmd",
]
