"""The guard in front of every request: a local server is still a server.

One ASGI middleware (`Guard`) runs before any route, in this order:

1. **Host**: a `Host` header that is not the bound name (`127.0.0.1:PORT` or `localhost:PORT`
   on loopback, else the address given to `--host`) gets 403 — a page of another site that
   rebinds its DNS name to 127.0.0.1 cannot read this one (DNS rebinding).
2. **Start token**: `?token=T` (the secret printed by `followup serve`, compared in constant
   time) is exchanged for a session cookie (HttpOnly, SameSite=Strict, this port's own name)
   and the address is redirected without it (303), so it leaves the address bar and history.
3. **Session**: every path but `/static/…` and `/favicon.ico` needs the session cookie; a
   request without one gets 401 and a page saying to open the printed link.
4. **State changes**: POST, PUT, PATCH and DELETE need an `Origin` equal to this server's own
   (`http://HOST:PORT`; or `null`, which a browser sends for a form posted from a
   no-referrer page, with its `Sec-Fetch-Site: same-origin`) and the session's CSRF token:
   in the `X-CSRF-Token` header (htmx sends it on every request, from `hx-headers` on the
   page's body) or, for a form posted without JavaScript, in its hidden `csrf_token` field
   (urlencoded or multipart; the body is read here, within the size limit, and handed on
   unchanged); else 403.
5. **Size**: a request body larger than `max_body` bytes (by `Content-Length`, or counted as it
   streams) gets 413 before a route reads it.

Every response, errors included, carries `Referrer-Policy: no-referrer` (a stored job URL
opened from a page never carries the address away), a Content-Security-Policy that allows
scripts and styles only from this server (no inline script, no eval), `X-Frame-Options: DENY`,
`X-Content-Type-Options: nosniff` and `Cache-Control: no-store`.
"""

from __future__ import annotations

