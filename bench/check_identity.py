"""Whether a change to the checker's engine keeps its outputs: every note's JSON, byte for byte.

    .venv/bin/python bench/check_identity.py --save FILE     # before the change (e.g. on main)
    .venv/bin/python bench/check_identity.py --against FILE  # after it: exit 1 on any difference

Every labelled note of tests/check_* (the development and earlier held-out sets and the old
corpus; the current held-out set, HELD_OUT, is never read) is checked against its own record as
the bench and the quality report check it (shipped rules, the learned layer, sentiment and
readability), and its result written as JSON, one line a note. Each note is checked three times,
so that the checker's memories are taken both ways: in file order with a fresh process's caches,
again in the reverse order (records, sentences and pieces seen before), and once more with the
rules only (no learned layer, no advice scorers). The 300-word email of bench/check_speed.py and
its varied versions are checked too. A last pass checks every note in a fresh process with the
rules as a command reads them back from its cache folder (services.checking.load_rules, after
another process saved them there). Besides the file, a digest of all of it is printed.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# held out, scored by the coordinator: never read here
HELD_OUT = ("check_heldout_v17", "check_heldout_v18", "check_heldout_v19", "check_heldout_v20")


def _module(name: str) -> object:
    spec = importlib.util.spec_from_file_location(name, ROOT / "bench" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def folders() -> list[Path]:
    """Every labelled set under tests/check_* but HELD_OUT (its files are not opened)."""
    out = []
    for top in sorted((ROOT / "tests").glob("check_*")):
        if not top.is_dir() or top.name.startswith(HELD_OUT):
            continue
        out += sorted(labels.parent for labels in top.glob("**/labels.toml"))
    return out


def lines(saved: bool = False) -> list[str]:
    """Each note's result, one JSON line each, pass by pass (`saved`: the last pass only, with
    the rules read back from the cache folder named by FOLLOWUP_HOME)."""
    quality = _module("check_quality")
    speed = _module("check_speed")
    from followup.core.check import Facts, check, compile_rules
    from followup.services.checking import (
        learned_model,
        readability_scorer,
        sentiment_scorer,
        shipped_rule_data,
    )

    if saved:
        from followup.services.checking import load_rules

        rules = load_rules(None)
    else:
        rules = compile_rules(shipped_rule_data())
    full = {
        "sentiment": sentiment_scorer(),
        "readability": readability_scorer(),
        "model": learned_model(),
    }
    notes = []
    for folder in folders():
        name = folder.relative_to(ROOT / "tests").as_posix()
        notes += [
            (f"{name}/{n.file}", n.text, n.kind, n.facts())
            for n in quality.load_corpus(folder)  # type: ignore[attr-defined]
        ]
    email_facts = Facts(
        company="Initech",
        role="Data Analyst",
        people=("Sarah Kim", "Tom Reed"),
        topics=("dbt migration of quarterly reporting", "churn dashboard"),
    )
    notes += [
        (f"check_speed/{i}", speed.varied(i), "email", email_facts)  # type: ignore[attr-defined]
        for i in range(40)
    ]
    out = []
    passes = [("first", notes, full), ("again", notes[::-1], full), ("rules", notes, {})]
    for label, order, options in [("saved", notes, full)] if saved else passes:
        for where, text, kind, facts in order:
            result = check(text, kind, facts, rules, **options)  # type: ignore[arg-type]
            record = {"pass": label, "note": where, **result.to_dict()}
            out.append(json.dumps(record, ensure_ascii=False, sort_keys=True))
    return out


def _saved_pass() -> list[str]:
    """The last pass: one process saves the rules in a new cache folder, another reads them
    back from it and checks every note."""
    import os
    import subprocess
    import tempfile

    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "FOLLOWUP_HOME": home}
        command = [sys.executable, __file__, "--saved-pass"]
        subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL)
        if not list(Path(home).glob("cache/check-rules-*")):
            raise SystemExit("the rules were not saved in the cache folder")
        done = subprocess.run(command, env=env, check=True, capture_output=True, text=True)
    return done.stdout.splitlines()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--save", type=Path, help="write every note's JSON here")
    group.add_argument("--against", type=Path, help="compare with a file --save wrote")
    group.add_argument("--saved-pass", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.saved_pass:
        sys.stdout.write("".join(line + "\n" for line in lines(saved=True)))
        return 0
    found = lines() + _saved_pass()
    text = "\n".join(found) + "\n"
    digest = hashlib.sha256(text.encode()).hexdigest()[:16]
    notes = len({json.loads(line)["note"] for line in found})
    print(f"{notes} notes, {len(found)} results, digest {digest}")
    if args.save:
        args.save.write_text(text, encoding="utf-8")
        return 0
    before = args.against.read_text(encoding="utf-8").splitlines()
    changed = (
        [(a, b) for a, b in zip(before, found, strict=False) if a != b]
        + [("(missing)", b) for b in found[len(before) :]]
        + [(a, "(missing)") for a in before[len(found) :]]
    )
    for a, b in changed[:5]:
        print(f"- {a}\n+ {b}")
    print(f"{len(changed)} results differ" if changed else "byte-identical")
    return 1 if changed else 0


if __name__ == "__main__":
    raise SystemExit(main())
