"""Options, arguments and the group class that several commands share, declared once.

An option whose help says something different per command (what --json prints, what --item
does on `edit`) stays in its command, or takes its help as a parameter here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypeVar

import click

F = TypeVar("F", bound=Callable[..., Any])


HELP_MAX = 120  # `--help` uses the terminal's width up to this many columns


class HelpFormatter(click.HelpFormatter):
    """Click's help layout at the terminal's width (cli/layout.py `width()`, at most HELP_MAX),
    wrapping only at spaces: a value to type ("no-answer", "America/New_York",
    "thank-you-card-COMPANY.pdf") is never split. An option whose help has a word too long
    for the column beside it gets its help on the lines below, indented."""

    def __init__(self, indent_increment: int = 2, width: int | None = None, **_: Any) -> None:
        from followup.cli.layout import width as columns

        super().__init__(indent_increment, width=min(width or columns(), HELP_MAX) - 1)

    def write_text(self, text: str) -> None:
        super().write_text(_nonbreaking(text))
        self.buffer = [_breaking(part) for part in self.buffer]

    def write_dl(
        self, rows: Iterable[tuple[str, str]], col_max: int = 30, col_spacing: int = 2
    ) -> None:
        from followup.cli.layout import cells, wrap

        rows = list(rows)
        first_col = min(max((cells(first) for first, _ in rows), default=0), col_max)
        first_col += col_spacing
        indent = " " * self.current_indent
        beside = self.width - self.current_indent - first_col
        under = indent + "    "
        for first, second in rows:
            longest = max((cells(word) for word in second.split()), default=0)
            if beside >= 28 and cells(first) <= first_col - col_spacing and longest <= beside:
                lead = indent + first + " " * (first_col - cells(first))
                lines = wrap(second, self.width, lead, " " * cells(lead))
            else:  # a narrow terminal, a long option or a long word: the help goes below
                lines = [indent + first, *(wrap(second, self.width, under) if second else [])]
            self.buffer += [line + "\n" for line in lines]


_HYPHEN, _NONBREAKING_HYPHEN = "-", "\u2011"


def _nonbreaking(text: str) -> str:
    return text.replace(_HYPHEN, _NONBREAKING_HYPHEN)


def _breaking(text: str) -> str:
    return text.replace(_NONBREAKING_HYPHEN, _HYPHEN)


class HelpContext(click.Context):
    """A context whose help is laid out by `HelpFormatter`. The latest one made is kept
    (`latest`): Click raises some usage errors without the context of the command whose
    options they are about (cli/usage.py)."""

    formatter_class = HelpFormatter
    latest: click.Context | None = None

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        HelpContext.latest = self


class Group(click.Group):
    """A group whose `--help` gives each command's one line whole (never cut with "...").

    Set `default_command` to run that subcommand when the first word is not a command
    (`followup draft 3` runs `followup draft write 3`). Its commands' help is laid out by
    `HelpFormatter`."""

    default_command: str | None = None
    context_class = HelpContext

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        command = super().get_command(ctx, cmd_name)
        if command is not None and command.context_class is click.Context:
            command.context_class = HelpContext
        return command

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        default = self.default_command
        if (
            default
            and args
            and args[0] not in self.commands
            and args[0] not in ("-h", "--help")
            and not _mistyped(args[0], self.commands)  # `draft lsit`: did you mean list?
        ):
            args = [default, *args]
        return super().parse_args(ctx, args)

    def command_rows(self, ctx: click.Context) -> list[tuple[str, str]]:
        return [(name, short_help(self, name)) for name in self.list_commands(ctx)]

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = self.command_rows(ctx)
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)


def _mistyped(word: str, names: Iterable[str]) -> bool:
    """Whether `word` (not a number) looks like one of `names` mistyped."""
    if word.lstrip("-").isdigit() or word.startswith("-"):
        return False
    import difflib

    return bool(difflib.get_close_matches(word, list(names), n=1, cutoff=0.75))


def short_help(group: click.Group, name: str) -> str:
    """The one line a group's help shows for its command `name`: the first sentence."""
    command = group.commands[name]
    return command.get_short_help_str(limit=1000)


