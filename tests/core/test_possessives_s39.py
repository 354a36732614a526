"""A company whose name ends in a plural takes the apostrophe alone (issue 10, session 39: dev
recruiters marked 'Calloway Steyn Partners's' as a slip); a name that only ends in s keeps
's ('James's', 'Chris's'). Names are invented."""

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
