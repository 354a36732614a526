"""A jot no note can say whole is said by a part of it that reads right on its own, through
the same path as a whole jot (core.compose.by_parts): the part keeps the jot's owner; what
follows a question is the candidate's answer and is never said; a part that points back at
the rest of the jot, a place named alone, names with an article and a sentence typed bare
are never said. Rounds in fresh wording (freight dispatch, a school, a clinic, an office)."""

from __future__ import annotations

import pytest

from followup.config import load_settings
from followup.core import compose
from followup.core.records import from_record
from followup.services import drafting


@pytest.fixture(scope="module")
def language() -> compose.Language:
    return drafting.load_data(load_settings(env={}), "US").language


def person(name: str, email: str) -> dict:
    return {"name": name, "email": email, "title": None, "role": "interviewer"}


def said(topics: list[str], language: compose.Language) -> dict[str, compose.Specific]:
    record = {
        "company": "Harbor Freight Lines",
        "role": "Dispatch Supervisor",
        "interviewed": "2027-04-14",
        "tz": "America/Chicago",
        "format": "in-person",
        "channel": "email",
        "country": "US",
        "people": [person("Marisol Vega", "mv@h.example"), person("Tomasz Nowak", "tn@h.example")],
        "topics": topics,
    }
    return {s.recorded: s for s in compose.said_specifics(from_record(record), language)}


def test_a_jot_splits_at_its_joints_and_keeps_the_thing_before_a_plus_or_with() -> None:
    assert compose.jot_parts("ride-along w/ hector → diag'd a condenser, bad run cap 45/5") == [
        "ride-along w/ hector",
        "ride-along",
        "diag'd a condenser",
        "bad run cap 45/5",
    ]
    assert compose.jot_parts("fuel cards + telematics; ELD compliance (big deal)") == [
        "fuel cards + telematics",
        "fuel cards",
        "ELD compliance",
        "big deal",
    ]
    assert compose.jot_parts("~1,400 invoices a month") == []  # a figure's comma is no joint


def test_a_jot_no_note_says_whole_is_said_by_the_part_that_reads(language) -> None:
    jot = "fuel cards + telematics, ELD compliance = big deal for them"
    s = said([jot], language)[jot]
    assert s.usable and s.text == "ELD compliance"
    assert compose.BY_PART in s.doubts


def test_a_part_keeps_the_jot_owner(language) -> None:
    jot = "marisol: SQL window functions + how I handled the missing invoice IDs"
    s = said([jot], language)[jot]
    assert s.usable and s.text == "SQL window functions"
    assert s.owner == "Marisol Vega"


@pytest.mark.parametrize(
    "jot",
    [
        "Q: worst shipment I lost → the cold chain load, reefer died in Ohio",
        "she asked how I'd handle a no-show → the agency pool, call the driver first",
        "tomasz asked about my worst week → the ice storm, three depots closed",
        "biggest mistake? the payroll file, sent twice",
    ],
)
def test_what_follows_a_question_is_the_answer_and_never_said(jot: str, language) -> None:
    s = said([jot], language)[jot]
    assert not s.usable or compose.BY_PART not in s.doubts


@pytest.mark.parametrize(
    ("jot", "never"),
    [
        (
            "CEO flies out 3 wks/mth (Lagos, Nairobi), inbox is 'chaos' - tunde's phrase",
            ["Lagos", "Nairobi", "your phrase", "the phrase"],
        ),
        (
            "marisol: 12 pts/day, 1:1 sessions, no double booking - their big selling point",
            ["your big selling point", "the big selling point"],
        ),
        ("board meets monthly, PA takes minutes + prepares the packs", ["the PA takes minutes"]),
        ("canva + mailchimp, CRM is a mess (2 databases)", ["the Canva and Mailchimp"]),
        ("online orders up 40%, packers clash w/ the day crew", ["the packers clash"]),
        ("load shedding still messes w/ the depot gate, generator now", ["the generator now"]),
    ],
)
def test_a_part_that_cannot_stand_alone_is_never_said(jot: str, never: list[str], language) -> None:
    s = said([jot], language)[jot]
    if s.usable:
        assert s.text not in never and s.about not in never
