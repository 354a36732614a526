"""Asking, in a terminal, for the words of a topic followup cannot write with confidence.

Shared by `draft`, `add --topic` and `debrief`: the topic, what followup would write and the
sentence it lands in, then "as you would say it to them" (Enter keeps followup's words); then
each qualification no note can say as recorded, as a sentence (Enter leaves it out); then,
for each person a note goes to, one line of the user's own (Enter skips).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

import click

from followup.cli.context import AppContext


def ask_for_words(
    app: AppContext,
    round_id: int,
    qualifications: bool = False,
    readers: Sequence[str] = (),
) -> int:
    """Ask about each unsure topic of the round (only in a terminal), with `qualifications`
    (drafting) each qualification no note can say, and for each of `readers` (the names the
    draft writes to) a line of the user's own; returns how many changed."""
    if not sys.stdin.isatty():
        return 0
    from followup.core.phrasing import KIND_LABELS
    from followup.services import drafting

    questions = drafting.topic_questions(app.settings, round_id)
    answers: dict[int, str] = {}
    for q in questions:
        app.renderer.text(f"You noted: {q.recorded}")
        app.renderer.text(f"  ({'; '.join(q.doubts)})")
        label = KIND_LABELS.get(q.kind, q.kind)
        app.renderer.text(
            f"  Read as: {label} (another kind: start your words with it, as 'question: …', "
            "'challenge: …', 'exercise: …')"
        )
        if q.left_out:  # no note says it: where the user's words would go
            app.renderer.text("  No note says it, as followup cannot say it exactly.")
            app.renderer.text(f"  Your words would go in: {q.sentence}")
        else:
            app.renderer.text(f"  followup would write: {q.sentence}")
        answer = click.prompt(
            "  As you would say it to them "
            f"(Enter {'leaves it out' if q.left_out else 'keeps it'})",
            default="",
            show_default=False,
        )
        if answer.strip():
            answers[q.index] = answer
    if answers:
        drafting.rephrase_topics(app.settings, round_id, answers)
        app.renderer.text(f"Stored your words for {len(answers)} topic(s).")
    asked = len(answers)
    if qualifications:
        asked += _ask_for_qualifications(app, round_id)
    if readers:
        asked += _ask_for_lines(app, round_id, readers)
    return asked


def _ask_for_qualifications(app: AppContext, round_id: int) -> int:
    """Ask for a sentence for each qualification no note can say as it is recorded."""
    from followup.services import drafting

    answers: dict[tuple[str, int], str] = {}
    for q in drafting.qualification_questions(app.settings, round_id):
        app.renderer.text(f"Your qualification: {q.recorded}")
        why = f": {q.doubt}" if q.doubt else ""
        app.renderer.text(f"  (followup cannot put it in a sentence{why}; no note says it)")
        app.renderer.text(f"  It would go in a sentence like: {q.sentence}")
        answer = click.prompt(
            "  As you would say it to them, starting with 'I' (Enter leaves it out)",
            default="",
            show_default=False,
        )
        if answer.strip():
            answers[(q.source, q.index)] = answer
    if not answers:
        return 0
    changed = drafting.reword_qualifications(app.settings, round_id, answers)
    app.renderer.text(f"Stored your words for {changed} qualification(s).")
    return changed


def _ask_for_lines(app: AppContext, round_id: int, readers: Sequence[str]) -> int:
    """Ask, for each of `readers`, for one line of the user's own (Enter skips; a line given
    before is kept, and not asked for again)."""
    from followup.services import drafting

    answers: dict[str, str] = {}
    for q in drafting.line_questions(app.settings, round_id):
        if q.line or q.name not in readers:
            continue  # given before (`draft` does not ask again), or no note goes to them
        if q.topics:
            app.renderer.text(f"{q.name}'s note is about: {'; '.join(q.topics)}")
        answer = click.prompt(
            "  " + drafting.LINE_PROMPT.format(name=q.name), default="", show_default=False
        )
        if answer.strip():
            answers[q.name] = answer
    if not answers:
        return 0
    changed = drafting.add_lines(app.settings, round_id, answers)
    app.renderer.text(f"Stored your own line for {changed} person(s).")
    return changed
