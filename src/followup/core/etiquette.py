"""What the user's own notes say about whom to write to and how (data/drafting.toml
[etiquette]): the person to go through ('go thru liam not craig', 'hui min handles all comms'),
the people not to write to directly ('don't email craig directly'), the people to copy ('cc
the recruiter'), and an inbox to write to ('she said to email the team inbox'). Each is read
from one clause of the notes and tied to a person of the round by the name or the role the
clause writes ('the recruiter', 'hr', 'the agency': whoever arranged the interview); a clause
that names nobody of the round is not followed. The names people asked to be called are read
in core/greetings.py; things not to mention in core/phrasing.confidential."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from followup.core import phrasing
from followup.core.errors import InvalidInput
from followup.core.models import Person, PersonRole

_EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
# one clause of the notes: a sentence, or a part after a dash, a plus or a semicolon
_CLAUSES = re.compile(r"(?<!\w\.\w)[.!?](?:\s+|$)|\n+|;\s*|\s+[-–—+]\s+|\s*[–—]\s*|,\s+(?=but\b)")


@dataclass(frozen=True)
class Words:
    """The [etiquette] table of data/drafting.toml."""

    via: tuple[str, ...] = ()  # 'go thru': the person to go through follows
    via_after: tuple[str, ...] = ()  # 'handles all comms': the person comes before
    not_direct: tuple[str, ...] = ()  # "don't email": a person not to write to follows
    not_after_via: tuple[str, ...] = ()  # 'not', 'rather than': after a via cue, same
    cc: tuple[str, ...] = ()  # 'cc', 'copy in': the person to copy follows
    cc_after: tuple[str, ...] = ()  # 'in the loop', 'on cc': the person comes before
    inbox: tuple[str, ...] = ()  # 'inbox', 'mailbox': an inbox the notes say to write to
    inbox_verbs: tuple[str, ...] = ()  # 'email', 'send': how the notes say to write to it
    group: tuple[str, ...] = ()  # 'the team', 'the ward': everyone who interviewed you
    coordinator_words: frozenset[str] = frozenset()  # 'recruiter', 'hr': who arranged it

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> Words:
        def strings(key: str) -> tuple[str, ...]:
            value = data.get(key, [])
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise InvalidInput(f"drafting data: etiquette.{key} must be a list of strings")
            # longest first, so 'go through' is read before 'go'
            return tuple(sorted({v.strip().lower() for v in value if v.strip()}, key=len)[::-1])

        return cls(
            via=strings("via"),
            via_after=strings("via_after"),
            not_direct=strings("not_direct"),
            not_after_via=strings("not_after_via"),
            cc=strings("cc"),
            cc_after=strings("cc_after"),
            inbox=strings("inbox"),
            inbox_verbs=strings("inbox_verbs"),
            group=strings("group"),
            coordinator_words=frozenset(strings("coordinator_words")),
        )


@dataclass(frozen=True)
class Etiquette:
    """What the notes ask for, person by person (people as the round records them)."""

    via: Person | None = None  # write to them (the plan's note; others through them)
    not_direct: tuple[Person, ...] = ()  # never emailed directly
    cc: tuple[Person, ...] = ()  # copied on every note
    inbox: str | None = None  # the address the notes say to write to
    inbox_said: str | None = None  # 'the team inbox', as the notes say it (no address)
    clauses: Mapping[str, str] | None = None  # what of the notes each rule was read from

    def direct(self, person: Person) -> bool:
        """Whether a note may be emailed to `person` directly."""
        return not any(same(person, p) for p in self.not_direct)

    def through(self, person: Person) -> bool:
        """Whether a note to `person` goes through the person the notes name (never when
        the notes ask to copy that person instead: 'yvette is the contact, cc her')."""
        via = self.via
        return (
            via is not None
            and not same(via, person)
            and not any(same(via, p) for p in self.cc)
            and self.direct(person)
        )

    def copied(self, person: Person) -> list[Person]:
        """The people to copy on a note to `person` (never themselves)."""
        return [p for p in self.cc if not same(p, person)]


def same(a: Person, b: Person) -> bool:
    """Whether two records are one person of the round (the same name and address)."""
    return a.name == b.name and (a.email or "") == (b.email or "")


# a word of the notes: letters first, then letters, digits, apostrophes and hyphens
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _lower_words(text: str) -> str:
    """`text`'s words in lower case, one space apart ('The Finance-Manager!' -> 'the
    finance-manager')."""
    return " ".join(_WORD.findall(text.lower()))


def _cue(cues: Sequence[str]) -> str:
    return "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in cues)


