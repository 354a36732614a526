"""Regular expressions compiled on first use.

Starting `followup check` compiles only what the note in hand needs: the ~200 rule patterns
and the checker's own expressions are kept as source until first used.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

from followup.core import regex_programs


class Pattern:
    """A regular expression compiled on first use.

    `compile_rules` compiles each pattern (to check it and find its literal gates); saved
    and loaded again (pickled), a pattern keeps only its source. Most rules never run on a
    given note (their gates rule them out), so a command checking one note with saved rules
    compiles only the few that note can match.

    Its matching methods (`search`, `match`, `finditer`, …) are those of the compiled
    pattern itself, with the same arguments: the first time one is asked for, the pattern is
    compiled and its methods are kept in this object's slots (`__getattr__`), so that every
    later call goes straight to the regex engine, not through a method written in Python
    (a Python frame costs more than matching a short pattern where it starts).
    """

    __slots__ = (
        "_code",
        "_compiled",
        "findall",
        "finditer",
        "flags",
        "fullmatch",
        "match",
        "pattern",
        "search",
        "split",
        "sub",
    )

    if TYPE_CHECKING:  # the compiled pattern's methods, kept in the slots of the same names

        def search(
            self, text: str, pos: int = 0, endpos: int = sys.maxsize
        ) -> re.Match[str] | None: ...

        def match(
            self, text: str, pos: int = 0, endpos: int = sys.maxsize
        ) -> re.Match[str] | None: ...

        def fullmatch(
            self, text: str, pos: int = 0, endpos: int = sys.maxsize
        ) -> re.Match[str] | None: ...

        def finditer(
            self, text: str, pos: int = 0, endpos: int = sys.maxsize
        ) -> Iterator[re.Match[str]]: ...

        def findall(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]: ...

        def sub(
            self, repl: str | Callable[[re.Match[str]], str], text: str, count: int = 0
        ) -> str: ...

        def split(self, text: str, maxsplit: int = 0) -> list[str | Any]: ...

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
        # saved without the compiled object, the program's code as bytes (see `_packed`)
        return self.pattern, self.flags, _packed(self._code)

    def __setstate__(self, state: tuple[str, int, tuple[Any, ...] | None]) -> None:
        self.pattern, self.flags, self._code = state
        self._compiled = None

    def __getattr__(self, name: str) -> Any:
        """A matching method asked for the first time: the compiled pattern's own, kept in
        every method's slot (compiling the pattern, when it is not yet)."""
        if name not in _METHODS:
            raise AttributeError(name)
        compiled = self.compiled
        for method in _METHODS:
            object.__setattr__(self, method, getattr(compiled, method))
        return getattr(compiled, name)

    @property
    def compiled(self) -> re.Pattern[str]:
        found = self._compiled
        if found is None:
            found = self._compiled = _from_program(self._code) or compile_pattern(
                self.pattern, self.flags
            )
        return found

    @property
    def groupindex(self) -> Mapping[str, int]:
        return self.compiled.groupindex


# the compiled pattern's methods a Pattern hands on (see Pattern.__getattr__)
_METHODS = ("findall", "finditer", "fullmatch", "match", "search", "split", "sub")


def lazy(pattern: str, flags: int = 0) -> Pattern:
    """A module's regular expression, compiled the first time it is used (a command that
    never needs it never pays for it)."""
    found = Pattern(pattern, flags)
    _MODULE_PATTERNS.append(found)
    return found


_MODULE_PATTERNS: list[Pattern] = []
# the programs saved beside the rules (see `install_programs`), for the patterns `made` later
_SAVED: dict[str, tuple[Any, ...]] = {}


def made(pattern: str, flags: int = 0) -> Pattern:
    """A pattern a module makes from the rules as it runs (not as it loads: `lazy`), compiled
    on first use, from its saved program when the rules were read back with one (save it
    with `programs_of`)."""
    found = Pattern(pattern, flags)
    found._code = _SAVED.get(f"{flags}:{pattern}")
    return found


def programs_of(patterns: Iterable[Pattern]) -> dict[str, tuple[Any, ...]]:
    """The programs of these patterns, by pattern (to save beside the rules: see
    `install_programs`)."""
    out = {}
    for found in patterns:
        found.freeze()
        if found._code is not None:
            out[f"{found.flags}:{found.pattern}"] = found._code
    return out


def module_programs() -> dict[str, tuple[Any, ...]]:
    """The programs of every module pattern made by `lazy` (see `programs_of`)."""
    return programs_of(_MODULE_PATTERNS)


def install_programs(programs: dict[str, tuple[Any, ...]]) -> None:
    """Give the module patterns their saved programs (those not compiled yet), and keep the
    programs for the patterns `made` later."""
    _SAVED.update(programs)
    for found in _MODULE_PATTERNS:
        if found._compiled is None and found._code is None:
            found._code = programs.get(f"{found.flags}:{found.pattern}")


