"""Review of the checker (s10, findings 1, 4, 6): the work a long topic or role costs grows
with its length, not its cube; a first name that is also a plural noun is still somebody's
name after a direct cue; a lone capitalised adjective before "project" or "system" is
emphasis, not the name of a scheme."""

from __future__ import annotations

import random
import time

import pytest

from followup.core.check import Facts, check
from followup.core.check.names import Names

WORDS = (
    "quarterly",
    "inventory",
    "reconciliation",
    "across",
    "regional",
    "depots",
    "with",
    "barcode",
    "scanning",
    "supplier",
    "returns",
    "cold",
    "chain",
    "audits",
    "shift",
    "handover",
    "rota",
    "planning",
    "forklift",
    "safety",
    "induction",
    "courses",
    "for",
    "seasonal",
    "pickers",
    "and",
    "weekly",
    "stock",
    "counts",
    "in",
    "bonded",
    "stores",
)

NOTE = (
    "Dear Ana,\n\nThank you for meeting me about the role at Acme. I enjoyed hearing about"
    " the stock counts and the Harbourside depot audits, and I would be glad to help the team.\n\n"
    "Best regards,\nSam Lee\n"
)


def _long(count: int) -> str:
    """`count` words in no repeating order (a repeating text would have few distinct runs)."""
    pick = random.Random(count).choice
    return " ".join(pick(WORDS) for _ in range(count))


def _cpu(rules, facts: Facts) -> float:
    """The least CPU time of building the record's names for `facts` (three tries)."""
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        Names(facts, rules)
        best = min(best, time.process_time() - start)
    return best


@pytest.mark.parametrize(
    "facts_of",
    [
        # the review's case: one long topic
        lambda text: Facts("Acme", "Analyst", ("Ana Silva",), (text,)),
        # a pasted job advert as the role
        lambda text: Facts("Acme", text, ("Ana Silva",), ("stock counts",)),
        # the text spread over two topics
        lambda text: Facts("Acme", "Analyst", ("Ana Silva",), tuple(text.split(" in ", 1))),
        # hyphenated words split into more initials
        lambda text: Facts("Acme", "Analyst", ("Ana Silva",), (text.replace(" ", "-"),)),
    ],
    ids=["topic", "role", "topics", "hyphens"],
)
def test_a_long_topic_or_role_costs_work_in_proportion(rules, facts_of) -> None:
    Names(facts_of(_long(50)), rules)  # caches filled
    short = _cpu(rules, facts_of(_long(50)))
    long = _cpu(rules, facts_of(_long(800)))
    # 16 times the words: linear work is some 16 times the short topic's; the set of every
    # run of initials (cubic) took hundreds of times more
    assert long < 60 * short, (long, short)


def test_initials_of_a_long_topic_still_allowed(rules) -> None:
    facts = Facts("Acme", "Assistant Store Manager Trainee", ("Ana Silva",), ("stock counts",))
    text = NOTE.replace("the stock counts", "the ASMT programme and the stock counts")
    assert not [f for f in check(text, "email", facts, rules).issues if f.code == "name_mismatch"]


def _wrong_names(rules, line: str) -> list[str]:
    text = f"Dear Ana,\n\n{line} I enjoyed hearing about the stock counts.\n\nBest,\nSam Lee\n"
    facts = Facts("Acme", "Analyst", ("Ana Silva",), ("stock counts",))
    found = check(text, "email", facts, rules).issues
    return [f.excerpt for f in found if f.code == "name_mismatch"]


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("It was a pleasure to meet Miles and you.", "Miles"),
        ("Please pass my thanks to Frances as well.", "Frances"),
        ("Many thanks to Miles for the tour of the depot.", "Miles"),
        ("It was good to meet Frances on the floor.", "Frances"),
    ],
)
def test_a_first_name_that_is_a_plural_noun_is_still_a_name_after_a_cue(rules, line, name) -> None:
    assert name in _wrong_names(rules, line)


@pytest.mark.parametrize(
    "line",
    [
        "Engineers told us the scanners were new.",
        "Nurses and porters share the same rota.",
    ],
)
def test_a_plural_noun_starting_a_sentence_is_no_name(rules, line) -> None:
    assert _wrong_names(rules, line) == []


def _loud(rules, line: str) -> list[str]:
    text = f"Dear Ana,\n\n{line}\n\nBest,\nSam Lee\n"
    facts = Facts("Acme", "Analyst", ("Ana Silva",), ("stock counts",))
    found = check(text, "email", facts, rules).issues
    return [f.excerpt for f in found if f.code == "unprofessional"]


@pytest.mark.parametrize(
    "line",
    [
        "I enjoyed hearing about the FANTASTIC project you are starting.",
        "Thank you for showing me the IMPORTANT system upgrade planned for spring.",
        "Your EXCITING pilot in the northern depots sounds like a real step forward.",
        "It was a WONDERFUL training day and I learned a lot.",
    ],
)
def test_a_capitalised_adjective_before_a_scheme_noun_is_shouting(rules, line) -> None:
    assert _loud(rules, line)


@pytest.mark.parametrize(
    "line",
    [
        "I helped run two INSPIRE award projects last year.",
        "I completed the PREVENT training in March.",
    ],
)
def test_a_scheme_name_in_capitals_is_no_shouting(rules, line) -> None:
    assert _loud(rules, line) == []
