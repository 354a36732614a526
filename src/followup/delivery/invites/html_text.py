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


def looks_like_html(text: str) -> bool:
    """Whether a text is HTML: it holds a tag of the markup mails and descriptions use."""
    return _HTML_TAG.search(text[:MAX_SCAN]) is not None


def html_text(html: str) -> tuple[str, list[str]]:
    """The readable text of an HTML body and the addresses its links point to. A mailto link
    whose text is a name keeps its address after it ("Nadia Petrov <nadia@…>"), as a plain
    text would write it."""
    from html.parser import HTMLParser

    class Reader(HTMLParser):
        def __init__(self) -> None:
            super().__init__(convert_charrefs=True)
            self.parts: list[str] = []
            self.links: list[str] = []
            self.hidden = 0
            self.mailto: tuple[str, int] | None = None  # the open link's address, where

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
                self.parts.append("\t")
            elif tag in {"p", "div", "tr", "li", "table"} or tag[:1] == "h":
                self.parts.append("\n")

        def handle_data(self, data: str) -> None:
            if not self.hidden:
                self.parts.append(data)

    reader = Reader()
    reader.feed(html[:MAX_SCAN])
    reader.close()
    return "".join(reader.parts), reader.links[:200]
