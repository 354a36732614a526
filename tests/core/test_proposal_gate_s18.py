"""Clauses proposed as topics (issue 9, kind 1, s18): a phrase that ends a clause opened by a
word of [gate] clause_openers ("that", "where", "when", "if" ...) after what the sentence said
first, and whose last word is that clause's verb, is no topic: a past ("How do you check
that the seal held?") or a verb's base after a plural ("the berth where barges moor."), a
part of them between the opener and the phrase too ("where most of our growers
struggle."). A phrase that is a noun there ("… where we keep the spare rotors.", "… that the
vans need new tyres.") and a sentence that is the opener and the phrase alone ("And pallet
cost.") are kept."""

from __future__ import annotations

import tomllib
from importlib.resources import files

import pytest

from followup.core import debrief
from followup.services.debrief import word_tags


@pytest.fixture(scope="module")
def words() -> debrief.DebriefWords:
    data = tomllib.loads(files("followup").joinpath("data", "debrief.toml").read_text("utf-8"))
    return debrief.DebriefWords.from_data(data)


def passed(text: str, source: str, words: debrief.DebriefWords) -> str | None:
    proposal = debrief.gatekeeper(words, word_tags)(debrief.Proposal("topic", text, "", source))
    return None if proposal is None else proposal.text


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("the seal held", "How do you check that the seal held?"),
        ("barges moor", "We own the berth where barges moor."),
        ("the growers struggle", "That is exactly where most of our growers struggle."),
        ("the mould grew", "We only found out when the mould grew."),
        ("the boilers failed", "Tell me about a time when a lot of the boilers failed."),
    ],
)  # fmt: skip
def test_a_clause_that_ends_the_sentence_is_no_topic(text, source, words):
    assert passed(text, source, words) is None


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("the spare rotors", "That is the shed where we keep the spare rotors."),
        ("new tyres", "Our fleet manager says that the vans need new tyres."),
        ("pallet cost", "And pallet cost."),
        ("the cold room", "We lost stock when the power cut hit the cold room."),
    ],
)  # fmt: skip
def test_a_noun_phrase_there_stays(text, source, words):
    assert passed(text, source, words) is not None
