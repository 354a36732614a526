"""`followup call ID`: the call sheet (script, voicemail, the call slot in both time zones and
the number to dial) and the call's outcome recorded as a follow-up action."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from followup.config import Settings
from followup.core import compose, phones
from followup.core.models import Person
from followup.services import drafting, planning, records


def dial(phone: str | None) -> dict[str, str | None]:
    """{"e164", "international", "national"} of a stored number (core.phones formats it; a
    number stored before numbers were checked is given as stored, with no E.164)."""
    return {
        "e164": phone if phone and phones.phone_country(phone) else None,
        "international": phones.international(phone),
        "national": phones.national(phone),
    }


def _slot(settings: Settings, start: datetime) -> dict[str, str]:
    policy = settings.policy
    length = datetime.combine(start.date(), policy.call_end) - datetime.combine(
        start.date(), policy.call_start
    )
    end = start + length
    mine = ZoneInfo(settings.timezone)
    return {
        "start": start.isoformat(),
        "end": end.isoformat(),
        "tz": str(start.tzinfo),
        "your_start": start.astimezone(mine).isoformat(),
        "your_end": end.astimezone(mine).isoformat(),
        "your_tz": settings.timezone,
    }


def _person(person: Person | None) -> dict[str, Any] | None:
    if person is None:
        return None
    return {"name": person.name, "title": person.title, **dial(person.phone)}


def call_sheet(settings: Settings, round_id: int, today: str | None = None) -> dict[str, Any]:
    """{"round", "method", "status", "to": {name, title, e164, international, national},
    "slot": {start, end, tz, your_start, your_end, your_tz} | None, "sections": {name: text},
    "voicemail", "fallback", "draft_id", "warnings"} for round `round_id`."""
    day = planning.today_for(settings, today)
    context = drafting.round_context(settings, round_id, day)  # read once, for the drafts too
    interview, _, plan = context
    assert plan is not None  # a stored round always has one
    person = records.plan_recipient(interview, plan)
    # the sheet shows the script and the fallback email, not the checker's verdict on them
    batch = drafting.write_drafts(
        settings, round_id, kind="phone", today=today, judge=False, context=context
    )
    written = batch.written[0]
    warnings = list(written.warnings)
    if plan.method != "phone":
        warnings.append(
            "the plan says to email for this interview; a call is an extra, not the follow-up"
        )
    to = _person(person)
    if to is None or not to["e164"] and not to["international"]:
        warnings.append(
            f"no phone number is recorded for the person to call: add it "
            f"(followup edit {round_id} --coordinator 'Name <email> +1 617 555 0199')"
        )
    sections = compose.sections(written.draft.body)
    return {
        "round": round_id,
        "company": interview.company,
        "method": plan.method,
        "status": plan.status,
        "to": to,
        "slot": _slot(settings, plan.send_at) if plan.send_at else None,
        "sections": {k: v for k, v in sections.items() if k not in ("fallback email",)},
        "voicemail": written.voicemail,
        "fallback": written.fallback,
        "draft_id": written.draft.id,
        "warnings": warnings,
    }


def record_call(
    settings: Settings,
    round_id: int,
    outcome: str,
    today: str | None = None,
    note: str | None = None,
) -> dict[str, Any]:
    """Record the call: `reached` or `voicemail` is the follow-up done; `no-answer` is an
    attempt, and the round stays open (try again in the slot, or send the fallback email)."""
    return records.record_done(settings, round_id, "phone", note=note, today=today, outcome=outcome)
