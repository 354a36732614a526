"""Cost of rendering the user's templates under real limits, as a ratio to the built-in ones.

With a template of the user's in use, every render runs in a forked child with RLIMIT_AS,
RLIMIT_CPU and a wall-clock kill (services/templates.py, delivery/child.py). This measures
`followup draft ID --each` (three interviewers: three renders; a phone script: four renders
per note) cold, in a fresh process, with the built-in templates and then with a copy of the
same template in the user's folder: the same text, rendered in children. Goal: the bounded
path within 1.25x of the in-process one.

    .venv/bin/python bench/template_limits.py [--runs 9]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BIN = Path(sys.executable).parent
ROOT = Path(__file__).resolve().parent.parent
BUILTIN = ROOT / "src" / "followup" / "data" / "templates"
GOAL = 1.25


def followup(home: Path, *args: str) -> str:
    env = {**os.environ, "FOLLOWUP_HOME": str(home), "FOLLOWUP_USER_TIMEZONE": "UTC"}
    done = subprocess.run(
        [str(BIN / "followup"), *args], check=True, capture_output=True, text=True, env=env
    )
    return done.stdout


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        followup(home, "add", "--company", "Acme", "--role", "Analyst", "--interviewed",
                 "2026-11-19", "--format", "video", "--coordinator", "Dana Reyes <d@a.example>",
                 "--interviewer", "Priya Natarajan <p@a.example>", "--interviewer",
                 "Tom Becker <t@a.example>", "--topic", "the dashboard migration")  # fmt: skip
        followup(home, "profile", "--name", "Sam Lee", "--email", "sam@example.com",
                 "--phone", "+1 555 0100", "--qualification", "5 years of SQL")  # fmt: skip
        cases = {
            "email": ["draft", "1", "--each", "--today", "2026-11-20"],
            "phone": ["draft", "1", "--kind", "phone", "--today", "2026-11-20"],
        }
        worst = 0.0
        mine = home / "templates"
        for kind, args in cases.items():
            shutil.rmtree(mine, ignore_errors=True)
            builtin_text = followup(home, *args, "--json")
            timings: dict[bool, list[float]] = {False: [], True: []}
            for _ in range(runs):  # interleaved, so a busy machine slows both alike
                for users in (False, True):
                    shutil.rmtree(mine, ignore_errors=True)
                    if users:
                        mine.mkdir()
                        shutil.copy(BUILTIN / f"{kind}.j2", mine / f"{kind}.j2")
                    started = time.perf_counter()
                    followup(home, *args)
                    timings[users].append(time.perf_counter() - started)
            same = followup(home, *args, "--json") == builtin_text
            built_in, bounded = (statistics.median(timings[u]) for u in (False, True))
            ratio = bounded / built_in
            worst = max(worst, ratio)
            print(
                f"draft {kind:5}  built-in in-process {built_in * 1000:7.1f} ms   "
                f"user copy in limited children {bounded * 1000:7.1f} ms   "
                f"ratio {ratio:.2f}   same text: {same}"
            )
        per_render(home, runs * 20)
    print(f"worst ratio {worst:.2f} (goal <= {GOAL}): {'ok' if worst <= GOAL else 'MISSED'}")


def per_render(home: Path, count: int) -> None:
    """One render, in this process: built-in (in-process) against a user copy (a child)."""
    os.environ["FOLLOWUP_HOME"] = str(home)
    from followup.config import load_settings
    from followup.core import compose
    from followup.services import drafting, planning, records, templates

    settings = load_settings()
    interview = records.get_interview(settings, 1)
    profile = records.get_profile(settings)
    plan = planning.Planner(settings, interview.interviewed)(interview)
    data = drafting.load_data(settings)
    people = drafting.recipients(interview, plan, False, None)
    day = drafting.letter_day(plan, interview.interviewed)
    (note,) = compose.compose(interview, profile, plan, "email", people, day, data.wording)
    mine = home / "templates"
    shutil.rmtree(mine, ignore_errors=True)
    timings = {}
    for label in ("built-in", "user copy"):
        if label == "user copy":
            mine.mkdir()
            shutil.copy(BUILTIN / "email.j2", mine / "email.j2")
        env = templates.environment(settings)
        templates.render(env, settings, "email.j2", {"f": note})
        started = time.perf_counter()
        for _ in range(count):
            templates.render(env, settings, "email.j2", {"f": note})
        timings[label] = (time.perf_counter() - started) / count
    print(
        f"one render: built-in {timings['built-in'] * 1000:.2f} ms, "
        f"user copy in a limited child {timings['user copy'] * 1000:.2f} ms "
        f"(+{(timings['user copy'] - timings['built-in']) * 1000:.2f} ms a render)"
    )


if __name__ == "__main__":
    main()
