"""Text from outside made safe to store and to show: the one cleaning function.

Whatever a user types, an invite or a transcript brings, or an export file holds may carry
characters that act on a terminal instead of being read: escape sequences (colours, window
titles, clearing the screen, hyperlinks), other C0 and C1 control characters, bidirectional
overrides that make text display in another order than it is stored, and invisible
zero-width characters. `clean` removes them all; it runs where text enters (add, edit,
import, restore, debrief, draft edit, profile) and again where text is printed.

Also the one reading of what language a text is written in (`written_in`), for the checker
and for drafts whose jot is in another language.

Pure: no I/O. Unicode ranges from the Unicode Character Database (general categories Cc and
Cf) and ECMA-48 (escape sequences).
"""

from __future__ import annotations

import re

# ECMA-48 escape sequences: CSI (ESC [ … final byte), OSC (ESC ] … BEL or ST), the string
# controls DCS/SOS/PM/APC (ESC P|X|^|_ … ST), and the two-character ones (ESC Fp/Fe/Fs).
# An OSC or string control without its terminator is not a sequence: only its ESC goes,
# so an unfinished one cannot swallow the text after it.
_ESCAPE_SEQUENCE = re.compile(
    r"\x1b(?:"
    r"\[[0-?]*[ -/]*[@-~]"
    r"|\][^\x07\x1b]*(?:\x07|\x1b\\)"
    r"|[PX^_][^\x1b]*\x1b\\"
    r"|[0-~]"
    r")"
)

# A letter of a script written without spaces between words (Chinese, Japanese kana and
# kanji, the iteration mark 々) or of Korean, which writes its particles on the word before
# them: a phrase in these may touch the letters around it ("下周五之前", "결과는")
SPACELESS = re.compile(r"[\u3005\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")

UNSAFE_RANGES = (
    ("\x00", "\x08"),  # C0 controls before TAB
    ("\x0b", "\x1f"),  # C0 controls after LF (VT, FF, CR, ESC, …)
    ("\x7f", "\x9f"),  # DEL and the C1 controls
    ("\u061c", "\u061c"),  # ARABIC LETTER MARK
    ("\u180e", "\u180e"),  # MONGOLIAN VOWEL SEPARATOR (formerly zero-width)
    ("\u200b", "\u200f"),  # zero-width space, non-joiner, joiner; LRM, RLM
    ("\u202a", "\u202e"),  # bidirectional embeddings and overrides
    ("\u2060", "\u2064"),  # word joiner, invisible operators
    ("\u2066", "\u2069"),  # bidirectional isolates
    ("\ufeff", "\ufeff"),  # zero-width no-break space (BOM)
    ("\U000e0000", "\U000e007f"),  # tag characters (invisible)
)
"""Characters `clean` removes (first, last), besides escape sequences; TAB and LF stay."""

_UNSAFE = re.compile("[" + "".join(a if a == b else f"{a}-{b}" for a, b in UNSAFE_RANGES) + "]")


def clean(text: str, *, newlines: bool = True, tabs: bool = True) -> str:
    """`text` without escape sequences, control characters (other than TAB and LF), bidi
    overrides or zero-width characters. CR LF and a lone CR become LF. With `newlines` False
    a line break becomes a space; with `tabs` False a TAB does. Idempotent; text that needs
    nothing removed is returned as it is (the same object)."""
    if _UNSAFE.search(text) is not None:
        if "\x1b" in text:
            text = _ESCAPE_SEQUENCE.sub("", text)
        text = _UNSAFE.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    if not newlines and "\n" in text:
        text = text.replace("\n", " ")
    if not tabs and "\t" in text:
        text = text.replace("\t", " ")
    return text


def is_clean(text: str) -> bool:
    """Whether `clean` would leave `text` as it is (keeping line breaks and TABs)."""
    return _UNSAFE.search(text) is None


def _escape(match: re.Match[str]) -> str:
    data = match.group().encode("utf-16-be")
    return "".join(f"\\u{data[i] << 8 | data[i + 1]:04x}" for i in range(0, len(data), 2))


