"""The program CPython's `re` hands its regex engine for a pattern, and a pattern made back
from it: the one place in followup that uses `re`'s private compiler.

CPython compiles a pattern in two steps: Python code (`re._parser.parse`, then
`re._compiler._code`) turns it into a list of integers, the expensive part (parsing, case
folding, character-set optimisation); then `_sre.compile` makes the pattern object from
that list. Keeping the list lets a later run skip the first step (cli/regex_cache.py for
the patterns modules compile as they load, core/check/lazyre.py for the checker's rules).

A program is the tuple of `_sre.compile`'s arguments, `(pattern, flags, code, groups - 1,
groupindex, indexgroup)`: the pattern (str or bytes), the flags `re` settles on (the given
ones and the inline ones), the code as plain ints, the number of groups less one, the group
names to numbers, and the numbers to names. These steps are private to CPython, so before
first use they are checked once against `re.compile` on a probe pattern (named groups, a
look-behind, a class, a conditional, a flag): the same pattern must come out (`==` on
patterns compares the source, the flags and the compiled code). On another Python, or when
the steps change, `program` and `from_program` give None and callers compile with
`re.compile` as usual: slower, never wrong.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

# (pattern, flags, code, groups - 1, groupindex, indexgroup): `_sre.compile`'s arguments
Program = tuple[Any, int, list[int], int, dict[str, int], tuple[str | None, ...]]
# rewrites a pattern's code given what the parser made of it and the final flags
Rewrite = Callable[[list[int], Any, int], list[int]]

PROBE = (r"^(?P<w>[a-c]+)(?<=c)(?(w)\d|x)\b", re.MULTILINE)  # cheap, yet every step

_checked: bool | None = None  # None: not checked yet
_steps: tuple[Any, Any, Any] | None = None  # `_engine()`, once checked
SHIPPED: set[str | bytes] = set()  # patterns made from followup's own data (see `shipped`)


def shipped(pattern: str) -> str:
    """`pattern`, noted as made from followup's own data as it runs (the words of its data
    files, as the user's files of the same name may extend them: 'showed|demoed|…') or
    written in its code and compiled where the text is not a constant of the compiling
    function (a module's table of patterns), never from what a command read or a user typed
    for one note: the program's compiled-pattern
    cache (cli/regex_cache.py) may keep its program between runs, as it keeps the patterns
    written in the code. The same data makes the same text run after run."""
    SHIPPED.add(pattern)
    return pattern


def _engine() -> tuple[Any, Any, Any] | None:
    """(re._parser, re._compiler, _sre), or None when this Python has not got them."""
    try:
        import _sre
        from re import _compiler, _parser  # type: ignore[attr-defined]
    except ImportError:
        return None
    steps = ((_parser, "parse"), (_compiler, "_code"), (_sre, "compile"))
    if not all(callable(getattr(module, name, None)) for module, name in steps):
        return None
    return _parser, _compiler, _sre


def available() -> bool:
    """Whether programs can be made here: the private steps exist and, tried once on
    `PROBE`, give the very pattern `re.compile` gives."""
    global _checked, _steps
    if _checked is None:
        _checked = False  # while checking, and for good when the check fails
        _steps = _engine()
        made = _make(*PROBE)
        pattern = _build(made) if made is not None else None
        _checked = pattern is not None and pattern == re.compile(*PROBE)
        if not _checked:
            _steps = None
    return _checked


def program(pattern: str | bytes, flags: int = 0, rewrite: Rewrite | None = None) -> Program | None:
    """The program for `pattern` compiled with `flags`, as `re.compile` makes it (its code
    changed by `rewrite(code, parsed, flags)` when given); None when programs cannot be made
    here (see `available`) or this pattern's cannot. re.error for a bad pattern."""
    if not available():
        return None
    return _make(pattern, flags, rewrite)


def _make(pattern: str | bytes, flags: int, rewrite: Rewrite | None = None) -> Program | None:
    if _steps is None:
        return None
    parser, compiler, _sre = _steps
    try:
        parsed = parser.parse(pattern, flags)
    except re.error:  # a bad pattern, as re.compile says
        raise
    except Exception:  # the private steps changed shape: compile as usual
        return None
    try:
        code = compiler._code(parsed, flags)
        state = parsed.state
        final = int(flags | state.flags)
        if rewrite is not None:
            code = rewrite(code, parsed, final)
        groupindex = {str(name): int(number) for name, number in state.groupdict.items()}
        indexgroup: list[str | None] = [None] * state.groups
        for name, number in groupindex.items():
            indexgroup[number] = name
        # opcodes are int subclasses: plain ints, so that marshal and pickle can write them
        codes = [int(c) for c in code]
        return pattern, final, codes, state.groups - 1, groupindex, tuple(indexgroup)
    except Exception:  # the private steps changed shape: compile as usual
        return None


def from_program(made: Program | tuple[Any, ...] | None) -> re.Pattern[Any] | None:
    """The pattern object for a program (as `program` gives it, possibly saved and read
    back); None when there is none or it cannot be made (damaged, another engine)."""
    if made is None or not available():
        return None
    return _build(made)


def _build(made: Program | tuple[Any, ...]) -> re.Pattern[Any] | None:
    if _steps is None:
        return None
    try:
        compiled: re.Pattern[Any] = _steps[2].compile(*made)
    except Exception:  # a damaged or foreign program
        return None
    return compiled


def compiler_module() -> Any | None:
    """`re._compiler` where programs can be made (to hook its `compile`), else None."""
    return _steps[1] if available() and _steps is not None else None


def reset() -> None:
    """Check the private steps again on next use (for tests)."""
    global _checked, _steps
    _checked = _steps = None
