"""The note read once: normalised text, subject, greeting, body, signature, sentences, words."""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Final, final

from followup.core.check.lazyre import lazy
from followup.core.check.prefilter import PREFIX_LEN, PREFIX_MIN
from followup.core.check.rules import CheckRules
from followup.core.check.words import lowercase

# One-for-one replacements, so offsets in the normalised text are offsets in the original.
NORMALISE = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u02bc": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u00a0": " ",
        "\u2009": " ",
        "\u202f": " ",
    }
)
_WORD_PARTS = lazy(r"['\u2019-]")
_NORMALISE_RE = lazy("[" + "".join(chr(c) for c in NORMALISE) + "]")
WORD = lazy(r"[^\W_]+(?:['\u2019-][^\W_]+)*")
# the same words in a text of ASCII only (where a letter or digit is one of these), read
# without looking each character up in Unicode's tables
_ASCII_WORD = lazy(r"[A-Za-z0-9]+(?:['-][A-Za-z0-9]+)*")
_SUBJECT = lazy(r"\A\s*subject\s*:[^\n]*", re.IGNORECASE)
_SENTENCE_END = lazy(r"[.!?]+[\"')\]]*(?=\s|$)")
_ABBREVIATIONS = frozenset(
    (
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "mx",
        "lt",
        "lieut",
        "capt",
        "sgt",
        "cpl",
        "col",
        "maj",
        "cmdr",
        "insp",
        "supt",
        "engr",
        "rev",
        "hon",
        "sr",
        "jr",
        "st",
        "mt",
        "vs",
        "etc",
        "e.g",
        "i.e",
        "inc",
        "ltd",
        "co",
        "corp",
        "dept",
        "approx",
        "no",
        "fig",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mon",
        "tue",
        "wed",
        "thu",
        "fri",
        "sat",
        "sun",
    )
)
_CLAUSE_BREAK = lazy(r"[,;]\s+(?:and|but|so|yet|while|although|though)\b|;|\s[—–-]{1,2}\s")
# where a greeting run into the first sentence ends: a comma or colon, a dash between words
# ("Hi Aisha - thank you…"), or a full stop after a word (not after "Dr" or "Ms")
_GREETING_CUT = lazy(r"[,:;!]|\s[-\u2013\u2014]{1,2}\s|(?<=[a-z]{3})\.(?=\s)")
_LAST_WORD = lazy(r"[\w.]+$")
# the sentence going on after a stop: spaces on one line, then a lower-case letter
_LOWER_NEXT = lazy(r"[ \t]+[a-z]")
# a letter's address blocks and date above the salutation: at most this many lines in all, of
# at most this many words each
_ADDRESS_LINES = 16
_ADDRESS_WORDS = 8
# a letter's reference or subject line among its address blocks, before the salutation, of any
# length ("Subject: Thanks for the interview for the post of Assistant Manager (Field)")
_FURNITURE_LINE = lazy(
    r"[ \t]*(?:subject|sub|re|ref|reference|our[ \t]+ref|your[ \t]+ref)[ \t]*[:.-]", re.IGNORECASE
)
# a line above the salutation that names whom the letter is for: "Attention: …", "Attn: …",
# "For the attention of: …", "FAO …" (the addressee: its names are the reader's and employer's)
_ATTENTION_LINE = lazy(
    r"[ \t]*(?:(?:for|to)[ \t]+the[ \t]+attention[ \t]+of|attention|attn|f\.?a\.?o\.?)"
    r"(?:[ \t]*[:.-][ \t]*|[ \t]+)(?=\S)",
    re.IGNORECASE,
)


def normalised(text: str) -> str:
    """`text` with NORMALISE's replacements (offsets unchanged); one of ASCII only as it is
    (`str.translate` looks each character up, and all NORMALISE replaces is beyond ASCII)."""
    return text if text.isascii() else text.translate(NORMALISE)


def _normal_char(match: re.Match[str]) -> str:
    return match.group().translate(NORMALISE)


