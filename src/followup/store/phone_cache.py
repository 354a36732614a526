"""How stored phone numbers are written, kept in the cache folder between runs.

Showing a stored number ("(617) 555-0199", "+1 617-555-0199") needs libphonenumber's
metadata, and importing `phonenumbers` costs more than the rest of `followup show`. Each
number's forms, once worked out (core.phones), are saved under the installed package's
version and core.phones's code, so a later run shows them without importing it; an upgrade of
`phonenumbers` or a change of core.phones starts afresh.
"""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

from followup.core import phones
from followup.store.cache_files import code_seen

PHONES_CODE = code_seen(phones)  # what works the forms out, as this run imported it


class _Saved:
    """Where this run's cache file is, and the numbers it held when read."""

    path: Path | None = None
    numbers: frozenset[str] = frozenset()


def _path(cache: Path) -> Path | None:
    """The file for the installed package and core.phones as this run imported it (None:
    the package is missing, or core.phones changed since)."""
    from followup.store.cache_files import code_version, package_folder

    folder = package_folder("phonenumbers")
    code = code_version(PHONES_CODE)
    if folder is None or code is None:
        return None
    tag = int(folder.stat().st_mtime)
    return cache / "phones" / f"v1-{tag}-{code}.json"


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