def compile_pattern(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, searching faster where it can (see `_first_characters`):
    the same matches, the same groups (re.error for a bad pattern)."""
    made = _from_program(_program(pattern, flags))
    return made if made is not None else re.compile(pattern, flags)


def _program(pattern: str, flags: int) -> tuple[Any, ...] | None:
    """What `re` hands its engine for this pattern (core/regex_programs.py), with a faster
    search where `_with_first_characters` finds one; None when no program can be made here
    (then the pattern is compiled with `re.compile`)."""
    try:
        program = regex_programs.program(pattern, flags, _with_first_characters)
    except Exception:  # a pattern `re.compile` refuses too: it says so when used
        return None
    return program if regex_programs.from_program(program) is not None else None


def _packed(program: tuple[Any, ...] | None) -> tuple[Any, ...] | None:
    """The program with its code (a list of integers, one per code word of the regex engine)
    as the bytes of those words: a saved file of ~300 programs loads as ~300 byte strings,
    not 150,000 integers; `_from_program` unpacks the few a note uses."""
    import _sre
    from array import array

    size = getattr(_sre, "CODESIZE", None)
    if program is None or type(program[2]) is not list or array("I").itemsize != size:
        return program
    try:
        return (*program[:2], array("I", program[2]).tobytes(), *program[3:])
    except OverflowError:  # pragma: no cover - a code word wider than the engine's
        return program


def _from_program(program: tuple[Any, ...] | None) -> re.Pattern[str] | None:
    if program is None:
        return None
    if type(program[2]) is bytes:  # packed (see `_packed`)
        from array import array

        try:
            program = (*program[:2], array("I", program[2]).tolist(), *program[3:])
        except ValueError:  # not whole code words: damaged
            return None
    return regex_programs.from_program(program)


# --------------------------------------------------------------------------------------
# A faster search for patterns that open with an assertion
#
# `re` searches quickly for a pattern that starts with a literal or a character class: it
# skips to the next character that can start a match. A pattern that opens with `\b`, a
# look-behind or a look-ahead ("\bi\s+(?:can't|…)", "(?<![\w'-])[A-Z][a-z]+") gets no such
# help, and the engine tries a full match at every position of the text. Most of the
# checker's patterns open that way. When every match of a pattern is at least one character
# long and its first character is known to be in a set (the first character the pattern
# consumes after its opening assertions), the set is written into the program's INFO block,
# exactly as `re` does itself for a pattern that opens with that class: the engine then tries
# the pattern only where such a character stands. The matches are the same.


def _with_first_characters(code: list[int], parsed: Any, flags: int) -> list[int]:
    """`code` with the set of first characters in its INFO block, where `re` put none and one
    is known (`code` unchanged otherwise). Run by core/regex_programs.py on the private
    compiler's output (a failure there means the pattern is compiled as usual)."""
    from re import _compiler  # type: ignore[attr-defined]
    from re import _constants as sre  # type: ignore[attr-defined]

    # an INFO block without prefix or charset is [INFO, 4, 0, min, max]
    if len(code) < 5 or code[0] != sre.INFO or code[1] != 4 or code[2] != 0 or code[3] < 1:
        return code
    if flags & sre.SRE_FLAG_LOCALE:
        return code
    first = _first_characters(list(parsed), sre, bool(flags & sre.SRE_FLAG_IGNORECASE))
    if not first:
        return code
    charset, cased = _compiler._optimize_charset(first)
    if cased:  # pragma: no cover - only with a case-folding fix-up, never passed here
        return code
    if len(charset) == 1 and charset[0][0] is sre.LITERAL:
        # one first character ("\bi\s+…", "\bmy\s+…"): written as a prefix of one
        # character that the match does not skip (the pattern is matched from it, assertions
        # and all), so that the engine runs a tight loop to the next such character instead
        # of testing each character against a set
        info = [sre.INFO, 0, sre.SRE_INFO_PREFIX, code[3], code[4], 1, 0, charset[0][1], 0]
    else:
        info = [sre.INFO, 0, sre.SRE_INFO_CHARSET, code[3], code[4]]
        _compiler._compile_charset(charset, flags, info)
    info[1] = len(info) - 1
    return info + code[5:]


def _first_characters(
    items: list[tuple[Any, Any]], sre: Any, folded: bool = False
) -> list[tuple[Any, Any]] | None:
    """The character set (as `re` writes a class: (op, value) items) that holds the first
    character of every match of this sequence: the first item that consumes a character,
    after zero-width assertions (a look-ahead's own first characters will do). None when not
    known, or when the sequence may match nothing at all. `folded`: the pattern ignores case
    (the set then holds every character a letter matches, see `_case_forms`). An optional
    item before the first that must consume a character ("(?:Dr\\.\\s+)?[A-Z]…") adds its
    own first characters to that item's."""
    optional: list[tuple[Any, Any]] = []  # the first characters of optional items passed
    for op, av in items:
        if op is sre.AT or (op is sre.ASSERT_NOT) or (op is sre.ASSERT and av[0] != 1):
            continue  # zero-width: \b, ^, look-behinds, negative look-aheads
        if op is sre.ASSERT:  # a look-ahead: the next character starts its match
            ahead = _first_characters(list(av[1]), sre, folded)
            if ahead:
                return _joined(optional, ahead, sre)
            continue
        if op in _repeats(sre) and av[0] == 0:  # optional: a match starts in it or after it
            own = _first_characters(list(av[2]), sre, folded)
            if not own or any(o is sre.NEGATE for o, _ in own):
                return None
            optional += own
            continue
        if op is sre.BRANCH and any(map(_zero_width, av[1])):
            # alternatives of which some consume nothing ("(?:^|[.!?]\s+)", "(?:(?<![^\n])|
            # (?<=[.!?] ))"): the others' first characters, or what comes after
            for branch in av[1]:
                if not _zero_width(branch):
                    own = _first_characters(list(branch), sre, folded)
                    if not own or any(o is sre.NEGATE for o, _ in own):
                        return None
                    optional += own
            continue
        return _joined(optional, _item_first_characters(op, av, sre, folded), sre)
    return None


def _zero_width(items: Any) -> bool:
    """Whether a sequence is of zero-width assertions only (\\b, ^, look-arounds), or empty."""
    from re import _constants as sre  # type: ignore[attr-defined]

    return all(op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT) for op, _ in items)


