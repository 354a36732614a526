"""Every command and option has help text, and every `--help` works (even with a broken
config file: help never reads settings)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest


def walk(command: Any, path: tuple[str, ...]) -> Iterator[tuple[tuple[str, ...], Any]]:
    yield path, command
    for name, sub in sorted(getattr(command, "commands", {}).items()):
        yield from walk(sub, (*path, name))


def tree() -> list[tuple[tuple[str, ...], Any]]:
    import typer.main

    from followup.cli.app import load_commands

    app = load_commands()

    return list(walk(typer.main.get_command(app), ("followup",)))


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
