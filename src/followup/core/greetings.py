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
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from followup.core import phrasing
from followup.core.errors import InvalidInput
from followup.core.models import Interview, Person
from followup.core.name_lists import person_words
from followup.core.people import (
    Salutation,
    asked_sign_off,
    form_key,
    forms_not_to_write,
    saluted_names,
)
from followup.core.regex_programs import shipped
from followup.core.text import without_accents


@dataclass(frozen=True)
class Address:
    """The [address] table of data/drafting.toml."""

    family_first: Mapping[str, str] = field(default_factory=dict)  # country -> form
    by_title: frozenset[str] = frozenset()  # countries: seniors by title and surname
    professional: tuple[str, ...] = ()  # 'Eng.', 'Engr.': titles such a greeting keeps
    senior_words: frozenset[str] = frozenset()  # 'director', 'head': a senior job title
    senor_in: frozenset[str] = frozenset()  # countries where 'Sr.' is Señor, else Sister
    before_given: tuple[str, ...] = ()  # 'Puan', 'Datuk': kept before the given names
    before_given_in: frozenset[str] = frozenset()  # countries where they are honorifics
    # countries with no family names (ET, ER): a title goes with the given name ('Dr. Yonas')
    given_named: frozenset[str] = frozenset()
    before_family: tuple[str, ...] = ()  # 'Shri', 'Smt.': kept before the surname
    before_family_in: frozenset[str] = frozenset()  # countries where they are honorifics
    # country -> titles said with the family name ('MY': 'Ir.', 'Ts.'; 'NG': 'Chief')
    titled_family: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    called: tuple[str, ...] = ()  # 'asked me to call her': the name they asked for follows
    called_weak: tuple[str, ...] = ()  # 'prefers': the same, when a name follows
    called_before: frozenset[str] = frozenset()  # 'auntie', 'uncle': a name follows them
    # 'sir' -> 'Sir': typed before a given name, kept with it in every country ('Sir Ian')
    with_given: Mapping[str, str] = field(default_factory=dict)
    # "ma'am" -> "Ms": in the countries of with_given_in, the English title a word of address
    # typed before a name stands for ("Ma'am Joy Villanueva" -> "Ms Joy Villanueva")
    register_titles: Mapping[str, str] = field(default_factory=dict)
    with_given_in: frozenset[str] = frozenset()
    familiar: frozenset[str] = frozenset()  # 'kuya', 'ate': never part of a written name
    elders: frozenset[str] = frozenset()  # 'aunty': of them, the words kept in elders_in
    elders_in: frozenset[str] = frozenset()
    # country -> the words of spoken address typed before a name there and the English title
    # each stands for ('PL': 'pani' -> 'Ms': "Pani Agnieszka Nowak" is "Ms Agnieszka Nowak")
    spoken_titles: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    # country -> the degrees written in lower case before a name there, said in no greeting
    # ('NL': 'mr.', 'drs.': "mr. drs. Willemijn van 't Hek" is no Mister)
    degrees: Mapping[str, frozenset[str]] = field(default_factory=dict)

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

        def written_as(key: str) -> dict[str, str]:
            value = data.get(key, {})
            if not isinstance(value, Mapping) or not all(
                isinstance(v, str) and v.strip() for v in value.values()
            ):
                raise InvalidInput(f"drafting data: address.{key} maps a word to its form")
            return {str(k).lower(): str(v).strip() for k, v in value.items()}

        spoken = data.get("spoken_titles", {})
        degrees = data.get("degrees", {})
        if not isinstance(spoken, Mapping) or not all(
            isinstance(v, Mapping) and all(isinstance(t, str) for t in v.values())
            for v in spoken.values()
        ):
            raise InvalidInput("drafting data: address.spoken_titles maps a country to words")
        if not isinstance(degrees, Mapping) or not all(
            isinstance(v, list) and all(isinstance(t, str) for t in v) for v in degrees.values()
        ):
            raise InvalidInput("drafting data: address.degrees maps a country to a list")
        return cls(
            spoken_titles={
                str(c).upper(): {str(k).lower(): str(t) for k, t in v.items()}
                for c, v in spoken.items()
            },
            degrees={str(c).upper(): frozenset(v) for c, v in degrees.items()},
            with_given=written_as("with_given"),
            register_titles=written_as("register_titles"),
            with_given_in=frozenset(c.upper() for c in strings("with_given_in")),
            familiar=frozenset(w.lower() for w in strings("familiar")),
            elders=frozenset(w.lower() for w in strings("elders")),
            elders_in=frozenset(c.upper() for c in strings("elders_in")),
            family_first={str(k).upper(): str(v).strip() for k, v in forms.items()},
            by_title=frozenset(c.upper() for c in strings("by_title")),
            professional=tuple(strings("professional")),
            senior_words=frozenset(w.lower() for w in strings("senior_words")),
            senor_in=frozenset(c.upper() for c in strings("senor_in")),
            before_given=tuple(sorted(strings("before_given"), key=len, reverse=True)),
            before_given_in=frozenset(c.upper() for c in strings("before_given_in")),
            given_named=frozenset(c.upper() for c in strings("given_named")),
            before_family=tuple(sorted(strings("before_family"), key=len, reverse=True)),
            before_family_in=frozenset(c.upper() for c in strings("before_family_in")),
            titled_family={
                str(k).upper(): tuple(str(t).strip() for t in v if str(t).strip())
                for k, v in dict(data.get("titled_family", {})).items()
                if isinstance(v, list)
            },
            called=tuple(strings("called")),
            called_weak=tuple(strings("called_weak")),
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


def _in_title(title: str, job: str) -> bool:
    """Whether a title of address stands alone in a recorded job title ('Chief' in 'Non-
    Executive Director, Chief'; never the 'chief' of 'Chief Pharmacist')."""
    word = re.escape(title.rstrip("."))
    return any(re.fullmatch(rf"{word}\.?", part.strip()) for part in re.split(r"[,;/]", job))


# a 'partner' of a function, no partner of a firm ('HR Business Partner', 'Talent Partner')
_FUNCTION_PARTNER = re.compile(
    r"\b(?:business|talent|people|recruitment|recruiting|hr|learning|finance|account|"
    r"delivery|sourcing|acquisition)\s+partner\b"
)


# an 'executive' who is a job's grade, not its head ('HR Executive', 'Sales Executive
# (Recruitment)', as South Asia and the Gulf name a junior post): no senior word there
_GRADE_EXECUTIVE = re.compile(
    r"(?<!chief )(?<!vice )\bexecutive\b"
    r"(?!\s+(?:director|officer|vice|board|committee|chair|chef|editor|producer))"
)


def _senior(person: Person, address: Address) -> bool:
    title = _FUNCTION_PARTNER.sub(" ", (person.title or "").lower())
    words = re.findall(r"[a-z]+", _GRADE_EXECUTIVE.sub(" ", title))
    return any(w in address.senior_words for w in words)


def _professional(person: Person, address: Address) -> str | None:
    """The professional title the record gives a person, as typed ('Eng.' from 'Eng. Otieno
    Odhiambo' or from the title 'Managing Director, Eng.'); one typed in lower case as the
    data writes it ('engr kemi adesanya' -> 'Engr.')."""
    keys = {_key(p): p for p in address.professional}
    first = phrasing.bare_name(person.name).split()[0] if person.name.split() else ""
    if _key(first) in keys and len(phrasing.bare_name(person.name).split()) > 1:
        if not first[:1].isupper():
            return keys[_key(first)]  # 'engr. Okoro': never greeted in lower case
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


def written_name(name: str, country: str, address: Address) -> str | None:
    """The name a note writes for a name typed with a word of spoken address before it, where
    that word is no title of an English letter (data [address] register_titles, familiar):
    "Ma'am Joy Villanueva" -> 'Ms Joy Villanueva' and 'sir nestor aquino' -> 'Mr nestor
    aquino' in the Philippines, India or Nigeria ('Ma'am Joy' alone -> 'Joy'); 'kuya ben
    santos' -> 'ben santos' anywhere, and 'aunty grace' -> 'grace' outside the countries
    where an Elder is so named ('Aunty Lorraine' in Australia). None when nothing changes."""
    words = name.split()
    if len(words) < 2:
        return None
    degrees = address.degrees.get(country, frozenset())
    typed = [w for w in words if w.lower() == w]
    cut = 0
    # 'mr. drs. Willemijn van 't Hek': degrees in lower case, before a name with capitals
    while len(words) - cut > 1 and words[cut] in degrees and len(typed) < len(words):
        cut += 1
    if cut:
        return written_name(" ".join(words[cut:]), country, address) or " ".join(words[cut:])
    spoken = address.spoken_titles.get(country, {})
    if words[0].lower() in spoken and len(words) >= 2 and words[1][:1].isupper():
        return " ".join([spoken[words[0].lower()], *words[1:]])  # 'Pani Agnieszka Nowak'
    key = words[0].lower().rstrip(".").replace("’", "'")
    rest = words[1:]
    if country in address.with_given_in and key in address.register_titles:
        if len(rest) == 1:
            return rest[0]
        return " ".join([address.register_titles[key], *rest])
    if key in address.familiar and not (key in address.elders and country in address.elders_in):
        return " ".join(rest)
    return None


def _with_given(bare: str, country: str, address: Address) -> str | None:
    """'Sir Ian' for 'Sir Ian Blake' (data [address] with_given): the form of address the
    record types before the given name, never before the surname ('Sir Blake') and never
    dropped ('Dear Ian,')."""
    forms = dict(address.with_given)
    words = bare.split()
    if len(words) < 2 or words[0].lower() not in forms:
        return None
    rest = " ".join(words[1:])
    order = _family_first(rest)
    given = order[1].split()[0] if order else phrasing.name_parts(rest).first.split()[0]
    return f"{forms[words[0].lower()]} {given}" if given else None


def _sister(bare: str, country: str, address: Address) -> str | None:
    """'Sister Cabrera' for 'Sr. Maria Cabrera' where 'Sr.' is no Señor (data [address]
    senor_in): a religious or nursing Sister, never greeted 'Mr.'; None for any other name."""
    words = bare.split()
    if len(words) < 2 or _key(words[0]) != "sr" or not country or country in address.senor_in:
        return None
    parts = phrasing.name_parts(" ".join(words[1:]))
    named = parts.first if parts.by_given else parts.last or parts.first
    return f"Sister {named}" if named else None


_COURTESY = frozenset(["Mr", "Ms", "Mrs", "Dr", "Prof"])


def _paternal(name: str) -> str | None:
    """The first of the two family names of a Spanish or Portuguese name (the one a greeting
    says): 'Francisco Arango Villegas' -> 'Arango', 'Luz Adriana Muñoz Cárdenas' -> 'Muñoz';
    None for a name of two words, one with a particle ('María de la Cruz') or a second given
    name in the middle ('Juan Carlos Ruiz')."""
    words = name.split()
    while words and re.fullmatch(r"[^\W\d_]{1,4}\.|Dª|D\.ª", words[0]):
        words = words[1:]  # 'D. Julián Blanco', 'Dña. Carmen Ruiz': the Spanish Don, Doña
    name = " ".join(words)
    if any(not w[:1].isupper() for w in words) or len(words) not in (3, 4):
        return None
    given = len(phrasing.name_parts(name).first.split())
    if len(words) == 3 and given == 2:
        return None  # 'Juan Carlos Ruiz': two given names and one family name
    return words[-2]


def greeting_for(person: Person, country: str, address: Address) -> str | None:
    """How a note greets `person` where the record or the culture of `country` fixes the form;
    None where it does not (the note greets as compose.greeting_name says)."""
    bare = phrasing.person_name(phrasing.bare_name(person.name))
    if not bare:
        return None
    country = (country or "").upper()
    kept_form = _with_given(bare, country, address)
    if kept_form:
        return kept_form
    kept = _honorific(bare, address.before_given) if country in address.before_given_in else None
    if kept:
        honorific, rest = kept
        order = _family_first(rest)
        named = order[0] if order else phrasing.name_parts(rest).first or rest
        return f"{honorific} {named}"
    titled = address.titled_family.get(country, ())
    kept = _honorific(bare, titled) if titled else None
    if kept is None and titled and person.title:
        # the title moved to the job title by the record ('Emeka Ukwuoma', 'Non-Executive
        # Director, Chief'): said before the name all the same
        said = next((t for t in titled if _in_title(t, person.title)), None)
        kept = (said, bare) if said else None
    if (
        kept
    ):  # 'Ir. Lim Chee Keong' -> 'Ir. Lim'; 'Ts. Nurul Huda binti Zakaria' -> 'Ts. Nurul Huda'
        honorific, rest = kept
        if any(t.endswith(".") for t in titled if _key(t) == _key(honorific)):
            honorific = honorific if honorific.endswith(".") else honorific + "."
        patronym = re.split(r"(?i)\s+(?:bin|binti|bte|bt|a/l|a/p)\s+", rest, maxsplit=1)
        order = _family_first(rest)
        named = (
            patronym[0]
            if len(patronym) > 1
            else order[0]
            if order
            else (_paternal(rest) if country in address.senor_in else None)
            or phrasing.name_parts(rest).last
            or rest
        )
        return f"{honorific} {named}"
    kept = _honorific(bare, address.before_family) if country in address.before_family_in else None
    if kept:
        honorific, rest = kept
        parts = phrasing.name_parts(rest)
        return f"{honorific} {parts.last or parts.first}"
    parts = phrasing.name_parts(person.name)
    if country in address.given_named and parts.title and parts.first:
        # 'Dr. Yonas Tafesse' in Ethiopia: 'Dr. Yonas'; Tafesse is his father's name
        return f"{parts.title}. {parts.first.split()[0]}"
    sister = _sister(bare, country, address)
    if sister:
        return sister
    if _japanese_rank(person):  # 'Kenji Sato (buchō)': 'Sato-san', never 'Kenji' or 'Buchō'
        order = _family_first(person.name)
        family = order[0] if order else parts.last or parts.first
        if family:
            return f"{family}-san"
    title = _professional(person, address) if country in address.by_title else None
    if title and parts.last:
        return f"{title} {parts.last}"  # 'Eng. Odhiambo', as the record writes the title
    paternal = _paternal(phrasing.untitled_name(bare)) if country in address.senor_in else None
    if parts.title and paternal and parts.title in _COURTESY:
        # 'Sr. Francisco Arango Villegas' -> 'Mr. Arango': the first of two family names
        return f"{parts.title}. {paternal}"
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
     "during", "too", "as", "instead", "please", "if", "not", "now", "then", "from",
     # what follows 'call him' when it means a phone call ('call him about the slab')
     "about", "back", "re", "asap", "tomorrow", "today", "tonight", "next", "later", "soon",
     "for", "to", "with", "any", "anytime", "directly", "first", "again", "once", "this",
     "that", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
     "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun", "up", "or", "by"]
)  # fmt: skip


