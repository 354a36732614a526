"""Send, schedule and track the follow-up email, exactly once.

Every message goes through the outbox table. A message is marked `sending` (durably, in its
own transaction) before its data goes to the server, and `sent` after the server's 250: a
worker that dies in between leaves it `sending`, and the next worker marks it `unknown`
for the user to verify — never sends it again by itself. Several workers may run at once:
each takes its next message with one atomic UPDATE inside a write transaction.

The etiquette guard (SPEC §3 window) refuses, without `force`, a send or a schedule on the
interview day, before the window, after it, or on or after the employer's deadline.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Sequence
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from followup.config import Settings
from followup.core.errors import ConfigError, Conflict, ExternalError, InvalidInput, NotFound
from followup.core.models import Draft, FollowUpAction, Interview, Person
from followup.core.plan import Plan, fmt_day, recipient_for
from followup.core.sending import (
    CANCELLED,
    FAILED,
    SCHEDULED,
    SENDING,
    SENT,
    STATES,
    UNKNOWN,
    UNKNOWN_ADVICE,
    OutboxMessage,
    Outcome,
    retry_delay,
    window_close,
    window_problem,
)
from followup.delivery import credentials
from followup.delivery.message import Mail, build, copied, new_message_id, with_date
from followup.services import planning
from followup.store import db, queries

if TYPE_CHECKING:
    from followup.delivery.imap import Mailbox
    from followup.services import maildata  # the mail data file: read only to send

MAIL_KINDS = ("email", "check-in")
MAX_REFERENCES = 10
"""Message-IDs kept in References (RFC 5322 §3.6.4): the thread's first and the latest,
as mail programs trim a long thread, so a header never grows with every message sent."""
CLOSED_HOLD = (
    "the window closed before it could be sent (was the machine asleep?); send it anyway "
    "with 'followup schedule {round} --force', or cancel it"
)
RESTORED_HOLD = "restored from an export: confirm it with 'followup schedule {round}'"


def utc_now() -> datetime:
    """Now, as the naive UTC the database stores."""
    return datetime.now(UTC).replace(tzinfo=None)


def _naive_utc(value: datetime) -> datetime:
    return value.astimezone(UTC).replace(tzinfo=None)


def _local(value: datetime, tz: str) -> datetime:
    return value.replace(tzinfo=UTC).astimezone(ZoneInfo(tz))


def _moment(when: datetime) -> str:
    """A moment as people read it: 'Mon 30 Nov 2026 10:00 (Europe/Paris)'."""
    zone = f" ({when.tzinfo})" if when.tzinfo is not None else ""
    return f"{fmt_day(when.date())} {when:%H:%M}{zone}"


# ---------------------------------------------------------------- preparing a message


@dataclass
class Prepared:
    """A round's follow-up, ready to become a message: who, what, the plan behind it."""

    interview: Interview
    plan: Plan
    draft: Draft
    mail: Mail
    tz: str
    kind: str
    outbox: list[OutboxMessage] = field(default_factory=list)


def _pick_draft(drafts: Sequence[Draft], draft_id: int | None, person: Person, done: bool) -> Draft:
    """Draft `draft_id`, else the newest mail draft to the plan's recipient (an email before
    a check-in, unless the follow-up is done); never a note written to someone else."""
    if draft_id is not None:
        for draft in drafts:
            if draft.id == draft_id:
                if draft.kind not in MAIL_KINDS:
                    raise InvalidInput(
                        f"draft #{draft_id} is a {draft.kind}, not an email: only email and "
                        "check-in drafts are sent (a card or letter goes by post)"
                    )
                return draft
        raise NotFound(f"draft #{draft_id} does not belong to this round (see 'followup show')")
    mails = [d for d in drafts if d.kind in MAIL_KINDS]
    if not mails:
        raise InvalidInput("no email draft for this round yet: write one with 'followup draft ID'")
    wanted = (person.email or "").lower()

    def for_them(draft: Draft) -> bool:
        # a note for someone else sent to the same address to pass on is not theirs
        if draft.to_email and draft.to_name not in (None, person.name):
            return False
        if draft.to_email:
            return bool(wanted) and draft.to_email.lower() == wanted
        return draft.to_name in (None, person.name)

    mine = [d for d in mails if for_them(d)]
    if not mine:
        raise InvalidInput(
            f"no email draft to {person.name} (the plan's recipient) yet: write it with "
            "'followup draft ID', or pick another with --draft N (see 'followup draft list ID')"
        )
    first = "check-in" if done else "email"
    preferred = [d for d in mine if d.kind == first]
    return (preferred or mine)[-1]  # the newest


