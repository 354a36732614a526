"""How company names are compared and what may be one: names folded to words (accents,
umlauts, joiners) and squeezed as a mail domain spells them; and the names that can never be
the company: a person's (an attendee, the organizer, a mail's sender or recipient, the
profile's), a place ("Boston, MA", "Remote") or a meeting program ("Teams")."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from followup.core.dates import MONTHS, WEEKDAYS
from followup.core.legal_forms import legal_form_at, without_legal_form
from followup.core.textdates import FOREIGN_MONTHS, FOREIGN_WEEKDAYS
from followup.delivery.invites.clock import WRITTEN_CLOCK
from followup.delivery.invites.common import _Ctx, _Found, _Vocab
from followup.delivery.invites.zones.tables import city_people, city_zone, country_names


def fold_words(text: str) -> tuple[str, ...]:
    """The words of a name, lower case and without accents ("Tomasz Wójcik" -> ("tomasz",
    "wojcik")); the parts of a mail address's local part count as words too."""
    plain = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in plain if not unicodedata.combining(c)).lower()
    return tuple(w for w in _NOT_A_LETTER.split(plain.translate(_UNDECOMPOSED)) if w)


# Latin, Greek, Cyrillic, Hebrew and Arabic letters make a name's words (Chinese, Japanese and
# Korean names are compared as they are written)
_NOT_A_LETTER = re.compile(r"[^a-z\u0370-\u03ff\u0400-\u04ff\u0590-\u06ff]+")


# letters no accent folding takes apart ("Yazılım" is yazilim.com.tr, "Đorđe" dorde)
_UNDECOMPOSED = str.maketrans(
    {
        "ł": "l",
        "ı": "i",
        "đ": "d",
        "ø": "o",
        "æ": "ae",
        "œ": "oe",
        "ħ": "h",
        "ŧ": "t",
        "ð": "d",
        "þ": "th",
    }
)


_UMLAUTS = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}
)


# how "&" and the joining words of a name are written in a domain's label ("fernleafandcopper",
# "conceicaoemoura", "hernandezyolmos", "kruegerundsoehne", or left out)
_LABEL_JOINERS = ("", "and", "e", "y", "und", "et", "n")


_JOINER_WORDS = {"&", "and", "e", "y", "und", "et", "+"}


def squeezes(text: str) -> set[str]:
    """The ways a name is squeezed into a mail domain's label: its letters and digits, lower
    case, accents folded ("Conceição & Moura" -> "conceicaoemoura") or German umlauts
    written out ("Falkenried Kältetechnik" -> "falkenriedkaeltetechnik"), "&" and a joining
    word written as any joining word or left out ("Fernleaf & Copper" -> "fernleafandcopper",
    "fernleafcopper")."""
    out: set[str] = set()
    for spelled in {text, text.translate(_UMLAUTS)}:
        words = [w for w in re.split(r"\s+", spelled.strip()) if w]
        parts = ["".join(fold_words(w)) if w.lower() not in _JOINER_WORDS else None for w in words]
        for joiner in _LABEL_JOINERS:
            out.add("".join(p if p is not None else joiner for p in parts))
        if not any(p is None for p in parts):
            out.add("".join(p or "" for p in parts))
    return {re.sub(r"[^a-z0-9]", "", s) for s in out} - {""}


def begins_label(name: str, label: str) -> bool:
    """A squeezed form of `name` (see `squeezes`) of four letters or more begins the mail
    domain's label `label` ("Vagalume" for vagalume-rh.com.br's "vagalumerh", "Bumi Hijau" for
    bumihijaugroup.my)."""
    return any(len(s) >= 4 and label.startswith(s) for s in squeezes(name))


def remember_name(
    names: set[tuple[str, ...]], name: str | None, email: str | None, vocab: _Vocab
) -> None:
    """Keep a person's name (and the words of their address) as a name no company has; not
    a team's ("Acme Recruiting", careers@…)."""
    for value in (name or "", (email or "").split("@", 1)[0]):
        if vocab.sender_noise.search(value.replace(".", " ")):
            continue
        words = fold_words(value)
        if words and len(names) < 400:
            names.add(words)


