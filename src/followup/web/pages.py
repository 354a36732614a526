"""The HTML pages and their htmx partials. Each route reads the request, calls services, renders.

GET routes only read. Every POST is sent by htmx (which adds the CSRF header); a form that
fails validation comes back with the services' own message, as the command line prints it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, TypeVar

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, PlainTextResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData, UploadFile

from followup.core.errors import FollowupError, InvalidInput
from followup.web import render
from followup.web.app import WebConfig
from followup.web.uploads import Uploads

router = APIRouter(include_in_schema=False)
T = TypeVar("T")

FORMATS = ("video", "phone", "in-person")
CHANNELS = ("unknown", "email", "phone")
STATUSES = ("active", "offer", "rejected", "withdrawn", "closed")
DRAFT_KINDS = ("email", "letter", "card", "phone", "video", "check-in")
VIA = ("email", "phone", "letter", "card", "video", "in-person")
TODAY_ROWS = 10  # cards a section of Today shows before "Show all" (as `followup today`)


def _web(request: Request) -> WebConfig:
    config: WebConfig = request.app.state.web
    return config


def _uploads(request: Request) -> Uploads:
    uploads: Uploads = request.app.state.uploads
    return uploads


async def call(fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """Run a (blocking) service call in the thread pool."""
    return await run_in_threadpool(fn, *args, **kwargs)


def _text(form: FormData, name: str) -> str | None:
    value = form.get(name)
    if value is None or isinstance(value, UploadFile):
        return None
    text = str(value).strip()
    return text or None


def _lines(form: FormData, name: str) -> list[str]:
    text = _text(form, name) or ""
    return [line.strip() for line in text.splitlines() if line.strip()]


def _htmx(request: Request) -> bool:
    """Whether htmx sent the request (else a form posted without JavaScript)."""
    return bool(request.headers.get("hx-request"))


def _redirect(request: Request, url: str) -> Response:
    """After a successful POST: go to `url` (htmx: a full page load; without JavaScript:
    303 See Other)."""
    if not _htmx(request):
        return RedirectResponse(url, status_code=303)
    return Response(status_code=204, headers={"HX-Redirect": url})


def _refresh(request: Request, page: str) -> Response:
    """After a successful POST on the page it changed: load that page again (`page`, where
    a form posted without JavaScript goes: a browser sends no Referer here)."""
    if not _htmx(request):
        return RedirectResponse(page, status_code=303)
    return Response(status_code=204, headers={"HX-Refresh": "true"})


async def _upload(request: Request, form: FormData, field: str, what: str) -> tuple[bytes, str]:
    item = form.get(field)
    if not isinstance(item, UploadFile):
        raise InvalidInput(f"choose a file for the {what}")
    data = await item.read()
    if not data:
        raise InvalidInput(f"the {what} file is empty")
    return data, item.filename or "upload"


# ---------------------------------------------------------------- Today


@router.get("/", response_class=HTMLResponse)
async def today_page(request: Request) -> Response:
    from followup.services import freshness, planning, records

    web = _web(request)
    show_all = request.query_params.get("all") == "1"
    csrf = render.csrf_of(request)

    def build() -> str:
        agenda = freshness.agenda(web.settings, web.today)
        profile = records.get_profile(web.settings)
        return render.page_html(
            request, "today.html", agenda=agenda, profile=profile, show_all=show_all,
            rows=TODAY_ROWS,
        )  # fmt: skip

    def today_html() -> str:
        # the page as a whole, remembered while the database and the day are unchanged
        day = planning.today_for(web.settings, web.today)
        return freshness.cached(web.settings, ("today page", day, show_all, csrf), build)

    return HTMLResponse(await call(today_html))


@router.get("/favicon.ico")
async def favicon() -> Response:
    return Response(status_code=204)


# ---------------------------------------------------------------- Interviews


@router.get("/interviews", response_class=HTMLResponse)
async def interviews_page(request: Request) -> Response:
    from followup.services import records

    web = _web(request)
    q = request.query_params
    status = q.get("status") or None
    company = q.get("company") or None
    due = q.get("due") == "1"
    listing = await call(
        records.list_rounds,
        web.settings,
        status=status,
        company=company,
        due=due,
        today=web.today,
        limit=200,
    )
    values: dict[str, Any] = {
        "listing": listing,
        "filters": {"status": status or "", "company": company or "", "due": due},
        "statuses": STATUSES,
    }
    if request.headers.get("hx-request") and request.headers.get("hx-target") == "rounds":
        return render.partial(request, "partials/rounds_table.html", **values)
    return render.page(request, "interviews.html", **values)


def _form_values(record: dict[str, Any] | None = None) -> dict[str, str]:
    """The add/edit form's fields from a stored record (or empty)."""
    if record is None:
        return {"format": "video", "channel": "unknown"}
    people = record.get("people", [])

    def person(p: dict[str, Any]) -> str:
        parts = [p.get("name") or ""]
        if p.get("title"):
            parts[0] += f" ({p['title']})"
        if p.get("email"):
            parts.append(f"<{p['email']}>")
        if p.get("phone"):
            parts.append(p["phone"])
        return " ".join(x for x in parts if x)

    coordinator = next((person(p) for p in people if p.get("role") == "coordinator"), "")
    interviewers = [person(p) for p in people if p.get("role") != "coordinator"]
    return {
        "company": record.get("company") or "",
        "role": record.get("role") or "",
        "interviewed": record.get("interviewed") or "",
        "time": record.get("time") or "",
        "tz": record.get("tz") or "",
        "format": record.get("format") or "video",
        "channel": record.get("channel") or "unknown",
        "deadline": record.get("deadline") or "",
        "country": record.get("country") or "",
        "subdiv": record.get("subdiv") or "",
        "coordinator": coordinator,
        "interviewers": "\n".join(interviewers),
        "topics": "\n".join(record.get("topics") or []),
        "items": "\n".join(record.get("items") or []),
        "notes": record.get("notes") or "",
        "job_url": record.get("job_url") or "",
        "status": record.get("status") or "active",
    }


