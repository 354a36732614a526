"""People's names as text writes them: the shape of a name (honorifics, particles,
hyphens, initials), lists of names ("A, B and C", "A (Head of Research) & B"), the title
after a name, and the labels that introduce them ("Interviewers:", "Panel:")."""

from __future__ import annotations

import re
from functools import lru_cache

from followup.core.models import Person
from followup.core.name_lists import person_words
from followup.core.text import without_accents
from followup.delivery.invites.clock import SCHEDULE_CLOCK
from followup.delivery.invites.common import LOWER, MAX_NAME, UPPER, _clip, _Vocab
from followup.delivery.invites.titles import (
    _build_lexicon,
    continues,
    headed_title,
    honorifics_pattern,
    is_title,
    lexicon,
    title_before,
)
from followup.delivery.invites.titles import everyday_words as _common_words

# (lower case, inside a name: "Katrina dela Cruz", "Andrés de los Santos", "Nurul binti Ismail")
_PARTICLE = (
    r"(?:van|von|dela|delos|delas|de|der|den|della|delle|degli|dei|del|da|di|du|dos|do|das|"
    r"le|la|los|las|binti|bint|bin|ibn|al|el|ter|ten)"
)


def _family_particles() -> str:
    """The words of a surname written with a capital before it ("Dara Ó Briain", "Fionnuala
    Ní Bhriain", "Seán Mac Giolla", "Kristine Dela Cruz"; data/person_words.txt
    family_particles), capitalised as typed, as a regex alternation, longest first: "Ó" is
    one letter, never a name's word alone."""
    words = sorted(person_words()["family_particles"], key=lambda w: (-len(w), w))
    return "(?:" + "|".join(re.escape(w[:1].upper() + w[1:]) for w in words) + ")"


# a particle inside a name: lower case ("van", "de la") or a capitalised family one ("Ó")
FAMILY_PARTICLE = _family_particles()
NAME_PARTICLE = rf"(?:{_PARTICLE}|{FAMILY_PARTICLE})"


# a name's word: "Walsh", "Durand-Okafor", "O'Neil", and a capital inside one ("MacRae",
# "McAllister", "DeShawn")
_WORD = (
    rf"[{UPPER}][{LOWER}ß'’]+(?:[{UPPER}][{LOWER}]{{2,}})?(?:-[{UPPER}{LOWER}][{LOWER}ß'’]+)?"
    rf"|[{UPPER}]'[{UPPER}][{LOWER}]+"
)


# Honorifics before a name ("Dr.", "Mag.", "Mme", "M.", "Herr"): the one list, titles.HONORIFICS
_HONORIFICS = honorifics_pattern()


def _patronyms() -> str:
    """The words that start a father's name inside a person's name ("binti", "Binte", "a/l";
    data/person_words.txt), in any case, as a regex alternation, longest first."""
    words = sorted(person_words()["patronyms"], key=lambda w: (-len(w), w))
    return "(?i:" + "|".join(re.escape(w) for w in words) + ")"


PATRONYM = _patronyms()


def patronym_tail(word: str, *, optional: bool = True) -> str:
    """A name's patronymic end: "binti Osman", "Binte Abdul Rahman", "a/l Kumaran" (one or
    two of the father's names, each matching `word`)."""
    tail = rf"(?:[ \t]+{PATRONYM}[ \t]+(?:{word})(?:[ \t]+(?:{word}))?)"
    return tail + "?" if optional else tail


# a name's word that is no patronym ("Binte" is the start of "Binte Rahman", not a given name)
NOT_PATRONYM = rf"(?!{PATRONYM}[ \t])"


def _stops() -> str:
    """The words around a name in a sentence, of every language (job_titles.toml, each
    language's stops: "we", "wir", "vi", "with"), in any case, as a regex alternation. Read
    once, from the package's copy, as the honorifics are (the name patterns are built at
    import)."""
    words = sorted(_build_lexicon((None, None)).stops, key=lambda w: (-len(w), w))
    return "(?i:" + "|".join(re.escape(w) for w in words if w.isalpha()) + ")"


