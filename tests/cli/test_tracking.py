"""The tracking commands end to end (in-process): add, list, show, edit, delete, done,
profile, today, export, restore — human output, pinned --json shapes, one-line errors."""

from __future__ import annotations

import csv
import io
import json
import sqlite3

import pytest

from followup.core.records import PERSON_KEYS, RECORD_KEYS

ACME = (
    "add", "--company", "Acme", "--role", "Data Analyst", "--interviewed", "2026-11-19",
    "--time", "14:30", "--tz", "America/New_York", "--format", "video", "--channel", "email",
    "--coordinator", "Dana Reyes <dana@acme.example>",
    "--interviewer", "Lee Park <lee@acme.example>", "--interviewer", "Kim Ode",
    "--topic", "the Q3 dashboard migration", "--item", "the sensor kit",
    "--note", "Asked about on-call.", "--job-url", "https://acme.example/jobs/1",
)  # fmt: skip
GLOBEX = (
    "add", "--company", "Globex", "--role", "Engineer", "--interviewed", "2026-11-24",
    "--format", "in-person", "--channel", "phone",
    "--interviewer", "Sam Roe <sam@globex.example>",
)  # fmt: skip


def add(cli, args=ACME, today="2026-11-20"):
    res = cli(*args, "--today", today, "--json")
    assert res.code == 0, res.err
    return res.json()


def test_add_prints_the_record_shape(cli):
    record = add(cli)
    assert tuple(record)[: len(RECORD_KEYS)] == RECORD_KEYS
    assert record["id"] == 1
    assert record["company"] == "Acme" and record["status"] == "active"
    assert record["time"] == "14:30" and record["tz"] == "America/New_York"
    assert [{k: p[k] for k in PERSON_KEYS[:5]} for p in record["people"]] == [
        {"name": "Dana Reyes", "email": "dana@acme.example", "phone": None, "title": None,
         "role": "coordinator"},
        {"name": "Lee Park", "email": "lee@acme.example", "phone": None, "title": None,
         "role": "interviewer"},
        {"name": "Kim Ode", "email": None, "phone": None, "title": None, "role": "interviewer"},
    ]  # fmt: skip
    assert record["topics"] == ["the Q3 dashboard migration"]
    assert record["items"] == ["the sensor kit"]
    assert record["job_url"] == "https://acme.example/jobs/1"
    assert record["follow_up"] == "wait"
    assert record["plan"]["window"]["earliest"] == "2026-11-23"


def test_add_show_and_list_agree(cli):
    added = add(cli)
    shown = cli("show", "1", "--today", "2026-11-20", "--json").json()
    listed = cli("list", "--today", "2026-11-20", "--json").json()
    assert isinstance(listed, list) and len(listed) == 1
    for key in RECORD_KEYS:
        assert added[key] == shown[key] == listed[0][key], key


def test_add_without_required_options_off_a_terminal(cli):
    res = cli("add", "--company", "Acme")
    assert res.code == 2
    assert res.err.startswith("followup: error: missing option --role, --interviewed, --format")


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (("--interviewed", "2026-13-01"), "not a real date"),
        (("--format", "telepathy"), "not one of video, phone, in-person"),
        (("--coordinator", "Dana <no-at-sign>"), "not an email"),
        (("--tz", "Nowhere/Land"), "not a known time zone"),
        (("--country", "ZZ"), "unknown country"),
        (("--job-url", "javascript:alert(1)"), "not a web address"),
    ],
)
def test_add_refuses_bad_values_in_one_line(cli, extra, message):
    args = list(ACME)
    flag, value = extra
    if flag in args:
        args[args.index(flag) + 1] = value
    else:
        args += [flag, value]
    res = cli(*args)
    assert res.code == 2, res.out
    assert message in res.err and res.err.count("\n") == 1
    assert "Traceback" not in res.err
    assert cli("list", "--json").json() == []


def test_list_filters_and_shows_ids(cli):
    add(cli)
    add(cli, GLOBEX)
    assert [r["id"] for r in cli("list", "--json").json()] == [2, 1]
    assert [r["id"] for r in cli("list", "--company", "glob", "--json").json()] == [2]
    assert cli("list", "--status", "rejected", "--json").json() == []
    due = cli("list", "--due", "--today", "2026-11-23", "--json").json()
    assert [r["id"] for r in due] == [1]
    human = cli("list", "--today", "2026-11-23")
    assert human.code == 0 and "Globex" in human.out
    assert [line.split()[0] for line in human.out.splitlines()[1:]] == ["2", "1"]
    bad = cli("list", "--status", "pending")
    assert bad.code == 2 and "active, offer, rejected, withdrawn, ghosted" in bad.err


def test_list_limit_tells_what_was_left_out(cli):
    add(cli)
    add(cli, GLOBEX)
    res = cli("list", "--limit", "1", "--json")
    assert [r["id"] for r in res.json()] == [2]
    assert "most recent of 2" in res.err


