"""Review of the claims (s11, finding 5): data/claims.toml of the wrong shape (a user's file
laid over the shipped one) is one clear InvalidInput naming the key, never a ValueError,
AttributeError or TypeError from deep inside; the shipped table still reads."""

from __future__ import annotations

from typing import Any

import pytest

from followup.core.claims import Table
from followup.core.errors import InvalidInput
from followup.services.data_files import shipped_data


@pytest.mark.parametrize(
    ("data", "key"),
    [
        ({"fit": {"concept": "three"}}, "fit.concept"),
        ({"fit": {"min_fit": True}}, "fit.min_fit"),
        ({"fit": {"generic": "cost"}}, "fit.generic"),
        ({"fit": ["generic"]}, "fit"),
        ({"concepts": {"costs": ["budget"]}}, "concepts.costs"),
        ({"concepts": [{"say": "costs"}]}, "concepts"),
        ({"concepts": {"costs": {"words": "budget"}}}, "concepts.costs.words"),
        ({"concepts": {"costs": {"words": ["budget"], "say": 3}}}, "concepts.costs.say"),
        ({"abbreviations": ["pt"]}, "abbreviations"),
        ({"abbreviations": {"pt": 3}}, "abbreviations.pt"),
        ({"substance": {"result_verbs": 3}}, "substance.result_verbs"),
        ({"substance": "cut"}, "substance"),
    ],
)
def test_claims_data_of_the_wrong_shape_is_one_clear_error(data: dict[str, Any], key: str) -> None:
    with pytest.raises(InvalidInput, match=rf"claims data: {key} "):
        Table.from_mapping(data)


def test_the_shipped_claims_data_still_reads() -> None:
    table = Table.from_mapping(shipped_data("claims.toml"))
    assert table.concepts and table.abbreviations and table.concept_points >= 1
    assert Table.from_mapping({}) == Table()
