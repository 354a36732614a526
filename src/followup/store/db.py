"""Opening the database: one engine per URL per process, migrations applied on open.

Every connection runs with WAL journaling, `synchronous=FULL` and foreign keys on. Writes go
through SQLAlchemy (`transaction`); the read-only hot paths (`today`, `list`, `show`) read a
SQLite file with the standard library's sqlite3 (`read`), which starts in a millisecond where
SQLAlchemy costs a third of a second, and fall back to SQLAlchemy for any other database.

Alembic is imported only when the stored schema is not the current one (a new database, or
one written by an older followup): `SCHEMA_HEAD` names the newest revision, and a test keeps
it equal to the migrations' head.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from followup.core.errors import Conflict, ExternalError, InvalidInput

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection, Engine

SCHEMA_HEAD = "0005_draft_video_url"
MIGRATIONS = Path(__file__).resolve().parent / "migrations"
BUSY_TIMEOUT_S = 30.0
PRAGMAS = ("PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON")

_engines: dict[str, Engine] = {}


Row = Mapping[str, Any]


class Reader(Protocol):
    """Runs one read-only SQL statement (named `:params`) and returns its rows as mappings."""

    dialect: str

    def rows(
        self, sql: str, params: Mapping[str, Any] | None = None
    ) -> Sequence[Mapping[str, Any]]: ...


def normalize_url(url: str) -> str:
    """A SQLAlchemy URL; a plain file path is taken as a SQLite database file."""
    url = (url or "").strip()
    if not url:
        raise InvalidInput("the database URL is empty")
    if "://" not in url:
        return f"sqlite:///{Path(url).expanduser().resolve()}"
    return url


def sqlite_path(url: str) -> Path | None:
    """The file of a plain `sqlite:///PATH` URL; None for memory or any other database."""
    prefix = "sqlite:///"
    if not url.startswith(prefix) or "?" in url:
        return None
    path = url[len(prefix) :]
    if path in ("", ":memory:"):
        return None
    return Path(path)


def where(url: str) -> str:
    path = sqlite_path(url)
    if path is not None:
        return str(path)
    try:
        from sqlalchemy.engine import make_url

        return make_url(url).render_as_string(hide_password=True)
    except Exception:
        return "the database"


# ---------------------------------------------------------------- the fast, read-only path


class _SqliteReader:
    dialect = "sqlite"

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def rows(
        self, sql: str, params: Mapping[str, Any] | None = None
    ) -> Sequence[Mapping[str, Any]]:
        return self.conn.execute(sql, dict(params or {})).fetchall()


class _EmptyReader:
    """No database yet: every query finds nothing (and nothing is created by reading)."""

    dialect = "sqlite"

    def rows(
        self, sql: str, params: Mapping[str, Any] | None = None
    ) -> Sequence[Mapping[str, Any]]:
        return []


class _AlchemyReader:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.dialect = conn.dialect.name

    def rows(
        self, sql: str, params: Mapping[str, Any] | None = None
    ) -> Sequence[Mapping[str, Any]]:
        from sqlalchemy import text

        result = self.conn.execute(text(sql), dict(params or {}))
        return [dict(row) for row in result.mappings()]


def reader_on(conn: Connection) -> Reader:
    """A Reader on an open SQLAlchemy connection (reads inside a write transaction)."""
    return _AlchemyReader(conn)


def _sqlite_connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_S, isolation_level=None)
    for pragma in PRAGMAS:
        conn.execute(pragma)
    conn.row_factory = sqlite3.Row
    return conn


def _sqlite_version(conn: sqlite3.Connection) -> str | None:
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.OperationalError:
        return None
    return str(row[0]) if row else None


@contextmanager
def read(url: str) -> Iterator[Reader]:
    """A Reader on the database at `url`, inside one read transaction (a consistent view)."""
    url = normalize_url(url)
    path = sqlite_path(url)
    if path is None:
        with transaction(url) as conn:
            yield _AlchemyReader(conn)
        return
    if not path.exists():
        yield _EmptyReader()
        return
    try:
        lite = _sqlite_connect(path)
    except sqlite3.Error as exc:
        raise ExternalError(f"cannot open the database {path}: {exc}") from None
    try:
        try:
            version = _sqlite_version(lite)
            if version == SCHEMA_HEAD:
                lite.execute("BEGIN")
                yield _SqliteReader(lite)
                lite.execute("COMMIT")
                return
        except sqlite3.DatabaseError as exc:
            raise ExternalError(f"cannot read the database {path}: {exc}") from None
    finally:
        lite.close()
    # an older (or brand-new) schema: migrate through SQLAlchemy and Alembic, then read
    with transaction(url) as sa_conn:
        yield _AlchemyReader(sa_conn)


# ---------------------------------------------------------------- SQLAlchemy and migrations


def engine(url: str) -> Engine:
    """The engine for `url`, created (and the schema migrated) on first use in this process."""
    url = normalize_url(url)
    found = _engines.get(url)
    if found is not None:
        return found
    try:
        made = _create_engine(url)
        _migrate(made, url)
    except ImportError as exc:
        raise ExternalError(
            f"cannot open {where(url)}: a database driver is missing ({exc})"
        ) from None
    except Exception as exc:
        _raise_friendly(exc, url)
        raise
    _engines[url] = made
    return made


def _create_engine(url: str) -> Engine:
    from sqlalchemy import create_engine, event
    from sqlalchemy.exc import ArgumentError

    try:
        from sqlalchemy.engine import make_url

        parsed = make_url(url)
    except ArgumentError:
        raise InvalidInput(
            f"{url!r} is not a database URL (e.g. sqlite:///path/followup.db)"
        ) from None
    if parsed.get_backend_name() != "sqlite":
        return create_engine(parsed, pool_pre_ping=True)
    path = sqlite_path(url)
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ExternalError(f"cannot create the folder of {path}: {exc}") from None
    if parsed.query and path is None:
        raise InvalidInput(
            f"{url!r}: followup opens SQLite files by path (sqlite:///path/followup.db), "
            "without URL options"
        )
    made = create_engine(parsed, connect_args={"timeout": BUSY_TIMEOUT_S})

    @event.listens_for(made, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # SQLAlchemy emits BEGIN itself (below)
        cursor = dbapi_conn.cursor()
        for pragma in PRAGMAS:
            cursor.execute(pragma)
        cursor.close()

    @event.listens_for(made, "begin")
    def _on_begin(conn: Connection) -> None:
        # Take the write lock at the start: no deadlock between two writers upgrading a read
        # lock, and schema changes are transactional too.
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return made


def current_version(conn: Connection) -> str | None:
    from sqlalchemy import inspect, text

    if not inspect(conn).has_table("alembic_version"):
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def alembic_config(conn: Connection | None = None) -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if conn is not None:
        cfg.attributes["connection"] = conn
    return cfg


def _migrate(made: Engine, url: str, target: str = "head") -> None:
    with made.begin() as conn:
        if target == "head" and current_version(conn) == SCHEMA_HEAD:
            return
    from alembic import command
    from alembic.util.exc import CommandError

    with made.begin() as conn:  # one transaction: all of the upgrade or none of it
        try:
            command.upgrade(alembic_config(conn), target)
        except CommandError as exc:
            raise ExternalError(
                f"the database {where(url)} has a schema this followup does not know "
                f"({exc}); was it written by a newer version?"
            ) from None


def upgrade(url: str, target: str) -> None:
    """Upgrade the database to a given revision (tests and the migration tooling)."""
    url = normalize_url(url)
    made = _engines.get(url) or _create_engine(url)
    _migrate(made, url, target)


def _raise_friendly(exc: Exception, url: str) -> None:
    """Turn a database failure into a FollowupError a person can read (or return)."""
    from followup.core.errors import FollowupError

    if isinstance(exc, FollowupError):
        raise exc
    try:
        from sqlalchemy import exc as sa_exc
    except ImportError:  # pragma: no cover
        return
    if isinstance(exc, sa_exc.IntegrityError):
        raise Conflict(f"the change conflicts with what is stored: {exc.orig}") from None
    if isinstance(exc, sa_exc.DBAPIError | sa_exc.ArgumentError | sqlite3.Error):
        detail = getattr(exc, "orig", None) or exc
        raise ExternalError(f"database {where(url)}: {detail}") from None


@contextmanager
def transaction(url: str) -> Iterator[Connection]:
    """One transaction on the database: committed when the block ends, rolled back on error."""
    url = normalize_url(url)
    made = engine(url)
    try:
        with made.begin() as conn:
            yield conn
    except Exception as exc:
        _raise_friendly(exc, url)
        raise


def dispose(url: str | None = None) -> None:
    """Forget cached engines (all, or the one for `url`)."""
    for key in [normalize_url(url)] if url else list(_engines):
        made = _engines.pop(key, None)
        if made is not None:
            made.dispose()


def fsync_dir(path: Path) -> None:
    """Make a rename in `path` durable (POSIX); a no-op where directories cannot be opened."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