def prepare(
    settings: Settings,
    round_id: int,
    draft_id: int | None = None,
    today: date | None = None,
    *,
    message_id: bool = True,
) -> Prepared:
    """The round's current email draft (or draft `draft_id`) addressed as the plan says,
    threaded after what was already sent for the round; without `message_id` (a mailto:
    link, which the mail program numbers) the mail gets no Message-ID. InvalidInput or
    ConfigError say what is missing (a draft, an address, your From address)."""
    day = today or planning.today_for(settings, None)
    with db.read(settings.db_url) as reader:
        stored = queries.get_round(reader, round_id)
        drafts = queries.list_drafts(reader, round_id)
        profile = queries.get_profile(reader)
        sent = queries.outbox_messages(reader, round_id=round_id)
        replies = queries.replies_of(reader, [round_id])
    interview = stored.interview
    plan = planning.Planner(settings, day)(interview)
    person = recipient_for(plan, interview)
    draft = _pick_draft(drafts, draft_id, person, plan.status == "done")
    to_email = draft.to_email or (person.email if draft.to_name in (None, person.name) else None)
    if not to_email:
        raise InvalidInput(
            f"no email address for {draft.to_name or person.name}: add it with 'followup edit "
            f"{round_id}' and write the draft again"
        )
    sender = str(settings["smtp.from"]).strip() or (profile.email or "")
    if not sender:
        raise ConfigError(
            "no From address: set smtp.from or your profile's email ('followup profile --email')"
        )
    thread = [(m.sent_at or m.due_at, m.message_id) for m in sent if m.state in (SENT, UNKNOWN)]
    thread += [
        (r.received_at or datetime.min, r.message_id)
        for r in replies
        if r.kind == "reply" and r.message_id
    ]
    refs = [mid for _when, mid in sorted(thread)]
    if len(refs) > MAX_REFERENCES:  # the thread's first message and the latest ones
        refs = refs[:1] + refs[1 - MAX_REFERENCES :]
    route = plan.route
    if route is not None and route.how not in (None, "email", "thread") and draft_id is None:
        raise InvalidInput(
            f"your notes say to reach {route.to.name} by {route.how} ({route.said}), not by "
            "email: nothing is sent (--draft N sends a draft anyway)"
        )
    cc = tuple(
        (p.name, p.email)
        for p in (route.cc if route is not None else ())
        if p.email and p.email.lower() != to_email.lower()
    )
    mail = Mail(
        from_name=profile.name,
        from_email=sender,
        to_name=draft.to_name or person.name,
        to_email=to_email,
        cc=cc,
        subject=draft.subject or f"Thank you: {interview.role}",
        body=draft.body,
        message_id=new_message_id(sender) if message_id else None,
        in_reply_to=refs[-1] if refs else None,
        references=tuple(refs),
    )
    tz = interview.tz or plan.tz
    kind = "check-in" if draft.kind == "check-in" else "email"
    return Prepared(interview, plan, draft, mail, tz, kind, sent)


def _guard(prepared: Prepared, when: datetime, force: bool, doing: str) -> str | None:
    """The window problem at `when` (aware), or None; Conflict unless `force`."""
    if prepared.kind == "check-in":
        return None  # a check-in follows the reply rules (SPEC §7), not the thank-you window
    day = when.astimezone(ZoneInfo(prepared.tz)).date()
    problem = window_problem(prepared.plan, day, prepared.interview.deadline)
    if problem and not force:
        raise Conflict(f"not {doing}: {problem}; add --force to do it anyway")
    return problem


def _already(prepared: Prepared, force: bool) -> None:
    """Refuse a second follow-up of the same kind while one was sent or may have been."""
    if force:
        return
    for m in prepared.outbox:
        if m.kind != prepared.kind:
            continue
        if m.state == SENT:
            raise Conflict(
                f"message #{m.id} for round {m.round_id} was already sent on "
                f"{fmt_day(_local(m.sent_at or m.due_at, m.tz).date())}; add --force to send "
                "another"
            )
        if m.state in (UNKNOWN, SENDING):
            raise Conflict(
                f"message #{m.id} for round {m.round_id} is {m.state}: {UNKNOWN_ADVICE}; add "
                "--force to send it anyway"
            )


def _values(prepared: Prepared, due: datetime, not_after: datetime | None) -> dict[str, Any]:
    mail = prepared.mail
    return {
        "round_id": prepared.interview.id,
        "draft_id": prepared.draft.id,
        "kind": prepared.kind,
        "due_at": _naive_utc(due),
        "not_after": _naive_utc(not_after) if not_after else None,
        "tz": prepared.tz,
        "message_id": mail.message_id,
        "sender": mail.from_email,
        "recipient": mail.to_email,
        "to_name": mail.to_name,
        "subject": mail.subject,
        "raw": build(mail).decode("ascii"),
    }


