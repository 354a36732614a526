"""Exactly once with real processes: two workers sharing 1,000 due messages, and a worker
SIGKILLed at random points again and again (aiosmtpd on loopback counts what arrives)."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from email import message_from_bytes, policy
from pathlib import Path

from followup.store import db, queries
from mail_servers import add_round, fill_outbox, mail_settings

WORKER = [str(Path(sys.executable).parent / "followup"), "worker", "--once"]


def fill(settings, round_id, count):
    return [message_id for message_id, _raw in fill_outbox(settings, round_id, count)]


def received_ids(server):
    return [
        message_from_bytes(m.data, policy=policy.default)["Message-ID"] for m in server.messages()
    ]


def states(settings):
    with db.read(settings.db_url) as reader:
        return {m.message_id: m.state for m in queries.outbox_messages(reader)}


def test_two_workers_send_each_of_1000_messages_exactly_once(smtp_server, monkeypatch):
    settings = mail_settings(monkeypatch, smtp=smtp_server)
    ids = fill(settings, add_round(settings), 1000)
    workers = [subprocess.Popen(WORKER, stderr=subprocess.PIPE) for _ in range(2)]
    for proc in workers:
        assert proc.wait(timeout=240) == 0, proc.stderr.read().decode()
    got = Counter(received_ids(smtp_server))
    assert set(got) == set(ids)
    assert max(got.values()) == 1
    assert set(states(settings).values()) == {"sent"}
    with db.read(settings.db_url) as reader:
        claimed = {m.claimed_by for m in queries.outbox_messages(reader)}
    assert claimed == {None}


def test_a_worker_killed_at_random_points_loses_and_repeats_nothing(smtp_server, monkeypatch):
    settings = mail_settings(monkeypatch, smtp=smtp_server)
    ids = fill(settings, add_round(settings), 400)
    rng = random.Random(1047)
    kills = 0
    for _ in range(20):
        before = len(smtp_server.messages())
        if before >= len(ids):
            break
        proc = subprocess.Popen(WORKER, stderr=subprocess.DEVNULL)
        wanted = before + rng.randint(1, 15)
        deadline = time.monotonic() + 60
        while len(smtp_server.messages()) < wanted and proc.poll() is None:
            assert time.monotonic() < deadline
            time.sleep(0.001)
        time.sleep(rng.random() * 0.003)
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
            kills += 1
        proc.wait(timeout=30)
    assert kills >= 15
    final = subprocess.run(WORKER, capture_output=True, timeout=240)
    assert final.returncode == 0, final.stderr.decode()
    got = Counter(received_ids(smtp_server))
    assert max(got.values()) == 1  # nothing sent twice
    found = states(settings)
    assert set(found.values()) <= {"sent", "unknown"}  # every message ends in a final state
    for message_id in ids:
        if found[message_id] == "sent":
            assert got[message_id] == 1  # sent means the server has it
        else:  # unknown: at most one per kill, and never resent
            assert got[message_id] <= 1
    unknown = [m for m, s in found.items() if s == "unknown"]
    assert len(unknown) <= kills
    lost = [m for m in ids if got[m] == 0 and found[m] != "unknown"]
    assert lost == []
