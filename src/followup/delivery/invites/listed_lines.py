"""People listed under a line that ends in a colon, read by the list's shape and not by its
label's words, in any language: one person a line with the title after a separator ("Ing.
Tomáš Beneš – vedoucí výroby", "Budi Santoso, kepala gudang"), or the title on the line under
the name, a blank line between people ("Agnieszka Wróbel" then "Kierowniczka Działu Płac").
Two people or more, every entry of that shape: a list of one is too weak a sign."""

from __future__ import annotations

import re

from followup.core import scripts
from followup.core.models import Person
from followup.delivery.invites.common import MAX_NAME, MAX_SCAN, UPPER, _clip
from followup.delivery.invites.name_lists import _BARE_NAME, _HONORIFICS
from followup.delivery.invites.titles import is_title

MAX_LISTS = 30  # lines ending in a colon read for a list under them
MAX_ENTRIES = 12  # people of one list

_LABEL = re.compile(r"(?m)^[^\n:：]{3,80}[:：][ \t]*\n")
_BULLET = re.compile(r"^[ \t]*(?:[-–—•*·▪◦]|\d{1,2}[.)])?[ \t]*")
_NAME_ONLY = re.compile(rf"(?:(?:{_HONORIFICS})\s+){{0,2}}(?P<name>{_BARE_NAME})")
# the separator between a name and its title on one line: a comma, a dash between spaces, a tab
_SEP = re.compile(r"[ \t]*,[ \t]*|[ \t]+[-–—][ \t]+|[ \t]*\t[ \t]*")
# … or a colon, after a title that labels the person ("Diretora Fabril: Graça Monteiro")
_SEP_OR_COLON = re.compile(rf"{_SEP.pattern}|[ \t]*[:：][ \t]+")
# a title: words, no address, time, link or label
_TITLE = re.compile(r"[^\W\d_][^\n@:：/<>|]{1,80}")
_CAPITAL = re.compile(rf"[{UPPER}]")


_PAREN_TITLE = re.compile(
    r"^(?P<name>[^()（）\n]{3,60}?)[ \t]*[(（](?P<title>[^()（）\n]{2,80})[)）]$"
)


# a person's address beside their name or title: bare, in brackets or angle brackets, after
# a dash or a comma ("נועה כהן – ראש צוות (noa.cohen@…)", "Μαρία Π. <m.p@…> – Διευθύντρια")
_ADDRESS = re.compile(
    r"[ \t]*(?:[,،–—-][ \t]*)?[(<\[]?[ \t]*(?P<email>[\w.+'-]+@[\w-]+(?:\.[\w-]+)+)[ \t]*[)>\]]?"
)


def split_address(line: str) -> tuple[str, str | None]:
    """A list's line without the address it gives beside the person, and the address (lower
    case; None when it gives none): "Μαρία Π. <m.p@aegean.example> – Διευθύντρια" ->
    ("Μαρία Π. – Διευθύντρια", "m.p@aegean.example")."""
    address = _ADDRESS.search(line)
    if address is None:
        return line, None
    line = line[: address.start()] + " " + line[address.end() :]
    line = re.sub(r"[ \t]+(?:[-–—][ \t]+)?(?=[-–—][ \t])|[ \t]{2,}", " ", line)
    return line.strip(" .;,،-–—"), address.group("email").lower()


# a form of address shortened with a full stop before a name ("م. سالم …" for an engineer,
# "أ." for Mr or Ms, "د." for a doctor, "डॉ." for a doctor): no part of the name
_SHORT_ADDRESS = re.compile(r"^(?:[^\W\d_]{1,3}\.[ \t]*)+(?=[^\W\d_])")


def caseless_name(text: str) -> str | None:
    """Two to four words in a script without letter case (Hebrew, Arabic, Thai, Devanagari,
    Bengali, Georgian …; not Chinese, Japanese or Korean, read elsewhere): a name as such a
    list writes one ("דנה לוי", "أحمد الخطيب", "অনিল শর্মা"), a short form of address before
    it left out ("م. سالم الحارثي"). None for anything else (`core.scripts.caseless_name`)."""
    text = text.strip()
    return scripts.caseless_name(text) or scripts.caseless_name(_SHORT_ADDRESS.sub("", text))


def caseless_entry(line: str) -> Person | None:
    """ "Name – title", "Name, title" or "Name (title)" with the name in a script without
    letter case ("דנה לוי – מנהלת משאבי אנוש", "أحمد الخطيب (مدير الهندسة)"), the person's
    address where the line gives it beside them ("… – ראש צוות (noa.cohen@galil.example)"),
    or None."""
    line, email = split_address(line)
    bracket = _PAREN_TITLE.match(line)
    if bracket:
        name = caseless_name(bracket.group("name"))
        title = _clip(bracket.group("title").strip(), 120)
        return Person(name=name, title=title, email=email) if name else None
    sep = _SEP.search(line)
    if sep is None:
        name = caseless_name(line) if email else None  # "נועה כהן <noa@…>": a name alone
        return Person(name=_clip(name, MAX_NAME), email=email) if name else None
    name = caseless_name(line[: sep.start()])
    title = line[sep.end() :].strip(" .;")
    if name and _TITLE.fullmatch(title):  # the name first, as such lists write it
        return Person(name=_clip(name, MAX_NAME), title=_clip(title, 120), email=email)
    return None


# between the entries of one line: a comma (Arabic's too) or a semicolon outside brackets
_ENTRY_SEP = re.compile(r"[ \t]*[,،;؛](?![^()（）]*[)）])[ \t]*")


def caseless_entries(text: str) -> list[Person]:
    """Every entry of a line that lists them in a script without letter case, each "Name
    (title)" or "Name – title" ("אבי מזרחי (ראש צוות), נועה ברק (מגייסת)"); none unless every
    part is one."""
    people = [caseless_entry(part) for part in _ENTRY_SEP.split(text.strip(" .")) if part]
    if people and all(people):
        return [p for p in people if p]
    one = caseless_entry(text)  # "נועה כהן, ראש צוות פיתוח": one person, the title after
    return [one] if one else []


def _name(line: str) -> str | None:
    match = _NAME_ONLY.fullmatch(line.strip())
    if match is None:
        return None
    words = match.group("name").split()
    if not all(_CAPITAL.match(w) for w in words if len(w) > 3):
        return None
    return " ".join(words)


def _entry(line: str) -> Person | None:
    """ "Name – title" or "Name (title)" on one line, or None."""
    bracket = _PAREN_TITLE.match(line.strip(" .;"))
    name = _name(bracket.group("name")) if bracket else None
    if bracket and name:  # "Тарас Шевчук (провідний інженер)"
        return Person(name=_clip(name, MAX_NAME), title=_clip(bracket.group("title"), 120))
    for sep in _SEP_OR_COLON.finditer(line):
        left, right = line[: sep.start()].strip(), line[sep.end() :].strip(" .;")
        # the title first, as a tracker's template writes it ("Gerente de Produção – Thiago
        # Bastos"): a title in capitals reads as a name too, its job's word tells it apart
        if is_title(left) and not is_title(right) and _name(right) and _TITLE.fullmatch(left):
            return Person(name=_clip(_name(right) or right, MAX_NAME), title=_clip(left, 120))
        if sep.group(0).strip() in ":：":  # "Diretora Fabril: Graça Monteiro" only
            return None
        name = _name(left)
        if name and _TITLE.fullmatch(right) and not _name(right):
            return Person(name=_clip(name, MAX_NAME), title=_clip(right, 120))
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
