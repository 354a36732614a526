"""core.debrief: what is proposed from a transcript, and how it is worded."""

from __future__ import annotations

import json
import tomllib
from importlib import resources
from pathlib import Path

import pytest

from followup.core import debrief
from followup.core.records import from_record
from followup.core.transcript import parse_transcript

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@pytest.fixture(scope="module")
def words() -> debrief.DebriefWords:
    text = (resources.files("followup") / "data" / "debrief.toml").read_text(encoding="utf-8")
    return debrief.DebriefWords.from_data(tomllib.loads(text))


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        (
            "So, yeah, we're migrating the billing pipeline to Kafka next quarter.",
            "migrating the billing pipeline to Kafka next quarter",
        ),
        ("We use dbt with about 300 models.", "how the team uses dbt with about 300 models"),
        (  # an adverb before the verb is no verb ("the team stills …")
            "We still reconcile the cash drawers by hand every night.",
            "how the team reconciles the cash drawers by hand every night",
        ),
        (
            "Our team ships a release every two weeks, and we love it.",
            "how the team ships a release every two weeks",
        ),
        (
            "The Atlas pilot starts in March with our largest client.",
            "how the Atlas pilot starts in March with the largest client",
        ),
        (
            "You'd be owning the ingestion layer from day one.",
            "owning the ingestion layer from day one",
        ),
        ("I think it went well overall, honestly.", None),  # nothing to say "about"
        ("Yes.", None),
    ],
)
def test_condense(words, sentence, phrase) -> None:
    assert debrief.condense(sentence, words, debrief.Limits()) == phrase


def test_fillers_and_small_talk(words) -> None:
    assert debrief.strip_fillers("So, um, I think we are hiring", words) == "we are hiring"
    assert debrief.is_small_talk("Can you hear me okay?", words)
    assert not debrief.is_small_talk("We hire three engineers this year.", words)


def test_topic_text_adds_an_article_where_it_reads_better() -> None:
    assert debrief.topic_text("billing pipeline") == "the billing pipeline"
    assert debrief.topic_text("schema evolution") == "schema evolution"
    assert debrief.topic_text("Apache Kafka") == "Apache Kafka"
    assert debrief.topic_text("handheld scanners") == "handheld scanners"


def proposals(words, round_name: str, transcript: str, keyphrases: list[str], keep=False):
    data = json.loads((FIXTURES / "rounds" / f"{round_name}.json").read_text(encoding="utf-8"))
    interview = from_record(data["round"])
    if not keep:
        interview.topics, interview.items = [], []
    parsed = parse_transcript((FIXTURES / "transcripts" / transcript).read_text(encoding="utf-8"))
    return debrief.propose(
        parsed, keyphrases, interview, data["profile"]["name"], words, debrief.Limits()
    )


def test_keyphrases_are_cleaned_and_names_left_out(words) -> None:
    found = proposals(
        words,
        "northwind_video_panel",
        "zoom_northwind.vtt",
        # As an extractor returns them: fragments, names, fillers, the role, real topics.
        [
            "loud and clear", "Kafka Connect", "Priya Raman", "pipeline to Apache",
            "billing pipeline", "handle schema evolution", "Data Engineer", "minutes",
            "Northwind Analytics", "million events", "customers in March", "consumer lag",
        ],
    )  # fmt: skip
    topics = [p.text for p in found if p.kind == "topic"]
    # "Kafka Connect" is only in what the candidate said about a past job: not proposed.
    assert topics == ["the billing pipeline", "schema evolution", "the consumer lag"]
    first = found[0]
    assert first.speaker == "Priya Raman" and first.at == "00:00:07" and first.why == "keyphrase"


