"""Transcripts as people and tools write them (issue kinds 11 and 12): "Last, First" speaker
names, time stamps before a speaker's name, an attendee line; decision dates said as "by 2/19";
topics never an organisation's name or a clause's subject and verb."""

from __future__ import annotations

import tomllib
from datetime import date
from importlib.resources import files

import pytest

from followup.core import debrief
from followup.core.decision_dates import DecisionWords, day_said
from followup.core.models import Format, Interview
from followup.core.noun_phrases import Grammar, phrases, tag
from followup.core.transcript import parse_transcript, speaker_name
from followup.services.debrief import word_classes


@pytest.fixture(scope="module")
def data() -> dict:
    return tomllib.loads(files("followup").joinpath("data", "debrief.toml").read_text("utf-8"))


@pytest.mark.parametrize(
    ("label", "name"),
    [
        ("Okonkwo, Chidi", "Chidi Okonkwo"),
        ("de Vries, Anouk", "Anouk de Vries"),
        ("Lindqvist, Annika (Guest)", "Annika Lindqvist"),
        ("Marisol Ferreira", "Marisol Ferreira"),
        ("Sam’s iPad", "Sam’s iPad"),
    ],
)
def test_speaker_names_as_people_write_them(label, name) -> None:
    assert speaker_name(label) == name


def test_teams_last_first_voices() -> None:
    text = (
        "WEBVTT\n\n3f2a9c1e-7b4d-4e11-9a2c-5d6e7f801a01/12-0\n00:00:03.120 --> 00:00:09.480\n"
        "<v Okonkwo, Chidi>Good morning, thanks for making the time.</v>\n\n"
        "3f2a9c1e-7b4d-4e11-9a2c-5d6e7f801a01/14-0\n00:00:10.020 --> 00:00:12.300\n"
        "<v Rowan Pike (Guest)>Morning, thanks for having me.</v>\n"
    )
    assert parse_transcript(text).speakers == ["Chidi Okonkwo", "Rowan Pike"]


def test_notes_with_a_time_before_each_speaker_and_an_attendee_line() -> None:
    text = (
        "Interview notes - Site Reliability Manager\n"
        "Attendees: Erik Halvorsen, Grace Kim, Tariq Aziz\n\n"
        "[00:00:12] Erik Halvorsen: Welcome Tariq. Grace is our head of operations.\n"
        "[00:00:20] Tariq Aziz: Thanks Erik, good to meet you both.\n"
        "(01:15) Grace Kim: The ingestion pipeline falls over during storms.\n"
    )
    transcript = parse_transcript(text)
    assert transcript.speakers == ["Erik Halvorsen", "Tariq Aziz", "Grace Kim"]
    timed = [(c.speaker, c.start) for c in transcript.cues if c.speaker]
    assert timed == [("Erik Halvorsen", 12), ("Tariq Aziz", 20), ("Grace Kim", 75)]
    assert not any("Attendees" in c.text for c in transcript.cues)


@pytest.mark.parametrize(
    ("sentence", "reference", "day"),
    [
        ("We'll let you know by 2/19 either way.", date(2027, 2, 10), date(2027, 2, 19)),
        ("We will decide before 19/2.", date(2027, 2, 10), date(2027, 2, 19)),
        ("You'll hear from us by 3/4.", date(2027, 2, 24), date(2027, 3, 4)),
        ("We decide by 1/15.", date(2026, 12, 20), date(2027, 1, 15)),
    ],
)
def test_a_decision_day_written_with_a_slash(data, sentence, reference, day) -> None:
    assert day_said(sentence, reference, DecisionWords.from_mapping(data["decision"])) == day


def test_a_fraction_is_no_day(data) -> None:
    words = DecisionWords.from_mapping(data["decision"])
    assert day_said("About 1/2 of the team is remote.", date(2027, 1, 5), words) is None


