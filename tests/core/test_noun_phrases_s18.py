"""Cut compounds (issue 9, kind 2, s18).

- "own" is a determiner only after a possessive ("our own", "the bakery's own"); after
  anything else it is the verb, and the noun phrase after it is its object, whole. Read as a
  determiner, "You'd own the suppression lists" lost its head ("suppression"): the last
  noun, a plural that can be a verb's -s form, was read as the verb of a clause opened by
  the determiner.
- A noun that can be a verb, after adverbs, opens a noun run where no verb's base can stand:
  after "is" or "there's" and its adverbs ("There's also dock scheduling"), or opening a
  clause with no subject whose run then takes "is" ("so now ink mixing is the bottleneck").
  After "is" and adverbs the run is the complement, whole ("is mostly fuel surcharges on
  …"). Read as a verb, the topic lost its first word ("scheduling", "surcharges")."""

from __future__ import annotations

import pytest

from helpers_debrief import nps


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


@pytest.mark.parametrize(
    ("sentence", "whole"),
    [
        ("There's also dock scheduling, which nobody owns.", "dock scheduling"),
        ("The press is fixed, so now ink mixing is the bottleneck.", "ink mixing"),
        ("And now crew scheduling is the hard part.", "crew scheduling"),
        ("Our biggest cost is mostly fuel surcharges on the long routes.", "fuel surcharges"),
        ("Half our complaints are really paint defects from the body shop.", "paint defects"),
        ("It's mostly plan changes from the planners.", "plan changes"),
        ("The barn is mostly feed storage now.", "feed storage"),
    ],
)  # fmt: skip
def test_a_noun_after_is_and_adverbs_opens_the_run(sentence, whole, grammar):
    found = nps(sentence, grammar)
    assert any(f.startswith(whole) for f in found), found


@pytest.mark.parametrize(
    ("sentence", "never"),
    [
        ("Where we always waste fuel is idling at the gate.", "waste fuel"),  # a subject: "we"
        ("Riders who are medically fit ride in the second group.", "fit ride"),  # what they are
        ("We now stock spare filters at every depot.", "stock spare filters"),
    ],
)  # fmt: skip
def test_a_verb_after_adverbs_stays_a_verb(sentence, never, grammar):
    found = nps(sentence, grammar)
    assert not any(never in f for f in found), found
