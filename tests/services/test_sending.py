"""Sending and scheduling the follow-up against a real SMTP server (aiosmtpd on loopback)."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime, timedelta
from email import message_from_bytes, policy
from pathlib import Path

import pytest

from followup.core.errors import ConfigError, Conflict, InvalidInput
from followup.services import planning, records, replies, sending
from followup.store import db, queries
from mail_servers import add_round, mail_settings

IN_WINDOW = datetime(2026, 11, 23, 15, 0, tzinfo=UTC)  # Mon 23 Nov, 10:00 in New York


def parsed(received):
    return message_from_bytes(received.data, policy=policy.default)


def outbox_row(settings, message_id):
    with db.read(settings.db_url) as reader:
        return queries.outbox_messages(reader, message=message_id, with_raw=True)[0]


def at(moment):
    return lambda: moment.replace(tzinfo=None)


def test_send_now_hands_the_draft_over_once_and_records_the_follow_up(smtp_server, monkeypatch):
    settings = mail_settings(monkeypatch, smtp=smtp_server)
    rid = add_round(settings)
    result = sending.send_now(settings, rid, now=IN_WINDOW)
    assert result["state"] == "sent" and "warning" not in result
    (got,) = smtp_server.messages()
    assert got.mail_from == "alex@candidate.example" and got.rcpt_tos == ["dana@acme.example"]
    msg = parsed(got)
    assert str(msg["From"]) == "Alex Kim <alex@candidate.example>"
    assert str(msg["To"]) == "Dana Reyes <dana@acme.example>"
    assert str(msg["Subject"]) == "Thank you — Data Analyst interview"
    assert msg["Message-ID"] == result["message_id"]
    assert msg["Date"].datetime == IN_WINDOW
    assert msg["In-Reply-To"] is None
    assert "Q3 dashboard migration" in msg.get_content()
    # the follow-up is recorded: the plan is done and the round waits for an answer
    interview = records.get_interview(settings, rid)
    assert [(a.kind, a.on) for a in interview.actions] == [("email", date(2026, 11, 23))]
    plan = planning.Planner(settings, date(2026, 11, 24))(interview)
    assert plan.status == "done"
    agenda = replies.tracking(settings, date(2026, 11, 24))
    assert [w["reply_state"] for w in agenda["waiting"]] == ["waiting"]
    # a second send is refused: the follow-up was already sent
    with pytest.raises(Conflict, match="already sent"):
        sending.send_now(settings, rid, now=IN_WINDOW)
    assert len(smtp_server.messages()) == 1


@pytest.mark.parametrize(
    ("moment", "why"),
    [
        (datetime(2026, 11, 19, 20, 0, tzinfo=UTC), "is the interview day"),
        (datetime(2026, 11, 20, 15, 0, tzinfo=UTC), "before the window opens"),
        (datetime(2026, 11, 30, 15, 0, tzinfo=UTC), "after the window closed"),
    ],
)
def test_the_etiquette_guard_says_why_and_needs_force(smtp_server, monkeypatch, moment, why):
    settings = mail_settings(monkeypatch, smtp=smtp_server)
    rid = add_round(settings)
    with pytest.raises(Conflict, match=why) as refused:
        sending.send_now(settings, rid, now=moment)
    assert "--force" in str(refused.value)
    assert smtp_server.messages() == []
    forced = sending.send_now(settings, rid, force=True, now=moment)
    assert forced["state"] == "sent" and why in forced["warning"]
    assert len(smtp_server.messages()) == 1


def test_the_guard_refuses_the_deadline_day(smtp_server, monkeypatch):
    settings = mail_settings(monkeypatch, smtp=smtp_server)
    rid = add_round(settings, deadline=date(2026, 11, 24))
    with pytest.raises(Conflict, match="decision date"):
        sending.schedule(settings, rid, at="2026-11-24T09:00", today="2026-11-20")


def test_a_permanent_refusal_fails_with_the_servers_words(smtp_server, monkeypatch):
    smtp_server.mode = "permfail"
    settings = mail_settings(monkeypatch, smtp=smtp_server)
    rid = add_round(settings)
    result = sending.send_now(settings, rid, now=IN_WINDOW)
    assert result["state"] == "failed"
    assert "550 5.1.1" in result["detail"] and "mailbox unavailable" in result["detail"]
    assert records.get_interview(settings, rid).actions == []


def test_a_temporary_refusal_is_retried_with_backoff(smtp_server, monkeypatch):
    smtp_server.tempfail_first = 1
    settings = mail_settings(monkeypatch, smtp=smtp_server)
    rid = add_round(settings)
    first = sending.send_now(settings, rid, now=IN_WINDOW)
    assert first["state"] == "scheduled" and "451" in first["detail"]
    retry_at = datetime.fromisoformat(first["next_try_at"].rstrip("Z"))
    assert retry_at == IN_WINDOW.replace(tzinfo=None) + timedelta(seconds=60)
    # not yet: the backoff has not passed
    early = sending.work_once(settings, now=at(retry_at - timedelta(seconds=1)))
    assert early.sent == [] and smtp_server.messages() == []
    later = sending.work_once(settings, now=at(retry_at + timedelta(seconds=1)))
    assert later.sent == [first["id"]]
    assert len(smtp_server.messages()) == 1
    assert outbox_row(settings, first["id"]).attempts == 2


def test_a_connection_dropped_after_data_is_unknown_and_never_resent(smtp_server, monkeypatch):
    smtp_server.mode = "drop"
    settings = mail_settings(monkeypatch, smtp=smtp_server)
    rid = add_round(settings)
    result = sending.send_now(settings, rid, now=IN_WINDOW)
    assert result["state"] == "unknown"
    assert "Sent folder" in result["advice"]
    assert len(smtp_server.messages()) == 1  # the server did get the data
    smtp_server.mode = "ok"
    again = sending.work_once(settings, now=at(IN_WINDOW + timedelta(hours=1)))
    assert again.sent == [] and len(smtp_server.messages()) == 1
    with pytest.raises(Conflict, match="unknown"):
        sending.send_now(settings, rid, now=IN_WINDOW)
    listed = sending.outbox(settings)
    assert listed[0]["state"] == "unknown" and "Sent folder" in listed[0]["advice"]


def test_schedule_defaults_to_the_plans_send_at_and_the_worker_sends_it(smtp_server, monkeypatch):
    settings = mail_settings(monkeypatch, smtp=smtp_server)
    rid = add_round(settings)
    item = sending.schedule(settings, rid, today="2026-11-20")
    assert item["state"] == "scheduled" and item["held"] is None
    assert item["local_time"] == "2026-11-23T10:00:00-05:00"
    assert item["due_at"] == "2026-11-23T15:00:00Z"
    assert item["not_after"] == "2026-11-26T05:00:00Z"  # midnight after Wed 25, New York
    with pytest.raises(Conflict, match="already has message"):
        sending.schedule(settings, rid, today="2026-11-20")
    nothing = sending.work_once(settings, now=at(IN_WINDOW - timedelta(minutes=1)))
    assert nothing.sent == [] and smtp_server.messages() == []
    done = sending.work_once(settings, now=at(IN_WINDOW + timedelta(minutes=1)))
    assert done.sent == [item["id"]]
    assert parsed(smtp_server.messages()[0])["Message-ID"] == item["message_id"]


def test_at_without_offset_is_the_recipients_local_time(smtp_server, monkeypatch):
    settings = mail_settings(monkeypatch, smtp=smtp_server)
    rid = add_round(settings)
    item = sending.schedule(settings, rid, at="2026-11-24T09:30", today="2026-11-20")
    assert item["due_at"] == "2026-11-24T14:30:00Z"
    sending.cancel(settings, message=item["id"])
    item = sending.schedule(settings, rid, at="2026-11-24T09:30:00+01:00", today="2026-11-20")
    assert item["due_at"] == "2026-11-24T08:30:00Z"
    with pytest.raises(InvalidInput, match="not an ISO date-time"):
        sending.schedule(settings, rid, at="tomorrow", today="2026-11-20")


def test_cancel_by_round_or_message(smtp_server, monkeypatch):
    settings = mail_settings(monkeypatch, smtp=smtp_server)
    rid = add_round(settings)
    item = sending.schedule(settings, rid, today="2026-11-20")
    assert sending.cancel(settings, round_id=rid) == [item["id"]]
    assert sending.outbox(settings)[0]["state"] == "cancelled"
    with pytest.raises(Conflict, match="cancelled"):
        sending.cancel(settings, message=item["id"])
    done = sending.work_once(settings, now=at(IN_WINDOW))
    assert done.sent == [] and smtp_server.messages() == []


def test_a_worker_that_wakes_after_the_window_holds_the_message(smtp_server, monkeypatch):
    settings = mail_settings(monkeypatch, smtp=smtp_server)
    rid = add_round(settings)
    item = sending.schedule(settings, rid, today="2026-11-20")
    woke = sending.work_once(settings, now=at(datetime(2026, 11, 26, 14, 0, tzinfo=UTC)))
    assert woke.held == [item["id"]] and woke.sent == []
    assert smtp_server.messages() == []
    (listed,) = sending.outbox(settings)
    assert listed["state"] == "scheduled" and "window closed" in listed["held"]
    assert "--force" in listed["advice"]


def test_restore_brings_scheduled_messages_back_held(smtp_server, monkeypatch, tmp_path):
    settings = mail_settings(monkeypatch, smtp=smtp_server)
    rid = add_round(settings)
    item = sending.schedule(settings, rid, today="2026-11-20")
    path = tmp_path / "backup.json"
    records.export_to(settings, "json", path)
    records.restore(settings, path, replace=True)
    (listed,) = sending.outbox(settings)
    assert listed["id"] == item["id"] and listed["held"].startswith("restored")
    done = sending.work_once(settings, now=at(IN_WINDOW))
    assert done.sent == [] and smtp_server.messages() == []
    # confirming it with schedule releases the hold (same message, no second one)
    again = sending.schedule(settings, rid, today="2026-11-20")
    assert again["id"] == item["id"] and again["held"] is None


def test_a_changed_interview_date_replans_or_holds(smtp_server, monkeypatch):
    settings = mail_settings(monkeypatch, smtp=smtp_server)
    rid = add_round(settings)
    planned = sending.schedule(settings, rid, today="2026-11-18")
    other = add_round(settings, company="Globex", coordinator_email="ann@globex.example")
    timed = sending.schedule(settings, other, at="2026-11-24T09:00", today="2026-11-18")
    for round_id in (rid, other):
        records.edit_round(
            settings, round_id, records.RoundChanges(interviewed="2026-11-24"), "2026-11-18"
        )
    listed = {m["id"]: m for m in sending.outbox(settings)}
    # the plan's own time moves with the plan: Fri 27 Nov is the day after Thanksgiving
    # (a business day), window Thu 26 is a holiday, so the ideal day is Fri 27
    moved = listed[planned["id"]]
    assert moved["held"] is None and moved["due_at"] != planned["due_at"]
    assert moved["local_due"].startswith("2026-11-27T10:00")
    held = listed[timed["id"]]
    assert "round changed" in held["held"] and "is the interview day" in held["held"]


def test_send_without_smtp_says_what_to_set(monkeypatch):
    settings = mail_settings(monkeypatch)
    rid = add_round(settings)
    with pytest.raises(ConfigError, match="smtp.host"):
        sending.send_now(settings, rid, now=IN_WINDOW)


def test_login_with_the_secret_from_each_source(smtp_server, monkeypatch, followup_home):
    smtp_server.stop()
    smtp_server.users = {"alex": "p4ss-word"}
    smtp_server.start()
    monkeypatch.setenv("FOLLOWUP_SMTP_USER", "alex")
    settings = mail_settings(monkeypatch, smtp=smtp_server)
    rid = add_round(settings)
    with pytest.raises(ConfigError, match="no smtp password"):
        sending.send_now(settings, rid, now=IN_WINDOW)
    secrets = Path(followup_home) / "secrets.toml"
    secrets.write_text('[smtp]\npassword = "p4ss-word"\n')
    os.chmod(secrets, 0o644)
    with pytest.raises(ConfigError, match="chmod 600"):
        sending.send_now(settings, rid, now=IN_WINDOW)
    os.chmod(secrets, 0o600)
    assert sending.send_now(settings, rid, now=IN_WINDOW)["state"] == "sent"
    secrets.unlink()
    monkeypatch.setenv("FOLLOWUP_SMTP_PASSWORD_COMMAND", "printf 'wrong\\n'")
    wrong = mail_settings(monkeypatch, smtp=smtp_server)
    with pytest.raises(ConfigError, match="refused the login"):
        sending.send_now(wrong, rid, force=True, now=IN_WINDOW)
    monkeypatch.setenv("FOLLOWUP_SMTP_PASSWORD_COMMAND", "echo p4ss-word")
    good = mail_settings(monkeypatch, smtp=smtp_server)
    assert sending.send_now(good, rid, force=True, now=IN_WINDOW)["state"] == "sent"
    monkeypatch.delenv("FOLLOWUP_SMTP_PASSWORD_COMMAND")
    monkeypatch.setenv("FOLLOWUP_SMTP_PASSWORD", "p4ss-word")
    env = mail_settings(monkeypatch, smtp=smtp_server)
    assert sending.send_now(env, rid, force=True, now=IN_WINDOW)["state"] == "sent"
    assert len(smtp_server.messages()) == 3
    # the secret is never stored
    dump = records.export_text(env)
    assert "p4ss-word" not in dump
    with open(Path(followup_home) / "followup.db", "rb") as fh:
        assert b"p4ss-word" not in fh.read()


def test_an_updated_invite_replans_the_scheduled_message(smtp_server, monkeypatch):
    from followup.core.models import Draft, Format, Interview, Person, PersonRole

    settings = mail_settings(monkeypatch, smtp=smtp_server)
    records.update_profile(settings, name="Alex Kim", email="alex@candidate.example")

    def invite(day):
        return Interview(
            company="Acme", role="Data Analyst", interviewed=day, format=Format.VIDEO,
            tz="America/New_York",
            people=[Person("Dana Reyes", "dana@acme.example", role=PersonRole.COORDINATOR)],
        )  # fmt: skip

    rid, action = records.store_imported(settings, invite(date(2026, 11, 19)), "uid-7@acme", 0)
    assert action == "create"
    records.save_draft(
        settings,
        Draft(kind="email", body="Dear Dana,\n\nThank you.\n", subject="Thank you",
              to_name="Dana Reyes", to_email="dana@acme.example", round_id=rid),
    )  # fmt: skip
    item = sending.schedule(settings, rid, today="2026-11-18")
    assert item["due_at"] == "2026-11-23T15:00:00Z"
    _, action = records.store_imported(settings, invite(date(2026, 11, 30)), "uid-7@acme", 1)
    assert action == "update"
    (moved,) = sending.outbox(settings)
    assert moved["held"] is None and moved["local_due"].startswith("2026-12-03T10:00")


def test_xoauth2_login_with_a_token_from_password_command(smtp_server, monkeypatch):
    """smtp.auth = xoauth2: the password command's output is the OAuth2 access token."""
    smtp_server.stop()
    smtp_server.users = {"alex@candidate.example": "ya29.token-xyz"}
    smtp_server.start()
    monkeypatch.setenv("FOLLOWUP_SMTP_USER", "alex@candidate.example")
    monkeypatch.setenv("FOLLOWUP_SMTP_AUTH", "xoauth2")
    monkeypatch.setenv("FOLLOWUP_SMTP_PASSWORD_COMMAND", "echo ya29.token-xyz")
    settings = mail_settings(monkeypatch, smtp=smtp_server)
    rid = add_round(settings)
    assert sending.send_now(settings, rid, now=IN_WINDOW)["state"] == "sent"
    monkeypatch.setenv("FOLLOWUP_SMTP_PASSWORD_COMMAND", "echo expired")
    with pytest.raises(ConfigError, match="refused the login"):
        sending.send_now(mail_settings(monkeypatch, smtp=smtp_server), rid, force=True,
                         now=IN_WINDOW)  # fmt: skip


