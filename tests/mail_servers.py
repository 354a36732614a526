"""Real mail servers on loopback for the tests: aiosmtpd (SMTP) and Debian's Dovecot (IMAP).

Each binds 127.0.0.1 on a free port and is stopped by its fixture (see conftest.py).
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    data: bytes


@dataclass
class SmtpServer:
    """An aiosmtpd server; `mode` changes how it answers DATA:
    ok, drop (close the connection after the data, no answer), tempfail, permfail."""

    port: int = 0
    host: str = "127.0.0.1"
    mode: str = "ok"
    tempfail_first: int = 0
    received: list[Received] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    controller: object = None
    users: dict[str, str] = field(default_factory=dict)
    tls: tuple | None = None

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd's name)
        if self.mode == "drop":
            with self.lock:
                self.received.append(
                    Received(
                        envelope.mail_from,
                        list(envelope.rcpt_tos),
                        bytes(envelope.original_content or b""),
                    )
                )
            server.transport.abort()
            return "250 OK"
        if self.mode == "permfail":
            return "550 5.1.1 <nobody@acme.example>: mailbox unavailable"
        if self.mode == "tempfail" or self.tempfail_first > 0:
            self.tempfail_first -= 1
            return "451 4.3.0 please try again later"
        with self.lock:
            self.received.append(
                Received(
                    envelope.mail_from,
                    list(envelope.rcpt_tos),
                    bytes(envelope.original_content or b""),
                )
            )
        return "250 2.0.0 OK queued"

    async def auth_XOAUTH2(self, server, args):  # noqa: N802 (aiosmtpd's name)
        """SASL XOAUTH2 as Gmail and Outlook take it: user=…^Aauth=Bearer TOKEN^A^A."""
        import base64

        from aiosmtpd.smtp import AuthResult

        if len(args) < 2:
            return AuthResult(success=False, handled=False)
        fields = dict(
            part.split("=", 1)
            for part in base64.b64decode(args[1]).decode().split("\x01")
            if "=" in part
        )
        user = fields.get("user", "")
        ok = self.users.get(user) is not None and fields.get("auth") == f"Bearer {self.users[user]}"
        return AuthResult(success=ok, handled=False)

    def start(self) -> SmtpServer:
        from aiosmtpd.controller import Controller

        self.port = free_port()
        kwargs: dict = {}
        if self.users:
            kwargs = {"authenticator": self._auth, "auth_require_tls": False}
        if self.tls is not None:  # ("starttls" | "ssl", server SSLContext)
            mode, context = self.tls
            if mode == "ssl":
                kwargs["ssl_context"] = context
            else:
                kwargs.update(tls_context=context, require_starttls=True)
        controller = Controller(self, hostname=self.host, port=self.port, **kwargs)
        controller.start()
        self.controller = controller
        return self

    def _auth(self, server, session, envelope, mechanism, auth_data):
        from aiosmtpd.smtp import AuthResult, LoginPassword

        if isinstance(auth_data, LoginPassword):
            user = auth_data.login.decode()
            ok = self.users.get(user) == auth_data.password.decode()
            return AuthResult(success=ok, handled=False)
        return AuthResult(success=False, handled=False)

    def restart_with_tls(
        self, mode: str, folder: Path, users: dict[str, str] | None = None
    ) -> Path:
        """Start again offering TLS (`starttls` or `ssl`) with a certificate from a new
        test CA made in `folder` (and these logins, when given); the CA's PEM file."""
        import ssl

        ca, cert, key = make_certificates(folder)
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(cert, key)
        self.stop()
        self.tls = (mode, context)
        if users is not None:
            self.users = users
        self.start()
        return ca

    def stop(self) -> None:
        if self.controller is not None:
            self.controller.stop()  # type: ignore[attr-defined]
            self.controller = None

    def messages(self) -> list[Received]:
        with self.lock:
            return list(self.received)


DOVECOT_CONF = """\
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
protocols = imap
listen = 127.0.0.1
{ssl}
disable_plaintext_auth = no
auth_mechanisms = plain login{oauth_mechanisms}
mail_location = maildir:{root}/mail/%u
mail_uid = 65534
mail_gid = 65534
first_valid_uid = 65534
default_internal_user = dovecot
default_login_user = dovenull
passdb {{
  driver = static
  mechanisms = plain login
  args = password={password}
}}
{oauth_passdb}userdb {{
  driver = static
  args = uid=65534 gid=65534 home={root}/mail/%u
}}
namespace inbox {{
  inbox = yes
  mailbox Sent {{
    special_use = \\Sent
    auto = subscribe
  }}
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {imaps_port}
  }}
  chroot =
}}
service anvil {{
  chroot =
}}
"""


OAUTH2_CONF = """\
introspection_url = {url}
introspection_mode = auth
force_introspection = yes
username_attribute = email
active_attribute = active
active_value = true
"""