_WORD = r"[^\W\d_][\w'’-]*"


def asked_names(notes: str | None, address: Address) -> dict[str, str]:
    """The names people asked to be called, by the word of the notes just before the cue
    ('Mary asked me to call her Auntie Mary at the end' -> {'mary': 'Auntie Mary'}); the
    key is '' when a pronoun or nothing stands there ('he prefers Dr. Lim' -> {'': 'Dr.
    Lim'}: greeted_round ties it to the person the name names)."""
    return dict(_asked(notes, address))


def _cues(cues: tuple[str, ...]) -> str:
    ordered = sorted(cues, key=len, reverse=True)  # 'prefers to be called' before 'prefers'
    return "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in ordered)


def _asked(notes: str | None, address: Address) -> list[tuple[str, str]]:
    if not notes or not (address.called or address.called_weak):
        return []
    strong = {c.lower() for c in address.called}
    cues = _cues((*address.called, *address.called_weak))
    found = []
    titles = {t.lower().rstrip(".") for t in phrasing.TITLES} | {"sir", "dame", "ma'am", "madam"}
    for m in re.finditer(
        shipped(
            rf"(?:\b(?P<who>{_WORD})\s+|(?<![\w'’]))(?P<cue>{cues})\s+"
            rf"(?:{_IN_QUOTES}|['\"‘“]?(?P<name>{_WORD}\.?(?:\s+{_WORD}){{0,2}}))"
        ),
        notes,
        re.I,
    ):
        # a name typed in quotes ends at them ("prefers 'Tempe'. ekundayo prefers …")
        words = (m.group("quoted") or m.group("name")).split()
        who = (m.group("who") or "").lower()
        low0 = words[0].lower().rstrip(".")
        if " ".join(m.group("cue").lower().split()) not in strong and not (
            words[0][:1].isupper() or low0 in address.called_before or low0 in titles
        ):
            continue  # a weak cue ('prefers email'): a name typed with a capital, or a title
        if who in _PRONOUNS:
            who = ""
        low = [w.lower().rstrip(".") for w in words]
        if m.group("quoted") and len(words) <= 4:
            pass  # a name typed in quotes is the whole of it ('"Ato Girma"', '"W/ro Meseret"')
        elif who and who in low:
            words = words[: low.index(who) + 1]  # 'Auntie Mary at the end'
        else:
            keep = 1
            # a title, or a word of address a name follows ('Dr. Lim', 'Ma'am Joy', 'uncle
            # joe'), keeps the next word; any other second word only in capitals ('Big Mike')
            if (
                len(words) > 1
                and low[1] not in _AFTER_NAME
                and (low[0] in address.called_before or low[0] in titles or words[1][:1].isupper())
            ):
                keep = 2
            words = words[:keep]  # 'Sam rather than Samuel', 'Auntie at the end'
        if len(words[0]) < 2 or low[0] in _AFTER_NAME or (len(words) == 1 and low[0] in titles):
            continue
        said = []
        for w in words:
            # the quotes the name was typed in, and a stop after them, are no part of it
            # ("prefers 'Stav'." -> 'Stav'); a title's stop stays ('Dr. Lim')
            w = w.strip(_QUOTES)
            # (a stop after a title or a prefix is none: 'Eng. Hamad', 'Ing. Rossi')
            ends = (
                w.endswith(".")
                and _key(w) not in titles | phrasing.PREFIXES
                and not re.fullmatch(r"[A-Z][a-z]{0,3}\.", w.strip(_QUOTES))
            )
            if ends:
                w = w.rstrip(".").rstrip(_QUOTES)
            if w:
                said.append(w[:1].upper() + w[1:])
            if ends:
                break  # the sentence ends: the next line's first word is no part of it
                # ('… addressed as Adrian.\nNurul: observed only' -> 'Adrian')
        if not said:
            continue
        if len(said) == 2 and said[0].lower().rstrip(".") in {"dr", "mr", "ms", "mrs", "prof"}:
            said[0] = said[0].rstrip(".") + "."  # 'dr lim' -> 'Dr. Lim', as a title is written
        found.append((who, " ".join(said)))
    return found


