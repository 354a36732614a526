"""Who spoke, and on which day, as meeting tools write it (tests/fixtures/facts_dev_talk): a
device as a speaker is the person it says it is; voices told apart only by <font color>;
honorifics and directory names; the candidate found and listed last; the meeting's day from
a header or a file name (Zoom's GMT names)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from followup.core.transcript import (
    file_stamp,
    listed_speakers,
    parse_transcript,
    speaker_name,
    with_candidate,
)

TALK = Path(__file__).resolve().parents[1] / "fixtures" / "facts_dev_talk" / "transcripts"


def read(name: str):
    return parse_transcript((TALK / name).read_text("utf-8"))


def test_a_phone_is_the_person_who_says_who_they_are() -> None:
    t = read("GMT20270305-003000_Recording.transcript.vtt")
    # "Tomás’s iPhone": "this is Tomás joining from my phone" … "I'm Tomás Ibarra"
    assert t.speakers == ["Dana Whitcombe", "Priya Natarajan", "Tomás Ibarra"]
    assert not any("iPhone" in (c.speaker or "") for c in t.cues)


def test_devices_without_an_owner_are_named_by_their_introductions_or_the_candidate() -> None:
    t = read("zoom_phone_devices.vtt")
    # "iPad (2)": "I'm Wren Castellanos"; "Galaxy S23": "this is Jonah" (the candidate)
    assert t.speakers == ["Marguerite Lavoie", "Jonah", "Wren Castellanos"]
    named = with_candidate(t, "Jonah", "Jonah Feldman")
    assert listed_speakers(named, "Jonah Feldman") == [
        "Marguerite Lavoie", "Wren Castellanos", "Jonah Feldman"
    ]  # fmt: skip


def test_a_device_nobody_names_is_no_speaker() -> None:
    text = (
        "WEBVTT\n\n1\n00:00:01.000 --> 00:00:04.000\nAda Moss: Welcome, can you hear us?\n\n"
        "2\n00:00:04.500 --> 00:00:07.000\nGalaxy S23: Yes, sorry, bad signal here.\n"
    )
    t = parse_transcript(text)
    assert t.speakers == ["Ada Moss", "Galaxy S23"]  # the label kept for the cues…
    assert listed_speakers(t, "Someone Else") == ["Ada Moss"]  # …but named as no one


def test_srt_voices_told_apart_by_font_colour_are_named_by_introductions() -> None:
    t = read("srt_colour_voices.srt")
    assert t.format == "srt"
    # yellow: "I'm Dr. Hannah Whitlock"; cyan: "I'm Marcus Lee"; white never says its name
    assert t.speakers == ["Hannah Whitlock", "Speaker 2", "Marcus Lee"]
    assert [c.speaker for c in t.cues[:3]] == ["Hannah Whitlock", "Speaker 2", "Hannah Whitlock"]
    named = with_candidate(t, "Speaker 2", "Ayesha Karim")
    listed = listed_speakers(named, "Ayesha Karim")
    assert listed == ["Hannah Whitlock", "Marcus Lee", "Ayesha Karim"]


def test_one_colour_is_no_voice() -> None:
    text = (
        '1\n00:00:01,000 --> 00:00:03,000\n<font color="#ffffff">Hello, welcome in.</font>\n\n'
        '2\n00:00:03,500 --> 00:00:05,000\n<font color="#ffffff">Thanks, glad to be.</font>\n'
    )
    assert parse_transcript(text).speakers == []


@pytest.mark.parametrize(
    ("label", "name"),
    [
        ("Capt. Ruth Okafor", "Ruth Okafor"),
        ("Dr Imran Qureshi", "Imran Qureshi"),
        ("Prof. Ada Lindqvist (she/her)", "Ada Lindqvist"),
        ("Haverford, Eleanor", "Eleanor Haverford"),
        ("Mbeki, Sipho (Guest)", "Sipho Mbeki"),
        ("Achebe, Rosalind (External)", "Rosalind Achebe"),
        ("Dr.", "Dr."),  # a title alone stays what it is
    ],
)
def test_honorifics_and_directory_names(label: str, name: str) -> None:
    assert speaker_name(label) == name


def test_name_particles_and_honorifics_in_text_transcripts() -> None:
    meet = read("meet_platform_doc.txt")
    assert meet.speakers == ["Femke de Vries", "Lucía Romero", "Joost van Dam"]
    notes = read("notes_airline_typed.txt")
    assert notes.speakers == ["Ruth Okafor", "Elin Sandberg", "Imran Qureshi"]


def test_otter_keyword_and_speaker_lists_are_nobodys_speech() -> None:
    t = read("otter_export_keywords.txt")
    assert t.speakers == ["Rhiannon Pryce", "Kofi Boateng", "Gareth Llewellyn"]
    assert not any("renewals, churn" in c.text or "SPEAKERS" in c.text for c in t.cues)


@pytest.mark.parametrize(
    ("name", "day"),
    [
        ("meet_platform_doc.txt", date(2027, 4, 12)),  # "(2027/04/12 15:03 CEST)"
        ("otter_export_keywords.txt", date(2027, 3, 23)),  # "Tue, Mar 23, 2027 2:04PM"
        ("notes_airline_typed.txt", date(2027, 4, 14)),  # "14 April 2027"
    ],
)
def test_the_meetings_day_from_its_header(name: str, day: date) -> None:
    assert read(name).date == day


def test_the_meetings_time_from_a_file_name() -> None:
    assert file_stamp("GMT20270305-003000_Recording.transcript.vtt") == datetime(
        2027, 3, 5, 0, 30, tzinfo=UTC
    )
    assert file_stamp("Interview 2027-03-04 Redfern.vtt") == date(2027, 3, 4)
    assert file_stamp("GMT20271345-003000_Recording.vtt") is None  # no such day
    assert file_stamp("transcript.vtt") is None


@pytest.mark.parametrize(
    ("name", "day"),
    [
        ("Interview_20270304_1530.vtt", date(2027, 3, 4)),
        ("Tulpwerk interview Mar 4, 2027.txt", date(2027, 3, 4)),
        ("Panel - 4 March 2027.srt", date(2027, 3, 4)),
    ],
)
def test_a_day_written_in_a_file_name(name: str, day: date) -> None:
    assert file_stamp(name) == day


def test_a_webvtt_note_gives_the_meetings_day() -> None:
    text = (
        "WEBVTT\n\nNOTE Panel interview, recorded 2027-03-04\n\n"
        "1\n00:00:01.000 --> 00:00:04.000\nAda Moss: Welcome, can you hear us?\n"
    )
    assert parse_transcript(text).date == date(2027, 3, 4)
