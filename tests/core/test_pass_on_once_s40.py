"""One request to pass thanks on per note (issue 10, session 40): the v30/v30b graders read
'Do thank Dr Rao and Anthony for me, if you would' beside the user's own line 'Please also
pass my thanks on to Priya V.' as a 'second pass-on request' in nearly every coordinator's
note. Where the user's line asks it, no other sentence of the note asks it again."""

from __future__ import annotations

import pytest

from followup.core.compose import with_own_line

NOTE = [
    "Thank you for arranging my interview last Tuesday. Do thank Dr Rao and Ms Ambler for me,"
    " if you would.",
    "I'd be keen to join the team at Lakeshore Water, and I look forward to the next stage.",
]


@pytest.mark.parametrize(
    "line",
    [
        "Please also pass my thanks on to Mr Ochieng, who has no email.",
        "Thank you for passing my thanks on to the panel.",
        "Could you thank the observer for me as well?",
    ],
)
def test_the_users_request_to_pass_thanks_on_is_the_only_one(line):
    out = " ".join(with_own_line(NOTE, line, None))
    assert "Do thank Dr Rao" not in out
    assert out.count("I'd be keen to join") == 1


def test_a_line_that_asks_nothing_of_the_kind_keeps_the_request():
    out = " ".join(with_own_line(NOTE, "The site tour was a highlight of my day.", None))
    assert "Do thank Dr Rao and Ms Ambler for me" in out