@pytest.mark.parametrize("mode", ["starttls", "ssl"])
def test_encrypted_connections_verify_the_server(mode, smtp_server, monkeypatch, tmp_path):
    """smtp.tls starttls and ssl against a server with a certificate from a test CA: sent
    when the CA is trusted, refused (nothing sent, nothing stored) when it is not."""
    ca = smtp_server.restart_with_tls(mode, tmp_path)
    mail_settings(monkeypatch, smtp=smtp_server)
    monkeypatch.setenv("FOLLOWUP_SMTP_TLS", mode)  # over the plain connection set above
    settings = mail_settings(monkeypatch)
    rid = add_round(settings)
    with pytest.raises(Exception, match="certificate|SMTP server"):
        sending.send_now(settings, rid, now=IN_WINDOW)
    assert sending.outbox(settings) == []
    monkeypatch.setenv("SSL_CERT_FILE", str(ca))
    assert sending.send_now(settings, rid, now=IN_WINDOW)["state"] == "sent"
    assert len(smtp_server.messages()) == 1


def test_schedule_takes_the_plans_recipients_draft_never_another_persons(smtp_server, monkeypatch):
    from followup.core.models import Draft
    from followup.services import records

    settings = mail_settings(monkeypatch, smtp=smtp_server)
    rid = add_round(settings)
    # A newer note to the interviewer, and a check-in: neither is the thank-you to Dana.
    for kind, name, email in [("email", "Lee Park", "lee@acme.example"), ("check-in", None, None)]:
        records.save_draft(
            settings,
            Draft(kind=kind, body="Dear Lee,\n\nThank you.\n\nSam", subject="Thanks",
                  to_name=name, to_email=email, round_id=rid),
        )  # fmt: skip
    item = sending.schedule(settings, rid, today="2026-11-20")
    assert item["to"]["email"] == "dana@acme.example"
    assert item["subject"] == "Thank you — Data Analyst interview"


