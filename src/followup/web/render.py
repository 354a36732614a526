"""Jinja2 templates for pages and htmx partials: autoescaped, always.

User text reaches a page only through `{{ … }}`, which escapes it (no template marks anything
`|safe`); the few shapes drawn in code (the highlighted draft, the SVG timeline) are built from
escaped pieces by `markup` helpers here.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2
from fastapi import Request
from fastapi.responses import HTMLResponse
from markupsafe import Markup, escape

TEMPLATES = Path(__file__).resolve().parent / "templates"
HTMX = "htmx-2.0.11.min.js"
# htmx settings for a strict Content-Security-Policy: no eval, no injected <style>, no
# <script> in swapped content; errors (4xx/5xx) are swapped too, into #flash.
HTMX_CONFIG = (
    '{"allowEval": false, "allowScriptTags": false, "includeIndicatorStyles": false, '
    '"selfRequestsOnly": true, "historyCacheSize": 0, "responseHandling": ['
    '{"code": "204", "swap": false}, {"code": "[23]..", "swap": true}, '
    '{"code": "[45]..", "swap": true, "error": true}]}'
)
NAV = (
    ("/", "Today"),
    ("/interviews", "Interviews"),
    ("/outbox", "Outbox"),
    ("/profile", "Profile"),
    ("/settings", "Settings"),
)


def day(value: str | date | None, long: bool = True) -> str:
    """'Mon 23 Nov 2026' (or 'Mon 23 Nov' when `long` is false) from a date or ISO text."""
    if value is None or value == "":
        return ""
    try:
        d = value if isinstance(value, date) else date.fromisoformat(str(value)[:10])
    except ValueError:
        return str(value)
    return f"{d:%a} {d.day} {d:%b}" + (f" {d.year}" if long else "")


def window_text(window: dict[str, str] | None) -> str:
    """'Mon 23 Nov – Wed 25 Nov 2026', or one day when the window is one day."""
    if not window:
        return "no window"
    first, last = window.get("earliest"), window.get("latest")
    if first == last:
        return day(first)
    return f"{day(first, long=False)} – {day(last)}"


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        autoescape=True,
        undefined=jinja2.ChainableUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["day"] = day
    env.filters["window"] = window_text
    env.globals.update(htmx=HTMX, htmx_config=HTMX_CONFIG, nav=NAV)
    return env


def _context(request: Request | None, values: dict[str, Any]) -> dict[str, Any]:
    csrf = ""
    path = "/"
    if request is not None:
        csrf = csrf_of(request)
        path = request.url.path
    return {"csrf_token": csrf, "path": path, "request_path": path, **values}


def page(request: Request | None, name: str, status: int = 200, **values: Any) -> HTMLResponse:
    """A whole page (it extends base.html)."""
    return HTMLResponse(page_html(request, name, **values), status_code=status)


def page_html(request: Request | None, name: str, **values: Any) -> str:
    """A whole page's HTML."""
    return environment().get_template(name).render(_context(request, values))


def csrf_of(request: Request) -> str:
    """The session's CSRF token (set by the Guard), which the page's forms carry."""
    return str(request.scope.get("state", {}).get("csrf_token", ""))


def partial(
    request: Request | None, name: str, *, back: str = "/", title: str = "Done", **values: Any
) -> HTMLResponse:
    """An htmx partial: a fragment of a page. A form posted without JavaScript gets it as a
    whole page instead (`title`, the fragment, a link `back`)."""
    if request is not None and not request.headers.get("hx-request"):
        values = {**values, "fragment": name, "back": back, "title": title}
        html = environment().get_template("result.html").render(_context(request, values))
        return HTMLResponse(html)
    html = environment().get_template(name).render(_context(request, values))
    return HTMLResponse(html)


def fragment(name: str, **values: Any) -> str:
    """A partial's HTML without a request (it needs no CSRF token): what a worker process
    renders."""
    return environment().get_template(name).render(_context(None, values))


def findings_view(checked: Any) -> dict[str, Any]:
    """The findings partial's values from a `drafting.LiveCheck`."""
    result = checked.result
    if result is None:
        return {"result": None, "preview": None, "findings": [], "missing": []}
    findings = list(result.issues) + list(result.advice)
    spans = [(f.start, f.end, f.code, i) for i, f in enumerate(findings)]
    missing = [(name, result.suggestions.get(name, "")) for name in result.missing]
    return {
        "result": result,
        "preview": highlighted(checked.checked, spans),
        "findings": list(enumerate(findings)),
        "issue_count": len(result.issues),
        "missing": missing,
    }


def page_bytes(name: str, **values: Any) -> bytes:
    return environment().get_template(name).render(_context(None, values)).encode("utf-8")


def highlighted(text: str, spans: list[tuple[int, int, str, int]]) -> Markup:
    """`text` with each (start, end, code, index) span wrapped in <mark>, everything escaped.
    Where spans overlap, the shorter one is marked (a finding about the whole note, such as
    its length, must not hide the words a finding points at)."""
    chosen: list[tuple[int, int, str, int]] = []
    for span in sorted(spans, key=lambda s: (s[1] - s[0], s[0])):
        if all(span[1] <= c[0] or span[0] >= c[1] for c in chosen):
            chosen.append(span)
    out: list[str] = []
    pos = 0
    for start, end, code, index in sorted(chosen):
        start, end = max(start, pos), min(end, len(text))
        if start >= end:
            continue
        out.append(str(escape(text[pos:start])))
        out.append(
            f'<mark class="finding-{escape(code)}" id="mark-{index}">'
            f"{escape(text[start:end])}</mark>"
        )
        pos = end
    out.append(str(escape(text[pos:])))
    return Markup("".join(out))
