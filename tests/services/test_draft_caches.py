"""What `followup draft` keeps in the cache folder so that a later run starts faster: the
compiled templates (Jinja's bytecode cache), the texts the built-in templates rendered for a
note (marshal), the parsed shipped data files (marshal) and the phrasing lexicon built from
them (pickle).
A cached run writes exactly what a fresh one writes; a changed template or data file is
read afresh; a damaged cache file or a cache folder that cannot be written changes nothing
but the speed."""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from followup.config import cache_dir, load_settings
from followup.core import compose, phrasing
from followup.core.models import Profile
from followup.core.records import from_record
from followup.services import data_files, drafting, planning, templates

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
    assert {name.split("-")[1] for name in data} == {
        "drafting",
        "phrasing",
        "sentences",
        "english",
        "claims",
        "clauses",
        "legal_forms",  # the company's legal form, read from the cache since 0ad3905
        "moments",  # the words a reader's moment is found by (data/moments.toml)
    }
    assert written(each=True) == first


def test_damaged_cache_files_are_compiled_and_parsed_afresh() -> None:
    first = written()
    kept = [*(cache_dir() / "templates").iterdir(), *(cache_dir() / "renders").iterdir()]
    for path in [*kept, *cache_dir().glob("data-*.marshal")]:
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
    shutil.copytree(data_files.DATA_DIR, folder)
    monkeypatch.setattr(data_files, "DATA_DIR", folder)
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


