"""Meeting transcripts: WebVTT and SRT (as Zoom, Teams and Meet export them) and plain notes.

Pure: text in, cues out. A file that says it is WebVTT or looks like SRT must be well formed;
anything else is read as plain notes, one line at a time.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from functools import lru_cache

from followup.core.errors import InvalidInput
from followup.core.text import SPACELESS

MAX_CUES = 50_000
MAX_LINE_CHARS = 10_000

_VTT_TIME = r"(?:(\d{1,3}):)?([0-5]\d):([0-5]\d)\.(\d{3})"
_SRT_TIME = r"(\d{1,3}):([0-5]\d):([0-5]\d)[,.](\d{1,3})"
_VTT_TIMING = re.compile(rf"^{_VTT_TIME}[ \t]+-->[ \t]+{_VTT_TIME}(?:[ \t]+.*)?$")
_SRT_TIMING = re.compile(rf"^{_SRT_TIME}[ \t]*-->[ \t]*{_SRT_TIME}(?:[ \t]+.*)?$")
_VOICE = re.compile(r"<v(?:\.[\w.-]+)*[ \t]+([^>]+)>", re.IGNORECASE)
_TAG = re.compile(
    r"</?[a-z][^>]*>|<\d{1,3}:\d{2}(?::\d{2})?\.\d{3}>|\{\\[^}]{0,40}\}", re.IGNORECASE
)  # markup, karaoke times, SSA positions such as {\an8}
# A name's letters, Latin-1 and beyond ("Łukasz", "Wiśniewska", "Yıldız", "Řezníček"): the
# first is a capital (Latin Extended-A and -B mix their capitals and small letters, so any of
# theirs may open a name), the rest small
_CAPITAL = "A-ZÀ-ÖØ-ÞĀ-ɏ"
# a name's first letter in a script without small letters (Hebrew, Arabic, Devanagari, Thai,
# Hangul, kana, CJK ideographs) or a capital of Greek or Cyrillic: "김민준:", "佐藤 健一:",
# "Иван Петров:" label a voice as "Priya Raman:" does
_NAME_INITIAL = (
    "\u0386-\u038f\u0391-\u03ab\u0400-\u042f\u0590-\u05ff\u0600-\u06ff\u0900-\u097f"
    "\u0e00-\u0e7f\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff"
    "\uac00-\ud7af"
)
_SMALL = "a-zß-öø-ÿĀ-ɏ"
# the letters of a name in a script without spaces or capitals: Han (and 々), katakana, Hangul
_SPACELESS_NAME = "\u3005\u30a0-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
# The dashes people type and paste: a hyphen-minus, Unicode's hyphens, the figure, en and em
# dashes, a horizontal bar and a minus sign
_DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
# A dialogue dash before a speaker's line: with a space after it ("- Thank you."), or glued to
# a capital, a quote or a tag ("-Hi.", "—HANA: …", as subtitles and chat paste it); never
# before a digit ("-5 in the freezer") or a small letter ("—and then we left" goes on)
_DIALOGUE_DASH = re.compile(rf"^\s*[{_DASHES}]{{1,2}}(?:[ \t]+|(?=[{_CAPITAL}\"“‘'¿¡<\[(]))")
_BRACKETED_TAIL = re.compile(r"[ \t]*(?:[(（][^()（）]*[)）]|\[[^\]]*\]|[|｜][^|｜]*)$")
# A line that is only a time stamp (Meet and Otter exports put one above each paragraph).
_STAMP = re.compile(r"^\(?\d{1,2}:\d{2}(?::\d{2})?\)?$")
_NAME_STAMP = re.compile(r"^(.{1,60}?)[ \t]+\(?\d{1,2}:\d{2}(?::\d{2})?\)?$")
_NOT_SPEAKERS = frozenset(
    {
        "note",
        "notes",
        "todo",
        "action",
        "actions",
        "q",
        "a",
        "question",
        "answer",
        "summary",
        "agenda",
        "next steps",
        "topics",
        "takeaways",
        "re",
        "fyi",
        "ps",
        "tip",
        "update",
        "panel",
        "candidate",
        "interviewer",
        "interviewers",
        "attendees",
        "participants",
        "present",
    }
)


@dataclass(frozen=True)
class Cue:
    """One stretch of speech (or one line of notes)."""

    text: str
    speaker: str | None = None
    start: float | None = None  # seconds from the start of the meeting
    line: int = 0  # where it starts in the file

    @property
    def at(self) -> str | None:
        if self.start is None:
            return None
        total = int(self.start)
        return f"{total // 3600:02d}:{total % 3600 // 60:02d}:{total % 60:02d}"


@dataclass(frozen=True)
class Transcript:
    format: str  # webvtt, srt or text
    cues: tuple[Cue, ...]
    tool: str | None = None  # teams, zoom, meet or otter, when the file shows which wrote it
    date: date | None = None  # the meeting's day, when the file's header gives it
    heading: tuple[str, ...] = ()  # a text file's lines above the speech: title, "Position: …"

    @property
    def speakers(self) -> list[str]:
        return list(dict.fromkeys(c.speaker for c in self.cues if c.speaker))

    def turns(self) -> list[Cue]:
        """Consecutive cues of one speaker joined into one turn (sentences run across cues)."""
        groups: list[tuple[Cue, list[str]]] = []
        for cue in self.cues:
            if groups and self.format != "text" and groups[-1][0].speaker == cue.speaker:
                groups[-1][1].append(cue.text)
            else:
                groups.append((cue, [cue.text]))
        return [
            first
            if len(texts) == 1
            else Cue(" ".join(texts), first.speaker, first.start, first.line)
            for first, texts in groups
        ]


def _seconds(h: str | None, m: str, s: str, frac: str) -> float:
    return int(h or 0) * 3600 + int(m) * 60 + int(s) + int(frac.ljust(3, "0")) / 1000


def _clean(text: str) -> str:
    text = _TAG.sub("", text)
    return " ".join(html.unescape(text).replace("\u200b", "").split())


def speaker_name(raw: str) -> str | None:
    """A speaker label as the person's name: "Noor Haddad (Guest)", "Dana Whitfield (she/her)",
    "Priya Raman (Northwind)" and "Sam | he/him" lose what follows the name; a label that names
    nobody ("Unknown Speaker") is None."""
    name = " ".join(raw.split())
    for _ in range(3):
        shorter = _BRACKETED_TAIL.sub("", name).strip()
        if not shorter or shorter == name:
            break
        name = shorter
    if len(name) > 3 and all(_shouted(w) for w in name.split()):
        name = " ".join(_unshouted(w) for w in name.split())
    if not name or name.lower() in _words().unknown_speakers:
        return None
    return _without_honorific(_first_last(name))


# a shouted word of a name that keeps its surname's small letters: "McALLISTER", "MacINTYRE"
_SHOUTED_PREFIX = re.compile(rf"([{_CAPITAL}][{_SMALL}]{{1,2}})([{_CAPITAL}]{{2}}[^{_SMALL}]*)")


def _shouted(word: str) -> bool:
    return word.isupper() or _SHOUTED_PREFIX.fullmatch(word) is not None


def _unshouted(word: str) -> str:
    """A shouted word as a name writes it: "GRANT" -> "Grant", "O'BRIEN" -> "O'Brien",
    "McALLISTER" -> "McAllister"."""
    match = _SHOUTED_PREFIX.fullmatch(word)
    if match:
        return match.group(1) + match.group(2).title()
    return word.title() if word.isupper() else word


def _without_honorific(name: str) -> str:
    """ "Capt. Ruth Okafor", "Dr Imran Qureshi" -> the name alone (data/debrief.toml
    [transcript] honorifics); a title with nothing after it stays."""
    words = name.split()
    while len(words) > 1 and words[0].lower().rstrip(".") in _words().honorifics:
        words.pop(0)
    return " ".join(words)


def addressed(label: str) -> tuple[str, bool] | None:
    """(the name, whether the form may itself be a name) of a label that is a form of address
    and a name ([transcript] address_before and address_after): "Pak Hendra" -> ("Hendra",
    True), "Ibu Maya" -> ("Maya", False), "Emre Bey" -> ("Emre", False), "Mori-san" ->
    ("Mori", False), "지수님" -> ("지수", False); None for any other label."""
    words = _words()
    parts = label.split()
    if len(parts) >= 2 and parts[0].lower().rstrip(".") in words.address_before:
        form = parts[0].lower().rstrip(".")
        return " ".join(parts[1:]), form in words.address_names
    if len(parts) >= 2 and parts[-1].lower() in words.address_after:
        return " ".join(parts[:-1]), parts[-1].lower() in words.address_names
    if not parts:
        return None
    last = parts[-1]
    joined = re.fullmatch(rf"(?P<name>[^\W\d_][\w'’]*)[{_DASHES}](?P<form>[^\W\d_]+)", last)
    if joined and joined.group("form").lower() in words.address_after:
        return " ".join([*parts[:-1], joined.group("name")]), False
    for form in sorted(words.address_after, key=len, reverse=True):  # "지수님", "森さん"
        if all(SPACELESS.match(c) for c in form) and last.endswith(form) and len(last) > len(form):
            return " ".join([*parts[:-1], last[: -len(form)]]), False
    return None


def is_device(label: str) -> bool:
    """A speaker label that names a phone, tablet or computer, not a person, in any locale
    ("Tomás’s iPhone", "iPhone de Rodrigo", "Galaxy S23", "iPad (2)"): a word of
    data/debrief.toml [transcript] devices in it, or a computer's network name, one word of
    capitals and digits in parts joined by hyphens ("DESKTOP-7FQ2K1", "WIN-8KD2L0Q")."""
    if _HOST_NAME.fullmatch(label.strip()):
        return True
    words = re.findall(r"[^\W\d_]+", label.lower())
    return any(w in _words().devices for w in words)


# A computer's network name as Windows and IT departments make them: capitals and digits in
# hyphen-joined parts, a digit in the last ("DESKTOP-7FQ2K1", "LAPTOP-QH3V9ZP", "WIN-8KD2L0Q")
_HOST_NAME = re.compile(r"[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*-(?=[A-Z0-9]*\d)[A-Z0-9]{4,}")


def device_owner(label: str) -> str | None:
    """The first name a device label is owned by, as phones and computers write it in their
    locales ("Tomás’s iPhone", "Kiri's MacBook Pro" -> "Tomás", "Kiri"; "iPhone de Rodrigo",
    "iPad von Jonas", "Galaxy S21 de Ana (2)" -> "Rodrigo", "Jonas", "Ana": the owner after a
    word of [transcript] device_of), or None."""
    if not is_device(label):
        return None
    match = re.match(rf"^([{_CAPITAL}][\w-]+)['’]s?\s", label)
    if match:
        return match.group(1)
    of = "|".join(re.escape(w) for w in sorted(_words().device_of, key=len, reverse=True))
    match = (
        re.search(
            rf"\s(?:{of})\s+(?P<name>[{_CAPITAL}][\w'’-]+)(?:\s+[{_CAPITAL}][\w'’-]+)*"
            r"(?:\s*\(\d+\))?\s*$",
            label,
        )
        if of
        else None
    )
    if match is None or is_device(match.group("name")):
        return None
    return match.group("name")


def unnamed(label: str) -> bool:
    """A label that names no person: a numbered voice ("Speaker 2"), a device, or the
    "Interviewer" who asks in notes written as questions and answers."""
    return bool(_NUMBERED_SPEAKER.fullmatch(label)) or is_device(label) or label == QUESTIONER


@lru_cache(maxsize=1)
def _last_first() -> re.Pattern[str]:
    """ "Last, First" as a directory lists a person: a surname of up to three words, its
    particles in either case ("de Vries", "Ó Murchú", "Te Whata", "van der Berg"), and given
    names of up to three words or initials ("Thi Lan", "Mary Anne", "J.")."""
    word = rf"[{_CAPITAL}][\w'’-]+"
    given = rf"[{_CAPITAL}][\w'’.-]*"
    return re.compile(
        rf"^(?P<last>(?:(?:(?i:{_particle()})|{word})[ \t]+){{0,2}}{word})"
        rf",[ \t]*(?P<first>{given}(?:[ \t]+{given}){{0,2}})$"
    )


def _first_last(name: str) -> str:
    """ "Okonkwo, Chidi" (as Teams and Zoom show a directory's "Last, First") -> "Chidi
    Okonkwo"; "Ó Murchú, Siobhán" -> "Siobhán Ó Murchú"; "Te Whata, Aroha" -> "Aroha Te
    Whata"; "Nguyen, Thi Lan" -> "Thi Lan Nguyen"; "Smith, J." -> "J. Smith"."""
    match = _last_first().match(name)
    return f"{match.group('first')} {match.group('last')}" if match else name


def _split_speaker(text: str, dashed: frozenset[str] = frozenset()) -> tuple[str | None, str]:
    """(speaker, speech) of a line that opens with a speaker's label ("Priya Raman: …",
    "- Tom:hello", "—Priya: …", "[Priya] …"), or with one of `dashed`, the labels this file
    writes before a dash ("Anna -So tell me …", "Søren — Right."; `_dash_speakers`); else
    (None, the line)."""
    match = _speaker_pattern().match(text)
    if not match:
        return _dash_split(text, dashed) if dashed else (None, text)
    name = (match.group("b") or match.group("c") or match.group("n") or "").strip()
    if not name or name.lower() in _NOT_SPEAKERS or not match.group("t").strip():
        return None, text
    if _BRACKETED_TAIL.sub("", name).strip() in _CASELESS_LABELS:
        return None, text  # "メモ：…": a heading's label
    if match.group("n") and _HYPHENATED_WORD.search(name) and addressed(name) is None:
        return None, text  # "Follow-up: send samples", "E-mail: …": a word, not a name
    if match.group("b") and _sound_note(name):
        return None, text  # "[laughter] That's a good one": a sound cue, then speech
    if match.group("c") and _sound_note(name, square=False):
        return None, text  # "（笑）そうですね": a sound cue, then speech
    if "," in name and any(
        w.lower() in _words().not_introduced for w in re.findall(r"[^\W\d_]+", name)
    ):
        return None, text  # "Yes, Maria: fine" is speech; "Okonjo, Adaeze:" a directory's name
    return speaker_name(name), match.group("t").strip()


# A word joined by a hyphen to a small letter ("Follow-up", "E-mail", "Check-in"): no name's
# ("Jean-Luc", "Anne-Marie", "Al-Hashimi" join capitals)
_HYPHENATED_WORD = re.compile(rf"[^\W\d_][{_DASHES}][{_SMALL}]")


def _dash_split(text: str, dashed: frozenset[str]) -> tuple[str | None, str]:
    match = _dash_speaker().match(text)
    if match is None or " ".join(match.group("n").split()) not in dashed:
        return None, text
    return speaker_name(match.group("n")), match.group("t").strip()


@lru_cache(maxsize=1)
def _dash_speaker() -> re.Pattern[str]:
    """A name, then a dash where a colon would be, then speech: "Anna -So tell me …", "Anna -
    Great.", "Søren — Right.", "Ngozi–Thanks", "Jean-Luc Moreau -- yes", "Tom- sure". A
    hyphen-minus needs a space on one side at least ("Anna-So" is one word, as "Jean-Luc" is);
    the other dashes never join a name."""
    word = rf"(?:[{_CAPITAL}]|i[A-Z])[\w.'’]*(?:[-‐‑][\w.'’]+)*"
    long_dash = "\u2012\u2013\u2014\u2015"
    short_dash = "-\u2010\u2011\u2212"
    return re.compile(
        rf"^(?:[{_DASHES}]{{1,2}}[ \t]*)?"
        rf"(?P<n>{word}(?:[ \t]+(?:{_particle()}[ \t]+)*{word}){{0,3}}"
        r"(?:[ \t]*\([^)\n]{1,40}\))?)"
        rf"(?:[ \t]*[{long_dash}]{{1,2}}|[ \t]+[{short_dash}]{{1,2}}"
        rf"|[{short_dash}]{{1,2}}(?=[ \t]))"
        r"[ \t]*(?P<t>\S.*)$"
    )


def _dash_label(line: str) -> str | None:
    """The label of a line shaped "Name – speech" when it may be a person's name: no word of
    [transcript] not_introduced ("Okay – so …", "Right — we …"), no heading ("Position – …",
    "Notes – …"), no hyphenated word ("Check-in – Tuesday")."""
    match = _dash_speaker().match(line)
    if match is None:
        return None
    label = " ".join(match.group("n").split())
    name = _BRACKETED_TAIL.sub("", label).strip()
    words = _words()
    lows = [w.lower().strip(".") for w in name.split()]
    labels = words.header_labels | words.role_labels | words.employer_labels
    if (
        not name
        or name.lower() in _NOT_SPEAKERS
        or name.lower() in labels
        or any(w in words.not_introduced or w in words.title_words for w in lows)
        or _HYPHENATED_WORD.search(name)
        or name.lower() in words.unknown_speakers
    ):
        return None
    return label


def _dash_speakers(lines: Iterable[str], units: int | None = None) -> frozenset[str]:
    """The labels a file writes before a dash as its speakers' names ("Anna -So tell me …" /
    "Marek -Sure …"): when most of its lines (or `units`, its cues) open so, with two labels
    or more, one of them at least twice, taking turns; then each such label, once too. A list
    of notes ("Budget – approved" / "Timeline – March", each once, or each twice in a row)
    names none."""
    lines = [ln for ln in lines if ln.strip()]
    found = [label for ln in lines if (label := _dash_label(ln.strip())) is not None]
    counts: dict[str, int] = {}
    for label in found:
        counts[label] = counts.get(label, 0) + 1
    if (
        len(found) < 3
        or len(found) * 2 < (units if units is not None else len(lines))
        or len(counts) < 2
        or max(counts.values()) < 2
        or len(counts) > 12
    ):
        return frozenset()
    changes = sum(1 for a, b in zip(found, found[1:], strict=False) if a != b)
    if changes * 2 < len(found) - 1:
        return frozenset()  # the same label line after line: a list's headings
    return frozenset(counts)


# A note in square brackets or parentheses, as captions and transcription tools write sound
# cues ("[laughter]", "(upbeat music)", "[BLANK_AUDIO]"); music notes and what they enclose
# ("♪ la la ♪", a lone "♪"); ">>", as captions mark a change of speaker
_NOTE = re.compile(r"\[(?P<square>[^\[\]\n]{1,60})\]|\((?P<round>[^()\n]{1,40})\)")
_MUSIC = re.compile(r"[♪♫🎵🎶][^♪♫🎵🎶\n]{0,120}[♪♫🎵🎶]|[♪♫🎵🎶]")
_SPEAKER_CHANGE = re.compile(r"(?:^|(?<=\s))(?:>>|&gt;&gt;)+\s*")


def _sound_note(note: str, square: bool = True) -> bool:
    """A bracket's words that make a sound cue: one of data/debrief.toml [transcript]
    sound_words in them ("upbeat music", "BLANK_AUDIO", "phone ringing"), or, in square
    brackets, words that start small ("chairs scraping"); never a digit ("[00:01:02]")."""
    if re.search(r"\d", note):
        return False
    words = re.findall(r"[^\W\d][\w'’-]*", note.lower())
    if not words or len(words) > 6:
        return False
    sound = any(w in _words().sound_words for w in words)
    return sound or (square and note.strip()[:1].islower())


def without_sound_cues(text: str, subtitles: bool = False) -> str:
    """`text` without the notes captioners and transcription tools put in speech: sound cues
    in brackets ("[laughter]", "(upbeat music)", "[inaudible]", "[crosstalk]", "[BLANK_AUDIO]",
    "(phone ringing)"), music notes ("♪ ♪") and ">>" before a new speaker. In `subtitles`
    (WebVTT, SRT) every note in square brackets goes ("[chairs scraping]"), and so does a cue
    that is only a note in parentheses; in notes a person typed, only what
    `_sound_note` finds ("[TBC]" and "(which is our ERP)" stay)."""
    if not any(c in text for c in "[(♪♫🎵🎶>&"):
        return text
    text = _SPEAKER_CHANGE.sub(" ", _MUSIC.sub(" ", text))
    whole = _NOTE.fullmatch(text.strip())

    def drop(match: re.Match[str]) -> str:
        note = match.group("square") or match.group("round") or ""
        square = match.group("square") is not None
        if re.search(r"\d", note):
            return match.group(0)
        if _sound_note(note, square) and (square or len(note.split()) <= 4):
            return " "
        if subtitles and (square or whole is not None):
            return " "
        return match.group(0)

    text = _NOTE.sub(drop, text)
    text = re.sub(r"\s+([,.;:!?])", r"\1", " ".join(text.split()))
    return text.lstrip(",.;: ").strip()


def _blocks(lines: list[str], first: int = 0) -> list[tuple[int, list[str]]]:
    """Blank-line separated blocks, each with the (1-based) number of its first line."""
    out: list[tuple[int, list[str]]] = []
    current: list[str] = []
    start = first
    for index, line in enumerate(lines[first:], start=first):
        if line.strip():
            if not current:
                start = index
            current.append(line.rstrip())
        elif current:
            out.append((start + 1, current))
            current = []
    if current:
        out.append((start + 1, current))
    return out


def _goes_on(payload: list[str]) -> bool:
    """A cue that carries on the speech before it: no dialogue dash, no ">>" (a new
    speaker), no voice, no name."""
    return not any(
        _DIALOGUE_DASH.match(p) or _VOICE.search(p) or _SPEAKER_CHANGE.match(_clean(p))
        for p in payload
    )


def _cue(
    payload: list[str], start: float, line: int, dashed: frozenset[str] = frozenset()
) -> Cue | None:
    # "- Thank you." / "- Glad you could make it.": dialogue dashes start each speaker's line
    text = " ".join(_DIALOGUE_DASH.sub("", p) for p in payload)
    voice = _VOICE.search(text)
    speaker = speaker_name(_clean(voice.group(1))) if voice else None
    text = _SPEAKER_CHANGE.sub(" ", _clean(text)).strip()  # ">> AOIFE: …"
    if speaker is None:
        speaker, text = _split_speaker(text, dashed)
    text = without_sound_cues(text, subtitles=True)
    if not text:
        return None
    return Cue(text[:MAX_LINE_CHARS], speaker, start, line)


@dataclass(frozen=True)
class _Timed:
    """What sets WebVTT and SRT apart: the timing line and how errors name things."""

    format: str  # webvtt or srt
    file: str  # WebVTT, SRT
    cue: str  # cue, subtitle
    timing: re.Pattern[str]
    timing_label: str  # "bad {timing_label} timing"
    example: str
    no_timing: str


_WEBVTT = _Timed(
    "webvtt",
    "WebVTT",
    "cue",
    _VTT_TIMING,
    "cue",
    "00:01:02.500 --> 00:01:05.000",
    "a WebVTT cue needs a timing line 'start --> end'",
)
_SRT = _Timed(
    "srt",
    "SRT",
    "subtitle",
    _SRT_TIMING,
    "SRT",
    "00:01:02,500 --> 00:01:05,000",
    "an SRT block is a number, a timing line and text",
)


@dataclass(frozen=True)
class _Block:
    line: int  # where the block starts in the file
    start: float  # seconds
    payload: list[str]
    ident: str  # the cue's identifier line, or ""


def _check_timed(blocks: Iterable[tuple[int, int, list[str]]], kind: _Timed) -> list[_Block]:
    """The blocks' timings checked, with the line of whatever is wrong (the parsing libraries
    skip a broken cue silently; a person wants to know where the file is broken)."""
    out: list[_Block] = []
    for number, timing_at, block in blocks:
        if timing_at >= len(block) or "-->" not in block[timing_at]:
            raise InvalidInput(f"line {number}: {kind.no_timing}")
        timing = block[timing_at].strip()
        match = kind.timing.match(timing)
        if not match:
            raise InvalidInput(
                f"line {number + timing_at}: bad {kind.timing_label} timing {timing[:60]!r} "
                f"(expected e.g. {kind.example})"
            )
        g = match.groups()
        start, end = _seconds(*g[:4]), _seconds(*g[4:])
        if end < start:
            raise InvalidInput(f"line {number + timing_at}: the {kind.cue} ends before it starts")
        ident = block[0].strip() if timing_at else ""
        out.append(_Block(number, start, block[timing_at + 1 :], ident))
        if len(out) > MAX_CUES:
            raise InvalidInput(f"more than {MAX_CUES} {kind.cue}s; not a meeting transcript")
    return out


def _timed_transcript(
    blocks: list[_Block], kind: _Timed, tool: str | None, voices: list[str | None] | None = None
) -> Transcript:
    cues: list[Cue] = []
    # "ANNA – So tell me …" as a subtitle's label: the file's labels before a dash
    lines = (_clean(_DIALOGUE_DASH.sub("", _clean(p))) for b in blocks for p in b.payload)
    dashed = _dash_speakers(lines, units=len(blocks))
    named = _named_voices(blocks, voices, dashed) if voices else {}
    accounts = _accounts(" ".join(b.payload) for b in blocks)
    for index, block in enumerate(blocks):
        for payload in _dialogue(block.payload, dashed):
            cue = _cue(payload, block.start, block.line, dashed)
            if cue is not None and cue.speaker is None and accounts:
                cue = _by_account(cue, accounts)
            voice = voices[index] if voices else None
            if cue is not None and cue.speaker is None and voice:
                cue = Cue(cue.text, named.get(voice, voice), cue.start, cue.line)
            if cue is not None and cue.speaker is None and cues and _goes_on(payload):
                # subtitles name a speaker when the voice changes: a cue with no name (and no
                # dialogue dash) is the last one's speaker going on ("CARMEN: We'll let you
                # know" / "within ten working days")
                cue = Cue(cue.text, cues[-1].speaker, cue.start, cue.line)
            if cue is not None:
                cues.append(cue)
    if not cues:
        raise InvalidInput(f"the {kind.file} file has no {kind.cue}s with text")
    return Transcript(kind.format, tuple(cues), tool)


# A meeting account's name as a label, where the tool shows the login, not the person's name:
# "priya.raman:", "priya_raman:", "priya.raman@northwind.example:"
_ACCOUNT_LABEL = re.compile(
    r"^(?P<login>[a-z][a-z'’-]+(?:[._][a-z][a-z'’-]+){1,3})(?:@[a-z0-9-]+(?:\.[a-z0-9-]+)+)?"
    r"[ \t]*:[ \t]+(?P<t>\S.*)$"
)


def _accounts(texts: Iterable[str]) -> frozenset[str]:
    """The accounts' names that open two cues or more ("priya.raman: …"); a word and a colon
    said once ("node.js: …") is speech."""
    counts: dict[str, int] = {}
    for text in texts:
        match = _ACCOUNT_LABEL.match(_clean(text))
        if match:
            counts[match.group("login")] = counts.get(match.group("login"), 0) + 1
    return frozenset(login for login, n in counts.items() if n >= 2)


def _by_account(cue: Cue, accounts: frozenset[str]) -> Cue:
    """A cue that opens with one of `accounts` ("priya.raman: Hi Lucía, …") under the name
    the account is made of ("Priya Raman")."""
    match = _ACCOUNT_LABEL.match(cue.text)
    if match is None or match.group("login") not in accounts:
        return cue
    name = " ".join(w.title() for w in re.split(r"[._]", match.group("login")))
    return Cue(match.group("t"), name, cue.start, cue.line)


def _dialogue(payload: list[str], dashed: frozenset[str] = frozenset()) -> list[list[str]]:
    """A subtitle's lines, one group per speaker when two or more dialogue-dash lines each
    name theirs ("- JOHAN: Good." / "- SIPHO: No, that would …"); else the whole subtitle as
    one ("- Thank you." / "- Glad you could make it." is one cue)."""
    starts = [at for at, line in enumerate(payload) if _DIALOGUE_DASH.match(_clean(line))]
    labelled = [
        at
        for at in starts
        if _VOICE.search(payload[at])
        or _split_speaker(_clean(_DIALOGUE_DASH.sub("", _clean(payload[at]))), dashed)[0]
        is not None
    ]
    if len(labelled) < 2 or len(labelled) != len(starts):
        return [payload]
    ends = [*starts[1:], len(payload)]
    return [
        payload[: ends[0]] if at == starts[0] else payload[at:end]
        for at, end in zip(starts, ends, strict=True)
    ]


def _named_voices(
    blocks: list[_Block], voices: list[str | None], dashed: frozenset[str] = frozenset()
) -> dict[str, str]:
    """The name each colour voice ("Speaker 1") goes by where its subtitles name their speaker
    ("NALEDI: Good morning" in yellow, then "I'm Naledi Mokoena" in yellow with no name):
    a voice whose named subtitles all give one name."""
    names: dict[str, set[str]] = {}
    for block, voice in zip(blocks, voices, strict=True):
        groups = _dialogue(block.payload, dashed)
        cue = (
            _cue(groups[0], block.start, block.line, dashed) if voice and len(groups) == 1 else None
        )
        if voice and cue is not None and cue.speaker:
            names.setdefault(voice, set()).add(cue.speaker)
    return {voice: next(iter(found)) for voice, found in names.items() if len(found) == 1}


_GUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.I)