# ---------------------------------------------------------------- send now


def smtp_server(settings: Settings) -> credentials.Server:
    server = credentials.server(settings, "smtp")
    if server is None:
        raise ConfigError(
            "no SMTP server: set smtp.host (and smtp.user, smtp.from), or use 'followup eml' "
            "or 'followup mailto' to send it from your mail program"
        )
    return server


def send_now(
    settings: Settings,
    round_id: int,
    draft_id: int | None = None,
    force: bool = False,
    now: datetime | None = None,
) -> dict[str, Any]:
    """`followup send`: hand the follow-up to the SMTP server now. Returns the outbox
    message (as `outbox --json` shows it) with `warning` when the guard was forced.

    Durability, as the worker's (`work_once`): the message is claimed (`sending`, with its
    hand-over time) in a transaction written to disk (fsync) before its data goes to the
    server; what follows (the outcome, the Sent folder) is committed on the same database
    connection safe against a crash of followup, and written to disk when the connection
    closes at the end of the command. A send cut short at any point leaves the message
    `sending` at worst, which `recover` marks `unknown`: never lost, never sent twice."""
    from followup.delivery.smtp import Connection

    server = smtp_server(settings)
    moment = (now or datetime.now(UTC)).astimezone(UTC)
    prepared = prepare(
        settings, round_id, draft_id, moment.astimezone(ZoneInfo(settings.timezone)).date()
    )
    problem = _guard(prepared, moment, force, "sending")
    _already(prepared, force)
    opened = _open_sent_folder(settings)  # logs in while the message goes out
    try:
        return _send_prepared(settings, prepared, Connection(server), moment, now, problem, opened)
    finally:
        if opened is not None:
            with suppress(ExternalError, ConfigError):  # said already, if it mattered
                opened().close()


def _open_sent_folder(settings: Settings) -> Callable[[], Mailbox] | None:
    """The IMAP mailbox being opened aside (`Mailbox.open_aside`) when IMAP is set up."""
    server = credentials.server(settings, "imap")
    if server is None:
        return None
    from followup.delivery.imap import Mailbox

    return Mailbox(server, sent_folder=str(settings["imap.sent_folder"])).open_aside(find_sent=True)


def _send_prepared(
    settings: Settings,
    prepared: Prepared,
    connection: Any,
    moment: datetime,
    now: datetime | None,
    problem: str | None,
    opened: Callable[[], Mailbox] | None,
) -> dict[str, Any]:
    connection.open()  # a wrong server or login stops here, before anything is stored
    worker = worker_name()
    values = _values(prepared, moment, None if problem else window_close(prepared.plan))
    values.update(
        state=SENDING,
        forced=bool(problem),
        claimed_by=worker,
        claimed_at=_naive_utc(moment),
        handed_at=_naive_utc(moment),
        attempts=1,
    )
    raw = with_date(values["raw"].encode("ascii"), moment)
    claimed: list[int] = []  # the message's id once its claim is committed
    cancelled: list[int] = []
    with db.connection(settings.db_url) as conn:

        def claim() -> None:
            """Store the message as sending, fsynced, before any of its data goes out."""
            with conn.begin():
                claimed.append(queries.insert_outbox(conn, values))
                cancelled.extend(
                    m.id
                    for m in prepared.outbox
                    if m.state == SCHEDULED
                    and m.kind == prepared.kind
                    and queries.update_outbox(
                        conn,
                        m.id,
                        {"state": CANCELLED, "detail": f"sent now instead (message #{claimed[0]})"},
                        states=(SCHEDULED,),
                    )
                )
            conn.durable(False)  # the rest: safe against a crash, on disk when it closes

        try:  # the claim's fsync runs while the server answers MAIL FROM
            outcome = connection.send(
                values["sender"], [values["recipient"], *copied(raw)], raw, claim
            )
        finally:
            connection.close()
        if not claimed:  # the server was not reached: kept for the worker to try again
            claim()
        message_id = claimed[0]
        msg = _message(conn, message_id)
        from followup.services import maildata

        data = maildata.load(settings)
        with conn.begin():
            _finish(conn, msg, outcome, data, _naive_utc(now) if now else utc_now())
        filed = _file_sent(settings, [message_id], conn, opened) if outcome.state == SENT else {}
        result = _message(conn, message_id).to_dict()
    result["cancelled"] = cancelled
    _say_route(result, prepared)
    if problem:
        result["warning"] = problem
    if message_id in filed:
        result["filed_warning"] = filed[message_id]
    if outcome.state == UNKNOWN:
        result["advice"] = UNKNOWN_ADVICE
    if outcome.state in (FAILED, SCHEDULED, UNKNOWN):
        result["error"] = outcome.detail
    return result