def test_schedule_without_a_draft_to_the_recipient_says_so(smtp_server, monkeypatch):
    from datetime import date

    from followup.core.models import Draft, Format, Interview, Person, PersonRole
    from followup.services import records

    settings = mail_settings(monkeypatch, smtp=smtp_server)
    add_round(settings)  # the profile
    stored = records.add_interview(
        settings,
        Interview(
            "Borealis", "Data Analyst", date(2026, 11, 19), Format.VIDEO, tz="America/New_York",
            people=[Person("Dana Reyes", "dana@borealis.example", role=PersonRole.COORDINATOR),
                    Person("Lee Park", "lee@borealis.example")],
        ),
    )  # fmt: skip
    other = records.save_draft(
        settings,
        Draft(kind="email", body="Dear Lee,\n\nThank you.\n\nSam", subject="Thanks",
              to_name="Lee Park", to_email="lee@borealis.example", round_id=stored.id),
    )  # fmt: skip
    with pytest.raises(InvalidInput, match="no email draft to Dana Reyes"):
        sending.schedule(settings, stored.id, today="2026-11-20")
    item = sending.schedule(settings, stored.id, draft_id=other.id, today="2026-11-20")
    assert item["to"]["email"] == "lee@borealis.example"


def test_a_planned_time_already_past_goes_out_at_the_next_run(smtp_server, monkeypatch):
    settings = mail_settings(monkeypatch, smtp=smtp_server)
    rid = add_round(settings)
    # Tue 24 Nov: still inside the window, but the ideal moment (Mon 23, 10:00) has passed.
    item = sending.schedule(settings, rid, today="2026-11-24")
    assert item["local_time"] == "2026-11-24T00:00:00-05:00"
    assert "has passed" in item["note"]


def test_references_keep_the_threads_first_and_latest_messages(smtp_server, monkeypatch):
    """A long thread does not grow the header with every message sent (RFC 5322 §3.6.4)."""
    from mail_servers import fill_outbox

    settings = mail_settings(monkeypatch, smtp=smtp_server)
    rid = add_round(settings)
    sent_ids = [mid for mid, _raw in fill_outbox(settings, rid, 14)]
    assert len(sending.work_once(settings, check_replies=False).sent) == 14
    mail = sending.prepare(settings, rid, today=date(2026, 11, 23)).mail
    order = [m.message_id for m in sorted(
        (outbox_row(settings, i) for i in range(1, 15)), key=lambda m: (m.sent_at, m.id)
    )]  # fmt: skip
    assert set(order) == set(sent_ids)
    assert list(mail.references) == [order[0], *order[-(sending.MAX_REFERENCES - 1) :]]
    assert mail.in_reply_to == order[-1]
