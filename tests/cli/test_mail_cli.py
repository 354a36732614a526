"""The email commands end to end: send, eml, mailto, schedule, outbox, cancel, worker,
replies, reply; pinned --json keys, one-line errors, secrets never printed."""

from __future__ import annotations

from email import message_from_bytes, policy
from pathlib import Path

from followup.store import db
from mail_servers import add_round, mail_settings

OUTBOX_KEYS = (
    "id", "round_id", "kind", "state", "held", "due_at", "not_after", "tz", "to", "from",
    "subject", "message_id", "attempts", "next_try_at", "sent_at", "detail", "filed", "forced",
    "draft_id",
)  # fmt: skip


def test_schedule_outbox_cancel_and_worker(cli, smtp_server, monkeypatch):
    settings = mail_settings(monkeypatch, smtp=smtp_server)
    rid = add_round(settings)
    res = cli("schedule", str(rid), "--today", "2026-11-20", "--json")
    assert res.code == 0, res.err
    item = res.json()
    assert tuple(item)[: len(OUTBOX_KEYS)] == OUTBOX_KEYS
    assert item["state"] == "scheduled" and item["local_time"] == "2026-11-23T10:00:00-05:00"
    human = cli("schedule", str(rid), "--today", "2026-11-20")
    assert human.code == 4 and "already has message" in human.err
    listed = cli("outbox", "--json").json()
    assert [m["id"] for m in listed] == [item["id"]]
    shown = cli("outbox")
    assert shown.code == 0 and "scheduled" in shown.out and "dana@acme.example" in shown.out
    assert cli("cancel", str(rid)).out.startswith(f"Cancelled #{item['id']}")
    assert cli("outbox", "--state", "cancelled", "--json").json()[0]["id"] == item["id"]
    bad = cli("cancel", "--message", str(item["id"]))
    assert (
        bad.code == 4
        and bad.err == f"followup: error: message #{item['id']} is already cancelled\n"
    )
    bogus = cli("outbox", "--state", "bogus")
    assert bogus.code == 2 and "'bogus' is not one of scheduled, sending, sent" in bogus.err
    idle = cli("worker", "--once")
    assert idle.code == 0 and "Nothing due." in idle.out
    assert smtp_server.messages() == []


def test_schedule_outside_the_window_needs_force(cli, smtp_server, monkeypatch):
    settings = mail_settings(monkeypatch, smtp=smtp_server)
    rid = add_round(settings)
    res = cli("schedule", str(rid), "--at", "2026-11-19T15:00", "--today", "2026-11-18")
    assert res.code == 4
    assert res.err.count("\n") == 1 and "interview day" in res.err and "--force" in res.err
    forced = cli("schedule", str(rid), "--at", "2026-11-19T15:00", "--force",
                 "--today", "2026-11-18")  # fmt: skip
    assert forced.code == 0 and "warning: scheduled outside the window" in forced.err


def test_send_forced_now_then_refused_a_second_time(cli, smtp_server, monkeypatch):
    settings = mail_settings(monkeypatch, smtp=smtp_server)
    rid = add_round(settings)
    res = cli("send", str(rid), "--force", "--json")  # today is outside the 2026 window
    assert res.code == 0, res.err
    assert res.json()["state"] == "sent" and "warning" in res.err
    (got,) = smtp_server.messages()
    assert (
        message_from_bytes(got.data, policy=policy.default)["Message-ID"]
        == res.json()["message_id"]
    )
    again = cli("send", str(rid))
    assert again.code != 0 and again.err.startswith("followup: error: ")
    human = cli("send", str(rid), "--force")
    assert human.code == 0, human.err
    assert (
        human.out.startswith("Sent message #")
        and "to Dana Reyes <dana@acme.example> (" in human.out
    )


def test_send_that_ends_unknown_exits_non_zero_with_advice(cli, smtp_server, monkeypatch):
    smtp_server.mode = "drop"
    settings = mail_settings(monkeypatch, smtp=smtp_server)
    rid = add_round(settings)
    res = cli("send", str(rid), "--force")
    assert res.code == 5
    assert "unknown" in res.err and "Sent folder" in res.err


def test_eml_and_mailto(cli, tmp_path, monkeypatch):
    settings = mail_settings(monkeypatch)
    rid = add_round(settings)
    path = tmp_path / "note.eml"
    res = cli("eml", str(rid), "-o", str(path), "--json")
    assert res.code == 0, res.err
    msg = message_from_bytes(path.read_bytes(), policy=policy.default)
    assert msg["X-Unsent"] == "1" and str(msg["To"]) == "Dana Reyes <dana@acme.example>"
    assert str(msg["Subject"]) == "Thank you — Data Analyst interview"
    link = cli("mailto", str(rid))
    assert link.code == 0 and link.out.startswith("mailto:dana@acme.example?subject=")
    assert "Q3 dashboard migration" in link.out
    other = cli("eml", str(rid), "--draft", "99")
    assert other.code == 3 and "draft #99" in other.err


def test_eml_never_writes_over_the_database(cli, tmp_path, monkeypatch):
    settings = mail_settings(monkeypatch)
    rid = add_round(settings)
    live = db.sqlite_path(db.normalize_url(settings.db_url))
    assert live is not None and live.exists()
    before = live.read_bytes()
    link = tmp_path / "link.db"
    link.symlink_to(live)
    for target in (live, Path(f"{live}-wal"), link):
        res = cli("eml", str(rid), "-o", str(target))
        assert res.code != 0 and res.err.startswith("followup: error: "), res.err
        assert "database itself" in res.err and "Traceback" not in res.err
    assert live.read_bytes() == before
    assert cli("list", "--json").code == 0


