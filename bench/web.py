"""Speed of the web app on a large history, against a trivial endpoint of the same server.

A real `followup serve` (one uvicorn process, as a user runs it) on loopback over a database
of 10,000 applications (bench/tracking.py's `build`). Measured in the same run, each as
median and p99:

- GET /api/ping (the trivial endpoint: the baseline), GET / (Today) and GET /rounds/ID (a
  round's page with its timeline), one request at a time, interleaved with pings so that
  each ratio compares requests made under the same machine state; Today is remembered while
  the database is unchanged, so its first view after a change is measured too;
- the draft editor's live check: 50 clients typing, each editing its own 150-300-word note
  (a follow-up email of ordinary sentences, about one of 50 rounds) and posting it to
  POST /rounds/ID/check every 500 ms, as the debounced editor does between pauses; between
  two posts a client types a word or two at its cursor, sometimes deletes one, ends a
  sentence or moves to another; while one more client pings (the trivial endpoint under
  the same load).

The load comes from this one asyncio process over keep-alive HTTP/1.1 connections (one per
client, requests written from prepared bytes), so the client takes little of the machine's
two cores: its CPU share, the server's (with any worker processes), the load average
(`uptime`) and the kernel's CPU pressure are printed beside the figures: on a busy machine
the p99 of every endpoint, the trivial one too, is set by waits for a core.

Goals: Today's median within 5x the trivial endpoint's; the live check's p99 under 30 ms.
Loopback only, bounded in time and count.

    .venv/bin/python bench/web.py [--seconds 20] [--requests 200] [--clients 50]
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
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode, urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))

from tracking import TODAY, build  # noqa: E402

BIN = Path(sys.executable).parent
INTERVAL = 0.5  # seconds between two checks of one client (the editor's debounce and typing)

# Sentences a follow-up email is made of; {company}, {role}, {topic} and {person} are filled
# from the client's round.
SENTENCES = (
    "Thank you for taking the time to meet with me on Tuesday about the {role} role.",
    "I enjoyed our conversation about {topic} and the plans your team has for next year.",
    "It was good to hear how {company} measures the success of a new project.",
    "Our discussion of the dashboard migration stayed with me after the call.",
    "In my current job I moved our weekly reports from spreadsheets to a tested pipeline.",
    "That work cut the time the finance team spent on reconciliation by about a third.",
    "I would bring the same care to the reporting work you described.",
    "You mentioned that the team wants to rely less on manual checks before each release.",
    "I have written data quality tests in Python and SQL for the last four years.",
    "I also liked hearing how the analysts and the engineers plan their work together.",
    "Please pass my thanks to {person} for the clear walk through the case study.",
    "The example about customer churn was a good way to see how the team thinks.",
    "I left the interview even more interested in joining {company}.",
    "If it would help, I am happy to share a short sample of a report I built.",
    "I understand that you expect to decide on the next steps within two weeks.",
    "Please let me know if there is anything else you need from me in the meantime.",
    "I am available for a further conversation at any time that suits the team.",
    "Your question about trade-offs between speed and accuracy made me think again.",
    "In hindsight I would add that I always agree the definitions with the business first.",
    "I look forward to hearing from you about the {role} position.",
    "The office tour gave me a good sense of how the teams share their space.",
    "I appreciated your openness about the challenges of the current data platform.",
    "My background in retail analytics fits the forecasting work you mentioned.",
    "I have attached nothing new, but my portfolio link is in my original application.",
    "It was a pleasure to learn more about {topic} from the people who run it.",
)
TYPED = (
    "also", "really", "team", "data", "project", "clear", "helpful", "work", "plan",
    "report", "and", "the", "with", "about", "next", "quarter", "quality", "customers",
    "thoughtful", "process", "results", "learned", "support", "growth", "tools",
)  # fmt: skip
TOPICS = ("the roadmap", "the forecasting model", "the reporting backlog", "the data platform")


@dataclass
class Note:
    """One client's draft: sentences in paragraphs, edited a little between two checks."""

    rng: random.Random
    company: str
    role: str
    person: str
    sentences: list[list[str]] = field(default_factory=list)  # each sentence as its words
    breaks: set[int] = field(default_factory=set)  # a paragraph starts at these sentences
    cursor: int = 0  # the sentence being typed in

    def __post_init__(self) -> None:
        goal = self.rng.randrange(150, 301)
        pool = list(SENTENCES)
        self.rng.shuffle(pool)
        while self.words() < goal - 12:
            if not pool:
                pool = list(SENTENCES)
                self.rng.shuffle(pool)
            self.sentences.append(self.fill(pool.pop()).split())
        self.breaks = {i for i in range(3, len(self.sentences), 4)}
        self.cursor = self.rng.randrange(len(self.sentences))

    def fill(self, template: str) -> str:
        topic = self.rng.choice(TOPICS)
        return template.format(company=self.company, role=self.role, topic=topic,
                               person=self.person)  # fmt: skip

    def words(self) -> int:
        return sum(len(s) for s in self.sentences)

    def edit(self) -> None:
        """What a person types in half a second or so."""
        rng = self.rng
        sentence = self.sentences[self.cursor]
        roll = rng.random()
        if roll < 0.65:  # a word or two typed at a place in the sentence
            at = rng.randrange(1, len(sentence))
            sentence[at:at] = rng.sample(TYPED, rng.randrange(1, 3))
        elif roll < 0.85 and len(sentence) > 4:  # a word deleted
            del sentence[rng.randrange(1, len(sentence) - 1)]
        elif roll < 0.93:  # a new sentence begun after this one
            self.cursor += 1
            self.sentences.insert(self.cursor, self.fill(rng.choice(SENTENCES)).split()[:4])
            self.sentences[self.cursor][-1] += "."
        else:  # the cursor moves to another sentence
            self.cursor = rng.randrange(len(self.sentences))
        while self.words() > 300:  # a sentence cut while revising
            drop = rng.randrange(len(self.sentences))
            if drop != self.cursor:
                del self.sentences[drop]
                self.cursor -= drop < self.cursor
        if not sentence[-1].endswith((".", "?", "!")):
            sentence[-1] += "."

    def text(self) -> str:
        paragraphs: list[list[str]] = [[]]
        for i, words in enumerate(self.sentences):
            if i in self.breaks and paragraphs[-1]:
                paragraphs.append([])
            paragraphs[-1].append(" ".join(words))
        body = "\n\n".join(" ".join(p) for p in paragraphs)
        return (
            f"Subject: Thank you for the {self.role} interview\n\n"
            f"Dear {self.person},\n\n{body}\n\nBest regards,\nAlex Bench"
        )


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def row(name: str, values: list[float], base: float | None = None) -> str:
    median = statistics.median(values) * 1000
    ratio = f"  {statistics.median(values) / base:5.1f}x ping" if base else ""
    return (
        f"  {name:40s} median {median:7.2f} ms   p99 {pct(values, 99) * 1000:7.2f} ms"
        f"   n={len(values)}{ratio}"
    )


