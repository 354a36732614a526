"""SHA-256 (FIPS 180-4) without loading OpenSSL.

`hashlib.sha256` is OpenSSL's, and importing `hashlib` loads and initialises the OpenSSL
library: on an everyday command that only needs a short digest (the variant a note uses,
a calendar event's UID, a cache file's name) that costs more than the digest ever will.
CPython also ships its own SHA-256 (module `_sha2` since 3.12, `_sha256` before; what
`hashlib` itself falls back to when OpenSSL is missing). `sha256` uses that one, and
`hashlib` where neither is there: the same digest either way (tests compare them).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

_made: Callable[[bytes], Any] | None = None


def _constructor() -> Callable[[bytes], Any]:
    global _made
    if _made is None:
        try:
            from _sha2 import sha256 as made
        except ImportError:
            try:
                from _sha256 import sha256 as made
            except ImportError:
                from hashlib import sha256 as made
        _made = made
    return _made


def sha256(data: bytes = b"") -> Any:
    """A SHA-256 hash object of `data` (`digest()`, `hexdigest()`, `update()`, as hashlib's)."""
    return _constructor()(data)