# between a name's words: spaces, or one line break when the next line does not start with a
# sentence's word ("Pieter van der Merwe\nWe will call you": the name ends at the line's end);
# never a blank line, where a new paragraph starts
_GAP = rf"(?:[ \t]+|[ \t]*\r?\n[ \t]*(?!(?:{_stops()})(?![{LOWER}])))"


# … and a second surname joined by "i", "y" or "e" at its end ("Pau Ferrer i Soler", "José
# Ortega y Gasset"), not the next person's first name ("Anna Nowak i Jan Kowalski")
_BARE_NAME = (
    rf"(?:(?:{_WORD}){patronym_tail(_WORD, optional=False)}"  # "Selvam a/l Murugan"
    rf"|(?:{_WORD})(?:{_GAP}(?:{NAME_PARTICLE}{_GAP})*{NOT_PATRONYM}(?:{_WORD})){{1,3}}"
    rf"(?:[ \t]+[iye][ \t]+(?:{_WORD})(?![ \t]+[{UPPER}]))?"
    rf"{patronym_tail(_WORD)})"
)


# A person's name: two to four capitalised words (particles between them), honorifics before
_NAME = rf"(?:{_HONORIFICS}\s+){{0,2}}{_BARE_NAME}"


_HONORIFIC = re.compile(rf"^(?:{_HONORIFICS}\s+)+")


_PERSON = re.compile(rf"(?P<name>{_NAME})(?:\s*\((?P<title>[^()\n]{{2,80}})\))?")


# "Senior Accountant Tomas Ibarra", "Director of Nursing Olivia Grant (RN)": a title first
_TITLED = re.compile(
    rf"^(?P<title>.+?)\s+(?:{_HONORIFICS}\s+)?(?P<name>{_BARE_NAME})"
    r"(?:\s*\((?P<paren>[^()\n]{2,80})\))?$"
)


# "10:00", "9:30 AM", "09h30", "13 h 30" (French, Quebec), "10.00": a schedule's time
_TIME = SCHEDULE_CLOCK


# "Interviewers: A, B", "Interviewer: Omar Reyes, Regional Director", "Panel - …"; the labels
# of other languages are data ([introductions] labels: "Rozmowę poprowadzą:", "면접관:",
# "Haastattelijat:", "Pewawancara:")
_LABELLED_TEXT = (
    r"(?im)(?:^|(?<=[.!?])[ \t]+)[ \t]*(?:[-–•·■□●◆▶*][ \t]*)?"
    r"(?:your[ \t]+|ihre[ \t]+|vos[ \t]+|the[ \t]+|our[ \t]+)?"
    r"(?:interviewers?|interview[ \t]+panel|interviewing[ \t]+you|"
    r"panel(?:ists)?|gesprächspartner(?:in|innen)?|interviewpartner(?:in|innen)?|"
    r"(?:te|le|les)[ \t]+entrevistar(?:á|án)|entrevistador(?:a|es|as)?|gesprekspartners?|"
    r"panel[ \t]+members|interview[ \t]+(?:team|panel[ \t]+will[ \t]+be)|meeting[ \t]+with|"
    r"interviewing[ \t]+with|interlocuteurs?|{more}"
    r"you(?:'ll|[ \t]+will)[ \t]+(?:be[ \t]+)?(?:meet(?:ing)?|speak(?:ing)?)"
    r"(?:[ \t]+with)?)[ \t]*{ending}[ \t]*[:：–—-][ \t]*(?P<list>[^\n]+)$"
)


