"""What a draft's start-up does not need (bench/startup.py, s12): core.claims and its table only
when a note claims a qualification, the cached objects read back without running pickle.py,
and no TOML parser for a video plan's shipped checklist."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

ADD = ["add", "--company", "Acme", "--role", "Data Analyst", "--interviewed", "2026-11-19",
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