def _webvtt_tool(blocks: list[_Block], text: str) -> str | None:
    """Which tool wrote a WebVTT file: Teams names cues by GUIDs and speakers by voice tags;
    Zoom numbers its cues and starts each with "Name:"."""
    if any(_GUID.match(b.ident) for b in blocks) or "microsoft teams" in text[:2000].lower():
        return "teams"
    numbered = blocks and all(b.ident.isdigit() for b in blocks)
    if numbered and any(_speaker_pattern().match(" ".join(b.payload)) for b in blocks[:20]):
        return "zoom"
    return None


def parse_webvtt(text: str) -> Transcript:
    """WebVTT as Teams and Zoom write it: cues read by webvtt-py (voice spans, cue settings,
    NOTE, STYLE and REGION blocks), after the timings are checked line by line."""
    lines = text.split("\n")
    header = lines[0].lstrip("\ufeff")
    if not re.match(r"^WEBVTT(?:[ \t].*)?$", header):
        raise InvalidInput("line 1: a WebVTT file starts with 'WEBVTT'")
    blocks = _check_timed(_webvtt_blocks(lines), _WEBVTT)
    import webvtt

    try:
        captions = list(webvtt.from_string(text).captions)
    except Exception:  # the checked blocks stand as they are
        captions = []
    if len(captions) == len(blocks):
        blocks = [
            _Block(b.line, b.start, c.raw_text.split("\n"), b.ident)
            for b, c in zip(blocks, captions, strict=True)
        ]
    found = _timed_transcript(blocks, _WEBVTT, _webvtt_tool(blocks, text))
    first = next((i for i, ln in enumerate(lines) if "-->" in ln), len(lines))
    head = lines[: min(first, 8)]  # the header and a NOTE before the first cue
    return replace(found, date=_header_date(head))


