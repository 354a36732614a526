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


def run_program(
    home: Path,
    argv: list[str],
    seed: str,
    *,
    prelude: str = "",
    probe: str = "None",
    env: dict[str, str] | None = None,
) -> tuple[int, str, str, Any]:
    """`followup ARGV` as the program runs (its caches on) in a fresh Python with FOLLOWUP_HOME
    `home` and PYTHONHASHSEED `seed`: (exit code, stdout, stderr, the value of the Python
    expression `probe` after the run). `prelude` is Python run before the program is imported
    (e.g. to count calls of a function)."""
    code = (
        "import sys\n"
        f"{prelude}"
        f"sys.argv = ['followup', *{argv!r}]\n"
        "from followup.cli import main\n"
        "code = main()\n"
        f"sys.stderr.write('\\n' + repr((code, {probe})))\n"
    )
    run_env = {**os.environ, "FOLLOWUP_HOME": str(home), "PYTHONHASHSEED": seed,
               "COLUMNS": "100", **(env or {})}  # fmt: skip
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env=run_env, timeout=120)  # fmt: skip
    err, _, last = proc.stderr.rpartition("\n")
    exit_code, value = eval(last)  # noqa: S307 - our own repr
    return exit_code, proc.stdout, err, value
