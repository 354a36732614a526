"""The user's mailbox over IMAP (imapclient): file a sent message in Sent, and read what
arrived since a day, as header facts and delivery-status reports (RFC 3464 bounces)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from followup.core.errors import ConfigError, ExternalError
from followup.core.tracking import address_of, message_ids
from followup.delivery.credentials import Server, no_tls, untrusted

if TYPE_CHECKING:
    from email.message import Message

    from imapclient import IMAPClient

MAX_REPORT_BYTES = 2_000_000  # a bounce larger than this is read by its headers only
HEADERS = ("auto-submitted", "x-autoreply", "x-autorespond", "x-autoresponse", "precedence")


@dataclass
class Bounce:
    """A delivery-status report: the Message-IDs it reports on and what the server said."""

    message_ids: list[str]
    detail: str


@dataclass
class Incoming:
    """One message found in the mailbox, reduced to what matching needs."""

    message_id: str | None
    sender: str | None
    from_text: str
    subject: str
    references: list[str]
    received: datetime | None  # naive UTC
    headers: dict[str, str] = field(default_factory=dict)
    bounce: Bounce | None = None


def _text(value: Any) -> str:
    return " ".join(str(value or "").split())


def _received(msg: Message, internal: Any) -> datetime | None:
    from email.utils import parsedate_to_datetime

    when = None
    if msg.get("Date"):
        try:
            when = parsedate_to_datetime(str(msg["Date"]))
        except (TypeError, ValueError, IndexError):
            when = None
    if when is None and isinstance(internal, datetime):
        when = internal
    if when is None:
        return None
    if when.tzinfo is None:
        return when
    return when.astimezone(UTC).replace(tzinfo=None)


def _bounce(msg: Message) -> Bounce | None:
    """The delivery-status report in `msg` (multipart/report; report-type=delivery-status)."""
    from email.parser import HeaderParser

    if msg.get_content_type() != "multipart/report":
        return None
    if str(msg.get_param("report-type", "")).lower() != "delivery-status":
        return None
    ids: list[str] = []
    details: list[str] = []
    for part in msg.walk():
        kind = part.get_content_type()
        if kind == "message/delivery-status":
            blocks: Any = part.get_payload()
            for block in blocks if isinstance(blocks, list) else []:
                action = _text(block.get("Action"))
                status = _text(block.get("Status"))
                diag = _text(block.get("Diagnostic-Code"))
                if action or status or diag:
                    details.append(" ".join(x for x in (action, status, diag) if x))
        elif kind == "message/rfc822":
            inner: Any = part.get_payload()
            for sub in inner if isinstance(inner, list) else []:
                ids += message_ids(str(sub.get("Message-ID", "")))
        elif kind == "text/rfc822-headers":
            payload: Any = part.get_payload(decode=True) or b""
            headers = HeaderParser().parsestr(bytes(payload).decode("utf-8", "replace"))
            ids += message_ids(str(headers.get("Message-ID", "")))
    if not ids:
        return None
    return Bounce(ids, "; ".join(details) or "the message could not be delivered")


def parse(raw: bytes, internal: Any = None) -> Incoming:
    """The facts of one message (headers, or the whole message for a report)."""
    from email import message_from_bytes, policy

    msg = message_from_bytes(raw, policy=policy.default)

    def header(name: str) -> str:
        """A header's text: RFC 2047 words and raw UTF-8 (RFC 6532) decoded."""
        try:
            value = msg.get(name)
        except (ValueError, IndexError, TypeError):  # a header the parser cannot read
            return ""
        return _text(value) if value is not None else ""

    refs = message_ids(header("References")) + message_ids(header("In-Reply-To"))
    ids = message_ids(header("Message-ID"))
    facts = {name: header(name) for name in HEADERS if name in msg}
    facts["subject"] = header("Subject")
    return Incoming(
        message_id=ids[0] if ids else None,
        sender=address_of(header("From")),
        from_text=header("From"),
        subject=header("Subject"),
        references=list(dict.fromkeys(refs)),
        received=_received(msg, internal),
        headers=facts,
        bounce=_bounce(msg),
    )


