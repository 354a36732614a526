"""Each kind of topic lands in a sentence that fits it (session 14, drafts-a): your own test
is thanked as a chance to work through it, never 'learned about' or 'presented' when it was
sat; their failure, incident or audit finding is never praised and never put in the note to
someone who was not in the room; a question tied to nobody never says who asked; a topic of
unclear kind takes the plainest true frame. Rounds in new wording."""

from __future__ import annotations

import re
from datetime import date

import pytest

from followup.core import compose
from followup.core.models import PersonRole, Profile
from followup.core.plan import Plan
from followup.core.records import from_record


@pytest.fixture(scope="module")
def language() -> compose.Language:
    from followup.config import load_settings
    from followup.services import drafting

    return drafting.load_data(load_settings(env={}), "GB").language


PROFILE = Profile(
    name="Morwenna Tregear",
    email="m.tregear@post.example",
    phone=None,
    qualifications=["Five years as a shift lead in a cold-chain warehouse"],
)


def _round(people: list[dict], topics: list[str]) -> dict:
    return {
        "company": "Kernow Fresh Distribution",
        "role": "Warehouse Operations Manager",
        "interviewed": "2027-03-09",
        "tz": "Europe/London",
        "format": "video",
        "channel": "email",
        "country": "GB",
        "subdiv": "ENG",
        "people": people,
        "topics": topics,
    }


def _who(name: str, email: str | None, role: str = "interviewer") -> dict:
    return {"name": name, "email": email, "title": None, "role": role}


PANEL = [
    _who("Pascoe Nance", "p.nance@kernowfresh.example"),
    _who("Delyth Rowe", "d.rowe@kernowfresh.example"),
    _who("Jenna Polglase", "j.polglase@kernowfresh.example", "coordinator"),
]


def _notes(record: dict, language: compose.Language, to: str) -> list[str]:
    interview = from_record(record)
    role = PersonRole.COORDINATOR if to == "coordinator" else PersonRole.INTERVIEWER
    people = [p for p in interview.people if p.role is role]
    plan = Plan("email", to if to == "coordinator" else "contact", None, None, "wait", (), (), ())
    out = compose.compose(
        interview, PROFILE, plan, "email", people, date(2027, 3, 11), language,
        each=to != "coordinator",
    )  # fmt: skip
    return [" ".join(n.paragraphs) for n in out]


# Jots of the candidate's own test, sat and not presented, in new wording.
SAT = [
    "excel test, 25 min, pivot tables + a vlookup",
    "pick-rate quiz w/ pascoe, 10 qs",
    "in-tray exercise: 15 emails to triage in half an hour",
    "role play w/ delyth as an angry haulier",
]


@pytest.mark.parametrize("jot", SAT)
def test_your_own_test_is_never_learned_about_nor_presented(language, jot: str) -> None:
    record = _round(PANEL, [jot])
    for text in [*_notes(record, language, "coordinator"), *_notes(record, language, "each")]:
        assert not re.search(r"(?i)learn(?:ing|ed|t) about|hearing about", text), text
        assert not re.search(r"(?i)\bpresent|(?:talk|walk|take) you through", text), text


# Their failure, incident or finding, in new wording.
FINDINGS = [
    "the BRC audit last autumn flagged the temperature logs",
    "a forklift incident in the chiller in june, HSE came in",
    "the food standards inspection marked them down on pest control",
]


@pytest.mark.parametrize("jot", FINDINGS)
def test_their_finding_is_kept_out_of_the_coordinators_note(language, jot: str) -> None:
    record = _round(PANEL, [jot])
    key = re.sub(r"^(?:the|a)\s+", "", jot).split()[0].lower()
    for text in _notes(record, language, "coordinator"):
        assert key not in text.lower(), text


@pytest.mark.parametrize("jot", FINDINGS)
def test_their_finding_is_never_enjoyed_or_praised(language, jot: str) -> None:
    """The sentence that names the finding never enjoys or praises it (a close may still say
    the candidate would enjoy working with the team)."""
    record = _round(PANEL, [f"pascoe: {jot}"])
    key = re.sub(r"^(?:the|a)\s+", "", jot).split()[0].lower()
    for text in _notes(record, language, "each"):
        for sentence in re.split(r"(?<=[.!?;])\s+", text):
            if key in sentence.lower():
                assert not re.search(
                    r"(?i)enjoy|highlight|loved|great to|exciting|encourag", sentence
                ), text