def _webvtt_blocks(lines: list[str]) -> Iterator[tuple[int, int, list[str]]]:
    for number, block in _blocks(lines, 1):
        head = block[0]
        if number == 2 and not any("-->" in b for b in block):
            continue  # header metadata (Kind:, Language:) right under WEBVTT
        if re.match(r"^(NOTE|STYLE|REGION)(?:[ \t]|$)", head):
            continue
        yield number, 0 if "-->" in head else 1, block


def looks_like_srt(text: str) -> bool:
    lines = [ln.strip() for ln in text.lstrip("\ufeff").split("\n") if ln.strip()][:2]
    return len(lines) == 2 and lines[0].isdigit() and "-->" in lines[1]


def parse_srt(text: str) -> Transcript:
    """SRT: subtitles read by the `srt` package, after the timings are checked line by line;
    markup (<font>, <i>, <b>, {\\an8}) and dialogue dashes are dropped from the text."""
    lines = text.lstrip("\ufeff").split("\n")
    numbered = (
        (number, 1 if block[0].strip().isdigit() else 0, block) for number, block in _blocks(lines)
    )
    blocks = _check_timed(numbered, _SRT)
    import srt

    try:
        subtitles = list(srt.parse(text.lstrip("\ufeff")))
    except Exception:  # the checked blocks stand as they are
        subtitles = []
    if len(subtitles) == len(blocks):
        blocks = [
            _Block(b.line, s.start.total_seconds(), s.content.split("\n"), b.ident)
            for b, s in zip(blocks, subtitles, strict=True)
        ]
    return _timed_transcript(blocks, _SRT, None, _colour_voices(blocks))


_FONT_COLOUR = re.compile(r"""<font\b[^>]*?\bcolou?r\s*=\s*["']?\s*([#\w]+)""", re.IGNORECASE)


def _colour_voices(blocks: list[_Block]) -> list[str | None] | None:
    """Voices told apart only by colour (`<font color="#ffff00">`, as captioners mark who
    speaks): "Speaker 1", "Speaker 2" … in the order each colour first speaks, one per block;
    None when the file has fewer than two colours or some text has none."""
    colours = []
    for block in blocks:
        found = _FONT_COLOUR.search(" ".join(block.payload))
        colours.append(found.group(1).lower() if found else None)
    order = list(dict.fromkeys(c for c in colours if c))
    if len(order) < 2 or None in colours:
        return None
    return [f"Speaker {order.index(c) + 1}" if c else None for c in colours]


@dataclass(frozen=True)
class TranscriptWords:
    """What meeting tools add to a transcript (data/debrief.toml, table [transcript])."""

    boilerplate: tuple[str, ...]
    unknown_speakers: frozenset[str]
    not_introduced: frozenset[str] = frozenset()  # "I'm Glad", "this is March": no name
    honorifics: frozenset[str] = frozenset()  # "dr", "capt": not part of a name
    # forms of address with a given name, before it ("pak", "khun") or after it ("bey", "san"),
    # and those of them that are also names ("don", "tuan")
    address_before: frozenset[str] = frozenset()
    address_after: frozenset[str] = frozenset()
    address_names: frozenset[str] = frozenset()
    devices: frozenset[str] = frozenset()  # "iphone", "galaxy": a device, not a person
    device_of: frozenset[str] = frozenset()  # "de", "von": "iPhone de Rodrigo" is Rodrigo's
    sections: frozenset[str] = frozenset()  # "summary keywords": a tool's list, not speech
    particles: frozenset[str] = frozenset()  # "binte", "van", "de": small words in a name
    header_labels: frozenset[str] = frozenset()  # "position", "date": a header's labels
    role_labels: frozenset[str] = frozenset()  # "position", "role": the job's title follows
    employer_labels: frozenset[str] = frozenset()  # "organisation": the employer follows
    title_words: frozenset[str] = frozenset()  # "transcript", "interview": a title, no name
    business_heads: frozenset[str] = frozenset()  # "bakery", "dental": a business's last word
    tool_events: tuple[str, ...] = ()  # "started transcription": a tool's line, no speech
    sound_words: frozenset[str] = frozenset()  # "laughter", "music": a sound cue, no speech
    question_labels: frozenset[str] = frozenset()  # "q", "pregunta": the interviewer asks
    answer_labels: frozenset[str] = frozenset()  # "a", "respuesta": the candidate answers
    questioner_voices: frozenset[str] = frozenset()  # "interviewer": asks, line after line
    answerer_voices: frozenset[str] = frozenset()  # "candidate": answers, line after line
    interviewer_labels: frozenset[str] = frozenset()  # "interviewer": a header naming them
    meeting_words: frozenset[str] = frozenset()  # "call" of "Call with Rajesh Kumar"
    meet_attendees: frozenset[str] = frozenset()  # "asistentes": Meet's attendees' label
    meet_transcript: frozenset[str] = frozenset()  # "transcripción": Meet's transcript label
    # "ich bin", "je suis", "me llamo": a speaker's own name follows, in other languages
    introductions: tuple[str, ...] = ()
    # "this is", "hier ist": may introduce someone else than the speaker
    pointing_introductions: frozenset[str] = frozenset()
    # "です", "입니다" after, "我是" before: a speaker's own name in a script without spaces
    spaceless_named_after: tuple[str, ...] = ()
    spaceless_named_before: tuple[str, ...] = ()
    spaceless_not_given: tuple[str, ...] = ()  # "部長", "과장": a job after a family name


