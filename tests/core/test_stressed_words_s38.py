"""Session 38: a little word a jot stresses in capitals ('run the studio AND bring in work',
'NOT the night shift') is said plainly in a note; an acronym stays as typed ('OR
utilization', 'ALL patients' may be one), and a jot typed all in capitals reads as before."""

from __future__ import annotations

import pytest

from followup.config import load_settings
from followup.core import phrasing
from followup.services import drafting

LEXICON = drafting.load_data(load_settings(env={}), "US").language.lexicon

CASES = [
    ("lorraine needs someone to run the studio AND bring in work",
     "lorraine needs someone to run the studio and bring in work"),
    ("days only - NOT the night shift", "days only - not the night shift"),
    ("she REALLY wants someone who stays", "she really wants someone who stays"),
    ("OR utilization at 64%", "OR utilization at 64%"),
    ("the ALL protocol on the ward", "the ALL protocol on the ward"),
    ("IT support AND the ERP upgrade", "IT support and the ERP upgrade"),
]  # fmt: skip


@pytest.mark.parametrize("jot,said", CASES)
def test_a_stressed_little_word_is_said_plainly(jot, said) -> None:
    assert phrasing.unshouted(jot, LEXICON) == said


def test_a_jot_all_in_capitals_still_reads_in_normal_case() -> None:
    assert phrasing.unshouted("THE NEW PICKING ROBOTS", LEXICON) == "the new picking robots"
