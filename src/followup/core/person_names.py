"""How a typed person's name splits into title, given and family names ('Dr. Karen Holt,
DNP' -> Dr / Karen / Holt; 'Tan Wei Ling' -> Wei Ling / Tan), and how a name typed all in one
case is written ('anna van der berg' -> 'Anna van der Berg').

Pure. Drafting (core.phrasing, which re-exports these names) greets and names people with
it; the checker (core.check.names) reads a recorded name's family name with it. A module of
its own, so that a check never loads the drafting module (a tenth of a second) to read a
name. The word lists are data/person_words.txt (core.name_lists).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from followup.core.name_lists import family_first_surnames, person_words, post_nominals


def _surname_leads() -> frozenset[str]:
    """The particles that may open a surname ('van', 'de', 'dela'; data/person_words.txt
    particles and family_particles)."""
    words = person_words()
    return words["particles"] | words["family_particles"]


def _particles() -> frozenset[str]:
    """The particles inside a family name ("van", "de", "bin"): data/person_words.txt
    particles (core.name_lists, shared with the checker)."""
    return person_words()["particles"]


TITLES = {
    "dr": "Dr", "prof": "Prof", "professor": "Professor", "mr": "Mr", "mrs": "Mrs",
    "ms": "Ms", "mx": "Mx", "rev": "Rev", "sir": "Sir", "dame": "Dame", "judge": "Judge",
    "captain": "Captain", "capt": "Capt", "chef": "Chef", "coach": "Coach",
    "frau": "Ms", "herr": "Mr", "madame": "Ms", "mme": "Ms", "monsieur": "Mr", "sr": "Mr",
    "sra": "Ms", "srta": "Ms", "dott": "Dr", "dra": "Dr", "doctor": "Dr",
    "cllr": "Cllr", "councillor": "Councillor", "councilor": "Councilor", "cr": "Cr",
    "lt": "Lt", "lieut": "Lt", "cmdr": "Cmdr", "cdr": "Cdr", "sgt": "Sgt", "cpl": "Cpl",
    "maj": "Maj", "col": "Col", "gen": "Gen", "adm": "Adm", "insp": "Insp", "supt": "Supt",
    "engr": "Engr", "atty": "Atty", "arch": "Arch", "revd": "Revd", "reverend": "Rev",
    "cmte": "Cmte", "cmdt": "Cmdt",  # 'Comandante', as Brazil writes a captain's title
    "dña": "Ms", "doña": "Ms", "smt": "Ms",
    # Tamil: Thiru (Mr, a title only with its stop: 'Thiru' is a given name too), Thirumathi
    "thiru": "Mr", "tmt": "Ms",
    # Nigeria's traditional title ('Chief Emeka Ukwuoma'): never a given name; Italy's
    # Cavaliere ('Cav. Ettore Bianchi', 'Cav. Lav.')
    "chief": "Chief", "cav": "Cav",
    "lieutenant": "Lieutenant", "commander": "Commander", "sergeant": "Sergeant",
    "corporal": "Corporal", "colonel": "Colonel", "admiral": "Admiral",
    "inspector": "Inspector", "superintendent": "Superintendent",
    "principal": "Principal", "matron": "Matron", "sister": "Sister", "dean": "Dean",
    "pastor": "Pastor", "rabbi": "Rabbi", "imam": "Imam", "shri": "Mr", "sri": "Mr",
}  # fmt: skip
# The styles before a form of address: a title of the church after one is what the person is
# called ('Rev. Fr. Okonjo' is 'Fr Okonjo', 'Rev. Canon Pryde' is 'Canon Pryde').
_STYLES = frozenset(["Rev", "Revd"])


def _religious() -> dict[str, str]:
    """The titles of a church or an order (data/person_words.txt religious_titles), by the
    key a typed word is read with, as a greeting writes them ('msgr' -> 'Msgr')."""
    return {w: w.capitalize() for w in person_words()["religious_titles"]}


# religious titles are titles everywhere but 'fr', which alone may be the German 'Frau'
TITLES.update({k: v for k, v in _religious().items() if k not in person_words()["honour_family"]})
# Short titles that are also first names or words ('Col Brady' may be Colin): a title only
# when written with a stop ('Col. Brady').
_TITLES_WITH_STOP = frozenset(["col", "gen", "maj", "adm", "arch", "thiru", "cav"])
# A rank written before another ('Lt. Cmdr.', 'Lt. Col.', 'Maj. Gen.'): the later one is
# what the person is called ('Cmdr. Ruiz'); ranks keep the short form the record uses.
# Said before a name but never in a greeting: an honorific or a professional prefix
# ('Hon. Paul Hartley', 'CA Neha Kulkarni', 'Er. Ravi', 'Adv. Mehta', 'Ing. Rossi').
PREFIXES = frozenset(
    ["hon", "honourable", "honorable", "ca", "cs", "cma", "er", "adv", "ing", "eng", "ir",
     "ar", "cpa", "ret", "rt", "the", "ma'am", "maam", "ma’am", "purser", "f/o", "fo",
     "lic", "licda", "arq", "mtro", "mtra", "ab", "esq", "adv", "encik", "puan",
     "cik", "tuan"]
)  # fmt: skip
# A professional prefix written like initials ('C.P. Mónica Villarreal', Contador Público):
# a prefix only before a given name and a surname ('C.P. Snow' is a person's initials).
_INITIALS_PREFIXES = frozenset(["c.p"])
# German and Austrian academic degrees and the parts of a doctor's title, written with a stop
# ('Dipl.-Ing. Uwe Kessler', 'Mag. Eva Leitner', 'Dr. med. Stefan Vogt', 'Dr. rer. nat.').
_DOTTED_PREFIXES = frozenset(
    ["dipl", "mag", "med", "rer", "nat", "phil", "jur", "oec", "habil", "h.c", "mult", "dent",
     "vet", "techn", "ing", "hab", "farm", "hum", "tech", "biol", "chem", "ekon", "praw", "wet",
     # the Polish engineer's and master's degrees ('inż. Tomasz Wielgosz', 'mgr inż. …')
     "inż", "inz", "mgr"]
)  # fmt: skip
# the Polish 'n.' (nauk, 'of the sciences') inside a doctor's title ('dr n. med.', 'dr hab.
# n. farm.'): part of the title, never an initial
_POLISH_SCIENCES = re.compile(
    r"(?i)(?<=\s)n\.\s+(?=(?:med|hum|farm|tech|biol|chem|ekon|praw|wet|społ)\.)"
)
_COMPOUND_TITLE = re.compile(r"^([a-z]+)\.?[-.](?:[a-z]+\.?[-.]?)+$")  # 'dr.-ing.', 'dipl.-kfm.'


def _title_key(word: str) -> str:
    """A title word as TITLES and PREFIXES know it: 'Dr.-Ing.' -> 'dr', 'Dipl.-Ing.' -> 'dipl',
    'Dr.rer.nat.' -> 'dr' (never a hyphenated name: 'Jan-Hendrik' stays whole)."""
    low = word.lower().rstrip(".,")
    if word == "DI":
        return "ing"  # the Austrian Diplom-Ingenieur typed in capitals ('DI Stefan Huber')
    m = _COMPOUND_TITLE.match(low)
    if m and (m.group(1) in TITLES or m.group(1) in PREFIXES or m.group(1) in _DOTTED_PREFIXES):
        return "ing" if m.group(1) in _DOTTED_PREFIXES else m.group(1)
    if low in _DOTTED_PREFIXES and word.rstrip(",").endswith("."):
        return "ing"  # 'Mag.', 'med.': a prefix (PREFIXES holds 'ing')
    return low


_TITLE_RANK = {"Prof": 3, "Professor": 3, "Dr": 2, "Judge": 2, "Cmdr": 1, "Cdr": 1, "Col": 1,
               "Gen": 1, "Adm": 1, "Maj": 1, "Commander": 1, "Colonel": 1, "General": 1,
               "Admiral": 1, "Major": 1}  # fmt: skip
# The Spanish 'Don' and 'Doña' written short before a first name and a surname ('D. Julián
# Blanco', 'Dª Carmen Ruiz'): an honorific, never an initial.
_DON = {"d.": "Mr", "dª": "Ms", "d.ª": "Ms", "dña.": "Ms", "dña": "Ms"}


def _initials(low: str) -> bool:
    """Whether a word typed in lower case is initials ('kc', 'jt'): two or three letters with
    no vowel that are no name (data/person_words.txt vowelless_names: 'ng', 'st')."""
    return (
        2 <= len(low) <= 3
        and low.isalpha()
        and not any(c in "aeiouy" for c in low)
        and low not in person_words()["vowelless_names"]
    )


def _cap_part(part: str) -> str:
    if not part:
        return part
    low = part.lower()
    if "-" in part:
        head, _, tail = part.rpartition("-")
        if head and _kept_honorific(part) == tail.lower():
            return f"{_cap_part(head)}-{tail.lower()}"  # 'Yoshida-san', never 'Yoshida-San'
        return "-".join(_cap_part(p) for p in part.split("-"))
    if low in ("ma'am", "ma’am"):
        return "Ma" + low[2:]  # a form of address, never 'Ma'Am'
    for apos in ("'", "’"):
        if apos in low[1:3]:  # O'Brien, D'Angelo
            head, _, tail = part.partition(apos)
            return head[:1].upper() + head[1:].lower() + apos + _cap_part(tail)
    if _initials(low):
        return low.upper()  # 'kc obi': initials a person goes by, 'KC'
    if low.startswith("mc") and len(low) > 2:
        return "Mc" + low[2:3].upper() + low[3:]
    if low.startswith("mac") and len(low) > 5 and low[3] not in "aeiouhky":
        return "Mac" + low[3:4].upper() + low[4:]
    return low[:1].upper() + low[1:]


def person_name(name: str) -> str:
    """A person's name as it is written: one typed all in lower (or upper) case is capitalised
    with care ('bob' -> 'Bob', 'anna van der berg' -> 'Anna van der Berg', "sean o'brien" ->
    "Sean O'Brien", 'mary mcdonald' -> 'Mary McDonald'); a name typed with capitals is kept."""
    text = " ".join(name.split())
    named = " ".join(
        w for w in text.split() if _title_key(w) not in PREFIXES and _title_key(w) not in TITLES
    )  # 'Dr.-Ing. jan-hendrik vogel': the name is typed in lower case, the title is not
    letters = [c for c in named if c.isalpha()]
    if not letters:
        return text
    if not (named == named.lower() or (named == named.upper() and len(letters) > 3)):
        return _lower_words_capitalised(text)
    out = []
    parts = text.split(" ")
    for i, part in enumerate(parts):
        low = part.lower().rstrip(".")
        if _title_key(part) in PREFIXES and text != text.lower():
            out.append(part)  # 'Dipl.-Ing.' as typed
        elif i == 0 and low in TITLES and TITLES[low].lower() == low:
            out.append(TITLES[low] + ("." if part.endswith(".") else ""))
        elif 0 < i < len(parts) - 1 and low in _particles():
            out.append(low)
        else:
            out.append(_cap_part(part))
    return " ".join(out)


# little words no name holds, besides those of person_words not_in_names
_LITTLE = frozenset(["for", "of", "and", "in", "on", "at", "to", "from", "with", "by", "or"])
# a nickname's quotes round a word of a name ("'bex'", '"hattie"')
_QUOTES = "'‘’\"“”"


def _lower_words_capitalised(text: str) -> str:
    """A name typed with capitals whose other words are typed in lower case, each of those
    capitalised with care ('Prof. Callum mcandrew' -> 'Prof. Callum McAndrew', 'dr Hollis
    Brandvold' -> 'Dr Hollis Brandvold', "Rebecca 'bex' van Leeuwen" -> "Rebecca 'Bex' van
    Leeuwen"); a particle or a patronym inside the name ('van', 'de la', 'binti'), an
    honorific after it ('ji', 'sir') and a professional prefix ('hon', 'er') stay as typed."""
    words = person_words()
    keep = words["particles"] | words["family_particles"] | words["patronyms"]
    keep = keep | words["after_kept"] | words["after_mr"] | words["after_ms"]
    parts = text.split(" ")
    lower = {p.strip(_QUOTES + ".,") for p in parts if p == p.lower()} - keep
    named = [p for p in parts if p.lower() not in keep and _title_key(p) not in TITLES]
    if len(named) > 4 or lower & (words["not_in_names"] | _LITTLE):
        return text  # 'Katrin Voss for the contract part': a remark typed with the name
    out = []
    for i, part in enumerate(parts):
        core = part.strip(_QUOTES + ".,")
        low = core.lower()
        if i > 0 and part in keep:
            out.append(part)  # "van 't Hek": a particle with its apostrophe, as typed
        elif not core or core != low or not any(c.isalpha() for c in core):
            out.append(part)  # typed with a capital (or no letters): as typed
        elif i == 0 and low in TITLES and TITLES[low].lower() == low:
            out.append(part.replace(core, TITLES[low], 1))  # 'dr', 'engr.': the title
        elif (i > 0 and low in keep) or _title_key(part) in PREFIXES:
            out.append(part)
        else:
            out.append(part.replace(core, _cap_part(core), 1))
    return " ".join(out)


# what a jot leaves at the edges of a name said in a note: quotes, brackets, a comma or a mark
_STRAY_EDGES = "'‘’\"“”()[]{}<>,;:!?"
_INITIALS_WORD = re.compile(r"(?:[^\W\d_]\.)+")


def without_strays(said: str) -> str:
    """A name as a note says it, without the quotes, brackets, commas or full stop a jot left
    at its edges ("'Oluchi" -> 'Oluchi', "Stav'." -> 'Stav', '(Oluchi' -> 'Oluchi'); the stop
    of initials ('J.R.') or of a title said alone with a name ('Dr.') stays, and so does an
    apostrophe inside a name ("O'Hare")."""
    text = " ".join(said.split())
    before = None
    while text != before:
        before = text
        text = text.strip(_STRAY_EDGES).strip()
        words = text.split()
        last = words[-1] if words else ""
        if (
            last.endswith(".")
            and not _INITIALS_WORD.fullmatch(last)
            and _title_key(last) not in TITLES
            and _title_key(last) not in PREFIXES
        ):
            text = text[:-1]
    return text or " ".join(said.split())


@dataclass(frozen=True)
class NameParts:
    """A person's name in parts: title (no stop), first name, last name with its particles."""

    title: str | None  # "Dr", "Prof" (without a stop)
    first: str  # the given name(s) a person is greeted by: "Karen", "Wei Ling", "Kristine Joy"
    last: str  # with its particles: "van der Berg", "Ní Bhriain", "binte Rahman"
    by_given: bool = False  # no surname ('Nurul Aisyah binte Rahman'): a title goes before
    # the given names ('Ms Nurul Aisyah')


def bare_name(name: str) -> str:
    """A typed name without what is not part of it: '(Medical Director)', ', RN', an email,
    a nickname typed in quotes inside it ("Marguerite 'Daisy' Fenwick" -> 'Marguerite
    Fenwick'; the quotes of a name quoted whole are dropped: "'Skipper Dunne'" -> 'Skipper
    Dunne')."""
    text = _unquoted_name(_ASIDE.sub(" ", name))
    text = _POLISH_SCIENCES.sub("", text.split(",")[0])
    words = without_post_nominals(text.split())  # 'Priya Nair MBA', 'J. Okafor P.Eng.'
    latin = [w for w in words if not _NATIVE_SCRIPT.fullmatch(w)]
    if latin:  # 'Okada Mai 岡田': the name in its own script beside it is not said
        words = latin
    return " ".join(words) or " ".join(name.split())


# a nickname typed in quotes ("'Daisy'", '"Ma'am Lou"'): an apostrophe inside a word stays
_NICKNAME = re.compile(r"(?<![\w'’])['‘\"“]([^\W\d_](?:[\w .-]|['’](?=\w))*?)['’\"”](?!\w)")


def nicknames(name: str) -> list[str]:
    """The names a person goes by, typed in quotes in their name: "Patricia 'Trish'
    O'Connell" -> ['Trish'], "'Skipper Dunne'" -> ['Skipper Dunne']."""
    return [m.group(1).strip() for m in _NICKNAME.finditer(name)]


def _unquoted_name(text: str) -> str:
    """A name without a nickname typed in quotes inside it, or without the quotes of a name
    (or a nickname) typed in quotes whole; a nickname whose removal would leave one word
    ("'Coach Ben' Whitlock") is kept, without its quotes."""
    found = _NICKNAME.search(text)
    if found is None:
        return text
    without = " ".join(_NICKNAME.sub(" ", text, count=1).split())
    if len(without.split()) >= 2:
        return without
    return " ".join(_NICKNAME.sub(lambda m: m.group(1), text).split())


# what a typed name holds that is not part of it: '(Medical Director)', '<a@b.com>', an email
_ASIDE = re.compile(r"\([^)]*\)|<[^>]*>|\S+@\S+")
# A word written in Chinese, Japanese or Korean script.
_NATIVE_SCRIPT = re.compile(
    r"[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]+"
)


def untitled_name(name: str) -> str:
    """A typed name whole, without the titles and prefixes before it: 'Mr. S. K. Joshi (Plant
    Head)' -> 'S. K. Joshi'; 'Dr. Karen Holt, DNP' -> 'Karen Holt'."""
    parts = person_name(bare_name(name)).split()
    while len(parts) > 1 and (
        _title_key(parts[0]) in TITLES
        or _title_key(parts[0]) in PREFIXES
        or (_title_key(parts[0]) in _INITIALS_PREFIXES and len(parts) >= 3)
    ):
        parts = parts[1:]
    return " ".join(parts)


def name_parts(name: str) -> NameParts:
    """Title, first and last name of a typed name: 'Dr. Karen Holt, DNP' -> Dr / Karen / Holt;
    'Frau Dr. Anke Richter' -> Dr / Anke / Richter; 'Mr. Patel' -> Mr / '' / Patel; 'CA Neha
    Kulkarni' -> None / Neha / Kulkarni (a prefix or credential is never a name)."""
    parts = person_name(bare_name(name)).split()
    title = None
    parts = _without_kept_honorific(parts)
    honour = _honour(parts)
    if honour == "family":  # 'Me Claire Gagnon': Me / Claire / Gagnon ('Dear Me Gagnon,')
        if len(parts) == 2:
            return NameParts(parts[0], "", parts[1])  # 'Me Tremblay', like 'Mr. Patel'
        rest = name_parts(" ".join(parts[1:]))
        return NameParts(parts[0], rest.first, rest.last or rest.first, rest.by_given)
    if honour == "given":  # 'Seu Otávio', 'Mama Rehema Said': the name keeps its honorific
        rest = name_parts(" ".join(parts[1:]))
        return NameParts(None, f"{parts[0]} {rest.first or rest.last}", rest.last)
    if len(parts) >= 3 and parts[0].lower() in _DON and all(p[:1].isupper() for p in parts[1:]):
        title, parts = _DON[parts[0].lower()], parts[1:]
    while len(parts) > 1:
        low = _title_key(parts[0])
        if low in _TITLES_WITH_STOP and not parts[0].endswith("."):
            break
        if title in _STYLES and low in _religious():
            title = _religious()[low]  # 'Rev. Fr.', 'Rev Father', 'Rev. Canon'
        elif low in TITLES:
            found = TITLES[low]
            if title is None or _TITLE_RANK.get(found, 0) > _TITLE_RANK.get(title, 0):
                title = found
        elif (
            low in person_words()["title_styles"]
            and len(parts) > 2
            and _title_key(parts[1]) in TITLES
        ):
            pass  # 'Very Rev. Fr.': a style before a title
        elif low not in PREFIXES and not (low in _INITIALS_PREFIXES and len(parts) >= 3):
            break
        parts = parts[1:]
    if title and len(parts) == 1:  # 'Mr. Patel', 'Frau Schneider': the surname alone
        return NameParts(title, "", parts[0].rstrip(","))
    leads = _surname_leads()
    if (
        title
        and len(parts) >= 2
        and parts[0].lower() in leads
        # 'Ms. La Toya Reid': a capitalised particle before a given name is a given name
        and (parts[0].islower() or len(parts) == 2 or parts[1].lower() in leads)
    ):  # 'Dr. van der Kolk', 'Mrs. Dela Rosa', 'Dr. Van Dyke': a title, then the surname
        return NameParts(title, "", " ".join(p.rstrip(",") for p in parts))
    marked = _capitals_family([p.rstrip(",") for p in parts])
    if marked is not None:  # 'WANG Fang', 'Jean-Luc DUPONT': the family name in capitals
        return NameParts(title, " ".join(marked[0]), " ".join(marked[1]))
    # A trailing credential ("Karen Holt, RN" / "Karen Holt RN" / "Anele Dlamini Pr.Eng") is
    # not part of the name.
    while len(parts) > 1 and (
        (parts[-1].strip(",").isupper() and len(parts[-1].strip(",")) <= 4)
        or is_post_nominal(parts[-1])
    ):
        parts = parts[:-1]
    parts = [p.rstrip(",") for p in parts]
    if not parts:
        return NameParts(title, name.strip(), "")
    parts = _given_written_out(parts)
    ordered = _name_order(parts)
    if ordered is not None:
        given, family, by_given = ordered
        return NameParts(title, " ".join(given), " ".join(family), by_given)
    first = parts[0]
    last_start = len(parts) - 1
    while last_start > 1 and parts[last_start - 1].lower() in _particles():
        last_start -= 1
    if (
        title
        and last_start == len(parts) - 1
        and len(parts) >= 3
        and not any(len(p.rstrip(".")) <= 1 for p in parts)
    ):  # 'Ms. Ana Lucía Ferreira': the last word; a surname typed in capitals where one is
        capital = [p for p in parts if p.isupper() and len(p) > 2]
        if len(capital) == 1:
            at = parts.index(capital[0])
            named = " ".join(parts[:at]) if at else " ".join(parts[1:])
            return NameParts(title, named, capital[0].capitalize())
    compound = _compound_given(parts)
    if compound:  # 'Ana Lucía García López': Ana Lucía / García López
        given = [p.lower() if 0 < i < compound - 1 else p for i, p in enumerate(parts[:compound])]
        return NameParts(title, " ".join(given), " ".join(parts[compound:]))
    if _second_given(parts[:last_start]):
        first = " ".join(parts[:2])  # 'Rhea Mae Bautista' goes by 'Rhea Mae'
    last = " ".join(parts[last_start:]) if len(parts) > 1 else ""
    return NameParts(title, first, last)


def _capital_word(word: str) -> bool:
    """Whether a typed word is a family name written in capitals ('WANG', 'DUPONT', 'NG'):
    all capitals, with a vowel or a known family name of two letters, never post-nominal
    letters ('RN', 'MBA'), a job's letters ('CEO', data person_words heads), a generation
    ('III') or initials ('AJ', 'JRR')."""
    letters = "".join(c for c in word if c.isalpha())
    if not letters or word != word.upper() or is_post_nominal(word):
        return False
    low = letters.lower()
    words = person_words()
    if low in words["heads"] or _GENERATION.fullmatch(letters):
        return False
    if low in family_first_surnames() or low in words["vowelless_names"] - _NOT_NAMES:
        return True
    return len(letters) >= 3 and any(c in "aeiouy" for c in low) and not _initials(low)


# the vowelless words of person_words that are titles or suffixes, never a family name
_NOT_NAMES = frozenset(["mr", "ms", "dr", "jr", "sr"])
_GENERATION = re.compile(r"[IVX]+")
# the little words inside a compound given name ('María del Carmen', 'Maria do Carmo')
_GIVEN_JOINS = frozenset(["del", "de", "da", "do", "dos", "das", "la", "los", "las"])
# the given names that open the compound given names of Spanish and Portuguese
_COMPOUND_OPENERS = frozenset(
    ["maría", "maria", "josé", "jose", "juan", "ana", "joão", "joao", "luis", "luiz"]
)


def _capitals_family(parts: list[str]) -> tuple[list[str], list[str]] | None:
    """Given names and family name of a name whose family name is written in capitals, as
    Chinese, French and many business contexts write it ('WANG Fang' -> Fang / Wang, 'Jean-Luc
    DUPONT' -> Jean-Luc / Dupont, 'DE LA CRUZ Maria' -> Maria / de la Cruz): one run of
    capital words beside given names typed with a capital and the rest in lower case; None
    for any other name (one typed all in capitals is no such mark)."""
    leads = _surname_leads()
    marks = [_capital_word(p) or (p.isupper() and p.lower() in leads) for p in parts]
    if not any(_capital_word(p) for p in parts) or all(marks):
        return None
    start = marks.index(True)
    end = start
    while end < len(parts) and marks[end]:
        end += 1
    given = parts[:start] + parts[end:]
    if any(marks[end:]) or (start and end < len(parts)):
        return None  # capitals in two places, or given names on both sides
    if not all(
        p[:1].isupper() and p[1:] != p[1:].upper()
        for p in given
        if len(p) > 1 and not re.fullmatch(r"[A-Z]\.", p)  # a middle initial ('R.')
    ):
        return None  # 'JR Smith', 'Ana FERREIRA RN': not a name in this shape
    short = len("".join(c for c in parts[start] if c.isalpha())) <= 4
    if (
        start >= 2
        and short
        and end - start == 1
        and parts[start].lower() not in family_first_surnames()
    ):
        return None  # 'Karen Holt ACLS': letters after a name, as name_parts reads them
    family = [
        p.lower()
        if 0 < i < end - start - 1 or (i == 0 and end - start > 1 and p.lower() in _particles())
        else _cap_part(p.lower())
        for i, p in enumerate(parts[start:end])
    ]
    # a given name written short before another ('Ma. Teresa R. DELA CRUZ'): the next; a
    # middle initial is no given name a note says
    given = [g for g in _given_written_out(given) if not re.fullmatch(r"[A-Z]\.", g)] or given
    if start and len(given) >= 2 and not all(_syllables(p) for p in given):
        # 'Ana Silva ROCHA', 'Jean Marc DUPONT': the given names a person goes by, as in
        # a name typed in any other case ('Ana', but 'Juan Pablo', 'Rhea Mae')
        keep = _compound_given([*given, *family]) or (2 if _second_given(given[:2]) else 1)
        given = given[:keep]
    return given, family


def _compound_given(parts: list[str]) -> int:
    """How many words open a name as one compound given name of Spanish, Portuguese or Italian
    use (data/person_words.txt compound_given, marian_given): 2 for 'Ana Lucía García López',
    'Juan Pablo Ortiz'; 3 or 4 for 'María del Carmen Ruiz', 'María de los Ángeles Paz'; 0 for
    any other name. Two names of the list make one only in a name of four words or more
    (two given names and two surnames), or when one of them is written with an accent or
    opens the compounds of those languages ('María', 'José', 'Juan', 'Ana')."""
    words = person_words()
    low = [p.lower() for p in parts]
    if len(parts) < 3 or low[0] not in words["compound_given"]:
        return 0
    at = 1
    while at < len(parts) - 1 and low[at] in _GIVEN_JOINS:
        at += 1
    if at > 1:
        return at + 1 if at < len(parts) - 1 and low[at] in words["marian_given"] else 0
    if low[1] not in words["compound_given"] or not parts[1][:1].isupper():
        return 0
    opens = low[0] in _COMPOUND_OPENERS
    accented = any(not c.isascii() for c in low[0] + low[1])
    return 2 if len(parts) >= 4 or opens or accented else 0


# One syllable of a romanised Chinese, Korean or Vietnamese given name ('wei', 'ling',
# 'seong', 'xiang'); a hyphenated given name is read part by part ('Ji-woo').
_SYLLABLE = re.compile(
    r"(?:[bcdfghjklmnpqrstvwxz]{1,2})?[aeiouy]{1,3}(?:ng|nh|ch|ck|n|m|r|k|p|t|h|c|w)?"
)  # ('siew', 'chew', 'hock' of Singapore and Malaysia romanisations)


def _syllables(word: str) -> bool:
    return all(_SYLLABLE.fullmatch(p) for p in word.lower().split("-"))


def _second_given(given: list[str]) -> bool:
    """Two given names a person goes by together ('Kristine Joy', 'Rhea Mae'): data
    person_words second_given, in a name that has a surname after them."""
    return len(given) == 2 and given[1].lower() in person_words()["second_given"]


def is_post_nominal(word: str, after_comma: bool = False) -> bool:
    """Whether a word typed after a name is post-nominal letters, never the name: a degree, a
    licence, a certification or an honour of data/post_nominals.txt ('PharmD', 'P.Eng.',
    'Esq.', 'bcps'; 'MA' and 'DO' only so typed, since 'Jack Ma' and 'Linh Do' are names), an
    all-capitals word with a hyphen of such letters ('APRN-BC', 'FNP-C', 'SHRM-SCP'; never
    'SMITH-JONES'), the letters with a level ('CCNA2', never 'KS3'), or, `after_comma`, any
    all-capitals word ('Sven Lund, CPHQ')."""
    core = _LAST_BRACKETS.sub("", word.strip(",;:")).rstrip(".")  # 'CA(SA)'
    key = core.replace(".", "").lower()
    if not key or not any(c.isalpha() for c in key):
        return False
    known, capitals = post_nominals()
    if key in known:
        return key not in capitals or after_comma or any(c.isupper() for c in core[1:])
    plain = core.replace(".", "")
    if _JOINED_LETTERS.fullmatch(plain):
        pieces = _LETTERS_JOINER.split(plain)
        # 'APRN-BC', 'RN-BC'; never a family name with a particle ('EL-NAGA', 'AL-SAYED')
        return any(p.lower() in known for p in pieces) or all(
            len(p) <= 2 and p.isalpha() for p in pieces
        )
    if _LETTERS_LEVEL.fullmatch(plain) and plain[:-1].lower() in known:
        return True  # 'CCNA2' (never 'KS3', a school's key stage)
    return after_comma and _CAPITALS.fullmatch(plain) is not None


# is_post_nominal's shapes, compiled once: brackets ending a word ('CA(SA)'), capitals joined
# by hyphens or slashes ('APRN-BC') and what joins them, letters with a level ('CCNA2'), a
# word of two to eight capitals, and the same with a stop or a comma after it
_LAST_BRACKETS = re.compile(r"\([^()]*\)$")
_JOINED_LETTERS = re.compile(r"[A-Z][A-Z0-9]*(?:[-/][A-Z0-9]+)+")
_LETTERS_JOINER = re.compile(r"[-/]")
_LETTERS_LEVEL = re.compile(r"[A-Z]{2,}[0-9]")
_CAPITALS = re.compile(r"[A-Z]{2,8}")
_CAPITALS_STOPPED = re.compile(r"[A-Z]{2,8}[.,]?")


def without_post_nominals(words: list[str]) -> list[str]:
    """A name's words without the post-nominal letters typed after it ('Amara Osei PharmD
    BCPS' -> 'Amara Osei'): the known letters at its end, and from the first known one on any
    all-capitals letters after it too ('Amir Haddad PharmD BCSCP', where no list holds every
    board's certificate; never a surname in capitals before them, 'Amir HADDAD PharmD'); one
    word at least stays."""
    for at in range(1, len(words)):
        if is_post_nominal(words[at]) and all(
            is_post_nominal(w) or _CAPITALS_STOPPED.fullmatch(w) for w in words[at + 1 :]
        ):
            return words[:at]
    return words


def _name_order(parts: list[str]) -> tuple[list[str], list[str], bool] | None:
    """Given names, family name and whether a title goes before the given names, for names
    whose surname is not simply the last word (data/person_words.txt): 'Nurul Aisyah binte
    Rahman' (a patronym: no surname), 'Fionnuala Ní Bhriain' and 'Kristine Joy Dela Cruz' (a
    capitalised family particle), 'Tan Wei Ling' (the family name first), 'Mei Ling Wong'
    (two given syllables); None for any other name."""
    words = person_words()
    low = [p.lower() for p in parts]
    at = next((i for i in range(1, len(parts)) if low[i] in words["patronyms"]), None)
    if at is not None:
        return parts[:at], parts[at:], True
    at = next((i for i in range(1, len(parts) - 1) if low[i] in words["family_particles"]), None)
    if at is not None:
        given = parts[:at]
        return (given[:2] if _second_given(given) else given[:1]), parts[at:], False
    if (
        len(parts) in (2, 3)
        and low[0] in words["hungarian_surnames"]
        and low[-1] not in words["hungarian_surnames"]
        and all(p[:1].isupper() for p in parts)
    ):
        return parts[1:], parts[:1], False  # 'Nagy Péter': Mr Nagy, greeted 'Péter'
    japanese = words["japanese_surnames"]
    if len(parts) == 2 and low[0] in japanese and low[1] not in japanese:
        return parts[1:], parts[:1], False  # 'Yamashita Ryo': Mr Yamashita, greeted 'Ryo'
    surnames = _family_first(words)
    if (
        len(parts) >= 2
        and low[0] in surnames
        and low[-1] not in surnames
        and all(_syllables(p) for p in parts[1:])
        and (len(parts) >= 3 or "-" in parts[1])
    ):  # 'Tan Wei Ling', 'Park Ji-woo'; 'Nguyen Thi Lan' is greeted 'Lan' ('Ms Lan')
        if low[0] in words["vietnamese_surnames"] and len(parts) >= 3:
            return parts[-1:], parts[:1], True
        return parts[1:], parts[:1], False
    if len(parts) == 3 and low[2] in surnames and all(_syllables(p) for p in parts[:2]):
        return parts[:2], parts[2:], False  # 'Mei Ling Wong'
    return None


def _family_first(words: dict[str, frozenset[str]]) -> frozenset[str]:
    """The East Asian family names that are no given syllable (data/person_words.txt), made
    once per set of lists (`person_words` is read once)."""
    found = _FAMILY_FIRST.get(id(words))
    if found is None or found[0] is not words:
        found = _FAMILY_FIRST[id(words)] = (
            words,
            words["east_asian_surnames"] - words["given_syllables"],
        )
    return found[1]


_FAMILY_FIRST: dict[int, tuple[dict[str, frozenset[str]], frozenset[str]]] = {}
# a given name written short with a stop ('Ma.', 'Md.', 'Wm.')
_SHORT_GIVEN = re.compile(r"[A-Za-z]{2,5}\.")


_STOPPED_TITLES = frozenset({"Dr", "Prof", "Rev", "Capt", "Mr", "Mrs", "Ms", "Mx", "Engr", "Lt",
                             "Atty", "Arch", "Fr", "Msgr", "Cmte", "Cmdt", "Cav",
                             "Cmdr", "Cdr", "Sgt", "Cpl", "Maj", "Col", "Gen", "Adm", "Insp",
                             "Supt"})  # fmt: skip


def _kept_honorific(word: str) -> str | None:
    """'ji' of 'Agarwal ji', 'san' of 'Tanaka-san' (data/person_words.txt after_kept)."""
    kept = person_words()["after_kept"]
    low = word.lower().strip(".,")
    if low in kept:
        return low
    head, dash, tail = low.rpartition("-")
    return tail if dash and head and tail in kept else None


def _honour(parts: list[str]) -> str | None:
    """'family' or 'given' when a name starts with a form of address of another language
    that is never a name (data/person_words.txt honour_family: 'Me', 'Fr.'; honour_given:
    'Seu', 'Dona', 'Mama'), kept in a greeting with the family or the given name; None else.
    The word counts only before a name typed with a capital ('Dona Lúcia', never a name
    alone or 'Ana Dona')."""
    if len(parts) < 2 or not parts[0][:1].isupper() or not parts[1][:1].isupper():
        return None
    key = parts[0].lower().rstrip(".")
    words = person_words()
    if key in words["honour_family"]:
        return "family"
    return "given" if key in words["honour_given"] else None


def _rank_after(word: str) -> str | None:
    """The family name of a name typed with a Japanese rank after it ('Sato-buchō' ->
    'Sato'; data/person_words.txt ranks_after); None for any other word."""
    head, dash, tail = word.rpartition("-")
    return head if dash and head and tail.lower() in person_words()["ranks_after"] else None


def _without_kept_honorific(parts: list[str]) -> list[str]:
    """A name's words without an honorific after it ('Agarwal ji' -> ['Agarwal'],
    'Tanaka-san' -> ['Tanaka'])."""
    if parts and _rank_after(parts[-1]):
        return [*parts[:-1], _rank_after(parts[-1]) or ""]  # 'Sato-buchō' -> 'Sato'
    if not parts or _kept_honorific(parts[-1]) is None:
        return parts
    if "-" in parts[-1] and parts[-1].lower().rpartition("-")[2] == _kept_honorific(parts[-1]):
        return [*parts[:-1], parts[-1].rpartition("-")[0]]
    return parts[:-1] if len(parts) > 1 else parts


def without_honorific_after(name: str) -> str:
    """A typed name without the honorific or the Japanese rank written after it, in any of the
    ways it is written ('Rajesh Sharma-ji' -> 'Rajesh Sharma', 'Meena Iyer ji' -> 'Meena
    Iyer', 'Tanaka-san' -> 'Tanaka'; data/person_words.txt after_kept and ranks_after); a name
    without one is returned as it is."""
    parts = name.split()
    kept = _without_kept_honorific(parts)
    return " ".join(kept) if kept != parts and all(kept) else name


def _given_written_out(parts: list[str]) -> list[str]:
    """A name's words with a given name written short ('Ma.', 'Md.', 'Wm.') left out before
    another given name ('Ma. Cristina Dela Peña' -> 'Cristina Dela Peña'), or written out
    (data/person_words.txt given_short: 'Wm. Okafor' -> 'William Okafor'). An initial ('J.')
    is no abbreviation of this kind and stays."""
    short = parts[0]
    if len(parts) < 2 or not _SHORT_GIVEN.fullmatch(short):
        return parts
    if len(parts) >= 3 and parts[1][:1].isupper() and not parts[1].endswith("."):
        return parts[1:]
    known = dict(w.split("=", 1) for w in person_words().get("given_short", ()) if "=" in w)
    long = known.get(short.lower())
    return [long.capitalize(), *parts[1:]] if long else parts
