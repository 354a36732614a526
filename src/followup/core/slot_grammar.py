"""Whether a value reads right in the slot of a sentence it is about to fill.

A note's sentences are frames with slots: "Thank you for walking me through {topic}.",
"{qual}, and I'd be glad to put it to use with your team." A jotted value pasted into a
frame is the commonest fault of a draft ("walking me through the Imogen set up the practice",
"I am a BSBA management"), so every value is checked here, by a small grammar of its slot,
before a note uses it. A value that fails is rephrased by a rule (a person's story becomes
"how you set up the practice"), asked for in the terminal, or left out — never pasted.

The grammar reads part-of-speech tags: closed-class words (determiners, prepositions,
conjunctions, auxiliaries, pronouns) from data/phrasing.toml [slot_grammar]; open-class words
from a word-class lexicon passed in (`Classes`: a lower-case word -> the classes it can be,
among NOUN, VERB, ADJ, ADV, with the verb forms VB, VBD (past or past participle), VBZ (-s)
and VBG (-ing); services.drafting builds it from LemmInflect's tables and caches it). A word
the lexicon does not know is a name when it has a capital, else jargon (a noun).

Slots:
- a noun phrase (`noun_phrase_fault`): determiner?, modifiers, a head, then prepositional
  phrases, "and" phrases, an infinitive or an -ing clause; or a wh-clause ("how you …").
  Never a finite verb after a subject (that is a sentence), a determiner in the middle, a
  bare year or decimal after a noun, a symbol, an open quote or bracket, a dangling end.
- an "I …" clause for a qualification (`clause_fault`): "I am a/an X" only when X's head is a
  person ("a shift lead", "an RN"); "I hold a/an X" only when X's head is something held ("a
  licence", "an MSc", "OSHA 30 certification"); the rest of any clause as a noun phrase.
- a person's story (`person_story`): "<Name> <past verb> …" is a sentence about that person,
  said to them as "how you …" and to anyone else as "how <Name> …".
Pure.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from followup.core.errors import InvalidInput
from followup.core.parse import word_list
from followup.core.text import without_symbol_names

Classes = Callable[[str], frozenset[str]]

_TOKEN = re.compile(
    r"\$?\d+(?:[.,]\d+)*(?:%|[kKmMbB]\b|st\b|nd\b|rd\b|th\b)?|[A-Za-zÀ-ÿ][\wÀ-ÿ'’.&-]*[\wÀ-ÿ]|[A-Za-zÀ-ÿ]|\S"
)
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_DECIMAL = re.compile(r"^\d+[.,]\d+$")
_NUMBER = re.compile(r"^\$?\d[\d,.]*(?:%|[kKmMbB]|st|nd|rd|th)?$")
_MIXED = re.compile(r"^(?=.*\d)(?=.*[A-Za-z])[\w.]+$")  # '4x10', 'p99', 'Q3', 'NVQ3'
_FINE_MIXED = re.compile(r"^(?:[QH][1-4]|[A-Z]+\d+[A-Za-z]?|\d+[A-Z]+|\d+(?:st|nd|rd|th))$")
_SYMBOL = re.compile(r"[=+<>|~#*^\\/@:;!?→⇒]")
_QUOTES = ("'", "‘", "’", '"', "“", "”")
_MONTH_RANGE = re.compile(
    r"\b(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\s?[-–]\s?"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)\b"
)  # 'busy season jan-mar': months in shorthand
SENTENCE = "it is a sentence: say it as a phrase, or as how someone did something"
_WH = frozenset(["how", "why", "what", "where", "when", "whether", "who"])
_NUMBER_WORDS = frozenset(
    [
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
        "thirty",
        "forty",
        "fifty",
        "sixty",
        "seventy",
        "eighty",
        "ninety",
        "hundred",
        "thousand",
        "million",
        "billion",
        "dozen",
    ]
)


@dataclass(frozen=True)
class SlotGrammar:
    """The closed-class words of data/phrasing.toml [slot_grammar]."""

    determiners: frozenset[str] = frozenset()
    prepositions: frozenset[str] = frozenset()
    conjunctions: frozenset[str] = frozenset()
    auxiliaries: frozenset[str] = frozenset()
    pronouns: frozenset[str] = frozenset()
    particles: frozenset[str] = frozenset()  # 'set up', 'came up': a verb's particle
    same_past: frozenset[str] = frozenset()  # 'set', 'put', 'cut': past tense = base form
    person_heads: frozenset[str] = frozenset()  # 'lead', 'aide', 'chef': people, no suffix
    person_suffixes: tuple[str, ...] = ()  # 'er', 'or', 'ist': a person noun's ending
    not_people: frozenset[str] = frozenset()  # 'computer', 'number': -er words that are things
    held_heads: frozenset[str] = frozenset()  # 'licence', 'belt': things a person holds
    kin: frozenset[str] = frozenset()  # 'dad', 'mother': "Bo's dad founded …"
    fields: frozenset[str] = frozenset()  # 'English': a field of study, never a school
    to_you: Mapping[str, str] = field(default_factory=dict)  # 'was' -> 'were'
    conditions: frozenset[str] = frozenset()  # 'required', 'ok': a condition of the job
    shown_verbs: frozenset[str] = frozenset()  # 'showed': what someone showed, not a story
    start_verbs: frozenset[str] = frozenset()  # 'started', 'joined': how a working life began
    foreign_words: frozenset[str] = frozenset()  # 'le', 'der', 'del': another language's
    foreign_lookalikes: frozenset[str] = frozenset()  # 'die', 'ab', 'la': English words too
    # A topic a note may place (`plain_topic_fault`): its determiners, the prepositions of
    # the one phrase that may follow its head, and its length in words.
    topic_leads: frozenset[str] = frozenset()
    topic_links: frozenset[str] = frozenset()
    topic_place_links: frozenset[str] = frozenset()  # 'near': before a place's name
    topic_never: frozenset[str] = frozenset()  # 'more', 'only': no word of a topic
    topic_verbs: frozenset[str] = frozenset()  # 'need', 'want': a verb before its object
    topic_predicates: frozenset[str] = frozenset()  # 'good', 'tight': said of a thing, last
    # A jot cut inside its clause (`remnant_fault`): an -s verb rarely a noun ('the parade
    # goes'), a verb that never ends a clause without what it acts on or where it goes
    # ("someone who'll go"), an adverb that is never what a determiner names ('the still').
    verb_ends: frozenset[str] = frozenset()
    open_verbs: frozenset[str] = frozenset()
    bare_adverbs: frozenset[str] = frozenset()
    topic_max_words: int = 10
    topic_max_links: int = 2  # 'your push into trusts for farming families'

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> SlotGrammar:
        def words(key: str) -> frozenset[str]:
            return frozenset(word_list(data, key, "phrasing data", "slot_grammar"))

        to_you = data.get("to_you", {})
        if not isinstance(to_you, Mapping):
            raise InvalidInput("phrasing data: slot_grammar.to_you must be a table")
        return cls(
            determiners=words("determiners"),
            prepositions=words("prepositions"),
            conjunctions=words("conjunctions"),
            auxiliaries=words("auxiliaries"),
            pronouns=words("pronouns"),
            particles=words("particles"),
            same_past=words("same_past"),
            person_heads=words("person_heads"),
            person_suffixes=tuple(sorted(words("person_suffixes"), key=len, reverse=True)),
            not_people=words("not_people"),
            held_heads=words("held_heads"),
            kin=words("kin"),
            fields=words("fields"),
            to_you={str(k).lower(): str(v) for k, v in to_you.items()},
            conditions=words("conditions"),
            shown_verbs=words("shown_verbs"),
            start_verbs=words("start_verbs"),
            foreign_words=words("foreign_words"),
            foreign_lookalikes=words("foreign_lookalikes"),
            topic_leads=words("topic_leads"),
            topic_links=words("topic_links"),
            topic_place_links=words("topic_place_links"),
            topic_never=words("topic_never"),
            topic_verbs=words("topic_verbs"),
            topic_predicates=words("topic_predicates"),
            verb_ends=words("verb_ends"),
            open_verbs=words("open_verbs"),
            bare_adverbs=words("bare_adverbs"),
            topic_max_words=int(data.get("topic_max_words", 10)),
            topic_max_links=int(data.get("topic_max_links", 2)),
        )


@dataclass(frozen=True)
class Token:
    """A word of a jotted phrase and its word classes."""

    text: str
    tags: frozenset[str]

    @property
    def low(self) -> str:
        return self.text.lower()

    def is_(self, *tags: str) -> bool:
        return any(t in self.tags for t in tags)


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


_COMPOUND_PARTICLES = frozenset(
    ["in", "out", "up", "off", "on", "over", "down", "through", "back", "away", "by"]
)


def _open_class(word: str, classes: Classes) -> set[str]:
    """The tags of a word no closed class holds: the lexicon's classes, PROPN for a name (a
    capitalised word the lexicon does not know, or one written in capitals), CAP for a known
    word with a capital, NOUN and UNK for lower-case jargon, ACRO for an acronym."""
    low = word.lower()
    parts = low.split("-") if "-" in low else [low]
    if len(parts) == 2 and parts[0].isalpha() and parts[1] in _COMPOUND_PARTICLES:
        # 'check-in', 'drop-off', 'walk-through': a verb and its particle name a thing
        return {"NOUN", "ADJ"} | ({"PROPN"} if word[:1].isupper() else set())
    found = classes(parts[-1].strip(".")) if parts[-1] else frozenset()
    if "-" in low and found:  # 'cat-friendly', 'cross-dock': a modifier, never a verb
        found = frozenset(found - {"VB", "VBD", "VBZ", "VBG", "VERB"}) or found
    tags = set(found)
    if "VBZ" in found and "NOUN" not in found and low.endswith("s") and len(low) > 3:
        singular = low[:-2] if low.endswith("es") and not classes(low[:-1]) else low[:-1]
        if "NOUN" in classes(singular):
            tags.add("NOUN")  # 'logs', 'overruns': a plural noun the tables list as a verb only
    if not found and low.endswith("ing") and len(low) > 5 and low.isalpha():
        tags |= {"VERB", "VBG"}  # 'relaunching': an -ing form no table lists
    if not found and low.endswith("ed") and len(low) > 5 and low.isalpha():
        tags |= {"VERB", "VBD"}  # 'blindsided': a past form no table lists
    if word[:1].isupper() and (not found or word.isupper() or word != word.title()):
        tags.add("PROPN")
    elif word[:1].isupper():
        tags.add("CAP")
    if not tags:
        tags |= {"NOUN", "UNK"}  # jargon the lexicon does not know
    if word.isupper() and len(word) >= 2:
        tags.add("ACRO")
    return tags


def tag(text: str, grammar: SlotGrammar, classes: Classes) -> list[Token]:
    """Each word of `text` with the classes it can be (see the module docstring)."""
    out: list[Token] = []
    for index, word in enumerate(tokens(text)):
        low = word.lower()
        tags: set[str] = set()
        closed = index == 0 or not word[:1].isupper() or low == "i"  # 'in May': a month
        if _NUMBER.match(word) or low in _NUMBER_WORDS:
            tags.add("NUM")
            if _YEAR.match(word):
                tags.add("YEAR")
        elif not word[:1].isalnum():
            tags.add("CONJ" if word == "&" else "PUNCT")
        else:
            if re.search(r"['’]s$", word) or (closed and low in grammar.determiners):
                tags.add("DET")
            if closed:
                for name, words in (
                    ("PREP", grammar.prepositions),
                    ("CONJ", grammar.conjunctions),
                    ("AUX", grammar.auxiliaries),
                    ("PRON", grammar.pronouns),
                    ("PART", grammar.particles),
                ):
                    if low in words:
                        tags.add(name)
            if _MIXED.match(word):
                tags.add("MIXED" if not _FINE_MIXED.match(word) else "PROPN")
            if not tags:
                tags |= _open_class(word, classes)
        out.append(Token(word, frozenset(tags)))
    return out


_NOMINAL = ("NOUN", "PROPN", "ACRO", "NUM", "ADJ", "CAP", "MIXED")


def _subject_like(tok: Token) -> bool:
    return tok.is_("NOUN", "PROPN", "ACRO", "CAP", "PRON") and not tok.is_("PREP", "DET")


# Adverbs jotted between a subject and its verb ('families only hear about it at parents'
# evening', 'drivers often lose the offer').
_MID_ADVERBS = frozenset(
    ["only", "often", "never", "always", "still", "usually", "sometimes", "rarely", "seldom",
     "just", "also", "regularly", "constantly", "typically", "mostly", "all", "frequently"]
)  # fmt: skip


_VERB_PARTICLES = frozenset(["out", "off", "over", "up", "down", "away", "apart"])
_DURATIONS = frozenset(["minutes", "hours", "days", "weeks", "months", "years", "ages"])
_FALL_BEHIND = frozenset(
    ["fall", "falls", "run", "runs", "get", "gets", "lag", "lags", "slip", "slips"]
)


def _plural_subject(tok: Token) -> bool:
    """A plural noun that can be a subject ('drivers', 'charge nurses', 'RNs')."""
    low = tok.low
    if tok.is_("PREP", "DET", "PRON") or not low.endswith("s") or len(low) < 4:
        return False
    if low.endswith(("ss", "us", "is", "'s", "’s")):
        return False
    return tok.is_("NOUN") or (tok.is_("ACRO", "PROPN") and tok.text[:-1].isupper())


def _finite_at(toks: Sequence[Token], i: int, grammar: SlotGrammar) -> bool:
    """Whether toks[i] is a finite verb after a subject ('Marguerite opened the clinic',
    'the team restructured in 2023', 'kafka lag is their pain', 'drivers drop the order when
    the signal dies', 'the model retrains weekly', 'the ETL falls over at month end')."""
    tok = toks[i]
    if i == 0 or toks[i - 1].low == "to":
        return False
    prev = toks[i - 1]
    if prev.low in _MID_ADVERBS and i >= 2 and not tok.is_("NOUN") and tok.is_("VB", "VBZ"):
        prev = toks[i - 2]  # 'families only hear'
    if tok.is_("AUX") and tok.low not in ("get", "getting", "done", "being", "having"):
        return _subject_like(prev) or prev.is_("DET")
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    verb = tok.is_("VB") and not tok.is_("ADJ", "VBD")
    if verb and tok.is_("NOUN"):  # 'miss' is a verb before its object: 'miss the cutoff'
        verb = nxt is not None and nxt.is_("DET", "PRON") and not nxt.is_("NOUN")
    if i >= 3 and verb and (prev.is_("NOUN", "PROPN", "CAP") or prev.text[:1].isupper()):
        # a plural subject, then where it is: 'outgrowers near Nakuru lose a third of the
        # crop', 'drivers on the night route miss the cutoff'
        at = i - 2
        while at > i - 5 and at >= 1 and not toks[at].is_("PREP"):
            if not toks[at].is_("DET", "NOUN", "ADJ", "PROPN", "CAP", "NUM"):
                break
            at -= 1
        if (
            at >= 1
            and toks[at].is_("PREP")
            and _subject_like(toks[at - 1])
            and _plural_subject(toks[at - 1])
        ):
            return True
    if not _subject_like(prev):
        return False
    plural = _plural_subject(prev)
    present = not tok.is_("PREP", "DET", "CONJ", "PART") and (
        (tok.is_("VB") and plural) or (tok.is_("VBZ") and not plural)
    )  # a verb that agrees with its subject ('folks find', 'the ETL falls'; not 'volume up')
    if present and nxt is not None and nxt.low in _VERB_PARTICLES:
        return True  # 'folks find out', 'the ETL falls over' (not 'overruns in Q3')
    if present and nxt is not None and nxt.low == "behind" and tok.low in _FALL_BEHIND:
        return True  # 'crews fall behind on punch lists'
    if _plural_subject(prev) and tok.is_("VB") and not tok.is_("NOUN", "ADJ", "VBD"):
        return True  # 'ratepayers complain', 'suppliers deliver late'
    if _plural_subject(prev) and tok.is_("VB") and nxt is not None and nxt.is_("DET", "PRON"):
        return not nxt.is_("NOUN")  # 'brokers miss the cutoff'
    if _plural_subject(prev) and tok.is_("VB") and nxt is not None and nxt.low in _DURATIONS:
        return True  # 'analysts wait days for new tables'
    if (
        _plural_subject(prev)
        and tok.is_("VBD")
        and nxt is not None
        and nxt.is_("ADJ", "VBD")
        and not nxt.is_("NOUN", "DET", "PREP")
    ):  # 'councils felt blindsided', 'parents seemed upset': how they were, never a thing
        return True
    if (
        not _plural_subject(prev)
        and not prev.is_("ADJ")
        and tok.is_("VBZ")
        and not tok.is_("NOUN", "ADJ", "VB")
        and nxt is not None
        and nxt.is_("ADV", "ADJ", "DET", "PREP", "PART", "VBD", "NUM", "PRON")
    ):  # 'the model retrains weekly', 'the pricing model gets retrained' (not 'daily logs')
        return True
    after = nxt is None or nxt.is_("DET", "PREP", "PRON", "NUM", "PART", "ADV", "PROPN", "CAP")
    if tok.is_("VBD") and not tok.is_("ADJ", "VB"):
        return after or not tok.is_("NOUN")
    if nxt is None:
        return False
    if tok.is_("VBD"):  # 'reset' (base or past): a verb before its object or particle
        return nxt.is_("DET", "PRON", "PART") and not nxt.is_("NOUN")
    if tok.is_("VBZ"):  # 'runs', 'upgrades' (noun or verb): a verb before its object
        return nxt.is_("DET", "PRON") and not nxt.is_("NOUN")
    if tok.low in grammar.same_past:  # 'Niamh set up the practice'
        return nxt.is_("PART", "DET")
    return False


def plain_clause(text: str, grammar: SlotGrammar, classes: Classes) -> bool:
    """Whether `text` is a sentence whose verb cannot be read as a noun ('the kitchen loses
    half the team', 'crews fall behind', 'the ETL falls over'), so that 'how …' says it; not
    'HSE toolbox talks every morning', where 'talks' may be the noun."""
    toks = [t for t in tag(text, grammar, classes) if t.text not in _QUOTES]
    for i, tok in enumerate(toks):
        if _finite_at(toks, i, grammar):
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            particle = nxt is not None and (nxt.low in _VERB_PARTICLES or nxt.low == "behind")
            plural = _plural_subject(toks[i - 1]) and tok.is_("VB")
            agrees = plural and nxt is not None and nxt.is_("DET", "PRON")  # 'couriers skip the'
            return not tok.is_("NOUN") or particle or agrees or tok.is_("AUX")
    return False


_RATE_UNITS = frozenset(["year", "month", "week", "day", "hour", "shift", "quarter", "night"])
_RATE_AMOUNTS = frozenset(["million", "billion", "thousand", "hundred", "times", "once", "twice",
                           "%", "percent", "k"])  # fmt: skip


def _rate_at(toks: Sequence[Token], i: int) -> bool:
    """Whether the article at `i` says a rate after an amount ('saved $800k a year', '20%
    a year', 'three times a week')."""
    nxt = toks[i + 1].low if i + 1 < len(toks) else ""
    prev = toks[i - 1] if i else None
    return (
        toks[i].low in ("a", "an")
        and nxt in _RATE_UNITS
        and prev is not None
        and (any(c.isdigit() for c in prev.text) or prev.low in _RATE_AMOUNTS)
        and not any(t.low in ("a", "an") for t in toks[max(0, i - 3) : i - 1])  # 'a €4M a'
    )


def noun_phrase_fault(text: str, grammar: SlotGrammar, classes: Classes) -> str | None:
    """None when `text` reads as a noun phrase (or a wh-clause) in a sentence frame; else why
    it does not, in words a user can act on."""
    text = text.strip()
    if not text:
        return "it is empty"
    for open_, close in (("(", ")"), ("[", "]"), ("“", "”")):
        if text.count(open_) != text.count(close):
            return "a bracket or quote is left open"
    straight = len(re.findall(r"(?<!\w)['\"]|(?<!s)['\"](?!\w)", text))  # "years'" is no quote
    if straight % 2 or text.count('"') % 2:
        return "a quote is left open"
    if _SYMBOL.search(without_symbol_names(text)):
        return "it holds a symbol"
    if _MONTH_RANGE.search(text):
        return "it gives months in shorthand"
    toks = [t for t in tag(text, grammar, classes) if t.text not in _QUOTES]
    if not toks:
        return "it is empty"
    if any(t.is_("MIXED") for t in toks):
        return "it holds a number it cannot say"
    start = 0
    if toks[0].low in _WH:
        return _clause_rest_fault(toks[1:], grammar)
    for i, tok in enumerate(toks):
        if _finite_at(toks, i, grammar):
            return SENTENCE
        prev = toks[i - 1] if i > start else None
        after_ok = prev is None or (
            prev.is_("PREP", "CONJ", "VERB", "VB", "VBG", "PART", "PUNCT")
            or prev.low in ("of", "per")
        )
        if (
            tok.is_("DET")
            and not tok.text.endswith(("'s", "’s"))
            and not after_ok
            and not _rate_at(toks, i)  # '$1.2 million a year' is a rate, not a phrase cut
        ):
            return f"'{tok.text}' is in the middle of a phrase"
        if tok.is_("YEAR") and prev is not None and not prev.is_("PREP", "CONJ", "PUNCT", "DET"):
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            if nxt is None or not nxt.is_("NOUN", "ADJ", "ACRO", "PROPN", "CAP"):
                return f"the year {tok.text} needs a word before it ('in {tok.text}')"
        if (
            _DECIMAL.match(tok.text)
            and prev is not None
            and prev.is_("NOUN")
            and i == len(toks) - 1
        ):
            return f"the number {tok.text} needs words around it"
        if tok.is_("NUM") and i + 1 < len(toks) and toks[i + 1].is_("CAP"):
            return f"'{toks[i + 1].text}' follows the number {tok.text}"
        if tok.text == "," and i + 1 < len(toks) and not _list_comma(toks, i):
            return "a comma joins two notes"
    if len(toks) >= 3 and toks[-2].low in ("too", "so") and toks[-1].is_("ADJ", "ADV"):
        return SENTENCE  # 'near miss reporting too low': what something is, without its verb
    last = toks[-1]
    tail = len(toks)
    while tail > 0 and toks[tail - 1].is_("PROPN", "ACRO") and len(toks[tail - 1].text) > 1:
        if toks[tail - 1].is_("CAP"):
            break
        tail -= 1
    before = toks[tail - 1] if 0 < tail < len(toks) else None
    if before and before.is_("NOUN") and before.text.islower() and not before.is_("PREP"):
        return f"'{toks[tail].text}' follows '{toks[tail - 1].text}' with no word between"
    if last.is_("DET", "PREP", "CONJ", "AUX") and not last.is_("NOUN", "PART", "ADV"):
        return f"it ends on '{last.text}'"
    return None


PLAIN = (
    "it is not a plain noun phrase (a known noun, the words that describe it, and a phrase "
    "or two after it such as 'of …' or 'for …'): say it as you would to them"
)


def plain_topic_fault(
    text: str,
    grammar: SlotGrammar,
    classes: Classes,
    people: frozenset[str] = frozenset(),
    ing_nouns: frozenset[str] = frozenset(),
    known: Callable[[str], bool] | None = None,
    mass_nouns: frozenset[str] = frozenset(),
) -> str | None:
    """None only when `text` is a noun phrase a note can place as it is: an optional
    determiner (grammar.topic_leads), words that describe (adjectives, nouns, names,
    acronyms), a head that is a known noun (the word-class lexicon lists it as a noun, or as
    a verb's base form after other words: 'the inventory reset'; an acronym or a name), and
    at most grammar.topic_max_links phrases after it, each opened by one of
    grammar.topic_links ('of', 'for', 'in' …) and of the same shape, or a year ('goals for
    2027'); one 'and' between
    two such phrases ('on-call and blameless postmortems'), and a place's name at the
    end ('near Cottbus'); an -ing form may lead it ('migrating the billing pipeline to
    Kafka'). Anything else (a verb, a number, a symbol, a second phrase, a person's name:
    'your team loses', 'the pipeline 1.2 GW', 'medical Ward 1', 'Tomás pushing event
    sourcing') gives why; the note leaves it out and the user is asked. `people`: the
    lower-case names of the record's people; `ing_nouns`: -ing words that are nouns
    ('staffing'), which may head a phrase; `known`: whether a lower-case word the word-class
    lexicon lacks is English all the same ('roadmap'); `mass_nouns`: nouns said without an
    article ('safety'), as a phrase after a link may be ('your focus on safety'); any other
    singular noun there needs one ('the fab tour in bunny suit' does not read)."""
    words = text.split()
    if not words or len(words) > grammar.topic_max_words:
        return PLAIN
    toks = tag(text, grammar, classes)
    if any(t.text != w for t, w in zip(toks, words, strict=False)) or len(toks) != len(words):
        return PLAIN  # a symbol, a number with a unit, punctuation inside
    links, leads = grammar.topic_links, grammar.topic_leads
    act = toks[0].is_("VBG") and toks[0].text.islower()
    if act and (not toks[0].is_("NOUN", "ADJ") or len(toks) > 1 and toks[1].low in leads):
        toks = toks[1:]  # 'migrating the billing pipeline to Kafka': an act and its object
        if not toks:
            return PLAIN
    parts: list[list[Token]] = [[]]
    linked, joined = 0, False
    for i, tok in enumerate(toks):
        place = tok.low in grammar.topic_place_links and all(
            (t.is_("PROPN", "CAP", "ACRO") and t.low not in people) or t.low == "and"
            for t in toks[i + 1 :]
        )
        if place and parts[-1] and i + 1 < len(toks):
            break  # 'the agri-PV pilot near Cottbus': a place, named
        if tok.low in links and parts[-1] and linked < grammar.topic_max_links:
            parts.append([])
            linked += 1
        elif tok.low == "and" and parts[-1] and not joined:
            parts.append([])  # 'on-call and blameless postmortems': two things
            joined = True
        else:
            parts[-1].append(tok)
    if any(t.low in grammar.topic_never for t in toks):
        return PLAIN  # 'want more uptake', 'most fixtures': a jotted remark, not a thing
    if len(parts) > 1 and parts[0] and parts[0][-1].is_("ADJ") and "-" not in parts[0][-1].text:
        return PLAIN  # 'short on techs', 'big on retention': what something is, not a thing
    if jotted_clause(toks, grammar):
        return PLAIN  # 'the need mid-levels', 'the pace good': a clause, not a thing
    for n, part in enumerate(parts):
        if n and part and _infinitive(part, toks, grammar):
            part = part[1:]  # 'your plan to open a Mumbai desk': to do something
        led = bool(part) and part[0].low in grammar.topic_leads
        if led and not part[0].text.endswith(("'s", "’s")):
            part = part[1:]
        if part and _owner(part[0], classes):
            part = part[1:]  # "the city's new branding guidelines"
            led = True
        if not part:
            return PLAIN
        if len(part) == 1 and not led and not part[0].is_("NOUN") and part[0].is_("VB"):
            return PLAIN  # a bare verb ('want') is no topic
        end = part[-1]
        if (
            part is not parts[0]
            and not led
            and end.text.islower()
            and not end.low.endswith(("s", "ing"))
            and end.low not in mass_nouns | ing_nouns
            and len(part) > 1
        ):
            return PLAIN  # 'in bunny suit': a thing after a link takes its article
        if part is not parts[0] and len(part) == 1 and part[0].is_("YEAR"):
            continue  # 'goals for 2027'
        for i, tok in enumerate(part):
            head = i == len(part) - 1
            unlisted = tok.is_("UNK") or (tok.is_("VBG") and not classes(tok.low))
            if head and unlisted and known is not None and known(tok.low):
                continue  # 'the Q3 roadmap', 'pathfinding': words the tables lack
            if _plain_word_fault(tok, head, people, ing_nouns):
                return PLAIN
    return None


CUT_SUBJECT = "'{words}': a word that names nothing follows the article, so the thing is lost"
DANGLING_VERB = "it ends on '{word}', a verb whose object or place the note left out"
OPEN_PREPOSITION = "'{word}' has lost what it was before or after"
JOTTED_CONTRAST = "'not {words}' is a jotted contrast: say it whole, as you would to them"
LOST_NOUN = "it ends on '{word}', a word that describes a thing the note left out"
NAMED_LIST = "'{words}': names of products or places take no article"
DEGREE_HOW = "'how … {words}' says how something is, which reads wrong: say it as you would"
WRONG_DAY = "'in {day}': a day takes 'on', so the words were rebuilt wrongly"
TWO_VERBS = "'{words}': two verbs with no subject between them"
_WEEKDAYS = frozenset(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                       "sunday"])  # fmt: skip
_MODAL_ENDS = ("'ll", "’ll", "'d", "’d")
_MODALS = frozenset(["will", "would", "can", "could", "should", "must", "may", "might", "to",
                     "shall", "won't", "can't", "cannot"])  # fmt: skip
