"""`followup video check` against a full decode, on the same file in the same run.

    .venv/bin/python bench/video_check.py [--runs 5] [--check]

Builds, with Debian's ffmpeg, a 90-second 1280×720, 30 fps H.264 clip shaped like a phone or
webcam recording: moving picture detail with sensor-like grain at about 5 Mbit/s, a keyframe
every 2 seconds, stereo 48 kHz AAC sound. (A flat synthetic picture decodes many times faster
than camera footage and would misstate the baseline.) Then times, cold and interleaved,
`followup video check CLIP --json` (a fresh process each run: what the user pays) and
`ffmpeg -i CLIP -f null -` (Debian's ffmpeg decoding every frame). Prints the load average
before and after, the medians, the ratio of the medians and the slowest check's ratio (to the
decode's median). Goals: the median check takes at most 0.22× the full decode, and no check
more than 0.3×. --check exits 1 when either is missed.
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

GOAL = 0.22  # the median check against the median full decode
WORST = 0.3  # any one check against the median full decode


def build_clip(ffmpeg: str, path: Path) -> Path:
    video = "testsrc2=size=1280x720:rate=30,noise=alls=6:allf=t"
    audio = "sine=frequency=180:sample_rate=48000"
    cmd = [ffmpeg, "-v", "error", "-y", "-f", "lavfi", "-i", video, "-f", "lavfi", "-i", audio]
    cmd += ["-t", "90", "-c:v", "libx264", "-preset", "ultrafast", "-b:v", "5M", "-g", "60"]
    cmd += ["-pix_fmt", "yuv420p", "-c:a", "aac", "-ac", "2", "-b:a", "128k", str(path)]
    subprocess.run(cmd, check=True)
    return path


def timed(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    proc = subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - start
    if proc.returncode not in (0, 1):  # 1: the verdict is revise (a sine tone is "noisy")
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}): {proc.stderr.decode()}")
    return elapsed


def load() -> str:
    one, five, _ = os.getloadavg()
    return f"{one:.2f} (1 min), {five:.2f} (5 min) on {os.cpu_count()} cores"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="timed runs of each")
    parser.add_argument("--check", action="store_true", help="exit 1 when a goal is missed")
    opts = parser.parse_args()
    ffmpeg = shutil.which("ffmpeg")
    if ffmpeg is None:
        raise SystemExit("ffmpeg is not installed (Debian package ffmpeg; `make system`)")
    followup = str(Path(sys.executable).parent / "followup")
    with tempfile.TemporaryDirectory() as home:
        clip = build_clip(ffmpeg, Path(home) / "clip.mp4")
        before = load()
        env = {k: v for k, v in os.environ.items() if not k.startswith("FOLLOWUP_")}
        env["FOLLOWUP_HOME"] = home
        commands = {
            "followup video check": [followup, "video", "check", str(clip), "--json"],
            "ffmpeg full decode": [ffmpeg, "-v", "error", "-i", str(clip), "-f", "null", "-"],
        }
        for cmd in commands.values():  # warm-up: byte-code, page cache
            timed(cmd, env)
        times: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(opts.runs):
            for name, cmd in commands.items():
                times[name].append(timed(cmd, env))
    print(f"{opts.runs} runs each after a warm-up; load average: before {before}; after {load()}")
    medians = {name: statistics.median(values) for name, values in times.items()}
    for name, value in medians.items():
        print(f"{name:24} median {value * 1000:8.1f} ms")
    decode = medians["ffmpeg full decode"]
    ratio = medians["followup video check"] / decode
    worst = max(times["followup video check"]) / decode
    print(f"video check / full decode: {ratio:.2f}x (goal <= {GOAL:g}x)")
    print(f"slowest check / full decode: {worst:.2f}x (goal <= {WORST:g}x)")
    return 1 if opts.check and (ratio > GOAL or worst > WORST) else 0


if __name__ == "__main__":
    raise SystemExit(main())