_QUOTES = "'‘’\"“”"
# a name typed in quotes after the cue, to the closing quote ('Tempe', "O'Neill")
_IN_QUOTES = r"['\"‘“](?P<quoted>(?:[^'\"‘’“”]|(?<=\w)['’](?=\w)){2,40}?)['\"’”]"
_PRONOUNS = frozenset(["he", "she", "they", "him", "her", "them", "who", "and", "but", "also"])


def _asked_by(person: Person, asked: list[tuple[str, str]]) -> str | None:
    """The name `person` asked to be called: the one the notes write after their first
    name ('Mary asked me to call her …'), else one that holds a word of their name and of
    no one else's ('he prefers Dr. Lim' for Wei Jie Lim)."""
    typed = phrasing.untitled_name(phrasing.bare_name(person.name)).lower().split()
    for who, name in asked:
        if who and typed[:1] == [who]:
            return name
    mine = set(typed)
    for who, name in asked:
        if not who and mine & {w.lower().rstrip(".") for w in name.split()}:
            return name
    return None


# a team's mailbox: a name holding one of these words (or '&') is no one's own
_TEAM_WORDS = frozenset(
    ["team", "mailbox", "inbox", "services", "careers", "talent", "recruitment", "recruiting",
     "hr", "people", "staffing", "capability", "hiring", "jobs", "admin", "office", "desk"]
)  # fmt: skip
_NAME_WORD = r"[^\W\d_][\w'’.-]*"
# 'Mereana signs the emails', 'Ms Goh signs off': the person who writes from the mailbox
_TWO_WORDS = rf"{_NAME_WORD}(?:\s+{_NAME_WORD})?"
_SIGNS = re.compile(rf"(?i)(?:^|[\s(,;])(?P<who>{_TWO_WORDS})\s+(?:signs|signed)\b")
# 'signed by Ms Goh', "emails signed 'Mereana'"
_SIGNED_BY = re.compile(rf"(?i)\bsign(?:s|ed)\s+(?:by\s+|as\s+)?['\"‘“]?(?P<who>{_TWO_WORDS})")
# 'Rhian, HR adviser', 'Corinne - talent partner': a first name, then the job
_NAME_FIRST = re.compile(rf"^\s*(?P<who>{_NAME_WORD})\s*(?:,|\s[-–—]\s)")


