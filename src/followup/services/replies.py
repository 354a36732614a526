"""Until they answer (SPEC §7): read the mailbox for replies, record one by hand, and the
reply state and check-in day of each round for `today`.

A reply (matched by In-Reply-To/References, then the sender's address, then the company's
domain) sets the round's reply state to `replied` and cancels what is still scheduled for
it. Automatic replies are recorded and shown but do not count; a delivery-status bounce of a
sent message marks that message `failed` with the server's words.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from followup.config import Settings
from followup.core.errors import ConfigError, ExternalError, InvalidInput
from followup.core.models import NOT_FOLLOW_UPS, Interview
from followup.core.plan import Plan
from followup.core.sending import FAILED, SENT, UNKNOWN
from followup.core.tracking import (
    OUTCOMES,
    REPLIED,
    WAITING,
    automatic,
    check_in_day,
    match_reply,
)
from followup.services import planning
from followup.store import db, queries

if TYPE_CHECKING:
    from followup.delivery.imap import Mailbox

LOOK_BACK_DAYS = 180  # replies are looked for to follow-ups of the last half year
WAITING_DAYS = 120  # `today` tracks rounds interviewed this many days back at most


def _key(incoming: Any) -> str:
    """The message's Message-ID, or a stable stand-in for a message without one."""
    if incoming.message_id:
        return str(incoming.message_id)
    from followup.core.digests import sha256

    raw = f"{incoming.sender}|{incoming.received}|{incoming.subject}".encode()
    return f"<{sha256(raw).hexdigest()[:32]}@followup.invalid>"


def poll(settings: Settings, now: datetime | None = None) -> dict[str, Any]:
    """`followup replies`: read the mailbox and record what answers a follow-up.

    Returns {"checked": n, "replies": [...], "automatic": [...], "bounces": [...],
    "cancelled": [outbox ids]}; each item is a reply record (`ReplyRecord.to_dict`) with
    `company` and `role`."""
    # here, not at the top: `followup today` reads tracking() and must start fast
    from followup.delivery import credentials
    from followup.delivery.imap import Mailbox

    server = credentials.server(settings, "imap")
    if server is None:
        raise ConfigError("no IMAP server: set imap.host and imap.user (see 'followup config')")
    opened = Mailbox(server, folder=str(settings["imap.folder"])).open_aside()
    try:  # logging in while the rules and the database are read
        return _poll(settings, opened, server.user, now)
    finally:
        with suppress(ExternalError, ConfigError):  # said already, if it mattered
            opened().close()


def _poll(
    settings: Settings, opened: Callable[[], Mailbox], user: str, now: datetime | None
) -> dict[str, Any]:
    from followup.services import maildata

    rules = maildata.load(settings).rules
    moment = now or datetime.now(UTC).replace(tzinfo=None)
    since = moment - timedelta(days=LOOK_BACK_DAYS)
    with db.read(settings.db_url) as reader:
        candidates = queries.reply_candidates(reader, since)
        known = queries.known_reply_ids(reader)
        mine = {a.lower() for a in (str(settings["smtp.from"]), user) if "@" in a}
        profile = queries.get_profile(reader)
        if profile.email:
            mine.add(profile.email.lower())
    out: dict[str, Any] = {
        "checked": 0,
        "replies": [],
        "automatic": [],
        "bounces": [],
        "cancelled": [],
    }
    with opened() as box:
        if not candidates:  # nothing to match; the login is still checked
            return out
        first = min((c.since for c in candidates if c.since), default=since)
        found = box.since(first.date() - timedelta(days=1))
    out["checked"] = len(found)
    if not found:  # nothing arrived: nothing to write
        return out
    sent_ids = {mid: c.round_id for c in candidates for mid in c.message_ids}
    with db.transaction(settings.db_url) as conn:
        for incoming in found:
            key = _key(incoming)
            if key in known or incoming.sender in mine:
                continue
            known.add(key)
            if incoming.bounce is not None:
                _bounce(conn, incoming, key, sent_ids, out)
                continue
            match = match_reply(
                incoming.sender, incoming.references, incoming.received, candidates, rules
            )
            if match is None:
                continue
            why_auto = automatic(incoming.headers, rules)
            outbox_id = None
            if match.message_id:
                hit = conn.rows(
                    "SELECT id FROM outbox WHERE message_id = :m", {"m": match.message_id}
                )
                outbox_id = int(hit[0]["id"]) if hit else None
            values = {
                "round_id": match.round_id,
                "outbox_id": outbox_id,
                "kind": "auto" if why_auto else "reply",
                "message_id": key,
                "sender": incoming.from_text[:400],
                "subject": incoming.subject[:998],
                "received_at": incoming.received,
                "matched_by": match.by,
                "note": why_auto,
            }
            reply_id = queries.insert_reply(conn, values)
            item = {"id": reply_id, **values, "received_at": _iso(incoming.received)}
            if why_auto:
                out["automatic"].append(item)
                continue
            queries.mark_reply_received(conn, match.round_id)
            when = incoming.received.date().isoformat() if incoming.received else "just now"
            out["cancelled"] += queries.cancel_scheduled(
                conn, match.round_id, f"they replied ({when}): {incoming.subject[:80]}"
            )
            out["replies"].append(item)
    return out


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() + "Z" if value else None


