"""Asking, in a terminal, for the words of a topic followup cannot write with confidence.

Shared by `draft`, `add --topic` and `debrief`: the topic, what followup would write and the
sentence it lands in, then "as you would say it to them" (Enter keeps followup's words).
"""

from __future__ import annotations

import sys

import click

from followup.cli.context import AppContext


def ask_for_words(app: AppContext, round_id: int) -> int:
    """Ask about each unsure topic of the round (only in a terminal); returns how many changed."""
    if not sys.stdin.isatty():
        return 0
    from followup.services import drafting

    questions = drafting.topic_questions(app.settings, round_id)
    answers: dict[int, str] = {}
    for q in questions:
        app.renderer.text(f"You noted: {q.recorded}")
        app.renderer.text(f"  ({'; '.join(q.doubts)})")
        app.renderer.text(f"  followup would write: {q.sentence}")
        answer = click.prompt(
            "  As you would say it to them (Enter keeps it)",
            default="",
            show_default=False,
        )
        if answer.strip():
            answers[q.index] = answer
    if answers:
        drafting.rephrase_topics(app.settings, round_id, answers)
        app.renderer.text(f"Stored your words for {len(answers)} topic(s).")
    return len(answers)