def test_same_company_and_role_join_one_application(cli):
    first = add(cli)
    args = list(ACME)
    args[args.index("--company") + 1] = "ACME"
    args[args.index("--interviewed") + 1] = "2026-11-26"
    second = add(cli, tuple(args))
    assert second["application_id"] == first["application_id"]
    assert second["company"] == "Acme"


def test_show_unknown_id(cli):
    res = cli("show", "42")
    assert res.code == 3 and "no interview round 42 " in res.err


def test_edit_changes_only_what_is_given(cli):
    add(cli)
    res = cli("edit", "1", "--deadline", "2026-11-24", "--status", "offer",
              "--interviewer", "Max Mo <max@acme.example>", "--clear", "notes",
              "--json")  # fmt: skip
    assert res.code == 0, res.err
    record = res.json()
    assert record["deadline"] == "2026-11-24" and record["status"] == "offer"
    assert [p["name"] for p in record["people"]] == ["Dana Reyes", "Max Mo"]
    assert record["notes"] is None and record["topics"] == ["the Q3 dashboard migration"]
    assert cli("edit", "1", "--deadline", "2026-11-01").code == 2
    assert cli("show", "1", "--json").json()["deadline"] == "2026-11-24"


def test_delete_asks_and_refuses_without_a_terminal(cli):
    add(cli)
    res = cli("delete", "1")
    assert res.code == 2 and "--yes" in res.err
    assert cli("show", "1").code == 0
    res = cli("delete", "1", "--yes", "--json")
    assert res.code == 0 and res.json()["deleted"] == 1
    assert cli("show", "1").code == 3


def test_done_makes_the_plan_done_and_leaves_the_agenda(cli):
    add(cli)
    assert [i["id"] for i in cli("today", "--today", "2026-11-23", "--json").json()["due"]] == [1]
    res = cli("done", "1", "--via", "email", "--note", "sent the thank-you",
              "--today", "2026-11-23", "--json")  # fmt: skip
    assert res.code == 0, res.err
    recorded = res.json()["recorded"]
    assert recorded["kind"] == "email" and recorded["to"] == "Dana Reyes <dana@acme.example>"
    plan = cli("plan", "1", "--today", "2026-11-23", "--json").json()
    assert plan["status"] == "done"
    assert cli("today", "--today", "2026-11-23", "--json").json()["due"] == []
    assert cli("done", "1", "--via", "pigeon").code == 2
    future = cli("done", "1", "--via", "card", "--on", "2026-12-30", "--today", "2026-11-23")
    assert future.code == 2 and "future" in future.err


def test_plan_id_matches_plan_with_flags(cli):
    add(cli)
    stored = cli("plan", "1", "--today", "2026-11-20", "--json").json()
    flags = cli("plan", "--interviewed", "2026-11-19", "--format", "video", "--channel", "email",
                "--tz", "America/New_York", "--item", "the sensor kit", "--today", "2026-11-20",
                "--json").json()  # fmt: skip
    assert stored["recipient"].pop("name") == "Dana Reyes"  # a stored round names who
    assert {k: v for k, v in stored.items() if k != "recipient"} == {
        k: v for k, v in flags.items() if k != "recipient"
    }
    assert stored["recipient"]["role"] == flags["recipient"]["role"]


def test_plan_id_without_coordinator_warns(cli):
    add(cli, ("add", "--company", "Initech", "--role", "Dev", "--interviewed", "2026-11-19",
              "--format", "video"))  # fmt: skip
    plan = cli("plan", "1", "--today", "2026-11-20", "--json").json()
    assert "no_coordinator" in plan["warnings"]


def test_today_empty_state_tells_a_new_user_what_to_do(cli):
    res = cli("today")
    assert res.code == 0
    assert "No interviews recorded yet" in res.out and "followup add" in res.out
    assert cli("today", "--json").json()["empty"] is True


def test_today_agenda_buckets(cli):
    add(cli)  # video on Thu 19 Nov: window Mon 23 - Wed 25
    add(cli, GLOBEX)  # in person on Tue 24 Nov
    agenda = cli("today", "--today", "2026-11-20", "--json").json()
    assert [i["id"] for i in agenda["upcoming"]] == [1]
    assert [i["id"] for i in agenda["interviews"]] == [2]
    item = agenda["upcoming"][0]
    assert item["method"] == "email"
    pinned = {"role": "coordinator", "name": "Dana Reyes", "email": "dana@acme.example",
              "phone": None}  # fmt: skip
    assert item["recipient"].items() >= pinned.items()
    assert [i["id"] for i in cli("today", "--today", "2026-11-23", "--json").json()["due"]] == [1]
    late = cli("today", "--today", "2026-11-27", "--json").json()
    assert [i["id"] for i in late["overdue"]] == [1]
    human = cli("today", "--today", "2026-11-23")
    assert "Follow up today" in human.out and "Dana Reyes" in human.out


