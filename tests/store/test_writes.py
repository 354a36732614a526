"""Writes run as plain SQL through the standard library's sqlite3 on a SQLite file (and
through SQLAlchemy on any other database): what they store is what SQLAlchemy's typed tables
stored, so SQLAlchemy reads it back as the same values, and both roads store the same bytes."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import date, datetime, time
from pathlib import Path

import pytest
from sqlalchemy import Date, DateTime, Time, create_engine, insert, select
from sqlalchemy.dialects import sqlite as sqlite_dialect

from followup.core.models import Draft, FollowUpAction, Format, Interview, Person, Profile
from followup.store import db, queries, tables

VALUES = [
    (DateTime(), datetime(2026, 11, 23, 15, 0)),
    (DateTime(), datetime(2026, 11, 23, 15, 4, 5, 120)),
    (DateTime(), datetime(999, 1, 2, 3, 4, 5)),
    (Date(), date(2026, 2, 9)),
    (Date(), date(999, 12, 31)),
    (Time(), time(9, 30)),
    (Time(), time(23, 59, 58, 7)),
]


@pytest.mark.parametrize(("kind", "value"), VALUES, ids=lambda v: repr(v))
def test_instants_dates_and_times_are_stored_as_sqlalchemys_sqlite_dialect_stores_them(kind, value):
    dialect = sqlite_dialect.dialect()
    bind = kind.dialect_impl(dialect).bind_processor(dialect)
    assert db.stored(value) == bind(value)


def test_new_outbox_messages_take_the_schemas_defaults():
    declared = {
        c.name: c.default.arg
        for c in tables.outbox.columns
        if c.default is not None and c.name in queries.OUTBOX_DEFAULTS
    }
    assert declared == queries.OUTBOX_DEFAULTS
    assert {c.name for c in tables.outbox.columns if c.default is not None} <= set(declared)


def _write_everything(url: str) -> None:
    """A round with people and actions, a profile, drafts, outbox messages through their
    life, a reply and an imported invite."""
    interview = Interview(
        "Harbour & Co", "Data Analyst", date(2026, 11, 19), Format.VIDEO,
        time=time(14, 30), tz="Europe/London", deadline=date(2026, 12, 4),
        people=[Person("Dana Reyes", "dana@harbour.example", phone="+44 20 7946 0018")],
        topics=["the reporting pipeline", "café opening"], items=["the prototype"],
        qualifications=["SQL"],
        actions=[FollowUpAction("email", date(2026, 11, 20), to="Dana")],
    )  # fmt: skip
    with db.transaction(url) as conn:
        app_id = queries.application_for(conn, "Harbour & Co", "Data Analyst", "https://x.example")
        round_id = queries.insert_round(conn, app_id, interview)
        queries.put_profile(conn, Profile("Sam Lee", "sam@example.com", qualifications=["Excel"]))
        draft_id = queries.put_draft(
            conn, Draft(round_id=round_id, kind="email", body="Thank you", to_name="Dana")
        )
        queries.put_invite_source(conn, round_id, "uid-1@example", 2)
        due = datetime(2026, 11, 23, 15, 0)
        first = queries.insert_outbox(
            conn,
            {"round_id": round_id, "draft_id": draft_id, "due_at": due, "tz": "Europe/London",
             "message_id": "<a@example>", "sender": "sam@example.com",
             "recipient": "dana@harbour.example", "raw": "Subject: x\r\n\r\nhi\r\n"},
        )  # fmt: skip
        queries.insert_outbox(
            conn,
            {"round_id": round_id, "due_at": due, "tz": "Europe/London", "follows_plan": True,
             "not_after": datetime(2026, 11, 25, 17, 0), "message_id": "<b@example>",
             "sender": "sam@example.com", "recipient": "dana@harbour.example", "raw": "x"},
        )  # fmt: skip
    with db.connection(url) as session:
        with session.begin():
            claimed = queries.claim_due(session, "host:1:boot:tok", datetime(2026, 11, 24), 5)
        assert [m.id for m in claimed] == [first, first + 1]
        queries.sending_step(session, None, first, datetime(2026, 11, 24, 0, 0, 1))
        action = FollowUpAction(
            "email", date(2026, 11, 24), to="Dana <dana@harbour.example>", note="message #1"
        )
        done = queries.Finished(first, "sent", "250 ok", None, (round_id, action))
        queries.sending_step(session, done, None, datetime(2026, 11, 24, 0, 0, 2))
        with session.begin():
            assert queries.release(session, "host:1:boot:tok") == [first + 1]
    with db.transaction(url) as conn:
        queries.update_outbox(conn, first + 1, {"hold": "wait"}, states=("scheduled",))
        queries.insert_reply(
            conn,
            {"round_id": round_id, "outbox_id": first, "kind": "reply", "message_id": "<r@x>",
             "sender": "Dana", "subject": "Re: x", "received_at": datetime(2026, 11, 25, 9),
             "matched_by": "thread"},
        )  # fmt: skip
        queries.mark_reply_received(conn, round_id)
        assert queries.cancel_scheduled(conn, round_id, "they replied") == [first + 1]
        queries.update_application(conn, app_id, status="offer")


def _dump(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def test_sqlite3_and_sqlalchemy_writes_store_the_same_bytes(tmp_path, monkeypatch):
    monkeypatch.setattr(queries, "now_utc", lambda: datetime(2026, 11, 22, 8, 0, 0, 5))
    fast, slow = tmp_path / "fast.db", tmp_path / "slow.db"
    _write_everything(f"sqlite:///{fast}")
    _write_everything(f"sqlite+pysqlite:///{slow}")
    db.dispose()
    assert _dump(fast) == _dump(slow)


def test_sqlalchemys_typed_tables_read_back_what_sqlite3_wrote(tmp_path):
    path = tmp_path / "f.db"
    _write_everything(f"sqlite:///{path}")
    engine = create_engine(f"sqlite:///{path}")
    with engine.connect() as conn:
        rounds = conn.execute(select(tables.rounds)).mappings().one()
        actions = conn.execute(select(tables.actions).order_by(tables.actions.c.id)).all()
        outbox = conn.execute(select(tables.outbox).order_by(tables.outbox.c.id)).all()
        profile = conn.execute(select(tables.profile)).mappings().one()
        app = conn.execute(select(tables.applications)).mappings().one()
    engine.dispose()
    assert rounds["interviewed"] == date(2026, 11, 19) and rounds["time"] == time(14, 30)
    assert rounds["deadline"] == date(2026, 12, 4)
    assert rounds["topics"] == ["the reporting pipeline", "café opening"]
    assert profile["qualifications"] == ["Excel"] and app["qualifications"] == ["SQL"]
    assert app["status"] == "offer"
    assert [a.sent_at for a in actions] == [
        datetime(2026, 11, 20, 12, 0), datetime(2026, 11, 24, 0, 0, 2)]  # fmt: skip
    assert all(a.reply_received is True for a in actions)
    sent, cancelled = outbox
    assert (sent.state, sent.attempts, sent.follows_plan) == ("sent", 1, False)
    assert (sent.handed_at, sent.sent_at) == (
        datetime(2026, 11, 24, 0, 0, 1), datetime(2026, 11, 24, 0, 0, 2))  # fmt: skip
    assert (cancelled.state, cancelled.hold, cancelled.attempts, cancelled.follows_plan) == (
        "cancelled", "wait", 0, True)  # fmt: skip


def test_a_row_sqlalchemy_inserted_is_the_row_sqlite3_inserts(tmp_path, monkeypatch):
    """The same action stored by SQLAlchemy's insert() and by queries.insert_action."""
    stamp = datetime(2026, 11, 22, 8, 0, 0, 5)
    monkeypatch.setattr(queries, "now_utc", lambda: stamp)
    path = tmp_path / "a.db"
    url = f"sqlite:///{path}"
    with db.transaction(url) as conn:
        app_id = queries.application_for(conn, "Acme", "Dev")
        round_id = queries.insert_round(
            conn, app_id, Interview("Acme", "Dev", date(2026, 11, 19), Format.PHONE)
        )
        action = FollowUpAction("planned", date(2026, 11, 21), channel="phone", outcome="left")
        queries.insert_action(conn, round_id, action)
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(
            insert(tables.actions).values(
                round_id=round_id,
                kind="planned",
                channel="phone",
                on_date=date(2026, 11, 21),
                planned_at=datetime(2026, 11, 21, 12, 0),
                outcome="left",
                reply_received=False,
                created_at=stamp,
            )  # fmt: skip
        )
    engine.dispose()
    lite = sqlite3.connect(path)
    first, second = lite.execute(
        "SELECT round_id, kind, channel, to_whom, on_date, planned_at, sent_at, outcome, note, "
        "reply_received, created_at FROM actions ORDER BY id"
    ).fetchall()
    lite.close()
    assert first == second


def test_a_write_command_imports_neither_sqlalchemy_nor_alembic(tmp_path):
    """Once the schema is current, writing runs on sqlite3 alone; a new database is made
    by Alembic's migrations."""
    url = f"sqlite:///{tmp_path / 'w.db'}"
    code = (
        "import sys\n"
        "from datetime import date\n"
        "from followup.store import db, queries\n"
        f"with db.transaction({url!r}) as conn:\n"
        "    queries.application_for(conn, 'Acme', 'Dev')\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'sqlalchemy', 'alembic'}))\n"
    )
    first = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert first.stdout.strip() == "['alembic', 'sqlalchemy']", first.stderr
    second = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert second.stdout.strip() == "[]", second.stderr
