"""Start-up of the everyday commands (bench/startup.py, session 23): what `card`, `call`,
`video plan` and `draft` leave off their start-up path, and that the program's start-up
caches (cli/lazy_modules.py, cli/regex_cache.py, store/code_cache.py, the kept renders)
never change a word of what they print: the same round gives the same draft, call sheet
and video plan in the program (caches cold, then warm, under any hash seed) as in a plain
in-process run that has none of them."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from helpers_startup import modules_after

TODAY = "2026-11-20"
# a video panel as people jot it: a title of address beside a name ('suresh sir'), an
# offer asked for in the notes, a figure joined to a unit, a deadline said loosely
PANEL = ["add", "--company", "Tidewater Logistics", "--role", "Operations Analyst",
         "--interviewed", "2026-11-18", "--time", "10:30", "--format", "video",
         "--tz", "Europe/London", "--country", "GB",
         "--coordinator", "Meera Pillai, meera.pillai@tidewater.example, +44 20 7946 0321",
         "--interviewer", "Suresh Raman (Head of Network Planning) <s.raman@tidewater.example>",
         "--interviewer", "Joy Okafor <joy.okafor@tidewater.example>",
         "--topic", "cross-dock scheduling for the Felixstowe depot",
         "--topic", "cutting empty miles on the 40-tonne trunk routes",
         "--item", "the route-costing model",
         "--note", "suresh sir said decision within 9 days; ma'am joy asked for a copy of "
                   "my route-costing model afterwards. meera = v helpful",
         "--json"]  # fmt: skip
# a phone screen arranged by phone, with a number to ring back
PHONE = ["add", "--company", "Harbor Outfitters", "--role", "Assistant Store Manager",
         "--interviewed", "2026-11-17", "--format", "phone", "--channel", "phone",
         "--tz", "America/Chicago",
         "--coordinator", "Tom Becker (Store Manager), tom.becker@harbor.example, +1 312 555 0148",
         "--topic", "holiday staffing rota", "--item", "the weekly shrink report",
         "--note", "tom said they're deciding by friday; he'd like to see my shrink report",
         "--json"]  # fmt: skip
COMMANDS = [["draft", "1"], ["draft", "1", "--kind", "card"], ["call", "2"], ["call", "1"],
            ["video", "plan", "1"], ["draft", "2", "--json"]]  # fmt: skip


def _program(home: Path, args: list[str], seed: str = "random") -> tuple[int, str, str]:
    """`followup ARGS` run as a user runs it: the installed program, every start-up cache
    on, with its own byte-code written (as bench/startup.py runs it)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(FOLLOWUP_HOME=str(home), PYTHONHASHSEED=seed, COLUMNS="100")
    proc = subprocess.run([str(Path(sys.executable).parent / "followup"), *args, "--today", TODAY],
                          capture_output=True, text=True, env=env, timeout=120)  # fmt: skip
    return proc.returncode, proc.stdout, proc.stderr


@pytest.fixture
def rounds(cli) -> None:
    assert cli("profile", "--name", "Priya Nair", "--email", "priya.nair@example.com",
               "--phone", "+44 7700 900123").code == 0  # fmt: skip
    assert cli(*PANEL).code == 0
    assert cli(*PHONE).code == 0


@pytest.mark.parametrize("args", COMMANDS, ids=" ".join)
def test_the_program_prints_what_a_run_without_start_up_caches_prints(
    cli, rounds, followup_home, monkeypatch, args
) -> None:
    monkeypatch.setenv("COLUMNS", "100")
    plain = cli(*args, "--today", TODAY)
    assert plain.code == 0, plain.err
    cold = _program(followup_home, args, "1")
    shutil.rmtree(followup_home / "cache" / "renders", ignore_errors=True)  # a first render
    first = _program(followup_home, args, "2")
    warm = [_program(followup_home, args, seed) for seed in ("3", "4")]
    for run in (cold, first, *warm):
        assert run == (0, plain.out, plain.err)


