"""Schema changes only through migrations: a fresh database matches the tables, the head
constant matches the scripts, and an upgrade from the first revision keeps the data."""

from __future__ import annotations

import sqlite3
from datetime import date

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from followup.config import load_settings
from followup.core.models import Format, Interview
from followup.services import records
from followup.store import db
from followup.store.tables import metadata


def test_schema_head_constant_is_the_migrations_head():
    scripts = ScriptDirectory.from_config(db.alembic_config())
    assert scripts.get_current_head() == db.SCHEMA_HEAD


def test_fresh_database_built_from_migrations_matches_the_tables(tmp_path):
    url = f"sqlite:///{tmp_path / 'fresh.db'}"
    engine = db.engine(url)
    with engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), metadata) == []
        assert db.current_version(conn) == db.SCHEMA_HEAD
    db.dispose(url)


def test_upgrade_from_the_first_revision_keeps_data(tmp_path):
    path = tmp_path / "old.db"
    url = f"sqlite:///{path}"
    scripts = ScriptDirectory.from_config(db.alembic_config())
    first = next(s for s in scripts.walk_revisions() if s.down_revision is None).revision
    db.upgrade(url, first)
    db.dispose(url)
    with sqlite3.connect(path) as conn:  # data as the first schema stored it
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == first
        conn.execute(
            "INSERT INTO applications (id, company, role, company_key, role_key, status, "
            "created_at, updated_at) VALUES (1, 'Acme', 'Dev', 'acme', 'dev', 'active', "
            "'2026-11-19 10:00:00.000000', '2026-11-19 10:00:00.000000')"
        )
        conn.execute(
            "INSERT INTO rounds (id, application_id, interviewed, format, channel, country, "
            "topics, items, created_at, updated_at) VALUES (1, 1, '2026-11-19', 'video', "
            "'email', 'US', '[\"dashboards\"]', '[]', '2026-11-19 10:00:00.000000', "
            "'2026-11-19 10:00:00.000000')"
        )
    settings = load_settings({"FOLLOWUP_DB": url, "FOLLOWUP_HOME": str(tmp_path)})
    interview = records.get_interview(settings, 1)  # opening upgrades to the head
    assert (interview.company, interview.topics) == ("Acme", ["dashboards"])
    added = records.add_interview(
        settings, Interview("Acme", "Dev", date(2026, 11, 26), Format.PHONE)
    )
    assert added.id == 2
    with db.engine(url).connect() as conn:
        assert db.current_version(conn) == db.SCHEMA_HEAD
        assert compare_metadata(MigrationContext.configure(conn), metadata) == []
    db.dispose(url)


def test_every_connection_has_wal_full_sync_and_foreign_keys(tmp_path):
    url = f"sqlite:///{tmp_path / 'p.db'}"
    with db.transaction(url) as conn:
        assert conn.rows("PRAGMA journal_mode")[0][0] == "wal"
        assert conn.rows("PRAGMA synchronous")[0][0] == 2  # FULL
        assert conn.rows("PRAGMA foreign_keys")[0][0] == 1
    with db.read(url) as reader:
        assert reader.rows("PRAGMA foreign_keys")[0][0] == 1
        assert reader.rows("PRAGMA synchronous")[0][0] == 2
    db.dispose(url)


def test_a_database_from_a_newer_followup_is_refused(tmp_path):
    import pytest

    from followup.core.errors import ExternalError

    path = tmp_path / "new.db"
    url = f"sqlite:///{path}"
    db.engine(url)
    db.dispose(url)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(ExternalError, match="newer version"):
        db.engine(url)