def _form_page(
    request: Request, values: dict[str, str], round_id: int | None, error: str | None = None
) -> Response:
    return render.page(
        request,
        "round_form.html",
        values=values,
        round_id=round_id,
        error=error,
        formats=FORMATS,
        channels=CHANNELS,
        statuses=STATUSES,
    )


@router.get("/interviews/new", response_class=HTMLResponse)
async def new_interview(request: Request) -> Response:
    return _form_page(request, _form_values(), None)


@router.post("/interviews", response_class=HTMLResponse)
async def add_interview(request: Request) -> Response:
    from followup.services import records

    web = _web(request)
    form = await request.form()
    given = records.RoundInput(
        company=_text(form, "company"),
        role=_text(form, "role"),
        interviewed=_text(form, "interviewed"),
        time=_text(form, "time"),
        tz=_text(form, "tz"),
        format=_text(form, "format"),
        channel=_text(form, "channel"),
        deadline=_text(form, "deadline"),
        country=_text(form, "country"),
        subdiv=_text(form, "subdiv"),
        coordinator=_text(form, "coordinator"),
        interviewers=_lines(form, "interviewers"),
        topics=_lines(form, "topics"),
        items=_lines(form, "items"),
        notes=_text(form, "notes"),
        job_url=_text(form, "job_url"),
    )
    try:
        record = await call(records.add_round, web.settings, given, web.today)
    except FollowupError as exc:
        values = {k: str(v) for k, v in form.items() if not isinstance(v, UploadFile)}
        return _form_page(request, values, None, error=exc.message)
    return _redirect(request, f"/rounds/{record['id']}")


@router.get("/rounds/{round_id}/edit", response_class=HTMLResponse)
async def edit_form(request: Request, round_id: int) -> Response:
    from followup.services import records

    web = _web(request)
    record = await call(records.show_round, web.settings, round_id, web.today)
    return _form_page(request, _form_values(record), round_id)


