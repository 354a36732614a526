"""Whether a note can be judged at all: empty notes and notes not in English get one line.

The checker's phrases and learned layer read English; on a note in another language they would
report every element missing, which says nothing useful. A note is judged by its common words:
when too few of them are English and another language's are more numerous, it is named.
"""

from __future__ import annotations

from followup.core.check.lazyre import lazy
from followup.core.check.rules import Language

_WORD = lazy(r"[^\W\d_]+(?:'[^\W\d_]+)?")
_LETTER = lazy(r"[^\W\d_]")
_NOT_LATIN = lazy(r"[^\W\d_a-zA-Z\u00c0-\u024f]")

EMPTY = "the note is empty: there is nothing to check"
_PLAINLY_ENGLISH = 12  # distinct common English words: no other language's note has as many


def cannot_judge(text: str, language: Language, distinct: frozenset[str] | None = None) -> str:
    """Why this note cannot be checked (one line), or "" when it can. `distinct`: the note's
    words in lower case, when already known (a note using many distinct common English words
    is English, and is not read again)."""
    if not text.strip():
        return EMPTY
    if distinct is not None and len(distinct & language.english) >= _PLAINLY_ENGLISH:
        return ""
    if not text.isascii():
        letters = _LETTER.findall(text)
        if not letters:
            return "the note has no words: there is nothing to check"
        if len(_NOT_LATIN.findall(text)) > len(letters) / 2:
            return "followup checks English notes; this one is not written in the Latin alphabet"
    if not language.others:
        return ""
    words = _WORD.findall(text.lower().replace("\u2019", "'"))
    if not words:
        return "the note has no words: there is nothing to check"
    if len(words) < language.min_words:
        return ""
    english = sum(map(language.english.__contains__, words))
    if english >= language.english_share * len(words) / 4:
        return ""  # plainly English: a quarter of any English text is its common words
    best, best_hits = "", 0
    for name, common in language.others.items():
        hits = sum(map((common - language.english).__contains__, words))
        if hits > best_hits:
            best, best_hits = name, hits
    if best_hits and english < language.english_share * (english + best_hits):
        return f"followup checks English notes; this one looks {best}"
    return ""
