"""What a command imports, seen from a fresh Python (the start-up boundary tests' probe), and
which patterns a later draft compiles again (the regex cache tests' probe)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest


def modules_after(args: list[str], names: set[str]) -> tuple[int, list[str]]:
    """The exit code of `followup ARGS` in a fresh Python, and which of `names` it imported."""
    code = (
        "import sys\n"
        "from followup.cli import main\n"
        f"code = main({args!r})\n"
        f"sys.stderr.write(repr((code, sorted(set({sorted(names)!r}) & set(sys.modules)))))\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120, env={**os.environ, "COLUMNS": "100"})  # fmt: skip
    return eval(proc.stderr.splitlines()[-1])  # noqa: S307 - our own repr


def drafted_twice(
    cli: Any, home: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[Any, Any, list[str]]:
    """`followup draft 1` run twice with the regex cache of `home` installed and re's own
    cache purged in between: both runs' results, and the patterns the second run compiled
    through `re` (the checker's rules have their own road). The round is stored already."""
    from followup.cli import regex_cache
    from followup.core import regex_programs

    re.purge()
    regex_cache.install(home / "cache" / "regex-test.marshal")
    try:
        first = cli("draft", "1")
        assert first.code == 0
        regex_cache.save()
        made: list[str] = []
        real = regex_programs.program

        def program(pattern: Any, flags: int = 0, rewrite: Any = None) -> Any:
            if rewrite is None:
                made.append(str(pattern))
            return real(pattern, flags, rewrite)

        monkeypatch.setattr(regex_programs, "program", program)
        re.purge()
        again = cli("draft", "1")
        assert again.code == 0
    finally:
        regex_cache.uninstall()
        re.purge()
    return first, again, made