@router.post("/rounds/{round_id}", response_class=HTMLResponse)
async def edit_round(request: Request, round_id: int) -> Response:
    from followup.services import records

    web = _web(request)
    form = await request.form()
    clear = [
        key
        for key in records.CLEARABLE
        if key in form and not _text(form, key) and key not in ("tz",)
    ]
    changes = records.RoundChanges(
        company=_text(form, "company"),
        role=_text(form, "role"),
        interviewed=_text(form, "interviewed"),
        time=_text(form, "time"),
        tz=_text(form, "tz"),
        format=_text(form, "format"),
        channel=_text(form, "channel"),
        deadline=_text(form, "deadline"),
        country=_text(form, "country"),
        subdiv=_text(form, "subdiv"),
        coordinator=_text(form, "coordinator"),
        interviewers=_lines(form, "interviewers") if "interviewers" in form else None,
        topics=_lines(form, "topics") if "topics" in form else None,
        items=_lines(form, "items") if "items" in form else None,
        notes=_text(form, "notes"),
        status=_text(form, "status"),
        job_url=_text(form, "job_url"),
        clear=clear,
    )
    try:
        await call(records.edit_round, web.settings, round_id, changes, web.today)
    except FollowupError as exc:
        if exc.http_status == 404:
            raise
        values = {k: str(v) for k, v in form.items() if not isinstance(v, UploadFile)}
        return _form_page(request, values, round_id, error=exc.message)
    return _redirect(request, f"/rounds/{round_id}")


@router.post("/rounds/{round_id}/delete")
async def delete_round(request: Request, round_id: int) -> Response:
    from followup.services import records

    await call(records.delete_round, _web(request).settings, round_id)
    return _redirect(request, "/interviews")


# ---------------------------------------------------------------- Import


@router.get("/import", response_class=HTMLResponse)
async def import_page(request: Request) -> Response:
    return render.page(request, "import.html", formats=FORMATS)


def _import(web: WebConfig, path: str, name: str, dry_run: bool, form: FormData) -> dict[str, Any]:
    from followup.services import importing

    given = importing.ImportInput(
        file=path,
        company=_text(form, "company"),
        role=_text(form, "role"),
        format=_text(form, "format"),
        dry_run=dry_run,
        today=web.today,
        name=name,
    )
    return importing.import_invite(web.settings, given)


@router.post("/import/preview", response_class=HTMLResponse)
async def import_preview(request: Request) -> Response:
    """Read an uploaded invite (nothing stored): what was inferred and what was not."""
    web = _web(request)
    form = await request.form()
    data, name = await _upload(request, form, "file", "invite")
    upload = _uploads(request).save(data, name)
    try:
        record = await call(_import, web, str(upload.path), upload.name, True, form)
    except FollowupError:
        _uploads(request).discard(upload.key)
        raise
    return render.partial(
        request, "partials/import_preview.html", back="/import", title="What the invite says",
        record=record, upload=upload, formats=FORMATS,
    )  # fmt: skip


@router.post("/import/save", response_class=HTMLResponse)
async def import_save(request: Request) -> Response:
    web = _web(request)
    form = await request.form()
    upload = _uploads(request).get(_text(form, "upload") or "")
    try:
        record = await call(_import, web, str(upload.path), upload.name, False, form)
    except FollowupError as exc:
        return render.partial(
            request, "partials/flash.html", back="/import", title="Not saved",
            message=exc.message, level="error",
        )  # fmt: skip
    _uploads(request).discard(upload.key)
    return _redirect(request, f"/rounds/{record['id']}")


# ---------------------------------------------------------------- A round


def _round_view(web: WebConfig, round_id: int, draft_id: int | None) -> dict[str, Any]:
    from followup.core.plan import Plan
    from followup.services import drafting, planning, records, sending

    record = records.show_round(web.settings, round_id, web.today)
    day = planning.today_for(web.settings, web.today)
    interview = records.get_interview(web.settings, round_id)
    try:
        plan: Plan | None = planning.Planner(web.settings, day)(interview)
    except FollowupError:
        plan = None
    days = planning.timeline(web.settings, interview, plan, day) if plan else []
    batch = (
        drafting.list_round_drafts(web.settings, round_id, web.today) if record["drafts"] else None
    )
    drafts = batch.written if batch else []
    current = None
    if drafts:
        current = next((w for w in drafts if w.draft.id == draft_id), None) or drafts[-1]
    mailto: dict[str, Any] = {}
    if current and current.draft.kind in ("email", "check-in"):
        try:  # as `followup mailto ID --draft N`
            mailto = sending.mailto_link(web.settings, round_id, current.draft.id)
        except FollowupError as exc:
            mailto = {"error": exc.message}
    return {
        "record": record,
        "plan": record.get("plan") or {},
        "days": days,
        "drafts": drafts,
        "current": current,
        "editable": drafting.editable_text(current.draft) if current else "",
        "kinds": DRAFT_KINDS,
        "via": VIA,
        "profile": records.get_profile(web.settings),
        "messages": [m for m in sending.outbox(web.settings) if m["round_id"] == round_id],
        "replied": any(a.get("reply_received") for a in record.get("actions", [])),
        "mailto": mailto,
    }


