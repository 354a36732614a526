"""Issue 8 (speed, warm check): what a note's check works out word by word is remembered per
word across notes, and the answers are the same as working it out afresh.

- a note's word beginnings (Document.prefixes) are each word's first three to five
  characters (a shorter word whole), cut once per word the process meets and then read back
  for every later note holding the word; the memory is bounded.
"""

from __future__ import annotations

import random
import string

import pytest

from followup.core.check import compile_rules, document
from followup.core.check.document import Document
from followup.core.check.prefilter import PREFIX_LEN, PREFIX_MIN
from followup.services import checking


@pytest.fixture(scope="module")
def rules():
    return compile_rules(checking.shipped_rule_data())


def _beginnings(words: frozenset[str]) -> set[str]:
    """The definition: each word's first PREFIX_MIN to PREFIX_LEN characters (a shorter
    word whole)."""
    return {w[:k] for w in words for k in range(PREFIX_MIN, PREFIX_LEN + 1)}


NOTES = (
    "Dear Priyanka,\n\nThanks for walking me through the kiln-drying schedule at Ostrava "
    "Timberworks. I've led two sawmill audits and I'd welcome a chance to help.\n\nBest,\nOdile",
    "Hi Tomasz - the greenhouse telemetry demo was a highlight. My three years of PLC work "
    "fit the irrigation retrofit you described.\n\nRegards,\nWen",
    "Ok. A b c: go, do it; xy zz! Über-café façade naïve co-op e-mail.",
)


@pytest.mark.parametrize("text", NOTES)
def test_word_beginnings_match_the_definition_fresh_and_remembered(rules, text) -> None:
    document._BEGINNINGS.clear()
    fresh = Document(text, rules)
    first = (fresh.prefixes(False), fresh.prefixes(True))
    again = Document(text, rules)  # every word remembered now
    assert (again.prefixes(False), again.prefixes(True)) == first
    assert first == (_beginnings(fresh.word_set), _beginnings(fresh.cased_words))
    assert all(isinstance(p, frozenset) for p in first)


def test_word_beginnings_of_random_words_across_notes(rules) -> None:
    draw = random.Random(28)
    letters = string.ascii_letters + "éøß'-"
    pool = ["".join(draw.choices(letters, k=draw.randint(1, 9))) for _ in range(300)]
    for _ in range(20):
        words = frozenset(draw.sample(pool, 40))
        assert document._beginnings_of(words) == _beginnings(words)


def test_word_beginnings_memory_is_bounded(rules) -> None:
    document._BEGINNINGS.clear()
    words = frozenset(f"word{i}" for i in range(document._MOST_WORDS + 50))
    assert document._beginnings_of(words) == _beginnings(words)
    document._beginnings_of(frozenset({"another"}))  # over the bound: starts again
    assert len(document._BEGINNINGS) == 1
