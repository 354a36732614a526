"""core.compose: who gets a note, what it mentions, how variants are chosen, how alike two
notes are, and how long a script takes to say."""

from __future__ import annotations

import json
import tomllib
from datetime import date
from importlib import resources
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from followup.core import compose, phrasing
from followup.core.errors import InvalidInput, NotFound
from followup.core.models import Format, Interview, Person, PersonRole, Profile
from followup.core.plan import Extra, Plan
from followup.core.records import from_record

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "rounds"


@pytest.fixture(scope="module")
def wording() -> compose.Wording:
    text = (resources.files("followup") / "data" / "drafting.toml").read_text(encoding="utf-8")
    return compose.Wording.from_mapping(tomllib.loads(text)["words"])


@pytest.fixture(scope="module")
def language() -> compose.Language:
    from followup.config import load_settings
    from followup.services import drafting

    return drafting.load_data(load_settings(env={}), "US").language


def fixture(name: str) -> tuple[Interview, Profile]:
    data = json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))
    return from_record(data["round"]), Profile(**data["profile"])


def a_plan(method: str = "email", role: str = "coordinator", extras: tuple = ()) -> Plan:
    return Plan(method, role, None, None, "wait", (), (), extras)


# --- words ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "them"),
    [
        ("data pipelines", True),
        ("hiring plans", True),
        ("plans for Q3", True),
        ("APIs", True),
        ("the design system", False),
        ("building dashboards", False),  # one activity
        ("the hiring process", False),
        ("Atlas", False),
        ("Kubernetes", False),
        ("the Figma token pipeline", False),
    ],
)
def test_a_specific_is_referred_back_to_as_it_or_them(wording, phrase, them) -> None:
    assert compose.takes_them(phrase, wording) is them


@pytest.mark.parametrize(
    ("item", "phrase"),
    [
        ("Atlas analytics dashboard", "the Atlas analytics dashboard"),
        ("handheld inventory scanner", "the handheld inventory scanner"),
        ("Atlas", "Atlas"),
        ("Kafka Connect", "Kafka Connect"),
        ("the new POS terminal", "the new POS terminal"),
    ],
)
def test_item_phrase(item, phrase) -> None:
    assert compose.item_phrase(item) == phrase


def test_joined_names() -> None:
    assert compose.join_names(["A"]) == "A"
    assert compose.join_names(["A", "B", "C"]) == "A, B and C"


# --- deterministic choice ------------------------------------------------------------------


def test_choice_is_stable_and_seeded_by_the_name() -> None:
    picks = {compose.choose("opening", 6, "Priya Raman") for _ in range(5)}
    assert len(picks) == 1
    assert compose.choose("opening", 6, "priya raman") == compose.choose(
        "opening", 6, " Priya Raman "
    )
    names = [f"Person {i}" for i in range(40)]
    assert len({compose.choose("opening", 6, n) for n in names}) > 1  # not a constant


@given(
    st.lists(st.text(min_size=1, max_size=12).filter(str.strip), min_size=1, max_size=6),
    st.integers(min_value=6, max_value=9),
    st.sampled_from(["thanks", "interest", "specifics", "subject"]),
)
def test_panel_members_never_share_a_variant(names, n, slot) -> None:
    panel = list({name.strip().lower(): name for name in names}.values())
    picks = [compose.choose(slot, n, name, panel) for name in panel]
    assert len(set(picks)) == len(panel)
    assert all(0 <= p < n for p in picks)


# --- recipients ---------------------------------------------------------------------------


def test_recipient_is_the_coordinator_when_recorded() -> None:
    interview, _ = fixture("northwind_video_panel")
    assert compose.recipient_for(a_plan(), interview).name == "Dana Reyes"
    assert compose.recipient_for(a_plan("phone", "contact"), interview).name == "Dana Reyes"