@router.get("/rounds/{round_id}", response_class=HTMLResponse)
async def round_page(request: Request, round_id: int) -> Response:
    web = _web(request)
    raw = request.query_params.get("draft")
    draft_id = int(raw) if raw and raw.isdigit() else None
    view = await call(_round_view, web, round_id, draft_id)
    from followup.web import timeline

    view["svg"] = timeline.svg(view["days"], view["plan"])
    return render.page(request, "round.html", **view)


@router.post("/rounds/{round_id}/drafts", response_class=HTMLResponse)
async def write_drafts(request: Request, round_id: int) -> Response:
    from followup.services import drafting

    web = _web(request)
    form = await request.form()
    kind = _text(form, "kind")
    each = _text(form, "each") == "1"
    batch = await call(
        drafting.write_drafts, web.settings, round_id, kind=kind, each=each, today=web.today
    )
    last = batch.written[-1].draft.id
    return _redirect(request, f"/rounds/{round_id}?draft={last}#editor")


def _words_view(web: WebConfig, round_id: int) -> dict[str, Any]:
    from followup.core.phrasing import KIND_LABELS
    from followup.services import drafting, records

    record = records.show_round(web.settings, round_id, web.today)
    return {"record": record, "asked": drafting.questions(web.settings, round_id),
            "labels": KIND_LABELS}  # fmt: skip


@router.get("/rounds/{round_id}/words", response_class=HTMLResponse)
async def words_page(request: Request, round_id: int) -> Response:
    """What `followup draft` asks in a terminal before it writes: the topics it cannot say
    with confidence, the qualifications no note can say, a line of one's own per reader."""
    view = await call(_words_view, _web(request), round_id)
    return render.page(request, "words.html", values={}, saved=None, error=None, **view)


def _answers(form: FormData) -> tuple[dict[int, str], dict[tuple[str, int], str], dict[str, str]]:
    """The words page's answers: topics by index ('topic-3'), qualifications by source and
    index ('qual-round-0'), and the lines that changed by name ('line-2' beside its
    'line-name-2' and the line it had, 'line-was-2')."""
    topics: dict[int, str] = {}
    quals: dict[tuple[str, int], str] = {}
    lines: dict[str, str] = {}
    for key in form:
        value = _text(form, key) or ""
        if m := re.fullmatch(r"topic-(\d{1,4})", key):
            topics[int(m[1])] = value
        elif m := re.fullmatch(r"qual-(round|profile)-(\d{1,4})", key):
            quals[(m[1], int(m[2]))] = value
        elif m := re.fullmatch(r"line-(\d{1,4})", key):
            name = _text(form, f"line-name-{m[1]}")
            if name and value != (_text(form, f"line-was-{m[1]}") or ""):
                lines[name] = value
    return topics, quals, lines


@router.post("/rounds/{round_id}/words", response_class=HTMLResponse)
async def save_words(request: Request, round_id: int) -> Response:
    from followup.services import drafting

    web = _web(request)
    form = await request.form()
    topics, quals, lines = _answers(form)
    try:
        counts = await call(drafting.store_words, web.settings, round_id, topics, quals, lines)
    except FollowupError as exc:
        if exc.http_status == 404:
            raise
        view = await call(_words_view, web, round_id)
        values = {k: str(v) for k, v in form.items() if not isinstance(v, UploadFile)}
        return render.page(request, "words.html", status=422, values=values, saved=None,
                           error=exc.message, **view)  # fmt: skip
    view = await call(_words_view, web, round_id)
    said = [f"{n} {what if n == 1 else what + 's'}" for what, n in
            (("topic", counts["topics"]), ("qualification", counts["qualifications"]),
             ("line", counts["lines"])) if n]  # fmt: skip
    return render.page(request, "words.html", values={}, error=None,
                       saved=", ".join(said) or "nothing changed", **view)  # fmt: skip


