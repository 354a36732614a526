"""The subject an interviewer turns to is a topic (issue 9 kind 12, s12): the whole object of
"What about …?", "Let me ask about …", "I want to talk about …" ([words] heading_cues) is a
topic even when it is one word said once, if it is a term the word tables do not know
("traceability", "biofouling"); an everyday word there ("the weather") and the candidate's
exercise ("your take-home") are not."""

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
        "Ruth Okonjo: Thanks for joining us this morning, it's good to meet you.\n"
        "Ruth Okonjo: We run three packhouses near the coast, and most of the fruit goes by sea.\n"
        "Dawit Bekele: That makes sense, I've seen the same in my current job.\n"
        f"Ruth Okonjo: {line}\n"
        "Dawit Bekele: I have, yes. At my last job we kept a register for it.\n"
    )
    words = debrief.DebriefWords.from_data(data)
    interview = Interview("Employer", "Candidate", date(2027, 3, 2), Format.VIDEO)
    return [
        p.text
        for p in debrief.propose(
            parse_transcript(text),
            [],
            interview,
            "Dawit Bekele",
            words,
            debrief.Limits(),
            lexicon=word_classes,
        )  # fmt: skip
        if p.kind == "topic"
    ]


@pytest.mark.parametrize(
    ("line", "topic"),
    [
        ("Let me ask about traceability, since every carton needs a code.", "traceability"),
        ("What about biofouling?", "biofouling"),
        ("I also want to talk about geofencing.", "geofencing"),
        ("Before we finish, can I ask you about upskilling?", "upskilling"),
    ],
)
def test_a_term_an_interviewer_turns_to_is_a_topic(line, topic, data) -> None:
    assert topic in _topics(line, data)


@pytest.mark.parametrize(
    ("line", "never"),
    [
        ("What about the weather?", "weather"),
        ("Can we talk about your take-home?", "take-home"),
        ("What about traceability of the cartons in the cold store overnight?", "traceability"),
    ],
)
def test_no_heading_topic_of_an_everyday_word_an_exercise_or_a_longer_clause(
    line, never, data
) -> None:
    assert never not in _topics(line, data)


def test_the_heading_cues_are_data(data) -> None:
    line = "Quick one on traceability, since every carton needs a code."
    assert "traceability" not in _topics(line, data)
    words = dict(data["words"])
    words["heading_cues"] = [*words["heading_cues"], "quick one on"]
    assert "traceability" in _topics(line, {**data, "words": words})
