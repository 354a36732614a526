"""The files a write goes to before it is renamed into place (followup.folders.temporary_file):
made as tempfile.mkstemp makes them, without importing tempfile."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from followup import folders
from followup.delivery.files import write_atomic
from followup.store.cache_files import write_cache


def test_a_temporary_file_is_new_private_and_named_as_asked(tmp_path: Path) -> None:
    made = [folders.temporary_file(tmp_path, ".card.pdf.", ".tmp") for _ in range(20)]
    try:
        names = [Path(path).name for _, path in made]
        assert len(set(names)) == 20
        for fd, path in made:
            assert Path(path).parent == tmp_path
            assert Path(path).name.startswith(".card.pdf.") and path.endswith(".tmp")
            assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
            os.write(fd, b"x")
            assert os.pread(fd, 1, 0) == b"x"  # opened for reading and writing
    finally:
        for fd, _ in made:
            os.close(fd)


def test_a_taken_name_is_never_opened_again(tmp_path: Path, monkeypatch) -> None:
    """Another file (or a link an attacker left) under the name drawn first is left alone:
    the next name is drawn; after TEMPORARY_TRIES taken names, FileExistsError."""
    target = tmp_path / "elsewhere"
    target.write_text("theirs", encoding="utf-8")
    (tmp_path / ".x.000000000000").symlink_to(target)
    draws = iter([bytes(6), bytes([1] * 6)])
    monkeypatch.setattr(folders.os, "urandom", lambda n: next(draws))
    fd, path = folders.temporary_file(tmp_path, ".x.")
    os.close(fd)
    assert Path(path).name == ".x.010101010101"
    assert target.read_text(encoding="utf-8") == "theirs"
    monkeypatch.setattr(folders.os, "urandom", lambda n: bytes(n))
    with pytest.raises(FileExistsError):
        folders.temporary_file(tmp_path, ".x.")


def test_a_folder_that_cannot_be_written_is_an_oserror(tmp_path: Path) -> None:
    with pytest.raises(OSError):
        folders.temporary_file(tmp_path / "missing", ".x.")


def test_writes_leave_only_the_file_and_import_no_tempfile(tmp_path: Path) -> None:
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    write_atomic(tmp_path / "card.pdf", b"%PDF-1.4")
    write_cache(tmp_path / "cache" / "kept.json", "{}")
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["cache", "card.pdf", "kept.json"]
    assert (tmp_path / "card.pdf").read_bytes() == b"%PDF-1.4"
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from followup.delivery.files import write_atomic\n"
        "from followup.store.cache_files import write_cache\n"
        f"write_atomic(Path({str(tmp_path / 'a.ics')!r}), 'BEGIN:VCALENDAR')\n"
        f"write_cache(Path({str(tmp_path / 'cache' / 'b.json')!r}), '[]')\n"
        "print('tempfile' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
    assert (tmp_path / "a.ics").read_text(encoding="utf-8") == "BEGIN:VCALENDAR"