_COPULA = frozenset(["is", "are", "was", "were"])
_NAMING = ("NOUN", "PROPN", "ACRO", "NUM", "ADJ", "CAP", "MIXED", "UNK", "VBG")


def remnant_fault(
    text: str, grammar: SlotGrammar, classes: Classes, mass: frozenset[str] = frozenset()
) -> str | None:
    """Why a phrase or clause made from a jot is a piece of the jot's own sentence, cut where
    it does not read, by kind; None when no such cut shows. `text`: the phrase or clause as a
    note would say it ('the new kiln', 'the bakery needs a driver who can start at 4'); `mass`:
    nouns that take no article. Kinds:
    - a determiner before a word that names nothing, an adverb or a pronoun ('the still needs
      a sponsor', 'the you pay for it'): the thing it named was cut away;
    - a phrase that ends on a verb data/phrasing.toml [slot_grammar] verb_ends lists ('the
      parade goes'), a plural acronym and a bare verb ('the TLs train'), or a clause that
      ends on a modal and one of its open_verbs ("a teacher
      who'll go", 'someone to take'): what the verb acts on or where it goes is left in the
      jot;
    - an article before a list of names ('the Clio and …'), which take none; a phrase that
      ends on a describing word whose noun was cut ('the outbound on-time');
    - a preposition right before a conjunction ('in before if possible'): its object is lost;
      'in' before a weekday ('in Tuesday'), and an auxiliary, a bare noun and 'is' ('does
      team is planning'): words rebuilt wrongly from shorthand;
    - 'not' and a bare verb or singular noun at the end ('chats done properly not tick box',
      'to buy in not roll eyes'): a jotted contrast with its words missing;
    - 'how' with a subject, 'is' and a judging word ('how overtime is rare'): a state said as
      a manner.
    """
    toks = [t for t in tag(text, grammar, classes) if t.text not in _QUOTES]
    if not toks:
        return None
    for i, (a, b) in enumerate(itertools.pairwise(toks)):
        if not a.is_("DET") or a.text.endswith(("'s", "’s")):
            continue
        after = toks[i + 2] if i + 2 < len(toks) else None
        modifier = b.is_("VBD") and after is not None and after.is_("NOUN", "ADJ", "PROPN")
        if (
            b.low in grammar.bare_adverbs
            or b.is_("PRON", "AUX")
            or b.low == a.low
            or (not b.is_(*_NAMING) and b.is_("VB", "VBD", "VBZ", "ADV") and not modifier)
        ):  # 'the still needs …'; never 'the chilled aisle', whose participle describes it
            return CUT_SUBJECT.format(words=f"{a.text} {b.text}")
    last = toks[-1]
    if len(toks) >= 2 and last.low in grammar.verb_ends and toks[-2].is_("NOUN", "PROPN", "CAP"):
        return DANGLING_VERB.format(word=last.text)
    if (
        len(toks) >= 2
        and re.fullmatch(r"[A-Z]{2,}s", toks[-2].text)
        and last.is_("VB")
        and last.text.islower()
    ):  # 'the TLs train [the temps]': a plural acronym and its verb
        return DANGLING_VERB.format(word=last.text)
    if (
        len(toks) >= 3
        and toks[0].is_("DET")
        and last.is_("ADJ")
        and not last.is_("NOUN", "PROPN", "ACRO", "CAP", "NUM", "UNK", "VBG", "VBD")
        and toks[-2].is_("NOUN", "ADJ")
    ):  # 'the outbound on-time [rate]': the describing word's noun was cut
        return LOST_NOUN.format(word=last.text)
    for a, b, c in zip(toks, toks[1:], toks[2:], strict=False):
        if a.low == "the" and b.is_("PROPN") and not b.is_("ACRO", "CAP") and c.is_("CONJ"):
            return NAMED_LIST.format(words=f"{a.text} {b.text} {c.text}")
    if len(toks) >= 2 and last.low in grammar.open_verbs:
        prev = toks[-2].low
        if prev in _MODALS or prev.endswith(_MODAL_ENDS):
            return DANGLING_VERB.format(word=last.text)
    for a, b in itertools.pairwise(toks):
        if a.is_("PREP") and a.low != "to" and b.is_("CONJ") and b.low in ("if", "unless", "or"):
            return OPEN_PREPOSITION.format(word=a.text)
        if a.low == "in" and b.low in _WEEKDAYS:
            return WRONG_DAY.format(day=b.text)
    for a, b, c in zip(toks, toks[1:], toks[2:], strict=False):
        if (
            a.is_("AUX", "VBZ")
            and not a.is_("NOUN")
            and b.is_("NOUN")
            and not b.is_("DET", "PRON", "PROPN", "ACRO")
            and c.is_("AUX")
            and c.low in _COPULA
        ):  # 'the syndicate does team is planning': two verbs, no subject between
            return TWO_VERBS.format(words=f"{a.text} {b.text} {c.text}")
    for i, tok in enumerate(toks[:-1]):
        if tok.low != "not" or i == 0 or toks[i - 1].is_("AUX") or toks[i - 1].low in _MODALS:
            continue
        rest = toks[i + 1 :]
        head = rest[-1].low
        if (
            all(t.is_("NOUN", "ADJ", "VB") and not t.is_("DET", "PREP", "PUNCT") for t in rest)
            and len(rest) <= 3
            and (rest[0].is_("VB") or (not head.endswith("s") and head not in mass))
        ):  # 'properly not tick box', 'to buy in not roll eyes'; never 'help, not exclusions'
            return JOTTED_CONTRAST.format(words=" ".join(t.text for t in rest))
    if toks[0].low == "how":
        for i, tok in enumerate(toks[1:-1], start=1):
            nxt = toks[i + 1]
            judged = nxt.low in grammar.topic_predicates or (
                nxt.is_("ADJ") and not nxt.is_("NOUN", "VB", "VBD", "VBG")
            )
            if tok.low in _COPULA and judged:
                return DEGREE_HOW.format(words=f"{tok.text} {nxt.text}")
    return None