def transcript_words() -> TranscriptWords:
    """The words of data/debrief.toml [transcript]."""
    return _words()


@lru_cache(maxsize=1)
def _words() -> TranscriptWords:
    import tomllib
    from importlib.resources import files

    data = tomllib.loads(files("followup").joinpath("data", "debrief.toml").read_text("utf-8"))
    table = data.get("transcript", {})
    return TranscriptWords(
        boilerplate=tuple(str(w) for w in table.get("boilerplate", [])),
        unknown_speakers=frozenset(str(w).lower() for w in table.get("unknown_speakers", [])),
        not_introduced=frozenset(str(w).lower() for w in table.get("not_introduced", [])),
        honorifics=frozenset(str(w).lower() for w in table.get("honorifics", [])),
        address_before=frozenset(str(w).lower() for w in table.get("address_before", [])),
        address_after=frozenset(str(w).lower() for w in table.get("address_after", [])),
        address_names=frozenset(str(w).lower() for w in table.get("address_names", [])),
        devices=frozenset(str(w).lower() for w in table.get("devices", [])),
        device_of=frozenset(str(w).lower() for w in table.get("device_of", [])),
        sections=frozenset(str(w).lower() for w in table.get("sections", [])),
        particles=frozenset(str(w) for w in table.get("name_particles", [])),
        header_labels=frozenset(str(w).lower() for w in table.get("header_labels", [])),
        role_labels=frozenset(str(w).lower() for w in table.get("role_labels", [])),
        employer_labels=frozenset(str(w).lower() for w in table.get("employer_labels", [])),
        title_words=frozenset(str(w).lower() for w in table.get("title_words", [])),
        business_heads=frozenset(str(w).lower() for w in table.get("business_heads", [])),
        tool_events=tuple(str(w).lower() for w in table.get("tool_events", [])),
        sound_words=frozenset(str(w).lower() for w in table.get("sound_words", [])),
        question_labels=frozenset(str(w).lower() for w in table.get("question_labels", [])),
        answer_labels=frozenset(str(w).lower() for w in table.get("answer_labels", [])),
        questioner_voices=frozenset(str(w).lower() for w in table.get("questioner_voices", [])),
        answerer_voices=frozenset(str(w).lower() for w in table.get("answerer_voices", [])),
        interviewer_labels=frozenset(str(w).lower() for w in table.get("interviewer_labels", [])),
        meeting_words=frozenset(str(w).lower() for w in table.get("meeting_words", [])),
        meet_attendees=frozenset(str(w).lower() for w in table.get("meet_attendees", [])),
        meet_transcript=frozenset(str(w).lower() for w in table.get("meet_transcript", [])),
        introductions=tuple(str(w).lower() for w in table.get("introductions", [])),
        pointing_introductions=frozenset(
            str(w).lower() for w in table.get("pointing_introductions", [])
        ),
        spaceless_named_after=tuple(str(w) for w in table.get("spaceless_named_after", [])),
        spaceless_named_before=tuple(str(w) for w in table.get("spaceless_named_before", [])),
        spaceless_not_given=tuple(str(w) for w in table.get("spaceless_not_given", [])),
    )


@lru_cache(maxsize=1)
def _header_label() -> re.Pattern[str]:
    """ "Position: …", "Date: …", "Attendees: …": a header line of a typed transcript, whose
    label is one of data/debrief.toml [transcript] header_labels, role_labels or
    employer_labels (nobody's speech)."""
    words = _words()
    labels = sorted(words.header_labels | words.role_labels | words.employer_labels, key=len)
    alternatives = "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in reversed(labels))
    return re.compile(rf"(?i)^(?P<label>{alternatives or '(?!)'})[ \t]*:[ \t]*(?P<value>.*)$")


def header_value(transcript: Transcript, labels: frozenset[str]) -> list[str]:
    """The values of the transcript's header lines labelled by one of `labels` ("Position:
    Senior Quantity Surveyor" -> "Senior Quantity Surveyor")."""
    out = []
    for line in transcript.heading:
        match = _header_label().match(line)
        if match and " ".join(match.group("label").lower().split()) in labels:
            out.append(match.group("value").strip())
    return out


def title_lines(transcript: Transcript) -> list[str]:
    """The heading's lines that carry no label: a title ("QC Team Lead interview", "Store
    Operations Manager - final interview (2027/08/17 14:00 BRT) - Transcript")."""
    return [line for line in transcript.heading if not _header_label().match(line)]


@lru_cache(maxsize=1)
def _particle() -> str:
    """The small words inside a name ("van der", "binte", "de la", "Ní"), data/debrief.toml
    [transcript] name_particles, as a regular expression."""
    words = sorted(_words().particles, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w) for w in words) + ")" if words else "(?!)"


@lru_cache(maxsize=1)
def _speaker_pattern() -> re.Pattern[str]:
    """ "Priya Raman: text", "PRIYA: text", "[Priya Raman] text", "Priya Raman (Northwind):
    text", "Nur Aisyah binte Rahman: text", "Okonjo, Adaeze (she/her): text", and names of a
    script without capitals ("松本 拓也: text", "김민준: text"); the colon and the brackets may be
    full-width ones ("林 亜紀：text"), as Chinese, Japanese and Korean keyboards type them."""
    initial = rf"(?:[{_CAPITAL}{_NAME_INITIAL}]|i[A-Z])"
    # "（髙木真央）text", "【한지우】text", "(周晓岚) text": a name of a script without capitals
    # in round, lenticular or tortoise-shell brackets, as CJK subtitles label a voice
    spaceless = rf"[{_SPACELESS_NAME}・·][{_SPACELESS_NAME}・· \u3000]{{0,11}}"
    address = "|".join(re.escape(w) for w in ("さん", "様", "さま", "氏", "殿", "님", "씨"))
    return re.compile(
        rf"^(?:[{_DASHES}]{{1,2}}\s*)?(?:\[(?P<b>[^\]\n]{{1,60}})\]\s*[:：]?|"
        rf"[(（【〔［](?P<c>{spaceless}(?:{address})?)[)）】〕］]\s*[:：]?|"
        rf"(?P<n>{initial}[\w.'’-]*"
        rf"(?:,?[ \t]+(?:{_particle()}[ \t]+)*{initial}[\w.'’-]*){{0,3}}"
        r"(?:[ \t]*(?:[(（][^)）\n]{1,40}[)）]|[|｜][ \t]*[^|｜:：()\n]{1,40}?)){0,2})[ \t]*[:：])"
        r"[ \t]*(?P<t>.*)$"
    )


# Labels in scripts without capitals that head notes, never a speaker's name ("メモ：…",
# "议程：…", "참석자")
_CASELESS_LABELS = frozenset(
    {
        "メモ", "議題", "要約", "質問", "回答", "備考", "日時", "場所", "参加者", "出席者",
        "备注", "议程", "问题", "摘要", "时间", "地点", "参会者", "与会者",
        "메모", "안건", "질문", "답변", "요약", "일시", "장소", "참석자",
    }
)  # fmt: skip


def _boilerplate(line: str) -> bool:
    """A tool's own line: its boilerplate at the line's start ("Meeting ended after …"), or an
    event of someone's at its end ("Anna Kowalski started transcription")."""
    low = line.lower().rstrip(" .")
    if any(low == b.lower() or low.startswith(b.lower() + " ") for b in _words().boilerplate):
        return True
    event = next((e for e in _words().tool_events if low.endswith(" " + e)), None)
    if event is None or _split_speaker(line)[0] is not None:
        return False  # "Jon: Yes, I left the call." is Jon's
    who = line.rstrip(" .")[: -len(event)].strip()
    return _event_name().fullmatch(who) is not None


@lru_cache(maxsize=1)
def _event_name() -> re.Pattern[str]:
    """The name before a tool's event: 1-4 capitalised words ("Anna Kowalski", "Kowalski,
    Anna", "Jan van der Berg"), not speech ("Sorry, my manager just")."""
    word = rf"[{_CAPITAL}][\w.'’-]*,?"
    return re.compile(rf"{word}(?:[ \t]+(?:{_particle()}[ \t]+)*{word}){{0,3}}")


# The timing line of a Teams transcript saved from Word: "0:0:5.100 --> 0:0:9.250"
_LOOSE_TIMING = re.compile(
    r"^(\d{1,2}):(\d{1,2}):(\d{1,2})(?:[.,]\d{1,3})?[ \t]*-->[ \t]*"
    r"\d{1,2}:\d{1,2}:\d{1,2}(?:[.,]\d{1,3})?$"
)


_CLOCK = re.compile(r"^\(?(?:(\d{1,2}):)?(\d{1,2}):(\d{2})\)?$")
_MONTH_NAME = r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
_HEADER_DATE = re.compile(
    r"\b(?P<y>\d{4})[-/.](?P<m>\d{2})[-/.](?P<d>\d{2})\b|"
    rf"\b(?P<mon>{_MONTH_NAME})[a-z]*\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+"
    r"(?P<year>\d{4})\b|"
    rf"\b(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon2>{_MONTH_NAME})[a-z]*\.?,?\s+"
    r"(?P<year2>\d{4})\b|"
    r"(?<![\d/.])(?P<na>\d{1,2})(?P<sep>[/.-])(?P<nb>\d{1,2})(?P=sep)(?P<ny>\d{4})\b",
    re.IGNORECASE,
)
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def _stamp_seconds(stamp: str) -> float | None:
    match = _CLOCK.match(stamp.strip())
    if not match:
        return None
    h, m, s = match.groups()
    return int(h or 0) * 3600 + int(m) * 60 + int(s)


def _numeric_date(match: re.Match[str]) -> date | None:
    """The day of "03/17/2027", "17/03/2027", "3.3.2027" or "03-03-2027": the order that makes a
    date when only one does, day first between dots (as Europe writes them), else None (both
    orders make one: "04/03/2027" is the 4th of March or the 3rd of April)."""
    a, b, year = int(match.group("na")), int(match.group("nb")), int(match.group("ny"))
    if a > 12 or a == b or (match.group("sep") == "." and b <= 12):
        return date(year, b, a)
    return date(year, a, b) if b > 12 else None


