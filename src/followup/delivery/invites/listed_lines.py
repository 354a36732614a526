"""People listed under a line that ends in a colon, read by the list's shape and not by its
label's words, in any language: one person a line with the title after a separator ("Ing.
Tomáš Beneš – vedoucí výroby", "Budi Santoso, kepala gudang"), or the title on the line under
the name, a blank line between people ("Agnieszka Wróbel" then "Kierowniczka Działu Płac").
Two people or more, every entry of that shape: a list of one is too weak a sign."""

from __future__ import annotations

import re

from followup.core.models import Person
from followup.delivery.invites.common import MAX_NAME, MAX_SCAN, UPPER, _clip
from followup.delivery.invites.name_lists import _BARE_NAME, _HONORIFICS
from followup.delivery.invites.people import _CJK_ONLY
from followup.delivery.invites.titles import is_title

MAX_LISTS = 30  # lines ending in a colon read for a list under them
MAX_ENTRIES = 12  # people of one list

_LABEL = re.compile(r"(?m)^[^\n:：]{3,80}[:：][ \t]*\n")
_BULLET = re.compile(r"^[ \t]*(?:[-–—•*·▪◦]|\d{1,2}[.)])?[ \t]*")
_NAME_ONLY = re.compile(rf"(?:(?:{_HONORIFICS})\s+){{0,2}}(?P<name>{_BARE_NAME})")
# the separator between a name and its title on one line: a comma, a dash between spaces, a tab
_SEP = re.compile(r"[ \t]*,[ \t]*|[ \t]+[-–—][ \t]+|[ \t]*\t[ \t]*")
# a title: words, no address, time, link or label
_TITLE = re.compile(r"[^\W\d_][^\n@:：/<>|]{1,80}")
_CAPITAL = re.compile(rf"[{UPPER}]")


_SCRIPT_WORD = re.compile(r"[^\W\d_][\w'’׳״-]*")
_PAREN_TITLE = re.compile(
    r"^(?P<name>[^()（）\n]{3,60}?)[ \t]*[(（](?P<title>[^()（）\n]{2,80})[)）]$"
)


def caseless_name(text: str) -> str | None:
    """Two to four words in a script without letter case (Hebrew, Arabic, Thai, Devanagari,
    Georgian …; not Chinese, Japanese or Korean, read elsewhere): a name as such a list writes
    one ("דנה לוי", "أحمد الخطيب"). None for anything else."""
    words = text.split()
    if not 2 <= len(words) <= 4 or _CJK_ONLY.search(text):
        return None
    for word in words:
        if not _SCRIPT_WORD.fullmatch(word):
            return None
        letters = [c for c in word if c.isalpha()]
        if not letters or any(c.isupper() or c.islower() for c in letters):
            return None
    return " ".join(words)


def caseless_entry(line: str) -> Person | None:
    """ "Name – title", "Name, title" or "Name (title)" with the name in a script without
    letter case ("דנה לוי – מנהלת משאבי אנוש", "أحمد الخطيب (مدير الهندسة)"), or None."""
    line = line.strip(" .;")
    bracket = _PAREN_TITLE.match(line)
    if bracket:
        name = caseless_name(bracket.group("name"))
        return Person(name=name, title=_clip(bracket.group("title").strip(), 120)) if name else None
    sep = _SEP.search(line)
    if sep is None:
        return None
    name = caseless_name(line[: sep.start()])
    title = line[sep.end() :].strip(" .;")
    if name and _TITLE.fullmatch(title):  # the name first, as such lists write it
        return Person(name=_clip(name, MAX_NAME), title=_clip(title, 120))
    return None


# between the entries of one line: a comma (Arabic's too) or a semicolon outside brackets
_ENTRY_SEP = re.compile(r"[ \t]*[,،;؛](?![^()（）]*[)）])[ \t]*")


def caseless_entries(text: str) -> list[Person]:
    """Every entry of a line that lists them in a script without letter case, each "Name
    (title)" or "Name – title" ("אבי מזרחי (ראש צוות), נועה ברק (מגייסת)"); none unless every
    part is one."""
    people = [caseless_entry(part) for part in _ENTRY_SEP.split(text.strip(" .")) if part]
    return [p for p in people if p] if people and all(people) else []


def _name(line: str) -> str | None:
    match = _NAME_ONLY.fullmatch(line.strip())
    if match is None:
        return None
    words = match.group("name").split()
    if not all(_CAPITAL.match(w) for w in words if len(w) > 3):
        return None
    return " ".join(words)


def _entry(line: str) -> Person | None:
    """ "Name – title" on one line, or None."""
    for sep in _SEP.finditer(line):
        name = _name(line[: sep.start()])
        title = line[sep.end() :].strip(" .;")
        if name and _TITLE.fullmatch(title) and not _name(title):
            return Person(name=_clip(name, MAX_NAME), title=_clip(title, 120))
        break
    return caseless_entry(line)


def _paired(lines: list[str]) -> Person | None:
    """A paragraph of a name's line and a title's line under it, or of a title's line and a
    name's under it ("Leiter Technik" then "Jens Haller"): the line with a job's word is the
    title."""
    if len(lines) != 2:
        return None
    first, second = (line.strip(" .;") for line in lines)
    if is_title(first) and not is_title(second) and _name(second):
        first, second = second, first  # the title above the name, as a signature writes it
    name = None if is_title(first) else _name(first)
    title = second
    if name and _TITLE.fullmatch(title) and _entry(title) is None and "," not in title:
        return Person(name=_clip(name, MAX_NAME), title=_clip(title, 120))
    return None


def listed_under_label(text: str) -> list[Person]:
    """The people of every list of that shape under a line that ends in a colon."""
    out: list[Person] = []
    text = text[:MAX_SCAN]
    for seen, label in enumerate(_LABEL.finditer(text)):
        if seen >= MAX_LISTS:
            break
        rest = text[label.end() :].lstrip("\n")
        lines = [_BULLET.sub("", ln, count=1).strip() for ln in rest.split("\n")]
        people: list[Person] = []
        # one a line, up to a blank line
        for line in lines[:MAX_ENTRIES]:
            if not line:
                break
            person = _entry(line)
            if person is None:
                people = []
                break
            people.append(person)
        if len(people) < 2:
            people = []
            # name and title, a paragraph each
            paragraphs = re.split(r"\n[ \t]*\n", rest.strip("\n"))
            for paragraph in paragraphs[:MAX_ENTRIES]:
                pair = [ln.strip() for ln in paragraph.split("\n") if ln.strip()]
                person = _paired(pair)
                if person is None:
                    break
                people.append(person)
        if len(people) >= 2:
            out += people
    return out
