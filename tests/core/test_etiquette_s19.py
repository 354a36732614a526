"""Whom to write to, as the round's notes say it (issue 10, session 19): the v17 graders saw
notes sent straight to interviewers where the jots said 'send everything through Orla', 'send
thank yous through kim', 'thank-yous go to the talent inbox', 'please don't email the ward'.
Each jot here is new wording of those shapes: the person to go through (by name, pronoun, role
or mailbox), the people not to write to (by name, by their title, or the whole team), and the
drafts that follow them and say so."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from followup.config import load_settings
from followup.core import etiquette
from followup.core.errors import InvalidInput
from followup.core.models import Channel, Format, Interview, Person, PersonRole, Profile
from followup.services import drafting, planning

SETTINGS = load_settings(env={})
ROUND = [
    Person("Orla Byrne", "orla@brightpath.example", title="agency recruiter",
           role=PersonRole.COORDINATOR),
    Person("Ciarán Lynch", "ciaran@liffeyside.example", title="Finance Manager"),
    Person("Principal Marcy Delorme", "marcy@liffeyside.example"),
    Person("Aoife Walsh", "aoife@liffeyside.example", title="AR supervisor"),
]  # fmt: skip
MAILBOX = [
    Person("talent mailbox", "talent@prairie.example", title="Corinne, talent partner",
           role=PersonRole.COORDINATOR),
    Person("Brent Halvorsen", "brent@prairie.example", title="HSE manager"),
    Person("Shauna Cardinal", "shauna@prairie.example", title="relations advisor"),
]  # fmt: skip


def words() -> etiquette.Words:
    return drafting.load_data(SETTINGS).etiquette


# jot -> (via, not written to directly)
ROUTES = [
    ("orla is handling everything, send to her not ciarán", "Orla Byrne", ["Ciarán Lynch"]),
    ("send thank yous through orla", "Orla Byrne", []),
    ("thank-yous go through the recruiter, not aoife", "Orla Byrne", ["Aoife Walsh"]),
    ("send everything through orla not the principal", "Orla Byrne",
     ["Principal Marcy Delorme"]),
    ("Orla arranges everything, said email is best", "Orla Byrne", []),
    ("orla is the contact for everything, cc her", "Orla Byrne", []),
    ("please don't email the team", None, ["Ciarán Lynch", "Principal Marcy Delorme",
                                           "Aoife Walsh"]),
    ("they asked us not to contact the panel directly", None,
     ["Ciarán Lynch", "Principal Marcy Delorme", "Aoife Walsh"]),
    ("ciarán will go to the board with it next week", None, []),
    ("send the principal my portfolio link", None, []),
]  # fmt: skip


@pytest.mark.parametrize(("jot", "via", "not_direct"), ROUTES)
def test_whom_to_write_to_is_read_from_the_notes(jot, via, not_direct):
    rules = etiquette.read(jot, ROUND, words())
    assert (rules.via.name if rules.via else None) == via, rules
    assert sorted(p.name for p in rules.not_direct) == sorted(not_direct), rules


def test_thank_yous_that_go_to_the_team_mailbox_go_through_it():
    jot = "corinne: thank-yous + questions go to the talent inbox, she forwards to the panel"
    rules = etiquette.read(jot, MAILBOX, words())
    assert rules.via is not None and rules.via.email == "talent@prairie.example", rules


DAY = date(2027, 4, 6)
PROFILE = Profile(
    "Siobhán Kearney", "siobhan@example.com",
    qualifications=["four years in credit control for a wholesaler"],
)  # fmt: skip


def each_notes(people: list[Person], notes: str) -> tuple[list[drafting.Written], list[str]]:
    i = Interview(
        company="Liffeyside Wholesale", role="Credit Controller", interviewed=DAY,
        format=Format.VIDEO, channel=Channel.EMAIL, country="IE", people=people,
        topics=["the move of aged debt reporting into the new collections module"], notes=notes,
    )  # fmt: skip
    today = DAY + timedelta(days=3)
    plan = planning.Planner(SETTINGS, today)(i)
    batch = drafting.compose_drafts(
        SETTINGS, i, PROFILE, plan, kind="email", each=True, today=today
    )
    return batch.written, batch.written[0].warnings if batch.written else []


def test_no_note_is_written_to_whom_the_notes_say_not_to_email():
    written, warnings = each_notes(ROUND, "orla is handling everything, send to her not ciarán")
    # session 20 (issue 10): his note is written for Orla to pass on, never emailed to him
    assert "ciaran@liffeyside.example" not in [w.draft.to_email for w in written]
    his = [w for w in written if w.draft.to_name == "Ciarán Lynch"]
    assert all(w.draft.to_email == "orla@brightpath.example" for w in his), his
    assert any("Ciarán Lynch directly" in x for x in warnings), warnings


def test_a_team_the_notes_say_not_to_email_gets_no_personal_note():
    with pytest.raises(InvalidInput, match="not to"):
        each_notes(ROUND, "outcome by email from orla, 'please don't email the team'")


def test_a_personal_note_sent_through_someone_says_so_and_not_alongside():
    written, _ = each_notes(ROUND, "send thank yous through orla")
    assert written
    for w in written:
        assert "through Orla Byrne" in w.purpose, w.purpose
        assert "orla@brightpath.example" in w.purpose, w.purpose
        assert "send it alongside" not in w.purpose, w.purpose
        assert w.verdict == "ready", (w.reasons, w.draft.body)
