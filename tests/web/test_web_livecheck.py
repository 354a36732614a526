"""The draft editor's live check in worker processes (web/livecheck.py): the same findings as
a check in the server's own process, errors as the pages show them, and a pool that starts
afresh when a worker dies."""

from __future__ import annotations

import asyncio
import os
import signal
from collections.abc import Iterator
from typing import Any

import pytest
from webtools import ROUND, Web, stored_round, web  # noqa: F401

TEXT = (
    "Subject: Thank you\n\nDear Maria,\n\nThank you for taking the time to meet with me "
    "yesterday about the Data Analyst role. I enjoyed our conversation about the dashboard "
    "migration to dbt.\n\nBest regards,\nAlex"
)


@pytest.fixture
def checker(web: Web) -> Iterator[Any]:
    from followup.web.livecheck import LiveChecker

    pool = LiveChecker(web.config.settings, workers=1)
    yield pool
    pool.close()


def test_a_worker_process_renders_the_same_findings_as_the_server(
    web: Web, stored_round: dict[str, Any], checker: Any
) -> None:
    from followup.web.livecheck import findings_html

    settings = web.config.settings
    ok, html = asyncio.run(checker.check(settings, stored_round["id"], "email", TEXT))
    assert ok
    assert html == findings_html(settings, stored_round["id"], "email", TEXT)[1]
    assert "words" in html and "Dear Maria" in html
    worker_pids = {p.pid for p in checker._pool._processes.values()}  # type: ignore[union-attr]
    assert os.getpid() not in worker_pids


def test_a_missing_round_or_kind_is_the_services_error(
    web: Web, stored_round: dict[str, Any], checker: Any
) -> None:
    settings = web.config.settings
    ok, (status, message) = asyncio.run(checker.check(settings, 999_999, "email", TEXT))
    assert not ok and status == 404 and "999999" in message
    ok, (status, message) = asyncio.run(checker.check(settings, stored_round["id"], "fax", TEXT))
    assert not ok and status in (400, 422) and "fax" in message


def test_a_dead_worker_is_replaced(web: Web, stored_round: dict[str, Any], checker: Any) -> None:
    settings = web.config.settings
    assert asyncio.run(checker.check(settings, stored_round["id"], "email", TEXT))[0]
    for process in list(checker._pool._processes.values()):
        os.kill(process.pid, signal.SIGKILL)
        process.join(10)
    ok, html = asyncio.run(checker.check(settings, stored_round["id"], "email", TEXT))
    assert ok and "Dear Maria" in html
    assert asyncio.run(checker.check(settings, stored_round["id"], "email", TEXT))[0]


def test_the_editor_endpoint_answers_the_findings_partial(
    web: Web, stored_round: dict[str, Any]
) -> None:
    answer = web.post(
        f"/rounds/{stored_round['id']}/check",
        data={"kind": "email", "text": TEXT},
        headers={"HX-Request": "true"},
    )
    assert answer.status_code == 200
    assert "Dear Maria" in answer.text
    missing = web.post(
        "/rounds/999999/check", data={"kind": "email", "text": TEXT}, headers={"HX-Request": "true"}
    )
    assert missing.status_code == 404 and missing.headers["HX-Retarget"] == "#flash"
    assert ROUND["company"]
