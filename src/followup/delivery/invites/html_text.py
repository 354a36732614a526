"""HTML read as text: a mail's HTML body and a calendar description in HTML (Google Calendar
carries a scheduling tool's HTML as it is), with one reader for both."""

from __future__ import annotations

import re

from followup.delivery.invites.common import MAX_SCAN

# a tag a plain text never holds: a description with one is HTML
# (the tag's name ends at a space, "/" or ">": "<b.jones@acme.example>" is an address)
_HTML_TAG = re.compile(
    r"<(?:/?(?:p|br|div|span|ul|ol|li|b|strong|i|em|u|a|table|tr|td|th|tbody|font|h[1-6])"
    r"|html|body)(?:[\s/][^<>]{0,500})?>",
    re.IGNORECASE,
)


MAX_TABLES = 50  # tables open inside each other, at most


def looks_like_html(text: str) -> bool:
    """Whether a text is HTML: it holds a tag of the markup mails and descriptions use."""
    return _HTML_TAG.search(text[:MAX_SCAN]) is not None


class _Table:
    """Where a table's open row and cell start in the text read so far, and its header."""

    def __init__(self) -> None:
        self.headers: list[str] | None = None
        self.row_start = 0
        self.cells: list[tuple[int, int, bool]] = []  # (start, end, a header's cell)
        self.cell: tuple[int, bool] | None = None


def _cell_text(parts: list[str]) -> str:
    """A cell's text on one line: its lines ("Graham Whitlock<br><i>Director …</i>") joined
    by commas."""
    return ", ".join(" ".join(line.split()) for line in "".join(parts).splitlines() if line.strip())


MAX_HEADER = 40  # the letters of a table's header cell


def _labelled_row(parts: list[str], table: _Table) -> bool:
    """A row of a table under a header ("Date | Time | Interviewer") whose cells hold lines
    ("Graham Whitlock<br><i>Director …</i>") written as a plain text writes one, a label
    before each value ("Interviewer: Graham Whitlock, Director of Revenue Operations"; a day
    or a time without one); False (the row as it is) when its cells are not the header's or
    are one line each."""
    cells = table.cells
    if not cells or all(th for _, _, th in cells):
        names = [_cell_text(parts[a:b]) for a, b, _ in cells]
        if cells and all(0 < len(n) <= MAX_HEADER for n in names):
            table.headers = names
        return False
    if table.headers is None or len(cells) != len(table.headers) or any(th for *_, th in cells):
        return False
    if not any("\n" in "".join(parts[a:b]).strip() for a, b, _ in cells):
        return False  # one line a cell: the row reads as it is ("1:00 PM\tTobias Grant, …")
    values = [_cell_text(parts[a:b]) for a, b, _ in cells]
    del parts[table.row_start :]
    # a day or a time stays at its line's start, as a schedule's line starts
    parts += [
        f"{value}\n" if value[:1].isdigit() else f"{label}: {value}\n"
        for label, value in zip(table.headers, values, strict=True)
    ]
    return True


def html_text(html: str) -> tuple[str, list[str]]:
    """The readable text of an HTML body and the addresses its links point to. A mailto link
    whose text is a name keeps its address after it ("Nadia Petrov <nadia@…>"), as a plain
    text would write it; a table's rows under a header row are written "Header: value", one
    a line."""
    from html.parser import HTMLParser

    class Reader(HTMLParser):
        def __init__(self) -> None:
            super().__init__(convert_charrefs=True)
            self.parts: list[str] = []
            self.links: list[str] = []
            self.hidden = 0
            self.mailto: tuple[str, int] | None = None  # the open link's address, where
            self.tables: list[_Table] = []

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            if tag in {"script", "style", "head", "title"}:
                self.hidden += 1
            elif tag == "a":
                hrefs = [v for k, v in attrs if k == "href" and v][:1]
                self.links += hrefs
                address = hrefs[0][7:].split("?", 1)[0].strip() if hrefs else ""
                if hrefs and hrefs[0][:7].lower() == "mailto:" and "@" in address:
                    self.mailto = (address, len(self.parts))
            elif tag in {"br", "p", "div", "tr", "li", "table"}:
                self.parts.append("\n")
            if tag == "table" and len(self.tables) < MAX_TABLES:
                self.tables.append(_Table())
            elif tag == "tr" and self.tables:
                self.tables[-1].row_start, self.tables[-1].cells = len(self.parts), []
            elif tag in {"td", "th"} and self.tables:
                self.tables[-1].cell = (len(self.parts), tag == "th")

        def handle_endtag(self, tag: str) -> None:
            if tag in {"script", "style", "head", "title"}:
                self.hidden = max(0, self.hidden - 1)
            elif tag == "a" and self.mailto is not None:
                address, at = self.mailto
                said = "".join(self.parts[at:])
                if said.strip() and address.lower() not in said.lower():
                    self.parts.append(f" <{address}>")
                self.mailto = None
            elif tag in {"td", "th"}:  # a table's cells stay apart, as a row's columns
                table = self.tables[-1] if self.tables else None
                if table is not None and table.cell is not None:
                    table.cells.append((table.cell[0], len(self.parts), table.cell[1]))
                    table.cell = None
                self.parts.append("\t")
            elif tag == "tr" and self.tables and _labelled_row(self.parts, self.tables[-1]):
                pass
            elif tag in {"p", "div", "tr", "li", "table"} or tag[:1] == "h":
                self.parts.append("\n")
            if tag == "table" and self.tables:
                self.tables.pop()

        def handle_data(self, data: str) -> None:
            if not self.hidden:
                self.parts.append(data)

    reader = Reader()
    reader.feed(html[:MAX_SCAN])
    reader.close()
    return "".join(reader.parts), reader.links[:200]
