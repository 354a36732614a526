"""Take the README's picture of the Today page: a demo history in a temporary folder, a real
`followup serve`, Debian's Chromium through Playwright. Writes docs/today.png.

    .venv/bin/python tools/web_screenshot.py [--output docs/today.png]
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent / "followup"
TODAY = "2026-11-24"
DEMO = [
    ["profile", "--name", "Sam Rivera", "--email", "sam@example.org",
     "--qualification", "six years of SQL and Python analytics"],
    ["add", "--company", "Acme Analytics", "--role", "Data Analyst", "--interviewed",
     "2026-11-19", "--format", "video", "--coordinator", "Maria Gonzalez <maria@acme.example>",
     "--topic", "the dashboard migration to dbt"],
    ["add", "--company", "Initech", "--role", "Data Engineer", "--interviewed", "2026-11-20",
     "--format", "phone", "--coordinator", "Bo Chan <bo@initech.example>"],
    ["add", "--company", "Globex", "--role", "Product Manager", "--interviewed", "2026-11-23",
     "--format", "in-person", "--channel", "phone",
     "--coordinator", "Ann Lee <ann@globex.example>"],
    ["add", "--company", "Umbrella", "--role", "BI Analyst", "--interviewed", "2026-11-13",
     "--format", "video", "--coordinator", "Rae Kim <rae@umbrella.example>",
     "--deadline", "2026-11-27"],
    ["done", "4", "--via", "email", "--on", "2026-11-17"],
]  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--output", default=str(ROOT / "docs" / "today.png"))
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory(prefix="followup-shot-") as home:
        env = {**os.environ, "FOLLOWUP_HOME": home, "FOLLOWUP_USER_TIMEZONE": "America/New_York"}
        env.pop("DISPLAY", None)
        for argv in DEMO:
            dated = argv[0] in ("add", "done")
            subprocess.run(
                [str(BIN), *argv, *(["--today", TODAY] if dated else [])],
                check=True,
                capture_output=True,
                env=env,
                stdin=subprocess.DEVNULL,
            )
        proc = subprocess.Popen(
            [str(BIN), "serve", "--port", "0", "--no-browser", "--today", TODAY],
            stdout=subprocess.PIPE, text=True, env=env,
        )  # fmt: skip
        try:
            assert proc.stdout is not None
            url = proc.stdout.readline().split(" at ", 1)[1].strip()
            with sync_playwright() as p:
                browser = p.chromium.launch(
                    executable_path="/usr/bin/chromium",
                    args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
                )
                page = browser.new_page(viewport={"width": 1100, "height": 720})
                page.goto(url)
                page.screenshot(path=args.output)
                browser.close()
        finally:
            proc.send_signal(signal.SIGINT)
            proc.wait(timeout=20)
    sys.stdout.write(f"wrote {args.output}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
