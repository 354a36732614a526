"""Whose topic a jot names in a panel (issue 10, session 39).

Dev graders of v28b found topics in the wrong reader's note: a jot that names its owner with
the words a colleague is spoken to by ('iyer sir's problem: …', 'khun ploy: …',
'fujimoto-san: …', 'kuya ben says …') was read as nobody's, and a question the candidate put
to one of them ('Q/A me to alastair: staffing? -> …') too; an exercise reworded by the user
lost the interviewer the jot named for it ('… breakdown scenario -> my steps. iyer sir: inform
production first') and went to whoever's title shared a word with it. Names are invented."""

from __future__ import annotations

from datetime import date

import pytest

from followup.config import load_settings
from followup.core import compose, phrasing
from followup.core.models import Format, Person, PersonRole
from followup.services import drafting
from helpers_drafts import email_round, stored_round

LEX = drafting.load_data(load_settings(env={}), "IN").language.lexicon
KEYS = ["rao", "venkat", "nok", "tanaka", "joy", "ben", "omar"]


@pytest.mark.parametrize(
    ("jot", "who", "rest"),
    [
        ("rao sir's problem: kiln 3 trips twice a shift", "rao", "kiln 3 trips twice a shift"),
        ("venkat sir: wants PM compliance above 90%", "venkat", "wants PM compliance above 90%"),
        ("khun nok: the pass backs up at 8pm", "nok", "the pass backs up at 8pm"),
        ("tanaka-san: QA finds tag bugs late", "tanaka", "QA finds tag bugs late"),
        ("ma'am joy asked abt my night audit", "joy", "my night audit"),
        ("kuya ben says the dock is short-staffed", "ben", "the dock is short-staffed"),
        ("Q/A me to omar: staffing? -> 2 sites each", "omar", "staffing? -> 2 sites each"),
        ("my q to rao: the shutdown plan", "rao", "the shutdown plan"),
    ],
)
def test_a_name_with_its_words_of_address_owns_the_jot(jot, who, rest):
    owned = phrasing.owned_topic(jot, KEYS, LEX)
    assert owned is not None and owned.who.lower() == who and owned.rest == rest


def test_words_of_address_alone_own_nothing():
    assert phrasing.owned_topic("sir said the kiln is old", KEYS, LEX) is None


def test_a_reworded_exercise_stays_with_whom_the_jot_named(followup_home):
    people = [
        Person("Mr Prakash Rao", "p.rao@kiln.example", role=PersonRole.INTERVIEWER,
               title="DGM Maintenance"),
        Person("M. K. Joshi", "mk.joshi@kiln.example", role=PersonRole.INTERVIEWER,
               title="Manager - Production"),
    ]  # fmt: skip
    jot = ("written test 15 Qs + breakdown scenario: conveyor jammed at 3am -> my steps. rao"
           " sir: inform production first")  # fmt: skip
    round_id = stored_round(
        email_round("Deccan Kilnworks", "Maintenance Supervisor", people,
                    interviewed=date(2027, 2, 10), format=Format.IN_PERSON, country="IN",
                    tz="Asia/Kolkata", topics=[jot]),
        "Hardik Mehta", "hardik@example.com",
    )  # fmt: skip
    settings = load_settings()
    drafting.rephrase_topics(
        settings, round_id,
        {0: "exercise: the conveyor breakdown scenario, and the reminder to inform production"},
    )  # fmt: skip
    from followup.services import records

    interview = compose.unbulleted_round(records.get_interview(settings, round_id))
    language = drafting.load_data(settings, "IN").language
    (spec,) = [s for s in compose.said_specifics(interview, language) if s.kind == "exercise"]
    assert spec.owner == "Mr Prakash Rao"
