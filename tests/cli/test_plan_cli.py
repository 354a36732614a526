"""`followup plan` through the installed entry point: the JSON shape of SPEC §6, policies,
--today, and one clear line (exit 2) for every kind of bad input, never a traceback."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

WORKED = ("plan", "--interviewed", "2026-11-19", "--format", "video", "--tz", "America/New_York")
PLAN_KEYS = {
    "method",
    "recipient",
    "window",
    "send_at",
    "status",
    "warnings",
    "reasons",
    "extras",
    # added by followup (SPEC §6 allows more keys)
    "policy",
    "tz",
    "check_ins",
    "interviewed",
}
WARNINGS = {"not_business_day", "deadline_squeeze", "channel_unknown", "no_coordinator"}
STATUSES = {"wait", "due", "overdue", "no_window", "done"}


def is_iso_day(value: object) -> bool:
    from datetime import date

    return isinstance(value, str) and date.fromisoformat(value).isoformat() == value


def assert_plan_shape(data: object) -> None:
    """Every key and type of the plan JSON."""
    from datetime import datetime

    assert isinstance(data, dict)
    assert set(data) == PLAN_KEYS
    assert data["method"] in {"email", "phone"}
    assert data["recipient"] == {"role": data["recipient"]["role"]}
    assert data["recipient"]["role"] in {"coordinator", "contact"}
    assert data["status"] in STATUSES
    assert isinstance(data["warnings"], list) and set(data["warnings"]) <= WARNINGS
    assert isinstance(data["reasons"], list) and data["reasons"]
    assert all(isinstance(r, str) and r for r in data["reasons"])
    assert isinstance(data["extras"], list)
    for extra in data["extras"]:
        assert extra["kind"] in {"card", "video"}
        if extra["kind"] == "card":
            assert set(extra) == {"kind", "mail_from", "mail_by"}
            assert is_iso_day(extra["mail_from"]) and is_iso_day(extra["mail_by"])
        else:
            assert set(extra) == {"kind", "item"} and isinstance(extra["item"], str)
    assert isinstance(data["policy"], str) and isinstance(data["tz"], str)
    assert is_iso_day(data["interviewed"])
    assert isinstance(data["check_ins"], list)
    for check in data["check_ins"]:
        assert set(check) == {"earliest", "latest"}
        assert is_iso_day(check["earliest"]) and is_iso_day(check["latest"])
    if data["window"] is None:
        assert data["send_at"] is None
        assert data["status"] in {"no_window", "done"}
    else:
        assert set(data["window"]) == {"earliest", "ideal", "latest"}
        assert all(is_iso_day(v) for v in data["window"].values())
        assert data["window"]["earliest"] <= data["window"]["ideal"] <= data["window"]["latest"]
        sent = datetime.fromisoformat(data["send_at"])
        assert sent.utcoffset() is not None  # ISO 8601 with an offset
        assert sent.date().isoformat() == data["window"]["ideal"]


def test_worked_example_json_shape(run_followup) -> None:
    res = run_followup(*WORKED, "--today", "2026-11-20", "--json")
    assert res.code == 0, res.err
    assert res.err == ""
    data = res.json()
    assert_plan_shape(data)
    assert data["method"] == "email"
    assert data["recipient"] == {"role": "coordinator"}
    assert data["window"] == {
        "earliest": "2026-11-23",
        "ideal": "2026-11-23",
        "latest": "2026-11-25",
    }
    assert data["send_at"] == "2026-11-23T10:00:00-05:00"
    assert data["status"] == "wait"
    assert data["warnings"] == []
    assert data["extras"] == []
    assert data["policy"] == "seed" and data["check_ins"] == []
    assert data["tz"] == "America/New_York" and data["interviewed"] == "2026-11-19"


def test_every_option_at_once(run_followup) -> None:
    # In person, arranged by phone, Bavaria, decision Fri 8 Jan 2027, interview Mon 4 Jan:
    # hard rules Tue 5 .. Thu 7; Wed 6 is Epiphany; S1 from Wed 6 -> Thu 7 only (a call).
    # Card: mail_by = Thu 7 - 3 = Mon 4 (the interview day), mail_from = Mon 4.
    res = run_followup(
        "plan",
        "--interviewed=2027-01-04",
        "--format",
        "in-person",
        "--channel",
        "phone",
        "--deadline",
        "2027-01-08",
        "--country",
        "de",
        "--subdiv",
        "by",
        "--tz",
        "Europe/Berlin",
        "--item",
        "the sensor kit",
        "--item",
        "a second item",
        "--policy",
        "seed",
        "--today",
        "2027-01-07",
        "--json",
    )
    assert res.code == 0, res.err
    data = res.json()
    assert_plan_shape(data)
    assert data["method"] == "phone" and data["recipient"] == {"role": "contact"}
    assert data["window"] == {
        "earliest": "2027-01-07",
        "ideal": "2027-01-07",
        "latest": "2027-01-07",
    }
    assert data["send_at"] == "2027-01-07T10:00:00+01:00"
    assert data["status"] == "due"
    assert data["extras"] == [
        {"kind": "card", "mail_from": "2027-01-04", "mail_by": "2027-01-04"},
        {"kind": "video", "item": "the sensor kit"},
    ]
    assert any("Epiphany" in r for r in data["reasons"])


def test_no_window_has_null_window_and_send_at(run_followup) -> None:
    res = run_followup(*WORKED, "--deadline", "2026-11-20", "--json")
    assert res.code == 0, res.err
    data = res.json()
    assert_plan_shape(data)
    assert data["window"] is None and data["send_at"] is None
    assert data["status"] == "no_window"
    assert any("No window" in r for r in data["reasons"])


@pytest.mark.parametrize(
    ("today", "status"),
    [
        ("2026-11-19", "wait"),
        ("2026-11-23", "due"),
        ("2026-11-25", "due"),
        ("2026-11-26", "overdue"),
    ],
)
def test_today_sets_the_status(run_followup, today: str, status: str) -> None:
    res = run_followup(*WORKED, "--today", today, "--json")
    assert res.code == 0, res.err
    assert res.json()["status"] == status


def test_quick_thanks_policy(run_followup) -> None:
    # No interview time on the command line: the next business day, Fri 20 Nov, 10:00; then
    # check-ins Fri 27 Nov - Tue 1 Dec and Fri 4 - Tue 8 Dec (Thanksgiving skipped).
    res = run_followup(*WORKED, "--policy", "quick-thanks", "--today", "2026-11-19", "--json")
    assert res.code == 0, res.err
    data = res.json()
    assert_plan_shape(data)
    assert data["policy"] == "quick-thanks"
    assert data["window"] == {
        "earliest": "2026-11-19",
        "ideal": "2026-11-20",
        "latest": "2026-11-20",
    }
    assert data["send_at"] == "2026-11-20T10:00:00-05:00"
    assert data["check_ins"] == [
        {"earliest": "2026-11-27", "latest": "2026-12-01"},
        {"earliest": "2026-12-04", "latest": "2026-12-08"},
    ]
    seed = run_followup(*WORKED, "--today", "2026-11-19", "--json").json()
    assert set(seed) == set(data)


def test_policy_from_the_environment(run_followup) -> None:
    res = run_followup(*WORKED, "--json", env={"FOLLOWUP_POLICY_NAME": "quick-thanks"})
    assert res.code == 0, res.err
    assert res.json()["policy"] == "quick-thanks"


def test_human_view(run_followup) -> None:
    res = run_followup(*WORKED, "--item", "the demo kit", "--today", "2026-11-20")
    assert res.code == 0, res.err
    assert "email" in res.out and "Mon 23 Nov 2026" in res.out
    assert "Thanksgiving" in res.out
    assert "demo kit" in res.out


def test_hostile_item_is_data_not_code(run_followup) -> None:
    item = "$(rm -rf ~); `reboot` \x1b[31mred\x1b[0m <script>alert(1)</script>"
    res = run_followup(*WORKED, "--item", item, "--json")
    assert res.code == 0, res.err
    assert {"kind": "video", "item": item} in res.json()["extras"]


def test_years_the_holidays_package_does_not_know_are_a_reason_not_a_warning(
    run_followup,
) -> None:
    res = run_followup("plan", "--interviewed", "2036-06-02", "--format", "video",
                       "--country", "IN", "--json")  # fmt: skip
    assert res.code == 0, res.err
    assert res.err == ""
    assert any("may be incomplete" in r for r in res.json()["reasons"])


BAD_INPUT = {
    "impossible date": ("plan", "--interviewed", "2026-02-30", "--format", "video"),
    "month 13": ("plan", "--interviewed", "2026-13-01", "--format", "video"),
    "malformed date": ("plan", "--interviewed", "2026/11/19", "--format", "video"),
    "words for a date": ("plan", "--interviewed", "after the party", "--format", "video"),
    "end of the calendar": ("plan", "--interviewed", "9999-12-30", "--format", "video"),
    "deadline before interview": (*WORKED, "--deadline", "2026-11-18"),
    "bad deadline": (*WORKED, "--deadline", "2026-11-31"),
    "bad today": (*WORKED, "--today", "someday"),
    "unknown country": (*WORKED, "--country", "XX"),
    "country not letters": (*WORKED, "--country", "12"),
    "unknown subdivision": (*WORKED, "--country", "GB", "--subdiv", "QQ"),
    "unknown time zone": (*WORKED[:-2], "--tz", "Mars/Olympus_Mons"),
    "time zone path": (*WORKED[:-2], "--tz", "../../../etc/passwd"),
    "missing --interviewed": ("plan", "--format", "video"),
    "missing --format": ("plan", "--interviewed", "2026-11-19"),
    "missing both": ("plan", "--tz", "UTC"),
    "bad --format": ("plan", "--interviewed", "2026-11-19", "--format", "zoom"),
    "bad --channel": (*WORKED, "--channel", "fax"),
    "unknown policy": (*WORKED, "--policy", "aggressive"),
    "unknown option": (*WORKED, "--bogus"),
    "option without value": (*WORKED, "--deadline"),
    "control characters": ("plan", "--interviewed", "2026-11-19\x1b[2J\x07\r", "--format", "video"),
    "newline in country": (*WORKED, "--country", "U\nS"),
    "10k characters": (*WORKED[:-2], "--tz", "A" * 10_000),
    "shell injection": ("plan", "--interviewed", "$(rm -rf /)", "--format", "video"),
    "shell injection country": (*WORKED, "--country", "US; rm -rf ~"),
}


# The human view: a sample of cases keeps the suite fast.
HUMAN_TOO = ["impossible date", "deadline before interview", "unknown country",
             "missing --format", "bad --channel", "unknown option", "10k characters",
             "control characters"]  # fmt: skip
CASES = [(name, True) for name in BAD_INPUT] + [(name, False) for name in HUMAN_TOO]


@pytest.mark.parametrize(
    ("case", "json_out"), CASES, ids=[f"{n}-{'json' if j else 'human'}" for n, j in CASES]
)
def test_bad_input_is_one_line_and_exit_2(run_followup, case: str, json_out: bool) -> None:
    res = run_followup(*BAD_INPUT[case], *(["--json"] if json_out else []))
    assert res.code == 2, (res.code, res.err)
    assert res.out == ""
    lines = res.err.splitlines()
    assert len(lines) == 1, res.err
    assert lines[0].startswith("followup: error: ")
    assert "Traceback" not in res.err
    assert "\x1b" not in res.err and "\x07" not in res.err and "\r" not in res.err


def test_error_messages_name_the_problem(cli) -> None:
    expect = {
        "impossible date": "not a real date",
        "malformed date": "write it as 2026-11-27",
        "deadline before interview": "before the interview",
        "unknown country": "unknown country code 'XX'",
        "unknown subdivision": "--subdiv: 'QQ' is not a region of GB; give its name or code (e.g. ",
        "unknown time zone": "not a known time zone",
        "missing --interviewed": "--interviewed",
        "missing --format": "--format",
        "bad --format": "video, phone, in-person",
        "bad --channel": "email, phone, unknown",
        "unknown policy": "quick-thanks, seed",
        "end of the calendar": "not a plausible date",
    }
    for case, fragment in expect.items():
        res = cli(*BAD_INPUT[case], "--json")
        assert res.code == 2 and fragment in res.err, (case, res.err)


# --- the entry points -----------------------------------------------------------------


def test_python_dash_m_help() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "followup", "--help"], capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 0, proc.stderr
    assert "plan" in proc.stdout and "config" in proc.stdout


def test_version(run_followup) -> None:
    from followup import __version__

    res = run_followup("--version")
    assert res.code == 0
    assert res.out.strip() == f"followup {__version__}"


PLAN_OPTIONS = {
    "--interviewed": "interviewed",
    "--format": "format",
    "--channel": "channel",
    "--deadline": "deadline",
    "--country": "country",
    "--subdiv": "subdiv",
    "--tz": "tz",
    "--item": "item",
    "--policy": "policy",
    "--today": "today",
    "--json": "json_out",
}


def test_plan_help_lists_every_option(run_followup) -> None:
    res = run_followup("plan", "--help")
    assert res.code == 0, res.err
    for option in PLAN_OPTIONS:
        assert option in res.out


def test_plan_takes_exactly_the_options_of_the_contract() -> None:
    """SPEC §6: the options of `plan`, one repeatable (--item), one flag (--json)."""
    from followup.cli.app import walk

    plan = dict(walk())[("followup", "plan")]
    params = {opt: p for p in plan.params for opt in p.opts if opt.startswith("--")}
    params.pop("--help", None)
    assert {k: p.name for k, p in params.items()} == PLAN_OPTIONS
    assert {k for k, p in params.items() if getattr(p, "multiple", False)} == {"--item"}
    assert {k for k, p in params.items() if getattr(p, "is_flag", False)} == {"--json"}


# --- unusual option lists: each gets help, its plan, or one line --------------------------

UNUSUAL = [
    (("plan",), 2),
    (("plan", "--help"), 0),
    (("plan", "-h", "--json"), 0),
    (("plan", "3", "--json"), 3),
    ((*WORKED,), 0),  # the human view
    ((*WORKED, "--json", "--json"), 0),
    ((*WORKED, "--json", "--format", "phone"), 0),  # the last value counts
    ((*WORKED, "--json", "--deadline"), 2),
    ((*WORKED, "--json", "--deadline", "--today"), 2),
    ((*WORKED, "--json=yes"), 2),
    ((*WORKED, "--json", "extra"), 3),  # no round "extra", as for "999"
    ((*WORKED, "--json", "--"), 0),
]


@pytest.mark.parametrize(("args", "code"), UNUSUAL, ids=[" ".join(a) for a, _ in UNUSUAL])
def test_unusual_option_lists(cli, args, code) -> None:
    res = cli(*args)
    assert res.code == code, (res.code, res.err)
    if code == 0:
        assert res.err == ""
        assert "Usage" in res.out if "--help" in args or "-h" in args else res.out
    else:
        assert res.out == "" and res.err.startswith("followup: error: ")
        assert res.err.count("\n") == 1, res.err


def test_root_db_option_before_plan(cli, tmp_path) -> None:
    db = tmp_path / "x.db"
    res = cli("--db", str(db), *WORKED, "--json")
    assert res.code == 0, res.err
    assert res.json() == cli(*WORKED, "--json").json()


ENTRY_POINTS_AGREE = [
    (*WORKED, "--today", "2026-11-20", "--json"),
    (*WORKED, "--policy", "quick-thanks", "--item", "a", "--item", "b", "--json"),
    ("plan", "--json", "--format=in-person", "--interviewed=2026-04-30", "--country", "jp",
     "--tz", "Asia/Tokyo", "--deadline", "2026-05-07", "--channel", ""),
    (*WORKED, "--deadline", "2026-11-19", "--json"),
    ("plan", "--interviewed", "", "--format", "video", "--json"),
    ("plan", "--interviewed", "2026-02-30", "--format", "video", "--json"),
    ("plan", "--interviewed", "2026-11-19", "--json"),
    (*WORKED, "--country", "ZZ", "--json"),
    (*WORKED, "--policy", "nope", "--json"),
]  # fmt: skip


@pytest.mark.parametrize("args", ENTRY_POINTS_AGREE)
def test_the_entry_point_and_main_print_the_same(cli, run_followup, args) -> None:
    """The installed `followup` and `main()` are one road: same code, output and error."""
    inside = cli(*args)
    outside = run_followup(*args)
    assert (inside.code, inside.out, inside.err) == (outside.code, outside.out, outside.err)
    assert inside.code in (0, 2)
    if inside.code == 0:
        assert_plan_shape(inside.json())
    else:
        assert inside.err.startswith("followup: error: ") and inside.err.count("\n") == 1


def test_bad_config_is_reported_on_plan_json(cli, followup_home) -> None:
    (followup_home / "config.toml").write_text("[policy]\nwait_days = 'soon'\n")
    res = cli(*WORKED, "--json")
    assert res.code == 2 and res.out == ""
    assert res.err.startswith("followup: error: ") and "policy.wait_days" in res.err


def test_plan_json_imports_nothing_heavy_when_warm(followup_home) -> None:
    """The start-up budget (bench/startup.py): no heavy import on `plan --json`."""
    code = (
        "import sys\n"
        "from followup.cli import main\n"
        f"code = main({list(WORKED) + ['--json']!r})\n"
        "heavy = sorted({m.split('.')[0] for m in sys.modules} & "
        "{'typer', 'rich', 'pydantic', 'holidays', 'sqlalchemy', 'alembic', 'jinja2'})\n"
        "sys.stderr.write(repr((code, heavy)))\n"
    )
    run = [sys.executable, "-c", code]
    first = subprocess.run(run, capture_output=True, text=True, timeout=120)
    assert first.stderr.endswith("(0, ['holidays'])"), first.stderr  # cold: fills the cache
    warm = subprocess.run(run, capture_output=True, text=True, timeout=120)
    assert warm.stderr.endswith("(0, [])"), warm.stderr


def test_stored_round_gets_the_same_holiday_note(cli) -> None:
    add = ("add", "--company", "Acme", "--role", "Analyst", "--format", "video",
           "--country", "IN", "--json")  # fmt: skip
    assert cli(*add, "--interviewed", "2036-06-02", "--yes").code == 0
    assert cli(*add, "--interviewed", "2026-06-02", "--yes").code == 0
    later, sooner = cli("plan", "1", "--json"), cli("plan", "2", "--json")
    assert later.code == 0 and sooner.code == 0, later.err + sooner.err
    assert any("may be incomplete" in r for r in later.json()["reasons"])
    assert not any("may be incomplete" in r for r in sooner.json()["reasons"])
    assert set(later.json()) >= PLAN_KEYS - {"interviewed"}


ROUND_NUMBERS = "(see 'followup list' for the rounds' numbers)"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("plan", "abc"), f"no interview round abc {ROUND_NUMBERS}"),
        (("plan", "999"), f"no interview round 999 {ROUND_NUMBERS}"),
        (("plan", "-1"), f"no interview round -1 {ROUND_NUMBERS}"),
        (("show", "abc"), f"no interview round abc {ROUND_NUMBERS}"),
        (("show", "999"), f"no interview round 999 {ROUND_NUMBERS}"),
        (("draft", "abc"), f"no interview round abc {ROUND_NUMBERS}"),
        (("draft", "999"), f"no interview round 999 {ROUND_NUMBERS}"),
        (
            ("draft", "show", "x1"),
            "no draft x1 (see 'followup draft list ID' for the drafts' numbers)",
        ),
        (
            ("draft", "show", "999"),
            "no draft 999 (see 'followup draft list ID' for the drafts' numbers)",
        ),
        (("check", "-", "--interview", "one"), "--interview: no interview round one (see"),
    ],
)
def test_a_round_that_is_not_there_is_named_one_way_whatever_was_typed(cli, args, message):
    res = cli(*args)
    assert res.code == 3 and res.out == "", res.err
    assert res.err.startswith(f"followup: error: {message}"), res.err
    assert res.err.count("\n") == 1 and "valid integer" not in res.err


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("lsit",), "followup has no command 'lsit'; did you mean list? (see 'followup --help')"),
        (("draft", "shwo", "1"), "followup draft has no command 'shwo'; did you mean show?"),
        (("check",), "followup check needs FILE…: notes to check"),
        (
            ("plan", "--interviewed", "2026-11-19", "--format"),
            "--format needs a value, FORMAT: video, phone or in-person "
            "(see 'followup plan --help')",
        ),
        (("calendar", "-o", "{home}"), "--output: {home} is a folder: give a file"),
        (("list", "--db", "x.db"), "followup list has no option --db"),
        (("list", "--limit", "x"), "--limit: 'x' is not a valid integer"),
        (("add", "--person-address", "Sam"), "--person-address needs 2 values, NAME ADDRESS"),
    ],
)
def test_parser_errors_are_one_line_in_the_house_style(cli, followup_home, args, expected):
    args = tuple(a.replace("{home}", str(followup_home)) for a in args)
    res = cli(*args)
    assert res.code == 2 and res.out == ""
    line = res.err.removeprefix("followup: error: ")
    assert res.err.count("\n") == 1 and line.startswith(
        expected.replace("{home}", str(followup_home))
    )
    assert "followup:" not in line and not line[0].isupper()
    assert not re.search(r"\b(No such|Missing|Invalid value|requires an argument)\b", line)
