"""Each topic proposed carries its kind where the words say it (issue 9 kind 12, s14), as the
drafts read kinds ("challenge: nurse turnover"): the candidate's exercise is an "exercise";
what an interviewer calls a headache, a challenge or a bottleneck is a "challenge"; what they
are migrating to, rolling out or piloting is a "plan" ([words] challenge_cues, plan_cues, said
before the phrase); a topic said with neither has no kind."""

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
def words() -> debrief.DebriefWords:
    data = tomllib.loads(files("followup").joinpath("data", "debrief.toml").read_text("utf-8"))
    return debrief.DebriefWords.from_data(data)


def _kinds(line: str, words: debrief.DebriefWords) -> dict[str, str | None]:
    text = (
        "Mareike Vogel: Thanks for dialling in from Leipzig.\n"
        "Dong-hyun Park: Thank you, happy to be here.\n"
        f"Mareike Vogel: {line}\n"
        "Dong-hyun Park: I have dealt with that in my last role.\n"
    )
    interview = Interview("Employer", "Candidate", date(2027, 6, 1), Format.VIDEO)
    proposals = debrief.propose(
        parse_transcript(text), [], interview, "Dong-hyun Park", words, debrief.Limits(),
        lexicon=word_classes,
    )  # fmt: skip
    return {p.text.lower(): p.topic_kind for p in proposals if p.kind == "topic"}


def _kind_of(found: dict[str, str | None], phrase: str) -> str | None:
    kinds = [k for text, k in found.items() if phrase in text]
    assert kinds, found
    return kinds[0]


@pytest.mark.parametrize(
    ("line", "phrase", "kind"),
    [
        ("Our biggest headache right now is late pallet returns.", "pallet returns", "challenge"),
        ("The real bottleneck is customs clearance at the border.", "customs clearance",
         "challenge"),
        ("One of our challenges is staff turnover in the cold store.", "staff turnover",
         "challenge"),
        ("We're migrating the depots to a new routing system this year.", "routing system",
         "plan"),
        ("Next spring we're rolling out handheld scanners to every driver.", "handheld scanners",
         "plan"),
        ("We're piloting electric vans on the city routes.", "electric vans", "plan"),
        ("And the case study you did for us, the depot layout, was strong.", "depot layout",
         "exercise"),
    ],
)  # fmt: skip
def test_a_topic_carries_the_kind_its_sentence_says(line, phrase, kind, words) -> None:
    assert _kind_of(_kinds(line, words), phrase) == kind


@pytest.mark.parametrize(
    ("line", "phrase"),
    [
        ("We run the warehouse management system across four depots.", "warehouse management"),
        ("Customs clearance is the bottleneck for us, honestly.", "customs clearance"),
        ("The electric vans arrive in March.", "electric vans"),
    ],
)
def test_a_topic_with_no_such_words_before_it_has_no_kind(line, phrase, words) -> None:
    assert _kind_of(_kinds(line, words), phrase) is None


@pytest.mark.parametrize(
    ("line", "phrase"),
    [
        ("We're migrating the trial data warehouse, and the lab builds validation checks for "
         "every study.", "validation checks"),
        ("We're replacing the loan system this spring, and the analyst would own the onboarding "
         "flow for members.", "onboarding flow"),
        ("Our biggest headache is late pallet returns; the other thing is the canteen menu.",
         "canteen menu"),
    ],
)  # fmt: skip
def test_a_cue_in_another_clause_gives_no_kind(line, phrase, words) -> None:
    assert _kind_of(_kinds(line, words), phrase) is None
