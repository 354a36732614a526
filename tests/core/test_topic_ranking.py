"""Which noun phrases a debrief proposes first (issue kind 12): what an interviewer asks about
without a question mark ("Tell us about lockout procedures on a mine.") counts as asked; a
part of an organisation ("the asset performance team") and what a speaker says they look
after come after every other phrase; ordinals and people's jobs are never topics; and the
tagger reads a participle before "by", a verb closing a "how much" clause and two things
joined by "and" as the speaker meant them."""

from __future__ import annotations

import tomllib
from datetime import date
from importlib.resources import files

import pytest

from followup.core import debrief
from followup.core.models import Format, Interview
from followup.core.noun_phrases import Grammar, phrases, tag
from followup.core.transcript import parse_transcript, with_candidate
from followup.services.debrief import word_classes


@pytest.fixture(scope="module")
def data() -> dict:
    return tomllib.loads(files("followup").joinpath("data", "debrief.toml").read_text("utf-8"))


@pytest.fixture(scope="module")
def words(data: dict) -> debrief.DebriefWords:
    return debrief.DebriefWords.from_data(data)


def nps(sentence: str, data: dict) -> list[str]:
    grammar = Grammar.from_mapping(data["grammar"])
    numbers = frozenset(data["words"]["number_words"])
    tokens = tag(sentence, grammar, word_classes, frozenset(), numbers)
    return [p.key for p in phrases(tokens, grammar)]


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


@pytest.mark.parametrize(
    ("sentence", "expected", "never"),
    [
        (  # a participle that is also a noun, before "by"
            "Every graduate gets the beginning teacher program run by the region.",
            ["beginning teacher program"],
            ["program run"],
        ),
        (  # a verb in -s closing a clause opened by "how much"
            "So I know how much the master data matters.",
            ["master data"],
            ["data matters"],
        ),
        (  # two things joined by "and", the first a plural: no shared head
            "Honestly, mostly spreadsheets and Power BI.",
            [],
            ["spreadsheets and power bi"],
        ),
        (  # "better" after a noun and its verb is an adverb, so the verb is one
            "No problem at all, the evening works better for me.",
            [],
            ["evening works"],
        ),
        ("The damp and mould backlog is growing.", ["damp and mould backlog"], []),
    ],
)
def test_clauses_are_no_phrases(
    data: dict, sentence: str, expected: list[str], never: list[str]
) -> None:
    found = nps(sentence, data)
    for phrase in expected:
        assert phrase in found, (phrase, found)
    for phrase in never:
        assert phrase not in found, (phrase, found)


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
