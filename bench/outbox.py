"""Outbox throughput against a bare smtplib loop, both to the same loopback SMTP server.

The outbox worker sends N due messages with every guarantee kept (each claimed durably
before its data goes out, marked sent after the server's answer, the follow-up recorded);
the baseline sends the very same message bytes over one smtplib connection and records
nothing. Both run in this process, in this run, against one aiosmtpd server. Goal: the
outbox reaches at least 0.7x the bare loop's messages per second.

    .venv/bin/python bench/outbox.py [--messages 1000] [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import smtplib
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

GOAL = 0.7
CHUNKS = 5  # each run alternates outbox and bare loop this many times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    from mail_servers import free_port

    port = free_port()
    # the server runs in its own process, as a real one would (not sharing this one's GIL)
    server = subprocess.Popen(
        [sys.executable, "-m", "aiosmtpd", "-n", "-l", f"127.0.0.1:{port}",
         "-c", "aiosmtpd.handlers.Sink"],
    )  # fmt: skip
    wait_for(port)
    ratios = []
    try:
        for run in range(args.runs):
            outbox_rate, bare_rate = one_run(port, args.messages, run)
            ratios.append(outbox_rate / bare_rate)
            print(
                f"run {run + 1}: outbox {outbox_rate:,.0f} msg/s, bare smtplib loop "
                f"{bare_rate:,.0f} msg/s, ratio {outbox_rate / bare_rate:.2f}"
            )
    finally:
        server.terminate()
        server.wait()
    ratio = statistics.median(ratios)
    verdict = "meets" if ratio >= GOAL else "MISSES"
    print(f"outbox / bare smtplib: {ratio:.2f}x (median of {args.runs}) {verdict} the {GOAL}x goal")
    return 0 if ratio >= GOAL else 1


def wait_for(port: int) -> None:
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.05)
    raise SystemExit("the SMTP server did not start")


def one_run(port: int, count: int, run: int) -> tuple[float, float]:
    home = Path(tempfile.mkdtemp(prefix="fu-bench-outbox-"))
    os.environ.update(
        FOLLOWUP_HOME=str(home),
        FOLLOWUP_USER_TIMEZONE="America/New_York",
        FOLLOWUP_SMTP_HOST="127.0.0.1",
        FOLLOWUP_SMTP_PORT=str(port),
        FOLLOWUP_SMTP_TLS="none",
    )
    from followup.config import load_settings
    from followup.delivery.message import with_date
    from followup.services import sending
    from followup.store import db
    from mail_servers import add_round, fill_outbox

    settings = load_settings()
    round_id = add_round(settings)
    prepared = sending.prepare(settings, round_id)
    sender, to = prepared.mail.from_email, [prepared.mail.to_email]
    outbox_s = bare_s = 0.0
    # alternate the two in chunks, so a change in the machine's load hits both alike
    for chunk in range(CHUNKS):
        raws = [raw for _id, raw in fill_outbox(settings, round_id, count // CHUNKS, chunk)]
        start = time.perf_counter()
        if os.environ.get("BENCH_PROFILE"):
            import cProfile

            prof = cProfile.Profile()
            done = prof.runcall(sending.work_once, settings, check_replies=False)
            prof.dump_stats(os.environ["BENCH_PROFILE"])
        else:
            done = sending.work_once(settings, check_replies=False)
        outbox_s += time.perf_counter() - start
        assert len(done.sent) == len(raws), done.to_dict()

        start = time.perf_counter()
        smtp = smtplib.SMTP("127.0.0.1", port)
        for raw in raws:
            smtp.sendmail(sender, to, with_date(raw, datetime.now(UTC)))
        smtp.quit()
        bare_s += time.perf_counter() - start
    db.dispose()
    sent = count // CHUNKS * CHUNKS
    return sent / outbox_s, sent / bare_s


if __name__ == "__main__":
    raise SystemExit(main())
