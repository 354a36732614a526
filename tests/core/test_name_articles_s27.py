"""Articles before names (issue 10, session 27): a product's or a programme's name that ends
in a word such as 'Pack', 'Programme' or 'Initiative' takes 'the' in a sentence ('talk about
the Brightwell Donor Insight Pack'); a bare name ('Kafka Connect', 'Microsoft Project',
'Orbitly') does not."""

from __future__ import annotations

import pytest

from followup.config import load_settings
from followup.core import compose, phrasing
from followup.services import drafting


@pytest.fixture(scope="module")
def lexicon():
    return drafting.load_data(load_settings()).language.lexicon


@pytest.mark.parametrize(
    ("item", "said"),
    [
        ("Brightwell Donor Insight Pack", "the Brightwell Donor Insight Pack"),
        ("Harbourside Graduate Programme", "the Harbourside Graduate Programme"),
        ("Quillmore Green Fleet Initiative", "the Quillmore Green Fleet Initiative"),
        ("Kafka Connect", "Kafka Connect"),
        ("Microsoft Project", "Microsoft Project"),
        ("Orbitly", "Orbitly"),
        ("the Tarnside Renewal Scheme", "the Tarnside Renewal Scheme"),
    ],
)
def test_an_item_named_with_a_programme_word_takes_the(lexicon, item, said) -> None:
    assert compose.item_phrase(item, lexicon.name_tails) == said


@pytest.mark.parametrize(
    ("topic", "said"),
    [
        ("Brightwell Donor Insight Pack", "the Brightwell Donor Insight Pack"),
        ("Kafka Connect", "Kafka Connect"),
    ],
)
def test_a_topic_named_so_takes_the_too(lexicon, topic, said) -> None:
    assert phrasing.noun_phrase(topic, lexicon) == said