def test_profile(cli):
    assert cli("profile", "--json").json()["name"] == ""
    res = cli("profile", "--name", "Sam Doe", "--email", "sam@example.com",
              "--qualification", "5 years of SQL", "--qualification", "Tableau",
              "--json")  # fmt: skip
    pinned = {"name": "Sam Doe", "email": "sam@example.com", "phone": None,
              "qualifications": ["5 years of SQL", "Tableau"]}  # fmt: skip
    assert res.json().items() >= pinned.items()
    assert cli("profile", "--phone", "+1 617 555 0100", "--json").json()["name"] == "Sam Doe"
    assert cli("profile", "--email", "nope").code == 2


def test_export_json_restore_round_trips_exactly(cli, tmp_path):
    add(cli)
    add(cli, GLOBEX)
    cli("done", "1", "--via", "email", "--today", "2026-11-23")
    cli("profile", "--name", "Sam Doe", "--qualification", "SQL")
    first = tmp_path / "one.json"
    assert cli("export", "--output", str(first)).code == 0
    other = tmp_path / "other.db"
    res = cli("--db", str(other), "restore", str(first), "--json")
    assert res.code == 0, res.err
    assert res.json()["rounds"] == 2
    second = tmp_path / "two.json"
    assert cli("--db", str(other), "export", "-o", str(second)).code == 0
    a, b = json.loads(first.read_text()), json.loads(second.read_text())
    assert a["tables"] == b["tables"] and a["tables"]["rounds"]
    again = cli("--db", str(other), "restore", str(first))
    assert again.code == 4 and "--replace" in again.err
    assert cli("--db", str(other), "restore", str(first), "--replace").code == 0


def test_restore_refuses_broken_files_and_keeps_data(cli, tmp_path):
    add(cli)
    for name, text in [
        ("junk.json", "{not json"),
        ("other.json", '{"hello": 1}'),
        ("deep.json", "[" * 100_000 + "]" * 100_000),
    ]:
        path = tmp_path / name
        path.write_text(text)
        res = cli("restore", str(path), "--replace")
        assert res.code == 2 and res.err.count("\n") == 1, (name, res.err)
    good = tmp_path / "good.json"
    cli("export", "-o", str(good))
    doc = json.loads(good.read_text())
    doc["tables"]["rounds"][0]["format"] = "hologram"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc))
    assert cli("restore", str(bad), "--replace").code == 2
    assert [r["id"] for r in cli("list", "--json").json()] == [1]


def test_export_csv_is_an_activity_record(cli, tmp_path):
    add(cli)
    cli("add", "--company", "=HYPERLINK(evil)", "--role", "x", "--interviewed", "2026-11-20",
        "--format", "phone")  # fmt: skip
    cli("done", "1", "--via", "email", "--today", "2026-11-23")
    out = tmp_path / "activity.csv"
    assert cli("export", "--format", "csv", "--output", str(out)).code == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text())))
    assert [r["date"] for r in rows] == ["2026-11-19", "2026-11-20"]
    assert rows[0]["company"] == "Acme" and rows[0]["contact"] == "Dana Reyes <dana@acme.example>"
    assert rows[0]["follow_ups"] == "2026-11-23 email to Dana Reyes <dana@acme.example>"
    assert rows[0]["outcome"] == "active"
    assert rows[1]["company"] == "'=HYPERLINK(evil)"
    assert not list(tmp_path.glob(".activity.csv.*"))  # no temporary file left behind


def test_export_to_a_missing_folder_fails_cleanly(cli, tmp_path):
    res = cli("export", "-o", str(tmp_path / "nope" / "x.json"))
    assert res.code == 2 and "does not exist" in res.err


def test_db_option_and_environment(cli, tmp_path, monkeypatch):
    flag_db = tmp_path / "flag.db"
    add(cli, ("--db", f"sqlite:///{flag_db}", *ACME))
    assert flag_db.exists()
    assert cli("list", "--json").json() == []  # the default database is another file
    env_db = tmp_path / "env.db"
    monkeypatch.setenv("FOLLOWUP_DB", f"sqlite:///{env_db}")
    add(cli, GLOBEX)
    assert env_db.exists()
    # the flag wins over the environment
    assert [r["company"] for r in cli("--db", str(flag_db), "list", "--json").json()] == ["Acme"]
    with sqlite3.connect(env_db) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_file_that_is_not_a_database(cli, tmp_path):
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not sqlite" * 100)
    for args in (("list",), ("today",), ("show", "1"), *[ACME]):
        res = cli("--db", str(junk), *args)
        assert res.code == 5 and res.err.startswith("followup: error: "), (args, res.err)
        assert "Traceback" not in res.err
    assert junk.read_bytes() == b"this is not sqlite" * 100
