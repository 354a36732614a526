"""The Typer application: the root callback and the registration of every command group."""

from __future__ import annotations

import importlib
from collections.abc import Sequence

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
    rich_markup_mode=None,
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
        "Default: FOLLOWUP_DB, else the store.db setting (followup.db in your data folder).",
    ),
) -> None:
    """Follow up after a job interview: how, when, and what to say."""
    ctx.obj = AppContext(overrides={"store.db": db})


# Each command lives in its own module and registers itself on `app` when imported. Only the
# module of the command being run is imported (see `load_commands`), so a command never pays
# for building the others: start-up stays close to Python's own.
COMMANDS: dict[str, str] = {
    "add": "add_cmd",
    "check": "check_cmd",
    "config": "config_cmd",
    "debrief": "debrief_cmd",
    "delete": "delete_cmd",
    "done": "done_cmd",
    "draft": "draft_cmd",
    "edit": "edit_cmd",
    "export": "export_cmd",
    "import": "import_cmd",
    "list": "list_cmd",
    "plan": "plan_cmd",
    "profile": "profile_cmd",
    "restore": "export_cmd",
    "show": "show_cmd",
    "today": "today_cmd",
    "welcome": "welcome_cmd",
}
ROOT_OPTIONS_WITH_VALUE = {"--db"}


def command_named(args: Sequence[str]) -> str | None:
    """The command an argument list runs (skipping root options), or None when unclear."""
    i = 0
    while i < len(args):
        token = args[i]
        if token in ROOT_OPTIONS_WITH_VALUE:
            i += 2
        elif token.startswith("-"):
            i += 1
        else:
            return token if token in COMMANDS else None
    return None


def load_commands(args: Sequence[str] | None = None) -> typer.Typer:
    """Register the command `args` runs, or every command (for help, or when unclear)."""
    name = command_named(args) if args is not None else None
    modules = {COMMANDS[name]} if name else set(COMMANDS.values())
    for module in sorted(modules):
        importlib.import_module(f"followup.cli.{module}")
    return app
