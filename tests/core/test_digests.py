"""SHA-256 from CPython's own module (core/digests.py) is hashlib's SHA-256, and hashlib's is
used where that module is missing."""

from __future__ import annotations

import hashlib
import sys

import pytest

from followup.core import digests

SAMPLES = [b"", b"abc", b"slot\x00dana reyes", bytes(range(256)) * 40]


@pytest.mark.parametrize("data", SAMPLES)
def test_the_digest_is_hashlibs(data: bytes, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(digests, "_made", None)
    made = digests.sha256(data)
    assert made.hexdigest() == hashlib.sha256(data).hexdigest()
    assert made.digest() == hashlib.sha256(data).digest()
    made.update(b"more")
    assert made.hexdigest() == hashlib.sha256(data + b"more").hexdigest()


def test_without_cpythons_module_hashlib_is_used(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(digests, "_made", None)
    monkeypatch.setitem(sys.modules, "_sha2", None)  # None: the import fails
    monkeypatch.setitem(sys.modules, "_sha256", None)
    assert digests._constructor() is hashlib.sha256
    assert digests.sha256(b"abc").hexdigest() == hashlib.sha256(b"abc").hexdigest()
    monkeypatch.setattr(digests, "_made", None)


def test_a_short_command_does_not_load_openssl() -> None:
    """The constructor comes from CPython's module, not from hashlib (on CPython 3.11+)."""
    import subprocess

    code = (
        "import sys\n"
        "from followup.core import digests\n"
        "digests.sha256(b'x').hexdigest()\n"
        "print('_hashlib' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