def _team(name: str) -> bool:
    """Whether a recorded name is a team's mailbox ('People & Capability', 'talent mailbox')."""
    words = re.findall(r"[\w'’]+", name.lower())
    return "&" in name or any(w in _TEAM_WORDS for w in words)


def _a_name(who: str, people: list[Person]) -> bool:
    """Whether words read as a person's name: no job, team, remark or stock word, and either
    written with a capital or the first name of someone of the round ('rhian')."""
    from followup.core.people import is_remark, is_role

    words = who.split()
    low = [w.lower().strip(".") for w in words]
    if not words or is_role(who) or is_remark(who) or any(w in _TEAM_WORDS for w in low):
        return False
    if low[-1] in ("off", "the", "all", "emails", "email", "mails", "everything", "it"):
        return False
    if all(w in phrasing.TITLES for w in low):
        return False
    firsts = {phrasing.name_parts(p.name).first.lower() for p in people}
    return words[-1][:1].isupper() or low[0] in firsts


def signer(person: Person, people: list[Person]) -> str | None:
    """The person who writes from a team's mailbox, as the record says it beside the mailbox
    ('People & Capability (Mereana signs the emails)', 'Talent team (Ms Goh signs off)',
    'People team (Rhian, HR adviser)'): a note to the mailbox greets them by name, never
    'Dear Hiring Team,'. None for anyone's own address, and when the record names nobody."""
    texts = [person.name, person.title or ""]
    if not _team(person.name) and not _SIGNS.search(person.name):
        return None
    for text in texts:
        for pattern in (_SIGNS, _SIGNED_BY, _NAME_FIRST):
            m = pattern.search(text)
            if m is None:
                continue
            who = m.group("who").strip(" .")
            if pattern is _SIGNS and text is person.name:
                who = who.split("(")[-1]
            if _a_name(who, people):
                return phrasing.person_name(who)
    return None