def _say_route(result: dict[str, Any], prepared: Prepared) -> None:
    """Add to a sent or scheduled message's dict whom it copies (`cc`) and, when the round's
    notes named whom to write to, the plan's reason that says so (`route`)."""
    if prepared.mail.cc:
        result["cc"] = [{"name": n, "email": e} for n, e in prepared.mail.cc]
    route = prepared.plan.route
    if route is not None:
        from followup.core.etiquette import route_reason

        result["route"] = route_reason(route)


def _message(reader: db.Reader, message_id: int) -> OutboxMessage:
    found = queries.outbox_messages(reader, message=message_id, with_raw=True)
    if not found:
        raise NotFound(f"no outbox message #{message_id} (see 'followup outbox')")
    return found[0]


def _stored_message(settings: Settings, message_id: int) -> OutboxMessage:
    with db.read(settings.db_url) as reader:
        return _message(reader, message_id)


def _hand_over(
    connection: Any,
    msg: OutboxMessage,
    moment: datetime,
    before_data: Callable[[], None] | None = None,
) -> Outcome:
    assert msg.raw is not None
    raw = with_date(msg.raw, moment)
    return connection.send(msg.sender, [msg.recipient, *copied(raw)], raw, before_data)


def _finished(
    msg: OutboxMessage, outcome: Outcome, data: maildata.MailData, now: datetime
) -> queries.Finished:
    """What to record for a hand-over: a temporary failure waits for its next try (or fails
    after the last); a sent message records the follow-up action."""
    state, detail, next_try = outcome.state, outcome.detail or None, None
    if state == SCHEDULED:
        if msg.attempts < data.max_attempts:
            next_try = now + timedelta(seconds=retry_delay(msg.attempts, data.backoff_seconds))
        else:
            state = FAILED
            tries = f"{msg.attempts} tr{'y' if msg.attempts == 1 else 'ies'}"
            detail = f"gave up after {tries}: {outcome.detail}"
    action = None
    if state == SENT:
        to = f"{msg.to_name} <{msg.recipient}>" if msg.to_name else msg.recipient
        action = (
            msg.round_id,
            FollowUpAction(
                kind=msg.kind,
                on=_local(now, msg.tz).date(),
                to=to,
                channel="email",
                note=f"message #{msg.id}",
            ),
        )
    return queries.Finished(msg.id, state, detail, next_try, action)


def _finish(
    conn: Any, msg: OutboxMessage, outcome: Outcome, data: maildata.MailData, now: datetime
) -> None:
    """Record what the hand-over came to (inside the caller's transaction)."""
    done = _finished(msg, outcome, data, now)
    queries.finish_sending(
        conn, done.message_id, done.state, done.detail, now, done.next_try_at, done.action
    )


def _file_sent(
    settings: Settings,
    ids: Sequence[int],
    conn: db.Session | None = None,
    opened: Callable[[], Mailbox] | None = None,
) -> dict[int, str]:
    """Append sent messages to the IMAP Sent folder when IMAP is set up; problems by id.
    `conn`: the connection the caller holds (else each message is read and recorded in a
    transaction of its own); `opened`: the mailbox the caller has begun to open
    (`_open_sent_folder`)."""
    server = credentials.server(settings, "imap")
    if server is None or not ids:
        return {}
    from followup.delivery.imap import Mailbox

    problems: dict[int, str] = {}
    try:
        box = opened() if opened else Mailbox(server, sent_folder=str(settings["imap.sent_folder"]))
        with box:
            for message_id in ids:
                msg = _message(conn, message_id) if conn else _stored_message(settings, message_id)
                assert msg.raw is not None
                when = msg.sent_at.replace(tzinfo=UTC) if msg.sent_at else datetime.now(UTC)
                try:
                    folder = box.append_sent(with_date(msg.raw, when), when)
                except ExternalError as exc:
                    problems[message_id] = str(exc)
                    continue
                _record_filed(settings, conn, message_id, folder)
    except (ExternalError, ConfigError) as exc:
        for message_id in ids:
            problems.setdefault(message_id, str(exc))
    return problems


def _record_filed(
    settings: Settings, conn: db.Session | None, message_id: int, folder: str
) -> None:
    if conn is None:
        with db.transaction(settings.db_url) as writer:
            queries.update_outbox(writer, message_id, {"filed": folder})
        return
    with conn.begin():
        queries.update_outbox(conn, message_id, {"filed": folder})


