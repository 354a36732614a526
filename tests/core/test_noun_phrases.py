"""Topics as noun phrases a person would note (issue kind 12): a small closed-class tagger
with LemmInflect's word classes, no model download."""

from __future__ import annotations

import tomllib
from datetime import date
from importlib.resources import files
from pathlib import Path

import pytest

from followup.core import debrief
from followup.core.models import Format, Interview
from followup.core.noun_phrases import Grammar, phrases, rank, tag
from followup.core.transcript import parse_transcript
from followup.services.debrief import word_classes

DEV = Path(__file__).resolve().parents[1] / "fixtures" / "facts_dev" / "transcripts"


@pytest.fixture(scope="module")
def data() -> dict:
    return tomllib.loads(files("followup").joinpath("data", "debrief.toml").read_text("utf-8"))


@pytest.fixture(scope="module")
def grammar(data) -> Grammar:
    return Grammar.from_mapping(data["grammar"])


def nps(sentence: str, grammar: Grammar, names: frozenset[str] = frozenset()) -> list[str]:
    numbers = frozenset({"three", "fourteen", "one", "two"})
    return [p.key for p in phrases(tag(sentence, grammar, word_classes, names, numbers), grammar)]


@pytest.mark.parametrize(
    ("sentence", "expected", "never"),
    [
        (
            "So at Lanternfish we're rolling out the warehouse slotting project across our "
            "three distribution centres this spring.",
            ["warehouse slotting project", "distribution centres"],
            ["lanternfish", "rolling"],
        ),
        (
            "We also want someone to own the cycle counting schedule with the site leads.",
            ["cycle counting schedule"],
            ["own", "want"],
        ),
        ("The number the board watches is fuel cost per mile.", ["fuel cost per mile"], []),
        (
            "The supplier scorecard feeds into contract renewals.",
            ["supplier scorecard", "contract renewals"],
            ["supplier scorecard feeds"],
        ),
        (
            "Returns drive about a third of our picking errors.",
            ["returns", "picking errors"],
            ["returns drive"],
        ),
        ("We audit every store quarterly.", ["store"], ["store quarterly"]),
        ("Bertrand leads finance systems.", ["finance systems"], ["leads finance systems"]),
        ("It only tracks on-time delivery.", ["on-time delivery"], ["tracks on-time delivery"]),
        ("Deepa in procurement sends it out.", ["procurement"], ["deepa"]),
        ("Fourteen sites, three shifts, it adds up.", ["sites", "shifts"], ["fourteen"]),
        ("The biggest headache is query resolution times.", ["query resolution times"], []),
    ],
)
def test_noun_phrases_are_runs_of_nouns_never_verbs_names_or_numbers(
    grammar, sentence, expected, never
):
    found = nps(sentence, grammar)
    for phrase in expected:
        assert phrase in found, (phrase, found)
    for phrase in never:
        assert not any(phrase in f for f in found), (phrase, found)


def test_a_phrase_said_again_ranks_first_and_its_parts_give_way(grammar) -> None:
    said = [
        "The big thing is the cold chain monitoring rollout.",
        "The cold chain monitoring rollout started in January.",
        "We have some sensors in the trailers.",
    ]
    found = [
        phrases(tag(s, grammar, word_classes, frozenset(), frozenset()), grammar) for s in said
    ]
    ranked = rank(found, grammar)
    assert ranked[0].phrase.key == "cold chain monitoring rollout"
    assert ranked[0].phrase.determiner == "the"
    assert "chain monitoring rollout" not in [r.phrase.key for r in ranked]


def test_the_transcripts_topics_are_noun_phrases_the_interviewers_said(data) -> None:
    text = (DEV / "teams_end_next_week.vtt").read_text("utf-8")
    words = debrief.DebriefWords.from_data(data)
    interview = Interview("Employer", "Analyst", date(2026, 3, 3), Format.VIDEO)
    found = debrief.propose(
        parse_transcript(text), [], interview, "Ines Varga", words, debrief.Limits(), None,
        word_classes,
    )  # fmt: skip
    topics = [p.text for p in found if p.kind == "topic"]
    assert topics[:3] == [
        "the cold chain monitoring rollout",
        "the supplier scorecard",
        "temperature excursions",
    ]
    for bad in ("Rupert", "Chidi", "Deepa", "Brackenridge", "Fourteen", "Hollins", "spoilage"):
        assert not any(bad.lower() in t.lower() for t in topics), (bad, topics)
    assert all(p.speaker != "Ines Varga" for p in found if p.kind == "topic")


