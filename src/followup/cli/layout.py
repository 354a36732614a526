"""Plain-text layout for the everyday views: labelled blocks, tables and wrapped lines.

Everything fits the terminal's width (`COLUMNS`, else the terminal, else 80) without breaking
a word, a name, an address, a day or a phone number: long text wraps at spaces, its next
lines indented under the first. A table too wide for the terminal becomes a list, one block
per row. Standard library only: the views that people run all day start in a fraction of
what Rich costs to import.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Sequence

from followup.core.text import cells

GAP = 2  # spaces between columns


def width() -> int:
    """The terminal's width in characters (at least 20): COLUMNS, else the terminal's, else 80
    (what `shutil.get_terminal_size` answers, without the archive modules shutil loads)."""
    try:
        columns = int(os.environ.get("COLUMNS", ""))
    except ValueError:
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 0
    return max(20, columns or 80)


# A day as the views write it ("Fri 4 Dec 2026", "Fri 4 Dec"): wrapped as one word.
_DAY = re.compile(
    r"\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2} "
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)(?: \d{4})?\b"
)
# A phone number as libphonenumber writes it ("(617) 555-0199", "+44 20 7946 0018", "06 12 34
# 56 78"): digit groups, the first maybe in brackets, apart by a space or a hyphen, 7 to 15
# digits in all; wrapped as one word, so no number is split between two lines.
_PHONE = re.compile(r"(?<![\w+()-])\+?(?:\(\d+\)|\d+)(?:[ -](?:\(\d+\)|\d+))+(?![\w:-])")
# A command to type, in quotes ('followup draft edit 3'): wrapped as one word.
_COMMAND = re.compile(r"'followup [^'\n]{1,70}'")
_KEEP = "\x00"  # stands for a space inside a day or a phone number while the text is wrapped


def wrap(
    text: str, size: int, first: str = "", rest: str | None = None, *, breaks: bool = False
) -> list[str]:
    """`text` in lines of at most `size` terminal cells (`core.text.cells`: a CJK character
    takes two), broken at spaces, the first line starting with `first`, the next ones with
    `rest` (default: as many spaces). A day such as "Fri 4 Dec 2026" and a phone number such
    as "(617) 555-0199" stay whole like a word, and so does a command in quotes ('followup
    plan 3'). A word longer than a line stays whole (a path or a link to copy), unless
    `breaks`: then (a long email address in a table or under a label) it is broken before
    an '@' or after a '.', '/' or '-', and only where none is left, anywhere, so that no
    line runs past `size`. Line breaks in `text` are kept; so is the indent that opens a
    paragraph."""
    rest = " " * cells(first) if rest is None else rest
    lines: list[str] = []
    for number, paragraph in enumerate(text.splitlines() or [""]):
        lead = first if number == 0 else rest
        lines += _wrap_paragraph(
            _kept(paragraph.expandtabs()), max(size, cells(lead) + 1), lead, rest, breaks
        )
    return [line.replace(_KEEP, " ") for line in lines]


def _wrap_paragraph(paragraph: str, size: int, lead: str, rest: str, breaks: bool) -> list[str]:
    """One paragraph (no line breaks), greedily: words joined by the spaces between them."""
    body = paragraph.lstrip(" ")
    tokens = _SPACES.split(body) if body else []
    lines: list[str] = []
    line = lead + paragraph[: len(paragraph) - len(body)]  # a paragraph's own indent stays
    used, empty = cells(line), True
    for index in range(0, len(tokens), 2):
        word, space = tokens[index], tokens[index - 1] if index else ""
        if not word:
            continue
        if not empty and used + cells(space) + cells(word) <= size:
            line, used = line + space + word, used + cells(space) + cells(word)
            continue
        if not empty:
            lines.append(line.rstrip())
            line, used, empty = rest, cells(rest), True
        for piece in _pieces(word, size - used, size - cells(rest)) if breaks else [word]:
            if not empty and used + cells(piece) > size:
                lines.append(line.rstrip())
                line, used = rest, cells(rest)
            line, used, empty = line + piece, used + cells(piece), False
    lines.append(line.rstrip() if not empty else lead.rstrip())
    return lines


_SPACES = re.compile(r"([ \t]+)")
# where a word too long for any line may break, the first that helps: before an '@', after a
# '.' or a '/', after a '-' (the mark stays at the end of the first line)
_BREAKS = (re.compile(r"(?=@)"), re.compile(r"(?<=[./])(?=[^./])"), re.compile(r"(?<=-)(?=[^-])"))


def _pieces(word: str, room: int, line_room: int, level: int = 0) -> list[str]:
    """`word` whole when it fits `room` or any line; else broken (see `wrap`) into pieces of
    at most `line_room` cells, as few as can be."""
    if cells(word) <= max(room, line_room) or line_room < 1:
        return [word]
    if level == len(_BREAKS):  # no break point left: cut where the line ends
        cut = _cut(word, line_room)
        return [word[:cut], *_pieces(word[cut:], line_room, line_room, level)]
    pieces: list[str] = []
    for part in _BREAKS[level].split(word):
        for piece in _pieces(part, 0, line_room, level + 1):
            if pieces and cells(pieces[-1]) + cells(piece) <= line_room:
                pieces[-1] += piece
            else:
                pieces.append(piece)
    return pieces


def _least_piece(word: str) -> int:
    """The widest piece `wrap` must keep whole of `word` when it breaks it at every point."""
    for pattern in _BREAKS:
        word = pattern.sub(_KEEP_BREAK, word)
    return max(cells(piece) for piece in word.split(_KEEP_BREAK))


_KEEP_BREAK = "\x01"


def _cut(text: str, room: int) -> int:
    """How many characters of `text` fill at most `room` cells (at least one)."""
    used = 0
    for index, char in enumerate(text):
        used += cells(char)
        if used > room:
            return max(index, 1)
    return len(text)


def flow(units: Sequence[str], size: int, first: str = "", sep: str = "  ") -> list[str]:
    """Units (each kept whole, spaces and all) set side by side with `sep`, a new line
    (indented like the first's text) whenever the next would not fit."""
    lines: list[str] = []
    line, empty = first, True
    for unit in units:
        if not empty and cells(line) + len(sep) + cells(unit) > size:
            lines.append(line)
            line, empty = " " * cells(first), True
        line += ("" if empty else sep) + unit
        empty = False
    lines.append(line.rstrip())
    return lines


def pairs(
    rows: Sequence[tuple[str, str]],
    size: int | None = None,
    indent: str = "",
    *,
    breaks: bool = True,
) -> list[str]:
    """Labelled lines: each label in a column, its value wrapped beside it (a value's word
    too long for a line broken as `wrap` does with `breaks`, unless `breaks` is False).

    On a terminal too narrow for both, each value goes under its label."""
    size = width() if size is None else size
    if not rows:
        return []
    label_width = max(cells(label) for label, _ in rows) + GAP
    lines: list[str] = []
    for label, value in rows:
        if size - cells(indent) - label_width >= 24:
            lines += wrap(value, size, indent + pad(label, label_width), breaks=breaks)
        else:
            lines.append(indent + label)
            lines += wrap(value, size, indent + "  ", breaks=breaks)
    return lines


def pad(text: str, size: int, right: bool = False) -> str:
    """`text` filled with spaces to `size` cells (on its left when `right`)."""
    fill = " " * max(size - cells(text), 0)
    return fill + text if right else text + fill


def _kept(text: str) -> str:
    """`text` with the spaces inside each day, phone number and quoted command stood for by
    _KEEP."""
    text = _DAY.sub(lambda m: m.group().replace(" ", _KEEP), text)
    if "'followup " in text:
        text = _COMMAND.sub(lambda m: m.group().replace(" ", _KEEP), text)
    return _PHONE.sub(_phone, text)


def _phone(match: re.Match[str]) -> str:
    found = match.group()
    digits = sum(c.isdigit() for c in found)
    return found.replace(" ", _KEEP) if 7 <= digits <= 15 else found


def _units(text: str) -> list[str]:
    return _kept(text).split()


SHORT = 16  # a cell this wide or less is wrapped only when the longer ones cannot make room


def _widths(
    headers: Sequence[str], rows: Sequence[Sequence[str]], wraps: set[int], size: int
) -> list[int] | None:
    """Column widths (in cells) that fit `size`, shrinking only the wrappable columns, the
    widest first: first the long ones down to SHORT, then down to their longest word, then
    down to the longest piece of a word that `wrap` may break (an address); None when the
    columns cannot fit even so."""
    columns = [[header, *(row[i] for row in rows)] for i, header in enumerate(headers)]
    natural = [
        max(cells(line) for cell in col for line in cell.splitlines() or [""]) for col in columns
    ]
    words = [[w for cell in col[1:] for w in _units(cell)] for col in columns]
    head = [max((cells(w) for w in h.split()), default=0) for h in headers]
    whole = [max(head[i], *(cells(w) for w in words[i])) if words[i] else head[i]
             for i in range(len(headers))]  # fmt: skip
    broken = [
        max(head[i], *(_least_piece(w) for w in words[i]))
        if words[i] else head[i]
        for i in range(len(headers))
    ]  # fmt: skip
    widths = list(natural)
    excess = sum(widths) + GAP * (len(widths) - 1) - size
    for least in (
        [min(natural[i], max(whole[i], SHORT)) for i in range(len(widths))],
        whole,
        broken,
    ):
        while excess > 0:
            shrinkable = [i for i in wraps if widths[i] > least[i]]
            if not shrinkable:
                break
            widest = max(shrinkable, key=lambda i: (widths[i], widths[i] - least[i]))
            widths[widest] -= 1
            excess -= 1
    return widths if excess <= 0 else None


def table(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    wraps: Sequence[int] = (),
    right: Sequence[int] = (),
    size: int | None = None,
    indent: str = "",
) -> list[str]:
    """A table with a header line. Columns in `wraps` may wrap (at spaces; an address that
    cannot fit whole, after its '.' or before its '@'); the others never break. Columns in
    `right` are right-aligned. Only when even that cannot make the columns fit do the rows
    come as a list instead: one labelled block per row, a blank line between them."""
    size = (width() if size is None else size) - cells(indent)
    widths = _widths(headers, rows, set(wraps), size)
    if widths is None:
        lines: list[str] = []
        for number, row in enumerate(rows):
            if number:
                lines.append("")
            lines += pairs(list(zip(headers, row, strict=True)), size + cells(indent), indent)
        return lines
    out: list[str] = []
    for row in [headers, *rows]:
        cells_ = [
            wrap(cell, widths[i], breaks=True) if i in wraps else (cell.splitlines() or [""])
            for i, cell in enumerate(row)
        ]
        for depth in range(max(len(cell) for cell in cells_)):
            parts = []
            for i, cell in enumerate(cells_):
                text = cell[depth] if depth < len(cell) else ""
                parts.append(pad(text, widths[i], right=i in right))
            out.append((indent + (" " * GAP).join(parts)).rstrip())
    return out


def rule(size: int, title: str = "") -> str:
    """A line across the terminal, with a title at its left."""
    line = f"── {title} " if title else ""
    return line + "─" * max(size - cells(line), 3)