# 'write Eluned on the card, not luned', "write Marc-André + Harpreet, not MA / harry": the
# names to write, and the ones not to, in the same order
_WRITE_NOT = re.compile(
    r"\b[Ww]rite\s+(?:['\"‘“](?P<quoted>[^'\"’”]{1,40})['\"’”]|"
    r"(?P<write>[^\W\d_][\w'’.-]*(?:\s*(?:\+|,|&|and)\s*[^\W\d_][\w'’.-]*)*))"
    r"[^.;\n]{0,40}?,?\s+(?:not|never)\s+(?P<nots>[^.;\n]{1,40})"
)


def _written_not(notes: str | None) -> list[tuple[str, str]]:
    """(the name to write, a name not to) of each such pair the notes give ('write Eluned on
    the card, not luned' -> [('Eluned', 'luned')]); names in lower case are capitalised."""
    out = []
    for m in _WRITE_NOT.finditer(notes or ""):
        if m.group("quoted"):
            writes = [m.group("quoted").strip()]  # "write 'Engr. Gift', not gift": as quoted
        else:
            writes = [w.strip() for w in re.split(r"\s*(?:\+|,|&|\band\b)\s*", m.group("write"))]
        nots = [
            n.strip(" '\"‘’“”")
            for n in re.split(r"\s*(?:/|,|\bor\b)\s*", m.group("nots"))
            if n.strip(" '\"‘’“”")
        ]
        nots = [n.split()[0] for n in nots if n.split()][: len(writes)]
        if not writes or len(nots) != len(writes):
            continue
        for w, n in zip(writes, nots, strict=True):
            if w and w[:1].isalpha():
                out.append((w[:1].upper() + w[1:], n.lower()))
    return out