def known_people(found: _Found, ctx: _Ctx) -> set[tuple[str, ...]]:
    """Every person's name the invite and the profile give, as folded words."""
    names = set(found.person_names)
    people = [*found.interviewers, *([found.coordinator] if found.coordinator else [])]
    for person in people:
        if ctx.vocab.departments.search(person.name):
            continue  # "Service RH – Ardennes Bois": a team, named after the company
        names.add(fold_words(person.name))
        if person.email:
            names.add(fold_words(person.email.split("@", 1)[0]))
    names |= {fold_words(n) for n in ctx.user_names}
    names |= {fold_words(e.split("@", 1)[0]) for e in ctx.user_emails}
    return {n for n in names if n}


def names_a_person(text: str, people: Iterable[tuple[str, ...]]) -> bool:
    """`text` is a person's name: all its words (two at least, or the whole name) are the
    words of one known name ("Noor Haddad", "Tomasz Wójcik" for tomasz.wojcik.ux@…)."""
    words = fold_words(text)
    if not words:
        return False
    return any(words == name or (len(words) >= 2 and set(words) <= set(name)) for name in people)


def calls_a_person(text: str, people: Iterable[tuple[str, ...]]) -> bool:
    """`text` calls a known person as a title's brackets do ("(Rowan)", "(R. Adeyemi)",
    "(Adeyemi, R.)"): every word a word of one person's name of two words or more, or an
    initial of one, and one word at least written whole."""
    words = fold_words(text)
    if not words:
        return False
    for name in people:
        if len(name) < 2:
            continue
        whole = [w for w in words if w in name]
        initials = [w for w in words if len(w) == 1 and any(n.startswith(w) for n in name)]
        if whole and len(whole) + len(initials) == len(words):
            return True
    return False


def written_with_legal_form(name: str, text: str) -> bool:
    """`text` writes `name` with a legal form right after it ("Cascadia Mass Timber Co. |
    1200 NW …", "Lácteos Pampa Húmeda S.A."): an organisation's name, nobody's. The form's
    first word is capitalised (the Norwegian "AS" is a form, "as" in "… as our lead" is not);
    at most 20 places in `text` are looked at. False for an empty name."""
    words = name.split()
    if not words:
        return False
    pattern = re.compile(r"(?<![\w-])" + r"\s+".join(map(re.escape, words)) + r"(?![\w-])")
    for seen, at in enumerate(pattern.finditer(text)):
        if seen >= 20:
            break
        after = text[at.end() : at.end() + 40].split("\n", 1)[0].split()
        after = [w.strip(",;|") for w in after[:5]]
        if after and after[0][:1].isupper() and legal_form_at([*words, *after], len(words)):
            return True
    return False


_US_STATE = re.compile(r"^[A-Z]{2}$")


def names_a_place(text: str) -> bool:
    """`text` is a place or a work arrangement, not an employer: "Boston, MA", "Munich",
    "Remote - US", "Tulsa, OK"."""
    value = " ".join(text.replace("(", " ").replace(")", " ").split()).strip(" ,.-–—")
    if not value:
        return False
    if re.match(r"(?i)^(?:remote|hybrid|on-?site|anywhere)\b", value):
        return True
    parts = [p.strip() for p in re.split(r"\s*,\s*", value) if p.strip()]
    if not parts or len(parts) > 3:
        return False
    countries = country_names()
    head, rest = parts[0], parts[1:]
    if not all(_US_STATE.match(p) or p in countries for p in rest):
        return False
    return head in countries or city_zone(head) is not None


BIG_TOWN = 100_000  # the people of a city whose name after a company's is its town


