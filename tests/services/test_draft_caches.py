"""What `followup draft` keeps in the cache folder so that a later run starts faster: the
compiled templates (Jinja's bytecode cache), the parsed shipped data files (marshal) and
the phrasing lexicon built from them (pickle).
A cached run writes exactly what a fresh one writes; a changed template or data file is
read afresh; a damaged cache file or a cache folder that cannot be written changes nothing
but the speed."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from followup.config import cache_dir, load_settings
from followup.core import phrasing
from followup.core.models import Profile
from followup.core.records import from_record
from followup.services import drafting, planning, templates

ROUND = (
    Path(__file__).resolve().parent.parent / "fixtures" / "rounds" / "northwind_video_panel.json"
)


def written(each: bool = False) -> list[str]:
    """The drafts of the fixture round, written as a new process would (no environment
    kept from an earlier run of this process)."""
    templates._ENVIRONMENTS.clear()
    data = json.loads(ROUND.read_text(encoding="utf-8"))
    interview, profile = from_record(data["round"]), Profile(**data["profile"])
    settings = load_settings()
    today = interview.interviewed
    plan = planning.Planner(settings, today)(interview)
    batch = drafting.compose_drafts(settings, interview, profile, plan, each=each, today=today)
    return [w.draft.body for w in batch.written]


def test_a_second_run_reads_the_compiled_templates_and_parsed_data_and_writes_the_same() -> None:
    first = written(each=True)
    saved = sorted(p.name for p in (cache_dir() / "templates").iterdir())
    data = sorted(p.name for p in cache_dir().glob("data-*.marshal"))
    assert len(saved) >= 2 and all(name.endswith(".jinja") for name in saved)
    assert {name.split("-")[1] for name in data} == {"drafting", "phrasing", "sentences", "english"}
    assert written(each=True) == first


def test_damaged_cache_files_are_compiled_and_parsed_afresh() -> None:
    first = written()
    for path in [*(cache_dir() / "templates").iterdir(), *cache_dir().glob("data-*.marshal")]:
        path.write_bytes(b"j2\x00not what was saved")
    assert written() == first
    empty = [p for p in cache_dir().rglob("*") if p.is_file() and p.stat().st_size < 32]
    assert empty == []  # each damaged file was written again, whole


def test_a_cache_folder_that_cannot_be_written_only_costs_speed(followup_home) -> None:
    shutil.rmtree(cache_dir(), ignore_errors=True)
    cache_dir().write_text("a file where the cache folder would be", encoding="utf-8")
    assert written() != []
    assert cache_dir().is_file()


def test_an_edited_template_is_compiled_again_not_read_from_the_cache(followup_home) -> None:
    before = written()
    mine = templates.user_dir(load_settings())
    mine.mkdir(parents=True, exist_ok=True)
    email = (templates.builtin_dir() / "email.j2").read_text(encoding="utf-8")
    (mine / "email.j2").write_text(
        email.replace("{{ f.greeting }}", "Hello there,"), encoding="utf-8"
    )
    after = written()
    assert after != before and after[0].startswith("Hello there,")
    (mine / "email.j2").write_text(email, encoding="utf-8")
    assert written() == before


def test_a_changed_shipped_data_file_is_parsed_again(monkeypatch, tmp_path) -> None:
    folder = tmp_path / "data"
    shutil.copytree(drafting.DATA_DIR, folder)
    monkeypatch.setattr(drafting, "DATA_DIR", folder)
    assert drafting.shipped_data("english.toml")["countries"]["default"] == "en-GB"
    path = folder / "english.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('default = "en-GB"', 'default = "en-CA"'), encoding="utf-8")
    assert drafting.shipped_data("english.toml")["countries"]["default"] == "en-CA"


def test_the_built_lexicon_is_read_back_and_a_changed_phrasing_file_builds_it_again() -> None:
    settings = load_settings()
    data, words = drafting.shipped_data("phrasing.toml"), drafting.shipped_data("drafting.toml")
    built = drafting._lexicon(settings, data, words["words"])
    assert built == phrasing.Lexicon.from_mapping(data, words["words"])
    [saved] = cache_dir().glob("lexicon-*.pickle")
    first = written(each=True)
    assert drafting._lexicon(settings, data, words["words"]) == built
    saved.write_bytes(b"\x80\x05not what was saved")  # damaged: built again, saved whole
    assert written(each=True) == first
    assert drafting._lexicon(settings, data, words["words"]) == built
    assert saved.stat().st_size > 1000
    mine = settings.config_file.parent / "phrasing.toml"  # the user's file: another key
    mine.parent.mkdir(parents=True, exist_ok=True)
    mine.write_text('[shorthand]\nqq = "quarterly questions"\n', encoding="utf-8")
    assert drafting._lexicon(settings, data, words["words"]) == built  # data is passed in
    assert len(list(cache_dir().glob("lexicon-*.pickle"))) == 2


@pytest.fixture(autouse=True)
def _fresh_environments():
    yield
    templates._ENVIRONMENTS.clear()
