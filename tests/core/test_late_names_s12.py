"""Words that are not names never become names (drafts C, session 12, late fix). Forms of
address and titles of other languages ('Me', 'Seu', 'Dona', 'Mama', 'Bapak', 'Leiter',
'-buchō') are kept with the name they belong to, never said alone ('Dear Me,'), and a note
after a name ('- pas de mail', '(duzt)') is never a person. All jots in new wording."""

from __future__ import annotations

import tomllib
from importlib import resources

import pytest

from followup.core import compose, greetings, phrasing
from followup.core.models import Person
from followup.core.people import split_person


def greeted(jot: str, country: str = "US") -> str:
    """How a note greets the person of one jot (the culture's form first, as drafting does)."""
    typed = split_person(jot, country)
    person = Person(name=typed.name, title=typed.title)
    data = resources.files("followup.data").joinpath("drafting.toml").read_text("utf-8")
    address = greetings.Address.from_mapping(tomllib.loads(data)["address"])
    fixed = greetings.greeting_for(person, country, address)
    return fixed or compose.greeting_name(person)


@pytest.mark.parametrize(
    ("jot", "country", "greeting"),
    [
        # a form of address said with the family name, never alone
        ("Me Gagnon (avocate-conseil)", "CA", "Me Gagnon"),
        ("Me Hélène Bouchard", "CA", "Me Bouchard"),
        ("Maître Dubois, associé", "FR", "Maître Dubois"),
        ("Mtre Philippe Lavoie", "CA", "Mtre Lavoie"),
        ("Fr. Yılmaz", "DE", "Fr. Yılmaz"),
        ("Hr. Lindqvist", "DE", "Hr. Lindqvist"),
        # kept with the given name, as the person is addressed
        ("Seu Raimundo", "BR", "Seu Raimundo"),
        ("Dona Conceição Alves", "BR", "Dona Conceição"),
        ("Mama Neema Wanjiru", "KE", "Mama Neema"),
        ("Mzee Ochieng", "KE", "Mzee Ochieng"),
        ("Ibu Ratna Kusuma", "ID", "Ibu Ratna"),
        ("Bapak Agus", "ID", "Bapak Agus"),
        ("Sheikh Khalid Al-Mansoori", "AE", "Sheikh Khalid"),
        ("Ustaz Hakim", "MY", "Ustaz Hakim"),
        # a German job title before a name is the title, never the name
        ("Leiterin Einkauf Sabine Vogt", "DE", "Sabine"),
        ("Leiter Produktion Dr. Kessler", "DE", "Dr. Kessler"),
        # a Japanese rank: the family name with -san, never the rank or the given name
        ("Yamada-kachō", "JP", "Yamada-san"),
        ("Ito-buchou", "JP", "Ito-san"),
        ("Hiroshi Nakamura (buchō)", "JP", "Nakamura-san"),
        ("Fujita Ken, shachō", "JP", "Fujita-san"),
        # a note after the name is no person
        ("Élise – pas de mail", "FR", "Élise"),
        ("Jonas (duzt)", "DE", "Jonas"),
        ("Margaux (tutoiement)", "FR", "Margaux"),
        ("Ravi - no email", "IN", "Ravi"),
    ],
)
def test_a_form_of_address_is_never_the_name(jot, country, greeting):
    assert greeted(jot, country) == greeting


@pytest.mark.parametrize(
    ("jot", "country", "greeting"),
    [
        ("Mame Ndiaye", "SN", "Mame"),  # a given name, not 'Mama'
        ("Frances Okonjo", "GB", "Frances"),  # not 'Fr.'
        ("Lucia Dona", "IT", "Lucia"),  # Dona as a surname
        ("Carla Dona Ferreira", "BR", "Carla"),
        ("Meredith Baba", "US", "Meredith"),
        ("Ibuki Tanaka", "US", "Ibuki"),
        ("Pascal Meunier - pas dispo lundi", "FR", "Pascal"),
    ],
)
def test_a_real_given_name_or_surname_stays_a_name(jot, country, greeting):
    assert greeted(jot, country) == greeting


@pytest.mark.parametrize(
    ("names", "listed"),
    [
        (["Me Tessier", "Seu Joaquim", "Paulo Reis"], ["Me Tessier", "Seu Joaquim", "Paulo"]),
        (["Dona Irene", "Mama Zawadi Otieno"], ["Dona Irene", "Mama Zawadi"]),
        (["Kimura-buchō", "Aiko"], ["Kimura-san", "Aiko"]),
    ],
)
def test_a_list_of_names_never_names_a_form_of_address_alone(names, listed):
    people = [Person(name=n) for n in names]
    said = compose.listed_names(people, True)
    assert said == listed


def test_a_form_of_address_alone_is_no_given_name():
    for name in ("Me Tessier", "Mtre Roy", "Maître Caron"):
        assert phrasing.name_parts(name).first == ""
    assert phrasing.name_parts("Seu Joaquim Prado").first == "Seu Joaquim"
