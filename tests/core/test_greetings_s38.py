"""Session 38: greetings of a knight or dame, and of a woman the notes address as "Ma'am".

A knight or a dame is greeted with the given name ('Dear Sir Malcolm', never 'Dear Sir
Reid'), as the Philippines greet 'Sir Jun'. "Ma'am Tess Villanueva" (how a Philippine jot
shows respect) is greeted with the English title and the surname ('Dear Ms. Villanueva'):
the checker reads 'Ma'am' in a letter's greeting as spoken address, and a first name alone
reads too casual there. Names invented for these tests."""

from __future__ import annotations

import pytest

from followup.core import phrasing

GREETED = [
    ("Sir Malcolm Reid", True, "Sir Malcolm"),
    ("sir malcolm reid", True, "Sir Malcolm"),
    ("Dame Judith Okoro", False, "Dame Judith"),
    ("Sir Jun Bautista", True, "Sir Jun"),
    ("Prof Sir Malcolm Reid", True, "Prof. Reid"),
    ("Ma'am Tess Villanueva", True, "Ms. Villanueva"),
    ("ma'am tess villanueva", False, "Ms Villanueva"),
    ("Maam Rowena Dela Cruz", True, "Ms. Dela Cruz"),
    ("ma'am tess", True, "Tess"),
]


@pytest.mark.parametrize("name,stop,greeted", GREETED)
def test_a_knight_and_a_respected_woman_are_greeted_as_a_letter_does(name, stop, greeted) -> None:
    assert phrasing.salutation(name, stop) == greeted


def test_a_typed_ma_am_is_written_with_its_apostrophe_in_place() -> None:
    assert phrasing.person_name("ma'am tess villanueva") == "Ma'am Tess Villanueva"


SHOUTED = [
    ("priya? no - PREETI Sharma, internal recruiter - preeti.sharma@example.com", "Preeti Sharma"),
    ("lena? no - LEA Hoffmann (people ops) <lea@example.com>", "Lea Hoffmann"),
    ("tomas? nope - TOMASZ Wrobel <tw@example.com>", "Tomasz Wrobel"),
    # a family name written first in capitals is no emphasis; nor capitals with no guess
    ("li? no - WANG Fang <w@example.com>", "WANG Fang"),
    ("PREETI Sharma <p@example.com>", "PREETI Sharma"),
]


@pytest.mark.parametrize("typed,name", SHOUTED)
def test_a_name_typed_in_capitals_to_correct_a_guess_is_written_as_a_name(typed, name) -> None:
    """'priya? no - PREETI Sharma': the capitals say 'this one, not that one'; the greeting
    reads 'Dear Preeti,' (recruiters read 'Dear PREETI Sharma,' as a broken mail merge)."""
    from followup.core import people

    assert people.split_person(typed).name == name


OWNER_IN_BRACKETS = [
    ("board@harbourview.school.example (Aroha Ngata-Wells, presiding member of the board)",
     "Aroha Ngata-Wells", "presiding member of the board"),
    ("k.osei@lumen.example (Kofi Osei)", "Kofi Osei", None),
    # a team's mailbox with a team in brackets keeps its address and the team as title
    ("jobs@lumen.example (Talent Team)", "jobs", "Talent Team"),
]  # fmt: skip


@pytest.mark.parametrize("typed,name,title", OWNER_IN_BRACKETS)
def test_an_address_with_its_owner_in_brackets_names_the_owner(typed, name, title) -> None:
    """'board@… (Aroha Ngata-Wells, presiding member of the board)': the older RFC 5322
    form, the owner's name in a comment after the address; never 'Dear Board,'."""
    from followup.core import people

    person = people.split_person(typed)
    assert (person.name, person.title) == (name, title)
