"""Decision days said relative to something else (issue 9, kind 12): a span counted from
another day ("a week from tomorrow", "a fortnight from Monday", "Friday week"), a named public
holiday of the employer's country ("before Waitangi Day", "after Labor Day", "before the
Thanksgiving long weekend": the `holidays` package's names, matched by their words) and an
event on a day of the month ("before the board meeting on the 14th")."""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from datetime import date
from importlib.resources import files

import pytest

from followup.core.decision_dates import DecisionWords, day_said, says_decision


@pytest.fixture(scope="module")
def words() -> DecisionWords:
    data = tomllib.loads(files("followup").joinpath("data", "debrief.toml").read_text("utf-8"))
    return DecisionWords.from_mapping(data["decision"])


def country(code: str) -> Callable[[date], str | None]:
    """The public holidays of `code`, named in English, as the debrief service looks them up."""
    import holidays

    def lookup(day: date) -> str | None:
        return holidays.country_holidays(code, years=day.year, language="en_US").get(day)

    return lookup


def decided(sentence: str, reference: date, words: DecisionWords, code: str = "US") -> date | None:
    at = says_decision(sentence, words)
    assert at is not None, sentence
    return day_said(sentence, reference, words, country(code), after=at)


@pytest.mark.parametrize(
    ("sentence", "reference", "day"),
    [
        # a span counted from another day than the interview's
        ("You'll hear from us a week from tomorrow.", date(2027, 3, 1), date(2027, 3, 9)),
        ("We'll decide a fortnight from Monday.", date(2027, 3, 3), date(2027, 3, 22)),
        ("We'll let you know ten days from Friday.", date(2027, 3, 3), date(2027, 3, 15)),
        ("We'll get back to you two weeks from today.", date(2027, 3, 3), date(2027, 3, 17)),
        ("You'll have our decision three working days from Monday.", date(2027, 3, 3),
         date(2027, 3, 11)),
        ("We'll decide a week on Friday.", date(2027, 3, 3), date(2027, 3, 12)),
        ("We'll make the call Friday week.", date(2027, 3, 3), date(2027, 3, 12)),
        ("We'll decide Monday fortnight.", date(2027, 3, 3), date(2027, 3, 22)),
        # the outcome said as "one way or the other"
        ("We'll confirm one way or the other by Thursday the eleventh of February.",
         date(2027, 2, 3), date(2027, 2, 11)),
    ],
)  # fmt: skip
def test_a_span_from_another_day(words, sentence, reference, day) -> None:
    assert decided(sentence, reference, words) == day


@pytest.mark.parametrize(
    ("sentence", "reference", "code", "day"),
    [
        # before a holiday: the last working day before it (Waitangi Day is a Saturday)
        ("We'll make our decision before Waitangi Day.", date(2027, 2, 1), "NZ",
         date(2027, 2, 5)),
        # after it: the first working day after it and its observed Monday
        ("We'll decide after Waitangi Day.", date(2027, 2, 1), "NZ", date(2027, 2, 9)),
        ("We'll get back to you after Labor Day.", date(2027, 8, 30), "US", date(2027, 9, 7)),
        # a long weekend: the working day before it
        ("We'll decide before the Thanksgiving long weekend.", date(2027, 11, 15), "US",
         date(2027, 11, 24)),
        ("We'll let you know before the Easter weekend.", date(2027, 3, 15), "NZ",
         date(2027, 3, 25)),
        ("We should decide before Diwali.", date(2027, 10, 18), "IN", date(2027, 10, 28)),
        ("We'll let you know ahead of the Spring Bank Holiday.", date(2027, 5, 17), "GB",
         date(2027, 5, 28)),
        ("We'll have an answer for you before the May bank holiday.", date(2027, 4, 20), "GB",
         date(2027, 4, 30)),
        ("We'll decide before Tiradentes Day.", date(2027, 4, 12), "BR", date(2027, 4, 20)),
        # the holiday's day said too
        ("We'll decide before the Independence Day holiday on the 15th.", date(2027, 8, 2),
         "IN", date(2027, 8, 13)),
        # the nearest holiday of that name: Independence Day, not Juneteenth National
        # Independence Day
        ("We'll decide before Independence Day.", date(2027, 6, 7), "US", date(2027, 7, 2)),
    ],
)  # fmt: skip
def test_before_or_after_a_named_holiday(words, sentence, reference, code, day) -> None:
    assert decided(sentence, reference, words, code) == day


def test_an_event_on_a_day_of_the_month(words) -> None:
    said = "We'll make our decision before the board meeting on the 14th."
    assert decided(said, date(2027, 4, 5), words) == date(2027, 4, 13)
    said = "We will decide before the staff retreat on the twenty-first."
    assert decided(said, date(2027, 5, 10), words) == date(2027, 5, 20)


@pytest.mark.parametrize(
    "sentence",
    [
        # a holiday's words that name something else
        "We'll decide after the labour market review.",
        "We'll decide before the independence review.",
    ],
)
def test_a_holidays_words_in_other_things_name_no_holiday(words, sentence) -> None:
    at = says_decision(sentence, words)
    assert at is not None
    found = day_said(sentence, date(2027, 8, 2), words, country("NZ"), after=at)
    assert found is None


def test_a_holiday_needs_the_calendar_and_the_name(words) -> None:
    # without a calendar there is no holiday to find; an unknown name is no holiday
    said = "We'll decide before Waitangi Day."
    at = says_decision(said, words)
    assert day_said(said, date(2027, 2, 1), words, None, after=at) is None
    assert decided("We'll decide before Founders Day.", date(2027, 2, 1), words, "NZ") is None
