"""Every query of followup, in one place, returning core objects.

Every query is plain SQL with named `:params`, run through a `db.Reader` (reads) or a
`db.Writer` (the write transaction of `db.transaction`): the standard library's sqlite3 on
a SQLite file, SQLAlchemy on any other database, so the same query serves both. Values are
stored as the schema (store/tables.py, SQLAlchemy's types) stores them: lists JSON-encoded
here, dates and instants by the Writer. SQLAlchemy is imported only by export and restore,
which read the column types from tables.py.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from typing import TYPE_CHECKING, Any

from followup.core.errors import InvalidInput, NotFound, no_record, quote
from followup.core.models import (
    NOT_FOLLOW_UPS,
    Channel,
    Draft,
    FollowUpAction,
    Format,
    Interview,
    Person,
    PersonRole,
    Profile,
)
from followup.store.db import Reader, Session, Writer

if TYPE_CHECKING:  # loaded by the queries that build them
    from followup.core.sending import OutboxMessage, ReplyRecord
    from followup.core.tracking import Candidate

CHUNK = 500  # ids per IN (...) list: well under every database's parameter limit
MAX_INTEGER = 2**63 - 1  # the largest INTEGER a database stores (SQLite, PostgreSQL BIGINT)


def _storable(number: int) -> bool:
    """Whether an id can be stored at all: the drivers refuse (OverflowError) a larger one,
    and no row has it, so looking it up finds nothing."""
    return -MAX_INTEGER - 1 <= number <= MAX_INTEGER


def no_round(round_id: int) -> NotFound:
    return no_record("interview round", round_id)


def now_utc() -> datetime:
    """Now, as the naive UTC datetime the database stores."""
    return datetime.now(UTC).replace(tzinfo=None)


def match_key(text: str) -> str:
    """How company and role names are compared: case and spacing do not matter."""
    return " ".join(text.casefold().split())


@dataclass
class StoredRound:
    """A round as stored: the Interview plus what belongs to its application."""

    interview: Interview
    application_id: int
    status: str
    job_url: str | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None


@dataclass
class Filters:
    """What `list` and `today` ask for. Dates bound the interview day (inclusive)."""

    status: str | None = None
    company: str | None = None
    interviewed_from: date | None = None
    interviewed_to: date | None = None
    not_followed_up: bool = False
    ids: Sequence[int] = field(default_factory=tuple)


# ---------------------------------------------------------------- value conversion


def _date(value: Any) -> date | None:
    if value is None or isinstance(value, date) and not isinstance(value, datetime):
        return value
    if isinstance(value, datetime):
        return value.date()
    return date.fromisoformat(str(value)[:10])


def _time(value: Any) -> time | None:
    if value is None or isinstance(value, time):
        return value
    return time.fromisoformat(str(value)).replace(second=0, microsecond=0)


def _datetime(value: Any) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))


def _list(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        value = json.loads(value)
    return [str(v) for v in value or []]


def _bind(reader: Reader, value: Any) -> Any:
    """A parameter as the database compares it (SQLite keeps dates as ISO text)."""
    if reader.dialect == "sqlite" and isinstance(value, date):
        return value.isoformat()
    return value


# ---------------------------------------------------------------- reads

_ROUND_COLUMNS = """
    r.id, r.application_id, r.interviewed, r.time, r.tz, r.format, r.channel, r.deadline,
    r.country, r.subdiv, r.topics, r.items, r.notes, r.created_at, r.updated_at, r.address,
    a.company, a.role, a.status, a.job_url, a.qualifications AS app_qualifications
