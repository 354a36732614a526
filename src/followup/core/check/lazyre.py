"""Regular expressions compiled on first use.

Starting `followup check` compiles only what the note in hand needs: the ~200 rule patterns
and the checker's own expressions are kept as source until first used.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator, Mapping
from typing import Any


class Pattern:
    """A regular expression compiled on first use.

    `compile_rules` compiles each pattern (to check it and find its literal gates); saved
    and loaded again (pickled), a pattern keeps only its source. Most rules never run on a
    given note (their gates rule them out), so a command checking one note with saved rules
    compiles only the few that note can match.
    """

    __slots__ = ("_code", "_compiled", "flags", "pattern")

    def __init__(self, pattern: str, flags: int, compiled: re.Pattern[str] | None = None) -> None:
        self.pattern = pattern
        self.flags = flags
        self._compiled = compiled
        self._code: tuple[Any, ...] | None = None

    def freeze(self) -> None:
        """Keep the regex engine's program for this pattern, so that a copy loaded from a
        saved file (pickled) starts matching without parsing the pattern again."""
        if self._code is None:
            self._code = _program(self.pattern, self.flags)

    def __getstate__(self) -> tuple[str, int, tuple[Any, ...] | None]:
        return self.pattern, self.flags, self._code  # saved without the compiled object

    def __setstate__(self, state: tuple[str, int, tuple[Any, ...] | None]) -> None:
        self.pattern, self.flags, self._code = state
        self._compiled = None

    @property
    def compiled(self) -> re.Pattern[str]:
        found = self._compiled
        if found is None:
            found = self._compiled = _from_program(self._code) or re.compile(
                self.pattern, self.flags
            )
        return found

    @property
    def groupindex(self) -> Mapping[str, int]:
        return self.compiled.groupindex

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.search(text, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.match(text, pos, endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.fullmatch(text, pos, endpos)

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(text, pos, endpos)

    def findall(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return self.compiled.findall(text, pos, endpos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], text: str, count: int = 0) -> str:
        return self.compiled.sub(repl, text, count)

    def split(self, text: str, maxsplit: int = 0) -> list[str | Any]:
        return self.compiled.split(text, maxsplit)


def lazy(pattern: str, flags: int = 0) -> Pattern:
    """A module's regular expression, compiled the first time it is used (a command that
    never needs it never pays for it)."""
    found = Pattern(pattern, flags)
    _MODULE_PATTERNS.append(found)
    return found


_MODULE_PATTERNS: list[Pattern] = []


def module_programs() -> dict[str, tuple[Any, ...]]:
    """The programs of every module pattern made by `lazy`, by pattern (to save beside the
    rules: see `install_programs`)."""
    out = {}
    for found in _MODULE_PATTERNS:
        found.freeze()
        if found._code is not None:
            out[f"{found.flags}:{found.pattern}"] = found._code
    return out


def install_programs(programs: dict[str, tuple[Any, ...]]) -> None:
    """Give the module patterns their saved programs (those not compiled yet)."""
    for found in _MODULE_PATTERNS:
        if found._compiled is None and found._code is None:
            found._code = programs.get(f"{found.flags}:{found.pattern}")


def _program(pattern: str, flags: int) -> tuple[Any, ...] | None:
    """What `re` hands its engine for this pattern (the arguments of `_sre.compile`), computed
    as `re._compiler.compile` does; None when this Python's private API differs."""
    try:
        from re import _compiler, _parser  # type: ignore[attr-defined]

        parsed = _parser.parse(pattern, flags)
        code = _compiler._code(parsed, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        program = (
            pattern,
            flags | parsed.state.flags,
            [int(c) for c in code],
            parsed.state.groups - 1,
            groupindex,
            tuple(indexgroup),
        )
        made = _from_program(program)
        reference = re.compile(pattern, flags)
        if made is None or (made.pattern, made.flags, made.groupindex) != (
            reference.pattern,
            reference.flags,
            reference.groupindex,
        ):
            return None
        return program
    except Exception:  # private API of `re`: without it, patterns are compiled as usual
        return None


def _from_program(program: tuple[Any, ...] | None) -> re.Pattern[str] | None:
    if program is None:
        return None
    try:
        import _sre

        compiled: re.Pattern[str] = _sre.compile(*program)
        return compiled
    except Exception:
        return None
