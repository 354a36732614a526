"""How a note names people: the surname after a title (with its particles), the given names a
person goes by, honorifics all or none in a list, and people typed with a comment around them."""

from __future__ import annotations

import pytest

from followup.core import phrasing
from followup.core.compose import listed_names
from followup.core.models import Person
from followup.services import records


@pytest.mark.parametrize(
    ("typed", "greeting"),
    [
        # a title, then a full name whose surname starts with a particle
        ("Dr. Siobhán Nic Aodha (Lab Director)", "Dr Nic Aodha"),
        ("Ms. Maria Luisa Delos Santos", "Ms Delos Santos"),
        ("Prof. Dara Ó Conaill", "Prof Ó Conaill"),
        ("Mr. Pieter van der Walt", "Mr van der Walt"),
        # a patronym: no surname, the title goes before the given names
        ("Encik Ahmad Faizal bin Ismail", "Ahmad Faizal"),
        ("Ms Siti Hajar binti Osman", "Ms Siti Hajar"),
        # a family name typed first, or a surname typed in capitals
        ("Mrs. Goh Hui Min", "Mrs Goh"),
        ("Ms. Tran Thi Mai", "Ms Mai"),  # a Vietnamese name: the last given name
        ("Ms. Lucía Fernanda MORALES", "Ms Morales"),
        # three plain words after a title: the last is the surname
        ("Dr. Amara Grace Okonkwo", "Dr Okonkwo"),
    ],
)
def test_a_title_goes_with_the_surname_and_never_the_whole_name(typed, greeting) -> None:
    assert phrasing.salutation(typed, title_stop=False) == greeting


@pytest.mark.parametrize(
    ("typed", "greeting"),
    [
        ("Jia Hui Lim", "Jia Hui"),
        ("Seo Min-jun", "Min-jun"),
        ("Chua Pei Shan", "Pei Shan"),
        ("Nguyen Thi Hoa", "Hoa"),
        ("Pham Quoc Anh", "Anh"),
        ("Mary Joy Delos Reyes", "Mary Joy"),
        ("Angelica Mae Torres", "Angelica Mae"),
        ("Farah Nadia binti Kamal", "Farah Nadia"),
        ("Ma. Teresa Gonzaga", "Teresa"),
        # no compound given name here
        ("Kim Sorensen", "Kim"),
        ("Thomas Edward Wong", "Thomas"),
    ],
)
def test_a_first_name_greeting_keeps_every_given_name_a_person_goes_by(typed, greeting) -> None:
    assert phrasing.salutation(typed, title_stop=True) == greeting


def test_a_list_of_people_is_at_one_level_of_formality() -> None:
    mixed = [
        Person("Mr. R. V. Kulkarni (GM Works)"),
        Person("Ms. Anita Desai"),
        Person("Rohit Nair"),
    ]
    assert listed_names(mixed, title_stop=False) == ["Mr Kulkarni", "Ms Desai", "Rohit Nair"]
    every = [Person("Mr. Rao"), Person("Ms. Iyer")]
    assert listed_names(every, title_stop=False) == ["Mr Rao", "Ms Iyer"]
    assert listed_names([Person("Dr Ama Boateng"), Person("Kojo Mensah")], False) == [
        "Dr Boateng",
        "Kojo",
    ]
    assert listed_names(
        [Person("Dr Ama Boateng"), Person("Mr Yaw Darko"), Person("Kojo Mensah")], False
    ) == [
        "Dr Boateng",
        "Mr Darko",
        "Kojo Mensah",
    ]
    # first names only: as greeted; one typed by a single name stays as typed
    assert listed_names([Person("Kojo Mensah"), Person("Efua Ansah")], False) == ["Kojo", "Efua"]
    one = [Person("Mr. Vikram Sethi"), Person("Ritu Malhotra"), Person("Kabir")]
    assert listed_names(one, title_stop=False) == ["Mr Sethi", "Ritu Malhotra", "Kabir"]
    malay = [Person("Encik Faizal bin Omar"), Person("Ms Siti Hajar binti Osman")]
    assert listed_names(malay, title_stop=False) == ["Faizal", "Ms Siti Hajar"]


@pytest.mark.parametrize(
    ("typed", "name", "title"),
    [
        (
            "Renata (scheduling lead) - 415-555-0190, rings from a blocked number",
            "Renata",
            "scheduling lead",
        ),
        ("Obi @ talent ops - texted me the invite", "Obi", None),
        ("Priscilla in people ops booked it, 206-555-0177", "Priscilla", None),
        ("mr hollins - head of year, KS3", "mr hollins", "head of year, KS3"),
        ("Gareth Lloyd - site supervisor, mob 503-555-0178", "Gareth Lloyd", "site supervisor"),
        (
            "senior staff nurse educator bronagh (surname?)",
            "bronagh",
            "senior staff nurse educator",
        ),
        ("Marisol (front desk) - 480-555-0133, she texts the rota", "Marisol", "front desk"),
    ],
)
def test_a_comment_a_label_or_a_workplace_typed_around_a_person_is_never_the_name(
    typed, name, title
) -> None:
    person = records.people_from(typed, [])[0]
    assert (person.name, person.title) == (name, title)


def test_a_group_is_not_named_in_a_list_of_people() -> None:
    from followup.core.compose import thanked

    panel = [Person("Mrs Okafor"), Person("parent panel"), Person("Mr Reid")]
    # the group is thanked among 'the others I spoke with' (b76beec), never by its label
    assert thanked(panel, Person("Someone Else"), False) == (
        "Mrs Okafor, Mr Reid and the others I spoke with"
    )