"""


def _where(reader: Reader, filters: Filters) -> tuple[str, dict[str, Any]]:
    clauses: list[str] = []
    params: dict[str, Any] = {}
    if filters.status:
        clauses.append("a.status = :status")
        params["status"] = filters.status
    if filters.company:
        escaped = (
            match_key(filters.company).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        )
        clauses.append("a.company_key LIKE :company ESCAPE '\\'")
        params["company"] = f"%{escaped}%"
    if filters.interviewed_from is not None:
        clauses.append("r.interviewed >= :day_from")
        params["day_from"] = _bind(reader, filters.interviewed_from)
    if filters.interviewed_to is not None:
        clauses.append("r.interviewed <= :day_to")
        params["day_to"] = _bind(reader, filters.interviewed_to)
    if filters.not_followed_up:
        kinds = ", ".join(f"'{kind}'" for kind in NOT_FOLLOW_UPS)  # constants, not user text
        clauses.append(
            "NOT EXISTS (SELECT 1 FROM actions x WHERE x.round_id = r.id "
            f"AND x.kind NOT IN ({kinds}))"
        )
    if filters.ids:
        names = [f"id{i}" for i in range(len(filters.ids))]
        clauses.append(f"r.id IN ({', '.join(':' + n for n in names)})")
        params.update(zip(names, filters.ids, strict=True))
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def find_rounds(
    reader: Reader, filters: Filters, limit: int | None = None, newest_first: bool = True
) -> list[StoredRound]:
    """Rounds matching `filters`, newest interview first, with their people and actions."""
    where, params = _where(reader, filters)
    order = "DESC" if newest_first else "ASC"
    # A range of interview days is the selective part: CROSS JOIN keeps SQLite walking the
    # rounds' interview-day index (not every active application); other databases reorder
    # joins themselves, and the result is the same.
    ranged = filters.interviewed_from is not None or filters.interviewed_to is not None
    join = "CROSS JOIN" if ranged else "JOIN"
    sql = (
        f"SELECT {_ROUND_COLUMNS} FROM rounds r {join} applications a"
        + (where + " AND " if where else " WHERE ")
        + f"a.id = r.application_id ORDER BY r.interviewed {order}, r.id {order}"
    )
    if limit is not None:
        sql += " LIMIT :limit"
        params["limit"] = min(int(limit), MAX_INTEGER)
    rows = reader.rows(sql, params)
    found = [_stored_round(row) for row in rows]
    _attach(reader, found)
    return found


def count_rounds(reader: Reader, filters: Filters | None = None) -> int:
    where, params = _where(reader, filters or Filters())
    sql = (
        f"SELECT COUNT(*) AS n FROM rounds r JOIN applications a ON a.id = r.application_id{where}"
    )
    rows = reader.rows(sql, params)
    return int(rows[0]["n"]) if rows else 0


def any_rounds(reader: Reader) -> bool:
    return bool(reader.rows("SELECT id FROM rounds LIMIT 1"))


def get_round(reader: Reader, round_id: int) -> StoredRound:
    found = find_rounds(reader, Filters(ids=(round_id,))) if _storable(round_id) else []
    if not found:
        raise no_round(round_id)
    return found[0]


def _stored_round(row: Mapping[str, Any]) -> StoredRound:
    interviewed = _date(row["interviewed"])
    assert interviewed is not None
    interview = Interview(
        id=int(row["id"]),
        company=row["company"],
        role=row["role"],
        interviewed=interviewed,
        time=_time(row["time"]),
        tz=row["tz"],
        format=Format(row["format"]),
        channel=Channel(row["channel"]),
        deadline=_date(row["deadline"]),
        country=row["country"],
        subdiv=row["subdiv"],
        topics=_list(row["topics"]),
        items=_list(row["items"]),
        notes=row["notes"],
        address=row["address"],
        qualifications=_list(row["app_qualifications"]),
    )
    return StoredRound(
        interview,
        int(row["application_id"]),
        row["status"],
        row["job_url"],
        _datetime(row["created_at"]),
        _datetime(row["updated_at"]),
    )


def _chunks(ids: Sequence[int]) -> Iterable[Sequence[int]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start : start + CHUNK]


def _in_list(ids: Sequence[int]) -> tuple[str, dict[str, int]]:
    names = [f"r{i}" for i in range(len(ids))]
    return ", ".join(":" + n for n in names), dict(zip(names, ids, strict=True))


def _attach(reader: Reader, found: list[StoredRound]) -> None:
    by_id = {int(s.interview.id or 0): s.interview for s in found}
    ids = list(by_id)
    for chunk in _chunks(ids):
        marks, params = _in_list(chunk)
        for row in reader.rows(
            "SELECT round_id, name, email, phone, title, role, address FROM people "
            f"WHERE round_id IN ({marks}) ORDER BY round_id, position, id",
            params,
        ):
            by_id[row["round_id"]].people.append(
                Person(
                    row["name"],
                    row["email"],
                    row["phone"],
                    row["title"],
                    PersonRole(row["role"]),
                    row["address"],
                )
            )
        for row in reader.rows(
            "SELECT id, round_id, kind, channel, to_whom, on_date, outcome, note, reply_received "
            f"FROM actions WHERE round_id IN ({marks}) ORDER BY round_id, on_date, id",
            params,
        ):
            on = _date(row["on_date"])
            assert on is not None
            by_id[row["round_id"]].actions.append(
                FollowUpAction(
                    kind=row["kind"],
                    on=on,
                    to=row["to_whom"],
                    channel=row["channel"],
                    outcome=row["outcome"],
                    note=row["note"],
                    reply_received=bool(row["reply_received"]),
                    id=int(row["id"]),
                )
            )


def get_profile(reader: Reader) -> Profile:
    rows = reader.rows(
        "SELECT name, email, phone, qualifications, address FROM profile WHERE id = 1"
    )
    if not rows:
        return Profile()
    row = rows[0]
    return Profile(
        row["name"], row["email"], row["phone"], _list(row["qualifications"]), row["address"]
    )


def _draft(row: Mapping[str, Any]) -> Draft:
    return Draft(
        kind=row["kind"],
        body=row["body"],
        subject=row["subject"],
        to_name=row["to_name"],
        to_email=row["to_email"],
        id=int(row["id"]),
        round_id=int(row["round_id"]),
        video_url=row["video_url"],
    )


_DRAFT_COLUMNS = "id, round_id, kind, to_name, to_email, subject, body, video_url"


def list_drafts(reader: Reader, round_id: int) -> list[Draft]:
    if not _storable(round_id):
        return []
    rows = reader.rows(
        f"SELECT {_DRAFT_COLUMNS} FROM drafts WHERE round_id = :round_id ORDER BY id",
        {"round_id": round_id},
    )
    return [_draft(row) for row in rows]


def get_draft(reader: Reader, draft_id: int) -> Draft:
    if not _storable(draft_id):
        raise no_record("draft", draft_id)
    rows = reader.rows(f"SELECT {_DRAFT_COLUMNS} FROM drafts WHERE id = :id", {"id": draft_id})
    if not rows:
        raise no_record("draft", draft_id)
    return _draft(rows[0])


# ---------------------------------------------------------------- writes


def _json(value: Sequence[str] | None) -> str:
    """A list for a JSON column, encoded as SQLAlchemy's JSON type encodes it."""
    return json.dumps(list(value) if value is not None else None)


