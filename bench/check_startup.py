"""Cold start of `followup check FILE`, as a ratio to bare Python measured in the same run.

    .venv/bin/python bench/check_startup.py [--runs 15] [--check]

As bench/startup.py measures: each command runs once to warm up (byte-code written, the
checker's rules saved in the cache folder, as on a user's machine after the first call), then
RUNS times in fresh processes, interleaved so that a busy machine slows both alike. The note is
a 150-word email checked against a company, a role and a person (the learned layer on).
Goal: within 10x `python -c pass`. --check exits 1 when the goal is missed.
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

GOAL = 10.0
NOTE = """Dear Rachel,

Thank you for taking the time to meet with me on Tuesday about the Data Analyst position. I
enjoyed hearing how your team built the route optimisation dashboard and where you hope to take
it next year.

I have five years of experience with SQL, and I think I would be a great fit for Harbor
Analytics. I remain very interested in the role and would be excited to work with your team.

Please let me know if I can provide anything else as you consider next steps.

Best regards,
Daniel Okafor
"""


def measure(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    proc = subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - start
    if proc.returncode not in (0, 1):  # 1: the note needs revising
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}): {proc.stderr.decode()}")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="timed runs per command")
    parser.add_argument("--check", action="store_true", help=f"exit 1 above {GOAL:g}x")
    opts = parser.parse_args()
    python = sys.executable
    followup = str(Path(python).parent / "followup")
    with tempfile.TemporaryDirectory() as home:
        note = Path(home) / "note.txt"
        note.write_text(NOTE, encoding="utf-8")
        commands = {
            "python -c pass": [python, "-c", "pass"],
            "followup check FILE": [
                followup,
                "check",
                str(note),
                "--company",
                "Summit Logistics",
                "--role",
                "Data Analyst",
                "--person",
                "Rachel Moore",
            ],  # fmt: skip
        }
        env = {k: v for k, v in os.environ.items() if not k.startswith("FOLLOWUP_")}
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env.update(FOLLOWUP_HOME=home, COLUMNS="100")
        for cmd in commands.values():  # warm-up
            measure(cmd, env)
        times: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(opts.runs):
            for name, cmd in commands.items():
                times[name].append(measure(cmd, env))
    base = statistics.median(times["python -c pass"])
    print(f"{opts.runs} runs each after a warm-up; median wall time, ratio to bare Python")
    for name, samples in times.items():
        median = statistics.median(samples)
        print(f"  {name:<24} {median * 1000:8.1f} ms  {median / base:5.1f}x")
    ratio = statistics.median(times["followup check FILE"]) / base
    verdict = "within" if ratio <= GOAL else "ABOVE"
    print(f"check: {ratio:.1f}x bare Python, {verdict} the {GOAL:g}x goal")
    return 1 if opts.check and ratio > GOAL else 0


if __name__ == "__main__":
    raise SystemExit(main())
