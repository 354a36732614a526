"""Reads run on two engines (stdlib sqlite3 on the hot path, SQLAlchemy elsewhere): both must
return the same core objects, and the hot queries must walk an index, not the whole table."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from followup.config import load_settings
from followup.core.models import Channel, FollowUpAction, Format, Interview, Person, PersonRole
from followup.services import records
from followup.store import db, queries


@pytest.fixture
def settings():
    s = load_settings()
    day = date(2026, 10, 1)
    for i in range(40):
        records.add_interview(
            s,
            Interview(
                f"Company {i % 7}",
                "Analyst" if i % 2 else "Engineer",
                day + timedelta(days=i),
                [Format.VIDEO, Format.PHONE, Format.IN_PERSON][i % 3],
                channel=[Channel.EMAIL, Channel.PHONE, Channel.UNKNOWN][i % 3],
                people=[
                    Person(f"Coord {i}", f"c{i}@example.com", role=PersonRole.COORDINATOR),
                    Person(f"Int {i}", phone="+1 617 555 0100", title="Lead"),
                ],
                topics=[f"topic {i}"],
                items=["a kit"] if i % 5 == 0 else [],
                deadline=day + timedelta(days=i + 6) if i % 4 == 0 else None,
                actions=[FollowUpAction("email", day + timedelta(days=i + 3), to="Coord")]
                if i % 3 == 0
                else [],
            ),
        )
    return s


FILTERS = [
    queries.Filters(),
    queries.Filters(status="active"),
    queries.Filters(company="company 3"),
    queries.Filters(company="100%_"),
    queries.Filters(interviewed_from=date(2026, 10, 10), interviewed_to=date(2026, 10, 20)),
    queries.Filters(interviewed_from=date(2026, 10, 10), not_followed_up=True),
    queries.Filters(ids=(3, 5, 999)),
]


@pytest.mark.parametrize("filters", FILTERS)
def test_sqlite3_and_sqlalchemy_readers_agree(settings, filters):
    with db.read(settings.db_url) as fast:
        assert type(fast).__name__ == "_SqliteReader"
        quick = queries.find_rounds(fast, filters, limit=25)
        quick_count = queries.count_rounds(fast, filters)
    alchemy = db.normalize_url(settings.db_url).replace("sqlite:///", "sqlite+pysqlite:///", 1)
    with db.read(alchemy) as conn:
        assert type(conn).__name__ == "_AlchemyWriter"
        slow = queries.find_rounds(conn, filters, limit=25)
        slow_count = queries.count_rounds(conn, filters)
    db.dispose(alchemy)
    assert quick == slow
    assert quick_count == slow_count
    if filters == queries.Filters():
        assert quick_count == 40 and len(quick) == 25
        assert all(s.interview.people and s.interview.topics for s in quick)


class Explaining:
    """A reader that records SQLite's query plan of every statement it runs."""

    def __init__(self, reader):
        self.reader = reader
        self.dialect = reader.dialect
        self.plans: list[str] = []

    def rows(self, sql, params=None):
        plan = self.reader.rows("EXPLAIN QUERY PLAN " + sql, params)
        self.plans.append(" | ".join(row["detail"] for row in plan))
        return self.reader.rows(sql, params)


def test_the_agenda_and_the_list_use_indexes(settings):
    agenda = queries.Filters(
        status="active",
        interviewed_from=date(2026, 10, 10),
        interviewed_to=date(2026, 10, 20),
        not_followed_up=True,
    )
    with db.read(settings.db_url) as reader:
        explained = Explaining(reader)
        queries.find_rounds(explained, agenda, newest_first=False)
        queries.find_rounds(explained, queries.Filters(), limit=100)
    rounds_agenda, people, actions, rounds_list = explained.plans[:4]
    assert "SEARCH r USING INDEX ix_rounds_interviewed_id (interviewed>? AND interviewed<?)" in (
        rounds_agenda
    )
    assert "ix_actions_round_id" in rounds_agenda
    assert "USING INTEGER PRIMARY KEY" in rounds_agenda
    assert "USING INDEX ix_people_round_id" in people
    assert "USING INDEX ix_actions_round_id" in actions
    assert "SCAN r USING INDEX ix_rounds_interviewed_id" in rounds_list
    assert "TEMP B-TREE FOR ORDER BY" not in rounds_list


def test_reading_a_missing_database_creates_nothing(tmp_path):
    path = tmp_path / "none.db"
    with db.read(f"sqlite:///{path}") as reader:
        assert queries.find_rounds(reader, queries.Filters()) == []
    assert not path.exists()
