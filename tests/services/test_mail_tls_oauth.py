"""IMAP over TLS (IMAPS and STARTTLS) and OAuth2 logins against a real Dovecot on loopback.

Dovecot gets a certificate from a throw-away CA made by the test; the client must verify it
(`imap.ca_file`, never by turning verification off). XOAUTH2 tokens come from
`imap.password_command` and Dovecot checks each one at a token introspection endpoint served
on loopback by the test (its oauth2 passdb). SMTP's side: aiosmtpd with a test CA and an
AUTH XOAUTH2 handler.
"""

from __future__ import annotations

import ssl
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email import message_from_bytes, policy
from email.utils import format_datetime, make_msgid

import pytest

from followup.core.errors import ConfigError
from followup.delivery import credentials
from followup.delivery.imap import Mailbox
from followup.services import replies, sending
from mail_servers import Dovecot, Introspection, add_round, mail_settings, make_certificates

IN_WINDOW = datetime(2026, 11, 23, 15, 0, tzinfo=UTC)
TOKEN = "ya29.imap-token-Q7"


@pytest.fixture(scope="module")
def secure_imap(tmp_path_factory) -> Iterator[tuple[Dovecot, Introspection, object]]:
    """A Dovecot of its own with STARTTLS and IMAPS (a certificate from a test CA) and
    XOAUTH2/OAUTHBEARER checked at a loopback introspection endpoint; (server, endpoint,
    CA file)."""
    import os

    if os.geteuid() != 0:
        pytest.skip("Dovecot runs as root here: its mail is owned by uid 65534 (run as root)")
    folder = tmp_path_factory.mktemp("imap-tls")
    ca, cert, key = make_certificates(folder)
    endpoint = Introspection().start()
    server = Dovecot(tls=(cert, key), oauth_url=endpoint.url)
    try:
        server.start()
        yield server, endpoint, ca
    finally:
        server.stop()
        endpoint.stop()


def imap_env(monkeypatch, server: Dovecot, user: str, mode: str) -> None:
    """IMAP settings for `user` over `mode` (ssl: the IMAPS port; starttls: the plain one)."""
    mail_settings(monkeypatch, imap=server, user=user)
    monkeypatch.setenv("FOLLOWUP_IMAP_TLS", mode)
    port = server.imaps_port if mode == "ssl" else server.port
    monkeypatch.setenv("FOLLOWUP_IMAP_PORT", str(port))
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)  # only the system's authorities
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)


def read_mailbox(settings) -> list:
    """What arrived since yesterday, read in one IMAP session as the settings say."""
    imap = credentials.server(settings, "imap")
    assert imap is not None
    with Mailbox(imap) as box:
        return box.since((datetime.now(UTC) - timedelta(days=1)).date())


def logins(server: Dovecot, user: str) -> list[str]:
    """The user's logins over TLS that Dovecot logged (the test's own deliveries log in over
    plain IMAP)."""
    return [
        line
        for line in server.log().splitlines()
        if f"Login: user=<{user}>" in line and ", TLS," in line
    ]


def reply_to(message_id: str) -> bytes:
    return (
        "From: Dana Reyes <dana@acme.example>\r\nTo: Alex Kim <alex@candidate.example>\r\n"
        f"Subject: Re: Thank you\r\nDate: {format_datetime(datetime.now(UTC))}\r\n"
        f"Message-ID: {make_msgid(domain='acme.example')}\r\n"
        f"In-Reply-To: {message_id}\r\nReferences: {message_id}\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\nThank you, Alex. We will write soon.\r\n"
    ).encode()


@pytest.mark.parametrize("mode", ["ssl", "starttls"])
def test_imap_over_tls_verifies_the_server_against_imap_ca_file(mode, secure_imap, monkeypatch):
    server, _endpoint, ca = secure_imap
    user = server.new_user()
    imap_env(monkeypatch, server, user, mode)
    settings = mail_settings(monkeypatch)
    # not vouched for by any authority the machine trusts: refused, in words saying what to set
    with pytest.raises(ConfigError, match=r"cannot be verified .*set imap\.ca_file") as refused:
        read_mailbox(settings)
    assert "\n" not in str(refused.value)
    assert logins(server, user) == []
    monkeypatch.setenv("FOLLOWUP_IMAP_CA_FILE", str(ca))
    settings = mail_settings(monkeypatch)
    server.deliver(user, reply_to("<nothing-sent@candidate.example>"))
    (found,) = read_mailbox(settings)
    assert found.sender == "dana@acme.example"
    (login,) = logins(server, user)
    assert "method=PLAIN" in login, login


