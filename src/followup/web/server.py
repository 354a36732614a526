"""Run the web app: bind, print the start link, open the browser, serve until Ctrl-C.

`serve` binds the socket itself (so the port is known before the link is printed, and port 0
means any free one), then hands it to uvicorn. The background worker (scheduled sends, reply
checks) starts beside it through `worker.start`.
"""

from __future__ import annotations

import contextlib
import errno
import ipaddress
import os
import socket
import sys
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from followup.core.errors import ExternalError, InvalidInput
from followup.web.security import is_loopback

if TYPE_CHECKING:
    from followup.config import Settings

DEFAULT_PORT = 8765
SWITCH_INTERVAL = 0.0005  # seconds (Python's default: 0.005); see serve


def check_host(host: str) -> str:
    """The address to bind: loopback, or one specific address (never a wildcard, because the
    Host check needs the name a browser will use)."""
    host = host.strip().strip("[]")
    if not host:
        raise InvalidInput("--host: give an address such as 127.0.0.1")
    if host == "localhost":
        return "127.0.0.1"
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        raise InvalidInput(f"--host: {host!r} is not an IP address (e.g. 127.0.0.1)") from None
    if address.is_unspecified:
        raise InvalidInput(
            f"--host: {host} means every address; give the one address the browser will use "
            "(e.g. this machine's LAN address)"
        )
    return str(address)


def bind(host: str, port: int | None) -> socket.socket:
    """A listening socket on host:port; with no port, 8765 when free, else any free port."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    tries = [port] if port is not None else [DEFAULT_PORT, 0]
    last: OSError | None = None
    for candidate in tries:
        # IPPROTO_TCP named, so asyncio turns Nagle off on each connection (TCP_NODELAY);
        # without it a small answer waits for the client's delayed ACK (about 40 ms)
        sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, candidate))
        except OSError as exc:
            sock.close()
            last = exc
            continue
        sock.listen(128)
        sock.set_inheritable(True)
        return sock
    assert last is not None
    if last.errno == errno.EADDRINUSE:
        raise ExternalError(f"--port: port {port} is in use; choose another (or 0 for any)")
    raise ExternalError(f"cannot listen on {host}:{port}: {last.strerror}")


def has_browser() -> bool:
    """True where a browser can open: a desktop session (macOS, Windows, X11 or Wayland)."""
    if sys.platform in ("darwin", "win32"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def open_browser_later(url: str, ready: Callable[[], bool], timeout: float = 10.0) -> None:
    def run() -> None:
        deadline = time.monotonic() + timeout
        while not ready() and time.monotonic() < deadline:
            time.sleep(0.05)
        import webbrowser

        with contextlib.suppress(webbrowser.Error):
            webbrowser.open(url)

    threading.Thread(target=run, name="followup-browser", daemon=True).start()


def warm_up(settings: Settings) -> None:
    """Load the checker's rules and scorers once at start, so the first check a person's
    typing asks for is as quick as the others."""
    from followup.core.errors import FollowupError
    from followup.services import checking

    with contextlib.suppress(FollowupError):
        checking.check_text(settings, "Thank you for your time. I am very interested.", "email")


def serve(
    settings: Settings,
    *,
    host: str,
    port: int | None,
    browser: bool,
    today: str | None,
    say: Callable[[str], None],
    warn: Callable[[str], None],
) -> None:
    """Serve until interrupted. `say` prints the start link; `warn` the non-loopback warning."""
    import uvicorn

    from followup.web import worker
    from followup.web.app import WebConfig, create_app
    from followup.web.livecheck import LiveChecker

    # the event loop and the check pool's helper thread hand the GIL to each other on every
    # live check: at Python's default 5 ms switch interval each hand-over can wait that long
    sys.setswitchinterval(SWITCH_INTERVAL)
    host = check_host(host)
    if not is_loopback(host):
        warn(
            f"listening on {host}, not only this computer: anyone who can reach it and has the "
            "link can use your data, and the connection is not encrypted"
        )
    sock = bind(host, port)
    config = WebConfig(settings, host=host, port=sock.getsockname()[1], today=today)
    checker = LiveChecker(settings)  # the draft editor's checks, in worker processes
    app = create_app(config, checker=checker)
    server = uvicorn.Server(
        uvicorn.Config(
            app,
            log_level="warning",
            access_log=False,
            lifespan="off",
            server_header=False,
            date_header=False,
        )
    )
    say(f"followup is running at {config.start_url}")
    say("Open that link (it signs you in); press Ctrl-C to stop.")
    sys.stdout.flush()
    stop_worker = worker.start(lambda: config.settings)
    if browser and has_browser():
        open_browser_later(config.start_url, lambda: server.started)
    try:
        server.run(sockets=[sock])
    except KeyboardInterrupt:  # Ctrl-C is how the server is meant to stop
        pass
    finally:
        stop_worker()
        checker.close()
        sock.close()
    say("followup stopped.")