# Their question to the candidate, tied to nobody, in new wording.
QUESTIONS = [
    "asked how I'd cover a night shift when two drivers call in sick",
    "scenario q: a reefer unit fails at 2am, what first?",
    "they wanted to know why I left my last site after a year",
]


@pytest.mark.parametrize("jot", QUESTIONS)
def test_a_question_tied_to_nobody_never_says_who_asked(language, jot: str) -> None:
    record = _round(PANEL, [jot])
    for text in _notes(record, language, "each"):
        assert not re.search(r"(?i)you asked|your question|for asking", text), text


def test_a_topic_of_unclear_kind_takes_only_plain_frames(language) -> None:
    """No generic frame presumes what the topic was: nothing 'enjoyed', 'learned' or 'heard'
    of a thing whose kind followup cannot tell (it may be their failure or your own test)."""
    bank = language.bank.slots
    for slot in ("spec", "c_spec", "open_topic", "card_spec"):
        for v in bank[slot]:
            assert not re.search(r"(?i)enjoy|learn|hearing about|loved|excited", v), (slot, v)


def test_each_kind_has_frames_that_carry_something_after_the_hook(language) -> None:
    """Most of a challenge's frames offer help. Neither your own exercise nor their question
    has frames that promise what you would add with nothing in them (session 38: 'I've
    thought more about my presentation since, and I'd be glad to say more' read as filler;
    session 39: 'I'd be glad to add to my answer', with no addition, the same): a question
    is thanked for as asked."""
    bank = language.bank.slots
    promise = re.compile(r"(?i)say more|would add|add to (?:my answer|what I said)|more detail")
    for slot in ("spec.question", "open_topic.question", "spec.exercise"):
        assert not any(promise.search(v) for v in bank[slot]), slot
    assert sum(bool(re.search(r"(?i)\bhelp", v)) for v in bank["spec.challenge"]) >= 4


def test_a_test_done_with_one_interviewer_is_theirs_alone(language) -> None:
    """'quiz w/ pascoe' was Pascoe's: Delyth is never thanked for working through it."""
    record = _round(PANEL, ["pick-rate quiz w/ pascoe, 10 qs"])
    interview = from_record(record)
    specs = compose.said_specifics(interview, language)
    assert [s.owner for s in specs] == ["Pascoe Nance"]
    assert specs[0].kind == "exercise"


@pytest.mark.parametrize(
    "jot",
    [
        "shown the new label printer in the dispatch office, still boxed",
        "showed me the pallet wrapper by the loading bay, it jams a lot",
        "shown the temperature probes in the chiller, wireless now",
    ],
)
def test_a_thing_shown_is_named_by_the_thing(language, jot: str) -> None:
    """'shown the new label printer …' is an item said as 'the new label printer …', never
    'the shown the new label printer'."""
    record = _round(PANEL, [jot])
    for s in compose.said_specifics(from_record(record), language):
        if s.usable:
            assert not re.search(r"(?i)\bshow(?:n|ed)?\b", s.text), s
    for text in _notes(record, language, "coordinator"):
        assert not re.search(r"(?i)the show(?:n|ed)\b", text), text


@pytest.mark.parametrize(
    "jot",
    [
        "tour: new cold store (opened may) + the robot pickers",
        "site visit - the solar canopy on the roof, installed last year",
        "walked the yard: new weighbridge software + the gatehouse kiosk",
    ],
)
def test_what_was_seen_on_a_tour_is_not_thanked_for_as_the_tour(language, jot: str) -> None:
    """A thing the note names from a tour's jot is not the tour: never 'I enjoyed the new cold
    store', 'thank you for the solar canopy'."""
    record = _round(PANEL, [jot])
    for s in compose.said_specifics(from_record(record), language):
        if s.usable and s.kind == "event":
            assert re.search(r"(?i)\b(?:tour|visit|walk)", s.text), s


@pytest.mark.parametrize(
    "jot",
    [
        "pascoe: the chiller alarms keep going off at night",
        "pascoe: the delivery slots are overbooked every monday",
        "pascoe: asked how I'd fix the late trailer departures",
    ],
)
def test_a_plural_topic_is_never_it(language, jot: str) -> None:
    """'the chiller alarms …, and I'd welcome the chance to help with it': never 'it' for a
    plural topic."""
    record = _round(PANEL, [jot])
    for text in _notes(record, language, "each"):
        assert not re.search(r"(?i)\b(?:with|about|on|through) it\b|\bit since\b", text), text
