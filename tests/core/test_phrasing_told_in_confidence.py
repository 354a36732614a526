"""What a person told in confidence keeps every jot that shares its words out of the notes;
who told it does not: a line of the round's notes such as "ingrid said off the record the
bergen depot may close" keeps 'the bergen depot refit' out, never everything Ingrid said. A
confidence is marked however people jot it ('said quietly', 'whispered', 'between ourselves')."""

from __future__ import annotations

import pytest

from followup.config import load_settings
from followup.core import phrasing
from followup.services import drafting

LEXICON = drafting.load_data(load_settings(env={})).language.lexicon


@pytest.mark.parametrize(
    ("notes", "jot"),
    [
        (
            "Ingrid said off the record the Bergen depot may close next year.",
            "ingrid: their dispatch software rollout, drivers on tablets",
        ),
        (
            "dr amaka obi mentioned (not public) the hospital is bidding for a trauma centre",
            "dr obi - new triage protocol for walk-ins",
        ),
        (
            "Engr. Tunde Bello said confidentially the plant manager is retiring in March.",
            "engr bello did 10 yrs on offshore rigs before joining",
        ),
        (
            "Mrs Kaur whispered the school may merge with St Anne's next autumn",
            "mrs kaur's phonics scheme for year 1",
        ),
        (
            "wei ling asked me not to discuss the pricing review outside the team",
            "wei ling: their loyalty app redesign",
        ),
    ],
)
def test_who_told_a_confidence_is_not_the_confidence(notes: str, jot: str) -> None:
    assert not phrasing.confidential(jot, LEXICON, notes)


@pytest.mark.parametrize(
    ("notes", "jot"),
    [
        (
            "Ingrid said off the record the Bergen depot may close next year.",
            "the bergen depot refit",
        ),
        (
            "dr amaka obi mentioned (not public) the hospital is bidding for a trauma centre",
            "dr obi: trauma centre accreditation",
        ),
        (
            "wei ling asked me not to discuss the pricing review outside the team",
            "wei ling - pricing review for the app",
        ),
        ("the merger is confidential, don't mention it", "their merger with a rival carrier"),
    ],
)
def test_what_was_told_in_confidence_stays_out(notes: str, jot: str) -> None:
    assert phrasing.confidential(jot, LEXICON, notes)


@pytest.mark.parametrize(
    ("notes", "jot"),
    [
        ("the foreman said quietly two welders are leaving for the mines", "welders on nights"),
        ("anika whispered the clinic may lose its second GP", "the second GP's patient list"),
        ("sales target is 'a stretch' - don't say I said so", "the sales target for q3"),
        ("'between ourselves' the trust may cut the night bus", "the night bus timetable"),
        ("he said, kind of quietly, the lab is moving to Leiden", "the lab move"),
    ],
)
def test_a_confidence_is_marked_however_it_is_jotted(notes: str, jot: str) -> None:
    assert phrasing.confidential(jot, LEXICON, notes)


@pytest.mark.parametrize(
    "jot",
    [
        "how the line runs quietly overnight",
        "a quiet ward at weekends",
        "the whispering gallery tour",
    ],
)
def test_quiet_words_in_a_topic_are_no_confidence(jot: str) -> None:
    assert not phrasing.confidential(jot, LEXICON)