def needs_article(
    text: str, grammar: SlotGrammar, classes: Classes, mass: frozenset[str] = frozenset()
) -> bool:
    """Whether a noun phrase needs 'the' before it in a sentence: it opens on no determiner,
    number, name or wh-word, and its head (its last word before any preposition) is a singular
    count noun in lower case ('proofreading test', 'site walk of the new depot'), never a mass
    noun ('overtime'), an -ing noun ('rostering') or a plural ('trial binders')."""
    toks = [t for t in tag(text, grammar, classes) if t.text not in _QUOTES]
    if not toks or toks[0].low in _WH:
        return False
    first = toks[0]
    if first.is_("DET", "PRON", "NUM", "PROPN", "ACRO", "CAP", "MIXED", "PREP", "CONJ", "AUX"):
        return False
    head_at = next(
        (i for i, t in enumerate(toks) if i and t.is_("PREP", "CONJ", "PUNCT")), len(toks)
    )
    words = toks[:head_at]
    head = words[-1]
    if any(not t.is_("NOUN", "ADJ", "VBG") for t in words):
        return False
    low = head.low
    return (
        head.text.islower()
        and head.is_("NOUN")
        and low not in mass
        and not low.endswith("ing")
        and not (len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "us", "is")))
    )


def jotted_clause(toks: Sequence[Token], grammar: SlotGrammar) -> bool:
    """Whether a phrase is a clause jotted without its verb or subject, never a thing: a
    verb of grammar.topic_verbs before more words ('the need mid-levels', 'want agency staff
    gone'), or a judging word of grammar.topic_predicates or a past verb last after a noun
    ('the pace good', 'morale low', 'the stock count delayed'). Both lists are data
    ([slot_grammar])."""
    words = [t for t in toks if not t.is_("PUNCT")]
    if words and words[0].low in grammar.topic_leads:
        words = words[1:]
    for i, tok in enumerate(words[:-1]):
        if tok.low in grammar.topic_verbs and not tok.text[:1].isupper():
            nxt = words[i + 1]
            if _compound_on(words[i + 1 :]):
                continue  # 'needs assessment backlog', 'the want list for the store'
            if not nxt.is_("PREP") and nxt.low not in ("to", "and", "or"):
                return True  # 'need mid-levels' (but 'the need for …', 'plans to open …')
    if len(words) >= 2 and (
        words[-1].low in grammar.topic_predicates
        or (words[-1].is_("VBD") and not words[-1].is_("VB", "NOUN", "ADJ", "PROPN", "CAP"))
    ):  # 'the pace good', 'the stock count delayed': how a thing stands, said after it
        before = words[-2]
        return before.is_("NOUN", "PROPN", "ACRO", "CAP") and not before.is_("DET", "PREP")
    return False


