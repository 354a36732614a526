"""Human side of `followup debrief`: one question per proposal, then what was stored."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import click
from rich.text import Text

from followup.cli.render import Renderer

if TYPE_CHECKING:
    from followup.core.debrief import Proposal
    from followup.services.debrief import Debrief


def accept_all(_proposal: Proposal) -> bool:
    return True


def _describe(proposal: Proposal) -> Text:
    line = Text()
    line.append(f"{proposal.kind}: ", style="bold cyan")
    line.append(proposal.text, style="bold")
    line.append(f"  ({proposal.why})", style="dim")
    return line


def _source(proposal: Proposal) -> Text:
    who = proposal.speaker or "notes"
    when = f" {proposal.at}" if proposal.at else ""
    excerpt = proposal.source if len(proposal.source) <= 140 else proposal.source[:137] + "..."
    return Text(f"    {who}{when}: “{excerpt}”", style="dim")


def asker(out: Renderer) -> Callable[[Proposal], bool]:
    """Ask about each proposal in turn (Enter accepts)."""
    count = {"n": 0}

    def ask(proposal: Proposal) -> bool:
        count["n"] += 1
        out.print(_describe(proposal))
        out.print(_source(proposal))
        return click.confirm(f"  Add this {proposal.kind} to the round?", default=True)

    return ask


def acceptor(out: Renderer, *, yes: bool, ask: bool) -> Callable[[Proposal], bool] | None:
    """Who decides: everything accepted (--yes), the user (one question each), or nobody."""
    if yes:
        return accept_all
    if ask:
        return asker(out)
    return None


def show_result(out: Renderer, result: Debrief) -> None:
    out.print(
        Text(
            f"Read {result.cues} cue{'s' if result.cues != 1 else ''} ({result.format}) from "
            f"{result.file}"
            + (f"; speakers: {', '.join(result.speakers)}" if result.speakers else "")
        )
    )
    if not result.proposals:
        out.print("Nothing new to propose: the round already records what this transcript says.")
        return
    if result.stored is None:
        for proposal in result.proposals:
            out.print(_describe(proposal))
            out.print(_source(proposal))
        return
    if not result.stored:
        out.print("Nothing was stored.")
        return
    kinds = {k: sum(1 for p in result.stored if p.kind == k) for k in ("topic", "detail")}
    parts = [f"{n} {k}{'s' if n != 1 else ''}" for k, n in kinds.items() if n]
    out.print(Text(f"Stored {' and '.join(parts)} with round #{result.round_id}:", style="green"))
    for proposal in result.stored:
        kind = f" ({proposal.topic_kind})" if proposal.topic_kind else ""  # "your story"
        out.print(Text(f"  - {proposal.text}{kind}"))
    out.print(Text(f"Write the note with: followup draft {result.round_id}", style="dim"))
