"""Names in a note against the record: people, company and role (SPEC §5 `name_mismatch`)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from functools import cache
from typing import TypeVar

from followup.core.check.document import Document, Span, normalised
from followup.core.check.lazyre import OTHER_CASE_CHARACTERS, Pattern, compile_pattern, lazy, made
from followup.core.check.matching import finditer, starts_of
from followup.core.check.results import Facts
from followup.core.check.rules import CheckRules
from followup.core.check.words import everyday, lowercase
from followup.core.legal_forms import LegalForms, legal_forms, without_legal_form
from followup.core.legal_forms import letters as form_letters

# a capital and the small letters after it, in any Latin script ('Björn', 'Łukasz', 'Inês')
_UPPER = "[A-ZÀ-ÖØ-ÞĀ-Ž]"
_LOWER = r"[^\W\d_A-Z]"
CAP_WORD = lazy(r"(?<![\w'-])[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:'s)?(?![\w-])")
# A capitalised word in any script's letters ('Jean-François', 'Siobhán'): a person named in
# the body counts as a specific (specific_from_facts).
NAME_WORD = lazy(r"(?<![\w'-])[A-ZÀ-ÖØ-Þ][^\W\d_A-Z]+(?:-[A-ZÀ-ÖØ-Þ][^\W\d_A-Z]+)?(?:'s)?(?![\w-])")
_TOKEN = lazy(r"[^\W_]+(?:['-][^\W_]+)*")
_NOT_ALNUM = lazy(r"[^a-z0-9]")
_GREETING_CUT = lazy(r"[,:;!]")
_GREETING_NAME = lazy(rf"(?<![\w'-]){_UPPER}[\w'-]*")
_titled_cache: dict[frozenset[str], Pattern] = {}
# a family name's lower-case particles, of any language, before its capital ("Mr. ole Sankale",
# "Dr. van der Berg"): short words that are no English grammar (one joined to the name, as in
# "Mrs. al-Amin" and "Ms. d'Souza", is part of the name)
_PARTICLES = (
    r"(?:(?!(?:and|or|nor|the|to|of|for|at|in|on|with|from|a|an|is|was|as|by|but|so|if|my"
    r"|his|her|our|your|their|who|we|you|he|she|they|it|me|us)\b)[a-z]{1,5}[ \t]+){0,3}"
)


def _titled(titles: frozenset[str]) -> Pattern:
    """A title of `titles` ("Dr", "Mr.", "Captain") and the capitalised name after it; not
    an acronym in capitals ("MS Dynamics", "DR site")."""
    found = _titled_cache.get(titles)
    if found is None:
        # the longest first; in a fixed order (a set's order changes from run to run), so that
        # the same titles make the same pattern, found among the saved programs
        ordered = sorted(titles, key=lambda t: (-len(t), t))
        words = "|".join(re.escape(t) for t in ordered)
        found = _titled_cache[titles] = made(
            rf"(?=[A-Z])(?![A-Z]{{2}})(?<![\w-])(?P<title>(?i:{words}))(?P<dot>\.)?[ \t]+"
            rf"{_PARTICLES}"
            rf"(?P<name>(?:[a-z]{{1,3}}['’-])?{_UPPER}{_LOWER}+(?:-{_UPPER}{_LOWER}+)?)(?![\w-])"
        )
    return found


def _address_titles(rules: CheckRules) -> tuple[frozenset[str], frozenset[str]]:
    """The titles that go before a family name or a given name (names.family_titles and
    honorifics), and the words of the note one of them is when `_titled` finds it ("dato"
    of "Dato'"): made once per set of rules."""
    found = _address_titles_of.get(id(rules))
    if found is None or found[0] is not rules:
        if len(_address_titles_of) > 8:
            _address_titles_of.clear()
        titles = rules.family_titles | rules.honorifics
        words = frozenset(lowercase(t).strip(".'") for t in titles)
        found = _address_titles_of[id(rules)] = (rules, titles, words)
    return found[1], found[2]


_address_titles_of: dict[int, tuple[CheckRules, frozenset[str], frozenset[str]]] = {}


def _title_words(doc: Document, words: frozenset[str]) -> list[str] | None:
    """The words of a note, with a capital, that are titles of `words` (see
    `_address_titles`); None (its words are not compared) for a note beyond ASCII that holds
    a character `re` takes for another case of an ASCII letter (OTHER_CASE_CHARACTERS), or
    when a title's word (without its stop or apostrophe: "dato" of "Dato'") is more than
    letters. A title `_titled` finds stands
    between what is no letter, digit or hyphen and a stop or a space: a word of the note
    itself, or a part of one after an apostrophe, in ASCII or not."""
    if not doc.norm.isascii() and (
        any(c in doc.norm for c in OTHER_CASE_CHARACTERS) or not all(map(str.isalpha, words))
    ):
        return None
    capital = doc.cased_words - doc.word_set  # (the words not in lower case)
    if words.isdisjoint(map(str.lower, capital)):
        return []
    return [w for w in capital if lowercase(w) in words]


def _titled_matches(
    doc: Document, titled: Pattern, found: list[str] | None, lo: int, hi: int
) -> Iterator[re.Match[str]]:
    """`titled.finditer(doc.norm, lo, hi)`, where `found` are the note's words a match can
    start with (`_title_words`: the title a match starts with is a word of the note with a
    capital), or None (every position is tried): the pattern is tried only where
    one of them stands, in order, as finditer would go on after each match."""
    text = doc.norm
    if found is None:
        yield from titled.finditer(text, lo, hi)
        return
    starts = starts_of(text, found, lo, hi)
    reach = lo
    for at in sorted(starts):
        if at < reach:
            continue
        m = titled.match(text, at, hi)
        if m is not None:
            reach = m.end()
            yield m


# a capitalised sequence: "Harbor Analytics", "Harper & Cole", "Bank of America", "AT&T"
_NAME_SEQUENCE = lazy(
    r"[A-Z](?<![\w'&.-][A-Z])[\w&'.-]*(?:[ \t]+(?:(?:&|of|de|du|van|von|der|la|le)[ \t]+)?"
    r"(?!I\b)[A-Z][\w&'.-]*)*"
)
# the words an employer cue ends with (before an optional "the")
_CUE_ENDS = frozenset(("for", "at", "with", "to", "join", "joining", "rejoin", "of", "from"))
# the words before a name that modifies a noun ("my Fernwood interview", "the Wexford culture")
_DETERMINERS = (["the"], ["my"], ["our"], ["your"])
# a word shaped like a describing word of a field ("coastal", "benthic", "clinical", "marine")
_DESCRIBING = lazy(r"(?:al|ic|ical|ary|ine|ar|ive|ous|ian|ial)$")
# a word shaped like an adjective of a people, place or school of thought ("Scandinavian",
# "Socratic", "Japanese", "Darwinist"): modifying a noun, it names no organisation
_ADJECTIVE_SHAPED = lazy(r"(?:ian|ic|ical|ese|ish|ist)$")
# a word and the separator after it at the end of a Subject line's text ("Store Manager, "):
# anchored at a word's start and bounded, so a long run of letters is not tried from every
# letter in it (searched in the last _TITLE_REACH characters only)
_TITLE_THEN_SEPARATOR = lazy(r"(?<![A-Za-z])([A-Za-z]{1,40})\)?[ \t]*(?:,|\||–|—|-|@)[ \t]*$")
_TITLE_REACH = 80
# the words before a name in the Subject line that make it the employer ("… at Keystone")
_SUBJECT_CUES = (["at"], ["with"], ["from"], ["join"], ["joining"])
# in a header line all in capitals, the employer's name after a cue word or after the interview
# and a separator, up to a separator, a date's "ON" or the line's end
_CAPITALS_EMPLOYER = lazy(
    r"(?:\b(?:AT|WITH|FROM|JOIN|JOINING)[ \t]+(?:THE[ \t]+)?|\b(?:INTERVIEW|APPLICATION|ROLE"
    r"|POSITION|POST|VACANCY)[ \t]*[-\u2013\u2014,|:][ \t]*)"
    r"(?P<name>[A-Z][A-Z0-9&'.]*(?:[ \t]+(?!ON\b|FOR\b|IN\b)[A-Z0-9&'.]+)*)"
)
_CAPITALS_TITLE = lazy(r"([A-Z]{2,5})\.?[ \t]+(?=\S)")
# the last word of an address ("AT QUAY STREET"), not of an employer
_STREET_WORDS = frozenset(
    ("street", "st", "road", "rd", "avenue", "ave", "lane", "square", "court", "house", "park")
)
# what a Subject line names before the employer and a separator, besides the job's title:
# "Cellar Hand interview - Glenview Estate Wines", "Application - Glenview Estate"
_SUBJECT_HEADS = frozenset(
    ("interview", "interviews", "application", "role", "position", "post", "vacancy")
)
_PERSON_CONTEXT = lazy(
    r"\s*(?:'s\b|,|\s(?:and|mentioned|said|explained|described|shared|showed|asked|told|"
    r"walked|gave|introduced|noted|pointed|made|took|led|offered|spoke|talked))"
)
# an everyday word close to a recorded person's name ("Park" beside Mark, "Brain" beside Brian)
# is a misspelt name only where the text says it is a person: a possessive or a verb of speech
# after it, or a word that introduces a person before it (else "Cebu IT Park, Lahug" is a place)
_PERSON_AFTER = lazy(
    r"\s*(?:'s\b|\s(?:mentioned|said|explained|described|shared|showed|asked|told|walked|gave|"
    r"introduced|noted|pointed|spoke|talked))"
)
_PERSON_BEFORE = lazy(
    r"(?:\b(?:thank|thanks|met|meeting|meet|with|and|to|from|by|dear|hi|hello)|[,:]"
    r"|\b(?:mr|mrs|ms|miss|mx|dr|prof)\.?)\s+$",
    re.IGNORECASE,
)
# a greeting of one capitalised word ("Dear Okada,")
_BARE_GREETING = lazy(r"\s*([A-Z][\w'’-]*)\s*[,:;!.]?\s*")
# compiled as the module loads (kept by the regex cache between runs): the list of a request to
# pass thanks on that opens with "you" is said to the reader; the words of such a list
_SAID_TO_YOU = re.compile(r"(?i)you\b")
_LISTED_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# a request to pass thanks on, and the people it names (up to the end of the clause)
_PASS_THANKS = lazy(
    r"(?i)\b(?:thank|thanks\s+to|(?:pass|give|send|convey|extend)\s+(?:on\s+)?my\s+"
    r"(?:thanks|gratitude)\s+(?:on\s+)?to|thanks\s+go\s+to|thanks\s+also\s+go\s+to|"
    r"grateful\s+to)\s+(?P<list>[^.!?;\n]{1,120})"
)
# what a typed name holds that is no part of it: a bracket, an address
_PERSON_ASIDE = lazy(r"\([^)]*\)|<[^>]*>|\S+@\S+")
# words after which a lower-cased record word is taken for the name ("join summit", "at globex")
_LOWER_NAME_CUES = frozenset(
    ("at", "with", "for", "join", "joining", "to", "from", "thank", "thanks")
)
# the reader's names, as a pattern, by the set of their forms
_reader_patterns: dict[frozenset[str], re.Pattern[str]] = {}
# a person's name then a verb of the interview ("Marcus mentioned", "marcus explained")
# the reader thanked as if someone else ("Do thank Sam for their time" in a note to Sam)
_READER_THANKED = lazy(
    r"(?i:\b(?:thank|thanks\s+to|thanks\s+also\s+to|my\s+thanks\s+(?:also\s+)?to|"
    r"gratitude\s+to|regards\s+to|hello\s+to|remember\s+me\s+to)\s+)$"
)
_READER_VERB = lazy(
    r"\s+(?:mentioned|said|explained|described|shared|showed|asked|told|walked|noted|pointed|"
    r"talked|spoke|gave|introduced)\b"
)
# a further first name in a list after a named person: ", Lena", " and Sandra", " & Joe"
_AND_NAME = lazy(
    r"(?:[ \t]*,[ \t]*(?:and[ \t]+)?|[ \t]+(?:and|&)[ \t]+)(?:to[ \t]+)?"
    rf"({_UPPER}{_LOWER}+(?:-{_UPPER}{_LOWER}+)?)(?![\w-])"
)
# a capitalised word (not opening a sentence) right before the cue word before a name: the
# cue is a word of a title ("Working at Heights", "Safe to Work")
# (not a job title's last word: "the next Store Manager at Harbor Foods")
_TITLED_CUE = lazy(
    r"(?<=[a-z,;] )([A-Z][a-z]+)[ \t]+(?:at|for|to|with|of|from)[ \t]+(?:the[ \t]+)?$"
)
# the word after a name (a site of the employer: "the Kirkwall office", names.site_nouns)
_NEXT_WORD = lazy(r"[ \t]+([a-z][a-z']*)")
# a name's words then "at"/"of"/"within" and the next capitalised words: "the Platform Guild
# at Lumenary", "the Benthic Ecology Group of the Atlantic Marine Institute" (a part of them)
# the capitalised words after a name and "and" ("Mine Health| and Safety Act"): the rest of a
# title the name is the first half of
_AND_MORE = lazy(r"[ \t]+and[ \t]+(?:[A-Z][\w'-]*[ \t]+){0,4}([A-Z][\w'-]*)")
# the names of a list before the last one: "the Environment Agency and " before "Calderdale
# Council", "Kier, Amey and " (each a capitalised name, then a comma, "and", "or" or "&")
_LIST_BEFORE = lazy(
    r"(?:[A-Z][\w&'.-]*(?:[ \t]+(?:of[ \t]+)?[A-Z][\w&'.-]*)*[ \t]*(?:,[ \t]*|,?[ \t]+"
    r"(?:and|or|&)[ \t]+)(?:the[ \t]+)?)+$"
)
_PART_OF = lazy(
    r"[ \t]+(?:at|of|within|in)[ \t]+(?:the[ \t]+)?"
    r"([A-Z][\w&'.-]*(?:[ \t]+(?:(?:&|of|de|and)[ \t]+)?[A-Z][\w&'.-]*)*)"
)
# letters joined by '&' or '/' ("F&B", "L&D", "H/S"): the initials of words of the record
# a block of lines with no empty line in it, and each line of it
_BLOCK = lazy(r"(?:^[ \t]*\S[^\n]*(?:\n|\Z))+", re.MULTILINE)
_LINE = lazy(r"^[ \t]*\S[^\n]*", re.MULTILINE)
# a job title, a dash and the department it heads ("General Manager - Credit", "Head of
# Planning – Transport"): the words before the dash (a title holds one of names.title_heads)
_TITLE_DASH = lazy(r"^([^\n]*?)[ \t]+[-\u2013\u2014][ \t]+\S")
# a job and "at the" right before a name: the employer's place ("the role at the Golden Spoon")
_JOB_AT = lazy(
    r"\b(?:role|roles|position|job|opening|post|vacancy|career|opportunity|opportunities)"
    r"[ \t]+(?:here[ \t]+)?(?:at|with)[ \t]+the[ \t]+$"
)
# a title of address and a capitalised name after a comma in a sign-off line ("Thanks again,
# Ms Sorensen.")
_CLOSING_TITLE = lazy(r",[ \t]*([A-Z][a-z]{1,5})\.?[ \t]+[A-Z][\w'-]*[.!]?[ \t]*$")
# ... and the same in a line of the body, right before a name: the title's capitalised words
# (with "of", "and", "&" between them) and the dash
_TITLE_BEFORE_DASH = lazy(
    r"(?<![\w'-])([A-Z][\w'-]*(?:[ \t]+(?:(?:of|and|&|for)[ \t]+)?[A-Z][\w'-]*)*)"
    r"[ \t]+[-\u2013\u2014][ \t]+$"
)
# a line that is a titled person's name ("Ms Evelyn Stroud", "Dr. A. Mensah")
_TITLED_LINE = lazy(
    r"[ \t]*(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor)\.?[ \t]+"
    r"(?P<name>[A-Z][\w'.-]*(?:[ \t]+[A-Z][\w'.-]*){0,3})[ \t]*$"
)
# what follows a noun phrase that has ended: a word of grammar or a stop ("the Energiewende at
# the level", "the Energiewende."), not a noun the name modifies ("the Northlight team")
_ENDS_A_PHRASE = lazy(
    r"(?:[ \t]+(?:at|in|of|and|or|to|for|with|by|on|from|is|was|as|that|which|where|will|has)"
    r"\b|[ \t]*[.,;:!?)]|[ \t]*$)"
)
# letters and '&' right before a title's first letter ("F&" of "F&B Supervisor")
_LEADING_INITIALS = lazy(r"(?<![\w&/])(?:[A-Z][ \t]?[&/+][ \t]?)+$")
_JOINED_INITIALS = lazy(r"(?<![\w&/])[A-Z](?:[ \t]?[&/+][ \t]?[A-Z])+(?![\w&/])")
# a family name after a first name ("Connor Walsh"), skipped before the next name of a list
_FAMILY_NAME = lazy(
    r"[ \t]+(?:(?:van|von|de|du|da|di|le|la|del|della|der|den|ten|ter)[ \t]+)?"
    rf"{_UPPER}{_LOWER}+(?:[-']{_UPPER}{_LOWER}+)?(?![\w-])"
)
# capitalised words that open a sentence before a name and are no part of it
_LEADING_WORDS = frozenset(("The", "Your", "Our", "My", "This", "That", "These", "Those", "Their"))
# an initial and a family name ("D. Blanco")
_INITIAL_NAME = lazy(r"(?<![\w.'-])([A-Z])\.[ \t]*([A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?![\w-])")
_GROUP_NEXT = lazy(r"\s+(?:team|teams|staff|crew|people|folks)\b")
# a department's words before it ("the Revenue Cycle team", "the Patient Access unit")
_DEPARTMENT_NEXT = lazy(
    r"\s+(?:team|teams|staff|crew|department|unit|group|office|division|function|squad)\b"
)
# a number after a name that makes it a list or an index ("the Forbes Cloud 100", "FTSE 250"),
# not a year ("Harbor Analytics 2026 plans")
_RANKING_NEXT = lazy(r"[ \t]+(?!(?:19|20)\d\d\b)\d{2,4}\b(?![\w.,:/-]*\d)(?![ \t]+[A-Z])")
# what comes after a number: "%" or a word ("days")
_COUNTED = lazy(r"[ \t]*(%|[a-z]+)")
_POSTSCRIPT = lazy(r"(?m)^[ \t]*(?:P\.?[ \t]?S\.?|PS)[ \t]*[:.-]?[ \t]+")
_COMPANY_SUFFIXES = frozenset(
    (
        "inc",
        "incorporated",
        "llc",
        "ltd",
        "limited",
        "corp",
        "corporation",
        "co",
        "company",
        "group",
        "holdings",
        "plc",
        "gmbh",
        "ag",
        "sa",
        "the",
        "and",
        "of",
        "labs",
        "technologies",
        "technology",
        "systems",
        "solutions",
        "partners",
        "international",
    )
)


# short forms of words in names: "St. Brendan's" is "Saint Brendan's Hospital"
_SHORT_FORMS = {
    "st": "saint",
    "ste": "sainte",
    "mt": "mount",
    "ft": "fort",
    "pt": "point",
    "ctr": "center",
    "hosp": "hospital",
    "univ": "university",
    "intl": "international",
    "natl": "national",
    "assoc": "associates",
    "dept": "department",
    "bros": "brothers",
    "mfg": "manufacturing",
    "svcs": "services",
    "tech": "technology",
}
# where a capitalised sequence ends at a full stop that is no abbreviation's ("the ICU. Learning")
_SEQUENCE_BREAK = lazy(r"(?<=[\w)])\.[ \t]+(?=[A-Z])")
# a legal form's abbreviation ends a name: a new sentence may start after its full stop
_LEGAL_STOPS = frozenset(("inc", "co", "corp", "ltd"))
_ABBREVIATION_STOPS = frozenset(
    (*_SHORT_FORMS, "dr", "mr", "mrs", "ms", "jr", "sr", "inc", "co", "corp", "ltd", "no", "vs")
)


def _sequence_name(sequence: str) -> tuple[int, str]:
    """The name a capitalised sequence gives (cut at a sentence's end, without a possessive or
    trailing punctuation, after a leading determiner) and where in it the name starts:
    worked out once per sequence (a note's names recur, and from note to note)."""
    found = _sequence_names.get(sequence)
    if found is None:
        raw = _cut_at_sentence_end(sequence)
        name = (raw[:-2] if raw.endswith("'s") else raw).rstrip(".-&' ")
        first = name.split(None, 1)[0]
        cut = 0
        if " " in name and first in _LEADING_WORDS:
            # "The Bluebird team …", "Your Supplier Diversity Council's work": the name
            # starts after the determiner
            rest = name[len(first) + 1 :]
            cut = len(first) + 1 + len(rest) - len(rest.lstrip())
            name = name[cut:]
        if len(_sequence_names) > 20_000:
            _sequence_names.clear()
        found = _sequence_names[sequence] = (cut, name)
    return found


_sequence_names: dict[str, tuple[int, str]] = {}


def _at_word_bounds(name: str, part: str) -> bool:
    """Whether `part` (letters and digits, folded, as Names.company_joined) is in `name` as
    whole words: what stands before and after it in the name's letters is whole words."""
    pieces = [_NOT_ALNUM.sub("", _folded(t)) for t in _TOKEN.findall(name)]
    joined = "".join(pieces)
    at = joined.find(part)
    if at < 0:
        return False
    edges = {0}
    for piece in pieces:
        edges.add(max(edges) + len(piece))
    return at in edges and at + len(part) in edges


def _signature_text(doc: Document) -> str:
    """The note's sign-off and signature, without a postscript after them."""
    ps = _POSTSCRIPT.search(doc.norm, doc.signature_start)
    return doc.norm[doc.signature_start : ps.start() if ps else len(doc.norm)]


def _expanded(tokens: list[str]) -> list[str]:
    return [_SHORT_FORMS.get(t, t) for t in tokens]


def _cut_at_sentence_end(name: str) -> str:
    """A capitalised sequence up to a full stop that ends a sentence: "ICU. Learning" is
    "ICU", "LRD & Co. Should" is "LRD & Co" (an everyday word after a legal form's stop);
    "St. Brendan", "J. Crew" and "Co. Kerry" stay whole."""
    for m in _SEQUENCE_BREAK.finditer(name):
        word = lowercase(name[: m.start()].rsplit(None, 1)[-1])
        if len(word) > 1 and word not in _ABBREVIATION_STOPS:
            return name[: m.start()]
        if word in _LEGAL_STOPS and everyday(lowercase(name[m.end() :].split(None, 1)[0])):
            return name[: m.start()]  # "LRD & Co. Should you need…" (not "Co. Kerry")
    return name


def _distance(a: str, b: str, limit: int) -> int:
    """Edit distance with transpositions (optimal string alignment), cut off above limit."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[-1]


def _may_be_close(word: str, letters: set[str], token: str) -> bool:
    """A cheap necessary condition for an edit distance within the token's tolerance: each
    edit changes the length by one at most, and the set of letters by two at most."""
    limit = _tolerance(token)
    return abs(len(word) - len(token)) <= limit and len(letters ^ set(token)) <= 2 * limit


# the endings by which two forms of one word differ ("accountant", "accountants", "nursing")
_INFLECTIONS = ("s", "es", "'s", "ing", "ed", "er", "ers")


def _inflected(a: str, b: str) -> bool:
    """Whether `a` and `b` are one word with and without an ending of `_INFLECTIONS`."""
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return long.startswith(short) and long[len(short) :] in _INFLECTIONS


def _tolerance(word: str) -> int:
    return 1 if len(word) <= 5 else 2


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(lowercase(text))


def _compound_head(word: str, written: str) -> str:
    """The head of a word joined by a hyphen to a lower-case word, as `written` in the note
    ("Spanish-language": "spanish"), else the word."""
    head, _, rest = written.partition("-")
    return lowercase(head) if rest[:1].islower() else word


def _post_word(word: str, rules: CheckRules) -> bool:
    """A post or standing named by its holder with "-ship" ("Lectureship", "Readership",
    "Professorship", "Traineeship"): no name."""
    stem = word.removesuffix("ship")
    return len(stem) > 3 and stem != word and (everyday(stem) or stem in rules.title_heads)


def _holds_any(words: Sequence[str], names: Sequence[tuple[str, ...]]) -> bool:
    """Whether `words` hold one of `names` (each a run of words) word for word, in order."""
    for name in names:
        n = len(name)
        first = name[0]
        for i, w in enumerate(words):
            if (
                w.removesuffix("'s") == first
                and tuple(x.removesuffix("'s") for x in words[i : i + n]) == name
            ):
                return True
    return False


def _name_tokens(text: str) -> frozenset[str]:
    """The words of a recorded name, with their parts and without a possessive:
    "St. Mary's Hospital" gives st, mary's, mary, s, hospital. Worked out once per text (a
    profile's qualifications and employers, a role, come with every record of a user)."""
    found = _name_tokens_of.get(text)
    if found is None:
        out: set[str] = set()
        for token in _tokens(normalised(text)):
            out.add(token)
            if "'" in token or "-" in token:
                out.add(token.removesuffix("'s"))
                out.update(p for p in _WORD_PARTS.split(token) if p)
        if len(_name_tokens_of) > 20_000:
            _name_tokens_of.clear()
        found = _name_tokens_of[text] = frozenset(out)
    return found


_name_tokens_of: dict[str, frozenset[str]] = {}
_WORD_PARTS = lazy(r"['-]")


def _plural_noun(word: str) -> bool:
    """Whether a word (in lower case) is the plural of an everyday noun ("engineers", "nurses",
    "families"): people in general, not someone's name ("Engineers told us …")."""
    if len(word) < 4 or not word.endswith("s") or word.endswith("ss") or not everyday(word):
        return False
    if word.endswith("ies"):
        return everyday(word[:-3] + "y")
    if word.endswith(("ches", "shes", "sses", "xes", "zes", "oes")):
        return everyday(word[:-2])
    return everyday(word[:-1])


_INITIAL_SKIPS = frozenset(("the", "of", "and", "in", "for", "a", "an", "to", "at", "on", "&"))


def _family_name(full: str) -> tuple[str, frozenset[str]]:
    """The first word of a recorded person's family name as drafting reads it
    (person_names.name_parts: "Takahashi Kenji" -> "takahashi", "Fang Smith" -> "smith"), lower
    case ("" when the name has none), and the given names a title goes before when the name
    is said so ("lan" of Nguyen Thi Lan; none for most names)."""
    found = _family_names.get(full)
    if found is None:
        from followup.core.person_names import name_parts  # (only for a name in a greeting)

        parts = name_parts(full)
        words = lowercase(parts.last).split()
        given = frozenset(lowercase(parts.first).split()) if parts.by_given else frozenset()
        if len(_family_names) > 4096:
            _family_names.clear()
        found = _family_names[full] = (words[0] if words else ""), given
    return found


# each typed name's family name and given names said with a title (_family_name), worked out
# once per name (a record's people come with every note checked against it)
_family_names: dict[str, tuple[str, frozenset[str]]] = {}


def _without_legal_form(company: str, legal: LegalForms) -> str:
    """legal_forms.without_legal_form, worked out once per company's name (and list of legal
    forms)."""
    key = (company, id(legal))
    found = _without_form.get(key)
    if found is None or found[0] is not legal:
        if len(_without_form) > 4096:
            _without_form.clear()
        found = _without_form[key] = (legal, without_legal_form(company, legal))
    return found[1]


_without_form: dict[tuple[str, int], tuple[LegalForms, str]] = {}


def _initials(text: str) -> str:
    """The initials of the words of `text` (hyphens split words, little words left out:
    "asmt" of "Assistant Store Manager Trainee", "fcpp" of "first-contact practitioner
    pilot"): each run of three or more of them is a short form of a role or a topic
    (`_Allowed`)."""
    found = _initials_of.get(text)
    if found is None:
        words = [
            w
            for w in normalised(text).replace("-", " ").split()
            if lowercase(w) not in _INITIAL_SKIPS and w[:1].isalpha()
        ]
        if len(_initials_of) > 20_000:
            _initials_of.clear()
        found = _initials_of[text] = lowercase("".join(w[0] for w in words))
    return found


_initials_of: dict[str, str] = {}  # each text's initials, worked out once (as _name_tokens)


# how a recorded person is typed (Names._typed_people): tokens, the words in Latin letters,
# how many titles lead them, those titles, the names after them and the titles' keys
_Typed = tuple[list[str], list[str], int, list[str], list[str], set[str]]


class _RoleTables:
    """What other_role compares a note's job titles with (Names._role_tables)."""

    __slots__ = ("allowed", "initials", "modifiers", "seniority", "words")

    def __init__(
        self,
        words: frozenset[str],
        allowed: frozenset[str],
        seniority: frozenset[str],
        modifiers: frozenset[str],
        initials: str,
    ) -> None:
        self.words = words
        self.allowed = allowed
        self.seniority = seniority
        self.modifiers = modifiers
        self.initials = initials


class _Allowed:
    """The words a note may use as names: the record's words, any run of three or more
    of the initials of the role or a topic ("asm", "smt", "asmt" of "Assistant Store Manager
    Trainee") and `title`, the two initials of the role's last words ("ae" of Enterprise
    Account Executive). The runs are looked for in the initials, never listed: there are a square of
    them in the words of a long topic."""

    __slots__ = ("initials", "words")

    def __init__(self, words: set[str], initials: list[str], title: str = "") -> None:
        self.words = words | {title} if len(title) == 2 else words
        self.initials = [s for s in initials if len(s) >= 3]

    def __contains__(self, word: object) -> bool:
        if word in self.words:
            return True
        return isinstance(word, str) and len(word) >= 3 and any(word in s for s in self.initials)


@cache
def _honorific_after(honorifics: tuple[str, ...]) -> Pattern:
    """A name with a capital, then an honorific of `honorifics` with one ("Ito-San"), with the
    capitalised word before the name, if any ("Kim" of "Kim Min-Ji")."""
    words = "|".join(re.escape(h.capitalize()) for h in sorted(honorifics, key=len, reverse=True))
    return made(
        rf"(?:(?<![\w'’-])(?P<before>[A-Z][a-z]+)[ \t]+)?(?<![\w'’-])"
        rf"(?P<name>[A-Z][a-z][a-z'’]*)-(?P<hit>{words})(?![\w'’-])"
    )


def _verb_stem(word: str) -> tuple[str, bool]:
    """A word without an -ed, -ing or plural ending, and whether the ending was -ed or -ing
    ('asked' -> ('ask', True), 'branches' -> ('branch', False), 'dates' -> ('date', False)).
    A plain -s goes only where four letters are left ('news' and 'process' are kept)."""
    for end in ("ing", "ed"):
        if word.endswith(end) and len(word) - len(end) >= 3:
            return word[: -len(end)], True
    if word.endswith(("ses", "xes", "zes", "ches", "shes")) and len(word) >= 5:
        return word[:-2], False
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) >= 5:
        return word[:-1], False
    return word, False


