"""Names in greetings and sentences (issue 10, session 29).

Kinds: (a) quotes and stops a jot leaves on a name ("prefers 'Stav'.", "'Oluchi, People
Ops'", "no 'Mr'") never reach a greeting or a list of names; (b) a coordinator line that
tells who the mail came from ("the mail came from 'X, Title'", "invite sent by X") names X,
never a common word ('Dear Mail,'), and a recorded name that is a phrase of everyday words
is no one to greet. Names and wording are invented for these tests."""

from __future__ import annotations

import pytest

from followup.config import load_settings
from followup.core import compose, greetings
from followup.core.models import Person, PersonRole
from followup.core.people import split_person
from followup.services import drafting

DATA = drafting.load_data(load_settings(env={}))
ADDRESS = DATA.language.address


# -- (a) quotes and stops left on a name -------------------------------------------------


@pytest.mark.parametrize(
    ("notes", "who", "called"),
    [
        ("2nd round in jan. capt. stavros prefers 'Stav'.", "stavros", "Stav"),
        ("wilhelmina prefers 'Mina', no 'Mrs'.", "wilhelmina", "Mina"),
        ('ignatius prefers "Iggy".', "ignatius", "Iggy"),
        ("ferdinand asked me to call him 'Ferdi'!", "ferdinand", "Ferdi"),
        ("oyelowo prefers 'Lowo'; decision friday", "oyelowo", "Lowo"),
    ],
)
def test_a_name_asked_for_in_quotes_keeps_no_quote_or_stop(notes, who, called) -> None:
    assert greetings.asked_names(notes, ADDRESS) == {who: called}


@pytest.mark.parametrize(
    ("typed", "name", "title"),
    [
        ("people@ferncastle.example - 'Oluchi, People Ops', sent the brief + the map",
         "Oluchi", "People Ops"),
        ("'Marisela Quint, Talent Partner' <mq@ferncastle.example>",
         "Marisela Quint", "Talent Partner"),
        ("jobs@ferncastle.example - signed 'Talent Team'", "Talent Team", None),
        ("'Dunstan Pike'", "Dunstan Pike", None),
    ],
)  # fmt: skip
def test_a_quoted_signature_is_the_name_and_its_title(typed, name, title) -> None:
    person = split_person(typed, "NG")
    assert (person.name, person.title) == (name, title)


@pytest.mark.parametrize(
    ("typed", "name"),
    [
        ("Rosalind 'roz' Achterberg", "Rosalind 'roz' Achterberg"),
        ("Kwabena 'KB' Owusu, art director", "Kwabena 'KB' Owusu"),
        ("siobhan o'rourke - hr", "siobhan o'rourke"),
    ],
)
def test_a_nickname_or_an_apostrophe_inside_a_name_is_kept(typed, name) -> None:
    assert split_person(typed, "GB").name == name


@pytest.mark.parametrize(
    "typed",
    ["'Oluchi", "Oluchi'", "Oluchi'.", "'Oluchi'.", "(Oluchi", "Oluchi)", '"Oluchi",'],
)
def test_a_greeting_never_carries_a_stray_quote_bracket_or_stop(typed) -> None:
    for own in (False, True):
        assert compose.greeting_name(Person(name=typed), own=own) == "Oluchi"
    person = Person(name="Oluchi Ede", called=typed)
    assert compose.greeting_name(person) == "Oluchi"


@pytest.mark.parametrize("typed", ["J.R. Castellano", "Dr. Castellano", "Ms. Ines Castellano"])
def test_the_stops_of_initials_and_titles_stay(typed) -> None:
    said = compose.greeting_name(Person(name=typed))
    assert said.endswith(("J.R.", "Castellano")), said
    assert "." in said


# -- (b) who the mail came from ----------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "name", "title"),
    [
        ("jobs@tidewell.example.gov.au - the mail came from 'Kaiah Morrow, Talent Partner', "
         "02 5550 1987", "Kaiah Morrow", "Talent Partner"),
        ("jobs@tidewell.example.gov.au - the email came from 'Kaiah Morrow'", "Kaiah Morrow",
         None),
        ("hiring@tidewell.example - invite sent by Ottoline Brisk", "Ottoline Brisk", None),
        ("hiring@tidewell.example - invite was sent by 'Ottoline Brisk, HR'", "Ottoline Brisk",
         "HR"),
    ],
)  # fmt: skip
def test_who_the_mail_came_from_is_the_coordinator(typed, name, title) -> None:
    person = split_person(typed, "AU")
    assert (person.name, person.title) == (name, title)


@pytest.mark.parametrize(
    "name", ["the email came", "the mail", "invite", "the invite", "an email", "calendar invite"]
)
def test_a_phrase_of_everyday_words_is_never_greeted(name) -> None:
    person = Person(name=name, email="jobs@tidewell.example", role=PersonRole.COORDINATOR)
    assert not compose.is_a_person(person, compose.greeting_name(person))


@pytest.mark.parametrize("name", ["bob", "grace mills", "mark", "hope adair", "rose"])
def test_a_name_that_is_also_a_word_is_still_a_name(name) -> None:
    first = name.split()[0]
    person = Person(name=name, email=f"{first}@tidewell.example")
    assert compose.is_a_person(person, compose.greeting_name(person))
