"""Cut compounds (issue 9, kind 2, s18): "own" is a determiner only after a possessive ("our
own", "the bakery's own"); after anything else it is the verb, and the noun phrase after it
is its object, whole. Read as a determiner, "You'd own the suppression lists" lost its head
("suppression"): the last noun, a plural that can be a verb's -s form, was read as the verb
of a clause opened by the determiner."""

from __future__ import annotations

import tomllib
from importlib.resources import files

import pytest

from followup.core.noun_phrases import Grammar, phrases, tag
from followup.services.debrief import word_classes


@pytest.fixture(scope="module")
def grammar() -> Grammar:
    data = tomllib.loads(files("followup").joinpath("data", "debrief.toml").read_text("utf-8"))
    return Grammar.from_mapping(data["grammar"])


def nps(sentence: str, grammar: Grammar) -> list[str]:
    return [
        p.key
        for p in phrases(tag(sentence, grammar, word_classes, frozenset(), frozenset()), grammar)
    ]


@pytest.mark.parametrize(
    ("sentence", "whole"),
    [
        ("We need someone to own the allergen matrix returns to the council.",
         "allergen matrix returns"),
        ("You'd own the pallet counts at the cross-dock.", "pallet counts at the cross-dock"),
        ("You would own the crane lift plans for each site.", "crane lift plans"),
        ("You'd own the feed orders for the barns.", "feed orders for the barns"),
    ],
)  # fmt: skip
def test_own_after_no_possessive_is_the_verb_and_its_object_stays_whole(sentence, whole, grammar):
    found = nps(sentence, grammar)
    assert any(f.startswith(whole) for f in found), found


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("Our own feed orders go out on Fridays.", "feed orders"),
        ("The bakery's own flour orders are late.", "flour orders"),
        ("We print our own shelf labels.", "shelf labels"),
    ],
)  # fmt: skip
def test_own_after_a_possessive_stays_a_determiner(sentence, phrase, grammar):
    found = nps(sentence, grammar)
    assert phrase in found, found
    assert not any("own" in f.split() for f in found), found
