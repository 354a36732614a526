"""Results of pure work kept in the cache folder between runs of the program, each used only
while the code and data that made it are unchanged.

A result is kept for a key (bytes naming the question whole: the same bytes for the same
question in any process) in `cache/<folder>/<SHA-256 of the key>.marshal`, with the stamps
of what it depends on: the files of every module loaded when it was kept but the standard
library's (followup's own, compiled or not, and the libraries it runs on), every file
shipped in followup's data folder, and the files the caller names (the user's own files),
each with its modification time, size and change time (None: it was not there). A file
that is not as it was (edited, rebuilt, installed again, added or removed) makes the result
unusable; so does a file that is missing, damaged or of another key (the key is kept whole
and compared). At most MAX_KEPT results a folder are kept (the oldest written go first); a
file that cannot be written only costs speed.

Only the `followup` program keeps results (`install`, in cli.main), never a library caller or
the tests' in-process runs, which work everything out afresh. Users: services/verdicts.py
(the checker's result on a note), services/composed.py (the facts and sentences of a draft).
"""

from __future__ import annotations

import contextlib
import marshal
import os
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

MAX_KEPT = 200  # results a folder keeps; a user's rounds have a few notes each
KEEP_AFTER_PRUNE = 150  # what is left after the oldest are removed

Stamp = tuple[int, int, int] | None  # modification time, size, change time; None: no file

_on = False


def install() -> None:
    """Keep results between runs from now on (the `followup` program's start)."""
    global _on
    _on = True


def uninstall() -> None:
    """Work everything out afresh again (for tests)."""
    global _on
    _on = False


def installed() -> bool:
    """Whether results are kept (the program), or worked out afresh (a library caller)."""
    return _on


def path(folder: str, key: bytes) -> Path | None:
    """Where the result for `key` is kept in the cache folder's `folder` (None: no cache
    folder can be named)."""
    from followup.config import cache_dir
    from followup.core.digests import sha256

    try:
        base = cache_dir()
    except Exception:  # noqa: BLE001 - no cache folder can be named: nothing kept
        return None
    return base / folder / f"{sha256(key).hexdigest()[:40]}.marshal"


def stamp(where: str) -> Stamp:
    try:
        info = os.stat(where)
    except OSError:
        return None
    return info.st_mtime_ns, info.st_size, info.st_ctime_ns


def read(where: Path, key: bytes, loads: Callable[[Any], Any]) -> Any | None:
    """`loads` of the payload kept at `where` for `key`, when every file it depended on is
    as it was; None when there is none usable (`loads` raising TypeError or ValueError: a
    payload of another layout)."""
    try:
        kept_key, stamps, payload = marshal.loads(where.read_bytes())
        if kept_key != key or type(stamps) is not tuple:
            return None
        for name, known in stamps:
            if stamp(name) != known:
                return None
        return loads(payload)
    except (OSError, EOFError, ValueError, TypeError):  # not kept yet, damaged, other layout
        return None


def depends_on(extra: Iterable[str] = ()) -> tuple[tuple[str, Stamp], ...]:
    """The files a result kept now depends on (see the module), each with its stamp now."""
    from followup.core.package_data import DATA_DIR

    stdlib = sys.stdlib_module_names
    files = set(extra)
    for name, module in list(sys.modules.items()):
        # (the name first: reading an attribute of a module run on first use runs it,
        # cli/lazy_modules.py, and those are the standard library's)
        if name.partition(".")[0] not in stdlib:
            where = getattr(module, "__file__", None)
            if isinstance(where, str):
                files.add(where)
    for folder, _, names in os.walk(DATA_DIR):
        files.update(os.path.join(folder, n) for n in names)
    return tuple((where, stamp(where)) for where in sorted(files))


def keep(where: Path, key: bytes, payload: Any, extra: Iterable[str] = ()) -> None:
    """Keep `payload` (a value marshal writes) for `key` at `where`, depending on the files of
    `depends_on(extra)`; the oldest kept go when there are too many."""
    from followup.store.cache_files import write_cache

    try:
        data = marshal.dumps((key, depends_on(extra), payload))
    except ValueError:  # a value marshal refuses: not kept
        return
    write_cache(where, data)
    prune(where.parent)


def prune(folder: Path) -> None:
    """Remove the oldest written when more than MAX_KEPT are kept (their names are counted
    first: a file's time is read only when some must go)."""
    try:
        with os.scandir(folder) as entries:
            names = [e.path for e in entries if e.name.endswith(".marshal")]
        if len(names) <= MAX_KEPT:
            return
        kept = sorted((os.stat(where).st_mtime_ns, where) for where in names)
    except OSError:
        return
    for _, where in kept[: len(kept) - KEEP_AFTER_PRUNE]:
        with contextlib.suppress(OSError):
            os.remove(where)
