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

Only patterns compiled during an import, written as they are in the code that compiles
them (a literal of one of the calling functions: `re.sub(r"…", …)` in a function), or made
from the words of followup's data files (marked by core.regex_programs.shipped) are saved:
they come from installed code and data, never from what a user typed or a command read. The
file, `regex-<interpreter>-<version>-<engine MAGIC>.marshal`, is read by that Python build
alone; an entry is keyed by the pattern (str or bytes) and its flags, so a changed pattern is
simply a new entry, and stays marshalled until a run compiles that pattern. Anything
unexpected (another Python, an unreadable or damaged file or entry) leaves `re` as it is; a
file that cannot be written only costs speed. Only the `followup` program installs it
(cli.main), never a library caller or the tests' in-process runs. (The methods dataclasses
write are kept the same way by store/code_cache.py.)

The file stays bounded and stops changing once a program's patterns are in it, even where a
module builds a pattern's text differently on every run: the stdlib's email header parser
and reportlab's safe-eval join a set of characters or names into a pattern, and a set's
order follows string hashing, which Python seeds afresh in every process
(PYTHONHASHSEED). Each entry made during an import records the module that compiled it and
that module file's size and modification time. When a module whose file is unchanged
compiles a pattern it did not compile before while one it compiled before goes unused this
run, its patterns are made from something that changes run to run: the new ones are not
kept (they are compiled as usual), so such a run does not write the file. A module whose
file changed (an upgrade) has its old entries replaced. One run adds at most
MAX_NEW_PER_RUN entries, and a file that would exceed MAX_ENTRIES keeps the entries this run
used, then as many new ones as fit.
"""

from __future__ import annotations

import marshal
import re
import sys
from pathlib import Path
from typing import Any

from followup.core import regex_programs

MAX_ENTRIES = 4000  # beyond this the file keeps only what the saving run used and added
MAX_NEW_PER_RUN = 1000  # a first `followup card` adds about 300
FORMAT = 2  # the file: marshal of (FORMAT, entries, origins, stamps)
LITERAL_CALLERS = 4  # re.sub → a helper → a wrapper → the code that wrote the pattern
# (pattern, flags) -> (flags, code, groups, groupindex, indexgroup): _sre.compile's arguments
Entry = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]

Key = tuple[str | bytes, int]
Stamp = tuple[int, int] | None  # a module file's (size, mtime in ns); None: no file
LITERAL = ""  # the origin of a pattern written as it is in the code: never varies

_saved: dict[Key, bytes] = {}  # each entry marshalled until it is used
_origins: dict[Key, str] = {}  # saved entry -> the module whose import compiled it
_stamps: dict[str, Stamp] = {}  # module -> its file's stamp when its entries were saved
_used: set[Key] = set()  # saved entries this run made a pattern from
_new: dict[Key, Entry] = {}
_new_origins: dict[Key, tuple[str, str | None]] = {}  # new entry -> (module, its file)
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


def _at_import(pattern: str | bytes) -> tuple[str, str | None] | None:
    """Where the pattern being compiled comes from, when it is installed code: a module's
    import (its top-level code or a function that code calls): (the module's name, its
    file); or written as it is in the code that compiles it (`re.sub(r"…", …)` in a
    function, `lazy(r"…")`: a constant of one of the few calling functions): (LITERAL,
    None); or made from the words of followup's data files (core.regex_programs.shipped):
    (LITERAL, None) too. None when the running command made it from what it read."""
    if pattern in regex_programs.SHIPPED:
        return LITERAL, None
    frame: Any = sys._getframe(2)
    callers = LITERAL_CALLERS
    while frame is not None:
        code = frame.f_code
        if code.co_name == "<module>":
            name = frame.f_globals.get("__name__")
            if name == "__main__" or not isinstance(name, str):
                return None
            where = frame.f_globals.get("__file__")
            return name, where if isinstance(where, str) else None
        if callers and pattern in code.co_consts:
            return LITERAL, None
        callers -= 1
        frame = frame.f_back
    return None


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
            _used.add(key)
            return made
        del _saved[key]  # damaged: compile afresh
    program = regex_programs.program(pattern, flags)
    made = regex_programs.from_program(program)
    if program is None or made is None:
        return _original(pattern, flags)
    origin = _at_import(pattern)
    if origin is not None:
        _new[key] = program[1:]
        _new_origins[key] = origin
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
    _load(_path)
    _original = _compiler.compile
    _compiler.compile = _compile


def _load(path: Path) -> None:
    """Fill _saved, _origins and _stamps from the file (left empty when it is missing,
    damaged or of another format)."""
    try:
        loaded = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return
    if not (isinstance(loaded, tuple) and len(loaded) == 4 and loaded[0] == FORMAT):
        return
    _, entries, origins, stamps = loaded
    if not (isinstance(entries, dict) and isinstance(origins, dict) and isinstance(stamps, dict)):
        return
    _saved.update((key, value) for key, value in entries.items() if type(value) is bytes)
    _origins.update((key, value) for key, value in origins.items() if key in _saved)
    _stamps.update(stamps)


def _stamp(where: str | None) -> Stamp:
    """A module file's (size, modification time in ns), or None without a readable file."""
    if where is None:
        return None
    import os

    try:
        info = os.stat(where)
    except OSError:
        return None
    return info.st_size, info.st_mtime_ns


