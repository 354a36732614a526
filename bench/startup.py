"""Start-up time of the command line, as ratios against bare Python measured in the same run.

    .venv/bin/python bench/startup.py [--runs 15] [--check]

Each command runs once to warm up (byte-code written, holiday cache filled, as on a user's
machine after the first call), then RUNS times, interleaved so that a busy machine slows all
of them alike. The median wall time of each is printed with its ratio to `python -c pass`
(the same interpreter as the installed `followup`). Goal: `plan … --json` within 8x.
--check exits 1 when the goal is missed.
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

GOAL = 8.0


def measure(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    proc = subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}): {proc.stderr.decode()}")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="timed runs per command")
    parser.add_argument("--check", action="store_true", help=f"exit 1 above {GOAL:g}x")
    opts = parser.parse_args()

    python = sys.executable
    followup = str(Path(python).parent / "followup")
    commands = {
        "python -c pass": [python, "-c", "pass"],
        "followup plan --json": [
            followup,
            "plan",
            "--interviewed",
            "2026-11-19",
            "--format",
            "video",
            "--json",
        ],
        "followup --help": [followup, "--help"],
    }
    with tempfile.TemporaryDirectory() as home:
        env = {k: v for k, v in os.environ.items() if not k.startswith("FOLLOWUP_")}
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # a user's install keeps its byte-code
        env.update(FOLLOWUP_HOME=home, FOLLOWUP_USER_TIMEZONE="America/New_York")
        env["COLUMNS"] = "100"
        for cmd in commands.values():  # warm-up
            measure(cmd, env)
        times: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(opts.runs):
            for name, cmd in commands.items():
                times[name].append(measure(cmd, env))

    base = statistics.median(times["python -c pass"])
    print(f"{opts.runs} runs each after a warm-up; median wall time, ratio to bare Python")
    print(f"interpreter: {python}")
    for name, samples in times.items():
        median = statistics.median(samples)
        print(f"  {name:<24} {median * 1000:8.1f} ms  {median / base:5.1f}x")
    ratio = statistics.median(times["followup plan --json"]) / base
    verdict = "within" if ratio <= GOAL else "ABOVE"
    print(f"plan: {ratio:.1f}x bare Python, {verdict} the {GOAL:g}x goal")
    return 1 if opts.check and ratio > GOAL else 0


if __name__ == "__main__":
    raise SystemExit(main())
