"""What the everyday commands import (the start-up budget of bench/startup.py): the parser
and the command's own module, never Rich, SQLAlchemy, Alembic, Jinja2 or the other commands,
nor the standard library's slower corners (sockets, subprocesses, mail, archives, hashlib and
its OpenSSL); writing a draft imports Jinja2 for its template and nothing else heavy."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from helpers_startup import modules_after

HEAVY = {"typer", "pydantic", "rich", "sqlalchemy", "alembic", "jinja2", "holidays", "numpy", "av",
         "socket", "subprocess", "tempfile", "email", "zipfile", "phonenumbers",
         "tomllib", "lemminflect", "spellchecker", "hashlib"}  # fmt: skip
PLAN = ["plan", "--interviewed", "2026-11-19", "--format", "video", "--tz", "America/New_York"]
ADD = ["add", "--company", "Acme", "--role", "Data Analyst", "--interviewed", "2026-11-19",
       "--format", "video", "--coordinator", "Dana <dana@acme.example>",
       "--topic", "reporting pipeline", "--json"]  # fmt: skip
EVERYDAY = [
    [*PLAN, "--json"],
    PLAN,
    ["plan", "1"],
    ["plan", "1", "--json"],
    ["today"],
    ["today", "--json"],
    ["list"],
    ["list", "--json"],
    ["show", "1"],
    ["show", "1", "--json"],
    ["--help"],
    ["plan", "--help"],
    ["check", "NOTE"],
    ["check", "NOTE", "--json"],
    ["draft", "1"],
    ["draft", "1", "--json"],
    ["draft", "list", "1"],
    ["outbox"],
    ["outbox", "--json"],
    ["mailto", "1"],
]
# Writing a draft renders its Jinja2 template (Jinja imports tempfile for its bytecode cache);
# the draft commands read their data files (TOML). The mail commands read the shipped mail
# data parsed by an earlier run (store.cache_files.parsed_toml); the others read no TOML.
DATA = {"tomllib"}
WRITE = {"jinja2", "tempfile", *DATA}
ALLOWED = {"draft 1": WRITE, "draft 1 --json": WRITE, "draft list 1": DATA}


NOTE = """Dear Dana,

Thank you for speaking with me on Thursday about the Data Analyst role at Acme. I enjoyed
hearing about the reporting pipeline, and I remain very interested in the position: my five
years of SQL dashboards fit the work well. I would be glad to join the team.

I look forward to hearing about the next steps.