def _bounce(
    conn: Any, incoming: Any, key: str, sent_ids: dict[str, int], out: dict[str, Any]
) -> None:
    bounce = incoming.bounce
    for mid in bounce.message_ids:
        round_id = sent_ids.get(mid)
        if round_id is None:
            continue
        hit = conn.rows("SELECT id FROM outbox WHERE message_id = :m", {"m": mid})
        outbox_id = int(hit[0]["id"]) if hit else None
        if outbox_id is not None:
            queries.update_outbox(
                conn,
                outbox_id,
                {"state": FAILED, "detail": f"bounced: {bounce.detail}"[:2000]},
                states=(SENT, UNKNOWN),
            )
        values = {
            "round_id": round_id,
            "outbox_id": outbox_id,
            "kind": "bounce",
            "message_id": key,
            "sender": incoming.from_text[:400],
            "subject": incoming.subject[:998],
            "received_at": incoming.received,
            "matched_by": "thread",
            "note": bounce.detail[:2000],
        }
        reply_id = queries.insert_reply(conn, values)
        out["bounces"].append({"id": reply_id, **values, "received_at": _iso(incoming.received)})
        return


def record_reply(
    settings: Settings,
    round_id: int,
    outcome: str | None = None,
    note: str | None = None,
    today: str | None = None,
) -> dict[str, Any]:
    """`followup reply ID`: record a reply by hand. `offer` and `rejected` set the
    application's status; anything still scheduled for the round is cancelled. Returns the
    reply record with `cancelled`, `status` and (for next-round) `next_round`: the company
    and role to add the next round with."""
    from followup.core.records import optional_text

    if outcome is not None and outcome not in OUTCOMES:
        raise InvalidInput(f"--outcome: {outcome!r} is not one of {', '.join(OUTCOMES)}")
    day = planning.today_for(settings, today)
    text = optional_text(note, "--note", 2000, multiline=True)
    with db.transaction(settings.db_url) as conn:
        stored = queries.get_round(conn, round_id)
        values = {
            "round_id": round_id,
            "kind": "manual",
            "matched_by": "hand",
            "outcome": outcome,
            "note": text,
            "received_at": datetime.combine(day, datetime.min.time()),
        }
        reply_id = queries.insert_reply(conn, values)
        queries.mark_reply_received(conn, round_id)
        cancelled = queries.cancel_scheduled(conn, round_id, "they replied (recorded by you)")
        status = stored.status
        if outcome in ("offer", "rejected"):
            queries.update_application(conn, stored.application_id, status=outcome)
            status = outcome
    result: dict[str, Any] = {
        "id": reply_id,
        "round_id": round_id,
        "company": stored.interview.company,
        "role": stored.interview.role,
        "outcome": outcome,
        "note": text,
        "reply_state": REPLIED,
        "status": status,
        "cancelled": cancelled,
    }
    if outcome == "next-round":
        result["next_round"] = {
            "company": stored.interview.company,
            "role": stored.interview.role,
        }
    return result


