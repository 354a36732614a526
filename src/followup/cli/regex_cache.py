"""Regular expressions compiled at import time, kept compiled between runs of `followup`.

Modules compile their patterns when they are imported, and some patterns cost far more to
compile than the whole command costs to run: reportlab's paragraph module compiles a URL
pattern whose case-folded ranges cover all of Unicode (about a third of `followup card`'s
start-up), Click's gettext and the email package compile theirs on every start. CPython
compiles a pattern in two steps: Python code turns it into a list of integers (the
expensive part: parsing, case folding, character-set optimisation), then `_sre.compile`
makes the pattern object from that list (core/regex_programs.py does both, the one place
that uses `re`'s private compiler). `install()` keeps the lists of the patterns that a
module compiles while it is being imported, in a file in the cache folder, and a later run
makes those patterns from the saved lists with `_sre.compile`: the same call with the same
arguments, so the pattern is the same object a fresh compile gives (`==` on patterns compares
their compiled code; tests check it). Where those private steps are missing or differ
(checked once a run by core/regex_programs.py), nothing is installed and `re` compiles as
usual.

Only patterns compiled during an import, or written as they are in the code that compiles
them (a literal of one of the calling functions: `re.sub(r"…", …)` in a function), are
saved: they come from installed code, never from what a user typed or a command read. The
file, `regex-<interpreter>-<version>-<engine MAGIC>.marshal`, is read by that Python build
alone; an entry is keyed by the pattern (str or bytes) and its flags, so a changed pattern is
simply a new entry, and stays marshalled until a run compiles that pattern. Anything
unexpected (another Python, an unreadable or damaged file or entry) leaves `re` as it is; a
file that cannot be written only costs speed. Only the `followup` program installs it
(cli.main), never a library caller or the tests' in-process runs. (The methods dataclasses
write are kept the same way by store/code_cache.py.)
"""

from __future__ import annotations

import marshal
import re
import sys
from pathlib import Path
from typing import Any

from followup.core import regex_programs

MAX_ENTRIES = 4000  # beyond this the file starts over with one run's patterns
LITERAL_CALLERS = 4  # re.sub → a helper → a wrapper → the code that wrote the pattern
# (pattern, flags) -> (flags, code, groups, groupindex, indexgroup): _sre.compile's arguments
Entry = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]

_saved: dict[tuple[str | bytes, int], bytes] = {}  # each entry marshalled until it is used
_new: dict[tuple[str | bytes, int], Entry] = {}
_path: Path | None = None
_original: Any = None
_compiler: Any = None  # re._compiler while installed


def cache_file() -> Path | None:
    """The file for this Python build in the cache folder, or None when this Python's regex
    engine is not one whose compile steps are known (CPython 3.11 to 3.13)."""
    import _sre

    from followup.folders import cache_folder

    if sys.implementation.name != "cpython" or not (3, 11) <= sys.version_info[:2] <= (3, 13):
        return None
    tag = sys.implementation.cache_tag
    magic = f"{getattr(_sre, 'MAGIC', 0)}-{getattr(_sre, 'CODESIZE', 0)}"
    name = f"regex-{tag}-{sys.hexversion:x}-{magic}.marshal"
    return Path(cache_folder()) / name


def _at_import(pattern: str | bytes) -> bool:
    """Whether the pattern being compiled comes from installed code: from a module's import
    (its top-level code or a function that code calls), or written as it is in the code
    that compiles it (`re.sub(r"…", …)` in a function, `lazy(r"…")`: a constant of one of
    the few calling functions), rather than made by the running command from what it read."""
    frame: Any = sys._getframe(2)
    callers = LITERAL_CALLERS
    while frame is not None:
        code = frame.f_code
        if code.co_name == "<module>":
            return frame.f_globals.get("__name__") != "__main__"
        if callers and pattern in code.co_consts:
            return True
        callers -= 1
        frame = frame.f_back
    return False


def _compile(pattern: Any, flags: int = 0) -> Any:
    """`re._compiler.compile`, with the integer code of import-time patterns kept (compiled
    by the original when a program cannot be made for it)."""
    if not isinstance(pattern, str | bytes) or flags & re.DEBUG:
        return _original(pattern, flags)
    key = (pattern, int(flags))
    kept = _saved.get(key)
    if kept is not None:
        try:
            made = regex_programs.from_program((pattern, *marshal.loads(kept)))
        except (TypeError, ValueError, EOFError):  # not a marshalled tuple
            made = None
        if made is not None:
            return made
        del _saved[key]  # damaged: compile afresh
    program = regex_programs.program(pattern, flags)
    made = regex_programs.from_program(program)
    if program is None or made is None:
        return _original(pattern, flags)
    if _at_import(pattern):
        _new[key] = program[1:]
    return made


def install(path: Path | None = None) -> None:
    """Read the saved patterns (from `path`, by default `cache_file()`) and compile through
    them from now on (once per process)."""
    global _path, _original, _compiler
    if _original is not None:
        return
    _compiler = regex_programs.compiler_module()
    _path = (path or cache_file()) if _compiler is not None else None
    if _path is None:  # another Python: `re` stays as it is
        return
    try:
        loaded = marshal.loads(_path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        loaded = {}
    if isinstance(loaded, dict):
        _saved.update((key, value) for key, value in loaded.items() if type(value) is bytes)
    _original = _compiler.compile
    _compiler.compile = _compile


def save() -> None:
    """Write the file again when this run compiled import-time patterns it did not hold
    (never a failure: a cache that cannot be written only costs speed)."""
    if _path is None or not _new:
        return
    try:
        packed = {key: marshal.dumps(entry) for key, entry in _new.items()}
        table = {**_saved, **packed} if len(_saved) + len(_new) <= MAX_ENTRIES else packed
        data = marshal.dumps(table)
    except ValueError:  # an entry marshal cannot write: keep nothing rather than guess
        return
    from followup.store.cache_files import write_cache

    write_cache(_path, data)
    _saved.update(packed)
    _new.clear()


def uninstall() -> None:
    """Put `re` back as it was (for tests)."""
    global _original, _path, _compiler
    if _original is not None:
        _compiler.compile = _original
    _original = _path = _compiler = None
    _saved.clear()
    _new.clear()
