"""Start-up time of every everyday command, as ratios against bare Python in the same run.

    .venv/bin/python bench/startup.py [--runs 15] [--check] [--only NAME…]

A fresh data folder gets an interview round, a profile, a note to check and a 10-second
recording shaped like a phone's (make_clip: 1080p H.264 with a keyframe every second, grain,
speech-like AAC sound); a real SMTP server (aiosmtpd) and, where Debian's Dovecot is
installed, a real IMAP server run on loopback for the delivery commands
(tests/mail_servers.py). Each command then runs once to warm up (byte-code written, holiday
cache, checker rules, compiled templates saved, as on a user's machine after the first
call), then RUNS times, interleaved so that a busy machine slows all of them alike: every
run is a fresh process, as a user runs it (`send` sends a new round each time; `schedule`
and `cancel` alternate). `draft ID` runs as a user's second draft of an unchanged round
(its texts kept in the cache folder), `draft ID (first render)` as the first draft of a
round: the kept renders are removed before each run, so it imports Jinja2 and renders its
template (the checker runs on both). `plan ID (notes name a route)` plans round 2, whose
notes say whom to write to (services.planning.routed reads them on every plan). The median
wall time of each is printed with its ratio to `python -c pass` (the same interpreter as
the installed `followup`), and the load average before and after. Goals: every command
within 10x, `plan … --json` within 8x. --check exits 1 when a goal is missed.

`video check FILE` is printed for reference but held to no start-up goal: its work is the
recording's (every second of sound is decoded and metered, a keyframe a second is decoded),
so its time grows with the file, not with start-up. Its goal is against a full decode of the
same file, in bench/video_check.py.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

GOAL = 10.0  # every everyday command
GOALS = {"plan --json": 8.0}  # tighter goals for what scripts call again and again
MEDIA = {"video check FILE": "bench/video_check.py"}  # work grows with the file: goal there
BASE = "python -c pass"
SEND = "{send}"  # in an argv: the round `send` sends this run (each run a new one)
FRESH = {"draft ID (first render)": "renders"}  # name -> cache folder removed before each run
NOTE = """Subject: Thank you — Data Analyst interview

Dear Dana,

Thank you for taking the time to speak with me on Thursday about the Data Analyst role at
Acme. I enjoyed hearing about the team's plans for the new reporting pipeline, and our talk
made me even more interested in the position.

My five years of building dashboards in SQL and Python fit the work you described well.

I look forward to hearing about the next steps.