def _compound_on(rest: Sequence[Token]) -> bool:
    """Whether the words after a verb of grammar.topic_verbs make it part of a noun compound
    ('needs assessment', 'training needs analysis', 'the want list for the store'): singular
    nouns up to the phrase's end or a preposition, never what is needed ('agency nurses',
    'a new rota system')."""
    nouns = list(itertools.takewhile(lambda t: not t.is_("PREP"), rest))
    return bool(nouns) and all(
        t.is_("NOUN")
        and not t.is_("DET", "ADJ", "NUM", "VBG", "PRON")
        and not (t.low.endswith("s") and not t.low.endswith(("ss", "is", "us")))
        for t in nouns
    )


_SEGMENTS = re.compile(r"\s+[-–—=]\s+|\s*[:;,()=→]\s*")
_TIME_HEADS = frozenset(["day", "days", "week", "weeks", "month", "months", "quarter",
                         "quarters", "year", "years", "weekend", "weekends",
                         "fortnight"])  # fmt: skip
_TIME_WORD = re.compile(
    r"(?i)(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)days?)"
)
_TIME_LEADS = frozenset(["next", "last", "coming", "spring", "summer", "autumn", "winter",
                         "now", "today", "tomorrow", "currently"])  # fmt: skip
SALVAGE_MIN_WORDS, SALVAGE_MAX_WORDS = 2, 6