def test_details_come_from_what_the_interviewers_said(words) -> None:
    found = proposals(words, "northwind_video_panel", "zoom_northwind.vtt", [])
    details = [p for p in found if p.kind == "detail"]
    assert [d.text for d in details] == [
        "migrating the billing pipeline from nightly batch jobs to Kafka",
        "launching Atlas, the new analytics dashboard, to 12 enterprise customers in March",
    ]
    assert details[1].speaker == "Elena Petrova"
    assert "a number" in details[1].why and "a product or project" in details[1].why
    assert all(d.speaker != "Jordan Blake" for d in details)  # not the candidate's own claims


def test_what_the_round_records_is_not_proposed_again(words) -> None:
    fresh = proposals(words, "harbor_store_inperson_phone", "meet_harbor.srt", ["loyalty program"])
    assert "the loyalty program" in [p.text for p in fresh]
    known = proposals(
        words, "harbor_store_inperson_phone", "meet_harbor.srt", ["loyalty program"], keep=True
    )
    assert all("loyalty program" not in p.text for p in known)
    assert all("spring inventory reset" not in p.text for p in known)


def test_limits_cap_the_proposals(words) -> None:
    data = json.loads((FIXTURES / "rounds" / "northwind_video_panel.json").read_text())
    interview = from_record(data["round"])
    interview.topics, interview.items = [], []
    parsed = parse_transcript((FIXTURES / "transcripts" / "zoom_northwind.vtt").read_text())
    few = debrief.propose(
        parsed,
        ["billing pipeline", "schema evolution", "consumer lag"],
        interview,
        "Jordan Blake",
        words,
        debrief.Limits(max_topics=1, max_details=1),
    )
    assert [p.kind for p in few] == ["topic", "detail"]


@pytest.mark.parametrize(
    "sentence",
    [
        # a clause that is the subject is no gerund detail ("hiring is the … migration")
        "So the main reason we're hiring is the donor database migration.",
        # never cut inside a clause
        "Our regional distribution planning team in the northern hub reviews every single "
        "inbound container manifest against the weekly forecast each morning before seven.",
        # a word pointing back makes a detail unclear on its own
        "Right now we're merging them into one intake queue with a single triage step.",
        "We piloted it at the Eastfield clinic in the spring.",
        # no finite verb: a fragment, not a clause
        "Honestly, the carrier invoice audit running every week without anyone touching it.",
        # "the other piece is …" names a topic; it is no detail
        "The other piece is the expenses approval workflow, managers approve claims on phones.",
    ],
)
def test_a_detail_is_never_garbled(words, sentence: str) -> None:
    assert debrief.condense(sentence, words, debrief.Limits()) is None


def test_a_long_sentence_is_cut_where_a_clause_ends(words) -> None:
    said = (
        "We have twenty two technicians and the booking tool doesn't know which ones are "
        "certified for battery installs."
    )
    assert (
        debrief.condense(said, words, debrief.Limits()) == "how the team has twenty two technicians"
    )


def test_own_past_and_decisions_are_no_details(words) -> None:
    text = (
        "1\n00:00:01,000 --> 00:00:04,000\nAt my last kitchen we moved costing into the stock "
        "system in 2024.\n\n2\n00:00:05,000 --> 00:00:09,000\nWe expect to decide on the "
        "Ashgrove shortlist within 10 working days.\n\n3\n00:00:10,000 --> 00:00:14,000\nWe're "
        "trialling a new supplier for seasonal produce at the Ashgrove site.\n"
    )
    from datetime import date

    from followup.core.models import Format, Interview

    interview = Interview("Employer", "Chef", date(2027, 2, 4), Format.IN_PERSON)
    found = debrief.propose(
        parse_transcript(text), [], interview, "Jordan Ellis", words, debrief.Limits()
    )
    details = [p.text for p in found if p.kind == "detail"]
    assert details == ["trialling a new supplier for seasonal produce at the Ashgrove site"]


def test_a_verb_in_eed_is_no_past_tense(words) -> None:
    said = "We also need someone to own the tenant satisfaction return for the regulator."
    assert debrief.condense(said, words, debrief.Limits()).startswith("how the team needs someone")
