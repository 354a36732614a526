"""A company that is itself the proper name of a public body ('Ardmore Valley Council',
'Kilbrannan County Council', 'Marwick University') reads with no article added; one named
by what it does ('the British Council', 'the Open University'), one of the 'Port of X' or
'City of X' kind, and one the user typed with 'the' keep or take theirs."""

from __future__ import annotations

import pytest

from followup.config import load_settings
from followup.core import phrasing
from followup.services import drafting


@pytest.fixture(scope="module")
def lex() -> phrasing.Lexicon:
    return drafting.load_data(load_settings(env={}), "US").language.lexicon


@pytest.mark.parametrize(
    ("company", "phrase"),
    [
        ("Ardmore Valley Council", "Ardmore Valley Council"),
        ("Kilbrannan County Council", "Kilbrannan County Council"),
        ("Tolleshunt District Council", "Tolleshunt District Council"),
        ("Reading Borough Council", "Reading Borough Council"),
        ("harwick town council", "Harwick Town Council"),
        ("Marwick University", "Marwick University"),
        ("Fenmoor City Council", "Fenmoor City Council"),
    ],
)
def test_a_proper_name_of_a_body_takes_no_article(lex, company, phrase) -> None:
    assert phrasing.company_phrase(company, lex) == phrase


@pytest.mark.parametrize(
    ("company", "phrase"),
    [
        ("The City of Harlow Falls", "the City of Harlow Falls"),  # typed with it
        ("the Kilbrannan Council", "the Kilbrannan Council"),
        ("Port of Vellmar", "the Port of Vellmar"),
        ("City of Port Ellery", "the City of Port Ellery"),  # as "the City of Austin"
        ("University of Eastmoor", "the University of Eastmoor"),
        ("British Council", "the British Council"),  # named by what it is, not a place
        ("Medical Research Council", "the Medical Research Council"),
        ("Open University", "the Open University"),
        ("Ravensworth Housing Trust", "the Ravensworth Housing Trust"),
    ],
)
def test_other_bodies_keep_or_take_the_article(lex, company, phrase) -> None:
    assert phrasing.company_phrase(company, lex) == phrase