def salvage_topic(
    text: str,
    grammar: SlotGrammar,
    classes: Classes,
    people: frozenset[str] = frozenset(),
    known: Callable[[str], bool] | None = None,
    shorthand: frozenset[str] = frozenset(),
) -> list[str]:
    """The noun phrases a jotted note that is no phrase as a whole may be about, best first,
    each as 'the …' ("mia: the night crew loses two hours to paper rotas" -> ["the paper
    rotas"]). The note is cut where it is jotted apart (a dash, colon, semicolon, comma,
    bracket, '=' or arrow) and each part, in order, gives its longest runs of describing words
    ending on a head noun the word-class lexicon knows (or `known` says is English): never a
    person of `people` (lower case), a time ('march', 'the next quarter'), a number, or a
    word of grammar.topic_never or `shorthand` ('w', 'abt'), never the part after an '=' (what
    the part before it is said to be: 'big cost'), never a word after the noun it
    describes ('people angry about costs'); SALVAGE_MIN_WORDS to SALVAGE_MAX_WORDS words. Within the
    first part that has any, the run the part opens with comes first ('kiln relining tender
    out Q3': what the fragment names), then an object (after a verb, a particle or a
    preposition), then a clause's subject ('the night crew' before 'loses'), then the rest.
    The caller passes each through the same gate as any topic; [] when there is none."""
    out: list[str] = []
    pieces = _SEGMENTS.split(text)
    cuts = [m.group() for m in _SEGMENTS.finditer(text)]
    for index, segment in enumerate(pieces):
        if index and "=" in cuts[index - 1]:
            continue  # what the part before is said to be ('diesel = big cost'): no thing
        toks = tag(segment, grammar, classes)
        found: list[tuple[int, int, int, str]] = []
        i = 0
        while i < len(toks):
            if not _chunk_word(toks, i, grammar, people, shorthand):
                i += 1
                continue
            start = i
            i += 1
            while (
                i < len(toks)
                and _chunk_word(toks, i, grammar, people, shorthand)
                and not _finite_at(toks, i, grammar)
                and not _after_head(toks, i)
            ):
                i += 1
            end = i
            while start < end and _leading_verb(toks, start):
                start += 1  # 'moving logbooks to tablets', 'wants juniors': an act, not a thing
            while end > start and not _salvage_head(toks, end - 1, known):
                end -= 1  # 'instant payouts launching': the payouts
            run = toks[start:end]
            owned = end < len(toks) and toks[end].text in _QUOTES  # "hub managers' screens"
            if owned or not SALVAGE_MIN_WORDS <= len(run) <= SALVAGE_MAX_WORDS:
                continue
            before = start - 1
            while before >= 0 and toks[before].is_("DET") and not toks[before].is_("NOUN"):
                before -= 1  # 'splitting out a double-entry service'
            obj = before >= 0 and toks[before].is_(
                "PREP", "PART", "VB", "VBZ", "VBD", "VBG", "VERB"
            )
            subject = (
                end < len(toks)
                and end == i
                and (_finite_at(toks, end, grammar) or toks[end].is_("VBZ", "VB", "VBD"))
            )
            rank = 2 if subject else 0 if before < 0 else 1 if obj else 3
            found.append((rank, start, 0, " ".join(t.text for t in run)))
            if len(run) > SALVAGE_MIN_WORDS and run[-1].is_("ADJ", "ADV"):
                # 'the racking survey due': the gate may read its last word as what it is
                shorter = " ".join(t.text for t in run[:-1])
                found.append((rank, start, 1, shorter))
        if found:
            out += [f"the {words}" for *_, words in sorted(found)]
            break
    return out


