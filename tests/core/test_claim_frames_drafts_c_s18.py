"""A claim is framed by what it is (issue 10, session 18): a degree or a credential said right
after the sentence that names what it answers is never 'work I know well'; a course or a
credential only begun is never the experience the candidate would bring; and the plan's note
ties its claim to a topic only when the claim answers it in meaning, never by words of one
broad field ('bolts' and 'electrical'). New wordings and trades: a lift company, a wholesaler,
an accountancy practice, a lido."""

from __future__ import annotations

import re
from datetime import date

import pytest

from followup.config import load_settings
from followup.core import compose, phrasing
from followup.core.models import Profile
from followup.core.plan import Plan
from followup.core.records import from_record
from followup.services import drafting

GB = drafting.load_data(load_settings(env={}), "GB").language
WORK = re.compile(r"\bwork I know\b|\bmy own work\b|\bthat experience\b|\bexperience I'd\b", re.I)


def test_no_frame_for_a_credential_held_says_it_is_work() -> None:
    for variant in GB.bank.slots.get("bridge.near.held", ()):
        assert not WORK.search(variant), variant
        assert "{Qual}" in variant or "{qual}" in variant, variant


@pytest.mark.parametrize(
    ("line", "work"),
    [
        ("Started the ACCA Applied Skills papers", False),
        ("began a Level 5 diploma in leadership", False),
        ("enrolled in the CIPD foundation course", False),
        ("started CIMA certificate, 2 of 4 exams", False),
        ("Started a weekly toolbox talk on the night shift", True),
        ("Four years running the booking desk at a lido", True),
    ],
)
def test_a_course_only_begun_is_no_experience_to_bring(line: str, work: bool) -> None:
    claim = phrasing.qualification(line, GB.lexicon)
    assert compose._says_work(claim, GB.lexicon) is work, claim


def _plan_note(topics: list[str], quals: list[str]):
    record = {
        "company": "Brennan Electrical Wholesale",
        "role": "Field Sales Executive",
        "interviewed": "2027-05-11",
        "tz": "Europe/London",
        "format": "in-person",
        "channel": "email",
        "country": "GB",
        "subdiv": "ENG",
        "people": [
            {
                "name": "Orla Brennan",
                "email": "orla@brennanwholesale.example",
                "title": None,
                "role": "coordinator",
            },
            {"name": "Declan Hart", "email": None, "title": "Sales Manager", "role": "interviewer"},
        ],  # fmt: skip
        "topics": topics,
        "qualifications": quals,
    }
    interview = from_record(record)
    profile = Profile(name="Niamh Collins", email="niamh.c@post.example", phone=None,
                      qualifications=[])  # fmt: skip
    plan = Plan("email", "contact", None, None, "wait", (), (), ())
    recipients = [p for p in interview.people if p.email]
    (note,) = compose.compose(
        interview, profile, plan, "email", recipients, date(2027, 5, 12), GB
    )  # fmt: skip
    return note


def test_the_plans_note_ties_no_claim_to_a_topic_it_does_not_answer() -> None:
    """Stock cages of bolts and fuses at customers' workshops share a broad field with a
    wholesaler's counter sales, but the sales line answers nothing about them: the note never
    says the claim 'bears on' the cages."""
    note = _plan_note(
        ["stock cages at customer workshops (bolts, fuses, gloves) - 12 more to roll out"],
        ["Three years of counter sales at an electrical wholesaler"],
    )
    for sentence in re.split(r"(?<=[.!?])\s+", " ".join(note.paragraphs)):
        if "counter sales" in sentence:
            assert "cages" not in sentence, note.paragraphs
