"""Reading and writing a file the user names (an invite, a transcript, a draft's text, an
export; a card, a calendar, an .eml).

One bounded read for every such file: a folder, a FIFO or a device (`/dev/zero` never ends,
a FIFO blocks until someone writes) is refused before anything is read, and no more than
`limit` + 1 bytes are ever read, so a huge file costs nothing. One atomic write: the whole
file or nothing, never over a folder or a device.
"""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Callable
from pathlib import Path

from followup.core.errors import InvalidInput


def read_limited(path: Path, limit: int, what: str, too_big: Callable[[int], str]) -> bytes:
    """The bytes of the regular file at `path`; InvalidInput (one line) when it is missing,
    a folder, not a regular file, unreadable, or larger than `limit` bytes (`too_big(size)`
    says so). `what` names what the file should be ("a transcript")."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        raise InvalidInput(f"cannot read {path}: no such file") from None
    except IsADirectoryError:
        raise InvalidInput(f"{path} is a folder, not {what}") from None
    except (OSError, ValueError) as exc:  # ValueError: a NUL byte in the name
        raise InvalidInput(f"cannot read {path}: {getattr(exc, 'strerror', None) or exc}") from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise InvalidInput(f"{path} is a folder, not {what}")
        if not stat.S_ISREG(info.st_mode):
            raise InvalidInput(f"{path} is not a regular file, so not {what}")
        if info.st_size > limit:
            raise InvalidInput(too_big(info.st_size))
        with os.fdopen(os.dup(fd), "rb") as fh:
            data = fh.read(limit + 1)
    except OSError as exc:
        raise InvalidInput(f"cannot read {path}: {exc.strerror or exc}") from None
    finally:
        os.close(fd)
    if len(data) > limit:  # it grew since fstat
        raise InvalidInput(too_big(len(data)))
    return data


def write_atomic(path: Path, text: str | bytes) -> None:
    """Write a file whole or not at all (text as UTF-8): a temporary file in the same folder
    (0600, only the owner reads it), then a rename. Refuses (InvalidInput) a folder, and
    anything else that is not a regular file (`/dev/null`, a FIFO, a device), which a rename
    would replace."""
    path = path.expanduser()
    folder = path.parent if str(path.parent) else Path(".")
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        mode = None
    except OSError as exc:
        raise InvalidInput(f"--output: cannot use {path}: {exc.strerror}") from None
    if mode is not None and stat.S_ISDIR(mode):
        raise InvalidInput(f"--output: {path} is a folder; give a file name")
    if mode is not None and not stat.S_ISREG(mode):
        raise InvalidInput(
            f"--output: {path} is not a regular file (a device, FIFO or socket); give a file name"
        )
    if not folder.is_dir():
        raise InvalidInput(f"--output: the folder {folder} does not exist")
    from followup.folders import temporary_file

    try:
        fd, tmp = temporary_file(folder, f".{path.name}.", ".tmp")
    except OSError as exc:
        raise InvalidInput(f"--output: cannot write in {folder}: {exc.strerror}") from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(text.encode("utf-8") if isinstance(text, str) else text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    fsync_dir(folder)


def fsync_dir(path: Path) -> None:
    """Make a rename in `path` durable (POSIX); a no-op where directories cannot be opened."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