# ---------------------------------------------------------------- schedule


def parse_at(text: str, tz: str) -> datetime:
    """An ISO 8601 date-time; without an offset it is the recipient's local time."""
    try:
        value = datetime.fromisoformat(text.strip())
    except ValueError:
        raise InvalidInput(
            f"--at: {text!r} is not an ISO date-time (e.g. 2026-11-23T10:00 or "
            "2026-11-23T10:00:00-05:00)"
        ) from None
    if value.tzinfo is None:
        value = value.replace(tzinfo=ZoneInfo(tz))
    return value


def schedule(
    settings: Settings,
    round_id: int,
    draft_id: int | None = None,
    at: str | None = None,
    force: bool = False,
    today: str | None = None,
) -> dict[str, Any]:
    """`followup schedule`: put the follow-up in the outbox for the plan's `send_at` (or
    `at`). A held message of the round (restored, or whose window closed) is confirmed with
    the new time instead of adding a second one."""
    day = planning.today_for(settings, today)
    prepared = prepare(settings, round_id, draft_id, day)
    plan = prepared.plan
    if at:
        when = parse_at(at, prepared.tz)
    elif prepared.kind == "check-in":
        raise InvalidInput("give --at for a check-in (see the check-in day on 'followup today')")
    elif plan.send_at is None:
        raise InvalidInput("the plan has no window, so no send time; give --at and --force")
    else:
        when = plan.send_at
    late = None
    # Now; with --today (a pretend day), the start of that day where the recipient lives.
    now = (
        datetime.now(UTC)
        if today is None
        else datetime.combine(day, datetime.min.time(), tzinfo=ZoneInfo(prepared.tz))
    )
    if not at and when < now:  # the planned moment has passed: the next worker run sends it
        late = (
            f"the planned time ({_moment(when)}) has passed; it goes out at the worker's next run"
        )
        when = now
    problem = _guard(prepared, when, force, "scheduling")
    _already(prepared, force)
    not_after = None if (problem or prepared.kind == "check-in") else window_close(plan)
    values = _values(prepared, when, not_after)
    values.update(follows_plan=not at, forced=bool(problem))
    same_kind = [m for m in prepared.outbox if m.kind == prepared.kind and m.state == SCHEDULED]
    waiting = [m for m in same_kind if m.hold is None]
    if waiting and not force:
        m = waiting[0]
        raise Conflict(
            f"round {round_id} already has message #{m.id} scheduled for "
            f"{_moment(_local(m.due_at, m.tz))}; cancel it first ('followup cancel "
            f"--message {m.id}')"
        )
    with db.transaction(settings.db_url) as conn:
        held = [m for m in same_kind if m.hold is not None]
        if held:
            message_id = held[0].id
            values.pop("message_id")
            values.update(hold=None, next_try_at=None, detail=None)
            queries.update_outbox(conn, message_id, values, states=(SCHEDULED,))
        else:
            message_id = queries.insert_outbox(conn, values)
    result = _stored_message(settings, message_id).to_dict()
    result["local_time"] = when.astimezone(ZoneInfo(prepared.tz)).isoformat()
    _say_route(result, prepared)
    if problem:
        result["warning"] = problem
    if late:
        result["note"] = late
    return result


# ---------------------------------------------------------------- outbox, cancel


def advice(msg: OutboxMessage) -> str | None:
    """What the user should do about a message, if anything."""
    if msg.state == UNKNOWN:
        return UNKNOWN_ADVICE
    if msg.state == SCHEDULED and msg.hold:
        return msg.hold
    if msg.state == FAILED:
        return "fix the address or the draft, then 'followup send' or 'followup schedule' again"
    return None


def outbox(settings: Settings, states: Sequence[str] = ()) -> list[dict[str, Any]]:
    """`followup outbox`: every message with its state (and advice where one is needed).
    InvalidInput for a state that is not one of core.sending.STATES."""
    unknown = [s for s in states if s not in STATES]
    if unknown:
        raise InvalidInput(f"--state: {unknown[0]!r} is not one of {', '.join(STATES)}")
    with db.read(settings.db_url) as reader:
        found = queries.outbox_messages(reader, states=states)
    out = []
    for msg in found:
        item = msg.to_dict()
        item["local_due"] = _local(msg.due_at, msg.tz).isoformat()
        item["advice"] = advice(msg)
        out.append(item)
    return out


