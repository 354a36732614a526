"""The facts and sentences of a round's notes kept between runs of the program
(services/composed.py): a second draft, call sheet or video plan of an unchanged round is not
composed again and says word for word what a fresh run says; a change of the settings or of
the user's files beside config.toml, or of the English words kept, composes it again."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from helpers_startup import run_program

TODAY = "2026-11-20"
ROUND = ["add", "--company", "Tidewater Logistics", "--role", "Operations Analyst",
         "--interviewed", "2026-11-18", "--format", "video", "--tz", "Europe/London",
         "--coordinator", "Meera Pillai, meera.pillai@tidewater.example, +44 20 7946 0321",
         "--interviewer", "Joy Okafor <joy.okafor@tidewater.example>",
         "--topic", "cross-dock scheduling for the Felixstowe depot",
         "--item", "the route-costing model", "--note", "joy: decision within 9 days",
         "--json"]  # fmt: skip
COMMANDS = [["draft", "1"], ["call", "1"], ["video", "plan", "1"],
            ["draft", "1", "--each", "--json"], ["draft", "1", "--kind", "letter"]]  # fmt: skip


def _program(
    home: Path, args: list[str], seed: str = "1", env: dict[str, str] | None = None
) -> tuple[int, str, str, int]:
    """`followup ARGS` as the program runs (its caches on) in a fresh Python: exit code,
    output, errors, and how often it composed notes (core.compose.compose)."""
    prelude = (
        "from followup.core import compose\n"
        "made = []\n"
        "real = compose.compose\n"
        "compose.compose = lambda *a, **k: made.append(1) or real(*a, **k)\n"
    )
    return run_program(home, [*args, "--today", TODAY], seed, prelude=prelude,
                       probe="len(made)", env=env)  # fmt: skip


@pytest.fixture
def round_(cli) -> None:
    assert cli("profile", "--name", "Priya Nair", "--email", "priya.nair@example.com",
               "--phone", "+44 7700 900123").code == 0  # fmt: skip
    assert cli(*ROUND).code == 0


@pytest.mark.parametrize("args", COMMANDS, ids=" ".join)
def test_a_second_run_takes_the_kept_notes_and_says_the_same(
    cli, round_, followup_home, monkeypatch, args
) -> None:
    monkeypatch.setenv("COLUMNS", "100")
    plain = cli(*args, "--today", TODAY)
    assert plain.code == 0, plain.err
    first = _program(followup_home, args, "1")
    assert first == (0, plain.out, plain.err, 1)
    for seed in ("2", "3"):
        assert _program(followup_home, args, seed) == (0, plain.out, plain.err, 0)


def test_another_setting_composes_again(cli, round_, followup_home, monkeypatch) -> None:
    monkeypatch.setenv("COLUMNS", "100")
    assert _program(followup_home, ["draft", "1"])[3] == 1  # (words learned for the next)
    _program(followup_home, ["draft", "1"])
    assert _program(followup_home, ["draft", "1"])[3] == 0
    british = {"FOLLOWUP_DRAFTING_ENGLISH": "en-GB"}
    monkeypatch.setenv("FOLLOWUP_DRAFTING_ENGLISH", "en-GB")
    plain = cli("draft", "1", "--today", TODAY)
    assert _program(followup_home, ["draft", "1"], env=british) == (0, plain.out, plain.err, 1)
    assert _program(followup_home, ["draft", "1"], env=british) == (0, plain.out, plain.err, 0)


def test_a_users_file_or_the_english_words_changed_composes_again(round_, followup_home) -> None:
    first = _program(followup_home, ["draft", "1"])
    assert first[0] == 0 and first[3] == 1  # (the English words of its topics learned)
    _program(followup_home, ["draft", "1"])
    assert _program(followup_home, ["draft", "1"]) == (*first[:3], 0)
    mine = followup_home / "moments.toml"  # a user's data file beside config.toml, added
    mine.write_text("# my own moments: none yet\n", encoding="utf-8")
    assert _program(followup_home, ["draft", "1"]) == (*first[:3], 1)
    assert _program(followup_home, ["draft", "1"]) == (*first[:3], 0)
    mine.write_text("# my own moments: none yet, really\n", encoding="utf-8")
    assert _program(followup_home, ["draft", "1"]) == (*first[:3], 1)
    words = next((followup_home / "cache" / "words").iterdir())
    os.utime(words, ns=(1, 1))
    assert _program(followup_home, ["draft", "1"]) == (*first[:3], 1)


def test_a_damaged_kept_file_composes_again(round_, followup_home) -> None:
    first = _program(followup_home, ["call", "1"])
    _program(followup_home, ["call", "1"])
    for kept in (followup_home / "cache" / "composed").iterdir():
        kept.write_bytes(kept.read_bytes()[:-9])
    assert _program(followup_home, ["call", "1"]) == (*first[:3], 1)
    assert _program(followup_home, ["call", "1"]) == (*first[:3], 0)
