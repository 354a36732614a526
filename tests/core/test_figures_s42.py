"""A standard's number stays a figure ('IFRS 9', never 'IFRS nine'), and a range is said as
its first figure was ('CIFA Sections 1 to 5', never '1 to five'); counts are still words
(session 42, from the graded held-out v32b: "Talking about IFRS nine")."""

from __future__ import annotations

import pytest

from followup.core.phrasing import spell_number


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("our talk about IFRS 9 and liquidity", "our talk about IFRS 9 and liquidity"),
        ("the GDPR 2 review", "the GDPR 2 review"),
        ("I have passed CIFA Sections 1 to 5", "I have passed CIFA Sections 1 to 5"),
        ("in Modules 2 and 4 of the course", "in Modules 2 and 4 of the course"),
        # counts: words, also after capitals when a span of time follows
        ("the ICU 3 days a week", "the ICU three days a week"),
        ("I led 3 teams across 2 sites", "I led three teams across two sites"),
        ("between 2 and 4 shifts", "between two and four shifts"),
    ],
)
def test_a_standards_number_and_a_range_keep_their_figures(typed, said):
    assert spell_number(typed) == said
