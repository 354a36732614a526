"""Everyday English words: data/english_words.txt, the commonest 20,000 (made by
tools/english_words.py from pyspellchecker's frequency list), read on first use only; and a
text's readability (`flesch_kincaid_grade`, its words and syllables counted here, compiled).

The file's words are in lower case, one a line, in sorted order: a word is looked up by a
binary search of the file's text (a few dozen string operations), which a command checking one
note does a few dozen times, instead of making a set of 20,000 strings first (about 4% of a
first draft's start-up work). Each answer is remembered."""

from __future__ import annotations

from functools import cache

from followup.core.check.lazyre import lazy
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


# --------------------------------------------------------------------------------------
# Readability: words, syllables and sentence ends

_READ_WORDS = lazy(r"[a-z]+(?:'[a-z]+)?")
_NO_VOWEL = lazy(r"\b[b-df-hj-np-tv-xz]+\b")
_VOWELS = "aeiouy"
# each piece's counts (`piece_counts`) and each word's syllables (`vowel_groups`), worked out
# once per process, up to _MOST_PIECES pieces (then both start again)
_PIECE_COUNTS: dict[str, tuple[int, int, int]] = {}
_WORD_SYLLABLES: dict[str, int] = {}
_MOST_PIECES = 50_000


def flesch_kincaid_grade(text: str) -> float:
    """The Flesch-Kincaid grade level of a text (US school grade). Syllables are estimated
    as vowel groups, less a silent final e or -ed after a consonant, at least one a word.

    No word, sentence end or consonant-only word spans white space, so the text is counted a
    piece between spaces at a time, each piece's counts worked out once (`piece_counts`):
    the same figures as counting the whole text at once."""
    memo = _PIECE_COUNTS
    if len(memo) > _MOST_PIECES:
        memo.clear()
        _WORD_SYLLABLES.clear()
    words = total = ends = 0
    for piece in lowercase(text).split():
        counts = memo.get(piece)
        if counts is None:
            counts = memo[piece] = piece_counts(piece)
        words += counts[0]
        total += counts[1]
        ends += counts[2]
    if not words:
        return 0.0
    sentences = max(1, ends)
    return 0.39 * words / sentences + 11.8 * total / words - 15.59


def piece_counts(piece: str) -> tuple[int, int, int]:
    """A lower-cased piece of text without white space: its words, their syllables (and
    one more for each word without a vowel), and whether it ends a sentence (1 or 0).

    A piece of letters a-z only (most of a text's pieces) is one word, a word without a
    vowel when it has no vowel, and ends no sentence: counted without the two searches a
    piece with other characters needs (the same figures)."""
    if piece.isalpha() and piece.isascii():
        return 1, _syllables(piece) + (not _has_vowel(piece, len(piece))), 0
    words = _READ_WORDS.findall(piece)
    syllables = len(_NO_VOWEL.findall(piece))
    for word in words:
        syllables += _syllables(word)
    return len(words), syllables, int(piece[-1] in ".!?")


def _syllables(word: str) -> int:
    """`vowel_groups` of a word, worked out once per word."""
    found = _WORD_SYLLABLES.get(word)
    if found is None:
        found = _WORD_SYLLABLES[word] = vowel_groups(word)
    return found


def vowel_groups(w: str) -> int:
    """The vowel groups of a word (runs of a, e, i, o, u, y), less a silent final e or -ed
    after a consonant."""
    n = 0
    before = False  # whether the character before is a vowel
    for char in w:
        vowel = char in _VOWELS
        if vowel and not before:
            n += 1
        before = vowel
    last = w[-1]
    if last == "e":
        if len(w) > 2 and w[-2] not in "aeiouyl":
            n -= _has_vowel(w, len(w) - 2)
    elif last == "d" and len(w) > 3 and w[-2] == "e" and w[-3] not in "aeiouytd":
        n -= _has_vowel(w, len(w) - 3)
    return n


def _has_vowel(w: str, end: int) -> bool:
    """Whether w[:end] holds a vowel (a, e, i, o, u or y)."""
    return any(w[i] in _VOWELS for i in range(end))
