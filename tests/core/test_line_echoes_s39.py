"""A line of the user's own that says again another sentence of the note than the one that
names its topic (issue 10, session 39): that sentence goes, the line stays. Dev recruiters
read 'I appreciated the time you gave the written vignette, and your point that … the
response has to be the same day' beside the line 'Your point about responding the same day,
before the child goes home, has really stayed with me' as copied. Wording is invented."""

from __future__ import annotations

from followup.core import compose


def test_a_sentence_the_line_says_again_goes():
    paragraphs = [
        "Thank you for your time on Friday, and for being candid about the backlog at the"
        " depot. I appreciated your feedback on the route plan, and your point that a driver"
        " who starts before six needs the load sheet the night before.",
        "I'd be glad to bring my experience to Harbour Freight.",
    ]
    line = (
        "Your point that a driver starting before six needs the load sheet the night before"
        " stuck with me."
    )
    out = compose.with_own_line(paragraphs, line, "the backlog at the depot")
    body = out[0]
    assert body.count("load sheet") == 1 and line in body
    assert body.startswith("Thank you for your time on Friday, and for being candid")
    assert out[1] == paragraphs[1]


def test_a_line_that_says_something_new_leaves_every_sentence():
    paragraphs = [
        "Thank you for your time on Friday. I appreciated your feedback on the route plan.",
        "I'd be glad to bring my experience to Harbour Freight.",
    ]
    line = "I'd start by mapping the early runs with the night team."
    out = compose.with_own_line(paragraphs, line, "the route plan")
    assert "feedback on the route plan" in out[0] and line in out[0]
