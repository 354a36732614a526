"""Helpers for the web app tests: an app on a real SQLite file in the test's FOLLOWUP_HOME, and
a signed-in client (the start token exchanged for the session cookie, as a browser does)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest

PORT = 8123
ORIGIN = f"http://127.0.0.1:{PORT}"


@dataclass
class Web:
    client: Any
    config: Any
    guard: Any
    csrf: str

    def post(self, url: str, **kwargs: Any) -> Any:
        """A state-changing request as the page's htmx sends it (Origin and CSRF header)."""
        return self.send("POST", url, **kwargs)

    def send(self, method: str, url: str, **kwargs: Any) -> Any:
        headers = {
            "Origin": ORIGIN,
            "X-CSRF-Token": self.csrf,
            "HX-Request": "true",
            **kwargs.pop("headers", {}),
        }
        return self.client.request(method, url, headers=headers, **kwargs)

    @property
    def uploads(self) -> Any:
        return self.guard.app.state.uploads


def csrf_of(html: str) -> str:
    found = re.search(r'"X-CSRF-Token": "([^"]+)"', html)
    assert found, "the page carries no CSRF token"
    return found.group(1)


def make_web(today: str | None = "2026-11-24", max_upload: int | None = None) -> Web:
    from fastapi.testclient import TestClient

    from followup.config import load_settings
    from followup.web.app import DEFAULT_MAX_UPLOAD, WebConfig, create_app

    config = WebConfig(
        load_settings(),
        port=PORT,
        token="start-token-for-tests",
        today=today,
        max_upload=max_upload or DEFAULT_MAX_UPLOAD,
    )
    guard = create_app(config)
    client = TestClient(guard, base_url=ORIGIN)
    answer = client.get(f"/?token={config.token}", follow_redirects=False)
    assert answer.status_code == 303
    page = client.get("/")
    return Web(client, config, guard, csrf_of(page.text))


ROUND = {
    "company": "Acme Analytics",
    "role": "Data Analyst",
    "interviewed": "2026-11-19",
    "format": "video",
    "country": "US",
    "tz": "America/New_York",
    "coordinator": "Maria Gonzalez <maria@acme.example>",
    "interviewers": ["Tom Becker <tom@acme.example>", "Priya Nair <priya@acme.example>"],
    "topics": ["the dashboard migration to dbt"],
    "items": [],
}


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
