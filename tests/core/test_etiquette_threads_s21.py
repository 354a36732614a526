"""A reply in a thread already open (issue 10, session 21): the v19 graders saw 'keisha:
reply to her teams invite email so it stays on req R-20931 - don't start a new thread' read as
a plain email to Keisha, and a thread route refused as 'not an email'. Each jot here is new
wording of that shape, across trades and countries: the plan and the draft say to send the note
as a reply in that thread (Subject 'Re: …' when the notes quote the thread's subject), never
refuse the email."""

from __future__ import annotations

from datetime import timedelta

import pytest

from followup.config import load_settings
from followup.core import etiquette
from followup.core.models import Format, Person, PersonRole, Profile
from followup.services import drafting, planning
from helpers_drafts import DAY, email_round

SETTINGS = load_settings(env={})
# the talent partner who sent the invite, and two who interviewed
PEOPLE = [
    Person(name, f"{name.split()[0][0].lower()}{name.split()[1].lower()}@harborview.example",
           title=title, role=role)
    for name, title, role in (
        ("Marisol Quintero", "talent partner", PersonRole.COORDINATOR),
        ("Desmond Achebe", "nurse manager", PersonRole.INTERVIEWER),
        ("Gwen Parry", "charge nurse", PersonRole.INTERVIEWER),
    )
]  # fmt: skip
WORDS = drafting.load_data(SETTINGS).etiquette


# jot -> whom the reply goes to
THREADS = [
    ("marisol: just reply to her zoom invite so it stays with the req", "Marisol Quintero"),
    ("hit reply on the scheduling email rather than a new one", "Marisol Quintero"),
    ("answer in the same chain as the booking confirmation", "Marisol Quintero"),
    ("keep everything on marisol's thread pls", "Marisol Quintero"),
    ("respond to desmond's email from tuesday, don't start a fresh thread", "Desmond Achebe"),
    ("reply-all on the interview confirmation", "Marisol Quintero"),
    ("thank-yous to marisol - do not open a new thread", "Marisol Quintero"),
]


@pytest.mark.parametrize(("jot", "to"), THREADS)
def test_a_reply_in_an_open_thread_is_read_in_any_wording(jot, to):
    rules = etiquette.read(jot, PEOPLE, WORDS)
    assert rules.via is not None and rules.via.name == to, rules
    assert rules.how == "thread", rules
    assert rules.thread is not None, rules


NOT_THREADS = [
    "no need to reply to the invite",
    "gwen replies to emails within a day",
    "send thank yous through marisol",
    "desmond said the thread about rostering was long",
]


@pytest.mark.parametrize("jot", NOT_THREADS)
def test_words_of_replying_alone_ask_for_no_thread(jot):
    assert etiquette.read(jot, PEOPLE, WORDS).how != "thread"


def test_a_quoted_subject_names_the_thread_whole():
    jot = "reply to the 'Interview - RN, 4 West (req 5521)' email from marisol"
    rules = etiquette.read(jot, PEOPLE, WORDS)
    assert rules.via is not None and rules.via.name == "Marisol Quintero"
    assert rules.thread_subject == "Interview - RN, 4 West (req 5521)"


def _round(notes: str, country: str = "US"):
    return email_round(
        "Harborview Health", "Registered Nurse", PEOPLE, format=Format.VIDEO, country=country,
        topics=["the new discharge lounge on 4 West"], notes=notes,
    )  # fmt: skip


PROFILE = Profile(
    "Imani Clarke", "imani@example.com", qualifications=["five years on a med-surg floor"]
)


def _drafts(notes: str, each: bool = False, country: str = "US"):
    i = _round(notes, country)
    today = DAY + timedelta(days=1)
    plan = planning.Planner(SETTINGS, today)(i)
    return plan, drafting.compose_drafts(SETTINGS, i, PROFILE, plan, each=each, today=today)


def test_the_plan_says_to_reply_in_the_thread():
    plan, _ = _drafts("marisol: hit reply on her teams invite, don't start a new chain")
    assert plan.route is not None and plan.route.how == "thread"
    said = " ".join(plan.reasons)
    assert "as a reply to" in said and "Teams invite" in said, said
    # the pinned shape: the route's keys never change
    assert set(plan.to_dict()["recipient"]["as_notes_say"]) == {
        "name",
        "email",
        "how",
        "cc",
        "said",
    }


def test_the_draft_is_an_email_sent_as_a_reply():
    _, batch = _drafts("answer in the same chain marisol started")
    (w,) = batch.written
    assert w.draft.kind == "email" and w.draft.to_email == "mquintero@harborview.example"
    assert "as a reply to" in w.purpose and "stays in that thread" in w.purpose, w.purpose
    assert w.verdict == "ready", (w.reasons, w.draft.body)


def test_the_quoted_subject_becomes_re_subject():
    _, batch = _drafts("reply to the 'Your interview with Harborview Health' email from marisol")
    (w,) = batch.written
    assert w.draft.subject == "Re: Your interview with Harborview Health"


def test_personal_notes_go_through_the_thread_too():
    _, batch = _drafts("go through marisol, reply on her invite thread", each=True, country="GB")
    assert batch.written
    for w in batch.written:
        assert w.draft.to_email == "mquintero@harborview.example", w.draft
        assert "as a reply to" in w.purpose, w.purpose
