"""Cache files are keyed by the code that built what they hold, as the run that built it
imported that code (store.cache_files.code_seen / code_version): two versions of the code
never read or write the same file, and a run whose code changed on disk while it ran (an
upgrade, a checkout) neither saves what its older code built under the newer code's key
nor reads what newer code saved."""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path
from types import ModuleType

import pytest

from followup.config import cache_dir, load_settings
from followup.store import cache_files
from followup.store.cache_files import code_seen, code_version


def imported(path: Path, text: str, name: str) -> ModuleType:
    """`text` written to `path` and imported as module `name` (a version of some code)."""
    path.write_text(text, encoding="utf-8")
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def edited(path: Path, text: str) -> None:
    """The file changed on disk, as an upgrade changes it (a new time, whatever the size)."""
    info = path.stat()
    path.write_text(text, encoding="utf-8")
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns + 1_000_000_000))


OLD = "def build():\n    return ['one', 'two']\n"
NEW = "def build():\n    return ['one', 'two', 'three']\n"


@pytest.fixture(autouse=True)
def _fresh_versions(monkeypatch):
    monkeypatch.setattr(cache_files, "_versions", {})
    yield
    for name in ("builder_old_maint", "builder_new_maint"):
        sys.modules.pop(name, None)


def test_two_versions_of_the_code_have_two_keys(tmp_path) -> None:
    path = tmp_path / "builder.py"
    old = code_seen(imported(path, OLD, "builder_old_maint"))
    old_key = code_version(old)
    edited(path, NEW)
    new = code_seen(imported(path, NEW, "builder_new_maint"))
    assert old_key is not None and code_version(new) is not None
    assert code_version(new) != old_key
    assert code_version(old) == old_key  # worked out before the change: still this run's code


def test_the_same_code_has_the_same_key_in_every_run(tmp_path) -> None:
    path = tmp_path / "builder.py"
    first = code_version(code_seen(imported(path, OLD, "builder_old_maint")))
    cache_files._versions.clear()  # another run
    assert code_version(code_seen(imported(path, OLD, "builder_new_maint"))) == first


def test_code_changed_since_this_run_imported_it_has_no_key(tmp_path) -> None:
    path = tmp_path / "builder.py"
    old = code_seen(imported(path, OLD, "builder_old_maint"))
    edited(path, NEW)  # before this run first asked
    assert code_version(old) is None
    path.write_text(OLD, encoding="utf-8")  # the text back later: this run stays uncached
    assert code_version(old) is None


def test_a_package_version_is_part_of_the_key(tmp_path, monkeypatch) -> None:
    import followup

    seen = code_seen(imported(tmp_path / "builder.py", OLD, "builder_old_maint"))
    first = code_version(seen)
    cache_files._versions.clear()
    monkeypatch.setattr(followup, "__version__", "99.0")
    assert code_version(seen) not in (None, first)


def test_an_older_runs_lexicon_is_never_saved_under_the_newer_code(
    followup_home, monkeypatch, tmp_path
) -> None:
    """The lexicon (pickle) of a run whose phrasing code changed on disk while it ran is
    built and used, never saved nor read; each version of the code has its own file."""
    from followup.services import drafting

    settings = load_settings()
    data, words = drafting.shipped_data("phrasing.toml"), drafting.shipped_data("drafting.toml")
    path = tmp_path / "phrasing_stand_in.py"
    monkeypatch.setattr(
        drafting, "LEXICON_CODE", code_seen(imported(path, OLD, "builder_old_maint"))
    )
    edited(path, NEW)  # an upgrade while this run goes on
    built = drafting._lexicon(settings, data, words["words"])
    assert built is not None
    assert list(cache_dir().glob("lexicon-*.pickle")) == []

    cache_files._versions.clear()  # the next run, of the new code
    monkeypatch.setattr(
        drafting, "LEXICON_CODE", code_seen(imported(path, NEW, "builder_new_maint"))
    )
    assert drafting._lexicon(settings, data, words["words"]) == built
    [saved] = cache_dir().glob("lexicon-*.pickle")

    cache_files._versions.clear()  # a run of the old code again (a downgrade)
    edited(path, OLD)
    monkeypatch.setattr(
        drafting, "LEXICON_CODE", code_seen(imported(path, OLD, "builder_old_maint"))
    )
    drafting._lexicon(settings, data, words["words"])
    assert len(list(cache_dir().glob("lexicon-*.pickle"))) == 2  # its own file, not `saved`


def test_the_checkers_saved_rules_follow_its_code(followup_home, monkeypatch, tmp_path) -> None:
    from followup.services import checking

    path = tmp_path / "rules_stand_in.py"
    monkeypatch.setattr(checking, "RULES_CODE", code_seen(imported(path, OLD, "builder_old_maint")))
    old = checking._saved_rules_file("shipped", "")
    edited(path, NEW)
    cache_files._versions.clear()  # asked first after the change: this run's code is older
    assert checking._saved_rules_file("shipped", "") is None
    monkeypatch.setattr(checking, "RULES_CODE", code_seen(imported(path, NEW, "builder_new_maint")))
    new = checking._saved_rules_file("shipped", "")
    assert old is not None and new is not None and old != new