def test_a_ca_file_that_is_not_there_or_not_pem_says_so(secure_imap, monkeypatch, tmp_path):
    server, _endpoint, _ca = secure_imap
    imap_env(monkeypatch, server, server.new_user(), "ssl")
    monkeypatch.setenv("FOLLOWUP_IMAP_CA_FILE", str(tmp_path / "missing.pem"))
    with pytest.raises(ConfigError, match=r"imap\.ca_file: no file .*missing\.pem"):
        read_mailbox(mail_settings(monkeypatch))
    junk = tmp_path / "junk.pem"
    junk.write_text("not a certificate\n")
    monkeypatch.setenv("FOLLOWUP_IMAP_CA_FILE", str(junk))
    with pytest.raises(ConfigError, match=r"imap\.ca_file: .*junk\.pem is not a PEM file"):
        read_mailbox(mail_settings(monkeypatch))


def test_the_tls_context_always_checks_the_certificate_and_the_host_name(monkeypatch, tmp_path):
    ca, _cert, _key = make_certificates(tmp_path)
    monkeypatch.setenv("FOLLOWUP_IMAP_HOST", "imap.candidate.example")
    for ca_file in ("", str(ca)):
        monkeypatch.setenv("FOLLOWUP_IMAP_CA_FILE", ca_file)
        imap = credentials.server(mail_settings(monkeypatch), "imap")
        assert imap is not None
        context = imap.tls_context()
        assert context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname


@pytest.mark.parametrize("mode", ["ssl", "starttls"])
def test_imap_xoauth2_with_the_token_from_password_command(
    mode, secure_imap, smtp_server, monkeypatch
):
    """imap.auth = xoauth2: the password command's output is the access token; Dovecot
    checks it at the introspection endpoint. The sent follow-up is filed in Sent and the
    reply found, both over TLS with XOAUTH2; an expired token is a refused login."""
    server, endpoint, ca = secure_imap
    user = server.new_user()
    token = f"{TOKEN}-{mode}"
    endpoint.tokens[token] = user
    mail_settings(monkeypatch, smtp=smtp_server)
    imap_env(monkeypatch, server, user, mode)
    monkeypatch.delenv("FOLLOWUP_IMAP_PASSWORD")
    monkeypatch.setenv("FOLLOWUP_IMAP_AUTH", "xoauth2")
    monkeypatch.setenv("FOLLOWUP_IMAP_PASSWORD_COMMAND", f"printf '%s\\n' {token}")
    monkeypatch.setenv("FOLLOWUP_IMAP_CA_FILE", str(ca))
    settings = mail_settings(monkeypatch)
    rid = add_round(settings)
    sent = sending.send_now(settings, rid, now=IN_WINDOW)
    assert sent["state"] == "sent" and sent["filed"] == "Sent", sent
    (filed,) = server.folder(user, "Sent")
    assert message_from_bytes(filed, policy=policy.default)["Message-ID"] == sent["message_id"]
    server.deliver(user, reply_to(sent["message_id"]))
    (reply,) = replies.poll(settings)["replies"]
    assert reply["round_id"] == rid and reply["matched_by"] == "thread"
    found = logins(server, user)
    assert len(found) == 2 and all("method=XOAUTH2" in x for x in found), found
    assert endpoint.asked.count(token) == 2

    monkeypatch.setenv("FOLLOWUP_IMAP_PASSWORD_COMMAND", "echo ya29.expired")
    with pytest.raises(ConfigError, match=f"IMAP server 127.0.0.1 refused the login for {user}"):
        replies.poll(mail_settings(monkeypatch))
    assert len(logins(server, user)) == 2