@dataclass
class Introspection:
    """An OAuth2 token introspection endpoint (RFC 7662 in spirit) on loopback, for
    Dovecot's oauth2 passdb: GET with `Authorization: Bearer TOKEN` answers
    {"active": true, "email": USER} for a token in `tokens`, else {"active": false}."""

    tokens: dict[str, str] = field(default_factory=dict)
    asked: list[str] = field(default_factory=list)
    server: object = None

    @property
    def url(self) -> str:
        host, port = self.server.server_address  # type: ignore[attr-defined]
        return f"http://{host}:{port}/introspect"

    def start(self) -> Introspection:
        import json
        from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server's name)
                token = self.headers.get("Authorization", "").removeprefix("Bearer ")
                outer.asked.append(token)
                user = outer.tokens.get(token)
                answer = {"active": True, "email": user} if user else {"active": False}
                body = json.dumps(answer).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        self.server = server
        return self

    def stop(self) -> None:
        if self.server is not None:
            self.server.shutdown()  # type: ignore[attr-defined]
            self.server.server_close()  # type: ignore[attr-defined]
            self.server = None


@dataclass
class Dovecot:
    """Debian's Dovecot, `dovecot -F -c FILE` on a free loopback port; every user logs in
    with `password` (mail owned by uid 65534). With `tls` (certificate and key files) it
    also offers STARTTLS on `port` and IMAPS on `imaps_port`; with `oauth_url` it takes
    XOAUTH2 and OAUTHBEARER logins, checking each token at that introspection URL."""

    password: str = "s3cret-pass"
    port: int = 0
    root: Path | None = None
    process: subprocess.Popen[bytes] | None = None
    tls: tuple[Path, Path] | None = None
    oauth_url: str = ""
    imaps_port: int = 0

    def start(self) -> Dovecot:
        binary = shutil.which("dovecot") or "/usr/sbin/dovecot"
        if not Path(binary).exists():
            raise RuntimeError("dovecot is not installed (Debian package dovecot-imapd)")
        self.root = Path(tempfile.mkdtemp(prefix="fu-dovecot-", dir="/tmp"))
        os.chmod(self.root, 0o755)
        mail = self.root / "mail"
        mail.mkdir()
        os.chown(mail, 65534, 65534)
        self.port = free_port()
        ssl, oauth_mechanisms, oauth_passdb = "ssl = no", "", ""
        if self.tls is not None:
            self.imaps_port = free_port()
            cert, key = self.tls
            ssl = f"ssl = yes\nssl_cert = <{cert}\nssl_key = <{key}"
        if self.oauth_url:
            oauth = self.root / "oauth2.conf.ext"
            oauth.write_text(OAUTH2_CONF.format(url=self.oauth_url))
            oauth_mechanisms = " xoauth2 oauthbearer"
            oauth_passdb = (
                "passdb {\n  driver = oauth2\n  mechanisms = xoauth2 oauthbearer\n"
                f"  args = {oauth}\n}}\n"
            )
        conf = self.root / "dovecot.conf"
        conf.write_text(
            DOVECOT_CONF.format(
                root=self.root,
                password=self.password,
                port=self.port,
                imaps_port=self.imaps_port,
                ssl=ssl,
                oauth_mechanisms=oauth_mechanisms,
                oauth_passdb=oauth_passdb,
            )
        )
        self.process = subprocess.Popen(
            [binary, "-F", "-c", str(conf)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"dovecot stopped: {self.process.stderr.read().decode()}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                    return self
            except OSError:
                time.sleep(0.05)
        self.stop()
        raise RuntimeError("dovecot did not start listening in time")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None
        if self.root is not None:
            shutil.rmtree(self.root, ignore_errors=True)

    def log(self) -> str:
        """What Dovecot logged so far (its logins say the method and whether TLS was on)."""
        assert self.root is not None
        path = self.root / "dovecot.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def new_user(self) -> str:
        return f"user-{uuid.uuid4().hex[:10]}@candidate.example"

    def client(self, user: str):
        from imapclient import IMAPClient

        client = IMAPClient("127.0.0.1", port=self.port, ssl=False, timeout=10)
        client.login(user, self.password)
        return client

    def deliver(self, user: str, raw: bytes, folder: str = "INBOX") -> None:
        """Put a message in the user's folder over IMAP (APPEND), as a real arrival looks."""
        client = self.client(user)
        try:
            client.append(folder, raw)
        finally:
            client.logout()

    def folder(self, user: str, folder: str) -> list[bytes]:
        client = self.client(user)
        try:
            client.select_folder(folder, readonly=True)
            uids = client.search(["ALL"])
            fetched = client.fetch(uids, ["BODY.PEEK[]"]) if uids else {}
            return [fetched[u][b"BODY[]"] for u in uids]
        finally:
            client.logout()


# ---------------------------------------------------------------- a round ready to send

PROFILE = {"name": "Alex Kim", "email": "alex@candidate.example"}
BODY = (
    "Dear Dana,\n\nThank you for arranging my interview for the Data Analyst role on "
    "Thursday. I enjoyed hearing about the Q3 dashboard migration.\n\nBest regards,\nAlex Kim\n"
)


def mail_settings(monkeypatch, smtp=None, imap=None, user=None, password=None):
    """Point the FOLLOWUP_SMTP_*/FOLLOWUP_IMAP_* settings at the test servers."""
    from followup.config import load_settings

    if smtp is not None:
        monkeypatch.setenv("FOLLOWUP_SMTP_HOST", "127.0.0.1")
        monkeypatch.setenv("FOLLOWUP_SMTP_PORT", str(smtp.port))
        monkeypatch.setenv("FOLLOWUP_SMTP_TLS", "none")
        monkeypatch.setenv("FOLLOWUP_SMTP_TIMEOUT", "5")
    if imap is not None:
        monkeypatch.setenv("FOLLOWUP_IMAP_HOST", "127.0.0.1")
        monkeypatch.setenv("FOLLOWUP_IMAP_PORT", str(imap.port))
        monkeypatch.setenv("FOLLOWUP_IMAP_TLS", "none")
        monkeypatch.setenv("FOLLOWUP_IMAP_USER", user)
        monkeypatch.setenv("FOLLOWUP_IMAP_PASSWORD", password or imap.password)
        monkeypatch.setenv("FOLLOWUP_IMAP_TIMEOUT", "10")
    return load_settings()


def add_round(settings, company="Acme", coordinator_email="dana@acme.example", deadline=None):
    """A video interview on Thu 2026-11-19 (window Mon 23 - Wed 25 Nov, New York) with a
    saved email draft to the coordinator; the round's id."""
    from datetime import date

    from followup.core.models import Draft, Format, Interview, Person, PersonRole
    from followup.services import records

    records.update_profile(settings, **PROFILE)
    interview = Interview(
        company=company,
        role="Data Analyst",
        interviewed=date(2026, 11, 19),
        format=Format.VIDEO,
        tz="America/New_York",
        deadline=deadline,
        people=[
            Person("Dana Reyes", coordinator_email, role=PersonRole.COORDINATOR),
            Person("Lee Park", "lee@" + coordinator_email.split("@")[1]),
        ],
        topics=["the Q3 dashboard migration"],
    )
    stored = records.add_interview(settings, interview)
    records.save_draft(
        settings,
        Draft(
            kind="email",
            body=BODY,
            subject="Thank you — Data Analyst interview",
            to_name="Dana Reyes",
            to_email=coordinator_email,
            round_id=stored.id,
        ),
    )
    return stored.id


def fill_outbox(settings, round_id, count, label=""):
    """`count` distinct messages of the round, all due a minute ago (forced: no window to
    close); their (Message-ID, message bytes) in order."""
    from dataclasses import replace
    from datetime import UTC, date, datetime, timedelta

    from followup.delivery.message import build, new_message_id
    from followup.services import sending
    from followup.store import db, queries

    prepared = sending.prepare(settings, round_id, today=date(2026, 11, 23))
    due = datetime.now(UTC).replace(tzinfo=None) - timedelta(minutes=1)
    out = []
    with db.transaction(settings.db_url) as conn:
        for i in range(count):
            mail = replace(
                prepared.mail,
                subject=f"Thank you #{label}{i}",
                message_id=new_message_id(prepared.mail.from_email),
            )
            raw = build(mail)
            out.append((mail.message_id, raw))
            queries.insert_outbox(
                conn,
                {
                    "round_id": round_id,
                    "due_at": due,
                    "tz": prepared.tz,
                    "forced": True,
                    "message_id": mail.message_id,
                    "sender": mail.from_email,
                    "recipient": mail.to_email,
                    "to_name": mail.to_name,
                    "subject": mail.subject,
                    "raw": raw.decode("ascii"),
                },
            )
    return out


def make_certificates(folder: Path) -> tuple[Path, Path, Path]:
    """A throw-away CA and a server certificate for 127.0.0.1 (openssl); (ca, cert, key)."""
    ca_key, ca = folder / "ca.key", folder / "ca.pem"
    key, csr, cert = folder / "server.key", folder / "server.csr", folder / "server.pem"
    ext = folder / "san.ext"
    ext.write_text("subjectAltName=IP:127.0.0.1,DNS:localhost\n")

    def run(*args: str) -> None:
        subprocess.run(["openssl", *args], check=True, capture_output=True)

    run("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(ca_key), "-out", str(ca),
        "-days", "2", "-subj", "/CN=followup test CA")  # fmt: skip
    run("req", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out", str(csr),
        "-subj", "/CN=127.0.0.1")  # fmt: skip
    run("x509", "-req", "-in", str(csr), "-CA", str(ca), "-CAkey", str(ca_key),
        "-CAcreateserial", "-out", str(cert), "-days", "2", "-extfile", str(ext))  # fmt: skip
    return ca, cert, key
