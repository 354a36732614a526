"""Until they answer: replies read from a real Dovecot IMAP server (started by the tests,
messages appended over IMAP), matched to sent follow-ups; automatic replies and bounces."""

from __future__ import annotations

import time
from datetime import UTC, date, datetime
from email import message_from_bytes, policy
from email.utils import format_datetime, make_msgid

import pytest

from followup.core.errors import ConfigError
from followup.services import records, replies, sending
from mail_servers import add_round, mail_settings

IN_WINDOW = datetime(2026, 11, 23, 15, 0, tzinfo=UTC)


def mail(sender, subject, *, in_reply_to=None, headers=(), body="Thanks, we will be in touch."):
    lines = [
        f"From: {sender}",
        "To: Alex Kim <alex@candidate.example>",
        f"Subject: {subject}",
        f"Date: {format_datetime(datetime.now(UTC))}",
        f"Message-ID: {make_msgid(domain='acme.example')}",
    ]
    if in_reply_to:
        lines += [f"In-Reply-To: {in_reply_to}", f"References: {in_reply_to}"]
    lines += list(headers)
    lines += ["Content-Type: text/plain; charset=utf-8", "", body, ""]
    return "\r\n".join(lines).encode()


def bounce(original_id, recipient="dana@acme.example"):
    boundary = "b0unce"
    return (
        "From: Mail Delivery System <MAILER-DAEMON@mx.candidate.example>\r\n"
        "To: alex@candidate.example\r\n"
        "Subject: Undelivered Mail Returned to Sender\r\n"
        f"Date: {format_datetime(datetime.now(UTC))}\r\n"
        f"Message-ID: {make_msgid(domain='mx.candidate.example')}\r\n"
        "Auto-Submitted: auto-replied\r\n"
        "MIME-Version: 1.0\r\n"
        f'Content-Type: multipart/report; report-type=delivery-status; boundary="{boundary}"\r\n'
        "\r\n"
        f"--{boundary}\r\nContent-Type: text/plain\r\n\r\nYour message could not be delivered.\r\n"
        f"--{boundary}\r\nContent-Type: message/delivery-status\r\n\r\n"
        "Reporting-MTA: dns; mx.candidate.example\r\n\r\n"
        f"Final-Recipient: rfc822; {recipient}\r\nAction: failed\r\nStatus: 5.1.1\r\n"
        "Diagnostic-Code: smtp; 550 5.1.1 user unknown\r\n"
        f"\r\n--{boundary}\r\nContent-Type: text/rfc822-headers\r\n\r\n"
        f"From: alex@candidate.example\r\nTo: {recipient}\r\nMessage-ID: {original_id}\r\n"
        "Subject: Thank you\r\n"
        f"\r\n--{boundary}--\r\n"
    ).encode()


@pytest.fixture
def mailbox(dovecot, smtp_server, monkeypatch):
    """Settings for a fresh mailbox user on the shared Dovecot, and the SMTP server."""
    user = dovecot.new_user()
    settings = mail_settings(monkeypatch, smtp=smtp_server, imap=dovecot, user=user)
    return settings, user


def test_a_sent_follow_up_is_filed_in_sent(mailbox, dovecot):
    settings, user = mailbox
    rid = add_round(settings)
    result = sending.send_now(settings, rid, now=IN_WINDOW)
    assert result["state"] == "sent" and result["filed"] == "Sent"
    (filed,) = dovecot.folder(user, "Sent")
    assert message_from_bytes(filed, policy=policy.default)["Message-ID"] == result["message_id"]


def test_a_refused_mailbox_login_still_sends_and_says_why_it_is_not_filed(
    dovecot, smtp_server, monkeypatch
):
    """The mailbox is opened while the message goes out: a refused IMAP login never stops
    the send, and the result says why the message is not in Sent."""
    user = dovecot.new_user()
    settings = mail_settings(
        monkeypatch, smtp=smtp_server, imap=dovecot, user=user, password="wrong"
    )
    result = sending.send_now(settings, add_round(settings), now=IN_WINDOW)
    assert result["state"] == "sent" and result["filed"] is None
    assert f"refused the login for {user}" in result["filed_warning"]
    assert len(smtp_server.messages()) == 1


def test_a_refused_send_files_nothing_and_logs_out_of_the_mailbox(mailbox, dovecot, smtp_server):
    settings, user = mailbox
    smtp_server.mode = "permfail"
    result = sending.send_now(settings, add_round(settings), now=IN_WINDOW)
    assert result["state"] == "failed" and result["filed"] is None
    assert "filed_warning" not in result

    def logged_out() -> bool:  # the session opened for the Sent folder was ended properly
        return any(f"imap({user})" in x and "Logged out" in x for x in dovecot.log().splitlines())

    deadline = time.monotonic() + 10
    while not logged_out():  # Dovecot writes its log a moment after the logout
        assert time.monotonic() < deadline, dovecot.log()[-2000:]
        time.sleep(0.01)
    assert dovecot.folder(user, "Sent") == []