def _columns(values: Mapping[str, Any]) -> list[str]:
    names = list(values)
    for name in names:  # column names come from this module, never from a user
        if not name.isidentifier():
            raise ValueError(f"not a column name: {name!r}")
    return names


def _insert(conn: Writer, table: str, values: Mapping[str, Any]) -> int:
    """INSERT one row; its id."""
    names = _columns(values)
    rows = conn.rows(
        f"INSERT INTO {table} ({', '.join(names)}) "
        f"VALUES ({', '.join(':' + n for n in names)}) RETURNING id",
        values,
    )
    return int(rows[0]["id"])


def _update(
    conn: Writer, table: str, values: Mapping[str, Any], where: str, params: Mapping[str, Any]
) -> int:
    """UPDATE the rows `where` (SQL on `params`, whose names do not start with `set_`) to
    `values`; how many changed."""
    names = _columns(values)
    changes = ", ".join(f"{n} = :set_{n}" for n in names)
    return conn.run(
        f"UPDATE {table} SET {changes} WHERE {where}",
        {**params, **{f"set_{n}": values[n] for n in names}},
    )


def application_for(conn: Writer, company: str, role: str, job_url: str | None = None) -> int:
    """The id of the application with this company and role (any case), created if needed."""
    keys = {"company_key": match_key(company), "role_key": match_key(role)}
    found = conn.rows(
        "SELECT id, job_url FROM applications "
        "WHERE company_key = :company_key AND role_key = :role_key",
        keys,
    )
    now = now_utc()
    if found:
        app_id = int(found[0]["id"])
        if job_url and job_url != found[0]["job_url"]:
            _update(
                conn, "applications", {"job_url": job_url, "updated_at": now}, "id = :id",
                {"id": app_id},
            )  # fmt: skip
        return app_id
    return _insert(
        conn,
        "applications",
        {"company": company, "role": role, "job_url": job_url, "status": "active",
         "created_at": now, "updated_at": now, **keys},
    )  # fmt: skip


def _round_values(interview: Interview) -> dict[str, Any]:
    return {
        "interviewed": interview.interviewed,
        "time": interview.time,
        "tz": interview.tz,
        "format": str(interview.format),
        "channel": str(interview.channel),
        "deadline": interview.deadline,
        "country": interview.country,
        "subdiv": interview.subdiv,
        "topics": _json(interview.topics),
        "items": _json(interview.items),
        "notes": interview.notes,
        "address": interview.address,
    }


def _insert_people(conn: Writer, round_id: int, people: Sequence[Person]) -> None:
    for position, p in enumerate(people):
        _insert(
            conn,
            "people",
            {"round_id": round_id, "position": position, "name": p.name, "email": p.email,
             "phone": p.phone, "title": p.title, "role": str(p.role), "address": p.address},
        )  # fmt: skip


def insert_round(conn: Writer, application_id: int, interview: Interview) -> int:
    """Store a new round (with its people and actions) under an application; its id."""
    now = now_utc()
    round_id = _insert(
        conn,
        "rounds",
        {"application_id": application_id, "created_at": now, "updated_at": now,
         **_round_values(interview)},
    )  # fmt: skip
    _insert_people(conn, round_id, interview.people)
    for action in interview.actions:
        insert_action(conn, round_id, action)
    if interview.qualifications:
        known = application_qualifications(conn, application_id)
        merged = list(dict.fromkeys([*known, *interview.qualifications]))
        update_application(conn, application_id, qualifications=merged)
    return round_id


def application_qualifications(reader: Reader, application_id: int) -> list[str]:
    """The qualifications stored for one application (its own, not the profile's)."""
    rows = reader.rows(
        "SELECT qualifications FROM applications WHERE id = :id", {"id": application_id}
    )
    return _list(rows[0]["qualifications"]) if rows else []


def update_round(conn: Writer, round_id: int, interview: Interview, application_id: int) -> None:
    """Replace a round's facts and people (its actions and drafts stay)."""
    if not _storable(round_id):
        raise no_round(round_id)
    values = {"application_id": application_id, "updated_at": now_utc(),
              **_round_values(interview)}  # fmt: skip
    if _update(conn, "rounds", values, "id = :id", {"id": round_id}) == 0:
        raise no_round(round_id)
    conn.run("DELETE FROM people WHERE round_id = :id", {"id": round_id})
    _insert_people(conn, round_id, interview.people)
    update_application(conn, application_id, qualifications=list(interview.qualifications))


