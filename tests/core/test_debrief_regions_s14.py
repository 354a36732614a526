"""A region of the world is a place, never a topic's word (issue 9 kind 12, s14): "the Middle
East order", "our Southeast Asia distributors", "the Scandinavia launch" are no topics, as "the
Cape Town office" is none (data/places.toml [regions])."""

from __future__ import annotations

import tomllib
from datetime import date
from importlib.resources import files

import pytest

from followup.core import debrief
from followup.core.models import Format, Interview
from followup.core.places import region_names
from followup.core.transcript import parse_transcript
from followup.services.debrief import place_lookup, word_classes


@pytest.fixture(scope="module")
def words() -> debrief.DebriefWords:
    data = tomllib.loads(files("followup").joinpath("data", "debrief.toml").read_text("utf-8"))
    return debrief.DebriefWords.from_data(data)


def _topics(line: str, words: debrief.DebriefWords) -> list[str]:
    text = (
        "Bongani Dube: Thanks for coming through to the packhouse.\n"
        "Ana Folau: Thank you for having me.\n"
        f"Bongani Dube: {line}\n"
        "Ana Folau: That makes sense, I handled export paperwork before.\n"
        f"Bongani Dube: {line}\n"
    )
    interview = Interview("Employer", "Candidate", date(2027, 2, 2), Format.VIDEO)
    parsed = parse_transcript(text)
    proposals = debrief.propose(
        parsed, [], interview, "Ana Folau", words, debrief.Limits(), lexicon=word_classes,
        places=place_lookup(text),
    )  # fmt: skip
    return [p.text for p in proposals if p.kind == "topic"]


@pytest.mark.parametrize(
    ("line", "region"),
    [
        ("Right now the big job is the Middle East order for the spring.", "Middle East"),
        ("We also supply our Southeast Asia distributors with chilled stock.", "Southeast Asia"),
        ("Next year we plan the Scandinavia launch with a new partner.", "Scandinavia"),
        ("Most of the volume goes to our West Africa customers by sea.", "West Africa"),
    ],
)
def test_a_region_is_no_topic_word(line: str, region: str, words) -> None:
    found = _topics(line, words)
    assert not any(region in t for t in found), found


def test_the_regions_are_read_from_the_data() -> None:
    assert {"Middle East", "Scandinavia", "Latin America"} <= region_names()
