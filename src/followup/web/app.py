"""The web app's factory: `create_app(WebConfig)` → an ASGI app (FastAPI inside the Guard).

Routes live in `web/pages.py` (HTML pages and htmx partials, left out of the OpenAPI schema)
and `web/api.py` (the JSON API under `/api`, described at `/openapi.json`). Both only call
`followup.services`; a `FollowupError` becomes a page, a partial or `{"error": …}` with the
error's HTTP status.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from followup import __version__
from followup.core.errors import FollowupError
from followup.web import render
from followup.web.security import Guard, Sessions
from followup.web.uploads import Uploads

if TYPE_CHECKING:
    from followup.config import Settings
    from followup.web.livecheck import LiveChecker

STATIC = Path(__file__).resolve().parent / "static"
DEFAULT_MAX_UPLOAD = 25_000_000  # bytes: an invite, an export or a short phone video


@dataclass
class WebConfig:
    """What one running server knows: settings, where it listens, its start token."""

    settings: Settings
    host: str = "127.0.0.1"
    port: int = 8765
    token: str = field(default_factory=lambda: secrets.token_urlsafe(32))
    max_upload: int = DEFAULT_MAX_UPLOAD
    today: str | None = None  # --today: the date status is judged against (default: the clock)

    @property
    def start_url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}/?token={self.token}"


def context(request: Request) -> WebConfig:
    """The server's WebConfig (a FastAPI dependency)."""
    config: WebConfig = request.app.state.web
    return config


def create_app(
    config: WebConfig, uploads: Uploads | None = None, checker: LiveChecker | None = None
) -> Guard:
    """The whole app: routes, static files, error pages, behind the Guard. `checker` runs
    the draft editor's live checks (in the thread pool without one)."""
    from followup.web import api, pages

    app = FastAPI(
        title="followup",
        version=__version__,
        description="The JSON API of the followup web app (local, one user).",
        docs_url=None,
        redoc_url=None,
        openapi_url="/openapi.json",
    )
    app.state.web = config
    app.state.uploads = uploads or Uploads(max_files=50)
    app.state.checker = checker
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.include_router(pages.router)
    app.include_router(api.router)

    @app.exception_handler(FollowupError)
    async def followup_error(request: Request, exc: FollowupError) -> Response:
        return error_response(request, exc.http_status, exc.message)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        message = "No such page." if exc.status_code == 404 else str(exc.detail)
        return error_response(request, exc.status_code, message)

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError) -> Response:
        errors = exc.errors()
        first = errors[0] if errors else {}
        where = ".".join(str(p) for p in first.get("loc", ())[1:]) or "the request"
        message = f"{where}: {first.get('msg', 'invalid')}"
        if request.url.path.startswith("/api/"):
            return JSONResponse({"error": message, "detail": _plain(errors)}, status_code=422)
        return error_response(request, 422, message)

    return Guard(
        app,
        sessions=Sessions(config.token),
        host=config.host,
        port=config.port,
        max_body=config.max_upload,
        unauthorized=lambda: render.page_bytes("unauthorized.html"),
    )


def _plain(errors: Any) -> Any:
    """Validation details as JSON can carry them (exceptions and bytes become text)."""
    if isinstance(errors, dict):
        return {k: _plain(v) for k, v in errors.items() if k != "ctx"}
    if isinstance(errors, list | tuple):
        return [_plain(e) for e in errors]
    if isinstance(errors, str | int | float | bool) or errors is None:
        return errors
    return str(errors)


def error_response(request: Request, status: int, message: str) -> Response:
    """JSON for the API, a flash partial for htmx, else a whole error page."""
    if request.url.path.startswith("/api/"):
        return JSONResponse({"error": message}, status_code=status)
    if request.headers.get("hx-request"):
        response = render.partial(request, "partials/flash.html", message=message, level="error")
        response.status_code = status
        response.headers["HX-Retarget"] = "#flash"
        response.headers["HX-Reswap"] = "innerHTML"
        return response
    return render.page(request, "error.html", status=status, code=status, message=message)
