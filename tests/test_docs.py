"""Docs that can't rot: the command reference is regenerated from --help and compared."""

from __future__ import annotations

import subprocess
import sys

from conftest import ROOT


def test_cli_reference_is_up_to_date() -> None:
    proc = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "cli_reference.py"), "--check"],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr


def test_readme_gives_the_two_commands_and_links_the_references() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "make run" in readme and "make test" in readme
    for doc in ("docs/cli.md", "docs/configuration.md", "docs/check.md"):
        assert doc in readme and (ROOT / doc).exists()
