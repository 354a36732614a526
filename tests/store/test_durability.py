"""Kill -9 a process in the middle of writing, many times over: the database stays intact
and every write that was acknowledged (printed after its commit) is there."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

WRITER = r"""
import sys
from datetime import date, timedelta
from followup.config import load_settings
from followup.core.models import Format, Interview, Person, PersonRole
from followup.services import planning, records
from followup.store import db

run = int(sys.argv[1])
settings = load_settings()
db.engine(settings.db_url)  # open (and on the first run migrate) before saying ready
planning.holiday_calendar("US", None).check(2026)
print(json.dumps({"ready": run}), flush=True)
n = 0
while True:
    n += 1
    day = date(2026, 1, 1) + timedelta(days=n % 300)
    added = records.add_interview(settings, Interview(
        f"Company {run}-{n}", "Analyst", day, Format.VIDEO,
        people=[Person(f"Coord {run}-{n}", f"c{run}x{n}@example.com", role=PersonRole.COORDINATOR)],
        topics=[f"topic {run}-{n}"],
    ))
    print(json.dumps({"add": added.id, "company": added.company}), flush=True)
    if n % 3 == 0:
        records.record_done(
            settings, added.id, "email", on=(day + timedelta(days=2)).isoformat(), yes=True
        )
        print(json.dumps({"done": added.id}), flush=True)
""".replace("import sys", "import json, sys", 1)

KILLS = 30
EARLY = 3


def test_sigkill_while_writing_loses_no_acknowledged_write(tmp_path: Path):
    path = tmp_path / "followup.db"
    env = {**os.environ, "FOLLOWUP_DB": f"sqlite:///{path}"}
    rng = random.Random(20261119)
    added: dict[int, str] = {}
    done: set[int] = set()
    killed_while_writing = 0
    for run in range(KILLS):
        proc = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(run)],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=env,
            text=True,
        )
        assert proc.stdout is not None
        if run < EARLY:  # die during start-up, or while the first one migrates the schema
            time.sleep(rng.uniform(0.05, 1.0))
            head = ""
        else:  # die at a random moment of the stream of writes
            head = proc.stdout.readline()
            time.sleep(rng.uniform(0.0, 0.4))
        proc.send_signal(signal.SIGKILL)
        out, _ = proc.communicate(timeout=30)
        assert proc.returncode == -signal.SIGKILL
        lines = (head + out).split("\n")[:-1]  # a line without its newline: not acknowledged
        killed_while_writing += any("add" in line for line in lines)
        for line in lines:
            event = json.loads(line)
            if "ready" in event:
                continue
            if "add" in event:
                added[event["add"]] = event["company"]
            else:
                done.add(event["done"])
    assert killed_while_writing >= (KILLS - EARLY) // 2, "too few kills landed while writing"
    assert len(added) > 50

    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        stored = dict(
            conn.execute(
                "SELECT r.id, a.company FROM rounds r JOIN applications a "
                "ON a.id = r.application_id"
            ).fetchall()
        )
        with_action = {row[0] for row in conn.execute("SELECT round_id FROM actions")}
        people = {row[0] for row in conn.execute("SELECT round_id FROM people")}
    missing = {i: c for i, c in added.items() if stored.get(i) != c}
    assert not missing, f"acknowledged rounds lost: {sorted(missing)[:10]}"
    assert done <= with_action
    assert set(added) <= people  # a round is stored whole, with its people

    # and followup still opens it, reads it, and writes to it
    listed = subprocess.run(
        [str(Path(sys.executable).parent / "followup"), "list", "--all", "--json"],
        capture_output=True, text=True, env=env, check=True,
    )  # fmt: skip
    assert len(json.loads(listed.stdout)) == len(stored)