def _import_imapclient() -> None:
    """Import imapclient, its version found as importlib.metadata would find it, without
    importlib.metadata.

    `imapclient/version.py` asks importlib.metadata for the installed distribution's version,
    for `imapclient.__version__` alone; importing importlib.metadata (csv, zipfile, email's
    parser…) and walking every folder on sys.path for the distribution costs about a tenth
    of `followup send` or `followup replies`. The same `Version:` is read from the
    distribution's METADATA beside the package, and the module imapclient imports is made
    with the two names it takes from it (`version`, `version_info` as imapclient makes it).
    When that file is not found, or an imapclient release takes more from its version module
    than these two names, imapclient is imported as it is."""
    import importlib.util
    import os
    import sys
    import types

    if "imapclient" in sys.modules or "imapclient.version" in sys.modules:
        return
    spec = importlib.util.find_spec("imapclient")
    if spec is None or spec.origin is None:
        return
    site = os.path.dirname(os.path.dirname(spec.origin))
    try:
        infos = [n for n in os.listdir(site) if n.lower().startswith("imapclient-")]
        found = [n for n in infos if n.endswith(".dist-info")]
        if len(found) != 1:
            return
        with open(os.path.join(site, found[0], "METADATA"), encoding="utf-8") as fh:
            version = next((line[8:].strip() for line in fh if line.startswith("Version:")), None)
    except OSError:
        return
    parts = (version or "").split(".")
    if len(parts) != 3 or not all(part.isdigit() for part in parts):
        return  # a version imapclient's own code would not take apart either
    module = types.ModuleType("imapclient.version")
    module.version = version  # type: ignore[attr-defined]
    module.version_info = (*map(int, parts), "final")  # type: ignore[attr-defined]
    sys.modules["imapclient.version"] = module
    try:
        import imapclient
    except Exception:  # an imapclient that takes more from its version module than these two
        for name in [n for n in sys.modules if n == "imapclient" or n.startswith("imapclient.")]:
            del sys.modules[name]
        return  # the caller's own import then loads imapclient as it is
    imapclient.version = module  # as an import sets it