def cancel(
    settings: Settings, round_id: int | None = None, message: int | None = None
) -> list[int]:
    """`followup cancel`: take a round's scheduled messages (or message `message`) out of
    the outbox; the ids cancelled. A message already sending or sent cannot be cancelled."""
    if (round_id is None) == (message is None):
        raise InvalidInput("give a round ID or --message N (one of them)")
    with db.transaction(settings.db_url) as conn:
        if round_id is not None:
            queries.get_round(conn, round_id)
            return queries.cancel_scheduled(conn, round_id, "cancelled by you")
        assert message is not None
        found = queries.outbox_messages(conn, message=message)
        if not found:
            raise NotFound(f"no outbox message #{message} (see 'followup outbox')")
        msg = found[0]
        if msg.state == CANCELLED:
            raise Conflict(f"message #{message} is already cancelled")
        if msg.state != SCHEDULED:
            raise Conflict(f"message #{message} is {msg.state}, so it cannot be cancelled")
        queries.update_outbox(
            conn, message, {"state": CANCELLED, "detail": "cancelled by you"}, states=(SCHEDULED,)
        )
        return [message]


# ---------------------------------------------------------------- the worker


def boot_id() -> str:
    """This boot of the machine (Linux), or "" where it cannot be told."""
    try:
        with open("/proc/sys/kernel/random/boot_id") as fh:
            return fh.read().strip()[:8]
    except OSError:
        return ""


def worker_name() -> str:
    """host:pid:boot:token — who claimed a message. The pid tells whether it still runs;
    the boot whether the machine restarted since (then commits made without an fsync may be
    lost)."""
    from socket import gethostname

    return f"{gethostname()}:{os.getpid()}:{boot_id()}:{uuid.uuid4().hex[:8]}"


def _worker_fate(worker: str | None) -> str:
    """`running`, `stopped` (its process ended on this boot: everything it committed is
    there), `rebooted` (the machine restarted since: its last commits may be lost) or
    `unknown` (another machine)."""
    if not worker:
        return "stopped"
    parts = worker.split(":")
    from socket import gethostname

    if len(parts) < 4 or parts[0] != gethostname() or not parts[1].isdigit():
        return "unknown"
    current = boot_id()
    if not parts[2] or not current:
        return "unknown"
    if parts[2] != current:
        return "rebooted"
    try:
        os.kill(int(parts[1]), 0)
    except ProcessLookupError:
        return "stopped"
    except PermissionError:
        return "running"
    return "running"


def recover(settings: Settings, now: datetime | None = None) -> list[int]:
    """Settle messages left `sending` by a worker that is gone. One it had not begun to
    hand over goes back to the queue; one it had may have reached the server, so it is
    marked `unknown` for the user to verify — never resent. The ids marked unknown."""
    moment = now or utc_now()
    from followup.services import maildata

    data = maildata.load(settings)
    stale = moment - timedelta(seconds=data.lease_seconds)
    out = []
    with db.transaction(settings.db_url) as conn:
        for msg in queries.in_flight(conn):
            fate = _worker_fate(msg.claimed_by)
            old = msg.claimed_at is not None and msg.claimed_at < stale
            if fate == "running" or (fate == "unknown" and not old):
                continue
            if fate == "stopped" and msg.handed_at is None:
                queries.update_outbox(
                    conn,
                    msg.id,
                    {"state": SCHEDULED, "claimed_by": None, "attempts": msg.attempts - 1},
                    states=(SENDING,),
                )
                continue
            why = {
                "stopped": "stopped while sending it",
                "rebooted": "was stopped by a restart of the machine",
            }.get(fate, "did not finish in time")
            detail = f"the worker {why}; {UNKNOWN_ADVICE}"
            if queries.update_outbox(
                conn, msg.id, {"state": UNKNOWN, "detail": detail}, states=(SENDING,)
            ):
                out.append(msg.id)
    return out


@dataclass
class Pass:
    """What one pass of the worker did."""

    sent: list[int] = field(default_factory=list)
    failed: list[int] = field(default_factory=list)
    retry: list[int] = field(default_factory=list)
    unknown: list[int] = field(default_factory=list)
    held: list[int] = field(default_factory=list)
    recovered: list[int] = field(default_factory=list)
    replies: dict[str, Any] | None = None
    errors: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "sent": self.sent,
            "failed": self.failed,
            "retry": self.retry,
            "unknown": self.unknown,
            "held": self.held,
            "recovered": self.recovered,
            "replies": self.replies,
            "errors": self.errors,
        }


