"""The candidate's exercise (issue 9 kind 12, s11): a case study, a take-home task or a test
the interviewers set and talk about is a topic named as they name it, with what it was about
("the case study we sent you, the fleet sizing exercise" -> "the fleet sizing case study");
nothing is made of an exercise said of nothing ("your exercise") or of a future one ("a
take-home task")."""

from __future__ import annotations

import tomllib
from datetime import date
from importlib.resources import files

import pytest

from followup.core import debrief
from followup.core.models import Format, Interview
from followup.core.transcript import parse_transcript
from followup.services.debrief import word_classes


@pytest.fixture(scope="module")
def data() -> dict:
    return tomllib.loads(files("followup").joinpath("data", "debrief.toml").read_text("utf-8"))


def _topics(line: str, data: dict) -> list[str]:
    return [p.text for p in _proposals(line, data) if p.kind == "topic"]


def _exercises(line: str, data: dict) -> list[str]:
    """The topics proposed as the candidate's exercise."""
    return [p.text for p in _proposals(line, data) if p.why == debrief._EXERCISE_WHY]


def _proposals(line: str, data: dict) -> list[debrief.Proposal]:
    text = (
        "Ines Carvalho: Thanks for coming in today, it's good to see you.\n"
        f"Ines Carvalho: {line}\n"
        "Noor Haddad: Yes, I spent most of the weekend on it, to be honest.\n"
        "Ines Carvalho: We liked your reasoning a lot.\n"
    )
    words = debrief.DebriefWords.from_data(data)
    interview = Interview("Employer", "Candidate", date(2027, 5, 4), Format.VIDEO)
    proposals = debrief.propose(
        parse_transcript(text), [], interview, "Noor Haddad", words, debrief.Limits(),
        lexicon=word_classes,
    )  # fmt: skip
    return proposals


@pytest.mark.parametrize(
    ("line", "topic"),
    [
        (
            "Let's turn to the case study we sent you, the fleet sizing exercise.",
            "the fleet sizing case study",
        ),
        (
            "About the assignment you did for us, the pricing review for the spa.",
            "the pricing review assignment for the spa",
        ),
        (
            "So, the take-home task, the menu costing sheet.",
            "the menu costing sheet take-home task",
        ),
        (
            "Now the exercise we gave you, the ward staffing exercise, was very clear.",
            "the ward staffing exercise",
        ),
        (
            "The cash forecasting case study you sent over was very thorough.",
            "the cash forecasting case study",
        ),
        (
            "And the root cause analysis exercise you submitted was careful.",
            "the root cause analysis exercise",
        ),
        (
            "I'd like to go back to the task you prepared on cutting demurrage.",
            "the task on cutting demurrage",
        ),
    ],
)
def test_the_exercise_they_set_is_a_topic_named_as_they_name_it(line, topic, data) -> None:
    assert topic in _topics(line, data)


@pytest.mark.parametrize(
    "line",
    [
        "In your exercise you asked for the chamber logs first.",
        "Next step would be a take-home task, a short plan for the launch.",
        "We test every batch before it ships, the whole lot.",
    ],
)
def test_no_exercise_topic_without_what_it_was_about(line, data) -> None:
    assert not any(
        t.endswith(("exercise", "task", "test", "case study")) for t in _topics(line, data)
    )


@pytest.mark.parametrize(
    "line",
    [
        "Honestly the assessment we did on the old payroll system nearly broke us.",
        "The migration test we completed for the regulator took the whole summer.",
        "That pilot simulation we worked on with the fire service is still running.",
        "Our stress test we had on the settlement engine failed twice.",
    ],
)
def test_the_teams_own_work_is_no_exercise_of_the_candidates(line, data) -> None:
    """'we' with a verb of doing ('we did', 'we completed') names the team's own work; only
    'we' with a verb of giving to 'you' ('we sent you') names the candidate's exercise."""
    assert _exercises(line, data) == []
    topics = _topics(line, data)
    assert not any(" took " in t or " failed" in t or " running" in t for t in topics), topics


@pytest.mark.parametrize(
    "line",
    [
        "Frankly the task, the quarterly stock count, takes every weekend we have.",
        "Well, the test, the annual fire drill, went fine this year.",
        "For us the assessment, the yearly safety audit, is the big one.",
    ],
)
def test_a_generic_head_with_a_name_after_it_is_no_exercise(line, data) -> None:
    """'the task, the X' alone (no 'you did', no 'your') is the team's: a head as generic as
    task, test or assessment makes no exercise of the candidate's by itself."""
    assert _exercises(line, data) == []


@pytest.mark.parametrize(
    ("line", "topic"),
    [
        ("Your task, the depot rota redesign, was really sharp.", "the depot rota redesign task"),
        (
            "So, the work sample, the claims triage memo, read very well.",
            "the claims triage memo work sample",
        ),
        (
            "The case study you completed for the harbour board took months, right?",
            "the case study for the harbour board",
        ),
        (
            "The task we set you, the pallet flow plan, was strong.",
            "the pallet flow plan task",
        ),
    ],
)
def test_an_exercise_named_as_the_candidates_still_is_one(line, topic, data) -> None:
    assert topic in _topics(line, data)


def test_the_words_around_an_exercise_are_data(data) -> None:
    """What may follow "you did" and what opens what it was about are [words] lists: a word
    added there is read ("the task you prepared around cutting demurrage")."""
    line = "I'd like to go back to the task you prepared around cutting demurrage."
    assert "the task around cutting demurrage" not in _topics(line, data)
    words = dict(data["words"])
    words["exercise_prepositions"] = [*words["exercise_prepositions"], "around"]
    assert "the task around cutting demurrage" in _topics(line, {**data, "words": words})