def _stem_match(a: str, b: str) -> bool:
    """Two words are the same for topic matching: equal, or sharing most of a long prefix."""
    if a == b:
        return True
    (stem_a, verb_a), (stem_b, verb_b) = _verb_stem(a), _verb_stem(b)
    if stem_a == stem_b and (len(stem_a) >= 4 or verb_a == verb_b):
        return True  # 'asked' and 'asking', 'branches' and 'branch'; not 'caring' and 'car'
    if (verb_a and stem_a + "e" == stem_b) or (verb_b and stem_b + "e" == stem_a):
        return True  # 'dated' and 'dates', 'caring' and 'care'
    shortest = min(len(a), len(b))
    if shortest < 4:
        return False
    common = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        common += 1
    return common >= max(4, shortest - 3) and common >= min(len(a), len(b)) - 3


def _longest_first(words: Iterable[str]) -> str:
    """The words as a regex alternation, the longest first (so that the longest wins)."""
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


def _names_in_lower(
    lower: str, words: Sequence[str], lo: int, hi: int
) -> list[tuple[int, int, bool]]:
    r"""What `(?<![\w@./-])(?:w1|w2|…)(?P<tail>'s)?(?![\w@-])` (`words` in their order, the
    longest first) finds in `lower[lo:hi]` (a lower-cased text), left to right without
    overlap: each match's start and end and whether it ends in the "'s" after the word. Found
    with `str.find` for each of the record's few names, not by a pattern tried at every
    character (and compiled for every record)."""
    at_start: dict[int, list[str]] = {}  # where a word stands -> the words there, in order
    for word in words:
        at = lower.find(word, lo, hi)
        while at >= 0:
            at_start.setdefault(at, []).append(word)
            at = lower.find(word, at + 1, hi)
    out: list[tuple[int, int, bool]] = []
    reach = lo
    for at in sorted(at_start):
        if at < reach:
            continue
        before = lower[at - 1] if at else ""  # (the look-behind sees before `lo` too)
        if before and (before.isalnum() or before in "_@./-"):
            continue
        for word in at_start[at]:
            end = at + len(word)
            if lower.startswith("'s", end, hi):  # with the "'s" first, as the pattern tries
                after = lower[end + 2] if end + 2 < hi else ""
                if not (after and (after.isalnum() or after in "_@-")):
                    out.append((at, end, True))
                    reach = end + 2
                    break
            after = lower[end] if end < hi else ""
            if not (after and (after.isalnum() or after in "_@-")):
                out.append((at, end, False))
                reach = end
                break
    return out


