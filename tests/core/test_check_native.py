"""The checker's modules compiled with mypyc (core/check/native.py): the same results as their
sources, which run when the build is switched off, missing or older than an edit."""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
from pathlib import Path

from followup.core.check import native
from followup.core.check.words import lowercase

PACKAGE = Path(native.__file__).resolve().parent


def test_the_compiled_modules_lower_text_as_python_does() -> None:
    """Compiled, `.lower()` writes a capital sigma ending a word as σ (Python: ς): the modules
    mypyc compiles call `lowercase` instead, which gives Python's answer."""
    for name in native.COMPILED:
        tree = ast.parse((PACKAGE / f"{name}.py").read_text(encoding="utf-8"))
        calls = [
            node.lineno
            for node in ast.walk(tree)
            if isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "lower"
            and not node.args  # (`str.lower(text)` calls Python's own)
        ]
        if name == "words":  # the helper itself, for text without a capital sigma
            calls = calls[1:]
        assert not calls, (name, calls)
    for text in ("ΣΑΣ Σ", "ΟΔΥΣΣΕΥΣ", "Σ", "aΣ b", "İstanbul", "ﬁne", "STRASSE ß", "plain", ""):
        assert lowercase(text) == text.lower()


def _origin(env: dict[str, str]) -> str:
    code = "import followup.core.check.names as m; print(m.__spec__.origin)"
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    return out.stdout.strip()


def test_switched_off_the_sources_run() -> None:
    env = {**os.environ, "FOLLOWUP_NO_COMPILE": "1"}
    assert _origin(env) == str(PACKAGE / "names.py")


def test_compiled_where_the_build_is_current() -> None:
    env = {k: v for k, v in os.environ.items() if k != "FOLLOWUP_NO_COMPILE"}
    origin = _origin(env)
    if native.status() == "compiled":
        assert origin.endswith((".so", ".pyd")), origin
    else:
        assert origin == str(PACKAGE / "names.py")


def test_an_edited_source_makes_the_build_stale(tmp_path: Path) -> None:
    """The digest the build's stamp holds changes with any source of the package."""
    copy = tmp_path / "check"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("*.so", "__pycache__"))
    before = native.digest(copy)
    assert native.digest(copy) == before
    names = copy / "names.py"
    names.write_text(names.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert native.digest(copy) != before
