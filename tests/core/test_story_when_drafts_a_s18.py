"""A person's story that ends on when it happened ('… 22 yrs ago', '… 9 yrs back', '… at 17',
'… in the 80s') is said whole, the count in words: "how you started as a relief driver
twenty-two years ago", never left out for the figure, never "the Wendell started …". A start
'here' or 'there' is said without the word (the note is not written from their office). A
figure that says no time of the story ('started at 5', 'started as cashier 2003 …') is never
said so. Rounds in fresh wording: a bus depot, a bakery, a library service."""

from __future__ import annotations

import pytest

from followup.config import load_settings
from followup.core import compose, slot_grammar
from followup.core.records import from_record
from followup.services import drafting


@pytest.fixture(scope="module")
def language() -> compose.Language:
    return drafting.load_data(load_settings(env={}), "GB").language


def person(name: str, email: str) -> dict:
    return {"name": name, "email": email, "title": None, "role": "interviewer"}


def said(topics: list[str], language: compose.Language) -> dict[str, compose.Specific]:
    record = {
        "company": "Northgate Bus Company",
        "role": "Depot Controller",
        "interviewed": "2027-06-08",
        "tz": "Europe/London",
        "format": "in-person",
        "channel": "email",
        "country": "GB",
        "people": [
            person("Wendell Okafor", "wo@n.example"),
            person("Priscilla Hume", "ph@n.example"),
            person("Ossie Brandt", "ob@n.example"),
            person("Marguerite Lacey", "ml@n.example"),
        ],
        "topics": topics,
    }
    return {s.recorded: s for s in compose.said_specifics(from_record(record), language)}


@pytest.mark.parametrize(
    ("jot", "to_them", "about"),
    [
        (
            "wendell started here as a relief driver 22 yrs ago",
            "how you started as a relief driver twenty-two years ago",
            "how Wendell started as a relief driver twenty-two years ago",
        ),
        (
            "priscilla joined as a junior clerk 9 yrs back",
            "how you joined as a junior clerk nine years ago",
            "how Priscilla joined as a junior clerk nine years ago",
        ),
        (
            "ossie started as an apprentice baker at 17",
            "how you started as an apprentice baker at seventeen",
            "how Ossie started as an apprentice baker at seventeen",
        ),
        (
            "marguerite was a ferry engineer in the 80s",
            "how you were a ferry engineer in the eighties",
            "how Marguerite was a ferry engineer in the eighties",
        ),
    ],
)
def test_a_story_that_ends_on_when_is_said_whole(jot: str, to_them: str, about: str,
                                                 language) -> None:  # fmt: skip
    s = said([jot], language)[jot]
    assert s.usable and s.kind == "story"
    assert (s.text, s.about) == (to_them, about)


@pytest.mark.parametrize(
    "jot",
    [
        "ossie started at 5",  # a time of day, not an age
        "wendell started as controller 2003 in the Leeds depot",  # no article, a bare year
        "priscilla joined 14 yrs ago",  # joined what?
    ],
)
def test_a_figure_that_is_no_time_of_the_story_is_never_said_so(jot: str, language) -> None:
    s = said([jot], language)[jot]
    if s.usable:
        assert not any(w in s.text for w in ("at five", "2003 in", "joined fourteen"))
        assert not s.text.endswith("years ago") or len(s.text.split()) > 6


def test_counts_in_words() -> None:
    assert [slot_grammar.count_words(n) for n in (1, 9, 13, 20, 22, 40, 99)] == [
        "one", "nine", "thirteen", "twenty", "twenty-two", "forty", "ninety-nine",
    ]  # fmt: skip