def without_town(name: str, places: str, label: str, vocab: _Vocab) -> str:
    """A company's name without the town said after it ("Fjordkaffe Ærøskøbing" when the
    address is "Vestergade 5, 5970 Ærøskøbing", "Świetlik Studio Łódź", "Gasthaus Linde
    Regensburg"): a town the invite's address (`places`) names, or a city of 100,000 people
    or more. Kept: a town after a joining word ("University of Phoenix"), a town the mail
    domain's `label` spells ("Stadtwerke München", stadtwerke-muenchen.de), a name left with
    only a business's common noun ("Hotel Berlin")."""
    words = name.split()
    for size in (3, 2, 1):
        if len(words) <= size:
            continue
        town = " ".join(words[-size:])
        rest = words[:-size]
        if (
            not town[:1].isupper()
            or rest[-1].lower() in vocab.name_connectors
            or all(w.lower() in vocab.business_nouns for w in rest)
            or any(s in label for s in squeezes(town))
        ):
            continue
        named = re.search(  # "…, 5970 Ærøskøbing", "Havnegade 3, Marstal": an address's end
            rf"(?m)(?:\b\d[\d -]{{2,8}}[ \t]+|\d[^\n,]{{0,60}},[ \t]*){re.escape(town)}"
            r"(?=[ \t]*(?:$|,|\.(?:\s|$)|[ \t]\d))",
            places,
        )
        if named or city_people(town) >= BIG_TOWN:
            return " ".join(rest)
    return name


def is_platform(text: str, ctx: _Ctx) -> bool:
    """A meeting program or a tracking system's own name ("Teams", "Zoom", "Greenhouse")."""
    value = " ".join(text.lower().split())
    if value in ctx.vocab.not_company_names or value in ctx.vocab.tracking_systems:
        return True
    # "Microsoft Teams Meeting", "Zoom Meeting ID": a program's name and more words
    return any(value.startswith(name + " ") for name in ctx.vocab.program_names)


def acceptable(text: str | None, people: set[tuple[str, ...]], ctx: _Ctx) -> bool:
    """A company clue that names no person, place, program or kind of job ("Part-time",
    "Night Shift")."""
    if not text or not text.strip():
        return False
    kind = " ".join(text.lower().split())
    if ctx.vocab.not_company.fullmatch(kind) or re.search(r"\bshifts?$", kind):
        return False
    return not (names_a_person(text, people) or is_platform(text, ctx) or names_a_place(text))


_EDGE_JOINERS = {"&", "and", "und", "et", "y", "e", "+", "-", "–", "—", "/"}


def company_shaped(text: str, vocab: _Vocab) -> bool:
    """`text` is a company's name by its own shape: a name ending in its legal form ("Młyn
    Zbożowy Sp. z o.o.", "Kittiwake Freight Ltd") or in a common noun of a business's name
    ("Tidewrack Seafood Bar", "Kittiwake Freight", "Glenmorrow Lodge")."""
    words = text.split()
    if len(words) < 2 or "(" in text or not name_shaped(text, vocab):
        return False
    if without_legal_form(text) != " ".join(words):
        return True
    # "Coordenador(a) de Logística", "Head of Freight": a job's words, no business's name
    return words[-1].lower() in vocab.business_nouns and not vocab.job_words.search(text)


def name_shaped(text: str, vocab: _Vocab) -> bool:
    """`text` is shaped like a company's name: capitalised words (or words without letter
    case, "ミドリ精工"), with only connecting words in lower case between them ("Bank of
    America"), brackets balanced, no "&" at either end, not a department ("Human Resources")
    and not an interview's own words ("Convocazione colloquio telefonico", "telefónica")."""
    words = text.split()
    if not words or len(words) > 8:
        return False
    if words[0].lower() in _EDGE_JOINERS or words[-1].lower() in _EDGE_JOINERS:
        return False
    if text.count("(") != text.count(")") or text.count("[") != text.count("]"):
        return False
    if vocab.departments.fullmatch(text.strip()) or vocab.departments.match(text.strip()):
        return False
    if vocab.interview_words.match(text.strip()) or vocab.noise_words.match(text.strip()):
        return False
    for index, word in enumerate(words):
        if index and legal_form_at(words, index) == len(words) - index:
            return True  # "Młyn Zbożowy Sp. z o.o.", "Cerámica Arbo s.l.": its legal form
        core = word.strip("\"'“”‘’.,;:!?()[]")
        if not core or not any(c.isalpha() for c in core):
            continue  # "&", "3M", "24/7"
        if any(c.isupper() for c in core) or not any(c.islower() for c in core):
            continue  # "Hudson", "eBay", "IBM", "精工"
        if index == 0 or core.lower() not in vocab.name_connectors:
            return False
    return True


