"""Start-up of the drafts (session 24): a pattern a draft builds from the words of followup's
data files (the pay words of data/phrasing.toml [role_pay], the cues of a question put to the
candidate, the words of help given) is kept between runs like one written in the code, so a
later draft of the round compiles only patterns made from the round itself."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from helpers_startup import drafted_twice

# rounds as people type them: a pay note or a jotted tail after the role, jotted notes
ROUNDS = [
    ["--company", "Harbour Freight Co", "--role", "Payroll Specialist 35k-45k",
     "--interviewed", "2026-11-19", "--format", "video", "--tz", "Europe/London",
     "--coordinator", "Priya Nair, priya@harbourfreight.example",
     "--note", "worst payroll mistake -> caught a double run before BACS went out"],
    ["--company", "Kestrel Coffee", "--role", "barista @ 16/hr", "--interviewed", "2026-11-19",
     "--format", "phone", "--tz", "America/Chicago",
     "--coordinator", "Marco Ruiz <marco@kestrel.example>",
     "--note", "marco asked how I'd handle the morning rush; he showed me the new grinder"],
]  # fmt: skip


def record_words(args: list[str]) -> set[str]:
    """The words of a round as typed (what a pattern made from the record holds)."""
    words = {w for a in args for w in re.findall(r"[a-z0-9]+", a.lower())}
    return words | {"sam", "lee"}


@pytest.mark.parametrize("args", ROUNDS, ids=["pay-after-role", "rate-after-role"])
def test_a_later_draft_compiles_only_patterns_made_from_its_record(
    cli: Any, followup_home: Path, monkeypatch: pytest.MonkeyPatch, args: list[str]
) -> None:
    assert cli("profile", "--name", "Sam Lee", "--email", "sam@example.com").code == 0
    assert cli("add", *args, "--json").code == 0
    first, again, made = drafted_twice(cli, followup_home, monkeypatch)
    assert again.out == first.out  # the same draft, its patterns made from their programs
    words = record_words(args)
    unkept = [p for p in made if not words & set(re.findall(r"[a-z0-9]+", p.lower()))]
    assert not unkept, unkept
