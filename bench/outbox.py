"""Outbox throughput against a bare smtplib loop, both to the same loopback SMTP server.

The outbox worker sends N due messages with every guarantee kept (each batch claimed
durably before its data goes out, each hand-over recorded before the data, each message
marked sent after the server's answer, the follow-up recorded); the baseline sends the very
same message bytes over one smtplib connection and records nothing. Both run in this
process, in this run, against one aiosmtpd server running in its own process.

The two alternate, round after round (outbox then bare, then bare then outbox…), so a
change in the machine's load hits both alike; each round gives a ratio (outbox messages per
second over the bare loop's) and the result is the median of the rounds. The load average
is printed with it. Goal: the outbox reaches at least 0.7x the bare loop.

    .venv/bin/python bench/outbox.py [--messages 200] [--rounds 15]

BENCH_PROFILE=FILE writes a cProfile of the outbox passes (CPU time) to FILE.
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=200, help="messages per round")
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args()

    from mail_servers import free_port

    port = free_port()
    # the server runs in its own process, as a real one would (not sharing this one's GIL)
    server = subprocess.Popen(
        [sys.executable, "-m", "aiosmtpd", "-n", "-l", f"127.0.0.1:{port}",
         "-c", "aiosmtpd.handlers.Sink"],
    )  # fmt: skip
    wait_for(port)
    load_before = os.getloadavg()
    try:
        rounds = run(port, args.messages, args.rounds)
    finally:
        server.terminate()
        server.wait()
    load_after = os.getloadavg()
    ratios = [bare_s / outbox_s for outbox_s, bare_s in rounds]
    sent = args.messages * len(rounds)
    outbox_rate = sent / sum(o for o, _b in rounds)
    bare_rate = sent / sum(b for _o, b in rounds)
    ratio = statistics.median(ratios)
    low, high = (statistics.quantiles(ratios, n=4)[i] for i in (0, 2))
    print(
        f"{sent} messages: outbox {outbox_rate:,.0f} msg/s, bare smtplib loop "
        f"{bare_rate:,.0f} msg/s overall"
    )
    print(f"per-round ratios: {' '.join(f'{r:.2f}' for r in ratios)}")
    print(
        f"load average (1 min) {load_before[0]:.2f} before, {load_after[0]:.2f} after, on "
        f"{os.cpu_count()} cores"
    )
    verdict = "meets" if ratio >= GOAL else "MISSES"
    print(
        f"outbox / bare smtplib: {ratio:.2f}x (median of {len(ratios)} interleaved rounds, "
        f"quartiles {low:.2f}-{high:.2f}) {verdict} the {GOAL}x goal"
    )
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


def run(port: int, count: int, rounds: int) -> list[tuple[float, float]]:
    """(outbox seconds, bare seconds) for `count` messages, per round."""
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
    profile = None
    if os.environ.get("BENCH_PROFILE"):
        import cProfile

        profile = cProfile.Profile(time.process_time)

    def outbox(raws: list[bytes]) -> float:
        start = time.perf_counter()
        if profile is not None:
            done = profile.runcall(sending.work_once, settings, check_replies=False)
        else:
            done = sending.work_once(settings, check_replies=False)
        took = time.perf_counter() - start
        assert len(done.sent) == len(raws), done.to_dict()
        return took

    def bare(raws: list[bytes]) -> float:
        start = time.perf_counter()
        smtp = smtplib.SMTP("127.0.0.1", port)
        for raw in raws:
            smtp.sendmail(sender, to, with_date(raw, datetime.now(UTC)))
        smtp.quit()
        return time.perf_counter() - start

    # a first pass of each, unmeasured: imports, the database file, the server's first client
    outbox([raw for _id, raw in fill_outbox(settings, round_id, 10, "warm")])
    out = []
    for number in range(rounds):
        raws = [raw for _id, raw in fill_outbox(settings, round_id, count, f"r{number}-")]
        if number % 2:
            bare_s = bare(raws)
            outbox_s = outbox(raws)
        else:
            outbox_s = outbox(raws)
            bare_s = bare(raws)
        out.append((outbox_s, bare_s))
    if profile is not None:
        profile.dump_stats(os.environ["BENCH_PROFILE"])
    db.dispose()
    return out


if __name__ == "__main__":
    raise SystemExit(main())
