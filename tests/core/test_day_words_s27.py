"""Words of when you met (issue 10, session 27): a note drafted on one day and sent on a
later one (the plan's ideal day) says what is true on both days, never 'last Wednesday' on
the Thursday after a Wednesday interview, never 'yesterday' on a later day."""

from __future__ import annotations

from datetime import date

import pytest

from followup.config import load_settings
from followup.core.compose import when_words
from followup.services import drafting

WED = date(2026, 12, 2)


@pytest.fixture(scope="module")
def english():
    return drafting.load_data(load_settings()).language.english


def test_the_same_day_to_draft_and_send_keeps_the_plain_words(english) -> None:
    assert when_words(WED, date(2026, 12, 3), english)[0] == "yesterday"
    assert when_words(WED, date(2026, 12, 3), english, date(2026, 12, 3))[0] == "yesterday"


@pytest.mark.parametrize(
    ("written", "sent"),
    [
        (date(2026, 12, 3), date(2026, 12, 7)),  # drafted Thursday, sent Monday
        (date(2026, 12, 2), date(2026, 12, 3)),  # drafted the same day, sent the next
        (date(2026, 12, 3), date(2026, 12, 10)),
    ],
)
def test_words_hold_on_the_day_written_and_the_day_sent(english, written, sent) -> None:
    said, _ = when_words(WED, sent, english, written)
    dated = f"on {english.plain_date(WED)}"
    assert said in (when_words(WED, written, english)[0], dated)
    assert said in (when_words(WED, sent, english)[0], dated)


def test_a_weekday_true_on_both_days_is_kept(english) -> None:
    # Monday's interview, drafted Wednesday and sent Friday: 'on Monday' both days
    monday = date(2026, 11, 30)
    assert when_words(monday, date(2026, 12, 4), english, date(2026, 12, 2)) == (
        "on Monday",
        "Monday",
    )


def test_thursday_after_wednesday_never_says_last_wednesday(english) -> None:
    said, word = when_words(WED, date(2026, 12, 7), english, date(2026, 12, 3))
    assert said == f"on {english.plain_date(WED)}"
    assert word is None