def test_bad_grammar_data_is_refused() -> None:
    from followup.core.errors import InvalidInput

    with pytest.raises(InvalidInput):
        Grammar.from_mapping({"determiners": "the"})


def test_numbered_voices_are_speakers_and_the_candidate_is_the_one_who_talks_like_one(
    data,
) -> None:
    text = (DEV / "otter_numbered_speakers.txt").read_text("utf-8")
    parsed = parse_transcript(text)
    assert parsed.speakers == ["Speaker 1", "Speaker 2"]
    words = debrief.DebriefWords.from_data(data)
    assert debrief.candidate_speaker(parsed, "Ruth Abel", words.candidate_phrases) == "Speaker 2"
    assert debrief.candidate_speaker(parsed, "Ruth Abel") is None  # no phrases: no guess


@pytest.mark.parametrize(
    ("sentence", "expected", "never"),
    [
        (  # a verb joined to a verb by "and" ("install and service")
            "So we install and service rooftop solar for nine thousand homes.",
            [],
            ["service rooftop", "service"],
        ),
        (  # a noun ending like a noun is no verb before a preposition
            "We keep the spare parts inventory in each van.",
            ["spare parts inventory"],
            ["spare parts"],
        ),
        (  # a common verb in -ing after a plural noun is a verb
            "We are halfway through the ERP migration, with the UK entities going live in April.",
            ["erp migration", "uk entities"],
            ["uk entities going"],
        ),
        (  # a number inside a name
            "Someone needs to own the IFRS 16 workbook.",
            ["ifrs 16 workbook"],
            ["ifrs"],
        ),
        (  # a measure after a number is no topic
            "It takes twelve working days and we are moving off a twenty year old system.",
            ["system"],
            ["working days", "year old system"],
        ),
        (  # a hyphenated verb is read by its last part
            "It is built on spreadsheets and it over-orders chilled products.",
            ["chilled products"],
            ["over-orders chilled products"],
        ),
        (  # a noun run after a verb is its object: the next word is no verb of it
            "We are about to trial electronic shelf labels in two stores.",
            ["electronic shelf labels"],
            ["electronic shelf"],
        ),
        (  # two words that share their head
            "The priority is the damp and mould response process.",
            ["damp and mould response process"],
            ["damp", "mould response process"],
        ),
        (  # a time word ends a phrase
            "The auditors flagged the lease accounting schedules last year.",
            ["lease accounting schedules"],
            ["lease accounting schedules last year"],
        ),
    ],
)
def test_tagging_of_speech(grammar, sentence: str, expected: list[str], never: list[str]) -> None:
    found = nps(sentence.replace("twelve", "three").replace("twenty", "two"), grammar)
    for phrase in expected:
        assert phrase in found, (phrase, found)
    for phrase in never:
        assert phrase not in found, (phrase, found)


V2 = Path(__file__).resolve().parents[1] / "fixtures" / "facts_dev_v2" / "transcripts"


def topics_of(name: str, candidate: str, data: dict) -> list[str]:
    text = (V2 / name).read_text("utf-8")
    words = debrief.DebriefWords.from_data(data)
    interview = Interview("Employer", "Analyst", date(2027, 1, 15), Format.VIDEO)
    limits = debrief.Limits(max_topics=8)
    found = debrief.propose(
        parse_transcript(text), [], interview, candidate, words, limits, None, word_classes
    )
    return [p.text for p in found if p.kind == "topic"]


def test_what_the_team_works_on_is_proposed_before_the_rest(data) -> None:
    topics = topics_of("teams_claims.vtt", "Tom Sandoval", data)
    for wanted in (
        "the claims intake redesign",
        "the vendor onboarding backlog",
        "first-pass resolution rate",
        "the quality review sampling",
    ):
        assert wanted in topics, (wanted, topics)
    assert not any(w in t for t in topics for w in ("Ferncastle", "triage checklist"))
    assert "shops" not in topics  # one word said twice ("repair shops" is a phrase)


