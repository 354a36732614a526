"""What a command imports, seen from a fresh Python (the start-up boundary tests' probe)."""

from __future__ import annotations

import os
import subprocess
import sys


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
