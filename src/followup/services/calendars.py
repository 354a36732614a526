"""`followup calendar`: every open follow-up window as an iCalendar file.

Open means: an active application whose round has no follow-up recorded yet and whose plan
has a window that has not closed (status `wait` or `due`). The file is built by
`delivery.calendar.follow_up_calendar` (see there for UIDs, SEQUENCE and alarms).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from followup.config import Settings
from followup.core.errors import FollowupError
from followup.core.models import Person
from followup.core.plan import Plan
from followup.core.records import AppStatus
from followup.delivery.calendar import FollowUpEvent, follow_up_calendar
from followup.delivery.files import write_atomic
from followup.services import planning, records
from followup.store import db, queries

# Interviews further back than this have no open window under any policy (at most a year).
LOOKBACK_DAYS = 400


def open_events(settings: Settings, today: date) -> list[FollowUpEvent]:
    """The open follow-ups as calendar events, earliest window first."""
    filters = queries.Filters(
        status=str(AppStatus.ACTIVE),
        interviewed_from=today - timedelta(days=LOOKBACK_DAYS),
        not_followed_up=True,
    )
    with db.read(settings.db_url) as reader:
        found = queries.find_rounds(reader, filters, newest_first=False)
    planner = planning.Planner(settings, today)
    events: list[FollowUpEvent] = []
    for stored in found:
        interview = stored.interview
        try:
            plan: Plan = planner(interview)
        except FollowupError:  # a record that cannot be planned is shown by `today`
            continue
        if plan.window is None or plan.send_at is None or plan.status not in ("wait", "due"):
            continue
        assert interview.id is not None
        events.append(
            FollowUpEvent(
                round_id=interview.id,
                company=interview.company,
                role=interview.role,
                method=plan.way,
                recipient=_who(records.plan_recipient(interview, plan), plan.way),
                earliest=plan.window.earliest,
                ideal=plan.window.ideal,
                latest=plan.window.latest,
                send_at=plan.send_at,
                tz=plan.tz,
                reasons=tuple(plan.reasons),
            )
        )
    return events


def _who(person: Person | None, method: str) -> str | None:
    """The recipient as the event shows them: with the number to dial for a call."""
    if person is None:
        return None
    if method == "phone" and person.phone:
        return f"{person.name} ({person.phone})"
    return records.person_text(person)


def calendar_file(
    settings: Settings,
    today: str | None = None,
    output: Path | None = None,
    now: datetime | None = None,
) -> dict[str, Any]:
    """{"events": N, "path": str | None, "ics": str | None}: the .ics written atomically to
    `output` (0600), or returned as text when `output` is None. `now` stamps the file."""
    day = planning.today_for(settings, today)
    events = open_events(settings, day)
    data = follow_up_calendar(events, now or datetime.now(UTC))
    if output is None:
        return {"events": len(events), "path": None, "ics": data.decode("utf-8")}
    db.refuse_overwrite(settings.db_url, output)
    write_atomic(output, data)
    return {"events": len(events), "path": str(output), "ics": None}
