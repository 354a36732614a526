"""What a draft's start-up does not need (bench/startup.py, s12): core.claims and its table only
when a note claims a qualification, the cached objects read back without running pickle.py,
and the source files that key the caches read again only when they change."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from followup.store import cache_files
from followup.store.cache_files import code_seen, code_version

# two days ago, so that the draft is the thank-you note that claims, never a late check-in
INTERVIEWED = (date.today() - timedelta(days=2)).isoformat()
ADD = ["add", "--company", "Acme", "--role", "Data Analyst", "--interviewed", INTERVIEWED,
       "--format", "video", "--coordinator", "Dana <dana@acme.example>",
       "--topic", "reporting pipeline", "--item", "the dashboard prototype", "--json"]  # fmt: skip
WATCHED = ("followup.core.claims", "pickle")


def loaded_after(args: list[str]) -> tuple[int, list[str]]:
    """The exit code of `followup ARGS` run in a fresh Python, and which of WATCHED it loaded."""
    code = (
        "import sys\n"
        "from followup.cli import main\n"
        f"code = main({args!r})\n"
        f"sys.stderr.write(repr((code, sorted(set({WATCHED!r}) & set(sys.modules)))))\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120, env={**os.environ, "COLUMNS": "100"})  # fmt: skip
    return eval(proc.stderr.splitlines()[-1])  # noqa: S307 - our own repr


@pytest.fixture
def drafted(cli) -> None:
    assert cli("profile", "--name", "Sam Lee", "--email", "sam@example.com").code == 0
    assert cli(*ADD).code == 0
    assert cli("draft", "1").code == 0


@pytest.mark.parametrize("first_render", [True, False], ids=["first render", "kept render"])
def test_a_draft_with_nothing_to_claim_loads_no_claims_and_no_pickle(
    drafted, followup_home, first_render
) -> None:
    import shutil

    assert loaded_after(["draft", "1"])[0] == 0  # a user's run: every cache filled
    if first_render:
        shutil.rmtree(followup_home / "cache" / "renders", ignore_errors=True)
    assert loaded_after(["draft", "1"]) == (0, [])


def test_a_draft_with_a_qualification_still_claims_it(cli, drafted) -> None:
    assert cli("edit", "1", "--qualification", "five years of SQL reporting dashboards").code == 0
    out = cli("draft", "1")
    assert out.code == 0 and "SQL" in out.out


def test_the_claims_table_is_made_once_and_only_when_asked() -> None:
    from followup.config import load_settings
    from followup.core import claims
    from followup.services import drafting

    made = []
    table = claims.Table(min_fit=5)
    language = drafting.load_data(load_settings()).language
    language = type(language)(
        language.wording, language.lexicon, language.bank, language.english, language.clauses,
        lambda: made.append(1) or table,
    )  # fmt: skip
    assert made == []
    assert language.claims is table and language.claims.min_fit == 5
    assert made == [1]
    assert drafting.load_data(load_settings()).language.claims.concepts  # the shipped table


def test_cached_objects_read_back_as_pickle_reads_them() -> None:
    import pickle

    from followup.core import pickles

    value = {"a": (1, 2.5, frozenset({"x"})), "b": [None, True, b"\x00"]}
    data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    assert pickles.loads(data) == value
    import io

    assert pickles.load(io.BytesIO(data)) == value


def test_jinja_loads_without_running_pickle_and_its_magic_is_unchanged() -> None:
    code = (
        "import sys\n"
        "from followup.services import templates\n"
        "templates._import_jinja()\n"
        "assert 'pickle' not in sys.modules, 'pickle'\n"
        "import jinja2.bccache\n"
        "magic = jinja2.bccache.bc_magic\n"
        "assert jinja2.bccache.pickle.HIGHEST_PROTOCOL >= 5\n"  # lent by the real module
        "import pickle\n"
        "assert type(pickle.Pickler).__name__ == 'type' and pickle.__file__\n"
        "v = sys.version_info\n"
        "assert magic == b'j2' + pickle.dumps(5, 2) + pickle.dumps((v[0] << 24) | v[1], 2)\n"
        "print('ok')\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.stdout.strip() == "ok", proc.stderr


def test_jinja_loads_without_random_and_its_random_filter_and_lipsum_still_work() -> None:
    """`random` seeds itself from the system as it loads; Jinja takes `choice` and
    `randrange` from it only for the `random` filter and `lipsum`: they load it when used.
    (As in the program, `tempfile`, which imports it too, runs on first use.)"""
    code = (
        "import sys\n"
        "from followup.cli import lazy_modules\n"
        "lazy_modules.install([])\n"
        "from followup.services import templates\n"
        "templates._import_jinja()\n"
        "assert 'random' not in sys.modules, 'random'\n"
        "from jinja2.sandbox import ImmutableSandboxedEnvironment\n"
        "env = ImmutableSandboxedEnvironment()\n"
        "out = env.from_string('{{ [7]|random }} {{ lipsum(1, html=False) }}').render()\n"
        "assert out.startswith('7 ') and len(out.split()) > 10, out\n"
        "import random\n"
        "assert 'random' in sys.modules and random.__file__\n"
        "print('ok')\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.stdout.strip() == "ok", proc.stderr


# --- video plan ----------------------------------------------------------------------------


def test_a_video_plan_with_the_shipped_checklist_parses_no_toml(drafted) -> None:
    code = (
        "import sys\n"
        "from followup.cli import main\n"
        "code = main(['video', 'plan', '1'])\n"
        "sys.stderr.write(repr((code, 'tomllib' in sys.modules)))\n"
    )
    for _ in range(2):  # the first run keeps the parsed checklist in the cache folder
        proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                              timeout=120)  # fmt: skip
    assert eval(proc.stderr.splitlines()[-1]) == (0, False)  # noqa: S307 - our own repr


@pytest.mark.parametrize("text", ["[[point]\n", "point = 'one'\n", b"\xff\xfe[[point]]\n"])
def test_a_users_video_checklist_it_cannot_read_is_one_line(cli, drafted, text) -> None:
    from followup.config import config_path

    mine = config_path().parent / "video.toml"
    mine.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        mine.write_bytes(text)
    else:
        mine.write_text(text, encoding="utf-8")
    out = cli("video", "plan", "1")
    assert out.code != 0 and "Traceback" not in out.err
    assert len(out.err.strip().splitlines()) == 1 and "video.toml" in out.err


# --- the source files that key the caches -----------------------------------------------------

CODE = "def build():\n    return ['one', 'two']\n"
SAME_SIZE = "def build():\n    return ['one', 'six']\n"


def _module(path: Path, text: str, name: str):
    import importlib.util

    path.write_text(text, encoding="utf-8")
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def fresh(monkeypatch):
    monkeypatch.setattr(cache_files, "_versions", {})
    monkeypatch.setattr(cache_files, "_digests", {})


def _another_run() -> None:
    cache_files._versions.clear()
    cache_files._digests.clear()


def test_an_unchanged_source_file_is_read_once_across_runs(fresh, tmp_path, monkeypatch) -> None:
    path = tmp_path / "builder.py"
    seen = code_seen(_module(path, CODE, "builder_s12"))
    first = code_version(seen)
    assert first is not None
    _another_run()
    read = []
    original = Path.read_bytes

    def reading(self: Path) -> bytes:
        if self == path:
            read.append(self)
        return original(self)

    monkeypatch.setattr(Path, "read_bytes", reading)
    assert code_version(seen) == first
    assert read == []


def test_a_source_file_rewritten_with_its_time_and_size_kept_has_a_new_key(fresh, tmp_path) -> None:
    path = tmp_path / "builder.py"
    first = code_version(code_seen(_module(path, CODE, "builder_s12")))
    info = path.stat()
    _another_run()
    path.write_text(SAME_SIZE, encoding="utf-8")
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns))  # the change time moves on
    assert path.stat().st_size == info.st_size
    second = code_version(code_seen(_module(path, SAME_SIZE, "builder_s12")))
    assert second is not None and second != first


def test_a_damaged_digest_file_only_costs_a_read(fresh, tmp_path, followup_home) -> None:
    path = tmp_path / "builder.py"
    seen = code_seen(_module(path, CODE, "builder_s12"))
    first = code_version(seen)
    saved = followup_home / "cache" / cache_files.SOURCE_DIGESTS
    assert saved.is_file()
    saved.write_bytes(b"\x00not marshal")
    _another_run()
    assert code_version(seen) == first