# a label's plural or other gender written after it ("Interviewer(s)", "Entrevistador(a)",
# "Entrevistador/a", "Gesprächspartner*innen", "Interviewer:innen")
_LABEL_ENDING = (
    r"(?:\((?:s|a|as|es|os|e|in|innen|r|n|ne|ka|ki|ová|é)\)|/(?:a|as|es|in|innen|e|r|ka)"
    r"|\*(?:in|innen)|_(?:in|innen)|:(?:in|innen)(?=[ \t]*[:：–—-]))?"
)


@lru_cache(maxsize=4)
def _labelled(labels: tuple[str, ...]) -> re.Pattern[str]:
    more = "".join(re.escape(w).replace(r"\ ", r"[ \t]+") + "|" for w in labels)
    return re.compile(_LABELLED_TEXT.replace("{more}", more).replace("{ending}", _LABEL_ENDING))


# A full stop that does not end a sentence: an honorific's ("Dr. Ines Lechner")
_LIST_TEXT = rf"(?:{_HONORIFICS}\s|[^\n.]|\.(?=\S))*"


# before a person in a list: "con il Sig. Davide Greco", "com Patrícia Lins"
_LEAD = re.compile(
    rf"^(?:(?:con|com|avec|mit|met|with|da|dal|dalla|dallo|par|por|by)[ \t]+|dall['’][ \t]*)?"
    rf"(?:(?:il|la|lo|el|o|a|der|die|den|dem)[ \t]+|l['’][ \t]*)?(?=(?:{_HONORIFICS})\s|[{UPPER}])"
)


_OWNER = re.compile(
    r"(?i)^(?:our|the|their|my|your|notre|unsere[nr]?|nuestr[oa]|noss[oa]|nostr[oa]|"
    r"el|la|il|lo|le|o|a|der|die|het|de)\s+"
)


@lru_cache(maxsize=4)
def _list_sep(and_words: str) -> re.Pattern[str]:
    """Between the people of a list: a semicolon, a comma, "and" in any language ([introductions]
    and_words; not the "a" of a patronym's "a/l"), a tab, a bar, a plus, a dash or a bullet
    between spaces, a wide gap."""
    return re.compile(
        rf"(\s*(?:;|,|(?:{and_words})(?!/)|\t|\s[|+]\s|\s[-–—·•]\s|[ ]{{3,}})\s*)"
    )  # in lower case only: "I", "E", "Y" may be a name's initial


@lru_cache(maxsize=4)
def _and_alone(and_words: str) -> re.Pattern[str]:
    """ "And" alone between two halves of one title ("enólogo y director de producción")."""
    return re.compile(rf"^[ \t]*(?:{and_words})[ \t]*$")


@lru_cache(maxsize=4)
def _and_after(and_words: str) -> re.Pattern[str]:
    """A comma and "and" between two people of a list ("…, Clinical Analytics, and Omar …"):
    the part before ends its person's entry."""
    return re.compile(rf"^[ \t]*,[ \t]*(?:{and_words})[ \t]*$")


@lru_cache(maxsize=4)
def _and_before(and_words: str) -> re.Pattern[str]:
    """ "And" or a comma ending a text ("… Serena Lodi e"): a list's next person follows."""
    return re.compile(rf"(?:{and_words}|,)[ \t]*$", re.IGNORECASE)


# "Interviewer: Maria Lopez" then "Title: Chief Medical Officer" on the next line
_TITLE_LINE = re.compile(
    r"(?i)[ \t]*(?:title|job[ \t]+title|titel|poste)[ \t]*:[ \t]*(?P<title>[^\n]{2,80})"
)


def _looks_like_title(text: str, vocab: _Vocab) -> bool:
    """`text` reads as a job title: the one test (`titles.is_title`), with the invite
    vocabulary's role words and coordinators' titles as job words too."""
    return is_title(text, also=vocab.job_words)


def _continues_title(part: str, vocab: _Vocab, closing: bool = False) -> bool:
    """A title's second half after a comma ("VP, Store Operations", "Senior Manager, Revenue
    Operations"; with `closing`, the list's last part: "Director, Clinical Analytics"):
    `titles.continues`, the one test."""
    return continues(part, people=(), also=vocab.job_words, closing=closing)


