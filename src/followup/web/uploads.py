"""Uploaded files: kept in a private temporary folder under random names, never their own.

A browser names a file whatever it likes (`../../x`, `CON`, a name of 10,000 characters); that
name is only ever shown (cut short, escaped), and the bytes are written to
`<private folder>/<random hex><suffix>` where the suffix is one of a known list. The folder is
readable by the user alone and removed when the server stops.
"""

from __future__ import annotations

import os
import secrets
import shutil
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path, PurePosixPath, PureWindowsPath

from followup.core.errors import InvalidInput, NotFound

SUFFIXES = (".ics", ".eml", ".json", ".txt", ".mp4", ".mov", ".m4v", ".webm", ".mkv", ".avi")
MAX_NAME = 120


def display_name(given: str | None) -> str:
    """The last part of a browser-given file name, without control characters, cut short."""
    text = (given or "").replace("\x00", "")
    last = PureWindowsPath(PurePosixPath(text).name).name
    last = "".join(c for c in last if c.isprintable()).strip().strip(".") or "upload"
    return last if len(last) <= MAX_NAME else last[: MAX_NAME - 1] + "…"


def suffix_of(name: str) -> str:
    lowered = name.lower()
    return next((s for s in SUFFIXES if lowered.endswith(s)), "")


@dataclass(frozen=True)
class Upload:
    key: str
    name: str  # for display only
    path: Path


class Uploads:
    """The uploads of one running server; the oldest go when there are more than `max_files`."""

    def __init__(self, max_files: int = 50, folder: Path | None = None) -> None:
        self.max_files = max_files
        self._folder = folder
        self._items: dict[str, Upload] = {}
        self._lock = threading.Lock()

    @property
    def folder(self) -> Path:
        if self._folder is None:
            self._folder = Path(tempfile.mkdtemp(prefix="followup-uploads-"))
            os.chmod(self._folder, 0o700)
        return self._folder

    def save(self, data: bytes, given_name: str | None) -> Upload:
        """Store the bytes under a random name; returns the handle (key, display name, path)."""
        name = display_name(given_name)
        key = secrets.token_hex(16)
        path = self.folder / f"{key}{suffix_of(name)}"
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        upload = Upload(key, name, path)
        with self._lock:
            self._items[key] = upload
            while len(self._items) > self.max_files:
                oldest = next(iter(self._items))
                self._drop(oldest)
        return upload

    def get(self, key: str) -> Upload:
        with self._lock:
            found = self._items.get(key)
        if found is None:
            raise NotFound(
                "that upload is gone (uploads last until the server stops): upload again"
            )
        return found

    def discard(self, key: str) -> None:
        with self._lock:
            self._drop(key)

    def _drop(self, key: str) -> None:
        upload = self._items.pop(key, None)
        if upload is not None:
            upload.path.unlink(missing_ok=True)

    def close(self) -> None:
        with self._lock:
            self._items.clear()
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)


def require_bytes(data: bytes, what: str) -> bytes:
    if not data:
        raise InvalidInput(f"the {what} is empty")
    return data