def hold_closed(settings: Settings, now: datetime) -> list[int]:
    """Hold the due messages whose window has closed (the worker woke too late)."""
    with db.transaction(settings.db_url) as conn:
        held = queries.hold_closed_windows(conn, now, "")
        for message_id in held:
            msg = queries.outbox_messages(conn, message=message_id)[0]
            queries.update_outbox(
                conn, message_id, {"hold": CLOSED_HOLD.format(round=msg.round_id)}
            )
    return held


BATCH = 200  # messages claimed per durable (fsync) transaction


def work_once(
    settings: Settings,
    worker: str | None = None,
    check_replies: bool = True,
    now: Callable[[], datetime] = utc_now,
) -> Pass:
    """One pass: settle abandoned messages, read replies (when IMAP is set up), hold what is
    too late, then send everything due over one SMTP connection.

    Durability: a batch of due messages is claimed in one transaction written to disk
    (fsync). Before each message's hand-over, `handed_at` is committed — safe against a
    crash of this process, though not fsynced — together with the outcome of the message
    before. A worker killed mid-pass therefore leaves at most one message `unknown`; after
    a power cut, when such commits may be lost, every message it had claimed is `unknown`
    (see `recover`): never one sent twice.
    """
    from followup.delivery.smtp import Connection

    worker = worker or worker_name()
    done = Pass(recovered=recover(settings, now()))
    if check_replies and credentials.server(settings, "imap") is not None:
        from followup.services.replies import poll

        try:
            done.replies = poll(settings)
        except (ExternalError, ConfigError) as exc:
            done.errors.append(str(exc))
    done.held = hold_closed(settings, now())
    from followup.services import maildata

    data = maildata.load(settings)
    server = credentials.server(settings, "smtp")
    if server is None:
        with db.read(settings.db_url) as reader:
            due = queries.outbox_messages(reader, states=(SCHEDULED,))
        if any(m.hold is None and m.due_at <= now() for m in due):
            done.errors.append(str(_no_smtp()))
        return done
    connection = Connection(server)
    previous: tuple[OutboxMessage, Outcome] | None = None
    try:
        with db.connection(settings.db_url) as conn:
            try:
                previous = _send_batches(conn, connection, worker, data, done, now)
            finally:
                conn.durable(True)
                with conn.begin():
                    if previous is not None:
                        _finish(conn, previous[0], previous[1], data, now())
                    queries.release(conn, worker)
    finally:
        connection.close()
    problems = _file_sent(settings, done.sent)
    done.errors += [f"message #{k}: {v}" for k, v in problems.items()]
    return done


def _send_batches(
    conn: Any,
    connection: Any,
    worker: str,
    data: maildata.MailData,
    done: Pass,
    now: Callable[[], datetime],
) -> tuple[OutboxMessage, Outcome] | None:
    """Claim and send batches until nothing is due (or the server is out of reach); the
    last message's outcome, not yet recorded."""
    previous: tuple[OutboxMessage, Outcome] | None = None
    while True:
        conn.durable(True)
        with conn.begin() as claiming:  # the claim is fsynced: it must survive anything
            batch = queries.claim_due(conn, worker, now(), BATCH)
            if not batch:  # nothing written: no fsync; the caller records `previous`
                claiming.rollback()
                return previous
            if previous is not None:
                _finish(conn, previous[0], previous[1], data, now())
                previous = None
        conn.durable(False)
        for msg in batch:

            def record(msg: OutboxMessage = msg) -> None:
                nonlocal previous
                moment = now()
                last = _finished(*previous, data, moment) if previous is not None else None
                queries.sending_step(conn, last, msg.id, moment)
                previous = None

            try:
                outcome = _hand_over(connection, msg, now().replace(tzinfo=UTC), record)
            except ConfigError as exc:  # the login was refused: nothing more can go out
                done.errors.append(str(exc))
                done.retry.append(msg.id)
                return (msg, Outcome(SCHEDULED, str(exc)))
            if previous is not None:  # the server was never reached for this one
                moment = now()
                queries.sending_step(conn, _finished(*previous, data, moment), None, moment)
            previous = (msg, outcome)
            {SENT: done.sent, FAILED: done.failed, UNKNOWN: done.unknown}.get(
                outcome.state, done.retry
            ).append(msg.id)
            if not outcome.reachable:
                done.errors.append(outcome.detail)
                return previous
        if len(batch) < BATCH:  # nothing else was due: no other (fsynced) claim to make
            return previous


def _no_smtp() -> ConfigError:
    return ConfigError("messages are due but no SMTP server is set (smtp.host)")