def test_a_reply_in_the_thread_ends_the_waiting_and_cancels_whats_scheduled(mailbox, dovecot):
    settings, user = mailbox
    rid = add_round(settings)
    sent = sending.send_now(settings, rid, now=IN_WINDOW)
    later = sending.schedule(settings, rid, at="2026-12-08T10:00", force=True, today="2026-11-24")
    assert replies.tracking(settings, date(2026, 11, 24))["waiting"][0]["id"] == rid
    dovecot.deliver(user, mail("Dana Reyes <dana@acme.example>", "Re: Thank you",
                               in_reply_to=sent["message_id"]))  # fmt: skip
    found = replies.poll(settings)
    (reply,) = found["replies"]
    assert reply["round_id"] == rid and reply["matched_by"] == "thread"
    assert reply["outbox_id"] == sent["id"]
    assert found["cancelled"] == [later["id"]]
    states = {m["id"]: m["state"] for m in sending.outbox(settings)}
    assert states == {sent["id"]: "sent", later["id"]: "cancelled"}
    assert replies.tracking(settings, date(2026, 11, 24))["waiting"] == []
    again = replies.poll(settings)  # the same mailbox read twice records nothing twice
    assert again["replies"] == [] and again["checked"] >= 1


def test_matching_by_sender_then_company_domain_never_free_mail(mailbox, dovecot):
    settings, user = mailbox
    acme = add_round(settings)
    globex = add_round(settings, company="Globex", coordinator_email="ann@globex.example")
    for rid in (acme, globex):
        sending.send_now(settings, rid, now=IN_WINDOW)
    dovecot.deliver(user, mail("Someone <someone@gmail.com>", "Hello"))
    dovecot.deliver(user, mail("Jobs <no-reply@greenhouse.io>", "Your application"))
    found = replies.poll(settings)
    assert found["replies"] == []
    dovecot.deliver(user, mail("Lee Park <lee@acme.example>", "Next steps"))
    dovecot.deliver(user, mail("HR <hr@globex.example>", "Scheduling"))
    found = replies.poll(settings)
    by_round = {r["round_id"]: r["matched_by"] for r in found["replies"]}
    assert by_round == {acme: "sender", globex: "domain"}


@pytest.mark.parametrize(
    ("headers", "subject"),
    [
        (("Auto-Submitted: auto-replied",), "Re: Thank you"),
        (("X-Autoreply: yes",), "Re: Thank you"),
        (("Precedence: auto_reply",), "Re: Thank you"),
        ((), "Out of Office: back on Monday"),
        ((), "Abwesenheitsnotiz: Dana Reyes"),
        ((), "Réponse automatique : absente"),
        ((), "自动回复: 休假中"),
    ],
)
def test_automatic_replies_are_shown_not_counted(mailbox, dovecot, headers, subject):
    settings, user = mailbox
    rid = add_round(settings)
    sent = sending.send_now(settings, rid, now=IN_WINDOW)
    later = sending.schedule(settings, rid, at="2026-12-08T10:00", force=True, today="2026-11-24")
    dovecot.deliver(user, mail("Dana Reyes <dana@acme.example>", subject, headers=headers,
                               in_reply_to=sent["message_id"]))  # fmt: skip
    found = replies.poll(settings)
    assert found["replies"] == [] and found["cancelled"] == []
    (auto,) = found["automatic"]
    assert auto["round_id"] == rid and auto["note"]
    assert [w["id"] for w in replies.tracking(settings, date(2026, 11, 24))["waiting"]] == [rid]
    assert {m["id"]: m["state"] for m in sending.outbox(settings)}[later["id"]] == "scheduled"


def test_a_bounce_marks_the_message_failed_with_the_servers_words(mailbox, dovecot):
    settings, user = mailbox
    rid = add_round(settings)
    sent = sending.send_now(settings, rid, now=IN_WINDOW)
    dovecot.deliver(user, bounce(sent["message_id"]))
    found = replies.poll(settings)
    assert found["replies"] == [] and len(found["bounces"]) == 1
    (item,) = sending.outbox(settings)
    assert item["state"] == "failed"
    assert "550 5.1.1 user unknown" in item["detail"] and "5.1.1" in item["detail"]


def test_a_reply_just_before_a_scheduled_send_cancels_it(mailbox, dovecot, smtp_server):
    """The race: the coordinator writes while a scheduled message is already due; the
    worker reads the mailbox before it sends, so the message is cancelled, not sent."""
    settings, user = mailbox
    rid = add_round(settings)
    item = sending.schedule(settings, rid, at="2026-11-23T09:00", today="2026-11-20")
    dovecot.deliver(user, mail("Dana Reyes <dana@acme.example>", "Quick update"))
    done = sending.work_once(settings, now=lambda: datetime(2026, 11, 23, 15, 0))
    assert done.sent == [] and smtp_server.messages() == []
    assert done.replies["cancelled"] == [item["id"]]
    (listed,) = sending.outbox(settings)
    assert listed["state"] == "cancelled" and "they replied" in listed["detail"]


