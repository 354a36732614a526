"""The employer's decision day when one sentence says it twice, exactly and vaguely (issue 9
kind 12, s14): "We'll make a decision within three working days, so you'll hear from us early
next week" is the third working day, not Monday; an exact day inside the stretch a vague one
names narrows it, only when it follows words of the decision itself ("we see the last two on
Monday next week and decide by the end of next week" stays Friday)."""

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


def _holidays(country: str):  # type: ignore[no-untyped-def]
    import holidays

    def lookup(day: date) -> str | None:
        return holidays.country_holidays(country, years=day.year).get(day)

    return lookup


def _decision(line: str, day: date, country: str, words: debrief.DebriefWords) -> str | None:
    text = (
        "Marisol Quintero: Thanks for walking us through the kiln schedule.\n"
        "Tomasz Wrobel: Thank you, I enjoyed it.\n"
        f"Marisol Quintero: {line}\n"
    )
    interview = Interview("Employer", "Candidate", day, Format.VIDEO)
    proposals = debrief.propose(
        parse_transcript(text), [], interview, "Tomasz Wrobel", words, debrief.Limits(),
        _holidays(country), lexicon=word_classes,
    )  # fmt: skip
    found = [p for p in proposals if p.kind == "decision_date"]
    return found[0].text if found else None


@pytest.mark.parametrize(
    ("line", "day", "country", "want"),
    [
        # Wed 15 Mar 2028, Saint Patrick's Day (Fri 17) in between: Thu, Mon, Tue
        (
            "We'll reach a decision within three working days, so you'll hear from us early "
            "next week.",
            date(2028, 3, 15), "IE", "2028-03-21",
        ),
        # Thu 4 Nov 2027: two working days are Fri 5 and Mon 8, early next week
        (
            "The board decides within two business days, so expect a call at the start of "
            "next week.",
            date(2027, 11, 4), "DE", "2027-11-08",
        ),
        # a month's end: "by the 30th" is inside "before the month is out"
        (
            "We make the final call by the 30th, so you will hear before the month is out.",
            date(2027, 9, 14), "AU", "2027-09-30",
        ),
        # a named weekday of next week inside "by the end of next week"
        (
            "We'll decide on Wednesday next week, so you should hear back by the end of next "
            "week.",
            date(2026, 6, 10), "CA", "2026-06-17",
        ),
    ],
)  # fmt: skip
def test_an_exact_day_narrows_the_vague_one_the_same_sentence_gives(
    line: str, day: date, country: str, want: str, words: debrief.DebriefWords
) -> None:
    assert _decision(line, day, country, words) == want


@pytest.mark.parametrize(
    ("line", "day", "country", "want"),
    [
        # Monday next week is the last interviews, not the decision: the end of next week
        (
            "We see the last two applicants on Monday next week and we'll decide by the end "
            "of next week.",
            date(2028, 3, 15), "US", "2028-03-24",
        ),
        # Friday is this week, outside "early next week": the later words win, as before
        (
            "We wrap up interviews on Friday and get back to you early next week.",
            date(2026, 10, 6), "NZ", "2026-10-12",
        ),
        # a span of weeks (the 19th) is no exact day: the month's end stands, as before
        (
            "We'll decide within a couple of weeks, so you'll hear by the end of the month.",
            date(2027, 1, 5), "GB", "2027-01-31",
        ),
    ],
)  # fmt: skip
def test_a_day_tied_to_something_else_narrows_nothing(
    line: str, day: date, country: str, want: str, words: debrief.DebriefWords
) -> None:
    assert _decision(line, day, country, words) == want


@pytest.mark.parametrize(
    ("line", "day", "country", "want"),
    [
        # Wed 13 Jan 2027: "Thursday" restates next week, not this week's Thursday
        ("We'll get back to you next week (Thursday, I hope).", date(2027, 1, 13), "US",
         "2027-01-21"),
        ("The panel decides by the end of the month, say the 28th.", date(2027, 1, 13), "US",
         "2027-01-28"),
        ("We hope to decide mid next week, most likely Wednesday.", date(2026, 9, 3), "ZA",
         "2026-09-09"),
        # a clause of its own after the stretch restates nothing: Friday of next week
        ("You'll hear from us next week, Monday we interview the last one.", date(2027, 1, 13),
         "US", "2027-01-22"),
    ],
)  # fmt: skip
def test_an_exact_day_right_after_the_stretch_restates_it(
    line: str, day: date, country: str, want: str, words: debrief.DebriefWords
) -> None:
    assert _decision(line, day, country, words) == want