def _kept_new() -> tuple[dict[Key, Entry], set[str]]:
    """The new entries worth keeping (at most MAX_NEW_PER_RUN), and the modules whose file
    changed since their entries were saved (their old entries go)."""
    by_module: dict[str, list[Key]] = {}
    for key, name in _origins.items():
        by_module.setdefault(name, []).append(key)
    kept: dict[Key, Entry] = {}
    changed: set[str] = set()
    verdict: dict[str, bool] = {}  # module -> whether its new patterns are kept
    for key, entry in _new.items():
        name, where = _new_origins[key]
        if name not in verdict:
            stamp = _stamp(where)
            before = by_module.get(name, [])
            if name == LITERAL or not before:
                verdict[name] = True
            elif _stamps.get(name) != stamp:  # the module changed: its patterns start over
                verdict[name] = True
                changed.add(name)
            else:  # unchanged, yet a pattern it made before went unused: its text varies
                verdict[name] = all(old in _used for old in before)
            if verdict[name] and name != LITERAL:
                _stamps[name] = stamp
        if verdict[name] and len(kept) < MAX_NEW_PER_RUN:
            kept[key] = entry
    return kept, changed


def save() -> None:
    """Write the file again when this run compiled import-time patterns worth keeping that
    it did not hold (never a failure: a cache that cannot be written only costs speed)."""
    if _path is None or not _new:
        return
    kept, changed = _kept_new()
    origins = {key: _new_origins[key][0] for key in kept}
    _new.clear()
    _new_origins.clear()
    if not kept and not changed:
        return
    try:
        packed = {key: marshal.dumps(entry) for key, entry in kept.items()}
    except ValueError:  # an entry marshal cannot write: keep nothing rather than guess
        return
    old = {key: value for key, value in _saved.items() if _origins.get(key) not in changed}
    if len(old) + len(packed) > MAX_ENTRIES:  # full: keep what this run used
        old = {key: value for key, value in old.items() if key in _used}
    table = dict(list({**old, **packed}.items())[:MAX_ENTRIES])  # what was used first
    origins = {key: origins[key] if key in origins else _origins.get(key, LITERAL)
               for key in table}  # fmt: skip
    modules = set(origins.values())
    stamps = {name: stamp for name, stamp in _stamps.items() if name in modules}
    try:
        data = marshal.dumps((FORMAT, table, origins, stamps))
    except ValueError:
        return
    from followup.store.cache_files import write_cache

    write_cache(_path, data)
    _saved.clear()
    _saved.update(table)
    _origins.clear()
    _origins.update(origins)
    _stamps.clear()
    _stamps.update(stamps)


def uninstall() -> None:
    """Put `re` back as it was (for tests)."""
    global _original, _path, _compiler
    if _original is not None:
        _compiler.compile = _original
    _original = _path = _compiler = None
    for table in (_saved, _origins, _stamps, _used, _new, _new_origins):
        table.clear()