def _header_date(lines: list[str]) -> date | None:
    """The meeting's day from a transcript's header: "Interview (2026-11-19 14:02 GMT)", Meet's
    "(2027/04/12 15:03 CEST)", Otter's "Tue, Mar 23, 2027 2:04PM", "14 April 2027", typed
    notes' "03/17/2027", "3.3.2027" (`_numeric_date`)."""
    for line in lines[:12]:
        match = _HEADER_DATE.search(line)
        if not match:
            continue
        try:
            if match.group("ny"):
                found = _numeric_date(match)
                if found is None:
                    continue
                return found
            if match.group("y"):
                return date(int(match.group("y")), int(match.group("m")), int(match.group("d")))
            if match.group("mon2"):
                month = _MONTHS.index(match.group("mon2")[:3].lower()) + 1
                return date(int(match.group("year2")), month, int(match.group("day2")))
            month = _MONTHS.index(match.group("mon")[:3].lower()) + 1
            return date(int(match.group("year")), month, int(match.group("day")))
        except ValueError:
            continue
    return None


def parse_notes(text: str) -> Transcript:
    """Plain notes and the text exports of meeting tools: every non-empty line is a cue;
    'Name: text' lines name the speaker; a name alone on a line, or with a time after it
    ("Linda Carver  0:02", as Otter writes it), names the speaker of what follows; a time alone
    on a line ("00:01:10", as Meet writes it) is kept as the time of what follows. The tools'
    own lines (Meet's header, "Attendees", the "editable transcript" notice, "Meeting ended
    after …"; Otter's "Transcribed by …") are left out."""
    cues: list[Cue] = []
    pending: str | None = None
    at: float | None = None
    lines = text.lstrip("\ufeff").split("\n")
    tool = None
    heading: list[str] = []
    pending_line: str | None = None  # the line that named the pending speaker
    unknown = False  # the pending block is an "Unknown Speaker"'s
    meet = _meet_labels(lines)
    if meet is not None:  # a Google Meet transcript document, in the owner's language
        tool = "meet"
        attendees, label = meet
        start = label + 1
        header = [_unmarked(ln) for ln in lines[:start]]
        lines = [""] * start + _meet_speech(lines[start:])
        heading = [ln.strip() for ln in header[:1] if ln.strip()]
        if attendees + 1 < label:  # the attendee list, as a header line
            heading.append("Attendees: " + lines_attendees(header[attendees + 1 : label]))
    else:
        header = lines[:3]
    lines = _without_sections(lines)
    if any("otter.ai" in ln.lower() for ln in lines[-8:]):
        tool = tool or "otter"
    bare = [_bare(ln) for ln in lines[:MAX_CUES]]
    dashed = _dash_speakers(bare)  # "Anna -So tell me …" / "Marek -Sure, …"
    asking = _questions_and_answers(bare)  # "Q: …" / "A: …"
    voices = _role_voices(bare)  # "Interviewer: …" / "Candidate: …", line after line
    for number, raw in enumerate(lines, start=1):
        line = raw.strip().lstrip(_BULLETS).strip()
        if not line:
            continue
        seconds = _stamp_seconds(line)
        if seconds is not None:
            at = seconds
            continue
        timing = _LOOSE_TIMING.match(line)
        if timing:
            h, m, sec = (int(g) for g in timing.groups())
            at = h * 3600 + m * 60 + sec
            continue
        stamp = _LEADING_STAMP.match(line)  # "[00:01:15] Erik Halvorsen: …", "(0:42) …"
        if stamp:
            at = _stamp_seconds(stamp.group("stamp"))
            line = line[stamp.end() :].strip()
            if not line:
                continue
        role = _role_turn(line, voices)
        if role is None and _header_label().match(line):
            if len(heading) < 12 and not any(c.speaker for c in cues):
                heading.append(line)
            continue  # "Attendees: A, B, C", "Position: …": who was there, nobody's speech
        if _boilerplate(line):
            if line.lower().startswith("meeting ended after"):
                tool = tool or "meet"
            continue
        said_by = _SPEAKER_HEADER.match(line)  # "[Leila Haddad] 14:02:11", "Okonkwo, Chidi  0:03"
        if said_by and _looks_like_label(said_by.group("name").strip()):
            pending = speaker_name(said_by.group("name").strip())
            unknown = pending is None
            at = _stamp_seconds(said_by.group("stamp"))
            continue
        turn = role or (_question_or_answer(line) if asking else None)
        speaker, body = turn if turn is not None else _split_speaker(line, dashed)
        stamped = _NAME_STAMP.match(line)  # "Linda Carver  0:02" (Otter, Meet)
        if speaker is None and stamped and _looks_like_label(stamped.group(1)):
            pending = speaker_name(stamped.group(1))
            unknown = pending is None  # "Unknown Speaker  4:10": named if they say who they are
            at = _stamp_seconds(line[stamped.end(1) :].strip())
            tool = tool or "otter"
            continue
        if speaker is None and _looks_like_name(line):
            pending, pending_line = speaker_name(line), line
            unknown = False
            continue
        if speaker is None and not any(c.speaker for c in cues) and _dateline(line):
            # "Thu, Feb 11, 2027 2:00PM • 36:40" under a title: the heading, with the title
            heading += [pending_line] if pending_line else []
            heading.append(line)
            pending = pending_line = None
            continue
        pending_line = None
        body = without_sound_cues(_clean(body))[:MAX_LINE_CHARS]
        if unknown and speaker is None and pending is None:
            own = _introduction(body, own=True)  # "Unknown Speaker": "Sorry, I'm Ines Varga"
            pending = " ".join(n for n in own if n) if own else None
        if body:
            cues.append(Cue(body, speaker or pending, at, number))
        if len(cues) > MAX_CUES:
            raise InvalidInput(f"more than {MAX_CUES} lines; not meeting notes")
    if not cues:
        raise InvalidInput("the notes have no text")
    cues, above = _above_speech(cues)
    heading = [*above, *heading]
    day = _header_date(header) or _header_date(heading)
    return Transcript("text", tuple(cues), tool, day, tuple(heading))


_BULLETS = _DASHES + "*•·#"
# A whole line in bold or italics, as a document exported as Markdown writes its headings and
# notices ("## **Asistentes**", "*This editable transcript …*")
_WRAPPED = re.compile(r"(\*{1,3}|_{1,3})(?P<inner>\S(?:.*\S)?)\1")
# A duration inside a line, as a tool's ending line gives it ("Meeting ended after 00:31:07 👋",
# "会議は 00:31:07 後に終了しました")
_DURATION = re.compile(r"(?<![\d:])\d{1,2}:\d{2}:\d{2}(?![\d:])")


def _unmarked(line: str) -> str:
    """A line without the Markdown around it: heading marks and bold or italics around all of
    it ("## **Asistentes**" -> "Asistentes", "### 00:05:00" -> "00:05:00")."""
    bare = line.strip()
    if bare.startswith("#"):
        bare = bare.lstrip("#").strip()
    wrapped = _WRAPPED.fullmatch(bare)
    return wrapped.group("inner").strip() if wrapped else bare


def _meet_labels(lines: list[str]) -> tuple[int, int] | None:
    """Where a Google Meet transcript document has its attendees' label and its transcript's
    label below it, in any language Meet writes them (data/debrief.toml [transcript]
    meet_attendees, meet_transcript: "Attendees" / "Transcript", "Asistentes" /
    "Transcripción", "Teilnehmer" / "Transkript", "参加者" / "文字起こし"): their line numbers,
    or None when the first 12 lines hold no such pair."""
    words = _words()
    lows = [_unmarked(ln).lower() for ln in lines[:12]]
    attendees = next((i for i, low in enumerate(lows) if low in words.meet_attendees), None)
    if attendees is None:
        return None
    label = next(
        (i for i in range(attendees + 1, len(lows)) if lows[i] in words.meet_transcript), None
    )
    return None if label is None else (attendees, label)


def _meet_speech(lines: list[str]) -> list[str]:
    """The lines under a Meet document's transcript label, with the tool's own lines blanked:
    the editable transcript's notice above the first time or speaker, and the ending line
    ("Meeting ended after 00:31:07 👋", "La reunión finalizó después de 00:18:23": the last
    line with a duration and no speaker) with the notice Meet repeats under it. Markdown marks
    are taken off every line."""
    out = [_unmarked(ln) for ln in lines]
    for index, line in enumerate(out):
        if not line:
            continue
        if _stamp_seconds(line) is not None or _split_speaker(line)[0] is not None:
            break
        out[index] = ""  # the notice
    last = [i for i, line in enumerate(out) if line][-4:]  # the ending is among the last lines
    for index in reversed(last):
        line = out[index]
        if _DURATION.search(line) and _split_speaker(line)[0] is None:
            if _stamp_seconds(line) is None:
                out[index:] = [""] * (len(out) - index)
            break
    return out


# Who asks and who answers in notes written as questions and answers ("Q: …" / "A: …"): the
# interviewer, whom the file does not name, and the candidate, "Me" as in one's own notes
QUESTIONER = "Interviewer"
ANSWERER = "Me"


def _bare(line: str) -> str:
    """A line of notes without its bullet or dash and a time before its words."""
    line = line.strip().lstrip(_BULLETS).strip()
    stamp = _LEADING_STAMP.match(line)
    return line[stamp.end() :].strip() if stamp else line


@lru_cache(maxsize=1)
def _asking_pattern() -> re.Pattern[str]:
    """ "Q: …", "A1: …", "Q – …", "Pregunta: …", "R : …": a label of data/debrief.toml
    [transcript] question_labels or answer_labels, perhaps numbered, then a colon or a dash."""
    labels = sorted(_words().question_labels | _words().answer_labels, key=len, reverse=True)
    alternatives = "|".join(re.escape(w) for w in labels) or "(?!)"
    return re.compile(
        rf"(?i)^(?P<label>{alternatives})\d{{0,2}}"
        rf"(?:[ \t]*:|[ \t]*[\u2012-\u2015]{{1,2}}|[ \t]+[-\u2010\u2011\u2212]{{1,2}}(?=[ \t]))"
        r"[ \t]*(?P<t>\S.*)$"
    )


def _question_or_answer(line: str) -> tuple[str, str] | None:
    match = _asking_pattern().match(line)
    if match is None:
        return None
    label = match.group("label").lower()
    return QUESTIONER if label in _words().question_labels else ANSWERER, match.group("t")


def _questions_and_answers(lines: Iterable[str]) -> bool:
    """Notes written as questions and answers: a line under a question's label and one under
    an answer's ("Q: any travel?" alone is a note)."""
    found = {turn[0] for line in lines if line and (turn := _question_or_answer(line)) is not None}
    return found == {QUESTIONER, ANSWERER}


_ROLE_LABEL = re.compile(r"^(?P<label>[^\W\d_][\w \t]{0,20}?)[ \t]*:[ \t]*(?P<t>\S.*)$")


def _role_voices(lines: Iterable[str]) -> dict[str, str]:
    """The roles this file writes as the voices of a dialogue, each as the voice it is:
    "Interviewer:" (data/debrief.toml [transcript] questioner_voices) as the questions' and
    "Candidate:" (answerer_voices) as the answers', each when it opens two lines or more (once,
    it is a header line: "Interviewer: Rajesh Kumar")."""
    words = _words()
    count: dict[str, int] = {}
    for line in lines:
        match = _ROLE_LABEL.match(line)
        label = " ".join(match.group("label").lower().split()) if match else ""
        if label in words.questioner_voices or label in words.answerer_voices:
            count[label] = count.get(label, 0) + 1
    return {
        label: QUESTIONER if label in words.questioner_voices else ANSWERER
        for label, n in count.items()
        if n >= 2
    }


def _role_turn(line: str, voices: Mapping[str, str]) -> tuple[str, str] | None:
    """(voice, speech) of a line under one of the dialogue's role `voices`, else None."""
    match = _ROLE_LABEL.match(line) if voices else None
    if match is None:
        return None
    voice = voices.get(" ".join(match.group("label").lower().split()))
    return (voice, match.group("t")) if voice else None


