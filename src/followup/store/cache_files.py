"""Files in the cache folder: written whole or not at all, and never a failure.

A cache only saves time: a file that cannot be written (a full disk, a read-only folder) is
skipped, and a later run works it out again.
"""

from __future__ import annotations

import os
from contextlib import suppress
from pathlib import Path
from typing import Any


def digest(data: bytes) -> str:
    """A cache file's content key: CRC-32, Adler-32 and the length of `data`, in hexadecimal
    (zlib is loaded at start-up already; hashlib would load OpenSSL's libcrypto)."""
    import zlib

    return f"{zlib.crc32(data):08x}{zlib.adler32(data):08x}{len(data):x}"


def write_cache(path: Path, data: str | bytes) -> None:
    """Write `data` to `path` through a temporary file and a rename (the folder created 0700);
    any OSError is swallowed."""
    from followup.folders import temporary_file

    try:
        from followup.store.db import private_folder

        private_folder(path.parent)
        fd, tmp = temporary_file(path.parent, ".tmp-")
        with os.fdopen(fd, "wb") as fh:
            fh.write(data.encode("utf-8") if isinstance(data, str) else data)
        os.replace(tmp, path)
    except OSError:
        pass  # a cache that cannot be written only costs speed


def package_folder(name: str) -> Path | None:
    """The folder an installed package is imported from, found without importing it (its
    modification time tags what a cache saved from it), or None when it is not installed."""
    import importlib.util

    spec = importlib.util.find_spec(name)
    if spec is None or spec.origin is None:
        return None
    return Path(spec.origin).parent


def parsed_toml(path: Path) -> dict[str, Any]:
    """A TOML file shipped with followup (`path`, in its data folder), parsed. Parsing the
    shipped phrase and sentence files takes longer than the rest of a draft's data, and
    importing tomllib longer than reading a small file, so the parsed data is kept in the
    cache folder (marshal) under the file's path, size and modification time and the Python
    version, and a later run reads it from there. A cache that cannot be read or written is
    simply not used."""
    import marshal

    saved = _saved_data_path(path)
    if saved is not None:
        try:
            data = marshal.loads(saved.read_bytes())
            if isinstance(data, dict):
                return data
        except (OSError, EOFError, ValueError, TypeError):  # not saved yet, or damaged
            pass
    import tomllib  # here: a run that reads the saved data parses no TOML

    data = tomllib.loads(path.read_text(encoding="utf-8"))
    if saved is not None:
        with suppress(ValueError):  # a value marshal refuses: no cache
            write_cache(saved, marshal.dumps(data))
    return data


def _saved_data_path(path: Path) -> Path | None:
    import sys

    from followup.config import cache_dir
    from followup.core.digests import sha256

    try:
        stat = path.stat()
        folder = cache_dir()
    except OSError:
        return None
    key = f"{path}\0{stat.st_mtime_ns}\0{stat.st_size}\0{sys.version_info[:2]}"
    return folder / f"data-{path.stem}-{sha256(key.encode()).hexdigest()[:20]}.marshal"
