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
(another Python, or -O, never reads it): a header, an index {(CRC-32 of the text, its
length): (offset, size, CRC-32 of the blob)} and the blobs, each the marshalled (text, code).
A run reads the index and then only the blobs of the classes it defines (a command defines a
tenth of what all of them do), so neither the file nor its memory is read whole. A file that
is missing, unreadable or not such a table, or a blob that is damaged (checksum, marshal,
text, type), is ignored and compiled afresh; the file is written whole through a temporary
file and a rename, and a cache that cannot be written only costs speed.
"""

from __future__ import annotations

import builtins
import marshal
import os
import sys
import zlib
from types import CodeType
from typing import Any

MAGIC = b"FUCODE2\n"
MAX_ENTRIES = 4_000  # more than followup and its libraries define

Key = tuple[int, int]  # CRC-32 of the text (UTF-8), its length
Where = tuple[int, int, int]  # offset after the index, size, CRC-32 of the blob

_index: dict[Key, Where] | None = None  # read on first use
_fd: int | None = None  # the file the index was read from, for its blobs
_start = 0  # where the blobs begin in it
_blobs: dict[Key, bytes] = {}  # compiled by this run
_used: list[Key] = []  # in the order this run first looked them up
_seen: set[Key] = set()
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
    index = _index if _index is not None else _load()
    key = (zlib.crc32(text.encode("utf-8", "surrogatepass")), len(text))
    if key not in _seen:
        _seen.add(key)
        _used.append(key)
    blob = _blobs.get(key)
    if blob is None:
        where = index.get(key)
        blob = _read_blob(where) if where is not None else None
    code = _decoded(blob, text) if blob is not None else None
    if code is not None:
        return code
    code = compile(text, "<string>", "exec", dont_inherit=True)
    _blobs[key] = marshal.dumps((text, code))
    return code


def _read_blob(where: Any) -> bytes | None:
    """The blob at `where` in the file, when it is whole and its checksum agrees."""
    if _fd is None or type(where) is not tuple or len(where) != 3:
        return None
    offset, size, crc = where
    try:
        blob = os.pread(_fd, size, _start + offset)
    except (OSError, TypeError, ValueError, OverflowError):
        return None
    return blob if len(blob) == size and zlib.crc32(blob) == crc else None


def _decoded(blob: bytes, text: str) -> CodeType | None:
    """The code in `blob`, when it was compiled from `text`."""
    try:
        saved = marshal.loads(blob)
    except (EOFError, ValueError, TypeError):
        return None
    if type(saved) is not tuple or len(saved) != 2 or saved[0] != text:
        return None
    return saved[1] if type(saved[1]) is CodeType else None


def _load() -> dict[Key, Where]:
    global _index, _fd, _start
    _index = {}  # a class defined while the file is found (platformdirs) is this run's own
    try:
        fd = os.open(path(_env), os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
    except OSError:
        return _index
    index, start = read_index(fd)
    if index:
        _index.update(index)
        _fd, _start = fd, start
    else:
        os.close(fd)
    return _index


def read_index(fd: int) -> tuple[dict[Key, Where], int]:
    """The index of the table open as `fd` and where its blobs begin; empty when it is not
    such a table."""
    head = len(MAGIC) + 4
    try:
        data = os.pread(fd, head, 0)
        if len(data) != head or data[: len(MAGIC)] != MAGIC:
            return {}, 0
        size = int.from_bytes(data[len(MAGIC) :], "big")
        index = marshal.loads(os.pread(fd, size, head))
    except (OSError, EOFError, ValueError, TypeError):
        return {}, 0
    return (index, head + size) if type(index) is dict else ({}, 0)


def save() -> None:
    """Write the table again when this run compiled a text the file did not have: the blobs
    this run used first (in the order it used them), then the others, at most MAX_ENTRIES."""
    if not _blobs or _index is None:
        return
    from pathlib import Path

    from followup.store.cache_files import write_cache

    keys = [*_used, *(k for k in _index if k not in _seen)][:MAX_ENTRIES]
    index: dict[Key, Where] = {}
    parts: list[bytes] = []
    offset = 0
    for key in keys:
        blob = _blobs.get(key) or _read_blob(_index.get(key))
        if blob is None:
            continue
        index[key] = (offset, len(blob), zlib.crc32(blob))
        parts.append(blob)
        offset += len(blob)
    head = marshal.dumps(index)
    try:
        write_cache(Path(path(_env)), b"".join([MAGIC, len(head).to_bytes(4, "big"), head, *parts]))
    except (OSError, ValueError):  # no cache folder can be named
        return
    _blobs.clear()
