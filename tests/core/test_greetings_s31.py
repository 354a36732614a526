"""Greetings that name people the way their own naming customs do (issue 10, "Names and
mechanics", session 31).

Kinds: (a) a Chinese, Korean or Vietnamese name of a family name and one given syllable is
greeted whole ('Dear Zhou Min,'), never by its family name alone as if it were a first name,
and a title goes before the family name ('Ms. Zhou'); (b) a word in capitals marks the
family name ('HUANG Jia Hui', 'Marguerite LEFEBVRE'); (c) a Hungarian family name typed
first ('Kovács Zsófia'); (d) a member of a religious order is greeted by the religious
name ('Sister Mary Bernadette'), a ward sister keeps her surname ('Sister Oyelaran'); (e)
Spanish and Portuguese compound given names are one name ('José Luis', 'María del Pilar'),
and the surnames after them stay together ('Ms. Bermúdez Vela'); (f) a title before a name
that is a given name is dropped for the name given name first ('Mr Chinedu' -> 'Chinedu',
'Mr. Eze Obinna' -> 'Obinna Eze'). Names are invented for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from followup.config import load_settings
from followup.core import compose, phrasing
from followup.core.models import Channel, Format, Interview, Person, PersonRole, Profile
from followup.core.records import parse_person
from followup.services import drafting, planning


def _greets(typed: str, us: str, gb: str | None = None) -> None:
    assert phrasing.salutation(typed, True) == us
    assert phrasing.salutation(typed, False) == (gb or us)
    assert compose.greeting_name(Person(name=typed), False) == (gb or us)


@pytest.mark.parametrize(
    ("typed", "us", "gb"),
    [
        ("Zhou Min", "Zhou Min", None),
        ("Choi Jun", "Choi Jun", None),
        ("Guo Tao", "Guo Tao", None),
        ("Pham Lan", "Pham Lan", None),
        ("zhou min", "Zhou Min", None),
        ("Ms. Zhou Min", "Ms. Zhou", "Ms Zhou"),
        ("Dr. Kim Lee", "Kim Lee", None),  # both family names: no order to trust, no title
        ("Tan Wei Ling", "Wei Ling", None),  # two given syllables: as before
        ("Lee Ashworth", "Lee", None),  # an English name
    ],
)
def test_a_family_name_first_with_one_given_syllable_is_greeted_whole(typed, us, gb) -> None:
    _greets(typed, us, gb)


@pytest.mark.parametrize(
    ("typed", "us", "family"),
    [
        ("ZHAO Lin", "Zhao Lin", "Zhao"),
        ("HUANG Jia Hui", "Jia Hui", "Huang"),
        ("Marguerite LEFEBVRE", "Marguerite", "Lefebvre"),
        ("OKONKWO Adaeze", "Adaeze", "Okonkwo"),
        ("SZABÓ Réka", "Réka", "Szabó"),
        ("DE LA ROSA Inés", "Inés", "de la Rosa"),
        ("Ms. Ines MOREAU", "Ms. Moreau", "Moreau"),
        ("Ms ZHAO Lin", "Ms. Zhao", "Zhao"),
        ("Tomasz Wierzba RN", "Tomasz", "Wierzba"),  # letters after a name are no family name
        ("AJ Okonjo", "AJ", "Okonjo"),  # initials are no family name
        ("Priscilla Vance CEO", "Priscilla", "Vance"),  # nor a job's letters
        ("Ms. Fang WANG", "Ms. Wang", "Wang"),
        ("Beatriz Souza MARQUES", "Beatriz", "Marques"),  # the first given name, as typed
        ("Juan Pablo ORTIZ", "Juan Pablo", "Ortiz"),
    ],
)
def test_a_family_name_in_capitals_marks_the_family_name(typed, us, family) -> None:
    assert phrasing.salutation(typed) == us
    assert phrasing.name_parts(typed).last == family


@pytest.mark.parametrize(
    ("typed", "us", "family"),
    [
        ("Kovács Zsófia", "Zsófia", "Kovács"),
        ("Szalai Bence", "Bence", "Szalai"),
        ("Ms. Horváth Eszter", "Ms. Horváth", "Horváth"),
    ],
)
def test_a_hungarian_family_name_typed_first(typed, us, family) -> None:
    assert phrasing.salutation(typed) == us
    assert phrasing.name_parts(typed).last == family


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("Sister Mary Bernadette Quill", "Sister Mary Bernadette"),
        ("Sister Anne Therese Moloney", "Sister Anne Therese"),
        ("Sister Mary Ann Kerrigan", "Sister Mary Ann"),
        ("Brother Francis Xavier Mbeki", "Brother Francis Xavier"),
        ("Sister Perpetua", "Sister Perpetua"),
        # a ward sister, or a priest: the surname, as before
        ("Sister Tamsin Oyelaran", "Sister Oyelaran"),
        ("Sister Kristine Joy Mercado", "Sister Mercado"),
        ("Father Emeka Nwosu", "Father Nwosu"),
        ("Rev. Hester Quaile", "Rev Quaile"),
    ],
)
def test_a_religious_sister_or_brother_is_greeted_by_the_religious_name(typed, said) -> None:
    assert phrasing.salutation(typed, False) == said
    assert compose.greeting_name(Person(name=typed), False) == said


@pytest.mark.parametrize(
    ("typed", "us", "last"),
    [
        ("José Luis Herrera Campos", "José Luis", "Herrera Campos"),
        ("María Fernanda Quiroga", "María Fernanda", "Quiroga"),
        ("Juan Pablo Ibarra", "Juan Pablo", "Ibarra"),
        ("Luiz Fernando Prates", "Luiz Fernando", "Prates"),
        ("Maria Eduarda Lins Paiva", "Maria Eduarda", "Lins Paiva"),
        ("María del Pilar Ocampo", "María del Pilar", "Ocampo"),
        ("Maria do Carmo Teles", "Maria do Carmo", "Teles"),
        ("Sra. Ana Lucía Bermúdez Vela", "Ms. Bermúdez Vela", "Bermúdez Vela"),
        # no compound: the first name, as before
        ("Ana Gómez Ruiz", "Ana", "Ruiz"),
        ("Laura Beth Hinton", "Laura", "Hinton"),
        ("Laura Elena Whitcombe", "Laura", "Whitcombe"),  # an English middle name
    ],
)
def test_a_compound_given_name_is_one_name(typed, us, last) -> None:
    assert phrasing.salutation(typed) == us
    assert phrasing.name_parts(typed).last == last


@pytest.mark.parametrize(
    ("typed", "us", "gb"),
    [
        ("Mr Chinedu", "Chinedu", None),
        ("Ms Siobhan", "Siobhan", None),
        ("Dr. Ingrid", "Ingrid", None),
        ("Mr. Eze Obinna", "Obinna Eze", None),
        ("Mrs. Nkemdirim Chiamaka", "Chiamaka Nkemdirim", None),
        ("Prof. Halvorsen Astrid", "Astrid Halvorsen", None),
        # a title before a family name, or a church's title before a given name: as before
        ("Mr. Okoro", "Mr. Okoro", "Mr Okoro"),
        ("Ms. Ngozi Adeyemi", "Ms. Adeyemi", "Ms Adeyemi"),
        ("Father Obinna", "Father Obinna", None),
    ],
)
def test_a_title_is_never_said_before_a_given_name(typed, us, gb) -> None:
    _greets(typed, us, gb)


def test_a_formal_name_follows_the_same_customs() -> None:
    assert phrasing.formal_name("Zhou Min") == "Zhou Min"
    assert phrasing.formal_name("ZHAO Lin") == "Zhao Lin"
    assert phrasing.formal_name("Mr Chinedu") == "Chinedu"
    assert phrasing.formal_name("José Luis Herrera Campos") == "José Luis Herrera Campos"


PROFILE = Profile(
    name="Imogen Dravet", email="imogen@example.com", qualifications=["Six years in QA"]
)
TODAY = date(2027, 4, 9)


def test_each_note_of_a_panel_greets_by_these_customs() -> None:
    typed = [
        "Guo Tao <guo.tao@lantern.example>",
        "Sister Mary Bernadette Quill <mbq@lantern.example>",
        "José Luis Herrera Campos <jl.herrera@lantern.example>",
        "Mr Chinedu <chinedu@lantern.example>",
    ]
    people = [parse_person("Ola Brandt <ola@lantern.example>", PersonRole.COORDINATOR, "c", "GB")]
    people += [parse_person(t, PersonRole.INTERVIEWER, "interviewer", "GB") for t in typed]
    i = Interview(
        company="Lantern Health",
        role="QA Lead",
        interviewed=date(2027, 4, 7),
        format=Format.IN_PERSON,
        channel=Channel.EMAIL,
        country="GB",
        people=people,
        topics=["the audit of the new ward software"],
    )
    settings = load_settings(env={})
    plan = planning.Planner(settings, TODAY)(i)
    batch = drafting.compose_drafts(
        settings, i, PROFILE, plan, kind="email", each=True, today=TODAY
    )
    bodies = "\n".join(w.draft.body for w in batch.written)
    for said in ("Guo Tao", "Sister Mary Bernadette", "José Luis", "Chinedu"):
        assert f"Dear {said}," in bodies, bodies
    for slip in ("Dear Guo,", "Dear Sister Quill,", "Dear José,", "Dear Mr Chinedu,"):
        assert slip not in bodies
