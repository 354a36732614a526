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


def md5_constructor() -> Callable[..., Any]:
    """MD5 as `hashlib.md5` makes it (`md5(data=b"", *, usedforsecurity=True)`: `digest()`,
    `hexdigest()`, `update()`), without loading OpenSSL: CPython's own (module `_md5`, what
    `hashlib` falls back to), else hashlib's; the same digest either way. For a library
    that names its files or PDF documents by MD5 (reportlab, delivery/card.py)."""
    try:
        from _md5 import md5
    except ImportError:  # pragma: no cover - a Python built without its own MD5
        from hashlib import md5
    return md5