def update_application(
    conn: Writer,
    application_id: int,
    *,
    status: str | None = None,
    job_url: str | None = None,
    qualifications: list[str] | None = None,
) -> None:
    values: dict[str, Any] = {}
    if qualifications is not None:
        values["qualifications"] = _json(qualifications)
    if status is not None:
        values["status"] = status
    if job_url is not None:
        values["job_url"] = job_url or None
    if values:
        values["updated_at"] = now_utc()
        _update(conn, "applications", values, "id = :id", {"id": application_id})


def drop_empty_application(conn: Writer, application_id: int) -> bool:
    """Delete an application that has no round left; True when it was deleted."""
    if conn.rows("SELECT 1 FROM rounds WHERE application_id = :id LIMIT 1", {"id": application_id}):
        return False
    conn.run("DELETE FROM applications WHERE id = :id", {"id": application_id})
    return True


def delete_round(conn: Writer, round_id: int) -> int:
    """Delete a round with its people, actions and drafts; returns its application id."""
    if not _storable(round_id):
        raise no_round(round_id)
    found = conn.rows("SELECT application_id FROM rounds WHERE id = :id", {"id": round_id})
    if not found:
        raise no_round(round_id)
    conn.run("DELETE FROM rounds WHERE id = :id", {"id": round_id})  # the rest cascades
    return int(found[0]["application_id"])


def round_exists(reader: Reader, round_id: int) -> bool:
    if not _storable(round_id):
        return False
    return bool(reader.rows("SELECT 1 FROM rounds WHERE id = :id", {"id": round_id}))


def insert_action(
    conn: Writer,
    round_id: int,
    action: FollowUpAction,
    *,
    sent_at: datetime | None = None,
    planned_at: datetime | None = None,
) -> int:
    if sent_at is None and planned_at is None:
        noon = datetime.combine(action.on, time(12, 0))
        if action.kind == "planned":
            planned_at = noon
        else:
            sent_at = noon
    return _insert(
        conn,
        "actions",
        {"round_id": round_id, "kind": action.kind, "channel": action.channel,
         "to_whom": action.to, "on_date": action.on, "planned_at": planned_at,
         "sent_at": sent_at, "outcome": action.outcome, "note": action.note,
         "reply_received": action.reply_received, "created_at": now_utc()},
    )  # fmt: skip


def put_profile(conn: Writer, profile: Profile) -> None:
    values = {
        "name": profile.name,
        "email": profile.email,
        "phone": profile.phone,
        "qualifications": _json(profile.qualifications),
        "address": profile.address,
        "updated_at": now_utc(),
    }
    if _update(conn, "profile", values, "id = 1", {}) == 0:
        _insert(conn, "profile", {"id": 1, **values})


def put_draft(conn: Writer, draft: Draft) -> int:
    """Insert a draft (no id) or update it (id given); its id."""
    if draft.round_id is None:
        raise InvalidInput("a draft belongs to an interview round: round_id is missing")
    values = {
        "round_id": draft.round_id,
        "kind": draft.kind,
        "to_name": draft.to_name,
        "to_email": draft.to_email,
        "subject": draft.subject,
        "body": draft.body,
        "video_url": draft.video_url,
        "updated_at": now_utc(),
    }
    if draft.id is None:
        return _insert(conn, "drafts", {**values, "created_at": values["updated_at"]})
    if not _storable(draft.id) or not _update(conn, "drafts", values, "id = :id", {"id": draft.id}):
        raise no_record("draft", draft.id)
    return draft.id


# ---------------------------------------------------------------- outbox and replies

_OUTBOX_COLUMNS = (
    "id, round_id, kind, state, due_at, tz, message_id, sender, recipient, to_name, subject, hold, "
    "not_after, follows_plan, forced, attempts, next_try_at, claimed_by, claimed_at, handed_at, "
    "sent_at, "
    "detail, filed, draft_id"
)


def _outbox(row: Mapping[str, Any], raw: Any = None) -> OutboxMessage:
    from followup.core.sending import OutboxMessage

    due = _datetime(row["due_at"])
    assert due is not None
    return OutboxMessage(
        id=int(row["id"]),
        round_id=int(row["round_id"]),
        kind=row["kind"],
        state=row["state"],
        due_at=due,
        tz=row["tz"],
        message_id=row["message_id"],
        sender=row["sender"],
        recipient=row["recipient"],
        to_name=row["to_name"],
        subject=row["subject"],
        hold=row["hold"],
        not_after=_datetime(row["not_after"]),
        follows_plan=bool(row["follows_plan"]),
        forced=bool(row["forced"]),
        attempts=int(row["attempts"] or 0),
        next_try_at=_datetime(row["next_try_at"]),
        claimed_by=row["claimed_by"],
        claimed_at=_datetime(row["claimed_at"]),
        handed_at=_datetime(row["handed_at"]),
        sent_at=_datetime(row["sent_at"]),
        detail=row["detail"],
        filed=row["filed"],
        draft_id=int(row["draft_id"]) if row["draft_id"] is not None else None,
        raw=raw.encode("ascii") if isinstance(raw, str) else raw,
    )


