"""Everyday English words: data/english_words.txt, the commonest 20,000 (made by
tools/english_words.py from pyspellchecker's frequency list), read on first use only."""

from __future__ import annotations

from functools import cache

from followup.core.package_data import DATA_DIR


@cache
def everyday_words() -> frozenset[str]:
    """The word list, in lower case."""
    text = (DATA_DIR / "english_words.txt").read_text(encoding="utf-8")
    return frozenset(text.split("\n", 1)[1].split())  # after the header line


def everyday(word: str) -> bool:
    """Whether a word (in any case) is an everyday English word: "VERY", "DON'T", "ASAP!" and
    "way" are; "HAZWOPER", "VLOOKUP" and "Crestview" are not."""
    lower = word.lower().rstrip("!?.")
    words = everyday_words()
    return lower in words or lower.split("'", 1)[0] in words
