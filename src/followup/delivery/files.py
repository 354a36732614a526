"""Reading a file the user names (an invite, a transcript, a draft's text, an export).

One bounded read for every such file: a folder, a FIFO or a device (`/dev/zero` never ends,
a FIFO blocks until someone writes) is refused before anything is read, and no more than
`limit` + 1 bytes are ever read, so a huge file costs nothing.
"""

from __future__ import annotations

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
