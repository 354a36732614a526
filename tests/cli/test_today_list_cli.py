"""`today` and `list` as a person or a script runs them: the root option --db and FOLLOWUP_DB
print exactly the same, and odd option lists get help or one clear line."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

FOLLOWUP = str(Path(sys.executable).parent / "followup")

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


def run(args: list[str], db_option: bool) -> tuple[int, str, str]:
    env = dict(os.environ, COLUMNS="120")
    prefix = ["--db", env.pop("FOLLOWUP_DB")] if db_option else []
    proc = subprocess.run([FOLLOWUP, *prefix, *args], capture_output=True, text=True, env=env)
    return proc.returncode, proc.stdout, proc.stderr


@pytest.mark.parametrize("args", CASES, ids=" ".join)
def test_db_option_and_environment_print_the_same(args, followup_home, monkeypatch):
    db = followup_home / "followup.db"
    monkeypatch.setenv("FOLLOWUP_DB", f"sqlite:///{db}")
    for extra in (
        ["--company", "Acme", "--role", "Data Analyst", "--interviewed", "2026-11-19",
         "--format", "video", "--coordinator", "Dana Reyes <dana@acme.example>"],
        ["--company", "Globex", "--role", "Engineer", "--interviewed", "2026-11-24",
         "--format", "in-person", "--channel", "phone"],
    ):  # fmt: skip
        subprocess.run([FOLLOWUP, "add", *extra], check=True, capture_output=True)
    from_env = run(args, db_option=False)
    assert run(args, db_option=True) == from_env
    assert from_env[0] in (0, 2) and "Traceback" not in from_env[2]
    if from_env[0] == 2:  # a bad status or date: one line
        assert from_env[2].startswith("followup: error: ") and from_env[2].count("\n") == 1


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["today", "--help"], 0),
        (["today", "--json", "--json"], 0),
        (["today", "--days"], 2),
        (["today", "--days", "many"], 2),
        (["today", "--days", "-1"], 2),
        (["list", "--json=yes"], 2),
        (["list", "--colour"], 2),
        (["list", "-n", "2", "--limit", "3"], 0),
    ],
    ids=lambda v: " ".join(v) if isinstance(v, list) else str(v),
)
def test_odd_option_lists(cli, args, code):
    res = cli(*args)
    assert res.code == code, (res.code, res.err)
    if code:
        assert res.out == "" and res.err.startswith("followup: error: ")
        assert res.err.count("\n") == 1, res.err
    else:
        assert res.err == ""
