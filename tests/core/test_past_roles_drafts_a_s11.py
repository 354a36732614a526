"""A role the candidate held and left is said in the past, or not used (drafts A, session 11):
a CV line that dates a job with an end year ('Line cook, 2014-2018', 'Night auditor (2019 to
2021)', 'Deck cadet until 2015') is no job the candidate holds now, so 'I am a line cook'
misstates the present; 'I served as a line cook' says what the line says. An open range
('2021-present') is still the present."""

from __future__ import annotations

import pytest

from followup.config import load_settings
from followup.core import phrasing
from followup.services import drafting

LEXICON = drafting.load_data(load_settings(env={})).language.lexicon


@pytest.mark.parametrize(
    "line",
    [
        "Line cook, 2014-2018",
        "Night auditor (2019 to 2021)",
        "Deck cadet until 2015",
        "Charge nurse 2010–2016",
        "Station officer, Harbour Fire Service (2005-2019)",
    ],
)
def test_a_dated_past_role_takes_the_past_or_is_not_used(line):
    q = phrasing.qualification(line, LEXICON)
    assert not q.sure or not q.clause.startswith("I am "), q.clause
    if q.sure:
        assert q.clause.startswith("I served as "), q.clause


def test_an_open_range_is_not_made_past():
    q = phrasing.qualification("Charge nurse (2021-present)", LEXICON)
    assert "served" not in q.clause


def test_a_past_role_reads_whole():
    assert phrasing.qualification("Sous chef, 2014-2018", LEXICON).clause == (
        "I served as a sous chef"
    )
    assert phrasing.qualification("Sous chef", LEXICON).clause == "I am a sous chef"
