"""Review finding 2 (review-facts-check, s10): a no-object verb in -ing with a particle and an
object keeps its detail ("working on a new rostering system"); with nothing, a time, a pronoun
or "to" and a verb after the particle it gives none. The review's sentences and new wording."""

from __future__ import annotations

import tomllib
from importlib.resources import files

import pytest

from followup.core import debrief


@pytest.fixture(scope="module")
def words() -> debrief.DebriefWords:
    data = tomllib.loads(files("followup").joinpath("data", "debrief.toml").read_text("utf-8"))
    return debrief.DebriefWords.from_data(data)


def _detail(sentence: str, words: debrief.DebriefWords) -> str | None:
    return debrief.condense(sentence, words, debrief.Limits())


# Finding 2: "-ing + particle + object" is a detail
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("We're working on a new rostering system for the wards.", "working on a new rostering"),
        ("We are moving over to Xero for the payroll side.", "moving over to Xero"),
        ("We are changing over to a four-day rota.", "changing over to a four-day rota"),
        ("We are starting up a graduate scheme.", "starting up a graduate scheme"),
        # new wording
        ("The clinic is switching over to paperless referrals next year.", "switching over to"),
        ("We're growing out the field sales team across the north.", "growing out the field"),
        ("Right now we are working through a backlog of warranty claims.", "working through a"),
        ("The depot is moving over to electric vans for the city routes.", "moving over to"),
    ],
)
def test_a_particle_with_an_object_keeps_the_detail(words, sentence, expected) -> None:
    detail = _detail(sentence, words)
    assert detail is not None and detail.startswith(expected), detail


@pytest.mark.parametrize(
    "sentence",
    [
        "The auditors are coming back, in person, before the end of the month.",
        "Our regional manager is sitting in to take notes today.",
        # new wording: a particle and then nothing, a time or a pronoun
        "The new starters are coming in next week.",
        "Our finance lead is sitting in, if that's alright.",
        "The whole team is working on it.",
    ],
)
def test_a_particle_without_an_object_gives_no_detail(words, sentence) -> None:
    detail = _detail(sentence, words)
    assert detail is None or not detail.startswith(("coming", "sitting", "working")), detail
