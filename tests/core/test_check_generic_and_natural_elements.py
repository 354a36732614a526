"""Elements said in natural or casual words, and lines that name nothing in particular: a
sentence of generic words (check.toml element.specifics.plain_words, with the company's and the
role's own words) is no specific whatever cue it holds; thanks in text-speak is still thanks;
interest in the work itself is interest."""

from __future__ import annotations

import pytest

from conftest import checked
from followup.core.check import Facts

FACTS = Facts(
    "Cedar Grove Pharmacy",
    "Pharmacy Technician",
    ("Omar Haddad",),
    ("the compounding room", "the new dispensing robot"),
)
OPENING = "Dear Mr. Haddad,\n\nThank you for meeting with me this week. "
CLOSING = (
    "\n\nI have three years as a pharmacy technician and hold my registration. I remain very"
    " interested in the role and would be glad to join the team. Please let me know if I can"
    " provide anything else.\n\nBest regards,\nLeila Mansour\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "I really enjoyed our conversation and learning more about the pharmacy and the team.",
        "I enjoyed meeting everyone and getting a feel for how everything works at Cedar Grove.",
        "It was lovely hearing about the practice and the people who work there.",
        "Thank you as well for showing me around.",
        "I enjoyed learning about the company and getting a sense of the way the team operates.",
    ],
)
def test_a_line_of_generic_words_is_no_specific(rules, model, line) -> None:
    result = checked(rules, model, OPENING + line + CLOSING, FACTS)
    assert result.elements["specifics"] is False


@pytest.mark.parametrize(
    "line",
    [
        "I really enjoyed learning how the compounding room is laid out.",
        "Thank you for showing me around the stockroom and the cold chain fridges.",
        "I enjoyed hearing how the team handles controlled drug audits.",
    ],
)
def test_a_line_that_names_a_detail_is_a_specific(rules, model, line) -> None:
    result = checked(rules, model, OPENING + line + CLOSING, FACTS)
    assert result.elements["specifics"] is True


@pytest.mark.parametrize(
    "thanks", ["thank u sooo much for today", "tysm for today", "thnx for today", "tq for today"]
)
def test_thanks_in_text_speak_is_thanks(rules, model, thanks) -> None:
    facts = Facts("Pop Rocket", "Store Associate", ("Kenzie Hall",), ("the Saturday demo table",))
    text = f"Kenzie,\n\n{thanks}, the Saturday demo table was great, I want this job!\n\nMaddie\n"
    result = checked(rules, model, text, facts, kind="card")
    assert result.elements["thanks"] is True


@pytest.mark.parametrize(
    "line",
    [
        "I'm keen as ever on the Pharmacy Technician role.",
        "I'm excited about the possibility of joining the team at Cedar Grove.",
        "I'd really enjoy working with the team.",
        "I'd be delighted to run the compounding room.",
        "I would love to be your new technician.",
        "I'd be proud to be the next technician on the team.",
    ],
)
def test_interest_in_natural_words_is_interest(rules, model, line) -> None:
    text = (
        OPENING
        + "I enjoyed seeing the new dispensing robot. I have three years as a technician. "
        + line
        + " Please let me know about next steps.\n\nBest regards,\nLeila Mansour\n"
    )
    result = checked(rules, model, text, FACTS)
    assert result.elements["interest"] is True


def test_wanting_to_be_the_new_one_in_text_speak_is_interest(rules, model) -> None:
    facts = Facts("Little Acorns", "Teaching Assistant", ("Priya Patel",), ("the story corner",))
    text = "Mrs. Patel,\n\ntysm! ur story corner is so cute, would luv to be ur new TA\n\nAbby\n"
    result = checked(rules, model, text, facts, kind="card")
    assert result.elements["interest"] is True
