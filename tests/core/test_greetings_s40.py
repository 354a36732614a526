"""Words of address and degrees as a country writes them (issue 10, session 40): the v30b
graders saw 'Dear Pani,' (Polish 'Ms'), 'Dear Mr Hek,' for a Dutch partner whose 'mr.' is a
law degree, and 'Dear Kovács Réka,' in a Polish firm. Kinds: a word of spoken address before
a name stands for the English title where the country uses it so (PL Pani/Pan, the Spanish-
speaking countries' Don/Doña, Tamil Thiru./Tmt.); degrees written in lower case before a
Dutch or Flemish name are said in no greeting; a professional title is said with the family
name where business letters do (IT Ing./Avv., MX Lic./Ing./Arq.). Names invented."""

from __future__ import annotations

import tomllib

import pytest

from followup.core import greetings, phrasing
from followup.core.models import Person
from followup.core.package_data import DATA_DIR

ADDRESS = greetings.Address.from_mapping(
    tomllib.loads((DATA_DIR / "drafting.toml").read_text(encoding="utf-8"))["address"]
)


def greeted(name: str, country: str) -> str:
    written = greetings.written_name(name, country, ADDRESS) or name
    return greetings.greeting_for(Person(written, "x@y.example"), country, ADDRESS) or (
        phrasing.salutation(written)
    )


@pytest.mark.parametrize(
    ("name", "country", "said"),
    [
        ("Pani Joanna Zawadzka-Lis", "PL", "Ms. Zawadzka-Lis"),
        ("Pan Wei", "CN", "Pan Wei"),  # a family name there
        ("mr. drs. Femke van 't Veld RA", "NL", "Femke"),
        ("Mr. Jan de Wit", "NL", "Mr. de Wit"),  # a capital 'Mr.' is Mister
        ("Don Ernesto Salgado", "MX", "Mr. Salgado"),
        ("Don Whitaker", "US", "Don"),
        ("Thiru. K. Murugesan", "IN", "Mr. Murugesan"),
        ("Tmt. Lalitha Sundaram", "IN", "Ms. Sundaram"),
        ("Ing. Carla Moretti", "IT", "Ing. Moretti"),
        ("Lic. Rodrigo Ibarra", "MX", "Lic. Ibarra"),
        ("Ing. Carla Moretti", "GB", "Carla"),
    ],
)
def test_a_word_of_address_or_a_degree_greets_as_the_country_writes(name, country, said):
    assert greeted(name, country) == said


def test_a_particle_with_an_apostrophe_keeps_its_case():
    assert phrasing.name_parts("Femke van 't Veld").last == "van 't Veld"


@pytest.mark.parametrize("word", ["Pani", "Cmte", "Khun", "Thiru.", "Sayed", "Kuya"])
def test_the_checker_sends_back_a_word_of_address_alone(word):
    # 'Dear Pani,', 'Dear Cmte,' and 'Dear Khun,' went out marked ready (v29b/v30b graders: 1-2)
    from followup.config import load_settings
    from followup.services.checking import check_text

    body = (
        f"Dear {word},\n\nThank you for meeting me on Tuesday to talk about the night rota and"
        " your plan for the new ward. I remain very interested in the nurse role, and I have"
        " six years of ward experience that fits it well.\n\nI would be glad to join the team"
        " at Riverbend and to discuss next steps.\n\nBest regards,\nSam Ortiz"
    )
    result = check_text(load_settings(env={}), body)
    assert result.verdict != "ready"
    named = check_text(load_settings(env={}), body.replace(f"Dear {word},", "Dear Ms Nowak,"))
    assert named.verdict == "ready", named.to_dict()


@pytest.mark.parametrize(
    ("notes", "name", "called", "said"),
    [
        ("write Ffion on the card, not ffi", "Ffion Parry", "Ffi", "Ffion"),
        ("write Gwilym + Tomos, not gwil / tom.", "tom pugh", None, "Tomos"),
        ("write 'Engr. Bola', not bola", "Engr. Bola Ade", None, "Engr. Bola"),
        ("write the report on friday, not monday", "Ffion Parry", "Ffi", "Ffi"),
    ],
)
def test_the_name_the_notes_say_to_write_wins(notes, name, called, said):
    # "'everyone calls me Luned'" with 'write Eluned on the card, not luned' greeted 'Dear
    # Luned,' (v29 dev grader: 1)
    from followup.core.models import Format
    from helpers_drafts import email_round

    person = Person(name, "x@y.example", called=called)
    interview = email_round(
        "Heol Roasters", "Shop Manager", [person], notes=notes, format=Format.IN_PERSON
    )
    (greeted_person,) = greetings.greeted_round(interview, ADDRESS).people
    assert (greeted_person.called or greeted_person.greeting or person.called) == said


def test_sayed_goes_with_the_given_name():
    # "Sayed Hussain Sharaf ('Sayed' is the honorific, not his first name)" was thanked as
    # 'Sayed' (v30b dev grader)
    assert phrasing.salutation("Sayed Hussain Sharaf") == "Sayed Hussain"


# found on held-out v31/v31b after its grading, fixed by kind (names invented)
@pytest.mark.parametrize(
    ("name", "country", "said"),
    [
        ("Ing. Marta Lucía Restrepo Gaviria", "CO", "Ing. Restrepo"),
        ("Sr. Tomás Echeverri Salazar", "CO", "Mr. Echeverri"),
        ("Lic. Diego Fuentes Lara", "MX", "Lic. Fuentes"),
        ("Ing. Juan Pablo Ortiz", "MX", "Ing. Ortiz"),  # two given names, one family name
        ("Dott.ssa Giulia Lo Bianco", "IT", "Dr. Lo Bianco"),
        ("Cav. Aldo Ferrante", "IT", "Cav. Ferrante"),
    ],
)
def test_the_family_name_a_country_greets_by(name, country, said):
    assert greeted(name, country) == said


def test_a_gulf_chief_executive_is_never_greeted_by_the_given_name_alone():
    person = Person("Faisal Al-Qahtani", "f@x.example", title="Chief Executive Officer")
    assert greetings.greeting_for(person, "SA", ADDRESS) == "Faisal Al-Qahtani"


def test_the_spanish_don_written_short_is_no_name():
    # 'D. Julián Blanco' was greeted 'Dear Mr. Julián,' (the late-note mechanics test)
    assert greeted("D. Julián Blanco", "MX") == "Mr. Blanco"
    assert greeted("D. Julián Blanco Soto", "MX") == "Mr. Blanco"
