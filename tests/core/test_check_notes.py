"""The checker on hand-written notes in styles the corpus does not have (tests/fixtures/notes)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

NOTES = Path(__file__).resolve().parent.parent / "fixtures" / "notes"
RECORD = [
    "--company", "Acme", "--role", "Senior Designer", "--person", "Jane Doe",
    "--topic", "design system", "--topic", "accessibility audit",
]  # fmt: skip


def _check(cli: Callable[..., Any], name: str) -> dict[str, Any]:
    report: dict[str, Any] = cli("check", "--json", *RECORD, str(NOTES / name)).json()
    return report


@pytest.mark.parametrize(
    ("name", "code", "excerpt"),
    [
        (
            "self_doubt_mid_sentence.txt",
            "negativity",
            "I probably didn't explain my portfolio very well",
        ),
        ("wrong_name_mid_note.txt", "name_mismatch", "Karen"),
    ],
)
def test_subtle_problems_are_found(
    cli: Callable[..., Any], name: str, code: str, excerpt: str
) -> None:
    report = _check(cli, name)
    assert report["verdict"] == "revise"
    assert (code, excerpt) in [(i["code"], i["excerpt"]) for i in report["issues"]]


@pytest.mark.parametrize(
    "name",
    [
        "good_signature.txt",
        "good_ps.txt",
        "good_british.txt",
        "good_warm_long.txt",
        "good_names_in_context.txt",
        "good_non_native.txt",
    ],
)
def test_good_notes_in_other_styles_are_ready(cli: Callable[..., Any], name: str) -> None:
    report = _check(cli, name)
    assert report["verdict"] == "ready", report["issues"]


def test_a_name_is_only_questioned_when_the_record_names_people(cli: Callable[..., Any]) -> None:
    without_people = [a for a in RECORD if a not in ("--person", "Jane Doe")]
    note = str(NOTES / "wrong_name_mid_note.txt")
    report = cli("check", "--json", *without_people, note).json()
    assert "name_mismatch" not in [i["code"] for i in report["issues"]]
    report = cli("check", "--json", *RECORD, "--person", "Karen Holt", note).json()
    assert report["verdict"] == "ready", report["issues"]


@pytest.mark.parametrize(
    "sentence",
    [
        "It was great to meet Karen and the team.",
        "I enjoyed speaking with Karen about research.",
        "Karen's insight on research was helpful.",
        "As Karen mentioned, the audit starts soon.",
        "I also want to thank Karen for the tour.",
        # the cue word capitalised at the start of a sentence
        "Meeting Karen was a highlight.",
        "Speaking with Karen about research was a highlight.",
        "Thank Karen for the tour, please.",
    ],
)
def test_a_person_met_who_is_not_on_record_is_named(
    cli: Callable[..., Any], tmp_path: Path, sentence: str
) -> None:
    text = (NOTES / "good_names_in_context.txt").read_text(encoding="utf-8")
    note = tmp_path / "note.txt"
    note.write_text(text.replace("I am very interested", sentence + " I am very interested"))
    report = cli("check", "--json", *RECORD, str(note)).json()
    assert [(i["code"], i["excerpt"]) for i in report["issues"]] == [("name_mismatch", "Karen")]


def test_happy_to_work_with_counts_as_enthusiasm(cli: Callable[..., Any], tmp_path: Path) -> None:
    report = _check(cli, "good_non_native.txt")
    assert report["elements"]["enthusiasm"] is True
    text = (NOTES / "good_non_native.txt").read_text(encoding="utf-8")
    without = text.replace("I will be very happy to work with Acme and I", "I")
    assert without != text
    note = tmp_path / "note.txt"
    note.write_text(without, encoding="utf-8")
    report = cli("check", "--json", *RECORD, str(note)).json()
    assert report["elements"]["enthusiasm"] is False


def test_excusing_oneself_for_writing_is_advice(cli: Callable[..., Any]) -> None:
    report = _check(cli, "busy_excuse.txt")
    assert report["verdict"] == "ready", report["issues"]
    advice = [(a["code"], a["excerpt"]) for a in report["advice"]]
    assert ("apology", "I know you are busy") in advice
