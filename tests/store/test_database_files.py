"""`--db` never damages another file, and what followup stores is private.

Another program's SQLite file, an empty file, a device, a FIFO: each is refused (or, for a
reading command, read as empty) and left byte for byte as it was, with no `-journal`,
`-wal` or `-shm` beside it. Reading commands open followup's own database read-only. A
database followup creates is 0600 in a folder created 0700; exports are 0600 and never
replace a device, a FIFO or the database itself."""

from __future__ import annotations

import os
import sqlite3
import stat
import sys
from pathlib import Path

import pytest

from followup.store import db

ADD = ("add", "--company", "Acme", "--role", "Analyst", "--interviewed", "2026-11-19",
       "--format", "video", "--coordinator", "Dana Reyes <dana@acme.example>")  # fmt: skip
READING = [
    ("list",),
    ("list", "--json"),
    ("today", "--json"),
    ("show", "1"),
    ("plan", "1", "--json"),
    ("profile",),
    ("draft", "list", "1"),
    ("export",),
    ("export", "--format", "csv"),
]
WRITING = [
    ADD,
    ("edit", "1", "--company", "Z"),
    ("done", "1", "--via", "email"),
    ("delete", "1", "--yes"),
    ("profile", "--name", "Z"),
    ("draft", "1"),
]
SIDE_FILES = ("-journal", "-wal", "-shm")

posix = pytest.mark.skipif(sys.platform == "win32", reason="POSIX files and modes")


def side_files(path: Path) -> list[str]:
    return [s for s in SIDE_FILES if Path(f"{path}{s}").exists()]


def one_error(res) -> str:
    assert res.code not in (0, 70), (res.code, res.err)
    assert res.err.startswith("followup: error: ") and res.err.count("\n") == 1, res.err
    assert res.out == "", res.out
    return res.err


def foreign_database(path: Path, wal: bool = False) -> Path:
    """Another program's SQLite database: its own tables, some rows."""
    conn = sqlite3.connect(path)
    if wal:
        conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    conn.execute("CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT)")
    conn.executemany("INSERT INTO notes (body) VALUES (?)", [("keep me",), ("and me",)])
    conn.commit()
    conn.close()
    assert not side_files(path)
    return path


@pytest.mark.parametrize("wal", [False, True], ids=["rollback", "wal"])
def test_another_programs_database_is_refused_and_left_as_it_was(cli, tmp_path, wal) -> None:
    path = foreign_database(tmp_path / "other.sqlite", wal)
    before = path.read_bytes()
    for args in READING + WRITING:
        line = one_error(cli("--db", str(path), *args))
        assert "another program" in line and "left as it is" in line, (args, line)
        assert path.read_bytes() == before, args
        assert not side_files(path), (args, side_files(path))
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == ("wal" if wal else "delete")
    assert [r[0] for r in conn.execute("SELECT name FROM sqlite_master")] == ["notes", "contacts"]
    conn.close()


