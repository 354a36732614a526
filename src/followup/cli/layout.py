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
import textwrap
from collections.abc import Sequence

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
_KEEP = "\x00"  # stands for a space inside a day or a phone number while the text is wrapped


def wrap(text: str, size: int, first: str = "", rest: str | None = None) -> list[str]:
    """`text` in lines of at most `size` characters (a word longer than that stays whole,
    and so do a day such as "Fri 4 Dec 2026" and a phone number such as "(617) 555-0199"),
    the first line starting with `first`, the
    next ones with `rest` (default: as many spaces). Line breaks in `text` are kept."""
    rest = " " * len(first) if rest is None else rest
    lines: list[str] = []
    for number, paragraph in enumerate(text.splitlines() or [""]):
        lead = first if number == 0 else rest
        lines += textwrap.wrap(
            _kept(paragraph),
            width=max(size, len(lead) + 1),
            initial_indent=lead,
            subsequent_indent=rest,
            break_long_words=False,
            break_on_hyphens=False,
        ) or [lead.rstrip()]
    return [line.replace(_KEEP, " ") for line in lines]


def flow(units: Sequence[str], size: int, first: str = "", sep: str = "  ") -> list[str]:
    """Units (each kept whole, spaces and all) set side by side with `sep`, a new line
    (indented like the first's text) whenever the next would not fit."""
    lines: list[str] = []
    line, empty = first, True
    for unit in units:
        if not empty and len(line) + len(sep) + len(unit) > size:
            lines.append(line)
            line, empty = " " * len(first), True
        line += ("" if empty else sep) + unit
        empty = False
    lines.append(line.rstrip())
    return lines


def pairs(rows: Sequence[tuple[str, str]], size: int | None = None, indent: str = "") -> list[str]:
    """Labelled lines: each label in a column, its value wrapped beside it.

    On a terminal too narrow for both, each value goes under its label."""
    size = width() if size is None else size
    if not rows:
        return []
    label_width = max(len(label) for label, _ in rows) + GAP
    lines: list[str] = []
    for label, value in rows:
        if size - len(indent) - label_width >= 24:
            lines += wrap(value, size, indent + label.ljust(label_width))
        else:
            lines.append(indent + label)
            lines += wrap(value, size, indent + "  ")
    return lines


def _longest_word(cells: Sequence[str]) -> int:
    """The longest unit `wrap` keeps whole in any of `cells`: a word, or a day."""
    return max((len(word) for cell in cells for word in _units(cell)), default=0)


def _kept(text: str) -> str:
    """`text` with the spaces inside each day and each phone number stood for by _KEEP."""
    text = _DAY.sub(lambda m: m.group().replace(" ", _KEEP), text)
    return _PHONE.sub(_phone, text)


def _phone(match: re.Match[str]) -> str:
    found = match.group()
    digits = sum(c.isdigit() for c in found)
    return found.replace(" ", _KEEP) if 7 <= digits <= 15 else found


def _units(text: str) -> list[str]:
    return _kept(text).split()


def _widths(
    headers: Sequence[str], rows: Sequence[Sequence[str]], wraps: set[int], size: int
) -> list[int] | None:
    """Column widths that fit `size`, shrinking only the wrappable columns, the widest first,
    and never below their longest word; None when no such widths exist."""
    columns = [[header, *(row[i] for row in rows)] for i, header in enumerate(headers)]
    natural = [
        max(len(line) for cell in col for line in cell.splitlines() or [""]) for col in columns
    ]
    least = [
        max(len(headers[i]), _longest_word(col[1:])) if i in wraps else natural[i]
        for i, col in enumerate(columns)
    ]
    widths = list(natural)
    excess = sum(widths) + GAP * (len(widths) - 1) - size
    while excess > 0:
        shrinkable = [i for i in wraps if widths[i] > least[i]]
        if not shrinkable:
            return None
        widest = max(shrinkable, key=lambda i: (widths[i], widths[i] - least[i]))
        widths[widest] -= 1
        excess -= 1
    return widths


def table(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    wraps: Sequence[int] = (),
    right: Sequence[int] = (),
    size: int | None = None,
    indent: str = "",
) -> list[str]:
    """A table with a header line. Columns in `wraps` may wrap at spaces (the others never
    break); columns in `right` are right-aligned. When even wrapping cannot make it fit, the
    rows come as a list instead: one labelled block per row, a blank line between them."""
    size = (width() if size is None else size) - len(indent)
    widths = _widths(headers, rows, set(wraps), size)
    if widths is None:
        lines: list[str] = []
        for number, row in enumerate(rows):
            if number:
                lines.append("")
            lines += pairs(list(zip(headers, row, strict=True)), size + len(indent), indent)
        return lines
    out: list[str] = []
    for row in [headers, *rows]:
        cells = [
            wrap(cell, widths[i]) if i in wraps else (cell.splitlines() or [""])
            for i, cell in enumerate(row)
        ]
        for depth in range(max(len(cell) for cell in cells)):
            parts = []
            for i, cell in enumerate(cells):
                text = cell[depth] if depth < len(cell) else ""
                parts.append(text.rjust(widths[i]) if i in right else text.ljust(widths[i]))
            out.append((indent + (" " * GAP).join(parts)).rstrip())
    return out


def rule(size: int, title: str = "") -> str:
    """A line across the terminal, with a title at its left."""
    line = f"── {title} " if title else ""
    return line + "─" * max(size - len(line), 3)
