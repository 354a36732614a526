"""Click's usage errors (a mistyped command, an unknown option, a missing value) said in the
house style: one lower-case line with the command's name only once, the option or argument
it is about, what to type there, and where to read more. Imported only when one happens."""

from __future__ import annotations

import difflib
import re

import click

_PATH_PROBLEM = re.compile(r"^(?:File|Directory|Path) (['\"])(?P<path>.*)\1 (?P<problem>.*?)\.?$")
_PROBLEMS = {
    "is a directory": "is a folder: give a file",
    "is a file": "is a file: give a folder",
    "does not exist": "does not exist",
    "is not readable": "cannot be read",
    "is not writable": "cannot be written",
}


def message(exc: click.UsageError) -> tuple[str, int]:
    """(the line after 'followup: error: ', the exit code) for a usage error."""
    ctx = _innermost(exc.ctx)
    path = ctx.command_path if ctx is not None else "followup"
    see = f"(see '{path} --help')"
    if isinstance(exc, click.exceptions.NoSuchCommand):
        return _no_command(ctx, exc.command_name, path), 2
    if isinstance(exc, click.NoSuchOption):
        return _no_option(ctx, exc, path, see)
    if isinstance(exc, click.MissingParameter):
        return f"{path} needs {_named(ctx, exc.param)}{_what(exc.param)} {see}", 2
    if isinstance(exc, click.BadParameter):
        return f"{_hint(ctx, exc.param, exc.param_hint)}: {_problem(exc.message)} {see}", 2
    if isinstance(exc, click.BadOptionUsage):
        param = _option(ctx, exc.option_name)
        if "requires" in exc.message and param is not None:
            values = "a value" if param.nargs == 1 else f"{param.nargs} values"
            metavar = param.make_metavar(ctx) if ctx is not None else ""
            return f"{exc.option_name} needs {values}, {metavar}{_what(param)} {see}", 2
        return f"{exc.option_name}: {_plain(exc.message)} {see}", 2
    return f"{_plain(exc.format_message())} {see}", 2


def _innermost(ctx: click.Context | None) -> click.Context | None:
    """The context of the command the error is about: the latest one made, when it is
    `ctx` or runs under it (Click names no context, or the group's, for some errors)."""
    from followup.cli.options import HelpContext

    latest = HelpContext.latest
    walk = latest
    while walk is not None and ctx is not None and walk is not ctx:
        walk = walk.parent
    return latest if latest is not None and (ctx is None or walk is ctx) else ctx


def _no_command(ctx: click.Context | None, name: str, path: str) -> str:
    group = ctx.command if ctx is not None else None
    names = group.list_commands(ctx) if isinstance(group, click.Group) and ctx else []
    close = difflib.get_close_matches(name, names, n=1, cutoff=0.6)
    guess = f"; did you mean {close[0]}?" if close else ""
    return f"{path} has no command '{name}'{guess} (see '{path} --help')"


def _no_option(
    ctx: click.Context | None, exc: click.NoSuchOption, path: str, see: str
) -> tuple[str, int]:
    name = exc.option_name
    if ctx is not None and re.fullmatch(r"-\d+", name):  # a negative number for an ID
        from followup.cli.options import RecordId

        for param in ctx.command.params:
            if isinstance(param, click.Argument) and isinstance(param.type, RecordId):
                from followup.core.errors import no_record

                error = no_record(param.type.what, name)
                return error.message, error.exit_code
    options = (
        [o for p in ctx.command.get_params(ctx) for o in (*p.opts, *p.secondary_opts)]
        if ctx is not None
        else []
    )
    close = difflib.get_close_matches(name, [o for o in options if o.startswith("-")], n=1)
    guess = f"; did you mean {close[0]}?" if close else ""
    return f"{path} has no option {name}{guess} {see}", 2


def _option(ctx: click.Context | None, name: str) -> click.Parameter | None:
    if ctx is None:
        return None
    return next((p for p in ctx.command.get_params(ctx) if name in p.opts), None)


def _named(ctx: click.Context | None, param: click.Parameter | None) -> str:
    if param is None:
        return "a value"
    if isinstance(param, click.Option):
        return param.opts[0]
    return param.make_metavar(ctx) if ctx is not None else (param.name or "a value").upper()


def _hint(ctx: click.Context | None, param: click.Parameter | None, hint: object) -> str:
    if isinstance(param, click.Option):
        return max(param.opts, key=len)
    if param is not None:
        return _named(ctx, param)
    if isinstance(hint, str):
        return hint.strip("'\"")
    return "a value"


def _what(param: click.Parameter | None) -> str:
    """': <its help>' (what to type there), or nothing."""
    help_text = getattr(param, "help", None) or ""
    first = help_text.split(". ")[0].strip().rstrip(".")
    return f": {first[:1].lower()}{first[1:]}" if first else ""


def _problem(text: str) -> str:
    found = _PATH_PROBLEM.match(text.strip())
    if found:
        problem = found["problem"]
        return f"{found['path']} {_PROBLEMS.get(problem, problem)}"
    return _plain(text)


def _plain(text: str) -> str:
    """Click's sentence in the house style: lower case first, no closing full stop."""
    text = text.strip().rstrip(".")
    return text[:1].lower() + text[1:] if text[1:2].islower() or len(text) < 2 else text
