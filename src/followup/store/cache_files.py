"""Files in the cache folder: written whole or not at all, and never a failure.

A cache only saves time: a file that cannot be written (a full disk, a read-only folder) is
skipped, and a later run works it out again.
"""

from __future__ import annotations

import os
from pathlib import Path


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
