"""Exactly once with real processes: two workers sharing 1,000 due messages, a worker
SIGKILLed at random points again and again, and `followup send` SIGKILLed at random points
of its run (aiosmtpd on loopback counts what arrives)."""

from __future__ import annotations

import json
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

FOLLOWUP = str(Path(sys.executable).parent / "followup")
WORKER = [FOLLOWUP, "worker", "--once"]


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


def test_a_send_killed_at_any_point_loses_nothing_and_sends_nothing_twice(smtp_server, monkeypatch):
    settings = mail_settings(monkeypatch, smtp=smtp_server)
    rounds = [add_round(settings, company=f"Acme {i}") for i in range(16)]

    def send(round_id):
        cmd = [FOLLOWUP, "send", str(round_id), "--force", "--json"]
        return subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)

    start = time.monotonic()
    first = send(rounds[0])
    out, _ = first.communicate(timeout=60)
    whole = time.monotonic() - start  # a whole send: kill anywhere in it
    assert first.returncode == 0
    acknowledged = {json.loads(out)["message_id"]}
    rng = random.Random(5321)
    kills = 0
    for turn, round_id in enumerate(rounds[1:]):
        before = len(smtp_server.messages())
        proc = send(round_id)
        if turn % 2:  # anywhere in the run
            time.sleep(rng.uniform(0.0, 1.2) * whole)
        else:  # just after the server took the message, before followup records it
            deadline = time.monotonic() + 60
            while len(smtp_server.messages()) == before and proc.poll() is None:
                assert time.monotonic() < deadline
                time.sleep(0.0005)
            time.sleep(rng.random() * 0.004)
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
            kills += 1
        out, _ = proc.communicate(timeout=60)
        if proc.returncode == 0:  # it said what it sent: that must be stored as sent
            acknowledged.add(json.loads(out)["message_id"])
    assert kills >= 5
    settled = subprocess.run(WORKER, capture_output=True, timeout=120)  # recovers the rest
    assert settled.returncode == 0, settled.stderr.decode()
    got = Counter(received_ids(smtp_server))
    assert got and max(got.values()) == 1  # nothing sent twice
    found = states(settings)
    assert set(got) <= set(found)  # every message that went out is in the outbox
    assert set(found.values()) <= {"sent", "unknown"}  # none left sending
    assert all(found[m] == "sent" and got[m] == 1 for m in acknowledged)
    assert all(got[m] == 1 for m, state in found.items() if state == "sent")
