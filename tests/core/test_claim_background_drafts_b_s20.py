"""A pair is made by meaning even inside the round's own field (issue 10, point 4): in a
round where every line speaks of the field (fundraising for a fundraiser, stock for a
warehouse lead), the field's concept alone pairs nothing, but met beside a word of substance
the reader used ('regular giving' and 'a regular giving scheme') it tips the pair, and the
note names it ('On fundraising, …') instead of falling back on a stock offer. New wordings."""

from __future__ import annotations

import pytest

from followup.config import load_settings
from followup.core import claims
from followup.services import drafting

LANGUAGE = drafting.load_data(load_settings(env={}), "US").language

FIELD = [
    "Twelve years in fundraising for hospices",
    "Built a regular giving scheme from 200 to 3,000 donors",
    "Managed a trust and foundation portfolio of 60 funders",
]


def _choice(role: str, need: str, quals: list[str]) -> claims.Choice | None:
    background = claims.background(role, quals, LANGUAGE)
    return claims.choose(need, quals, LANGUAGE, background=background)


def test_the_field_is_background_in_such_a_round() -> None:
    assert "fundraising" in claims.background("Head of Philanthropy", FIELD, LANGUAGE).concepts


@pytest.mark.parametrize(
    ("need", "expected"),
    [
        ("kofi: wants regular giving to double by 2031", "regular giving"),
        ("board keen on more trust + foundation income, funders want impact reports", "trust"),
    ],
)
def test_a_word_of_substance_inside_the_field_pairs_its_line(need, expected) -> None:
    choice = _choice("Head of Philanthropy", need, FIELD)
    assert choice is not None and expected in choice.qualification.lower(), choice
    assert choice.concept == "fundraising"


def test_the_field_alone_pairs_nothing() -> None:
    # a fundraising word in the need, none of the lines' own words: no claim of an answer
    assert (
        _choice("Head of Philanthropy", "the capital campaign for the new wing stalled", FIELD)
        is None
    )


def test_running_costs_named_in_a_finance_word_meet_a_cost_saving() -> None:
    # 'opex' and 'diesel' are costs: a line that cut a cost answers them
    quals = ["Cut fleet fuel spend by 9% with telematics", "Forklift licence", "First aid"]
    for need in ("the board wants 8% off opex this year, the fleet is the big line",):
        choice = _choice("Depot Manager", need, quals)
        assert choice is not None and choice.qualification == quals[0], choice