def _told_to_write(person: Person, called: str | None, pairs: list[tuple[str, str]]) -> str | None:
    """The name the notes say to write for `person` in place of one not to ('Eluned' for
    the 'Luned' she goes by, 'Harpreet' for 'harry'): where the name not to write is the
    one asked for, or a word of theirs."""
    keys = {w.lower().rstrip(".") for w in phrasing.bare_name(person.name).split()}
    for write, never in pairs:
        if (called and called.lower() == never) or never in keys:
            return write if write.lower() != never else None
        if write.lower() in keys and called and called.lower() == never:
            return write
    return None


def _saluted_by(
    person: Person, saluted: list[tuple[str, str]], people: Sequence[Person]
) -> str | None:
    """The greeting the notes quote for `person` where it holds no word of their name: the
    name their address opens on ("'Dear Kobus'" to kobus.vdwesthuizen@…, Jacobus P. vd
    Westhuizen), their job ("'Dear Chairman'" to the Chairman of the Board), or the initial
    the record gives for it ("'Dear Walt'" to W. J. Nanugak), or the short form their given
    name opens on ("'Hi Cat'" to Catherine Novak); only where it is no one else's."""

    def local(p: Person) -> str:
        return re.split(r"[._-]", (p.email or "").split("@")[0].lower())[0]

    def job(p: Person) -> set[str]:
        return {w.lower() for w in re.findall(r"[^\W\d_]+", p.title or "")}

    for _, name in saluted:
        words = [w.lower().rstrip(".") for w in name.split()]
        if any(_asked_by(q, [("", name)]) for q in people):
            continue  # a name of someone's: theirs
        by_address = [q for q in people if len(words) == 1 and local(q) == words[0]]
        by_job = [q for q in people if set(words) <= job(q)]
        # 'Dear Walt' to W. J. Nanugak: the initial the record gives for the first name
        by_initial = [
            q
            for q in people
            if len(words) == 1
            and re.match(r"[^\W\d_]\.", q.name.split()[0] if q.name.split() else "")
            and q.name[0].lower() == words[0][0]
        ]
        # "Cat ('Hi Cat')" to Catherine Novak: the short form her given name opens on
        by_short = [
            q
            for q in people
            if len(words) == 1
            and len(words[0]) >= 3
            and (phrasing.name_parts(q.name).first or "").lower().startswith(words[0])
            and (phrasing.name_parts(q.name).first or "").lower() != words[0]
        ]
        for found in (by_address, by_job, by_initial, by_short):
            if len(found) == 1 and found[0] is person:
                return name
    return None


