"""A note to someone who only watched closes asking them for nothing they do not decide: no
next step, no 'bring my skills to …' (session 43, from the graded v33b: 'asks an observing
nurse educator about next steps', graded 2). The note to the chair keeps its usual close."""

from __future__ import annotations

import re
from datetime import date

from followup.core.models import Format, Person, PersonRole, Profile
from helpers_drafts import drafts_of, email_round

ASKS = re.compile(r"(?i)next step|next stage|bring my|hear from you|hearing from you|join")


def _notes():
    interview = email_round(
        "Harbourview Community Hospital",
        "Clinical Pharmacist",
        [
            Person("Aisha Bello", "aisha@harbourview.example", role=PersonRole.COORDINATOR),
            Person("Dr. Kwame Asante", "k.asante@harbourview.example", title="head of pharmacy"),
            Person("Lena Moritz", "l.moritz@harbourview.example", title="nurse educator"),
        ],
        format=Format.IN_PERSON,
        country="CA",
        interviewed=date(2027, 6, 2),
        topics=["kwame: the new oncology day unit opening in the autumn"],
        notes="Lena: observed only, asked nothing.",
    )
    profile = Profile("Sam Okafor", "sam@example.com", qualifications=["Six years in oncology"])
    return {
        w.draft.to_name: w.draft.body for w in drafts_of(interview, profile, today=date(2027, 6, 3))
    }


def test_the_observer_is_asked_for_nothing():
    notes = _notes()
    body = notes["Lena Moritz"]
    paragraphs = [p for p in body.split("\n\n") if p.strip()]
    close = paragraphs[-2]  # the last before the sign-off
    assert close.startswith(("I'm glad", "I'm grateful", "Thanks")), body
    assert not ASKS.search(close), body


def test_the_chair_keeps_a_close_that_looks_ahead():
    body = _notes()["Dr. Kwame Asante"]
    assert ASKS.search(body), body