@lru_cache(maxsize=4096)
def _word_squeezes(word: str) -> frozenset[str]:
    """One word's letters as a domain's label has them: accents folded or umlauts written
    out ("Jäger" -> "jager", "jaeger")."""
    spelled = {"".join(fold_words(word)), "".join(fold_words(word.translate(_UMLAUTS)))}
    return frozenset(spelled - {""})


# A company's name as running text says it after "at", "with", "on behalf of": capitalised
# words, and up to two lower-case ones between them ("Bank of the West", "Maison de Lorrain",
# "Ostara & Vale"), in any case the pattern around it is read in; `name_words_only` then
# keeps the words that are the name's
NAME_IN_TEXT = (
    r"(?-i:[A-ZÀ-Þ0-9][\w&.'’-]*"
    r"(?:[ \t]+(?:(?:[a-zà-ÿ]{1,4}|&)[ \t]+){0,2}[A-ZÀ-Þ0-9][\w&.'’-]*){0,4})"
)


# a weekday's or a month's short form ("Tue", "Mar") ends a name only before a number
_DAY_WORDS = frozenset(w for w in (*MONTHS, *WEEKDAYS) if len(w) > 4) | {"may", "june", "july"}
_SHORT_DAY_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS)


def name_words_only(name: str, vocab: _Vocab) -> str:
    """A company's name read from running text without what the sentence says after it: a
    day, a month or a time ("Lumen Bio on Tuesday", "Fenwick Tavern Friday 12 March",
    "Greyfriars Clinic at 9"), a preposition's phrase or any other lower-case word ("Hollis
    Print in Leeds"); the lower-case words that join a name's ("of", "de", "&") are kept
    between its capitalised ones."""
    words = name.split()
    kept: list[str] = []
    index = 0
    while index < len(words):
        word = words[index]
        bare = word.strip(".,;:!?").lower()
        after = words[index + 1] if index + 1 < len(words) else ""
        if kept and (bare in _DAY_WORDS or (bare in _SHORT_DAY_WORDS and after[:1].isdigit())):
            break
        form = legal_form_at(words, index) if kept else 0
        if form > 1 or (form and word[:1].islower()):  # "Młyn Zbożowy Sp. z o.o.": its own
            kept += words[index : index + form]
            index += form
            continue
        if kept and word[:1].islower() and bare not in vocab.name_joiners:
            break
        kept.append(word)
        index += 1
    while kept and kept[-1].lower() in vocab.name_joiners:
        kept.pop()
    return " ".join(kept)


# a time ("9:30", "14h00", "2pm", "10.00", "11am")
_CLOCK_WORD = re.compile(rf"(?i){WRITTEN_CLOCK}")
_NOW_WORDS = frozenset({"today", "tomorrow", "tonight", "heute", "morgen", "demain", "domani"})
# "for", "this", "next", "am", "le" … before a day: said about the day, no part of a name
_DAY_LEADS = frozenset(
    {"for", "on", "at", "in", "by", "from", "until", "this", "next", "coming", "the", "le",
     "la", "el", "il", "am", "an", "den", "de", "du", "del", "per", "pour", "para", "på",
     "om", "op", "na", "w", "we", "a", "à", "ce", "este", "esta", "questo", "dieser",
     "diesen", "nächsten", "prochain", "het", "em", "no", "nel", "al", "ab", "vom", "ngày",
     "vào"}
)  # fmt: skip


_MONTH_WORDS = _SHORT_DAY_WORDS | _DAY_WORDS | frozenset(FOREIGN_MONTHS)


def _starts_a_day(words: list[str], index: int) -> bool:
    bare = words[index].strip(".,;:!?()").lower()
    after = words[index + 1].strip(".,;:!?()").lower() if index + 1 < len(words) else ""
    before = words[index - 1].strip(".,;:!?()").lower() if index else ""
    month = (bare in FOREIGN_MONTHS and len(bare) >= 5) or bare in _DAY_WORDS
    short_month = bare in FOREIGN_MONTHS or bare in _SHORT_DAY_WORDS
    return (
        month
        or bare in FOREIGN_WEEKDAYS
        or bare in _NOW_WORDS
        or (short_month and (after[:1].isdigit() or before[:1].isdigit()))
        or _CLOCK_WORD.fullmatch(bare) is not None
        or (bare.isdigit() and len(bare) <= 2 and after in _MONTH_WORDS)  # "12 April"
        or _NUMERIC_DAY.fullmatch(bare) is not None  # "19.01.2027", Hebrew's "ב-19.01.2027"
        # "ngày 19/01", "am 19.01.": a day and month in figures after a day's lead word
        or (before in _DAY_LEADS and re.fullmatch(r"\d{1,2}[./]\d{1,2}\.?", bare) is not None)
    )