def test_patterns_made_from_the_data_are_the_same_whatever_the_hash_seed(
    rounds, followup_home
) -> None:
    """The patterns a draft makes from the words of its data files are kept between runs
    (cli/regex_cache.py); one whose words were joined in a set's order (which follows the
    hash seed, new in every process) was a new pattern, compiled and added to the file, in
    many runs. Once the commands have run, runs under other seeds add nothing."""
    saved = followup_home / "cache"
    for args in COMMANDS:
        assert _program(followup_home, args, "1")[0] == 0
    (kept,) = saved.glob("regex-*.marshal")
    before = kept.read_bytes()
    for seed in ("2", "3", "4", "5"):
        for args in COMMANDS:
            assert _program(followup_home, args, seed)[0] == 0
        assert kept.read_bytes() == before, f"seed {seed} added patterns"


def _kept_patterns(home: Path) -> set[tuple[object, int]]:
    """The (pattern, flags) keys of the program's regex cache file (cli/regex_cache.py)."""
    import marshal

    (kept,) = (home / "cache").glob("regex-*.marshal")
    return set(marshal.loads(kept.read_bytes())[1])


def test_the_contractions_of_a_spoken_script_are_kept_compiled(rounds, followup_home) -> None:
    """A call sheet and a video script say 'I've', 'I'm', 'it's': their patterns, written in
    the code, are kept between runs like those a module compiles as it loads."""
    import re

    from followup.core.compose import _CONTRACTIONS

    assert _program(followup_home, ["call", "2"])[0] == 0
    kept = _kept_patterns(followup_home)
    assert {(p, int(re.IGNORECASE)) for p, _ in _CONTRACTIONS} <= kept


def test_a_round_without_words_of_address_makes_no_pattern_of_its_names() -> None:
    """Words of spoken address beside a name ('suresh sir', "ma'am joy") come off a jot
    through a pattern of the round's names, new text for every round: a round whose jots
    hold no such word is given back as it is, without making it."""
    from followup.config import load_settings
    from followup.core import compose
    from followup.core.models import Format, Interview, Person, PersonRole
    from followup.services import drafting

    address = drafting.load_data(load_settings()).language.address
    people = [Person("Meera Pillai", role=PersonRole.COORDINATOR), Person("Joy Okafor")]
    plain = Interview("Tidewater Logistics", "Operations Analyst", date(2026, 11, 18),
                      Format.VIDEO, people=people, topics=["cross-dock scheduling"],
                      notes="meera = v helpful; joy asked for my route-costing model")  # fmt: skip
    assert compose.unhonoured_round(plain, address) is plain
    jotted = replace(plain, notes="suresh sir said 9 days; ma'am joy asked for my model")
    jotted = replace(jotted, people=[*people, Person("Suresh Raman")])
    assert compose.unhonoured_round(jotted, address).notes == (
        "suresh said 9 days; joy asked for my model"
    )


@pytest.mark.parametrize("args", [["draft", "1"], ["call", "2"], ["video", "plan", "1"]],
                         ids=" ".join)  # fmt: skip