def _lower_text(text: str) -> str:
    """The text in lower case, character for character (offsets unchanged)."""
    lowered = lowercase(text)
    if len(lowered) == len(text):
        return lowered
    return "".join(ch if len(lowercase(ch)) != 1 else lowercase(ch) for ch in text)


# --------------------------------------------------------------------------------------
# The note, read once


@final
class Span:
    """A stretch of the note's text: character offsets, `end` exclusive. Compared and hashed
    by its offsets, never changed once made (a plain class, not a frozen dataclass: a note
    makes dozens, and a frozen dataclass's __init__ is a Python function setting each field
    through object.__setattr__, which compiled code cannot make a native call of)."""

    __slots__ = ("end", "start")

    def __init__(self, start: int, end: int) -> None:
        self.start: Final = start
        self.end: Final = end

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Span):
            return NotImplemented
        return self.start == other.start and self.end == other.end

    def __hash__(self) -> int:
        return hash((self.start, self.end))

    def __repr__(self) -> str:
        return f"Span(start={self.start!r}, end={self.end!r})"


class Document:
    """The note's text with its parts: subject, greeting, body, signature, sentences."""

    def __init__(self, text: str, rules: CheckRules) -> None:
        self.text = text
        self.norm = text if text.isascii() else _NORMALISE_RE.sub(_normal_char, text)
        self.lower = _lower_text(self.norm)
        subject = _SUBJECT.match(self.norm)
        self.subject = Span(subject.start(), subject.end()) if subject else None
        self.body_start = subject.end() if subject else 0
        self.greeting = self._greeting(rules)
        self.signature_start = self._signature(rules)
        self.body = Span(
            self.greeting.end if self.greeting else self.body_start, self.signature_start
        )
        self.sentences = self._sentences()
        self._starts = [s.start for s in self.sentences]
        found: set[str] = set()
        self.sentence_words: list[int] = []
        self.sentence_tokens: list[list[str]] = []
        findall = (_ASCII_WORD if self.norm.isascii() else WORD).findall
        for s in self.sentences:
            words = findall(self.norm, s.start, s.end)
            self.sentence_words.append(len(words))
            self.sentence_tokens.append(words)
            found.update(words)
        self.words = sum(
            n
            for s, n in zip(self.sentences, self.sentence_words, strict=True)
            if s.start >= self.body_start
        )
        # the words of the note, whole ("e-mail", "I've") and in parts ("e", "mail", "ve")
        parts = {p for w in found if not w.isalnum() for p in _WORD_PARTS.split(w)}
        self.cased_words = frozenset(found | parts)
        self.word_set = frozenset(map(str.lower, self.cased_words))
        self._prefixes: dict[str, frozenset[str]] = {}
        self._breaks: list[tuple[int, int]] | None = None
        self._headers: list[tuple[Span, bool]] | None = None

    def word_start(self, index: int) -> int:
        """Where the note's word number `index` (from 0, after the subject) starts."""
        for i, m in enumerate(WORD.finditer(self.norm, self.body_start)):
            if i == index:
                return m.start()
        return len(self.norm)

    def _greeting(self, rules: CheckRules) -> Span | None:
        """The salutation: among the first three lines, or below a letter's address blocks
        and date (short lines, up to _ADDRESS_LINES of them)."""
        pos, seen, short = self.body_start, 0, True
        while pos < len(self.norm) and (seen < 3 or short and seen < _ADDRESS_LINES):
            end = self.norm.find("\n", pos)
            end = len(self.norm) if end < 0 else end
            line = self.norm[pos:end]
            if line.strip():
                seen += 1
                short = short and (
                    len(line.split()) <= _ADDRESS_WORDS or _FURNITURE_LINE.match(line) is not None
                )
                opener = rules.greeting.match(line)
                if opener:
                    lead = len(line) - len(line.lstrip())
                    end_at = len(line.rstrip())
                    if len(line.split()) > 10:  # "Hi Sarah, thank you for…" on one line
                        cut = _GREETING_CUT.search(line[opener.end() :])
                        end_at = opener.end() + cut.end() if cut else opener.end()
                    return Span(pos + lead, pos + end_at)
            pos = end + 1
        return None

    def header_lines(self) -> list[tuple[Span, bool]]:
        """The header-like lines above the salutation (below the Subject line the note opens
        with, if any): a letter's Subject, "Re:", "RE:", "Sub:", "Ref:" reference line and its
        "Attention:" / "Attn:" / "For the attention of" line. Each is the span of its text after
        the label (character offsets into the note), and whether it is an attention line
        (True: it names the addressee). Without a salutation, the lines of the note's first
        paragraph are read."""
        found = self._headers
        if found is not None:
            return found
        found = self._headers = []
        text = self.norm
        upto = self.greeting.start if self.greeting else text.find("\n\n", self.body_start)
        upto = len(text) if upto < 0 else upto
        pos = self.body_start
        while pos < upto:
            end = text.find("\n", pos, upto)
            end = upto if end < 0 else end
            label = _FURNITURE_LINE.match(text, pos, end)
            attention = None if label else _ATTENTION_LINE.match(text, pos, end)
            m = label or attention
            if m is not None:
                start = m.end()
                start += len(text[start:end]) - len(text[start:end].lstrip())
                stop = start + len(text[start:end].rstrip())
                if stop > start:
                    found.append((Span(start, stop), attention is not None))
            pos = end + 1
        return found

    def _signature(self, rules: CheckRules) -> int:
        """Where the sign-off starts (the end of the text when there is none)."""
        lines: list[tuple[int, int]] = []
        pos = self.body_start
        while pos <= len(self.norm):
            end = self.norm.find("\n", pos)
            end = len(self.norm) if end < 0 else end
            if self.norm[pos:end].strip():
                lines.append((pos, end))
            pos = end + 1
        first_body = 1 if self.greeting else 0
        last = lines[first_body:][-6:]
        for start, end in reversed(last):
            line = self.norm[start:end]
            if len(line.split()) <= 8 and rules.closing.match(line):
                return start + len(line) - len(line.lstrip())
        # a sign-off the pattern does not know ('Le meas,', 'Saludos cordiales,'): a short line
        # ending in a comma, the first of the last lines, that only short lines follow (a name,
        # a title, an employer)
        most = rules.settings.sign_off_words
        for i, (start, end) in enumerate(last[:-1]):
            line = self.norm[start:end].strip()
            if (
                0 < len(line.split()) <= most
                and line.endswith(",")
                and line[0].isalpha()
                and not any(c.isdigit() for c in line)
                and all(len(self.norm[a:b].split()) <= 8 for a, b in last[i + 1 :])
            ):
                return start + len(self.norm[start:end]) - len(self.norm[start:end].lstrip())
        return len(self.norm)

    def _sentences(self) -> list[Span]:
        text = self.norm
        cuts: set[int] = set()
        for m in _SENTENCE_END.finditer(text):
            if m.group() == ".":
                word = _LAST_WORD.search(text, max(0, m.start() - 12), m.start())
                last = lowercase(word.group()).rstrip(".") if word else ""
                if last in _ABBREVIATIONS or (len(last) == 1 and last.isalpha()):
                    continue
                if "." in last and _LOWER_NEXT.match(text, m.end()):
                    continue  # a dotted abbreviation inside a sentence: "at 9 a.m. to receive"
            cuts.add(m.end())
        i = text.find("\n")
        while i >= 0:
            line_start = text.rfind("\n", 0, i) + 1
            prev_line = text[line_start:i].rstrip()
            nxt = text[i + 1 : i + 2]
            if (
                not prev_line
                or not nxt.strip()
                or prev_line[-1] in ".!?,:;"
                or (len(prev_line) < 60 and (nxt.isupper() or nxt.isdigit() or nxt in "-*•"))
            ):
                cuts.add(i + 1)
            i = text.find("\n", i + 1)
        for fixed in (self.body_start, self.signature_start):
            cuts.add(fixed)
        if self.greeting:
            cuts.update((self.greeting.start, self.greeting.end))
        spans = []
        prev = 0
        for cut in sorted(cuts | {len(text)}):
            chunk = text[prev:cut]
            if chunk.strip():
                lead = len(chunk) - len(chunk.lstrip())
                spans.append(Span(prev + lead, prev + len(chunk.rstrip())))
            prev = cut
        return spans or [Span(0, len(text))]

    def prefixes(self, cased: bool) -> frozenset[str]:
        """Every beginning of every word of the note (to test a word-initial string at once):
        its first PREFIX_MIN to PREFIX_LEN characters (a shorter word whole), of the words as
        written or in lower case."""
        key = "cased" if cased else "lower"
        found = self._prefixes.get(key)
        if found is None:
            # (those of the lower-cased words: in ASCII, where lower-casing keeps lengths,
            # the lower-cased beginnings of the words)
            found = self._prefixes[key] = _beginnings_of(
                self.cased_words if cased else self.word_set
            )
        return found

    def sentence_index(self, pos: int) -> int:
        index = bisect_right(self._starts, pos) - 1
        return index if index > 0 else 0

    def sentence_at(self, pos: int) -> Span:
        return self.sentences[self.sentence_index(pos)]

    def clause_at(self, pos: int) -> Span:
        """The clause around pos: its sentence cut at ', and', ', but', ';' and dashes."""
        sentence = self.sentence_at(pos)
        if self._breaks is None:
            self._breaks = [m.span() for m in _CLAUSE_BREAK.finditer(self.norm)]
        breaks = self._breaks
        i = bisect_right(breaks, (pos, pos))
        start = breaks[i - 1][1] if i and breaks[i - 1][1] <= pos else sentence.start
        while i < len(breaks) and breaks[i][0] < pos:
            i += 1
        end = breaks[i][0] if i < len(breaks) else sentence.end
        return Span(max(start, sentence.start), min(end, sentence.end))

    def is_sentence_start(self, pos: int) -> bool:
        return self.sentence_at(pos).start == pos

    def in_body(self, pos: int) -> bool:
        return self.body.start <= pos < self.body.end

    def words_in(self, span: Span) -> int:
        """Words in the sentences that start inside span."""
        return sum(
            n
            for s, n in zip(self.sentences, self.sentence_words, strict=True)
            if span.start <= s.start < span.end
        )


