"""Helpers shared by the tests of debrief topics and noun phrases (the debrief data and its
grammar are the fixtures `data` and `grammar` of tests/conftest.py)."""

from __future__ import annotations

from followup.core.noun_phrases import Grammar, phrases, tag
from followup.services.debrief import word_classes


def nps(sentence: str, grammar: Grammar) -> list[str]:
    """The keys of the noun phrases of `sentence`, with no names and no numbers known."""
    return [
        p.key
        for p in phrases(tag(sentence, grammar, word_classes, frozenset(), frozenset()), grammar)
    ]


def zoom_vtt(*lines: tuple[str, str]) -> str:
    """A Zoom WebVTT file of numbered cues, one a second, each "Name: text"."""
    cues = [
        f"{n}\n00:00:{n:02d}.000 --> 00:00:{n + 1:02d}.000\n{who}: {text}\n"
        for n, (who, text) in enumerate(lines, start=1)
    ]
    return "WEBVTT\n\n" + "\n".join(cues)
