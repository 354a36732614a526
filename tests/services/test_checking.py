"""The check service: rule files (shipped and the user's), facts, reading note files."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

from followup.config import load_settings
from followup.core.check import Facts
from followup.core.check.words import vowel_groups
from followup.core.errors import ConfigError, InvalidInput, NotFound
from followup.core.models import Format, Interview, Person, PersonRole, Profile
from followup.services import checking
from followup.services import records as R

NOTE = """Dear Sarah,

Thank you for your time on Tuesday. I enjoyed hearing how the team is moving its quarterly
reporting onto dbt. In my current role I rebuilt our revenue reporting in SQL. I remain very
interested in the Data Analyst position and would be excited to work with the team at Initech.
I would be glad to discuss next steps.

Best regards,
Maria
"""


@pytest.fixture
def settings():
    return load_settings()


def write_rules(settings, text: str) -> Path:
    path = checking.user_rules_path(settings)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_user_rules_live_beside_the_config_file(settings, followup_home) -> None:
    assert checking.user_rules_path(settings) == followup_home / "check.toml"


def test_check_text_uses_the_shipped_rules(settings) -> None:
    result = checking.check_text(settings, NOTE, "email", Facts(company="Initech"))
    assert result.verdict == "ready", result.issues


def test_user_file_extends_the_phrase_lists_and_thresholds(settings) -> None:
    write_rules(
        settings,
        "[code.negativity]\nrules = ['''\\bspreadsheets? (?:are|is) (?:awful|painful)\\b''']\n"
        "[kinds.email]\nmax_words = 40\n",
    )
    text = NOTE.replace("onto dbt.", "onto dbt. Spreadsheets are awful.")
    codes = {f.code for f in checking.check_text(settings, text, "email").issues}
    assert codes == {"negativity", "length"}


def test_user_file_changes_are_picked_up(settings) -> None:
    assert checking.check_text(settings, NOTE, "email").verdict == "ready"
    write_rules(settings, "[code.desperation]\nrules = ['''\\bdbt\\b''']\n")
    assert checking.check_text(settings, NOTE, "email").verdict == "revise"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[code.pushy\n", "cannot read the check rules"),
        ("[code.pushy]\nrules = ['(']\n", r"code\.pushy\.rules\[\d+\]"),
        ("[settings]\nscore_issue = -3\n", "must not be negative"),
    ],
)
def test_a_broken_user_file_is_a_config_error_naming_it(settings, text, message) -> None:
    path = write_rules(settings, text)
    with pytest.raises(ConfigError, match=message) as caught:
        checking.check_text(settings, NOTE, "email")
    assert str(path) in str(caught.value) or "cannot read" in str(caught.value)


def test_unknown_kind_is_invalid_input(settings) -> None:
    with pytest.raises(InvalidInput, match="--kind"):
        checking.check_text(settings, NOTE, "fax")


def test_facts_for_a_round_and_profile() -> None:
    interview = Interview(
        "Initech", "Data Analyst", date(2026, 11, 19), Format.VIDEO,
        people=[Person("Sarah Kim", role=PersonRole.COORDINATOR), Person("Tom Reed")],
        topics=["dbt migration"], items=["the churn dashboard"],
    )  # fmt: skip
    facts = checking.facts_for(interview, Profile(name="Maria Lopez"))
    assert facts == Facts(
        "Initech", "Data Analyst", ("Sarah Kim", "Tom Reed"),
        ("dbt migration", "the churn dashboard"), "Maria Lopez",
    )  # fmt: skip


def test_facts_from_a_stored_round_with_hand_given_extras(settings) -> None:
    stored = R.add_interview(
        settings,
        Interview("Initech", "Data Analyst", date(2026, 11, 19), Format.VIDEO,
                  people=[Person("Sarah Kim", role=PersonRole.COORDINATOR)], topics=["dbt"]),
    )  # fmt: skip
    facts = checking.facts_from_options(
        settings, None, "Senior Data Analyst", ["Tom Reed"], [], stored.id
    )
    assert facts.company == "Initech"
    assert facts.role == "Senior Data Analyst"
    assert facts.people == ("Sarah Kim", "Tom Reed")
    assert facts.topics == ("dbt",)
    with pytest.raises(NotFound):
        checking.facts_from_options(settings, interview_id=9999)


@pytest.mark.parametrize(
    ("data", "text"),
    [
        (b"Thank you.", "Thank you."),
        ("\ufeffThank you.".encode(), "Thank you."),
        ("I’m glad.\r\nBest,".encode(), "I’m glad.\nBest,"),
        ("I’m glad.".encode("utf-16"), "I’m glad."),
        ("I’m glad.".encode("cp1252"), "I’m glad."),
    ],
)
def test_notes_are_decoded(data, text) -> None:
    assert checking.decode_note(data, "n.txt") == text


@pytest.mark.parametrize(
    "data", [b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", bytes(range(256)) * 4, b"\x01\x02\x03" * 100]
)
def test_binary_data_is_refused(data) -> None:
    with pytest.raises(InvalidInput, match="binary|not UTF-8"):
        checking.decode_note(data, "x.bin")


def test_check_files_reports_each_file(settings, tmp_path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(NOTE, encoding="utf-8")
    huge = tmp_path / "huge.txt"
    huge.write_text("word " * 100_000, encoding="utf-8")
    outcomes = checking.check_files(
        settings, [str(good), str(tmp_path / "missing.txt"), str(huge), str(tmp_path)],
        "email", Facts(), stdin=lambda: b"",
    )  # fmt: skip
    assert outcomes[0].result is not None and outcomes[0].result.ready
    assert isinstance(outcomes[1].error, NotFound)
    assert "too large" in str(outcomes[2].error)
    assert "folder" in str(outcomes[3].error)
    assert checking.exit_code(outcomes) == 3
    assert checking.exit_code(outcomes[:1]) == 0


def test_standard_input_is_read_once_per_dash(settings) -> None:
    outcomes = checking.check_files(settings, ["-"], "email", stdin=lambda: NOTE.encode())
    assert outcomes[0].file == "-" and outcomes[0].result is not None
    assert checking.exit_code(outcomes) == 0


def test_a_fifo_or_device_is_refused_without_reading(settings, tmp_path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    outcomes = checking.check_files(settings, [str(fifo), "/dev/zero"], "email")
    assert all("not a regular file" in str(o.error) for o in outcomes)
    assert checking.exit_code(outcomes) == 2


HARBOR_NOTE = """Dear Rachel,

