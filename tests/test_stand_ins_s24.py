"""Stand-ins lent while a library loads (followup.stand_ins) reach that library's own imports
only: a module imported inside the block by any other path, on this thread or another, gets
the real module, and the import system is as it was once the blocks end."""

from __future__ import annotations

import builtins
import sys
import threading
from collections.abc import Iterator
from contextlib import AbstractContextManager
from pathlib import Path

import pytest

from followup.stand_ins import lent, real

TARGET = "s24_lent_target"  # the module lent in part (as hashlib is to Jinja2 and reportlab)
LIBRARY = "s24_lent_library"  # the library that loads with the stand-in
OTHER = "s24_lent_other"  # another module that imports the target on its own


@pytest.fixture
def modules(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    (tmp_path / f"{TARGET}.py").write_text(
        "LOADS = []\nLOADS.append(1)\n\ndef digest(text):\n    return 'real ' + text\n\n"
        "def other(text):\n    return 'other ' + text\n",
        encoding="utf-8",
    )
    package = tmp_path / LIBRARY
    package.mkdir()
    (package / "__init__.py").write_text(
        f"from {LIBRARY} import inner\nfrom {TARGET} import digest\nimport {TARGET} as target\n",
        encoding="utf-8",
    )
    (package / "inner.py").write_text(f"import {TARGET}\n", encoding="utf-8")
    (tmp_path / f"{OTHER}.py").write_text(
        f"import {TARGET}\nfrom {TARGET} import digest\nWHERE = {TARGET}.__file__\n",
        encoding="utf-8",
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    yield tmp_path
    for name in [n for n in sys.modules if n.startswith("s24_lent_")]:
        del sys.modules[name]


def lend() -> AbstractContextManager[None]:
    return lent({TARGET: {"digest": lambda text: "lent " + text}}, importers=(LIBRARY,))


def test_the_library_gets_the_stand_in_and_the_rest_of_the_module_is_the_real_ones(
    modules: Path,
) -> None:
    with lend():
        import s24_lent_library as library  # type: ignore[import-not-found]
    assert library.digest("x") == "lent x"
    assert library.target.other("x") == "other x"  # not lent: the real module's
    assert library.inner.s24_lent_target.digest("x") == "lent x"  # a submodule's own import
    assert TARGET in sys.modules  # imported for real once something not lent was asked


def test_another_module_imported_inside_the_block_gets_the_real_module(modules: Path) -> None:
    with lend():
        import s24_lent_library  # type: ignore[import-not-found]  # noqa: F401
        import s24_lent_other as other  # type: ignore[import-not-found]
    assert other.s24_lent_target is sys.modules[TARGET]
    assert other.digest("x") == "real x"
    assert other.WHERE.endswith(f"{TARGET}.py")  # a dunder of a stand-in would be missing
    assert sys.modules[TARGET].LOADS == [1]  # run once


def test_an_import_on_another_thread_while_the_block_runs_gets_the_real_module(
    modules: Path,
) -> None:
    seen: list[object] = []

    def other_thread() -> None:
        import s24_lent_target  # type: ignore[import-not-found]

        seen.append(s24_lent_target)
        seen.append(s24_lent_target.__file__)

    with lend():
        worker = threading.Thread(target=other_thread)
        worker.start()
        worker.join()
        import s24_lent_library as library  # type: ignore[import-not-found]
    assert seen[0] is sys.modules[TARGET]
    assert str(seen[1]).endswith(f"{TARGET}.py")
    assert library.digest("x") == "real x"  # imported for real first: not lent


def test_the_import_system_is_restored_after_blocks_nested_or_failing(modules: Path) -> None:
    before = builtins.__import__
    inner = lent({"s24_lent_absent": {}}, importers=("nothing",))
    with pytest.raises(RuntimeError), lend(), inner:  # one block inside the other
        raise RuntimeError("the library failed to load")
    assert builtins.__import__ is before
    assert "s24_lent_absent" not in sys.modules


def test_a_module_imported_already_is_not_lent(modules: Path) -> None:
    import s24_lent_target  # type: ignore[import-not-found]

    with lend():
        import s24_lent_library as library  # type: ignore[import-not-found]
    assert library.digest is s24_lent_target.digest
    assert real(TARGET) is s24_lent_target