# ---------------------------------------------------------------- today


def next_check_in(
    settings: Settings,
    interview: Interview,
    plan: Plan,
    calendars: dict[tuple[str, str | None], Any] | None = None,
) -> tuple[date | None, date | None]:
    """(followed up on, check-in day) of a round (SPEC §7): the day of its first recorded
    follow-up (None: none recorded) and the day a polite check-in is due when no reply came
    (None: no follow-up yet, or no more check-ins planned). `calendars` caches one holiday
    calendar per (country, subdivision) across rounds."""
    follow_ups = [a for a in interview.actions if a.kind not in (*NOT_FOLLOW_UPS, "check-in")]
    if not follow_ups:  # a call nobody answered is not a follow-up
        return None, None
    done = sum(1 for a in interview.actions if a.kind == "check-in")
    request = planning.request_for(settings, interview)
    region = (request.country, request.subdiv)
    cache = calendars if calendars is not None else {}
    calendar = cache.get(region)
    if calendar is None:  # one calendar per region: its holidays are read once
        calendar = cache[region] = planning.holiday_calendar(*region)
    first = min(a.on for a in follow_ups)
    return first, check_in_day(request, settings.policy, plan, first, calendar, done)


def early_check_in(settings: Settings, interview: Interview, plan: Plan, day: date) -> str | None:
    """Why a check-in written on `day` would come too early (SPEC §7), or None: before the
    check-in day, or before any follow-up while a thank-you is still worth sending."""
    from followup.core.plan import fmt_day, late_window

    first, check_in = next_check_in(settings, interview, plan)
    if first is not None:
        if check_in is None or day >= check_in:
            return None
        why = (
            f"the first business day after their decision date, {fmt_day(interview.deadline)}"
            if interview.deadline is not None and interview.deadline >= first
            else f"counted from your follow-up on {fmt_day(first)}"
        )
        return f"the check-in day is {fmt_day(check_in)} ({why}), after today"
    window = plan.window
    if (
        window is None
        or day > window.latest
        and not late_window(window.latest, day, settings.policy.late_days)
    ):
        return None  # too late for a thank-you: the plan itself proposes a check-in
    return (
        "a check-in follows the thank-you, and no follow-up is recorded for this round: "
        "write the thank-you first (or record one you made with 'followup done ID')"
    )


def tracking(settings: Settings, day: date) -> dict[str, list[dict[str, Any]]]:
    """`today`'s tracking part: rounds `waiting` for an answer (with the decision date and
    the check-in day), and `check_ins` whose day has come with no reply."""
    since = day - timedelta(days=WAITING_DAYS) if day > date.min + timedelta(WAITING_DAYS) else None
    filters = queries.Filters(status="active", interviewed_from=since, interviewed_to=day)
    with db.read(settings.db_url) as reader:
        found = [
            s
            for s in queries.find_rounds(reader, filters, newest_first=False)
            if s.interview.followed_up
        ]
        ids = [int(s.interview.id or 0) for s in found]
        replied = queries.replied_rounds(reader, ids)
    planner = planning.Planner(settings, day)
    calendars: dict[tuple[str, str | None], Any] = {}
    waiting: list[dict[str, Any]] = []
    due: list[dict[str, Any]] = []
    for stored in found:
        interview = stored.interview
        if interview.id in replied:
            continue
        first, check_in = next_check_in(settings, interview, planner(interview), calendars)
        if first is None:
            continue
        item = {
            "id": interview.id,
            "company": interview.company,
            "role": interview.role,
            "reply_state": WAITING,
            "followed_up": first.isoformat(),
            "decision_date": interview.deadline.isoformat() if interview.deadline else None,
            "check_in": check_in.isoformat() if check_in else None,
        }
        waiting.append(item)
        if check_in is not None and check_in <= day:
            due.append(item)
    return {"waiting": waiting, "check_ins": due}
