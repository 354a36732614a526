"""`followup today` and `followup list`: what they do, and their quick road without Typer.

Both are what a person (or a status bar, or a script) runs most often, and building the Typer
command tree costs many times Python's own start-up. The Typer commands (today_cmd.py,
list_cmd.py) and the quick road call the same functions below, so both print the same thing.
The quick road takes only a well-formed option list: `--help`, root options, an unknown,
repeated or valueless option, or a value that does not parse returns None, and the full
command line answers with its own messages. tests/cli/test_quick.py holds the two roads equal
and these tables equal to the commands' options.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from followup.cli.render import Renderer
    from followup.config import Settings

AGENDA_ROWS = 10  # rows a section of the human agenda shows (all that are due today)

# command -> {option: (parameter name, kind)}; kind "flag" takes no value
OPTIONS: dict[str, dict[str, tuple[str, str]]] = {
    "today": {
        "--today": ("today", "str"),
        "--days": ("days", "int"),
        "--overdue-days": ("overdue_days", "int"),
        "--all": ("everything", "flag"),
        "--json": ("json_out", "flag"),
    },
    "list": {
        "--status": ("status", "str"),
        "--company": ("company", "str"),
        "--due": ("due", "flag"),
        "--limit": ("limit", "int"),
        "-n": ("limit", "int"),
        "--all": ("all_rounds", "flag"),
        "--today": ("today", "str"),
        "--json": ("json_out", "flag"),
    },
}
DEFAULTS: dict[str, dict[str, Any]] = {
    "today": {
        "today": None,
        "days": 7,
        "overdue_days": 30,
        "everything": False,
        "json_out": False,
    },
    "list": {
        "status": None,
        "company": None,
        "due": False,
        "limit": 100,
        "all_rounds": False,
        "today": None,
        "json_out": False,
    },
}


def run_today(
    out: Renderer, settings: Settings, today: str | None, days: int, overdue_days: int,
    everything: bool, json_out: bool,
) -> None:  # fmt: skip
    from followup.services import records

    agenda = records.agenda(settings, today, days, overdue_days)
    if json_out:
        out.json(agenda)
    else:
        from followup.cli.record_views import show_agenda

        show_agenda(out, agenda, everything)


def run_list(
    out: Renderer, settings: Settings, status: str | None, company: str | None, due: bool,
    limit: int, all_rounds: bool, today: str | None, json_out: bool,
) -> None:  # fmt: skip
    from followup.services import records

    found = records.list_rounds(
        settings, status=status, company=company, due=due, today=today,
        limit=None if all_rounds else limit,
    )  # fmt: skip
    if json_out:
        out.json(found.records)
        if found.truncated:
            out.warn(
                f"showing the {len(found.records)} most recent of {found.total} rounds; "
                "use --all or --limit N"
            )
    elif not found.records:
        out.text(
            "No interviews match." if found.stored else
            "No interviews recorded yet: add one with 'followup add'."
        )  # fmt: skip
    else:
        from followup.cli.record_views import show_list

        show_list(out, found.records, found.total)


RUNNERS: dict[str, Callable[..., None]] = {"today": run_today, "list": run_list}


def parse(args: Sequence[str]) -> tuple[str, dict[str, Any]] | None:
    """(command, parameters) of a plain `today …` or `list …` call, or None for Typer."""
    if not args or args[0] not in OPTIONS:
        return None
    command, table = args[0], OPTIONS[args[0]]
    params = dict(DEFAULTS[command])
    seen: set[str] = set()
    i = 1
    while i < len(args):
        token = args[i]
        name, eq, value = token.partition("=")
        if name not in table:
            return None
        param, kind = table[name]
        if param in seen:
            return None
        seen.add(param)
        if kind == "flag":
            if eq:
                return None
            params[param] = True
            i += 1
            continue
        if not eq:
            if i + 1 >= len(args) or args[i + 1].startswith("-"):
                return None
            value = args[i + 1]
            i += 2
        else:
            i += 1
        if kind == "int":
            try:
                params[param] = int(value)
            except ValueError:
                return None
        else:
            params[param] = value
    return command, params


def try_quick(args: Sequence[str]) -> Callable[[], None] | None:
    """A runner for `args` on the quick road, or None when the full CLI must handle them."""
    parsed = parse(args)
    if parsed is None:
        return None
    command, params = parsed

    def run() -> None:
        from followup.cli.render import Renderer
        from followup.config import load_settings

        settings = load_settings().with_flags({"store.db": None})
        RUNNERS[command](Renderer(), settings, **params)

    return run