def outbox_messages(
    reader: Reader,
    *,
    round_id: int | None = None,
    message: int | None = None,
    states: Sequence[str] = (),
    with_raw: bool = False,
) -> list[OutboxMessage]:
    """Outbox messages (all, one round's, or one), oldest due first."""
    clauses: list[str] = []
    params: dict[str, Any] = {}
    if round_id is not None:
        if not _storable(round_id):
            return []
        clauses.append("round_id = :round_id")
        params["round_id"] = round_id
    if message is not None:
        if not _storable(message):
            return []
        clauses.append("id = :id")
        params["id"] = message
    if states:
        names = [f"s{i}" for i in range(len(states))]
        clauses.append(f"state IN ({', '.join(':' + n for n in names)})")
        params.update(zip(names, states, strict=True))
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    columns = _OUTBOX_COLUMNS + (", raw" if with_raw else "")
    rows = reader.rows(f"SELECT {columns} FROM outbox{where} ORDER BY due_at, id", params)
    return [_outbox(row, row["raw"] if with_raw else None) for row in rows]


OUTBOX_DEFAULTS: dict[str, Any] = {
    "kind": "email",
    "state": "scheduled",
    "follows_plan": False,
    "forced": False,
    "attempts": 0,
}
"""What a new outbox message is unless told otherwise (the columns' defaults in tables.py;
a test keeps the two equal)."""


def insert_outbox(conn: Writer, values: Mapping[str, Any]) -> int:
    """Store a new outbox message (state `scheduled`, or as given); its id."""
    now = now_utc()
    return _insert(
        conn, "outbox", {**OUTBOX_DEFAULTS, "created_at": now, "updated_at": now, **values}
    )


def update_outbox(
    conn: Writer, message_id: int, values: Mapping[str, Any], *, states: Sequence[str] = ()
) -> bool:
    """Change one outbox message (only while in one of `states`, when given); whether it
    changed."""
    where = "id = :id"
    params: dict[str, Any] = {"id": message_id}
    if states:
        names = [f"s{i}" for i in range(len(states))]
        where += f" AND state IN ({', '.join(':' + n for n in names)})"
        params.update(zip(names, states, strict=True))
    return bool(_update(conn, "outbox", {"updated_at": now_utc(), **values}, where, params))


def cancel_scheduled(conn: Writer, round_id: int, why: str) -> list[int]:
    """Cancel every scheduled message of a round; their ids."""
    rows = conn.rows(
        "UPDATE outbox SET state = 'cancelled', detail = :why, updated_at = :now "
        "WHERE round_id = :round_id AND state = 'scheduled' RETURNING id",
        {"why": why, "now": now_utc(), "round_id": round_id},
    )
    return [int(r["id"]) for r in rows]


def hold_closed_windows(conn: Writer, now: datetime, why: str) -> list[int]:
    """Hold every due, scheduled message whose window closed before it went out."""
    rows = conn.rows(
        "UPDATE outbox SET hold = :why, updated_at = :now WHERE state = 'scheduled' "
        "AND hold IS NULL AND not_after IS NOT NULL AND not_after <= :now RETURNING id",
        {"why": why, "now": now},
    )
    return [int(r["id"]) for r in rows]


def claim_due(conn: Writer, worker: str, now: datetime, limit: int = 1) -> list[OutboxMessage]:
    """Atomically take up to `limit` due messages for `worker` (state `sending`, not yet
    handed over), oldest due first. Run inside a write transaction (SQLite: BEGIN
    IMMEDIATE), so two workers never take the same message."""
    rows = conn.rows(
        "UPDATE outbox SET state = 'sending', claimed_by = :worker, claimed_at = :now, "
        "handed_at = NULL, attempts = attempts + 1, updated_at = :now "
        "WHERE state = 'scheduled' AND id IN (SELECT id FROM outbox WHERE state = 'scheduled' "
        "AND hold IS NULL AND due_at <= :now AND (next_try_at IS NULL OR next_try_at <= :now) "
        "AND (not_after IS NULL OR not_after > :now) ORDER BY due_at, id LIMIT :limit) "
        f"RETURNING {_OUTBOX_COLUMNS}, raw",
        {"worker": worker, "now": now, "limit": limit},
    )
    found = [_outbox(row, row["raw"]) for row in rows]
    return sorted(found, key=lambda m: (m.due_at, m.id))


