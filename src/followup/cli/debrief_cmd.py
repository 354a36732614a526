"""`followup debrief ID FILE`: topics and details for a round, from a meeting transcript."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from followup.cli import options
from followup.cli.context import AppContext, pass_app


@click.command("debrief")
@options.round_id_argument()
@click.argument(
    "file",
    metavar="FILE",
    type=click.Path(path_type=Path),
    help="The transcript: WebVTT or SRT (Teams, Zoom exports), a Meet or Otter text export, "
    "a Teams transcript saved from Word as text, or plain notes.",
)
@click.option("--yes", "-y", is_flag=True, help="Store every proposal without asking.")
@options.json_option(
    "Print the proposals as JSON and store nothing (with --yes: store them all "
    "and print what was stored)."
)
@pass_app
def debrief_command(app: AppContext, round_id: int, file: Path, yes: bool, json_out: bool) -> None:
    """Propose topics and specific details for round ID from what was said in the meeting.

    Keyphrases are found locally; nothing is stored until you accept it (one question per
    proposal, or --yes for all). Drafts then mention what was really discussed. A sentence
    that says when the employer decides is proposed as the round's decision date (--deadline).
    An exercise of yours they discussed (a case study, a take-home task) comes first, named as
    they named it ("the berth allocation case study"). A story of yours that the interviewers
    took up (asked about or followed up) is proposed too, marked "your story", and stored as
    their question about it ("question: …"); in --json such a topic carries "topic_kind":
    "your story". A topic whose sentence says its kind carries it too and is stored with it, as
    drafts read kinds: "exercise", "challenge" ("our biggest headache is rolled bookings") or
    "plan" ("we're rolling out handheld scanners"). A longer talk gets more topics
    (debrief.toml [proposals]).
    """
    from followup.cli import debrief_views
    from followup.core.errors import InvalidInput
    from followup.services import debrief

    interactive = not yes and not json_out
    if interactive and not sys.stdin.isatty():
        raise InvalidInput(
            "confirm each proposal in a terminal, or pass --yes (store all) or --json (only show)"
        )
    accept = debrief_views.acceptor(app.renderer, yes=yes, ask=interactive)
    result = debrief.debrief_round(app.settings, round_id, file, accept)
    if result.stored:
        app.renderer.stored(f"what you accepted is stored with round #{round_id}")
    if interactive and result.stored:
        from followup.cli.phrasing_prompt import ask_for_words

        ask_for_words(app, round_id)
    if json_out:
        app.renderer.json(result.to_dict())
    else:
        debrief_views.show_result(app.renderer, result)
