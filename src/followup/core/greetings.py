"""How a note greets its reader where the reader's culture or the record fixes the form
(data/drafting.toml [address]): 'Okada-san' for a name typed family name first in Japan,
never 'Dear Okada,' or 'Dear Mai,'; the whole name in Korea, China and Taiwan ('Park
Ji-hoon'); a senior reader in Kenya, Nigeria or Ghana by the professional title the record
gives and the surname ('Eng. Odhiambo'), else by the whole name; a Malay or Indian honorific
kept as the record writes it ('Puan Rosnah', 'Shri Iyer'). No title is guessed: where
nothing fixes the form, Person.greeting stays None and the note greets as
compose.greeting_name says."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from followup.core import phrasing
from followup.core.errors import InvalidInput
from followup.core.models import Interview, Person
from followup.core.name_lists import person_words


@dataclass(frozen=True)
class Address:
    """The [address] table of data/drafting.toml."""

    family_first: Mapping[str, str] = field(default_factory=dict)  # country -> form
    by_title: frozenset[str] = frozenset()  # countries: seniors by title and surname
    professional: tuple[str, ...] = ()  # 'Eng.', 'Engr.': titles such a greeting keeps
    senior_words: frozenset[str] = frozenset()  # 'director', 'head': a senior job title
    before_given: tuple[str, ...] = ()  # 'Puan', 'Datuk': kept before the given names
    before_given_in: frozenset[str] = frozenset()  # countries where they are honorifics
    before_family: tuple[str, ...] = ()  # 'Shri', 'Smt.': kept before the surname
    before_family_in: frozenset[str] = frozenset()  # countries where they are honorifics
    called: tuple[str, ...] = ()  # 'asked me to call her': the name they asked for follows
    called_before: frozenset[str] = frozenset()  # 'auntie', 'uncle': a name follows them

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> Address:
        def strings(key: str) -> list[str]:
            value = data.get(key, [])
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise InvalidInput(f"drafting data: address.{key} must be a list of strings")
            return [v.strip() for v in value if v.strip()]

        forms = data.get("family_first", {})
        if not isinstance(forms, Mapping) or not all(
            isinstance(v, str) and v.strip() in ("{family}-san", "{full}") for v in forms.values()
        ):
            raise InvalidInput(
                "drafting data: address.family_first maps a country to '{family}-san' or '{full}'"
            )
        return cls(
            family_first={str(k).upper(): str(v).strip() for k, v in forms.items()},
            by_title=frozenset(c.upper() for c in strings("by_title")),
            professional=tuple(strings("professional")),
            senior_words=frozenset(w.lower() for w in strings("senior_words")),
            before_given=tuple(sorted(strings("before_given"), key=len, reverse=True)),
            before_given_in=frozenset(c.upper() for c in strings("before_given_in")),
            before_family=tuple(sorted(strings("before_family"), key=len, reverse=True)),
            before_family_in=frozenset(c.upper() for c in strings("before_family_in")),
            called=tuple(strings("called")),
            # and every form of address that goes with the given name ('kuya ben', 'ibu sari')
            called_before=frozenset(w.lower() for w in strings("called_before"))
            | frozenset(person_words()["honour_given"]),
        )


def _key(word: str) -> str:
    return word.lower().rstrip(".")


def _honorific(text: str, honorifics: tuple[str, ...]) -> tuple[str, str] | None:
    """The honorific `text` starts with, as typed, and the rest ('Puan Rosnah Abdullah' ->
    ('Puan', 'Rosnah Abdullah'))."""
    for h in honorifics:
        m = re.match(rf"({re.escape(h)})\s+(\S.*)$", text, re.I)
        if m and m.group(1)[:1].isupper():
            return m.group(1), m.group(2)
    return None


def _family_first(name: str) -> tuple[str, str] | None:
    """Family and given names of a name typed family name first ('Okada Mai' -> ('Okada',
    'Mai')); None for any other order or a name of one word."""
    parts = phrasing.name_parts(name)
    typed = phrasing.untitled_name(name).split()
    if not (parts.first and parts.last) or parts.by_given or len(typed) < 2:
        return None
    if typed[0].lower() != parts.last.split()[0].lower():
        return None
    return parts.last, parts.first


def _senior(person: Person, address: Address) -> bool:
    words = re.findall(r"[a-z]+", (person.title or "").lower())
    return any(w in address.senior_words for w in words)


def _professional(person: Person, address: Address) -> str | None:
    """The professional title the record gives a person, as typed ('Eng.' from 'Eng. Otieno
    Odhiambo' or from the title 'Managing Director, Eng.')."""
    keys = {_key(p): p for p in address.professional}
    first = phrasing.bare_name(person.name).split()[0] if person.name.split() else ""
    if _key(first) in keys and len(phrasing.bare_name(person.name).split()) > 1:
        return first if first.endswith(".") or not keys[_key(first)].endswith(".") else first + "."
    for word in re.split(r"[,;/()]|\s+", person.title or ""):
        if word and _key(word) in keys and word[:1].isupper():
            return keys[_key(word)]
    return None


def _japanese_rank(person: Person) -> bool:
    """Whether the title the record gives is a Japanese job rank ('buchō', 'kachō';
    data/person_words.txt ranks_after)."""
    words = re.findall(r"[^\W\d_]+", (person.title or "").lower())
    return any(w in person_words()["ranks_after"] for w in words)


def greeting_for(person: Person, country: str, address: Address) -> str | None:
    """How a note greets `person` where the record or the culture of `country` fixes the form;
    None where it does not (the note greets as compose.greeting_name says)."""
    bare = phrasing.person_name(phrasing.bare_name(person.name))
    if not bare:
        return None
    country = (country or "").upper()
    kept = _honorific(bare, address.before_given) if country in address.before_given_in else None
    if kept:
        honorific, rest = kept
        order = _family_first(rest)
        named = order[0] if order else phrasing.name_parts(rest).first or rest
        return f"{honorific} {named}"
    kept = _honorific(bare, address.before_family) if country in address.before_family_in else None
    if kept:
        honorific, rest = kept
        parts = phrasing.name_parts(rest)
        return f"{honorific} {parts.last or parts.first}"
    parts = phrasing.name_parts(person.name)
    if _japanese_rank(person):  # 'Kenji Sato (buchō)': 'Sato-san', never 'Kenji' or 'Buchō'
        order = _family_first(person.name)
        family = order[0] if order else parts.last or parts.first
        if family:
            return f"{family}-san"
    title = _professional(person, address) if country in address.by_title else None
    if title and parts.last:
        return f"{title} {parts.last}"  # 'Eng. Odhiambo', as the record writes the title
    if parts.title:
        return None  # 'Ms Tan', 'Dr Abdi': the title the record gives
    order = _family_first(person.name)
    form = address.family_first.get(country)
    if order and form:
        family, given = order
        return f"{family}-san" if form == "{family}-san" else f"{family} {given}"
    if country in address.by_title and _senior(person, address) and parts.last:
        return phrasing.untitled_name(person.name)  # no title is guessed: the whole name
    return None


# words that end the name someone asked for ('call her Auntie at the end')
_AFTER_NAME = frozenset(
    ["at", "the", "in", "on", "when", "after", "before", "and", "but", "so", "because", "from",
     "during", "too", "as", "instead", "please", "if", "not", "now", "then", "from"]
)  # fmt: skip


def asked_names(notes: str | None, address: Address) -> dict[str, str]:
    """The names people asked to be called, by the first name the notes give them ('Mary
    asked me to call her Auntie Mary at the end' -> {'mary': 'Auntie Mary'})."""
    if not notes or not address.called:
        return {}
    cues = "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in address.called)
    found = {}
    letter = r"[^\W\d_]"
    for m in re.finditer(
        rf"\b(?P<who>{letter}[\w'’-]+)\s+(?:{cues})\s+['\"‘“]?(?P<name>{letter}[\w'’-]*"
        rf"(?:\s+{letter}[\w'’-]*)?)",
        notes,
        re.I,
    ):
        words = m.group("name").split()
        who = m.group("who").lower()
        low = [w.lower() for w in words]
        if who in low:
            words = words[: low.index(who) + 1]  # 'Auntie Mary at the end'
        elif len(words) > 1 and (
            low[1] in _AFTER_NAME or not (low[0] in address.called_before or words[1][:1].isupper())
        ):  # a second word only after 'uncle' ('uncle joe') or in capitals ('Big Mike')
            words = words[:1]  # 'Sam rather than Samuel', 'Auntie at the end'
        if len(words[0]) < 2 or low[0] in _AFTER_NAME:
            continue
        found[who] = " ".join(w[:1].upper() + w[1:] for w in words)
    return found


def greeted_round(interview: Interview, address: Address) -> Interview:
    """The round with each person's greeting set where the record or the recipient's culture
    fixes it, and the name each asked to be called where the notes say so (the stored round
    is not changed)."""
    asked = asked_names(interview.notes, address)
    people = []
    for p in interview.people:
        greeting = greeting_for(p, interview.country, address)
        typed = phrasing.untitled_name(p.name).split()
        called = next((asked[w.lower()] for w in typed[:1] if w.lower() in asked), None)
        people.append(replace(p, greeting=greeting, called=called) if greeting or called else p)
    return replace(interview, people=people)