def _beginnings_of(words: frozenset[str]) -> frozenset[str]:
    """The beginnings of `words` (see Document.prefixes): each word's, cut from it the first
    time the process meets the word and remembered (`_BEGINNINGS`): most words of a note were
    in earlier ones, and a remembered beginning is a string whose hash is known, which the
    set takes without hashing it again (a beginning cut afresh is a new string, made and
    hashed for every note)."""
    memo = _BEGINNINGS
    if len(memo) > _MOST_WORDS:
        memo.clear()
    found: set[str] = set()
    for word in words:
        known = memo.get(word)
        if known is None:
            known = memo[word] = _word_beginnings(word)
        for beginning in known:
            found.add(beginning)
    return frozenset(found)


def _word_beginnings(word: str) -> tuple[str, ...]:
    """A word's first PREFIX_MIN to PREFIX_LEN characters (a shorter word whole)."""
    out = [word[:PREFIX_MIN]]
    for k in range(PREFIX_MIN + 1, min(len(word), PREFIX_LEN) + 1):
        out.append(word[:k])
    return tuple(out)


# each word's beginnings (`_word_beginnings`), for the last _MOST_WORDS words met (then the
# memory starts again)
_BEGINNINGS: dict[str, tuple[str, ...]] = {}
_MOST_WORDS = 50_000
