"""Opening the database: plain SQL on a SQLite file, SQLAlchemy for any other database.

Every connection runs with WAL journaling, `synchronous=FULL` and foreign keys on. A SQLite
file (`sqlite:///PATH`, or a plain path) is read (`read`) and written (`transaction`,
`connection`) with the standard library's sqlite3, which starts in a millisecond where
SQLAlchemy costs a third of a second; any other URL goes through a SQLAlchemy engine (one per
URL per process). Both run the same SQL (named `:params`, see `Reader` and `Writer`), and
both store values as SQLAlchemy's SQLite dialect does, so either reads what the other wrote.

The schema is Alembic's: SQLAlchemy and Alembic are imported only when the stored schema is
not the current one (a new database, or one written by an older followup), which one query of
`alembic_version` tells. `SCHEMA_HEAD` names the newest revision, and a test keeps it equal
to the migrations' head.

`--db` never damages another file. Before SQLite opens a file, `inspect_file` looks at it
without changing it (read-only, `immutable` when no `-wal` is beside it, so no `-journal`,
`-wal` or `-shm` is left): a folder, a device or a FIFO is refused, and so is a file that is
not SQLite, or an SQLite database with tables but not followup's schema. Reading commands
open followup's database read-only and treat a missing or empty file as an empty database
without creating anything; only writing commands create it. A database followup creates is
private: its folder 0700, the file (and so its `-wal` and `-shm`) 0600.
"""

from __future__ import annotations

import os
import sqlite3
import stat
import sys
from collections.abc import Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, contextmanager, suppress
from datetime import date, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from followup.core.errors import Conflict, ExternalError, InvalidInput, NotFound

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection, Engine

SCHEMA_HEAD = "0007_record_fields"
MIGRATIONS = Path(__file__).resolve().parent / "migrations"
BUSY_TIMEOUT_S = 30.0
PRAGMAS = ("PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON")
READ_PRAGMAS = PRAGMAS[1:]  # a read-only connection leaves the journal mode as it is

SQLITE_HEADER = b"SQLite format 3\x00"
FOLLOWUP_TABLES = frozenset({"profile", "applications", "rounds", "people", "actions", "drafts"})
"""Tables every followup database has (revision 0001 on); a test keeps them in the schema."""

_engines: dict[str, Engine] = {}
_named: set[Path] = set()  # database files the user named (--db, FOLLOWUP_DB, store.db)
_reads_empty: set[Path] = set()  # named files read as empty while missing (see missing_reads_empty)
# files inspect_file found current in this process: (path, device, inode, size, mtime in ns)
_current: set[tuple[str, int, int, int, int]] = set()


Row = Mapping[str, Any]


class Reader(Protocol):
    """Runs one read-only SQL statement (named `:params`) and returns its rows as mappings."""

    dialect: str

    def rows(
        self, sql: str, params: Mapping[str, Any] | None = None
    ) -> Sequence[Mapping[str, Any]]: ...


class Writer(Reader, Protocol):
    """A Reader inside a write transaction (`transaction`) that changes rows too. `rows` also
    returns what `INSERT/UPDATE … RETURNING` gives back; `run` returns how many rows a
    statement changed. Dates, times and datetimes are stored as SQLAlchemy's SQLite dialect
    stores them (`stored`); lists go to JSON columns already encoded (json.dumps)."""

    def run(self, sql: str, params: Mapping[str, Any] | None = None) -> int: ...


class Session(Writer, Protocol):
    """One connection held for a series of short transactions (`connection`): each
    `with session.begin() as tx:` commits when the block ends (`tx.rollback()` ends it
    early, writing nothing); `durable(False)` trades the fsync of each commit for speed."""

    def begin(self) -> AbstractContextManager[Any]: ...

    def in_transaction(self) -> bool: ...

    def durable(self, full: bool) -> None: ...


