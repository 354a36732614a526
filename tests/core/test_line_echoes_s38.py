"""Session 38: a line of the user's own that says the note's topic again stands in for the
topic's words, wherever the note names it.

Recruiters read a topic sentence followed by the user's line on the same thing as the same
point made twice ("…the three weeks legal review takes per study. The three weeks legal needs
for each study stayed with me, …"). A line says the topic again when it shares enough of its
words of substance, counted as a reader counts them: a number in words or figures ('thirty'
and '30', 'percent' and '%'), a word with or without its plural ('ETAs', 'ETA'), and enough
shared words for a long topic of which the line takes up one part. When the topic is named in
the opening thanks, the thanks keep their first part ('Thank you for meeting me on Tuesday')
and the line follows it. Jots and lines invented for these tests."""

from __future__ import annotations

import re

import pytest

from followup.core import compose

ECHOES = [
    # (topic as the note says it, the user's line)
    ("getting ETAs within thirty minutes for ninety percent of parcels by the second quarter",
     "Getting ETA within 30 minutes for 90% of parcels is a goal I'd love to help with."),
    ("keeping the glaze consistent, with kiln temperatures varying between the day and night "
     "firings, and the part the old controller plays",
     "I've been thinking about the kiln temperatures varying between day and night firings, "
     "and I'd start by logging each firing."),
    ("the utilization targets, multipliers and monthly project reviews in Deltek",
     "The 62 percent utilization target and the monthly reviews in Deltek make sense to me."),
    ("the two hours each intake takes the front desk on Mondays",
     "The two hours the front desk loses to intakes on Mondays stayed with me."),
]  # fmt: skip
NOT_ECHOES = [
    ("the new ePCR system rolling out in January",
     "I'd be glad to be one of the early super users, and I've taken your advice on doses."),
    ("the winter rota and the two nurses short on nights",
     "Your story about starting as a porter here stayed with me."),
]  # fmt: skip


@pytest.mark.parametrize("topic,line", ECHOES)
def test_a_line_that_says_the_topic_again_is_an_echo(topic, line) -> None:
    assert compose.restates_topic(line, topic)


@pytest.mark.parametrize("topic,line", NOT_ECHOES)
def test_a_line_on_something_else_is_no_echo(topic, line) -> None:
    assert not compose.restates_topic(line, topic)


@pytest.mark.parametrize("topic,line", ECHOES)
def test_the_line_stands_in_for_a_topic_sentence_after_the_opening(topic, line) -> None:
    paragraphs = [
        f"Thanks for a good conversation on Friday. I especially enjoyed talking about {topic}.",
        "I'd be glad to bring my experience to the team, and I hope to hear from you soon.",
    ]
    out = compose.with_own_line(paragraphs, line, topic)
    text = " ".join(out)
    assert line in text and topic not in text, out
    assert text.startswith("Thanks for a good conversation on Friday.")


@pytest.mark.parametrize(
    "opening,kept",
    [
        ("Thank you for meeting with me on Tuesday and for talking openly about {t}.",
         "Thank you for meeting with me on Tuesday."),
        ("Thanks for your time on December 7, and for the honest picture of {t}.",
         "Thanks for your time on December 7."),
        ("Thank you for meeting me last Friday; I was glad we could talk about {t}.",
         "Thank you for meeting me last Friday."),
    ],
)  # fmt: skip
def test_the_opening_thanks_keep_their_first_part_and_the_line_follows(opening, kept) -> None:
    topic, line = ECHOES[0]
    paragraphs = [opening.format(t=topic), "I hope to hear from you soon."]
    out = compose.with_own_line(paragraphs, line, topic)
    first = re.split(r"(?<=[.!?])\s+", out[0])
    assert first[:2] == [kept, line], out
    assert topic not in " ".join(out)


def test_an_opening_that_cannot_be_cut_keeps_the_topic_and_the_line_follows_it() -> None:
    topic, line = ECHOES[0]
    paragraphs = [f"Talking about {topic} was the best part of my day.", "I hope to hear soon."]
    out = compose.with_own_line(paragraphs, line, topic)
    assert out[0] == f"Talking about {topic} was the best part of my day. {line}", out