def _after_head(toks: Sequence[Token], i: int) -> bool:
    """Whether toks[i] says what the noun before it is or does, so a phrase ends before it:
    an adjective or participle after a noun ('reviews stuck', 'people angry'), an -s verb
    before how or what ('the model needs cleaner events')."""
    tok, prev = toks[i], toks[i - 1]
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if not prev.is_("NOUN") or prev.is_("ADJ"):
        return False
    if tok.is_("ADJ", "VBD", "ADV") and not tok.is_("NOUN"):
        return True
    if nxt is not None and tok.is_("ADJ", "ADV", "VBD") and nxt.is_("ADV", "PREP", "PART"):
        return not nxt.is_("NOUN", "ADJ") or (tok.is_("ADV") and nxt.low in _TIME_LEADS)
        # 'staff right now', 'reviews stuck at 3.9'; not 'a checkout trial next spring'
    if tok.is_("VBG") and not tok.is_("NOUN") and (nxt is None or not nxt.is_("NOUN")):
        return True  # 'the submission running behind'
    if tok.is_("VBZ") and not _plural_subject(prev) and nxt is not None and nxt.is_("NOUN"):
        return not nxt.is_("VB", "VBZ")  # 'the supplier ships housings'
    return tok.is_("VBZ") and nxt is not None and nxt.is_("ADJ", "DET", "PRON", "ADV")


def _chunk_word(
    toks: Sequence[Token],
    i: int,
    grammar: SlotGrammar,
    people: frozenset[str],
    shorthand: frozenset[str] = frozenset(),
) -> bool:
    """Whether toks[i] may be a word of a salvaged noun phrase: a describing word or a noun,
    not a closed-class word, a number, a person, a remark word, or a verb's base form after
    'to' ('to take over …')."""
    tok = toks[i]
    if tok.is_("DET", "PREP", "CONJ", "AUX", "PRON", "NUM", "PUNCT", "MIXED", "PART"):
        return False
    if tok.low in people or tok.low in grammar.topic_never or tok.low in shorthand:
        return False
    if not re.fullmatch(r"[^\W\d_][\w-]*[^\W_]", tok.text) or (i and toks[i - 1].text == "/"):
        return False  # one letter, "i'm", 'EAL/D'
    if tok.low in _TIME_LEADS or _TIME_WORD.fullmatch(tok.low) or tok.low in _TIME_HEADS:
        return False  # 'next spring', 'march'; no part of a thing
    after_to = i > 0 and toks[i - 1].low == "to"
    if _verb_after_plural(toks, i, after_to):
        return False  # 'to take over …', 'reps keep deal notes'; not 'to paper handover sheets'
    if tok.is_("VB", "VBZ", "VERB") and not tok.is_("NOUN", "ADJ", "VBG", "VBD"):
        return False
    return tok.is_("NOUN", "ADJ", "CAP", "PROPN", "ACRO", "VBG", "VBD")


def _verb_after_plural(toks: Sequence[Token], i: int, after_to: bool = False) -> bool:
    """Whether toks[i] reads as a base-form verb before its object: after a plural subject
    ('reps keep deal notes'), or (`after_to`) after 'to'; a word the lexicon lists only as
    a verb is one anywhere."""
    tok, nxt = toks[i], toks[i + 1] if i + 1 < len(toks) else None
    if not tok.is_("VB") or tok.is_("VBG", "VBZ"):
        return False
    if not tok.is_("NOUN", "ADJ"):
        return True
    if after_to:  # 'someone to run weekend sessions', 'to take over the'; not 'lost to paper'
        lead = toks[i - 2] if i >= 2 else None
        return (nxt is not None and nxt.is_("DET", "PRON", "PART", "PREP")) or (
            lead is not None and lead.is_("PRON", "VB", "VBG", "VBZ", "VBD", "VERB", "AUX")
        )
    if nxt is None or not nxt.is_("NOUN", "ADJ", "DET", "PRON", "PART", "PREP", "VBG"):
        return False
    return i > 0 and _plural_subject(toks[i - 1])  # 'new hires fail nesting'


def _leading_verb(toks: Sequence[Token], i: int) -> bool:
    """Whether toks[i], opening a run, is a verb's act rather than a describing word: a form
    in -s, -ed or -ing (or a base form no noun shares) with no determiner before it ('moving
    logbooks', 'wants juniors'; not 'the running clinic')."""
    tok = toks[i]
    if i and toks[i - 1].is_("DET"):
        return False
    return tok.is_("VBZ", "VBD", "VBG") or (tok.is_("VB") and not tok.is_("NOUN"))


def _salvage_head(toks: Sequence[Token], i: int, known: Callable[[str], bool] | None) -> bool:
    """Whether toks[i] may end a salvaged noun phrase: a noun the lexicon knows (or `known`
    does), never a time ('march', 'weeks'), a name alone, or an -s verb before what says how
    ('the crew runs late')."""
    tok = toks[i]
    if _TIME_WORD.fullmatch(tok.low) or tok.low in _TIME_HEADS or not tok.text.islower():
        return False
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    verb = tok.is_("VBZ", "VBG")  # 'the crew runs late', 'the harvest running late'
    if i and verb and nxt is not None and nxt.is_("ADV", "ADJ", "DET", "PRON", "PART"):
        return False
    if tok.is_("UNK"):
        return known is not None and known(tok.low)
    return tok.is_("NOUN")


def _owner(tok: Token, classes: Classes) -> bool:
    """A common noun's possessive, said as a determiner ("the city's", "the team's"); a
    name's ('Hollis's') is not one: a person's doing is asked for."""
    m = re.fullmatch(r"([a-z][a-z-]*)['’]s", tok.text)
    return m is not None and "NOUN" in classes(m.group(1))


def _infinitive(part: Sequence[Token], toks: Sequence[Token], grammar: SlotGrammar) -> bool:
    """Whether a part after 'to' starts with a verb's base form ('to open a Mumbai desk')."""
    first = part[0]
    at = next((i for i, t in enumerate(toks) if t is first), 0)
    return (
        at > 0
        and toks[at - 1].low == "to"
        and first.is_("VB")
        and first.text.islower()
        and len(part) > 1
        and part[1].low in grammar.topic_leads
    )


def _plain_word_fault(
    tok: Token, head: bool, people: frozenset[str], ing_nouns: frozenset[str]
) -> bool:
    """Whether one word of a plain noun phrase does not fit (see `plain_topic_fault`): a
    describing word is an adjective, a noun, an -ing or past form ('the tasting dish', 'the
    written exercise') or a term the lexicon does not know; the head is a noun the lexicon
    knows, an -ing noun, a name or an acronym."""
    if tok.low in people or any(p in people for p in tok.low.split("-")):
        return True  # 'Tomás pushing …': a person's doing, not a topic
    if tok.is_("NUM", "YEAR", "PUNCT", "CONJ", "AUX", "PRON", "DET", "PREP", "MIXED"):
        return True
    if tok.is_("ACRO", "PROPN", "CAP"):
        return False
    if head:  # a verb's base form names its act: 'the inventory reset', 'the store remodel'
        return tok.is_("UNK") or not (tok.is_("NOUN", "VB") or tok.low in ing_nouns)
    return not tok.is_("NOUN", "ADJ", "VBG", "VBD")