def lines_attendees(lines: list[str]) -> str:
    return ", ".join(ln.strip() for ln in lines if ln.strip())


def _dateline(line: str) -> bool:
    """A short line that is a date and a time, nobody's speech ("Thu, Feb 11, 2027 2:00PM •
    36:40", "14 April 2027")."""
    return len(line.split()) <= 10 and _HEADER_DATE.search(line) is not None and "." not in line


def _above_speech(cues: list[Cue], most: int = 8) -> tuple[list[Cue], list[str]]:
    """(speech, heading): in a file where people speak under their names, the few lines
    above the first one who speaks twice are its heading, not speech: lines nobody says
    ("Interview Transcript", "QC Team Lead interview", "Mon, Mar 15, 2027 9:30AM") and lines
    under a label of one word that never speaks again ("Competition: Senior Policy
    Analyst")."""
    said: dict[str, int] = {}
    for cue in cues:
        if cue.speaker:
            said[cue.speaker] = said.get(cue.speaker, 0) + 1
    first = next((i for i, c in enumerate(cues) if c.speaker and said[c.speaker] > 1), None)
    if not first or first > most:
        return cues, []
    if any(c.speaker and len(c.speaker.split()) > 1 for c in cues[:first]):
        return cues, []
    named = sum(1 for c in cues if c.speaker)
    if named * 2 < len(cues):  # notes that name a speaker now and then: every line is notes
        return cues, []
    return cues[first:], [f"{c.speaker}: {c.text}" if c.speaker else c.text for c in cues[:first]]


def _without_sections(lines: list[str], within: int = 40) -> list[str]:
    """The lines with a tool's own lists blanked: a heading of data/debrief.toml [transcript]
    sections ("SUMMARY KEYWORDS", "SPEAKERS", as Otter writes them above the transcript) in the
    first `within` lines, and the lines under it up to the next blank line."""
    out = list(lines)
    index = 0
    while index < min(len(out), within):
        if out[index].strip().lower().rstrip(":") in _words().sections:
            while index < len(out) and out[index].strip():
                out[index] = ""
                index += 1
        index += 1
    return out


_LEADING_STAMP = re.compile(
    r"^[\[(]?(?P<stamp>(?:\d{1,2}:)?\d{1,2}:\d{2})[\])]?[ \t]*(?:[-–—|][ \t]*)?"
)


# A speaker's name and the time they start, alone on a line, as tools write it: "[Leila
# Haddad] 14:02:11" (Zoom's saved captions), "Chidi Okonkwo (00:03):" (Rev), "Chidi Okonkwo:
# 00:03", "Okonkwo, Chidi   0:03" (Teams' text export)
_SPEAKER_HEADER = re.compile(
    r"^\[?(?P<name>[^\]\[:()\d\s][^\]\[:()\d]{0,58}?)\]?[ \t]*(?::[ \t]*)?"
    r"\(?(?P<stamp>(?:\d{1,2}:)?\d{1,2}:\d{2})(?:[.,]\d{1,3})?\)?[ \t]*:?$"
)


def _looks_like_label(line: str) -> bool:
    """A name, or a numbered voice ("Speaker 2", as Otter labels one it cannot name)."""
    return _looks_like_name(line) or bool(_NUMBERED_SPEAKER.fullmatch(line.strip()))


_NUMBERED_SPEAKER = re.compile(r"(?i)speaker[ \t]*\d{1,2}")


# a name's word in a script without small letters: up to five letters ("박지훈", "王伟")
_CASELESS_NAME = re.compile(f"[{_NAME_INITIAL}]{{1,5}}")


def _looks_like_name(line: str) -> bool:
    """A person's name alone: one to four capitalised words (or short words of a script
    without capitals: "박지훈", "佐藤 健一"), with the small words of a name between them
    ("Pieter van der Merwe", "Lucía Fernández de la Vega"); never a title ("Interview
    Transcript")."""
    if line.count(",") > 1 or line.endswith(","):
        return False
    words = line.replace(",", " ").split()  # "Okonkwo, Chidi"
    inner = {w.lower() for w in _words().particles}
    named = [w for i, w in enumerate(words) if not (0 < i < len(words) - 1 and w.lower() in inner)]
    return (
        1 <= len(named) <= 4
        and len(words) <= 7
        and all(
            (w[:1].isupper() or _CASELESS_NAME.fullmatch(w) is not None)
            and w.replace("-", "").replace("'", "").isalpha()
            for w in named
        )
        and not any(w.lower() in _words().title_words for w in words)
        and line.lower() not in _NOT_SPEAKERS
        and line.strip() not in _CASELESS_LABELS
        and not line.endswith((".", "?", "!"))
    )


def parse_transcript(text: str) -> Transcript:
    """WebVTT, SRT or plain notes, by what the text looks like."""
    if "\x00" in text:
        raise InvalidInput("this is not a text file")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InvalidInput("the file is empty")
    if text.lstrip("\ufeff").startswith("WEBVTT"):
        return _introduced(parse_webvtt(text.lstrip("\ufeff")), text)
    if looks_like_srt(text):
        return _introduced(parse_srt(text), text)
    teams_word = re.search(  # "0:0:5.100 -->": a Teams transcript saved from Word
        r"^\s*\d{1,2}:(?:\d:\d{1,2}|\d{2}:\d)(?!\d)(?:[.,]\d{1,3})?\s*-->", text, re.MULTILINE
    )
    if not teams_word and re.search(r"^\s*\d{1,2}:\d{2}:\d{2}[.,]\d{3}\s*-->", text, re.MULTILINE):
        raise InvalidInput(
            "this looks like subtitles but is neither WebVTT (no 'WEBVTT' first line) nor SRT "
            "(blocks of number, timing, text)"
        )
    return _introduced(parse_notes(text), text)


# "Hi, I'm Elena, I lead customer success", "my name is Kofi Mensah", "this is Tomás joining
# from my phone", "I'm Dr. Hannah Whitlock", "it's Wren here": a speaker says who they are
# a word of a name, its capitals inside it too: a surname's "Mc", "Mac", "O'", "D'", "Le" before
# a capital ("McAllister", "O'Donnell", "LeBlanc") and a second part after a hyphen
# ("MacKenzie-Ruiz")
_NAME_WORD = (
    rf"(?:[{_CAPITAL}][{_SMALL}]{{0,2}}['’]?(?=[{_CAPITAL}][{_SMALL}]))?"
    rf"[{_CAPITAL}](?!['’]m\b)[{_SMALL}'’-]+(?:(?<=-)[{_CAPITAL}][{_SMALL}'’]+)*"
)


@lru_cache(maxsize=1)
def _introduction_pattern() -> re.Pattern[str]:
    """ "I'm Priya Raman", "this is Tomás", and in other languages as [transcript]
    introductions says them ("Ich bin Tomasz Wójcik", "je suis …", "me llamo …")."""
    return re.compile(
        rf"\b(?:I'm|I’m|I am|[Mm]y name is|[Mm]y name's|[Tt]his is|[Ii]t's|[Ii]t’s|"
        rf"{_introductions()})[ \t]+"
        rf"(?P<name>{_NAME_WORD}(?:\.?[ \t]+(?:{_particle()}[ \t]+)*{_NAME_WORD}){{0,3}})"
        r"(?=[ \t]*(?:[,.;!?]|$|[ \t](?:and|but|though|from|here|with|at|I|joining|speaking|"
        r"calling|on|in|und|et|y|e|en|og|och)\b))"
    )


@lru_cache(maxsize=1)
def _introductions() -> str:
    """[transcript] introductions as a pattern's alternatives, their first letter in either
    case ("Ich bin", "ich bin")."""
    said = sorted(_words().introductions, key=len, reverse=True)
    return "|".join(f"(?i:{re.escape(w[0])})" + re.escape(w[1:]) for w in said) or "(?!)"


# "Wren here, on my iPad", "Priya Raman here, from finance"
_NAME_HERE = re.compile(rf"^(?P<name>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,2}})[ \t]+here\b")


@lru_cache(maxsize=1)
def _name_and_job() -> re.Pattern[str]:
    """A sentence that is a name and the speaker's job alone: "Rodrigo Fuentes, vineyard
    manager.", "Priya Raman, the finance lead." (a head of [grammar] person_heads ends it)."""
    return re.compile(
        rf"(?:^|(?<=[.!?])[ \t]+)(?P<name>{_NAME_WORD}(?:[ \t]+(?:{_particle()}[ \t]+)*"
        rf"{_NAME_WORD}){{1,3}}),[ \t]+(?:(?:the|a|an|our)[ \t]+)?"
        rf"(?:[a-z][\w'’-]*[ \t]+){{0,4}}(?:{_person_heads()})[ \t]*(?:[.!]|$)"
    )


@lru_cache(maxsize=1)
def _name_then_own() -> re.Pattern[str]:
    """A sentence that opens with a full name, then the speaker's own words of who they are
    ("Olga Dunne-Ivers, je suis contremaître …", "Yes, Olga Dunne-Ivers, ich bin …", "Olga
    Dunne-Ivers, I'm the foreman …"): [transcript] introductions that cannot point at someone
    else, after the name and its comma; one word may come before the name ("Oui, …")."""
    pointing = _words().pointing_introductions
    own = [w for w in _words().introductions if w not in pointing]
    said = "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in sorted(own, key=len)[::-1])
    return re.compile(
        rf"(?:^|(?<=[.!?])[ \t]+)(?:[^\W\d_]+,[ \t]+)?(?P<name>{_NAME_WORD}(?:[ \t]+"
        rf"(?:{_particle()}[ \t]+)*{_NAME_WORD}){{1,3}}),[ \t]+(?i:I'm|I’m|I am|{said or '(?!)'})"
        r"[ \t]+\w"
    )


@lru_cache(maxsize=1)
def _person_heads() -> str:
    """The words of data/debrief.toml [grammar] person_heads, as a pattern's alternatives."""
    heads = sorted(_person_head_words(), key=len, reverse=True)
    return "|".join(re.escape(str(h)) for h in heads) or "(?!)"


@lru_cache(maxsize=1)
def _person_head_words() -> frozenset[str]:
    """The words of data/debrief.toml [grammar] person_heads ("director", "manager")."""
    import tomllib
    from importlib.resources import files

    data = tomllib.loads(files("followup").joinpath("data", "debrief.toml").read_text("utf-8"))
    return frozenset(str(h).lower() for h in data.get("grammar", {}).get("person_heads", []))


def _introduction(line: str, own: bool = False) -> tuple[str, str | None] | None:
    """(first name, last name or None) a speaker gives of themselves in `line`: "I'm Dr.
    Hannah Whitlock" -> ("Hannah", "Whitlock"), "Wren here" -> ("Wren", None), "Rodrigo
    Fuentes, vineyard manager." -> ("Rodrigo", "Fuentes"). `own`: only words that cannot
    point at someone else ("I'm", "my name is", "je suis"; not [transcript]
    pointing_introductions such as "this is", nor a name and a job alone)."""
    matches = [_NAME_HERE.match(line), *_introduction_pattern().finditer(line)]
    if own:
        pointing = _words().pointing_introductions
        matches = [
            m
            for m in matches
            if m is not None
            and m.re is not _NAME_HERE
            and not any(m.group(0).lower().startswith(w) for w in pointing)
        ]
    # "Olga Dunne-Ivers, ich bin Schichtleiter": the name before the words, a job after them
    first = [] if own else list(_name_then_own().finditer(line))
    for match in [*first, *matches, *([] if own else _name_and_job().finditer(line))]:
        if match is None:
            continue
        words = _without_honorific(match.group("name").replace(".", " ")).split()
        if not words or words[0].lower() in _words().not_introduced:
            continue
        rest = [w for w in words[1:] if w.lower() not in _words().not_introduced]
        return words[0], " ".join(rest) if len(rest) == len(words) - 1 and rest else None
    return None


