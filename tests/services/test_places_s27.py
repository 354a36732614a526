"""Places typed in lower case (issue 10, session 27): an everyday noun that names a big
place where a phrase ends after 'in', 'near' or 'from' is written as the place ('in
surrey' -> 'in Surrey'); a verb or an adjective there ('in reading', 'in mobile') never is."""

from __future__ import annotations

import pytest

from followup.services.proper_names import everyday_classes, everyday_word, proper_names


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("3 yrs dispensing at a high-street chemist in surrey, ~180 scripts a day", "surrey"),
        ("grew up near derby", "derby"),
        ("moved here from jersey.", "jersey"),
    ],
)
def test_an_everyday_noun_naming_a_place_is_written_as_its_name(text, found) -> None:
    got = proper_names([text], everyday_word, None, (), everyday_classes)
    assert got.get(found) == found.capitalize()


@pytest.mark.parametrize(
    "text",
    [
        "taught phonics and guided work in reading",
        "5 yrs in mobile",
        "a surrey with the fringe on top",  # not after a word of place
        "in turkey sandwiches we trust",  # not at a phrase's end
    ],
)
def test_other_words_stay(text) -> None:
    assert proper_names([text], everyday_word, None, (), everyday_classes) == {}


def test_without_word_classes_nothing_everyday_is_looked_up() -> None:
    assert proper_names(["a chain pharmacy in surrey"], everyday_word) == {}