Best regards,
Sam Lee
"""


def loaded_after(args: list[str]) -> tuple[int, list[str], list[str]]:
    code = (
        "import sys\n"
        "from followup.cli import main\n"
        f"code = main({args!r})\n"
        "names = set(sys.modules)\n"
        "heavy = sorted({m.split('.')[0] for m in names} & " + repr(HEAVY) + ")\n"
        "commands = sorted(m.rsplit('.', 1)[1] for m in names if m.endswith('_cmd'))\n"
        "sys.stderr.write(repr((code, heavy, commands)))\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
        env={**os.environ, "COLUMNS": "100"},
    )  # fmt: skip
    return eval(proc.stderr.splitlines()[-1])  # noqa: S307 - our own repr


@pytest.fixture
def one_round(cli, run_followup, tmp_path) -> str:
    """A stored round and a note; the first runs fill the caches (holidays, checker rules)."""
    note = tmp_path / "note.txt"
    note.write_text(NOTE, encoding="utf-8")
    assert cli(*ADD).code == 0
    assert cli(*PLAN, "--json").code == 0
    assert cli("plan", "1", "--json").code == 0
    assert cli("profile", "--name", "Sam Lee", "--email", "sam@example.com").code == 0
    assert cli("draft", "1").code == 0  # stored; the same draft is reused
    assert run_followup("check", str(note), "--json").code in (0, 1)  # as a user's first run
    return str(note)


@pytest.mark.parametrize("args", EVERYDAY, ids=" ".join)
def test_everyday_commands_import_nothing_heavy(one_round, args) -> None:
    code, heavy, commands = loaded_after([one_round if a == "NOTE" else a for a in args])
    assert code in ((0, 1) if args[0] == "check" else (0,))
    assert set(heavy) <= ALLOWED.get(" ".join(args), set()), heavy
    own = {"plan": "plan_cmd", "today": "today_cmd", "list": "list_cmd", "show": "show_cmd",
           "check": "check_cmd", "draft": "draft_cmd", "outbox": "mail_cmd",
           "mailto": "mail_cmd"}  # fmt: skip
    assert commands == ([own[args[0]]] if args[0] in own else [])


PHONE_ROUND = ["add", "--company", "Acme", "--role", "Data Analyst", "--interviewed",
               "2026-11-19", "--format", "phone", "--channel", "phone",
               "--coordinator", "Dana Reyes, dana@acme.example, +1 617 555 0199"]  # fmt: skip


@pytest.mark.parametrize("args", [["show", "1"], ["plan", "1"], ["today", "--today", "2026-11-23"],
                                  ["list"], ["draft", "1"]], ids=" ".join)  # fmt: skip
def test_stored_phone_numbers_are_shown_without_loading_libphonenumber_again(cli, args) -> None:
    """The first run works out how each stored number is written (libphonenumber) and keeps
    it in the cache folder; the next runs show the same without importing `phonenumbers`."""
    assert cli("profile", "--name", "Sam Lee", "--phone", "+44 20 7946 0018").code == 0
    assert cli(*PHONE_ROUND).code == 0
    first = cli(*args)
    assert first.code == 0, first.err
    code, heavy, _ = loaded_after(args)
    assert code == 0 and "phonenumbers" not in heavy, heavy
    assert cli(*args).out == first.out
    if args[0] in ("show", "plan"):  # show: the form that dials from anywhere
        assert ("+1 617-555-0199" if args[0] == "show" else "(617) 555-0199") in first.out


def test_a_damaged_or_unwritable_phone_cache_only_costs_speed(cli, followup_home) -> None:
    assert cli(*PHONE_ROUND).code == 0
    shown = cli("show", "1").out
    assert "+1 617-555-0199" in shown
    (saved,) = (followup_home / "cache" / "phones").iterdir()
    saved.write_text('{"+16175550199": ["garbled"], "x": 3', encoding="utf-8")
    assert cli("show", "1").out == shown
    import shutil

    shutil.rmtree(followup_home / "cache")
    (followup_home / "cache").write_text("not a folder", encoding="utf-8")
    assert cli("show", "1").out == shown


def test_the_english_words_of_topics_are_judged_once(cli, run_followup, followup_home) -> None:
    """Whether a topic's words are English (LemmInflect, pyspellchecker) is worked out on the
    first draft and kept in the cache folder: the next drafts load neither; a damaged or
    unwritable cache only costs speed."""
    assert cli("profile", "--name", "Sam Lee", "--email", "sam@example.com").code == 0
    assert cli(*ADD).code == 0
    first = run_followup("draft", "1", "--json")
    assert first.code == 0, first.err
    files = {p.name.split("-")[0]: p for p in (followup_home / "cache" / "words").iterdir()}
    saved, classes = files["v1"], files["classes"]
    assert set(json.loads(saved.read_text(encoding="utf-8"))) >= {"reporting", "pipeline"}
    tags = json.loads(classes.read_text(encoding="utf-8"))  # the slot grammar's word classes
    assert "NOUN" in tags["pipeline"].split() and "VBG" in tags["reporting"].split()
    code, heavy, _ = loaded_after(["draft", "1", "--json"])
    assert code == 0 and not {"lemminflect", "spellchecker", "numpy"} & set(heavy), heavy
    saved.write_text('{"reporting": "garbled", "x": ', encoding="utf-8")
    assert run_followup("draft", "1", "--json").out == first.out
    classes.write_text('{"pipeline": true, "reporting": 3}', encoding="utf-8")  # wrong types
    assert run_followup("draft", "1", "--json").out == first.out
    import shutil

    shutil.rmtree(followup_home / "cache")
    (followup_home / "cache").write_text("not a folder", encoding="utf-8")
    assert run_followup("draft", "1", "--json").out == first.out


def drafting_loaded(args: list[str]) -> tuple[int, list[str]]:
    """The exit code of `followup ARGS` in a fresh process, and which of the drafting stack
    (services.drafting, core.compose, the checker) it imported."""
    code = (
        "import sys\n"
        "from followup.cli import main\n"
        f"code = main({args!r})\n"
        "names = {'followup.services.drafting', 'followup.core.compose', 'followup.core.check'}\n"
        "sys.stderr.write(repr((code, sorted(names & set(sys.modules)))))\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120)  # fmt: skip
    return eval(proc.stderr.splitlines()[-1])  # noqa: S307 - our own repr


def test_a_card_with_its_draft_stored_loads_no_drafting(cli, tmp_path) -> None:
    """`card ID` writes a card draft only when the round has none: with one stored, the
    drafting stack (services.drafting, core.compose, the checker) is not imported."""
    assert cli("profile", "--name", "Sam Lee", "--email", "sam@example.com").code == 0
    assert cli(*ADD).code == 0
    assert cli("draft", "1", "--kind", "card").code == 0
    assert drafting_loaded(["card", "1", "-o", str(tmp_path / "card.pdf")]) == (0, [])
    assert (tmp_path / "card.pdf").read_bytes().startswith(b"%PDF")


ROUTE = ["--interviewer", "Lee Park, lee@acme.example",
         "--note", "lee said to send the thank-you to her directly, dana copied"]  # fmt: skip


@pytest.mark.parametrize("args", [["plan", "1"], ["plan", "1", "--json"], ["show", "1"],
                                  ["today"], ["list"]], ids=" ".join)  # fmt: skip
def test_a_plan_of_a_round_whose_notes_name_a_route_loads_no_drafting(cli, args) -> None:
    """Every plan of a stored round with notes reads the route they give (planning.routed)
    with the [etiquette] words of drafting.toml alone (services.data_files): the drafting
    stack (services.drafting, core.compose, the checker) is not imported. (`call ID` and
    `video plan ID` write their scripts through drafting, notes or not.)"""
    assert cli("profile", "--name", "Sam Lee", "--email", "sam@example.com").code == 0
    assert cli(*ADD, *ROUTE).code == 0
    assert "Your notes say to write to Lee Park" in cli("plan", "1").out
    assert drafting_loaded(args) == (0, [])


# notes whose capitalised names reach the checker's other paths: a company with a legal form
# (names.py tests it against the legal forms that come with the saved rules), and others
OTHER_NAMES = [
    "my five years of SQL dashboards at Marwood Finch LLP",
    "my years of reporting for Brandt Holz GmbH and Karoo Fresh (Pty) Ltd",
    "the dashboards I built for Tessaro Logistica S.p.A.",
]


@pytest.mark.parametrize("line", OTHER_NAMES)
def test_a_check_of_a_note_naming_a_company_reads_no_toml(one_round, tmp_path, line) -> None:
    note = tmp_path / "named.txt"
    note.write_text(NOTE.replace("my five\nyears of SQL dashboards", line), encoding="utf-8")
    assert line in note.read_text(encoding="utf-8")
    code, heavy, _ = loaded_after(["check", str(note), "--company", "Acme", "--json"])
    assert code in (0, 1)
    assert heavy == [], heavy


@pytest.mark.parametrize("command", [["call", "1"], ["video", "plan", "1"]])
def test_a_call_or_video_plan_loads_no_checker(cli, command) -> None:
    """`call ID` and `video plan ID` look up everyday words (core.check.words) but check no
    note: the checker's rules, names, learned layer and verdict are not imported."""
    profile = ["--name", "Sam Lee", "--email", "sam@example.com", "--phone", "+1 617 555 0142"]
    assert cli("profile", *profile).code == 0
    assert cli(*ADD, "--item", "the dashboard prototype").code == 0
    code = (
        "import sys\n"
        "from followup.cli import main\n"
        f"code = main({command!r})\n"
        "names = {'followup.core.check.verdict', 'followup.core.check.rules',\n"
        "         'followup.core.check.names', 'followup.core.check.learned'}\n"
        "sys.stderr.write(repr((code, sorted(names & set(sys.modules)))))\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120)  # fmt: skip
    assert eval(proc.stderr.splitlines()[-1]) == (0, [])  # noqa: S307 - our own repr


def test_a_first_render_with_saved_data_reads_no_toml(one_round, followup_home) -> None:
    """A draft rendered afresh (no kept render) once the data files are saved parsed: Jinja2
    for its template, and no TOML parser (the legal forms of the company's name are read
    from the saved data too)."""
    import shutil

    shutil.rmtree(followup_home / "cache" / "renders", ignore_errors=True)
    code, heavy, _ = loaded_after(["draft", "1"])
    assert code == 0
    assert set(heavy) <= {"jinja2", "tempfile"}, heavy


def test_a_card_of_a_round_with_notes_loads_no_phrasing_and_no_openssl(cli, tmp_path) -> None:
    """`card ID` with its draft stored, for a round whose notes name a route (read on every
    plan, core.etiquette): names are written by core.person_names, never through the
    phrasing of topics and its slot grammar; reportlab names the PDF with CPython's own MD5
    (delivery/card.py), so neither hashlib nor OpenSSL is loaded (session 23)."""
    assert cli("profile", "--name", "Sam Lee", "--email", "sam@example.com").code == 0
    assert cli(*ADD, *ROUTE).code == 0
    assert cli("draft", "1", "--kind", "card").code == 0
    out = str(tmp_path / "card.pdf")
    names = {"followup.core.phrasing", "followup.core.slot_grammar", "hashlib", "_hashlib"}
    assert modules_after(["card", "1", "-o", out], names) == (0, [])


def test_a_first_render_loads_no_jinja_parser_nor_code_generator(one_round, followup_home) -> None:
    """The built-in templates' code is kept compiled (Jinja's bytecode cache): a first render
    imports Jinja2 without its parser and code generator (services.templates, session 23)."""
    import shutil

    assert loaded_after(["draft", "1"])[0] == 0  # the templates compiled and kept
    shutil.rmtree(followup_home / "cache" / "renders", ignore_errors=True)
    names = {"jinja2", "jinja2.compiler", "jinja2.parser", "jinja2.idtracking"}
    assert modules_after(["draft", "1"], names) == (0, ["jinja2"])


LENT = ("hashlib", "pickle", "random", "jinja2.compiler", "jinja2.parser")


def stand_ins_after(args: list[str]) -> tuple[int, list[str]]:
    """The exit code of `followup ARGS` in a fresh Python, and where a stand-in lent while a
    library loaded (followup.stand_ins: a module named like one of LENT without a spec) is
    held: in sys.modules, or by a module outside the library that was lent it."""
    code = (
        "import sys, types\n"
        "from followup.cli import main\n"
        f"code = main({args!r})\n"
        f"lent = set({LENT!r})\n"
        "def stand_in(m):\n"
        "    return isinstance(m, types.ModuleType) and m.__name__ in lent and "
        "vars(m).get('__spec__') is None\n"
        "held = [n for n, m in list(sys.modules.items()) if stand_in(m)]\n"
        "for n, m in list(sys.modules.items()):\n"
        "    if m is None or n.partition('.')[0] in ('jinja2', 'reportlab'):\n"
        "        continue\n"
        "    held += [f'{n}.{k}' for k, v in list(vars(m).items()) if stand_in(v)]\n"
        "sys.stderr.write(repr((code, held)))\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120, env={**os.environ, "COLUMNS": "100"})  # fmt: skip
    return eval(proc.stderr.splitlines()[-1])  # noqa: S307 - our own repr


def test_no_stand_in_is_left_where_another_importer_finds_it(cli, tmp_path, followup_home) -> None:
    """The stand-ins lent while Jinja2 (a first render) and reportlab (a card) load reach
    their own imports only: none is in sys.modules during or after, and no module of another
    package holds one (session 24)."""
    import shutil

    assert cli("profile", "--name", "Sam Lee", "--email", "sam@example.com").code == 0
    assert cli(*ADD).code == 0
    assert cli("draft", "1").code == 0
    shutil.rmtree(followup_home / "cache" / "renders", ignore_errors=True)
    assert stand_ins_after(["draft", "1"]) == (0, [])
    assert stand_ins_after(["card", "1", "-o", str(tmp_path / "card.pdf")]) == (0, [])


CHECKER = ["followup.core.check.rules", "followup.core.check.verdict", "followup.services.checking"]


def checker_loaded(args: list[str]) -> tuple[int, list[str]]:
    """The exit code of `followup ARGS` run as the program runs (its start-up caches on) in a
    fresh process, and which of the checker's modules (CHECKER) it imported."""
    code = (
        "import sys\n"
        f"sys.argv = ['followup', *{args!r}]\n"
        "from followup.cli import main\n"
        "code = main()\n"
        f"sys.stderr.write(repr((code, sorted(set({CHECKER!r}) & set(sys.modules)))))\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120, env={**os.environ, "COLUMNS": "100"})  # fmt: skip
    return eval(proc.stderr.splitlines()[-1])  # noqa: S307 - our own repr


@pytest.mark.parametrize("args", [["draft", "1"], ["draft", "1", "--json"], ["draft", "list", "1"]],
                         ids=" ".join)  # fmt: skip
def test_a_draft_checked_before_loads_no_checker(cli, args) -> None:
    """The checker's result on a draft is kept between runs (services/verdicts.py): a second
    draft of an unchanged round, or the list of its drafts shown again, loads neither the
    rules nor the checker."""
    assert cli("profile", "--name", "Sam Lee", "--email", "sam@example.com").code == 0
    assert cli(*ADD).code == 0
    assert checker_loaded(["draft", "1"]) == (0, CHECKER)  # the first run checks the note
    assert checker_loaded(args)[0] == 0
    assert checker_loaded(args) == (0, [])
