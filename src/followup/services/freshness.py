"""Answers that stay right until the stored data changes: remembered per database version.

The web app asks for the same things again and again (Today on every visit, a round's facts
on every pause in typing); with 10,000 applications Today takes a good part of a second to
work out. `cached` keeps the last answer for each question and gives it again while the
database is unchanged. The version of a SQLite database is the (modification time, size) of
its file and its write-ahead log: any write — by this app, the command line or a worker —
changes one of them. Other databases have no such version and are always asked afresh.
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

from followup.config import Settings
from followup.store import db

T = TypeVar("T")
MAX_ENTRIES = 256

_cache: OrderedDict[Hashable, tuple[Hashable, Any]] = OrderedDict()
_lock = threading.Lock()


def data_version(settings: Settings) -> tuple[int, ...] | None:
    """(mtime_ns, size) of the database file and of its -wal file; None when the database
    is not a plain SQLite file (then nothing is remembered)."""
    path = db.sqlite_path(db.normalize_url(settings.db_url))
    if path is None:
        return None
    out: list[int] = []
    for name in (str(path), f"{path}-wal"):
        try:
            info = os.stat(name)
        except FileNotFoundError:
            out += [0, -1]
            continue
        out += [info.st_mtime_ns, info.st_size]
    return tuple(out)


def _settings_key(settings: Settings) -> Hashable:
    return (settings.db_url, repr(sorted(settings.values.items())))


def cached(settings: Settings, question: Hashable, compute: Callable[[], T]) -> T:
    """The answer to `question` (any hashable key, e.g. ("agenda", day)) under `settings`:
    remembered while the database is unchanged, else `compute()`d afresh. The version is
    read before computing, so a write during the computation makes the next call compute
    again. The answer is shared: callers must not change it."""
    version = data_version(settings)
    if version is None:
        return compute()
    key = (_settings_key(settings), question)
    with _lock:
        hit = _cache.get(key)
        if hit is not None and hit[0] == version:
            _cache.move_to_end(key)
            return hit[1]
    value = compute()
    with _lock:
        _cache[key] = (version, value)
        _cache.move_to_end(key)
        while len(_cache) > MAX_ENTRIES:
            _cache.popitem(last=False)
    return value


def agenda(
    settings: Settings, today: str | None = None, ahead: int = 7, overdue_days: int = 30
) -> dict[str, Any]:
    """`records.agenda` (the Today page), remembered while the database and the day are
    unchanged."""
    from followup.services import planning, records

    day = planning.today_for(settings, today)
    return cached(
        settings,
        ("agenda", day, ahead, overdue_days),
        lambda: records.agenda(settings, day.isoformat(), ahead, overdue_days),
    )