def _whole_words(
    norm: str, lower: str, words: Iterable[str], lo: int, hi: int
) -> list[tuple[int, int]] | None:
    r"""Where the `words` (ASCII) stand as whole words in `norm[lo:hi]` (`lower` its
    lower-cased copy, character for character): the spans that
    `(?<![\w'-])(?:w1|w2|…)(?![\w-])` (the longest word first) finds there ignoring case,
    left to right without overlap, found with `str.find` instead of a pattern compiled for
    these words. None when that cannot be told so: a word that is empty or not ASCII, or a
    text with a character other than an ASCII letter that `re` takes for one."""
    if not all(words) or not all(map(str.isascii, words)):
        return None
    if not norm.isascii() and any(c in norm for c in OTHER_CASE_CHARACTERS):
        return None
    best: dict[int, int] = {}  # a start -> the longest word's end there
    for word in {lowercase(w) for w in words}:
        at = lower.find(word, lo, hi)
        while at >= 0:
            end = at + len(word)
            before = norm[at - 1] if at else ""
            after = norm[end] if end < hi else ""
            if (
                not (before and (before.isalnum() or before in "_'-"))
                and not (after and (after.isalnum() or after in "_-"))
                and end > best.get(at, -1)
            ):
                best[at] = end
            at = lower.find(word, at + 1, hi)
    out: list[tuple[int, int]] = []
    reach = lo
    for at in sorted(best):
        if at >= reach:
            out.append((at, best[at]))
            reach = best[at]
    return out


_names_cache: dict[tuple[int, Facts], Names] = {}
# for each set of rules, the family names written first and the patronyms (_name_order_lists)
_name_order_cache: dict[int, tuple[CheckRules, frozenset[str], frozenset[str]]] = {}


def rule_patterns(rules: CheckRules) -> list[Pattern]:
    """The patterns this module makes from the rules (the titles before a name, some hundred
    words each): saved with the rules (services.checking), so that a later command does not
    compile them again (a tenth of a first check's work), and the honorifics after a name
    (a draft's check looks for "Yoshida-San")."""
    found = [_titled(rules.family_titles | rules.honorifics), _titled(rules.family_titles)]
    if rules.after_honorifics:
        found.append(_honorific_after(_sorted_honorifics(rules)))
    return found


def _sorted_honorifics(rules: CheckRules) -> tuple[str, ...]:
    """rules.after_honorifics in a fixed order (a set's order changes from run to run): the
    same honorifics make the same pattern, found among the saved programs."""
    return tuple(sorted(rules.after_honorifics))


