"""A reader's own words given back in quotes read as English, never as a jot (s13 drafts
review): the pronoun 'i' typed in lower case is written 'I', and a quote carrying jotted
shorthand is not given back at all. Cases in new wording, not from any held-out set."""

from __future__ import annotations

import pytest
from tests.core.test_moments_drafts_b_s13 import found, language  # noqa: F401

from followup.core import compose

CAPITALISED = [
    ("tadeusz: 'i need people who show up on time'", "Tadeusz Wrona",
     "I need people who show up on time"),
    ("orla - 'i'd rather hire attitude than experience, every time'", "Orla Finnegan",
     "I'd rather hire attitude than experience, every time"),
    ("mei ling: 'if i can't trust you with the keys i can't use you'", "Mei Ling Soh",
     "if I can't trust you with the keys I can't use you"),
    ("orla: 'when i've seen a rota work, it's because the team built it'", "Orla Finnegan",
     "when I've seen a rota work, it's because the team built it"),
]  # fmt: skip


@pytest.mark.parametrize(("jot", "who", "said"), CAPITALISED)
def test_lower_case_i_in_a_quote_is_written_I(
    jot: str,
    who: str,
    said: str,
    language: compose.Language,  # noqa: F811
) -> None:
    assert found([jot], language).get(who) == ("quote", said)


SHORTHAND = [
    "mei ling: 'our mgrs all do a yr on the tills first'",
    "tadeusz - 'every mgr here did their apprenticeship in house'",
    "orla: 'new starters shadow a supervisor for 2 wks before nights'",
]


@pytest.mark.parametrize("jot", SHORTHAND)
def test_a_quote_with_shorthand_is_not_given_back(
    jot: str,
    language: compose.Language,  # noqa: F811
) -> None:
    assert found([jot], language) == {}
