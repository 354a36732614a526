"""Speed of the tracking commands on a large history, as ratios to bare Python start-up.

10,000 applications with 25,000 interview rounds (and 1/10 of that, to show the cost is flat):
medians of `followup today` and `followup list --json` against `python -c pass`, all measured
in this run. Goal: `today` within 20x bare start-up, and 10x more rows costing less than 2x.

    .venv/bin/python bench/tracking.py [--runs 11] [--scale 1.0]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

BIN = Path(sys.executable).parent
TODAY = date(2026, 11, 23)
SPAN_DAYS = 5 * 365  # the history covers five years, ending a month ahead of today
STAMP = "2026-01-01 00:00:00.000000"
CLOSED = ("rejected", "ghosted", "withdrawn", "offer", "active")


def build(path: Path, applications: int, rounds: int, seed: int = 7) -> None:
    """A database made by followup's migrations, filled with executemany."""
    env = {**os.environ, "FOLLOWUP_HOME": str(path.parent)}
    subprocess.run(
        [str(BIN / "followup"), "--db", f"sqlite:///{path}", "profile", "--name", "Bench"],
        check=True, capture_output=True, env=env,
    )  # fmt: skip
    rng = random.Random(seed)
    first_day = TODAY + timedelta(days=30) - timedelta(days=SPAN_DAYS)
    apps, rows, people, actions = [], [], [], []
    for app_id in range(1, applications + 1):
        company, role = f"Company {app_id}", rng.choice(["Analyst", "Engineer", "Designer"])
        apps.append([app_id, company, role, company.lower(), role.lower(), None, "active",
                     STAMP, STAMP])  # fmt: skip
    round_app = [1 + i % applications for i in range(rounds)]
    rng.shuffle(round_app)
    for round_id, app_id in enumerate(round_app, start=1):
        day = first_day + timedelta(days=rng.randrange(SPAN_DAYS))
        fmt = rng.choice(["video", "phone", "in-person"])
        channel = rng.choice(["email", "phone", "unknown"])
        rows.append((round_id, app_id, day.isoformat(), "10:00:00.000000", "America/New_York",
                     fmt, channel, None, "US", None, '["the roadmap"]', "[]", None,
                     STAMP, STAMP))  # fmt: skip
        people.append((round_id, 0, f"Coordinator {round_id}", f"c{round_id}@example.com",
                       None, None, "coordinator"))  # fmt: skip
        people.append((round_id, 1, f"Interviewer {round_id}", None, None, None, "interviewer"))
        age = (TODAY - day).days
        if age > 60:  # old applications are mostly closed, and were followed up
            apps[app_id - 1][6] = rng.choice(CLOSED)
        if age > 3 and rng.random() < 0.7:
            actions.append((round_id, "email", "email", f"Coordinator {round_id}",
                            (day + timedelta(days=3)).isoformat(), STAMP, 0, STAMP))  # fmt: skip
    with sqlite3.connect(path) as conn:
        # columns named: later migrations add columns at the end of these tables
        conn.executemany(
            "INSERT INTO applications (id, company, role, company_key, role_key, job_url, "
            "status, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?)",
            apps,
        )
        conn.executemany(
            "INSERT INTO rounds (id, application_id, interviewed, time, tz, format, channel, "
            "deadline, country, subdiv, topics, items, notes, created_at, updated_at) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            rows,
        )
        conn.executemany(
            "INSERT INTO people (round_id, position, name, email, phone, title, role) "
            "VALUES (?,?,?,?,?,?,?)",
            people,
        )
        conn.executemany(
            "INSERT INTO actions (round_id, kind, channel, to_whom, on_date, sent_at, "
            "reply_received, created_at) VALUES (?,?,?,?,?,?,?,?)",
            actions,
        )


def median_seconds(argv: list[str], runs: int, env: dict[str, str]) -> float:
    subprocess.run(argv, check=True, capture_output=True, env=env)  # warm caches
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(argv, check=True, capture_output=True, env=env)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def measure(folder: Path, applications: int, rounds: int, runs: int) -> dict[str, float]:
    path = folder / f"bench-{rounds}.db"
    started = time.perf_counter()
    build(path, applications, rounds)
    built = time.perf_counter() - started
    env = {**os.environ, "FOLLOWUP_HOME": str(folder), "FOLLOWUP_DB": f"sqlite:///{path}",
           "FOLLOWUP_USER_TIMEZONE": "America/New_York"}  # fmt: skip
    followup = str(BIN / "followup")
    day = TODAY.isoformat()
    agenda = json.loads(
        subprocess.run([followup, "today", "--today", day, "--json"], check=True,
                       capture_output=True, text=True, env=env).stdout
    )  # fmt: skip
    out = {
        "python -c pass": median_seconds([sys.executable, "-c", "pass"], runs, env),
        "followup today": median_seconds([followup, "today", "--today", day], runs, env),
        "followup today --json": median_seconds(
            [followup, "today", "--today", day, "--json"], runs, env
        ),
        "followup list --json": median_seconds(
            [followup, "list", "--today", day, "--json"], runs, env
        ),
        "followup list --json --all": median_seconds(
            [followup, "list", "--today", day, "--json", "--all"], max(3, runs // 4), env
        ),
    }
    size = sum(len(agenda[k]) for k in ("due", "overdue", "upcoming", "interviews"))
    print(f"\n{applications:,} applications, {rounds:,} rounds (built in {built:.1f} s; "
          f"today's agenda: {size} rounds)")  # fmt: skip
    base = out["python -c pass"]
    for name, seconds in out.items():
        print(f"  {name:28s} {seconds * 1000:8.1f} ms  {seconds / base:6.1f}x python")
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--scale", type=float, default=1.0, help="fraction of the full size")
    args = parser.parse_args()
    apps, rounds = int(10_000 * args.scale), int(25_000 * args.scale)
    with tempfile.TemporaryDirectory() as tmp:
        big = measure(Path(tmp), apps, rounds, args.runs)
        small = measure(Path(tmp), apps // 10, rounds // 10, args.runs)
    today_ratio = big["followup today"] / big["python -c pass"]
    growth = big["followup today"] / small["followup today"]
    list_growth = big["followup list --json"] / small["followup list --json"]
    print(f"\ntoday: {today_ratio:.1f}x bare Python (goal: within 20x)")
    print(f"10x more rows: today costs {growth:.2f}x, list --json {list_growth:.2f}x "
          "(goal: under 2x)")  # fmt: skip
    ok = today_ratio <= 20 and growth < 2 and list_growth < 2
    print("PASS" if ok else "MISS")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
