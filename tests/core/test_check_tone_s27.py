"""The checker's tone on notes it has never seen (session 27, issue 8 kinds 2, 4 and 7), in the
host notes of tests/core/test_check_tone_s25.py (a US email, a UK letter, an Australian card,
an Indian check-in), each fault beside a READY twin sharing its words:

1. negativity said by figure of speech about a present or past employer, manager or colleagues
   (a boss who would not notice a problem if it did something absurd, a workplace likened to a
   sinking ship, wanting out of the current job) is negativity;
2. the same figures said as praise, neutral idioms ("counting down to the start date"), problems
   the writer fixed, and a candid reason for moving that complains of nothing are no issue;
3. a line saying how much the role appeals to the writer is interest, not desperation, while a
   plea of how much the job means stays desperation;
4. a card line whose cue ("hear more about") is followed by generic words only ("the kitchen and
   the crew") is no specific, even when another clause adds a feeling ("and I went home
   beaming"); a cue before a detail still is one.

Sentence-level expectations of the classifier are in the sentence bank
(src/followup/data/check_banks/project-fault-kinds-13.tsv); these notes use other wording."""

from __future__ import annotations

import pytest
from tests.core.test_check_tone_s25 import CAFE, codes, result

from conftest import checked

# 1. figurative negativity ------------------------------------------------------------------------

FIGURATIVE_COMPLAINTS = [
    "My store manager wouldn't spot a shoplifter if he waved on the way out with a trolley.",
    "Between you and me, I'm ticking off the days until I can get away from that warehouse.",
    "The firm I work for now is a leaking boat, and the partners are arguing over the oars.",
    "My present boss could not plan a picnic if you handed him the sandwiches and the park.",
    pytest.param(
        "I have been keeping my whole section afloat for years while the others clock-watch.",
        marks=pytest.mark.xfail(
            reason="carrying a team while others idle reads as a deed (a qualification) to the"
            " n-gram classifier: the dig at the others is too few words of the sentence"
        ),
    ),
    "I am counting the weeks until I can finally hand my keys back at my current job.",
]


@pytest.mark.parametrize("shape", ["email", "letter", "check-in"])
@pytest.mark.parametrize("sentence", FIGURATIVE_COMPLAINTS)
def test_a_figurative_complaint_about_a_workplace_is_negativity(
    rules, model, shape, sentence
) -> None:
    assert "negativity" in codes(rules, model, shape, sentence)


# 2. their twins ----------------------------------------------------------------------------------

FIGURATIVE_TWINS = [
    "My store manager spots a problem on the shop floor before anyone else, and I learned that"
    " from him.",
    "I am counting down the days until the start date, should the offer come my way.",
    "The firm I work for now has treated me well, and I am moving for a larger caseload.",
    "I kept our section running through the winter when two colleagues were off sick.",
    "When I joined, the goods-in area was a mess, and I am proud of how smoothly it runs today.",
    "I should be open about why I am moving on: my current contract ends in March.",
    "To be candid about my reasons, I would like to lead a team, and my manager supports the move.",
]


@pytest.mark.parametrize("shape", ["email", "letter", "check-in"])
@pytest.mark.parametrize("sentence", FIGURATIVE_TWINS)
def test_the_figurative_twins_are_ready(rules, model, shape, sentence) -> None:
    found = result(rules, model, shape, sentence)
    assert not found.issues, found.issues


# 3. how much the role appeals is interest, not a plea --------------------------------------------


@pytest.mark.parametrize("shape", ["email", "letter"])
def test_how_much_a_role_appeals_is_no_desperation(rules, model, shape) -> None:
    sentence = (
        "Let me be upfront about what is behind my move, since I think it shows how much your"
        " team appeals to me."
    )
    assert "desperation" not in codes(rules, model, shape, sentence)


@pytest.mark.parametrize("shape", ["email", "letter"])
def test_how_much_a_job_means_in_a_plea_is_desperation(rules, model, shape) -> None:
    sentence = (
        "I hope you can see how much this job means to me, as I really cannot afford to wait"
        " much longer."
    )
    assert "desperation" in codes(rules, model, shape, sentence)


# 4. a card line that names nothing of the visit is no specific -----------------------------------


def bare_card(sentence: str) -> str:
    """A card with thanks and interest and `sentence`, naming nothing else of the visit."""
    return (
        f"Dear Tama,\n\nThanks heaps for the trial shift on Saturday. {sentence} I'm still really"
        " keen on the Sous Chef role.\n\nCheers,\nMia Lindqvist\n"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "It was a delight to hear more about the kitchen and the crew, and I went home beaming.",
        "It was great to find out more about the restaurant and everyone there, and I left"
        " feeling on top of the world.",
        "I loved learning about how the team works, but mostly I loved the buzz of the place.",
    ],
)
def test_a_generic_card_line_with_a_feeling_is_no_specific(rules, model, sentence) -> None:
    found = checked(rules, model, bare_card(sentence), CAFE, "card")
    assert found.elements["specifics"] is False


@pytest.mark.parametrize(
    "sentence",
    [
        "It was a delight to hear how you cure your own bacon in the cool room, and I went home"
        " beaming.",
        "I loved learning about the Sunday roast prep for ninety covers, and I left feeling"
        " on top of the world.",
    ],
)
def test_a_card_line_naming_a_detail_is_a_specific(rules, model, sentence) -> None:
    found = checked(rules, model, bare_card(sentence), CAFE, "card")
    assert found.elements["specifics"] is True
