"""Recall by kind through the learned layer (issue 8, session 10): a complaint about the current
employer folded into praise of the reader's team, a complaint about the interview itself,
pessimism about oneself, polite desperation and a demand, each in words no bank holds; and the
same words said without fault, which stay clear (a problem of the past that the candidate fixed
is a qualification, not a complaint)."""

from __future__ import annotations

import pytest

from conftest import CHECK_BODY, checked
from followup.core.check import Facts

FACTS = Facts("Larch & Pine Salons", "Senior Stylist", ("Nadia Cole",), ("the colour clinic",))


def codes(rules, model, sentence: str) -> set[str]:
    text = (
        "Dear Nadia,\n\nThank you for the interview and for showing me the colour clinic. "
        + sentence
        + CHECK_BODY
    )
    return {f.code for f in checked(rules, model, text, FACTS).issues}


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        (
            "Compared with my current salon, where the owner never asks the stylists anything,"
            " your team meeting felt like a breath of fresh air.",
            "negativity",
        ),
        (
            "Coming from a café where the owner shouts at the baristas, your calm counter was a"
            " relief.",
            "negativity",
        ),
        (
            "Your seniors actually coach the juniors, which is a nice change from the managers I"
            " work under now.",
            "negativity",
        ),
        (
            "I think the interview slot was too short for a role like this and the questions felt"
            " a bit scattered.",
            "negativity",
        ),
        (
            "With the phones going constantly, I didn't get to say half of what I had prepared.",
            "negativity",
        ),
        (
            "I'm guessing you've found someone with more experience, which tends to be my luck.",
            "negativity",
        ),
        (
            "I have put my other applications on hold and check my email constantly in case you"
            " write.",
            "desperation",
        ),
        ("I expect a decision from the panel before Friday.", "pushy"),
    ],
)
def test_each_kind_in_new_words_is_found(rules, model, sentence, code) -> None:
    assert code in codes(rules, model, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "When I joined my current salon, the colour bar was chaos, and I set up the stock log"
        " that fixed it.",
        "I understand the decision may take a few weeks and I'm happy to wait.",
        "I was impressed by how calmly your team handled the Saturday rush.",
        "You were honest that the salon has struggled to keep juniors, and I'd like to help.",
        "I've thought about our talk a great deal since Monday, so I hope you'll forgive a longer"
        " note than usual.",
        "With landlords I was firm on repairs but never aggressive, and every dispute was settled"
        " without court.",
        "I kept to strict deadlines with our printers but never bullied them, and they always"
        " delivered.",
        "My current store manager has been a brilliant mentor and supports my move.",
        "The team I'm with now are fantastic, and I'll miss them a lot.",
        "I've been very happy at my current hotel and will leave on the best of terms.",
    ],
)
def test_the_same_words_without_fault_stay_clear(rules, model, sentence) -> None:
    assert codes(rules, model, sentence).isdisjoint({"negativity", "desperation", "pushy"})
