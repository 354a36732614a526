"""Instructions the checker's rule passes execute a note, counted by valgrind (cachegrind):
a figure a busy machine does not move, where CPU time does (with eight helpers on two cores,
bench/check_speed.py and bench/check_stages.py swing by 10-30% from one run to the next).

    .venv/bin/python bench/check_instructions.py [--notes unseen|dev] [--count 30]
        [--passes phrase,elements,names|check|first] [--src DIR]

The same script runs twice under cachegrind (PYTHONHASHSEED=0, so that sets iterate alike):
once only setting up (rules compiled, the notes read, their documents built and gates
opened, five notes checked so that the patterns they use are compiled; ten with "check"),
once setting up and then running the passes on every note; the difference, over the number
of notes, is what the passes cost. The notes are bench/check_speed.py's: "unseen", its
300-word email with new slot words for each note; "dev", the first COUNT development notes
(tests/check_dev*).
The pass "check" is the whole in-process check as bench/check_speed.py times it (the document,
the gates, every pass, the learned layer with its sentence memory cleared, sentiment and
readability), each note's record already known (the last 32 records are kept: with more
notes, the names of each record are made again, from words already seen). The pass "first"
is the whole check too, each note's record never seen before (check_speed's development notes
"first check"): its notes are not set up. For both, the set-up checks ten unseen notes with
the sentence memory cleared, so that the learned layer has packed its weights (which it does
once per process, after its first hundred sentences: else some 200M instructions land on the
counted notes). The set-up also scores one trigger word with VADER, which loads its lexicon
(some 60M instructions, once per process: else the first counted note with a trigger word pays
for it, ~2M a note of "dev first").
Two runs of the same code agree to about 0.03%. --src compares another checkout's code
(its src folder first on the path), e.g. the main branch's against a change:

    .venv/bin/python bench/check_instructions.py --src /work/wt/maint/src
    .venv/bin/python bench/check_instructions.py
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
PASSES = ("phrase", "elements", "names", "check", "first")


def _child(notes: str, count: int, passes: list[str], work: bool) -> None:
    """Set up, then (`work`) run the passes on every note."""
    sys.path.insert(0, str(ROOT))
    import check_stages

    speed = check_stages._speed_bench()
    from followup.core.check import check, compile_rules
    from followup.core.check.checker import Checker
    from followup.services.checking import (
        learned_model,
        readability_scorer,
        sentiment_scorer,
        shipped_rule_data,
    )

    rules = compile_rules(shipped_rule_data())
    facts = speed.email_facts()  # type: ignore[attr-defined]
    if notes == "unseen":
        chosen = [(speed.varied(1000 + i), "email", facts) for i in range(count)]  # type: ignore[attr-defined]
    else:
        chosen = speed.dev_notes()[:count]  # type: ignore[attr-defined]
    model = learned_model()
    scorers = {"sentiment": sentiment_scorer(), "readability": readability_scorer()}
    sentiment = scorers["sentiment"]
    if sentiment is not None:  # VADER itself, loaded by the first sentence with a trigger word
        sentiment(" ".join(w for w in getattr(sentiment, "triggers", ()) if w.isalpha()))
    if "check" in passes or "first" in passes:  # unseen notes, until the weights are packed
        for i in range(10):
            model._memo.clear()
            check(speed.varied(i), "email", facts, rules, model=model, **scorers)  # type: ignore[attr-defined, arg-type]
        assert "table" in model._packed, "the learned layer's weights were not packed"
    if "first" in passes:  # the whole check of notes whose records are new
        for text, kind, note_facts in chosen if work else ():
            model._memo.clear()
            check(text, kind, note_facts, rules, model=model, **scorers)  # type: ignore[arg-type]
        return
    checkers = [Checker(text, kind, note_facts, rules) for text, kind, note_facts in chosen]
    for checker in checkers:
        checker.open_rules()
    notes_of = {id(checker): note for checker, note in zip(checkers, chosen, strict=True)}

    def run(checker: Checker) -> None:
        if "check" in passes:
            text, kind, note_facts = notes_of[id(checker)]
            model._memo.clear()
            check(text, kind, note_facts, rules, model=model, **scorers)  # type: ignore[arg-type]
        checker.found = []
        if "phrase" in passes:
            checker.phrase_rules(None)
        if "elements" in passes:
            checker.elements([])
        if "names" in passes:
            checker.names_check()

    # the patterns they use compiled, in both runs; with the whole check, enough notes for the
    # learned layer to pack its weights (after learned._PACK_AFTER sentences), as the warm-up
    # of bench/check_speed.py does, so that the packing is not counted as a note's work
    for checker in checkers[: 10 if "check" in passes else 5]:
        run(checker)
    if work:
        for checker in checkers:
            run(checker)


def _count(args: argparse.Namespace, work: bool) -> int:
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    if args.src:
        env["PYTHONPATH"] = os.pathsep.join(filter(None, (args.src, env.get("PYTHONPATH"))))
    command = [
        "valgrind",
        "--tool=cachegrind",
        "--cache-sim=no",
        "--branch-sim=no",
        "--cachegrind-out-file=/dev/null",
        sys.executable,
        __file__,
        "--child",
        "work" if work else "setup",
        "--notes",
        args.notes,
        "--count",
        str(args.count),
        "--passes",
        args.passes,
    ]
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    found = re.search(r"I\s+refs:\s+([\d,]+)", done.stderr)
    if done.returncode or found is None:
        tail = done.stderr.strip().splitlines()[-1:] or ["no output"]
        raise SystemExit(f"check_instructions: the counted run failed: {tail[0]}")
    return int(found.group(1).replace(",", ""))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", choices=("unseen", "dev"), default="unseen")
    parser.add_argument("--count", type=int, default=30)
    parser.add_argument("--passes", default=",".join(PASSES[:2]))
    parser.add_argument("--src", help="a checkout's src folder to count instead of this one")
    parser.add_argument("--child", choices=("setup", "work"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    passes = [p for p in args.passes.split(",") if p]
    if unknown := sorted(set(passes) - set(PASSES)):
        parser.error(f"unknown pass {unknown[0]!r} (known: {', '.join(PASSES)})")
    if args.child:
        _child(args.notes, args.count, passes, args.child == "work")
        return 0
    if shutil.which("valgrind") is None:
        print("check_instructions: valgrind is not installed", file=sys.stderr)
        return 1
    setup, work = _count(args, False), _count(args, True)
    each = (work - setup) / max(args.count, 1)
    where = args.src or "this checkout"
    print(
        f"{args.passes} on {args.count} {args.notes} notes ({where}): {each / 1e6:.3f}M"
        f" instructions a note (set-up {setup / 1e6:.1f}M, with the passes {work / 1e6:.1f}M)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