def stored(value: Any) -> Any:
    """A parameter as SQLite keeps it, the way SQLAlchemy's SQLite dialect writes it: an
    instant (naive UTC) as `YYYY-MM-DD HH:MM:SS.ffffff`, a date as `YYYY-MM-DD`, a time as
    `HH:MM:SS.ffffff`; anything else as it is."""
    if isinstance(value, datetime):
        return "%04d-%02d-%02d %02d:%02d:%02d.%06d" % (  # noqa: UP031 - as SQLAlchemy
            value.year, value.month, value.day,
            value.hour, value.minute, value.second, value.microsecond,
        )  # fmt: skip
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return "%02d:%02d:%02d.%06d" % (value.hour, value.minute, value.second, value.microsecond)  # noqa: UP031
    return value


def _stored_params(params: Mapping[str, Any] | None) -> dict[str, Any]:
    return {k: stored(v) for k, v in (params or {}).items()}


def normalize_url(url: str) -> str:
    """A SQLAlchemy URL; a plain file path is taken as a SQLite database file."""
    url = (url or "").strip()
    if not url:
        raise InvalidInput("the database URL is empty")
    if "://" not in url:
        return f"sqlite:///{Path(url).expanduser().resolve()}"
    return url


def sqlite_path(url: str) -> Path | None:
    """The file of a plain `sqlite:///PATH` URL, absolute (a relative PATH, as in
    `sqlite:///data/followup.db`, is taken from the working directory, as SQLAlchemy takes
    it); None for memory or any other database."""
    prefix = "sqlite:///"
    if not url.startswith(prefix) or "?" in url:
        return None
    path = url[len(prefix) :]
    if path in ("", ":memory:"):
        return None
    return Path(path).absolute()


def named(url: str) -> None:
    """Mark the SQLite file of `url` as one the user named (with --db, FOLLOWUP_DB or the
    store.db setting): reading it while it does not exist is an error (NotFound), not an
    empty account, and creating it never creates missing folders (a typo is not a place to
    keep records). The default database in the data folder is neither."""
    path = sqlite_path(normalize_url(url))
    if path is not None:
        _named.add(path)


@contextmanager
def missing_reads_empty(url: str) -> Iterator[None]:
    """Inside, the SQLite file of `url` reads as an empty database while it does not exist,
    though the user named it: an import's first look (a dry run creates nothing; a real one
    creates the file when it stores, still only in a folder that exists: see `named`)."""
    path = sqlite_path(normalize_url(url))
    if path is None:
        yield
        return
    _reads_empty.add(path)
    try:
        yield
    finally:
        _reads_empty.discard(path)


def refuse_overwrite(url: str, output: Path) -> None:
    """InvalidInput when `output` (a file a command is about to write) is the SQLite database
    at `url` or one of its -wal/-shm/-journal files, by path or through a link: a file
    written there would destroy every record. Other database URLs have no such files."""
    live = sqlite_path(normalize_url(url))
    if live is None:
        return
    for part in (live, Path(f"{live}-wal"), Path(f"{live}-shm"), Path(f"{live}-journal")):
        with suppress(OSError):
            if output.expanduser().resolve() == part or os.path.samefile(output, part):
                raise InvalidInput(
                    f"--output: {output} is followup's database itself; write to another file"
                )


def where(url: str) -> str:
    path = sqlite_path(url)
    if path is not None:
        return str(path)
    try:
        from sqlalchemy.engine import make_url

        return make_url(url).render_as_string(hide_password=True)
    except Exception:
        return "the database"


# ---------------------------------------------------------------- readers and writers


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


def _sync_pragmas(full: bool) -> tuple[str, str]:
    """Commits fsynced (`synchronous=FULL`, the default) or safe only against a crash of the
    process (`NORMAL` in WAL mode: lost only with the machine); with NORMAL, no checkpoint
    (an fsync) in the middle of a run of light commits, one at the end."""
    return (
        f"PRAGMA synchronous={'FULL' if full else 'NORMAL'}",
        f"PRAGMA wal_autocheckpoint={1000 if full else 0}",
    )


