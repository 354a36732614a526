"""Everyday English words: data/english_words.txt, the commonest 20,000 (made by
tools/english_words.py from pyspellchecker's frequency list), read on first use only.

The file's words are in lower case, one a line, in sorted order: a word is looked up by a
binary search of the file's text (a few dozen string operations), which a command checking one
note does a few dozen times, instead of making a set of 20,000 strings first (about 4% of a
first draft's start-up work). Each answer is remembered."""

from __future__ import annotations

from functools import cache

from followup.core.package_data import DATA_DIR


class SortedWords:
    """Words one a line in sorted order (each line ending with a newline), for `in` tests."""

    __slots__ = ("_known", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._known: dict[str, bool] = {}

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        found = self._known.get(word)
        if found is None:
            if len(self._known) > 50_000:
                self._known.clear()
            found = self._known[word] = "\n" not in word and bool(word) and self._search(word)
        return found

    def _search(self, word: str) -> bool:
        """A binary search over whole lines: `lo` and `hi` are always the start of a line (or
        the end of the text), and the line holding the middle character is compared."""
        text = self._text
        lo, hi = 0, len(text)
        while lo < hi:
            mid = (lo + hi) // 2
            start = text.rfind("\n", lo, mid)
            start = lo if start < 0 else start + 1
            end = text.find("\n", start)
            line = text[start:end]
            if line == word:
                return True
            if line < word:
                lo = end + 1
            else:
                hi = start
        return False


def is_word_char(char: str) -> bool:
    """Whether one character is a word character as `\\w` reads it in a str pattern (a
    letter or digit of any script, or "_")."""
    return char.isalnum() or char == "_"


def lowercase(text: str) -> str:
    """`text.lower()` as Python writes it. The modules mypyc compiles (native.COMPILED) lower
    text with this, not `.lower()`: compiled, `.lower()` writes a capital sigma ending a word
    as "σ", not the final "ς" ("ΣΑΣ" -> "σασ", Python: "σας")."""
    return str.lower(text) if "\u03a3" in text else text.lower()


@cache
def everyday_words() -> SortedWords:
    """The word list, in lower case."""
    text = (DATA_DIR / "english_words.txt").read_text(encoding="utf-8")
    return SortedWords(text.split("\n", 1)[1])  # after the header line


def everyday(word: str) -> bool:
    """Whether a word (in any case) is an everyday English word: "VERY", "DON'T", "ASAP!" and
    "way" are; "HAZWOPER", "VLOOKUP" and "Crestview" are not."""
    lower = lowercase(word).rstrip("!?.")
    words = everyday_words()
    return lower in words or lower.split("'", 1)[0] in words
