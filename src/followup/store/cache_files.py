"""Files in the cache folder: written whole or not at all, and never a failure.

A cache only saves time: a file that cannot be written (a full disk, a read-only folder) is
skipped, and a later run works it out again.
"""

from __future__ import annotations

import os
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any


def digest(data: bytes) -> str:
    """A cache file's content key: CRC-32, Adler-32 and the length of `data`, in hexadecimal
    (zlib is loaded at start-up already; hashlib would load OpenSSL's libcrypto)."""
    import zlib

    return f"{zlib.crc32(data):08x}{zlib.adler32(data):08x}{len(data):x}"


@dataclass(frozen=True)
class CodeSeen:
    """The source files of the modules that build a cached object, as this run imported them:
    (path, modification time, size) of each, noted by `code_seen` right after the import."""

    files: tuple[tuple[str, int, int], ...]


_versions: dict[CodeSeen, str | None] = {}  # code_version's answers in this run


def code_seen(*modules: ModuleType) -> CodeSeen:
    """Note the code of `modules` as this run imported it: call it where they are imported
    (at the top level of the module that keys a cache with them), so that `code_version`
    names the code this run runs, not what is on disk by the time a cache is read or
    written. A module with no source file is left out (its code cannot change in a run)."""
    files = []
    for module in modules:
        path = getattr(module, "__file__", None)
        info = _file_stat(path) if path else None
        if path and info is not None:
            files.append((path, *info))
    return CodeSeen(tuple(files))


def code_version(seen: CodeSeen) -> str | None:
    """The part of a cache file's key that names the code which builds what is cached: the
    installed followup's version (as imported), the Python version and a digest of the text
    of each source file of `seen`, read when the file is still as this run imported it. None
    when one is not (the code changed on disk during the run: what this run would save is
    of older code, and what it would read may be of newer, so no cache is used). Worked out
    once a run: later changes on disk do not change what this run's code is."""
    if seen not in _versions:
        _versions[seen] = _code_version(seen)
    return _versions[seen]


def _code_version(seen: CodeSeen) -> str | None:
    import sys

    import followup

    parts = [f"{followup.__version__}\0{sys.version_info[:2]}".encode()]
    folder, known = _source_digests()
    new = False
    for path, mtime, size in seen.files:
        stamp = _source_stamp(path, mtime, size)
        if stamp is None:
            return None
        entry = known.get(path)
        if entry is None or entry[:3] != stamp:
            try:
                text = Path(path).read_bytes()
            except OSError:
                return None
            if len(text) != size or _source_stamp(path, mtime, size) != stamp:
                return None
            entry = known[path] = (*stamp, digest(text))
            new = True
        parts += [path.encode(), entry[3].encode()]
    if new:
        _save_digests(folder, known)
    return digest(b"\0".join(parts))


def _save_digests(folder: Path | None, known: dict[str, tuple[int, int, int, str]]) -> None:
    if folder is not None:
        import marshal

        while len(known) > MAX_SOURCE_DIGESTS:  # the oldest first
            del known[next(iter(known))]
        write_cache(folder / SOURCE_DIGESTS, marshal.dumps(known))


def file_digest(path: Path) -> str | None:
    """`digest` of a shipped data file's bytes (the content key of what is built from it),
    read only when the file changed since a run last read it: kept with the source digests
    (SOURCE_DIGESTS, by modification time, size and change time, as `code_version` keeps
    them), so an unchanged file costs a `stat`. Asked again after reading the file, the same
    answer says it did not change meanwhile. None when it cannot be read."""
    where = str(path)
    try:
        info = os.stat(where)
    except OSError:
        return None
    stamp = (info.st_mtime_ns, info.st_size, info.st_ctime_ns)
    folder, known = _source_digests()
    entry = known.get(where)
    if entry is not None and entry[:3] == stamp:
        return entry[3]
    try:
        data = Path(where).read_bytes()
    except OSError:
        return None
    if len(data) != info.st_size or _source_stamp(where, *stamp[:2]) != stamp:
        return None  # written to while it was read
    known[where] = (*stamp, digest(data))
    _save_digests(folder, known)
    return known[where][3]


# The digests of the source files code_version has read, kept in the cache folder
# (SOURCE_DIGESTS: {path: (modification time, size, change time, digest of the text)}), so
# that a run reads and digests again only a file that changed since: the source of what the
# caches of one draft are keyed by is about 800 kB, a millisecond and a half of every start.
# A file's text cannot change without its change time changing (writing it sets that time,
# and setting the modification time back sets it too). A file that cannot be read or
# written is simply not used.
SOURCE_DIGESTS = "code-digests.marshal"
MAX_SOURCE_DIGESTS = 500
_digests: dict[str, dict[str, tuple[int, int, int, str]]] = {}  # cache folder -> its table


