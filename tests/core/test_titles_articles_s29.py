"""Titles in greetings and the article before a public body (issue 10, session 29).

Kinds: (a) 'Reverend' is a style, not a form of address: a priest typed 'Rev. Fr.' is
greeted 'Fr' with his surname (a stop in American use), a 'Rev.' before another title of the
church is greeted by that title ('Rev. Canon', 'Rev Father'); a title of the church or a
religious order typed before a name is never greeted alone ('Dear Father,', 'Dear Bishop,',
'Dear Very,'; data person_words religious_titles, title_styles); other titles of a field
keep the form the user typed ('Prof.' / 'Professor', 'Capt.' / 'Captain'); (b) a public body
named '<Ministry/Department/Office/...> for ...' takes 'the' in running text like '... of ...'.
Names are invented for these tests."""

from __future__ import annotations

import pytest

from followup.config import load_settings
from followup.core import compose, phrasing
from followup.core.models import Person
from followup.services import drafting

DATA = drafting.load_data(load_settings(env={}))


@pytest.mark.parametrize(
    ("typed", "us", "gb"),
    [
        ("Rev. Fr. Anselm Okonjo", "Fr. Okonjo", "Fr Okonjo"),
        ("Rev Fr Anselm Okonjo", "Fr. Okonjo", "Fr Okonjo"),
        ("rev. fr. anselm okonjo", "Fr. Okonjo", "Fr Okonjo"),
        ("Very Rev. Fr. Anselm Okonjo", "Fr. Okonjo", "Fr Okonjo"),
        ("Rev Father Anselm Okonjo", "Father Okonjo", "Father Okonjo"),
        ("Father Anselm Okonjo", "Father Okonjo", "Father Okonjo"),
        ("Rev. Canon Hester Pryde", "Canon Pryde", "Canon Pryde"),
        ("Bishop Emeka Ajala", "Bishop Ajala", "Bishop Ajala"),
        ("Deacon Ilse Marang", "Deacon Marang", "Deacon Marang"),
        ("Monsignor Ciaran Dowd", "Monsignor Dowd", "Monsignor Dowd"),
        ("Rev. Dr. Hester Pryde", "Dr. Pryde", "Dr Pryde"),
        ("Rev. Hester Pryde", "Rev. Pryde", "Rev Pryde"),
    ],
)
def test_a_priest_or_a_church_title_is_greeted_by_the_form_of_address(typed, us, gb) -> None:
    assert phrasing.salutation(typed, True) == us
    assert phrasing.salutation(typed, False) == gb
    assert compose.greeting_name(Person(name=typed), False) == gb


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("Prof. Ilse Marang", "Prof. Marang"),
        ("Professor Ilse Marang", "Professor Marang"),
        ("Capt. Ilse Marang", "Capt. Marang"),
        ("Captain Ilse Marang", "Captain Marang"),
        ("Imam Tariq Osei", "Imam Osei"),
        ("Rabbi Noa Feld", "Rabbi Feld"),
        ("Pastor Bode Akin", "Pastor Akin"),
        ("Coach Remy Doll", "Coach Doll"),
        ("Chef Oriane Tass", "Chef Tass"),
        ("Engr. Bode Akin", "Engr. Akin"),
    ],
)
def test_a_title_of_a_field_keeps_the_form_typed(typed, said) -> None:
    assert compose.greeting_name(Person(name=typed)) == said


@pytest.mark.parametrize(
    ("company", "said"),
    [
        ("Ministry for Coastal Fisheries", "the Ministry for Coastal Fisheries"),
        ("Department for Rural Transport", "the Department for Rural Transport"),
        ("Office for Tenancy Standards", "the Office for Tenancy Standards"),
        ("Commission for Inland Waters", "the Commission for Inland Waters"),
        ("Department of Lands and Surveys", "the Department of Lands and Surveys"),
        ("Fisheries for Tomorrow", "Fisheries for Tomorrow"),
        ("Bank for Small Traders", "Bank for Small Traders"),
    ],
)
def test_a_public_body_for_something_takes_the(company, said) -> None:
    assert phrasing.company_phrase(company, DATA.language.lexicon) == said


def test_a_list_of_titled_people_keeps_a_priest_beside_the_others() -> None:
    panel = [
        Person("Rev. Fr. Anselm Okonjo", "ao@stbride.example"),
        Person("Mrs Greer Hollis", "gh@stbride.example"),
        Person("Engr. Bode Akin", "ba@stbride.example"),
    ]
    said = compose.thanked(panel, Person("Someone Else"), False) or ""
    assert "Fr Okonjo" in said and "Mrs Hollis" in said, said
