"""Where the in-process check spends its time, stage by stage (what bench/check_speed.py times
as a whole): CPU time of each pass of `core.check.verdict.check`, as a share of the check.

    .venv/bin/python bench/check_stages.py [--notes unseen|dev|both] [--runs 2]

"unseen": bench/check_speed.py's 300-word email with its slot words drawn afresh for each note,
the sentence memory cleared (its "unseen notes"); "dev": every labelled note of tests/check_dev*
against its own record, each record new to the process (its "development notes, first check").
Everything is on, as there: phrase rules, names, elements, the learned layer, sentiment and
readability. The stages are the calls `check` makes, in its order, timed with the thread's CPU
clock (`time.thread_time_ns`: a busy machine slows it less than the wall clock); the document
and the record's names are built apart from the rest of `Checker` (which `check` does in one
call). Below the table: how many rules a note opens (its words pass the gates), how many of
those hold their other strings and are searched, and how many find something. Shares, not
absolute times, are what to compare from one machine or run to another.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from pathlib import Path
from time import thread_time_ns
from typing import Any

ROOT = Path(__file__).resolve().parent


def _speed_bench() -> object:
    spec = importlib.util.spec_from_file_location("check_speed", ROOT / "check_speed.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", choices=("unseen", "dev", "both"), default="both")
    parser.add_argument("--runs", type=int, default=1, help="passes over the unseen notes")
    args = parser.parse_args(argv)

    from followup.core.check import check, compile_rules, native
    from followup.core.check.checker import Checker
    from followup.core.check.document import Document
    from followup.core.check.language import cannot_judge
    from followup.core.check.matching import _has_substrings, gated_matches
    from followup.core.check.names import Names
    from followup.services.checking import (
        learned_model,
        readability_scorer,
        sentiment_scorer,
        shipped_rule_data,
    )

    speed = _speed_bench()
    rules = compile_rules(shipped_rule_data())
    facts = speed.email_facts()  # type: ignore[attr-defined]
    sentiment, readability, model = sentiment_scorer(), readability_scorer(), learned_model()
    for _ in range(10):  # warm up, as bench/check_speed.py does
        check(speed.EMAIL, "email", facts, rules, sentiment=sentiment, readability=readability,  # type: ignore[attr-defined]
              model=model)  # fmt: skip
    sets = []
    if args.notes in ("unseen", "both"):
        notes = [(speed.varied(1000 + i), "email", facts) for i in range(150 * args.runs)]  # type: ignore[attr-defined]
        sets.append(("unseen notes (300-word email, new slot words)", notes))
    if args.notes in ("dev", "both"):
        sets.append(("development notes, first check (tests/check_dev*)", speed.dev_notes()))  # type: ignore[attr-defined]
    print(f"checker modules: {native.status()} ({', '.join(native.COMPILED)})")
    for label, notes in sets:
        spent: dict[str, int] = {}
        counts = {"opened": 0, "searched": 0, "found": 0}
        checked = 0

        def timed(stage: str, call: Any, *call_args: Any, spent: dict = spent) -> Any:
            start = thread_time_ns()
            out = call(*call_args)
            spent[stage] = spent.get(stage, 0) + thread_time_ns() - start
            return out

        for text, kind, note_facts in notes:
            model._memo.clear()
            doc = timed("document", Document, text, rules)
            names = timed("names of the record", Names.for_facts, note_facts, rules)
            # (untimed: builds the document again, and finds the record's names made above;
            # a class mypyc compiled cannot be made without its __init__)
            checker = Checker(text, kind, note_facts, rules)
            checker.doc, checker.names = doc, names
            if timed("language", cannot_judge, text, rules.language, doc.word_set):
                continue
            checked += 1
            phrase, elements = timed("gates", checker.open_rules)
            counts["opened"] += len(phrase) + sum(map(len, elements.values()))
            timed("phrase rules", checker.phrase_rules, model)
            timed("typography", checker.typography)
            timed("length", checker.length)
            timed("names", checker.names_check)
            timed("draft slips", checker.draft_slips)
            timed("learned layer", checker.learned, model)
            timed("advice (sentiment, readability)", checker.advice, sentiment, readability)
            issues, _advice = timed("findings", checker.findings)
            timed("elements", checker.elements, issues)
            for _spec, rule in phrase:  # (untimed) which opened phrase rules run and find
                counts["searched"] += _has_substrings(rule, doc)
                counts["found"] += any(True for _ in gated_matches(rule, doc))
        total = sum(spent.values())
        print(f"{label}: {checked} notes, CPU {total / max(checked, 1) / 1000:.0f} us a note")
        for stage, used in sorted(spent.items(), key=lambda item: -item[1]):
            print(f"  {stage:34s} {100 * used / total:5.1f}%")
        each = {key: value / max(checked, 1) for key, value in counts.items()}
        print(
            f"  rules opened by the gates {each['opened']:.1f} a note (phrase and element rules);"
            f" phrase rules holding their other strings (searched) {each['searched']:.1f},"
            f" finding something {each['found']:.2f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