def test_a_database_of_another_alembic_application_is_refused(cli, tmp_path) -> None:
    path = tmp_path / "alembic-app.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)")
    conn.execute("INSERT INTO alembic_version VALUES ('3f2a9c1b7d4e')")
    conn.execute("CREATE TABLE users (id INTEGER PRIMARY KEY)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    for args in (("list",), ADD):
        one_error(cli("--db", str(path), *args))
    assert path.read_bytes() == before and not side_files(path)


@pytest.mark.parametrize("kind", ["empty file", "blank SQLite database"])
def test_reading_an_empty_file_changes_nothing(cli, tmp_path, kind) -> None:
    path = tmp_path / "empty.db"
    if kind == "empty file":
        path.touch()
    else:
        sqlite3.connect(path).execute("VACUUM").connection.close()
    before = path.read_bytes()
    for args in READING:
        res = cli("--db", str(path), *args)
        assert res.code in (0, 3), (args, res.err)  # `show 1` finds nothing: not found
        assert path.read_bytes() == before, args
        assert not side_files(path), args
    assert cli("--db", str(path), "list", "--json").json() == []
    assert cli("--db", str(path), *ADD).code == 0  # a writing command may start it
    assert [r["id"] for r in cli("--db", str(path), "list", "--json").json()] == [1]


@posix
def test_paths_that_are_not_regular_files_are_refused(cli, run_followup, tmp_path) -> None:
    fifo = tmp_path / "pipe.db"
    os.mkfifo(fifo)
    folder = tmp_path / "folder.db"
    folder.mkdir()
    targets = [fifo, folder, Path("/dev/zero"), Path("/dev/null")]
    existing = {t: side_files(t) for t in targets}
    for target in targets:
        for args in (("list",), ("today", "--json"), ADD, ("profile", "--name", "Z")):
            res = run_followup("--db", str(target), *args)  # a subprocess: a hang fails
            line = one_error(res)
            assert "not a regular file" in line or "is a folder" in line, line
        assert side_files(target) == existing[target], target
    assert stat.S_ISFIFO(fifo.stat().st_mode) and stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_reading_commands_open_followups_database_read_only(cli, tmp_path) -> None:
    """A reading command changes nothing in the file: not its journal mode (a user set it
    back to rollback here), not a byte."""
    path = tmp_path / "mine.db"
    assert cli("--db", str(path), *ADD).code == 0
    assert cli("--db", str(path), "profile", "--name", "Sam Lee").code == 0
    db.dispose()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.close()
    before = path.read_bytes()
    for args in READING:
        res = cli("--db", str(path), *args)
        assert res.code == 0, (args, res.err)
        assert path.read_bytes() == before, args
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()


def test_followups_own_older_schema_is_still_upgraded(cli, tmp_path) -> None:
    from alembic.script import ScriptDirectory

    first = ScriptDirectory.from_config(db.alembic_config()).get_base()
    assert isinstance(first, str)
    path = tmp_path / "old.db"
    db.upgrade(f"sqlite:///{path}", first)
    db.dispose()
    res = cli("--db", str(path), "list", "--json")
    assert res.code == 0, res.err
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == db.SCHEMA_HEAD
    conn.close()
    assert cli("--db", str(path), *ADD).code == 0


def test_the_followup_tables_named_in_db_are_in_the_schema() -> None:
    from followup.store.tables import metadata

    assert set(metadata.tables) >= db.FOLLOWUP_TABLES


# --- 5. private by default --------------------------------------------------------------------


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@posix
def test_the_data_folder_and_database_are_private(run_followup, tmp_path) -> None:
    home = tmp_path / "new-home" / "followup"  # neither exists yet
    env = {"FOLLOWUP_HOME": str(home)}
    note = tmp_path / "note.txt"
    note.write_text("Dear Dana, thank you for your time today. Best, Sam\n")
    old = os.umask(0o022)
    try:
        checked = run_followup("check", str(note), env=env)  # a cache is written first
        res = run_followup(*ADD, env=env)
    finally:
        os.umask(old)
    assert checked.code in (0, 1), checked.err
    assert res.code == 0, res.err
    assert mode(home) == 0o700 and mode(home.parent) == 0o700
    assert mode(home / "followup.db") == 0o600
    for folder in home.rglob("*"):
        if folder.is_dir():
            assert mode(folder) == 0o700, folder
    conn = sqlite3.connect(home / "followup.db")  # keeps -wal and -shm while open
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("UPDATE applications SET status = status")
    for side in ("-wal", "-shm"):
        assert mode(Path(f"{home / 'followup.db'}{side}")) == 0o600, side
    conn.rollback()
    conn.close()


@posix
def test_exports_are_private_and_never_replace_what_is_not_a_file(cli, followup_home, tmp_path):
    assert cli(*ADD).code == 0
    out = tmp_path / "backup.json"
    out.write_text("old")
    out.chmod(0o644)
    assert cli("export", "-o", str(out)).code == 0
    assert mode(out) == 0o600 and out.read_text().startswith("{")
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    targets = [fifo, Path("/dev/null")]
    if hasattr(os, "getuid") and os.getuid() == 0:  # a device node of our own (root only)
        device = tmp_path / "null-device"
        os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 3))
        targets.append(device)
    for target in targets:
        kind = stat.S_IFMT(target.stat().st_mode)
        for fmt in ("json", "csv"):
            line = one_error(cli("export", "--format", fmt, "-o", str(target)))
            assert "not a regular file" in line, line
        assert stat.S_IFMT(target.stat().st_mode) == kind, target
    live = followup_home / "followup.db"
    before = snapshot(live)
    for target in (live, Path(f"{live}-wal"), tmp_path / "link.db"):
        if target.name == "link.db":
            target.symlink_to(live)
        line = one_error(cli("export", "-o", str(target)))
        assert "database itself" in line, line
    assert snapshot(live) == before


def snapshot(path: Path) -> list[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def test_a_database_found_current_is_looked_at_again_once_it_is_another_file(cli, tmp_path):
    """A command reads its database several times and looks at the file once; a file put
    in its place (renamed over it, or written over in place) is looked at again."""
    path = tmp_path / "mine.db"
    assert cli("--db", str(path), *ADD).code == 0
    assert db.inspect_file(path) == "current" == db.inspect_file(path)
    foreign_database(tmp_path / "other.sqlite").replace(path)
    with pytest.raises(db.ExternalError, match="another program"):
        db.inspect_file(path)
    path.unlink()
    assert cli("--db", str(path), *ADD).code == 0 and db.inspect_file(path) == "current"
    foreign = foreign_database(tmp_path / "other2.sqlite").read_bytes()
    path.write_bytes(foreign)  # the same file (inode), other bytes
    with pytest.raises(db.ExternalError, match="another program"):
        db.inspect_file(path)
