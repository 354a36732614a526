"""What a note says about the interview: a topic is placed only when it is known to read
right (a plain noun phrase with a known noun at its head), the verb fits the kind of thing it
is (a tour the candidate took is thanked for, never 'heard about'), and a topic is credited
only to the person the record ties it to (the others' notes say they met the panel)."""

from __future__ import annotations

from datetime import date

import pytest

from followup.config import load_settings
from followup.core import compose, phrasing, slot_grammar
from followup.core import draft_quality as dq
from followup.core.models import Format, Interview, Person, PersonRole, Profile
from followup.services import drafting

DATA = drafting.load_data(load_settings(env={}))
LEXICON = DATA.language.lexicon
PEOPLE = frozenset(["ingrid", "okafor"])


def fault(text: str) -> str | None:
    assert LEXICON.word_classes is not None
    return slot_grammar.plain_topic_fault(
        text,
        LEXICON.slots,
        LEXICON.word_classes,
        PEOPLE,
        DATA.wording.ing_nouns,
        LEXICON.known_word,
        DATA.wording.mass_nouns,
    )


@pytest.mark.parametrize(
    "jotted",
    [
        "the night crew loses",  # a predicate: the head is a verb
        "pump uptime results poor at last review",  # a judgement after the head
        "the short on welders for weekends",  # an adjective and its complement
        "the want more AP Physics uptake",  # a remark: 'more'
        "the fleet 40 MW but only 6 MW online",  # figures with units
        "14 filings to submit in FY28",  # a count and a plan
        "the ratio on surgical Ward 3",  # a ratio read as a ward's name
        "Ingrid pushing trunk-based development",  # a person's doing
        "most orders via marketplaces",  # a remark: 'most'
        "the boat tour in wet suit",  # a singular noun without its article
    ],
)
def test_a_jotted_remark_is_never_placed(jotted: str) -> None:
    assert fault(jotted) == slot_grammar.PLAIN


@pytest.mark.parametrize(
    "phrase",
    [
        "the kiln tour",
        "the spares backlog for the gearbox",
        "your approach to onboarding",
        "the Q2 roadmap",
        "moving the payroll run to Workday",
        "safety goals for 2028",
        "the region's new signage guidelines",
        "your plan to open a Lisbon office in 2028",
        "handovers and bedside rounds",
        "the solar farm pilot near Ballarat",
        "the idempotency of card refunds",
    ],
)
def test_a_plain_noun_phrase_is_placed(phrase: str) -> None:
    assert fault(phrase) is None


def test_an_exercise_is_named_by_its_lead_and_a_tour_is_an_event() -> None:
    assert (
        phrasing.infer_kind(
            "bar staff are new, he wants someone to run a monthly cocktail tasting", LEXICON
        )
        != "exercise"
    )
    assert phrasing.infer_kind("my tasting plate - scallops", LEXICON) == "exercise"
    assert phrasing.infer_kind("kiln tour - the new tunnel kiln", LEXICON) == "event"
    assert phrasing.infer_kind("the tour operator contract", LEXICON) != "event"


def _panel(topics: list[str]) -> tuple[Interview, Profile]:
    people = [
        Person(name="Priti Shah", email="ps@x.example", role=PersonRole.COORDINATOR),
        Person(name="Ingrid Dahl", email="id@x.example"),
        Person(name="Tomas Okafor", email="to@x.example"),
        Person(name="Wen Li", email="wl@x.example"),
    ]
    interview = Interview(
        company="Fjordline Ceramics",
        role="kiln technician",
        interviewed=date(2027, 3, 2),
        format=Format.IN_PERSON,
        country="GB",
        people=people,
        topics=topics,
        qualifications=["ran a tunnel kiln for four years"],
    )
    return interview, Profile("Sam Ruiz", "sam@example.com")


def _notes(topics: list[str]) -> dict[str, str]:
    interview, profile = _panel(topics)
    notes = compose.compose(
        interview, profile, None, "email", interview.interviewers, date(2027, 3, 3),
        DATA.language, each=True,
    )  # fmt: skip
    return {n.to_name: " ".join(n.paragraphs) for n in notes}


def test_a_tour_is_thanked_for_and_credited_to_one_person_only() -> None:
    text = _notes(["kiln tour - the new tunnel kiln, 1,280 °C", "ingrid: glaze defects up 9%"])
    toured = [name for name, body in text.items() if "kiln tour" in body]
    assert len(toured) == 1, text
    body = text[toured[0]]
    assert "hearing about the kiln tour" not in body.lower()
    assert "conversation about the kiln tour" not in body.lower()
    assert "discussion of the kiln tour" not in body.lower()
    for name, body in text.items():
        assert "glaze defects up" not in body and "9%" not in body  # never placed as jotted
        if name not in toured:
            others = [p.split()[0] for p in text if p != name]
            assert any(o in body for o in others), body  # the panel, by name


def test_notes_with_no_topic_of_their_own_stay_apart() -> None:
    text = _notes(["ingrid: throughput down since the new glaze line"])
    report = dq.panel_report(text, limit=0.2, min_words=6)
    assert report.over_limit == 0 and not report.shared, report


def test_a_note_without_a_topic_passes_over_a_long_claim_said_already() -> None:
    """Two short notes of one panel saying the same long claim read as copies: a note with no
    topic of its own never takes a long claim said already, nor a claim another note with no
    topic of its own says (it claims none rather than read as a copy)."""
    long = "Cut the month-end close from nine working days to four with a new reconciliation flow"
    quals = [long, "Chartered accountant", "Eight years in audit"]
    shares: list[list[compose.Specific]] = [[], [], [], []]
    pairs = compose.pair_qualifications(shares, quals, DATA.language)
    assert [p.qualification for p in pairs[:3]] == quals
    assert pairs[3].qualification != long


def test_a_story_jotted_with_they_is_said_to_its_person() -> None:
    """'how the team started …' never reads right to anyone else; the story is still said to
    the person it is about, as 'how you started …'."""
    text = _notes(["ingrid's story - started as an apprentice here, now runs the kilns"])
    assert "how you started as an apprentice here" in text["Ingrid Dahl"], text
    assert all("the team started" not in body for body in text.values()), text