def _full_name(first: str, text: str) -> str | None:
    """ "First Last" as the file writes it elsewhere (an attendee list, another line)."""
    last = rf"(?P<last>(?:{_particle()}[ \t]+)?{_NAME_WORD})"
    found = re.search(rf"\b{re.escape(first)}[ \t]+{last}\b", text[:20_000])
    if found is None or found.group("last").lower() in _words().not_introduced:
        return None
    last = re.sub(r"['’]s$", "", found.group("last"))  # "Maren Solberg's interview"
    return f"{first} {last}"


def _introduced(transcript: Transcript, text: str) -> Transcript:
    """Voices that name nobody, numbered ("Speaker 1", as Otter and others label whom they
    cannot name, or the colours of an SRT file) or devices ("Galaxy S23", "Tomás’s iPhone"),
    named by what they say of themselves in their first turns ("Hi, I'm Elena, …", "this is
    Tomás joining from my phone"), or by the device's owner: the full name when the file
    writes it (an attendee list, another line), else the first name."""
    transcript = _completed(transcript, text)
    voices = [s for s in transcript.speakers if unnamed(s)]
    if not voices:
        return transcript
    names: dict[str, str] = {}
    for label in voices:
        said = [c.text for c in transcript.cues if c.speaker == label]
        # any words of an introduction in its first turns; later ("let's do introductions
        # properly" ten minutes in), only the speaker's own ("I'm Tomasz …")
        found = next((i for line in said[:3] if (i := _introduction(line)) is not None), None)
        if found is None:
            found = next(
                (i for line in said[3:] if (i := _introduction(line, own=True)) is not None),
                None,
            )
        owner = device_owner(label)
        if found is None and owner is None:
            continue
        first, last = found if found is not None else (owner or "", None)
        if last is None:
            full = _full_name(first, text)
            names[label] = full or first
        else:
            names[label] = f"{first} {last}"
    taken = set(transcript.speakers) - set(names)
    names = {k: v for k, v in names.items() if v not in taken}
    if not names or len(set(names.values())) != len(names):
        return transcript
    return renamed(transcript, names)


@lru_cache(maxsize=1)
def _written_name() -> re.Pattern[str]:
    """A name of two to six words as a file writes it: "Renata Albuquerque Costa", "Nur
    Aisyah binte Rahman", "Commander Hélène Duval", "Pieter van der Merwe"."""
    return re.compile(
        rf"(?<![\w'’-])(?P<name>{_NAME_WORD}(?:[ \t]+(?:{_particle()}[ \t]+)*{_NAME_WORD}){{1,4}})"
        r"(?![\w'’-])"
    )


def _written_names(text: str) -> list[list[str]]:
    """The names of two words or more the text writes (line by line, titles dropped, a word
    that names nobody such as a month ending one), each as its words."""
    found = []
    said = re.compile(rf"\b(?:{_introductions()})\b")
    for line in text[:40_000].split("\n"):
        # "Ich bin Tomasz Wójcik": the introduction's words are no part of the name after it
        line = said.sub(lambda m: "," * len(m.group(0)), line)
        for match in _written_name().finditer(line):
            words = _without_honorific(match.group("name")).split()
            while words and words[-1].lower() in _words().not_introduced:
                words.pop()
            if len(words) >= 2 and words[0].lower() not in _words().not_introduced:
                found += _unaddressed(words)
    return found


def _unaddressed(words: list[str]) -> list[list[str]]:
    """A written name without the form of address before or after it ("Ibu Maya Sari" ->
    "Maya Sari", "Emre Bey" -> nothing: one word is no full name); a form that may be a name
    ("Tuan Nguyen", "Don Ramón Ortega") leaves the name as written too."""
    said = addressed(" ".join(words))
    if said is None:
        return [words]
    name, maybe_a_name = said
    out = [name.split()] if len(name.split()) >= 2 else []
    return [words, *out] if maybe_a_name else out


def _folded(word: str) -> str:
    """A word without its case and accents: "YILDIZ", "Yıldız" and "Yildiz" are one."""
    plain = unicodedata.normalize("NFKD", word.casefold().replace("ı", "i"))
    return "".join(c for c in plain if not unicodedata.combining(c))


def _completion(
    label: str,
    names: list[list[str]],
    ranked: bool,
    introduced: frozenset[str] = frozenset(),
    spoken: list[list[str]] | None = None,
) -> str | None:
    """The one full name among `names` that `label` is part of: the first name ("Renata"), the
    surname when the file writes the label after a rank or a title (`ranked`: "Cdt. Duval")
    or when that full name was introduced ("KELLER:" beside "I'm Johanna Keller", as
    subtitles label a voice by its surname), the first name's short form ("Kath" of Kathryn
    Moss, "Raj" of Rajesh Kumar: three letters or more that open it) of one of `spoken` (the
    names of people the file gives: labels, introductions, attendees, a title; `names` when
    not given), or the first name and an initial ("Priyanka R"); None when none or several
    fit."""
    parts = label.split()
    names = [n for n in names if n != parts]  # "Priya R." is no full name of itself
    if len(parts) == 1:
        key = _folded(parts[0])
        fits = [n for n in names if _folded(n[0]) == key]
        if not fits:
            fits = [
                n for n in names if _folded(n[-1]) == key and (ranked or " ".join(n) in introduced)
            ]
        if not fits and len(key) >= 3:
            fits = [
                n for n in (names if spoken is None else spoken) if _folded(n[0]).startswith(key)
            ]
    elif len(parts) == 2 and len(parts[1].rstrip(".")) == 1:
        first, initial = parts[0].lower(), parts[1][0].lower()
        fits = [n for n in names if n[0].lower() == first and n[1][:1].lower() == initial]
    elif len(parts) <= 3:
        # given names of several words ("Jose Antonio" of Jose Antonio Reyes, "Wei Jie" of Tan
        # Wei Jie, family name first): a run of words of a longer name introduced (or known)
        keys = [_folded(p) for p in parts]
        fits = [
            n
            for n in names
            if len(n) > len(parts)
            and " ".join(n) in introduced
            and any(
                [_folded(w) for w in n[at : at + len(keys)]] == keys
                for at in range(len(n) - len(keys) + 1)
            )
        ]
    else:
        return None
    longest: dict[str, str] = {}
    for words in fits:  # "Renata Albuquerque" and "Renata Albuquerque Costa" are one person
        name = " ".join(words)
        if not any(name in other for other in longest.values()):
            longest = {k: v for k, v in longest.items() if v not in name}
            longest[name] = name
    return next(iter(longest)) if len(longest) == 1 else None


# "I'm Adewale Okonjo, but everyone calls me Ade", "… though I go by Ade", "known as Kath"
_GOES_BY = re.compile(
    r"(?i:\b(?:calls?[ \t]+me|call[ \t]+me|go(?:es)?[ \t]+by|known[ \t]+as))[ \t]+"
    rf"(?P<nick>{_NAME_WORD})(?![\w'’-])"
)


def _nicknames(text: str) -> dict[str, str]:
    """The names speakers say they go by, each with the full name they introduced themselves
    by before it in the same line ("I'm Adewale Okonjo, but everyone calls me Ade" -> {"Ade":
    "Adewale Okonjo"}); a nickname given for two names is left out."""
    found: dict[str, set[str]] = {}
    for line in text[:40_000].split("\n"):
        for nick in _GOES_BY.finditer(line):
            said = [
                _without_honorific(m.group("name"))
                for m in _introduction_pattern().finditer(line, 0, nick.start())
            ]
            full = [n for n in said if len(n.split()) > 1]
            if full:
                found.setdefault(nick.group("nick"), set()).add(full[-1])
    return {nick: names.pop() for nick, names in found.items() if len(names) == 1}


@lru_cache(maxsize=1)
def _two_scripts() -> re.Pattern[str]:
    """A name written in Latin letters and in its own script beside it, in brackets: "Kim
    Min-jun (김민준)", "Wang Fang（王芳）", "松本 拓也 (Takuya Matsumoto)"."""
    latin = rf"{_NAME_WORD}(?:[ \t]+(?:{_particle()}[ \t]+)*{_NAME_WORD}){{1,3}}"
    own = rf"[{_NAME_INITIAL}](?:[ \t]?[{_NAME_INITIAL}]){{1,9}}"
    return re.compile(
        rf"(?P<latin>{latin})[ \t]*[(（](?P<own>{own})[)）]"
        rf"|(?P<own2>{own})[ \t]*[(（](?P<latin2>{latin})[)）]"
    )


def _in_own_script(labels: Sequence[str], text: str) -> dict[str, str]:
    """Labels that are a name the file also gives in another script, in brackets beside it
    ("Kim Min-jun (김민준)", "松本 拓也 (Takuya Matsumoto)"), under the name before the
    brackets: in a script without capitals, the whole name or two letters or more that open
    or end it, a given or a family name ("민준", "拓也"); in Latin letters, one of its words
    ("Takuya"); of one such name only."""
    forms: list[tuple[str, str]] = []  # (a form of the name, the name before the brackets)
    for match in _two_scripts().finditer(text[:40_000]):
        main = match.group("latin") or match.group("own2")
        other = match.group("own") or match.group("latin2")
        forms += [(main, main), (other, main)]
    out: dict[str, str] = {}
    for label in labels:
        key = "".join(label.split())
        if not key:
            continue
        if re.fullmatch(rf"[{_NAME_INITIAL}]+", key):
            fits = {
                main
                for form, main in forms
                if (own := "".join(form.split())) == key
                or (len(key) >= 2 and (own.endswith(key) or own.startswith(key)))
            }
        elif len(label.split()) == 1:
            fits = {
                main for form, main in forms if _folded(key) in {_folded(w) for w in form.split()}
            }
        else:
            continue
        fits.discard(label)
        if len(fits) == 1:
            out[label] = fits.pop()
    return out


def _reply_to_each_other(transcript: Transcript, one: str, other: str) -> bool:
    """One label's cue follows the other's somewhere: two people talking, never one voice
    labelled two ways."""
    pairs = zip(transcript.cues, transcript.cues[1:], strict=False)
    return any({a.speaker, b.speaker} == {one, other} for a, b in pairs)


