"""The draft editor's live check, off the event loop and off the server's GIL.

Every pause in typing posts the whole draft; checking it is CPU work (a few milliseconds)
that must neither hold up the event loop nor wait for the GIL behind other requests. A
running server checks in a small pool of worker processes (`LiveChecker`), each with its own
rules, sentence memo and round-facts cache (services.drafting.live_check); what crosses back
is the rendered findings, a short piece of HTML. Without a pool (an app built directly, as
tests do) a check runs in the thread pool.
"""

from __future__ import annotations

import asyncio
import contextlib
import multiprocessing
import os
from concurrent.futures import Executor, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from followup.config import Settings

# (True, html) or (False, (http status, message)): a FollowupError's status and message
Answer = tuple[bool, Any]


def default_workers() -> int:
    """Worker processes for a server: one per core, at most 2 (a local app shares the
    machine with everything else its user runs)."""
    return max(1, min(2, os.cpu_count() or 1))


def findings_html(settings: Settings, round_id: int, kind: str, text: str) -> Answer:
    """Check `text` as a draft of `kind` for round `round_id` and render the editor's findings
    partial (nothing stored). Runs in a worker process or a thread."""
    from followup.core.errors import FollowupError
    from followup.services import drafting
    from followup.web import render

    try:
        checked = drafting.live_check(settings, round_id, kind, text)
    except FollowupError as exc:
        return False, (exc.http_status, exc.message)
    return True, render.fragment("partials/findings.html", **render.findings_view(checked))


def _warm(settings: Settings) -> None:
    """A worker's start: load the rules, model and scorers before the first keystroke."""
    from followup.web.server import warm_up

    warm_up(settings)


class LiveChecker:
    """A small pool of worker processes for live checks; `close()` stops them."""

    def __init__(self, settings: Settings, workers: int | None = None) -> None:
        self.settings = settings
        self.workers = workers or default_workers()
        self._pool: ProcessPoolExecutor | None = None
        self._start()

    def _start(self) -> None:
        # spawn: the server already runs threads (the worker, uvicorn's), which fork would copy
        # in whatever state they are
        self._pool = ProcessPoolExecutor(
            self.workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_warm,
            initargs=(self.settings,),
        )
        for _ in range(self.workers):  # start them now, not on the first keystroke
            self._pool.submit(os.getpid)

    async def check(self, settings: Settings, round_id: int, kind: str, text: str) -> Answer:
        loop = asyncio.get_running_loop()
        pool: Executor | None = self._pool
        if pool is None:
            return await loop.run_in_executor(None, findings_html, settings, round_id, kind, text)
        try:
            return await loop.run_in_executor(pool, findings_html, settings, round_id, kind, text)
        except BrokenProcessPool:  # a worker died (killed, out of memory): start afresh
            self.close()
            self._start()
            return await loop.run_in_executor(None, findings_html, settings, round_id, kind, text)

    def close(self) -> None:
        pool, self._pool = self._pool, None
        if pool is not None:
            with contextlib.suppress(Exception):
                pool.shutdown(wait=True, cancel_futures=True)


async def check(app_state: Any, settings: Settings, round_id: int, kind: str, text: str) -> Answer:
    """A live check through the server's pool when it has one (`app.state.checker`), else in
    the thread pool."""
    checker: LiveChecker | None = getattr(app_state, "checker", None)
    if checker is not None:
        return await checker.check(settings, round_id, kind, text)
    loop = asyncio.get_running_loop()
    return await loop.run_in_executor(None, findings_html, settings, round_id, kind, text)