def _list_comma(toks: Sequence[Token], i: int) -> bool:
    """A comma of a list ('planning, rostering and payroll')."""
    if i + 1 < len(toks) and toks[i + 1].is_("PREP", "DET", "NUM"):
        return False
    return any(t.low in ("and", "or", "&") for t in toks[i + 1 :])


def _clause_rest_fault(toks: Sequence[Token], grammar: SlotGrammar) -> str | None:
    """A wh-clause ('how you set up the practice'): a subject, then a verb, and no symbol."""
    if len(toks) < 2:
        return "it ends too soon"
    ago = toks[-1].low == "ago" and toks[-2].is_("NOUN")  # 'nine years ago': after its noun
    if toks[-1].is_("DET", "CONJ") or (
        toks[-1].is_("PREP") and not toks[-1].is_("PART") and not ago
    ):
        return f"it ends on '{toks[-1].text}'"
    return None


# --- jotted notes --------------------------------------------------------------------------

_ASIDE = re.compile(r"[(\[]|\s[-–—]\s|\s[-–—]$")
_MONEY = re.compile(r"[%$€£¥~]")
CONDITION = "it is a condition of the job, not a topic to thank them for"


def foreign_word(toks: Sequence[Token], grammar: SlotGrammar) -> str | None:
    """The first word of another language a jotted phrase holds in lower case ('the le
    cabinet', 'the backlog de dossiers'), or a word that is English too ('ab', 'die') when the
    phrase ends on it not after a determiner ('the Peak ab', never 'the con') or holds a
    second such word; None otherwise ('die casting', 'La Trobe', 'Des Moines')."""
    low = [t for t in toks if t.text.islower()]
    strict = [t.text for t in low if t.low in grammar.foreign_words]
    if strict:
        return strict[0]
    alike = [t for t in low if t.low in grammar.foreign_lookalikes]
    last = len(toks) > 1 and alike[-1:] == toks[-1:] and toks[-2].low not in grammar.topic_leads
    if alike and (len(alike) > 1 or last):
        return alike[0].text
    return None


def jotted_fault(
    text: str, grammar: SlotGrammar, classes: Classes, ing_nouns: frozenset[str] = frozenset()
) -> str | None:
    """Why a phrase that is about to be said in a note still reads as a jotted note, or None
    when it reads as a person would say it. Stricter than `noun_phrase_fault`, which it
    includes: a note says a phrase only when it is sure of it, and leaves the rest out (the
    user is asked for the words). Faults: a bracketed aside, a dash between two notes, a
    symbol or a figure with a unit sign ('97.2%', '$6M'), a count in digits before a noun ('14
    languages'), a condition of the job ('Welsh Level 2 desirable', 'own car needed', 'visa
    sponsorship ok': `conditions`), 'the' before a name's ('the Siew Ling's
    project'); outside a wh-clause, an opening adverb ('mostly CBD fit-outs') or verb ('moving
    to signs of safety'), a verb after the head noun ('tariffs hitting packaging costs',
    'startup practice growing'), or an ending on an adjective or a verb ('the harvest running
    late', 'your other account loses'); in a wh-clause, a demonstration told as a story ('how
    you showed the BIM model': `shown_verbs`)."""
    toks = [t for t in tag(text, grammar, classes) if t.text not in _QUOTES]
    if any(tok.low in grammar.conditions for tok in toks):
        return CONDITION
    word = foreign_word(toks, grammar)
    if word:
        return f"'{word}' is a word of another language: say the topic in English"
    fault = noun_phrase_fault(text, grammar, classes)
    if fault:
        return fault
    if _ASIDE.search(text):
        return "a bracket or a dash holds a second note"
    if _MONEY.search(text):
        return "it holds a symbol or a figure with its sign"
    for i, tok in enumerate(toks):
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if (
            tok.is_("NUM")
            and not tok.is_("YEAR")
            and tok.text[:1].isdigit()
            and nxt is not None
            and nxt.text.islower()
            and nxt.is_("NOUN")
        ):
            return f"'{tok.text} {nxt.text}' gives a count in digits"
        if tok.low == "the" and nxt is not None and re.search(r"['’]s$", nxt.text):
            return f"'the' stands before '{nxt.text}'"
        if (
            tok.low == "the"
            and i + 2 < len(toks)
            and re.search(r"['’]s$", toks[i + 2].text)
            and toks[i + 1].text[:1].isupper()
        ):
            return f"'the' stands before '{toks[i + 1].text} {toks[i + 2].text}'"
    if toks and toks[0].low in _WH:
        verb = next((t for t in toks[2:4] if t.is_("VBD", "VBZ", "VB")), None)
        if verb is not None and verb.low in grammar.shown_verbs:
            return f"'{verb.text}' tells what someone showed: say what it was"
        if any(t.low == "being" and not toks[i - 1].is_("AUX") for i, t in enumerate(toks)):
            return "'being' has no verb before it"
        return None
    for i, tok in enumerate(toks[2:], 2):
        # 'VIP clients in Asia want updates': a plural subject, where it is, then its verb
        plural = any(_plural_subject(t) for t in toks[: i - 1])
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if (
            plural
            and tok.is_("VB")
            and not tok.is_("VBD", "VBZ", "VBG", "DET", "PREP")
            and toks[i - 1].is_("PROPN", "NOUN", "ACRO")
            and not toks[i - 1].is_("DET", "PREP")
            and nxt is not None
            and nxt.is_("NOUN", "DET", "PRON")
            and any(t.is_("PREP") for t in toks[1 : i - 1])
        ):
            return f"'{tok.text}' is a verb: it reads as a sentence"
    body = [t for t in toks if not t.is_("DET")]
    if not body:
        return "it names nothing"

    def verbal(t: Token) -> bool:
        if t.is_("NOUN") or t.low in ing_nouns:
            return False  # 'the spring inventory reset': a noun the tables list as a verb
        return t.is_("VBG", "VBZ") or (t.is_("VBD") and t.low.endswith("ed"))

    first = body[0]
    second = body[1] if len(body) > 1 else None
    if first.is_("ADV") and not first.is_("NOUN", "ADJ", "PROPN", "ACRO", "CAP"):
        return f"it starts with '{first.text}'"
    if (
        first.is_("VBG")
        and first.low not in ing_nouns
        and first is toks[0]
        and (second is None or second.is_("PROPN", "ACRO", "PREP", "NUM", "PART"))
    ):  # 'moving to signs of safety', 'switching PMS from opera': a jotted verb phrase
        # ('migrating the billing pipeline to Kafka' reads whole)
        return f"it starts with the verb '{first.text}'"
    head = []
    for t in body:
        if t.is_("PREP", "CONJ", "PUNCT") or t.text == ",":
            break
        head.append(t)
    for j, t in enumerate(head[1:], 1):
        # 'reviews slipping', 'practice growing': a verb after its subject ('the depot
        # charging plan' is a compound: one noun before, a noun after)
        subject = head[j - 1]
        if (
            verbal(t)
            and subject.is_("NOUN", "PROPN", "ACRO", "CAP")
            and (j == len(head) - 1 or _plural_subject(subject))
        ):
            return f"'{subject.text} {t.text}' reads as a clause"
    last = head[-1] if head else body[-1]
    if (
        len(head) >= 2
        and last.is_("ADJ")
        and (last.is_("ADV") or not last.is_("NOUN"))
        and head[-2].is_("NOUN", "PROPN", "ACRO", "CAP")
        and last.low not in ing_nouns
    ):  # 'Revit heavy', 'sick leave high': what something is, without 'is'
        return f"'{head[-2].text} {last.text}' says what something is, without its verb"
    if last.is_("ADJ", "ADV") and not last.is_("NOUN", "PROPN", "ACRO", "NUM", "MIXED"):
        return f"it ends on '{last.text}', which names nothing"
    if verbal(last):
        return f"it ends on the verb '{last.text}'"
    return None


