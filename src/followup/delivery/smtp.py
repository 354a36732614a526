"""Handing a message to the SMTP server, with the one question that matters answered:
could the server have accepted it?

`Connection.send` drives MAIL, RCPT and DATA itself (smtplib's public commands) so it knows
whether the end of the data had been written when something broke. Before that point a
failure is safe to retry (nothing was accepted); after it, a lost connection or a missing
answer leaves the message `unknown` (RFC 1047's accepted-but-unacknowledged gap): the caller
must not send it again by itself.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from followup.core.errors import ConfigError, ExternalError
from followup.core.sending import FAILED, SCHEDULED, SENT, UNKNOWN, Outcome
from followup.delivery.credentials import Server, no_tls, untrusted

if TYPE_CHECKING:
    import smtplib

_LEADING_DOT = re.compile(rb"(?m)^\.")


@lru_cache(maxsize=256)
def _quoted(address: str) -> str:
    """`<address>` as MAIL FROM and RCPT TO take it (smtplib's parsing, once an address:
    the worker sends many messages from one sender)."""
    import smtplib

    return smtplib.quoteaddr(address)


def _words(code: int, text: bytes | str) -> str:
    said = text.decode("utf-8", "replace") if isinstance(text, bytes) else str(text)
    return f"{code} {' '.join(said.split())}".strip()


def _refused(code: int, text: bytes | str) -> Outcome:
    """A reply that refuses: 4xx is temporary (try again later), anything else final."""
    state = SCHEDULED if 400 <= code < 500 else FAILED
    return Outcome(state, _words(code, text))


class Connection:
    """One SMTP session, opened on first use and reused for many messages."""

    def __init__(self, server: Server) -> None:
        self.server = server
        self._smtp: smtplib.SMTP | None = None

    def open(self) -> None:
        """Connect, secure and log in. ExternalError when the server cannot be reached (a
        transient failure); ConfigError when it refuses the login or the encryption."""
        import smtplib

        if self._smtp is not None:
            return
        srv = self.server
        cert_error, tls_error = srv.tls_errors()
        context = srv.tls_context() if srv.tls != "none" else None
        try:
            if srv.tls == "ssl":
                smtp: smtplib.SMTP = smtplib.SMTP_SSL(
                    srv.host, srv.port, timeout=srv.timeout, context=context
                )
            else:
                smtp = smtplib.SMTP(srv.host, srv.port, timeout=srv.timeout)
            smtp.ehlo_or_helo_if_needed()
            if srv.tls == "starttls":
                if not smtp.has_extn("starttls"):
                    smtp.close()
                    raise ConfigError(
                        f"the SMTP server {srv.host} does not offer STARTTLS (set smtp.tls)"
                    )
                smtp.starttls(context=context)
                smtp.ehlo()
            if srv.user:
                self._login(smtp)
        except cert_error as exc:
            raise untrusted(srv, exc) from None
        except tls_error as exc:
            raise no_tls(srv, exc) from None
        except smtplib.SMTPAuthenticationError as exc:
            raise ConfigError(
                f"the SMTP server {srv.host} refused the login for {srv.user}: "
                f"{_words(exc.smtp_code, exc.smtp_error)}"
            ) from None
        except (smtplib.SMTPException, OSError) as exc:
            raise ExternalError(
                f"cannot reach the SMTP server {srv.host}:{srv.port}: {exc}"
            ) from None
        self._smtp = smtp

    def _login(self, smtp: smtplib.SMTP) -> None:
        secret = self.server.secret() or ""
        user = self.server.user
        if self.server.auth == "xoauth2":
            token = f"user={user}\x01auth=Bearer {secret}\x01\x01"

            def xoauth2(challenge: bytes | None = None) -> str:
                return token if challenge is None else ""

            smtp.auth("XOAUTH2", xoauth2)
        else:
            smtp.login(user, secret)

    def close(self) -> None:
        import smtplib

        smtp, self._smtp = self._smtp, None
        if smtp is None:
            return
        try:
            smtp.quit()
        except (smtplib.SMTPException, OSError):
            smtp.close()

    def _drop(self) -> None:
        smtp, self._smtp = self._smtp, None
        if smtp is not None:
            smtp.close()

    def send(
        self,
        sender: str,
        recipients: Sequence[str],
        raw: bytes,
        before_data: Callable[[], None] | None = None,
    ) -> Outcome:
        """Hand one message over. `sent` (250 after the data), `failed` (5xx: the server's
        words), `scheduled` (a temporary refusal or a broken connection before the data was
        complete: try again later) or `unknown` (the data was written but no answer came).

        `before_data` runs once the server is reached, before anything it could accept is
        written (the caller records the hand-over there; it runs while the server answers
        MAIL FROM). If it raises, the transaction is reset and the error propagates."""
        import smtplib

        handed = False
        try:
            self.open()
            smtp = self._smtp
            assert smtp is not None
            smtp.putcmd("mail", "FROM:" + _quoted(sender))
            if before_data is not None:
                try:
                    before_data()
                except BaseException:
                    smtp.getreply()
                    self._reset()
                    raise
            code, text = smtp.getreply()
            if code != 250:
                self._reset()
                return _refused(code, text)
            for rcpt in recipients:
                smtp.putcmd("rcpt", "TO:" + _quoted(rcpt))
                code, text = smtp.getreply()
                if code not in (250, 251):
                    self._reset()
                    return _refused(code, text)
            smtp.putcmd("data")
            code, text = smtp.getreply()
            if code != 354:
                self._reset()
                return _refused(code, text)
            data = _LEADING_DOT.sub(b"..", raw) if b"\n." in raw or raw[:1] == b"." else raw
            if not data.endswith(b"\r\n"):
                data += b"\r\n"
            handed = True
            smtp.send(data + b".\r\n")
            code, text = smtp.getreply()
        except ExternalError as exc:
            return Outcome(SCHEDULED, str(exc), reachable=False)
        except (smtplib.SMTPException, OSError) as exc:
            self._drop()
            detail = f"{type(exc).__name__}: {exc}".rstrip(": ")
            if handed:
                return Outcome(UNKNOWN, f"the connection broke after the message data ({detail})")
            return Outcome(SCHEDULED, f"the connection broke before the message data ({detail})")
        if code == 250:
            return Outcome(SENT, _words(code, text))
        if code == -1 or code < 200:  # no readable answer after the data
            self._drop()
            return Outcome(UNKNOWN, f"no answer after the message data ({_words(code, text)})")
        self._reset()
        return _refused(code, text)

    def _reset(self) -> None:
        import smtplib

        if self._smtp is None:
            return
        try:
            self._smtp.rset()
        except (smtplib.SMTPException, OSError):
            self._drop()