class Names:
    """The record's names, ready to compare a note's names against."""

    @classmethod
    def for_facts(cls, facts: Facts, rules: CheckRules) -> Names:
        """The names of these facts (the last few sets are kept: notes of one round are
        checked again and again)."""
        key = (id(rules), facts)
        found = _names_cache.get(key)
        if found is None or found.rules is not rules:
            if len(_names_cache) > 32:
                _names_cache.clear()
            found = _names_cache[key] = cls(facts, rules)
        return found

    def __init__(self, facts: Facts, rules: CheckRules) -> None:
        self.facts = facts
        self.rules = rules
        titles = rules.generic_greeting
        self.people: list[tuple[str, list[str]]] = []
        for person in facts.people:
            tokens = [t.strip("'") for t in _tokens(normalised(person).replace(".", " "))]
            tokens = [t for t in tokens if t not in titles and len(t) >= 2]
            if tokens:
                self.people.append((person.strip(), tokens))
        self.person_tokens = {t for _, tokens in self.people for t in tokens}
        # someone recorded by one name only: a title with a family name may be theirs
        self.first_name_only = any(len(tokens) == 1 for _, tokens in self.people)
        self.person_aliases = set(self.person_tokens)
        for token in self.person_tokens:
            self.person_aliases |= rules.nicknames.get(token, frozenset())
        for _, tokens in self.people:
            self.person_aliases |= _short_forms(tokens[0], rules)
        # each name written in plain letters is the same name ("Sorensen" for Sørensen,
        # "Strauss" for Strauß, "Lukasz" for Łukasz)
        self.person_aliases |= {_folded(t) for t in self.person_tokens if not t.isascii()}
        # a recorded name with an honorific after it ('Okada-san' for Okada Mai)
        self.person_aliases |= {
            f"{t}-{h}" for t in self.person_tokens for h in rules.after_honorifics
        }
        company_tokens = _tokens(normalised(facts.company))
        names = set(_name_tokens(facts.company))
        names |= set(_expanded(sorted(names)))  # 'st columba medical ctr' is '… Center' too
        names |= {_folded(t) for t in names if not t.isascii()}  # "Lovstad" of Løvstad
        self.company_tokens = {t for t in names if t not in _COMPANY_SUFFIXES} or names
        self.company_joined = _NOT_ALNUM.sub("", _folded(facts.company))
        # the company's first distinct word ('lakeview' of 'The Lakeview Family Dental')
        distinct = [
            t for t in company_tokens if t not in _COMPANY_SUFFIXES and t not in rules.org_words
        ]
        self.company_first = distinct[0] if distinct else ""
        # all of them: a name that keeps some and changes another is another organisation
        # ("Little Sprouts Preschool" for Little Acorns Preschool)
        self.company_distinct = frozenset(distinct)
        # its initials, with and without the legal form ("SBI" for Shannonside Biologics
        # Ireland Ltd, "NCS" for Northern Cape Solar (Pty) Ltd)
        initials = [t for t in company_tokens if t not in {"the", "of", "and"}]
        self.company_initials = "".join(t[0] for t in initials)
        # (the legal forms come with the rules: a saved copy is read without tomllib)
        legal = self.legal = rules.legal_forms or legal_forms()
        short = [t for t in initials if t not in legal.forms]
        parts = [p for t in short for p in t.split("-") if p]  # "TCRTA": Tri-County …
        # (and without a legal form written with stops: "ZTE" for Zeeland Tidal Energy B.V.)
        bare = _tokens(normalised(_without_legal_form(facts.company, legal)))
        self.initial_forms = {
            self.company_initials,
            "".join(t[0] for t in short),
            "".join(p[0] for p in parts),
            "".join(t[0] for t in bare if t not in {"the", "of", "and"}),
        } - {""}
        # its last word that is no legal form ("aid" of Ridgeview Legal Aid)
        self.company_last = short[-1] if short else ""
        self.role_tokens = _name_tokens(facts.role)
        self.topic_tokens = {t for topic in facts.topics for t in _name_tokens(topic)}
        self.all_fact_tokens = (
            self.person_aliases
            | self.company_tokens
            | self.role_tokens
            | self.topic_tokens
            | _name_tokens(facts.candidate)
        )
        # names the note may use besides the company: the record's details, the candidate's
        # own employers and profile
        allowed = (
            self.all_fact_tokens
            | {t for text in facts.details for t in _name_tokens(text)}
            | {t for text in facts.own_employers for t in _name_tokens(text)}
            | {t for text in facts.qualifications for t in _name_tokens(text)}
        )
        self.allowed_tokens = _Allowed(
            # (and each in plain letters: "Brondby" of an own employer Brøndby Consulting)
            allowed | {_folded(t) for t in allowed if not t.isascii()},
            # short forms of the role and the topics ("ASM" of Assistant Store Manager Trainee)
            [_initials(text) for text in (facts.role, *facts.topics)],
            # and the initials of the role's last two words, its title ("AE" of Enterprise
            # Account Executive, "RN" of Registered Nurse)
            _initials(facts.role)[-2:],
        )
        # names known to be wrong: the companies and people of the user's other applications
        # (each pattern compiled when first used, with the forms an ASCII note must hold for
        # it to match: most notes name no other application's names, and skip it)
        self.known_wrong: list[tuple[Pattern, str, str, tuple[str, ...]]] = []
        for name, whose in facts.other_names:
            name = name.strip()
            words = [t for t in _tokens(name) if t not in _COMPANY_SUFFIXES]
            # (only the company as written is no other name: "Harbourside Inn", stored for
            # another application, is not Harbourside Grand Hotel, however alike they read)
            if (
                not words
                or self._written_as_company(name)
                or all(w in self.person_aliases for w in words)
            ):
                continue
            forms = [name]
            head = next((w for w in words if w not in rules.org_words), "")
            if len(head) >= 4 and head not in self.allowed_tokens:
                forms.append(head)
            pattern = Pattern(
                r"(?<![\w-])(?:" + "|".join(map(re.escape, forms)) + r")(?![\w-])",
                re.IGNORECASE,
            )
            needles = tuple(lowercase(f) for f in forms) if name.isascii() else ()
            self.known_wrong.append((pattern, name, whose, needles))
        # near-miss answers by word: a note names the same people and words again and again
        self._closest: dict[str, str | None] = {}
        self._allowed_names: dict[str, bool] = {}
        self._close_company: dict[str, bool] = {}
        # the record's names in lower case, the longest first, once worked out
        self._lowercase_words: list[str] | None = None
        self._lowercase_forms: dict[str, str] = {}
        self._lowercase_heads: frozenset[str] = frozenset()
        self._detail_names: tuple[tuple[str, ...], ...] | None = None
        self._record_initials: list[str] | None = None
        self._upper_tokens: frozenset[str] | None = None
        self._role: _RoleTables | None = None
        self._family_sets: list[frozenset[str]] | None = None
        self._folded_company: list[str] | None = None
        self._role_done = False
        self._typed: list[_Typed] | None = None
        self._specifics: (
            tuple[list[frozenset[str]], list[tuple[list[str], int]], frozenset[tuple[str, str]]]
            | None
        ) = None

    # -- helpers
    def closest_person(self, word: str) -> str | None:
        if word in self._closest:
            return self._closest[word]
        found = self._closest[word] = self._closest_person(word)
        return found

    def _closest_person(self, word: str) -> str | None:
        best: tuple[int, str] | None = None
        word = _folded(word)  # (letters compared plain: "Sorensson" beside Sørensen)
        letters = set(word)
        for full, tokens in self.people:
            for token in map(_folded, tokens):
                if len(token) < 3 or token == word or not _may_be_close(word, letters, token):
                    continue
                d = _distance(word, token, _tolerance(token))
                if 0 < d <= _tolerance(token) and (best is None or d < best[0]):
                    best = (d, full)
        return best[1] if best else None

    def close_to_company(self, word: str) -> bool:
        found = self._close_company.get(word)
        if found is None:
            found = self._close_company[word] = self._close_to_company(word)
        return found

    def _close_to_company(self, word: str) -> bool:
        """Whether `word` is a misspelling of a word of the company's name: within its edit
        tolerance, and not that word in another form ("a Chartered Accountant" at
        Hallam & Royd Chartered Accountants, "the Dental Nurse" at Bright Dental Nurses)."""
        letters = set(word)
        for token in self.company_tokens:
            if _inflected(word, token):
                continue
            if len(token) >= 4 and word != token and _may_be_close(word, letters, token):
                d = _distance(word, token, _tolerance(token))
                if 0 < d <= _tolerance(token):
                    return True
        return False

    def _inside_another_name(self, doc: Document, span: Span) -> bool:
        """Whether the word at `span` stands beside capitalised words none of which is the
        company's ("the American Heart Association": 'Heart' is no misspelling of Health)."""
        near = self._capitals_beside(doc, span, clause=False)
        return bool(near) and not any(
            w in self.company_tokens or self.close_to_company(w) for w in near
        )

    def _beside_other_capitals(self, doc: Document, span: Span) -> bool:
        """Whether the word at `span` is one word of a longer capitalised name none of whose
        other words is a recorded person's ("Power BI" is no misspelling of Porter; "Dana
        Portar" is)."""
        near = self._capitals_beside(doc, span, clause=True)
        # (a title of address before it makes it a person's name the more: "Mr Fennessy" for
        # Liam Hennessy, "Dr Okafer" for Ada Okafor)
        near = [w for w in near if w not in self.rules.family_titles]
        return bool(near) and not any(w in self.person_aliases for w in near)

    def _said_of_a_person(self, doc: Document, span: Span) -> bool:
        """Whether the text around the word at `span` says it is a person (_PERSON_AFTER,
        _PERSON_BEFORE)."""
        if _PERSON_AFTER.match(doc.norm, span.end):
            return True
        line_start = doc.norm.rfind("\n", 0, span.start) + 1
        return bool(_PERSON_BEFORE.search(doc.norm[max(line_start, span.start - 20) : span.start]))

    def _capitals_beside(self, doc: Document, span: Span, clause: bool) -> list[str]:
        """The capitalised words right before and after the word at `span` on its line, in
        lower case (ordinary capitalised words left out); with `clause`, a word before a
        comma or a stop is not beside it."""
        before = doc.norm[max(0, span.start - 40) : span.start].rsplit("\n", 1)[-1].split()
        after = doc.norm[span.end : span.end + 40].split("\n", 1)[0].split()
        if clause and before and before[-1][-1:] in ".,;:!?":
            before = []
        near = [w for w in (before[-1:] + after[:1]) if w[:1].isupper()]
        near = [lowercase(w.strip(".,;:!?'\"()")).removesuffix("'s") for w in near]
        return [w for w in near if w and w not in self.rules.not_names]

    def _written_as_company(self, name: str, joined: str = "") -> bool:
        """Whether `name` is the company's name as written, whole or cut ("Harbourside Grand"
        of Harbourside Grand Hotel), or its initials (with a legal form or not): letters and
        digits compared (`joined`, the name's, when already worked out)."""
        joined = joined or _NOT_ALNUM.sub("", _folded(name))
        if not joined or not self.company_joined:
            return False
        if joined == self.company_joined or joined in self.initial_forms:
            return True
        if len(joined) >= 3 and (
            joined in self.company_joined
            # (the whole company with words of the name's own around it, at word boundaries:
            # "Crestview Health Inc", not "Crestview Healthcare" for Crestview Health)
            or (self.company_joined in joined and _at_word_bounds(name, self.company_joined))
        ):
            return True
        if " " not in name:
            return False
        # its initials with a legal form: "LRD & Co" of Lacson Reyes Dizon & Co.
        words = _tokens(name)
        bare = "".join(w for w in words if form_letters(w) not in self.legal.forms)
        return bare != joined and bare in self.initial_forms

    def is_company(self, name: str) -> bool:
        joined = _NOT_ALNUM.sub("", _folded(name))
        if not joined or not self.company_joined:
            return False
        if self._written_as_company(name, joined):
            return True
        tokens = [t for t in _expanded(_tokens(name)) if t not in _COMPANY_SUFFIXES]
        distinct = [t for t in tokens if t not in self.rules.org_words]
        if distinct:  # "Bayside Health" is not "Crestview Health": the distinct word decides
            if distinct[0] not in self.company_tokens:
                return False
            # "Crestview Medical Group" is not "Crestview Health" either: the same distinct word
            # with other words of its own and without the kind of organisation the company is
            # (and "Summit Valley Dental" is not "Summit Ridge Dental": a distinct word of its
            # own that is no word of the record, place or title makes another name)
            rules = self.rules
            own = {t for t in self.company_tokens if t in rules.org_words}
            plain = own.isdisjoint(tokens)
            extra = [
                t
                for t in (tokens if plain else distinct)
                if t not in self.company_tokens
                and t not in self.all_fact_tokens
                and t not in rules.not_names
                and t not in rules.title_heads
                and t not in rules.places
                # "the Crestview Way", "Crestview Cares": the company's word and an everyday
                # one name its programme, not another organisation (an organisation's word,
                # "Crestview Medical", does, and so does a trade's, "Ridgeway Water" for
                # Ridgeway Utilities; and so does an everyday word in place of one of the
                # company's own, "Little Sprouts Preschool" for Little Acorns Preschool)
                and not (
                    plain
                    and not self._in_company_frame(t, tokens)
                    and t not in rules.org_words
                    and t not in rules.sector_words
                    and everyday(t)
                )
            ]
            return not extra
        return bool(tokens) and all(t in self.company_tokens for t in tokens)

    def _in_company_frame(self, word: str, tokens: list[str]) -> bool:
        """Whether `word`, a word of a name (`tokens`) that is no word of the company's, stands
        in the company's frame in place of one of its distinct words: the name misses one of
        them and goes on with a word of the company's after it ("Little Sprouts Preschool" for
        Little Acorns Preschool), or keeps only the company's everyday words ("Little
        Sprouts"), unlike a programme after the company's word ("the Marigold Promise",
        "Crestview Cares")."""
        if self.company_distinct.issubset(tokens):
            return False
        after = tokens[tokens.index(word) + 1 :]
        if any(t in self.company_tokens for t in after):
            return True
        # or it keeps only everyday words of the company's and misses its one word no
        # dictionary has ("the Little Sprouts family" for Little Acorns Preschool; not "the
        # Marigold Promise" of Marigold Home Care)
        missed = self.company_distinct.difference(tokens)
        return any(not everyday(t) for t in missed) and all(
            everyday(t) for t in tokens if t in self.company_tokens
        )

    def _named_thing(self, word: str) -> bool:
        return (
            word in self.allowed_tokens or word in self.rules.products or word in self.rules.places
        )

    def known(self, word: str) -> bool:
        return (
            word in self.all_fact_tokens
            or word in self.rules.not_names
            or word in self.rules.generic_greeting
        )

    # -- mismatches
    def mismatches(self, doc: Document) -> Iterator[tuple[Span, str, str, str, str]]:
        people = ", ".join(full for full, _ in self.people)
        company = self.facts.company.strip()
        seen: set[int] = set()
        if doc.greeting:
            for item in self.greeting(doc, people, company):
                seen.add(item[0].start)
                yield item
        # near-misses of a recorded name anywhere in the Subject line and the body
        # ("Southgate Veterinary Clinic" for Northgate's: organisations() leaves them to this scan)
        lines = [(doc.subject.start, doc.subject.end)] if doc.subject else []
        lines.append((doc.body_start, doc.signature_start))
        closing = self._closing_address(doc)
        if closing:
            lines.append(closing)
        for m in (m for lo, hi in lines for m in CAP_WORD.finditer(doc.norm, lo, hi)):
            if m.start() in seen or (
                doc.greeting and doc.greeting.start <= m.start() < doc.greeting.end
            ):
                continue
            raw = m.group()
            word = raw[:-2] if raw.endswith("'s") else raw
            lower = lowercase(word)
            if self.known(lower):
                continue
            span = Span(m.start(), m.start() + len(word))
            at_start = doc.is_sentence_start(m.start())
            # a word of the candidate's profile or of the record's details, a product or a place
            # is no misspelt person ("Airflow and Spark" beside Ethan Park); a word opening a
            # sentence only with a person's context after it
            if (
                self.people
                and (not at_start or _PERSON_CONTEXT.match(doc.norm, span.end) is not None)
                and not self._named_thing(lower)
            ):
                person = self.closest_person(lower)
                if (
                    person
                    and not self._beside_other_capitals(doc, span)
                    and (not everyday(lower) or self._said_of_a_person(doc, span))
                ):
                    seen.add(span.start)
                    yield span, "person_close", word, person, "suggestion_person"
                    continue
            if (
                company
                and not at_start
                # a programme, product, place or word of the record is itself ("Medicare"
                # beside Cottonwood Medical Billing)
                and not self._named_thing(lower)
                and self.close_to_company(lower)
                # an everyday word is that word ("Working at Heights" beside Northern Lights)
                and not everyday(lower)
                and not self._inside_another_name(doc, span)
            ):
                seen.add(span.start)
                yield span, "company_close", word, company, "suggestion_company"
        yield from self.known_wrong_names(doc, seen)
        if company:
            yield from self.organisations(doc, company, seen)
            yield from self.capitals_headers(doc, company, seen)
        if self.people:
            yield from self.titled_people(doc, people, seen)
            yield from self.other_person(doc, people, company, seen)
        if self.facts.role.strip():
            yield from self.other_role(doc)
        if doc.greeting:
            yield from self.recipient_block(doc, people, company, seen)

    def recipient_block(
        self, doc: Document, people: str, company: str, seen: set[int]
    ) -> Iterator[tuple[Span, str, str, str, str]]:
        """The letter's recipient block, above the greeting: the lines of a block that names a
        person with a title ("Ms Evelyn Stroud / Head of Finance / Castlegate Brewing Ltd").
        A person there must be someone recorded (or the writer), and a line that names an
        organisation (an organisation's word or a legal form at its end) must be the company,
        a name the record mentions or one of the candidate's own employers: a block left from a
        letter to another employer names the wrong reader."""
        lo = doc.subject.end if doc.subject else 0
        hi = doc.greeting.start if doc.greeting else lo
        rules = self.rules
        signed: set[str] | None = None  # the writer's own address block names the writer
        for block in _BLOCK.finditer(doc.norm, lo, hi):
            lines = [m for m in _LINE.finditer(doc.norm, block.start(), block.end())]
            titled = [_TITLED_LINE.match(line.group()) for line in lines]
            if len(lines) < 2 or not any(titled):
                continue  # the writer's own address, a date, a reference
            if signed is None:
                signed = self._signed(doc)  # (read once, where a block may be the writer's)
            if any(
                t and signed.issuperset(_tokens(t.group("name"))) for t in titled if t is not None
            ):
                continue  # the writer's own block ("Dr Maeve Keane / … Group / … University")
            # the organisation's line and, under it, its address: a department or office, a
            # building, a street, a town ("Tidewater Coastal Partners / Coastal Engineering /
            # Unit 4, Harbour Works / Whitby"); a line of everyday words above the company's own
            # line is a department of it ("Coastal Engineering / Tidewater Coastal Partners")
            named = [self.is_company(line.group().strip()) for line in lines]
            under_org = False
            for at, (line, person) in enumerate(zip(lines, titled, strict=True)):
                text = line.group().strip()
                start = line.start() + len(line.group()) - len(line.group().lstrip())
                if under_org or any(c.isdigit() for c in text):
                    continue  # an address line (a unit, a street, a postcode)
                if person:
                    words = _tokens(person.group("name"))
                    if people and not any(
                        w in self.person_aliases or w in self.all_fact_tokens or w in signed
                        for w in words
                    ):
                        at = start + person.start("name")
                        if at not in seen:
                            seen.add(at)
                            name = person.group("name")
                            span = Span(at, at + len(name))
                            yield span, "greeting_unknown", name, people, "suggestion_person"
                    continue
                dashed = _TITLE_DASH.match(text)
                if dashed and any(w in rules.title_heads for w in _tokens(dashed.group(1))):
                    continue  # a title and its department: "General Manager - Credit"
                last = lowercase(text.rsplit(None, 1)[-1]).strip(".,")
                org = " " in text and (
                    last in rules.org_words
                    or last in _COMPANY_SUFFIXES
                    or form_letters(last) in self.legal.forms
                )
                words = _tokens(text)
                under_org = org or named[at]
                if org and any(named[at + 1 :]) and all(map(everyday, words)):
                    continue  # a department above the company's own line
                if org and company and not self._allowed(text, words) and start not in seen:
                    seen.add(start)
                    span = Span(start, start + len(text))
                    yield span, "name_other", text, company, "suggestion_company"

    def greeting(
        self, doc: Document, people: str, company: str
    ) -> Iterator[tuple[Span, str, str, str, str]]:
        assert doc.greeting is not None
        line = doc.norm[doc.greeting.start : doc.greeting.end]
        opener = self.rules.greeting.match(line)
        rest_at = opener.end() if opener else 0
        rest = line[rest_at:]
        if len(rest.split()) > 10:
            cut = _GREETING_CUT.search(rest)
            rest = rest[: cut.start()] if cut else rest
        words = _tokens(rest)
        group = any(
            w
            in {
                "team",
                "teams",
                "committee",
                "hiring",
                "recruiting",
                "panel",
                "talent",
                "department",
                "staff",
                "recruitment",
            }
            for w in words
        )
        rules = self.rules
        # a greeting to a job or a department ("Dear Senior Talent Acquisition Professional,",
        # "Dear Head of People Operations,", "Dear Human Capital Department,"): its title's and
        # its units' words are no names
        role = group or any(w in rules.title_heads for w in words)
        base = doc.greeting.start + rest_at
        for m in _GREETING_NAME.finditer(rest):
            raw = m.group()
            word = raw[:-2] if raw.endswith("'s") else raw
            lower = lowercase(word)
            if lower in rules.generic_greeting or lower in rules.not_names:
                continue
            if role and (
                lower in rules.title_heads or lower in rules.seniority or lower in rules.not_people
            ):
                continue
            if len(word) == 1:
                continue  # an initial ('Dear S. Krishnan') or a particle ('Mr. Ó Súilleabháin')
            span = Span(base + m.start(), base + m.start() + len(word))
            if self._before_a_recorded_name(rest[m.end() :]) and lower not in self.person_aliases:
                continue  # "Mr. Purser Ramon dela Cruz": a job title, reported as a slip
            if group:
                if not company or self.is_company(word) or lower in self.person_aliases:
                    continue
                if self.close_to_company(lower):
                    yield span, "company_close", word, company, "suggestion_company"
                else:
                    yield span, "company_other", word, company, "suggestion_company"
                continue
            if not self.people or lower in self.person_aliases:
                continue
            if company and self.is_company(word):
                continue
            if self.first_name_only and self._after_title(rest[: m.start()]):
                continue  # "Dear Ms. Kapoor," to an interviewer recorded as 'Priya'
            person = self.closest_person(lower)
            if person:
                yield span, "greeting_close", word, person, "suggestion_person"
            else:
                yield span, "greeting_unknown", word, people, "suggestion_person"

    def _scanned(self, doc: Document) -> list[tuple[int, int]]:
        """Where names are looked for: the Subject line, a letter's header lines above the
        greeting (Document.header_lines: "Re: …", "Attn: …"), the body (after the greeting)
        and a postscript after the signature ("P.S. …")."""
        spans = [(doc.subject.start, doc.subject.end)] if doc.subject else []
        spans += [(line.start, line.end) for line, _ in doc.header_lines()]
        spans.append((doc.body.start, doc.body.end))
        ps = _POSTSCRIPT.search(doc.norm, doc.signature_start)
        if ps:
            spans.append((ps.end(), len(doc.norm)))
        closing = self._closing_address(doc)
        if closing:
            spans.append(closing)
        return spans

    def _closing_address(self, doc: Document) -> tuple[int, int] | None:
        """The reader addressed by a title and a name in the sign-off line ("Thanks again, Ms
        Sorensen."): where that name stands, checked as the body's names are."""
        start = doc.signature_start
        end = doc.norm.find("\n", start)
        end = len(doc.norm) if end < 0 else end
        m = _CLOSING_TITLE.search(doc.norm, start, end)
        if m is None or lowercase(m.group(1)) not in self.rules.family_titles:
            return None
        return m.start(1), end

    def known_wrong_names(
        self, doc: Document, seen: set[int]
    ) -> Iterator[tuple[Span, str, str, str, str]]:
        """A company or person of the user's other applications, anywhere in the note."""
        plain = doc.norm.isascii()
        for pattern, name, whose, needles in self.known_wrong:
            if plain and needles and not any(n in doc.lower for n in needles):
                continue  # in ASCII, a match in any case holds a form in lower case
            # (and a letter's furniture above the greeting: a recipient block left from a
            # letter to that other employer)
            above = (
                doc.subject.end if doc.subject else 0,
                doc.greeting.start if doc.greeting else 0,
            )
            for lo, hi in [above, *self._scanned(doc)]:
                for m in pattern.finditer(doc.norm, lo, hi):
                    if m.start() in seen:
                        continue
                    if not doc.norm[m.start()].isupper() and not self._a_name_in_lower_case(
                        m.group(), name
                    ):
                        continue
                    seen.add(m.start())
                    yield Span(*m.span()), "name_known", m.group(), whose, "suggestion_known"

    def _a_name_in_lower_case(self, found: str, name: str) -> bool:
        """Whether a known-wrong name written in lower case is still that name: the whole name
        of more than one word ("harbor analytics"), unless all its words are everyday words and
        none names an organisation ("blue sky"); or a single word that is no everyday word
        ("globex"). A single everyday word is that word ("the harbor view")."""
        words = _tokens(found)
        if len(words) == 1:
            return not everyday(found)
        if lowercase(found) != lowercase(name):
            return False
        org = self.rules.org_words
        return any(w in org or w in _COMPANY_SUFFIXES or not everyday(w) for w in words)

    def organisations(
        self, doc: Document, company: str, seen: set[int]
    ) -> Iterator[tuple[Span, str, str, str, str]]:
        """Capitalised names that stand where a note names the employer ("a great fit for X",
        "the team at X", "X's mission", "the X team") or that end like an organisation
        ("… Health"), in the Subject line and the body: each must be the company, a name the
        record mentions or one of the candidate's own employers."""
        rules = self.rules
        # the lines read as the Subject line is (the Subject line itself, a letter's reference
        # lines), and those that name the addressee ("Attn: …"), by where they start
        headers = {line.start: attention for line, attention in doc.header_lines()}
        if doc.subject is not None:
            headers[doc.subject.start] = False
        for lo, hi in self._scanned(doc):
            in_subject = lo in headers
            addressed = headers.get(lo, False)
            if in_subject and not any(c.islower() for c in doc.norm[lo:hi]):
                continue  # a header line all in capitals: read by capitals_headers
            for m in _NAME_SEQUENCE.finditer(doc.norm, lo, hi):
                start = m.start()
                if start in seen:
                    continue
                cut, name = _sequence_name(m.group())
                start += cut
                if not name:
                    continue
                if " " not in name and lowercase(name) in rules.not_names:
                    continue  # "Thank", "Please", "I": an ordinary word with a capital
                owner = name.split("'s ", 1)[0]
                if owner != name and self.is_company(owner):
                    continue  # "Kaveri Pharma's Hosur plant": a place of the company's
                possessive = owner != name or doc.lower.startswith("'s ", start + len(name))
                if possessive and self._regime(doc, name, start, lo, hi):
                    continue  # "the Central Bank's Fitness and Probity regime"
                # most capitalised names of a note are allowed ones (the company, the people,
                # products, days): asked first, and once per name
                allowed = self._allowed_names.get(name)
                if allowed is None:
                    if len(self._allowed_names) > 4096:
                        self._allowed_names.clear()
                    words = _tokens(name)
                    allowed = self._allowed_names[name] = not words or self._allowed(name, words)
                if allowed or self._company_unit(name):
                    continue
                if in_subject and self._signed(doc).issuperset(_tokens(name)):
                    continue  # the writer's own name: "Interview follow-up - Mere Tipene"
                end = start + len(name)
                last_word = lowercase(name.rsplit(None, 1)[-1])
                org_like = " " in name and (
                    last_word in rules.org_words
                    # or it ends in a legal form: 'Marwood Finch LLP', 'Brandt Holz GmbH'
                    or form_letters(last_word) in self.legal.forms
                    # or it starts with the company's own first word: 'Lakeview Orthodontics'
                    # for 'Lakeview Family Dental' (allowed when it is a form of the company)
                    or lowercase(name.split(None, 1)[0]) == self.company_first
                    # or it ends on the company's last word: 'Lakeview Legal Aid' for
                    # 'Ridgeview Legal Aid' (the same kind of body, another one)
                    or lowercase(name.rsplit(None, 1)[-1]) == self.company_last
                )
                # a cue ends in one of a few words before the name, or is a possessive after it
                gate = doc.norm[end : end + 1] == "'"
                if not gate:
                    before_words = doc.lower[max(lo, start - 24) : start].split()
                    if before_words and before_words[-1] == "the":
                        before_words.pop()
                    gate = bool(before_words) and before_words[-1] in _CUE_ENDS
                    titled = (
                        gate
                        and not in_subject
                        and _TITLED_CUE.search(doc.norm, max(lo, start - 40), start)
                    )
                    if titled and lowercase(titled.group(1)) not in rules.title_heads:
                        gate = False  # "Working at Heights", "Fit for Work": a title's words
                    if gate and " " not in name and self._site_next(doc, end):
                        gate = False  # "at the Kirkwall office": where the employer works
                # or the words after it say so ("the X team", "X is the right place for me")
                named_next = bool(
                    rules.employer_next and rules.employer_next.match(doc.lower, end, hi)
                )
                named_next = named_next and not gate
                if not named_next and rules.employer_modifier:
                    # "my Fernwood interview", "the Wexford culture": the name modifies a noun
                    # of the employer or of this application (in the Subject line, with or
                    # without a determiner: "Keystone interview follow-up")
                    determiner = doc.lower[max(lo, start - 6) : start].split()[-1:]
                    # (a name of everyday words only is a programme or an event, "the New
                    # Hire onboarding", "the Open House tour", not an organisation)
                    named_next = (
                        (in_subject or determiner in _DETERMINERS)
                        and not _ADJECTIVE_SHAPED.search(name)
                        and bool(rules.employer_modifier.match(doc.lower, end, hi))
                        and not all(map(_everyday_parts, _tokens(name)))
                    )
                if (
                    named_next
                    and " " not in name
                    and doc.is_sentence_start(start)
                    and (_GROUP_NEXT.match(doc.lower, end) is not None or _everyday_parts(name))
                ):
                    # "Great team." "Amazing staff!", "Seeing nurses use …": a word opening
                    # the sentence, not "the Bluebird team"
                    continue
                # the employer's place in a Subject line, after the job's title and a comma, a
                # dash or a bar: "Thank you – Store Manager, Ashcombe Grocers"
                after_title = in_subject and self._after_subject_title(doc.norm[lo:start])
                # (an attention line names the addressee: its organisation is the employer)
                after_title = after_title or addressed
                gate = gate or named_next or after_title
                if not (org_like or gate):
                    continue
                words = _tokens(name)
                ranked = _RANKING_NEXT.match(doc.norm, end)
                counted = ranked and _COUNTED.match(doc.lower, ranked.end())
                if ranked and not (counted and counted.group(1) in rules.count_words):
                    continue  # "the Forbes Cloud 100", "the Sunday Times Fast Track 100": a list
                    # (not "Globex 30 days from now", "Globex 100%": a count)
                if self._a_part(name, words):
                    continue  # "the Blue Team's approach", "the Benthic Ecology Group"
                more = _AND_MORE.match(doc.norm, end, hi)
                if more and lowercase(more.group(1)) in rules.regime_nouns:
                    continue  # "the Mine Health and Safety Act": the first half of a law's title
                part_of = _PART_OF.match(doc.norm, end, hi)
                if part_of and self.is_company(part_of.group(1)):
                    continue  # "the Platform Guild at Lumenary": a part of the company
                if named_next and (name.isupper() or all(w in rules.not_people for w in words)):
                    continue  # "the ICU team", "the Data Science team": a department
                sentence = doc.sentence_at(start)
                before = doc.lower[max(sentence.start, start - 80) : start]
                after = doc.lower[end : min(sentence.end, end + 60)]
                cue = (
                    named_next
                    or gate
                    and bool(
                        (rules.employer_before and rules.employer_before.search(before))
                        or (rules.employer_after and rules.employer_after.match(after))
                    )
                )
                cue = cue or after_title
                if not cue and in_subject and gate:
                    # the Subject line names this application: "… Consultant at Keystone
                    # Residential", "Following up with Brightpath" ("for" is too common there:
                    # "Thank You for Your Time")
                    cue = doc.lower[max(lo, start - 8) : start].split()[-1:] in _SUBJECT_CUES
                if not cue and not org_like:
                    continue
                strong = bool(
                    (rules.employer_after and rules.employer_after.match(after))
                    or (rules.employer_strong and rules.employer_strong.search(before))
                )
                if not strong and (
                    (rules.own_after and rules.own_after.match(after))
                    or self._past_or_third_party(doc, sentence.start, start)
                ):
                    continue  # the candidate's own history ("at Globex I rebuilt…")
                if (
                    not org_like
                    and _DEPARTMENT_NEXT.match(doc.lower, end) is not None
                    and all(map(everyday, words))
                ):
                    continue  # "joining the Revenue Cycle team": a department's name
                if self.close_to_company(words[0]):
                    continue  # a misspelling: reported as such by the near-miss scan
                if (
                    " " not in name
                    and not (org_like or named_next or possessive or strong or after_title)
                    and doc.lower.endswith("the ", max(lo, start - 4), start)
                    and _ENDS_A_PHRASE.match(doc.lower, end)
                    # (not where the employer stands: "the role at the Ritz", "join the Ivy")
                    and doc.lower[max(lo, start - 24) : start].split()[-2:-1]
                    not in (["at"], ["join"], ["for"], ["with"], ["from"], ["joining"])
                ):
                    continue  # "contribute to the Energiewende": one word after 'the' that
                    # modifies no noun names a thing, not an organisation
                if not (strong or possessive or in_subject) and (
                    # (a product's name, opening on one: "Oracle Fusion Cloud", "Salesforce
                    # Nonprofit Cloud", unless a strong cue makes it an employer)
                    words[0] in rules.products
                    or self._ordinary_place(doc, name, words, start, lo, org_like or named_next)
                    or self._department_after_title(doc, last_word, start, lo)
                ):
                    continue
                seen.add(start)
                yield (
                    Span(start, start + len(name)),
                    "name_other",
                    name,
                    company,
                    "suggestion_company",
                )

    def capitals_headers(
        self, doc: Document, company: str, seen: set[int]
    ) -> Iterator[tuple[Span, str, str, str, str]]:
        """A Subject or reference line written all in capitals ("RE: THANK YOU - TRAINEE
        SOLICITOR INTERVIEW AT HARTWELL LYONS LLP"), where no capital marks a name: the words
        after "AT", "WITH", "FROM", "JOIN" or after "INTERVIEW -" name the employer, and must
        be the company, a name the record mentions, the writer's or ordinary words."""
        lines = [line for line, _ in doc.header_lines()]
        if doc.subject is not None:
            lines.append(doc.subject)
        rules = self.rules
        for line in lines:
            text = doc.norm[line.start : line.end]
            if any(c.islower() for c in text):
                continue
            for m in _CAPITALS_EMPLOYER.finditer(doc.norm, line.start, line.end):
                name = m.group("name").rstrip(" .")
                start = m.start("name")
                title = _CAPITALS_TITLE.match(name)
                if title and lowercase(title.group(1)) in rules.family_titles:
                    name, start = name[title.end() :], start + title.end()  # "MS HALLORAN"
                if not name or start in seen:
                    continue
                words = [w for w in _tokens(name) if w not in rules.generic_greeting]
                strange = [
                    w
                    for w in words
                    if not everyday(w) and not self._rule_word(w, rules) and not w.isdigit()
                ]
                if (
                    not strange
                    or words[-1] in rules.site_nouns
                    or words[-1] in _STREET_WORDS
                    or self._allowed(name, words)
                    or self._company_unit(name)
                    or self._signed(doc).issuperset(words)
                ):
                    continue
                seen.add(start)
                span = Span(start, start + len(name))
                yield span, "name_other", name, company, "suggestion_company"

    def _company_unit(self, name: str) -> bool:
        """Whether `name` is the company's name, with every distinct word of it, and then a
        unit of it in everyday words ("Northfield Logistics Human Resources", "Crestview
        Health Patient Services"): no other organisation (an organisation's or a trade's word
        or a legal form after it makes one: "Northfield Logistics Freight Ltd")."""
        words = name.split()
        rules = self.rules
        for k in range(len(words) - 1, 0, -1):
            head = _tokens(" ".join(words[:k]))
            if not self.company_distinct.issubset(head) or not self.is_company(" ".join(words[:k])):
                continue
            return all(
                everyday(w)
                and w not in rules.org_words
                and w not in rules.sector_words
                and w not in _COMPANY_SUFFIXES
                and form_letters(w) not in self.legal.forms
                for w in _tokens(" ".join(words[k:]))
            )
        return False

    def _ordinary_place(
        self, doc: Document, name: str, words: list[str], start: int, lo: int, named: bool
    ) -> bool:
        """Whether a name of two words or more after "the" is everyday words only, none an
        organisation's or a trade's ("at the Town Hall", "in the Day Room", "everyone at the
        Garden Wing"): a building, a room or a meeting, not an organisation, where nothing
        but a weak cue ("at") names it the employer (`named`: it ends like an organisation or
        the words after it say so)."""
        rules = self.rules
        return (
            not named
            and " " in name
            and doc.lower.endswith("the ", max(lo, start - 4), start)
            # (not where a job is: "the role at the Golden Spoon")
            and _JOB_AT.search(doc.lower, max(lo, start - 40), start) is None
            and all(
                everyday(w)
                and w not in rules.org_words
                and w not in rules.sector_words
                and w not in self.company_tokens
                for w in words
            )
        )

    def _department_after_title(self, doc: Document, last_word: str, start: int, lo: int) -> bool:
        """Whether a name stands after a job's title and a dash on its line ("Senior Analyst
        – Finance Operations", "Head of Planning - Water Networks"): the department the title
        heads, not an organisation (unless it ends in a legal form)."""
        line_start = max(lo, doc.norm.rfind("\n", 0, start) + 1)
        m = _TITLE_BEFORE_DASH.search(doc.norm, max(line_start, start - 80), start)
        return (
            m is not None
            and any(w in self.rules.title_heads for w in _tokens(m.group(1)))
            and form_letters(last_word) not in self.legal.forms
        )

    def _past_or_third_party(self, doc: Document, lo: int, start: int) -> bool:
        """Whether the text of its sentence before a name at `start` (from `lo`) names the
        candidate's own past ("at Globex I…": names.own_before) or a third party beside the
        employer ("your team works with the Environment Agency": names.third_party_before),
        right before it or before the list it ends ("… works with the Environment Agency and
        Calderdale Council", "placements with Kier, Amey and Balfour Beatty")."""
        rules = self.rules
        ends = [start]
        # (a list only where a comma, "and", "or" or "&" stands right before the name)
        tail = doc.lower[max(lo, start - 9) : start].removesuffix("the ").rstrip()
        if tail.endswith((",", " and", " or", "&")):
            head = _LIST_BEFORE.search(doc.norm, max(lo, start - 160), start)
            if head is not None and head.start() < start:
                ends.append(head.start())
        return any(
            (
                rules.third_party_before
                and rules.third_party_before.search(doc.lower[max(lo, end - 80) : end])
            )
            or (rules.own_before and rules.own_before.search(doc.norm[lo:end]))
            for end in ends
        )

    def _site_next(self, doc: Document, end: int) -> bool:
        """Whether the word after a name is a site of the employer (names.site_nouns)."""
        m = _NEXT_WORD.match(doc.lower, end)
        return m is not None and m.group(1) in self.rules.site_nouns

    def _a_part(self, name: str, words: list[str]) -> bool:
        """Whether a name is a team's or a unit's own: everyday words before a word of
        names.team_words ("the Payments Squad", "the Platform Guild"), or a field of study or
        work before a word of names.unit_words ("the Benthic Ecology Group", "the Clinical
        Informatics Unit")."""
        rules = self.rules
        if len(words) < 2:
            return False
        last = words[-1]
        if last in rules.team_words and all(map(everyday, words[:-1])):
            return True
        # (the words before the field describe it: "Benthic", "Clinical", "Coastal"; not a
        # name of its own, "Harbor Analytics Group")
        field, before = words[-2], words[:-2]
        return (
            last in rules.unit_words
            and field not in self.company_tokens
            and field.endswith(rules.field_endings)
            and all(w.endswith(rules.field_endings) or _DESCRIBING.search(w) for w in before)
            and not self.is_company(name)
        )

    @property
    def upper_tokens(self) -> frozenset[str]:
        """The record's words (all_fact_tokens) in capitals: worked out once."""
        if self._upper_tokens is None:
            self._upper_tokens = frozenset(t.upper() for t in self.all_fact_tokens)
        return self._upper_tokens

    @property
    def record_initials(self) -> list[str]:
        """The initials of the record's texts, for letters joined by '&' ("F&B"): worked out
        when a name first holds such letters."""
        if self._record_initials is None:
            facts = self.facts
            self._record_initials = [
                _initials(text)
                for text in (facts.role, facts.company, *facts.topics, *facts.details)
            ]
        return self._record_initials

    def _joined_initials(self, name: str) -> set[str]:
        """The letters of the record's initials a name writes joined by '&' or '/' ("F&B" of
        Food & Beverage Supervisor, "L&D" of Learning and Development): each a word of its
        own, allowed."""
        found: set[str] = set()
        for m in _JOINED_INITIALS.finditer(name):
            letters = lowercase("".join(c for c in m.group() if c.isalpha()))
            if any(letters in s for s in self.record_initials):
                found |= set(letters)
        return found

    def _after_subject_title(self, before: str) -> bool:
        """Whether the Subject line's text before a name ends on a job's title (a word of the
        recorded role or a title's head word: "Manager", "Engineer"), or on what the line
        names before the employer ("interview", "Thank you": _SUBJECT_HEADS), and a
        separator."""
        m = _TITLE_THEN_SEPARATOR.search(before[-_TITLE_REACH:])
        if m is None:
            return False
        word = lowercase(m.group(1))
        return word in self.role_tokens or word in self.rules.title_heads or word in _SUBJECT_HEADS

    def _regime(self, doc: Document, name: str, start: int, lo: int, hi: int) -> bool:
        """Whether a possessive name ("Central Bank's Fitness", "the Council's revalidation
        rules") names a regime, framework, test or award of its owner (a word of
        names.regime_nouns in its tail or in the three words after it: "… and Probity regime"),
        with no strong cue that the owner is the employer ("join Pinecrest's Audit Review
        team")."""
        rules = self.rules
        tail = name.split("'s ", 1)[1] if "'s " in name else ""
        end = start + len(name)
        end += 2 if doc.lower.startswith("'s", end) else 0
        after = doc.lower[end : min(hi, end + 40)].split()[:3]
        words = [*_tokens(tail), *(w.strip(".,;:!?") for w in after)]
        if not any(w in rules.regime_nouns for w in words):
            return False
        before = doc.lower[max(lo, start - 80) : start]
        return not (rules.employer_strong and rules.employer_strong.search(before))

    def _allowed(self, name: str, words: list[str]) -> bool:
        """A name the note may use: the company (or a short form), someone or something on the
        record, the candidate's own employers, a region, or capitalised ordinary words.
        `words` are the name's tokens (_tokens)."""
        rules = self.rules
        plain, ruled, region = _rule_words(name, words, rules)
        # single letters the record's initials join by '&' or '/' ("F&B") are no words
        joined = self._joined_initials(name) if "&" in name or "/" in name else None
        if joined is None and (
            region or not plain or (ruled and plain[0] not in self.company_tokens)
        ):
            # a region, generic words only, or words the rules allow not opening on the
            # company's: allowed whether or not the name is the company's, so the company is
            # not compared
            return True
        if self.is_company(name):
            return True
        if region:
            return True  # "North America", "the Middle East", "Western Canada": a region
        if joined:
            plain = tuple(w for w in plain if not (len(w) == 1 and w in joined))
        if not plain:
            return True  # "the Health Department": generic words only
        if plain[0] in self.company_tokens:
            return False  # the company's own word in another organisation's name (is_company)
        allowed = self.allowed_tokens
        return all(
            w in allowed
            or self._rule_word(w, rules)
            # (a word joined by hyphens is known when each of its parts is: "Mon-Fri")
            or ("-" in w and all(p in allowed or self._rule_word(p, rules) for p in w.split("-")))
            for w in plain
        )

    @staticmethod
    def _rule_word(word: str, rules: CheckRules) -> bool:
        """Whether the rules name `word` a word that may stand in an allowed name (a word of no
        name, a greeting's, a title's, seniority, a group of people, a product, a place or a
        post)."""
        return (
            word in rules.not_names
            or word in rules.generic_greeting
            or word in rules.title_heads
            or word in rules.seniority
            or word in rules.not_people
            or word in rules.products
            or word in rules.places
            or _post_word(word, rules)
        )

    def titled_people(
        self, doc: Document, people: str, seen: set[int]
    ) -> Iterator[tuple[Span, str, str, str, str]]:
        """ "Mr. Jenkins", "Dr. Osei", "Herr Schmidt", "Mdm Salmah": a titled name must be
        someone on the record. After a title of address that also goes before words
        (check.toml names.honorifics: "Coach House", "Sister Hospital"), an everyday word is
        no name."""
        rules = self.rules
        titles, words = _address_titles(rules)
        titled = _titled(titles)
        found = _title_words(doc, words)
        if found is not None and not found:
            return
        for lo, hi in self._scanned(doc):
            for m in _titled_matches(doc, titled, found, lo, hi):
                name, start = m.group("name"), m.start("name")
                lower = lowercase(name)
                if start in seen or lower in self.person_aliases or self.known(lower):
                    continue
                if lowercase(m.group("title")) not in rules.family_titles and (
                    everyday(name) or lower in rules.not_people
                ):
                    continue
                if lower in self.allowed_tokens or lower in self._signed(doc):
                    continue  # 'Labor Dr. Kessler GmbH', an own employer; the writer's name
                if self.first_name_only:
                    continue  # 'Ms. Kapoor' may be the interviewer recorded as 'Priya'
                if lower in self.rules.title_heads:
                    continue  # a job title after a title-like word: 'the Principal Investigator'
                if self.closest_person(lower) or self.is_company(name):
                    continue
                seen.add(start)
                yield (
                    Span(start, start + len(name)),
                    "person_unknown",
                    name,
                    people,
                    "suggestion_person",
                )

    def _after_title(self, before: str) -> bool:
        """Whether `before` ends with a title that goes with a family name ("Dear Ms. ")."""
        words = before.rstrip(" \t.").rsplit(None, 1)
        if not words:
            return False
        title = lowercase(words[-1])
        return title in self.rules.family_titles or title in self.rules.honorifics

    @staticmethod
    def _signed(doc: Document) -> set[str]:
        """The words of the signature (the writer's name, in lower case), up to a postscript
        after it ("P.S. Please thank Mr Finch": his name is no writer's)."""
        return {lowercase(t) for t in _tokens(_signature_text(doc))}

    def _before_a_recorded_name(self, after: str) -> bool:
        """Whether `after` (the greeting's text after a word) starts with a recorded person's
        first and family names."""
        words = [lowercase(w) for w in _tokens(after)[:4]]
        return any(
            len(tokens) >= 2 and words[: len(tokens)] == list(tokens)
            for _full, tokens in self.people
        )

    def title_roles(self, doc: Document) -> Iterator[Span]:
        """A job title between a title and a recorded person's name in the greeting ("Dear Mr.
        Purser Ramon dela Cruz"): the span of the title and the job title."""
        if not doc.greeting or not self.people:
            return
        titled = _titled(self.rules.family_titles)
        for m in titled.finditer(doc.norm, doc.greeting.start, doc.greeting.end):
            word = lowercase(m.group("name"))
            if word in self.person_aliases:
                continue
            if self._before_a_recorded_name(doc.norm[m.end("name") : doc.greeting.end]):
                yield Span(m.start(), m.end("name"))

    def _name_order_lists(self) -> tuple[frozenset[str], frozenset[str]]:
        """Family names written first and patronyms: the lists drafting reads
        (data/person_words.txt, core.name_lists), with what a user's rules file adds
        (names.family_first, names.patronymic)."""
        rules = self.rules
        found = _name_order_cache.get(id(rules))
        if found is None or found[0] is not rules:
            from followup.core.name_lists import family_first_surnames, person_words

            if len(_name_order_cache) > 8:
                _name_order_cache.clear()
            found = _name_order_cache[id(rules)] = (
                rules,
                family_first_surnames() | rules.family_first,
                person_words()["patronyms"] | rules.patronymic,
            )
        return found[1], found[2]

    def title_first_names(self, doc: Document) -> Iterator[tuple[Span, str]]:
        """A title before a recorded person's first name ("Dear Dr. Karen" for Dr. Karen
        Osei): each span, with the form to use instead ("Dr. Osei"). A family name written
        first (data/person_words.txt, as drafting reads it: "Dear Ms. Goh," for Goh Mei Ling)
        is no slip, and a title before the given name of such a name is ("Dear Mr. Kenji" for
        Takahashi Kenji)."""
        if not doc.greeting:
            return
        titled = _titled(self.rules.family_titles)
        family_first, patronyms = self._name_order_lists()
        # the forms the record greets people by, a title with a given name among them ('Eng.
        # Khalid', as the user's notes asked): no slip
        asked = {" ".join(_tokens(lowercase(full).replace(".", " "))) for full, _ in self.people}
        for m in titled.finditer(doc.norm, doc.greeting.start, doc.greeting.end):
            title = m.group("title")
            word = lowercase(m.group("name"))
            if " ".join(_tokens(f"{lowercase(title)} {word}")) in asked:
                continue
            following = doc.lower[m.end("name") : doc.greeting.end].split()
            for full, tokens in self.people:
                if word != tokens[0] and not (tokens[0] in family_first and word in tokens[1:]):
                    continue  # nothing to find: the title goes before neither name below
                    # (the typed name is read only where it may be; it costs the most)
                family, by_given = _family_name(full)
                if word in family_first and (word not in tokens or word == family):
                    continue  # "Ms. Goh" for Goh Mei Ling: the family name, written first, as
                    # drafting reads the name ("Ms. Lee" for Lee Ashworth is a title with a
                    # first name; "Ms. Lee" for Lee Hui Min is not)
                if patronyms.intersection(lowercase(full).split()) or word in by_given:
                    continue  # "Ms. Nurul" for Nurul Aisyah binti Rahman: no family name;
                    # "Ms. Lan" for Nguyen Thi Lan: the title goes before the given name
                if family and family in (w.strip(",.:;!") for w in following[: len(tokens)]):
                    continue  # "Mr. Kenji Takahashi", "Mrs. Jane Doe": the full name
                if (
                    len(tokens) >= 2
                    and word in tokens[1:]
                    and tokens[0] == family
                    and tokens[0] in family_first
                ):  # "Mr. Kenji", "Ms. Jia Hui" for Takahashi Kenji, Chen Jia Hui (not "Ms.
                    # Smith" for Fang Smith: drafting reads the name's order the same way)
                    dot = "." if m.group("dot") else ""
                    yield Span(m.start(), m.end("name")), f"{title}{dot} {tokens[0].capitalize()}"
                    break
                if following and following[0].strip(",.:;!") in tokens[1:]:
                    continue  # "Mrs. Jane Doe": the full name
                if len(tokens) >= 2 and word == tokens[0] and word != tokens[-1]:
                    family = tokens[-1].capitalize()
                    dot = "." if m.group("dot") else ""
                    yield Span(m.start(), m.end("name")), f"{title}{dot} {family}"
                    break

    def initial_names(self, doc: Document) -> Iterator[tuple[Span, str]]:
        """An initial in the greeting where the record holds the first name in full ("Dear D.
        Blanco," for Don Blanco): each span, with the full name to use instead."""
        if not doc.greeting or not self.people:
            return
        for m in _INITIAL_NAME.finditer(doc.norm, doc.greeting.start, doc.greeting.end):
            initial, family = lowercase(m.group(1)), lowercase(m.group(2))
            for full, tokens in self.people:
                if (
                    len(tokens) >= 2
                    and tokens[-1] == family
                    and len(tokens[0]) >= 2
                    and tokens[0][0] == initial
                ):
                    yield Span(m.start(), m.end()), full
                    break

    def other_person(
        self, doc: Document, people: str, company: str, seen: set[int]
    ) -> Iterator[tuple[Span, str, str, str, str]]:
        """A first name the note says it met, spoke with or thanks ("meet Karen", "Karen's
        insight") that is nobody on the record: only asked when the record names people."""
        signed = set(_tokens(_signature_text(doc)))
        for cue in self.rules.person_cues:
            for m in finditer(cue, doc, doc.body.start, doc.body.end):
                for name, start in self._listed(doc, m.group("name"), m.start("name")):
                    at_start = doc.is_sentence_start(start)
                    found = self._other_person(name, start, company, signed, seen, at_start)
                    if found:
                        seen.add(start)
                        span = Span(start, start + len(name))
                        yield span, found, name, people, "suggestion_person"

    def _listed(self, doc: Document, name: str, start: int) -> Iterator[tuple[str, int]]:
        """A name a cue found and the names listed after it ("thanks to Beth and Sandra",
        "Omar, Lena and Joe")."""
        yield name, start
        pos = start + len(name)
        while True:
            family = _FAMILY_NAME.match(doc.norm, pos, doc.body.end)
            if family:
                pos = family.end()  # "Connor Walsh and Gwen Hollister"
            m = _AND_NAME.match(doc.norm, pos, doc.body.end)
            if not m:
                return
            yield m.group(1), m.start(1)
            pos = m.end(1)

    def _other_person(
        self,
        name: str,
        start: int,
        company: str,
        signed: set[str],
        seen: set[int],
        at_start: bool = False,
    ) -> str | None:
        """The message key when `name` (a first name a cue found) is nobody on the record.
        A plural noun is people in general only where its capital comes from starting a
        sentence ("Engineers told us"): after a cue inside one ("meet Miles", "thanks to
        Frances") it is a name."""
        lower = lowercase(name)
        if (
            start in seen
            or self.known(lower)
            or lower in self.rules.not_people
            or lower in signed
            or lower in self.rules.title_heads
            or lower in self.rules.seniority  # "Tariq, Senior Analyst": his title
            or (at_start and _plural_noun(lower))
            or (company and self.is_company(name))
            or self.closest_person(lower)
        ):
            return None
        return "person_unknown"

    def _role_tables(self) -> _RoleTables | None:
        """The recorded role's words, the title words it may be called by, its seniority
        words, its words before the title's head and its initials ("QA Lead" for a Quality
        Assurance Lead, "IPC Nurse" for an Infection Prevention and Control Nurse): worked
        out once per record (None for a role with no title's head word)."""
        if not self._role_done:
            self._role_done = True
            rules = self.rules
            role_words = frozenset(_tokens(self.facts.role))
            heads = frozenset(w for w in role_words if w in rules.title_heads)
            allowed = set(role_words)
            for head in heads:
                allowed |= rules.title_synonyms.get(head, frozenset())
            initials = "".join(
                w[0] for w in _tokens(self.facts.role) if w not in {"and", "of", "the"}
            )
            self._role = (
                _RoleTables(
                    role_words,
                    frozenset(allowed),
                    role_words & rules.seniority,
                    role_words - heads - rules.seniority,
                    initials,
                )
                if heads
                else None
            )
        return self._role

    def other_role(self, doc: Document) -> Iterator[tuple[Span, str, str, str, str]]:
        tables = self._role_tables()
        if tables is None:
            return
        role_words, allowed, role_seniority = tables.words, tables.allowed, tables.seniority
        role_modifiers, initials = tables.modifiers, tables.initials
        found: list[re.Match[str]] = [
            m
            for cue in self.rules.role_cues
            for m in finditer(cue, doc, doc.body.start, doc.body.end)
        ]
        if doc.subject and self.rules.role_subject:  # every role the subject names
            found += [
                m
                for m in self.rules.role_subject.finditer(
                    doc.norm, doc.subject.start, doc.subject.end
                )
                if not m.groupdict().get("stage")
            ]
        for m in found:
            start = m.start("title")
            lead = _LEADING_INITIALS.search(doc.norm, max(0, start - 12), start)
            start = lead.start() if lead else start  # "F&B Supervisor" read from "B"
            title = doc.text[start : m.end("title")]
            words = _tokens(title)
            joined = self._joined_initials(title) if "&" in title or "/" in title else set()
            if joined:  # "F&B Supervisor": the letters are one word, the role's initials
                words = _letters_joined(words, joined)
            if "of" in words[1:]:  # "Head of Science": the title's head comes before "of"
                words = words[: words.index("of", 1)]
            if not words or words[-1] not in self.rules.title_heads:
                continue
            span = Span(start, start + len(title))
            mismatch = words[-1] not in allowed and not _written_out(words[-1], role_words)
            modifiers = [w for w in words[:-1] if w not in self.rules.seniority]
            last = modifiers[-1] if modifiers else ""
            if (
                last
                and role_modifiers
                and last not in role_words
                and not set(last.split("-")) <= role_words
                and not (len(last) >= 2 and last in initials)
                # (nor a role's word cut short: "Admin" of Administrative, "Maint" of Maintenance)
                and not (len(last) >= 3 and any(w.startswith(last) for w in role_words))
                and not _written_out(last, role_words)  # "assistant" of a jotted "asst"
            ):
                mismatch = True  # "Marketing Manager" for a "Product Manager"
            seniority = (set(words[:-1]) & self.rules.seniority) - role_words
            if seniority and role_seniority and seniority.isdisjoint(role_seniority):
                mismatch = True
            if mismatch:
                yield span, "role_other", title, self.facts.role.strip(), "suggestion_role"

    # -- draft slips: names of the record in lower case, the reader in the third person
    def slips(self, doc: Document) -> Iterator[tuple[Span, str, str]]:
        """Jotted-note slips around the record's names: each span, the message key
        (`lowercase_name` or `third_person`) and the name as it should read."""
        yield from self._lowercase_names(doc)
        yield from self._reader_third_person(doc)
        yield from self._bare_family_greeting(doc)
        yield from self._honorific_capitals(doc)
        yield from self._company_greeting(doc)
        yield from self._reader_thanked_through(doc)

    def _greeted(self, doc: Document) -> tuple[str, Span] | None:
        """The one word a greeting names its reader by ('Dear Siobhán,' -> 'Siobhán'), and
        where it stands; None for any other greeting."""
        if not doc.greeting:
            return None
        line = doc.norm[doc.greeting.start : doc.greeting.end]
        opener = self.rules.greeting.match(line)
        m = _BARE_GREETING.fullmatch(line, opener.end()) if opener else None
        if m is None:
            return None
        return m.group(1), Span(doc.greeting.start + m.start(1), doc.greeting.start + m.end(1))

    def _company_greeting(self, doc: Document) -> Iterator[tuple[Span, str, str]]:
        """A greeting by the first word of the company's name ("Dear Desert," from the team
        mailbox "Desert Bloom Talent Team"), when that word is no recorded person's: a word
        cut from a team's name, greeted as if it were someone's."""
        if self._folded_company is None:
            self._folded_company = _folded(self.facts.company).split()
        company = self._folded_company
        greeted = self._greeted(doc) if company and len(company) > 1 else None
        if greeted is None:
            return
        word, span = greeted
        low = _folded(word)
        if low != company[0] or low in {_folded(t) for t in self.person_tokens}:
            return
        yield span, "company_greeting", "Dear Hiring Team,"

    def _reader_thanked_through(self, doc: Document) -> Iterator[tuple[Span, str, str]]:
        """The reader asked to pass thanks on to themselves ("Dear Siobhán, … Do thank Declan
        and Siobhan for me"): their name, accents aside, in the list of people a request to
        pass thanks on names."""
        greeted = self._greeted(doc)
        if greeted is None or not doc.body:
            return
        word = _folded(greeted[0])
        if len(word) < 2:
            return
        lo, hi = doc.body.start, doc.body.end
        for m in _PASS_THANKS.finditer(doc.norm, lo, hi):
            listed = m.group("list")
            if _SAID_TO_YOU.match(listed):
                continue  # 'Thank you, Siobhán, for …': said to her
            for name in _LISTED_WORD.finditer(listed):
                if _folded(name.group()) == word:
                    at = m.start("list") + name.start()
                    yield Span(at, at + len(name.group())), "thanks_to_reader", name.group()
                    return

    def _honorific_capitals(self, doc: Document) -> Iterator[tuple[Span, str, str]]:
        """An honorific after a name written with a capital ("Yoshida-San", "Sharma-Ji",
        names.after_honorifics): the name with it in lower case. A hyphened given name is
        none: a recorded one ("Min-Ji" of Kim Min-Ji) or one after a family name written
        first ("Park Eun-Ji")."""
        if not self.rules.after_honorifics:
            return
        if doc.norm.isascii() and doc.cased_words.isdisjoint(
            h.capitalize() for h in self.rules.after_honorifics
        ):
            return  # (in ASCII text, "Yoshida-San" holds the word "San")
        family_first = self._name_order_lists()[0]
        recorded = {lowercase(w) for full, _ in self.people for w in full.split()}
        for m in _honorific_after(_sorted_honorifics(self.rules)).finditer(doc.norm):
            name, hit = m.group("name"), m.group("hit")
            if lowercase(f"{name}-{hit}") in recorded or (
                m.group("before") and lowercase(m.group("before")) in family_first
            ):
                continue
            yield (
                Span(m.start("hit"), m.end("hit")),
                "honorific_capital",
                f"{name}-{lowercase(hit)}",
            )

    def _bare_family_greeting(self, doc: Document) -> Iterator[tuple[Span, str, str]]:
        """A greeting by a family name alone where the record titles the reader ("Dear Abara,"
        to Dr. Ngozi Abara, "Dear Halim," to Encik Rashid Halim) or writes their name family
        name first ("Dear Choi," to Choi Min-jun), or by the given name alone where the record
        gives an honorific said with it ("Dear Rashid," to Encik Rashid Halim): the title, or
        the whole name, to write."""
        if not doc.greeting or not self.people:
            return
        line = doc.norm[doc.greeting.start : doc.greeting.end]
        opener = self.rules.greeting.match(line)
        m = _BARE_GREETING.fullmatch(line, opener.end()) if opener else None
        if m is None:
            return
        word = m.group(1)
        low = lowercase(word)
        rules = self.rules
        span = Span(doc.greeting.start + m.start(1), doc.greeting.start + m.end(1))
        for tokens, latin, lead, said, named, keys in self._typed_people():
            if keys & rules.honorifics_given and len(named) > 1 and low in named:
                # said with the given name, first: 'Puan Rosnah', 'Datuk Seri Anwar'
                key = "bare_given_name" if low == named[0] else "bare_family_name"
                yield span, key, " ".join([*said, latin[lead]])
                return
            if keys and len(named) > 1:
                if low not in named:
                    continue  # (the greeting's word is none of the names)
                first = _family_name(" ".join(latin[lead:]))[0] == named[0]
                family = 0 if first else len(named) - 1
                if low == named[family] and (first or low != named[0]):
                    # 'Dear Abara,' to Dr. Ngozi Abara, 'Dear Lee,' to Dr. Lee Hui Min
                    yield span, "bare_family_name", " ".join([*said, latin[lead + family]])
                    return
                continue
            if (
                low == tokens[0]
                and latin[0] == word
                and _family_name(" ".join(latin))[0] == low  # typed family name first, as
                # drafting reads the name ('Choi Min-jun'; not 'Ren Takagi', 'Lee Ashworth')
            ):
                yield span, "bare_family_name", " ".join(latin)
                return

    def _typed_people(self) -> list[_Typed]:
        """How each recorded person of two names or more is typed, for _bare_family_greeting:
        their tokens, the typed words in Latin letters, how many of those are titles and
        honorifics before the names ('Dr.', 'Datuk Seri', 'Haji Datuk'), those words, the
        names after them (lower case) and the titles' keys. Worked out once per record."""
        if self._typed is None:
            rules = self.rules
            leading = rules.family_titles | rules.honorifics | rules.honorifics_given
            self._typed = []
            for full, tokens in self.people:
                typed = _PERSON_ASIDE.sub(" ", full).split()
                latin = [w for w in typed if any("a" <= lowercase(c) <= "z" for c in w)]
                if len(tokens) < 2 or not latin:
                    continue
                lead = 0
                while lead < len(latin) - 1 and (
                    lowercase(latin[lead]).rstrip(".") in leading
                    or (lead and lowercase(latin[lead]) in rules.honorific_parts)
                ):
                    lead += 1
                said, named = latin[:lead], [lowercase(w).strip(".,") for w in latin[lead:]]
                keys = {lowercase(w).rstrip(".") for w in said}
                self._typed.append((tokens, latin, lead, said, named, keys))
        return self._typed

    def _record_names(self) -> list[str]:
        """The record's names written with capitals: the company, the people, the candidate's
        own employers and capitalised words of the topics."""
        names = [self.facts.company.strip(), *(full for full, _ in self.people)]
        names += [e.strip() for e in self.facts.own_employers]
        for _full, tokens in self.people:
            names += [t.capitalize() for t in tokens if len(t) >= 3]
        return [n for n in names if n and n != lowercase(n)]

    def _lowercase_names(self, doc: Document) -> Iterator[tuple[Span, str, str]]:
        if self._lowercase_words is None:
            forms: dict[str, str] = {}
            for name in self._record_names():
                forms.setdefault(normalised(lowercase(name)), name)
            self._lowercase_forms = forms
            self._lowercase_heads = frozenset([t[0] for t in map(_tokens, forms) if t])
            self._lowercase_words = sorted(forms, key=len, reverse=True)
        # only when the note holds a name's first word written in lower case
        if not self._lowercase_words or doc.cased_words.isdisjoint(self._lowercase_heads):
            return
        lo, hi = doc.body.start, doc.body.end
        for start, end, tail in _names_in_lower(doc.lower, self._lowercase_words, lo, hi):
            written = doc.norm[start:end]
            if written != lowercase(written):
                continue
            key = doc.lower[start:end]
            proper = self._lowercase_forms[key]
            # one ordinary word ("summit", "rose") only counts as a name when it is clearly one:
            # a possessive, or after a word that introduces an employer or a person
            if " " not in key:
                before = doc.lower[max(lo, start - 12) : start].split()
                if not (
                    tail
                    or (before and before[-1] in _LOWER_NAME_CUES)
                    or _PERSON_CONTEXT.match(doc.norm, end)
                ):
                    continue
            yield Span(start, end), "lowercase_name", proper

    def _reader_third_person(self, doc: Document) -> Iterator[tuple[Span, str, str]]:
        """In a note to one recorded person, that person named in the third person
        ("I enjoyed Marcus's story" in a note to Marcus)."""
        if not doc.greeting or not self.people:
            return
        greeted = set(_tokens(doc.norm[doc.greeting.start : doc.greeting.end]))
        readers = [
            (family, tokens)
            for family, (_full, tokens) in zip(self._families(), self.people, strict=True)
            if not family.isdisjoint(greeted)
        ]
        if len(readers) != 1:
            return
        reader, recorded = readers[0]
        if not greeted.isdisjoint(self.rules.family_titles):
            # greeted by a title and a family name ("Dear Mr Kinnear"), the reader is named in
            # the body by a recorded name only: a nickname ("Rob's colleagues") is the way the
            # writer speaks of someone else, not of the reader addressed so formally
            reader = frozenset(recorded)
        # found with `str.find` in the lower-cased body, without compiling a pattern per reader
        spans: Iterable[tuple[int, int]] | None
        spans = _whole_words(doc.norm, doc.lower, reader, doc.body.start, doc.body.end)
        if spans is None:
            found = _reader_patterns.get(reader)
            if found is None:
                if len(_reader_patterns) > 64:
                    _reader_patterns.clear()
                found = _reader_patterns[reader] = compile_pattern(
                    rf"(?<![\w'-])(?:{_longest_first(reader)})(?![\w-])", re.IGNORECASE
                )
            spans = (m.span() for m in found.finditer(doc.norm, doc.body.start, doc.body.end))
        for start, end in spans:
            tail = doc.norm[end : end + 2]
            if tail in ("'s", "\u2019s"):
                yield Span(start, end + 2), "third_person", "your"
            elif _READER_VERB.match(doc.norm, end) or _READER_THANKED.search(
                doc.norm, max(doc.body.start, start - 40), start
            ):
                yield Span(start, end), "third_person", "you"

    # -- specifics from the record
    def specific_from_facts(self, doc: Document, skip: Sequence[Span] = ()) -> bool:
        """Whether the body names a person of the record (not the one greeted) or a recorded
        topic, outside the `skip` spans (template slots)."""
        lo, hi = doc.body.start, doc.body.end
        addressed: set[str] = set()
        if doc.greeting:
            addressed = set(_tokens(doc.norm[doc.greeting.start : doc.greeting.end]))
        rules = self.rules
        families = self._specific_tables()[0]
        for m in NAME_WORD.finditer(doc.norm, lo, hi):
            if any(k.start <= m.start() < k.end for k in skip):
                continue
            word = lowercase(m.group()).removesuffix("'s")
            if word in rules.title_heads or word in rules.seniority or word in rules.not_people:
                continue  # "the post of Assistant Manager" to a reader recorded by a title
            if word in self.person_aliases and word not in addressed:
                if self._spoken_to(doc, m.start(), m.end()):
                    continue  # "Thanks, Hana, for …": the reader, not a detail
                for family in families:
                    if word in family and family.isdisjoint(addressed):
                        return True
        _families, topics, pairs = self._specific_tables()
        details = self.detail_names()
        if not topics and not details:
            return False
        for s in doc.sentences:
            if s.end <= lo or s.start >= hi:
                continue
            text = doc.norm[s.start : s.end]
            for k in skip:
                if s.start < k.end and k.start < s.end:
                    x, y = max(k.start, s.start) - s.start, min(k.end, s.end) - s.start
                    text = text[:x] + " " * (y - x) + text[y:]
            words = _tokens(text)
            words += [part for w in words if "-" in w for part in w.split("-") if part]
            if topics:
                # two different words match only when they start alike (_stem_match): each
                # topic word is compared with the sentence's words of its first three letters
                said = set(words)
                by_start: dict[str, list[str]] = {}
                for w in said:
                    if len(w) >= 3:
                        by_start.setdefault(w[:3], []).append(w)
                for topic_words, need in topics:  # 'on-call load' cites 'on call load'
                    hits = 0
                    for t in topic_words:
                        if t in said or any(_stem_match(t, w) for w in by_start.get(t[:3], ())):
                            hits += 1
                    if hits >= need:
                        return True
            if pairs & set(zip(words, words[1:], strict=False)):
                return True  # 'the new branches' of 'fp&a model for new branches'
            if details and _holds_any(words, details):
                return True  # 'the merger with Valley Pines Medical' the record's notes name
        return False

    def _spoken_to(self, doc: Document, start: int, end: int) -> bool:
        """Whether the name at `start`-`end` in the body addresses the reader (names.vocative_before
        and vocative_after: "Thanks, Hana, for …", "Hana, thank you …")."""
        before, after = self.rules.vocative_before, self.rules.vocative_after
        if before is None or after is None:
            return False
        sentence = doc.sentence_at(start)
        return (
            before.search(doc.norm[sentence.start : start]) is not None
            and after.match(doc.norm[end : end + 40]) is not None
        )

    def _families(self) -> list[frozenset[str]]:
        """Each recorded person's names and their nicknames (names.nicknames), in the order
        of the record: worked out once."""
        if self._family_sets is None:
            found = []
            for _full, tokens in self.people:
                family = set(tokens)
                for t in tokens:
                    family |= self.rules.nicknames.get(t, frozenset())
                found.append(frozenset(family))
            self._family_sets = found
        return self._family_sets

    def _specific_tables(
        self,
    ) -> tuple[list[frozenset[str]], list[tuple[list[str], int]], frozenset[tuple[str, str]]]:
        """What specific_from_facts looks for, worked out once per record: each recorded
        person's names and nicknames, each topic's words (with how many a sentence must say)
        and the pairs of a topic's words said together."""
        if self._specifics is None:
            rules = self.rules
            families = self._families()
            stop = rules.topic_stopwords
            topics = []
            # two words of a topic said together, neither a word of grammar nor both generic
            # ('new branches'; not 'the repairs', 'new team')
            grammar = rules.topic_grammar
            pairs: set[tuple[str, str]] = set()
            for topic in self.facts.topics:
                said = [w for w in _tokens(topic) if w.removesuffix("'s") not in self.person_tokens]
                pairs |= {
                    (a, b)
                    for a, b in zip(said, said[1:], strict=False)
                    if not ({a, b} & grammar or (a in stop and b in stop))
                    if len(a) >= 3 and len(b) >= 3
                }
                # whose it is ('fiona's team restructure', 'vikram asked about my team size')
                # is no word a note must repeat: to Fiona it is 'your team restructure'
                words = [
                    w
                    for w in _tokens(topic)
                    if w not in stop
                    and len(w) >= 2
                    and w.removesuffix("'s") not in self.person_tokens
                ]
                if words:
                    topics.append((words, len(words) if len(words) <= 2 else 2))
            self._specifics = (families, topics, frozenset(pairs))
        return self._specifics

    def detail_names(self) -> tuple[tuple[str, ...], ...]:
        """The names the record's notes mention ("Valley Pines Medical", "Epic Rover", "the
        Harmon Wing"), each as its words in lower case: a note that says one names a detail of
        the interview. Not the company's, the role's or a recorded person's words, nor a single
        everyday word ("Tour", "She" at a sentence's start). Worked out once."""
        if self._detail_names is None:
            known = self.company_tokens | self.role_tokens | self.person_aliases
            not_names = self.rules.not_names
            found: dict[tuple[str, ...], None] = {}
            for text in self.facts.details:
                for m in _NAME_SEQUENCE.finditer(normalised(text)):
                    words = [w.removesuffix("'s") for w in _tokens(m.group())]
                    while words and (words[0] in not_names or words[0] in known):
                        words.pop(0)  # "The", "Tour of the …", "Elena"
                    if not words or all(w in known or w in not_names for w in words):
                        continue
                    if len(words) == 1 and (everyday(words[0]) or len(words[0]) < 4):
                        continue
                    found[tuple(words)] = None
            self._detail_names = tuple(found)
        return self._detail_names