def test_reply_by_hand_and_today(cli, monkeypatch):
    rid = add_round(mail_settings(monkeypatch))
    done = cli("done", str(rid), "--via", "email", "--on", "2026-11-23", "--today", "2026-11-24")
    assert done.code == 0, done.err
    today = cli("today", "--today", "2026-12-01", "--json").json()
    assert [(w["id"], w["check_in"]) for w in today["waiting"]] == [(rid, "2026-12-03")]
    assert today["check_ins"] == []
    human = cli("today", "--today", "2026-12-03")
    assert "Check in (no reply yet)" in human.out and "Acme — Data Analyst" in human.out
    res = cli("reply", str(rid), "--outcome", "next-round", "--today", "2026-12-01")
    assert res.code == 0 and "followup add --company" in res.out
    after = cli("today", "--today", "2026-12-03", "--json").json()
    assert after["check_ins"] == [] and after["waiting"] == []
    bad = cli("reply", str(rid), "--outcome", "maybe")
    assert bad.code == 2


def test_the_secret_is_never_printed_by_config(cli, monkeypatch, followup_home):
    monkeypatch.setenv("FOLLOWUP_SMTP_PASSWORD", "hunter2-secret")
    monkeypatch.setenv("FOLLOWUP_SMTP_PASSWORD_COMMAND", "pass show mail")
    shown = cli("config")
    assert shown.code == 0 and "hunter2-secret" not in shown.out + shown.err
    data = cli("config", "--json").json()
    assert "hunter2-secret" not in str(data)
    assert any(r["name"] == "smtp.password_command" for r in data["settings"])
    (followup_home / "config.toml").write_text('[smtp]\npassword = "hunter2-secret"\n')
    refused = cli("config")  # shown as a problem of the file, never the value
    assert refused.code == 0 and "does not belong in the config file" in refused.out
    assert "hunter2-secret" not in refused.out + refused.err
    planning = cli("plan", "--interviewed", "2026-11-19", "--format", "video")
    assert planning.code == 2 and "does not belong in the config file" in planning.err
    assert "hunter2-secret" not in planning.err


def test_replies_and_worker_need_their_servers(cli, monkeypatch):
    mail_settings(monkeypatch)
    res = cli("replies")
    assert res.code == 2 and "imap.host" in res.err
    rid = add_round(mail_settings(monkeypatch))
    assert cli("schedule", str(rid), "--at", "2026-11-23T10:00", "--today", "2026-11-20").code == 0
    send = cli("send", str(rid))
    assert send.code == 2 and "smtp.host" in send.err


def test_the_worker_keeps_running_until_stopped(smtp_server, monkeypatch):
    import signal
    import subprocess
    import sys
    import time
    from pathlib import Path

    settings = mail_settings(monkeypatch, smtp=smtp_server)
    monkeypatch.setenv("FOLLOWUP_OUTBOX_POLL_SECONDS", "1")
    rid = add_round(settings)
    worker = subprocess.Popen(
        [str(Path(sys.executable).parent / "followup"), "worker", "--json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        time.sleep(1.5)  # the worker is idle: nothing is scheduled yet
        from followup.services import sending

        sending.schedule(settings, rid, at="2026-11-19T15:00", force=True, today="2026-11-18")
        deadline = time.monotonic() + 60
        while not smtp_server.messages() and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        worker.send_signal(signal.SIGTERM)
        out, err = worker.communicate(timeout=60)
    assert worker.returncode == 0, err
    assert len(smtp_server.messages()) == 1, (out[-2000:], err[-2000:])
    passes = [line for line in out.splitlines() if line.strip()]
    assert any('"sent": [1]' in line for line in passes)


def test_replies_command_shows_replies_and_automatic_ones(cli, smtp_server, dovecot, monkeypatch):
    user = dovecot.new_user()
    settings = mail_settings(monkeypatch, smtp=smtp_server, imap=dovecot, user=user)
    rid = add_round(settings)
    sent = cli("send", str(rid), "--force", "--json").json()
    assert sent["filed"] == "Sent"
    for subject, extra in (
        ("Re: Thank you", ""),
        ("Out of Office", "Auto-Submitted: auto-replied\r\n"),
    ):
        dovecot.deliver(
            user,
            (f"From: Dana Reyes <dana@acme.example>\r\nTo: alex@candidate.example\r\n"
             f"Subject: {subject}\r\nMessage-ID: <{subject[:3]}.1@acme.example>\r\n{extra}"
             f"In-Reply-To: {sent['message_id']}\r\n\r\nHello\r\n").encode(),
        )  # fmt: skip
    shown = cli("replies")
    assert shown.code == 0, shown.err
    assert "Replies (1)" in shown.out and "Automatic replies (not counted) (1)" in shown.out
    assert "Re: Thank you" in shown.out and "Auto-Submitted" in shown.out
    again = cli("replies", "--json").json()
    assert again["replies"] == [] and again["automatic"] == []
    assert cli("show", str(rid), "--json").json()["reply_state"] == "replied"
