"""A company whose name ends in a plural takes the apostrophe alone, and a product model keeps
its number in figures (issue 10, session 39: dev recruiters marked 'Calloway Steyn Partners's'
and 'the Powerwall three' as slips); a name that only ends in s keeps 's ('James's',
'Chris's'). Names are invented."""

from __future__ import annotations

import pytest

from followup.core.writer import tidy_sentence


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("I'd enjoy joining Harbour Partners's team.", "I'd enjoy joining Harbour Partners' team."),
        ("Bright Systems's roadmap", "Bright Systems' roadmap"),
        ("James's idea was good.", "James's idea was good."),
        ("Chris's point stayed with me.", "Chris's point stayed with me."),
        ("Lumen Health's team", "Lumen Health's team"),
    ],
)
def test_a_plural_name_takes_the_apostrophe_alone(text, said):
    assert tidy_sentence(text) == said


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("moving installs to the Powerwall 3 soon", "moving installs to the Powerwall 3 soon"),
        ("rolling out the iPhone 15 to the team", "rolling out the iPhone 15 to the team"),
        ("I have 3 years as a nurse", "I have three years as a nurse"),
    ],
)  # fmt: skip
def test_a_models_number_stays_in_figures(text, said):
    from followup.core.phrasing import spell_number

    assert spell_number(text) == said
