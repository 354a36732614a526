"""A form of address that goes with the given name (Aunty, Uncle, Kuya, Ate, Tita, Whaea,
Elder, Brother, Mama, Bapak, Ibu ...) keeps the name it goes with, in any case as typed
('kuya rodel bautista' -> 'Kuya Rodel'), in the greeting and in every list of names; it is
never said alone as if it were a name ('My thanks to Leah, Uncle and Sam'). A kinship form
that an English business note leaves out (the Philippines' Kuya, Ate and Tita; Auntie outside
AU/NZ, where Aunty and Uncle are Elders' titles) is dropped whole, and the note greets the
given name alone ('Dear Rodel,'), as the forms of 'sir' and 'ma'am' are (issue 10, 4b17885)."""

from __future__ import annotations

import re
import tomllib
from datetime import date
from importlib import resources

import pytest

from followup.config import load_settings
from followup.core import greetings, phrasing
from followup.core.models import Channel, Format, Interview, Person, PersonRole, Profile
from followup.services import drafting, planning

PROFILE = Profile(
    name="Noor Haddad", email="noor@example.com", qualifications=["Led 12 community workshops"]
)
TODAY = date(2027, 6, 10)

FORMS = [
    ("AU", "aunty lorraine briggs", "Aunty Lorraine"),
    ("AU", "Uncle Stan Walker", "Uncle Stan"),
    ("NZ", "whaea hinemoa parata", "Whaea Hinemoa"),
    ("NZ", "Matua Rawiri Kingi", "Matua Rawiri"),
    ("PH", "kuya rodel bautista", "Kuya Rodel"),
    ("PH", "Ate Cherry Villanueva", "Ate Cherry"),
    ("PH", "tita marites ocampo", "Tita Marites"),
    ("CA", "elder joan whitecloud", "Elder Joan"),
    ("GB", "Auntie Precious Mensah", "Auntie Precious"),
    ("US", "brother anthony keller", "Brother Anthony"),
    ("ID", "ibu sari wulandari", "Ibu Sari"),
    ("KE", "mama wanjiru kamau", "Mama Wanjiru"),
]
# kinship forms an English business note leaves out: the greeting is the given name alone
DROPPED = {"Kuya Rodel", "Ate Cherry", "Tita Marites", "Auntie Precious"}


@pytest.mark.parametrize(("country", "typed", "said"), FORMS)
def test_a_form_of_address_is_said_with_its_given_name(country, typed, said):
    assert phrasing.salutation(typed) == said
    assert phrasing.name_parts(typed).first == said


def interview(country: str, typed: str, role: str | None) -> Interview:
    return Interview(
        company="Riverbend Arts Trust",
        role="Community Programs Officer",
        interviewed=date(2027, 6, 8),
        format=Format.VIDEO,
        channel=Channel.EMAIL,
        country=country,
        people=[
            Person("Leah Morgan", "l.morgan@riverbend.example", title="people team",
                   role=PersonRole.COORDINATOR),
            Person("Sam Ortiz", "s.ortiz@riverbend.example", title="program lead"),
            Person(typed, "elder@riverbend.example", title=role),
            Person("Priya Das", "p.das@riverbend.example", title="curator"),
        ],
        topics=["the winter storytelling evenings"],
    )  # fmt: skip


def drafts(i: Interview) -> dict[str, str]:
    settings = load_settings(env={})
    plan = planning.Planner(settings, TODAY)(i)
    out = {}
    for each in (False, True):
        batch = drafting.compose_drafts(
            settings, i, PROFILE, plan, kind="email", each=each, today=TODAY
        )
        for w in batch.written:
            out[w.draft.to_email or ""] = w.draft.body
    return out


@pytest.mark.parametrize(("country", "typed", "said"), FORMS)
@pytest.mark.parametrize("role", [None, "community liaison", "typed"])
def test_no_note_says_a_form_of_address_alone(country, typed, said, role):
    if role == "typed":  # the role typed after the name: 'aunty x y (cultural advisor)'
        typed, role = f"{typed} (cultural advisor)", None
    out = drafts(interview(country, typed, role))
    form, given = said.split()[0], said.split()[-1]
    greeting = given if said in DROPPED else said
    assert re.search(rf"^Dear {greeting}[,:]", out["elder@riverbend.example"], re.M), out
    if said in DROPPED:
        assert not any(re.search(rf"\b{form}\b", body) for body in out.values()), out
    for body in out.values():
        # the form is followed by its given name wherever it is written
        for m in re.finditer(rf"\b{form}\b", body):
            assert body[m.start():].startswith(said), body  # fmt: skip


@pytest.mark.parametrize(
    ("notes", "who", "called"),
    [
        ("rodel asked me to call him kuya rodel before we logged off", "rodel", "Kuya Rodel"),
        ("Sari said to call her ibu sari from now on", "sari", "Ibu Sari"),
        ("anthony prefers to be called brother anthony", "anthony", "Brother Anthony"),
        ("At the close Cherry asked us to call her ate cherry", "cherry", "Ate Cherry"),
    ],
)
def test_an_asked_for_name_keeps_the_name_after_its_form_of_address(notes, who, called):
    text = resources.files("followup.data").joinpath("drafting.toml").read_text("utf-8")
    address = greetings.Address.from_mapping(tomllib.loads(text)["address"])
    assert greetings.asked_names(notes, address) == {who: called}
