"""Speed of the web app on a large history, against a trivial endpoint of the same server.

A real `followup serve` (uvicorn, one process) on loopback over a database of 10,000
applications (bench/tracking.py's `build`). Measured in the same run, each as median and p99:

- GET /api/ping (the trivial endpoint: the baseline), GET / (Today) and GET /rounds/ID (a
  round's page with its timeline and drafts), one request at a time;
- the draft editor's live check: 50 clients typing, each posting a 150-300-word note to
  POST /rounds/ID/check every 500 ms (as the debounced editor does), for `--seconds`, while
  one more client keeps pinging (the trivial endpoint under the same load).

Goals: Today's median within 5x the trivial endpoint's; the live check's p99 under 30 ms.
Loopback only, bounded in time and count.

    .venv/bin/python bench/web.py [--seconds 10] [--requests 200] [--clients 50]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import re
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from tracking import TODAY, build  # noqa: E402

BIN = Path(sys.executable).parent
TEXT = (
    "thank you for taking the time to meet with me about the analyst role I enjoyed our "
    "conversation about the dashboard migration and the team plans for next year my six years "
    "of SQL and Python analytics would help the team ship reliable reports I remain very "
    "interested in the position and would be glad to join Company and discuss next steps"
)
WORDS = tuple(TEXT.split(" "))


def note(rng: random.Random) -> str:
    count = rng.randrange(150, 301)
    body = " ".join(rng.choice(WORDS) for _ in range(count))
    greeting = "Subject: Thank you\n\nDear Coordinator,\n\n"
    return f"{greeting}{body.capitalize()}.\n\nBest regards,\nBench"


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def row(name: str, values: list[float], base: float | None = None) -> str:
    median = statistics.median(values) * 1000
    ratio = f"  {statistics.median(values) / base:5.1f}x ping" if base else ""
    return (
        f"  {name:34s} median {median:7.2f} ms   p99 {pct(values, 99) * 1000:7.2f} ms"
        f"   n={len(values)}{ratio}"
    )


async def run(url: str, requests: int, clients: int, seconds: float) -> dict[str, list[float]]:
    import httpx

    base = url.split("/?")[0]
    origin = base
    async with httpx.AsyncClient(base_url=base, timeout=30) as client:
        first = await client.get(url.replace(base, ""), follow_redirects=True)
        csrf = re.search(r'"X-CSRF-Token": "([^"]+)"', first.text).group(1)  # type: ignore[union-attr]
        rounds = (await client.get("/api/rounds", params={"limit": 1})).json()["rounds"]
        round_id = rounds[0]["id"]
        headers = {"Origin": origin, "X-CSRF-Token": csrf, "HX-Request": "true"}

        async def timed(method: str, path: str, **kwargs: object) -> float:
            start = time.perf_counter()
            answer = await client.request(method, path, **kwargs)  # type: ignore[arg-type]
            elapsed = time.perf_counter() - start
            if answer.status_code != 200:
                raise SystemExit(f"{method} {path}: {answer.status_code} {answer.text[:200]}")
            return elapsed

        out: dict[str, list[float]] = {}
        for name, path in (
            ("GET /api/ping (trivial)", "/api/ping"),
            ("GET / (Today)", "/"),
            (f"GET /rounds/{round_id} (a round)", f"/rounds/{round_id}"),
        ):
            for _ in range(10):  # warm up
                await timed("GET", path)
            out[name] = [await timed("GET", path) for _ in range(requests)]
        # interleave ping and Today so both see the same machine state
        out["GET /api/ping, interleaved"] = []
        out["GET /, interleaved"] = []
        for _ in range(requests // 2):
            out["GET /api/ping, interleaved"].append(await timed("GET", "/api/ping"))
            out["GET /, interleaved"].append(await timed("GET", "/"))

        warm = random.Random(0)
        for _ in range(10):  # the checker's rules and scorers are loaded by the first checks
            data = {"kind": "email", "text": note(warm)}
            await timed("POST", f"/rounds/{round_id}/check", data=data, headers=headers)
        checks: list[float] = []
        pings: list[float] = []
        stop_at = time.monotonic() + seconds

        async def typist(seed: int) -> None:
            rng = random.Random(seed)
            await asyncio.sleep(rng.random() * 0.5)  # clients start out of step
            while time.monotonic() < stop_at:
                started = time.monotonic()
                data = {"kind": "email", "text": note(rng)}
                checks.append(
                    await timed("POST", f"/rounds/{round_id}/check", data=data, headers=headers)
                )
                await asyncio.sleep(max(0.0, 0.5 - (time.monotonic() - started)))

        async def pinger() -> None:
            while time.monotonic() < stop_at:
                pings.append(await timed("GET", "/api/ping"))
                await asyncio.sleep(0.05)

        await asyncio.gather(*(typist(i) for i in range(clients)), pinger())
        out[f"POST /rounds/ID/check ({clients} typing)"] = checks
        out["GET /api/ping during the typing"] = pings
        return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=float, default=10.0, help="typing time (s)")
    parser.add_argument("--requests", type=int, default=200, help="requests per page")
    parser.add_argument("--clients", type=int, default=50, help="clients typing")
    parser.add_argument("--applications", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="followup-web-bench-") as tmp:
        folder = Path(tmp)
        path = folder / "bench.db"
        started = time.perf_counter()
        build(path, args.applications, args.applications)
        print(f"{args.applications:,} applications built in {time.perf_counter() - started:.1f} s")
        env = {
            **os.environ,
            "FOLLOWUP_HOME": str(folder),
            "FOLLOWUP_DB": f"sqlite:///{path}",
            "FOLLOWUP_USER_TIMEZONE": "America/New_York",
        }
        env.pop("DISPLAY", None)
        proc = subprocess.Popen(
            [str(BIN / "followup"), "serve", "--port", "0", "--no-browser",
             "--today", TODAY.isoformat()],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
        )  # fmt: skip
        try:
            assert proc.stdout is not None
            line = proc.stdout.readline()
            url = line.split(" at ", 1)[1].strip()
            results = asyncio.run(run(url, args.requests, args.clients, args.seconds))
        finally:
            proc.send_signal(signal.SIGINT)
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
    ping = statistics.median(results["GET /api/ping, interleaved"])
    print("\nlatency on loopback (one uvicorn process):")
    for name, values in results.items():
        print(row(name, values, ping if "ping" not in name else None))
    today_ratio = statistics.median(results["GET /, interleaved"]) / ping
    check_key = next(k for k in results if k.startswith("POST"))
    check_p99 = pct(results[check_key], 99) * 1000
    print(f"\nToday: {today_ratio:.1f}x the trivial endpoint (goal: within 5x) — "
          f"{'met' if today_ratio <= 5 else 'MISSED'}")  # fmt: skip
    print(f"live check p99: {check_p99:.1f} ms (goal: under 30 ms) — "
          f"{'met' if check_p99 < 30 else 'MISSED'}")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
