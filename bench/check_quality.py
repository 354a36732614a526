"""Quality of `followup check` on the labelled corpus in tests/check_corpus.

Prints, for each issue code, precision and recall over the notes (a note counts once per code),
the accuracy of the elements (each element a note's kind needs is one decision), and the
accuracy of the verdict. Only the shipped rules are used (no user override file).

    .venv/bin/python bench/check_quality.py [--corpus DIR] [--verbose]
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "check_corpus"
CODES = (
    "desperation",
    "negativity",
    "unprofessional",
    "pushy",
    "placeholder",
    "name_mismatch",
    "length",
    "salary",
    "apology",
)


@dataclass
class Note:
    file: str
    kind: str
    text: str
    company: str
    role: str
    people: tuple[str, ...]
    topics: tuple[str, ...]
    issues: frozenset[str]
    missing: frozenset[str]
    why: str = ""

    @property
    def ready(self) -> bool:
        return not self.issues and not self.missing


@dataclass
class Outcome:
    note: Note
    issues: frozenset[str]
    elements: dict[str, bool]
    verdict: str
    findings: list[dict[str, object]]


@dataclass
class Report:
    outcomes: list[Outcome] = field(default_factory=list)

    def counts(self, code: str) -> tuple[int, int, int]:
        tp = sum(1 for o in self.outcomes if code in o.issues and code in o.note.issues)
        fp = sum(1 for o in self.outcomes if code in o.issues and code not in o.note.issues)
        fn = sum(1 for o in self.outcomes if code not in o.issues and code in o.note.issues)
        return tp, fp, fn

    def precision(self, code: str) -> float:
        tp, fp, _ = self.counts(code)
        return tp / (tp + fp) if tp + fp else 1.0

    def recall(self, code: str) -> float:
        tp, _, fn = self.counts(code)
        return tp / (tp + fn) if tp + fn else 1.0

    def element_decisions(self) -> list[tuple[Outcome, str, bool, bool]]:
        out = []
        for o in self.outcomes:
            for name, found in o.elements.items():
                out.append((o, name, name not in o.note.missing, found))
        return out

    @property
    def element_accuracy(self) -> float:
        decisions = self.element_decisions()
        return sum(1 for *_, want, got in decisions if want == got) / len(decisions)

    def element_accuracy_of(self, name: str) -> float:
        decisions = [d for d in self.element_decisions() if d[1] == name]
        return sum(1 for *_, want, got in decisions if want == got) / len(decisions)

    @property
    def verdict_accuracy(self) -> float:
        right = sum(1 for o in self.outcomes if (o.verdict == "ready") == o.note.ready)
        return right / len(self.outcomes)


def load_corpus(corpus: Path = CORPUS) -> list[Note]:
    labels = tomllib.loads((corpus / "labels.toml").read_text(encoding="utf-8"))
    notes = []
    for raw in labels["note"]:
        unknown = set(raw["issues"]) - set(CODES)
        if unknown:
            raise ValueError(f"{raw['file']}: unknown issue codes {sorted(unknown)}")
        notes.append(
            Note(
                file=raw["file"],
                kind=raw["kind"],
                text=(corpus / raw["file"]).read_text(encoding="utf-8"),
                company=raw.get("company", ""),
                role=raw.get("role", ""),
                people=tuple(raw.get("people", ())),
                topics=tuple(raw.get("topics", ())),
                issues=frozenset(raw["issues"]),
                missing=frozenset(raw["missing"]),
                why=raw.get("why", ""),
            )
        )
    return notes


def evaluate(notes: list[Note]) -> Report:
    from followup.core.check import Facts, check, compile_rules
    from followup.services.checking import (
        readability_scorer,
        sentiment_scorer,
        shipped_rule_data,
    )

    rules = compile_rules(shipped_rule_data())
    report = Report()
    for note in notes:
        facts = Facts(note.company, note.role, note.people, note.topics)
        result = check(
            note.text,
            note.kind,
            facts,
            rules,
            sentiment=sentiment_scorer(),
            readability=readability_scorer(),
        )
        report.outcomes.append(
            Outcome(
                note,
                frozenset(f.code for f in result.issues),
                dict(result.elements),
                result.verdict,
                [f.to_dict() for f in result.issues],
            )
        )
    return report


def print_report(report: Report, verbose: bool = False) -> None:
    n = len(report.outcomes)
    print(f"corpus: {n} notes ({sum(o.note.ready for o in report.outcomes)} ready)")
    print(f"{'code':16} {'notes':>5} {'tp':>3} {'fp':>3} {'fn':>3} {'precision':>9} {'recall':>7}")
    for code in CODES:
        tp, fp, fn = report.counts(code)
        print(
            f"{code:16} {tp + fn:5d} {tp:3d} {fp:3d} {fn:3d} "
            f"{report.precision(code):9.2f} {report.recall(code):7.2f}"
        )
    names = sorted({d[1] for d in report.element_decisions()})
    per = ", ".join(f"{name} {report.element_accuracy_of(name):.2f}" for name in names)
    decisions = len(report.element_decisions())
    print(f"element accuracy: {report.element_accuracy:.3f} over {decisions} decisions ({per})")
    print(f"verdict accuracy: {report.verdict_accuracy:.3f}")
    if not verbose:
        return
    for o in report.outcomes:
        wrong_codes = o.issues ^ o.note.issues
        wrong_elements = [
            name for name, got in o.elements.items() if got != (name not in o.note.missing)
        ]
        if wrong_codes or wrong_elements:
            print(f"\n{o.note.file}: {o.note.why}")
            for code in sorted(wrong_codes):
                side = "false positive" if code in o.issues else "missed"
                excerpts = [f["excerpt"] for f in o.findings if f["code"] == code]
                print(f"  {code}: {side} {excerpts if excerpts else ''}")
            for name in wrong_elements:
                print(
                    f"  element {name}: found {o.elements[name]}, labelled {not o.elements[name]}"
                )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--verbose", "-v", action="store_true", help="List every wrong call.")
    args = parser.parse_args(argv)
    report = evaluate(load_corpus(args.corpus))
    print_report(report, args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