class RecordId(click.ParamType):
    """A stored record's number; anything else names no record, and is refused as a number
    that no record has is: the same words, exit 3 (`NotFound`)."""

    name = "integer"

    def __init__(self, what: str) -> None:
        self.what = what

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> int:
        if isinstance(value, int):
            return value
        try:
            return int(str(value).strip())
        except ValueError:
            from followup.core.errors import no_record, quote

            text = str(value)
            shown = text if text.isprintable() and 0 < len(text) <= 40 else quote(text)
            error = no_record(self.what, shown)
            if isinstance(param, click.Option):
                error.message = f"{param.opts[0]}: {error.message}"
            raise error from None


ROUND_ID = RecordId("interview round")
DRAFT_ID = RecordId("draft")


def listed(values: Sequence[str] | None) -> list[str] | None:
    """A repeated option as a list, or None when it was not given."""
    return list(values) if values else None


def round_id_argument(help: str = "The round's id (see followup list).") -> Callable[[F], F]:
    return click.argument("round_id", metavar="ID", type=ROUND_ID, help=help)


def json_option(help: str) -> Callable[[F], F]:
    return click.option("--json", "json_out", is_flag=True, help=help)


JSON_MACHINE = "Print JSON for machines instead of the human view."
JSON_RECORD = "Print the record as JSON."

today_option = click.option(
    "--today", metavar="DATE", help="Pretend today is this date: 2026-11-27, Nov 27, tomorrow."
)
DATE_FORMS = (
    "as you would say it: 2026-11-27, Nov 27, 27 November, 11/27 (by the input.date_order "
    "setting), yesterday, last Tuesday"
)
interviewed_option = click.option(
    "--interviewed", metavar="DATE", help=f"Interview day, {DATE_FORMS}."
)
time_option = click.option("--time", metavar="HH:MM", help="Interview time, HH:MM.")
format_option = click.option("--format", metavar="FORMAT", help="video, phone or in-person.")
CHANNEL_HELP = "How arrangements were made: email, phone, unknown."
deadline_option = click.option(
    "--deadline", metavar="DATE", help=f"The employer's decision date, {DATE_FORMS}."
)
yes_option = click.option(
    "--yes",
    is_flag=True,
    help="Accept a date more than input.far_days (90) days from today without asking.",
)
country_option = click.option(
    "--country",
    metavar="COUNTRY",
    help="Recipient's country, name or code: Germany, DE (default: the user.country setting, US).",
)
subdiv_option = click.option(
    "--subdiv",
    metavar="REGION",
    help="Recipient's state or region, name or code: Ontario, ON.",
)
TZ_HELP = (
    "Recipient's time zone: an IANA name (America/New_York), a city (Berlin) or an "
    "abbreviation read for the recipient's country and region (EST, MST in Arizona)"
)
PERSON_FORMS = (
    '"Name <email>", "Name, email, phone", "Dr. Name (Title) <email> +1 617 555 0199" or a'
    ' card\'s line "Name | Title | email | phone"; a remark after it is left out, and one'
    " saying what they go by ('call me Sam') is kept in the notes"
)
address_option = click.option(
    "--address",
    metavar="TEXT",
    help="The company's postal address, as on an envelope (lines kept).",
)
qualification_option = click.option(
    "--qualification",
    multiple=True,
    metavar="TEXT",
    help="A qualification for this application, used before your profile's (repeat).",
)
person_address_option = click.option(
    "--person-address",
    "person_address",
    nargs=2,
    multiple=True,
    metavar="NAME ADDRESS",
    help="A person's own postal address, where it differs from the company's (repeat).",
)
items_option = click.option(
    "--item", multiple=True, metavar="TEXT", help="An item or product discussed (repeat)."
)
job_url_option = click.option("--job-url", metavar="URL", help="Link to the job posting.")
