"""Whether a note can be judged at all: empty notes and notes not in English get one line.

The checker's phrases and learned layer read English; on a note in another language they would
report every element missing, which says nothing useful. A note is read in three steps, each
only when the one before leaves it in doubt:

1. its common words: a note with enough common English words is English (nearly every note);
2. its everyday words: a note most of whose words are everyday English words (data/
   english_words.txt) is English, whatever names, greetings or quoted phrases it also has
   ("Kia ora Mere, thank you for …", "Danke, Klaus! Great chat today.");
3. what language it is in: Google's Compact Language Detector 2 (`pycld2`, a C library of a few
   megabytes, loaded only here), else the common words of the languages in the rules file.
   A note the detector cannot name but whose words are mostly not English "does not look
   English".
"""

from __future__ import annotations

from followup.core.check.lazyre import lazy
from followup.core.check.rules import Language
from followup.core.check.words import everyday_words

_WORD = lazy(r"[^\W\d_]+(?:'[^\W\d_]+)?")
_LETTER = lazy(r"[^\W\d_]")
_NOT_LATIN = lazy(r"[^\W\d_a-zA-Z\u00c0-\u024f]")

EMPTY = "the note is empty: there is nothing to check"
NOT_ENGLISH = "followup checks English notes; this one "
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
            return NOT_ENGLISH + "is not written in the Latin alphabet"
    words = _WORD.findall(text.lower().replace("\u2019", "'"))
    if not words:
        return "the note has no words: there is nothing to check"
    english = sum(map(language.english.__contains__, words))
    if len(words) >= language.min_words and english >= language.english_share * len(words) / 2:
        # plainly English: a third or more of nearly any English text is its common words,
        # and a tenth or less of another language's ("a" in Hungarian, "i" and "at" in Danish)
        return ""
    known = everyday_words()
    everyday = sum(1 for w in words if w in known or w.split("'", 1)[0] in known)
    if everyday >= language.everyday_share * len(words):
        return ""  # English with names, greetings or a phrase of another language in it
    detected = _detected(text)
    if detected == "English":
        return ""
    name = detected or _by_common_words(words, english, language)
    if name:
        return NOT_ENGLISH + f"looks {name}"
    if len(words) >= language.min_words:
        return NOT_ENGLISH + "does not look English"
    return ""  # a few words nothing can place: checked as English


def _detected(text: str) -> str:
    """The language the detector finds the text written in ("Polish"), "" when it is not sure
    or is not installed (core.text.written_in)."""
    from followup.core.text import written_in

    return written_in(text)


def _by_common_words(words: list[str], english: int, language: Language) -> str:
    """The language of the rules file whose common words the note uses most, when it uses them
    more than English's."""
    best, best_hits = "", 0
    for name, common in language.others.items():
        hits = sum(map((common - language.english).__contains__, words))
        if hits > best_hits:
            best, best_hits = name, hits
    if best_hits and english < language.english_share * (english + best_hits):
        return best
    return ""