def _masked(text: str) -> str:
    """`text` with the separators inside brackets hidden, so "(Associate Director, Protein
    Sciences)" stays one part of a list."""

    def hide(match: re.Match[str]) -> str:
        inner = match.group(0)
        for sep, mark in _MASKS:
            inner = inner.replace(sep, mark)
        return inner

    return re.sub(r"\([^()\n]*\)", hide, text)


def _unmasked(text: str) -> str:
    for sep, mark in _MASKS:
        text = text.replace(mark, sep)
    return text


# the separators of a list hidden inside brackets, each by a control character
_MASKS = (
    (",", "\x1f"),
    (";", "\x1e"),
    ("&", "\x1d"),
    (" and ", "\x1c"),
    (" y ", "\x1b"),
    (" e ", "\x1a"),
    (" et ", "\x19"),
    (" und ", "\x18"),
    (" en ", "\x17"),
    (" – ", "\x16"),  # "(Workshop Manager – Dry Dock)"
    (" - ", "\x15"),
    (" — ", "\x14"),
)


# Pronouns after a name ("Aisha Bello (she/her)"): no title
_PRONOUNS = re.compile(
    r"(?i)\s*\((?:she|he|they|ze|xe|sie|elle|il)\s*/\s*(?:her|hers|him|his|them|theirs|zir|xem|"
    r"ihr|elle|lui|they|she|he)(?:\s*/\s*\w+)?\)"
)


_TITLE_SEPS = (",", "-", "–", "—", "·", "•", "|")  # between a name and its title


# "and" between two surnames of one name (Catalan "i", Spanish "y", Portuguese "e"): a list's
# part of one capitalised word after it is no person of its own
_SURNAME_JOINS = frozenset({"i", "y", "e"})


_ONE_NAME = re.compile(rf"[{UPPER}][{LOWER}'’-]+(?:[ \t]*\([^()\n]{{2,80}}\))?")


def _list_parts(text: str, vocab: _Vocab) -> list[tuple[str, str, bool, str]]:
    """The parts of a list, each with the comma or dash ("Name – Title") that alone comes
    before it ("" when none does), whether a comma alone comes after it ("our Clinical
    Lead, Ben …"), and the separators before it as written (" y ", ", and ")."""
    between = _list_sep(vocab.and_words)
    pieces = between.split(_masked(_PRONOUNS.sub("", text).strip().rstrip(".")))
    parts: list[tuple[str, str]] = []  # (part, separators before it)
    gap = ""
    for index, piece in enumerate(pieces):
        if index % 2:
            gap += piece
            continue
        part = _unmasked(piece).strip(" .:")
        if part and parts and gap.strip() in _SURNAME_JOINS and _ONE_NAME.fullmatch(part):
            # "Pau Ferrer i Soler", "José Ortega y Gasset": one person's two surnames
            parts[-1] = (f"{parts[-1][0]}{gap}{part}", parts[-1][1])
            gap = ""
        elif part:
            parts.append((part, gap))
            gap = ""
    out = []
    for index, (part, before) in enumerate(parts):
        after = parts[index + 1][1] if index + 1 < len(parts) else ""
        sep = before.strip()
        out.append((part, sep if sep in _TITLE_SEPS else "", after.strip() == ",", before))
    return out


