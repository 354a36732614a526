"""The employer's decision date said in natural words, resolved against the interview day
(issue kind 12: "We expect to decide by the 9th of March" is the decision date)."""

from __future__ import annotations

import tomllib
from datetime import date
from importlib.resources import files

import pytest

from followup.core.decision_dates import DecisionWords, day_said, says_decision
from followup.core.errors import InvalidInput


@pytest.fixture(scope="module")
def words() -> DecisionWords:
    data = tomllib.loads(files("followup").joinpath("data", "debrief.toml").read_text("utf-8"))
    return DecisionWords.from_mapping(data["decision"])


def us_holiday(day: date) -> str | None:
    import holidays

    return holidays.country_holidays("US", years=day.year).get(day)


TUE = date(2026, 3, 3)  # a Tuesday
WED = date(2026, 11, 18)  # the Wednesday before Thanksgiving


@pytest.mark.parametrize(
    ("sentence", "reference", "day"),
    [
        # written dates
        ("We expect to decide by the 9th of March.", date(2026, 2, 20), date(2026, 3, 9)),
        ("We'll make a decision by December 18.", date(2026, 11, 20), date(2026, 12, 18)),
        ("We hope to decide by Friday, January 8.", date(2026, 12, 30), date(2027, 1, 8)),
        ("We will decide on 2027-02-02.", date(2027, 1, 20), date(2027, 2, 2)),
        # a day of the month alone, with or without its weekday
        ("We should have a decision by Friday the 26th.", date(2027, 3, 15), date(2027, 3, 26)),
        ("We'll decide by the 9th.", date(2026, 11, 26), date(2026, 12, 9)),
        ("We'll let you know by the 22nd.", date(2026, 3, 3), date(2026, 3, 22)),
        ("A decision by Friday the 22nd.", date(2026, 4, 28), date(2026, 5, 22)),
        # weeks
        ("We're hoping to make a call by the end of next week.", TUE, date(2026, 3, 13)),
        ("We'll decide by the end of the week.", TUE, date(2026, 3, 6)),
        ("You'll hear from us early next week.", TUE, date(2026, 3, 9)),
        ("We'll get back to you mid next week.", TUE, date(2026, 3, 11)),
        ("We'll be in touch next week with a decision.", TUE, date(2026, 3, 13)),
        ("You'll hear back by the end of the following week.", TUE, date(2026, 3, 13)),
        # months
        ("A decision by the end of the month.", date(2026, 11, 19), date(2026, 11, 30)),
        ("We expect to let you know early next month.", date(2026, 9, 16), date(2026, 10, 1)),
        ("We'll make a decision by the end of next month.", date(2026, 12, 10), date(2027, 1, 31)),
        ("The decision comes mid-April.", date(2027, 3, 15), date(2027, 4, 15)),
        ("We hope to decide by the end of January.", date(2026, 12, 2), date(2027, 1, 31)),
        # spans
        ("You'll hear from us within ten working days.", WED, date(2026, 12, 3)),
        ("You'll hear back within 5 business days.", TUE, date(2026, 3, 10)),
        ("We'll come back to you in the next two weeks.", date(2027, 5, 7), date(2027, 5, 21)),
        ("We'll make a decision within a week.", TUE, date(2026, 3, 10)),
        ("We'll let you know in a couple of days.", TUE, date(2026, 3, 5)),
        ("You'll have an answer within 48 hours.", TUE, date(2026, 3, 5)),
        ("We'll decide within a fortnight.", TUE, date(2026, 3, 17)),
        ("We'll get back to you in a week or two.", TUE, date(2026, 3, 17)),
        ("You'll hear from us in one or two weeks.", TUE, date(2026, 3, 17)),
        ("We'll get back to you in a week or so.", TUE, date(2026, 3, 10)),
        ("A decision in the next few weeks.", TUE, date(2026, 3, 24)),
        ("We'll let you know in about a month.", date(2026, 1, 31), date(2026, 2, 28)),
        # weekdays
        ("We'll decide by Friday.", TUE, date(2026, 3, 6)),
        ("We'll decide by next Friday.", TUE, date(2026, 3, 13)),
        ("We'll decide this Thursday.", TUE, date(2026, 3, 5)),
        ("We'll decide by Monday next week.", TUE, date(2026, 3, 9)),
        ("You'll hear from us the week after next.", TUE, date(2026, 3, 20)),
        ("You'll hear from us by end of day Thursday.", TUE, date(2026, 3, 5)),
        ("We'll let you know tomorrow.", TUE, date(2026, 3, 4)),
        # the day after the decision words, not the one before them
        (
            "We've two more to see this week, so we'll make a call by the end of next week.",
            TUE,
            date(2026, 3, 13),
        ),
        ("By Friday we'll have made a decision.", TUE, date(2026, 3, 6)),
    ],
)
def test_the_day_said_is_resolved_against_the_interview_day(words, sentence, reference, day):
    at = says_decision(sentence, words)
    assert at is not None, sentence
    assert day_said(sentence, reference, words, us_holiday, after=at) == day


def test_working_days_skip_the_rounds_public_holidays(words) -> None:
    # Wed 18 Nov 2026 + 10 working days: Thanksgiving (26 Nov) is not one
    assert day_said("within ten working days", WED, words, us_holiday) == date(2026, 12, 3)
    assert day_said("within ten working days", WED, words, None) == date(2026, 12, 2)


@pytest.mark.parametrize(
    "sentence",
    [
        "I have to decide on another offer by December 18.",
        "When do you expect to make a decision by?",
        "I need to give the other company an answer by Friday.",
        "Thanks for coming in today.",
        "We launched the new site in the last two weeks.",
    ],
)
def test_no_decision_in_the_candidates_own_words_questions_or_other_talk(words, sentence):
    at = says_decision(sentence, words)
    assert at is None or day_said(sentence, TUE, words, after=at) is None


def test_no_day_before_the_interview(words) -> None:
    assert day_said("We decided on 5 January 2026.", date(2026, 3, 3), words) is None


def test_bad_decision_data_is_refused() -> None:
    with pytest.raises(InvalidInput):
        DecisionWords.from_mapping({"cues": "decide"})
    with pytest.raises(InvalidInput):
        DecisionWords.from_mapping({"numbers": {"ten": "10"}})


@pytest.mark.parametrize(
    ("said", "day"),
    [
        ("We should have an answer in the next couple of weeks.", "2027-02-24"),
        ("We aim to decide by the end of Q1.", "2027-03-31"),
        ("We'd like to decide before the end of the quarter.", "2027-03-31"),
        ("Expect to hear back by the 3rd of next month.", "2027-03-03"),
        ("Decision-wise, we're looking at the week of the 22nd.", "2027-02-26"),
        ("You should hear from Hannah by end of day Friday.", "2027-02-12"),
        ("We'll reach out by February 19th.", "2027-02-19"),
    ],
)
def test_more_ways_to_say_the_decision_day(words: DecisionWords, said: str, day: str) -> None:
    at = says_decision(said, words)
    assert at is not None
    assert day_said(said, date(2027, 2, 10), words, after=at) == date.fromisoformat(day)
