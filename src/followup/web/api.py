"""The JSON API under `/api`: the same use cases as the pages and the command line, in the
shapes `--json` prints (described at `/openapi.json`). Every state change is a POST, PUT,
PATCH or DELETE and needs the session cookie, a same-origin `Origin` and `X-CSRF-Token`."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Path, Query, Request
from pydantic import BaseModel, ConfigDict, Field

from followup.web.app import WebConfig

router = APIRouter(prefix="/api", tags=["api"])

RoundId = Annotated[int, Path(ge=1, le=2**62, description="A round's id.")]
DraftId = Annotated[int, Path(ge=1, le=2**62, description="A draft's id.")]
Line = Annotated[str, Field(max_length=1000)]
Long = Annotated[str, Field(max_length=100_000)]
DraftKind = Literal["email", "letter", "card", "phone", "video", "check-in"]
Json = dict[str, Any]


def _web(request: Request) -> WebConfig:
    config: WebConfig = request.app.state.web
    return config


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class RoundBody(Strict):
    """A round as typed: text, validated as `followup add` validates its options."""

    company: Line
    role: Line
    interviewed: Line = Field(description="The interview date: 2026-11-19, 'yesterday', …")
    format: Literal["video", "phone", "in-person"]
    time: Line | None = None
    tz: Line | None = None
    channel: Literal["email", "phone", "unknown"] | None = None
    deadline: Line | None = None
    country: Line | None = None
    subdiv: Line | None = None
    coordinator: Line | None = Field(None, description="'Name <email>', 'Name, email, phone'")
    interviewers: list[Line] = Field(default_factory=list, max_length=50)
    topics: list[Line] = Field(default_factory=list, max_length=100)
    items: list[Line] = Field(default_factory=list, max_length=100)
    notes: Long | None = None
    job_url: Line | None = None


class RoundPatch(Strict):
    """Only the fields given change; `clear` empties optional ones (as `followup edit`)."""

    company: Line | None = None
    role: Line | None = None
    interviewed: Line | None = None
    format: Literal["video", "phone", "in-person"] | None = None
    time: Line | None = None
    tz: Line | None = None
    channel: Literal["email", "phone", "unknown"] | None = None
    deadline: Line | None = None
    country: Line | None = None
    subdiv: Line | None = None
    coordinator: Line | None = None
    interviewers: list[Line] | None = Field(None, max_length=50)
    topics: list[Line] | None = Field(None, max_length=100)
    items: list[Line] | None = Field(None, max_length=100)
    notes: Long | None = None
    status: Literal["active", "offer", "rejected", "withdrawn", "closed"] | None = None
    job_url: Line | None = None
    clear: list[Line] = Field(default_factory=list, max_length=20)


class WriteBody(Strict):
    kind: DraftKind | None = None
    each: bool = False
    to: Line | None = None


class TextBody(Strict):
    text: Long


class LiveCheckBody(Strict):
    kind: DraftKind = "email"
    text: Long


class CheckBody(Strict):
    text: Long
    kind: Literal["email", "letter", "card"] = "email"
    company: Line | None = None
    role: Line | None = None
    people: list[Line] = Field(default_factory=list, max_length=50)
    topics: list[Line] = Field(default_factory=list, max_length=100)


class DoneBody(Strict):
    via: Literal["email", "phone", "letter", "card", "video", "in-person"] = "email"
    on: Line | None = None
    note: Long | None = None


class ProfileBody(Strict):
    name: Line | None = None
    email: Line | None = None
    phone: Line | None = None
    qualifications: list[Line] | None = Field(None, max_length=50)


@router.get("/ping", summary="A trivial answer (the baseline of the speed bench)")
def ping() -> Json:
    return {"ok": True}


@router.get("/today", summary="The agenda, as `followup today --json`")
def today(
    request: Request,
    days: Annotated[int, Query(ge=0, le=3650)] = 7,
    overdue_days: Annotated[int, Query(ge=0, le=3650)] = 30,
) -> Json:
    from followup.services import freshness

    web = _web(request)
    return freshness.agenda(web.settings, web.today, days, overdue_days)


@router.get("/rounds", summary="Interview rounds, newest first, as `followup list --json`")
def list_rounds(
    request: Request,
    status: Literal["active", "offer", "rejected", "withdrawn", "closed"] | None = None,
    company: Annotated[str | None, Query(max_length=200)] = None,
    due: bool = False,
    limit: Annotated[int, Query(ge=1, le=10_000)] = 100,
) -> Json:
    from followup.services import records

    web = _web(request)
    listing = records.list_rounds(
        web.settings, status=status, company=company, due=due, today=web.today, limit=limit
    )
    return {"rounds": listing.records, "total": listing.total, "truncated": listing.truncated}


@router.post("/rounds", status_code=201, summary="Record a round, as `followup add --json`")
def add_round(request: Request, body: RoundBody) -> Json:
    from followup.services import records

    web = _web(request)
    given = records.RoundInput(**body.model_dump())
    return records.add_round(web.settings, given, web.today)


@router.get("/rounds/{round_id}", summary="One round with its plan, as `followup show --json`")
def show_round(request: Request, round_id: RoundId) -> Json:
    from followup.services import records

    web = _web(request)
    return records.show_round(web.settings, round_id, web.today)


@router.patch("/rounds/{round_id}", summary="Change a round, as `followup edit --json`")
def edit_round(request: Request, round_id: RoundId, body: RoundPatch) -> Json:
    from followup.services import records

    web = _web(request)
    changes = records.RoundChanges(**body.model_dump())
    return records.edit_round(web.settings, round_id, changes, web.today)


@router.delete("/rounds/{round_id}", summary="Delete a round with its people and drafts")
def delete_round(request: Request, round_id: RoundId) -> Json:
    from followup.services import records

    return records.delete_round(_web(request).settings, round_id)


@router.get("/rounds/{round_id}/timeline", summary="The days around the plan, for its picture")
def round_timeline(request: Request, round_id: RoundId) -> Json:
    from followup.services import planning, records

    web = _web(request)
    day = planning.today_for(web.settings, web.today)
    interview = records.get_interview(web.settings, round_id)
    plan = planning.Planner(web.settings, day)(interview)
    days = planning.timeline(web.settings, interview, plan, day)
    return {"plan": plan.to_dict(), "days": [d.to_dict() for d in days]}


@router.get("/rounds/{round_id}/drafts", summary="A round's drafts, each with its verdict")
def list_drafts(request: Request, round_id: RoundId) -> Json:
    from followup.services import drafting

    web = _web(request)
    return drafting.list_round_drafts(web.settings, round_id, web.today).to_dict()


@router.post("/rounds/{round_id}/drafts", status_code=201, summary="Write and store drafts")
def write_drafts(request: Request, round_id: RoundId, body: WriteBody) -> Json:
    from followup.services import drafting

    web = _web(request)
    batch = drafting.write_drafts(
        web.settings, round_id, kind=body.kind, each=body.each, to=body.to, today=web.today
    )
    return batch.to_dict()


@router.post("/rounds/{round_id}/check", summary="Check a draft's text as typed (nothing stored)")
def live_check(request: Request, round_id: RoundId, body: LiveCheckBody) -> Json:
    from followup.services import drafting

    web = _web(request)
    return drafting.live_check(web.settings, round_id, body.kind, body.text).to_dict()


@router.post("/check", summary="Check a note, as `followup check --json`")
def check(request: Request, body: CheckBody) -> Json:
    from followup.services import checking

    web = _web(request)
    facts = checking.facts_from_options(
        web.settings, body.company, body.role, body.people, body.topics
    )
    return checking.check_text(web.settings, body.text, body.kind, facts).to_dict()


@router.get("/drafts/{draft_id}", summary="One draft with its verdict")
def show_draft(request: Request, draft_id: DraftId) -> Json:
    from followup.services import drafting

    web = _web(request)
    return drafting.show_draft(web.settings, draft_id, web.today).to_dict()


@router.put("/drafts/{draft_id}", summary="Replace a draft's text ('Subject: …' first for email)")
def edit_draft(request: Request, draft_id: DraftId, body: TextBody) -> Json:
    from followup.services import drafting

    web = _web(request)
    return drafting.edit_draft(web.settings, draft_id, body.text, web.today).to_dict()


@router.post("/rounds/{round_id}/done", summary="Record the follow-up as done")
def done(request: Request, round_id: RoundId, body: DoneBody) -> Json:
    from followup.services import records

    web = _web(request)
    return records.record_done(web.settings, round_id, body.via, body.on, body.note, web.today)


@router.get("/profile", summary="Your profile")
def get_profile(request: Request) -> Json:
    from followup.services import records

    return records.profile_dict(records.get_profile(_web(request).settings))


@router.put("/profile", summary="Change the parts of your profile given")
def put_profile(request: Request, body: ProfileBody) -> Json:
    from followup.services import records

    profile = records.update_profile(_web(request).settings, **body.model_dump())
    return records.profile_dict(profile)


@router.get("/settings", summary="Where the data lives and which policy is in force")
def settings_overview(request: Request) -> Json:
    from followup.services import preferences

    return preferences.overview(_web(request).settings)


class ScheduleBody(Strict):
    draft: Annotated[int, Field(ge=1, le=2**62)] | None = None
    at: Line | None = Field(None, description="ISO date-time; without an offset, their time")
    force: bool = False


class SendBody(Strict):
    draft: Annotated[int, Field(ge=1, le=2**62)] | None = None
    force: bool = False


class ReplyBody(Strict):
    outcome: Literal["next-round", "offer", "rejected", "other"] | None = None
    note: Long | None = None


class CallBody(Strict):
    outcome: Literal["reached", "voicemail", "no-answer"]
    note: Long | None = None


@router.get("/outbox", summary="Every outbox message with its state, as `followup outbox --json`")
def outbox(request: Request) -> list[Json]:
    from followup.services import sending

    return sending.outbox(_web(request).settings)


@router.get("/rounds/{round_id}/mailto", summary="A mailto: link, as `followup mailto --json`")
def mailto(
    request: Request,
    round_id: RoundId,
    draft: Annotated[int | None, Query(ge=1, le=2**62, description="A draft's id.")] = None,
) -> Json:
    from followup.services import sending

    return sending.mailto_link(_web(request).settings, round_id, draft)


@router.post("/rounds/{round_id}/schedule", summary="Schedule the follow-up email")
def schedule(request: Request, round_id: RoundId, body: ScheduleBody) -> Json:
    from followup.services import sending

    web = _web(request)
    return sending.schedule(web.settings, round_id, body.draft, body.at, body.force, web.today)


@router.post("/rounds/{round_id}/send", summary="Send the follow-up email now, exactly once")
def send(request: Request, round_id: RoundId, body: SendBody) -> Json:
    from followup.services import sending

    return sending.send_now(_web(request).settings, round_id, body.draft, body.force)


@router.post("/rounds/{round_id}/cancel", summary="Cancel what is scheduled for a round")
def cancel_round(request: Request, round_id: RoundId) -> Json:
    from followup.services import sending

    return {"cancelled": sending.cancel(_web(request).settings, round_id, None)}


@router.post("/outbox/{message_id}/cancel", summary="Cancel one scheduled message")
def cancel_message(request: Request, message_id: Annotated[int, Path(ge=1, le=2**62)]) -> Json:
    from followup.services import sending

    return {"cancelled": sending.cancel(_web(request).settings, None, message_id)}


@router.post("/rounds/{round_id}/reply", summary="Record a reply by hand")
def reply(request: Request, round_id: RoundId, body: ReplyBody) -> Json:
    from followup.services import replies

    web = _web(request)
    return replies.record_reply(web.settings, round_id, body.outcome, body.note, web.today)


@router.post("/rounds/{round_id}/call", summary="Record how the follow-up call went")
def call(request: Request, round_id: RoundId, body: CallBody) -> Json:
    from followup.services import calls

    web = _web(request)
    return calls.record_call(web.settings, round_id, body.outcome, web.today, body.note)
