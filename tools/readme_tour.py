"""Rerun the commands of the README's tour and write their real output into it.

.venv/bin/python tools/readme_tour.py

Each ```console block of README.md that starts with `$ followup …` is replaced by its
commands and what each prints now, run in order in a fresh data folder holding the tour's two
interview rounds, a profile and the note that `check` reads (a terminal 100 columns wide); a
`followup edit` that only sets up the next command is shown without its output. The ```sh
blocks are left alone.
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
FOLLOWUP = str(Path(sys.executable).parent / "followup")
BLOCK = re.compile(r"```console\n(\$ followup [^\n]*\n.*?)```", re.S)

SETUP = [
    ["profile", "--name", "Sam Doe", "--email", "sam@example.com",
     "--qualification", "five years of Python data pipelines"],
    ["add", "--company", "Northwind Labs", "--role", "Data Engineer",
     "--interviewed", "2026-11-19", "--time", "14:00", "--tz", "America/New_York",
     "--format", "video", "--channel", "email",
     "--coordinator", "Dana Ruiz <dana@northwind.example>",
     "--interviewer", "Priya Shah <priya@northwind.example>",
     "--interviewer", "Tom Becker <tom@northwind.example>",
     "--topic", "streaming ingestion with Kafka", "--topic", "data quality checks",
     "--item", "the Northwind analytics dashboard"],
    ["add", "--company", "Bellweather", "--role", "Analytics Lead",
     "--interviewed", "2026-11-24", "--format", "in-person", "--channel", "phone",
     "--coordinator", "Sam Ortiz <sam@bellweather.example>"],
]  # fmt: skip
NOTE = """Hi Dana!!!

Thanks for the interview, I really need this job. I haven't heard anything
yet so please let me know by Friday what you decided. I hope [COMPANY] picks me,
honestly the other interview was awful and I just want this over with.

Sam
"""


def run(args: list[str], env: dict[str, str], cwd: str) -> str:
    proc = subprocess.run(
        [FOLLOWUP, *args], capture_output=True, text=True, env=env, cwd=cwd, timeout=120
    )
    if proc.returncode not in (0, 1):  # check says 1 when a note needs revising
        raise SystemExit(f"followup {' '.join(args)} failed: {proc.stderr}")
    return proc.stdout.rstrip("\n")


def main() -> int:
    text = README.read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as home:
        env = {k: v for k, v in os.environ.items() if not k.startswith("FOLLOWUP_")}
        env.update(FOLLOWUP_HOME=home, FOLLOWUP_USER_TIMEZONE="America/New_York", COLUMNS="100")
        for args in SETUP:
            run([*args, "--json"] if args[0] == "add" else args, env, home)
        Path(home, "note.txt").write_text(NOTE, encoding="utf-8")

        def rerun(match: re.Match[str]) -> str:
            commands = [
                line[2:] for line in match.group(1).splitlines() if line.startswith("$ followup ")
            ]
            shown = []
            for command in commands:
                output = run(shlex.split(command)[1:], env, home)
                quiet = command.startswith("followup edit ")
                shown.append(f"$ {command}" + ("" if quiet or not output else f"\n{output}"))
            return "```console\n" + "\n".join(shown) + "\n```"

        README.write_text(BLOCK.sub(rerun, text), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