def test_recipient_without_coordinator() -> None:
    interview, _ = fixture("st_marys_inperson_email")  # in person, no coordinator
    assert compose.recipient_for(a_plan("email", "contact"), interview).name == "Dr. Helen Park"
    no_email = Interview(
        "Acme",
        "Analyst",
        date(2026, 1, 5),
        Format.VIDEO,
        people=[Person("No Mail"), Person("Has Mail", email="has@acme.example")],
    )
    assert compose.recipient_for(a_plan(), no_email).name == "Has Mail"
    nobody = Interview("Acme", "Analyst", date(2026, 1, 5), Format.VIDEO)
    with pytest.raises(InvalidInput, match="nobody is recorded"):
        compose.recipient_for(a_plan(), nobody)


def test_find_person_by_name_or_prefix() -> None:
    interview, _ = fixture("northwind_video_panel")
    assert compose.find_person(interview, "marcus lee").name == "Marcus Lee"
    assert compose.find_person(interview, "PRI").name == "Priya Raman"
    assert compose.find_person(interview, "petrova").name == "Elena Petrova"  # last name
    with pytest.raises(NotFound, match="no one called 'Zed'"):
        compose.find_person(interview, "Zed")
    with pytest.raises(InvalidInput, match="several people"):
        compose.find_person(interview, "r")  # Reyes and Raman
    with pytest.raises(InvalidInput):
        compose.find_person(interview, "  ")


# --- facts of a note ---------------------------------------------------------------------


def test_topics_follow_titles_then_order(language) -> None:
    interview, profile = fixture("northwind_video_panel")
    notes = compose.compose(
        interview, profile, a_plan(), "email", interview.interviewers, date(2026, 11, 20), language
    )
    by_name = {n.to_name: n for n in notes}
    # The Head of Data Platform gets the data platform topic; the analytics PM the dashboard.
    assert by_name["Priya Raman"].topic == "data platform reliability goals for 2027"
    assert by_name["Elena Petrova"].topic == "the Atlas analytics dashboard"
    topics = [n.topic for n in notes]
    assert len(set(topics)) == len(topics)
    # The bridge pairs a topic with the qualification closest in meaning; nobody else gets
    # the same pair, and a topic nothing fits gets no claimed link.
    marcus = by_name["Marcus Lee"]
    assert marcus.qual_topic == "migrating the billing pipeline to Kafka"
    assert phrasing.relatedness(marcus.qual_topic, marcus.qualification, language.lexicon) >= 2
    pairs = [(n.qual_topic, n.qualification) for n in notes if n.qual_topic]
    assert len(set(pairs)) == len(pairs)
    assert all("Spanish" not in (n.qualification or "") or not n.qual_topic for n in notes)


def test_a_persons_note_is_the_same_alone_or_with_the_panel(language) -> None:
    interview, profile = fixture("oakridge_school_panel")
    everyone = compose.compose(
        interview, profile, a_plan(), "email", interview.interviewers, date(2026, 4, 23), language
    )
    for note in everyone:
        person = compose.find_person(interview, note.to_name)
        (alone,) = compose.compose(
            interview, profile, a_plan(), "email", [person], date(2026, 4, 23), language
        )
        assert alone.paragraphs == note.paragraphs and alone.subject == note.subject


def test_fewer_topics_than_people_each_go_to_one_person(language) -> None:
    """A topic is credited to one person at most: with fewer topics than people, the rest
    get none (their notes speak of meeting the panel), never someone else's topic."""
    interview, _ = fixture("oakridge_school_panel")  # 4 people, 2 topics + 1 item
    shares = compose.distribute(
        interview.interviewers, compose.specifics_of(interview, language), language
    )
    given = [s.recorded for share in shares for s in share]
    assert len(given) == len(set(given)) == 3
    assert not all(shares)
    assert shares[1][0].recorded == "the new mathematics curriculum for grade 7"  # Head of Maths