@router.post("/rounds/{round_id}/check", response_class=HTMLResponse)
async def live_check(request: Request, round_id: int) -> Response:
    """The draft editor's live check: the findings on the text as typed (nothing stored),
    checked in the server's worker processes (web/livecheck.py)."""
    from followup.web import livecheck
    from followup.web.app import error_response

    form = await request.form()
    kind = _text(form, "kind") or "email"
    text = str(form.get("text") or "")
    ok, answer = await livecheck.check(
        request.app.state, _web(request).settings, round_id, kind, text
    )
    if not ok:
        return error_response(request, *answer)
    return HTMLResponse(answer)


@router.post("/drafts/{draft_id}", response_class=HTMLResponse)
async def save_draft(request: Request, draft_id: int) -> Response:
    from followup.services import drafting

    web = _web(request)
    form = await request.form()
    text = str(form.get("text") or "")
    written = await call(drafting.edit_draft, web.settings, draft_id, text, web.today)
    back = f"/rounds/{written.draft.round_id}?draft={draft_id}#editor"
    return render.partial(
        request, "partials/saved.html", back=back, title="Draft saved", written=written
    )


@router.post("/rounds/{round_id}/done", response_class=HTMLResponse)
async def mark_done(request: Request, round_id: int) -> Response:
    from followup.services import records

    web = _web(request)
    form = await request.form()
    await call(
        records.record_done,
        web.settings,
        round_id,
        _text(form, "via") or "email",
        _text(form, "on"),
        _text(form, "note"),
        web.today,
    )
    return _refresh(request, f"/rounds/{round_id}")


# ---------------------------------------------------------------- Profile and settings


@router.get("/profile", response_class=HTMLResponse)
async def profile_page(request: Request) -> Response:
    from followup.services import records

    profile = await call(records.get_profile, _web(request).settings)
    return render.page(request, "profile.html", profile=profile, saved=False, error=None)


@router.post("/profile", response_class=HTMLResponse)
async def save_profile(request: Request) -> Response:
    from followup.services import records

    web = _web(request)
    form = await request.form()
    try:
        profile = await call(
            records.update_profile,
            web.settings,
            name=_text(form, "name") or "",
            email=_text(form, "email"),
            phone=_text(form, "phone"),
            qualifications=_lines(form, "qualifications"),
        )
    except FollowupError as exc:
        profile = await call(records.get_profile, web.settings)
        if not _htmx(request):
            return render.page(
                request, "profile.html", status=422, profile=profile, error=exc.message, saved=False
            )
        return render.partial(
            request, "partials/profile_form.html", profile=profile, error=exc.message, saved=False
        )
    if not _htmx(request):  # posted without JavaScript: the whole page
        return render.page(request, "profile.html", profile=profile, saved=True, error=None)
    return render.partial(
        request, "partials/profile_form.html", profile=profile, saved=True, error=None
    )


@router.get("/settings", response_class=HTMLResponse)
async def settings_page(request: Request) -> Response:
    from followup.services import preferences

    web = _web(request)
    info = await call(preferences.overview, web.settings)
    mail = await call(preferences.mail_overview, web.settings)
    return render.page(request, "settings.html", info=info, mail=mail, message=None)


@router.post("/settings/policy", response_class=HTMLResponse)
async def choose_policy(request: Request) -> Response:
    from followup.services import preferences

    web = _web(request)
    form = await request.form()
    web.settings = await call(preferences.set_policy, web.settings, _text(form, "policy") or "")
    return _refresh(request, "/settings")


@router.get("/export.json")
async def export_json(request: Request) -> Response:
    from followup.services import records

    text = await call(records.export_text, _web(request).settings, "json")
    return PlainTextResponse(
        text,
        media_type="application/json",
        headers={"Content-Disposition": 'attachment; filename="followup-export.json"'},
    )


@router.get("/export.csv")
async def export_csv(request: Request) -> Response:
    from followup.services import records

    text = await call(records.export_text, _web(request).settings, "csv")
    return PlainTextResponse(
        text,
        media_type="text/csv",
        headers={"Content-Disposition": 'attachment; filename="followup-activity.csv"'},
    )


