"""The background worker inside `followup serve`: scheduled sends and reply checks.

`start(settings)` runs the delivery worker (`services.sending.run_worker`, what `followup
worker` runs) in a thread beside the server and returns a function that stops it. Several
workers may run at once (another `followup worker`, a second `serve`): the outbox sends each
message exactly once. An error in a pass (no SMTP server yet, a server down) is kept in
`status` for the Outbox page and the worker carries on.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from followup.core.errors import FollowupError

if TYPE_CHECKING:
    from followup.config import Settings

RETRY_SECONDS = 60.0


@dataclass
class Status:
    """What the worker last did (shown on the Outbox page)."""

    running: bool = False
    last_pass: str | None = None
    sent: int = 0
    errors: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "running": self.running,
            "last_pass": self.last_pass,
            "sent": self.sent,
            "errors": list(self.errors),
        }


status = Status()


def start(current: Callable[[], Settings]) -> Callable[[], None]:
    """Start the worker in a daemon thread; returns the function that stops it (the current
    pass finishes first). `current()` gives the settings in force: when the web app changes
    them (mail set-up), the worker starts again with the new ones after its pass."""
    from followup.services import sending

    stopping = threading.Event()

    def report(done: Any) -> None:
        status.last_pass = datetime.now(UTC).isoformat(timespec="seconds")
        status.sent += len(done.sent)
        status.errors = [str(e) for e in done.errors]

    def run() -> None:
        status.running = True
        try:
            while not stopping.is_set():
                settings = current()

                def stop_now(settings: Settings = settings) -> bool:
                    return stopping.is_set() or current() is not settings

                try:
                    sending.run_worker(settings, report, stop_now, stopping.wait)
                except FollowupError as exc:
                    status.errors = [exc.message]
                    stopping.wait(RETRY_SECONDS)
        finally:
            status.running = False

    thread = threading.Thread(target=run, name="followup-worker", daemon=True)
    thread.start()

    def stop() -> None:
        stopping.set()
        thread.join(timeout=30)

    return stop
