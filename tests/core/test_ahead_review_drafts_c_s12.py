"""A jot is 'still to come' only when it says so (drafts C, session 12, review-drafts finding
4). 'If hired' or 'once an offer' always say it; a phrase that is also common business
English ('final round', 'next stage', 'TBC') says it only beside a visit, tour, trial,
interview or the like, so a reader's real topic is never dropped for it."""

from __future__ import annotations

import pytest

from followup.config import load_settings
from followup.core import compose
from followup.services import drafting

WORDING = drafting.load_data(load_settings(env={})).language.wording


@pytest.mark.parametrize(
    "jot",
    [
        # the reviewer's probes
        "she described the final round of their product launch",
        "next stage of the warehouse rollout",
        "Dana: TBC on the budget figures",
        "Second interview prep with Dana",
        # new wording
        "Marco: the second round of seed funding closed in May",
        "price list for next season TBA, she said it's being redrawn",
        "Ingrid - the final round of the tender is with the council",
        "Leon: venue capacity to be confirmed by the council",
    ],
)
def test_a_business_phrase_alone_is_no_step_still_to_come(jot):
    assert not compose._ahead(jot, WORDING)


@pytest.mark.parametrize(
    "jot",
    [
        "harvest visit in Sept if hired",
        "plant tour at the next stage",
        "ride-along TBC",
        "site visit to the Leeds depot TBC",
        "shadowing a shift - final round",
        "trial day at the next stage with Oona",
        "final interview with the MD to be confirmed",
        "meet the board once hired",
        "warehouse walk-through after the references",
    ],
)
def test_a_step_still_to_come_is_found(jot):
    assert compose._ahead(jot, WORDING)