def finish_sending(
    conn: Writer,
    message_id: int,
    state: str,
    detail: str | None,
    now: datetime,
    next_try_at: datetime | None = None,
    action: tuple[int, FollowUpAction] | None = None,
) -> None:
    """Record what a hand-over came to (only while the message is `sending`), and the
    follow-up action when it was sent."""
    conn.run(
        "UPDATE outbox SET state = :state, detail = :detail, sent_at = :sent_at, "
        "next_try_at = :next_try_at, claimed_by = NULL, updated_at = :now "
        "WHERE id = :id AND state = 'sending'",
        {"state": state, "detail": detail, "sent_at": now if state == "sent" else None,
         "next_try_at": next_try_at, "now": now, "id": message_id},
    )  # fmt: skip
    if action is not None:
        round_id, done = action
        _insert(
            conn,
            "actions",
            {"round_id": round_id, "kind": done.kind, "channel": done.channel,
             "to_whom": done.to, "on_date": done.on, "sent_at": now, "note": done.note,
             "reply_received": False, "created_at": now},
        )  # fmt: skip


def mark_handed(conn: Writer, message_id: int, now: datetime) -> None:
    """Note that the hand-over of a `sending` message begins now."""
    conn.run(
        "UPDATE outbox SET handed_at = :now, updated_at = :now WHERE id = :id "
        "AND state = 'sending'",
        {"now": now, "id": message_id},
    )


@dataclass(frozen=True)
class Finished:
    """What a hand-over came to, ready to record (see `finish_sending`)."""

    message_id: int
    state: str
    detail: str | None
    next_try_at: datetime | None = None
    action: tuple[int, FollowUpAction] | None = None


def sending_step(
    conn: Session, finished: Finished | None, handed: int | None, now: datetime
) -> None:
    """One transaction of the worker's loop: record the last message's outcome and mark the
    next one's hand-over. Not inside another transaction."""
    with conn.begin():
        if finished is not None:
            finish_sending(
                conn,
                finished.message_id,
                finished.state,
                finished.detail,
                now,
                finished.next_try_at,
                finished.action,
            )
        if handed is not None:
            mark_handed(conn, handed, now)


def release(conn: Writer, worker: str) -> list[int]:
    """Give back the messages `worker` claimed but never began to hand over."""
    rows = conn.rows(
        "UPDATE outbox SET state = 'scheduled', claimed_by = NULL, claimed_at = NULL, "
        "attempts = attempts - 1, updated_at = :now WHERE state = 'sending' "
        "AND claimed_by = :worker AND handed_at IS NULL RETURNING id",
        {"now": now_utc(), "worker": worker},
    )
    return [int(r["id"]) for r in rows]


def in_flight(reader: Reader) -> list[OutboxMessage]:
    """Messages still `sending` (the caller decides whose worker is gone)."""
    rows = reader.rows(f"SELECT {_OUTBOX_COLUMNS} FROM outbox WHERE state = 'sending' ORDER BY id")
    return [_outbox(row) for row in rows]


def known_reply_ids(reader: Reader) -> set[str]:
    rows = reader.rows("SELECT message_id FROM replies WHERE message_id IS NOT NULL")
    return {str(r["message_id"]) for r in rows}


def _reply(row: Mapping[str, Any]) -> ReplyRecord:
    from followup.core.sending import ReplyRecord

    return ReplyRecord(
        id=int(row["id"]),
        round_id=int(row["round_id"]),
        kind=row["kind"],
        matched_by=row["matched_by"],
        sender=row["sender"],
        subject=row["subject"],
        received_at=_datetime(row["received_at"]),
        message_id=row["message_id"],
        outcome=row["outcome"],
        note=row["note"],
        outbox_id=int(row["outbox_id"]) if row["outbox_id"] is not None else None,
    )


def replies_of(reader: Reader, round_ids: Sequence[int]) -> list[ReplyRecord]:
    """The replies (and automatic messages) recorded for these rounds, oldest first."""
    out: list[ReplyRecord] = []
    for chunk in _chunks([r for r in round_ids if _storable(r)]):
        marks, params = _in_list(chunk)
        out += [
            _reply(row)
            for row in reader.rows(
                "SELECT id, round_id, kind, matched_by, sender, subject, received_at, "
                "message_id, outcome, note, outbox_id FROM replies "
                f"WHERE round_id IN ({marks}) ORDER BY received_at, id",
                params,
            )
        ]
    return out


def replied_rounds(reader: Reader, round_ids: Sequence[int]) -> set[int]:
    """Which of these rounds have a reply (automatic messages and bounces do not count)."""
    found: set[int] = set()
    for chunk in _chunks([r for r in round_ids if _storable(r)]):
        marks, params = _in_list(chunk)
        found |= {
            int(row["round_id"])
            for row in reader.rows(
                "SELECT DISTINCT round_id FROM replies WHERE kind IN ('reply', 'manual') "
                f"AND round_id IN ({marks})",
                params,
            )
        }
    return found