def _completed(transcript: Transcript, text: str) -> Transcript:
    """Speakers labelled by part of their name, a first name ("Renata", "MERE"), a rank and a
    surname ("Cdt. Duval") or a first name and an initial ("Priyanka R"), under the full name
    the file writes elsewhere: another label ("GRANT McALLISTER:"), an attendee or panel line,
    an introduction ("I'm Commander Hélène Duval"), the speaker's own words ("Jordi Puig, nice
    to meet you"); a surname alone ("Pichlmayr:") under the name of the one attendee the
    heading lists with it ("Anwesend: DI Konrad Pichlmayr (Fuhrparkleitung), …")."""
    partial = [s for s in transcript.speakers if not unnamed(s) and len(s.split()) <= 3]
    if not partial:
        return transcript
    # the file's own labels of two words or more ("GRANT McALLISTER:", written as a name) first
    labelled = [
        words
        for s in transcript.speakers
        if len(s.split()) > 1 and not unnamed(s)
        for words in _unaddressed(s.split())  # "Pak Hendra" is no full name
    ]
    written = labelled + _written_names(text)
    introduced = frozenset(
        _without_honorific(m.group("name")) for m in _introduction_pattern().finditer(text[:40_000])
    )
    # whose short form a label may be: the file's people, not any capitalised words of its text
    spoken = (
        labelled
        + [n.split() for n in introduced if len(n.split()) > 1]
        + _written_names("\n".join(transcript.heading))
    )
    names: dict[str, str] = {}
    titles = "|".join(re.escape(h) for h in _words().honorifics)
    nicknames = _nicknames(text) | _in_own_script(partial, text)
    # the surnames of the people a heading lists ("Anwesend: Mag. Birgit Leitgeb (…), DI Konrad
    # Pichlmayr (…)"): a label that is one of them ("Pichlmayr:") is that person, as after a title
    attendees: dict[str, list[str]] = {}
    for listed in _written_names("\n".join(transcript.heading)):
        attendees.setdefault(_folded(listed[-1]), []).append(" ".join(listed))
    for label in partial:
        own = [c.text for c in transcript.cues if c.speaker == label]
        address = addressed(label)
        if address is not None:  # "Pak Hendra", "Emre Bey", "Mori-san"
            bare, maybe_a_name = address
            full = (
                nicknames.get(bare)
                or _self_named(bare, own)
                or (
                    _completion(bare, written, True, introduced, spoken)
                    if " " not in bare
                    else None
                )
                or _within_a_name(bare, written)
                or _in_own_script([bare], text).get(bare)
            )
            if full or not maybe_a_name:
                names[label] = full or bare
            continue
        ranked = re.search(rf"(?i)\b(?:{titles})\.?[ \t]+{re.escape(label)}\b", text[:40_000])
        listed = attendees.get(_folded(label), []) if " " not in label else []
        full = (
            nicknames.get(label)
            or _self_named(label, own)
            or (listed[0] if len(set(listed)) == 1 else None)
            or _completion(label, written, ranked is not None, introduced, spoken)
        )
        if full and full != label:
            names[label] = full
    # a full name that is already a label is the same voice labelled two ways ("Marloes de
    # Vries:" in one cue, "Marloes:" in the next; "Ade" beside "Adewale Okonjo"): one speaker,
    # unless the two talk to each other
    labels = set(transcript.speakers)
    taken = labels - set(names)
    names = {
        k: v
        for k, v in names.items()
        if v not in taken
        or (
            (
                _only_one_named(k, labels)
                or k in nicknames
                or _only_one_named(k, labels, prefix=True)
            )
            and not _reply_to_each_other(transcript, k, v)
        )
    }
    if not names or len(set(names.values())) != len(names):
        return transcript
    return renamed(transcript, names)


@lru_cache(maxsize=1)
def _spaceless_named() -> tuple[str, str]:
    """[transcript] spaceless_named_after and _before as a pattern's alternatives."""
    words = _words()

    def alternatives(said: Sequence[str]) -> str:
        ordered = sorted(said, key=len, reverse=True)
        return "|".join(re.escape(w).replace(r"\ ", r"[ \t]*") for w in ordered) or "(?!)"

    return alternatives(words.spaceless_named_after), alternatives(words.spaceless_named_before)


def _self_named(label: str, said: Iterable[str]) -> str | None:
    """The full name a voice labelled by a family name in a script without spaces ("髙木",
    "김") gives itself in its own turns: the label and a given name of one to three letters,
    then [transcript] spaceless_named_after ("開発部の髙木真央です", "森千尋と申します",
    "한지우입니다"), or after spaceless_named_before and before a stop ("我是周晓岚，…"); None
    when it gives none, or two."""
    if not re.fullmatch(f"[{_SPACELESS_NAME}]{{1,3}}", label):
        return None
    after, before = _spaceless_named()
    family = re.escape(label)
    given = f"[{_SPACELESS_NAME}]{{1,3}}"
    patterns = (
        re.compile(rf"(?<![{_SPACELESS_NAME}])(?P<name>{family}{given}?)(?:{after})"),
        re.compile(rf"(?:{before})(?P<name>{family}{given})(?=[\s,.!?，。、！？]|$)"),
    )
    found = {
        match.group("name")
        for text in said
        for pattern in patterns
        for match in pattern.finditer(text)
        if match.group("name") != label
        and not match.group("name")[len(label) :].endswith(_words().spaceless_not_given)
    }
    return found.pop() if len(found) == 1 else None


def _within_a_name(bare: str, names: list[list[str]]) -> str | None:
    """The one name of `names` that a written run of capitalised words holds after another
    word ("Bugün Kemal Yurtsever ve …": a sentence's first word, then "Kemal Yurtsever") and
    that opens with `bare`, a given name said with a form of address; None when none or
    several."""
    key = _folded(bare)
    if " " in bare:
        return None
    found = {
        " ".join(words[at:])
        for words in names
        for at in range(1, len(words) - 1)
        if _folded(words[at]) == key
    }
    return found.pop() if len(found) == 1 else None


def _people_in(value: str) -> list[str]:
    """The people's names a header's value or a title writes ("Rajesh Kumar (Operations
    Director)", "Adewale Okonjo, Depot Manager; Kath Moss"), never a job title ("Operations
    Director": a word of [grammar] person_heads)."""
    plain = re.sub(r"\([^)]*\)", " ", value)
    heads = _person_head_words()
    return [
        " ".join(words)
        for words in _written_names(plain)
        if not any(w.lower() in heads for w in words)
    ]


def with_named_questioner(transcript: Transcript, candidate: str) -> Transcript:
    """The questions' voice of notes in questions and answers ("Q:", "Interviewer:") under the
    name of the one interviewer the notes name: after a header's label of [transcript]
    interviewer_labels ("Interviewer: Rajesh Kumar (Operations Director)"), in a title after a
    meeting word and "with" ("Call with Rajesh Kumar - 14 April 2027"), or the one attendee
    who is neither the `candidate` nor another voice; else as it is."""
    if QUESTIONER not in transcript.speakers:
        return transcript
    words = _words()
    others = {_folded(n) for n in [*transcript.speakers, candidate] if n != QUESTIONER}
    meeting = "|".join(re.escape(w) for w in sorted(words.meeting_words)) or "(?!)"
    sources = [
        [n for v in header_value(transcript, words.interviewer_labels) for n in _people_in(v)],
        [
            n
            for line in title_lines(transcript)
            for m in re.finditer(rf"(?i)\b(?:{meeting})\s+with\s+(?P<rest>.*)", line)
            for n in _people_in(m.group("rest"))[:1]
        ],
        [
            n
            for v in header_value(transcript, frozenset({"attendees", "participants", "present"}))
            for n in _people_in(v)
        ],
    ]
    for names in sources:
        left = list(dict.fromkeys(n for n in names if _folded(n) not in others))
        if len(left) == 1:
            return renamed(transcript, {QUESTIONER: left[0]})
        if names:
            return transcript  # the interviewers the notes name, but not one
    return transcript


def with_round_names(transcript: Transcript, people: Sequence[str]) -> Transcript:
    """Speakers the file labels by part of a name ("RUI", "Inês", "KELLER", "Priyanka R")
    under the full name of the one person of the round it fits (`people`: the round's
    interviewers and coordinator, as stored): the first name, the surname or the first name
    and an initial, case and accents aside (`_completion`). A label no one or several fit
    stays as it is, and so does one whose full name is another label already."""
    names = [n.split() for n in people if len(n.split()) > 1]
    if not names:
        return transcript
    known = frozenset(" ".join(n) for n in names)
    labels = set(transcript.speakers)
    found: dict[str, str] = {}
    for label in labels:
        if unnamed(label) or len(label.split()) > 3:
            continue
        full = _completion(label, names, ranked=False, introduced=known)
        if full and full != label and full not in labels:
            found[label] = full
    if not found or len(set(found.values())) != len(found):
        return transcript
    return renamed(transcript, found)


def _only_one_named(label: str, labels: set[str], prefix: bool = False) -> bool:
    """Exactly one other label begins with the first word of `label` ("Marloes" beside
    "Marloes de Vries" alone, not beside "Marloes Bakker" too); with `prefix`, whose first word
    begins with it ("Kath" beside "Kathryn Moss")."""
    first = _folded(label.split()[0])
    return (
        sum(
            1
            for other in labels
            if other != label
            and (
                _folded(other.split()[0]).startswith(first)
                if prefix
                else _folded(other.split()[0]) == first
            )
        )
        == 1
    )


def renamed(transcript: Transcript, names: dict[str, str]) -> Transcript:
    """The transcript with speaker labels replaced as `names` says (label -> name)."""
    cues = tuple(
        Cue(c.text, names.get(c.speaker, c.speaker), c.start, c.line) if c.speaker else c
        for c in transcript.cues
    )
    return replace(transcript, cues=cues)


def with_candidate(transcript: Transcript, label: str | None, candidate: str) -> Transcript:
    """The candidate's voice under the candidate's name: a label that names nobody ("Speaker
    2", "Galaxy S23"), only part of the name ("Jonah" for Jonah Feldman), or "Me"."""
    name = " ".join(candidate.split())
    if not label or not name or label == name:
        return transcript
    parts = {w.lower() for w in name.split()}
    partial = {w.lower() for w in label.split()} <= parts
    partial = partial or short_form(label, name, transcript.speakers)
    mine = label.lower() in ("me", "myself")  # "Me: talked about …" in one's own notes
    if (unnamed(label) or partial or mine) and name not in transcript.speakers:
        return renamed(transcript, {label: name})
    return transcript


def short_form(label: str, name: str, speakers: Sequence[str]) -> bool:
    """`label` is a short form of the first name of `name` ("Sam" for Samira Haddou, "Alex"
    for Alexandra Petrova): one word of three letters or more that opens it (a prefix only:
    "Chris" opens Christina as well). Never beside another of `speakers` that names nobody
    ("Speaker 2", a device): then the short form is as likely an interviewer's own name."""
    first = name.split()[0].lower() if name.split() else ""
    low = label.lower()
    if any(unnamed(s) for s in speakers if s != label):
        return False
    return len(low) >= 3 and " " not in low and first.startswith(low) and first != low


def listed_speakers(transcript: Transcript, candidate: str) -> list[str]:
    """The people who spoke, in the order they first spoke, the candidate last; a device no
    one named and the questions' "Interviewer" of notes in questions and answers are left out
    ("Speaker 1", as a tool labels a voice it cannot name, stays)."""
    name = " ".join(candidate.split())
    people = [s for s in transcript.speakers if not is_device(s) and s != QUESTIONER]
    return [s for s in people if s != name] + ([name] if name in people else [])


# Zoom names a cloud recording's files by its start in GMT: "GMT20270305-003000_Recording…"
_ZOOM_NAME = re.compile(r"GMT(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})")
_NAME_DAY = re.compile(r"(?<!\d)(20\d{2})[-_.]?(\d{2})[-_.]?(\d{2})(?!\d)")


# Teams names a recording's and a transcript's files by the start in UTC too:
# "…-20301014_210503-Meeting Transcript.vtt", "…-20270504_150211-Meeting Recording.vtt"
_TEAMS_NAME = re.compile(
    r"(?<!\d)(\d{4})(\d{2})(\d{2})_(\d{2})(\d{2})(\d{2})-Meeting[ _-](?:Transcript|Recording)",
    re.IGNORECASE,
)


def file_stamp(name: str) -> datetime | date | None:
    """When a transcript's file name says the meeting was: Zoom's "GMT20270305-003000" and
    Teams' "-20301014_210503-Meeting Transcript" (UTC times, whose local day may be the day
    before or after), or a day written in it ("2027-03-04", "20270304", "Mar 4, 2027", "4
    March 2027")."""
    from datetime import UTC

    zoom = _ZOOM_NAME.search(name) or _TEAMS_NAME.search(name)
    try:
        if zoom:
            y, mo, d, h, mi, se = (int(g) for g in zoom.groups())
            return datetime(y, mo, d, h, mi, se, tzinfo=UTC)
        day = _NAME_DAY.search(name)
        if day:
            return date(int(day.group(1)), int(day.group(2)), int(day.group(3)))
    except ValueError:
        return None
    return _header_date([name.replace("_", " ")])
