"""Questions a command asks in a terminal instead of refusing: which zone an ambiguous name
means, whether a suggested zone name is the one meant, whether a far date's year is right.

Elsewhere (no terminal on standard input) the error stands: one line, a non-zero exit.
"""

from __future__ import annotations

import dataclasses
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

T = TypeVar("T")
G = TypeVar("G")

MAX_QUESTIONS = 10  # a command never asks more than this (each answer settles one thing)


def in_terminal() -> bool:
    """Whether a person can answer: standard input is a terminal."""
    return sys.stdin.isatty()


def _with(given: G, **changes: Any) -> G:
    if dataclasses.is_dataclass(given) and not isinstance(given, type):
        return dataclasses.replace(given, **changes)
    raise TypeError("settle needs a dataclass of what was typed")


def settle(call: Callable[[G], T], given: G) -> T:
    """`call(given)`, asking in a terminal how to settle an AmbiguousZone (pick one of its
    choices), an UnknownZone with a suggestion (take it?) or a FarDate (is that year meant?,
    else type the date again) and calling again with the answer; without a terminal the
    error is raised as it is. `given` is a dataclass with the typed values (`tz`, `yes` and
    the date fields a FarDate names, e.g. `interviewed` for --interviewed)."""
    from followup.core.errors import AmbiguousZone, FarDate, UnknownZone

    for _ in range(MAX_QUESTIONS):
        try:
            return call(given)
        except AmbiguousZone as error:
            if not in_terminal() or not hasattr(given, "tz"):
                raise
            given = _with(given, tz=_choose_zone(error.message, error.choices))
        except UnknownZone as error:
            if not in_terminal() or not error.suggestion or not hasattr(given, "tz"):
                raise
            click.echo(error.message, err=True)
            if not click.confirm(f"Use {error.suggestion}?", default=True, err=True):
                raise
            given = _with(given, tz=error.suggestion)
        except FarDate as error:
            if not in_terminal() or not hasattr(given, "yes"):
                raise
            given = _far_date(given, error, error.field.removeprefix("--"))
    return call(given)


def _choose_zone(message: str, choices: tuple[str, ...]) -> str:
    click.echo(message, err=True)
    for number, zone in enumerate(choices, start=1):
        click.echo(f"  {number}. {zone}", err=True)
    while True:
        answer = click.prompt("Which one (number or zone name)", err=True).strip()
        if answer.isdigit() and 1 <= int(answer) <= len(choices):
            return choices[int(answer) - 1]
        if answer in choices or "/" in answer:
            return answer
        click.echo(f"  give a number from 1 to {len(choices)}", err=True)


def _far_date(given: G, error: Any, field: str) -> G:
    from followup.core.plan import fmt_day

    click.echo(error.message.removesuffix(", add --yes").split("; if ")[0], err=True)
    if click.confirm(f"Is {error.day.year} the year you meant ({fmt_day(error.day)})?", err=True):
        return _with(given, yes=True)
    if not hasattr(given, field):  # not typed (an invite's date): nothing to type again
        raise error
    typed = click.prompt(f"{error.field} — the date again", err=True).strip()
    return _with(given, **{field: typed})


def may_replace(path: Path) -> bool:
    """Whether to write over an existing file `path`: asked in a terminal (default no);
    False elsewhere, and for a path that does not exist (nothing to replace)."""
    if not path.is_file() or not in_terminal():
        return False
    return click.confirm(f"{path} already exists. Replace it?", default=False, err=True)
