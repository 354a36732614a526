"""A person jotted by a nickname with the full name in brackets ('gus (Augustin Ferrer) -
yard lead') is the full name, the job after it the title: the nickname is never the name and
the job never read as one ("Dear Yard," or "Steve, Yard and Nadia" in a note). Fresh wording
(a quarry, a bakery, a rowing club)."""

from __future__ import annotations

import pytest

from followup.core.people import split_person


@pytest.mark.parametrize(
    ("typed", "name", "title"),
    [
        ("gus (Augustin Ferrer) - yard lead", "Augustin Ferrer", "yard lead"),
        ("mags (Margarethe Voss) - pastry section", "Margarethe Voss", "pastry section"),
        ("tommo (Thomas O'Hare), boat shed super", "Thomas O'Hare", "boat shed super"),
    ],
)
def test_a_nickname_before_the_full_name_in_brackets(typed: str, name: str, title: str) -> None:
    person = split_person(typed, "AU")
    assert (person.name, person.title) == (name, title)


@pytest.mark.parametrize(
    ("typed", "name", "title"),
    [
        ("Priya Sandhu (Head of Rooms)", "Priya Sandhu", "Head of Rooms"),
        ("the CFO (Graham)", "Graham", "the CFO"),
    ],
)
def test_a_title_in_brackets_stays_the_title(typed: str, name: str, title: str) -> None:
    person = split_person(typed, "AU")
    assert (person.name, person.title) == (name, title)