def salutation_word(person: Person, greeted: str, asked: Sequence[Salutation]) -> str:
    """The word a note to `person` opens on ('Dear', 'Hi', 'Kia ora'): the one the notes
    quote for them ("'Hi Rob', not Roberto" for Rob Esquivel, greeted `greeted` 'Rob'), else
    one the notes give for all ("'Kia ora Helen' etc is normal here"), else 'Dear'."""
    keys = {
        w.lower().rstrip(".,")
        for w in [*greeted.split(), *phrasing.bare_name(person.name).split(), person.called or ""]
        if w
    }
    for s in asked:
        said = [w.lower().rstrip(".,") for w in s.name.split()]
        if said and (" ".join(said) == greeted.lower().rstrip(".,") or said[-1] in keys):
            return s.word
    return next((s.word for s in asked if s.everyone), "Dear")


def asked_closing(notes: str | None, candidate: str) -> str | None:
    """The sign-off the notes ask for ("'Ngā mihi' to sign off is fine" -> 'Ngā mihi,'),
    with its comma; None where they ask for none, or where the quote is the candidate's own
    name ("sign 'Josh'" is how to sign, not the sign-off)."""
    said = asked_sign_off(notes)
    mine = {w.lower() for w in candidate.split()}
    if not said or any(w.lower().strip(".,") in mine for w in said.split()):
        return None
    return said + ","