def run_worker(
    settings: Settings,
    report: Callable[[Pass], None],
    stop: Callable[[], bool],
    sleep: Callable[[float], object],
) -> None:
    """`followup worker`: a pass every `outbox.poll_seconds`, reading replies every
    `outbox.replies_minutes`, until `stop()` says so."""
    import time

    worker = worker_name()
    poll = max(1, int(settings["outbox.poll_seconds"]))
    every = max(1, int(settings["outbox.replies_minutes"])) * 60
    last_replies = -float(every)
    while not stop():
        check = time.monotonic() - last_replies >= every
        if check:
            last_replies = time.monotonic()
        report(work_once(settings, worker, check_replies=check))
        sleep(poll)


# ---------------------------------------------------------------- re-planning


def replan(settings: Settings, round_id: int, today: date | None = None) -> list[dict[str, Any]]:
    """After the round changed (a new interview date, an updated invite): move each message
    scheduled at the plan's send time to the new one, keep one the user timed when it still
    fits the new window, and hold the others with the reason. What changed, per message."""
    with db.read(settings.db_url) as reader:
        found = queries.outbox_messages(reader, round_id=round_id, states=(SCHEDULED,))
        if not found:
            return []
        interview = queries.get_round(reader, round_id).interview
    plan = planning.Planner(settings, today or planning.today_for(settings, None))(interview)
    changes = []
    with db.transaction(settings.db_url) as conn:
        for msg in found:
            if msg.kind != "email" or msg.forced:
                continue
            values: dict[str, Any]
            local = _local(msg.due_at, msg.tz)
            problem = window_problem(plan, local.date(), interview.deadline)
            if plan.send_at is None or plan.window is None:
                values = {"hold": f"the round changed and now has no window: {problem}"}
            elif msg.follows_plan:
                values = {
                    "due_at": _naive_utc(plan.send_at),
                    "not_after": _naive_utc(window_close(plan) or plan.send_at),
                    "tz": plan.tz,
                }
                if plan.send_at.astimezone(UTC).replace(tzinfo=None) == msg.due_at:
                    continue
            elif problem:
                values = {
                    "hold": f"the round changed: {problem}; schedule it again for the new "
                    f"window ({fmt_day(plan.window.earliest)} - {fmt_day(plan.window.latest)})"
                }
            else:
                values = {"not_after": _naive_utc(window_close(plan) or msg.due_at)}
            queries.update_outbox(conn, msg.id, values, states=(SCHEDULED,))
            changes.append({"id": msg.id, **{k: str(v) for k, v in values.items()}})
    return changes


def hold_restored(conn: Any) -> None:
    """After a restore: no message comes back due. Scheduled ones are held for the user to
    confirm; one that was being sent is `unknown`."""
    for msg in queries.outbox_messages(conn, states=(SCHEDULED, SENDING)):
        if msg.state == SENDING:
            values = {"state": UNKNOWN, "detail": f"restored while sending; {UNKNOWN_ADVICE}"}
        else:
            values = {"hold": RESTORED_HOLD.format(round=msg.round_id)}
        queries.update_outbox(conn, msg.id, values)


# ---------------------------------------------------------------- eml and mailto


def eml(
    settings: Settings, round_id: int, draft_id: int | None = None, output: str | None = None
) -> dict[str, Any]:
    """`followup eml`: the follow-up as an unsent .eml (`X-Unsent: 1`) that Outlook,
    Thunderbird and Apple Mail open ready to edit and send. Written atomically to `output`
    (default `followup-ID.eml`; `-` returns the text instead). Returns {path, to, subject,
    bytes} (and `text` for `-`)."""
    from pathlib import Path

    from followup.delivery.files import write_atomic

    prepared = prepare(settings, round_id, draft_id)
    text = build(prepared.mail, unsent=True).decode("ascii")
    result: dict[str, Any] = {
        "to": prepared.mail.to_email,
        "subject": prepared.mail.subject,
        "bytes": len(text),
        "draft_id": prepared.draft.id,
    }
    if output == "-":
        return {**result, "path": None, "text": text}
    path = Path(output or f"followup-{round_id}.eml")
    db.refuse_overwrite(settings.db_url, path)
    write_atomic(path, text)
    return {**result, "path": str(path)}


def mailto_link(settings: Settings, round_id: int, draft_id: int | None = None) -> dict[str, Any]:
    """`followup mailto`: a mailto: link (RFC 6068) for webmail, and the text to paste."""
    from followup.delivery.message import mailto

    prepared = prepare(settings, round_id, draft_id, message_id=False)
    mail = prepared.mail
    return {
        "link": mailto(mail),
        "to": mail.to_email,
        "to_name": mail.to_name,
        "subject": mail.subject,
        "body": mail.body,
        "draft_id": prepared.draft.id,
    }
