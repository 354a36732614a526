"""Patterns compiled at import are made from their saved code on the next run, and are the
same patterns a fresh compile gives (cli/regex_cache.py)."""

from __future__ import annotations

import importlib
import marshal
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from followup.cli import regex_cache

# Shapes that exercise every step of the compiler: case-folded ranges over all of Unicode
# (reportlab's URL pattern), named groups and a conditional, look-behind, bytes, inline and
# verbose flags, a charset with categories.
MODULE = r'''
import re

URL = re.compile("(^(?:[a-z0-9\\.\\-\\+]*)://)(?:[a-z\xa1-\uffff0-9-]{1,63})(?::\\d{2,5})?", re.I)
DAY = re.compile(r"""(?P<year>\d{4}) - (?P<month>\d\d)  # a month
                     (?(year)-(?P<day>\d\d))(?<=\d)""", re.X | re.M)
RAW = re.compile(rb"^\.(?i:end)\r?$", re.M)
WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)*", re.S)


def later():
    return re.compile(r"written (?P<by>\w+) in a function")


def typed(name):
    return re.sub(re.escape(name) + r"'s\b", "their", "Dana's team")
'''


@pytest.fixture
def patterns(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.syspath_prepend(str(tmp_path))
    for name in ("first_import", "second_import"):
        (tmp_path / f"{name}.py").write_text(MODULE, encoding="utf-8")
    yield tmp_path / "cache" / "regex.marshal"
    regex_cache.uninstall()
    re.purge()
    for name in ("first_import", "second_import"):
        sys.modules.pop(name, None)


def test_import_time_patterns_come_back_equal(patterns: Path) -> None:
    re.purge()
    regex_cache.install(patterns)
    first = importlib.import_module("first_import")
    first.later()  # compiled while the program runs, but written in the code: kept
    assert first.typed("Dana") == "their team"  # made from what the program read: not kept
    regex_cache.save()
    regex_cache.uninstall()
    saved = marshal.loads(patterns.read_bytes())
    kept = {pattern for pattern, _ in saved}
    assert {first.URL.pattern, first.DAY.pattern, first.RAW.pattern, first.WORD.pattern} <= kept
    assert first.later().pattern in kept
    assert not any("Dana" in str(pattern) for pattern in kept)
    assert all(type(entry) is bytes for entry in saved.values())  # unpacked when used

    re.purge()
    regex_cache.install(patterns)
    original = regex_cache._original
    second = importlib.import_module("second_import")
    assert regex_cache._new == {}  # every pattern was made from its saved code
    regex_cache.uninstall()
    re.purge()
    for name in ("URL", "DAY", "RAW", "WORD"):
        made, fresh = getattr(second, name), getattr(first, name)
        assert made is not fresh
        again = original(fresh.pattern, next(f for p, f in saved if p == fresh.pattern))
        # Pattern equality compares the flags, the source and the compiled code
        assert made == fresh == again
        assert (made.groups, made.groupindex, made.flags) == (fresh.groups, fresh.groupindex,
                                                               fresh.flags)  # fmt: skip
    assert second.DAY.match("2026-11-29").group("day") == "29"
    assert second.URL.match("HTTPS://Exämple") is not None


def test_damaged_or_foreign_file_leaves_re_working(patterns: Path) -> None:
    patterns.parent.mkdir()
    patterns.write_bytes(b"not marshal data")
    regex_cache.install(patterns)
    module = importlib.import_module("first_import")
    assert module.DAY.match("2026-11-29")
    regex_cache.uninstall()
    damaged = {
        (module.WORD.pattern, 16): marshal.dumps((16, [1, 2], 0, {}, ())),
        (module.DAY.pattern, 72): b"\x00garbled",
        (module.URL.pattern, 2): (2, [1], 0, {}, ()),  # not packed: not a kept entry
    }
    patterns.write_bytes(marshal.dumps(damaged))
    re.purge()
    regex_cache.install(patterns)
    assert (module.URL.pattern, 2) not in regex_cache._saved
    assert regex_cache._compiler.compile(module.WORD.pattern, re.S) == module.WORD
    assert regex_cache._compiler.compile(module.DAY.pattern, 72) == module.DAY


def test_a_cache_that_cannot_be_written_only_costs_speed(patterns: Path) -> None:
    patterns.parent.write_text("not a folder", encoding="utf-8")
    re.purge()
    regex_cache.install(patterns)
    module = importlib.import_module("first_import")
    regex_cache.save()
    assert module.DAY.match("2026-11-29") and patterns.parent.is_file()


def test_the_program_keeps_its_patterns(followup_home: Path) -> None:
    """`followup` as a program keeps the patterns its imports compile in the cache folder,
    and each one made from the kept code equals a fresh compile."""
    path = regex_cache.cache_file()
    assert path is not None and path.parent == followup_home / "cache"
    followup = Path(sys.executable).parent / "followup"
    subprocess.run([str(followup), "--help"], capture_output=True, check=True)
    saved = marshal.loads(path.read_bytes())
    assert saved
    check = (
        "import marshal, re, sys\n"
        f"saved = marshal.loads(open({str(path)!r}, 'rb').read())\n"
        "bad = [p for (p, f) in saved if re.compile(p, f) != re.compile(p, f)]\n"
        "from followup.cli import regex_cache\n"
        f"regex_cache.install(regex_cache.Path({str(path)!r}))\n"
        "re.purge()\n"
        "made = {(p, f): regex_cache._compile(p, f) for (p, f) in saved}\n"
        "regex_cache.uninstall(); re.purge()\n"
        "bad += [p for (p, f), m in made.items() if m != re.compile(p, f)]\n"
        "sys.stdout.write(repr(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", check], capture_output=True, text=True,
                         check=True).stdout  # fmt: skip
    assert out == "[]"