def test_reply_by_hand_sets_status_and_offers_the_next_round(mailbox):
    settings, _user = mailbox
    rid = add_round(settings)
    sending.send_now(settings, rid, now=IN_WINDOW)
    later = sending.schedule(settings, rid, at="2026-12-08T10:00", force=True, today="2026-11-24")
    result = replies.record_reply(settings, rid, "next-round", "Second round next week")
    assert result["cancelled"] == [later["id"]] and result["status"] == "active"
    assert result["next_round"] == {"company": "Acme", "role": "Data Analyst"}
    assert records.get_interview(settings, rid).actions[0].reply_received is True
    offer = replies.record_reply(settings, rid, "offer")
    assert offer["status"] == "offer"
    assert records.show_round(settings, rid)["status"] == "offer"


def test_today_proposes_the_check_in_on_the_first_business_day_after_the_decision(mailbox):
    settings, _user = mailbox
    rid = add_round(settings, deadline=date(2026, 12, 4))  # decision Fri 4 Dec
    sending.send_now(settings, rid, now=IN_WINDOW)
    before = records.agenda(settings, "2026-12-04")
    (waiting,) = before["waiting"]
    assert waiting["decision_date"] == "2026-12-04" and waiting["check_in"] == "2026-12-07"
    assert before["check_ins"] == []
    after = records.agenda(settings, "2026-12-07")
    assert [c["id"] for c in after["check_ins"]] == [rid]


def test_without_a_decision_date_the_check_in_is_7_business_days_after(mailbox):
    settings, _user = mailbox
    rid = add_round(settings)
    sending.send_now(settings, rid, now=IN_WINDOW)  # Mon 23 Nov; Thanksgiving on the 26th
    (waiting,) = records.agenda(settings, "2026-11-24")["waiting"]
    assert waiting["check_in"] == (date(2026, 12, 3)).isoformat()


def test_replies_without_imap_say_what_to_set(monkeypatch):
    settings = mail_settings(monkeypatch)
    with pytest.raises(ConfigError, match="imap.host"):
        replies.poll(settings)


def test_show_names_the_reply_state(mailbox):
    settings, _user = mailbox
    rid = add_round(settings)
    assert records.show_round(settings, rid)["reply_state"] is None
    sending.send_now(settings, rid, now=IN_WINDOW)
    assert records.show_round(settings, rid)["reply_state"] == "waiting"
    replies.record_reply(settings, rid, "other")
    assert records.show_round(settings, rid)["reply_state"] == "replied"


def test_replies_check_the_login_before_anything_was_sent(dovecot, monkeypatch):
    """A new user trying their mailbox settings hears of a wrong password at once."""
    user = dovecot.new_user()
    with pytest.raises(ConfigError, match=f"refused the login for {user}"):
        replies.poll(mail_settings(monkeypatch, imap=dovecot, user=user, password="wrong"))
    assert replies.poll(mail_settings(monkeypatch, imap=dovecot, user=user))["checked"] == 0


def test_imapclient_gets_its_version_without_importlib_metadata() -> None:
    """delivery.imap imports imapclient with the version its distribution's METADATA says,
    without importlib.metadata (what `import imapclient` alone gives, at a fraction of
    the start-up)."""
    import subprocess
    import sys

    plain = "import imapclient, sys; print(imapclient.__version__, imapclient.version_info)"
    ours = (
        "import sys\n"
        "from followup.delivery.imap import _import_imapclient\n"
        "_import_imapclient()\n"
        "import imapclient\n"
        "from imapclient import IMAPClient\n"
        "print(imapclient.__version__, imapclient.version_info)\n"
        "print(imapclient.version.version, 'importlib.metadata' in sys.modules)\n"
    )
    run = [subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True).stdout.splitlines() for code in (plain, ours)]  # fmt: skip
    assert run[1][0] == run[0][0]
    assert run[1][1] == f"{run[0][0].split()[0]} False"


def test_an_imapclient_wanting_more_of_its_version_module_is_imported_as_it_is(tmp_path) -> None:
    """A later imapclient whose package takes more than `version` and `version_info` from its
    version module still imports: the stand-in module is dropped and the package loads its
    own."""
    import os
    import subprocess
    import sys

    package = tmp_path / "imapclient"
    package.mkdir()
    (package / "__init__.py").write_text(
        "from .version import author, version as __version__\nclass IMAPClient: pass\n"
    )
    (package / "version.py").write_text("version = '9.9.9'\nauthor = 'the maintainers'\n")
    info = tmp_path / "imapclient-9.9.9.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: imapclient\nVersion: 9.9.9\n")
    code = (
        "from followup.delivery.imap import _import_imapclient\n"
        "_import_imapclient()\n"
        "import imapclient\n"
        "print(imapclient.__version__, imapclient.author, imapclient.__file__)\n"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tmp_path), *sys.path])}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    ).stdout.split()
    assert out[:2] == ["9.9.9", "the"]
    assert out[-1].startswith(str(package))