def test_the_lexicon_is_found_without_reading_unchanged_data_files(monkeypatch, tmp_path) -> None:
    """The shipped phrasing.toml and drafting.toml name the saved lexicon by their content
    keys, kept while the files are unchanged (store.cache_files.file_digest): a later run
    does not read them; an edited one names a new lexicon."""
    from followup.store import cache_files

    folder = tmp_path / "data"
    folder.mkdir()
    for name in ("phrasing.toml", "drafting.toml"):
        shutil.copy(data_files.DATA_DIR / name, folder / name)
    monkeypatch.setattr(data_files, "DATA_DIR", folder)
    settings = load_settings()
    data, words = drafting.shipped_data("phrasing.toml"), drafting.shipped_data("drafting.toml")
    built = drafting._lexicon(settings, data, words["words"])
    cache_files._digests.clear()  # as in a new process

    real, read = Path.read_bytes, list[Path]()

    def watched(self: Path) -> bytes:
        read.append(self)
        return real(self)

    with monkeypatch.context() as patch:
        patch.setattr(Path, "read_bytes", watched)
        assert drafting._lexicon(settings, data, words["words"]) == built
    assert read and not [path for path in read if path.parent == folder]  # the lexicon only
    assert len(list(cache_dir().glob("lexicon-*.pickle"))) == 1
    edited = folder / "phrasing.toml"
    edited.write_text(edited.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    cache_files._digests.clear()
    assert drafting._lexicon(settings, data, words["words"]) == built  # (data is passed in)
    assert len(list(cache_dir().glob("lexicon-*.pickle"))) == 2


def notes(each: bool = True) -> tuple[object, list[compose.NoteFacts]]:
    """The settings and the email notes' facts of the fixture round."""
    data = json.loads(ROUND.read_text(encoding="utf-8"))
    interview, profile = from_record(data["round"]), Profile(**data["profile"])
    settings = load_settings()
    day = interview.interviewed
    plan = planning.Planner(settings, day)(interview)
    language = drafting.load_data(settings, interview.country).language
    people = drafting.recipients(interview, plan, each, None)
    return settings, compose.compose(interview, profile, plan, "email", people, day, language)


def _no_render(settings: object) -> None:
    raise AssertionError("rendered again: the kept texts were not used")


def test_the_same_note_again_is_read_back_without_rendering(monkeypatch) -> None:
    first = written(each=True)
    assert len(list((cache_dir() / "renders").glob("*.marshal"))) == len(first)
    monkeypatch.setattr(templates, "environment", _no_render)
    assert written(each=True) == first


def test_other_values_or_a_changed_built_in_template_render_afresh(monkeypatch, tmp_path) -> None:
    settings, [note, *_] = notes()
    render = templates.render_all
    first = render(None, settings, "email.j2", [{"f": note}])
    other = render(None, settings, "email.j2", [{"f": replace(note, greeting="Hi Ana,")}])
    assert other != first and "Hi Ana," in other[0]
    assert render(None, settings, "letter.j2", [{"f": note}]) != first  # another template
    assert len(list((cache_dir() / "renders").glob("*.marshal"))) == 3
    folder = tmp_path / "templates"
    shutil.copytree(templates.builtin_dir(), folder)
    monkeypatch.setattr(templates, "builtin_dir", lambda: folder)
    shared = folder / "_signature.j2"  # included by email.j2: its text counts too
    shared.write_text(shared.read_text(encoding="utf-8") + "P.S. changed\n", encoding="utf-8")
    templates._ENVIRONMENTS.clear()
    changed = render(None, settings, "email.j2", [{"f": note}])
    assert changed[0].endswith("P.S. changed\n") and changed[0].startswith(first[0])


def test_with_a_template_of_the_users_nothing_is_kept(monkeypatch) -> None:
    settings, [note, *_] = notes()
    mine = templates.user_dir(settings)
    mine.mkdir(parents=True, exist_ok=True)
    (mine / "notes.txt").write_text("not even a template", encoding="utf-8")
    texts = templates.render_all(None, settings, "email.j2", [{"f": note}])
    assert texts[0].startswith("Subject:")
    assert not (cache_dir() / "renders").exists()


def test_only_the_newest_renders_are_kept(monkeypatch) -> None:
    monkeypatch.setattr(templates, "MAX_KEPT_RENDERS", 2)
    settings, [note, *_] = notes()
    for n, name in enumerate(["Ana", "Bo", "Cy"]):
        kept = templates._kept_renders(settings, "email.j2", [{"f": replace(note, to_first=name)}])
        assert kept is not None
        templates._keep(kept, [name])
        os.utime(kept, ns=(n * 10**9, n * 10**9))
    names = {templates._read_kept(p, 1)[0] for p in (cache_dir() / "renders").iterdir()}
    assert names == {"Bo", "Cy"}


def test_a_notes_text_names_every_field_of_it() -> None:
    """The kept texts are found by the note's repr: every field is in it, as plain values
    (no object shown by its address, which another run could reuse for other contents)."""
    _, found = notes()
    assert all(f.repr for f in dataclasses.fields(compose.NoteFacts))
    for note in found:
        shown = repr(note)
        assert " at 0x" not in shown
        assert all(f"{f.name}=" in shown for f in dataclasses.fields(note))
        values = [getattr(note, f.name) for f in dataclasses.fields(note)]
        plain = (str, bool, int, date, tuple, dict, type(None))
        assert all(isinstance(v, plain) for v in values), [type(v) for v in values]
    other = {"f": found[0], "extra": 1}
    assert templates._kept_renders(load_settings(), "email.j2", [other]) is None


@pytest.fixture(autouse=True)
def _fresh_environments():
    yield
    templates._ENVIRONMENTS.clear()


def test_the_mail_data_is_read_from_the_cache_and_the_users_file_laid_over_it() -> None:
    """The shipped mail.toml is parsed once and kept (store.cache_files.parsed_toml); a
    damaged kept file is parsed again; the user's mail.toml beside config.toml still wins."""
    from followup.services import maildata

    settings = load_settings()
    first = maildata.load(settings)
    [kept] = cache_dir().glob("data-mail-*.marshal")
    maildata._load.cache_clear()
    assert maildata.load(settings) == first
    kept.write_bytes(b"\x00damaged")
    maildata._load.cache_clear()
    assert maildata.load(settings) == first
    mine = settings.config_file.parent / "mail.toml"
    mine.parent.mkdir(parents=True, exist_ok=True)
    mine.write_text("[retry]\nmax_attempts = 2\n", encoding="utf-8")
    mine_loaded = maildata.load(settings)
    assert mine_loaded.max_attempts == 2 and mine_loaded.rules == first.rules
    assert mine_loaded.backoff_seconds == first.backoff_seconds
    maildata._load.cache_clear()
    assert maildata.load(settings) == mine_loaded


def test_jinja_loads_without_hashlib_and_the_stand_in_lends_the_rest() -> None:
    """Jinja2 is imported without hashlib (and OpenSSL): its `sha1` works when called, and a
    module that takes something else from hashlib while Jinja2 loads (`random` on a Python
    without its own _sha512) gets the real one."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "sys.modules['_sha512'] = None\n"  # random then takes sha512 from hashlib
        "sys.modules.pop('random', None)\n"
        "from followup.services import templates\n"
        "assert 'hashlib' not in sys.modules\n"
        "templates._import_jinja()\n"
        "import jinja2.bccache, random, hashlib\n"
        "assert random._sha512 is hashlib.sha512, random._sha512\n"
        "assert jinja2.bccache.sha1(b'x').hexdigest() == hashlib.sha1(b'x').hexdigest()\n"
        "assert type(sys.modules['hashlib']).__name__ == 'module' and hashlib.md5\n"
        "print('ok')\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.stdout.strip() == "ok", proc.stderr
    plain = "import sys\nfrom followup.services import templates\ntemplates._import_jinja()\n"
    plain += "print('hashlib' in sys.modules)\n"
    proc = subprocess.run([sys.executable, "-c", plain], capture_output=True, text=True, timeout=60)
    assert proc.stdout.strip() == "False", proc.stderr