def _keys(person: Person) -> set[str]:
    """The words a clause may name `person` by: the names (first, last, whole, as typed), with
    the form of address they are greeted by ('Aunty Maree')."""
    typed = phrasing.untitled_name(phrasing.bare_name(person.name)).lower()
    words = set(_WORD.findall(typed))
    parts = phrasing.name_parts(person.name)
    keys = {typed, *words}
    for part in (parts.first, parts.last, person.called, person.greeting):
        if part:
            keys.add(part.lower())
    return {k for k in keys if len(k) > 1}


def _title_keys(person: Person) -> set[str]:
    """The words a clause may name `person` by their job: the title as recorded ('finance
    manager'), and a title the name opens with ('Principal' of 'Principal Marcy Delorme')."""
    keys = set()
    title = _lower_words(person.title or "")
    if title and len(title) > 2:
        keys.add(title)
    typed = phrasing.bare_name(person.name).split()
    untitled = phrasing.untitled_name(phrasing.bare_name(person.name)).split()
    if typed and untitled and len(typed) > len(untitled) and len(typed[0]) > 3:
        keys.add(typed[0].lower().strip("."))
    return keys


def _everyone(text: str, people: Sequence[Person], words: Words) -> list[Person]:
    """Every interviewer, when `text` opens on a word for all of them ('the team', 'the
    ward', 'the panel'; [etiquette] group), never an inbox or an address of theirs."""
    low = _lower_words(text)
    if not words.group or not re.match(
        rf"(?:{_cue(words.group)})\b(?!\s+(?:inbox|mailbox|address|email|account|lead))", low
    ):
        return []
    return [p for p in people if p.role is PersonRole.INTERVIEWER]


def who(
    text: str, people: Sequence[Person], words: Words, first_only: bool = True
) -> Person | None:
    """The person of the round `text` starts by naming ('liam', 'Liam O'Rourke', 'the
    recruiter', 'hr'); with `first_only` False, the one it names anywhere, when it names one
    only. None when it names nobody of the round, or several."""
    low = _lower_words(text)
    if re.match(r"(?:her|him|them)\b", low):
        return None  # a pronoun: read.who ties it to the person the clause starts with
    low = re.sub(r"^(?:the|my|our|their|his)\s+", "", low)
    if not low:
        return None
    found = _named_by(people, _keys, low, first_only)
    if not found:  # by the title the record gives them ('the principal', 'the finance manager')
        found = _named_by(people, _title_keys, low, first_only)
    if not found:
        first = low.split()[0] if first_only else None
        role_words = [first] if first else low.split()
        if any(w in words.coordinator_words for w in role_words):
            found = [p for p in people if p.role is PersonRole.COORDINATOR]
    return found[0] if len(found) == 1 else None


def _named_by(
    people: Sequence[Person], keys: Callable[[Person], Iterable[str]], low: str, first_only: bool
) -> list[Person]:
    """The people of `people` one of whose `keys` (longest first) is a whole word of `low`
    (lower case), or its first words when `first_only`."""
    found: list[Person] = []
    for p in people:
        for key in sorted(keys(p), key=len, reverse=True):
            pattern = rf"^{re.escape(key)}\b" if first_only else rf"\b{re.escape(key)}\b"
            if re.search(pattern, low):
                found.append(p)
                break
    return found


def _after(cues: Sequence[str], clause: str) -> list[str]:
    """The text after each cue of `cues` in `clause` (lower case)."""
    if not cues:
        return []
    return [
        clause[m.end() :].strip(" :,'\"")
        for m in re.finditer(rf"(?:^|\b|\s)(?:{_cue(cues)})\b", clause, re.I)
    ]


def _before(cues: Sequence[str], clause: str) -> list[str]:
    """The last words before each cue of `cues` in `clause`."""
    if not cues:
        return []
    out: list[str] = []
    for m in re.finditer(rf"\b(?:{_cue(cues)})\b", clause, re.I):
        head = clause[: m.start()].strip(" :,")
        names = _WORD.findall(head)
        out.extend(" ".join(names[i:]) for i in range(max(0, len(names) - 3), len(names)))
    return out


