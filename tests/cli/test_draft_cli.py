"""`followup draft`: the JSON shape, people, kinds, stored drafts and their editing, templates,
and one clear line for every bad input."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

from followup.config import load_settings
from followup.core.models import Profile
from followup.core.records import from_record
from followup.services import records

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "rounds"
TODAY = "2026-11-20"


def store(name: str = "northwind_video_panel", profile: bool = True) -> int:
    data = json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))
    settings = load_settings()
    stored = records.add_interview(settings, from_record(data["round"]))
    if profile:
        p = Profile(**data["profile"])
        records.update_profile(
            settings, name=p.name, email=p.email, phone=p.phone, qualifications=p.qualifications
        )
    assert stored.id is not None
    return stored.id


def one_line_error(res, code: int) -> str:
    assert res.code == code, (res.code, res.out, res.err)
    lines = res.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("followup: error: "), res.err
    assert "Traceback" not in res.err
    return lines[0]


def test_json_shape_of_the_default_draft(cli) -> None:
    round_id = store()
    res = cli("draft", str(round_id), "--today", TODAY, "--json")
    assert res.code == 0, res.err
    data = res.json()
    # "topics" (s14): every topic of the round and the kind the drafts read it as
    assert list(data) == ["drafts", "topics"]
    assert all(
        {"recorded", "phrase", "kind", "kind_label", "said"} <= set(t) for t in data["topics"]
    )
    (d,) = data["drafts"]
    assert {"to", "kind", "subject", "body"} <= set(d)
    assert d["to"] == {"name": "Dana Reyes", "email": "dana.reyes@northwind.example"}
    assert d["kind"] == "email"
    assert d["subject"] and d["body"].startswith("Dear Dana,")
    assert isinstance(d["id"], int) and d["round_id"] == round_id
    assert d["verdict"] == "ready" and d["reasons"] == []
    assert d["check"]["elements"] == dict.fromkeys(
        ["thanks", "interest", "qualifications", "specifics", "enthusiasm", "next_steps"], True
    )


def test_each_writes_one_personal_note_per_interviewer(cli) -> None:
    round_id = store()
    data = cli("draft", str(round_id), "--each", "--today", TODAY, "--json").json()
    names = [d["to"]["name"] for d in data["drafts"]]
    assert names == ["Priya Raman", "Marcus Lee", "Elena Petrova"]
    assert all(d["verdict"] == "ready" for d in data["drafts"])
    sim = data["similarity"]
    assert sim["max_jaccard"] == 0.2 and "3-gram" in sim["measure"]
    assert len(sim["pairs"]) == 3 and not any(p["near_copy"] for p in sim["pairs"])
    bodies = {d["body"] for d in data["drafts"]}
    assert len(bodies) == 3


def test_to_picks_one_person(cli) -> None:
    round_id = store()
    res = cli("draft", str(round_id), "--to", "marc", "--kind", "letter", "--json", "--no-save")
    (d,) = res.json()["drafts"]
    assert d["to"]["name"] == "Marcus Lee" and d["kind"] == "letter" and d["subject"] is None
    assert d["id"] is None
    assert "Dear Marcus Lee:" in d["body"]
    assert cli("draft", "list", str(round_id), "--json").json() == {"drafts": []}


@pytest.mark.parametrize(
    ("args", "code", "text"),
    [
        (["--to", "Nobody"], 3, "no one called 'Nobody'"),
        (["--to", "r"], 2, "several people"),
        (["--kind", "fax"], 2, "--kind"),
        (["--each", "--to", "Priya"], 2, "either --each or --to"),
        (["--today", "2026-13-01"], 2, "--today"),
    ],
)
def test_bad_options_get_one_line(cli, args, code, text) -> None:
    round_id = store()
    assert text in one_line_error(cli("draft", str(round_id), *args), code)


def test_unknown_round_missing_profile_and_missing_id(cli) -> None:
    assert "no interview round 42 " in one_line_error(cli("draft", "42"), 3)
    round_id = store(profile=False)
    assert "your name" in one_line_error(cli("draft", str(round_id)), 2)
    one_line_error(cli("draft", "write"), 2)
    one_line_error(cli("draft", "nine"), 3)  # no round "nine", as for "42"
    one_line_error(cli("draft", "show", "77"), 3)


def test_phone_and_video_json_extras(cli) -> None:
    round_id = store("harbor_store_inperson_phone")
    (call,) = cli("draft", str(round_id), "--today", "2026-03-11", "--json").json()["drafts"]
    assert call["kind"] == "phone" and call["to"]["name"] == "Tom Becker"
    assert 45 <= call["voicemail"]["words"] <= 50
    assert call["fallback"]["subject"] and call["verdict"] == "ready"
    (video,) = cli(
        "draft", str(round_id), "--kind", "video", "--today", "2026-03-11", "--json"
    ).json()["drafts"]
    assert 60 <= video["speaking_seconds"] <= 90
    assert any("quiet" in line for line in video["checklist"])
    (card,) = cli(
        "draft", str(round_id), "--kind", "card", "--today", "2026-03-11", "--json"
    ).json()["drafts"]
    assert card["mail_by"] == "2026-03-14"


def test_human_output_shows_the_note_and_its_verdict(cli) -> None:
    round_id = store("harbor_store_inperson_phone")
    res = cli("draft", str(round_id), "--kind", "card", "--today", "2026-03-11")
    assert res.code == 0, res.err
    assert "card to Tom Becker" in res.out and "ready" in res.out
    assert "Post the card by Sat 14 Mar 2026." in res.out
    assert "Saved as draft #1" in res.out
    listing = cli("draft", "list", str(round_id))
    assert "card" in listing.out and "ready" in listing.out


def test_show_list_and_edit_with_a_file(cli, tmp_path) -> None:
    round_id = store()
    (d,) = cli("draft", str(round_id), "--today", TODAY, "--json").json()["drafts"]
    shown = cli("draft", "show", str(d["id"]), "--today", TODAY, "--json").json()
    assert shown["body"] == d["body"] and shown["verdict"] == "ready"
    edited = tmp_path / "edited.txt"
    edited.write_text(
        "Subject: Checking in\n\nDear Dana,\n\nI haven't heard anything yet and I really need "
        "this job. Please let me know by Friday.\n\nBest regards,\nJordan Blake\n"
    )
    res = cli("draft", "edit", str(d["id"]), "--body-file", str(edited), "--json")
    assert res.code == 0, res.err
    after = res.json()
    assert after["subject"] == "Checking in" and after["verdict"] == "revise"
    codes = {i["code"] for i in after["check"]["issues"]}
    assert {"desperation", "pushy"} <= codes
    listed = cli("draft", "list", str(round_id), "--json").json()["drafts"]
    assert [x["verdict"] for x in listed] == ["revise"]
    assert listed[0]["body"].startswith("Dear Dana,\n\nI haven't heard")


def test_edit_in_the_users_editor(cli, monkeypatch) -> None:
    round_id = store()
    (d,) = cli("draft", str(round_id), "--today", TODAY, "--json").json()["drafts"]
    # A real program edits the file, as the user's editor would.
    script = (
        "import sys, pathlib; p = pathlib.Path(sys.argv[1]); "
        "p.write_text(p.read_text().replace('Dear Dana,', 'Hello Dana,'))"
    )
    monkeypatch.setenv("EDITOR", f'"{sys.executable}" -c "{script}"')
    res = cli("draft", "edit", str(d["id"]), "--today", TODAY, "--json")
    assert res.code == 0, res.err
    assert res.json()["body"].startswith("Hello Dana,")
    assert res.json()["subject"] == d["subject"]
    # Quitting without saving changes nothing.
    monkeypatch.setenv("EDITOR", "true")
    res = cli("draft", "edit", str(d["id"]), "--today", TODAY, "--json")
    assert res.json()["body"].startswith("Hello Dana,")


def test_edit_without_an_editor_says_what_to_do(cli, monkeypatch) -> None:
    round_id = store()
    (d,) = cli("draft", str(round_id), "--today", TODAY, "--json").json()["drafts"]
    monkeypatch.delenv("EDITOR", raising=False)
    monkeypatch.delenv("VISUAL", raising=False)
    assert "--body-file" in one_line_error(cli("draft", "edit", str(d["id"])), 2)


def test_templates_report(cli, followup_home) -> None:
    data = cli("draft", "--templates", "--json").json()
    assert data["user"] == str(followup_home / "templates")
    names = {t["name"] for t in data["templates"]}
    assert {"email.j2", "letter.j2", "card.j2", "phone.j2", "video.j2"} <= names
    assert all(Path(t["path"]).is_file() for t in data["templates"])
    human = cli("draft", "--templates")
    assert "Your templates:" in human.out and "f.topic" in human.out


def test_hostile_template_through_the_installed_command(run_followup, followup_home) -> None:
    round_id = store()
    mine = followup_home / "templates"
    mine.mkdir()
    # the round's draft is a thank-you email in its window and a check-in after it (the round
    # was interviewed on a fixed day): each kind's template is the hostile one
    for name in ("email.j2", "check-in.j2"):
        (mine / name).write_text("{{ cycler.__init__.__globals__.os.system('id') }}\n")
    res = run_followup("draft", str(round_id), "--json", env={**os.environ})
    assert "template" in one_line_error(res, 2)
    assert res.out == ""
    assert records.list_drafts(load_settings(), round_id) == []  # nothing half-written


def test_before_the_interview_nothing_is_written_without_force(cli) -> None:
    round_id = store()  # interviewed 2026-11-19
    res = cli("draft", str(round_id), "--today", "2026-11-18")
    line = one_line_error(res, 1)
    assert "after today" in line and "--force" in line
    assert json.loads(cli("draft", "list", str(round_id), "--json").out)["drafts"] == []
    forced = cli("draft", str(round_id), "--today", "2026-11-18", "--force", "--json")
    assert forced.code == 0, forced.err
    assert any("before the interview" in w for w in json.loads(forced.out)["drafts"][0]["warnings"])


def test_each_draft_says_whom_it_is_for(cli) -> None:
    round_id = store()
    res = cli("draft", str(round_id), "--today", TODAY)
    assert res.code == 0, res.err
    assert "For: the plan's follow-up, to Dana Reyes, who arranged the interview" in res.out
    res = cli("draft", str(round_id), "--each", "--today", TODAY, "--json")
    drafts = json.loads(res.out)["drafts"]
    assert all(d["for"].startswith("a personal note to") for d in drafts)


def test_check_in_kind_through_the_command(cli) -> None:
    round_id = store()
    res = cli("draft", str(round_id), "--kind", "check-in", "--today", "2026-12-10", "--json")
    assert res.code == 0, res.err
    (d,) = json.loads(res.out)["drafts"]
    assert d["kind"] == "check-in" and d["verdict"] == "ready", d


def test_unsure_topics_are_asked_in_a_terminal(run_followup) -> None:
    import pexpect

    add = run_followup(
        "add", "--company", "Cascade Valley Medical Center", "--role", "ICU nurse",
        "--interviewed", "2026-11-17", "--format", "video", "--channel", "email",
        "--coordinator", "Linda Park <lpark@cvmc.example>",
        "--topic", "ward budget = staffing + overtime", "--topic", "the new sepsis bundle",
        "--json",
    )  # fmt: skip
    assert add.code == 0, add.err
    round_id = str(json.loads(add.out)["id"])
    assert run_followup("profile", "--name", "Jess Romero", "--qualification", "CCRN").code == 0
    child = pexpect.spawn(
        str(Path(sys.executable).parent / "followup"),
        ["draft", round_id, "--today", "2026-11-20"],
        env=dict(os.environ), encoding="utf-8", timeout=60, dimensions=(40, 160),
    )  # fmt: skip
    child.expect_exact("You noted: ward budget = staffing + overtime")
    # what the notes say of it (session 39: the part that reads right, never the jot read out)
    child.expect_exact(
        "followup would write: I especially enjoyed our conversation about the ward budget."
    )
    child.expect_exact("As you would say it to them")
    child.sendline("how the ward budget splits between staffing and overtime")
    child.expect_exact("Stored your words for 1 topic(s).")
    child.expect_exact("One line of your own for Linda Park")  # Enter skips it
    child.sendline("")
    child.expect_exact("For: the plan's follow-up, to Linda Park")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    shown = json.loads(run_followup("show", round_id, "--json").out)
    # stored as the kind it was read as and the user's words in quotes: said as typed
    (worded,) = [t for t in shown["topics"] if "ward budget" in t]
    assert worded.endswith(': "how the ward budget splits between staffing and overtime"')
    assert "the new sepsis bundle" in shown["topics"]
    drafted = json.loads(run_followup("draft", round_id, "--today", "2026-11-20", "--json").out)
    assert (
        "how the ward budget splits between staffing and overtime" in drafted["drafts"][0]["body"]
    )


def _answer_for_a_qualification(
    run_followup, add_args: list[str], name: str, line: str, expected: list[str], answer: str
) -> str:
    """Record a round and a qualification no note can say, draft in a terminal, see each of
    `expected` on screen in order, answer; returns the body drafted afterwards."""
    import pexpect

    add = run_followup("add", *add_args, "--json")
    assert add.code == 0, add.err
    round_id = str(json.loads(add.out)["id"])
    assert run_followup("profile", "--name", name).code == 0
    edit = run_followup("edit", round_id, "--qualification", line)
    assert edit.code == 0, edit.err
    child = pexpect.spawn(
        str(Path(sys.executable).parent / "followup"),
        ["draft", round_id, "--today", "2026-11-19"],
        env=dict(os.environ), encoding="utf-8", timeout=60, dimensions=(40, 160),
    )  # fmt: skip
    child.expect_exact(f"Your qualification: {line}")
    for text in expected:
        child.expect_exact(text)
    child.sendline(answer)
    child.expect_exact("Stored your words for 1 qualification(s).")
    child.expect_exact("One line of your own for")  # Enter skips it
    child.sendline("")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    shown = json.loads(run_followup("draft", round_id, "--today", "2026-11-19", "--json").out)
    return shown["drafts"][0]["body"]


def test_a_qualification_no_note_can_say_is_asked_for_as_a_sentence(run_followup) -> None:
    body = _answer_for_a_qualification(
        run_followup,
        [
            "--company", "Fenwick Rowe LLP", "--role", "private client solicitor",
            "--interviewed", "2026-11-17", "--format", "video", "--channel", "email",
            "--country", "GB", "--tz", "Europe/London",
            "--coordinator", "Claire Hobbs <chobbs@fenwickrowe.example>",
            "--topic", "their push into trusts for farming families",
        ],
        "Olivia Grant",
        "8 yrs probate / trusts",
        ["starting with 'I'"],
        "I have spent eight years on probate and trusts work",
    )  # fmt: skip
    # session 45 (changed by design): years of work are said inside the close as what the
    # candidate has ('… bring my eight years on probate and trusts work to Fenwick Rowe'), in
    # the words of the answer
    assert (
        "I have spent eight years on probate and trusts work" in body
        or "my eight years on probate and trusts work" in body
    ), body


def test_a_cv_fragment_is_asked_for_with_its_reason_and_sentence(run_followup) -> None:
    """'BSBA management' never becomes 'I am a BSBA management': the terminal says why (the
    slot grammar's reason), shows the sentence it would land in and asks for it as the user
    would say it; the answer is said as given."""
    body = _answer_for_a_qualification(
        run_followup,
        [
            "--company", "Pennant Foods", "--role", "brand manager",
            "--interviewed", "2026-11-17", "--format", "video", "--channel", "email",
            "--coordinator", "Alexis Grant <agrant@pennantfoods.example>",
            "--topic", "relaunching the granola line",
        ],
        "Dev Patel",
        "BSBA management",
        [
            "'management' is not a person",
            "It would go in a sentence like: For my part, I …",
            "As you would say it to them, starting with 'I'",
        ],
        "I hold a BSBA in management from Ohio State",
    )  # fmt: skip
    assert "I hold a BSBA in management from Ohio State" in body, body
    assert "I am a BSBA" not in body


def test_add_topic_asks_for_the_words_of_a_jotted_topic_in_a_terminal() -> None:
    import pexpect

    child = pexpect.spawn(
        str(Path(sys.executable).parent / "followup"),
        [
            "add", "--company", "Ashfield Academy", "--role", "maths teacher",
            "--interviewed", "2026-11-12", "--format", "in-person", "--channel", "email",
            "--country", "GB", "--tz", "Europe/London",
            "--interviewer", "Priya Shah <p.shah@ashfield.example>",
            "--topic", "ran yr 10 mock exams - revision plan",
        ],
        env=dict(os.environ), encoding="utf-8", timeout=60, dimensions=(40, 160),
    )  # fmt: skip
    child.expect_exact("You noted: ran yr 10 mock exams - revision plan")
    child.expect_exact("As you would say it to them")
    child.sendline("how your department runs the Year 10 mock exams and the revision plan")
    child.expect_exact("Stored your words for 1 topic(s).")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    settings = load_settings()
    (topic,) = records.get_interview(settings, 1).topics
    assert topic.endswith(
        ': "how your department runs the Year 10 mock exams and the revision plan"'
    )


def test_without_a_terminal_the_output_says_what_was_left_out_and_how_to_say_it(
    run_followup,
) -> None:
    add = run_followup(
        "add", "--company", "Mälarbuss AB", "--role", "Depot Operations Lead",
        "--interviewed", "2027-01-18", "--format", "in-person", "--country", "SE",
        "--interviewer", "Johan Berg <johan.berg@malarbuss.example.se>",
        "--topic", "johan: drivers often off sick",  # no thing named: nothing to salvage
        "--topic", "own car needed for early shifts",
        "--json",
    )  # fmt: skip
    assert add.code == 0, add.err
    round_id = str(json.loads(add.out)["id"])
    assert run_followup("profile", "--name", "Conor Walsh", "--qualification", "CPC").code == 0
    [note] = json.loads(
        run_followup("draft", round_id, "--today", "2027-01-20", "--no-save", "--json").out
    )["drafts"]
    assert "off sick" not in note["body"] and "own car" not in note["body"]
    assert {d["recorded"]: d["ask"] for d in note["doubts"] if d["left_out"]} == {
        "johan: drivers often off sick": True,
        "own car needed for early shifts": False,
    }
    res = run_followup("draft", round_id, "--today", "2027-01-20", "--no-save")
    assert res.code == 0, res.err
    flat = " ".join(res.out.split())
    # the condition is left out for good; the jotted topic can be said in the user's words
    assert "left out: 'own car needed for early shifts'" in flat
    assert "condition of the job" in flat
    assert f"followup edit {round_id} --reword 'johan: drivers often off sick'" in flat
    said = run_followup(
        "edit", round_id, "--reword", "johan: drivers", "the sick leave among your drivers"
    )
    assert said.code == 0, said.err
    shown = json.loads(run_followup("show", round_id, "--json").out)
    assert shown["topics"][0] == "johan: the sick leave among your drivers"  # still Johan's
    again = run_followup("draft", round_id, "--today", "2027-01-20", "--no-save")
    assert "the sick leave among your drivers" in " ".join(again.out.split())
    missing = run_followup("edit", round_id, "--reword", "no such topic", "words")
    assert missing.code != 0 and "--reword: no one topic or item reads" in missing.err
