"""The checker's results on the notes it has read, kept in the cache folder between runs.

A draft is checked every time it is written or shown, and a user's second `followup draft ID`
(or `call`, `video plan`, `card`) checks the very same text against the very same record:
loading the rules and the learned layer and reading the note is about a sixth of such a run.
`checked` gives the result an earlier run of the `followup` program kept for the same
question, else checks the note (services.checking.check_text) and keeps its result.

What a result depends on, and so what must be the same for a kept one to be used:
- the question: the note's text, its kind, every field of the record's facts
  (core.check.results.Facts), the interpreter's version, and the place of the user's own
  rules (config.check_rules_path). These make the key: the file is named by a SHA-256 of
  them and holds them, compared whole on reading.
- the code and data that answered it: the files of every module loaded when the result was
  kept but the standard library's (followup's own, compiled or not, and the libraries it
  runs on), every file shipped in followup's data folder, and the user's rules file, each
  with its modification time, size and change time (None: it was not there). A file that
  is not as it was (edited, rebuilt, installed again, added or removed) makes the result
  unusable: the note is checked again and the new result kept in its place.

Each result is one file `cache/verdicts/<key>.marshal` (marshal: the key, the stamps, the
result's fields), at most MAX_KEPT of them (the oldest written go first). A file that is
missing, damaged or of another key is not used; one that cannot be written only costs speed.
Only the `followup` program keeps results (`install`, in cli.main), never a library caller or
the tests' in-process runs, which check afresh.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import sys
from dataclasses import fields
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the program installs this at every start: the checker's types load later
    from followup.config import Settings
    from followup.core.check.results import CheckResult, Facts

FORMAT = 1  # the layout of a kept file
FOLDER = "verdicts"  # in the cache folder
MAX_KEPT = 200  # results kept; a user's rounds have a few notes each
KEEP_AFTER_PRUNE = 150  # what is left after the oldest are removed

Stamp = tuple[int, int, int] | None  # modification time, size, change time; None: no file

_on = False


def install() -> None:
    """Keep results between runs from now on (the `followup` program's start)."""
    global _on
    _on = True


def uninstall() -> None:
    """Check every note afresh again (for tests)."""
    global _on
    _on = False


def checked(settings: Settings | None, text: str, kind: str, facts: Facts) -> CheckResult:
    """services.checking.check_text(settings, text, kind, facts): the result kept by an
    earlier run for the same question, code and data (see the module), else checked now
    (and kept, when `install` was called). Raises what check_text raises."""
    if not _on:
        from followup.services import checking

        return checking.check_text(settings, text, kind, facts)
    rules = _rules_path(settings)
    key = _key(text, kind, facts, rules)
    path = _path(key)
    kept = _read(path, key) if path is not None else None
    if kept is not None:
        return kept
    from followup.services import checking

    result = checking.check_text(settings, text, kind, facts)
    if path is not None:
        _keep(path, key, result, rules)
    return result


def _rules_path(settings: Settings | None) -> str:
    from followup.config import check_rules_path, config_path

    return str(check_rules_path(settings.config_file if settings is not None else config_path()))


def _key(text: str, kind: str, facts: Facts, rules: str) -> bytes:
    """The question as bytes: the same bytes for the same question, in any process."""
    given = tuple((f.name, getattr(facts, f.name)) for f in fields(facts))
    return marshal.dumps((FORMAT, sys.version, sys.hexversion, kind, text, given, rules))


def _path(key: bytes) -> Path | None:
    from followup.config import cache_dir
    from followup.core.digests import sha256

    try:
        folder = cache_dir()
    except Exception:  # noqa: BLE001 - no cache folder can be named: nothing kept
        return None
    return folder / FOLDER / f"{sha256(key).hexdigest()[:40]}.marshal"


def _stamp(path: str) -> Stamp:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_mtime_ns, info.st_size, info.st_ctime_ns


def _read(path: Path, key: bytes) -> CheckResult | None:
    """The result kept at `path` for `key`, when every file it depended on is as it was."""
    try:
        saved = marshal.loads(path.read_bytes())
        kept_key, stamps, values = saved
        if kept_key != key or type(stamps) is not tuple:
            return None
        for where, stamp in stamps:
            if _stamp(where) != stamp:
                return None
        return _result(values)
    except (OSError, EOFError, ValueError, TypeError):  # not kept yet, damaged, other layout
        return None


def _result(values: Any) -> CheckResult:
    """A CheckResult from its kept fields (TypeError, ValueError when they do not fit)."""
    from followup.core.check.results import CheckResult, Finding

    given = dict(zip([f.name for f in fields(CheckResult)], values, strict=True))
    for name in ("issues", "advice"):
        given[name] = tuple(Finding(*finding) for finding in given[name])
    result = CheckResult(**given)
    if type(result.verdict) is not str or type(result.elements) is not dict:
        raise TypeError("not a kept result")
    return result


def _values(result: CheckResult) -> tuple[Any, ...]:
    """The fields of `result` as marshal keeps them, each finding as its fields."""
    out = []
    for f in fields(result):
        value = getattr(result, f.name)
        if f.name in ("issues", "advice"):
            value = tuple(tuple(getattr(g, h.name) for h in fields(g)) for g in value)
        out.append(value)
    return tuple(out)


def _depends_on(rules: str) -> tuple[tuple[str, Stamp], ...]:
    """The files a result depends on (see the module), each with its stamp now."""
    from followup.core.package_data import DATA_DIR

    stdlib = sys.stdlib_module_names
    files = {rules}
    for name, module in list(sys.modules.items()):
        # (the name first: reading an attribute of a module run on first use runs it,
        # cli/lazy_modules.py, and those are the standard library's)
        if name.partition(".")[0] not in stdlib:
            where = getattr(module, "__file__", None)
            if isinstance(where, str):
                files.add(where)
    for folder, _, names in os.walk(DATA_DIR):
        files.update(os.path.join(folder, n) for n in names)
    return tuple((where, _stamp(where)) for where in sorted(files))


def _keep(path: Path, key: bytes, result: CheckResult, rules: str) -> None:
    """Keep `result` for `key` at `path`; the oldest kept go when there are too many."""
    from followup.store.cache_files import write_cache

    try:
        data = marshal.dumps((key, _depends_on(rules), _values(result)))
    except ValueError:  # a value marshal refuses: not kept
        return
    write_cache(path, data)
    _prune(path.parent)


def _prune(folder: Path) -> None:
    """Remove the oldest written when more than MAX_KEPT are kept (their names are counted
    first: a file's time is read only when some must go)."""
    try:
        with os.scandir(folder) as entries:
            names = [e.path for e in entries if e.name.endswith(".marshal")]
        if len(names) <= MAX_KEPT:
            return
        kept = sorted((os.stat(where).st_mtime_ns, where) for where in names)
    except OSError:
        return
    for _, where in kept[: len(kept) - KEEP_AFTER_PRUNE]:
        with contextlib.suppress(OSError):
            os.remove(where)