def _rule_words(
    name: str, words: list[str], rules: CheckRules
) -> tuple[tuple[str, ...], bool, bool]:
    """What the rules alone say of a name (`words`, its tokens): its words that are neither a
    legal form nor an organisation's word (a word's head before a lower-case word it is
    joined to, "Spanish-language", read as the head), whether the rules allow each of them
    (Names._rule_word) and whether the name is a region ("North America"): the same for
    every record, worked out once per name (a note's names are mostly days, titles and
    ordinary words)."""
    known = _memo_of(_rule_words_cache, rules)
    found = known.get(name)
    if found is None:
        region = len(words) > 1 and all(w in rules.compass or w in rules.places for w in words)
        written = _TOKEN.findall(name) if "-" in name else ()
        if len(written) == len(words):
            # a word's head before a lower-case word it is joined to ("Spanish-language",
            # "London-based", "EU-wide"): the head is the name
            words = [_compound_head(w, t) for w, t in zip(words, written, strict=True)]
        plain = tuple(w for w in words if w not in _COMPANY_SUFFIXES and w not in rules.org_words)
        if len(known) > 20_000:
            known.clear()
        found = known[name] = (plain, all(Names._rule_word(w, rules) for w in plain), region)
    return found


_Memo = TypeVar("_Memo")


