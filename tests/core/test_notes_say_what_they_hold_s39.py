"""Three kinds dev recruiters marked down in session 39 (v28, v28b: 83 notes graded):

(a) a CV line that answers nothing in the note to the coordinator or in the plan's note ('a
    CV fact dropped on HR out of nowhere', 'a CV line sent to the CPO, who has the CV'): the
    plan's note and any note to a coordinator say no qualification that answers nothing of
    theirs; a personal note with no topic of its own still may;
(b) a frame that promises more with nothing in it ('I'd be glad to add to my answer', 'I'm
    happy to say more on it', 'I've thought since about how I could help with …');
(c) 'Thank you for seeing me' / 'meeting with me' after an interview by phone.
Names and rounds are invented."""

from __future__ import annotations

import re
import tomllib
from datetime import date

from followup.core.models import Format, Person, PersonRole, Profile
from followup.core.package_data import DATA_DIR
from helpers_drafts import drafts_of, email_round

PROFILE = Profile(
    name="Noor Haddad",
    email="noor@example.com",
    qualifications=[
        "Six years as a payroll officer in retail",
        "CPP (Certified Payroll Professional)",
        "I migrated 1,400 staff from Sage to ADP",
    ],
)


def _round(fmt: Format = Format.IN_PERSON, topics: list[str] | None = None):
    return email_round(
        "Kestrel Foods", "Payroll Officer",
        [Person("Lena Ward", "lena@kestrel.example", role=PersonRole.COORDINATOR,
                title="HR coordinator"),
         Person("Dev Patel", "dev@kestrel.example", title="Finance Manager"),
         Person("Ruth Ames", "ruth@kestrel.example", title="HR Director")],
        interviewed=date(2027, 4, 6), format=fmt, country="US", subdiv="OH",
        tz="America/New_York",
        topics=topics if topics is not None else [
            "dev: month-end close always slips because payroll journals post late",
            "ruth asked about how I handle a garnishment order",
        ],
    )  # fmt: skip


CLAIMS = re.compile(r"(?i)\b(?:six years|CPP|Certified Payroll|1,400|Sage|ADP)\b")


def test_the_plans_note_and_a_coordinators_note_say_no_untied_claim():
    notes = [w.draft for w in drafts_of(_round(), PROFILE)]
    plan = notes[0]
    assert plan.to_name.startswith("Lena")
    assert not CLAIMS.search(plan.body), plan.body
    for note in notes:
        if note.to_name.startswith("Lena"):
            assert not CLAIMS.search(note.body), note.body


PROMISES = re.compile(
    r"(?i)add to (?:my answer|what I said)|say more on it|go into more detail|"
    r"thought since about how|I'd be glad to say more|happy to say more"
)


def test_no_frame_promises_more_with_nothing_in_it():
    bank = tomllib.loads((DATA_DIR / "sentences.toml").read_text(encoding="utf-8"))["slots"]
    # (a call may offer to say more: the caller is on the line to say it)
    for slot in ("spec.question", "open_topic.question", "spec.challenge", "open_topic.challenge"):
        for line in bank[slot]:
            assert not PROMISES.search(line), (slot, line)


MET = re.compile(r"(?i)\b(?:seeing|meeting|met)\s+(?:with\s+)?(?:me|you)\b|for meeting\b")


def test_after_a_phone_interview_no_note_says_they_met():
    for topics in (None, [], ["dev: month-end close slips"]):
        for note in (w.draft for w in drafts_of(_round(Format.PHONE, topics), PROFILE)):
            assert not MET.search(note.body), note.body