@router.post("/restore", response_class=HTMLResponse)
async def restore(request: Request) -> Response:
    from followup.services import records

    web = _web(request)
    form = await request.form()
    data, name = await _upload(request, form, "file", "export")
    upload = _uploads(request).save(data, name)
    try:
        counts = await call(
            records.restore, web.settings, upload.path, _text(form, "replace") == "1"
        )
    finally:
        _uploads(request).discard(upload.key)
    message = "Restored: " + ", ".join(f"{n} {table}" for table, n in counts.items())
    return render.partial(
        request, "partials/flash.html", back="/settings", title="Restored", message=message,
        level="ok",
    )  # fmt: skip


# ---------------------------------------------------------------- delivery


def _draft_id(form: FormData | Any) -> int | None:
    raw = _text(form, "draft") if isinstance(form, FormData) else form.get("draft")
    if raw is None or raw == "":
        return None
    if not str(raw).isdigit():
        raise InvalidInput(f"draft: {raw!r} is not a draft's number")
    return int(raw)


def _flash(request: Request, message: str, level: str = "ok", back: str = "/") -> Response:
    title = "Done" if level == "ok" else "Not done"
    response = render.partial(
        request, "partials/flash.html", back=back, title=title, message=message, level=level
    )
    response.headers["HX-Retarget"] = "#flash"
    response.headers["HX-Reswap"] = "innerHTML"
    return response


@router.post("/rounds/{round_id}/send", response_class=HTMLResponse)
async def send_now(request: Request, round_id: int) -> Response:
    from followup.services import sending

    web = _web(request)
    form = await request.form()
    result = await call(
        sending.send_now, web.settings, round_id, _draft_id(form), _text(form, "force") == "1"
    )
    if result["state"] != "sent":
        advice = f" {result['advice']}" if result.get("advice") else ""
        return _flash(
            request, f"Message #{result['id']} is {result['state']}: {result['error']}.{advice}",
            "error", back=f"/rounds/{round_id}",
        )  # fmt: skip
    return _refresh(request, f"/rounds/{round_id}")


@router.post("/rounds/{round_id}/schedule", response_class=HTMLResponse)
async def schedule(request: Request, round_id: int) -> Response:
    from followup.services import sending

    web = _web(request)
    form = await request.form()
    await call(
        sending.schedule,
        web.settings,
        round_id,
        _draft_id(form),
        _text(form, "at"),
        _text(form, "force") == "1",
        web.today,
    )
    return _refresh(request, f"/rounds/{round_id}")


@router.post("/rounds/{round_id}/cancel", response_class=HTMLResponse)
async def cancel_round(request: Request, round_id: int) -> Response:
    from followup.services import sending

    await call(sending.cancel, _web(request).settings, round_id, None)
    return _refresh(request, f"/rounds/{round_id}")


@router.post("/outbox/{message_id}/cancel", response_class=HTMLResponse)
async def cancel_message(request: Request, message_id: int) -> Response:
    from followup.services import sending

    await call(sending.cancel, _web(request).settings, None, message_id)
    return _refresh(request, "/outbox")


@router.get("/rounds/{round_id}/followup.eml")
async def download_eml(request: Request, round_id: int) -> Response:
    from followup.services import sending

    web = _web(request)
    result = await call(sending.eml, web.settings, round_id, _draft_id(request.query_params), "-")
    return Response(
        result["text"].encode("utf-8"),
        media_type="message/rfc822",
        headers={"Content-Disposition": f'attachment; filename="followup-{round_id}.eml"'},
    )


@router.get("/rounds/{round_id}/card.pdf")
async def download_card(request: Request, round_id: int) -> Response:
    """The thank-you card PDF (every interviewer's card), written without storing a draft."""
    from followup.services import cards

    web = _web(request)
    size = request.query_params.get("size", "a6")
    data, _ = await call(
        cards.card_document, web.settings, round_id, size, None, True, web.today, False
    )
    return Response(
        data,
        media_type="application/pdf",
        headers={"Content-Disposition": f'attachment; filename="thank-you-card-{round_id}.pdf"'},
    )