def test_a_kept_render_reads_no_template_file(rounds, followup_home, args) -> None:
    """The texts of a note already rendered are kept under a key of the templates' content:
    while no template file changed, a run takes their content keys from the cache folder
    (store.cache_files.file_digest) and opens none of them."""
    for _ in range(2):  # the first run renders and keeps the texts and the content keys
        assert _program(followup_home, args)[0] == 0
    code = (
        "import sys\n"
        "opened = []\n"
        "sys.addaudithook(lambda event, info: event == 'open' and opened.append(str(info[0])))\n"
        "from followup.cli import main\n"
        f"code = main({[*args, '--today', TODAY]!r})\n"
        "sys.stderr.write(repr((code, [p for p in opened if p.endswith('.j2')])))\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120, env={**os.environ, "COLUMNS": "100"})  # fmt: skip
    assert eval(proc.stderr.splitlines()[-1]) == (0, [])  # noqa: S307 - our own repr


def _connections(args: list[str]) -> tuple[int, int]:
    """The exit code of `followup ARGS` in a fresh Python, and how often it opened the
    database (the audit event of `sqlite3.connect`)."""
    code = (
        "import sys\n"
        "opened = []\n"
        "sys.addaudithook(lambda event, _: event == 'sqlite3.connect' and opened.append(1))\n"
        "from followup.cli import main\n"
        f"code = main({[*args, '--today', TODAY]!r})\n"
        "sys.stderr.write(repr((code, len(opened))))\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120, env={**os.environ, "COLUMNS": "100"})  # fmt: skip
    return eval(proc.stderr.splitlines()[-1])  # noqa: S307 - our own repr


@pytest.mark.parametrize(("args", "kind"), [(["call", "2"], "phone"), (["call", "1"], "phone"),
                                            (["video", "plan", "1"], "video")],
                         ids=["call phone round", "call video round", "video plan"])  # fmt: skip
def test_a_call_sheet_or_video_plan_reads_its_round_once(rounds, args, kind) -> None:
    """The sheet and the plan read the round, the profile and the plan once, for what they
    show and for the script they write: no more than writing that script alone."""
    round_id = args[-1]
    assert _connections(["draft", round_id, "--kind", kind])[0] == 0  # stored
    written = _connections(["draft", round_id, "--kind", kind])  # the same, kept
    assert _connections(args) == written


def test_a_card_is_the_same_pdf_whichever_md5_names_it(cli, rounds, tmp_path) -> None:
    """reportlab's document ID is an MD5: the card made with CPython's own (the program's
    way) and with OpenSSL's (hashlib imported first) is byte for byte the same PDF
    (reportlab's invariant mode, RL_invariant=1, fixes its dates)."""
    assert cli("draft", "1", "--kind", "card", "--today", TODAY).code == 0
    made = []
    for first in ("", "import hashlib\n"):
        out = tmp_path / f"card{len(made)}.pdf"
        code = (
            f"{first}import sys\n"
            "from followup.cli import main\n"
            f"code = main({['card', '1', '-o', str(out), '--today', TODAY]!r})\n"
            "sys.stderr.write(repr((code, '_hashlib' in sys.modules)))\n"
        )
        proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                              timeout=120, env={**os.environ, "RL_invariant": "1"})  # fmt: skip
        assert eval(proc.stderr.splitlines()[-1]) == (0, bool(first))  # noqa: S307
        made.append(out.read_bytes())
    assert made[0] == made[1] and made[0].startswith(b"%PDF")


def test_md5_without_openssl_is_hashlibs() -> None:
    import hashlib

    from followup.core.digests import md5_constructor

    md5 = md5_constructor()
    for data in (b"", b"Priya Nair", "Görüşmeci: Murat Aksoy".encode()):
        assert md5(data, usedforsecurity=False).hexdigest() == hashlib.md5(data).hexdigest()
    grown = md5(usedforsecurity=False)
    grown.update(b"%PDF-1.4")
    assert grown.digest() == hashlib.md5(b"%PDF-1.4").digest()


def test_a_first_render_parses_and_compiles_no_template_jinja_has_kept(
    rounds, followup_home
) -> None:
    """The first render of a note imports Jinja2 and renders its template from the code
    Jinja's bytecode cache kept (services.templates): Jinja's parser and code generator
    load only when a template's text has to be compiled, and the note is the same."""
    saved = followup_home / "cache"
    watched = {"jinja2", "jinja2.compiler", "jinja2.parser", "jinja2.idtracking"}
    assert _program(followup_home, ["draft", "1"])[0] == 0  # the templates compiled, kept
    shutil.rmtree(saved / "renders")
    kept = _program(followup_home, ["draft", "1"])
    shutil.rmtree(saved / "renders")
    assert modules_after(["draft", "1", "--today", TODAY], watched) == (0, ["jinja2"])
    for folder in ("renders", "templates"):  # nothing kept: parsed and compiled again
        shutil.rmtree(saved / folder)
    assert modules_after(["draft", "1", "--today", TODAY], watched) == (0, sorted(watched))
    assert _program(followup_home, ["draft", "1"]) == kept and kept[0] == 0
