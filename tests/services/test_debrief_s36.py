"""`followup debrief` on transcripts it has not seen (issue 9, session 36), each kind in
general, with invented people and employers:

1. a Dutch transcript's topics are its own noun phrases ("de planning van de veerdiensten",
   "de koppeling met het WMS-platform"), whoever's name holds a "de" or a "van" ("Sanne de
   Wit", "Joost van Leeuwen": such small words of a name are no name in a phrase), and a
   compound opened by an acronym is a word of the language, never a name; a Google Meet
   document in Dutch ("Deelnemers", "Transcriptie", "Vergadering beëindigd na …") names only
   its people and proposes none of its own words;
"""

# ruff: noqa: E501
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from helpers_debrief import debriefed, topics

# --- 1. Dutch topics ---------------------------------------------------------------------------

DUTCH_TALK = [
    ("Sanne de Wit", "Goedemiddag Tobias, welkom bij Waddenveer Logistiek."),
    ("Tobias Kramer", "Goedemiddag, dank voor de uitnodiging."),
    ("Joost van Leeuwen", "Ik ben Joost van Leeuwen, ik ben hoofd operatie."),
    (
        "Sanne de Wit",
        "Ons eerste project is de planning van de veerdiensten naar de eilanden, die nu nog in Excel gebeurt.",
    ),
    ("Tobias Kramer", "Hoeveel afvaarten plannen jullie per dag?"),
    (
        "Joost van Leeuwen",
        "Ongeveer veertig. Daarnaast werken we aan de koppeling met het WMS-platform van onze klanten.",
    ),
    ("Sanne de Wit", "En we willen de digitalisering van de vrachtbrieven dit jaar afronden."),
    ("Tobias Kramer", "Bij mijn vorige werkgever heb ik een vergelijkbare migratie geleid."),
    ("Joost van Leeuwen", "Mooi. Je hoort binnen een week van ons."),
]


def dutch_meet(transcript_label: str, footer: str) -> str:
    """A Google Meet transcript document saved as text, as Meet writes it for a Dutch owner."""
    lines = [
        "Gesprek Planner Veerdiensten (2033-09-13 14:00 CEST) - Transcript",
        "",
        "Deelnemers",
        "Joost van Leeuwen, Sanne de Wit, Tobias Kramer",
        "",
        transcript_label,
        "",
        "00:00:00",
    ]
    lines += [f"{who}: {said}" for who, said in DUTCH_TALK]
    lines += [
        "",
        footer,
        "",
        "Dit bewerkbare transcript is automatisch gegenereerd en kan fouten bevatten.",
    ]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(
    ("label", "footer"),
    [
        ("Transcript", "Meeting ended after 00:38:12 👋"),
        ("Transcriptie", "Vergadering beëindigd na 00:38:12 👋"),
        ("Transcriptie", "De vergadering is beëindigd na 00:38:12 👋"),
    ],
)
def test_a_dutch_meet_document_gets_dutch_topics(tmp_path: Path, label: str, footer: str) -> None:
    result = debriefed(
        tmp_path,
        "Gesprek Planner Veerdiensten (2033-09-13 14_00 CEST) - Transcript.txt",
        dutch_meet(label, footer),
        date(2033, 9, 13),
        "Tobias Kramer",
        "NL",
    )
    assert sorted(result.speakers) == ["Joost van Leeuwen", "Sanne de Wit", "Tobias Kramer"]
    assert result.tool == "meet"
    found = topics(result)
    for want in (
        "de planning van de veerdiensten",
        "de koppeling met het wms-platform",
        "de digitalisering van de vrachtbrieven",
    ):
        assert any(want in t for t in found), (want, found)
    said = " ".join(p.text.lower() for p in result.proposals)
    for word in (
        "deelnemers",
        "transcript",
        "vergadering",
        "beëindigd",
        "bewerkbare",
        "leeuwen",
        "wit",
    ):
        assert word not in said, (word, said)
