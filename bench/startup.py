"""Start-up time of every everyday command, as ratios against bare Python in the same run.

    .venv/bin/python bench/startup.py [--runs 15] [--check] [--only NAME…]

A fresh data folder gets one interview round, a profile and a note to check. Each command
then runs once to warm up (byte-code written, holiday cache filled, as on a user's machine
after the first call), then RUNS times, interleaved so that a busy machine slows all of them
alike: every run is a fresh process, as a user runs it. The median wall time of each is
printed with its ratio to `python -c pass` (the same interpreter as the installed
`followup`). Goals: every command within 10x, `plan … --json` within 8x. --check exits 1
when a goal is missed.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

GOAL = 10.0  # every everyday command
GOALS = {"plan --json": 8.0}  # tighter goals for what scripts call again and again
BASE = "python -c pass"
NOTE = """Subject: Thank you — Data Analyst interview

Dear Dana,

Thank you for taking the time to speak with me on Thursday about the Data Analyst role at
Acme. I enjoyed hearing about the team's plans for the new reporting pipeline, and our talk
made me even more interested in the position.

My five years of building dashboards in SQL and Python fit the work you described well.

I look forward to hearing about the next steps.

Best regards,
Sam Lee
"""


def measure(cmd: list[str], env: dict[str, str], ok: tuple[int, ...] = (0,)) -> float:
    start = time.perf_counter()
    proc = subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - start
    if proc.returncode not in ok:
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}): {proc.stderr.decode()}")
    return elapsed


def commands(
    python: str, followup: str, note: Path
) -> dict[str, tuple[list[str], tuple[int, ...]]]:
    """name -> (argv, accepted exit codes): what a person or a script types all day."""
    flags = ["--interviewed", "2026-11-19", "--format", "video", "--tz", "America/New_York"]
    return {
        BASE: ([python, "-c", "pass"], (0,)),
        "plan --json": ([followup, "plan", *flags, "--json"], (0,)),
        "plan (flags)": ([followup, "plan", *flags], (0,)),
        "plan ID": ([followup, "plan", "1"], (0,)),
        "today": ([followup, "today"], (0,)),
        "list": ([followup, "list"], (0,)),
        "show ID": ([followup, "show", "1"], (0,)),
        "draft ID": ([followup, "draft", "1"], (0,)),
        "check FILE": ([followup, "check", str(note)], (0, 1)),  # 1: the note needs revising
        "--help": ([followup, "--help"], (0,)),
    }


def prepare(followup: str, env: dict[str, str]) -> None:
    """One stored round (id 1) and a profile, so `show 1`, `plan 1` and `draft 1` have data."""
    add = [followup, "add", "--company", "Acme", "--role", "Data Analyst", "--interviewed",
           "2026-11-19", "--format", "video", "--tz", "America/New_York",
           "--coordinator", "Dana Reyes <dana@acme.example>", "--topic", "reporting pipeline",
           "--json"]  # fmt: skip
    for cmd in (add, [followup, "profile", "--name", "Sam Lee", "--email", "sam@example.com"]):
        subprocess.run(cmd, env=env, check=True, capture_output=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="timed runs per command")
    parser.add_argument("--check", action="store_true", help="exit 1 when a goal is missed")
    parser.add_argument("--only", nargs="*", default=None, help="measure only these commands")
    opts = parser.parse_args()

    python = sys.executable
    followup = str(Path(python).parent / "followup")
    with tempfile.TemporaryDirectory() as home:
        note = Path(home) / "note.txt"
        note.write_text(NOTE, encoding="utf-8")
        table = commands(python, followup, note)
        if opts.only:
            table = {k: v for k, v in table.items() if k == BASE or k in opts.only}
        env = {k: v for k, v in os.environ.items() if not k.startswith("FOLLOWUP_")}
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # a user's install keeps its byte-code
        env.update(FOLLOWUP_HOME=home, FOLLOWUP_USER_TIMEZONE="America/New_York")
        env["COLUMNS"] = "100"
        prepare(followup, env)
        for cmd, ok in table.values():  # warm-up
            measure(cmd, env, ok)
        times: dict[str, list[float]] = {name: [] for name in table}
        for _ in range(opts.runs):
            for name, (cmd, ok) in table.items():
                times[name].append(measure(cmd, env, ok))

    base = statistics.median(times[BASE])
    print(f"{opts.runs} runs each after a warm-up; median wall time, ratio to bare Python")
    print(f"interpreter: {python}")
    missed = []
    for name, samples in times.items():
        median = statistics.median(samples)
        ratio = median / base
        goal = GOALS.get(name, GOAL)
        mark = "" if name == BASE else ("ok" if ratio <= goal else f"ABOVE {goal:g}x")
        if name != BASE and ratio > goal:
            missed.append(name)
        label = name if name == BASE else f"followup {name}"
        print(f"  {label:<26} {median * 1000:8.1f} ms  {ratio:5.1f}x  {mark}")
    goals = ", ".join(f"{k} {v:g}x" for k, v in GOALS.items())
    print(f"goals: every command within {GOAL:g}x ({goals}); missed: {', '.join(missed) or 'none'}")
    return 1 if opts.check and missed else 0


if __name__ == "__main__":
    raise SystemExit(main())
