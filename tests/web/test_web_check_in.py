"""The web app writes a check-in through the same service as `draft --kind check-in`:
refused before SPEC §7's check-in day (nothing stored), written on it."""

from __future__ import annotations

from datetime import date

from webtools import make_web

from followup.services import records
from mail_servers import add_round, mail_settings


def check_ins(settings, round_id: int) -> list:
    return [d for d in records.list_drafts(settings, round_id) if d.kind == "check-in"]


def test_the_web_app_refuses_an_early_check_in_through_the_same_service(monkeypatch):
    settings = mail_settings(monkeypatch)
    rid = add_round(settings, deadline=date(2026, 12, 4))
    records.record_done(settings, rid, "email", on="2026-11-23", today="2026-11-24")
    web = make_web(today="2026-12-04")
    try:
        answer = web.post(f"/api/rounds/{rid}/drafts", json={"kind": "check-in"})
        assert answer.status_code == 409, answer.text
        assert "check-in day is Mon 7 Dec" in answer.text
        assert check_ins(settings, rid) == []
    finally:
        web.uploads.close()
        web.client.close()
    web = make_web(today="2026-12-07")
    try:
        answer = web.post(f"/api/rounds/{rid}/drafts", json={"kind": "check-in"})
        assert answer.status_code == 201, answer.text
        assert len(check_ins(settings, rid)) == 1
    finally:
        web.uploads.close()
        web.client.close()
