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
from typing import Any

import pytest

from followup.cli import regex_cache
from helpers_startup import drafted_twice

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
    form, saved, origins, _stamps = marshal.loads(patterns.read_bytes())
    assert form == regex_cache.FORMAT
    kept = {pattern for pattern, _ in saved}
    assert {first.URL.pattern, first.DAY.pattern, first.RAW.pattern, first.WORD.pattern} <= kept
    assert first.later().pattern in kept
    assert not any("Dana" in str(pattern) for pattern in kept)
    assert all(type(entry) is bytes for entry in saved.values())  # unpacked when used
    assert origins[(first.URL.pattern, first.URL.flags & ~re.U)] == "first_import"
    assert origins[(first.later().pattern, 0)] == regex_cache.LITERAL

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


def test_a_pattern_made_from_the_data_files_is_kept_as_if_written(patterns: Path) -> None:
    """A pattern a function builds from words of followup's data files (marked `shipped`: the
    show verbs, the need cues, a shorthand phrase) is kept like one written in the code; one
    built from what the command read (a recorded name) still is not."""
    from followup.core.regex_programs import shipped

    re.purge()
    regex_cache.install(patterns)
    verbs = "|".join(re.escape(v) for v in ("demoed", "walked me through", "showed"))
    shown = re.compile(shipped(rf"^(?:(?P<who>\w+)\s+)?(?:{verbs})\b"), re.I)
    short = re.sub(shipped(rf"(?<![\w-]){re.escape('sports med')}(?![\w-])"), "sports medicine",
                   "a sports med clinic")  # fmt: skip
    name = "Oyelaran-Brooks"
    said = re.search(rf"\b{re.escape(name)}\b", f"thanks to {name}")
    regex_cache.save()
    regex_cache.uninstall()
    assert short == "a sports medicine clinic" and said is not None
    assert shown.match("Freya walked me through the spring drop").group("who") == "Freya"
    _form, saved, origins, _stamps = marshal.loads(patterns.read_bytes())
    assert origins[(shown.pattern, shown.flags & ~re.U)] == regex_cache.LITERAL
    kept = {pattern for pattern, _ in saved}
    assert any("sports\\ med" in str(pattern) for pattern in kept)
    assert not any(name in str(pattern) for pattern in kept)  # the user's: never kept

    re.purge()
    regex_cache.install(patterns)
    again = re.compile(shown.pattern, re.I)
    assert regex_cache._new == {}  # made from its saved code
    regex_cache.uninstall()
    re.purge()
    assert again == shown and again is not shown


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
    patterns.write_bytes(marshal.dumps((regex_cache.FORMAT, damaged, {}, {})))
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
    saved = marshal.loads(path.read_bytes())[1]
    assert saved
    check = (
        "import marshal, re, sys\n"
        f"saved = marshal.loads(open({str(path)!r}, 'rb').read())[1]\n"
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


# A module whose pattern text changes from run to run, as the email header parser's does (it
# joins a set of characters, whose order follows the per-process string hash seed).
VARYING = """
import os
import re

STEADY = re.compile(r"steady (?P<word>\\w+)")
VARYING = re.compile("[" + os.environ["PATTERN_ORDER"] + "]+")
"""


def _run_module(name: str, path: Path) -> object:
    re.purge()
    sys.modules.pop(name, None)
    regex_cache.install(path)
    module = importlib.import_module(name)
    regex_cache.save()
    regex_cache.uninstall()
    return module


def test_a_pattern_whose_text_varies_does_not_churn_the_file(
    patterns: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = patterns.parent.parent / "varying.py"
    source.write_text(VARYING, encoding="utf-8")
    monkeypatch.setenv("PATTERN_ORDER", "ab(")
    _run_module("varying", patterns)
    first = patterns.read_bytes()
    written = patterns.stat().st_mtime_ns
    for order in ("(ba", "b(a", "a(b"):  # a new text each run, the same module file
        monkeypatch.setenv("PATTERN_ORDER", order)
        module = _run_module("varying", patterns)
        assert module.VARYING.match("ba(a").group() == "ba(a"  # type: ignore[attr-defined]
        assert patterns.read_bytes() == first and patterns.stat().st_mtime_ns == written
    saved = marshal.loads(first)[1]
    assert (r"steady (?P<word>\w+)", 0) in saved

    # the module changed (an upgrade): its old entries go, its new ones are kept
    source.write_text(VARYING.replace("steady", "changed"), encoding="utf-8")
    importlib.invalidate_caches()
    _run_module("varying", patterns)
    saved = marshal.loads(patterns.read_bytes())[1]
    kept = {pattern for pattern, _ in saved}
    assert r"changed (?P<word>\w+)" in kept and r"steady (?P<word>\w+)" not in kept
    assert "[a(b]+" in kept and "[ab(]+" not in kept
    sys.modules.pop("varying", None)


def test_one_run_adds_a_bounded_number_and_a_full_file_keeps_what_was_used(
    patterns: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(regex_cache, "MAX_NEW_PER_RUN", 3)
    _run_module("first_import", patterns)
    assert len(marshal.loads(patterns.read_bytes())[1]) == 3
    monkeypatch.setattr(regex_cache, "MAX_NEW_PER_RUN", 100)
    monkeypatch.setattr(regex_cache, "MAX_ENTRIES", 5)
    (patterns.parent.parent / "third_import.py").write_text(
        "import re\nA = re.compile('third a')\nB = re.compile('third b')\n", encoding="utf-8"
    )
    re.purge()
    sys.modules.pop("first_import", None)
    regex_cache.install(patterns)
    importlib.import_module("first_import")  # uses the 3 kept, adds the 4th
    importlib.import_module("third_import")  # 2 more: 6 > 5
    used = set(regex_cache._used)
    regex_cache.save()
    regex_cache.uninstall()
    saved = marshal.loads(patterns.read_bytes())[1]
    assert len(saved) == 5 and len(used) == 3 and used <= set(saved)  # then 2 of the 3 new
    sys.modules.pop("third_import", None)


def test_sending_again_under_another_hash_seed_leaves_the_file_as_it_was(
    followup_home: Path, smtp_server: Any
) -> None:
    """`followup send` builds its message with the email package, whose header parser makes
    four patterns from sets: in a fresh process with another PYTHONHASHSEED their text
    differs, and the cache file is not written again."""
    import json
    import os

    followup = str(Path(sys.executable).parent / "followup")
    env = {**os.environ, "FOLLOWUP_SMTP_HOST": "127.0.0.1", "FOLLOWUP_SMTP_TLS": "none",
           "FOLLOWUP_SMTP_PORT": str(smtp_server.port)}  # fmt: skip

    def run(*args: str, seed: str = "0") -> str:
        done = subprocess.run([followup, *args], env={**env, "PYTHONHASHSEED": seed},
                              capture_output=True, text=True, check=True)  # fmt: skip
        return done.stdout

    run("profile", "--name", "Sam Lee", "--email", "sam@example.com")
    ids = []
    for _ in range(3):
        added = run("add", "--company", "Acme", "--role", "Data Analyst", "--interviewed",
                    "2026-11-19", "--format", "video", "--tz", "America/New_York",
                    "--coordinator", "Dana Reyes, dana@acme.example", "--json")  # fmt: skip
        ids.append(str(json.loads(added)["id"]))
        run("draft", ids[-1])
    path = regex_cache.cache_file()
    assert path is not None
    run("send", ids[0], "--force", seed="1")
    before, written = path.read_bytes(), path.stat().st_mtime_ns
    for number, seed in ((ids[1], "2"), (ids[2], "3")):
        run("send", number, "--force", seed=seed)
        assert path.read_bytes() == before and path.stat().st_mtime_ns == written
    assert len(smtp_server.messages()) == 3


ROUND = ["add", "--company", "Acme", "--role", "Data Analyst", "--interviewed", "2026-11-19",
         "--format", "video", "--tz", "America/New_York",
         "--coordinator", "Dana Reyes, dana@acme.example, +1 617 555 0199",
         "--topic", "reporting pipeline", "--item", "the dashboard prototype"]  # fmt: skip
# the words of that round and of the profile: what a pattern made from the record holds
RECORD_WORDS = ("acme", "data", "analyst", "dana", "reyes", "reporting", "pipeline", "dashboard",
                "prototype", "sam", "lee", "2026", "video")  # fmt: skip


def test_a_draft_compiles_again_only_patterns_made_from_its_record(
    cli, followup_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every pattern a draft makes from followup's own code or data is kept between runs
    (written in the code, compiled as a module loads, or made from the data files' words and
    marked core.regex_programs.shipped): a later draft of the round compiles only patterns
    made from the round itself (its names, topics and items). A new rule that builds a
    pattern from a data file's words and forgets the mark is caught here."""
    assert cli("profile", "--name", "Sam Lee", "--email", "sam@example.com").code == 0
    assert cli(*ROUND).code == 0
    _, _, made = drafted_twice(cli, followup_home, monkeypatch)
    unkept = [p for p in made if not any(w in p.lower() for w in RECORD_WORDS)]
    assert not unkept, unkept
