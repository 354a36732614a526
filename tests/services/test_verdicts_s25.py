"""The checker's results kept between runs of the program (services/verdicts.py): a second
draft of an unchanged round is not checked again, and says word for word what a fresh check
says; a result is used only for the same note, record, rules, code and data."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

import pytest

from followup.core.check.results import CheckResult, Facts, Finding
from followup.services import kept, verdicts
from helpers_startup import run_program

TODAY = "2026-11-20"
ROUND = ["add", "--company", "Tidewater Logistics", "--role", "Operations Analyst",
         "--interviewed", "2026-11-18", "--format", "video", "--tz", "Europe/London",
         "--coordinator", "Meera Pillai, meera.pillai@tidewater.example, +44 20 7946 0321",
         "--interviewer", "Joy Okafor <joy.okafor@tidewater.example>",
         "--topic", "cross-dock scheduling for the Felixstowe depot",
         "--item", "the route-costing model", "--json"]  # fmt: skip
CHECKER = "followup.core.check.verdict"


def _program(home: Path, args: list[str], seed: str = "1") -> tuple[int, str, str, bool]:
    """`followup ARGS` as the program runs (its caches on) in a fresh Python: exit code,
    output, errors, and whether it loaded the checker."""
    return run_program(home, [*args, "--today", TODAY], seed,
                       probe=f"{CHECKER!r} in sys.modules")  # fmt: skip


@pytest.fixture
def round_(cli) -> None:
    assert cli("profile", "--name", "Priya Nair", "--email", "priya.nair@example.com",
               "--phone", "+44 7700 900123").code == 0  # fmt: skip
    assert cli(*ROUND).code == 0


@pytest.mark.parametrize("args", [["draft", "1"], ["call", "1"], ["video", "plan", "1"],
                                  ["draft", "1", "--kind", "card", "--json"]],
                         ids=" ".join)  # fmt: skip
def test_a_second_run_takes_the_kept_result_and_says_the_same(
    cli, round_, followup_home, monkeypatch, args
) -> None:
    monkeypatch.setenv("COLUMNS", "100")
    plain = cli(*args, "--today", TODAY)
    assert plain.code == 0, plain.err
    first = _program(followup_home, args, "1")
    again = [_program(followup_home, args, seed) for seed in ("2", "3")]
    assert first[:3] == (0, plain.out, plain.err)
    for run in again:
        assert run == (0, plain.out, plain.err, False)


def test_the_users_rules_changed_the_note_is_checked_again(
    cli, round_, followup_home, monkeypatch
) -> None:
    monkeypatch.setenv("COLUMNS", "100")
    assert _program(followup_home, ["draft", "1"])[0] == 0
    (followup_home / "check.toml").write_text("[kinds.email]\nmax_words = 40\n", "utf-8")
    plain = cli("draft", "1", "--today", TODAY)
    changed = _program(followup_home, ["draft", "1"])
    assert changed == (plain.code, plain.out, plain.err, True)
    assert "length" in plain.out
    assert _program(followup_home, ["draft", "1"]) == (*changed[:3], False)
    (followup_home / "check.toml").unlink()
    assert _program(followup_home, ["draft", "1"])[3] is True


RESULT = CheckResult(
    kind="email",
    verdict="revise",
    score=71,
    words=120,
    elements={"thanks": True, "interest": False},
    issues=(Finding("negativity", 3, 9, "awful", "Negative.", "Say it kindly."),),
    advice=(Finding("long_sentence", 10, 40, "a long one", "Long.", "Split it.", "advice"),),
    suggestions={"interest": "Say you still want the job."},
    cannot_check="",
)


@pytest.fixture
def kept_result(followup_home, tmp_path) -> tuple[Path, bytes, Path]:
    """RESULT kept for a question, with a rules file of its own among what it depends on."""
    rules = tmp_path / "check.toml"
    rules.write_text("[kinds.email]\nmax_words = 300\n", encoding="utf-8")
    key = verdicts._key("Dear Joy,", "email", Facts(company="Acme"), str(rules))
    path = kept.path(verdicts.FOLDER, key)
    assert path is not None and path.is_relative_to(followup_home / "cache")
    kept.keep(path, key, verdicts._values(RESULT), [str(rules)])
    return path, key, rules


def test_a_kept_result_is_the_result_it_was(kept_result) -> None:
    path, key, _ = kept_result
    assert kept.read(path, key, verdicts._result) == RESULT


def test_a_result_is_kept_for_its_own_question_only(kept_result) -> None:
    path, _, rules = kept_result
    for other in [
        ("Dear Joy, ", "email", Facts(company="Acme")),
        ("Dear Joy,", "letter", Facts(company="Acme")),
        ("Dear Joy,", "email", Facts(company="Acme", people=("Joy Okafor",))),
        ("Dear Joy,", "email", replace(Facts(company="Acme"), other_names=(("Acme", "x"),))),
    ]:
        key = verdicts._key(*other, str(rules))
        assert kept.path(verdicts.FOLDER, key) != path
        assert kept.read(path, key, verdicts._result) is None  # even if it were named alike


def test_a_file_it_depends_on_changed_or_a_damaged_file_is_not_used(kept_result) -> None:
    path, key, rules = kept_result
    rules.write_text("[kinds.email]\nmax_words = 40\n", encoding="utf-8")
    assert kept.read(path, key, verdicts._result) is None
    path.write_bytes(path.read_bytes()[:-7])
    assert kept.read(path, key, verdicts._result) is None
    path.write_bytes(b"not a kept result")
    assert kept.read(path, key, verdicts._result) is None


def test_the_oldest_go_when_too_many_are_kept(kept_result, monkeypatch) -> None:
    path, _, rules = kept_result
    made = [path]
    for n in range(4):
        key = verdicts._key(f"Dear Joy {n},", "email", Facts(), str(rules))
        made.append(kept.path(verdicts.FOLDER, key))
        os.utime(made[-2], ns=(n + 1, n + 1))  # the one before written earlier
        kept.keep(made[-1], key, verdicts._values(RESULT), [str(rules)])
    assert sorted(p.name for p in path.parent.iterdir()) == sorted(p.name for p in made)
    monkeypatch.setattr(kept, "MAX_KEPT", 5)
    monkeypatch.setattr(kept, "KEEP_AFTER_PRUNE", 2)
    key = verdicts._key("Dear Joy 4,", "email", Facts(), str(rules))
    made.append(kept.path(verdicts.FOLDER, key))
    os.utime(made[-2], ns=(5, 5))
    kept.keep(made[-1], key, verdicts._values(RESULT), [str(rules)])
    assert sorted(p.name for p in path.parent.iterdir()) == sorted(p.name for p in made[-2:])