def _person_of(part: str, vocab: _Vocab, loose: bool) -> Person | None:
    """The person a list's part names: "Helen Moss", "Dr. Helen Moss (Head of Research)",
    "Senior Accountant Tomas Ibarra"; with `loose`, never words that are all English words
    ("Product Sense", a session's name)."""
    match = _PERSON.fullmatch(part)
    if match is not None and headed_title(match.group("name")):
        return None  # "Arquitecto de Datos": a job's word, "de", a field
    if match is not None and not vocab.role_words.search(match.group("name")):
        name = _HONORIFIC.sub("", " ".join(match.group("name").split()))
        if loose and _common_words(name):
            return None
        title = match.group("title")
        return Person(name=_clip(name, MAX_NAME), title=_clip(title, 120) if title else None)
    titled = _TITLED.fullmatch(part)
    if titled is None:
        return None
    words = titled.group("name").split()
    lead = [w for w in titled.group("title").split()]
    if len(words) > 2 and (vocab.role_words.search(words[0]) or _common_words(words[0])):
        lead, words = lead + words[:-2], words[-2:]  # "Head of Finance Priya Raman"
    title = _OWNER.sub("", " ".join(lead))
    if not _looks_like_title(title, vocab):  # "da conversa a diretora de pessoas Luana Reis"
        title = title_before(" ".join(lead) + " ") or title
    name = " ".join(words)
    if (
        not _looks_like_title(title, vocab)
        # "Director of | Clinical Informatics"; a title in lower case is said whole
        or not (title.split()[-1][:1].isupper() or title.islower())
        or vocab.role_words.search(name)
        or _common_words(name)
    ):
        return None
    paren = titled.group("paren")
    if paren and not _looks_like_title(title, vocab):
        title = paren
    return Person(name=_clip(name, MAX_NAME), title=_clip(title, 120))


# a credential and the title in brackets after it: "Renata Kowalczyk, DDS (Owner & Lead Dentist)"
_CREDENTIAL_BRACKET = re.compile(r"(?P<credential>[^()]{2,12}?)[ \t]*\((?P<title>[^()]{2,80})\)")
# … or after a dash: "Dr. Alana Brooks, DVM - Medical Director" (Microsoft Bookings' staff)
_CREDENTIAL_DASH = re.compile(
    r"(?P<credential>[^\s()]{2,12})[ \t]+[-–—][ \t]+(?P<title>[^()]{2,80})"
)


_SLOT_JOIN = re.compile(r"[ \t]*(?:,|&|\band\b)[ \t]*")


def _ends_entry(parts: list[tuple[str, str, bool, str]], index: int, vocab: _Vocab) -> bool:
    """The list's part at `index` ends its person's entry: the list's last part, or a comma
    and "and" follow it ("…, Director, Clinical Analytics, and Omar Haddad, …")."""
    return index == len(parts) - 1 or bool(_and_after(vocab.and_words).match(parts[index + 1][3]))


