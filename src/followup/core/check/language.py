"""Whether a note can be judged at all: empty notes and notes not in English get one line.

The checker's phrases and learned layer read English; on a note in another language they would
report every element missing, which says nothing useful. A note is judged by its common words:
when too few of them are English and another language's are more numerous, it is named.
"""

from __future__ import annotations

import re

from followup.core.check.rules import Language

_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")

EMPTY = "the note is empty: there is nothing to check"


def cannot_judge(text: str, language: Language) -> str:
    """Why this note cannot be checked (one line), or "" when it can."""
    if not text.strip():
        return EMPTY
    words = [w.lower() for w in _WORD.findall(text.replace("\u2019", "'"))]
    if not words:
        return "the note has no words: there is nothing to check"
    letters = [c for w in words for c in w]
    latin = sum(1 for c in letters if c.isascii() or "\u00c0" <= c <= "\u024f")
    if latin < len(letters) / 2:
        return "followup checks English notes; this one is not written in the Latin alphabet"
    if len(words) < language.min_words or not language.others:
        return ""
    english = sum(1 for w in words if w in language.english)
    best, best_hits = "", 0
    for name, common in language.others.items():
        hits = sum(1 for w in words if w in common and w not in language.english)
        if hits > best_hits:
            best, best_hits = name, hits
    if best_hits and english < language.english_share * (english + best_hits):
        return f"followup checks English notes; this one looks {best}"
    return ""
