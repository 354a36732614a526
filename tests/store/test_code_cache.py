"""store.code_cache: the methods dataclasses write, compiled once and kept in the cache
folder. A class made from the table is the same as one compiled afresh; a damaged or
unwritable table only costs speed; the program prints the same with and without it."""

from __future__ import annotations

import dataclasses
import marshal
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from followup.config import cache_dir
from followup.store import code_cache


@pytest.fixture
def installed() -> Iterator[Path]:
    """The cache installed in this process with an empty table, and its file's path."""
    forget()
    code_cache.install()
    try:
        yield Path(code_cache.path())
    finally:
        code_cache.uninstall()
        forget()


def forget() -> None:
    """A new process: nothing read or compiled yet."""
    if code_cache._fd is not None:
        os.close(code_cache._fd)
    code_cache._index, code_cache._fd = None, None
    code_cache._blobs.clear()
    code_cache._used.clear()
    code_cache._seen.clear()


def index_of(path: Path) -> dict:
    fd = os.open(path, os.O_RDONLY)
    try:
        return code_cache.read_index(fd)[0]
    finally:
        os.close(fd)


def make_class() -> type:
    @dataclasses.dataclass(frozen=True, order=True)
    class Slot:
        day: str
        hour: int = 10
        tags: tuple[str, ...] = dataclasses.field(default_factory=tuple)

    return Slot


def make_plain() -> type:
    @dataclasses.dataclass
    class Note:
        text: str
        words: list[str] = dataclasses.field(default_factory=list)

        def __post_init__(self) -> None:
            self.words = self.text.split()

    return Note


def test_a_class_from_the_table_is_the_one_compiled_afresh(installed) -> None:
    first, plain = make_class(), make_plain()
    code_cache.save()
    assert installed.is_file()
    assert len(index_of(installed)) >= 6

    forget()
    again, note = make_class(), make_plain()
    assert code_cache._blobs == {}  # every method came from the table
    for a, b in ((first, again), (plain, note)):
        for name in ("__init__", "__repr__", "__eq__"):
            assert getattr(a, name).__code__.co_code == getattr(b, name).__code__.co_code
    slot = again("2026-11-23", tags=("a",))
    assert slot == again("2026-11-23", 10, ("a",)) and slot < again("2026-11-24")
    assert repr(slot) == "make_class.<locals>.Slot(day='2026-11-23', hour=10, tags=('a',))"
    assert repr(first("x")) == repr(again("x")) and hash(again("x")) == hash(again("x"))
    with pytest.raises(dataclasses.FrozenInstanceError):
        slot.hour = 11  # type: ignore[misc]
    with pytest.raises(TypeError, match="missing 1 required positional argument: 'day'"):
        again()
    assert note("thanks for the tour").words == ["thanks", "for", "the", "tour"]
    assert note("a") == note("a") and note("a").words is not note("a").words


def damaged(data: bytes, how: str, path: Path) -> bytes:
    if how == "truncated":
        return data[:-40]
    if how == "foreign":
        return b"not a table at all"
    head = len(code_cache.MAGIC) + 4
    index, start = index_of(path), head + int.from_bytes(data[len(code_cache.MAGIC) : head], "big")
    blobs = data[start:]

    def table(index: object, blobs: bytes) -> bytes:
        raw = marshal.dumps(index)
        return code_cache.MAGIC + len(raw).to_bytes(4, "big") + raw + blobs

    if how == "wrong-shapes":
        return table({(1, 2): "x", "y": (0, 1, 2), (3, 4): (0, 10**9, 0)}, blobs)
    if how == "swapped":  # every class's blob under another class's text
        keys, places = list(index), list(index.values())
        return table(dict(zip(keys, [*places[1:], places[0]], strict=True)), blobs)
    # a flipped byte inside every blob: each checksum fails
    flipped = bytearray(blobs)
    for offset, size, _ in index.values():
        flipped[offset + size - 3] ^= 0x55
    return table(index, bytes(flipped))


@pytest.mark.parametrize("how", ["truncated", "foreign", "wrong-shapes", "swapped", "flipped"])
def test_a_damaged_table_is_ignored_and_written_afresh(installed, how) -> None:
    make_class()
    make_plain()
    code_cache.save()
    installed.write_bytes(damaged(installed.read_bytes(), how, installed))
    forget()
    assert repr(make_class()("x")).endswith("Slot(day='x', hour=10, tags=())")
    assert make_plain()("a b").words == ["a", "b"]
    assert code_cache._blobs  # compiled afresh …
    code_cache.save()
    forget()
    make_class()
    make_plain()
    assert not code_cache._blobs  # … and written whole again


def test_a_cache_folder_that_cannot_be_written_only_costs_speed(installed) -> None:
    folder = cache_dir()
    folder.parent.mkdir(parents=True, exist_ok=True)
    folder.write_text("a file where the cache folder would be", encoding="utf-8")
    assert make_class()("x").hour == 10
    code_cache.save()  # nothing to write to; no error
    assert folder.is_file()


def test_the_table_is_named_for_this_interpreter() -> None:
    name = code_cache.file_name()
    assert sys.implementation.cache_tag in name and f"O{sys.flags.optimize}" in name
    assert f"{sys.hexversion:x}" in name


def test_the_program_prints_the_same_with_the_table_as_without(run_followup, followup_home):
    """The first runs of `followup` fill the table; the next takes every class from it, so
    writes no table, and prints the same."""
    assert run_followup("profile", "--name", "Sam Lee", "--email", "sam@example.com").code == 0
    added = run_followup(
        "add", "--company", "Acme", "--role", "Data Analyst", "--interviewed", "2026-11-19",
        "--format", "video", "--coordinator", "Dana Reyes <dana@acme.example>",
        "--topic", "reporting pipeline", "--item", "the dashboard prototype",
    )  # fmt: skip
    assert added.code == 0, added.err
    table = followup_home / "cache" / code_cache.file_name()
    for args in (["draft", "1", "--today", "2026-11-23"], ["video", "plan", "1", "--json"]):
        first = run_followup(*args)  # a first run also fills other caches (checker rules)
        assert first.code == 0, first.err
        assert run_followup(*args).out == first.out
        stamp = table.stat().st_mtime_ns
        again = run_followup(*args)
        assert (again.code, again.out, again.err) == (first.code, first.out, first.err)
        assert table.stat().st_mtime_ns == stamp  # nothing new compiled: nothing written
        table.unlink()
        afresh = run_followup(*args)  # no table: every class compiled as before
        assert (afresh.code, afresh.out, afresh.err) == (first.code, first.out, first.err)
