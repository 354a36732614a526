"""core.transcript: WebVTT, SRT and plain notes as meeting tools export them, and clear errors
for files that claim a format and break it."""

from __future__ import annotations

from pathlib import Path

import pytest

from followup.core.errors import InvalidInput
from followup.core.transcript import parse_transcript

TRANSCRIPTS = Path(__file__).resolve().parent.parent / "fixtures" / "transcripts"


def read(name: str) -> str:
    raw = (TRANSCRIPTS / name).read_bytes()
    return raw.decode("utf-16") if raw.startswith(b"\xff\xfe") else raw.decode("utf-8")


def test_zoom_webvtt_speaker_prefixes_and_timings() -> None:
    t = parse_transcript(read("zoom_northwind.vtt"))
    assert t.format == "webvtt" and len(t.cues) == 14
    assert t.speakers == ["Priya Raman", "Jordan Blake", "Marcus Lee", "Elena Petrova"]
    third = t.cues[2]
    assert third.speaker == "Priya Raman" and third.start == 7.0 and third.at == "00:00:07"
    assert third.text.startswith("Great. So, a bit of context")
    # Two cues of one speaker form one turn: the sentence runs across them.
    turns = t.turns()
    assert any("to Kafka, and we want the new pipeline live" in turn.text for turn in turns)


def test_teams_webvtt_voice_tags_notes_and_markup() -> None:
    t = parse_transcript(read("teams_northwind.vtt"))
    assert t.format == "webvtt" and len(t.cues) == 6  # NOTE blocks and header metadata skipped
    assert t.cues[2].speaker == "Marcus Lee"
    assert t.cues[2].text == (
        "We use dbt for the transformations & Airflow for orchestration, about 300 models today."
    )
    assert t.cues[1].start == pytest.approx(8.02)


def test_srt_and_utf16_and_notes() -> None:
    srt = parse_transcript(read("meet_harbor.srt"))
    assert srt.format == "srt" and srt.speakers == ["Tom Becker", "Angela Ruiz", "Maria Gonzalez"]
    assert srt.cues[1].start == 4.4
    utf16 = parse_transcript(read("utf16_teams.vtt"))
    assert utf16.cues[0].speaker == "Anna" and "Werkstatt" in utf16.cues[0].text
    otter = parse_transcript(read("otter_notes_oakridge.txt"))
    assert otter.format == "text"
    assert otter.speakers == [
        "Linda Carver", "Raj Patel", "Susan Miller", "Kevin Brooks", "Daniel Okafor"
    ]  # fmt: skip
    notes = parse_transcript(read("handwritten_notes.md"))
    assert notes.speakers == ["Park"]  # "Dr." is no part of the name
    assert notes.cues[0].text.startswith("Notes after the St. Mary's interview")
    assert notes.cues[1].text.startswith("the hospital is rolling out")


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("broken_timing.vtt", "line 3: a WebVTT cue needs a timing line"),
        ("broken_block.srt", "line 5: an SRT block is a number, a timing line and text"),
        ("backwards.vtt", "line 3: the cue ends before it starts"),
        ("empty_cues.vtt", "no cues with text"),
        ("headless.vtt", "neither WebVTT"),
    ],
)
def test_malformed_files_say_where(name, message) -> None:
    with pytest.raises(InvalidInput, match=message):
        parse_transcript(read(name))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "empty"),
        ("   \n\n", "empty"),
        ("WEBVTT\n\n1\n00:00:01.000 --> 00:00:99.000\nbad seconds\n", "bad cue timing"),
        ("WEBVTTX\n\n00:00:01.000 --> 00:00:02.000\nhi\n", "starts with 'WEBVTT'"),
        ("1\n00:00:01,000 --> 00:00:02\nshort end\n", "bad SRT timing"),
        ("text with a \x00 byte", "not a text file"),
    ],
)
def test_bad_text(text, message) -> None:
    with pytest.raises(InvalidInput, match=message):
        parse_transcript(text)


def test_webvtt_details() -> None:
    text = (
        "\ufeffWEBVTT - exported\r\n\r\nSTYLE\r\n::cue { color: red }\r\n\r\n"
        "intro\r\n01:02.500 --> 01:04.000 line:0\r\n<v.loud Dana Reyes>Hello <b>there</b>"
        " &lt;team&gt;</v>\r\n\r\n"
        "00:01:05.000 --> 00:01:06.000\r\n<00:01:05.200><c>CAPS SPEAKER:</c> fine\r\n"
    )
    t = parse_transcript(text)
    assert [c.text for c in t.cues] == ["Hello there <team>", "fine"]
    assert t.cues[0].speaker == "Dana Reyes" and t.cues[0].start == 62.5
    assert t.cues[1].speaker == "Caps Speaker"


def test_plain_lines_that_are_not_speakers() -> None:
    t = parse_transcript("Note: ask about parking.\nTODO: send references\nQ: any travel?\n")
    assert [c.speaker for c in t.cues] == [None, None, None]