def _source_stamp(path: str, mtime: int, size: int) -> tuple[int, int, int] | None:
    """(modification time, size, change time) of the file at `path` while it is as this run
    imported it (`mtime`, `size`), else None."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    if (info.st_mtime_ns, info.st_size) != (mtime, size):
        return None
    return info.st_mtime_ns, info.st_size, info.st_ctime_ns


def _source_digests() -> tuple[Path | None, dict[str, tuple[int, int, int, str]]]:
    """The cache folder and the source digests saved there (read once a run), or None and
    a table of this run's own when no folder can be named."""
    import marshal

    from followup.folders import cache_folder

    try:
        folder = Path(cache_folder())
    except Exception:  # noqa: BLE001 - no folder: keep this run's digests only
        return None, _digests.setdefault("", {})
    key = str(folder)
    if key not in _digests:
        table: dict[str, tuple[int, int, int, str]] = {}
        try:
            saved = marshal.loads((folder / SOURCE_DIGESTS).read_bytes())
            if isinstance(saved, dict):
                table = {
                    k: v
                    for k, v in saved.items()
                    if isinstance(k, str)
                    and isinstance(v, tuple)
                    and len(v) == 4
                    and all(isinstance(n, int) for n in v[:3])
                    and isinstance(v[3], str)
                }
        except (OSError, EOFError, ValueError, TypeError):  # not saved yet, or damaged
            pass
        _digests[key] = table
    return folder, _digests[key]


def _file_stat(path: str) -> tuple[int, int] | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_mtime_ns, info.st_size


def write_cache(path: Path, data: str | bytes) -> None:
    """Write `data` to `path` through a temporary file and a rename (the folder created 0700);
    any OSError is swallowed."""
    from followup.folders import temporary_file

    try:
        from followup.store.db import private_folder

        private_folder(path.parent)
        fd, tmp = temporary_file(path.parent, ".tmp-")
        with os.fdopen(fd, "wb") as fh:
            fh.write(data.encode("utf-8") if isinstance(data, str) else data)
        os.replace(tmp, path)
    except OSError:
        pass  # a cache that cannot be written only costs speed


def package_folder(name: str) -> Path | None:
    """The folder an installed package is imported from, found without importing it (its
    modification time tags what a cache saved from it), or None when it is not installed.
    Looked up once a run (a draft asks for the same four packages again and again; each
    search walks the import path)."""
    if name not in _package_folders:
        import importlib.util

        spec = importlib.util.find_spec(name)
        found = None if spec is None or spec.origin is None else Path(spec.origin).parent
        _package_folders[name] = found
    return _package_folders[name]


_package_folders: dict[str, Path | None] = {}  # package_folder's answers in this run


def parsed_toml(path: Path) -> dict[str, Any]:
    """A TOML file shipped with followup (`path`, in its data folder), parsed. Parsing the
    shipped phrase and sentence files takes longer than the rest of a draft's data, and
    importing tomllib longer than reading a small file, so the parsed data is kept in the
    cache folder (marshal) under the file's path, size and modification time and the Python
    version, and a later run reads it from there. A cache that cannot be read or written is
    simply not used."""
    import marshal

    saved = _saved_data_path(path)
    if saved is not None:
        try:
            data = marshal.loads(saved.read_bytes())
            if isinstance(data, dict):
                return data
        except (OSError, EOFError, ValueError, TypeError):  # not saved yet, or damaged
            pass
    import tomllib  # here: a run that reads the saved data parses no TOML

    data = tomllib.loads(path.read_text(encoding="utf-8"))
    if saved is not None:
        with suppress(ValueError):  # a value marshal refuses: no cache
            write_cache(saved, marshal.dumps(data))
    return data


def _saved_data_path(path: Path) -> Path | None:
    import sys

    from followup.config import cache_dir
    from followup.core.digests import sha256

    try:
        stat = path.stat()
        folder = cache_dir()
    except OSError:
        return None
    key = f"{path}\0{stat.st_mtime_ns}\0{stat.st_size}\0{sys.version_info[:2]}"
    return folder / f"data-{path.stem}-{sha256(key.encode()).hexdigest()[:20]}.marshal"