@router.get("/calendar.ics")
async def download_calendar(request: Request) -> Response:
    from followup.services import calendars

    web = _web(request)
    result = await call(calendars.calendar_file, web.settings, web.today)
    return Response(
        result["ics"].encode("utf-8"),
        media_type="text/calendar",
        headers={"Content-Disposition": 'attachment; filename="followup.ics"'},
    )


@router.post("/rounds/{round_id}/call-sheet", response_class=HTMLResponse)
async def call_sheet(request: Request, round_id: int) -> Response:
    from followup.services import calls

    web = _web(request)
    sheet = await call(calls.call_sheet, web.settings, round_id, web.today)
    return render.partial(
        request, "partials/call_sheet.html", back=f"/rounds/{round_id}", title="Call sheet",
        sheet=sheet, round_id=round_id,
    )  # fmt: skip


@router.post("/rounds/{round_id}/call", response_class=HTMLResponse)
async def log_call(request: Request, round_id: int) -> Response:
    from followup.services import calls

    web = _web(request)
    form = await request.form()
    await call(
        calls.record_call,
        web.settings,
        round_id,
        _text(form, "outcome") or "",
        web.today,
        _text(form, "note"),
    )
    return _refresh(request, f"/rounds/{round_id}")


@router.post("/rounds/{round_id}/reply", response_class=HTMLResponse)
async def record_reply(request: Request, round_id: int) -> Response:
    from followup.services import replies

    web = _web(request)
    form = await request.form()
    await call(
        replies.record_reply,
        web.settings,
        round_id,
        _text(form, "outcome"),
        _text(form, "note"),
        web.today,
    )
    return _refresh(request, f"/rounds/{round_id}")


@router.get("/outbox", response_class=HTMLResponse)
async def outbox_page(request: Request) -> Response:
    from followup.services import sending
    from followup.web import worker

    items = await call(sending.outbox, _web(request).settings)
    return render.page(request, "outbox.html", items=items, worker=worker.status.to_dict())


@router.post("/replies/check", response_class=HTMLResponse)
async def check_replies(request: Request) -> Response:
    from followup.services import replies

    found = await call(replies.poll, _web(request).settings)
    counts = ", ".join(
        f"{len(found.get(key) or [])} {label}"
        for key, label in (
            ("replies", "replies"),
            ("automatic", "automatic"),
            ("bounces", "bounced"),
        )
    )
    return _flash(request, f"Checked {found.get('checked', 0)} messages: {counts}.", back="/outbox")


@router.post("/video/check", response_class=HTMLResponse)
async def video_check(request: Request) -> Response:
    """Check an uploaded recording (stored under a random name, removed after)."""
    from followup.services import video

    web = _web(request)
    form = await request.form()
    data, name = await _upload(request, form, "file", "recording")
    upload = _uploads(request).save(data, name)
    try:
        report = await call(video.check_recording, web.settings, str(upload.path))
    finally:
        _uploads(request).discard(upload.key)
    return render.partial(
        request, "partials/video_report.html", title="Video check", report=report,
        file_name=upload.name,
    )  # fmt: skip


@router.post("/settings/mail", response_class=HTMLResponse)
async def save_mail(request: Request) -> Response:
    from followup.services import preferences

    web = _web(request)
    form = await request.form()
    values = {
        name: _text(form, name.replace(".", "_")) or ""
        for name in preferences.MAIL_SETTINGS
        if name.replace(".", "_") in form
    }
    for key in ("smtp.port", "imap.port"):
        if key in values and not values[key]:
            values[key] = "0"
    web.settings = await call(preferences.set_values, web.settings, values)
    for section in ("smtp", "imap"):
        secret = form.get(f"{section}_password")
        if isinstance(secret, str) and secret:
            await call(preferences.save_secret, web.settings, section, secret)
    return _refresh(request, "/settings")


@router.post("/settings/mail/test", response_class=HTMLResponse)
async def mail_test(request: Request) -> Response:
    from followup.services import preferences

    result = await call(preferences.send_test, _web(request).settings)
    if result["state"] == "sent":
        message = f"Sent a test message to {result['to']}: look in your inbox."
        return _flash(request, message, back="/settings")
    message = f"The test was not sent ({result['state']}): {result['detail']}"
    return _flash(request, message, "error", back="/settings")