Best regards,
Sam Lee
"""
# the rounds are interviewed two days before the run, so that the follow-up is still due (a
# fixed day would age into a late check-in, which `schedule` will not send without --at)
INTERVIEWED = (date.today() - timedelta(days=2)).isoformat()
ROUND = ["--company", "Acme", "--role", "Data Analyst", "--interviewed", INTERVIEWED,
         "--format", "video", "--tz", "America/New_York",
         "--coordinator", "Dana Reyes, dana@acme.example, +1 617 555 0199",
         "--topic", "reporting pipeline", "--item", "the dashboard prototype"]  # fmt: skip
# round 2: notes that say whom to write to (planning.routed reads them on every plan)
ROUTED = "2"
ROUTE = ["--interviewer", "Lee Park, lee@acme.example",
         "--note", "lee said to send the thank-you to her directly, dana copied"]  # fmt: skip


def measure(cmd: list[str], env: dict[str, str], ok: tuple[int, ...] = (0,)) -> float:
    start = time.perf_counter()
    proc = subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - start
    if proc.returncode not in ok:
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}): {proc.stderr.decode()}")
    return elapsed


def commands(
    python: str, followup: str, home: Path, imap: bool
) -> dict[str, tuple[list[str], tuple[int, ...]]]:
    """name -> (argv, accepted exit codes): what a person or a script types all day."""
    flags = ["--interviewed", INTERVIEWED, "--format", "video", "--tz", "America/New_York"]
    table = {
        BASE: ([python, "-c", "pass"], (0,)),
        "plan --json": ([followup, "plan", *flags, "--json"], (0,)),
        "plan (flags)": ([followup, "plan", *flags], (0,)),
        "plan ID": ([followup, "plan", "1"], (0,)),
        "plan ID --json": ([followup, "plan", "1", "--json"], (0,)),
        "plan ID (notes name a route)": ([followup, "plan", ROUTED, "--json"], (0,)),
        "today": ([followup, "today"], (0,)),
        "list": ([followup, "list"], (0,)),
        "show ID": ([followup, "show", "1"], (0,)),
        "draft ID": ([followup, "draft", "1"], (0,)),
        "draft ID (first render)": ([followup, "draft", "1"], (0,)),
        "check FILE": ([followup, "check", str(home / "note.txt")], (0, 1)),  # 1: revise
        "--help": ([followup, "--help"], (0,)),
        "config": ([followup, "config"], (0,)),
        "send ID": ([followup, "send", SEND, "--force"], (0,)),
        "eml ID": ([followup, "eml", "1", "-o", str(home / "follow-up.eml")], (0,)),
        "mailto ID": ([followup, "mailto", "1"], (0,)),
        "schedule ID": ([followup, "schedule", "1", "--force"], (0,)),
        "cancel ID": ([followup, "cancel", "1"], (0,)),
        "outbox": ([followup, "outbox"], (0,)),
        "replies": ([followup, "replies"], (0,)),
        "calendar": ([followup, "calendar", "-o", str(home / "follow-ups.ics")], (0,)),
        "card ID": ([followup, "card", "1", "-o", str(home / "card.pdf"), "--force"], (0,)),
        "call ID": ([followup, "call", "1"], (0,)),
        "video plan ID": ([followup, "video", "plan", "1"], (0,)),
        "video check FILE": ([followup, "video", "check", str(home / "clip.mp4")], (0, 1)),
    }
    if not imap:
        del table["replies"]
    return table


def run(followup: str, env: dict[str, str], *args: str) -> str:
    proc = subprocess.run([followup, *args], env=env, capture_output=True, text=True)
    if proc.returncode != 0:
        raise SystemExit(f"followup {' '.join(args)} failed: {proc.stderr}")
    return proc.stdout


CLIP_SECONDS = 10  # long enough for the keyframe path (delivery/video.py MIN_SAMPLES)
CLIP_SIZE = (1920, 1080)  # a phone's main camera at its default setting
CLIP_FPS = 30
CLIP_BITS = 10_000_000  # bits a second: a phone records 1080p30 H.264 at 10-17 Mbit/s


def make_clip(path: Path, seconds: float = CLIP_SECONDS) -> Path:
    """A recording shaped like a phone's, made with PyAV: 1920×1080 H.264 at 30 fps and about
    10 Mbit/s with a keyframe every second (as phones write them) and no B-frames, a moving
    test picture with sensor-like grain (a flat synthetic picture decodes many times faster
    than camera footage), and speech-like stereo AAC sound at 48 kHz (tests/delivery/
    video_clips.py). `seconds`: CLIP_SECONDS, a short take (the full 60-90 second note is
    bench/video_check.py's)."""
    from fractions import Fraction

    import av
    import numpy as np

    from delivery.video_clips import speech

    width, height = CLIP_SIZE
    graph = av.filter.Graph()
    picture = graph.add("testsrc2", f"size={width}x{height}:rate={CLIP_FPS}:duration={seconds}")
    last = picture
    for name, args in (("noise", "alls=6:allf=t"), ("format", "yuv420p")):
        node = graph.add(name, args)
        last.link_to(node)
        last = node
    frames = graph.add("buffersink")
    last.link_to(frames)
    graph.configure()
    rate = 48000
    voice = speech(seconds, rate)
    sound = np.stack([voice, voice * 0.9])  # two microphones, one a little farther
    with av.open(str(path), "w") as out:
        video = out.add_stream("libx264", rate=CLIP_FPS)
        video.width, video.height, video.pix_fmt = width, height, "yuv420p"
        video.bit_rate = CLIP_BITS
        video.codec_context.gop_size = CLIP_FPS  # a keyframe every second
        video.options = {"preset": "ultrafast"}  # no B-frames, as phones' encoders
        audio = out.add_stream("aac", rate=rate)
        audio.layout = "stereo"
        while True:
            try:
                frame = frames.pull()
            except (av.error.EOFError, av.error.BlockingIOError):
                break
            frame.pict_type = av.video.frame.PictureType.NONE  # the encoder picks keyframes
            out.mux(video.encode(frame))
        out.mux(video.encode(None))
        step = 1024
        for start in range(0, sound.shape[1], step):
            chunk = np.ascontiguousarray(sound[:, start : start + step].T)  # interleaved
            block = av.AudioFrame.from_ndarray(chunk.reshape(1, -1), format="flt", layout="stereo")
            block.sample_rate, block.pts, block.time_base = rate, start, Fraction(1, rate)
            out.mux(audio.encode(block))
        out.mux(audio.encode(None))
    return path


def prepare(followup: str, env: dict[str, str], home: Path, sends: int) -> list[str]:
    """Round 1 with a stored draft, a profile, a note, a phone-style recording (make_clip),
    round 2 (ROUTED) whose notes say whom to write to, and `sends` more rounds with their
    drafts for `send` to send (their ids returned)."""
    (home / "note.txt").write_text(NOTE, encoding="utf-8")
    make_clip(home / "clip.mp4")
    run(
        followup,
        env,
        "profile",
        "--name",
        "Sam Lee",
        "--email",
        "sam@example.com",
        "--phone",
        "+1 617 555 0142",
    )
    run(followup, env, "add", *ROUND, "--json")
    run(followup, env, "draft", "1")
    routed = json.loads(run(followup, env, "add", *ROUND, *ROUTE, "--json"))
    assert str(routed["id"]) == ROUTED and "as_notes_say" in routed["plan"]["recipient"], routed
    ids = []
    for _ in range(sends):
        ids.append(str(json.loads(run(followup, env, "add", *ROUND, "--json"))["id"]))
        run(followup, env, "draft", ids[-1])
    return ids


@contextmanager
def mail_servers(env: dict[str, str]) -> Iterator[bool]:
    """A real SMTP server on loopback, and Dovecot for IMAP where it can run (root, the
    Debian package): the smtp.* and imap.* settings point at them. Yields whether IMAP is
    there."""
    from mail_servers import Dovecot, SmtpServer

    with ExitStack() as stack:
        smtp = SmtpServer().start()
        stack.callback(smtp.stop)
        env.update(FOLLOWUP_SMTP_HOST="127.0.0.1", FOLLOWUP_SMTP_PORT=str(smtp.port),
                   FOLLOWUP_SMTP_TLS="none", FOLLOWUP_SMTP_TIMEOUT="10")  # fmt: skip
        imap = None
        if os.geteuid() == 0 and (shutil.which("dovecot") or Path("/usr/sbin/dovecot").exists()):
            imap = Dovecot().start()
            stack.callback(imap.stop)
            env.update(FOLLOWUP_IMAP_HOST="127.0.0.1", FOLLOWUP_IMAP_PORT=str(imap.port),
                       FOLLOWUP_IMAP_TLS="none", FOLLOWUP_IMAP_USER=imap.new_user(),
                       FOLLOWUP_IMAP_PASSWORD=imap.password,
                       FOLLOWUP_IMAP_TIMEOUT="10")  # fmt: skip
        yield imap is not None


def load() -> str:
    one, five, _ = os.getloadavg()
    return f"{one:.2f} (1 min), {five:.2f} (5 min) on {os.cpu_count()} cores"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="timed runs per command")
    parser.add_argument("--check", action="store_true", help="exit 1 when a goal is missed")
    parser.add_argument("--only", nargs="*", default=None, help="measure only these commands")
    opts = parser.parse_args()

    python = sys.executable
    followup = str(Path(python).parent / "followup")
    before = load()
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder)
        env = {k: v for k, v in os.environ.items() if not k.startswith("FOLLOWUP_")}
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # a user's install keeps its byte-code
        env.update(FOLLOWUP_HOME=folder, FOLLOWUP_USER_TIMEZONE="America/New_York")
        env["COLUMNS"] = "100"
        with mail_servers(env) as imap:
            table = commands(python, followup, home, imap)
            if opts.only:
                table = {k: v for k, v in table.items() if k == BASE or k in opts.only}
            sends = opts.runs + 1 if "send ID" in table else 0
            rounds = iter(prepare(followup, env, home, sends))
            times: dict[str, list[float]] = {name: [] for name in table}
            for number in range(opts.runs + 1):  # the first pass warms up, unmeasured
                for name, (cmd, ok) in table.items():
                    argv = [next(rounds) if a == SEND else a for a in cmd]
                    if name in FRESH:  # as the first run that needs them: none kept
                        shutil.rmtree(home / "cache" / FRESH[name], ignore_errors=True)
                    elapsed = measure(argv, env, ok)
                    if number:
                        times[name].append(elapsed)

    base = statistics.median(times[BASE])
    print(f"{opts.runs} runs each after a warm-up; median wall time, ratio to bare Python")
    print(f"interpreter: {python}")
    print(f"load average: before {before}; after {load()}")
    missed = []
    for name, samples in times.items():
        median = statistics.median(samples)
        ratio = median / base
        goal = GOALS.get(name, GOAL)
        if name in MEDIA:
            mark = f"media: goal in {MEDIA[name]}"
        else:
            mark = "" if name == BASE else ("ok" if ratio <= goal else f"ABOVE {goal:g}x")
        if name != BASE and name not in MEDIA and ratio > goal:
            missed.append(name)
        label = name if name == BASE else f"followup {name}"
        print(f"  {label:<37} {median * 1000:8.1f} ms  {ratio:5.1f}x  {mark}")
    goals = ", ".join(f"{k} {v:g}x" for k, v in GOALS.items())
    media = ", ".join(MEDIA)
    print(f"goals: every command within {GOAL:g}x ({goals}; {media}: see its own bench);")
    print(f"missed: {', '.join(missed) or 'none'}")
    return 1 if opts.check and missed else 0


if __name__ == "__main__":
    raise SystemExit(main())
