"""What the everyday commands import (the start-up budget of bench/startup.py): the parser
and the command's own module, never Rich, SQLAlchemy, Alembic, Jinja2 or the other commands,
nor the standard library's slower corners (sockets, subprocesses, mail, archives)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

HEAVY = {"typer", "pydantic", "rich", "sqlalchemy", "alembic", "jinja2", "holidays", "numpy", "av",
         "socket", "subprocess", "tempfile", "email", "zipfile"}  # fmt: skip
PLAN = ["plan", "--interviewed", "2026-11-19", "--format", "video", "--tz", "America/New_York"]
ADD = ["add", "--company", "Acme", "--role", "Data Analyst", "--interviewed", "2026-11-19",
       "--format", "video", "--coordinator", "Dana <dana@acme.example>", "--json"]  # fmt: skip
EVERYDAY = [
    [*PLAN, "--json"],
    PLAN,
    ["plan", "1"],
    ["plan", "1", "--json"],
    ["today"],
    ["today", "--json"],
    ["list"],
    ["list", "--json"],
    ["show", "1"],
    ["show", "1", "--json"],
    ["--help"],
    ["plan", "--help"],
]


def loaded_after(args: list[str]) -> tuple[int, list[str], list[str]]:
    code = (
        "import sys\n"
        "from followup.cli import main\n"
        f"code = main({args!r})\n"
        "names = set(sys.modules)\n"
        "heavy = sorted({m.split('.')[0] for m in names} & " + repr(HEAVY) + ")\n"
        "commands = sorted(m.rsplit('.', 1)[1] for m in names if m.endswith('_cmd'))\n"
        "sys.stderr.write(repr((code, heavy, commands)))\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
        env={**os.environ, "COLUMNS": "100"},
    )  # fmt: skip
    return eval(proc.stderr.splitlines()[-1])  # noqa: S307 - our own repr


@pytest.fixture
def one_round(cli) -> None:
    assert cli(*ADD).code == 0
    assert cli(*PLAN, "--json").code == 0  # fills the holiday cache, as a first run does
    assert cli("plan", "1", "--json").code == 0


@pytest.mark.parametrize("args", EVERYDAY, ids=" ".join)
def test_everyday_commands_import_nothing_heavy(one_round, args) -> None:
    code, heavy, commands = loaded_after(args)
    assert code == 0
    assert heavy == []
    own = {"plan": "plan_cmd", "today": "today_cmd", "list": "list_cmd", "show": "show_cmd"}
    assert commands == ([own[args[0]]] if args[0] in own else [])
