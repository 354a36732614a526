"""Meeting transcripts: WebVTT and SRT (as Zoom, Teams and Meet export them) and plain notes.

Pure: text in, cues out. A file that says it is WebVTT or looks like SRT must be well formed;
anything else is read as plain notes, one line at a time.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from followup.core.errors import InvalidInput

MAX_CUES = 50_000
MAX_LINE_CHARS = 10_000

_VTT_TIME = r"(?:(\d{1,3}):)?([0-5]\d):([0-5]\d)\.(\d{3})"
_SRT_TIME = r"(\d{1,3}):([0-5]\d):([0-5]\d)[,.](\d{1,3})"
_VTT_TIMING = re.compile(rf"^{_VTT_TIME}[ \t]+-->[ \t]+{_VTT_TIME}(?:[ \t]+.*)?$")
_SRT_TIMING = re.compile(rf"^{_SRT_TIME}[ \t]*-->[ \t]*{_SRT_TIME}(?:[ \t]+.*)?$")
_VOICE = re.compile(r"<v(?:\.[\w.-]+)*[ \t]+([^>]+)>", re.IGNORECASE)
_TAG = re.compile(r"</?[a-z][^>]*>|<\d{1,3}:\d{2}(?::\d{2})?\.\d{3}>", re.IGNORECASE)
# "Priya Raman: text", "PRIYA: text", "[Priya Raman] text", "Priya Raman (Northwind): text"
_SPEAKER = re.compile(
    r"^(?:-\s*)?(?:\[(?P<b>[^\]\n]{1,60})\]\s*:?|(?P<n>[A-Z][\w.'-]*(?:[ \t]+[A-Z][\w.'-]*){0,3}"
    r"(?:[ \t]*\([^)\n]{1,40}\))?)[ \t]*:)[ \t]*(?P<t>.*)$"
)
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

    @property
    def speakers(self) -> list[str]:
        return list(dict.fromkeys(c.speaker for c in self.cues if c.speaker))

    def turns(self) -> list[Cue]:
        """Consecutive cues of one speaker joined into one turn (sentences run across cues)."""
        out: list[Cue] = []
        for cue in self.cues:
            if out and self.format != "text" and out[-1].speaker == cue.speaker:
                last = out[-1]
                out[-1] = Cue(f"{last.text} {cue.text}", last.speaker, last.start, last.line)
            else:
                out.append(cue)
        return out


def _seconds(h: str | None, m: str, s: str, frac: str) -> float:
    return int(h or 0) * 3600 + int(m) * 60 + int(s) + int(frac.ljust(3, "0")) / 1000


def _clean(text: str) -> str:
    text = _TAG.sub("", text)
    return " ".join(html.unescape(text).replace("\u200b", "").split())


def _split_speaker(text: str) -> tuple[str | None, str]:
    match = _SPEAKER.match(text)
    if not match:
        return None, text
    name = (match.group("b") or match.group("n") or "").strip()
    if not name or name.lower() in _NOT_SPEAKERS or not match.group("t").strip():
        return None, text
    name = re.sub(r"[ \t]*\([^)]*\)$", "", name)  # "Priya Raman (Northwind)" -> "Priya Raman"
    if name.isupper():
        name = name.title()
    return name, match.group("t").strip()


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


def _cue(payload: list[str], start: float, line: int) -> Cue | None:
    text = " ".join(payload)
    voice = _VOICE.search(text)
    speaker = _clean(voice.group(1)) if voice else None
    text = _clean(text)
    if speaker is None:
        speaker, text = _split_speaker(text)
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


def _parse_timed(blocks: Iterable[tuple[int, int, list[str]]], kind: _Timed) -> Transcript:
    """Cues from (line number, index of the timing line, lines) blocks."""
    cues: list[Cue] = []
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
        cue = _cue(block[timing_at + 1 :], start, number)
        if cue is not None:
            cues.append(cue)
        if len(cues) > MAX_CUES:
            raise InvalidInput(f"more than {MAX_CUES} {kind.cue}s; not a meeting transcript")
    if not cues:
        raise InvalidInput(f"the {kind.file} file has no {kind.cue}s with text")
    return Transcript(kind.format, tuple(cues))


def parse_webvtt(text: str) -> Transcript:
    lines = text.split("\n")
    header = lines[0].lstrip("\ufeff")
    if not re.match(r"^WEBVTT(?:[ \t].*)?$", header):
        raise InvalidInput("line 1: a WebVTT file starts with 'WEBVTT'")
    return _parse_timed(_webvtt_blocks(lines), _WEBVTT)


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
    lines = text.lstrip("\ufeff").split("\n")
    blocks = (
        (number, 1 if block[0].strip().isdigit() else 0, block) for number, block in _blocks(lines)
    )
    return _parse_timed(blocks, _SRT)


def parse_notes(text: str) -> Transcript:
    """Plain notes: every non-empty line is a cue; 'Name: text' lines name the speaker, and a
    name alone on a line (as Meet and Otter write it) names the speaker of what follows."""
    cues: list[Cue] = []
    pending: str | None = None
    for number, raw in enumerate(text.lstrip("\ufeff").split("\n"), start=1):
        line = raw.strip().lstrip("-*•·#").strip()
        if not line or _STAMP.match(line):
            continue
        speaker, body = _split_speaker(line)
        stamped = _NAME_STAMP.match(line)  # "Linda Carver  0:02" (Otter, Meet)
        if speaker is None and stamped and _looks_like_name(stamped.group(1)):
            pending = stamped.group(1)
            continue
        if speaker is None and _looks_like_name(line):
            pending = line
            continue
        body = _clean(body)[:MAX_LINE_CHARS]
        if body:
            cues.append(Cue(body, speaker or pending, None, number))
        if len(cues) > MAX_CUES:
            raise InvalidInput(f"more than {MAX_CUES} lines; not meeting notes")
    if not cues:
        raise InvalidInput("the notes have no text")
    return Transcript("text", tuple(cues))


def _looks_like_name(line: str) -> bool:
    words = line.split()
    return (
        1 <= len(words) <= 4
        and all(w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha() for w in words)
        and line.lower() not in _NOT_SPEAKERS
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
        return parse_webvtt(text.lstrip("\ufeff"))
    if looks_like_srt(text):
        return parse_srt(text)
    if re.search(r"^\s*\d{1,2}:\d{2}:\d{2}[.,]\d{3}\s*-->", text, re.MULTILINE):
        raise InvalidInput(
            "this looks like subtitles but is neither WebVTT (no 'WEBVTT' first line) nor SRT "
            "(blocks of number, timing, text)"
        )
    return parse_notes(text)
