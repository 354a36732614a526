"""How stored phone numbers are written, kept in the cache folder between runs.

Showing a stored number ("(617) 555-0199", "+1 617-555-0199") needs libphonenumber's
metadata, and importing `phonenumbers` costs more than the rest of `followup show`. Each
number's forms, once worked out (core.phones), are saved under the installed package's
version, so a later run shows them without importing it; an upgrade of `phonenumbers` starts
afresh.
"""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

from followup.core import phones


class _Saved:
    """Where this run's cache file is, and the numbers it held when read."""

    path: Path | None = None
    numbers: frozenset[str] = frozenset()


def _path(cache: Path) -> Path | None:
    from followup.store.cache_files import package_folder

    folder = package_folder("phonenumbers")
    if folder is None:
        return None
    tag = int(folder.stat().st_mtime)
    return cache / "phones" / f"v1-{tag}.json"


def load(cache: Path) -> None:
    """Give core.phones the forms saved by earlier runs (nothing when there are none)."""
    path = _path(cache)
    if path is None:
        return
    saved: object = {}
    with contextlib.suppress(OSError, ValueError):  # none saved yet, or a damaged file
        saved = json.loads(path.read_text(encoding="utf-8"))
    if isinstance(saved, dict):
        phones.remember(saved)
    _Saved.path = path
    _Saved.numbers = frozenset(saved) if isinstance(saved, dict) else frozenset()


def save() -> None:
    """Save the forms core.phones knows, when the file lacks some of them."""
    known = phones.remembered()
    if _Saved.path is not None and not known.keys() <= _Saved.numbers:
        from followup.store.cache_files import write_cache

        write_cache(_Saved.path, json.dumps(known, ensure_ascii=False))
        _Saved.numbers = frozenset(known)
