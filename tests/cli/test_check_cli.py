"""`followup check` end to end: the SPEC §6 JSON lines, exit codes, errors, human view."""

from __future__ import annotations

import io
import json
import sys

import pytest

GOOD = """Dear Sarah,

Thank you for your time on Tuesday. I enjoyed hearing how the team is moving its quarterly
reporting onto dbt. In my current role I rebuilt our revenue reporting in SQL. I remain very
interested in the Data Analyst position and would be excited to work with the team at Initech.
I would be glad to discuss next steps.

Best regards,
Maria
"""
BAD = GOOD.replace("I would be glad to discuss next steps.", "I really need this job!!!")
FACTS = ("--company", "Initech", "--role", "Data Analyst", "--person", "Sarah Kim")


@pytest.fixture
def notes(tmp_path):
    good, bad = tmp_path / "good.txt", tmp_path / "bad.txt"
    good.write_text(GOOD, encoding="utf-8")
    bad.write_text(BAD, encoding="utf-8")
    return good, bad


def test_json_lines_have_the_spec_shape(cli, notes) -> None:
    good, bad = notes
    result = cli("check", str(good), str(bad), *FACTS, "--json")
    assert result.code == 1, result.err
    first, second = result.json_lines()
    for line, path in ((first, good), (second, bad)):
        assert list(line)[:6] == ["file", "verdict", "score", "words", "elements", "issues"]
        assert line["file"] == str(path)
        assert set(line["elements"]) == {
            "thanks", "interest", "qualifications", "specifics", "enthusiasm", "next_steps"
        }  # fmt: skip
    assert first["verdict"] == "ready" and first["issues"] == []
    assert second["verdict"] == "revise"
    assert {i["code"] for i in second["issues"]} == {"desperation", "unprofessional"}
    for issue in second["issues"]:
        assert set(issue) >= {"code", "start", "end", "excerpt", "message", "suggestion"}
        assert BAD[issue["start"] : issue["end"]] == issue["excerpt"]
    assert second["elements"]["next_steps"] is False
    assert result.err == ""


def test_exit_code_zero_when_every_note_is_ready(cli, notes) -> None:
    assert cli("check", str(notes[0]), *FACTS, "--json").code == 0


def test_card_kind(cli, tmp_path) -> None:
    card = tmp_path / "card.txt"
    card.write_text(
        "Dear Claire,\n\nThank you for showing me how you laminate the croissant dough. "
        "I would love to join Sweet Rise.\n\nNadia\n",
        encoding="utf-8",
    )
    line = cli("check", str(card), "--kind", "card", "--json").json()
    assert line["verdict"] == "ready"
    assert list(line["elements"]) == ["thanks", "interest", "specifics"]


def test_name_mismatch_from_hand_given_facts(cli, notes) -> None:
    line = cli("check", str(notes[0]), "--person", "Sara Kim", "--json").json()
    assert [i["code"] for i in line["issues"]] == ["name_mismatch"]
    assert line["issues"][0]["excerpt"] == "Sarah"


def test_dash_reads_standard_input(cli, monkeypatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(BAD.encode())))
    line = cli("check", "-", "--json").json()
    assert line["file"] == "-"
    assert line["verdict"] == "revise"


def test_unreadable_files_get_one_line_each_and_the_rest_is_checked(cli, notes, tmp_path) -> None:
    binary = tmp_path / "photo.jpg"
    binary.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)))
    result = cli("check", str(tmp_path / "nope.txt"), str(binary), str(notes[0]), "--json")
    lines = result.json_lines()
    assert lines[0] == {
        "file": str(tmp_path / "nope.txt"),
        "error": f"{tmp_path / 'nope.txt'}: no such file",
    }
    assert "binary" in lines[1]["error"]
    assert lines[2]["verdict"] == "ready"
    errors = result.err.splitlines()
    assert len(errors) == 2 and all(e.startswith("followup: error: ") for e in errors)
    assert result.code == 3
    assert "Traceback" not in result.err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--kind", "fax"), "--kind"),
        (("--interview", "42"), "42"),
        (("--interview", "abc"), "--interview"),
    ],
)
def test_bad_options_are_one_line_errors(cli, notes, args, message) -> None:
    result = cli("check", str(notes[0]), *args)
    assert result.code in (2, 3)
    assert result.err.startswith("followup: error: ") and message in result.err
    assert len(result.err.splitlines()) == 1


def test_no_file_is_a_usage_error(cli) -> None:
    result = cli("check")
    assert result.code == 2 and result.err.startswith("followup: error: ")


def test_interview_id_takes_the_facts_from_a_stored_round(cli, notes) -> None:
    added = cli(
        "add", "--company", "Initech", "--role", "Data Analyst", "--interviewed", "2026-11-19",
        "--format", "video", "--coordinator", "Sara Kim", "--interviewer", "Tom Reed",
        "--topic", "dbt migration", "--json",
    )  # fmt: skip
    assert added.code == 0, added.err
    round_id = json.loads(added.out)["id"]
    line = cli("check", str(notes[0]), "--interview", str(round_id), "--json").json()
    assert [(i["code"], i["excerpt"]) for i in line["issues"]] == [("name_mismatch", "Sarah")]
    fixed = cli("check", str(notes[0]), "--interview", str(round_id), "--person", "Sarah Kim")
    assert fixed.code == 0


def test_human_view_highlights_in_place_and_ends_with_the_verdict(cli, notes) -> None:
    result = cli("check", str(notes[1]))
    assert result.code == 1
    out = result.out
    assert "I really need this job[1]" in out
    assert "[1] desperation:" in out and "[2] unprofessional:" in out
    assert "✗ next steps" in out
    verdict = out.rsplit("\nREVISE — ", 1)[1]  # the verdict ends the view (wrapped: indented)
    assert " ".join(verdict.split()).startswith(f"{notes[1]} (email): score")
    assert all(line.startswith("    ") for line in verdict.splitlines()[1:])


def test_human_view_of_a_ready_note(cli, notes) -> None:
    result = cli("check", str(notes[0]), *FACTS)
    assert result.code == 0
    assert "READY" in result.out


def test_help_documents_the_exit_codes(cli) -> None:
    out = cli("check", "--help").out
    assert "Exit status" in out and "--interview" in out and "--kind" in out


def test_installed_command_reads_stdin_without_traceback(run_followup) -> None:
    result = run_followup("check", "-", "--json", input=BAD)
    assert result.code == 1
    assert json.loads(result.out)["verdict"] == "revise"
    garbage = run_followup("check", "-", input="\x00\x01\x02 not text")
    assert garbage.code == 2 and "Traceback" not in garbage.err
