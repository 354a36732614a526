"""Output of `followup check`: JSON lines for machines; for people, the note with each
finding highlighted in place, numbered, explained below, and a one-line verdict."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from followup.cli.render import Renderer

if TYPE_CHECKING:
    from rich.text import Text

    from followup.core.check import CheckResult, Finding
    from followup.services.checking import FileCheck

ELEMENT_NAMES = {
    "thanks": "thanks",
    "interest": "interest",
    "qualifications": "qualifications",
    "specifics": "specifics",
    "enthusiasm": "enthusiasm",
    "next_steps": "next steps",
    "timeline": "a question about the timeline",
}


def _error_line(message: str) -> None:
    from followup.cli import _error

    _error(message)


def show_checks(out: Renderer, outcomes: Sequence[FileCheck], json_out: bool) -> None:
    for i, outcome in enumerate(outcomes):
        if outcome.error is not None:
            _error_line(str(outcome.error))
            if json_out:
                out.json_line(outcome.to_dict())
            continue
        if json_out:
            out.json_line(outcome.to_dict())
            continue
        assert outcome.result is not None
        if i:
            out.text()
        show_result(out, outcome.file, outcome.text, outcome.result, several=len(outcomes) > 1)


def marked_text(text: str, findings: Sequence[Finding]) -> Text:
    """The note with each finding highlighted where it is, followed by its number."""
    from rich.text import Text

    styled = Text()
    pos = 0
    for number, f in enumerate(findings, 1):
        if f.start < pos:  # overlaps the previous highlight: number it only
            styled.append(f"[{number}]", style="bold red" if f.severity == "issue" else "yellow")
            continue
        styled.append(text[pos : f.start])
        style = "bold white on red" if f.severity == "issue" else "black on yellow"
        styled.append(text[f.start : f.end], style=style)
        styled.append(f"[{number}]", style="bold red" if f.severity == "issue" else "yellow")
        pos = f.end
    styled.append(text[pos:])
    return styled


def show_result(
    out: Renderer, name: str, text: str, result: CheckResult, several: bool = False
) -> None:
    from rich.text import Text

    findings = sorted([*result.issues, *result.advice], key=lambda f: (f.start, f.end))
    if several:
        out.print(_rule(out, name))
    if result.cannot_check:
        out.console.print(Text(f"CANNOT CHECK — {name}: {result.cannot_check}"), soft_wrap=True)
        return
    out.console.print(marked_text(text.rstrip("\n"), findings), soft_wrap=True)
    out.print(_rule(out))
    for number, f in enumerate(findings, 1):
        line = Text(f"[{number}] ", style="bold red" if f.severity == "issue" else "yellow")
        line.append(f.code, style="bold")
        line.append(f": {f.message}")
        if f.suggestion:
            line.append(f"\n    → {f.suggestion}", style="dim")
        out.print(line)
    elements = Text("Elements: ")
    for key, present in result.elements.items():
        elements.append(
            ("✓ " if present else "✗ ") + ELEMENT_NAMES.get(key, key),
            style="green" if present else "bold red",
        )
        elements.append("  ")
    out.console.print(elements, soft_wrap=True)
    for key, suggestion in result.suggestions.items():
        out.print(Text(f"  missing {ELEMENT_NAMES.get(key, key)}: {suggestion}", style="dim"))
    out.console.print(verdict_line(name, result), soft_wrap=True)


def _rule(out: Renderer, title: str = "") -> Text:
    """A dim line across the console, with a title at its left (rich.rule costs an import of
    its layout helpers on a command that must start fast)."""
    from rich.text import Text

    width = max(out.console.width, 20)
    line = Text(style="dim")
    if title:
        line.append("── ")
        line.append(title)
        line.append(" ")
    line.append("─" * max(width - len(line), 3))
    return line


def verdict_line(name: str, result: CheckResult) -> Text:
    from rich.text import Text

    line = Text()
    if result.ready:
        line.append("READY", style="bold green")
    else:
        line.append("REVISE", style="bold red")
    parts = [f"score {result.score}", f"{result.words} words"]
    if result.issues:
        codes = sorted({f.code for f in result.issues})
        parts.append(
            f"{len(result.issues)} issue{'s' * (len(result.issues) != 1)} ({', '.join(codes)})"
        )
    if result.missing:
        parts.append("missing " + ", ".join(ELEMENT_NAMES.get(m, m) for m in result.missing))
    if result.advice:
        parts.append(f"{len(result.advice)} advice")
    line.append(f" — {name} ({result.kind}): " + "; ".join(parts))
    return line