def read(notes: str | None, people: Sequence[Person], words: Words) -> Etiquette:
    """What the round's notes ask of whom a note goes to, who is copied and who is not
    written to directly."""
    if not notes:
        return Etiquette()
    via: Person | None = None
    not_direct: list[Person] = []
    cc: list[Person] = []
    inbox: str | None = None
    inbox_said: str | None = None
    said: dict[str, str] = {}
    for clause in (c.strip() for c in _CLAUSES.split(notes)):
        if not clause:
            continue
        for rest in _after(words.via, clause):
            person = who(rest, people, words)
            if person is None and re.match(r"(?:her|him|them)\b", rest, re.I):
                person = who(clause, people, words)  # 'priya: all comms to her'
            if person is None:
                continue
            via = via or person
            said.setdefault("via", clause)
            for other in _after(words.not_after_via, rest):
                named = who(other, people, words)
                for them in [named] if named is not None else _everyone(other, people, words):
                    if not same(them, person):
                        not_direct.append(them)
                        said.setdefault("not_direct", clause)
        for head in _before(words.via_after, clause):
            person = who(head, people, words)
            if person is not None:
                via = via or person
                said.setdefault("via", clause)
        for rest in _after(words.not_direct, clause):
            named = who(rest, people, words)
            for them in [named] if named is not None else _everyone(rest, people, words):
                if via is None or not same(them, via):
                    not_direct.append(them)
                    said.setdefault("not_direct", clause)
        for rest in _after(words.cc, clause):
            person = who(rest, people, words)
            if person is None and re.match(r"(?:her|him|them)\b", rest, re.I):
                person = who(clause, people, words)  # 'yvette is the contact, cc her'
            if person is not None:
                cc.append(person)
                said.setdefault("cc", clause)
        for head in _before(words.cc_after, clause):
            person = who(head, people, words)
            if person is not None:
                cc.append(person)
                said.setdefault("cc", clause)
        if (
            words.inbox
            and re.search(rf"\b(?:{_cue(words.inbox)})\b", clause, re.I)
            and re.search(rf"\b(?:{_cue(words.inbox_verbs)})\b", clause, re.I)
        ):
            address = _EMAIL.search(clause)
            theirs = {(p.email or "").lower() for p in people}
            if address and address.group(0).lower() not in theirs:
                inbox = inbox or address.group(0)
            m = re.search(
                rf"\b(?:the|their|a)\s+(?:[\w-]+\s+){{0,2}}(?:{_cue(words.inbox)})\b", clause, re.I
            )
            if m:
                inbox_said = inbox_said or m.group(0).lower()
            said.setdefault("inbox", clause)
    unique_not = tuple({p.name: p for p in not_direct}.values())
    unique_cc = tuple({p.name: p for p in cc if not any(same(p, q) for q in unique_not)}.values())
    return Etiquette(
        via=via,
        not_direct=unique_not,
        cc=unique_cc,
        inbox=inbox,
        inbox_said=inbox_said if (inbox or inbox_said) else None,
        clauses=said,
    )


def _named(person: Person) -> str:
    return phrasing.person_name(phrasing.untitled_name(phrasing.bare_name(person.name)))


def followed(rules: Etiquette, person: Person, plans_note: bool) -> list[str]:
    """What of the notes a note to `person` follows, said to the user ('addressed to Liam
    O'Rourke, as your notes say (go thru liam not craig)')."""
    out: list[str] = []
    said = rules.clauses or {}
    if plans_note and rules.via is not None and same(rules.via, person):
        out.append(f"addressed to {_named(person)}, as your notes say ({said.get('via', '')})")
    elif rules.via is not None and rules.through(person):
        at = f" ({rules.via.email})" if rules.via.email else ""
        out.append(
            f"send it through {_named(rules.via)}{at}, as your notes say "
            f"({said.get('via', '')}), not to {_named(person)} directly"
        )
    if rules.inbox:
        out.append(f"to {rules.inbox}, as your notes say ({said.get('inbox', '')})")
    elif rules.inbox_said and plans_note and not _is_inbox(rules.via, rules.inbox_said):
        out.append(
            f"your notes say to email {rules.inbox_said} ({said.get('inbox', '')}) and no "
            "address for it is recorded: send it there (add it with 'followup edit')"
        )
    copied = rules.copied(person)
    if copied:
        names = ", ".join(_named(p) for p in copied)
        out.append(f"copy {names}, as your notes say ({said.get('cc', '')})")
    return out


def _is_inbox(person: Person | None, said: str) -> bool:
    """Whether the inbox the notes name ('the talent inbox') is `person`'s, recorded with its
    address ('talent mailbox <talent@…>'): a word of it in their name or address."""
    if person is None or not person.email:
        return False
    named = f"{person.name} {person.email} {person.title or ''}".lower()
    words = [w for w in re.findall(r"[a-z]+", said.lower()) if w not in ("the", "their", "a")]
    return any(w in named for w in words if w not in ("inbox", "mailbox", "shared", "team"))


def not_written(rules: Etiquette, person: Person) -> str:
    """Why no note is emailed to `person` directly (the notes say not to)."""
    said = (rules.clauses or {}).get("not_direct", "")
    through = f"; the note to {_named(rules.via)} thanks them" if rules.via else ""
    return (
        f"no note is emailed to {_named(person)} directly: your notes say not to ({said}){through}"
    )
