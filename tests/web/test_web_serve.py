"""`followup serve`: a real server process on loopback, its start link, its refusals."""

from __future__ import annotations

import http.cookiejar
import os
import signal
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path

import pytest

FOLLOWUP = Path(sys.executable).parent / "followup"


def start(*args: str) -> tuple[subprocess.Popen[str], str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    proc = subprocess.Popen(
        [str(FOLLOWUP), "serve", "--port", "0", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    return proc, line


def stop(proc: subprocess.Popen[str]) -> str:
    proc.send_signal(signal.SIGINT)
    try:
        _, err = proc.communicate(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
        _, err = proc.communicate()
    return err


def test_serve_prints_the_start_link_and_the_link_signs_in() -> None:
    proc, line = start("--no-browser")
    try:
        assert line.startswith("followup is running at http://127.0.0.1:"), line
        url = line.split(" at ", 1)[1].strip()
        assert "?token=" in url and len(url.split("token=")[1]) >= 40
        jar = http.cookiejar.CookieJar()
        opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
        with opener.open(url, timeout=20) as answer:
            assert answer.status == 200
            assert answer.url.endswith("/") and "token" not in answer.url
            page = answer.read().decode()
        assert "Welcome" in page and answer.headers["Referrer-Policy"] == "no-referrer"
        cookie = next(iter(jar))
        assert cookie.has_nonstandard_attr("HttpOnly")
        bare = url.split("?")[0]
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(bare, timeout=20)
        assert refused.value.code == 401
    finally:
        err = stop(proc)
    assert err == ""  # Ctrl-C stops it quietly
    assert proc.returncode == 0


def test_serve_refuses_a_wildcard_address_in_one_line() -> None:
    proc = subprocess.run(
        [str(FOLLOWUP), "serve", "--host", "0.0.0.0", "--no-browser"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 2
    assert proc.stderr.startswith("followup: error: --host: 0.0.0.0 means every address")
    assert proc.stderr.count("\n") == 1


def test_serve_warns_when_listening_beyond_loopback(monkeypatch: pytest.MonkeyPatch) -> None:
    from followup.config import load_settings
    from followup.web import server

    assert server.check_host("127.0.0.2") == "127.0.0.2"  # loopback: no warning
    warnings: list[str] = []

    class Stop(Exception):
        pass

    def no_lan_here(host: str, port: int | None) -> object:
        raise Stop  # this machine has no LAN address to bind: the warning comes first

    monkeypatch.setattr(server, "bind", no_lan_here)
    with pytest.raises(Stop):
        server.serve(
            load_settings(),
            host="192.0.2.10",
            port=0,
            browser=False,
            today=None,
            say=print,
            warn=warnings.append,
        )
    assert warnings and "not only this computer" in warnings[0]


def test_a_port_in_use_is_one_line() -> None:
    import socket

    taken = socket.socket()
    taken.bind(("127.0.0.1", 0))
    taken.listen(1)
    try:
        port = taken.getsockname()[1]
        proc = subprocess.run(
            [str(FOLLOWUP), "serve", "--port", str(port), "--no-browser"],
            capture_output=True,
            text=True,
            timeout=60,
        )
    finally:
        taken.close()
    assert proc.returncode != 0
    assert (
        proc.stderr
        == f"followup: error: --port: port {port} is in use; choose another (or 0 for any)\n"
    )


def test_make_run_starts_the_web_app_and_prints_its_address_without_a_browser() -> None:
    root = Path(__file__).resolve().parent.parent.parent
    if not (root / ".venv" / ".installed").exists():
        pytest.skip("make run needs the project's .venv (made by make test)")
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["MAKEFLAGS"] = ""
    proc = subprocess.Popen(
        ["make", "-s", "run"],
        cwd=root,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        start_new_session=True,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert line.startswith("followup is running at http://127.0.0.1:"), line
        assert "?token=" in line
    finally:
        os.killpg(proc.pid, signal.SIGINT)
        try:
            proc.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.communicate()
