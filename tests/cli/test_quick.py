"""`today` and `list` take a quick road without Typer: it must print exactly what the Typer
commands print, and understand exactly their options."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from followup.cli import quick

FOLLOWUP = str(Path(sys.executable).parent / "followup")


def declared(name: str) -> tuple[dict[str, str], dict[str, object]]:
    """({option: parameter}, {parameter: default}) of the Typer command `name`."""
    import typer.main

    from followup.cli.app import load_commands

    app = load_commands()

    command = typer.main.get_command(app).commands[name]  # type: ignore[attr-defined]
    options, defaults = {}, {}
    for param in command.params:
        defaults[param.name] = param.default
        for opt in param.opts:
            options[opt] = param.name
    return options, defaults


@pytest.mark.parametrize("name", ["today", "list"])
def test_quick_tables_match_the_commands(name):
    options, defaults = declared(name)
    assert {k: v[0] for k, v in quick.OPTIONS[name].items()} == options
    assert quick.DEFAULTS[name] == defaults


CASES = [
    ["today", "--today", "2026-11-23"],
    ["today", "--today", "2026-11-23", "--json"],
    ["today", "--json", "--today=2026-11-20", "--days", "3"],
    ["today", "--today", "2026-11-27", "--overdue-days", "1", "--json"],
    ["list"],
    ["list", "--json"],
    ["list", "--json", "--company", "acme", "-n", "1"],
    ["list", "--due", "--today", "2026-11-23", "--json"],
    ["list", "--status", "nonsense"],
    ["today", "--today", "2026-02-30"],
]


def run(args: list[str], quick_road: bool) -> tuple[int, str, str]:
    # a root option (--db) sends the same call down the Typer road
    import os

    env = dict(os.environ, COLUMNS="120")
    prefix = [] if quick_road else ["--db", env.get("FOLLOWUP_DB") or ""]
    proc = subprocess.run([FOLLOWUP, *[p for p in prefix if p], *args], capture_output=True,
                          text=True, env=env)  # fmt: skip
    return proc.returncode, proc.stdout, proc.stderr


@pytest.mark.parametrize("args", CASES, ids=" ".join)
def test_both_roads_print_the_same(args, followup_home, monkeypatch):
    db = followup_home / "followup.db"
    monkeypatch.setenv("FOLLOWUP_DB", f"sqlite:///{db}")
    for extra in (
        ["--company", "Acme", "--role", "Data Analyst", "--interviewed", "2026-11-19",
         "--format", "video", "--coordinator", "Dana Reyes <dana@acme.example>"],
        ["--company", "Globex", "--role", "Engineer", "--interviewed", "2026-11-24",
         "--format", "in-person", "--channel", "phone"],
    ):  # fmt: skip
        subprocess.run([FOLLOWUP, "add", *extra], check=True, capture_output=True)
    assert quick.parse(args) is not None
    assert run(args, quick_road=True) == run(args, quick_road=False)


@pytest.mark.parametrize(
    "args",
    [
        ["today", "--help"],
        ["today", "--json", "--json"],
        ["today", "--days"],
        ["today", "--days", "many"],
        ["today", "--days", "-1"],
        ["list", "--json=yes"],
        ["list", "--colour"],
        ["--db", "x.db", "today"],
        ["list", "-n", "2", "--limit", "3"],
    ],
)
def test_anything_unusual_goes_to_typer(args):
    assert quick.parse(args) is None
