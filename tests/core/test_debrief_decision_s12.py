"""The employer's decision day, as an interviewer says it (issue 9 kind 12, s12): a weekday
before "the Nth of Month" names that date, never the next such weekday ("by Tuesday the
thirtieth of November"); and a decision said in the progressive, with "final" or as telling
the candidate ("we'll be letting you know", "getting back to everyone", "make the final call",
"we will inform you", "let everybody know", [decision] cues) is the decision date, not a
detail ("how the team will inform I by 30 April")."""

from __future__ import annotations

import tomllib
from datetime import date
from importlib.resources import files

import pytest

from followup.core import debrief
from followup.core.models import Format, Interview
from followup.core.transcript import parse_transcript
from followup.services.debrief import word_classes


@pytest.fixture(scope="module")
def words() -> debrief.DebriefWords:
    data = tomllib.loads(files("followup").joinpath("data", "debrief.toml").read_text("utf-8"))
    return debrief.DebriefWords.from_data(data)


def _proposals(line: str, words: debrief.DebriefWords) -> list[debrief.Proposal]:
    text = (
        "Oksana Hrytsenko: Thanks for coming in, it was good to hear about the depot work.\n"
        "Tevita Fifita: Thank you, I enjoyed it.\n"
        f"Oksana Hrytsenko: {line}\n"
    )
    interview = Interview("Employer", "Candidate", date(2027, 10, 20), Format.VIDEO)
    return debrief.propose(
        parse_transcript(text), [], interview, "Tevita Fifita", words, debrief.Limits(),
        lexicon=word_classes,
    )  # fmt: skip


def _decision(line: str, words: debrief.DebriefWords) -> str | None:
    return next((p.text for p in _proposals(line, words) if p.kind == "decision_date"), None)


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("We plan to decide by Tuesday the thirtieth of November.", "2027-11-30"),
        ("You'll hear from us by Monday, the 15th of November.", "2027-11-15"),
        ("We'll make our decision on Wednesday the first of December.", "2027-12-01"),
    ],
)
def test_a_weekday_before_the_nth_of_a_month_is_that_date(line, day, words) -> None:
    assert _decision(line, words) == day


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("We'll let you know by Tuesday.", "2027-10-26"),
        ("We'll decide by Friday the 12th.", "2027-11-12"),
    ],
)
def test_a_weekday_alone_or_with_a_day_alone_is_read_as_before(line, day, words) -> None:
    assert _decision(line, words) == day


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("We'll be letting you know by the twelfth of November.", "2027-11-12"),
        ("We'll be getting back to everyone by the 19th of November.", "2027-11-19"),
        ("We hope to make the final call by the end of next week.", "2027-10-29"),
        ("We'll inform you by the 5th of November.", "2027-11-05"),
        ("We'll notify you within five working days.", "2027-10-27"),
        ("We're seeing two more people, and we'll let everybody know by Friday.", "2027-10-22"),
    ],
)
def test_a_decision_said_in_the_progressive_or_final_is_the_decision_date(line, day, words) -> None:
    proposals = _proposals(line, words)
    assert next(p.text for p in proposals if p.kind == "decision_date") == day
    assert not [p for p in proposals if p.kind == "detail"], proposals


@pytest.mark.parametrize(
    ("line", "day"),
    [
        (
            "The demand model decides the order. As for next steps, we'll send a short task "
            "today, and we'll get back to you with our decision in a fortnight.",
            "2027-11-03",
        ),
        (
            "Honestly, the hard part is deciding what the drivers see on the tablet. We're "
            "seeing one more person on Monday, and we'd like to confirm by the fifth of November.",
            "2027-11-05",
        ),
        (
            "The planner decides the sequence every morning. We'll visit two more sites on "
            "Thursday and let you know by the 12th of November.",
            "2027-11-12",
        ),
    ],
)
def test_a_sentence_that_speaks_of_the_decision_is_read_on_its_own(line, day, words) -> None:
    """A sentence with a decision word and no day ("usage data decides priority") borrows a
    day from the same speaker's next sentence only when that one does not speak of the
    decision itself; when it does, its own words give the day ("… today, and we'll get back
    to you with our decision in a fortnight": the fortnight, not today)."""
    assert _decision(line, words) == day
