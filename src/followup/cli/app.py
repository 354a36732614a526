"""The command line: one Click group whose commands are imported only when they run.

`followup --help` lists every command from the `COMMANDS` table below without importing a
command module; `followup plan …` imports `cli/plan_cmd.py` and nothing of the other
commands (Click's lazily loaded subcommands). `cli/__init__.py:main` runs `root` and is the
one place where errors become a line on stderr and an exit code.

How to add a command, e.g. `followup send ID`:

1. Register it: add a row to `COMMANDS`,
   ``"send": ("followup.cli.send_cmd:send_command", "Send the follow-up for round ID.")``
   — the module and attribute of the command, and the one line `followup --help` shows.
2. Write `cli/send_cmd.py`; import only `click` and small `followup.cli` modules at the top,
   and everything else (services, views, Rich) inside the function, so the command starts
   fast::

       import click

       from followup.cli import options
       from followup.cli.context import AppContext, pass_app


       @click.command("send")
       @click.argument("round_id", metavar="ID", type=options.ROUND_ID, help="The round's id.")
       @click.option("--dry-run", is_flag=True, help="Show what would be sent; send nothing.")
       @options.json_option("Print what was sent as JSON.")
       @pass_app
       def send_command(app: AppContext, round_id: int, dry_run: bool, json_out: bool) -> None:
           \"\"\"Send the follow-up for round ID (first line: the summary).\"\"\"
           from followup.services import delivery

           result = delivery.send(app.settings, round_id, dry_run=dry_run)
           if json_out:
               app.renderer.json(result)
           else:
               app.renderer.text(f"Sent to {result['to']}.")

   `@pass_app` hands the command the `AppContext` built by the root callback: `app.settings`
   (read on first use, with `--db` applied) and `app.renderer` (`json`, `text`, `warn`, and
   `print` for Rich objects; user text goes through `rich.text.Text`, never as markup).
   Every option and argument has `help=`. A repeated option (`multiple=True`) arrives as a
   tuple: pass `list(x)` or `options.listed(x)` (None when not given) to services.
3. Errors: raise a `followup.core.errors.FollowupError` subclass (`InvalidInput`, `NotFound`,
   …); `main` prints `followup: error: <message>` and exits with its code. Bad options are
   Click's usage errors and exit 2. To exit with another code, return it (an int).
4. A group of subcommands (`followup video plan`, `followup video check`): register the
   group's name in `COMMANDS` the same way and, in its module, make a group whose
   subcommands live in that module::

       @click.group("video", cls=options.Group, no_args_is_help=True)
       def video_group() -> None:
           \"\"\"Plan and check a video follow-up.\"\"\"


       @video_group.command("check")
       @click.argument("file", help="The recording.")
       @pass_app
       def video_check(app: AppContext, file: str) -> None: ...

   A group with a default subcommand (`followup draft ID` runs `draft write ID`) subclasses
   `options.Group` and sets `default_command` (see `cli/draft_cmd.py`).
5. Run `make docs` (docs/cli.md is generated from `--help`; tests/test_docs.py compares it)
   and add tests through the `cli` fixture (tests/conftest.py).
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator

import click

from followup import __version__
from followup.cli import options
from followup.cli.context import AppContext

# name -> ("module:attribute" of the command, the one line `followup --help` shows)
COMMANDS: dict[str, tuple[str, str]] = {
    "add": ("followup.cli.add_cmd:add_command", "Record an interview round."),
    "calendar": (
        "followup.cli.calendar_cmd:calendar_command",
        "Open follow-up windows as a calendar file (.ics) with reminders.",
    ),
    "call": (
        "followup.cli.call_cmd:call_command",
        "The call sheet (script, voicemail, number, slot); record the outcome.",
    ),
    "cancel": (
        "followup.cli.mail_cmd:cancel_command",
        "Take scheduled follow-up emails out of the outbox.",
    ),
    "card": (
        "followup.cli.card_cmd:card_command",
        "Lay out the thank-you card as a PDF, with its envelope.",
    ),
    "check": (
        "followup.cli.check_cmd:check_command",
        "Check follow-up notes for what they need and what would hurt.",
    ),
    "config": (
        "followup.cli.config_cmd:config_command",
        "Show every setting, its value and where it came from.",
    ),
    "debrief": (
        "followup.cli.debrief_cmd:debrief_command",
        "Propose topics and details for a round from a meeting transcript.",
    ),
    "delete": (
        "followup.cli.delete_cmd:delete_command",
        "Delete an interview round with its people, follow-ups and drafts.",
    ),
    "done": ("followup.cli.done_cmd:done_command", "Record a follow-up you did."),
    "draft": (
        "followup.cli.draft_cmd:draft_group",
        "Write a round's follow-up (draft ID); show, list or edit drafts.",
    ),
    "edit": ("followup.cli.edit_cmd:edit_command", "Change what was recorded about a round."),
    "eml": (
        "followup.cli.mail_cmd:eml_command",
        "Write the follow-up as an unsent .eml to open in your mail program.",
    ),
    "export": (
        "followup.cli.export_cmd:export_command",
        "Export your interviews, follow-ups, drafts and profile.",
    ),
    "import": (
        "followup.cli.import_cmd:import_command",
        "Record an interview round from an invite (.ics) or email (.eml).",
    ),
    "list": (
        "followup.cli.list_cmd:list_command",
        "List interview rounds: ids, application and follow-up status.",
    ),
    "mailto": ("followup.cli.mail_cmd:mailto_command", "Print a mailto: link for webmail."),
    "outbox": (
        "followup.cli.mail_cmd:outbox_command",
        "List scheduled and sent follow-up emails with their state.",
    ),
    "plan": (
        "followup.cli.plan_cmd:plan_command",
        "Say how and when to follow up after an interview, and why.",
    ),
    "profile": (
        "followup.cli.profile_cmd:profile_command",
        "Show your profile, or change the parts given.",
    ),
    "replies": (
        "followup.cli.mail_cmd:replies_command",
        "Read your mailbox for replies to sent follow-ups.",
    ),
    "reply": (
        "followup.cli.mail_cmd:reply_command",
        "Record that the employer replied (and what they said).",
    ),
    "restore": ("followup.cli.export_cmd:restore_command", "Load a JSON export, as it was."),
    "schedule": (
        "followup.cli.mail_cmd:schedule_command",
        "Schedule the follow-up email for the plan's send time.",
    ),
    "send": ("followup.cli.mail_cmd:send_command", "Send the follow-up email now, exactly once."),
    "serve": (
        "followup.cli.serve_cmd:serve_command",
        "Start the web app on this computer and open it in the browser.",
    ),
    "show": (
        "followup.cli.show_cmd:show_command",
        "Show one interview round: what was recorded, done, and planned.",
    ),
    "today": (
        "followup.cli.today_cmd:today_command",
        "What to follow up on today, what is overdue, what comes next.",
    ),
    "video": (
        "followup.cli.video_cmd:video_group",
        "Plan a video thank-you note and check the recording.",
    ),
    "welcome": (
        "followup.cli.welcome_cmd:welcome_command",
        "A guided first run: what followup does, then a plan for you.",
    ),
    "worker": (
        "followup.cli.mail_cmd:worker_command",
        "Send scheduled follow-ups when due, and read replies.",
    ),
}


class LazyGroup(options.Group):
    """A group that knows its commands by name and imports one only when it is used."""

    def __init__(self, *args: object, lazy: dict[str, tuple[str, str]], **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.lazy = lazy

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *self.lazy})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in self.lazy and cmd_name not in self.commands:
            target, _ = self.lazy[cmd_name]
            module, _, attribute = target.partition(":")
            command = getattr(importlib.import_module(module), attribute)
            if not isinstance(command, click.Command):
                raise TypeError(f"{target} is not a click command")
            self.commands[cmd_name] = command
        return super().get_command(ctx, cmd_name)

    def command_rows(self, ctx: click.Context) -> list[tuple[str, str]]:
        """(name, one line) of every command, from the table: no command module is imported."""
        return [
            (name, self.lazy[name][1] if name in self.lazy else options.short_help(self, name))
            for name in self.list_commands(ctx)
        ]


def _version(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    if value and not ctx.resilient_parsing:
        click.echo(f"followup {__version__}")
        ctx.exit()


@click.group(
    "followup",
    cls=LazyGroup,
    lazy=COMMANDS,
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"]},
)
@click.option(
    "--version",
    is_flag=True,
    expose_value=False,
    is_eager=True,
    callback=_version,
    help="Print the version and exit.",
)
@click.option(
    "--db",
    metavar="URL",
    default=None,
    help="Database to use: a SQLAlchemy URL (sqlite:///path.db) or a file path. "
    "Default: FOLLOWUP_DB, else the store.db setting (followup.db in your data folder).",
)
@click.pass_context
def root(ctx: click.Context, db: str | None) -> None:
    """Follow up after a job interview the right way: how (email, call, card, video), when
    (never too soon, never too late) and what to say."""
    ctx.obj = AppContext(overrides={"store.db": db})


def walk(
    command: click.Command | None = None, path: tuple[str, ...] = ("followup",)
) -> Iterator[tuple[tuple[str, ...], click.Command]]:
    """Every command with its path, the root first (imports every command module)."""
    command = root if command is None else command
    yield path, command
    if isinstance(command, click.Group):
        ctx = click.Context(command, info_name=path[-1])
        for name in command.list_commands(ctx):
            sub = command.get_command(ctx, name)
            if sub is not None:
                yield from walk(sub, (*path, name))
