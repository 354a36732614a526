"""Fixtures for the web app tests (helpers in webtools.py)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from webtools import ROUND, Web, make_web


@pytest.fixture
def web() -> Iterator[Web]:
    made = make_web()
    yield made
    made.uploads.close()
    made.client.close()


@pytest.fixture
def stored_round(web: Web) -> dict[str, Any]:
    answer = web.post("/api/rounds", json=ROUND)
    assert answer.status_code == 201, answer.text
    record: dict[str, Any] = answer.json()
    return record
