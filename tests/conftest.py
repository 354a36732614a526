"""Shared fixtures: every test gets its own FOLLOWUP_HOME, so no test touches a real home."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# The shared folder beside the checkout (FOLLOWUP_SHARED_DIR names another, e.g. for a worktree).
SHARED = Path(os.environ.get("FOLLOWUP_SHARED_DIR") or ROOT.parent / "shared")
PEER_DATA = SHARED / "peer-data"
FOLLOWUP_BIN = Path(sys.executable).parent / "followup"


@pytest.fixture(autouse=True)
def followup_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A fresh, empty FOLLOWUP_HOME for each test; FOLLOWUP_* settings from outside removed."""
    for key in list(os.environ):
        if key.startswith("FOLLOWUP_"):
            monkeypatch.delenv(key)
    home = tmp_path / "followup-home"
    home.mkdir()
    monkeypatch.setenv("FOLLOWUP_HOME", str(home))
    monkeypatch.setenv("FOLLOWUP_USER_TIMEZONE", "America/New_York")
    # Tests record interviews on fixed days; the question about a date far from today (the
    # input.far_days setting) is tested where it is set back (tests/cli/test_typed_input.py).
    monkeypatch.setenv("FOLLOWUP_INPUT_FAR_DAYS", "100000")
    yield home


@dataclass
class Result:
    code: int
    out: str
    err: str

    def json(self) -> object:
        return json.loads(self.out)

    def json_lines(self) -> list[object]:
        return [json.loads(line) for line in self.out.splitlines() if line.strip()]


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Callable[..., Result]:
    """Run `followup ARGS…` in this process (fast); returns exit code, stdout and stderr."""
    from followup.cli import main

    def run(*args: str) -> Result:
        code = main(list(args))
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return run


@pytest.fixture
def run_followup() -> Callable[..., Result]:
    """Run the installed `followup` entry point in a subprocess, as a user would."""

    def run(*args: str, input: str | None = None, env: dict[str, str] | None = None) -> Result:
        proc = subprocess.run(
            [str(FOLLOWUP_BIN), *args],
            capture_output=True,
            text=True,
            input=input,
            env={**os.environ, **(env or {})},
            timeout=120,
        )
        return Result(proc.returncode, proc.stdout, proc.stderr)

    return run


def needs_peer_data(sub: str) -> Path:
    """The folder of real files written by others, or skip with a clear reason."""
    folder = PEER_DATA / sub
    if not folder.is_dir():
        pytest.skip(f"peer data {folder} is absent (it lives in ../shared beside the checkout)")
    return folder


@pytest.fixture
def smtp_server() -> Iterator[object]:
    """A real aiosmtpd SMTP server on a free loopback port (tests/mail_servers.py)."""
    from mail_servers import SmtpServer

    server = SmtpServer().start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def dovecot() -> Iterator[object]:
    """Debian's Dovecot IMAP server on a free loopback port, for the whole session."""
    from mail_servers import Dovecot

    if os.geteuid() != 0:
        pytest.skip("Dovecot runs as root here: its mail is owned by uid 65534 (run as root)")

    server = Dovecot().start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def rules() -> object:
    """The shipped checker rules, compiled once a session (the checker's tests)."""
    from followup.core.check import compile_rules
    from followup.services.checking import shipped_rule_data

    return compile_rules(shipped_rule_data())


@pytest.fixture(scope="session")
def model() -> object:
    """The checker's learned model, loaded once a session."""
    from followup.services.checking import learned_model

    return learned_model()


@pytest.fixture(scope="module")
def data() -> dict:
    """The debrief data (followup/data/debrief.toml), read once a module; a module that
    defines its own `data` uses its own."""
    import tomllib
    from importlib.resources import files

    return tomllib.loads(files("followup").joinpath("data", "debrief.toml").read_text("utf-8"))


@pytest.fixture(scope="module")
def grammar(data: dict) -> object:
    """The grammar of the debrief data (`data`), once a module; a module that defines its own
    `grammar` uses its own."""
    from followup.core.noun_phrases import Grammar

    return Grammar.from_mapping(data["grammar"])


@pytest.fixture(scope="module")
def language() -> object:
    """The shipped language of a US note (compose.Language), once a module; a module that
    defines its own `language` uses its own."""
    from followup.config import load_settings
    from followup.services import drafting

    return drafting.load_data(load_settings(env={}), "US").language


def checked(rules, model, text: str, facts, kind: str = "email"):
    """`followup check` of `text` against `facts`, every finding's offsets asserted to cover its
    excerpt: the shared step of the checker's kind tests."""
    from followup.core.check import check

    result = check(text, kind, facts, rules, model=model)
    for f in [*result.issues, *result.advice]:
        assert text[f.start : f.end] == f.excerpt, f
    return result


# a note's qualified, interested closing paragraphs after its opening: the kind tests' tail
CHECK_BODY = (
    "\n\nI have four years of experience in this work and hold the licence it needs.\n\n"
    "I am very interested in the role and excited to join the team. Please let me know if I can"
    " provide anything else.\n\nBest regards,\nSam Lee\n"
)