def _memo_of(
    memos: dict[int, tuple[CheckRules, dict[str, _Memo]]], rules: CheckRules
) -> dict[str, _Memo]:
    """The memo `memos` keeps for `rules` (keyed by its id and checked to be the same object),
    made empty when new; past eight sets of rules the cache starts again."""
    cached = memos.get(id(rules))
    if cached is None or cached[0] is not rules:
        if len(memos) > 8:
            memos.clear()
        cached = memos[id(rules)] = (rules, {})
    return cached[1]


# for each set of rules, what they say of each name (_rule_words)
_rule_words_cache: dict[int, tuple[CheckRules, dict[str, tuple[tuple[str, ...], bool, bool]]]] = {}


def _written_out(word: str, jotted: frozenset[str]) -> bool:
    """Whether `word` (lower case) is a word of the role as the record jots it, written out:
    a jotted word of 2+ letters that starts as `word` does and whose letters all come in
    `word` in order ("asst" of "assistant", "mgr" of "manager", "super" of "superintendent",
    "coord" of "coordinator"), the usual shape of a short form."""
    for short in jotted:
        if 2 <= len(short) < len(word) and short[0] == word[0]:
            rest = iter(word)
            if all(letter in rest for letter in short):
                return True
    return False


def _letters_joined(words: list[str], letters: set[str]) -> list[str]:
    """`words` with each run of single letters of `letters` made one word (['f', 'b',
    'supervisor'] -> ['fb', 'supervisor'])."""
    out: list[str] = []
    run = ""
    for word in words:
        if len(word) == 1 and word in letters:
            run += word
            continue
        if run:
            out.append(run)
            run = ""
        out.append(word)
    return [*out, run] if run else out