def test_a_specific_process_is_a_topic_a_generic_one_is_not(data) -> None:
    topics = topics_of("meet_solar.txt", "Hana Kovac", data)
    assert "the inverter warranty claims process" in topics
    assert not any("customer's" in t for t in topics)  # a clause's subject, not a topic


def test_the_speakers_own_past_is_no_topic_without_speaker_names(data) -> None:
    topics = topics_of("srt_kitchen.srt", "Jordan Ellis", data)
    assert "the stock system" not in topics  # "At my last kitchen we moved costing into …"
    assert "the menu costing spreadsheet" in topics


def test_the_employer_and_its_short_form_are_no_topics(data) -> None:
    topics = topics_of("zoom_retail_traps.vtt", "Owen Blake", data)
    assert not any(w in t for t in topics for w in ("Hartwell", "HP", "Tesco", "forecasting"))
    assert "the store replenishment forecast" in topics
    words = debrief.DebriefWords.from_data(data)
    interview = Interview("Open Door Housing", "Manager", date(2027, 2, 9), Format.VIDEO)
    transcript = parse_transcript((V2 / "teams_nonprofit_dates.vtt").read_text("utf-8"))
    assert {"open", "door", "housing", "odh"} <= debrief.employer_words(transcript, interview)
    del words


def topics_in(text: str, candidate: str, data: dict) -> list[str]:
    words = debrief.DebriefWords.from_data(data)
    interview = Interview("Employer", "Analyst", date(2027, 1, 15), Format.VIDEO)
    limits = debrief.Limits(max_topics=8)
    found = debrief.propose(
        parse_transcript(text), [], interview, candidate, words, limits, None, word_classes
    )
    return [p.text for p in found if p.kind == "topic"]


HOTEL_CALL = (V2.parents[1] / "transcripts" / "zoom_hotel_traps.vtt").read_text("utf-8")


def test_longer_phrases_keep_nothing_forbidden_and_everyday_words_give_way(data) -> None:
    topics = topics_in(HOTEL_CALL, "Piet Claes", data)
    low = " | ".join(topics).lower()
    # words of another language are no topic, listed as greetings or not ("muito obrigado")
    for bad in ("olá", "tudo", "bem-vindo", "muito", "obrigad"):
        assert bad not in low, (bad, topics)
    # an organisation named with a preposition ("Tourism for Portugal"), the hiring itself,
    # money after a number and the speaker's own job are no topics
    for bad in ("tourism", "case study round", "dollar", "fund", "revenue manager"):
        assert bad not in low, (bad, topics)
    # "the hotels", said again and again, gives way to the phrases about them
    assert "the hotels" not in topics
    assert "housekeeping scheduling for the hotels" in topics
    # a phrase opening a sentence is written in lower case when the text writes it so
    assert "minibar restocking" in topics and "Minibar restocking" not in topics
    assert "the guest satisfaction surveys" in topics


def test_days_quarters_and_places_of_several_words_are_no_topics(data, grammar) -> None:
    from followup.services.debrief import place_lookup

    said = nps("We close the books by the 17th, and the 22nd drafts go out in Q3.", grammar)
    assert "th" not in said and "nd drafts" not in said and "drafts" in said
    text = (
        "WEBVTT\n\n1\n00:00:01.000 --> 00:00:09.000\n"
        "Lerato Mokoena: Our biggest worry is the payroll reconciliation backlog, mostly in "
        "Q3. We also moved the Cape Town office and the Cape Town office budget to Q3.\n"
    )
    words = debrief.DebriefWords.from_data(data)
    interview = Interview("Employer", "Analyst", date(2027, 1, 15), Format.VIDEO)
    found = debrief.propose(
        parse_transcript(text), [], interview, "Sam Lee", words,
        debrief.Limits(max_topics=8), None, word_classes, place_lookup(text),
    )  # fmt: skip
    topics = [p.text for p in found if p.kind == "topic"]
    assert "the payroll reconciliation backlog" in topics
    assert not any("Cape" in t or t == "Q3" for t in topics), topics
