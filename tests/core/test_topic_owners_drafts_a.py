"""Whose a topic is and how it may be said to them (drafts A, session 10): a name before a
bracketed title ('ruth (ward manager): …'), a possessive problem with '=' ("kofi's
bottleneck = …"), a wish ('ines wants …') and a nickname in quotes make that person its
owner; the user's own judging word ('chaos', 'a mess', 'ancient') is never sent to them; and a
thing they mean to leave ('instead of the paper forms') is said as replacing it, never as
something the candidate would help with."""

from __future__ import annotations

from datetime import date

import pytest

from followup.config import load_settings
from followup.core import compose
from followup.core.models import Format, Interview, Person, PersonRole
from followup.services import drafting

DATA = drafting.load_data(load_settings(env={}))
PEOPLE = [
    Person(name="Ruth Achterberg", email="ra@x.example", role=PersonRole.INTERVIEWER),
    Person(name="Kofi Mensah-Bonsu", email="km@x.example", role=PersonRole.INTERVIEWER),
    Person(name="Inés Carvalho", email="ic@x.example", role=PersonRole.INTERVIEWER),
    Person(name="Margaret 'Peggy' Lowe", email="pl@x.example", role=PersonRole.INTERVIEWER),
]


def _specifics(topic: str) -> list[compose.Specific]:
    interview = Interview(
        company="Harwell Community Health",
        role="operations coordinator",
        interviewed=date(2027, 4, 6),
        format=Format.IN_PERSON,
        country="US",
        people=list(PEOPLE),
        topics=[topic],
    )
    return compose.specifics_of(interview, DATA.language)


@pytest.mark.parametrize(
    ("jotted", "owner"),
    [
        ("ruth (ward manager): discharge delays on friday", "Ruth Achterberg"),
        ("kofi (ops lead) - pick rates on nights", "Kofi Mensah-Bonsu"),
        ("kofi's bottleneck = customs paperwork at the border", "Kofi Mensah-Bonsu"),
        ("inés wants a self-serve portal for suppliers", "Inés Carvalho"),
        ("peggy: the spring fair budget", "Margaret 'Peggy' Lowe"),
    ],
)
def test_the_note_names_its_owner(jotted: str, owner: str) -> None:
    (s,) = _specifics(jotted)
    assert s.owner == owner


@pytest.mark.parametrize(
    "jotted",
    [
        "ruth: discharge paperwork chaos",
        "kofi - the rota spreadsheet, a total mess",
        "inés: customs paperwork nightmare at the port",
        "peggy wants to move off the ancient donor CRM",
        "ruth: shambolic handover between shifts",
        "kofi: clunky scanner app on the dock",
    ],
)
def test_the_users_judging_word_is_never_sent(jotted: str) -> None:
    rude = DATA.language.lexicon.standalone["disparaging"]
    for s in _specifics(jotted):
        if s.usable:
            for said in (s.text, s.about):
                assert not set(said.lower().split()) & rude, said


@pytest.mark.parametrize(
    ("jotted", "left"),
    [
        ("inés wants a self-serve portal instead of the paper supplier forms", "paper supplier"),
        ("ruth: plan to scrap the fax referrals by june", "fax referrals"),
        ("kofi wants to replace the manual dock booking", "manual dock booking"),
        ("peggy - moving off the old volunteer rota spreadsheet", "volunteer rota"),
    ],
)
def test_a_thing_they_mean_to_leave_is_never_one_to_help_with(jotted: str, left: str) -> None:
    cues = DATA.language.lexicon.standalone["leaving_cues"]
    for s in _specifics(jotted):
        if s.usable and left in s.text:
            said_so = s.text.startswith("replacing ") or any(f" {c} " in s.text for c in cues)
            assert said_so and s.kind == "plan", s  # 'the plan to scrap the fax referrals'
            assert s.kind != "challenge"


@pytest.mark.parametrize(
    ("name", "greeting"),
    [
        # the name they go by greets them in their own note (s12, a user's report: 'Dear
        # Patricia' to someone who goes by Trish); lists to others use the first name
        ("Robert 'Bobby' Castellano", "Bobby"),
        ('Oluwaseun "Seun" Adeyemi', "Seun"),
        ("Dr. Margaret 'Peggy' Lowe", "Dr. Lowe"),  # a title and surname stay as they are
        ("Seán O'Neill", "Seán"),  # an apostrophe in a surname is no nickname
    ],
)
def test_a_person_is_greeted_by_the_name_they_go_by(name: str, greeting: str) -> None:
    person = Person(name=name, email="x@x.example", role=PersonRole.INTERVIEWER)
    assert compose.panel_greeting(person, [person]) == greeting