def _joined(
    optional: list[tuple[Any, Any]], first: list[tuple[Any, Any]] | None, sre: Any
) -> list[tuple[Any, Any]] | None:
    """The first characters of an item with those of the optional items before it (None
    when either is unknown, or a negated class is to be joined)."""
    if not optional or first is None:
        return first
    if any(o is sre.NEGATE for o, _ in first):
        return None
    return optional + first


def _item_first_characters(
    op: Any, av: Any, sre: Any, folded: bool
) -> list[tuple[Any, Any]] | None:
    if op is sre.LITERAL:
        return _case_forms([(op, av)], sre) if folded else [(op, av)]
    if op is sre.IN:
        return _case_forms(list(av), sre) if folded else list(av)
    if op is sre.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        if (add_flags | del_flags) & ~sre.SRE_FLAG_IGNORECASE:
            return None  # (?a:…), (?s:…): the class would be read with other flags
        if add_flags:  # (?i:…): every case form of its letters
            folded = True
        elif del_flags:  # (?-i:…): its letters as written
            folded = False
        return _first_characters(list(sub), sre, folded)
    if op is sre.ATOMIC_GROUP:
        return _first_characters(list(av), sre, folded)
    if op in _repeats(sre):
        return _first_characters(list(av[2]), sre, folded) if av[0] >= 1 else None
    if op is sre.BRANCH:
        union: list[tuple[Any, Any]] = []
        for branch in av[1]:
            sub = _first_characters(list(branch), sre, folded)
            if not sub or any(o is sre.NEGATE for o, _ in sub):
                return None  # an empty branch, or a negated class (not to be joined)
            union += sub
        return union
    return None


def _repeats(sre: Any) -> tuple[Any, ...]:
    return tuple(
        op for op in (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", None)) if op
    )


# The characters other than a letter's two ASCII cases that `re` matches to it when ignoring
# case (found by trying every code point; a test checks them)
_OTHER_CASE_FORMS = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}
# the same, all together: a text without them matches an ASCII letter only to itself in either case
OTHER_CASE_CHARACTERS = "".join(_OTHER_CASE_FORMS.values())


def _case_forms(items: list[tuple[Any, Any]], sre: Any) -> list[tuple[Any, Any]] | None:
    """A class's items with every character an ignore-case match may meet: each ASCII
    letter in both cases and its other forms. Categories (\\w, \\s, \\d) are the same either
    way; anything else (a negated class, a letter outside ASCII) gives None."""
    out: list[tuple[Any, Any]] = []
    for op, av in items:
        if op is sre.CATEGORY:
            out.append((op, av))
            continue
        if op is sre.LITERAL:
            chars = [av]
        elif op is sre.RANGE and av[1] - av[0] < 128:
            chars = list(range(av[0], av[1] + 1))
        else:
            return None
        for code in chars:
            char = chr(code)
            if char.isascii() and char.isalpha():
                forms = char.lower() + char.upper() + _OTHER_CASE_FORMS.get(char.lower(), "")
                out += [(sre.LITERAL, ord(f)) for f in forms]
            elif char.isascii() and char.lower() == char.upper():
                out.append((sre.LITERAL, code))  # a digit, a space, a mark: no other case
            else:
                return None
    return out