def test_card_mail_by_and_coordinator_facts(language) -> None:
    interview, profile = fixture("harbor_store_inperson_phone")
    plan = a_plan("phone", "contact", (Extra("card", date(2026, 3, 10), date(2026, 3, 14)),))
    (note,) = compose.compose(
        interview, profile, plan, "card", [interview.coordinator], date(2026, 3, 12), language
    )
    assert note.mail_by == date(2026, 3, 14)
    assert note.to_is_coordinator and note.interviewers == ("Angela Ruiz",)
    assert note.topic == "the spring inventory reset"
    assert note.item == "the handheld inventory scanner"


def test_compose_refuses_what_it_cannot_write(language) -> None:
    interview, profile = fixture("lumen_phone_screen")
    people = [interview.coordinator]
    day = date(2026, 9, 7)
    with pytest.raises(InvalidInput, match="--kind"):
        compose.compose(interview, profile, a_plan(), "fax", people, day, language)
    with pytest.raises(InvalidInput, match="your name"):
        compose.compose(interview, Profile(), a_plan(), "email", people, day, language)
    bare = Interview("Acme", "Analyst", date(2026, 1, 5), Format.VIDEO, people=people)
    (note,) = compose.compose(
        bare, Profile("Sam"), a_plan(), "email", people, date(2026, 1, 7), language
    )
    assert note.topic is None and note.qual_clause is None
    assert any("no topics" in w for w in note.warnings)
    assert any("qualifications" in w for w in note.warnings)


# --- similarity and speech ---------------------------------------------------------------

NOTE_A = """Subject: Thank you

Dear Priya,

Thank you for meeting with me on Thursday. I especially enjoyed our conversation about the
billing pipeline. I remain very interested in the role.

Best regards,
Jordan Blake
555-010-2233
"""


def test_note_core_drops_greeting_and_sign_off(wording) -> None:
    core = compose.note_core(NOTE_A, wording)
    assert core.startswith("Thank you for meeting")
    assert core.endswith("interested in the role.")
    letter = "Jordan Blake\nMay 1, 2026\n\nDear Helen Park,\n\nBody text here.\n\nSincerely,\nJ"
    assert compose.note_core(letter, wording) == "Body text here."


def test_similarity_finds_copies_and_passes_personal_notes(wording) -> None:
    copy = NOTE_A.replace("Priya", "Marcus")
    same = compose.similarity(NOTE_A, copy, wording)
    assert same.jaccard == 1.0 and same.near_copy(0.2) and len(same.shared) == 3
    other = """Dear Marcus,

Many thanks for the conversation about the on-call rotation; your explanation of how the team
shares it was clear. My interest in the position has only grown since we spoke.

Best regards,
Jordan Blake
"""
    apart = compose.similarity(NOTE_A, other, wording)
    assert apart.jaccard < 0.1 and not apart.shared and not apart.near_copy(0.2)
    # One shared sentence is enough, whatever the 3-gram figure.
    one = other.replace("Best regards", "I remain very interested in the role.\n\nBest regards")
    assert compose.similarity(NOTE_A, one, wording).shared == (
        "I remain very interested in the role.",
    )


def test_spoken_words_count_phone_numbers_by_digit_group() -> None:
    assert compose.spoken_words("Call me at 555-010-2233 today.") == 7
    assert compose.spoken_words("My number is (617) 555-0142.") == 6
    assert compose.spoken_words("Ring +49 30 1234 5678 please") == 6
    assert compose.speaking_seconds(" ".join(["word"] * 140), 140) == 60


def test_sections_of_a_script() -> None:
    parts = compose.sections("## Opener\nHello.\n\n## Voicemail\nHi there.\nBye.\n")
    assert parts == {"opener": "Hello.", "voicemail": "Hi there.\nBye."}
    assert compose.sections("no sections") == {}


def test_coordinator_role_enum_kept() -> None:  # the compose layer leans on these roles
    assert PersonRole.COORDINATOR.value == "coordinator"
