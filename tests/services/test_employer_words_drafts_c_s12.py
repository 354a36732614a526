"""A word no dictionary knows after 'for', 'at' or 'with' in a CV line is an employer only
where it ends the name (drafts C, session 12): 'surveys for borehole siting' describes the
work (a modifier of 'siting'), so a draft never says 'for Borehole siting'; '2 yrs at
brightwell' and '3 yrs with ventana as lead' still name where someone worked."""

from __future__ import annotations

import pytest

from followup.services import proper_names


def known(word: str) -> bool:
    return word in {"surveys", "siting", "reviews", "audits", "tests", "planning", "yrs", "lead"}


@pytest.mark.parametrize(
    "line",
    [
        "ran 40 surveys for borehole siting in two counties",
        "weekly reviews with geotech colleagues",
        "built rigs for cryostat testing",
    ],
)
def test_a_word_that_modifies_the_next_is_no_employer(line) -> None:
    assert proper_names.employers([line], known_word=known) == {}, line


@pytest.mark.parametrize(
    ("line", "employer"),
    [
        ("2 yrs at brightwell", "brightwell"),
        ("3 yrs with ventana as lead", "ventana"),
        ("planning at zara, 2019-2022", "zara"),
    ],
)
def test_a_word_that_ends_the_name_is_an_employer(line, employer) -> None:
    assert employer in proper_names.employers([line], known_word=known), line
