"""The one use of `re`'s private compiler (core/regex_programs.py): programs made from it give
the patterns `re.compile` gives, and where the private steps are missing or have changed,
every caller falls back to `re.compile` (the checker's rules, the program's pattern cache)."""

from __future__ import annotations

import importlib
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from followup.cli import regex_cache
from followup.core import regex_programs
from followup.core.check import lazyre

SHAPES = [
    (r"(?P<year>\d{4})-(?P<month>\d\d)(?(year)-(?P<day>\d\d))", 0),
    (r"\bthank(?:s| you)\b(?<!no thanks)", re.IGNORECASE),
    (r"[a-z\xa1-\uffff0-9-]{1,63}", re.IGNORECASE),
    (r"^\s*(?i:dear)\s+\w+,$", re.MULTILINE),
    (rb"^\.(?i:end)\r?$", re.MULTILINE),
    (r"(?x) \d+  # digits", 0),
]


@pytest.fixture
def fresh_check() -> Iterator[None]:
    regex_programs.reset()
    yield
    regex_programs.reset()
    regex_cache.uninstall()
    re.purge()


@pytest.mark.parametrize(("pattern", "flags"), SHAPES)
def test_a_program_makes_the_pattern_re_makes(pattern: Any, flags: int, fresh_check: None) -> None:
    program = regex_programs.program(pattern, flags)
    assert program is not None
    made = regex_programs.from_program(program)
    fresh = re.compile(pattern, flags)
    assert made is not None and made is not fresh
    # Pattern equality compares the source, the flags and the compiled code
    assert made == fresh
    assert (made.groups, made.groupindex) == (fresh.groups, fresh.groupindex)
    assert all(type(c) is int for c in program[2])  # plain ints: marshal and pickle write them


def test_a_bad_pattern_is_refused_as_re_refuses_it(fresh_check: None) -> None:
    with pytest.raises(re.error):
        regex_programs.program(r"(?P<x>a", 0)


def test_a_damaged_program_gives_none(fresh_check: None) -> None:
    program = regex_programs.program(r"\d+", 0)
    assert program is not None
    assert regex_programs.from_program((program[0], program[1], [1, 2, 3], 0, {}, ())) is None
    assert regex_programs.from_program(None) is None


def _missing() -> None:
    return None


class _ChangedCompiler:
    """A compiler whose private step now gives another program (as a new Python might)."""

    def __init__(self) -> None:
        from re import _compiler  # type: ignore[attr-defined]

        self._real = _compiler

    def _code(self, parsed: Any, flags: int) -> list[int]:
        return [*self._real._code(parsed, flags), 1]  # one more word: not re's program


def _changed() -> tuple[Any, Any, Any]:
    import _sre
    from re import _parser  # type: ignore[attr-defined]

    return _parser, _ChangedCompiler(), _sre


def _raising() -> tuple[Any, Any, Any]:
    import _sre
    from re import _parser  # type: ignore[attr-defined]

    def _code(parsed: Any, flags: int) -> list[int]:
        raise TypeError("_code() takes 3 positional arguments but 2 were given")

    return _parser, SimpleNamespace(_code=_code), _sre


@pytest.mark.parametrize("engine", [_missing, _changed, _raising], ids=["missing", "changed",
                                                                         "raising"])  # fmt: skip
def test_without_the_private_steps_every_caller_compiles_as_usual(
    engine: Any, fresh_check: None, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(regex_programs, "_engine", engine)
    assert not regex_programs.available()
    assert regex_programs.program(r"\d+", 0) is None
    assert regex_programs.compiler_module() is None

    # the checker's patterns: compiled by re, the same matches
    for pattern, flags in SHAPES:
        if isinstance(pattern, str):
            assert lazyre.compile_pattern(pattern, flags) == re.compile(pattern, flags)
    lazy = lazyre.Pattern(r"\b(?P<w>thanks?)\b", re.IGNORECASE)
    lazy.freeze()
    assert lazy._code is None
    assert lazy.search("Many THANKS again").group("w") == "THANKS"

    # the program's pattern cache: not installed, re left as it is, nothing saved
    from re import _compiler  # type: ignore[attr-defined]

    before = _compiler.compile
    regex_cache.install(tmp_path / "regex.marshal")
    assert _compiler.compile is before and regex_cache._original is None
    module = tmp_path / "uses_re.py"
    module.write_text('import re\nDAY = re.compile(r"(?P<d>\\d\\d)-(?P<m>\\d\\d)")\n')
    monkeypatch.syspath_prepend(str(tmp_path))
    re.purge()
    try:
        assert importlib.import_module("uses_re").DAY.match("29-11").group("m") == "11"
    finally:
        sys.modules.pop("uses_re", None)
    regex_cache.save()
    assert not (tmp_path / "regex.marshal").exists()


def test_saved_programs_from_another_python_are_not_used(
    fresh_check: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A checker rule saved with its program, read where programs cannot be made, is
    compiled from its source."""
    import pickle

    saved = lazyre.Pattern(r"\bi\s+(?:can't|cannot)\b", re.IGNORECASE)
    saved.freeze()
    assert saved._code is not None
    loaded = pickle.loads(pickle.dumps(saved))
    monkeypatch.setattr(regex_programs, "_engine", _missing)
    regex_programs.reset()
    assert loaded.search("Sorry, I can't make it").group() == "I can't"
    assert loaded.compiled == re.compile(saved.pattern, saved.flags)