def _everyday_parts(word: str) -> bool:
    """Whether a word is an everyday one, or is made of everyday words joined by hyphens
    ("Follow-up", "Catch-up", "Thank-you": not "Brightwater-Lane")."""
    return everyday(word) or (
        "-" in word.strip("-") and all(everyday(p) for p in word.strip("-").split("-") if p)
    )


def _short_forms(given: str, rules: CheckRules) -> frozenset[str]:
    """The short forms of a given name (check.toml names.short_form_letters, short_form_cut and
    short_form_endings): each of its beginnings of that many letters or more that leaves off
    short_form_cut letters or more ("Sara" is a slip for "Sarah"), alone or with a
    pet ending, after the last letter once or twice ("val", "gwen", "robbie" of "roberta"),
    and its first two letters where they are a pet form of any name ("jo" of "joanna")."""
    known = _memo_of(_short_form_cache, rules)
    found = known.get(given)
    if found is None:
        if len(known) > 4096:
            known.clear()
        found = known[given] = frozenset(_made_short_forms(given, rules))
    return found


# for each set of rules, the short forms of each given name (_short_forms), made once
_short_form_cache: dict[int, tuple[CheckRules, dict[str, frozenset[str]]]] = {}


def _made_short_forms(given: str, rules: CheckRules) -> set[str]:
    least = rules.short_form_letters
    if not least or not given.isalpha():
        return set()
    forms: set[str] = set()
    # a pet form of two letters that is one of another name's too ("Jo" for Joanna, as for
    # Josephine; "Di" for Diane): its beginning
    two = given[:2]
    if len(given) > least and two in rules.nicknames:
        forms.add(two)
    for n in range(least, len(given) - rules.short_form_cut + 1):
        stem = given[:n]
        forms.add(stem)
        for ending in rules.short_form_endings:
            forms.add(stem + ending)
            forms.add(stem + stem[-1] + ending)
    forms |= _inner_forms(given, rules.short_form_inner_letters)
    for form in list(forms):
        for ending, respelt in rules.short_form_respellings:
            if form.endswith(ending) and len(form) - len(ending) >= 2:
                forms.add(form[: -len(ending)] + respelt)
    return forms


