"""The methods `dataclasses` writes for each class, compiled once and kept in the cache folder.

`@dataclass` writes `__init__`, `__repr__`, `__eq__` (and `__hash__`, `__setattr__`, … as
asked) of every class it decorates as Python source text and runs `exec` on that text while
the class's module is imported. Parsing and compiling that text is most of what defining a
class costs: about a quarter of the start-up of a command that writes a draft. `install()`
gives the `dataclasses` module an `exec` that runs the code compiled from the very same text
by an earlier run, and compiles (as `exec` does: file name `<string>`, no inherited flags)
only a text it has not seen; `save()` writes the table back when the run added to it. The
same text compiled the same way is the same code, so every class, method, default and error
is exactly what it was; only the parsing is skipped. (The regular expressions modules
compile as they load are kept by cli/regex_cache.py.)

The table is one file in the cache folder, `code-<interpreter>-<version>-O<level>.marshal`
(another Python, or -O, never reads it): a header and the marshalled {source text: entry},
where an entry is (CRC-32 of the blob, blob) and the blob the marshalled (text, code), so
that a run decodes and checks only the entries it uses. A file that is missing, unreadable
or not such a table, or an entry that is damaged (checksum, marshal, text, type), is ignored
and compiled afresh; the file is written whole through a temporary file and a rename, and a
cache that cannot be written only costs speed.
"""

from __future__ import annotations

import builtins
import marshal
import os
import sys
import zlib
from types import CodeType
from typing import Any

MAGIC = b"FUCODE1\n"
MAX_ENTRIES = 4_000  # more than followup and its libraries define

Entry = tuple[int, bytes]  # CRC-32 of the blob, the blob: marshal.dumps((text, code))

_codes: dict[str, Entry] | None = None  # read on first use
_used: set[str] = set()  # the texts this run looked up
_fresh: set[str] = set()  # the texts this run compiled that the file lacked
_env: dict[str, str] | None = None


def file_name() -> str:
    """The table's name for this interpreter: implementation and byte-code tag, exact
    version, optimisation level."""
    tag = sys.implementation.cache_tag or sys.implementation.name
    return f"code-{tag}-{sys.hexversion:x}-O{sys.flags.optimize}.marshal"


def path(env: dict[str, str] | None = None) -> str:
    from followup.folders import cache_folder

    return os.path.join(cache_folder(env), file_name())


def install(env: dict[str, str] | None = None) -> None:
    """Let `dataclasses` take the code of its methods from the table (read from the cache
    folder of `env`, default os.environ, when the first class is defined)."""
    import dataclasses

    global _env
    _env = env
    dataclasses.exec = _exec  # type: ignore[attr-defined]


def uninstall() -> None:
    """`dataclasses` compiles its methods itself again."""
    import dataclasses

    if getattr(dataclasses, "exec", None) is _exec:
        del dataclasses.exec  # type: ignore[attr-defined]


def _exec(source: Any, globals: Any = None, locals: Any = None, /) -> None:  # noqa: A002
    """`exec` for the dataclasses module: a text is run as the code compiled from it."""
    if globals is None:  # exec's own default: the caller's namespaces
        caller = sys._getframe(1)
        globals = caller.f_globals  # noqa: A001
        locals = caller.f_locals if locals is None else locals  # noqa: A001
    if isinstance(source, str):
        source = compiled(source)
    builtins.exec(source, globals, locals)


def compiled(text: str) -> CodeType:
    """The code of `text` as `exec(text)` compiles it: from the table, else compiled now."""
    codes = _codes if _codes is not None else _load()
    _used.add(text)
    code = _decoded(codes.get(text), text)
    if code is not None:
        return code
    code = compile(text, "<string>", "exec", dont_inherit=True)
    blob = marshal.dumps((text, code))
    codes[text] = (zlib.crc32(blob), blob)
    _fresh.add(text)
    return code


def _decoded(entry: Any, text: str) -> CodeType | None:
    """The code saved in `entry` for `text`; None for no entry or a damaged one."""
    if type(entry) is not tuple or len(entry) != 2 or type(entry[1]) is not bytes:
        return None
    if zlib.crc32(entry[1]) != entry[0]:
        return None
    try:
        saved = marshal.loads(entry[1])
    except (EOFError, ValueError, TypeError):
        return None
    if type(saved) is not tuple or len(saved) != 2 or saved[0] != text:
        return None
    return saved[1] if type(saved[1]) is CodeType else None


def _load() -> dict[str, Entry]:
    global _codes
    _codes = {}  # a class defined while the file is found (platformdirs) is this run's own
    saved = read(path(_env))
    for text, entry in saved.items():
        _codes.setdefault(text, entry)
    _fresh.difference_update(saved)
    return _codes


def read(where: str) -> dict[str, Entry]:
    """The table saved at `where` (each entry checked when it is used); empty when there is
    no such file or it is not one."""
    try:
        with open(where, "rb") as fh:
            data = fh.read()
    except OSError:
        return {}
    return read_bytes(data)


def read_bytes(data: bytes) -> dict[str, Entry]:
    """The table in a file's bytes (see `read`)."""
    if data[: len(MAGIC)] != MAGIC:
        return {}
    try:
        table = marshal.loads(memoryview(data)[len(MAGIC) :])
    except (EOFError, ValueError, TypeError):
        return {}
    return table if type(table) is dict else {}


def save() -> None:
    """Write the table back when this run compiled a text the file did not have (the texts
    the run used first, then the others, at most MAX_ENTRIES)."""
    if not _fresh or _codes is None:
        return
    from pathlib import Path

    from followup.store.cache_files import write_cache

    keep = {k: v for k, v in _codes.items() if k in _used}
    for text, entry in _codes.items():
        if len(keep) >= MAX_ENTRIES:
            break
        keep.setdefault(text, entry)
    try:
        write_cache(Path(path(_env)), MAGIC + marshal.dumps(keep))
    except (OSError, ValueError):  # no cache folder can be named, or marshal refuses a value
        return
    _fresh.clear()