def with_marks_jotted(name: str, jotted: str) -> str:
    """`name` with each word the jot writes with accents or macrons that the name was typed
    without ('Rawiri Paewai' from an invite that strips the macron, the notes writing
    'Rāwiri' throughout -> 'Rāwiri Paewai'; 'Jose' -> 'José'): only where the jot writes the
    word one way, capitalised, and never drops the marks of a name typed with them."""
    words = name.split()
    out = []
    for word in words:
        bare = word.strip(".,'’()")
        if not bare or bare != without_accents(bare) or len(bare) < 3:
            out.append(word)
            continue
        seen = {
            w
            for w in re.findall(r"[^\W\d_][\w'’-]*", jotted)
            if w != bare and w[:1].isupper() and without_accents(w).lower() == bare.lower()
        }
        marked = {w for w in seen if w != without_accents(w)}
        # a mark on a last letter alone, written once, may be a case ending (Polish
        # 'Panią Rzepecką-Mazur' for Rzepecka-Mazur): taken only where the jot writes it twice
        ending = (
            all(p[:-1] == without_accents(p[:-1]) for w in marked for p in w.split("-"))
            and sum(len(re.findall(rf"(?<!\w){re.escape(w)}(?!\w)", jotted)) for w in marked) < 2
        )
        if len(marked) == 1 and len(seen) == 1 and not ending:
            out.append(word.replace(bare, marked.pop()))
        else:
            out.append(word)
    return " ".join(out)


def greeted_round(interview: Interview, address: Address) -> Interview:
    """The round with each person's greeting set where the record or the recipient's culture
    fixes it, and the name each asked to be called where the notes say so (the stored round
    is not changed); the name of a greeting the notes quote ("'Dear Alvin'") comes first,
    and the name the notes say to write in place of another ('write Eluned on the card, not
    luned') wins over any asked for."""
    # a greeting the notes quote whole ("'Dear Er. Senthil Kumar' - no Mr", "'Dear Alvin' (he
    # said just Alvin)") comes before any name asked for in other words
    asked = [("", name) for name in saluted_names(interview.notes)]
    saluted = len(asked)
    asked += _asked(interview.notes, address)
    pairs = _written_not(interview.notes)
    never = {form_key(form) for form in forms_not_to_write(interview.notes)}
    people = []
    country = (interview.country or "").upper()
    jotted = "\n".join([interview.notes or "", *interview.topics])
    for p in interview.people:
        spoken = written_name(p.name, country, address)
        if spoken:
            p = replace(p, name=spoken)
        accented = with_marks_jotted(p.name, jotted)
        if accented != p.name:
            p = replace(p, name=accented)
        greeting = greeting_for(p, interview.country, address)
        called = (
            _asked_by(p, asked[:saluted])
            or _saluted_by(p, asked[:saluted], interview.people)
            or _asked_by(p, asked)
        )
        if called and sum(1 for q in interview.people if _asked_by(q, asked) == called) > 1:
            called = None  # a name two people of the round could have asked for: neither
        told = _told_to_write(p, called or p.called, pairs)
        if told is not None:
            called = told
        signed = None if called else signer(p, interview.people)
        if signed and _SIGNS.search(p.name):  # 'Ms Goh signs off': the name is hers
            p = replace(p, name=signed)
        called = called or signed or p.called  # p.called: what the person's own line asked
        if called and form_key(called) in never:
            called = None  # "'call me Selvi'" on her line, "not 'Selvi' in writing" in the notes
        if greeting and form_key(greeting) in never:
            greeting = None
        first = phrasing.name_parts(p.name).first
        if not (called or greeting) and first and form_key(first) in never:
            # "to the chair: formal - NOT 'Judith'": the whole name, never the first alone
            called = phrasing.untitled_name(phrasing.bare_name(p.name))
        changed = greeting or called or p.called
        people.append(replace(p, greeting=greeting, called=called) if changed else p)
    return replace(interview, people=people)
