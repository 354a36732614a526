"""Review finding 3 (review-facts-check, s10): "we" and its verb agree, inside a sentence and
at its start, without garbling contractions ("don't", "haven't") or non-verbs ("we two",
"we kind of"); a second verb agrees too. The review's sentences and new wording."""

from __future__ import annotations

import tomllib
from importlib.resources import files

import pytest

from followup.core import debrief


@pytest.fixture(scope="module")
def words() -> debrief.DebriefWords:
    data = tomllib.loads(files("followup").joinpath("data", "debrief.toml").read_text("utf-8"))
    return debrief.DebriefWords.from_data(data)


def _detail(sentence: str, words: debrief.DebriefWords) -> str | None:
    return debrief.condense(sentence, words, debrief.Limits())


# Finding 3: "we" and its verb, inside a sentence and at its start
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Right now the plant runs two shifts and we don't run nights yet.",
            "the team doesn't run nights",
        ),
        ("The budget is tight because we didn't plan for the audit.", "the team didn't plan"),
        ("The stock is late because we haven't moved the pallets yet.", "the team hasn't moved"),
        ("The vans are old and we aren't replacing them this year.", "the team isn't replacing"),
        ("The rota is fixed so we can't swap shifts easily.", "the team can't swap"),
        ("The old system is slow and we wouldn't pick it again.", "the team wouldn't pick"),
        ("The old system is slow and we won’t keep it.", "the team won’t keep"),
        ("The old system is slow and we don’t trust it.", "the team doesn’t trust"),
        # a second verb agrees too
        ("The garage is small but we buy and sell cars.", "the team buys and sells cars"),
        ("We buy and sell classic cars.", "the team buys and sells classic cars"),
        # at the sentence's start
        ("We don't run nights at the plant yet.", "the team doesn't run nights"),
        ("We haven't hired a planner for the night shift.", "the team hasn't hired"),
    ],
)
def test_we_and_its_verb_agree_in_good_grammar(words, sentence, expected) -> None:
    detail = _detail(sentence, words)
    assert detail is not None and expected in detail, detail


@pytest.mark.parametrize(
    ("sentence", "never"),
    [
        ("The line is new and we two run it between us.", ["twoes", "twos"]),
        ("The shop is busy and we kind of built the website ourselves.", ["kinds of"]),
        ("The depot is quiet so we sort of share the van.", ["sorts of"]),
        ("The office is small and we three cover the phones.", ["threes"]),
        ("We kind of built the booking page ourselves.", ["kinds of"]),
        ("The rota is fixed and we didn't swap shifts.", ["didns't"]),
        ("The stock is late because we weren't told.", ["werens't"]),
        ("The plan is late because we grow and they pack.", ["theys"]),
    ],
)
def test_we_before_a_non_verb_or_contraction_is_not_garbled(words, sentence, never) -> None:
    detail = _detail(sentence, words) or ""
    assert not any(n in detail for n in never), detail
