"""The background worker inside `followup serve`: scheduled sends and reply checks.

Hook: `start(settings)` starts the delivery worker in a thread and returns a function that
stops it. The delivery service (`followup worker`) is not part of this build yet, so there is
nothing to run: `start` returns None and `serve` runs without a worker.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from followup.config import Settings


def start(settings: Settings) -> Callable[[], None] | None:
    """Start the worker for `settings`; None while there is no delivery service to run."""
    return None