class Mailbox:
    """An IMAP session (a context manager): `with Mailbox(server) as box: …`."""

    def __init__(self, server: Server, folder: str = "INBOX", sent_folder: str = "") -> None:
        self.server = server
        self.folder = folder
        self.sent_folder = sent_folder
        self._client: IMAPClient | None = None

    def __enter__(self) -> Mailbox:
        self.open()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def open(self) -> None:
        """Connect, secure and log in (nothing when it is open already). ExternalError when
        the server cannot be reached; ConfigError when it refuses the login or the
        encryption."""
        if self._client is not None:
            return
        _import_imapclient()
        from imapclient import IMAPClient
        from imapclient.exceptions import IMAPClientError, LoginError

        srv = self.server
        cert_error, tls_error = srv.tls_errors()
        context = srv.tls_context() if srv.tls != "none" else None
        try:
            client = IMAPClient(
                srv.host,
                port=srv.port,
                ssl=srv.tls == "ssl",
                ssl_context=context if srv.tls == "ssl" else None,
                timeout=srv.timeout,
            )
            if srv.tls == "starttls":
                if not client.has_capability("STARTTLS"):
                    client.shutdown()
                    raise ConfigError(
                        f"the IMAP server {srv.host} does not offer STARTTLS (set imap.tls)"
                    )
                client.starttls(context)
            secret = srv.secret() or ""
            if srv.auth == "xoauth2":
                client.oauth2_login(srv.user, secret)
            else:
                client.login(srv.user, secret)
        except cert_error as exc:
            raise untrusted(srv, exc) from None
        except tls_error as exc:
            raise no_tls(srv, exc) from None
        except LoginError as exc:
            said = str(exc)
            if said[:2] in ("b'", 'b"') and said[-1:] == said[1]:  # imaplib's bytes, as text
                said = said[2:-1]
            raise ConfigError(
                f"the IMAP server {srv.host} refused the login for {srv.user}: {said}"
            ) from None
        except (IMAPClientError, OSError) as exc:
            raise ExternalError(
                f"cannot reach the IMAP server {srv.host}:{srv.port}: {exc}"
            ) from None
        self._client = client

    def close(self) -> None:
        client, self._client = self._client, None
        if client is None:
            return
        try:
            client.logout()
        except Exception:  # the session is over either way
            client.shutdown()

    def open_aside(self, find_sent: bool = False) -> Callable[[], Mailbox]:
        """Open the mailbox (and with `find_sent` find its Sent folder) on a thread of its
        own, so that the round trips of the login overlap what the caller does meanwhile
        (`followup send` hands the message to the SMTP server, `followup replies` reads the
        database). Returns the function that waits for it: the open Mailbox, or the
        ExternalError or ConfigError opening raised. Whoever calls it closes the Mailbox
        (it is a context manager)."""
        import threading

        failed: list[BaseException] = []

        def run() -> None:
            try:
                self.open()
                if find_sent:
                    self.sent_folder = self._sent_folder()
            except BaseException as exc:  # handed to the caller's thread
                failed.append(exc)

        thread = threading.Thread(target=run, name="followup-imap", daemon=True)
        thread.start()

        def opened() -> Mailbox:
            thread.join()
            if failed:
                self.close()
                raise failed[0]
            return self

        return opened

    @property
    def client(self) -> IMAPClient:
        if self._client is None:
            self.open()
        assert self._client is not None
        return self._client

    def sent_folder_name(self) -> str:
        """The configured Sent folder, else the one the server marks \\Sent, else Sent."""
        if self.sent_folder:
            return self.sent_folder
        from imapclient.imapclient import SENT

        found = self.client.find_special_folder(SENT)
        return str(found) if found else "Sent"

    def _sent_folder(self) -> str:
        """`sent_folder_name`, its failure an ExternalError."""
        from imapclient.exceptions import IMAPClientError

        try:
            return self.sent_folder_name()
        except (IMAPClientError, OSError) as exc:
            raise ExternalError(f"cannot file the message in the Sent folder: {exc}") from None

    def append_sent(self, raw: bytes, when: datetime | None = None) -> str:
        """File a sent message in the Sent folder (seen); the folder's name."""
        from imapclient.exceptions import IMAPClientError
        from imapclient.imapclient import SEEN

        folder = self._sent_folder()
        try:
            self.client.append(folder, raw, flags=(SEEN,), msg_time=when)
        except (IMAPClientError, OSError) as exc:
            raise ExternalError(f"cannot file the message in the Sent folder: {exc}") from None
        return folder

    def since(self, day: date) -> list[Incoming]:
        """Every message in the folder that arrived on or after `day`."""
        from imapclient.exceptions import IMAPClientError

        try:
            client = self.client
            client.select_folder(self.folder, readonly=True)
            uids = client.search(["SINCE", day])
            out: list[Incoming] = []
            reports: list[int] = []
            for start in range(0, len(uids), 200):
                chunk = uids[start : start + 200]
                fetched = client.fetch(chunk, ["BODY.PEEK[HEADER]", "INTERNALDATE", "RFC822.SIZE"])
                for uid in chunk:
                    data = fetched.get(uid) or {}
                    head = data.get(b"BODY[HEADER]") or b""
                    found = parse(head, data.get(b"INTERNALDATE"))
                    size = int(data.get(b"RFC822.SIZE") or 0)
                    if b"multipart/report" in head.lower() and size <= MAX_REPORT_BYTES:
                        reports.append(uid)
                    else:
                        out.append(found)
            for uid in reports:
                whole = client.fetch([uid], ["BODY.PEEK[]", "INTERNALDATE"]).get(uid) or {}
                out.append(parse(whole.get(b"BODY[]") or b"", whole.get(b"INTERNALDATE")))
        except (IMAPClientError, OSError) as exc:
            raise ExternalError(f"cannot read the mailbox folder {self.folder}: {exc}") from None
        return out