def _persons_in_list(
    text: str, vocab: _Vocab, first_only: bool = False, loose: bool = False
) -> list[Person]:
    """The people a list names, with their titles: "A, Title; B (Title) and C", "Title A",
    "our Title, A", "A - Title, Department"; a credential ("RN", "PhD") is left out. With
    `first_only` the person of a schedule line, past a session's name before it, and a
    second person the line joins to them ("Emily Novak, Tom Brandt", "A, Title & B, Title")."""
    out: list[Person] = []
    pending: str | None = None  # a title said before its person ("our Clinical Lead, Ben …")
    said_before: str | None = None  # the last person's title, when it was said before them
    last = ""  # what the part before was: "person", "title"
    skip = False  # the part was read with the one before it
    parts = _list_parts(text, vocab)
    for index, (raw, comma_before, comma_after, gap) in enumerate(parts):
        part = _LEAD.sub("", raw)
        bare = _OWNER.sub("", part)
        if vocab.credentials.fullmatch(bare):
            continue
        degree = _CREDENTIAL_BRACKET.fullmatch(bare) or _CREDENTIAL_DASH.fullmatch(bare)
        if degree and vocab.credentials.fullmatch(degree.group("credential")):
            raw = part = bare = degree.group("title")  # "DDS (Owner & Lead Dentist)"
        if (
            last == "title"
            and out
            and out[-1].title
            and _and_alone(vocab.and_words).match(gap)  # one title's halves
            and bare == raw
            and raw == raw.lower()
            and not comma_after
            and len(raw.split()) <= 5
        ):
            # "Ramiro Castañeda, enólogo y director de producción, y con …": one title, its
            # halves joined by a conjunction, in lower case and with no article of its own
            out[-1].title = _clip(f"{out[-1].title}{gap}{raw}", 120)
            continue
        if skip:
            skip = False
            continue
        closing = _ends_entry(parts, index, vocab) and comma_before == ","
        if last == "title" and comma_before == "," and out and index + 1 < len(parts):
            # "Director, Informatics & Data Science", "Head, Research and Development": a
            # field after a title's comma goes on past "and" to its entry's end
            nxt, _, nxt_comma, joint = parts[index + 1]
            whole = f"{bare}{joint}{nxt}"
            if (
                _and_alone(vocab.and_words).match(joint)
                and bare == raw
                and not nxt_comma
                and _ends_entry(parts, index + 1, vocab)
                and _continues_title(whole, vocab, closing=True)
            ):
                out[-1].title = _clip(f"{out[-1].title}, {whole}", 120)
                skip = True
                continue
        if last == "title" and comma_before and out and _continues_title(bare, vocab, closing):
            # "Senior Manager – Logistics", "VP, Store Operations": joined as written
            joint = ", " if comma_before == "," else f" {comma_before} "
            out[-1].title = _clip(f"{out[-1].title}{joint}{bare}", 120)
            continue
        if (
            first_only
            and out
            and _SLOT_JOIN.fullmatch(gap)
            and part[:1].isupper()
            and not _looks_like_title(bare, vocab)  # "…, Responsable de Control de Gestión"
            and (last == "person" or (last == "title" and comma_before != ","))
        ):
            other = _person_of(part, vocab, False)
            if other is not None:  # "Emily Novak, Tom Brandt", "A, Title & B, Title": a
                out.append(other)  # slot's second interviewer
                last = "person"
                continue
        if first_only and out and last == "person" and not comma_before:
            # "Grace Okafor <tab> Engineering Manager": a table's next column
            if _looks_like_title(bare, vocab) and out[-1].title is None:
                out[-1].title = _clip(bare, 120)
                last = "title"
                continue
            break
        titled = _looks_like_title(bare, vocab)
        if (
            titled
            and out
            and last == "person"
            and comma_before
            and (out[-1].title is None or out[-1].title == said_before)
        ):
            # "Javier Soto, Responsable de Control de Gestión"; "our hiring manager, Wade
            # Collins, Maintenance Superintendent": the title after the name says more
            out[-1].title = _clip(bare, 120)
            last = "title"
            continue
        person = _person_of(part, vocab, loose or first_only)
        after = parts[index + 1] if index + 1 < len(parts) else None
        if (
            person is None
            and after
            and after[1]
            and _looks_like_title(after[0], vocab)
            and _person_of(after[0], vocab, True) is None  # "Systems Design - Noor Haddad (…)"
        ):
            # "Tom Hale, Operations Lead": words of the language, but a title follows them
            person = _person_of(part, vocab, False)
        if person is None:
            if titled and (comma_after or bare != part):
                pending, last = _clip(bare, 120), "pending"  # "our Clinical Lead, Ben …"
                continue
            last = ""
            if (first_only and not out) or len(part.split()) <= 5:
                continue  # a session's name ("Product Sense | …"), a role ("Senior Engineer")
            break
        if first_only and out:
            break
        said_before = None
        if pending and person.title is None:
            person.title = said_before = pending
        pending = None
        out.append(person)
        last = "person"
    return out


