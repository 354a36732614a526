"""A local server is still a server: every route behind the Host check, the session, the CSRF
token and a same-origin Origin; security headers on every answer; uploads never written under
their own names."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from webtools import ORIGIN, PORT, ROUND, Web, stored_round, web  # noqa: F401

UNSAFE = ("POST", "PUT", "PATCH", "DELETE")


def _all(items: Any) -> Any:
    for route in items:
        inner = getattr(route, "original_router", None)  # an included router
        if inner is not None:
            yield from _all(inner.routes)
        else:
            yield route


def routes(web: Web) -> list[tuple[str, str]]:
    """(method, path) of every route of the app, ids filled in with 1."""
    out = []
    for route in _all(web.guard.app.routes):
        methods = getattr(route, "methods", None) or {"GET"}
        path = re.sub(r"\{[^}]+\}", "1", route.path)
        if path == "/static":
            path = "/static/app.css"
        for method in sorted(methods - {"HEAD"}):
            out.append((method, path))
    return out


def test_the_route_list_covers_pages_api_and_static(web: Web) -> None:
    found = routes(web)
    assert ("GET", "/") in found and ("POST", "/api/rounds") in found
    assert ("GET", "/static/app.css") in found and ("GET", "/openapi.json") in found
    assert len([r for r in found if r[0] in UNSAFE]) >= 15


@pytest.mark.parametrize(
    "host",
    ["evil.example", f"evil.example:{PORT}", "127.0.0.1:9999", "localhost", "", "127.0.0.2:8123"],
)
def test_every_route_refuses_a_foreign_host(
    web: Web, stored_round: dict[str, Any], host: str
) -> None:
    for method, path in routes(web):
        answer = web.send(method, path, headers={"Host": host})
        assert answer.status_code == 403, (method, path, host)
        assert answer.headers["referrer-policy"] == "no-referrer"
        assert "Acme" not in answer.text


def test_loopback_names_are_both_accepted(web: Web) -> None:
    for host in (f"127.0.0.1:{PORT}", f"localhost:{PORT}", f"LOCALHOST:{PORT}"):
        assert web.client.get("/", headers={"Host": host}).status_code == 200


def test_a_bound_lan_address_answers_only_to_that_name() -> None:
    from followup.web.security import host_names

    assert host_names("192.168.1.5", 8000) == frozenset({"192.168.1.5:8000"})
    assert host_names("::1", 8000) >= {"[::1]:8000", "localhost:8000", "127.0.0.1:8000"}


def test_every_state_change_needs_the_csrf_token(web: Web, stored_round: dict[str, Any]) -> None:
    before = web.client.get("/export.json").json()["tables"]
    for method, path in routes(web):
        if method not in UNSAFE:
            continue
        missing = web.client.request(method, path, headers={"Origin": ORIGIN}, json={})
        assert missing.status_code == 403, (method, path)
        wrong = web.client.request(
            method, path, headers={"Origin": ORIGIN, "X-CSRF-Token": "guess"}, json={}
        )
        assert wrong.status_code == 403, (method, path)
    assert web.client.get("/export.json").json()["tables"] == before


@pytest.mark.parametrize(
    "origin",
    [
        None,
        "http://evil.example",
        f"http://127.0.0.1:{PORT + 1}",
        "null",
        f"https://127.0.0.1:{PORT}",
    ],
)
def test_every_state_change_needs_a_same_origin_origin(
    web: Web, stored_round: dict[str, Any], origin: str | None
) -> None:
    before = web.client.get("/export.json").json()["tables"]
    for method, path in routes(web):
        if method not in UNSAFE:
            continue
        headers = {"X-CSRF-Token": web.csrf}
        if origin is not None:
            headers["Origin"] = origin
        answer = web.client.request(method, path, headers=headers, json={})
        assert answer.status_code == 403, (method, path, origin)
    assert web.client.get("/export.json").json()["tables"] == before


def test_without_the_session_nothing_but_static_files_answers(web: Web) -> None:
    from fastapi.testclient import TestClient

    stranger = TestClient(web.guard, base_url=ORIGIN)
    for method, path in routes(web):
        answer = stranger.request(
            method, path, headers={"Origin": ORIGIN, "X-CSRF-Token": web.csrf}
        )
        if path.startswith("/static/") or path == "/favicon.ico":
            assert answer.status_code in (200, 204)
        else:
            assert answer.status_code == 401, (method, path)
            assert "start link" in answer.text


def test_the_start_token_becomes_a_strict_httponly_cookie_and_leaves_the_address(web: Web) -> None:
    from fastapi.testclient import TestClient

    browser = TestClient(web.guard, base_url=ORIGIN)
    answer = browser.get(
        f"/interviews?status=active&token={web.config.token}", follow_redirects=False
    )
    assert answer.status_code == 303
    assert answer.headers["location"] == "/interviews?status=active"
    cookie = answer.headers["set-cookie"]
    assert cookie.startswith(f"followup_session_{PORT}=")
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie and "Path=/" in cookie
    assert answer.headers["referrer-policy"] == "no-referrer"
    assert browser.get("/interviews").status_code == 200


def test_a_wrong_token_signs_nobody_in(web: Web) -> None:
    from fastapi.testclient import TestClient

    browser = TestClient(web.guard, base_url=ORIGIN)
    for token in ("wrong", "", web.config.token + "x", web.config.token[:-1]):
        answer = browser.get(f"/?token={token}", follow_redirects=False)
        assert answer.status_code == 403
        assert "set-cookie" not in answer.headers
    assert browser.get("/").status_code == 401


def test_every_answer_carries_the_security_headers(web: Web, stored_round: dict[str, Any]) -> None:
    for method, path in [*routes(web), ("GET", "/no/such/page"), ("GET", "/rounds/999")]:
        if method != "GET":
            continue
        answer = web.client.get(path)
        headers = answer.headers
        assert headers["referrer-policy"] == "no-referrer", path
        csp = headers["content-security-policy"]
        assert (
            "script-src 'self'" in csp and "unsafe-inline" not in csp and "unsafe-eval" not in csp
        )
        assert headers["x-frame-options"] == "DENY"
        assert headers["x-content-type-options"] == "nosniff"


PAGES = (
    "/",
    "/interviews",
    "/interviews/new",
    "/import",
    "/rounds/1",
    "/rounds/1/edit",
    "/profile",
    "/settings",
)


def test_pages_have_no_inline_script_and_configure_htmx_for_the_policy(
    web: Web, stored_round: dict[str, Any]
) -> None:
    web.post("/api/rounds/1/drafts", json={})
    for path in PAGES:
        html = web.client.get(path).text
        for tag in re.findall(r"<script\b[^>]*>", html):
            assert "src=" in tag, (path, tag)
        assert not re.search(r"<script\b[^>]*>\s*[^<\s]", html), path
        assert not re.search(r"\son[a-z]+\s*=", html), path  # no inline handlers
        assert not re.search(r"hx-on|hx-vars|js:", html), path
        assert (
            "&#34;allowEval&#34;: false" in html
            and "&#34;includeIndicatorStyles&#34;: false" in html
        )
        assert 'name="referrer" content="no-referrer"' in html


def test_get_never_changes_state(web: Web, stored_round: dict[str, Any]) -> None:
    web.post("/api/rounds/1/drafts", json={})
    before = web.client.get("/export.json").json()["tables"]
    for method, path in routes(web):
        if method == "GET":
            web.client.get(path)
    for path in ("/?company=x", "/interviews?due=1", "/rounds/1?draft=1", "/api/today?days=30"):
        web.client.get(path)
    assert web.client.get("/export.json").json()["tables"] == before


XSS = [
    "<script>alert('x1')</script>",
    '"><img src=x onerror=alert(2)>',
    "'><svg onload=alert(3)>",
    "</textarea><script>alert(4)</script>",
    "{{ 7*7 }}{% raw %}",
    "javascript:alert(5)",
]


def test_user_text_is_escaped_everywhere(web: Web) -> None:
    body = {
        **ROUND,
        "company": XSS[0] + " Corp",
        "role": XSS[1],
        "coordinator": 'O\'Brien &amp; "Sons" <maria@acme.example>',
        "interviewers": ["Tom {{ 7*7 }} <tom@acme.example>"],
        "topics": [XSS[4], XSS[0]],
        "items": [XSS[1]],
        "notes": "\n".join(XSS),
    }
    answer = web.post("/api/rounds", json=body)
    assert answer.status_code == 201, answer.text
    round_id = answer.json()["id"]
    web.post("/profile", data={"name": XSS[1], "qualifications": XSS[0]})
    drafts = web.post(f"/api/rounds/{round_id}/drafts", json={}).json()["drafts"]
    draft_id = drafts[0]["id"]
    web.send(
        "PUT",
        f"/api/drafts/{draft_id}",
        json={"text": "Subject: " + XSS[0] + "\n\n" + "\n".join(XSS)},
    )
    pages = [
        web.client.get(p).text
        for p in (
            "/",
            "/interviews",
            f"/rounds/{round_id}",
            f"/rounds/{round_id}/edit",
            "/profile",
            f"/rounds/{round_id}?draft={draft_id}",
        )
    ]
    pages.append(
        web.post(f"/rounds/{round_id}/check", data={"kind": "email", "text": "\n".join(XSS)}).text
    )
    pages.append(
        web.post(f"/drafts/{draft_id}", data={"text": "Subject: hi\n\n" + "\n".join(XSS)}).text
    )
    # a refused value comes back in the form's error message and in the form itself
    refused = {"company": XSS[3], "role": "r", "interviewed": "2026-11-19", "format": "video"}
    refused["coordinator"] = f"{XSS[2]} <maria@acme.example>"
    form_page = web.post("/interviews", data=refused).text
    assert "is not an email address" in form_page  # the <svg …> part, refused and escaped
    pages.append(form_page)
    everything = "\n".join(pages)
    for payload in XSS[:4]:
        assert payload not in everything
    assert "onerror=alert" not in everything.replace("onerror=alert(2)&gt;", "")
    assert (
        "<script>alert" not in everything
        and "<img src=x" not in everything
        and "<svg onload" not in everything
    )
    assert "&lt;script&gt;alert(&#39;x1&#39;)&lt;/script&gt;" in everything
    assert "{{ 7*7 }}" in everything and "49" not in everything  # text, not a template
    assert "O&#39;Brien &amp;amp; &#34;Sons" in everything


def test_an_upload_named_with_a_path_is_stored_under_a_random_name(
    web: Web, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    work = tmp_path / "a" / "b"
    work.mkdir(parents=True)
    monkeypatch.chdir(work)
    invite = (Path(__file__).parent.parent / "fixtures" / "invites" / "zoom.ics").read_bytes()
    for name in ("../../x", "..\\..\\x", "/etc/passwd", "../../x.ics"):
        answer = web.post("/import/preview", files={"file": (name, invite, "text/calendar")})
        assert answer.status_code == 200, answer.text
        assert not (tmp_path / "x").exists() and not (tmp_path / "x.ics").exists()
        stored = list(web.uploads.folder.iterdir())
        assert stored and all(re.fullmatch(r"[0-9a-f]{32}(\.ics)?", p.name) for p in stored)
        assert "../" not in answer.text and "..\\" not in answer.text
    assert "<code>x.ics</code>" in answer.text
    assert oct(web.uploads.folder.stat().st_mode & 0o777) == "0o700"


def test_uploads_are_size_limited() -> None:
    from webtools import make_web

    small = make_web(max_upload=10_000)
    try:
        big = b"BEGIN:VCALENDAR\r\n" + b"X" * 20_000
        answer = small.post("/import/preview", files={"file": ("big.ics", big, "text/calendar")})
        assert answer.status_code == 413
        assert answer.headers["referrer-policy"] == "no-referrer"
        assert not list(small.uploads.folder.iterdir()) if small.uploads._folder else True
    finally:
        small.uploads.close()


def test_a_streamed_body_past_the_limit_is_refused() -> None:
    from webtools import make_web

    small = make_web(max_upload=10_000)
    try:

        def chunks() -> Any:
            for _ in range(30):
                yield b"x" * 1000

        answer = small.post(
            "/api/check", content=chunks(), headers={"Content-Type": "application/json"}
        )
        assert answer.status_code == 413
    finally:
        small.uploads.close()


def test_a_form_posted_without_javascript_carries_the_token_in_a_hidden_field(
    web: Web, stored_round: dict[str, Any]
) -> None:
    rid = stored_round["id"]
    # every state-changing form of the pages has the field, with the session's token
    pages = ["/profile", "/settings", "/outbox", "/import", "/interviews/new", f"/rounds/{rid}"]
    web.post(f"/api/rounds/{rid}/drafts", json={"kind": "email"})
    for path in pages:
        html = web.client.get(path).text
        for form in re.findall(r"<form\b[^>]*>.*?</form>", html, re.S):
            if 'method="post"' in form:
                field = f'<input type="hidden" name="csrf_token" value="{web.csrf}">'
                assert field in form, (path, form[:200])
    # urlencoded: the field stands in for the header; the Origin is still checked
    form = {"csrf_token": web.csrf, "name": "Sam Rivera", "email": "sam@example.org"}
    saved = web.client.post("/profile", data=form, headers={"Origin": ORIGIN})
    assert saved.status_code == 200 and "Saved." in saved.text and "<h1>Your profile" in saved.text
    for headers, data in (
        ({"Origin": ORIGIN}, {**form, "csrf_token": "guess"}),
        ({"Origin": ORIGIN}, {k: v for k, v in form.items() if k != "csrf_token"}),
        ({"Origin": "http://evil.example"}, form),
        ({}, form),
        ({"Origin": ORIGIN, "X-CSRF-Token": "guess"}, form),  # a wrong header is not overruled
    ):
        answer = web.client.post("/profile", data={**data, "name": "Mallory"}, headers=headers)
        assert answer.status_code == 403, (headers, data)
    assert web.client.get("/api/profile").json()["name"] == "Sam Rivera"
    # a redirect where htmx would reload: 303 See Other to the round's page
    done = web.client.post(
        f"/rounds/{rid}/done",
        data={"csrf_token": web.csrf, "via": "email"},
        headers={"Origin": ORIGIN},
        follow_redirects=False,
    )
    assert done.status_code == 303 and done.headers["location"] == f"/rounds/{rid}"


def test_a_multipart_form_without_javascript_carries_the_token_too(web: Web) -> None:
    export = web.client.get("/export.json").content
    files = {"file": ("../../export.json", export, "application/json")}
    refused = web.client.post(
        "/restore", data={"csrf_token": "guess"}, files=files, headers={"Origin": ORIGIN}
    )
    assert refused.status_code == 403
    restored = web.client.post(
        "/restore", data={"csrf_token": web.csrf}, files=files, headers={"Origin": ORIGIN}
    )
    assert restored.status_code == 200 and "Restored:" in restored.text
    assert 'href="/settings">Back</a>' in restored.text  # a whole page, with the way back


def test_a_null_origin_passes_only_when_the_browser_says_same_origin(web: Web) -> None:
    """A form posted from a no-referrer page has `Origin: null`; the browser's
    Sec-Fetch-Site (which no page can set) tells its own page from another site's."""
    form = {"csrf_token": web.csrf, "name": "Sam Rivera"}
    for site, status in (
        ("same-origin", 200),
        ("cross-site", 403),
        ("same-site", 403),
        (None, 403),
    ):
        headers = {"Origin": "null"}
        if site is not None:
            headers["Sec-Fetch-Site"] = site
        answer = web.client.post("/profile", data=form, headers=headers)
        assert answer.status_code == status, site