def reply_candidates(reader: Reader, since: datetime) -> list[Candidate]:
    """Rounds a reply may answer: those with a message in the outbox created, or a
    follow-up recorded, since `since`; with the Message-IDs sent, the addresses written to
    and of the round's people, and the interview day (a message from them after it counts)."""
    from followup.core.tracking import Candidate

    instant = since.isoformat(sep=" ") if reader.dialect == "sqlite" else since
    params = {"since": instant, "day": _bind(reader, since.date())}
    rows = reader.rows(
        "SELECT o.round_id, o.message_id, o.recipient, o.state, r.interviewed FROM outbox o "
        "JOIN rounds r ON r.id = o.round_id WHERE o.created_at >= :since "
        "UNION ALL SELECT a.round_id, NULL, NULL, NULL, r.interviewed FROM actions a "
        "JOIN rounds r ON r.id = a.round_id WHERE a.kind <> 'planned' AND a.on_date >= :day",
        params,
    )
    found: dict[int, Candidate] = {}
    for row in rows:
        round_id = int(row["round_id"])
        cand = found.get(round_id)
        if cand is None:
            day = _date(row["interviewed"])
            start = datetime.combine(day, time(0, 0)) if day is not None else None
            cand = found[round_id] = Candidate(round_id, since=start)
        if row["state"] in ("sent", "unknown", "failed"):
            cand.message_ids.add(str(row["message_id"]))
        if row["recipient"]:
            cand.addresses.add(str(row["recipient"]).lower())
    for chunk in _chunks(list(found)):
        marks, chunk_params = _in_list(chunk)
        for row in reader.rows(
            f"SELECT round_id, email FROM people WHERE email IS NOT NULL AND round_id IN ({marks})",
            chunk_params,
        ):
            found[int(row["round_id"])].addresses.add(str(row["email"]).lower())
    return list(found.values())


def insert_reply(conn: Writer, values: Mapping[str, Any]) -> int:
    return _insert(conn, "replies", {**values, "created_at": now_utc()})


def mark_reply_received(conn: Writer, round_id: int) -> None:
    """Flag the round's recorded follow-ups as answered (the activity report shows it)."""
    conn.run(
        "UPDATE actions SET reply_received = :yes WHERE round_id = :round_id AND kind <> 'planned'",
        {"yes": True, "round_id": round_id},
    )


# ---------------------------------------------------------------- everything (export/restore)

TABLE_ORDER = (
    "profile",
    "applications",
    "rounds",
    "people",
    "actions",
    "drafts",
    "invite_sources",
    "outbox",
    "replies",
)


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    return value


def dump_tables(reader: Reader) -> dict[str, list[dict[str, Any]]]:
    """Every row of every table, as JSON-ready dicts, in id order (lossless): dates, times
    and instants as ISO 8601 text, lists as lists, true/false as booleans."""
    from sqlalchemy import JSON, Boolean, Date, DateTime, Time

    from followup.store.tables import metadata

    def plain(kind: Any, value: Any) -> Any:
        if value is None:
            return None
        if isinstance(kind, DateTime):
            return _datetime(value).isoformat()  # type: ignore[union-attr]
        if isinstance(kind, Date):
            return _date(value).isoformat()  # type: ignore[union-attr]
        if isinstance(kind, Time):
            return (value if isinstance(value, time) else time.fromisoformat(value)).isoformat()
        if isinstance(kind, JSON):
            return json.loads(value) if isinstance(value, str) else value
        if isinstance(kind, Boolean):
            return bool(value)
        return _plain(value)

    out: dict[str, list[dict[str, Any]]] = {}
    for name in TABLE_ORDER:
        table = metadata.tables[name]
        kinds = {c.name: c.type for c in table.columns}
        columns = ", ".join(kinds)
        rows = reader.rows(f"SELECT {columns} FROM {name} ORDER BY id")  # names from the schema
        out[name] = [{k: plain(kinds[k], row[k]) for k in kinds} for row in rows]
    return out


def has_data(reader: Reader) -> bool:
    return bool(
        reader.rows("SELECT 1 FROM applications LIMIT 1")
        or reader.rows("SELECT 1 FROM profile LIMIT 1")
    )


def clear_tables(conn: Writer) -> None:
    for name in reversed(TABLE_ORDER):
        conn.run(f"DELETE FROM {name}")  # names from TABLE_ORDER


def load_tables(conn: Writer, data: Mapping[str, Sequence[Mapping[str, Any]]]) -> None:
    """Insert rows exactly as `dump_tables` wrote them (ids and timestamps kept), each
    checked against the schema first (`checked_rows`); a column a row leaves out takes the
    schema's default."""
    from sqlalchemy import JSON
    from sqlalchemy.sql.schema import ScalarElementColumnDefault

    from followup.store.tables import metadata

    for name, rows in checked_rows(data).items():
        table = metadata.tables[name]
        defaults = {
            c.name: c.default.arg
            for c in table.columns
            if isinstance(c.default, ScalarElementColumnDefault)
        }
        encoded = [c.name for c in table.columns if isinstance(c.type, JSON)]
        for row in rows:
            values = {**defaults, **row}
            for column in encoded:
                if column in values:
                    values[column] = json.dumps(values[column])
            _insert(conn, name, values)