def _same_person(a: str, b: str) -> bool:
    """The same name, or one the other's first and last words ("Dr. Helen Moss", "Helen Moss"),
    accents aside ("Lucia Prieto" from an address is "Lucía Prieto" of the text); a name of two
    words or more in another grammatical case too ("z Tomaszem Nowickim" for "Tomasz Nowicki")."""
    x, y = without_accents(a).lower().split(), without_accents(b).lower().split()
    x, y = [_greek_stem(w) for w in x], [_greek_stem(w) for w in y]
    if x == y or (len(x) >= 2 and len(y) >= 2 and (x[0], x[-1]) == (y[0], y[-1])):
        return True
    return len(x) == len(y) >= 2 and all(map(_same_word, x, y))


# A Slavic name's case endings (Polish, Czech, Slovak, Slovene, Croatian: instrumental "-em",
# "-ą", "-im"; genitive "-a", "-ego", "-ej", "-y"; dative "-owi", "-emu"), accents left out
_CASE_ENDINGS = (
    "iego", "iemu", "ego", "emu", "owi", "iem", "ich", "ych", "em", "im", "ym", "om", "ej",
    "iej", "ou", "a", "i", "y", "u",
)  # fmt: skip
MIN_STEM = 3


def _stems(word: str) -> set[str]:
    """A name's word and what is left of it without a case ending (and the "e" a nominative
    puts before its last letter: "pawel", "pawlem" -> "pawl"; "marek", "markiem" -> "mark")."""
    out = {word}
    for ending in _CASE_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= MIN_STEM:
            out.add(word[: -len(ending)])
    if len(word) > MIN_STEM and word[-2] == "e" and word[-1] not in "aeiouy":
        out.add(word[:-2] + word[-1])
    return out


def _same_word(a: str, b: str) -> bool:
    """Two words of a name are one in two grammatical cases ("dabrowska", "dabrowskiej")."""
    if a == b:
        return True
    if not (a.isalpha() and b.isalpha()) or min(len(a), len(b)) < MIN_STEM:
        return False
    return bool(_stems(a) & _stems(b))


_OBLIQUE = ("ą", "em", "iem", "im", "ym", "ego", "emu", "owi", "ej", "ych", "ich")


def oblique_words(name: str) -> int:
    """How many of a name's words end in a case ending no nominative has ("Ewą", "Tomaszem",
    "Nowickiego"): of two forms of one name, the one with fewer is the nominative."""
    return sum(w.lower().endswith(_OBLIQUE) for w in name.replace("-", " ").split())


def _greek_stem(word: str) -> str:
    """A Greek man's name word without the final sigma of its nominative: a text writes it in
    the accusative ("με τον κ. Στέλιο Μαυρίδη") where the calendar has "Στέλιος Μαυρίδης"."""
    if len(word) > 3 and word[-1] in "ςσ" and "\u0370" <= word[-2] <= "\u03ff":
        return word[:-1]
    return word


def without_longer_twins(people: list[Person]) -> list[Person]:
    """People without one whose name is another's plus more words after it: a name run on
    into the next words ("Pieter van der Merwe We" beside "Pieter van der Merwe") is the
    shorter, unless the words after it are a name's ("Ana Ruiz" beside "Ana Ruiz Ortega":
    the fuller). Each one kept has the other's email, phone and title when it had none."""

    def words(name: str) -> list[str]:
        return without_accents(name).casefold().split()

    gone: set[int] = set()
    for i, short in enumerate(people):
        for j, long in enumerate(people):
            a, b = words(short.name), words(long.name)
            if i == j or i in gone or j in gone or len(a) < 2 or len(b) <= len(a):
                continue
            if b[: len(a)] != a:
                continue
            extra = long.name.split()[len(a) :]
            run_on = any(w.casefold() in lexicon().stops or not w[:1].isupper() for w in extra)
            kept, lost = (short, j) if run_on else (long, i)
            other = people[lost]
            kept.email = kept.email or other.email
            kept.phone = kept.phone or other.phone
            kept.title = kept.title or other.title
            gone.add(lost)
    return [p for n, p in enumerate(people) if n not in gone]
