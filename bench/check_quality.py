"""Quality of `followup check` on labelled corpora: tests/check_corpus and tests/check_heldout.

Prints, for each corpus, for each issue code, precision and recall over the notes (a note counts
once per code), the pooled precision and recall over all codes, the accuracy of the elements
(each element a note's kind needs is one decision), and the accuracy of the verdict. Only the
shipped rules are used (no user override file).

A corpus is a folder of notes with a labels.toml: one [[note]] per file with file, kind, company,
role, people, topics, issues, missing, why, and optionally qualifications (the candidate's
profile), own_employers (the candidate's employers), candidate (the writer's own name, from the
profile), details (other text of the record: items, notes), other_companies and other_people
(names of the user's other applications: a string, or a table with name and round).

    .venv/bin/python bench/check_quality.py [--corpus DIR]... [--heldout] [--verbose]

A --corpus folder without a labels.toml is read through its subfolders that have one
(tests/check_dev8 holds check/ and tune/), each scored on its own. Without --corpus the
development corpus is scored; --heldout adds tests/check_heldout (score it
once, at the end: it is not for tuning).
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "check_corpus"
HELDOUT = ROOT / "tests" / "check_heldout"
CODES = (
    "desperation",
    "negativity",
    "unprofessional",
    "pushy",
    "placeholder",
    "name_mismatch",
    "length",
)
# advice codes a note may be labelled with (`advice = [...]`): shown, never blocking
ADVICE_CODES = (
    "salary",
    "apology",
    "offer_deadline",
    "check_in",
    "hedging",
    "long_sentence",
    "exclamation",
    "tone",
    "readability",
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
    advice: frozenset[str] = frozenset()
    qualifications: tuple[str, ...] = ()
    own_employers: tuple[str, ...] = ()
    details: tuple[str, ...] = ()
    other_companies: tuple[tuple[str, str], ...] = ()  # (name, whose it is)
    candidate: str = ""  # the writer's own name (the profile's, as `--interview` passes it)

    @property
    def ready(self) -> bool:
        return not self.issues and not self.missing

    def facts(self) -> Any:
        """The record the note is checked against (followup.core.check.Facts)."""
        from followup.core.check import Facts

        return Facts(
            self.company,
            self.role,
            self.people,
            self.topics,
            own_employers=self.own_employers,
            details=self.details,
            qualifications=self.qualifications,
            other_names=self.other_companies,
            candidate=self.candidate,
        )


@dataclass
class Outcome:
    note: Note
    issues: frozenset[str]
    elements: dict[str, bool]
    verdict: str
    findings: list[dict[str, object]]
    advice: frozenset[str] = frozenset()


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

    def pooled(self) -> tuple[int, int, int]:
        """True positives, false positives and false negatives summed over every code."""
        tp = fp = fn = 0
        for code in CODES:
            a, b, c = self.counts(code)
            tp, fp, fn = tp + a, fp + b, fn + c
        return tp, fp, fn

    @property
    def pooled_precision(self) -> float:
        tp, fp, _ = self.pooled()
        return tp / (tp + fp) if tp + fp else 1.0

    @property
    def pooled_recall(self) -> float:
        tp, _, fn = self.pooled()
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


def _others(raw: object) -> tuple[tuple[str, str], ...]:
    """other_companies: names, or tables with a name and the round (or application) it is of."""
    out = []
    for item in raw if isinstance(raw, list) else []:
        if isinstance(item, dict):
            whose = item.get("round") or item.get("whose") or "another application"
            whose = f"round {whose}" if isinstance(whose, int) else str(whose)
            out.append((str(item.get("name", "")), whose))
        else:
            out.append((str(item), "another application"))
    return tuple((name, whose) for name, whose in out if name)


def labelled_folders(corpus: Path) -> list[tuple[Path, str]]:
    """The labelled folders of a corpus and their names: the folder itself when it has a
    labels.toml, else each subfolder that has one ('check_dev8/check', 'check_dev8/tune')."""
    if (corpus / "labels.toml").is_file():
        return [(corpus, corpus.name)]
    subs = (
        sorted(p for p in corpus.iterdir() if (p / "labels.toml").is_file())
        if corpus.is_dir()
        else []
    )
    if not subs:
        raise ValueError(f"{corpus}: no labels.toml in it or in any folder inside it")
    return [(sub, f"{corpus.name}/{sub.name}") for sub in subs]


def load_corpus(corpus: Path = CORPUS) -> list[Note]:
    labels = tomllib.loads((corpus / "labels.toml").read_text(encoding="utf-8"))
    notes = []
    for raw in labels["note"]:
        # an advice code listed among the issues (sets labelled when it blocked) is advice
        advice = set(raw.get("advice", ())) | (set(raw["issues"]) & set(ADVICE_CODES))
        unknown = set(raw["issues"]) - set(CODES) - advice
        if unknown:
            raise ValueError(f"{raw['file']}: unknown issue codes {sorted(unknown)}")
        unknown = advice - set(ADVICE_CODES)
        if unknown:
            raise ValueError(f"{raw['file']}: unknown advice codes {sorted(unknown)}")
        notes.append(
            Note(
                file=raw["file"],
                kind=raw["kind"],
                text=(corpus / raw["file"]).read_text(encoding="utf-8"),
                company=raw.get("company", ""),
                role=raw.get("role", ""),
                people=tuple(raw.get("people", ())),
                topics=tuple(raw.get("topics", ())),
                issues=frozenset(raw["issues"]) - advice,
                missing=frozenset(raw["missing"]),
                why=raw.get("why", ""),
                advice=frozenset(advice),
                qualifications=tuple(raw.get("qualifications", ())),
                own_employers=tuple(raw.get("own_employers", ())),
                details=tuple(raw.get("details", ())),
                other_companies=_others(
                    [*raw.get("other_companies", ()), *raw.get("other_people", ())]
                ),
                candidate=raw.get("candidate", ""),
            )
        )
    return notes


def evaluate(notes: list[Note]) -> Report:
    from followup.core.check import check, compile_rules
    from followup.services.checking import (
        learned_model,
        readability_scorer,
        sentiment_scorer,
        shipped_rule_data,
    )

    rules = compile_rules(shipped_rule_data())
    report = Report()
    for note in notes:
        facts = note.facts()
        result = check(
            note.text,
            note.kind,
            facts,
            rules,
            sentiment=sentiment_scorer(),
            readability=readability_scorer(),
            model=learned_model(),
        )
        report.outcomes.append(
            Outcome(
                note,
                frozenset(f.code for f in result.issues),
                dict(result.elements),
                result.verdict,
                [f.to_dict() for f in result.issues],
                frozenset(f.code for f in result.advice),
            )
        )
    return report


def print_report(report: Report, verbose: bool = False, name: str = "corpus") -> None:
    n = len(report.outcomes)
    print(f"{name}: {n} notes ({sum(o.note.ready for o in report.outcomes)} ready)")
    print(f"{'code':16} {'notes':>5} {'tp':>3} {'fp':>3} {'fn':>3} {'precision':>9} {'recall':>7}")
    for code in CODES:
        tp, fp, fn = report.counts(code)
        print(
            f"{code:16} {tp + fn:5d} {tp:3d} {fp:3d} {fn:3d} "
            f"{report.precision(code):9.2f} {report.recall(code):7.2f}"
        )
    tp, fp, fn = report.pooled()
    print(
        f"{'pooled':16} {tp + fn:5d} {tp:3d} {fp:3d} {fn:3d} "
        f"{report.pooled_precision:9.2f} {report.pooled_recall:7.2f}"
    )
    names = sorted({d[1] for d in report.element_decisions()})
    per = ", ".join(f"{name} {report.element_accuracy_of(name):.2f}" for name in names)
    decisions = len(report.element_decisions())
    print(f"element accuracy: {report.element_accuracy:.3f} over {decisions} decisions ({per})")
    print(f"verdict accuracy: {report.verdict_accuracy:.3f}")
    labelled = [(o, code) for o in report.outcomes for code in o.note.advice]
    if labelled:
        given = sum(1 for o, code in labelled if code in o.advice)
        print(f"labelled advice given: {given} of {len(labelled)}")
    if not verbose:
        return
    for o in report.outcomes:
        wrong_codes = o.issues ^ o.note.issues
        wrong_elements = [
            name for name, got in o.elements.items() if got != (name not in o.note.missing)
        ]
        if wrong_codes or wrong_elements or o.note.advice - o.advice:
            print(f"\n{o.note.file}: {o.note.why}")
            for code in sorted(wrong_codes):
                side = "false positive" if code in o.issues else "missed"
                excerpts = [f["excerpt"] for f in o.findings if f["code"] == code]
                print(f"  {code}: {side} {excerpts if excerpts else ''}")
            for code in sorted(o.note.advice - o.advice):
                print(f"  advice {code}: not given")
            for name in wrong_elements:
                print(
                    f"  element {name}: found {o.elements[name]}, labelled {not o.elements[name]}"
                )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, action="append", help="A labelled folder.")
    parser.add_argument("--heldout", action="store_true", help=f"Also score {HELDOUT.name}.")
    parser.add_argument("--verbose", "-v", action="store_true", help="List every wrong call.")
    args = parser.parse_args(argv)
    corpora = list(args.corpus or [CORPUS])
    if args.heldout:
        if not (HELDOUT / "labels.toml").exists():
            print(f"no held-out set at {HELDOUT}", file=sys.stderr)
            return 2
        corpora.append(HELDOUT)
    try:
        folders = [
            (folder, name) for corpus in corpora for folder, name in labelled_folders(corpus)
        ]
    except ValueError as err:
        print(f"check_quality: {err}", file=sys.stderr)
        return 2
    for i, (folder, name) in enumerate(folders):
        if i:
            print()
        print_report(evaluate(load_corpus(folder)), args.verbose, name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