Thank you for taking the time to meet with me on Tuesday. I enjoyed hearing how your team built
the route optimisation dashboard. I have five years of experience with SQL, and I think I would
be a great fit for Harbor Analytics. I remain very interested in the Data Analyst position and
would be excited to work with your team. Please let me know about next steps.

Best regards,
Daniel
"""


def test_a_company_of_another_stored_application_is_named_with_its_round(settings) -> None:
    harbor = R.add_interview(
        settings,
        Interview("Harbor Analytics", "BI Developer", date(2026, 11, 10), Format.VIDEO,
                  people=[Person("Grace Hall")]),
    )  # fmt: skip
    summit = R.add_interview(
        settings,
        Interview("Summit Logistics", "Data Analyst", date(2026, 11, 17), Format.VIDEO,
                  people=[Person("Rachel Moore")], topics=["route optimisation dashboard"]),
    )  # fmt: skip
    facts = checking.facts_from_options(settings, interview_id=summit.id)
    assert ("Harbor Analytics", f"the company of your round {harbor.id}") in facts.other_names
    result = checking.check_text(settings, HARBOR_NOTE, "email", facts)
    assert result.verdict == "revise"
    [finding] = [f for f in result.issues if f.code == "name_mismatch"]
    assert finding.excerpt == "Harbor Analytics"
    assert HARBOR_NOTE[finding.start : finding.end] == "Harbor Analytics"
    assert f"the company of your round {harbor.id}" in finding.message
    # the same note for the Harbor round itself names the right company
    own = checking.facts_from_options(settings, interview_id=harbor.id)
    assert not [f for f in checking.check_text(settings, HARBOR_NOTE, "email", own).issues
                if f.excerpt == "Harbor Analytics"]  # fmt: skip


def test_the_shipped_sentiment_triggers_are_vaders_strongly_negative_words() -> None:
    scorer = checking.VaderSentiment()
    lexicon = checking.VaderSentiment.lexicon()
    assert scorer.triggers == {w for w, v in lexicon.items() if v <= checking.TRIGGER_VALENCE}
    assert scorer("The interview was a horrible waste of time.") < -0.5
    assert scorer("Thank you for a lovely afternoon.") == 0.0


def _grade_whole_text(text: str) -> float:
    """The Flesch-Kincaid grade counted over the whole text at once (the plain definition)."""
    import re

    lowered = text.lower()
    words = re.findall(r"[a-z]+(?:'[a-z]+)?", lowered)
    if not words:
        return 0.0
    sentences = max(1, len(re.findall(r"[.!?]+(?=\s|$)", text)))
    total = sum(vowel_groups(w) for w in words)
    total += len(re.findall(r"\b[b-df-hj-np-tv-xz]+\b", lowered))
    return 0.39 * len(words) / sentences + 11.8 * total / len(words) - 15.59


def test_readability_counted_piece_by_piece_is_the_whole_text_grade() -> None:
    """The grade is counted a piece between spaces at a time (each piece once per process):
    the same float as counting the whole text, on notes and on odd texts."""
    root = Path(__file__).resolve().parents[1]
    texts = [p.read_text(encoding="utf-8") for p in sorted(root.glob("check_dev*/**/*.txt"))]
    texts += [
        "",
        "   \n\t ",
        "...!!! ???",
        "Rhythm? Myth.\u2003Nth degree!!\u00a0Wow.) Really?!\nDone",
        "I\u0130stanbul ca\u00f1on \u00e9t\u00e9. Don't, won't; shan't... e.g. U.S.A. 3rd 1st",
        "xyz_abc b-c-d k8s gym TV's hmm. brr!",
    ]
    assert len(texts) > 100
    grade = checking.readability_scorer()
    assert grade is not None
    for text in texts:
        assert grade(text) == _grade_whole_text(text), text[:60]
        assert grade(text) == _grade_whole_text(text), text[:60]  # remembered pieces
