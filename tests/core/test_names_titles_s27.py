"""Names and titles in drafts (issue 10, session 27): a title of any tradition is read as a
title and greeted with the surname ('Atty. Villaflor', 'Sister Ocampo'), never a guessed
'Mr.' against the title the record gives; a role word is never a person; a nickname typed
in quotes is said without its quotes, and a nickname typed before the full name in brackets
leaves the full name as the person's name."""

from __future__ import annotations

from datetime import date

import pytest

from followup.config import load_settings
from followup.core import compose, greetings, phrasing
from followup.core.models import Format, Interview, Person
from followup.core.people import split_person
from followup.services import drafting


@pytest.fixture(scope="module")
def address() -> greetings.Address:
    return drafting.load_data(load_settings()).language.address


@pytest.mark.parametrize(
    ("typed", "greeting"),
    [
        ("Atty. Rosalind Villaflor", "Atty. Villaflor"),
        ("Arch. Benedict Sarmiento", "Arch. Sarmiento"),
        ("Engr. Tobias Mwangi-Odera", "Engr. Mwangi-Odera"),
        ("Fr. Casimir Dunleavy", "Fr. Dunleavy"),
        ("Rev. Ottilie Brandauer", "Rev. Brandauer"),
        ("Chef Lorcan Pettigrew", "Chef Pettigrew"),
        ("Coach Wendeline Sato", "Coach Sato"),
        ("Prof. Ignatius Abernethy", "Prof. Abernethy"),
    ],
)
def test_a_title_is_greeted_with_the_surname(typed: str, greeting: str) -> None:
    person = Person(name=split_person(typed).name)
    assert compose.greeting_name(person) == greeting


@pytest.mark.parametrize("country", ["PH", "US", "IE", "GB"])
def test_sr_outside_the_spanish_speaking_world_is_a_sister(country, address) -> None:
    person = Person(name="Sr. Maria Consolata Ybañez", title="school principal")
    said = greetings.greeting_for(person, country, address)
    assert said == "Sister Ybañez"
    assert "Mr" not in (said or "")


@pytest.mark.parametrize("country", ["MX", "ES", "CO", "AR"])
def test_sr_in_the_spanish_speaking_world_is_senor(country, address) -> None:
    person = Person(name="Sr. Anselmo Quiroga", title="gerente")
    said = greetings.greeting_for(person, country, address) or compose.greeting_name(person)
    assert said.endswith("Quiroga")
    assert not said.startswith("Sister")


def test_a_sister_is_never_mr_in_a_panel_round(address) -> None:
    interview = Interview(
        company="Colegio San Ildefonso",
        role="Biology Teacher",
        interviewed=date(2026, 11, 20),
        format=Format.IN_PERSON,
        country="PH",
        people=[Person(name="Sr. Perpetua Lacson", title="principal")],
    )
    greeted = greetings.greeted_round(interview, address)
    said = compose.greeting_name(greeted.people[0])
    assert said == "Sister Lacson"


@pytest.mark.parametrize(
    "name",
    ["engr. lead", "Engr. Lead", "hr manager", "Ms. Supervisor"],
)
def test_a_role_word_is_never_a_person(name: str) -> None:
    person = Person(name=name, email="someone@example.com")
    assert not compose.is_a_person(person, compose.greeting_name(person))


@pytest.mark.parametrize(
    ("name", "greeting", "formal"),
    [
        ("'Skipper Dunne'", "Skipper Dunne", None),
        ('"Birdie"', "Birdie", "Birdie"),
        # a nickname beside a known first name: the first name when others are told of them
        ("Marguerite 'Daisy' Fenwick-Hale", "Marguerite", "Marguerite Fenwick-Hale"),
        ("Dr. Ysolde 'Sol' Arriaga", "Dr. Arriaga", "Dr. Arriaga"),
    ],
)
def test_a_nickname_is_said_without_its_quotes(name, greeting, formal) -> None:
    person = Person(name=name)
    said = compose.greeting_name(person)
    assert said == greeting
    assert not any(q in said for q in "'\"‘’“”")
    if formal is not None:
        assert phrasing.formal_name(name) == formal


@pytest.mark.parametrize(
    ("typed", "name", "title"),
    [
        (
            "engr ifeoma (Engr. Ifeoma Chukwuemeka) metering lead, i.chuk@grid.example.com",
            "Engr. Ifeoma Chukwuemeka",
            "metering lead",
        ),
        (
            "'Skipper Ned' (Ned Ashgrove) - coach / former player, ned.a@club.example.com",
            "Ned Ashgrove",
            "coach / former player",
        ),
        ("bazza (Barry Doyle) - site super", "Barry Doyle", "site super"),
    ],
)
def test_a_short_name_before_the_full_name_in_brackets(typed, name, title) -> None:
    person = split_person(typed)
    assert (person.name, person.title) == (name, title)


def test_a_listed_panel_names_no_role_word() -> None:
    people = [
        Person(name="Engr. Dapo Falana", email="d@x.example.com"),
        Person(name="Engr. Ifeoma Chukwuemeka", email="i@x.example.com"),
    ]
    said = compose.listed_names(people, True)
    assert said == ["Engr. Falana", "Engr. Chukwuemeka"]


@pytest.mark.parametrize(
    ("typed", "greeting"),
    [
        ("dr. van der kolk", "Dr. van der Kolk"),
        ("Mr. de la Fuente", "Mr. de la Fuente"),
        ("mrs. dela rosa", "Mrs. Dela Rosa"),
        ("Ms. O'Rourke-Vance", "Ms. O'Rourke-Vance"),
        ("mr. mcallister", "Mr. McAllister"),
    ],
)
def test_a_title_before_a_surname_with_its_particles_keeps_them(typed, greeting) -> None:
    assert compose.greeting_name(Person(name=typed)) == greeting


def test_a_capitalised_particle_before_a_given_name_is_the_given_name() -> None:
    assert compose.greeting_name(Person(name="Ms. La Toya Pembrook")) == "Ms. Pembrook"
    assert compose.greeting_name(Person(name="Dr. Van Aldersey")) == "Dr. Van Aldersey"


@pytest.fixture(scope="module")
def lexicon():
    return drafting.load_data(load_settings()).language.lexicon


def test_a_jot_naming_someone_by_their_title_alone_is_theirs(lexicon) -> None:
    people = [
        Person(name="Sr. Philomena Arceo"),
        Person(name="Mr. Gaspar Tolentino"),
        Person(name="Dr. Ines Marquez"),
    ]
    who, _ = compose.owner_of("sister asked about the retreat schedule", people, lexicon)
    assert who is people[0]
    who, _ = compose.owner_of("doctor: wants the lab audit done by june", people, lexicon)
    assert who is people[2]


def test_a_title_two_of_the_panel_share_names_no_one(lexicon) -> None:
    people = [Person(name="Engr. Kunle Adebisi"), Person(name="Engr. Ronke Olatunji")]
    who, _ = compose.owner_of("engr asked about relay grading", people, lexicon)
    assert who is None
