"""Words and names in scripts without letter case (Hebrew, Arabic, Devanagari, Bengali, Thai,
Han, Hangul, …), read by Unicode's own properties (the `regex` module's categories and
Bidi_Control), never by hand-made ranges of code points. Pure functions, no I/O: the invite
reader's lists of people and the transcript reader's speakers use the same tests.
"""

from __future__ import annotations

import unicodedata

import regex

# Unicode's bidirectional controls: LRM, RLM, ALM, the embeddings and overrides (U+202A-202E)
# and the isolates (U+2066-2069) that right-to-left mail writes around Latin addresses
_DIRECTION_MARKS = regex.compile(r"\p{Bidi_Control}+")

# a word: letters and the combining marks of their script (Devanagari's and Bengali's vowel
# signs, Hebrew's points, Arabic's harakat), the joiners of Persian and Indic writing, and an
# apostrophe, a geresh, a gershayim or a hyphen inside it
_WORD = regex.compile(r"[\p{L}\p{M}][\p{L}\p{M}\p{N}\u200c\u200d'’׳״-]*")

# a cased letter (Latin, Greek, Cyrillic, Armenian, Georgian Mtavruli …)
_CASED = regex.compile(r"[\p{Lu}\p{Ll}\p{Lt}]")

# Han, Hiragana, Katakana and Hangul: scripts that write a name without spaces between its
# parts ("王建国", "김도윤"), read by their own rules
_SPACELESS = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")


def without_direction_marks(text: str) -> str:
    """`text` without Unicode's bidirectional controls ("\u200fנועה כהן" -> "נועה כהן",
    "(\u200enoa@example.com\u200f)" -> "(noa@example.com)"): they are part of no word."""
    return _DIRECTION_MARKS.sub("", text)


# a decimal digit of any script but ASCII's (Arabic-Indic "٠-٩", Persian "۰-۹", Devanagari,
# Bengali, Thai …): Unicode's category Nd
_OTHER_DIGIT = regex.compile(r"[^\P{Nd}0-9]")


def ascii_digits(text: str) -> str:
    """`text` with every decimal digit of another script written as its ASCII digit
    ("١٤ أكتوبر ٢٠٣٣ ١٠:٠٠" -> "14 أكتوبر 2033 10:00"), by Unicode's digit values; one
    character for one, so a position in either text is the same place."""
    return _OTHER_DIGIT.sub(lambda m: str(unicodedata.decimal(m[0])), text)


def caseless_word(word: str) -> bool:
    """`word` is written in a script without letter case: letters and their marks only, none
    of them upper or lower case ("נועה", "الحربي", "তানভীর", "สมชาย", "王建国"). False for a
    Latin, Greek or Cyrillic word, a number, or anything with punctuation around it."""
    return bool(_WORD.fullmatch(word)) and not _CASED.search(word)


def caseless_name(text: str, most: int = 4) -> str | None:
    """Two to `most` words, each `caseless_word`, not of Han, kana or Hangul (their names have
    no spaces and are read by their own rules): a name as lists in those scripts write one
    ("נועה כהן", "سارة الحربي", "अनिल शर्मा"), its words joined by one space. None for
    anything else, direction marks aside."""
    words = without_direction_marks(text).split()
    if not 2 <= len(words) <= most or _SPACELESS.search(text):
        return None
    return " ".join(words) if all(caseless_word(w) for w in words) else None


def spaceless_script(text: str) -> bool:
    """`text` holds a letter of Han, Hiragana, Katakana or Hangul."""
    return bool(_SPACELESS.search(text))