class Connection:
    """One keep-alive HTTP/1.1 connection: a request written from bytes, the answer read by
    its Content-Length (the server always sends one)."""

    def __init__(self, host: str, port: int, cookie: str = "") -> None:
        self.host, self.port = host, port
        self.head = f"Host: {host}:{port}\r\n" + (f"Cookie: {cookie}\r\n" if cookie else "")
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def request(
        self, method: str, path: str, body: bytes = b"", headers: str = ""
    ) -> tuple[int, dict[str, str], bytes]:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        assert self.reader is not None
        length = f"Content-Length: {len(body)}\r\n" if method != "GET" else ""
        self.writer.write(
            f"{method} {path} HTTP/1.1\r\n{self.head}{headers}{length}\r\n".encode() + body
        )
        head = await self.reader.readuntil(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        status = int(lines[0].split(" ", 2)[1])
        fields = {}
        for line in lines[1:]:
            if line:
                name, _, value = line.partition(":")
                fields[name.strip().lower()] = value.strip()
        data = await self.reader.readexactly(int(fields.get("content-length", "0")))
        return status, fields, data

    async def timed(self, method: str, path: str, body: bytes = b"", headers: str = "") -> float:
        start = time.perf_counter()
        status, _, data = await self.request(method, path, body, headers)
        elapsed = time.perf_counter() - start
        if status != 200:
            raise SystemExit(f"{method} {path}: {status} {data[:200]!r}")
        return elapsed

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()


def cpu_pressure() -> str:
    """The kernel's CPU pressure (/proc/pressure/cpu, 'some' line): the share of time some
    runnable task waited for a core, over the last 10, 60 and 300 s ('' where not kept)."""
    try:
        line = Path("/proc/pressure/cpu").read_text().splitlines()[0]
    except (OSError, IndexError):
        return ""
    return " ".join(f"{k}={v}%" for k, v in (f.split("=") for f in line.split()[1:4]))


def cpu_seconds(pid: int) -> tuple[float, float]:
    """CPU time (user + system, s) of a process, and of its live children (the server's
    worker processes, if it has any), from /proc."""
    tick = os.sysconf("SC_CLK_TCK")
    own = children = 0.0
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[1].split()
        used = (int(fields[11]) + int(fields[12])) / tick
        if int(entry.name) == pid:
            own += used
        elif int(fields[1]) == pid:
            children += used
    return own, children


async def run(
    url: str, requests: int, clients: int, seconds: float, server: int, profile: str | None
) -> Results:
    parts = urlsplit(url)
    host, port = parts.hostname or "127.0.0.1", parts.port or 80
    origin = f"http://{host}:{port}"
    setup = Connection(host, port)
    _, fields, _ = await setup.request("GET", f"/?{parts.query}")
    cookie = fields["set-cookie"].split(";", 1)[0]
    setup.close()
    main = Connection(host, port, cookie)
    _, _, page = await main.request("GET", "/")
    csrf = re.search(rb'"X-CSRF-Token": "([^"]+)"', page).group(1).decode()  # type: ignore[union-attr]
    _, _, listing = await main.request("GET", f"/api/rounds?limit={clients}")
    import json

    rounds = json.loads(listing)["rounds"]
    out = Results()

    async def series(conn: Connection, paths: list[str], n: int) -> list[list[float]]:
        for _ in range(10):  # warm up
            for path in paths:
                await conn.timed("GET", path)
        got: list[list[float]] = [[] for _ in paths]
        for _ in range(n):
            for i, path in enumerate(paths):
                got[i].append(await conn.timed("GET", path))
        return got

    round_path = f"/rounds/{rounds[0]['id']}"
    ping, today = await series(main, ["/api/ping", "/"], requests)
    ping2, one_round = await series(main, ["/api/ping", round_path], requests)
    form = (
        f"Origin: {origin}\r\nX-CSRF-Token: {csrf}\r\nHX-Request: true\r\n"
        "Content-Type: application/x-www-form-urlencoded\r\n"
    )
    # Today is remembered while the database is unchanged: its first view after a change
    # (here the profile saved again) draws it afresh
    fresh: list[float] = []
    for _ in range(max(10, requests // 4)):
        await main.timed("POST", "/profile", urlencode({"name": "Bench"}).encode(), form)
        fresh.append(await main.timed("GET", "/"))
    out.quiet = {
        "GET /api/ping (trivial)": ping + ping2,
        "GET / (Today)": today,
        "GET / (Today, first after a change)": fresh,
        f"GET {round_path} (a round)": one_round,
    }
    out.today_ratio = statistics.median(today) / statistics.median(ping)
    out.fresh_ratio = statistics.median(fresh) / statistics.median(ping)
    out.round_ratio = statistics.median(one_round) / statistics.median(ping2)

    typists = []
    for i in range(clients):
        record = rounds[i % len(rounds)]
        person = next((p["name"] for p in record.get("people", []) if p.get("name")), "Sam")
        note = Note(random.Random(i), record["company"], record["role"], person)
        typists.append((Connection(host, port, cookie), f"/rounds/{record['id']}/check", note))
    for conn, path, note in typists[:10]:  # the checker's rules and scorers load on first use
        body = urlencode({"kind": "email", "text": note.text()}).encode()
        await conn.timed("POST", path, body, form)

    checks: list[float] = []
    pings: list[float] = []
    words: list[int] = []
    stop_at = time.monotonic() + seconds

    async def typist(conn: Connection, path: str, note: Note) -> None:
        await asyncio.sleep(note.rng.random() * INTERVAL)  # clients start out of step
        due = time.monotonic()
        while due < stop_at:
            note.edit()
            words.append(note.words())
            body = urlencode({"kind": "email", "text": note.text()}).encode()
            checks.append(await conn.timed("POST", path, body, form))
            due += INTERVAL
            await asyncio.sleep(max(0.0, due - time.monotonic()))

    async def pinger(conn: Connection) -> None:
        while time.monotonic() < stop_at:
            pings.append(await conn.timed("GET", "/api/ping"))
            await asyncio.sleep(0.05)

    spy = None
    if profile:  # py-spy's collapsed stacks of the server process (not its workers)
        spy = subprocess.Popen(
            ["py-spy", "record", "--pid", str(server), "--format", "raw",
             "--output", profile, "--duration", str(int(seconds)), "--nonblocking"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
    load_before = os.getloadavg()
    wall, mine, theirs = time.perf_counter(), time.process_time(), cpu_seconds(server)
    await asyncio.gather(*(typist(*t) for t in typists), pinger(main))
    wall = time.perf_counter() - wall
    out.client_cpu = (time.process_time() - mine) / wall
    after = cpu_seconds(server)
    out.server_cpu = (after[0] - theirs[0]) / wall
    out.workers_cpu = (after[1] - theirs[1]) / wall
    out.load = (load_before, os.getloadavg())
    out.uptime = subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()
    out.pressure = cpu_pressure()
    out.typing = {
        f"POST /rounds/ID/check ({clients} typing)": checks,
        "GET /api/ping during the typing": pings,
    }
    out.words = (min(words), statistics.median(words), max(words))
    out.rate = len(checks) / wall
    if spy is not None:
        spy.wait(timeout=seconds + 30)
    for conn, _, _ in typists:
        conn.close()
    main.close()
    return out


@dataclass
class Results:
    quiet: dict[str, list[float]] = field(default_factory=dict)
    typing: dict[str, list[float]] = field(default_factory=dict)
    today_ratio: float = 0.0
    fresh_ratio: float = 0.0
    round_ratio: float = 0.0
    client_cpu: float = 0.0
    server_cpu: float = 0.0
    workers_cpu: float = 0.0
    load: tuple[tuple[float, ...], tuple[float, ...]] = ((), ())
    uptime: str = ""
    pressure: str = ""
    words: tuple[float, ...] = ()
    rate: float = 0.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=float, default=20.0, help="typing time (s)")
    parser.add_argument("--requests", type=int, default=200, help="requests per page")
    parser.add_argument("--clients", type=int, default=50, help="clients typing")
    parser.add_argument("--applications", type=int, default=10_000)
    parser.add_argument("--py-spy", metavar="FILE", help="profile the server while typing")
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
            results = asyncio.run(
                run(url, args.requests, args.clients, args.seconds, proc.pid, args.py_spy)
            )
        finally:
            proc.send_signal(signal.SIGINT)
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
    ping = statistics.median(results.quiet["GET /api/ping (trivial)"])
    print("\nlatency on loopback, one request at a time (pages interleaved with pings):")
    for name, values in results.quiet.items():
        print(row(name, values, ping if "ping" not in name else None))
    typing_ping = statistics.median(results.typing["GET /api/ping during the typing"])
    low, mid, high = results.words
    print(
        f"\n{args.clients} clients typing for {args.seconds:.0f} s: {results.rate:.0f} checks/s, "
        f"notes of {low}-{high} words (median {mid:.0f}):"
    )
    for name, values in results.typing.items():
        print(row(name, values, typing_ping if "ping" not in name else None))
    before, after = results.load
    print(
        f"\nCPU during the typing (share of one core): client {results.client_cpu:.0%}, "
        f"server {results.server_cpu:.0%} (its worker processes {results.workers_cpu:.0%} more); "
        f"load average before "
        f"{' '.join(f'{x:.2f}' for x in before)}, after {' '.join(f'{x:.2f}' for x in after)}"
    )
    print(f"uptime: {results.uptime}")
    if results.pressure:
        print(f"CPU pressure (time some task waited for a core): {results.pressure}")
    check_key = next(k for k in results.typing if k.startswith("POST"))
    check_p99 = pct(results.typing[check_key], 99) * 1000
    check_median = statistics.median(results.typing[check_key]) * 1000
    print(f"\nToday: {results.today_ratio:.1f}x the trivial endpoint (goal: within 5x) — "
          f"{'met' if results.today_ratio <= 5 else 'MISSED'}")  # fmt: skip
    print(f"Today drawn afresh (the first view after a change): {results.fresh_ratio:.1f}x")
    print(f"a round's page: {results.round_ratio:.1f}x the trivial endpoint")
    pings = results.typing["GET /api/ping during the typing"]
    print(f"live check: median {check_median:.1f} ms, p99 {check_p99:.1f} ms (goal: p99 under "
          f"30 ms) — {'met' if check_p99 < 30 else 'MISSED'}; the trivial endpoint under the "
          f"same load: median {statistics.median(pings) * 1000:.1f} ms, "
          f"p99 {pct(pings, 99) * 1000:.1f} ms")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
