"""One message only (issue 10, session 20, v19 graders): notes that ask for a single note
through one person ('one email to the box, not one each'), for notes through them only, that
say the panel is not to be written to one by one, or that its members cannot receive anything
from candidates, leave no room for a personal note to each interviewer, not even one sent
through the go-between. Every jot is new wording."""

from __future__ import annotations

from datetime import date

import pytest

from followup.config import load_settings
from followup.core import etiquette
from followup.core.errors import InvalidInput
from followup.core.models import Format, Interview, Person, PersonRole, Profile
from followup.services import drafting, planning
from helpers_drafts import email_round

ROUND = [
    Person("Nkechi Obi", "nkechi@talentworks.example", title="agency consultant",
           role=PersonRole.COORDINATOR),
    Person("Harold Finch", "hfinch@morrowbay.example", title="plant manager"),
    Person("Ines Duarte", "ines@morrowbay.example", title="shift lead"),
    Person("Tobias Wren", "twren@morrowbay.example", title="maintenance supervisor"),
]  # fmt: skip


def words() -> etiquette.Words:
    return drafting.load_data(load_settings(env={})).etiquette


SINGLE = [
    "just the one email to nkechi please, she circulates it to the others",
    "harold wants a single combined thank-you via nkechi rather than one per person",
    "thanks to nkechi alone - she shares them out",
    "write to nkechi, never to the panel separately",
    "the interviewers may not accept messages from applicants while the post is open; any thanks"
    " to nkechi",
    "send any thank you to nkechi@ and nowhere else, the panel isn't contacted individually",
]
NOT_SINGLE = [
    "nkechi is the one who set it up",
    "nkechi is the one to email, harold reads the shared inbox",
    "only three candidates left, nkechi said",
    "send thanks to each of them separately",
    "tobias said one of the presses is down",
    "interviewers are not to be contacted, nkechi relays any notes",
]


@pytest.mark.parametrize("jot", SINGLE)
def test_one_message_only_is_read_in_any_wording(jot):
    assert etiquette.read(jot, ROUND, words()).single, jot


@pytest.mark.parametrize("jot", NOT_SINGLE)
def test_a_number_or_a_relay_of_several_notes_is_not_one_message_only(jot):
    assert not etiquette.read(jot, ROUND, words()).single, jot


def test_members_who_cannot_receive_anything_are_not_written_to():
    rules = etiquette.read(
        "panel members can't receive mail from candidates; anything goes to nkechi",
        ROUND,
        words(),
    )
    assert rules.via is not None and rules.via.name == "Nkechi Obi"
    assert {p.name for p in rules.not_direct} == {"Harold Finch", "Ines Duarte", "Tobias Wren"}
    assert rules.single


SETTINGS = load_settings(env={})
TODAY = date(2026, 11, 23)
ME = Profile("Alex Kim", "alex@candidate.example", phone="+1 212 555 0100",
             qualifications=["three years running a packing line"])  # fmt: skip


def _round(notes: str) -> Interview:
    return email_round(
        "Morrow Bay Foods",
        "Line Supervisor",
        [Person(p.name, p.email, title=p.title, role=p.role) for p in ROUND],
        interviewed=date(2026, 11, 19),
        format=Format.IN_PERSON,
        tz="America/New_York",
        topics=["the new packing line"],
        notes=notes,
    )


def test_each_writes_no_personal_note_where_the_notes_ask_for_one_message():
    i = _round("nkechi: one thank-you covering everybody, sent to her - not a note each")
    plan = planning.Planner(SETTINGS, TODAY)(i)
    with pytest.raises(InvalidInput, match="one message"):
        drafting.compose_drafts(SETTINGS, i, ME, plan, kind="email", each=True, today=TODAY)
    (note,) = drafting.compose_drafts(SETTINGS, i, ME, plan, kind="email", today=TODAY).written
    assert note.draft.to_email == "nkechi@talentworks.example"