def json_safe(json_text: str) -> str:
    """JSON text (as `json.dumps` writes it) with every character `clean` would remove written
    as a `\\uXXXX` escape: the same JSON value, nothing a terminal would act on."""
    return json_text if is_clean(json_text) else _UNSAFE.sub(_escape, json_text)


_ROUND_HINT = re.compile(
    r"\b(followup (?:edit|plan|show|done|draft|draft list|schedule|send|reply|card|call|"
    r"mailto|eml)) ID\b"
)


def with_round(text: str, round_id: int | None) -> str:
    """`text` with the placeholder of a round's number in a command it suggests ('followup
    edit ID --topic') replaced by the number, when it is known ('followup edit 4 --topic')."""
    if round_id is None or " ID" not in text:
        return text
    return _ROUND_HINT.sub(lambda m: f"{m.group(1)} {round_id}", text)


def cells(text: str) -> int:
    """How many terminal cells `text` takes: 2 for a wide or fullwidth character (CJK,
    kana, hangul, fullwidth forms: East Asian Width W or F, Unicode Standard Annex #11),
    0 for a combining mark, 1 for any other. The one width that every plain view and
    wrapped line is measured in."""
    if text.isascii():
        return len(text)
    from unicodedata import combining, east_asian_width

    return sum(0 if combining(c) else 2 if east_asian_width(c) in "WF" else 1 for c in text)


def without_accents(text: str) -> str:
    """`text` in Unicode compatibility decomposition (NFKD) with its combining marks left out
    ("Canárias" -> "Canarias", "Wójcik" -> "Wojcik"); case and other characters as they are."""
    from unicodedata import combining, normalize

    return "".join(c for c in normalize("NFKD", text) if not combining(c))


# A name whose symbols are its own spelling: programming languages and certificates ('C++',
# 'C#', 'F#', 'Notepad++', 'CompTIA A+'). Its '+' or '#' is never a jotted 'and' or a
# symbol left in prose.
SYMBOL_NAME = re.compile(r"(?<![\w+#])(?:[A-Z][A-Za-z]*\+\+|[A-Z]#|[A-Z]\+)(?![\w+#])")


def sub_outside_names(pattern: re.Pattern[str], repl: str, text: str) -> str:
    """`pattern.sub(repl, …)` on every part of `text` outside a SYMBOL_NAME ('C++ and C#'
    keeps both names whole)."""
    out, last = [], 0
    for m in SYMBOL_NAME.finditer(text):
        out += [pattern.sub(repl, text[last : m.start()]), m.group()]
        last = m.end()
    return "".join([*out, pattern.sub(repl, text[last:])])


def without_symbol_names(text: str) -> str:
    """`text` with each SYMBOL_NAME said as a plain word (its letters), for tests that look
    for symbols left in prose."""
    return SYMBOL_NAME.sub(lambda m: re.sub(r"[+#]", "", m.group()) or "X", text)


def latin_script(text: str) -> bool:
    """Whether every letter of `text` is of the Latin script, accents aside (Unicode
    character names)."""
    from unicodedata import name

    return all("LATIN" in name(c, "") for c in text if c.isalpha())


def written_in(text: str) -> str:
    """The language `text` is written in, as Google's Compact Language Detector 2 (`pycld2`,
    a C library loaded only here) names it when it is sure ("Spanish", "Korean", "English");
    "" when it is not sure or is not installed."""
    try:
        import pycld2  # noqa: PLC0415 (loaded only for a text in doubt)
    except ImportError:
        return ""
    try:
        reliable, _, details = pycld2.detect(text)
    except pycld2.error:  # bytes it cannot read (control characters)
        return ""
    best = details[0] if details else None
    if not reliable or best is None or best[1] in ("un", "xxx"):
        return ""
    name = str(best[0]).replace("_", " ")
    return name.title() if name.replace(" ", "").isalpha() else ""