def checked_rows(
    data: Mapping[str, Sequence[Mapping[str, Any]]],
) -> dict[str, list[dict[str, Any]]]:
    """The rows of an export as the tables take them, every value checked against the
    schema: the column exists, its type (whole numbers that fit 64 bits, true/false, text no
    longer than the column, dates and times), required columns are present, ids are unique
    and every reference names a row before it. InvalidInput names the table and field."""
    from followup.store.tables import metadata

    seen: dict[str, set[int]] = {}
    out: dict[str, list[dict[str, Any]]] = {}
    for name in TABLE_ORDER:
        table = metadata.tables[name]
        ids = seen.setdefault(name, set())
        prepared = out.setdefault(name, [])
        for row in data.get(name) or []:
            unknown = set(row) - set(table.columns.keys())
            if unknown:
                raise InvalidInput(f"{name}: unknown field(s) {', '.join(sorted(unknown))}")
            values = {}
            for column in table.columns:
                value = _column_value(name, column, row.get(column.name))
                for fk in column.foreign_keys:
                    target = fk.column.table.name
                    if value is not None and value not in seen.get(target, set()):
                        raise InvalidInput(
                            f"{name}: {column.name} {value!r} names no row of {target}"
                        )
                if column.name in row or value is not None:
                    values[column.name] = value
            for column_name, allowed in _choices(table).items():
                if values.get(column_name) is not None and values[column_name] not in allowed:
                    raise InvalidInput(
                        f"{name}: {column_name} {quote(values[column_name])} is not one of "
                        f"{', '.join(sorted(allowed))}"
                    )
            row_id = values.get("id")
            if row_id is not None:
                if row_id in ids:
                    raise InvalidInput(f"{name}: id {row_id} appears twice")
                ids.add(row_id)
            prepared.append(values)
    return out


_CHOICE = re.compile(r"^(\w+) IN \(((?:'[^']*'(?:, )?)+)\)$")


def _choices(table: Any) -> dict[str, set[str]]:
    """The values a column may take, from the table's `column IN ('a', 'b')` checks."""
    from sqlalchemy import CheckConstraint

    out: dict[str, set[str]] = {}
    for constraint in table.constraints:
        if isinstance(constraint, CheckConstraint):
            match = _CHOICE.match(str(constraint.sqltext))
            if match:
                out[match.group(1)] = set(re.findall(r"'([^']*)'", match.group(2)))
    return out


def _column_value(table: str, column: Any, value: Any) -> Any:
    """`value` for `column`, converted and checked against its type (InvalidInput if not)."""
    from sqlalchemy import Boolean, Date, DateTime, Integer, String, Time

    what = f"{table}: {column.name}"
    if value is None:
        if not column.nullable and column.default is None and not column.primary_key:
            raise InvalidInput(f"{what} is required")
        return None
    kind = column.type
    if isinstance(kind, Boolean):
        if not isinstance(value, bool):
            raise InvalidInput(f"{what}: expected true or false, got {quote(value)}")
        return value
    if isinstance(kind, Integer):
        if isinstance(value, bool) or not isinstance(value, int) or not _storable(value):
            raise InvalidInput(f"{what}: expected a whole number (64-bit), got {quote(value)}")
        if (column.primary_key or column.foreign_keys) and value < 1:
            raise InvalidInput(f"{what}: expected a positive id, got {value}")
        return value
    if isinstance(kind, DateTime | Date | Time):
        convert = (
            _datetime if isinstance(kind, DateTime) else _date if isinstance(kind, Date) else _time
        )
        if not isinstance(value, str):
            raise InvalidInput(f"{what}: expected an ISO 8601 text, got {quote(value)}")
        try:
            return convert(value)
        except (TypeError, ValueError):
            raise InvalidInput(f"{what}: {quote(value)} is not valid") from None
    if isinstance(kind, String):  # Text is a String without a length
        if not isinstance(value, str):
            raise InvalidInput(f"{what}: expected text, got {type(value).__name__}")
        if kind.length is not None and len(value) > kind.length:
            raise InvalidInput(f"{what}: too long ({len(value)} characters, at most {kind.length})")
        return value
    return value


# ---------------------------------------------------------------- imported invites


def round_for_uid(reader: Reader, uid: str) -> tuple[int, int] | None:
    """The round imported from the calendar event `uid`, with the SEQUENCE it was stored at."""
    rows = reader.rows(
        "SELECT round_id, sequence FROM invite_sources WHERE uid = :uid", {"uid": uid}
    )
    return (int(rows[0]["round_id"]), int(rows[0]["sequence"])) if rows else None


def rounds_on_day(reader: Reader, company: str, role: str, day: date) -> list[int]:
    """The rounds of the application with this company and role (any case) on `day`."""
    rows = reader.rows(
        "SELECT r.id FROM rounds r JOIN applications a ON a.id = r.application_id "
        "WHERE a.company_key = :company AND a.role_key = :role AND r.interviewed = :day "
        "ORDER BY r.id",
        {"company": match_key(company), "role": match_key(role), "day": _bind(reader, day)},
    )
    return [int(row["id"]) for row in rows]


def put_invite_source(conn: Writer, round_id: int, uid: str, sequence: int) -> None:
    """Remember (or move on) the calendar event a round was imported from."""
    conn.run("DELETE FROM invite_sources WHERE uid = :uid", {"uid": uid})
    _insert(
        conn,
        "invite_sources",
        {"round_id": round_id, "uid": uid, "sequence": sequence, "imported_at": now_utc()},
    )