import hmac
import ipaddress
import secrets
import threading
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass, field
from http.cookies import SimpleCookie
from typing import Any
from urllib.parse import parse_qsl, urlencode

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
PUBLIC_PREFIXES = ("/static/",)
PUBLIC_PATHS = frozenset({"/favicon.ico"})
CSRF_HEADER = "x-csrf-token"
CSRF_FIELD = "csrf_token"  # the hidden field of every state-changing form
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; "
    "base-uri 'none'; object-src 'none'"
)
SECURITY_HEADERS: tuple[tuple[bytes, bytes], ...] = (
    (b"referrer-policy", b"no-referrer"),
    (b"content-security-policy", CSP.encode()),
    (b"x-frame-options", b"DENY"),
    (b"x-content-type-options", b"nosniff"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
)
LOOPBACK_NAMES = ("127.0.0.1", "localhost")


def is_loopback(host: str) -> bool:
    """True for 127.0.0.0/8, ::1 and `localhost`."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def host_names(host: str, port: int) -> frozenset[str]:
    """The `Host` header values this server answers: the bound address with its port (and
    `localhost` and 127.0.0.1 when bound to loopback)."""
    bound = f"[{host}]" if ":" in host and not host.startswith("[") else host
    names = {bound}
    if is_loopback(host):
        names.update(LOOPBACK_NAMES)
    return frozenset(f"{name}:{port}".lower() for name in names)


@dataclass
class Sessions:
    """The browser sessions of one running server: session id → CSRF token, in memory only
    (a restart asks for the new start link)."""

    token: str
    _csrf: dict[str, str] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def token_ok(self, given: str) -> bool:
        return hmac.compare_digest(given.encode(), self.token.encode())

    def open(self) -> str:
        sid = secrets.token_urlsafe(32)
        with self._lock:
            self._csrf[sid] = secrets.token_urlsafe(32)
        return sid

    def csrf(self, sid: str | None) -> str | None:
        if not sid:
            return None
        with self._lock:
            return self._csrf.get(sid)


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", ()):
        if key == name:
            return str(value.decode("latin-1"))
    return None


def _cookie(scope: Scope, name: str) -> str | None:
    raw = _header(scope, b"cookie")
    if not raw:
        return None
    jar: SimpleCookie = SimpleCookie()
    try:
        jar.load(raw)
    except Exception:  # a malformed Cookie header is no session
        return None
    morsel = jar.get(name)
    return morsel.value if morsel is not None else None


class Guard:
    """The ASGI middleware described in the module docstring."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        sessions: Sessions,
        host: str,
        port: int,
        max_body: int,
        unauthorized: Callable[[], bytes] | None = None,
    ) -> None:
        self.app = app
        self.sessions = sessions
        self.port = port
        self.hosts = host_names(host, port)
        self.max_body = max_body
        self.cookie_name = f"followup_session_{port}"
        self.unauthorized = unauthorized or (lambda: b"Open the link that followup serve printed.")

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            if scope["type"] == "lifespan":
                await self.app(scope, receive, send)
            return  # websockets are not served

        async def send_secured(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [
                    (k, v)
                    for k, v in message.get("headers", [])
                    if k.lower() not in {h for h, _ in SECURITY_HEADERS}
                ]
                headers.extend(SECURITY_HEADERS)
                if not any(k.lower() == b"cache-control" for k, _ in headers):
                    headers.append((b"cache-control", b"no-store"))
                message["headers"] = headers
            await send(message)

        host = (_header(scope, b"host") or "").lower()
        if host not in self.hosts:
            await _plain(send_secured, 403, b"Forbidden: this server answers only to its own name.")
            return
        path = scope.get("path", "")
        query = scope.get("query_string", b"").decode("latin-1")
        pairs = parse_qsl(query, keep_blank_values=True)
        given = [v for k, v in pairs if k == "token"]
        if given:
            await self._exchange(scope, send_secured, given[0], path, pairs)
            return
        if path in PUBLIC_PATHS or path.startswith(PUBLIC_PREFIXES):
            if scope["method"] not in ("GET", "HEAD"):
                await _plain(send_secured, 405, b"Method not allowed.")
                return
            await self.app(scope, receive, send_secured)
            return
        sid = _cookie(scope, self.cookie_name)
        csrf = self.sessions.csrf(sid)
        if csrf is None:
            await _page(send_secured, 401, self.unauthorized())
            return
        if scope["method"] in UNSAFE_METHODS:
            origin = _header(scope, b"origin")
            if not _same_origin(origin, _header(scope, b"sec-fetch-site"), host):
                await _plain(send_secured, 403, b"Forbidden: the request came from another site.")
                return
        length = _header(scope, b"content-length")
        if length is not None:
            try:
                too_big = int(length) > self.max_body
            except ValueError:
                await _plain(send_secured, 400, b"Bad Content-Length.")
                return
            if too_big:
                await _plain(send_secured, 413, b"The upload is too large.")
                return
        if scope["method"] in UNSAFE_METHODS:
            token = _header(scope, CSRF_HEADER.encode())
            if token is None:  # a form posted without JavaScript: its hidden field
                body = await _read_body(receive, self.max_body)
                if body is None:
                    await _plain(send_secured, 413, b"The upload is too large.")
                    return
                token = form_field(_header(scope, b"content-type") or "", body, CSRF_FIELD)
                receive = _replay(body, receive)
            if not hmac.compare_digest((token or "").encode(), csrf.encode()):
                await _plain(send_secured, 403, b"Forbidden: the form's security token is missing.")
                return
        scope.setdefault("state", {})
        scope["state"]["csrf_token"] = csrf
        await self._limited(scope, receive, send_secured)

    async def _limited(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Run the app, answering 413 as soon as the streamed body passes the limit (then
        the app sees the client gone, and whatever it answers is dropped)."""
        seen = 0
        refused = False

        async def limited_receive() -> Message:
            nonlocal seen, refused
            if refused:
                return {"type": "http.disconnect"}
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_body:
                    refused = True
                    await _plain(send, 413, b"The upload is too large.")
                    return {"type": "http.disconnect"}
            return message

        async def guarded_send(message: Message) -> None:
            if not refused:
                await send(message)

        try:
            await self.app(scope, limited_receive, guarded_send)
        except Exception:
            if not refused:
                raise

    async def _exchange(
        self, scope: Scope, send: Send, given: str, path: str, pairs: list[tuple[str, str]]
    ) -> None:
        if scope["method"] not in ("GET", "HEAD") or not self.sessions.token_ok(given):
            await _page(send, 403, self.unauthorized())
            return
        sid = self.sessions.open()
        rest = urlencode([(k, v) for k, v in pairs if k != "token"])
        location = (path or "/") + (f"?{rest}" if rest else "")
        if not location.startswith("/") or location.startswith("//"):
            location = "/"
        cookie = f"{self.cookie_name}={sid}; Path=/; HttpOnly; SameSite=Strict"
        await send(
            {
                "type": "http.response.start",
                "status": 303,
                "headers": [
                    (b"location", location.encode("latin-1", "replace")),
                    (b"set-cookie", cookie.encode()),
                    (b"content-length", b"0"),
                ],
            }
        )
        await send({"type": "http.response.body", "body": b""})


def _same_origin(origin: str | None, fetch_site: str | None, host: str) -> bool:
    """Whether a state change comes from this server's own pages: its `Origin` is
    `http://HOST:PORT`; or it is `null` (as a browser sends on a form posted under
    `Referrer-Policy: no-referrer`) and the browser's own `Sec-Fetch-Site` header, which no
    page can set, says `same-origin`."""
    if origin is None:
        return False
    if origin.lower() == f"http://{host}":
        return True
    return origin == "null" and fetch_site == "same-origin"


async def _read_body(receive: Receive, limit: int) -> bytes | None:
    """The whole request body (None when it passes `limit` bytes or the client left)."""
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] != "http.request":
            return None
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            return None
        chunks.append(chunk)
        if not message.get("more_body"):
            return b"".join(chunks)


def _replay(body: bytes, receive: Receive) -> Receive:
    """A `receive` that gives `body` once, then what the client sends (its disconnect)."""
    given = False

    async def replay() -> Message:
        nonlocal given
        if not given:
            given = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replay


def form_field(content_type: str, body: bytes, name: str) -> str | None:
    """The value of the text field `name` of a form body, urlencoded or multipart/form-data
    (None when the body has none or cannot be read)."""
    from python_multipart.multipart import parse_options_header

    kind, params = parse_options_header(content_type)
    if kind == b"application/x-www-form-urlencoded":
        pairs = parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True)
        return next((v for k, v in pairs if k == name), None)
    if kind == b"multipart/form-data" and params.get(b"boundary"):
        try:
            return _multipart_field(body, params[b"boundary"], name.encode())
        except Exception:  # a malformed body has no token
            return None
    return None


def _multipart_field(body: bytes, boundary: bytes, wanted: bytes) -> str | None:
    """The first part named `wanted` of a multipart/form-data body, read with
    python-multipart's parser (file parts are skipped, not stored)."""
    from python_multipart.multipart import MultipartParser, parse_options_header

    part: dict[str, Any] = {"field": b"", "value": b"", "name": None, "data": []}
    found: list[bytes] = []

    def on_part_begin() -> None:
        part.update(name=None, data=[])

    def on_header_field(data: bytes, start: int, end: int) -> None:
        part["field"] += data[start:end]

    def on_header_value(data: bytes, start: int, end: int) -> None:
        part["value"] += data[start:end]

    def on_header_end() -> None:
        if part["field"].lower() == b"content-disposition":
            part["name"] = parse_options_header(part["value"])[1].get(b"name")
        part.update(field=b"", value=b"")

    def on_part_data(data: bytes, start: int, end: int) -> None:
        if part["name"] == wanted:
            part["data"].append(data[start:end])

    def on_part_end() -> None:
        if part["name"] == wanted:
            found.append(b"".join(part["data"]))

    parser = MultipartParser(
        boundary,
        callbacks={
            "on_part_begin": on_part_begin,
            "on_header_field": on_header_field,
            "on_header_value": on_header_value,
            "on_header_end": on_header_end,
            "on_part_data": on_part_data,
            "on_part_end": on_part_end,
        },
    )
    parser.write(body)
    parser.finalize()
    return found[0].decode("utf-8", "replace") if found else None


async def _plain(send: Send, status: int, body: bytes) -> None:
    await _respond(send, status, body, b"text/plain; charset=utf-8")


async def _page(send: Send, status: int, body: bytes) -> None:
    await _respond(send, status, body, b"text/html; charset=utf-8")


async def _respond(send: Send, status: int, body: bytes, kind: bytes) -> None:
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [(b"content-type", kind), (b"content-length", str(len(body)).encode())],
        }
    )
    await send({"type": "http.response.body", "body": body})
