"""The quick road for `followup plan --interviewed … --format … --json`, without Typer.

Building the Typer command tree costs several times Python's own start-up (Typer checks
every value with pydantic), and `followup plan --json` is what scripts call again and again.
This module understands only well-formed option lists of `followup plan` and runs the very
same service calls as the `plan` command. Anything else — `--help`, a stored round's ID, an
unknown, repeated or valueless option, a value that looks like an option, root options
before `plan` — returns None, and the full Typer command line handles it with its own
messages. `tests/cli/test_plan_cli.py` checks that both roads print the same thing and that
this table matches the `plan` command's options.
"""

from __future__ import annotations

from collections.abc import Sequence

# option -> parameter name of `followup plan` (cli/plan_cmd.py)
PLAN_OPTIONS = {
    "--interviewed": "interviewed",
    "--format": "format",
    "--channel": "channel",
    "--deadline": "deadline",
    "--country": "country",
    "--subdiv": "subdiv",
    "--tz": "tz",
    "--item": "item",
    "--policy": "policy",
    "--today": "today",
}
PLAN_FLAGS = {"--json": "json_out"}
REPEATABLE = {"--item"}


def parse_plan_args(args: Sequence[str]) -> dict[str, str | list[str] | bool] | None:
    """The options of a plain `plan … --json` call, or None when Typer must decide."""
    if len(args) < 2 or args[0] != "plan":
        return None
    out: dict[str, str | list[str] | bool] = {}
    i = 1
    while i < len(args):
        token = args[i]
        name, eq, value = token.partition("=")
        if token in PLAN_FLAGS and token not in out:
            out[token] = True
            i += 1
            continue
        if name not in PLAN_OPTIONS:
            return None
        if not eq:
            if i + 1 >= len(args):
                return None
            value = args[i + 1]
            if value.startswith("-"):
                return None
            i += 2
        else:
            i += 1
        if name in REPEATABLE:
            items = out.setdefault(name, [])
            assert isinstance(items, list)
            items.append(value)
        elif name in out:
            return None
        else:
            out[name] = value
    if out.get("--json") is not True:
        return None  # the human view needs Rich anyway: let the full command line draw it
    return out


def run_plan_json(options: dict[str, str | list[str] | bool]) -> None:
    """What `plan_command` does for flags and --json (same calls, same order)."""
    from followup.cli.render import Renderer
    from followup.config import load_settings
    from followup.services import planning

    def opt(flag: str) -> str | None:
        value = options.get(flag)
        return value if isinstance(value, str) else None

    items = options.get("--item")
    given = planning.PlanInput.required(
        opt("--interviewed"),
        opt("--format"),
        opt("--channel") or "unknown",
        opt("--deadline"),
        opt("--country"),
        opt("--subdiv"),
        opt("--tz"),
        items if isinstance(items, list) else None,
        opt("--today"),
    )
    settings = load_settings().with_flags({"store.db": None, "policy.name": opt("--policy")})
    result = planning.plan_from_flags(settings, given)
    Renderer().json(result.to_dict())


def try_fast(args: Sequence[str]) -> int | None:
    """Run `args` on the quick road and return the exit code, or None for the full CLI."""
    options = parse_plan_args(args)
    if options is None:
        from followup.cli.quick import try_quick

        runner = try_quick(args)  # `today …` and `list …` (cli/quick.py)
        if runner is None:
            return None
    else:
        plan_options = options

        def runner() -> None:
            run_plan_json(plan_options)

    from followup.cli import run_guarded

    return run_guarded(runner)