@pytest.mark.parametrize(
    ("sentence", "never"),
    [
        ("Ships report positions every minute.", "ships report"),
        ("The pipeline falls over during storms when traffic doubles.", "traffic doubles"),
    ],
)
def test_a_clause_subject_and_its_verb_are_no_noun_phrase(data, sentence, never) -> None:
    grammar = Grammar.from_mapping(data["grammar"])
    tokens = tag(sentence, grammar, word_classes, frozenset(), frozenset())
    assert never not in [p.key for p in phrases(tokens, grammar)]


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("We're two versions behind and the node pools are hand-built.", "node pools"),
        ("And the wholesale accounts are growing faster than we can roast.", "wholesale accounts"),
        ("Also, vendor lead times from the factories are creeping up.", "vendor lead times"),
        (
            "We want to tie it to sell-through rates per category.",
            "sell-through rates per category",
        ),
        ("Open-to-buy is exactly what we need.", "open-to-buy"),
        ("The main thing is the Kubernetes cluster upgrade.", "cluster upgrade"),
    ],
)
def test_a_noun_before_a_verb_later_in_its_clause_stays_a_noun(data, sentence, phrase) -> None:
    grammar = Grammar.from_mapping(data["grammar"])
    tokens = tag(sentence, grammar, word_classes, frozenset(), frozenset())
    assert phrase in [p.key for p in phrases(tokens, grammar)]


def test_an_organisations_name_is_no_topic(data) -> None:
    text = (
        "Grants Officer interview - Transcript\nAttendees\nRosa Delgado, Wen Li\nTranscript\n"
        "00:00:00\nRosa Delgado: Hi Wen, I'm the director of development at Larkspur Trust, "
        "and I look after the Larkspur Trust grant calendar.\n"
        "Rosa Delgado: Our biggest change is multi-year grant reporting for national funders.\n"
        "Wen Li: Thanks, that sounds familiar.\n"
    )
    interview = Interview("Employer", "Grants Officer", date(2027, 3, 3), Format.VIDEO)
    found = debrief.propose(
        parse_transcript(text), [], interview, "Wen Li",
        debrief.DebriefWords.from_data(data), debrief.Limits(), None, word_classes,
    )  # fmt: skip
    topics = [p.text for p in found if p.kind == "topic"]
    assert any("grant reporting" in t for t in topics), topics
    assert not any("Larkspur Trust" in t for t in topics), topics


def test_numbered_voices_are_named_by_their_introductions() -> None:
    text = (
        "Platform Engineer - panel\nAttendees: Kofi Mensah, Ada Obi\n\n"
        "Speaker 1  0:01\nHi Ada, my name is Kofi, I run the platform team.\n\n"
        "Speaker 2  0:07\nNice to meet you. I am Ada.\n\n"
        "Speaker 3  0:12\nAnd I'm Ines, I lead SRE.\n\n"
        "Speaker 1  0:20\nSo the cluster upgrade is the big one.\n"
    )
    assert parse_transcript(text).speakers == ["Kofi Mensah", "Ada Obi", "Ines"]


def test_numbered_voices_without_an_introduction_keep_their_labels() -> None:
    text = (
        "Speaker 1  0:00\nHi, is that Ruth? Thanks for calling in.\n\n"
        "Speaker 2  0:04\nYes, hi, I'm glad to be here.\n\n"
        "Speaker 1  0:20\nSo I'm the operations lead here.\n"
    )
    assert parse_transcript(text).speakers == ["Speaker 1", "Speaker 2"]


@pytest.mark.parametrize(
    "text",
    [
        # Zoom's saved captions
        "[Chidi Okonkwo] 14:02:11\nGood morning.\n[Rowan Pike] 14:02:20\nMorning, thanks.\n",
        # Teams' text export with a directory's "Last, First"
        "Okonkwo, Chidi   0:03\nGood morning.\n\nPike, Rowan   0:10\nMorning, thanks.\n",
        # Rev
        "Chidi Okonkwo (00:03):\nGood morning.\n\nRowan Pike (00:10):\nMorning, thanks.\n",
        "Chidi Okonkwo: 00:03\nGood morning.\nRowan Pike: 00:10\nMorning, thanks.\n",
    ],
)
def test_a_speaker_and_a_time_alone_on_a_line_name_who_speaks_next(text) -> None:
    transcript = parse_transcript(text)
    assert transcript.speakers == ["Chidi Okonkwo", "Rowan Pike"]
    assert [c.speaker for c in transcript.cues] == ["Chidi Okonkwo", "Rowan Pike"]
    assert all(c.start is not None for c in transcript.cues)
