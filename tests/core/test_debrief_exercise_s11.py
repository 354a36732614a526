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
    return [p.text for p in proposals if p.kind == "topic"]


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
