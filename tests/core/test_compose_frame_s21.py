"""The frame of a note (issue 10, session 21): who it thanks and how it closes. The v19 graders
saw thanks-lists that read like forms ('Please thank Lorraine, DeShawn, Capt. Lindqvist and
Nguyen for me, too': four names, a bare surname beside a titled peer), stilted openings ('I'm
glad I met you as well as Dwayne.') and stock offers ('I can take you through my track record
as it bears on the … role'). Each case here is new wording across trades and countries: a note
names at most two people, of one form of address, and the rest as a group; its offer is short
and concrete; company and role are each named at most twice; every note stays ready."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest

from followup.config import load_settings
from followup.core import compose
from followup.core.models import Format, Person, PersonRole, Profile
from followup.services import drafting, planning
from helpers_drafts import DAY, email_round

SETTINGS = load_settings(env={})


def _people(*typed: tuple[str, str | None]) -> list[Person]:
    return [Person(name, email, role=PersonRole.INTERVIEWER) for name, email in typed]


def _names_in(text: str, people: list[Person]) -> list[str]:
    """The people of `people` whose given name or surname `text` says."""
    out = []
    for p in people:
        words = [
            w for w in p.name.split() if not w.endswith(".") and w not in ("Mr", "Mrs", "Cllr")
        ]
        if any(re.search(rf"\b{re.escape(w)}\b", text, re.I) for w in words):
            out.append(p.name)
    return out


# --- whom a list names ----------------------------------------------------------------------

TITLED = _people(
    ("Dr. Amara Osei", None), ("Lorenzo Ricci", None), ("Capt. Ingrid Vos", None),
    ("tran", None), ("Prof. Hal Dunne", None),
)  # fmt: skip
GIVEN = _people(
    ("Mandla Khumalo", None), ("Ruth Adeyemi", None), ("Sipho Dube", None), ("Thandi Nkosi", None)
)
REST = ("everyone else I met", "the rest of the panel", "the others I spoke with")


@pytest.mark.parametrize("panel", [TITLED, GIVEN], ids=["titled", "given"])
def test_a_big_panel_is_thanked_by_two_names_and_the_rest(panel):
    said = compose.thanked(panel, Person("Someone Else"), True, rest=REST) or ""
    named = _names_in(said, panel)
    assert 1 <= len(named) <= 2, said
    assert any(said.endswith(r) for r in REST), said


def test_a_list_never_mixes_a_title_with_a_bare_name():
    said = compose.thanked(TITLED, Person("Someone Else"), True, rest=REST) or ""
    assert "Tran" not in said and "Lorenzo" not in said, said
    assert "Dr. Osei" in said and "Capt. Vos" in said, said


def test_two_people_are_named_and_nobody_else_is_added():
    two = GIVEN[:2]
    assert compose.thanked(two, Person("Someone Else"), True, rest=REST) == "Mandla and Ruth"


def test_a_panel_member_is_told_of_two_others_at_most():
    for reader in TITLED:
        said = compose._met_with(TITLED, reader, True) or ""
        assert len(_names_in(said, [p for p in TITLED if p is not reader])) <= 2, said


@pytest.fixture(scope="module")
def bank():
    return drafting.load_data(SETTINGS).language.bank


@pytest.mark.parametrize("slot", ["spec.panel", "card_spec.panel"])
def test_meeting_the_panel_is_said_plainly(bank, slot):
    for v in bank.slots[slot]:
        assert "as well as" not in v, v


# --- the offer and the close ----------------------------------------------------------------

STOCK = re.compile(
    r"track record|with the \{role\} role in mind|as it (?:bears on|relates to)|"
    r"go through my experience|at whatever length|walk you through my",
    re.I,
)


@pytest.mark.parametrize("slot", ["qual.none", "qual.none.plain", "wrap.none", "c_close.none"])
def test_the_offer_is_short_and_concrete(bank, slot):
    for v in bank.slots[slot]:
        assert not STOCK.search(v), v
        if slot.startswith("qual"):
            assert "{role}" not in v and "{company}" not in v, v  # the close names them


PROFILE = Profile("Noor Haddad", "noor@example.com")  # no qualification on record

ROUNDS = [
    # (company, role, country, interviewers, topic)
    ("Kestrel Logistics", "Warehouse Shift Lead", "US",
     [("Dana Whitfield", "dana@kestrel.example"), ("Marco Ruiz", "marco@kestrel.example"),
      ("Ollie Grant", "ollie@kestrel.example"), ("Dr. Jane Ahn", "jane@kestrel.example")],
     "the move to a second night shift in March"),
    ("Tŷ Gwyn Primary", "Year 4 Teacher", "GB",
     [("Mrs Rhian Evans", "rhian@tygwyn.example"), ("Mr Gethin Lloyd", "gethin@tygwyn.example"),
      ("Sara Pugh", "sara@tygwyn.example"), ("Cllr Alun Jones", "alun@tygwyn.example"),
      ("bethan", "bethan@tygwyn.example")],
     "the new phonics scheme"),
    ("Maple Ridge Credit Union", "Member Service Advisor", "CA",
     [("Priya Sandhu", "priya@mapleridge.example"), ("Luc Tremblay", "luc@mapleridge.example"),
      ("Karen Olafson", "karen@mapleridge.example")],
     "the branch's new mortgage renewal clinic"),
]  # fmt: skip


def _drafts(company, role, country, interviewers, topic, each):
    coordinator = Person("Jo Martin", f"jo@{company.split()[0].lower()}.example",
                         role=PersonRole.COORDINATOR)  # fmt: skip
    people = [coordinator, *_people(*interviewers)]
    i = email_round(company, role, people, format=Format.IN_PERSON, country=country,
                    topics=[topic])  # fmt: skip
    today = DAY + timedelta(days=1)
    plan = planning.Planner(SETTINGS, today)(i)
    batch = drafting.compose_drafts(SETTINGS, i, PROFILE, plan, each=each, today=today)
    return people, batch.written


@pytest.mark.parametrize("each", [False, True], ids=["plan", "each"])
@pytest.mark.parametrize("company,role,country,interviewers,topic", ROUNDS)
def test_no_note_reads_like_a_form(company, role, country, interviewers, topic, each):
    people, written = _drafts(company, role, country, interviewers, topic, each)
    assert written
    for w in written:
        body = w.draft.body
        assert w.verdict == "ready", (w.reasons, body)
        assert not STOCK.search(body), body
        assert body.count(company) <= 2 and body.count(role) <= 2, body
        others = [p for p in people if p.name != w.draft.to_name]
        for sentence in re.split(r"(?<=[.!?])\s+", body):
            assert len(_names_in(sentence, others)) <= 2, sentence
