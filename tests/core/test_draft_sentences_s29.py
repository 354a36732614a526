"""Draft sentences a recruiter would be glad to get (session 29, issue 10): the candidate's own
presentation is thanked as a chance to present it (never as work done 'together' or 'with
you'); a late note says so in a plain opening, never with a stiff ', belatedly' aside. Rounds
in new wording and invented names."""

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
    name="Ysolde Marrack",
    email="y.marrack@post.example",
    phone=None,
    qualifications=["Six years as a process engineer in a bottling plant"],
)


def _who(name: str, email: str | None, role: str = "interviewer") -> dict:
    return {"name": name, "email": email, "title": None, "role": role}


PANEL = [
    _who("Talfryn Hosking", "t.hosking@brackenmill.example"),
    _who("Odile Varcoe", "o.varcoe@brackenmill.example"),
    _who("Kenwyn Trevail", "k.trevail@brackenmill.example"),
    _who("Morvah Pender", "m.pender@brackenmill.example"),
    _who("Senara Jago", "s.jago@brackenmill.example"),
    _who("Lowena Tonkin", "l.tonkin@brackenmill.example", "coordinator"),
]
# an onsite loop of eight, so that every frame of a kind is reached
LOOP = [
    *PANEL,
    _who("Jory Clemo", "j.clemo@brackenmill.example"),
    _who("Elowen Bray", "e.bray@brackenmill.example"),
    _who("Tamsin Rowse", "t.rowse@brackenmill.example"),
]


def _round(topics: list[str], people: list[dict] = PANEL) -> dict:
    return {
        "company": "Brackenmill Cider",
        "role": "Production Engineer",
        "interviewed": "2027-05-11",
        "tz": "Europe/London",
        "format": "in-person",
        "channel": "email",
        "country": "GB",
        "subdiv": "ENG",
        "people": people,
        "topics": topics,
    }


def _notes(
    record: dict, language: compose.Language, on: date, to: str, late: bool = False
) -> list[str]:
    interview = from_record(record)
    role = PersonRole.COORDINATOR if to == "coordinator" else PersonRole.INTERVIEWER
    people = [p for p in interview.people if p.role is role]
    plan = Plan("email", to if to == "coordinator" else "contact", None, None, "wait", (), (), ())
    out = compose.compose(
        interview, PROFILE, plan, "email", people, on, language, each=to != "coordinator", late=late
    )
    return [" ".join(n.paragraphs) for n in out]


# The candidate's own talk or case, presented to the panel, in new wording.
PRESENTED = [
    ("my seminar on the pasteuriser retrofit, 30 min + questions", "seminar"),
    ("my case presentation: cutting CIP water use by a fifth", "case"),
    ("job talk on the press line layout i did", "talk"),
]
SHARED = re.compile(r"(?i)\btogether\b|\bwith you\b|\bworking through\b|\bwork through\b")


@pytest.mark.parametrize(("jot", "head"), PRESENTED)
def test_your_own_presentation_is_never_said_as_done_together(
    language, jot: str, head: str
) -> None:
    record = _round([jot])
    for on in (date(2027, 5, 12), date(2027, 5, 19)):
        for text in _notes(record, language, on, "each"):
            for sentence in re.split(r"(?<=[.;])\s+", text):
                if head in sentence:
                    assert not SHARED.search(sentence), text


def test_no_exercise_frame_says_your_own_work_was_shared(language) -> None:
    """'Going through X together', 'Since working through X with you, I've thought more about
    my approach': a presentation was the candidate's, and a test was sat, not shared."""
    for slot, variants in language.bank.slots.items():
        if slot.split(".")[-1] != "exercise":
            continue
        for v in variants:
            assert not re.search(r"(?i)\btogether\b|thought more about my approach", v), (slot, v)


def test_no_late_opening_is_a_stiff_belatedly_aside(language) -> None:
    for slot in ("open.late", "c_open.late"):
        for v in language.bank.slots[slot]:
            assert not re.search(r"(?i),\s*(?:a little |if )?belatedly\b", v), (slot, v)


def test_a_late_panel_note_never_ends_its_thanks_on_belatedly(language) -> None:
    record = _round(["the new canning line arriving in autumn"])
    for to in ("each", "coordinator"):
        for text in _notes(record, language, date(2027, 5, 19), to, late=True):
            assert not re.search(r"(?i)belatedly", text), text
            assert re.search(r"(?i)belated|later than|late\b", text), text


ECHO = re.compile(
    r"(?i)\bpresent\b[^.;]*\bpresentation\b|\btalk(?:ing)? you through\b[^.;]*\btalk\b"
)


@pytest.mark.parametrize(("jot", "head"), PRESENTED)
def test_a_frame_never_says_again_what_the_exercise_is_called(
    language, jot: str, head: str
) -> None:
    """'I appreciated the chance to present the case presentation', 'I enjoyed talking you
    through my job talk': the frame's verb stammers the exercise's own name."""
    for on in (date(2027, 5, 12), date(2027, 5, 19)):
        for text in _notes(_round([jot], LOOP), language, on, "each"):
            assert not ECHO.search(text), text


@pytest.mark.parametrize(
    "topic", ["the case presentation to the plant board", "my job talk on the press line"]
)
def test_no_exercise_frame_reached_stammers_the_exercise_name(language, topic: str) -> None:
    """Every frame of the slot, each tried first: the one written never says its verb again
    in the exercise's name."""
    from followup.core import writer

    variants = language.bank.slots["spec.exercise"]
    for start in range(len(variants)):
        w = writer.Writer(
            bank=language.bank,
            values={"topic": topic, "topic_owned": "yes"},
            choose=lambda slot, n, start=start: start,
            panel=writer.Panel(),
            spelling=writer.Spelling(),
        )
        text = w.sentence("spec.exercise")
        assert text is None or not ECHO.search(text), text


def test_a_bridge_after_the_topic_never_ties_a_claim_on_by_since(language) -> None:
    """'I've done that kind of work before, since I have reduced food cost …': 'since' read as
    a cause, and the claim as a stray CV line."""
    for slot in ("bridge.near", "bridge.near.long"):
        for v in language.bank.slots[slot]:
            assert not re.search(r"(?i)\b(?:since|as) \{qual\}|kind of work before", v), (slot, v)


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ("Drafted the firm's export licence guidance", "my firm's export licence guidance"),
        ("Cut the team's invoice backlog from 9 weeks to 2", "my team's invoice backlog"),
        ("Wrote the onboarding manual still used at the current agency", "at my current agency"),
    ],
)
def test_a_cv_line_about_a_past_workplace_says_it_was_mine(line: str, said: str) -> None:
    """'I have drafted the firm's guidance note' reads as done for the new employer: the
    workplace a CV line names with 'the' is the candidate's own."""
    from followup.config import load_settings
    from followup.core import phrasing
    from followup.services import drafting

    lexicon = drafting.load_data(load_settings(env={})).language.lexicon
    q = phrasing.qualification(line, lexicon)
    assert said in q.clause, q
    assert not re.search(r"\bthe (?:current )?(?:firm|team|agency)\b", q.clause), q