@pytest.mark.parametrize("mode", ["starttls", "ssl"])
def test_smtp_verifies_the_server_against_smtp_ca_file(mode, smtp_server, monkeypatch, tmp_path):
    """smtp.ca_file, not the environment: refused (nothing stored) without it, sent with it."""
    ca = smtp_server.restart_with_tls(mode, tmp_path)
    mail_settings(monkeypatch, smtp=smtp_server)
    monkeypatch.setenv("FOLLOWUP_SMTP_TLS", mode)
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    settings = mail_settings(monkeypatch)
    rid = add_round(settings)
    with pytest.raises(ConfigError, match=r"SMTP server .* cannot be verified .*smtp\.ca_file"):
        sending.send_now(settings, rid, now=IN_WINDOW)
    assert sending.outbox(settings) == [] and smtp_server.messages() == []
    monkeypatch.setenv("FOLLOWUP_SMTP_CA_FILE", str(ca))
    assert sending.send_now(mail_settings(monkeypatch), rid, now=IN_WINDOW)["state"] == "sent"
    assert len(smtp_server.messages()) == 1


def test_smtp_xoauth2_over_starttls(smtp_server, monkeypatch, tmp_path):
    """smtp.auth = xoauth2 with the token from smtp.password_command, over STARTTLS."""
    users = {"alex@candidate.example": "ya29.smtp-token"}
    ca = smtp_server.restart_with_tls("starttls", tmp_path, users)
    mail_settings(monkeypatch, smtp=smtp_server)
    monkeypatch.setenv("FOLLOWUP_SMTP_TLS", "starttls")
    monkeypatch.setenv("FOLLOWUP_SMTP_CA_FILE", str(ca))
    monkeypatch.setenv("FOLLOWUP_SMTP_USER", "alex@candidate.example")
    monkeypatch.setenv("FOLLOWUP_SMTP_AUTH", "xoauth2")
    monkeypatch.setenv("FOLLOWUP_SMTP_PASSWORD_COMMAND", "echo ya29.smtp-token")
    settings = mail_settings(monkeypatch)
    rid = add_round(settings)
    assert sending.send_now(settings, rid, now=IN_WINDOW)["state"] == "sent"
    assert len(smtp_server.messages()) == 1


def test_tls_on_the_wrong_port_or_missing_says_what_to_check(
    secure_imap, dovecot, smtp_server, monkeypatch
):
    from followup.core.errors import ExternalError

    server, _endpoint, ca = secure_imap
    imap_env(monkeypatch, server, server.new_user(), "ssl")
    monkeypatch.setenv("FOLLOWUP_IMAP_PORT", str(server.port))  # the STARTTLS port
    monkeypatch.setenv("FOLLOWUP_IMAP_CA_FILE", str(ca))
    with pytest.raises(ExternalError, match=r"cannot start TLS .* is imap\.tls = ssl right"):
        read_mailbox(mail_settings(monkeypatch))
    imap_env(monkeypatch, dovecot, dovecot.new_user(), "starttls")  # offers no TLS at all
    with pytest.raises(ConfigError, match=r"does not offer STARTTLS \(set imap\.tls\)"):
        read_mailbox(mail_settings(monkeypatch))
    settings = mail_settings(monkeypatch, smtp=smtp_server)
    rid = add_round(settings)
    monkeypatch.setenv("FOLLOWUP_SMTP_TLS", "ssl")
    with pytest.raises(ExternalError, match=r"cannot start TLS .* is smtp\.tls = ssl right"):
        sending.send_now(mail_settings(monkeypatch), rid, now=IN_WINDOW)
    assert sending.outbox(settings) == []


def test_a_refused_login_is_said_in_the_servers_words(dovecot, monkeypatch):
    user = dovecot.new_user()
    mail_settings(monkeypatch, imap=dovecot, user=user, password="wrong")
    with pytest.raises(ConfigError) as refused:
        read_mailbox(mail_settings(monkeypatch))
    assert str(refused.value) == (
        f"the IMAP server 127.0.0.1 refused the login for {user}: "
        "[AUTHENTICATIONFAILED] Authentication failed."
    )
