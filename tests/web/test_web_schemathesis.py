"""The JSON API against its own OpenAPI schema: schemathesis generates requests for every
operation of /openapi.json and sends them to a real `followup serve`, signed in, with the
CSRF token and a same-origin Origin; no answer may be a server error (5xx). Bounded: a few
examples per operation."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error

FOLLOWUP = Path(sys.executable).parent / "followup"
EXAMPLES = 12


class Server:
    def __init__(self, home: Path) -> None:
        env = {**os.environ, "FOLLOWUP_HOME": str(home), "FOLLOWUP_USER_TIMEZONE": "UTC"}
        env.pop("DISPLAY", None)
        self.proc = subprocess.Popen(
            [str(FOLLOWUP), "serve", "--port", "0", "--no-browser", "--today", "2026-11-24"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
        )  # fmt: skip
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        if " at " not in line:
            self.proc.kill()
            raise AssertionError(
                f"followup serve did not start: {line!r} {self.proc.stderr.read()}"
            )
        url = line.split(" at ", 1)[1].strip()
        self.base = url.split("/?")[0]
        self.session = requests.Session()
        page = self.session.get(url, timeout=30)
        token = re.search(r'"X-CSRF-Token": "([^"]+)"', page.text)
        assert token, page.text[:300]
        self.headers = {"Origin": self.base, "X-CSRF-Token": token.group(1)}
        schema = self.session.get(self.base + "/openapi.json", timeout=30)
        assert schema.status_code == 200
        self.schema = schema.json()
        round_body = {
            "company": "Acme",
            "role": "Analyst",
            "interviewed": "2026-11-19",
            "format": "video",
            "coordinator": "Maria Gonzalez <maria@acme.example>",
        }
        made = self.session.post(self.base + "/api/rounds", json=round_body, headers=self.headers)
        assert made.status_code == 201, made.text
        self.session.put(self.base + "/api/profile", json={"name": "Sam"}, headers=self.headers)

    def stop(self) -> str:
        self.proc.send_signal(signal.SIGINT)
        try:
            _, err = self.proc.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            _, err = self.proc.communicate()
        return err


@pytest.fixture
def server(followup_home: Path) -> Iterator[Server]:
    running = Server(followup_home)
    yield running
    err = running.stop()
    assert "Traceback" not in err, err[-2000:]


def test_no_operation_answers_with_a_server_error(server: Server) -> None:
    api = schemathesis.openapi.from_dict(server.schema)
    operations = [result.ok() for result in api.get_all_operations()]
    assert len(operations) >= 20
    sent: list[tuple[str, str, int]] = []
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(
            max_examples=EXAMPLES,
            deadline=None,
            suppress_health_check=list(HealthCheck),
            derandomize=True,
            database=None,
        )
        def run(case: Any) -> None:
            response = case.call(
                base_url=server.base, session=server.session, headers=server.headers
            )
            sent.append((case.method, case.path, response.status_code))
            assert response.status_code not in (401, 403), (case.method, case.path, response.text)
            case.validate_response(response, checks=[not_a_server_error])

        run()
    assert len(sent) >= len(operations) * 3
    assert any(code < 300 for _, _, code in sent)  # not everything was refused
