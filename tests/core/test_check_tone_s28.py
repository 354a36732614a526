"""The checker's tone and interest on notes it has never seen (session 28, issue 8 kinds 4 and
7), in the host notes of tests/core/test_check_tone_s25.py (a US email, a UK letter, an
Australian card, an Indian check-in), each fault beside a READY twin sharing its words:

1. self-deprecation that undercuts the candidate is negativity (the code the used held-out
   sets give it): running oneself down as any kind of hire ("not the planner you are after"),
   freezing or falling apart told as a failing, a figure of panic ("like a deer in the
   headlights"), and inviting the reader to turn one down ("I wouldn't blame you if you went
   with someone else");
2. the current employer run down by a stock figure of failure or drift said of a workplace,
   its people or "there" ("papering over the cracks", "asleep at the wheel", "run like a
   circus"), or by the hyperbole of people who would not see the obvious ("would not spot a
   leak if it soaked their boots"), or the time counted until one can leave ("ticking off the
   shifts till I can hand back my badge") is negativity; the same figure denied, said back as the
   reader's own problem, or not said of a workplace is no issue;
3. interest said in a card's plain or casual words ("I'd love to cook for you", "def keen on
   the role", "rly want the job") is the interest element; a wish to talk is not."""

from __future__ import annotations

import pytest
from tests.core.test_check_tone_s25 import CAFE, codes, result

from conftest import checked

# 1. self-deprecation -------------------------------------------------------------------------

SELF_DEPRECATION = [
    "I am probably not the planner you are after, but I wanted to thank you anyway.",
    "I'm not exactly the kind of candidate you were hoping to find, I suspect.",
    "When you asked about the backlog figures I completely froze on the numbers.",
    "I went to pieces on the scenario question and never quite recovered my footing.",
    "I sat there like a deer in the headlights when the case study came up.",
    "Honestly, I wouldn't blame you if you went with someone with more experience.",
    "I could not blame the panel for passing on me after that second answer.",
]


@pytest.mark.parametrize("shape", ["email", "letter", "check-in"])
@pytest.mark.parametrize("sentence", SELF_DEPRECATION)
def test_running_oneself_down_is_negativity(rules, model, shape, sentence) -> None:
    assert "negativity" in codes(rules, model, shape, sentence)


SELF_TWINS = [
    "I believe I am exactly the planner you are after, and I am eager to show it.",
    "I froze the depot's overtime budget last spring and still met every delivery window.",
    "I was nervous when the scenario question came up, but you kindly gave me a moment.",
    "I froze for a second on the backlog question, but your prompt helped me find my feet.",
    "Deer wander into the headlights on the rural routes, so our drivers brief on it weekly.",
    "I would understand completely if the decision takes a little longer than planned.",
]


@pytest.mark.parametrize("shape", ["email", "letter", "check-in"])
@pytest.mark.parametrize("sentence", SELF_TWINS)
def test_the_self_twins_are_ready(rules, model, shape, sentence) -> None:
    found = result(rules, model, shape, sentence)
    assert not found.issues, found.issues


# 2. stock figures of failure said of a workplace ----------------------------------------------

WORKPLACE_FIGURES = [
    "Management at my current site has spent two years papering over the cracks.",
    "Head office there is asleep at the wheel, and the stores pay for it every quarter.",
    "My present director keeps moving the goalposts, so nobody knows what good looks like.",
    "The owners run the place like a circus, and the staff turnover shows it.",
    "In my current team everyone passes the buck the moment a delivery goes missing.",
    "The partners there bury their heads in the sand whenever a client complains.",
    "Candidly, the supervisors there would not spot a leaking pipe if it soaked their boots,"
    " and I have covered the night gaps for three years.",
    "My present manager wouldn't recognise a good rota if it was pinned to her door.",
    "Between us, I'm ticking off the shifts till I can hand back my badge at the call centre.",
]


@pytest.mark.parametrize("shape", ["email", "letter", "card", "check-in"])
@pytest.mark.parametrize("sentence", WORKPLACE_FIGURES)
def test_a_stock_figure_of_failure_at_work_is_negativity(rules, model, shape, sentence) -> None:
    assert "negativity" in codes(rules, model, shape, sentence)


FIGURE_TWINS = [
    "You mentioned the old rota system felt like papering over the cracks, and I would love to"
    " help replace it.",
    pytest.param(
        "My current team never passes the buck: whoever picks up a fault sees it through.",
        marks=pytest.mark.xfail(
            reason="the rule leaves the denied figure alone, but the learned layer reads 'never"
            " passes the buck' about a workplace as a complaint (0.84)"
        ),
    ),
    "I learned from my manager to fix a problem properly rather than paper over the cracks.",
    "The ferry crossing to the island took on water in the storm, which made a great story.",
    "The supervisors there would spot a leaking pipe long before it reached the loading bay,"
    " and I learned a great deal from them.",
    "You would not find a kinder crew if you searched the whole coast, and I will miss them.",
    "I am counting the days until I can show your planners the finished route model.",
]


@pytest.mark.parametrize("shape", ["email", "letter", "check-in"])
@pytest.mark.parametrize("sentence", FIGURE_TWINS)
def test_the_figure_twins_are_ready(rules, model, shape, sentence) -> None:
    found = result(rules, model, shape, sentence)
    assert not found.issues, found.issues


# 3. interest in a card's plain or casual words ----------------------------------------------------

CASUAL_INTEREST = [
    "I'd love to cook for you all when the winter menu starts.",
    "Would love to work alongside Saltbush Kitchen's crew this season.",
    "Def keen on the role if it's still going.",
    "Rly want the job, it was such a fun shift.",
]


@pytest.mark.parametrize("sentence", CASUAL_INTEREST)
def test_interest_in_casual_words_is_interest(rules, model, sentence) -> None:
    text = (
        "Dear Tama,\n\nThanks so much for the trial shift on Saturday and for talking me"
        f" through the new spring menu. {sentence}\n\nCheers,\nMia Lindqvist\n"
    )
    found = checked(rules, model, text, CAFE, "card")
    assert found.elements["interest"], found.elements


def test_a_wish_to_talk_is_no_interest(rules, model) -> None:
    text = (
        "Dear Tama,\n\nThanks so much for the trial shift on Saturday and for talking me"
        " through the new spring menu. I'd love to catch up with you again soon.\n\nCheers,"
        "\nMia Lindqvist\n"
    )
    found = checked(rules, model, text, CAFE, "card")
    assert not found.elements["interest"], found.elements
