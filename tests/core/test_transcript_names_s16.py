"""Speakers' full names come from the file's own labels and lines, whatever the surname's
capitals: a name with a capital inside a word ("McAllister", "O'Donnell", "LeBlanc",
"D'Souza", "MacKenzie-Ruiz") completes a first-name label ("Grant:") like any other, and a
shouted label keeps that inner capital ("GRANT McALLISTER:")."""

from __future__ import annotations

import pytest

from followup.core.transcript import parse_transcript, speaker_name
from helpers_debrief import srt_lines


def _srt(*lines: str) -> str:
    return srt_lines(*lines, step=2)


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (  # an SRT that labels a voice in full once, by its first name after
            _srt(
                "Grant McAllister: Morning, welcome to the quarry office.",
                "Ama Owusu: Thanks, good to be here.",
                "Grant: The crusher downtime is the thing we chase.",
            ),
            ["Grant McAllister", "Ama Owusu"],
        ),
        (  # a Zoom VTT, the full name only in an introduction
            "WEBVTT\n\n1\n00:00:01.000 --> 00:00:05.000\n"
            "Niamh: Hi, I'm Niamh O'Donnell, I manage the wholesale accounts.\n\n"
            "2\n00:00:05.500 --> 00:00:08.000\nPieter Botha: Hi Niamh.\n",
            ["Niamh O'Donnell", "Pieter Botha"],
        ),
        (  # typed notes: an attendee line with a hyphenated, inner-capital surname
            "Attendees: Isla MacKenzie-Ruiz, Tariq Haddad\n\n"
            "ISLA: The cold store audit runs every Friday.\n"
            "Tariq Haddad: Understood.\n",
            ["Isla MacKenzie-Ruiz", "Tariq Haddad"],
        ),
        (  # Otter headers, the surname with a capital inside
            "Rémi LeBlanc  0:03\nBienvenue, the vineyard sensors are new this year.\n\n"
            "Anjali D'Souza  0:20\nThank you.\n\n"
            "Rémi  0:31\nThe harvest crews log by hand.\n",
            ["Rémi LeBlanc", "Anjali D'Souza"],
        ),
        (  # a shouted subtitle label that keeps its "Mc", then the first name alone
            _srt(
                "GRANT McALLISTER: The haul road rebuild starts in spring.",
                "AMA OWUSU: That sounds like a big job.",
                "GRANT: It is.",
            ),
            ["Grant McAllister", "Ama Owusu"],
        ),
    ],
)
def test_a_first_name_label_takes_a_full_name_with_inner_capitals(
    text: str, speakers: list[str]
) -> None:
    assert parse_transcript(text).speakers == speakers


@pytest.mark.parametrize(
    ("label", "name"),
    [
        ("GRANT McALLISTER", "Grant McAllister"),
        ("DONAL MacINTYRE", "Donal MacIntyre"),
        ("SEAN O'BRIEN", "Sean O'Brien"),
        ("Grant McAllister", "Grant McAllister"),
        ("IT", "IT"),  # short shouting is left as it is
    ],
)
def test_a_shouted_label_is_written_as_a_name(label: str, name: str) -> None:
    assert speaker_name(label) == name
