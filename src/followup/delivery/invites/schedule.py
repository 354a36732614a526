"""Interviewers on a schedule: timed lines ("11:15–12:00  Irene Walsh, Principal
Engineer"), blocks under a label, table rows ("Interviewer: Omar Reyes, Regional Director")
and the cells under a row's time."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from followup.core.models import Person
from followup.delivery.invites.clock import _TIME_RE
from followup.delivery.invites.common import UPPER, _clip, _Vocab
from followup.delivery.invites.listed_lines import caseless_entry, split_address
from followup.delivery.invites.name_lists import (
    _HONORIFICS,
    _LABEL_ENDING,
    _TIME,
    _looks_like_title,
    _persons_in_list,
    _same_person,
)

# a schedule line or table row: "11:15–12:00  Irene Walsh, Principal Engineer", a session's
# name and number before it in any language ("Session 2: 11:00 AM – 12:00 PM  …", "Runde 1 -")
_SCHEDULE = re.compile(
    r"(?im)^[ \t]*(?:[^\W\d_][\w'’]*(?:[ \t]+[^\W\d_][\w'’]*)?[ \t]+\d{1,2}[ \t]*[:.)–—-][ \t]*)?"
    rf"{_TIME}(?:[ \t]*(?:[-–—]|to)[ \t]*{_TIME})?(?:[ \t]*(?-i:[A-Z]{{2,5}})\b)?"
    r"[ \t]*[|:\t–—-]*[ \t]*(?P<list>[^\n]+)$"
)


# A label alone on its line, the people on the lines below it ("Panel:", "You'll be meeting
# with:", "Schedule", "Ihre Gesprächspartner:") up to a blank line; the labels of other
# languages and those of the people who take part are data ([introductions] labels and
# listed_labels: "Deltagare:", "Na pohovoru budou:")
_BLOCK_TEXT = (
    r"(?im)^[ \t]*(?:here(?:'s|’s|[ \t]+is|[ \t]+are)[ \t]+|meet[ \t]+)?"
    r"(?:your[ \t]+|ihre[ \t]+|vos[ \t]+|the[ \t]+)?(?:interviewers?|interview[ \t]+"
    r"(?:panel|schedule)|panel(?:ists)?|schedule|agenda|itinerary|gesprächspartner(?:in|innen)?|"
    r"interviewpartner(?:in|innen)?|interlocuteurs?|who[ \t]+you(?:'ll|’ll|[ \t]+will)[ \t]+"
    r"(?:meet|speak[ \t]+with|be[ \t]+meeting)|"
    r"(?:te|le|les)[ \t]+entrevistar(?:á|án)|entrevistador(?:a|es|as)?|gesprekspartners?|"
    r"intervistatori|vous[ \t]+rencontrerez|je[ \t]+spreekt[ \t]+met|panel[ \t]+members|"
    r"(?:je|u)[ \t]+wordt[ \t]+gebeld[ \t]+door|entrevistadores|面接官|"
    r"interview[ \t]+(?:team|panel[ \t]+will[ \t]+be)|meeting[ \t]+with|interviewing[ \t]+with|"
    r"{more}|you(?:'ll|[ \t]+will)[ \t]+(?:be[ \t]+)?(?:meet(?:ing)?|speak(?:ing)?)(?:[ \t]+with)?)"
    # a few words of the label's own after it, before its colon ("Your panel on the day:",
    # "Interviewers for Thursday:")
    r"[ \t]*{ending}(?:[ \t]*:?[ \t]*\n(?:[ \t]*\n){0,4}|[ \t]*:?\t"
    r"|(?:[ \t]+[^\W\d_][\w'’-]*){1,4}[ \t]*:[ \t]*\n(?:[ \t]*\n){0,4})"
    r"(?P<lines>(?:[ \t]*\S[^\n]*(?:\n[ \t]*){0,4}(?:\n|$)){1,20})"
)


@lru_cache(maxsize=4)
def _block(labels: tuple[str, ...]) -> re.Pattern[str]:
    """A label alone on its line (or before a tab), the people on the lines under it."""
    more = "".join(re.escape(w).replace(r"\ ", r"[ \t]+") + "|" for w in labels)
    return re.compile(_BLOCK_TEXT.replace("{more}|", more).replace("{ending}", _LABEL_ENDING))


_BULLET = re.compile(r"^[ \t]*(?:[-–—•*·▪◦]|\d{1,2}[.)])[ \t]+")


@lru_cache(maxsize=4)
def _asked_to_contact(verbs: str) -> re.Pattern[str]:
    """A contact verb right before a word ("… escribí a Lucía Benítez …", "please email Jo
    Lee at …"): `verbs` is the vocabulary's alternation ([people] contact_verbs)."""
    if not verbs:
        return re.compile(r"(?!x)x")
    return re.compile(rf"(?i)(?<![\w])(?:{verbs})[ \t]+(?:(?i:me)[ \t]*,[ \t]*)?(?=\S)")


def _contact_line(line: str, person: Person, vocab: _Vocab) -> bool:
    """Whether `line` asks the candidate to write to or call `person` ("Ante cualquier
    consulta escribí a Lucía Benítez (Selección) a …"): the one to contact, who arranges the
    interview, not a person listed to interview."""
    first = person.name.split()[0] if person.name.split() else ""
    if not first:
        return False
    return any(
        line.startswith(first, verb.end())
        for verb in _asked_to_contact(vocab.contact_verbs).finditer(line)
    )


def _scheduled_person(text: str, vocab: _Vocab, timed: bool = True) -> list[Person]:
    """The person of a schedule line ("Ravi Menon, Senior SRE"), past the session's name
    when one comes first ("Coding — Ravi Menon, Senior SRE", "Product Sense | Nadia Farouk,
    Director of Product"); every person after a label inside the line ("Interviewers: Ines
    Duarte, Paul Becker", "System Design — Panel: Hana Sato, Oliver Grant")."""
    label = _row_label(vocab.interviewer_labels).match(text)
    if label is not None:
        return _persons_in_list(text[label.end() :], vocab)
    session = _SESSION_WITH.match(text)
    if session is not None:  # "Research deep dive with Tomasz Wójcik (Research Lead)"
        people = _joined_people(text[session.end() :], vocab)
        if people:
            return people
    # "Safety and site culture: Tom Achterberg, HSE Manager": the session's name, a colon
    # (not a coordinator's label: "Coordinator: Chloe Ashdown" arranges, never interviews)
    # — on a line with a time only: a block's untimed "Location: …" is no session
    session = _SESSION_COLON.match(text) if timed else None
    if session is not None and not vocab.coordinator_titles.search(text[: session.end()]):
        people = _joined_people(text[session.end() :], vocab)
        if people:
            return people
    people = _persons_in_list(text, vocab, first_only=True)
    if not people:  # "10:00 - 10:45 سارة الحربي – مديرة الهندسة": a script without case
        people = [p for p in [caseless_entry(text)] if p]
    return people


def _joined_people(text: str, vocab: _Vocab) -> list[Person]:
    """The person a session's line names after its name, and those joined to them ("Culture
    add: Priyanka Iyer (Engineering Manager) + Tom Ashworth (Product Designer)", "… with Ada
    Obi and Lars Berg"): the line read as a list when its list starts with that person."""
    people = _persons_in_list(text, vocab, first_only=True)
    many = _persons_in_list(text, vocab, loose=True) if people else []
    if len(many) > len(people) and _same_person(many[0].name, people[0].name):
        return many
    return people


@lru_cache(maxsize=4)
def _row_label(labels: tuple[str, ...]) -> re.Pattern[str]:
    """An interviewers' label with its colon at a schedule row's start or after the session's
    name and a separator ("Interviewers: …", "Case study — Panel: …", "| Interviewer: …")."""
    more = "".join("|" + re.escape(w).replace(r"\ ", r"[ \t]+") for w in labels)
    return re.compile(
        r"(?i)^(?:[^\n:]{0,80}?[ \t]+[-–—|·•][ \t]+|[|·•][ \t]*)?"
        r"(?:your[ \t]+)?(?:interviewers?|interview[ \t]+panel|panel(?:ists)?|panel[ \t]+members"
        rf"{more})[ \t]*(?:\(s\))?[ \t]*[:：][ \t]*"
    )


_SESSION_COLON = re.compile(rf"^[^\n:]{{2,60}}?:[ \t]+(?=(?:{_HONORIFICS}\s+)?[{UPPER}])")


# A session's name before its interviewer in a schedule row: "Coding with …", "Fallstudie
# mit …", "Étude de cas avec …"
_SESSION_WITH = re.compile(
    r"^[^\n]{0,80}?\b(?:with|w/|mit|avec|con|com|met|med|z|ze|con\s+il|con\s+la)[ \t]+"
    rf"(?=(?:{_HONORIFICS}\s+)?[{UPPER}])"
)


_TITLE_COLON = re.compile(r"^(?P<title>[^:：\n]{2,60}?)[ \t]*[:：][ \t]*(?P<name>[^:：\n]{3,60})$")


def _title_colon_name(line: str, vocab: _Vocab) -> Person | None:
    """A line of an interviewers' block that gives the title, a colon and the name
    ("Руководитель отдела аналитики: Олег Петров", "Hiring Manager: Dana Reyes"), or None."""
    match = _TITLE_COLON.match(line.strip())
    if match is None or not _looks_like_title(match.group("title"), vocab):
        return None
    named = _persons_in_list(match.group("name"), vocab)
    if len(named) != 1 or named[0].title:
        return None
    return replace(named[0], title=_clip(" ".join(match.group("title").split()), 120))


def _block_people(lines: str, vocab: _Vocab) -> list[Person]:
    """The people of the lines under a label ("Your interviewers"): one a line, or a line of
    their title under a name's (an HTML table's cell "<b>Name</b><br>Title"); past a blank
    line only while the next paragraph starts with a person, or with a title's line above a
    person's ("Leiter Technik" then "Jens Haller", as a signature writes them)."""
    out: list[Person] = []
    paragraphs = re.split(r"\n[ \t]*\n", lines)
    above: str | None = None  # a title's line above its person's
    for number, paragraph in enumerate(paragraphs):
        last: Person | None = None
        for index, raw in enumerate(paragraph.splitlines()):
            # "Μαρία Παπαδοπούλου <m.papadopoulou@…> – Διευθύντρια": the address is theirs
            line, email = split_address(_BULLET.sub("", raw).strip())
            if not line:
                continue
            timed = _SCHEDULE.match(line)
            said = timed.group("list") if timed else line
            people = _scheduled_person(said, vocab, timed=timed is not None)
            if not people and not timed:  # "דנה לוי – מנהלת משאבי אנוש": a script without case
                people = [p for p in [caseless_entry(line) or _title_colon_name(line, vocab)] if p]
            many = _persons_in_list(said, vocab, loose=True) if people else []
            if len(many) > len(people) and _same_person(many[0].name, people[0].name):
                people = many  # "Ilse Verhoeven (teamleider) en Ruben Smits, praktijkopleider"
            if people and _contact_line(said, people[0], vocab):
                people = []  # the one to contact, named in a sentence under the list
                if number:
                    return out
                continue
            titled = not people and _looks_like_title(line, vocab)
            if titled and (last is None or last.title is not None):
                above = _clip(line.rstrip(" ,."), 120)  # its person is on the next line
                continue
            if number and index == 0 and not people:
                return out  # the block has ended ("Warm regards,")
            if people:
                if email and len(people) == 1:
                    people[0].email = people[0].email or email
                if above and people[0].title is None:
                    people[0].title = above
                above = None
                out += people
                last = people[-1]
            elif last is not None and last.title is None and titled:
                last.title = _clip(line.rstrip(" ,."), 120)
    return out


MAX_SCHEDULE_LINES = 300  # lines that start with a time, read for people (a day has far fewer)


MAX_CELL_LINES = 6  # lines of one schedule row's cell under its time's line


def _under_row(
    text: str, end: int, people: list[Person], ranged: bool, vocab: _Vocab
) -> list[Person]:
    """The rest of a schedule row's cell on the lines under its time's line, up to a blank
    line or the next row: more people, one a line ("Eitan Brodsky – Senior Software
    Engineer" then "Claire Dumont – Data Engineer II"), the person of a row whose time's line
    names only its session ("9:30 AM - 10:15 AM  Systems walkthrough" then "Desmond Achebe,
    Inventory Control Manager"), and a person's title on the line under their name (an HTML
    cell "<b>Case study</b><br>Lena Fischer<br>Head of Credit Risk"). Returns the people
    the lines add; a title goes to its person in `people` or in what is returned. A time's
    line read as one untitled person, with a person and their title on the line under it,
    named the session: that "person" is taken out of `people`."""
    more: list[Person] = []
    for line in text[end + 1 : end + 1200].split("\n")[:MAX_CELL_LINES]:
        bare = _BULLET.sub("", line).strip(" \t|")
        last = (people + more)[-1] if people or more else None
        if not bare or _SCHEDULE.match(line) or _TIME_RE.match(bare):
            break
        if not more and len(people) == 1 and people[0].title is None:
            # "09:30 – 10:15   Reka Bentuk Sistem" then "Encik Faizal Rahman, Ketua
            # Jurutera": the time's line names the session, the line under it its person
            titled = _persons_in_list(bare, vocab, first_only=True, loose=True)
            parts = bare.split(",")
            if (  # "Ioana Marin, Arhitect Software": the words after the comma are the title
                len(titled) == 2
                and len(parts) == 2
                and not any(p.title for p in titled)
                and parts[0].strip().endswith(titled[0].name)
            ):
                titled = [replace(titled[0], title=_clip(parts[1].strip(" .;"), 120))]
            if (
                len(titled) == 1
                and titled[0].title
                and not _same_person(titled[0].name, people[0].name)
            ):
                people.clear()
                more += titled
                continue
        if last is not None and last.title is None and _looks_like_title(bare, vocab):
            last.title = _clip(bare.split("\t")[0].rstrip(" ,."), 120)
            continue
        if not ranged or bare.endswith(",") or vocab.greeting.match(bare):  # "Dear Rowan,"
            break
        named = _persons_in_list(bare, vocab, first_only=True, loose=True)
        if not named:
            break
        more += named
    return more


MAX_TABLE_ROWS = 40  # rows of one plain-text table read for people


# a table's line: cells between bars ("| 10:00 AM | Hiring manager | Ana Ruiz |") or tabs
_TABLE_LINE = re.compile(
    r"(?m)^[ \t]*\|?[^\n|]*(?:\|[^\n|]*){2,}\|?[ \t]*$|^[^\n\t]*(?:\t[^\n\t]*){2,}$"
)


# a separator row under a header ("|----|:---:|")
_RULE_ROW = re.compile(r"^[\s|:+=-]*$")


def _cells(line: str, width: int = 0) -> list[str]:
    """A table line's cells, without the bars at its ends. A row of tabs whose first cells
    are empty (an HTML table's row that goes on the list of the row above it: "\t\tSvenja
    Oltmanns\tTeamleiterin") keeps them, when so it has the `width` of its header."""
    sep = "|" if "|" in line else "\t"
    cells = [cell.strip() for cell in line.strip().strip("|").split(sep)]
    if sep == "\t" and width and len(cells) < width:
        kept = [cell.strip() for cell in line.strip(" \r\n").rstrip("\t").split("\t")]
        if len(kept) == width:
            return kept
    return cells


# a header's plural or other gender's ending ("Entrevistador(a)", "Interviewer(s)",
# "Gesprächspartner:in", "Entrevistadores/as"): the header's word is the same
_GENDERED = re.compile(r"(?:\((?:a|as|o|os|s|es|in|innen|e)\)|[:*/](?:a|as|o|os|in|innen))$")


def _cjk_cell(cell: str, vocab: _Vocab) -> list[Person]:
    """The person a table's cell of people names in Korean, Japanese or Chinese: a name alone
    ("欧阳明哲", "松永 恭平"), or with a title as a list writes one ("김도현 팀장")."""
    from followup.delivery.invites.coordinator_text import CJK_ONE_NAME
    from followup.delivery.invites.people_cjk import _CJK_NAME_CHAR, _cjk_person
    from followup.delivery.invites.titles import cjk_titled

    said = " ".join(cell.replace("\u3000", " ").split())
    headers = vocab.table_people_headers | vocab.table_title_headers
    if cjk_titled(said) or vocab.coordinator_titles.search(said) or said.lower() in headers:
        return []  # "인사팀", "採用担当", "面接官": a team's, a title's or a header's words
    if re.fullmatch(CJK_ONE_NAME, said):
        return [Person(name=said)]
    person = _cjk_person(said, need_title=False, vocab=vocab)
    return [person] if person is not None and _CJK_NAME_CHAR.search(person.name) else []


def _table_people(text: str, vocab: _Vocab) -> list[Person]:
    """The people of a plain-text table whose header names the column of the interviewers
    ("| Time | Interview | Interviewer | Title |"): one a row, the title from the column its
    header calls the title, when there is one. Rows end at the first line that is no table's."""
    out: list[Person] = []
    lines = text.split("\n")
    index = 0
    while index < len(lines):
        line = lines[index]
        index += 1
        if not _TABLE_LINE.fullmatch(line):
            continue
        header = [_GENDERED.sub("", c.lower().rstrip(":")) for c in _cells(line)]
        who = next((i for i, c in enumerate(header) if c in vocab.table_people_headers), None)
        if who is None:
            continue
        what = next((i for i, c in enumerate(header) if c in vocab.table_title_headers), None)
        for row in lines[index : index + MAX_TABLE_ROWS]:
            if not row.strip():  # an HTML table's rows come a blank line apart
                index += 1
                continue
            if not _TABLE_LINE.fullmatch(row):
                break
            index += 1
            cells = _cells(row, len(header))
            if _RULE_ROW.fullmatch(row) or len(cells) <= who:
                continue
            people = _persons_in_list(cells[who], vocab, first_only=True, loose=True)
            if not people:  # "김도현", "松永 恭平", "欧阳明哲": a name in a script of no capitals
                people = _cjk_cell(cells[who], vocab)
            title = cells[what] if what is not None and what < len(cells) else ""
            if len(people) == 1 and people[0].title is None and _looks_like_title(title, vocab):
                people[0].title = _clip(title, 120)
            out += people
    return out