# a day in figures, a script's one- or two-letter preposition joined before it by a hyphen
_NUMERIC_DAY = re.compile(
    r"[^\W\d_]{1,2}-\d{1,2}(?:[./-]\d{1,2}){0,2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}"
)


def without_when(text: str) -> str:
    """A name or a role read from running text without the day or time said after it, in
    any shape and the languages invites are written in: "Marrowbone Robotics for Thursday,
    February 25" -> "Marrowbone Robotics", "Brindle & Oak Partners on 12 April",
    "Greyloch Analytics this Thursday at 2pm", "Tecnico di laboratorio martedì 9 marzo" ->
    "Tecnico di laboratorio". The first word always stays; the lower-case words that led
    to the day ("for", "on", "this", "am") go with it."""
    spans = list(re.finditer(r"\S+", text))
    words = [m.group(0) for m in spans]
    cut = next((i for i in range(1, len(words)) if _starts_a_day(words, i)), None)
    if cut is None:
        return text
    while cut > 1 and words[cut - 1].strip(",").lower() in _DAY_LEADS:
        cut -= 1
    return text[: spans[cut - 1].end()].rstrip(" ,;:–—-")


def _plausible_company(text: str) -> bool:
    if not text or len(text) > 60 or not re.search(r"[^\W\d_]", text):
        return False
    if re.match(r"^\d{1,2}(?::\d{2})?\s*(?:am|pm)?\b", text, re.I):
        return False
    if "@" in text or "://" in text:
        return False
    return not re.search(
        r"(?i)\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b.*\d|\b\d{4}-\d{2}-\d{2}\b", text
    )


def extends(longer: str | None, shorter: str | None) -> bool:
    """`longer` says `shorter` and more after it: "Clinical Nurse – Mental Health (Level 2)"
    extends "Clinical Nurse"; "Designer (Contract)" extends "designer"."""
    if not longer or not shorter:
        return False
    long_words, short_words = fold_words(longer), fold_words(shorter)
    size = len(short_words)
    if not (len(long_words) > size >= 1 and long_words[:size] == short_words):
        return False
    # what follows the shorter one's words is a bracket, a dash, a slash or a comma's clause
    last = re.escape(shorter.split()[-1])
    tail = re.search(rf"(?i){last}(?P<rest>.*)$", longer)
    return bool(tail and re.match(r"\s*[(（–—/,-]", tail.group("rest")))


def spells_out(longer: str | None, shorter: str | None) -> bool:
    """`longer` is the role `shorter` names in full: the same last words with capitalised ones
    before them ("Solar Installation Crew Lead" for "Crew Lead"), or the words a capitals'
    abbreviation stands for ("Site Reliability Engineer II" for "SRE II")."""
    if not longer or not shorter:
        return False
    long_words, short_words = longer.split(), shorter.split()
    if not 1 <= len(short_words) < len(long_words) <= 6:
        return False
    folded_long, folded_short = fold_words(longer), fold_words(shorter)
    extra = long_words[: len(long_words) - len(short_words)]
    if folded_long[-len(folded_short) :] == folded_short and len(folded_long) == len(long_words):
        return all(w[:1].isupper() for w in extra)
    first = short_words[0]
    if not (2 <= len(first) <= 5 and first.isupper() and first.isalpha()):
        return False
    spelt, rest = long_words[: len(first)], long_words[len(first) :]
    return (
        len(long_words) == len(first) + len(short_words) - 1
        and "".join(w[:1] for w in spelt) == first
        and [w.casefold() for w in rest] == [w.casefold() for w in short_words[1:]]
    )


def _same_name(one: str, other: str) -> bool:
    """The same name, legal forms aside, in letters that fold to Latin ones."""
    words = fold_words(without_legal_form(one))
    return bool(words) and words == fold_words(without_legal_form(other))