class _SqliteWriter(_SqliteReader):
    """A Session on a SQLite file through the standard library's sqlite3 (autocommit mode:
    `begin` issues BEGIN IMMEDIATE, so the write lock is taken at the start and two writers
    never deadlock upgrading a read lock)."""

    def rows(
        self, sql: str, params: Mapping[str, Any] | None = None
    ) -> Sequence[Mapping[str, Any]]:
        return self.conn.execute(sql, _stored_params(params)).fetchall()

    def run(self, sql: str, params: Mapping[str, Any] | None = None) -> int:
        return self.conn.execute(sql, _stored_params(params)).rowcount

    def in_transaction(self) -> bool:
        return self.conn.in_transaction

    @contextmanager
    def begin(self) -> Iterator[_SqliteWriter]:
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self
        except BaseException:
            self.rollback()
            raise
        if self.conn.in_transaction:
            self.conn.execute("COMMIT")

    def rollback(self) -> None:
        if self.conn.in_transaction:
            with suppress(sqlite3.Error):
                self.conn.execute("ROLLBACK")

    def durable(self, full: bool) -> None:
        if not self.conn.in_transaction:
            for pragma in _sync_pragmas(full):
                self.conn.execute(pragma)


class _AlchemyWriter:
    """A Session on a SQLAlchemy connection (any database other than a SQLite file)."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.dialect = conn.dialect.name

    def _execute(self, sql: str, params: Mapping[str, Any] | None) -> Any:
        from sqlalchemy import text

        values = _stored_params(params) if self.dialect == "sqlite" else dict(params or {})
        return self.conn.execute(text(sql), values)

    def rows(
        self, sql: str, params: Mapping[str, Any] | None = None
    ) -> Sequence[Mapping[str, Any]]:
        result = self._execute(sql, params)
        return [dict(row) for row in result.mappings()] if result.returns_rows else []

    def run(self, sql: str, params: Mapping[str, Any] | None = None) -> int:
        return int(self._execute(sql, params).rowcount)

    def in_transaction(self) -> bool:
        return self.conn.in_transaction()

    def begin(self) -> AbstractContextManager[Any]:
        return self.conn.begin()

    def rollback(self) -> None:
        self.conn.rollback()

    def durable(self, full: bool) -> None:
        if self.dialect != "sqlite" or self.conn.in_transaction():
            return
        raw: Any = self.conn.connection.dbapi_connection
        for pragma in _sync_pragmas(full):
            raw.execute(pragma)


def private_folder(folder: Path) -> None:
    """Create `folder` and its missing parents, each one created 0700 (owner only); a
    folder that exists already is left as it is."""
    missing = []
    for part in (folder, *folder.parents):
        if part.exists():
            break
        missing.append(part)
    for part in reversed(missing):
        with suppress(FileExistsError):
            part.mkdir(mode=0o700)


def inspect_file(path: Path) -> str:
    """What the database file at `path` is, found without changing it: "missing", "empty"
    (no bytes, or an SQLite database without tables), "current" (followup's, at
    SCHEMA_HEAD) or "older" (followup's, an older schema to upgrade). ExternalError, and the
    file left as it is, for a folder, a device, a FIFO, a file that is not SQLite, another
    program's database, a schema newer than this followup, or a file that cannot be read.
    A file found current stays current for this process while it is the same file, of
    the same size and modification time (a command reads and writes its database several
    times; SQLite writes go to the `-wal` file until a checkpoint)."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        return "missing"
    except (OSError, ValueError) as exc:
        raise ExternalError(f"cannot open the database {path}: {_reason(exc)}") from None
    if stat.S_ISDIR(info.st_mode):
        raise ExternalError(f"the database {path} is a folder; give --db a file")
    if not stat.S_ISREG(info.st_mode):
        raise ExternalError(
            f"the database {path} is not a regular file (a device, FIFO or socket); "
            "followup keeps its data in a file"
        )
    seen = (str(path), info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns)
    if seen in _current:
        return "current"
    try:  # read even when the size is 0: /proc files say 0 and still hold text
        with open(path, "rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise ExternalError(f"cannot read the database {path}: {_reason(exc)}") from None
    if not header:
        return "empty"
    if header != SQLITE_HEADER:
        raise ExternalError(f"{path} is not a database (not an SQLite file); it was left as it is")
    names, version = _schema_of(path)
    if not names - {"sqlite_sequence"}:
        return "empty"
    if "alembic_version" not in names or not names >= FOLLOWUP_TABLES:
        shown = ", ".join(sorted(names)[:5]) + (", …" if len(names) > 5 else "")
        raise ExternalError(
            f"{path} is the database of another program (tables: {shown}), not followup's; "
            "it was left as it is"
        )
    if version == SCHEMA_HEAD:
        _current.add(seen)
        return "current"
    if version in _known_revisions():
        return "older"
    raise ExternalError(
        f"the database {path} has a schema this followup does not know (revision "
        f"{version!r}); was it written by a newer version? It was left as it is"
    )


def _reason(exc: BaseException) -> str:
    return str(getattr(exc, "strerror", None) or exc)


def _schema_of(path: Path) -> tuple[set[str], str | None]:
    """The table names of an SQLite file and its alembic revision, read without changing
    anything: read-only, and `immutable` when no `-wal` file says a writer may be at work
    (so SQLite creates no `-wal` or `-shm` beside another program's file)."""
    uri = path.as_uri() + "?mode=ro"
    if not Path(f"{path}-wal").exists():
        uri += "&immutable=1"
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_S)
        try:
            names = {
                str(row[0])
                for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            }
            version = None
            if "alembic_version" in names:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                version = str(row[0]) if row else None
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise ExternalError(f"cannot read the database {path}: {exc}") from None
    return names, version


def _known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


@contextmanager
def read(url: str) -> Iterator[Reader]:
    """A Reader on the database at `url`, inside one read transaction (a consistent view).

    A SQLite file is opened read-only; a missing or empty one reads as an empty database and
    is not created. A followup database with an older schema is upgraded first."""
    url = normalize_url(url)
    path = sqlite_path(url)
    if path is None:
        with transaction(url) as conn:
            yield conn
        return
    state = inspect_file(path)
    if state == "missing" and path in _named and path not in _reads_empty:
        raise NotFound(
            f"there is no database at {path}: check the path (a command that stores "
            "something, such as add, creates it)"
        )
    if state in ("missing", "empty"):
        yield _EmptyReader()
        return
    if state == "older":
        _bring_up(url)
    lite = _connect(path, "ro")
    try:
        try:
            for pragma in READ_PRAGMAS:
                lite.execute(pragma)
            lite.execute("BEGIN")
        except sqlite3.DatabaseError as exc:
            raise ExternalError(f"cannot read the database {path}: {exc}") from None
        yield _SqliteReader(lite)
        lite.execute("COMMIT")
    finally:
        lite.close()


@contextmanager
def transaction(url: str) -> Iterator[Writer]:
    """One write transaction on the database: committed when the block ends, rolled back on
    error (SQLite: BEGIN IMMEDIATE, so the write lock is taken at the start). A SQLite file
    is created (private) and its schema brought to the head first when needed. Database
    failures become Conflict (a constraint) or ExternalError."""
    url = normalize_url(url)
    try:
        with _session(url) as session, session.begin():
            yield session
    except Exception as exc:
        _raise_friendly(exc, url)
        raise


@contextmanager
def connection(url: str) -> Iterator[Session]:
    """One connection held for a series of short transactions (`with conn.begin(): …`);
    whatever is left open at the end is rolled back, and commits are fsynced again."""
    url = normalize_url(url)
    try:
        with _session(url) as session:
            try:
                yield session
            finally:
                if session.in_transaction():
                    session.rollback()
                session.durable(True)
    except Exception as exc:
        _raise_friendly(exc, url)
        raise


@contextmanager
def _session(url: str) -> Iterator[_SqliteWriter | _AlchemyWriter]:
    path = sqlite_path(url)
    if path is None:
        with engine(url).connect() as conn:
            yield _AlchemyWriter(conn)
        return
    if inspect_file(path) != "current":
        _bring_up(url)
    lite = _connect(path, "rw")
    try:
        for pragma in PRAGMAS:
            lite.execute(pragma)
        yield _SqliteWriter(lite)
    finally:
        lite.close()


def _connect(path: Path, mode: str) -> sqlite3.Connection:
    """A sqlite3 connection to the file (`mode` ro or rw: never created here) in autocommit
    mode, its rows mappings."""
    try:
        lite = sqlite3.connect(
            f"{path.as_uri()}?mode={mode}", uri=True, timeout=BUSY_TIMEOUT_S, isolation_level=None
        )
    except sqlite3.Error as exc:
        raise ExternalError(f"cannot open the database {path}: {exc}") from None
    lite.row_factory = sqlite3.Row
    return lite


def _bring_up(url: str) -> None:
    """Create the SQLite file at `url` (private) if it is missing, and bring its schema to
    the head through SQLAlchemy and Alembic (the engine is closed again: sqlite3 does the
    rest)."""
    engine(url)
    dispose(url)


# ---------------------------------------------------------------- SQLAlchemy and migrations


def engine(url: str) -> Engine:
    """The engine for `url`, created (and the schema migrated) on first use in this process."""
    url = normalize_url(url)
    found = _engines.get(url)
    if found is not None:
        return found
    path = sqlite_path(url)
    if path is not None and inspect_file(path) == "missing":
        _create_private(path)
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
        from sqlalchemy.exc import NoSuchModuleError

        try:
            return create_engine(parsed, pool_pre_ping=True)
        except NoSuchModuleError:
            raise InvalidInput(
                f"database {where(url)}: followup cannot open a {parsed.drivername!r} "
                "database; give a file path or sqlite:///PATH (another database needs a URL "
                "SQLAlchemy knows, such as postgresql://, and its driver installed)"
            ) from None
    path = sqlite_path(url)
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


def _create_private(path: Path) -> None:
    """An empty database file only its owner can read (SQLite gives its `-wal` and `-shm`
    the same mode), in a folder created 0700 when it is missing (a file the user named is
    created only in a folder that exists: see `named`)."""
    if path in _named and not path.parent.is_dir():
        raise InvalidInput(
            f"cannot create the database {path}: the folder {path.parent} does not exist "
            "(create it first, or check the path)"
        )
    try:
        private_folder(path.parent)
    except OSError as exc:
        raise ExternalError(f"cannot create the folder of {path}: {_reason(exc)}") from None
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except FileExistsError:
        pass
    except OSError as exc:
        raise ExternalError(f"cannot create the database {path}: {_reason(exc)}") from None


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
    if isinstance(exc, sqlite3.IntegrityError):
        raise Conflict(f"the change conflicts with what is stored: {exc}") from None
    if isinstance(exc, sqlite3.Error):
        raise ExternalError(f"database {where(url)}: {exc}") from None
    if "sqlalchemy" not in sys.modules:  # nothing of SQLAlchemy ran
        return
    from sqlalchemy import exc as sa_exc

    if isinstance(exc, sa_exc.IntegrityError):
        raise Conflict(f"the change conflicts with what is stored: {exc.orig}") from None
    if isinstance(exc, sa_exc.DBAPIError | sa_exc.ArgumentError):
        detail = getattr(exc, "orig", None) or exc
        raise ExternalError(f"database {where(url)}: {detail}") from None


def dispose(url: str | None = None) -> None:
    """Forget cached engines (all, or the one for `url`)."""
    for key in [normalize_url(url)] if url else list(_engines):
        made = _engines.pop(key, None)
        if made is not None:
            made.dispose()
