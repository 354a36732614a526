"""Output of `followup check`: JSON lines for machines; for people, the note as written with
each finding numbered in place, the findings explained below, and the verdict. Plain text
(cli/layout.py): wrapped lines keep their indent, and the view starts without Rich."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from followup.cli import layout
from followup.cli.render import Renderer

if TYPE_CHECKING:
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


def marked_text(text: str, findings: Sequence[Finding]) -> str:
    """The note with each finding's number right after it (`need this job[2]`)."""
    parts: list[str] = []
    pos = 0
    for number, f in enumerate(findings, 1):
        if f.start >= pos:  # an overlapping finding is numbered where the previous one ends
            parts.append(text[pos : f.end])
            pos = f.end
        parts.append(f"[{number}]")
    parts.append(text[pos:])
    return "".join(parts)


def show_result(
    out: Renderer, name: str, text: str, result: CheckResult, several: bool = False
) -> None:
    size = layout.width()
    findings = sorted([*result.issues, *result.advice], key=lambda f: (f.start, f.end))
    if several:
        out.text(layout.rule(size, name))
    if result.cannot_check:
        for line in layout.wrap(f"{name}: {result.cannot_check}", size, "CANNOT CHECK — "):
            out.text(line)
        return
    for line in marked_text(text.rstrip("\n"), findings).splitlines():
        out.text(line)  # the note as written: its own line breaks, never re-wrapped
    out.text(layout.rule(size))
    for number, f in enumerate(findings, 1):
        for line in layout.wrap(f"{f.code}: {f.message}", size, f"[{number}] "):
            out.text(line)
        if f.suggestion:
            for line in layout.wrap(f.suggestion, size, "    → ", "      "):
                out.text(line)
    elements = [("✓ " if present else "✗ ") + ELEMENT_NAMES.get(key, key)
                for key, present in result.elements.items()]  # fmt: skip
    for line in layout.flow(elements, size, "Elements: "):
        out.text(line)
    for key, suggestion in result.suggestions.items():
        for line in layout.wrap(
            suggestion, size, f"  missing {ELEMENT_NAMES.get(key, key)}: ", "    "
        ):
            out.text(line)
    for line in layout.wrap(verdict_line(name, result), size, "", "    "):
        out.text(line)


def verdict_line(name: str, result: CheckResult) -> str:
    """`READY — note.txt (email): score 92; 143 words` or `REVISE — …; 2 issues (…); …`."""
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
    verdict = "READY" if result.ready else "REVISE"
    return f"{verdict} — {name} ({result.kind}): " + "; ".join(parts)