_VOWELS = frozenset("aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüýÿ")


def _inner_forms(given: str, least: int) -> set[str]:
    """The parts from inside a given name (not its start) of `least` letters or more that open
    on a consonant, hold a vowel and are no everyday word ("tasha", "tash" of natasha; "nika"
    of dominika): how a short form is made from a later syllable."""
    if not least:
        return set()
    forms = set()
    for i in range(1, len(given) - least + 1):
        if given[i] in _VOWELS or given[i] == given[i - 1]:
            continue
        for j in range(i + least, len(given) + 1):
            part = given[i:j]
            if not _VOWELS.isdisjoint(part) and not everyday(part):
                forms.add(part)
    return forms


def _folded(text: str) -> str:
    """Lower case without accents, in plain letters ('Siobhán' -> 'siobhan', 'Sørensen' ->
    'sorensen', 'Strauß' -> 'strauss', 'Łukasz' -> 'lukasz'): the Latin letters NFKD leaves
    (ø, æ, ß, ł, đ, þ, …) written by anyascii, read only for them."""
    low = lowercase(text)
    if low.isascii():
        return low
    found = _folded_of.get(low)
    if found is None:
        plain = unicodedata.normalize("NFKD", low)
        plain = "".join(c for c in plain if not unicodedata.combining(c))
        if not plain.isascii():
            plain = "".join(_plain_letter(c) for c in plain)
        if len(_folded_of) > 4096:
            _folded_of.clear()
        found = _folded_of[low] = plain
    return found


_folded_of: dict[str, str] = {}


def _plain_letter(char: str) -> str:
    """A Latin letter NFKD leaves as it is, in plain lower-case letters ('ø' -> 'o', 'æ' ->
    'ae', 'ß' -> 'ss'); any other character as it is."""
    if char.isascii() or not unicodedata.name(char, "").startswith("LATIN"):
        return char
    from anyascii import anyascii

    return lowercase(anyascii(char)) or char
