"""Kinds of fault the checker kept showing on every new set (v16-v19) and on the probes of
tests/check_dev17 (session 21, issue 8), each in new wording: negativity without stock words
(scare-quoted digs at the current employer, irony and understatement, complaints about colleagues
or about the interviewer's team) beside READY twins (quoted terms of art and the reader's own
words, the employer's own problems said with empathy, complaints as the work itself); and the
name kinds already handled (a near miss of a recorded surname, a company with one word changed,
titles and departments in capitals) held in place."""

from __future__ import annotations

import pytest

from conftest import checked
from followup.core.check import Facts

FACTS = Facts(
    "Ridgeway Utilities",
    "Network Planner",
    ("Harriet Lomax", "Desmond Achebe"),
    ("the pipe replacement programme",),
)


def codes(rules, model, text: str, facts: Facts = FACTS) -> set[str]:
    return {f.code for f in checked(rules, model, text, facts, "email").issues}


def note(sentence: str, greeting: str = "Dear Ms Lomax,") -> str:
    return (
        f"{greeting}\n\nThank you for your time on Tuesday and for explaining the pipe"
        f" replacement programme. {sentence}\n\nI have five years of experience planning water"
        " network works, and I am very interested in the role and excited to join the team."
        " Please let me know if I can provide anything else.\n\nBest regards,\nSam Ortega\n"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        'At my current utility our "asset strategy" is mostly waiting for a main to burst.',
        "Most of the planners I sit with now treat the job sheets as a loose suggestion.",
        "It would be a welcome change to work for a manager who opens the reports I send.",
        "My current director has a real gift for spotting a problem a week after everyone else.",
    ],
)
def test_negativity_without_stock_words(rules, model, sentence) -> None:
    assert "negativity" in codes(rules, model, note(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        'You called the winter burst season "all hands on deck," which is how I like to work.',
        "You were open about the rise in complaints after last summer's supply interruptions.",
        "Handling customer complaints about roadworks has been part of my work for three years.",
        "I appreciated your honesty about the backlog of leak repairs the team inherited.",
    ],
)
def test_ready_twins_are_no_negativity(rules, model, sentence) -> None:
    assert "negativity" not in codes(rules, model, note(sentence))


@pytest.mark.parametrize(
    ("greeting", "sentence"),
    [
        ("Dear Ms Lomas,", "It was good to see the depot."),
        ("Dear Ms Lomax,", "I would be proud to join Ridgeway Water."),
    ],
)
def test_near_misses_of_recorded_names_are_wrong(rules, model, greeting, sentence) -> None:
    assert "name_mismatch" in codes(rules, model, note(sentence, greeting))


@pytest.mark.parametrize(
    "sentence",
    [
        "Please pass my thanks to Des as well.",
        "Ridgeway clearly cares about its customers.",
        "Meeting the Head of Planning - Water Networks team at the Civic Centre helped.",
    ],
)
def test_short_forms_and_capitalised_ordinary_words_are_no_wrong_names(
    rules, model, sentence
) -> None:
    assert "name_mismatch" not in codes(rules, model, note(sentence))
