"""Delivery from the web app, against a real SMTP server (aiosmtpd on loopback): mail set-up
with "send me a test", a follow-up scheduled from the round's page and sent by the worker
that runs inside the app, the outbox page, cancel, a reply recorded by hand."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from email import message_from_bytes, policy
from typing import Any

from webtools import ROUND, Web, stored_round, web  # noqa: F401


def set_up_mail(web: Web, smtp_server: Any) -> None:
    web.post("/profile", data={"name": "Sam Rivera", "email": "sam@example.org"})
    answer = web.post(
        "/settings/mail",
        data={"smtp_host": "127.0.0.1", "smtp_port": str(smtp_server.port), "smtp_tls": "none",
              "smtp_user": "", "smtp_from": "sam@example.org", "imap_host": ""},
    )  # fmt: skip
    assert answer.status_code == 204, answer.text


def test_mail_set_up_and_send_me_a_test(web: Web, smtp_server: Any, followup_home: Any) -> None:
    set_up_mail(web, smtp_server)
    config = (followup_home / "config.toml").read_text()
    assert 'host = "127.0.0.1"' in config and "password" not in config
    html = web.client.get("/settings").text
    assert 'value="127.0.0.1"' in html and "Send me a test" in html
    answer = web.post("/settings/mail/test")
    assert "Sent a test message to sam@example.org" in answer.text
    (got,) = smtp_server.messages()
    assert got.rcpt_tos == ["sam@example.org"]
    assert (
        message_from_bytes(got.data, policy=policy.default)["Subject"] == "followup: test message"
    )


def test_a_password_goes_to_the_secrets_file_only(web: Web, followup_home: Any) -> None:
    web.post("/settings/mail", data={"smtp_host": "127.0.0.1", "smtp_password": "s3cret pw"})
    secrets = followup_home / "secrets.toml"
    assert oct(secrets.stat().st_mode & 0o777) == "0o600"
    assert "s3cret pw" in secrets.read_text()
    assert "s3cret" not in (followup_home / "config.toml").read_text()
    assert "s3cret" not in web.client.get("/settings").text
    assert "s3cret" not in web.client.get("/export.json").text


def test_scheduled_from_the_page_sent_by_the_worker_inside_the_app(
    web: Web, stored_round: dict[str, Any], smtp_server: Any
) -> None:
    from followup.services import preferences
    from followup.web import worker

    set_up_mail(web, smtp_server)
    web.config.settings = preferences.set_values(web.config.settings, {"outbox.poll_seconds": 1})
    rid = stored_round["id"]
    did = web.post(f"/api/rounds/{rid}/drafts", json={}).json()["drafts"][0]["id"]
    soon = (datetime.now(UTC) + timedelta(seconds=2)).isoformat(timespec="seconds")
    answer = web.post(f"/rounds/{rid}/schedule", data={"draft": str(did), "at": soon, "force": "1"})
    assert answer.status_code == 204, answer.text
    page = web.client.get(f"/rounds/{rid}").text
    assert "badge-scheduled" in page
    assert web.client.get("/outbox").text.count("badge-scheduled") == 1
    stop = worker.start(lambda: web.config.settings)
    try:
        deadline = time.monotonic() + 30
        while not smtp_server.messages() and time.monotonic() < deadline:
            time.sleep(0.2)
    finally:
        stop()
    assert smtp_server.messages(), worker.status
    (got,) = smtp_server.messages()
    assert got.rcpt_tos == ["maria@acme.example"]
    items = web.client.get("/api/outbox").json()
    assert [m["state"] for m in items] == ["sent"]
    assert "badge-sent" in web.client.get("/outbox").text
    assert web.client.get(f"/api/rounds/{rid}").json()["follow_up"] == "done"


def test_schedule_outside_the_window_says_why(
    web: Web, stored_round: dict[str, Any], smtp_server: Any
) -> None:
    set_up_mail(web, smtp_server)
    rid = stored_round["id"]
    web.post(f"/api/rounds/{rid}/drafts", json={})
    answer = web.post(
        f"/rounds/{rid}/schedule", data={"at": "2026-11-19T12:00"}, headers={"HX-Request": "true"}
    )
    assert answer.status_code in (409, 422), answer.text
    assert answer.headers["HX-Retarget"] == "#flash" and "force" in answer.text


def test_cancel_and_a_reply_recorded_by_hand(
    web: Web, stored_round: dict[str, Any], smtp_server: Any
) -> None:
    set_up_mail(web, smtp_server)
    rid = stored_round["id"]
    web.post(f"/api/rounds/{rid}/drafts", json={})
    later = (datetime.now(UTC) + timedelta(days=1)).isoformat(timespec="seconds")
    assert web.post(f"/rounds/{rid}/schedule", data={"at": later, "force": "1"}).status_code == 204
    (message,) = web.client.get("/api/outbox").json()
    assert web.post(f"/outbox/{message['id']}/cancel").status_code == 204
    assert web.client.get("/api/outbox").json()[0]["state"] == "cancelled"
    assert (
        web.post(
            f"/rounds/{rid}/reply", data={"outcome": "offer", "note": "call Monday"}
        ).status_code
        == 204
    )
    assert web.client.get(f"/api/rounds/{rid}").json()["status"] == "offer"
    assert smtp_server.messages() == []


def test_the_round_page_offers_the_mailto_link_of_followup_mailto(
    web: Web, stored_round: dict[str, Any], cli: Any
) -> None:
    import html as markup
    import json
    import re
    from urllib.parse import parse_qs, urlsplit

    rid = stored_round["id"]
    web.post("/profile", data={"name": "Sam Rivera", "email": "sam@example.org"})
    did = web.post(f"/api/rounds/{rid}/drafts", json={"kind": "email"}).json()["drafts"][0]["id"]
    text = (
        'Subject: Thanks & "next steps" <b>é</b>\n\nDear Maria,\n\nThank you! A&B "quoted" '
        "<script>alert(1)</script> 100% café?x=1#top\n\nSam"
    )
    assert web.send("PUT", f"/api/drafts/{did}", json={"text": text}).status_code == 200
    page = web.client.get(f"/rounds/{rid}?draft={did}").text
    found = re.search(r'<a class="button" id="mailto" href="([^"]*)">', page)
    assert found, "the round's page has no mailto link"
    href = markup.unescape(found.group(1))
    assert "<" not in href and '"' not in href and " " not in href  # all percent-encoded
    assert found.group(1).count("&amp;") == href.count("&")  # the & of the query escaped
    link = urlsplit(href)
    assert link.scheme == "mailto" and link.path == "maria@acme.example"
    query = parse_qs(link.query)
    assert query["subject"] == ['Thanks & "next steps" <b>é</b>']
    assert query["body"][0].startswith("Dear Maria,\r\n\r\nThank you! A&B")
    assert "<script>alert(1)</script> 100% café?x=1#top" in query["body"][0]
    # the same link as the command line's and the API's
    printed = json.loads(cli("mailto", str(rid), "--draft", str(did), "--json").out)
    assert printed["link"] == href
    assert web.client.get(f"/api/rounds/{rid}/mailto", params={"draft": did}).json() == printed


def test_without_an_address_the_page_says_why_there_is_no_mailto_link(
    web: Web, stored_round: dict[str, Any]
) -> None:
    rid = stored_round["id"]
    web.post("/profile", data={"name": "Sam Rivera"})  # no email, no smtp.from
    web.post(f"/api/rounds/{rid}/drafts", json={"kind": "email"})
    page = web.client.get(f"/rounds/{rid}").text
    assert 'id="mailto"' not in page
    assert "No mail-program link: no From address" in page
