"""Microsoft Teams transcripts downloaded as a Word document and saved as text (issue 9, kind
11; s11): the older layout's timing lines ("0:0:5.100 --> 0:0:9.250", single-digit fields)
are times, not speech, and "Name started transcription" / "stopped transcription" lines are
the tool's, not the speaker's."""

from __future__ import annotations

import pytest

from followup.core.transcript import parse_transcript


@pytest.mark.parametrize(
    "timing",
    ["0:0:5.100 --> 0:0:9.250", "0:1:5.1 --> 0:1:9.25", "0:12:15.100 --> 0:12:19.250"],
)
def test_teams_word_timings_are_times(timing: str) -> None:
    text = (
        "0:0:0.0 --> 0:0:4.720\nAnna Kowalski\nGood morning, thanks for joining us today.\n\n"
        f"{timing}\nBen Ortiz\nThanks for having me, happy to be here.\n"
    )
    t = parse_transcript(text)
    assert [(c.speaker, c.text) for c in t.cues] == [
        ("Anna Kowalski", "Good morning, thanks for joining us today."),
        ("Ben Ortiz", "Thanks for having me, happy to be here."),
    ]
    assert t.cues[1].start is not None and t.cues[1].start > 4


@pytest.mark.parametrize(
    "event",
    [
        "Anna Kowalski started transcription",
        "Anna Kowalski stopped transcription",
        "Kowalski, Anna started recording",
        "Ben Ortiz joined the meeting",
    ],
)
def test_a_tools_event_line_is_nobodys_speech(event: str) -> None:
    text = (
        "Anna Kowalski   0:03\nGood morning, thanks for joining us today.\n\n"
        "Ben Ortiz   0:07\nThanks for having me, happy to be here.\n\n"
        f"{event}\n"
    )
    t = parse_transcript(text)
    assert [c.text for c in t.cues] == [
        "Good morning, thanks for joining us today.",
        "Thanks for having me, happy to be here.",
    ]


def test_subtitles_without_their_header_are_still_refused() -> None:
    from followup.core.errors import InvalidInput

    text = "00:00:01.000 --> 00:00:04.000\nHello there.\n\n00:00:05.000 --> 00:00:07.000\nHi.\n"
    with pytest.raises(InvalidInput, match="subtitles"):
        parse_transcript(text)


@pytest.mark.parametrize(
    ("line", "said"),
    [
        (
            "Lena Fischer: Right, Omar has joined the meeting.",
            "Right, Omar has joined the meeting.",
        ),
        ("Jon: Yes, sorry, I left the call.", "Yes, sorry, I left the call."),
        ("Lena Fischer: Then Priya left the call.", "Then Priya left the call."),
    ],
)
def test_speech_that_ends_like_a_tools_event_is_still_speech(line: str, said: str) -> None:
    """Only a line of a name and nothing else before the event is the tool's: words said
    under a speaker's label are theirs, however they end."""
    text = f"Lena Fischer: Good morning, thanks for joining us today.\n{line}\n"
    t = parse_transcript(text)
    assert said in [c.text for c in t.cues]


def test_a_teams_speech_line_that_ends_like_an_event_is_speech() -> None:
    text = (
        "Anna Kowalski   0:03\nGood morning, thanks for joining us today.\n\n"
        "Ben Ortiz   0:07\nSorry, my manager just left the meeting.\n"
    )
    t = parse_transcript(text)
    assert [c.text for c in t.cues][-1] == "Sorry, my manager just left the meeting."
