"""The subject line the notes ask for (issue 10, session 20, v19 graders): a reference number
to quote ('put job no. 88213 in the subject'), a phrase to keep in it, or a whole subject form
with the candidate's name in it. Each draft of the round then carries it. New wordings."""

from __future__ import annotations

from datetime import date

import pytest

from followup.config import load_settings
from followup.core import etiquette
from followup.core.models import Format, Person, PersonRole, Profile
from followup.services import drafting, planning
from helpers_drafts import email_round

WORDS = drafting.load_data(load_settings(env={})).etiquette
HR = Person("Dana Reyes", "careers@acme.example", title="posting 7781",
            role=PersonRole.COORDINATOR)  # fmt: skip
PANEL = [HR, Person("Lee Park", "lee@acme.example", title="analytics lead")]

# jot -> what the subject must hold, or the whole subject (=...)
SHAPES = [
    ("hr said put job no. 88213 in the subject line", "job no. 88213"),
    ("please quote vacancy ref HX/2231 on anything you send", "vacancy ref HX/2231"),
    ('dana: keep "Case 4471-B" in the subject, she files by it', "Case 4471-B"),
    ("dana wants the posting number in the subject when I write", "posting 7781"),
    ("the subject should read 'Warehouse Lead application - <your name>'",
     "=Warehouse Lead application - Alex Kim"),
    ("any thanks to dana citing WH-5520", "WH-5520"),
]  # fmt: skip
NONE = [
    "the 2031 budget is tight, they run 3 sites",
    "lee asked about my subject knowledge",
    "dana said job offers go out by the 14th",
    "job 100k + bonus, position 3 of 5 on the shortlist",
]


@pytest.mark.parametrize(("jot", "want"), SHAPES)
def test_the_subject_the_notes_ask_for_is_read_in_any_wording(jot, want):
    rule = etiquette.subject_rule(jot, PANEL, WORDS)
    assert rule is not None, jot
    got = rule.apply("Thank you for the interview", "Alex Kim")
    if want.startswith("="):
        assert got == want[1:]
    else:
        assert want in got and got.startswith("Thank you for the interview"), got


@pytest.mark.parametrize("jot", NONE)
def test_a_number_or_the_word_subject_alone_asks_for_nothing(jot):
    assert etiquette.subject_rule(jot, PANEL, WORDS) is None, jot


def test_every_draft_of_the_round_carries_the_reference():
    settings = load_settings(env={})
    i = email_round(
        "Acme",
        "Data Analyst",
        [Person(p.name, p.email, title=p.title, role=p.role) for p in PANEL],
        interviewed=date(2026, 11, 19),
        format=Format.VIDEO,
        tz="America/New_York",
        topics=["the Q3 dashboard migration"],
        notes="dana: reference REQ-3310 in the subject of anything you send",
    )
    me = Profile("Alex Kim", "alex@candidate.example", qualifications=["three years of SQL"])
    today = date(2026, 11, 23)
    plan = planning.Planner(settings, today)(i)
    for each in (False, True):
        batch = drafting.compose_drafts(settings, i, me, plan, kind="email", each=each, today=today)
        for w in batch.written:
            assert "REQ-3310" in (w.draft.subject or ""), w.draft.subject
