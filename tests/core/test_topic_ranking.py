"""Which noun phrases a debrief proposes first (issue kind 12): what an interviewer asks about
without a question mark ("Tell us about lockout procedures on a mine.") counts as asked; a
part of an organisation ("the asset performance team") and what a speaker says they look
after come after every other phrase; ordinals and people's jobs are never topics (the
tagger's readings of clauses are in test_topic_phrases)."""

from __future__ import annotations

import tomllib
from datetime import date
from importlib.resources import files

import pytest

from followup.core import debrief
from followup.core.models import Format, Interview
from followup.core.transcript import parse_transcript, with_candidate
from followup.services.debrief import word_classes


@pytest.fixture(scope="module")
def data() -> dict:
    return tomllib.loads(files("followup").joinpath("data", "debrief.toml").read_text("utf-8"))


@pytest.fixture(scope="module")
def words(data: dict) -> debrief.DebriefWords:
    return debrief.DebriefWords.from_data(data)


def topics_of(text: str, candidate: str, data: dict, most: int = 8) -> list[str]:
    parsed = parse_transcript(text)
    words = debrief.DebriefWords.from_data(data)
    label = debrief.candidate_speaker(parsed, candidate, words.candidate_phrases)
    parsed = with_candidate(parsed, label, candidate)
    interview = Interview("Employer", "Candidate", date(2027, 6, 1), Format.VIDEO)
    limits = debrief.Limits(max_topics=most)
    found = debrief.propose(parsed, [], interview, candidate, words, limits, None, word_classes)
    return [p.text.lower() for p in found if p.kind == "topic"]


@pytest.mark.parametrize(
    ("sentence", "asked"),
    [
        ("Tell us about lockout procedures on a mine.", True),
        ("So, walk me through the last audit you ran.", True),
        ("Safety is everything here, and talk me through your permit process.", True),
        ("Describe the handover you'd want from the night shift.", True),
        ("What about load shedding?", True),
        ("We'll tell you about the rota later.", False),
        ("I described the process to the auditors.", False),
        ("The rota is set by the manager.", False),
    ],
)
def test_a_prompt_without_a_question_mark_asks(
    words: debrief.DebriefWords, sentence: str, asked: bool
) -> None:
    assert debrief.asks(sentence, words) is asked


@pytest.mark.parametrize(
    ("second", "first_topic"),
    [
        ("Tell us about lockout procedures on a mine.", "lockout procedures"),
        ("What about lockout procedures on a mine?", "lockout procedures"),
        ("Lockout procedures on a mine are strict.", "the ventilation fans"),  # said, not asked
    ],
)
def test_a_phrase_asked_about_in_a_prompt_ranks_as_one_asked_with_a_question_mark(
    data: dict, second: str, first_topic: str
) -> None:
    text = (
        "Naledi Mokoena: The ventilation fans were serviced on Monday.\n"
        f"Naledi Mokoena: {second}\n"
        "Sipho Dlamini: Every isolation follows the written procedure before anyone touches "
        "anything.\n"
    )
    assert topics_of(text, "Sipho Dlamini", data, most=1) == [first_topic]


def test_a_part_of_the_organisation_comes_after_every_other_phrase(data) -> None:
    text = (
        "Elena Garza: I sit in the asset performance team, and the asset performance team "
        "owns the monthly reliability review.\n"
        "Elena Garza: The gearbox failure prediction model is what we want you on.\n"
        "Elena Garza: And the spares strategy for main bearings needs an owner.\n"
    )
    found = topics_of(text, "Adaeze Nwachukwu", data, most=3)
    assert not any("team" in t for t in found), found
    assert any("gearbox failure prediction" in t for t in found), found
    everything = topics_of(text, "Adaeze Nwachukwu", data, most=8)
    assert any("asset performance team" in t for t in everything)  # when there is room


def test_ordinals_and_peoples_jobs_are_no_topics(data) -> None:
    text = (
        "Jorge Castano: We're testing temperature loggers in every tenth box this season.\n"
        "Jorge Castano: Weekly retrieval quizzes on seventh-grade content help too.\n"
        "Jorge Castano: I've been a case worker and a senior physio, so the phytosanitary "
        "inspections matter to me.\n"
    )
    found = topics_of(text, "Andres Molina", data)
    assert any("temperature loggers" in t for t in found), found
    for bad in ("tenth", "seventh", "case worker", "physio"):
        assert not any(bad in t for t in found), (bad, found)


def test_a_complement_that_points_back_is_left_out(data) -> None:
    text = (
        "Megan Liu: The recurring issue is RF generator faults on those chambers.\n"
        "Megan Liu: They come back after a repair, on the older chambers too.\n"
    )
    found = topics_of(text, "Emily Park", data)
    assert "rf generator faults" in found, found
    assert not any("those" in t for t in found), found


def test_a_job_before_of_is_a_person_and_a_remit_said_of_someone_comes_last(data) -> None:
    text = (
        "Valentina Rios: I report to our VP of marketing, and Jorge runs our post-harvest "
        "operation.\n"
        "Valentina Rios: The problem we keep having is temperature breaks at the cargo "
        "terminal.\n"
        "Valentina Rios: And phytosanitary inspections held two shipments last year.\n"
    )
    found = topics_of(text, "Andres Molina", data, most=2)
    assert not any("vp" in t or "post-harvest" in t for t in found), found
    assert any("temperature breaks" in t for t in found), found
    assert not any("vp of marketing" in t for t in topics_of(text, "Andres Molina", data))
