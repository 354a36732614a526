"""The candidate is the voice another greets by the candidate's first name (issue 9 kind 12,
s14): when no label names them ("Speaker 2", a font colour, a phone), "Welcome, Sam", "Hi
Priya, good morning", "Kia ora, Sione" or "Tomás, welcome" from one voice makes the voice that
answers the candidate's."""

from __future__ import annotations

import tomllib
from importlib.resources import files

import pytest

from followup.core import debrief
from followup.core.transcript import parse_transcript


@pytest.fixture(scope="module")
def words() -> debrief.DebriefWords:
    data = tomllib.loads(files("followup").joinpath("data", "debrief.toml").read_text("utf-8"))
    return debrief.DebriefWords.from_data(data)


SRT_COLOURS = """1
00:00:01,000 --> 00:00:04,000
<font color="#ffff00">Welcome, Sam. We're glad you could make it.</font>

2
00:00:05,000 --> 00:00:09,000
<font color="#00ffff">Glad to be here. It's a lovely building.</font>

3
00:00:10,000 --> 00:00:15,000
<font color="#ffff00">Our biggest project this year is the die change rollout.</font>
"""

OTTER_THREE = """Speaker 1  0:01
Hi Priya, good morning, and welcome.

Speaker 2  0:05
Good morning. Lovely to be here.

Speaker 3  0:09
Morning Priya. I run the claims desk with Speaker One.

Speaker 2  0:14
Nice to meet you both.
"""

ZOOM_DEVICE = """WEBVTT

1
00:00:01.000 --> 00:00:04.000
Galaxy S23: Kia ora, Sione, welcome along.

2
00:00:05.000 --> 00:00:08.000
iPad: Kia ora. Good to be here.

3
00:00:09.000 --> 00:00:12.000
Galaxy S23: Let's start with the trenching work on the stormwater job.
"""


def _vtt(*lines: tuple[str, str]) -> str:
    cues = [
        f"00:00:{2 * at:02d}.000 --> 00:00:{2 * at + 1:02d}.000\n<v {who}>{said}</v>\n"
        for at, (who, said) in enumerate(lines)
    ]
    return "WEBVTT\n\n" + "\n".join(cues)


NAME_FIRST = _vtt(
    ("Speaker 1", "Tomás, welcome, and thank you for coming in."),
    ("Speaker 2", "My pleasure. I had a good trip."),
    ("Speaker 1", "Let's begin with the cellar door tastings."),
)


@pytest.mark.parametrize(
    ("text", "candidate", "voice"),
    [
        (SRT_COLOURS, "Sam Carter", "Speaker 2"),
        (OTTER_THREE, "Priya Raman", "Speaker 2"),
        (ZOOM_DEVICE, "Sione Fifita", "iPad"),
        (NAME_FIRST, "Tomás Ibarra", "Speaker 2"),
    ],
)
def test_the_voice_greeted_by_the_candidates_first_name_is_theirs(
    text: str, candidate: str, voice: str, words: debrief.DebriefWords
) -> None:
    parsed = parse_transcript(text)
    addressing = words.addressing + words.greetings
    assert debrief.candidate_speaker(parsed, candidate, (), addressing) == voice


@pytest.mark.parametrize(
    ("text", "candidate"),
    [
        (SRT_COLOURS, "Dana Whitfield"),  # someone else greeted: no guess
        (OTTER_THREE, "Sam Carter"),
        # "Samantha" is no greeting of "Sam"
        (_vtt(("Speaker 1", "Hi Samantha, welcome."), ("Speaker 2", "Thank you.")), "Sam Carter"),
    ],
)
def test_a_greeting_of_someone_else_names_no_candidate(
    text: str, candidate: str, words: debrief.DebriefWords
) -> None:
    parsed = parse_transcript(text)
    addressing = words.addressing + words.greetings
    assert debrief.candidate_speaker(parsed, candidate, (), addressing) is None


def test_greeters_who_disagree_name_no_one(words: debrief.DebriefWords) -> None:
    text = _vtt(
        ("Speaker 1", "Hi Lena, welcome."),
        ("Speaker 2", "Thanks."),
        ("Speaker 3", "Hello."),
        ("Speaker 1", "Lena, over to you."),
        ("Speaker 3", "Sure."),
    )
    parsed = parse_transcript(text)
    addressing = words.addressing + words.greetings
    assert debrief.candidate_speaker(parsed, "Lena Fischer", (), addressing) is None


OTTER_NAMED_PANEL = """Speaker labels from an Otter export

Maeve Okafor  00:02
Morning, Ines, can you hear us? I'm Maeve, the director here.

Colm Byrne  00:09
And I'm Colm, I look after the finance side.

Speaker 2  00:14
Morning both, I can hear you fine.
"""


def test_a_named_voice_is_never_the_candidate_greeted(words: debrief.DebriefWords) -> None:
    # Colm speaks right after the greeting, but his label names him: the voice no label names
    parsed = parse_transcript(OTTER_NAMED_PANEL)
    addressing = words.addressing + words.greetings
    assert debrief.candidate_speaker(parsed, "Ines Duarte", (), addressing) == "Speaker 2"
