"""Every command and option has help text, and every `--help` works (even with a broken
config file: help never reads settings)."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

import pytest


def tree() -> list[tuple[tuple[str, ...], Any]]:
    from followup.cli.app import walk

    return list(walk())


def test_the_tree_has_the_core_commands() -> None:
    paths = {path for path, _ in tree()}
    assert {("followup", "plan"), ("followup", "config"), ("followup", "welcome")} <= paths


def test_every_command_and_option_has_help() -> None:
    missing = []
    for path, command in tree():
        if not (command.help or command.short_help or "").strip():
            missing.append(" ".join(path))
        for param in command.params:
            if not (getattr(param, "help", None) or "").strip():
                missing.append(f"{' '.join(path)} {param.opts[0] if param.opts else param.name}")
    assert missing == [], f"without help text: {missing}"


@pytest.mark.parametrize("path", [p for p, _ in tree()], ids=lambda p: " ".join(p))
def test_help_works_without_reading_the_config(cli, followup_home, path) -> None:
    (followup_home / "config.toml").write_text("this is [not toml\n")
    res = cli(*path[1:], "--help")
    assert res.code == 0, res.err
    assert "Usage" in res.out
    assert res.err == ""


def test_the_command_table_names_each_command_and_gives_one_line() -> None:
    import click

    from followup.cli.app import COMMANDS, root

    ctx = click.Context(root, info_name="followup")
    for name, (_target, line) in COMMANDS.items():
        command = root.get_command(ctx, name)
        assert isinstance(command, click.Command) and command.name == name, name
        assert line.endswith(".") and "\n" not in line and len(line) <= 69, name


def test_root_help_lists_every_command_without_importing_one() -> None:
    """`followup --help` reads the command table; no command module is loaded."""
    code = (
        "import sys\n"
        "from followup.cli import main\n"
        "code = main(['--help'])\n"
        "loaded = sorted(m for m in sys.modules if m.endswith('_cmd') or m.endswith('_views'))\n"
        "sys.stderr.write(repr((code, loaded)))\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.stderr.endswith("(0, [])"), proc.stderr
    from followup.cli.app import COMMANDS

    for name, (_target, line) in COMMANDS.items():
        assert f"  {name} " in proc.stdout
        assert line.split()[0] in proc.stdout  # the line itself, never cut with "..."
    assert "..." not in proc.stdout.split("Commands:")[1]


def test_running_a_command_imports_only_its_own_module() -> None:
    code = (
        "import sys\n"
        "from followup.cli import main\n"
        "code = main(['plan', '--help'])\n"
        "loaded = sorted(m.rsplit('.', 1)[1] for m in sys.modules if m.endswith('_cmd'))\n"
        "sys.stderr.write(repr((code, loaded)))\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.stderr.endswith("(0, ['plan_cmd'])"), proc.stderr


def _typed_words(text: str) -> set[str]:
    """The words of `text` a person types or reads as one: those with a '-', '/' or '.'
    inside ("no-answer", "America/New_York", "thank-you-card-COMPANY.pdf")."""
    import re

    words = {w.strip("()[]{},;:.'\"`") for w in text.split()}
    return {w for w in words if re.search(r"\w[-/.]\w", w)}


@pytest.mark.parametrize("columns", ["50", "80", "100", "140"])
def test_help_uses_the_terminal_and_never_splits_a_value(cli, monkeypatch, columns) -> None:
    monkeypatch.setenv("COLUMNS", columns)
    widest = 0
    for path, command in tree():
        res = cli(*path[1:], "--help")
        assert res.code == 0, res.err
        lines = res.out.splitlines()
        shown = {w.strip("()[]{},;:.'\"`") for w in res.out.split()}
        for param in command.params:
            for word in _typed_words(getattr(param, "help", None) or ""):
                assert word in shown, (path, word)
        for word in _typed_words(command.help or ""):
            assert word in shown, (path, word)
        assert all(len(line) <= int(columns) for line in lines), (path, columns)
        widest = max(widest, *(len(line) for line in lines))
    assert widest > min(int(columns), 120) - 10  # the room is used, past 80 columns too


def test_a_flag_pair_says_which_is_the_default() -> None:
    import click

    for path, command in tree():
        for param in command.params:
            if isinstance(param, click.Option) and param.secondary_opts:
                assert "default" in (param.help or ""), (path, param.opts)


def test_draft_help_shows_the_options_of_draft_id(cli) -> None:
    res = cli("draft", "--help")
    assert res.code == 0, res.err
    for option in ("--each", "--kind KIND", "--to NAME", "--save / --no-save"):
        assert option in res.out, option
