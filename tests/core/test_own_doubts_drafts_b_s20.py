"""The draft's own check (issue 10, point 5): a note that says a phrase followup guessed from a
jot (the one thing a jot that reads as no phrase seemed to be about), when the jot went on to
say what that thing did or how it stood ('dock door seals leaking'), is never called ready
before the user has read it: the composer records the guess (NoteFacts.guessed) and the draft
comes out 'revise', naming the phrase and the jot. A note that guesses nothing keeps the
checker's verdict. Fresh wording: a cold-store round."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from followup.config import load_settings
from followup.core import compose
from followup.core.models import Channel, Format, Interview, Person, PersonRole, Profile
from followup.services import drafting
from followup.services.drafting import Draft, Written

DATA = drafting.load_data(load_settings(env={}), "GB")
SALVAGED_PHRASE = "the dock door seals"
JOT = "bogdan - dock door seals leaking, half the bays iced up"


def _notes(topics: list[str]) -> list[compose.NoteFacts]:
    interview = Interview(
        company="Northgate Cold Store",
        role="Shift Supervisor",
        interviewed=date(2027, 2, 8),
        format=Format.IN_PERSON,
        channel=Channel.EMAIL,
        country="GB",
        people=[
            Person(name="Wren Adeyemi", email="wa@x.example", role=PersonRole.COORDINATOR),
            Person(name="Bogdan Ilie", email="bi@x.example"),
        ],
        topics=topics,
    )
    return compose.compose(
        interview, Profile("Cass Moran", "cm@example.com"), None, "email",
        interview.interviewers, date(2027, 2, 10), DATA.language, each=True,
    )  # fmt: skip


def test_a_note_that_says_a_guess_records_it() -> None:
    (note,) = _notes([JOT])
    assert note.guessed, note.paragraphs
    phrase, recorded = note.guessed[0]
    assert phrase == SALVAGED_PHRASE and recorded == JOT
    assert phrase in " ".join(note.paragraphs)


def test_a_guess_keeps_the_draft_from_ready_and_says_why() -> None:
    w = Written(Draft(kind="email", body="…"))
    w.verdict = "ready"
    note = replace(_notes([JOT])[0], guessed=((SALVAGED_PHRASE, JOT),))
    drafting._own_doubts(w, note)
    assert w.verdict == "revise"
    assert any(SALVAGED_PHRASE in r and JOT in r for r in w.reasons)


def test_a_note_that_guesses_nothing_keeps_its_verdict() -> None:
    w = Written(Draft(kind="email", body="…"))
    w.verdict = "ready"
    drafting._own_doubts(w, replace(_notes([JOT])[0], guessed=()))
    assert w.verdict == "ready" and not w.reasons


def test_a_guess_that_keeps_the_point_is_no_doubt() -> None:
    for note in _notes(["bogdan - ammonia plant audit in june, the old logs on paper"]):
        assert not note.guessed, note.paragraphs