# --- qualifications ------------------------------------------------------------------------

_ARTICLE = re.compile(r"^I (am|hold) (a|an) (.+)$")
_SINGLE = re.compile(r"^I (am|hold) ([A-Z].+)$")


def head_of(toks: Sequence[Token]) -> int:
    """The index of a noun phrase's head: its last word before a preposition, comma or
    conjunction (-1 for none)."""
    head = -1
    for i, tok in enumerate(toks):
        if i > 0 and (tok.is_("PREP", "CONJ") or tok.text == ","):
            break
        if not tok.is_("PUNCT"):
            head = i
    return head


def is_person(word: str, grammar: SlotGrammar, person_credentials: frozenset[str]) -> bool:
    low = word.lower()
    if low in person_credentials or low in grammar.person_heads:
        return True
    if low in grammar.not_people:
        return False
    return len(low) > 4 and low.endswith(grammar.person_suffixes)


def clause_fault(
    clause: str,
    grammar: SlotGrammar,
    classes: Classes,
    person_credentials: frozenset[str] = frozenset(),
    held: frozenset[str] = frozenset(),
) -> str | None:
    """None when an 'I …' clause for a qualification reads right; else why not."""
    clause = clause.strip().rstrip(".")
    m = _ARTICLE.match(clause) or _SINGLE.match(clause)
    if m:
        verb = m.group(1)
        np = m.group(m.lastindex or 2)
        fault = noun_phrase_fault(np, grammar, classes)
        if fault:
            return fault
        toks = tag(np, grammar, classes)
        for a, b in zip(toks, toks[1:], strict=False):
            if a.is_("NOUN") and a.text.islower() and b.is_("PROPN") and not b.is_("CAP", "ACRO"):
                return f"'{b.text}' follows '{a.text}' with no word between"
        h = head_of(toks)
        if h < 0:
            return "it names nothing"
        head = toks[h]
        after = toks[h + 1] if h + 1 < len(toks) else None
        if after is not None and not after.is_("PREP", "CONJ"):
            return f"'{after.text}' follows '{head.text}' with no word between"
        if verb == "am":
            if not m.group(0).startswith(("I am a ", "I am an ")):
                last = toks[-1]
                return None if last.is_("ADJ", "VBD") else "it is not something a person is"
            if not is_person(head.text, grammar, person_credentials):
                return f"'{head.text}' is not a person: 'I am a {head.text}' does not read"
        else:
            held_words = grammar.held_heads | held
            held_head = head.low in held_words or head.low.split("-")[-1] in held_words
            if not held_head and not head.is_("ACRO", "PROPN"):
                return f"'{head.text}' is not something a person holds"
            if is_person(head.text, grammar, person_credentials) and head.low not in held_words:
                return f"'{head.text}' is a person, not something held"
        return None
    rest = re.sub(r"^I\s+\S+\s*", "", clause)
    if not rest:
        return None
    rest = re.sub(r"^(?:spent\s+|been\s+)", "", rest)
    return noun_phrase_fault(rest, grammar, classes)


# --- a person's story ----------------------------------------------------------------------


@dataclass(frozen=True)
class Story:
    """A topic that is a sentence about a person: said to them and about them."""

    who: str  # the name as the record writes it (the person the note is to, for `to_them`)
    to_them: str  # 'how you set up the practice in 2009'
    about: str  # 'how Imogen set up the practice in 2009'


_UNITS = ("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
          "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
          "eighteen", "nineteen")  # fmt: skip
_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")


def count_words(n: int) -> str:
    """A count from one to ninety-nine in words, as a personal note writes a span of years or
    an age ('twenty-two years ago', 'at seventeen')."""
    if not 0 < n < 100:
        raise ValueError(f"no words for {n}")
    if n < 20:
        return _UNITS[n]
    tens, ones = divmod(n, 10)
    return _TENS[tens] + (f"-{_UNITS[ones]}" if ones else "")


_SPAN_AGO = re.compile(r"(?i)^(?P<n>\d{1,2}) (?P<unit>year|month)s? (?:ago|back)$")
_AGE = re.compile(r"^at (?P<age>1[3-9]|[2-6]\d)$")
_DECADE = re.compile(r"(?i)^in the ['’]?(?P<decade>[5-9]0)['’]?s$")
_DECADES = {"50": "fifties", "60": "sixties", "70": "seventies", "80": "eighties",
            "90": "nineties"}  # fmt: skip


def _story_when(words: Sequence[str], grammar: SlotGrammar) -> tuple[Sequence[str] | None, str]:
    """A story's words (its verb first) and when it happened, as a note says it: a span before
    now ('22 years ago', '9 years back' -> 'twenty-two years ago', 'nine years ago'), the age
    a working life began at ('started as an apprentice at 17' -> 'at seventeen'), a decade
    ('in the 80s' -> 'in the eighties'); a start 'here' or 'there' without the word (the note
    is not written from their office). With a time cut off, at least the verb and two words
    must be left ('joined 14 years ago': joined what?): else (None, ''). No time: (words, '')."""
    ws = list(words)
    starts = bool(ws) and ws[0].lower() in grammar.start_verbs
    if starts and len(ws) > 1 and ws[1].lower() in ("here", "there"):
        ws = [ws[0], *ws[2:]]
    when = ""
    for size in (4, 3, 2):
        if len(ws) <= size:
            continue
        tail = " ".join(ws[-size:])
        span, age, decade = _SPAN_AGO.match(tail), _AGE.match(tail), _DECADE.match(tail)
        if span:
            n = int(span["n"])
            count = "a" if n == 1 else count_words(n)
            when = f"{count} {span['unit'].lower()}{'' if n == 1 else 's'} ago"
        elif age and starts:
            when = f"at {count_words(int(age['age']))}"
        elif decade:
            when = f"in the {_DECADES[decade['decade']]}"
        else:
            continue
        ws = ws[:-size]
        break
    if when and len(ws) < 3:
        return None, ""
    return ws, when


def person_story(
    text: str, names: Mapping[str, str], grammar: SlotGrammar, classes: Classes
) -> Story | None:
    """A topic jotted as "<Name> <past verb> …" ('Imogen set up the practice in 2009',
    "Bo's dad founded the company in 1978", 'Dr. Haddad bought the practice') as a story about
    that person; `names` maps each lower-case first name, surname or "title surname" of the
    record's people to the person's recorded name. None when the topic is no such sentence or
    its rest does not read (then the caller asks for it or leaves it out)."""
    words = text.strip().rstrip(".").split()
    if len(words) < 3:
        return None
    who = None
    n = 0
    for size in (2, 1):
        key = " ".join(words[:size]).lower().rstrip(",")
        key = re.sub(r"['’]s$", "", key).replace(".", "")
        if key in names:
            who, n = names[key], size
            break
    if who is None:
        return None
    subject_words = words[:n]
    kin = None
    possessive = re.search(r"['’]s$", subject_words[-1])
    if possessive:
        if len(words) <= n + 1 or words[n].lower() not in grammar.kin:
            return None
        kin = words[n].lower()
        n += 1
    rest_words, when = _story_when(words[n:], grammar)
    if rest_words is None:
        return None
    toks = tag(" ".join(rest_words), grammar, classes)
    if not toks:
        return None
    verb, nxt = toks[0], (toks[1] if len(toks) > 1 else None)
    if verb.low in grammar.same_past:  # 'set up the practice', not 'set menu'
        past = nxt is not None and nxt.is_("PART", "DET", "PREP")
    else:
        past = verb.is_("VBD") or verb.low in ("was", "had")
    if not past:
        return None
    rest_text = " ".join(rest_words)
    if noun_phrase_fault(f"how they {rest_text}", grammar, classes):
        return None
    if _SYMBOL.search(without_symbol_names(rest_text)) or any(t.is_("MIXED") for t in toks):
        return None
    rest_text = f"{rest_text} {when}" if when else rest_text
    name = " ".join(subject_words)
    if kin:
        to_them = f"how your {kin} {rest_text}"  # 'his' is the relative's own: kept
        about = f"how {name} {kin} {rest_text}"
    else:
        said = [grammar.to_you.get(w.lower(), w) for w in rest_text.split()]
        to_them = "how you " + " ".join(said)
        about = f"how {name} {rest_text}"
    return Story(who, to_them, about)
