"""Noun phrases a person would note from what the interviewers said: "the warehouse slotting
project", "returns per SKU", "first contact resolution".

A small tagger, no model: closed-class words (determiners, pronouns, prepositions,
auxiliaries, conjunctions, common adverbs) come from data/debrief.toml [grammar]; open-class
words are looked up in a word-class lexicon passed in (`Lexicon`: word -> the classes it can
be, among "NOUN", "VERB", "ADJ", "ADV"; services.debrief uses LemmInflect's tables), and a word
the lexicon does not know is a noun (jargon, product names, acronyms). A word that is both a
noun and a verb is read from its neighbours ("we measure" is a verb, "the measure" a noun).

A phrase is a run of adjectives and nouns (a gerund inside: "the cycle counting schedule")
ending in a noun, optionally joined by "of" or "per" ("fuel cost per mile"). Phrases are ranked
by how often the interviewers said them (a shorter phrase counts every longer one it is part
of), their length, and a project word as head; names, number words and weak heads alone ("the
main project") are never phrases. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from followup.core.parse import word_list

Lexicon = Callable[[str], frozenset[str]]

_LETTER = r"[^\W\d_]"  # a letter of any script: "Ngā", "São", "Café" are one word each
_TOKEN = re.compile(
    rf"\b[A-Z]/[A-Z]\b|{_LETTER}(?:{_LETTER}|['’])*(?:(?<=[A-Z])\d+{_LETTER}*)?"
    rf"(?:-{_LETTER}+)*|\d+(?:st|nd|rd|th)\b|\d+[A-Z]{_LETTER}*\b|\d[\d,.]*%?|[^\s\w]|_"
)  # "A/B", "KS3", "S23", "8D" (a digit, then a capital) and "17th" are one word


@dataclass(frozen=True)
class Grammar:
    """The closed-class words of data/debrief.toml [grammar]."""

    determiners: frozenset[str]  # "the", "our", "this" ... (a phrase may start after one)
    pronouns: frozenset[str]
    prepositions: frozenset[str]
    auxiliaries: frozenset[str]  # "is", "will", "we're" ... (a verb follows)
    conjunctions: frozenset[str]
    adverbs: frozenset[str]
    other: frozenset[str]  # interjections, fillers and other words that end a phrase
    connectors: frozenset[str]  # "of", "per": inside a phrase between two nouns
    weak_heads: frozenset[str]  # "project", "part": no topic alone
    weak_modifiers: frozenset[str]  # "main", "biggest", "other": dropped from a phrase's start
    project_heads: frozenset[str] = field(default_factory=frozenset)
    common_verbs: frozenset[str] = field(default_factory=frozenset)  # "need": a verb in speech
    modals: frozenset[str] = field(default_factory=frozenset)  # "will", "can": a verb follows
    units: frozenset[str] = field(default_factory=frozenset)  # "days", "percent" after a number
    person_heads: frozenset[str] = field(default_factory=frozenset)  # "captain": a person's job
    # ... said first, as head-first languages name a job ("kepala gudang", "analis data")
    leading_person_heads: frozenset[str] = field(default_factory=frozenset)
    complements: frozenset[str] = field(default_factory=frozenset)  # "for", "on": what about
    complement_determiners: frozenset[str] = field(default_factory=frozenset)  # "the", "our"
    discourse: frozenset[str] = field(default_factory=frozenset)  # "speaking of": opens a clause
    unit_heads: frozenset[str] = field(default_factory=frozenset)  # "team", "desk": who, not what
    plural_modifiers: frozenset[str] = field(default_factory=frozenset)  # "sales", "operations"
    irregular_plurals: frozenset[str] = field(default_factory=frozenset)  # "people", "children"
    no_object_verbs: frozenset[str] = field(default_factory=frozenset)  # "go", "grow", "stick"
    counting_ordinals: frozenset[str] = field(default_factory=frozenset)  # "a second van"
    causative_verbs: frozenset[str] = field(default_factory=frozenset)  # "made the rota stick"
    place_heads: frozenset[str] = field(default_factory=frozenset)  # "towns": where, not what
    event_heads: frozenset[str] = field(default_factory=frozenset)  # "weekend", "fair": when
    own_heads: frozenset[str] = field(default_factory=frozenset)  # "program", "plant": whose
    clause_ends: frozenset[str] = field(default_factory=frozenset)  # "back": "coming back"
    not_verbs: frozenset[str] = field(default_factory=frozenset)  # "kind": "we kind of built"
    verb_particles: frozenset[str] = field(default_factory=frozenset)  # "on": "working on …"
    time_words: frozenset[str] = field(default_factory=frozenset)  # "next": "coming in next …"
    past_nouns: frozenset[str] = field(default_factory=frozenset)  # "fell": "a plan fell apart"
    agent_heads: frozenset[str] = field(default_factory=frozenset)  # "lab": "the lab builds …"
    linking_verbs: frozenset[str] = field(default_factory=frozenset)  # "went": "went wrong"
    granularity_heads: frozenset[str] = field(default_factory=frozenset)  # "at store level"
    object_particles: frozenset[str] = field(default_factory=frozenset)  # "pull X forward"
    ditransitive_verbs: frozenset[str] = field(default_factory=frozenset)  # "give": two objects
    complement_verbs: frozenset[str] = field(default_factory=frozenset)  # "get X wrong"
    catenative_verbs: frozenset[str] = field(default_factory=frozenset)  # "keep failing"
    body_heads: frozenset[str] = field(default_factory=frozenset)  # "committee": who decides
    lone_body_heads: frozenset[str] = field(default_factory=frozenset)  # "board": alone, a body
    body_modifiers: frozenset[str] = field(default_factory=frozenset)  # "advisory" board
    body_verbs: frozenset[str] = field(default_factory=frozenset)  # "the CBN asks": a body

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> Grammar:
        def words(key: str) -> frozenset[str]:
            return frozenset(word_list(data, key, "debrief data", "grammar"))

        def optional(key: str) -> frozenset[str]:
            return words(key) if key in data else frozenset()

        return cls(
            determiners=words("determiners"),
            pronouns=words("pronouns"),
            prepositions=words("prepositions"),
            auxiliaries=words("auxiliaries"),
            conjunctions=words("conjunctions"),
            adverbs=words("adverbs"),
            other=words("other"),
            connectors=words("connectors"),
            weak_heads=words("weak_heads"),
            weak_modifiers=words("weak_modifiers"),
            project_heads=words("project_heads"),
            common_verbs=words("common_verbs"),
            modals=words("modals"),
            units=words("units"),
            person_heads=words("person_heads") if "person_heads" in data else frozenset(),
            leading_person_heads=optional("leading_person_heads"),
            complements=words("complements") if "complements" in data else frozenset(),
            complement_determiners=(
                words("complement_determiners") if "complement_determiners" in data else frozenset()
            ),
            discourse=words("discourse") if "discourse" in data else frozenset(),
            unit_heads=words("unit_heads") if "unit_heads" in data else frozenset(),
            plural_modifiers=optional("plural_modifiers"),
            irregular_plurals=optional("irregular_plurals"),
            no_object_verbs=optional("no_object_verbs"),
            counting_ordinals=optional("counting_ordinals"),
            causative_verbs=optional("causative_verbs"),
            place_heads=optional("place_heads"),
            event_heads=optional("event_heads"),
            own_heads=optional("own_heads"),
            clause_ends=optional("clause_ends"),
            not_verbs=optional("not_verbs"),
            verb_particles=optional("verb_particles"),
            time_words=optional("time_words"),
            past_nouns=optional("past_nouns"),
            agent_heads=optional("agent_heads"),
            linking_verbs=optional("linking_verbs"),
            granularity_heads=optional("granularity_heads"),
            object_particles=optional("object_particles"),
            ditransitive_verbs=optional("ditransitive_verbs"),
            complement_verbs=optional("complement_verbs"),
            catenative_verbs=optional("catenative_verbs"),
            body_heads=optional("body_heads"),
            lone_body_heads=optional("lone_body_heads"),
            body_modifiers=optional("body_modifiers"),
            body_verbs=optional("body_verbs"),
        )


@dataclass(frozen=True)
class Token:
    text: str
    tag: str  # DET, PRON, ADP, AUX, CONJ, ADV, X, CONN, NUM, NAME, PUNCT, NOUN, ADJ, VERB, GER


@dataclass(frozen=True)
class Phrase:
    """A noun phrase as written, with its determiner ("the"/"our"/...) when it had one, and
    where its complement starts ("early warning signals | for corporate borrowers": 3; 0 when
    it has none)."""

    words: tuple[str, ...]
    determiner: str | None
    complement: int = 0

    @property
    def base(self) -> Phrase:
        """The phrase without its complement ("early warning signals")."""
        if not self.complement:
            return self
        return Phrase(self.words[: self.complement], self.determiner)

    @property
    def key(self) -> str:
        return " ".join(w.lower() for w in self.words)


def _clean(word: str) -> str:
    return word.lower().replace("’", "'")


def tag(
    sentence: str,
    grammar: Grammar,
    lexicon: Lexicon,
    names: frozenset[str],
    numbers: frozenset[str],
    lowercase: frozenset[str] = frozenset(),
) -> list[Token]:
    """The sentence's words with a word class each (see `Token.tag`). `names` are the words of
    known names (people, the employer); `lowercase` the words the text also writes in lower
    case (so a capitalised one of them is no name)."""
    raw = _TOKEN.findall(sentence)
    tokens: list[Token] = []
    for word in raw:
        low = _clean(word)
        if not word[0].isalnum():
            tokens.append(Token(word, "PUNCT"))
        elif _ORDINAL.fullmatch(low):
            tokens.append(Token(word, "NUM"))  # "the 17th": a day
        elif word[0].isdigit() and word[-1].isalpha():
            tokens.append(Token(word, "NOUN"))  # "8D", "3PL", "5G": a name with a digit
        elif word[0].isdigit() or low in numbers or _number_compound(low, numbers):
            tokens.append(Token(word, "NUM"))
        elif low in names or low.removesuffix("'s") in names:
            tokens.append(Token(word, "NAME"))
        elif low in grammar.connectors:
            tokens.append(Token(word, "CONN"))
        elif low in grammar.determiners and not _verb_not_determiner(low, tokens, lexicon):
            tokens.append(Token(word, "DET"))
        elif low in grammar.pronouns or "'" in low and low.split("'")[0] in grammar.pronouns:
            tokens.append(Token(word, "PRON"))
        elif low in grammar.auxiliaries:
            tokens.append(Token(word, "AUX"))
        elif low in grammar.prepositions:
            tokens.append(Token(word, "ADP"))
        elif low in grammar.conjunctions:
            tokens.append(Token(word, "CONJ"))
        elif low in grammar.adverbs:
            tokens.append(Token(word, "ADV"))
        elif low in grammar.other:
            tokens.append(Token(word, "X"))
        elif low not in lowercase and _proper(word, lexicon):
            tokens.append(Token(word, "NAME"))
        elif (
            tokens
            and _clean(tokens[-1].text) in _SUBJECTS
            and word[:1].islower()
            and not lexicon(low)
        ):
            tokens.append(Token(word, "VERB"))  # "how do you onboard temporary workers"
        else:
            tokens.append(Token(word, _open_class(low, lexicon)))
    return _finite_verbs(
        _verbs_and_adjectives(
            _disambiguate(_discourse(tokens, grammar), grammar), grammar, lexicon
        ),
        grammar,
        lexicon,
    )


_BE_FORMS = frozenset({"be", "been", "being", "am", "feel", "feels", "felt"})


# determiners that may open a relative clause, its verb next ("a rule that set limits")
_RELATIVES = frozenset({"that", "which", "what", "whatever", "whichever"})


def _be_form(token: Token) -> bool:
    """A form of "be" ("is", "be", "were", "they're"), or "feel" that acts as one."""
    return _is_be(token) or _clean(token.text) in _BE_FORMS


def _verbs_and_adjectives(tokens: list[Token], grammar: Grammar, lexicon: Lexicon) -> list[Token]:
    """What a word's neighbours say once the others are chosen: a word that may be a verb or
    an adjective before a noun, after a verb, a determiner, an adjective or a clause's opening
    "and", is the adjective ("we're trying to grow direct bookings", "And direct bookings?");
    an -ing word after a verb that takes one ("the checks keep failing with …") or after "be"
    and an adjective, before its object ("would you be comfortable building a tool", "are you
    happy running the counts"), is a verb."""
    out = list(tokens)
    for index, token in enumerate(out):
        before = out[index - 1] if index else None
        after = out[index + 1] if index + 1 < len(out) else None
        low = _clean(token.text)
        if (
            token.tag == "VERB"
            and after is not None
            and after.tag == "NOUN"
            and "ADJ" in lexicon(low)
            and before is not None
            and (
                before.tag in ("VERB", "ADJ")
                or (before.tag == "DET" and _clean(before.text) not in _RELATIVES)
                or (before.tag == "CONJ" and index == 1)
                or (before.tag == "ADP" and _clean(before.text) != "to")
            )
        ):
            out[index] = Token(token.text, "ADJ")
        elif (
            token.tag in ("NOUN", "GER")
            and low.endswith("ing")
            and "VERB" in lexicon(low)
            and before is not None
            and (
                (before.tag == "VERB" and _clean(before.text) in grammar.catenative_verbs)
                or (
                    before.tag == "ADJ"
                    and index >= 2
                    and (
                        _be_form(out[index - 2])
                        or (
                            index >= 3 and out[index - 2].tag == "PRON" and _be_form(out[index - 3])
                        )
                    )
                    and after is not None
                    and (
                        after.tag in ("DET", "PRON")
                        # "would you be comfortable travelling to suppliers": the candidate's
                        # predicate; not "our headache is inconsistent reporting to the board"
                        or (
                            after.tag == "ADP"
                            and index >= 3
                            and out[index - 3].tag == "PRON"
                            and _be_form(out[index - 2])
                        )
                    )
                )
            )
        ):
            out[index] = Token(token.text, "VERB")
    return out


def _discourse(tokens: list[Token], grammar: Grammar) -> list[Token]:
    """Two words that open a clause and name no thing ([grammar] discourse: "speaking of",
    "talking about", "going back to"), at the sentence's start or after a comma or a
    conjunction, marked as no part of a phrase."""
    if not grammar.discourse:
        return tokens
    out = list(tokens)
    for at in range(len(out) - 1):
        if at and out[at - 1].tag not in ("PUNCT", "CONJ"):
            continue
        if f"{_clean(out[at].text)} {_clean(out[at + 1].text)}" in grammar.discourse:
            out[at] = Token(out[at].text, "X")
            out[at + 1] = Token(out[at + 1].text, "X")
    return out


def _verb_not_determiner(low: str, before: Sequence[Token], lexicon: Lexicon) -> bool:
    """A determiner that is a verb too ("own") is a determiner only after a possessive ("our
    own", "the hatchery's own"); anywhere else it is the verb ("you'd own the reminder
    templates", "someone to own the kiln schedule"), and the noun phrase after it is its
    object."""
    if "VERB" not in lexicon(low):
        return False
    if not before:
        return True
    last = before[-1]
    return last.tag != "DET" and not _clean(last.text).endswith(("'s", "s'"))


# Pronouns that are a clause's subject: a word the tables do not know right after one is its
# verb, not a noun ("we onboard", "they upskill")
_SUBJECTS = frozenset({"i", "you", "we", "they"})


_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")


def _number_compound(low: str, numbers: frozenset[str]) -> bool:
    """A hyphenated word with a number word in it: "twenty-eight", "one-hour", "four-day"."""
    return "-" in low and any(part in numbers for part in low.split("-"))


def _proper(word: str, lexicon: Lexicon) -> bool:
    """A capitalised word the lexicon does not know, and not an acronym or a product name with
    inner capitals ("SKU", "REDCap"): a person's or an organisation's name ("Brackenridge",
    "Eastfield")."""
    if not word[:1].isupper() or word.isupper() or any(c.isupper() for c in word[1:]):
        return False
    if "-" in word:  # "Open-to-buy" starting a sentence: a compound of known words
        return not all(lexicon(part) or len(part) <= 3 for part in word.lower().split("-"))
    return not lexicon(word.lower())


# the last part of a compound made of a verb and a particle ("sell-through", "roll-out",
# "sign-off"): a noun, not the verb
_PARTICLES = frozenset({"through", "out", "in", "up", "off", "on", "over", "down", "back", "away"})


def _open_class(low: str, lexicon: Lexicon) -> str:
    classes = lexicon(low)
    parts = low.split("-")
    if not classes and (len(parts) >= 3 or (len(parts) == 2 and parts[1] in _PARTICLES)):
        return "NOUN"  # "open-to-buy", "end-to-end", "sell-through", "check-in"
    if not classes and "-" in low:
        first, last = low.split("-", 1)[0], low.rsplit("-", 1)[1]
        classes = lexicon(last)  # "over-orders" is read as "orders"
        if last.endswith("ing") and "VERB" in classes and "NOUN" in lexicon(first):
            return "NOUN"  # "problem-solving", "decision-making": a noun, never a verb
        if "NOUN" in classes and "VERB" not in classes:
            return "NOUN"  # "first-pass", "end-of-day", "cost-to-serve"
        if "VERB" in classes and last.endswith(("ed", "en", "wn")):
            return "ADJ"  # "trauma-informed", "family-owned", "data-driven"
    if not classes:
        return "NOUN"  # jargon, products, acronyms
    if "NOUN" in classes:
        return "NOUN" if len(classes) == 1 else "N|" + "|".join(sorted(classes - {"NOUN"}))
    if "VERB" in classes:
        return "GER" if low.endswith("ing") else "VERB"
    if "ADJ" in classes:
        return "ADJ"
    return "ADV"


# Verbs whose past participle is their base form, a noun too: before "by" it is the participle
# ("the induction program run by the region", "a rota set by the manager")
_SAME_PARTICIPLE = frozenset({"run", "set", "cut", "put", "shut", "spread", "cast", "hit"})


_AFTER_VERB = ("DET", "PRON", "ADV", "AUX", "ADP", "NUM")


def _plural(word: str) -> bool:
    low = _clean(word)
    return low.endswith("s") and not low.endswith(("ss", "us", "is"))


def _after_nouns(tokens: Sequence[Token], index: int) -> bool:
    """tokens[index] follows a run of nouns and adjectives that holds a noun ("the rework
    rate", "a stop upstream")."""
    at = index - 1
    nouns = 0
    while (
        at >= 0
        and tokens[at].tag in ("NOUN", "ADJ", "GER")
        or (at >= 0 and tokens[at].tag.startswith("N|"))
    ):
        nouns += tokens[at].tag != "ADJ"
        at -= 1
    return nouns > 0


def _finite_verbs(tokens: list[Token], grammar: Grammar, lexicon: Lexicon) -> list[Token]:
    """A subject's noun run ends at its head: the finite verb said after it is none of it.
    A third-person "-s" form before a particle and a preposition ("a stop upstream shows up
    as porosity"), a past form before a time or the clause's end ("the rework rate doubled
    last year"), and an "-s" form before a noun run that ends in a plural read as a verb ("the
    seam tracking sensor misses weld seams") are verbs; the nouns around them are nouns."""
    out = list(tokens)
    n = len(out)
    for i, token in enumerate(out):
        low = _clean(token.text)
        misread = (  # "the rework rate doubled": "rate" read as the verb
            i > 1
            and out[i - 1].tag == "VERB"
            and "NOUN" in lexicon(_clean(out[i - 1].text))
            and out[i - 2].tag in ("NOUN", "DET")
        )
        if token.tag == "VERB" or "VERB" not in lexicon(low):
            continue
        if not (_after_nouns(out, i) or misread and low.endswith("ed")):
            continue
        after = out[i + 1] if i + 1 < n else None
        later = out[i + 2] if i + 2 < n else None
        if _plural(low) and low not in grammar.plural_modifiers:
            particle = after is not None and _clean(after.text) in _PARTICLES
            if particle and (later is None or later.tag in ("ADP", "PUNCT", "CONJ")):
                out[i] = Token(token.text, "VERB")  # "shows up as", "breaks down in"
                continue
            end = i + 1
            while end < n and out[end].tag == "NOUN":
                end += 1
            if end < n and out[end].tag == "VERB" and "NOUN" in lexicon(_clean(out[end].text)):
                end += 1  # "seams" read as the verb
            if end > i + 2 and _plural(out[end - 1].text):
                out[i] = Token(token.text, "VERB")  # "misses weld seams", "… column headers"
                out[end - 1] = Token(out[end - 1].text, "NOUN")
            continue
        if (
            low.endswith("ed")
            and "NOUN" not in lexicon(low)
            and (
                after is None
                or after.tag in ("PUNCT", "ADP", "ADV", "CONJ")
                or _clean(after.text) in grammar.time_words
            )
        ):
            out[i] = Token(token.text, "VERB")  # "doubled last year", "crashed twice"
            if misread:
                out[i - 1] = Token(out[i - 1].text, "NOUN")
    return out


_COUNTING = frozenset({"these", "those", "many", "several", "all", "both", "few", "some"})


def _counted(before: Sequence[Token]) -> bool:
    """The noun run that ends `before` follows a number or a plural determiner ("three
    distribution centres"): its last word is a plural noun, not a verb."""
    index = len(before) - 1
    while index >= 0 and before[index].tag in ("NOUN", "ADJ", "GER"):
        index -= 1
    return index >= 0 and (before[index].tag == "NUM" or _clean(before[index].text) in _COUNTING)


def _participle(tokens: Sequence[Token], index: int) -> bool:
    """tokens[index] is an -ed verb form right before a noun: an adjective there."""
    if index + 1 >= len(tokens) or tokens[index].tag != "VERB":
        return False
    return _clean(tokens[index].text).endswith("ed") and tokens[index + 1].tag.startswith(
        ("NOUN", "N|")
    )


# "is" as a copula: an -ed word after it, before a noun that ends the clause, is an
# adjective of the subject it names ("the problem was missed deliveries")
_COPULAS = frozenset({"is", "was", "'s", "remains"})


def _ends_clause(tokens: Sequence[Token], start: int, grammar: Grammar) -> bool:
    """A run of one to three nouns opens at tokens[start] and ends the clause (a stop, a
    comma, a preposition or the sentence's end follows); no time ("promoted last year")."""
    at = start
    while at < len(tokens) and at - start < 4 and tokens[at].tag.startswith(("NOUN", "N|")):
        at += 1
    if at == start or at - start > 3:
        return False
    lows = [_clean(t.text) for t in tokens[start:at]]
    if any(w in grammar.time_words for w in lows) or lows[-1] in grammar.units:
        return False
    return at >= len(tokens) or tokens[at].tag in ("PUNCT", "ADP", "CONJ")


def _disambiguate(tokens: list[Token], grammar: Grammar) -> list[Token]:
    """Choose between noun and verb (or adjective, adverb) from the neighbours."""
    out: list[Token] = []
    for index, token in enumerate(tokens):
        tag_ = token.tag
        low = _clean(token.text)
        prev = out[-1].tag if out else "START"
        nxt = tokens[index + 1].tag if index + 1 < len(tokens) else "END"
        after_to = bool(out) and _clean(out[-1].text) == "to"
        modal = prev == "AUX" and _clean(out[-1].text) in grammar.modals
        coordinated = (
            prev == "CONJ" and len(out) > 1 and out[-2].tag == "VERB" and nxt != "VERB"
        )  # "we install and service rooftop solar"
        if (
            low in grammar.object_particles
            and prev == "NOUN"
            and nxt in ("PUNCT", "END", "ADP", "CONJ", "ADV", "DET", "NUM")
        ):
            tag_ = "ADV"  # "I pulled the manhole installation forward, …"
        elif tag_ == "NUM" and _inside_name(out, tokens, index):
            tag_ = "NOUN"  # "the IFRS 16 workbook", "the Windows 11 rollout"
        elif tag_.startswith("N|"):
            verb_ok = "VERB" in tag_
            if (
                "ADJ" in tag_
                and out
                and out[-1].tag == "VERB"
                and _clean(out[-1].text) in grammar.linking_verbs
                and not nxt.startswith(("NOUN", "N|", "GER"))
            ):
                tag_ = "ADJ"  # "something that went wrong", "it goes quiet after March"
            elif (
                "ADJ" in tag_
                and "ADV" in tag_
                and low.endswith("er")
                and prev == "NOUN"
                and index + 1 < len(tokens)
                and _clean(tokens[index + 1].text) in ("to", "than", "from")
            ):
                tag_ = "ADV"  # "move fast movers closer to the packing stations"
            elif (
                "ADJ" in tag_
                and prev == "NOUN"
                and nxt in ("PUNCT", "END", "ADP", "CONJ")
                and _object_of(out, grammar.complement_verbs)
            ):
                tag_ = "ADJ"  # "people get the units wrong", "we keep the walkways clear"
            elif (
                verb_ok
                and prev == "DET"
                and _clean(out[-1].text) in ("what", "whatever")
                and _third_person_of(low)
                and not nxt.startswith(("NOUN", "N|", "GER"))
            ):
                tag_ = "VERB"  # "what goes wrong", "whatever helps most"
            elif verb_ok and coordinated:
                tag_ = "VERB"
            elif (
                verb_ok
                and _after_then(out)
                and nxt.startswith(("NOUN", "N|", "DET", "ADJ"))
                and not (nxt.startswith(("N|", "NOUN")) and _plural(tokens[index + 1].text))
            ):
                # "Then set service level objectives …": the next step's verb; not "then
                # stock counts happen", "and then winter chickpeas", a compound's start
                tag_ = "VERB"
            elif (
                verb_ok
                and (prev == "NOUN" or _relative(out))  # "a load that fell off the truck"
                and low in grammar.past_nouns
                and not nxt.startswith(("NOUN", "N|", "GER"))
                and nxt not in ("VERB", "AUX")  # "the leg wound was dressed": its head
            ):
                tag_ = "VERB"  # "a plan fell apart", "the currency fell sharply"
            elif (
                verb_ok
                and prev == "NOUN"
                and not _plural(token.text)
                and not low.endswith(("ed", "ing"))
                and nxt in ("DET", "PRON", "ADP", "ADV", "NUM")
                and _asked_of(out, grammar)
            ):
                tag_ = "VERB"  # "Did the check catch anything?": the question's verb
            elif (
                verb_ok
                and prev == "START"
                and low.endswith("ing")
                and _stem_of(low) & grammar.common_verbs
                and nxt != "END"
            ):
                tag_ = "VERB"  # "Finding spare parts quickly is …", "Taking stock counts …"
            elif verb_ok and _clause_verb(out, tokens, index, grammar):
                tag_ = "VERB"  # "the boilers fail and …", "That helps.", "the crew love it"
            elif verb_ok and _agent_acts(out, tokens, index, grammar):
                tag_ = "VERB"  # "the team measures abandonment", "our desk handles disputes"
            elif verb_ok and _plural(token.text) and _relative(out):
                tag_ = "VERB"  # "the same model, which makes life easier", "it helps"
            elif (
                verb_ok
                and _relative(out)
                and _clean(out[-1].text) != "it"
                and (low in _SAME_PARTICIPLE or low in grammar.past_nouns)
                and not nxt.startswith(("VERB", "AUX"))
            ):
                tag_ = "VERB"  # "a pilot that cut changeover time", "a storm that hit the port"
            elif (
                verb_ok
                and prev == "ADV"
                and "ADJ" not in tag_  # "are medically fit": what they are
                and _noun_after_adverbs(out, tokens, index)
            ):
                tag_ = "NOUN"  # "There's also route consolidation", "so now colour matching is"
            elif (
                verb_ok
                and low in grammar.common_verbs
                and prev not in ("DET", "ADJ")
                and (prev != "ADP" or after_to)  # "for care homes": a noun after "for"
            ):
                tag_ = "VERB"  # "we most need help"
            elif "ADV" in tag_ and low.endswith("ly") and not nxt.startswith(("NOUN", "N|", "GER")):
                tag_ = "ADV"  # "every store quarterly"
            elif verb_ok and (
                prev in ("PRON", "ADV")
                or (prev == "NAME" and not (len(out) > 1 and out[-2].tag == "DET"))
                or after_to
                or modal
            ):
                # "we measure", "Bertrand leads", "it only tracks"; not "the Kubernetes
                # cluster upgrade", where the name after "the" names a thing
                tag_ = "VERB"
            elif (
                verb_ok
                and prev in ("NOUN", "GER")  # "the minibar restocking takes two people"
                and nxt in _AFTER_VERB
                and nxt != "AUX"  # "the node pools are", "the wholesale accounts are"
                and not _verb_later(tokens, index + 1)  # "vendor lead times from … are"
                and _plural(token.text) != _plural(out[-1].text)
                and (not _counted(out) or _plural(out[-1].text))  # "two leads run the"
                and not low.endswith(_NOMINAL)
                and not _object(out)
            ):
                tag_ = "VERB"  # "the cleanup feeds straight into", "returns drive about"
            elif (
                verb_ok
                and prev == "NOUN"
                and not _plural(token.text)
                and nxt in ("ADP", "ADV", "DET", "NUM", "PRON")
                and _coordinated_subject(out)
            ):
                tag_ = "VERB"  # "a merger filing and an urgent investigation hit at once"
            elif (
                verb_ok
                and prev == "NOUN"
                and not _plural(out[-1].text)
                and (
                    (_plural(token.text) and _one_before(out))
                    or _third_person_of(low) & grammar.common_verbs
                )
            ):
                tag_ = "VERB"  # "a customer phones", "the new system goes live"
            elif verb_ok and prev == "NOUN" and _participle(tokens, index + 1):
                tag_ = "VERB"  # "the pilot cut delayed discharges"
            elif (
                verb_ok
                and prev == "NOUN"
                and nxt in ("PUNCT", "END")
                and _plural(token.text)
                and not _plural(out[-1].text)
                and _after_clause_opener(out)
            ):
                tag_ = "VERB"  # "I know how much the master data matters."
            elif (
                verb_ok
                and prev in ("NOUN", "GER")
                and low in _SAME_PARTICIPLE
                and index + 1 < len(tokens)
                and (
                    _clean(tokens[index + 1].text) == "by"
                    or (nxt == "ADP" and _plural_noun(out[-1].text, grammar))
                )
            ):
                # "the teacher program run by the region", "the store orders spread over the
                # week": a participle
                tag_ = "VERB"
            elif (
                verb_ok
                and prev == "NOUN"
                and (_clause_subject(out) or _owned_subject(out, grammar))
                and (
                    (nxt in ("PUNCT", "END") and _plural(token.text) and not _plural(out[-1].text))
                    or (
                        _plural(out[-1].text)
                        and not _plural(token.text)
                        and nxt.startswith(("NOUN", "N|"))
                        and _plural(tokens[index + 1].text)
                    )
                )
            ):
                # "… when traffic doubles.", "Ships report positions every minute": a bare
                # noun starting a clause, then its verb
                tag_ = "VERB"
            elif (
                "ADJ" in tag_
                and prev != "NOUN"
                and nxt.startswith(("NOUN", "N|", "GER"))
                and not _verb_with_object(tokens, index + 1)
            ):
                tag_ = "ADJ"
            else:
                tag_ = "NOUN"
        elif tag_ == "GER":
            if _clause_gerund(out, tokens, index, grammar) or _subject_gerund(
                out, tokens, index, grammar
            ):
                tag_ = "VERB"  # "the night shift owning the cut-off", "wine going to China"
            elif (prev in ("START", "ADV", "PUNCT", "CONJ") and not after_to) and (
                _clean(tokens[index + 1].text) == "of" if nxt == "CONN" else nxt == "NOUN"
            ):
                tag_ = "GER"  # "Cleaning validation … has to", "then scheduling of part-time"
            elif prev in ("PRON", "AUX", "ADV", "START", "NAME") or after_to:
                tag_ = "VERB"  # "we're putting", "is moving"
            elif _stem_of(low) & grammar.common_verbs and _plural(out[-1].text if out else ""):
                tag_ = "VERB"  # "with the UK entities going live"
            elif prev in ("DET", "ADJ", "NOUN") or nxt.startswith(("NOUN", "N|")):
                tag_ = "GER"  # "the cycle counting schedule", "grant reporting"
            else:
                tag_ = "VERB"
        elif tag_ == "VERB" and low.endswith("ly"):
            tag_ = "ADV"
        elif (
            tag_ == "VERB"
            and prev == "START"
            and token.text[:1].isupper()
            and nxt in ("NOUN", "GER")
            and low not in grammar.common_verbs
            and not low.endswith(("ed", "s"))
        ):
            tag_ = "NOUN"  # "Temp onboarding for peak season is a mess": a noun opens it
        elif (
            tag_ == "VERB"
            and _participle(tokens, index)
            and prev not in ("PRON", "NAME", "AUX", "ADV")
            and not (prev == "NOUN" and len(out) > 1 and out[-2].tag == "DET")
            and not (out and _clean(out[-1].text) == "then")
        ):
            # "cut delayed discharges"; not "the school raised concerns" (a subject's verb)
            # nor "then moved budget into …"
            tag_ = "ADJ"  # "cut delayed discharges"
        elif (
            tag_ == "VERB"
            and prev == "AUX"
            and _clean(out[-1].text) in _COPULAS
            and _participle(tokens, index)
            and _ends_clause(tokens, index + 1, grammar)
        ):
            tag_ = "ADJ"  # "our biggest headache is rolled bookings."
        elif (
            tag_ == "VERB"
            and not low.endswith(("ed", "s"))
            and low not in grammar.common_verbs
            and (
                (prev == "DET" and _clean(out[-1].text) not in ("what", "whatever"))
                or prev == "NOUN"
                and len(out) > 1
                and out[-2].tag == "DET"
                and not _plural(out[-1].text)  # "the crews arrive and wait": their verb
                and _clean(out[-1].text) not in grammar.irregular_plurals  # "most people"
            )
            and nxt.startswith(("NOUN", "N|", "PUNCT", "END", "CONJ"))
            and not _relative(out)  # "a shipment that went wrong": the relative clause's verb
        ):
            tag_ = "NOUN"  # a noun the word tables know only as a verb: "the discharge lounge"
        out.append(Token(token.text, tag_))
    return out


def _verb_with_object(tokens: Sequence[Token], index: int) -> bool:
    """tokens[index] is a noun or a verb's -s form with a determiner or a pronoun after it: the
    verb, its object next ("every part needs a new approval"), so the word before it is the
    subject's noun, not an adjective."""
    if index + 1 >= len(tokens) or not tokens[index].tag.startswith("N|"):
        return False
    return (
        "VERB" in tokens[index].tag
        and _plural(tokens[index].text)
        and tokens[index + 1].tag in ("DET", "PRON")
    )


# a copula ("is", "'s" of "there's", "that's") before which no base verb follows
_BE = frozenset({"is", "are", "was", "were", "'s", "'re"})


def _is_be(token: Token) -> bool:
    """ "is", "are", or a word that ends in one ("there's", "that's", "they're")."""
    low = _clean(token.text)
    return low in _BE or ("'" in low and low[low.index("'") :] in _BE)


def _noun_after_adverbs(before: Sequence[Token], tokens: Sequence[Token], index: int) -> bool:
    """tokens[index], a noun or a verb's base after adverbs, opens a noun run: no verb's base
    follows "is" and its adverbs ("There's also route consolidation", "our segments are
    mostly gas gathering"), nor starts a clause with no subject whose noun run then takes
    "is" ("so now colour matching is the bottleneck"). Not an -ing form ("is still
    building"), nor a word with no noun after it ("is currently set per hotel")."""
    if _clean(tokens[index].text).endswith("ing"):
        return False
    run = index + 1
    while run < len(tokens) and tokens[run].tag.startswith(("NOUN", "N|", "GER")):
        run += 1
    if run == index + 1:
        return False  # "which is too long", "is also joining"
    at = len(before) - 1
    while at >= 0 and before[at].tag == "ADV":
        at -= 1
    if at < 0:
        return False
    if _is_be(before[at]):
        return True  # after "is", "there's", "that's"
    takes_be = run < len(tokens) and _clean(tokens[run].text) in _BE
    return takes_be and before[at].tag in ("CONJ", "PUNCT")  # "so now | colour matching is"


def _asked_of(before: Sequence[Token], grammar: Grammar) -> bool:
    """The noun run that ends `before` is the subject of a question opened by "do" or a modal
    ("Did the check …", "Can the planners …"): the clause starts with that auxiliary and a
    determiner."""
    index = len(before) - 1
    while index >= 0 and before[index].tag in ("NOUN", "ADJ", "GER"):
        index -= 1
    if index < 1 or before[index].tag != "DET" or before[index - 1].tag != "AUX":
        return False
    opener = index - 1
    return _clean(before[opener].text) in grammar.modals and (
        opener == 0 or before[opener - 1].tag in ("PUNCT", "CONJ")
    )


# Object pronouns: a word that can be a noun or a verb, right before one, is a verb ("the night
# crew love it", "the auditors hate them")
_OBJECT_PRONOUNS = frozenset({"them", "us", "me", "him"})


def _plural_noun(word: str, grammar: Grammar) -> bool:
    """A plural noun that can be a clause's subject: "boilers", "people" ([grammar]
    irregular_plurals); not one that modifies a noun ([grammar] plural_modifiers: "the sales
    forecast", "the operations plan") nor a word in -ics ("analytics")."""
    low = _clean(word)
    if low in grammar.irregular_plurals:
        return True
    return _plural(low) and low not in grammar.plural_modifiers and not low.endswith("ics")


def _clause_verb(
    out: Sequence[Token], tokens: Sequence[Token], index: int, grammar: Grammar
) -> bool:
    """tokens[index], a word that can be a noun or a verb, is the verb of a clause: after "That"
    or "This" in its -s form ("That helps a lot", "This means …"; a plural never follows
    them), before an object pronoun ("the night crew love it"), or in its base form after a
    plural noun that opens a noun run, when what follows opens an object, an adverb, a
    subordinate clause or a preposition no noun takes ("the boilers fail because …", "the
    tenants wait a week", "people queue outside"); never after a modifying plural ("the
    operations plan for the depot"), inside a compound ("the school streets pilot") or before
    "and", a comma or the sentence's end, where a compound's head stands as often ("The falls
    audit.")."""
    if not out:
        return False
    word = _clean(tokens[index].text)
    before = out[-1]
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    if takes_no_object(word, grammar):
        return _subject_gerund(out, tokens, index, grammar)  # "a second van coming"
    if before.tag == "DET" and _clean(before.text) in ("that", "this") and _plural(word):
        return True
    if before.tag != "NOUN":
        return False
    if after is not None and _clean(after.text) in _OBJECT_PRONOUNS:
        return True
    if after is not None and _clean(after.text) == "it":
        later = tokens[index + 2].tag if index + 2 < len(tokens) else "END"
        if later in ("PUNCT", "END", "ADV", "ADP", "CONJ"):
            return True  # "the night crew love it."
    if _plural(word) or word.endswith(_NOMINAL):
        return False
    if (
        after is not None
        and after.tag == "GER"
        and _plural(before.text)
        and not word.endswith(("ing", "ed"))
        and (len(out) < 2 or out[-2].tag not in ("NOUN", "GER"))
    ):
        return True  # "when loans start bouncing", "the parts keep failing"
    if _clean(before.text) in grammar.irregular_plurals:
        return True  # "people fix things fast", "children learn the routine"
    if word in grammar.no_object_verbs and _after_causative(out, grammar):
        return True  # "What made the returns triage process stick?"
    if not _plural_noun(before.text, grammar):
        return False
    if (
        len(out) > 1
        and out[-2].tag == "NOUN"
        and _clean(before.text) not in grammar.irregular_plurals
    ):
        return False  # "the school streets pilot": the plural inside a compound
    nxt = after.tag if after is not None else "END"
    low = _clean(after.text) if after is not None else ""
    if _object_run(tokens, index + 1, grammar):
        return True  # "the carriers roll containers", "the nurses chart vitals every hour"
    if nxt in ("PUNCT", "END") and _subject_inside(out):
        return True  # "… and the callbacks fail, so …", "Grid is where projects die."
    if nxt == "CONJ":
        return low not in ("and", "or", "&")  # "the cranes stop when …", not "… and …"
    if nxt == "ADP":
        return low not in grammar.complements and low not in grammar.connectors
    return nxt in ("ADV", "ADJ", "DET", "PRON", "NUM")


def _agent_acts(
    out: Sequence[Token], tokens: Sequence[Token], index: int, grammar: Grammar
) -> bool:
    """tokens[index], a word in -s, is the verb of a group or a person that acts ([grammar]
    unit_heads, person_heads, agent_heads: "the team", "our desk", "the lab") before its object
    ("the team measures abandonment at each step", "the committee reviews grant applications
    twice a year"); the agent has its determiner ("the", "our"); never when it opens a longer
    compound ("the team leads meet …", "our customer reviews page gets …", "a pilot with
    partner schools next term")."""
    word = _clean(tokens[index].text)
    if not out or out[-1].tag != "NOUN" or not _plural(word) or not _third_person_of(word):
        return False
    agent = _clean(out[-1].text)
    if _plural(agent) or not (
        agent in grammar.unit_heads or agent in grammar.person_heads or agent in grammar.agent_heads
    ):
        return False
    before = len(out) - 2
    while before >= 0 and out[before].tag == "ADJ":
        before -= 1
    if before < 0 or out[before].tag != "DET" or _clean(out[before].text) in ("what", "which"):
        # "the night team", "the claims desk": the agent heads a compound; "with partner
        # schools": a singular with no determiner is no subject
        return False
    at = index + 1
    if at < len(tokens) and tokens[at].tag == "DET":
        at += 1
    start = at
    while at < len(tokens) and tokens[at].tag.startswith(("NOUN", "N|", "ADJ", "GER")):
        at += 1
    if at == start or at - start > 3:
        return False
    single = tokens[start]
    if (
        at - start == 1
        and "VERB" in single.tag
        and not _plural(single.text)
        and tokens[start - 1].tag != "DET"
    ):
        return False  # "the team leads meet every Monday": "meet" is the verb
    after = tokens[at].tag if at < len(tokens) else "END"
    return after in ("ADP", "DET", "ADV", "PUNCT", "END", "CONJ", "NUM")


def _object_of(before: Sequence[Token], verbs: frozenset[str]) -> bool:
    """The noun run that ends `before` is the object of one of `verbs` ([grammar]
    complement_verbs: "get", "keep", "leave"), its determiner between them ("get the units
    …"): a word after it that may be an adjective says what the object is left as."""
    index = len(before) - 1
    while index >= 0 and before[index].tag in ("NOUN", "ADJ"):
        index -= 1
    if index >= 0 and before[index].tag in ("DET", "NUM"):
        index -= 1
    return index >= 0 and _clean(before[index].text) in verbs


def _object_run(tokens: Sequence[Token], start: int, grammar: Grammar) -> bool:
    """tokens[start:] open an object: a plural noun (or a run of nouns ending in one) that is
    no modifier of a longer compound ("containers to the next vessel", "vitals every hour",
    "grant applications twice a year"), followed by no verb of its own."""
    at = start
    while at < len(tokens) and tokens[at].tag.startswith(("NOUN", "N|")):
        at += 1
    if at == start or at - start > 3:
        return False
    last = _clean(tokens[at - 1].text)
    if not _plural(last) or last in grammar.plural_modifiers or last.endswith("ics"):
        return False
    after = tokens[at].tag if at < len(tokens) else "END"
    return after in ("ADP", "DET", "ADV", "PUNCT", "END", "CONJ", "NUM")


def _subject_inside(before: Sequence[Token]) -> bool:
    """The plural noun that ends `before` is a clause's subject inside the sentence: right
    after a conjunction ("where projects die"), or after a determiner right after one ("and
    the callbacks fail"); never at the sentence's start, where a compound's head stands as
    often ("The falls audit.")."""
    at = len(before) - 2
    if at >= 0 and before[at].tag == "DET":
        at -= 1
    return at >= 0 and before[at].tag == "CONJ"


def _after_then(before: Sequence[Token]) -> bool:
    """`before` ends with "then" opening a clause ("Then …", ", then …", "and then …"): the
    next word says what is done next, a verb when it can be one."""
    return (
        bool(before)
        and _clean(before[-1].text) == "then"
        and (len(before) == 1 or before[-2].tag in ("PUNCT", "CONJ"))
    )


def _coordinated_subject(before: Sequence[Token]) -> bool:
    """The noun run that ends `before`, with its own determiner, is the second of two joined
    by "and" or "or" ("a merger filing and an urgent investigation", "the kiln and the
    dryer"): a plural subject, so a base form after it is their verb ("… hit at the same
    time", "… run on gas") when the first opens a clause; "the damp and mould backlog" shares
    one head, and "we keep a dryer and a backup fan on site" joins two objects."""
    index = len(before) - 1
    while index >= 0 and before[index].tag in ("NOUN", "ADJ", "GER"):
        index -= 1
    if index < 0 or before[index].tag != "DET":
        return False
    index -= 1
    if index < 1 or _clean(before[index].text) not in ("and", "or"):
        return False
    if before[index - 1].tag not in ("NOUN", "GER"):
        return False
    first = _before_noun_run(before[:index])  # what opens the first: a clause, not a verb
    return first is None or first.tag in ("CONJ", "PUNCT", "ADV")


def _before_noun_run(before: Sequence[Token]) -> Token | None:
    """The token before the noun run that ends `before` and its determiner, if any ("made"
    in "made the new rota"); None when the run starts the sequence."""
    index = len(before) - 1
    while index >= 0 and before[index].tag in ("NOUN", "ADJ", "GER"):
        index -= 1
    if index >= 0 and before[index].tag == "DET":
        index -= 1
    return before[index] if index >= 0 else None


def _after_causative(before: Sequence[Token], grammar: Grammar) -> bool:
    """The noun run that ends `before` is the object of a verb that takes an object and a bare
    verb ([grammar] causative_verbs: "made the new rota stick", "let the night shift swap"),
    so the word after the run, when it is a verb that takes no object, is that verb ("made a
    simple intake form" has none)."""
    word = _before_noun_run(before)
    return word is not None and _clean(word.text) in grammar.causative_verbs


def takes_no_object(gerund: str, grammar: Grammar) -> bool:
    """A word in -ing of a verb that takes no object ([grammar] no_object_verbs: "coming",
    "sitting")."""
    low = _clean(gerund)
    return low.endswith("ing") and bool(_stem_of(low) & grammar.no_object_verbs)


def _subject_gerund(
    out: Sequence[Token], tokens: Sequence[Token], index: int, grammar: Grammar
) -> bool:
    """tokens[index] is the -ing form of a verb that takes no object ([grammar]
    no_object_verbs: "go", "grow") right after a noun, ending the noun run: the noun's
    verb ("keep the weekend shift going", "the queue growing"), never a compound's head as in
    "grant reporting"."""
    if not out or out[-1].tag not in ("NOUN", "ADJ"):
        return False
    if not takes_no_object(tokens[index].text, grammar):
        return False
    nxt = tokens[index + 1].tag if index + 1 < len(tokens) else "END"
    return not nxt.startswith(("NOUN", "N|"))


# Determiners that open a verb's object ("owning the cut-off times", "calling our families")
_OBJECT_DETERMINERS = frozenset(
    {"the", "a", "an", "our", "their", "his", "her", "my", "your", "its", "this", "these"}
)


def _clause_gerund(
    out: Sequence[Token], tokens: Sequence[Token], index: int, grammar: Grammar
) -> bool:
    """tokens[index], a word in -ing, is the verb of a clause, not part of a noun phrase: after
    a noun with an object or a preposition that is no complement after it ("the night shift
    owning the cut-off times", "a container of wine going to China", "forty files moving
    without things slipping"), after "of" with an object ("speaking of calling home"), or a
    common verb's form opening a phrase ("using incrementality tests")."""
    prev = out[-1] if out else None
    nxt = tokens[index + 1] if index + 1 < len(tokens) else None
    if nxt is None:
        return False
    if prev is None:  # "Using MALDI-TOF, we …": a common verb's form opens the sentence
        return bool(_stem_of(_clean(tokens[index].text)) & grammar.common_verbs)
    nlow = _clean(nxt.text)
    takes_object = (
        (nxt.tag == "DET" and nlow in _OBJECT_DETERMINERS)
        or nxt.tag in ("PRON", "NUM")
        or (nxt.tag == "ADP" and nlow not in grammar.complements)
    )
    if prev.tag == "NOUN" and takes_object:
        return True
    if prev.tag == "X" and _clean(prev.text) in {w.split()[-1] for w in grammar.discourse}:
        return True  # "speaking of calling home": after words that open a clause
    nounish = nxt.tag.startswith(("NOUN", "N|"))
    if prev.tag == "CONN" and _clean(prev.text) == "of" and (takes_object or nounish):
        return True  # "speaking of calling home"; "the scope of the audit" has no gerund
    low = _clean(tokens[index].text)
    return prev.tag in ("PUNCT", "CONJ", "ADV") and bool(_stem_of(low) & grammar.common_verbs)


def _relative(before: Sequence[Token]) -> bool:
    """The word after `before` follows "it", or a relative "which", "that" or "who" after a
    noun, a comma or "something": a verb in -s there, never a plural noun ("which makes", "it
    helps", "something that went wrong")."""
    if not before:
        return False
    low = _clean(before[-1].text)
    if low == "it":
        return True
    return (
        low in ("which", "that", "who")
        and len(before) > 1
        and (before[-2].tag in ("NOUN", "PUNCT") or _clean(before[-2].text) in _INDEFINITES)
    )


# "something that went wrong", "anyone who joined late": a relative clause follows them
_INDEFINITES = frozenset(
    {"something", "anything", "everything", "nothing", "someone", "anyone", "everyone",
     "somebody", "anybody", "everybody", "nobody", "one", "ones"}
)  # fmt: skip


# Endings of words that are nouns far more often than verbs ("inventory", "migration")
_NOMINAL = ("ory", "tion", "sion", "ment", "ance", "ence", "ity", "ness", "ship", "ism", "ery")


_ONE = frozenset({"a", "an", "every", "each", "another", "this", "that"})


_OPENERS = frozenset({"how", "why", "what", "much", "whether", "if", "when", "that"})


def _after_clause_opener(before: Sequence[Token]) -> bool:
    """The noun run that ends `before` opens a clause after "how much", "why", "whether" (a
    determiner between allowed): "how much the master data matters"."""
    index = len(before) - 1
    while index >= 0 and before[index].tag in ("NOUN", "ADJ", "GER"):
        index -= 1
    if index >= 0 and before[index].tag == "DET" and _clean(before[index].text) != "much":
        index -= 1
    if (
        index >= 2
        and _clean(before[index].text) == "of"
        and _clean(before[index - 1].text) in ("kind", "sort", "type")
        and _clean(before[index - 2].text) in ("that", "this", "the")
        and (index == 2 or before[index - 3].tag in _CLAUSE_OPENERS)
    ):
        return True  # "That kind of alertness matters."
    return index >= 0 and _clean(before[index].text) in _OPENERS


def _one_before(before: Sequence[Token]) -> bool:
    """The noun run that ends `before` follows "a", "every", "this"…: it names one thing, so a
    plural after it is no part of it ("a customer phones")."""
    index = len(before) - 1
    while index >= 0 and before[index].tag in ("NOUN", "ADJ", "GER"):
        index -= 1
    return index >= 0 and _clean(before[index].text) in _ONE


def _third_person_of(word: str) -> frozenset[str]:
    """The verbs a word in -s may be the third person of: "goes" -> go, "makes" -> make."""
    if not word.endswith("s") or word.endswith("ss"):
        return frozenset()
    stems = {word[:-1]}
    if word.endswith("es"):
        stems.add(word[:-2])
    return frozenset(stems)


def _verb_later(tokens: Sequence[Token], start: int) -> bool:
    """An auxiliary ("are", "is") before the clause ends, past tokens[start]: the words before
    it are the clause's subject, so none of them is its verb."""
    for token in tokens[start:]:
        if token.tag in ("PUNCT", "CONJ", "PRON"):
            return False
        if token.tag == "AUX":
            return True
    return False


_CLAUSE_OPENERS = ("START", "CONJ", "PUNCT")


def _clause_subject(before: Sequence[Token]) -> bool:
    """The last token of `before` is one noun that starts a clause, with no determiner:
    after the sentence's start, a conjunction ("when", "and") or a comma; never the second of
    two nouns "and" joins after a preposition ("we work with inspection and test plans")."""
    if len(before) == 1:
        return True
    if len(before) < 2 or before[-2].tag not in _CLAUSE_OPENERS:
        return False
    joined = _clean(before[-2].text) in ("and", "or", "&")
    return not (
        joined and len(before) >= 4 and before[-3].tag == "NOUN" and before[-4].tag == "ADP"
    )  # "with inspection and test plans": two nouns a preposition governs


def _owned_subject(before: Sequence[Token], grammar: Grammar) -> bool:
    """The last token of `before` is a plural noun ending a noun run whose determiner opens a
    clause ("Our nurses work shifts", "so the night porters run errands"): the clause's
    subject, as a bare noun there is; never a noun that modifies ([grammar] plural_modifiers:
    "the sales team")."""
    if not before or not _plural_noun(before[-1].text, grammar):
        return False
    index = len(before) - 1
    while index >= 0 and before[index].tag in ("NOUN", "ADJ"):
        index -= 1  # "The night porters run errands": the run's determiner
    return (
        index >= 0
        and before[index].tag == "DET"
        and (index == 0 or before[index - 1].tag in _CLAUSE_OPENERS)
    )


def _object(before: Sequence[Token]) -> bool:
    """The noun run that ends `before` follows a verb (with a determiner between): an object,
    so the next word is no verb of it ("trial electronic shelf labels in", "run the quarterly
    business reviews for")."""
    index = len(before) - 1
    while index >= 0 and before[index].tag in ("NOUN", "ADJ", "GER"):
        index -= 1
    if index >= 0 and before[index].tag == "DET":
        index -= 1
    while index >= 0 and before[index].tag == "ADV":
        index -= 1  # "is mostly fuel surcharges on …"
    # after a verb, or after "is" ("the other area is the drug register checks in …", "it's
    # mostly plan changes from …")
    return index >= 0 and (before[index].tag in ("VERB", "AUX") or _is_be(before[index]))


def _stem_of(gerund: str) -> frozenset[str]:
    """The verbs a word in -ing may come from: "going" -> go, "making" -> make, "running" -> run."""
    base = gerund[:-3] if gerund.endswith("ing") else gerund
    stems = {base, base + "e"}
    if len(base) > 2 and base[-1] == base[-2]:
        stems.add(base[:-1])
    return frozenset(stems)


def _inside_name(out: Sequence[Token], tokens: Sequence[Token], index: int) -> bool:
    """A number between an acronym or a capitalised noun and a noun ("IFRS 16 workbook")."""
    word = tokens[index].text
    if not word.isdigit() or not out or index + 1 >= len(tokens):
        return False
    before, after = out[-1], tokens[index + 1]
    return (
        before.tag == "NOUN" and before.text[:1].isupper() and after.tag.startswith(("NOUN", "N|"))
    )


_NOUNISH = ("NOUN", "GER")


def phrases(tokens: Sequence[Token], grammar: Grammar) -> list[Phrase]:
    """The noun phrases of a tagged sentence: maximal runs of ADJ/NOUN/GER ending in a NOUN
    (or a gerund after a noun), joined by a connector between nouns."""
    out: list[Phrase] = []
    index = 0
    n = len(tokens)
    while index < n:
        if tokens[index].tag not in ("ADJ", "NOUN", "GER"):
            index += 1
            continue
        start = index
        determiner = None
        if start and tokens[start - 1].tag == "DET":
            determiner = tokens[start - 1].text.lower()
        end = index
        while end < n and tokens[end].tag in ("ADJ", "NOUN", "GER"):
            end += 1
        # "fuel cost per mile", "the scope of the audit": a connector between two nouns
        while (
            end + 1 < n
            and tokens[end].tag == "CONN"
            and tokens[end - 1].tag in _NOUNISH
            and tokens[end + 1].tag in ("ADJ", "NOUN", "GER")
        ):
            after = end + 1
            while after < n and tokens[after].tag in ("ADJ", "NOUN", "GER"):
                after += 1
            if tokens[after - 1].tag not in _NOUNISH:
                break
            end = after
        if (
            end == start + 1
            and end + 2 < n
            and _clean(tokens[end].text) in ("and", "&")
            and tokens[end + 1].tag in ("ADJ", "NOUN")
            and not _plural(tokens[start].text)  # "spreadsheets and Power BI": two things
        ):  # "the damp and mould backlog": two words that share their head
            after = end + 1
            while after < n and tokens[after].tag in ("ADJ", "NOUN", "GER"):
                after += 1
            if after - (end + 1) >= 2 and tokens[after - 1].tag in _NOUNISH:
                end = after
        run = list(tokens[start:end])
        if (
            determiner is None
            and start
            and _clean(tokens[start - 1].text) == "at"
            and _clean(run[-1].text) in grammar.granularity_heads
        ):
            run = []  # "at store and SKU level", "at board level": how fine, no subject
        if len(run) > 1 and _given_to(tokens, start, determiner, grammar):
            run, end = run[:1], start + 1  # "giving the team | feedback on the referrals"
        if (
            run
            and _clean(run[-1].text).endswith("'s")
            and (
                end >= n or tokens[end].tag in ("DET", "ADJ", "ADV", "AUX", "PRON", "NUM", "PUNCT")
            )
        ):  # "Cold storage's the bottleneck": "is", no owner
            run[-1] = Token(run[-1].text[:-2], run[-1].tag)
        owners = [at for at, t in enumerate(run[:-1]) if _clean(t.text).endswith("'s")]
        if owners:  # "the regulator's consumer standards inspection": what is owned
            run = run[owners[-1] + 1 :]
            determiner = None
        while run and run[-1].tag not in _NOUNISH:
            run.pop()
        if start and tokens[start - 1].tag == "NUM" and run:
            # a measure: "twelve working days", "a twenty year old system"
            if _clean(run[-1].text) in grammar.units:
                run = []
            while run and _clean(run[0].text) in grammar.units:
                run.pop(0)
        for at in range(1, len(run)):  # "the lease accounting schedules | last year"
            if (
                run[at - 1].tag == "NOUN"
                and _clean(run[at].text) in grammar.weak_modifiers
                # "the production part approval process" stays whole
                and not (run[at].tag == "NOUN" and _clean(run[at].text) in grammar.weak_heads)
            ):
                run = run[:at]
                break
        if run and run[-1].tag == "GER" and (len(run) < 2 or run[-2].tag not in ("NOUN", "ADJ")):
            run = []  # a gerund ends a phrase only after a noun ("grant reporting")
        while run and (
            run[0].tag in ("CONN", "CONJ")
            or _clean(run[0].text) in grammar.weak_modifiers
            or (determiner is not None and _clean(run[0].text) in grammar.counting_ordinals)
        ):
            run.pop(0)  # "the old and new processes": no phrase opens with "and"; "a second
            # van" is a van (a term with no determiner stays: "first response time")
        if len(run) > 2 and run[1].tag == "CONN" and _clean(run[0].text) in grammar.weak_heads:
            run = []  # "head of supporter care", "the rest of the team"
        if run:
            words = tuple(t.text for t in run)
            grown = _complement(tokens, end, grammar) if run[-1] is tokens[end - 1] else None
            if grown and not all(_clean(w) in grammar.weak_heads for w in words):
                out.append(Phrase(words + grown, determiner, len(words)))
                end += len(grown)  # the complement's words are no phrase of their own
            else:
                out.append(Phrase(words, determiner))
        index = max(end, index + 1)
    return out


_OWN = frozenset({"our", "your", "my", "their", "its"})


def _given_to(
    tokens: Sequence[Token], start: int, determiner: str | None, grammar: Grammar
) -> bool:
    """The noun run at tokens[start] opens with who something is given to, right after a verb
    that takes two objects ([grammar] ditransitive_verbs: "giving the team feedback", "we
    send clients invoices"): a person or a group ([grammar] person_heads, unit_heads; of
    agent_heads a plural with no determiner), then what is given."""
    verb = start - (2 if determiner is not None else 1)
    if verb < 0 or tokens[verb].tag != "VERB":
        return False
    if _clean(tokens[verb].text) not in grammar.ditransitive_verbs:
        return False
    who = _clean(tokens[start].text)
    plural = who.endswith("s") and not who.endswith("ss")
    single = who[:-1] if plural else who
    heads = grammar.person_heads | grammar.unit_heads
    if who in heads or single in heads or who in grammar.irregular_plurals:
        return True
    # "we send clients invoices"; "the client survey results" stays one thing
    return plural and determiner is None and single in grammar.agent_heads


def _complement(tokens: Sequence[Token], end: int, grammar: Grammar) -> tuple[str, ...] | None:
    """What a noun phrase ending before tokens[end] is about, when a preposition of
    [grammar] complements and a short noun phrase follow it ("… for corporate borrowers",
    "… at the container terminal", "… on the surgical ward"): the preposition, "the" or "a"
    when one was said ("our" becomes "the", as the candidate writes it), and the phrase; never
    a time ("in the autumn"), a measure ("for two years") or a weak word alone ("at the
    moment")."""
    n = len(tokens)
    if end >= n or _clean(tokens[end].text) not in grammar.complements:
        return None
    at = end + 1
    article: tuple[str, ...] = ()
    if at < n and tokens[at].tag == "DET":
        low = _clean(tokens[at].text)
        if low not in grammar.complement_determiners:
            return None
        article = ("the",) if low in _OWN else (tokens[at].text.lower(),)
        at += 1
        if at < n and _clean(tokens[at].text) in grammar.counting_ordinals:
            return None  # "for the first scooter pack": which one, counted; its own phrase
    stop = at
    while stop < n and stop - at < 5 and tokens[stop].tag in ("ADJ", "NOUN", "GER"):
        stop += 1
    run = list(tokens[at:stop])
    if not run or len(run) > 4 or run[-1].tag not in _NOUNISH:
        return None
    if _clean(tokens[end].text) == "between":  # "the split between paid social and organic"
        pair = _second_of_pair(tokens, stop)
        if pair is None:
            return None
        run += pair
        stop += len(pair)
    elif stop < n and _clean(tokens[stop].text) in ("and", "&"):
        # "pouch cells for e-bike and scooter packs": both are what it is about
        pair = _second_of_pair(tokens, stop)
        if pair is not None and (stop + len(pair) >= n or tokens[stop + len(pair)].tag == "PUNCT"):
            run += pair
            stop += len(pair)
    if stop < n and tokens[stop].tag in ("NOUN", "N|NOUN", "NAME", "NUM"):
        return None
    if (
        not article
        and stop < n
        and tokens[stop].tag == "CONN"
        and _clean(tokens[stop].text) == "of"
    ):
        return None  # "in front of", "on top of", "in terms of": a preposition of three words
    if run[-1].tag == "GER" and (len(run) < 2 or run[-2].tag != "NOUN"):
        return None
    if any(_title_case(t.text) for t in run) and not any(_acronym(t.text) for t in run):
        return None  # "… with Transport (for NSW)", "… at Marina Bay": a name's words
    lows = [_clean(t.text) for t in run]
    if all(w in grammar.weak_heads or w in grammar.weak_modifiers for w in lows):
        return None
    if not article and _clean(tokens[end].text) == "at" and lows[-1] in grammar.granularity_heads:
        return None  # "margins at branch level": how fine, not what about
    if lows[-1] in grammar.units or lows[-1] in grammar.weak_heads and len(lows) == 1:
        return None
    return (tokens[end].text.lower(), *article, *(t.text for t in run))


def _second_of_pair(tokens: Sequence[Token], at: int) -> list[Token] | None:
    """After "between X", the "and Y" that must follow (Y a short noun phrase, "the" allowed
    before it), as tokens; None when the pair is not there ("the budget between organic and
    paid": "paid" is no noun)."""
    n = len(tokens)
    if at >= n or _clean(tokens[at].text) not in ("and", "&"):
        return None
    stop = at + 1
    if stop < n and tokens[stop].tag == "DET" and _clean(tokens[stop].text) in ("the", "a", "an"):
        stop += 1
    first = stop
    while stop < n and stop - first < 4 and tokens[stop].tag in ("ADJ", "NOUN", "GER"):
        stop += 1
    if stop == first or tokens[stop - 1].tag not in _NOUNISH:
        return None
    if stop < n and tokens[stop].tag in ("NOUN", "N|NOUN", "NAME", "NUM"):
        return None
    return list(tokens[at:stop])


def _title_case(word: str) -> bool:
    return word[:1].isupper() and word[1:].islower()


def _acronym(word: str) -> bool:
    """ "BI", "LIMS", "P6": capitals, or a capital and a digit."""
    letters = [c for c in word if c.isalpha()]
    return bool(letters) and (
        (len(letters) >= 2 and all(c.isupper() for c in letters)) or any(c.isdigit() for c in word)
    )


@dataclass(frozen=True)
class Ranked:
    phrase: Phrase
    score: float
    count: int
    first: int  # the sentence it was first said in


def content_words(words: Iterable[str], grammar: Grammar) -> list[str]:
    """The words of a phrase but its connectors ("of", "per"), in lower case."""
    return [w.lower() for w in words if w.lower() not in grammar.connectors]


def _subphrases(phrase: Phrase, grammar: Grammar) -> Iterable[Phrase]:
    """The phrase and its shorter tails that still end in its head ("cold chain monitoring
    rollout" -> "chain monitoring rollout" -> "monitoring rollout"), and the part before a
    connector ("fuel cost" of "fuel cost per mile")."""
    if phrase.complement:  # "early warning signals for corporate borrowers" counts its head
        yield phrase
        yield from _subphrases(phrase.base, grammar)
        return
    words = phrase.words
    yield phrase
    for cut in range(1, len(words) - 1):
        if {words[cut].lower(), words[cut - 1].lower()} & (grammar.connectors | {"and", "&"}):
            continue
        yield Phrase(words[cut:], None)
    for at, word in enumerate(words):
        if word.lower() in grammar.connectors and at >= 1:
            yield Phrase(words[:at], phrase.determiner)


def rank(
    sentences: Sequence[Sequence[Phrase]],
    grammar: Grammar,
    bonus: Callable[[Phrase], float] = lambda _p: 0.0,
) -> list[Ranked]:
    """Phrases, best first: said more often (a phrase counts each longer phrase that contains
    it), two to four words, a project word as head, said early, plus `bonus` (e.g. YAKE)."""
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    written: dict[str, Phrase] = {}
    determiners: dict[str, dict[str | None, int]] = {}
    for number, found in enumerate(sentences):
        seen: set[str] = set()
        for phrase in found:
            for sub in _subphrases(phrase, grammar):
                key = sub.key
                if key in seen:
                    continue
                seen.add(key)
                counts[key] = counts.get(key, 0) + 1
                first.setdefault(key, number)
                written.setdefault(key, sub)
                if sub is phrase:
                    tally = determiners.setdefault(key, {})
                    tally[phrase.determiner] = tally.get(phrase.determiner, 0) + 1
    ranked = []
    total = max(1, len(sentences))
    longer: dict[str, int] = {}
    for key, phrase in written.items():
        for sub in _subphrases(phrase, grammar):
            if sub.key != key:
                longer[sub.key] = max(longer.get(sub.key, 0), counts[key])
    for key, count in counts.items():
        if longer.get(key, 0) >= count:
            continue  # "chain monitoring rollout" is only ever "cold chain monitoring rollout"
        content = content_words(written[key].base.words, grammar)
        if not content or all(w in grammar.weak_heads for w in content):
            continue
        size = len(content)
        score = float(count)
        score += {1: 0.0, 2: 0.8, 3: 1.0, 4: 0.9}.get(size, 0.3)
        if written[key].complement:
            score += 0.4  # what the head is about: "cleaning validation for the new filling line"
        if content[-1] in grammar.project_heads:
            score += 0.5
        if written[key].words[-1].isupper() and size == 1:
            score += 0.3  # an acronym ("SKU")
        base = written[key].base.words
        if size >= 3 and not set(_clean(w) for w in base) & grammar.connectors:
            # "the earned value reporting" and elsewhere "monthly earned value": its first
            # words said again on their own are the same subject
            again = counts.get(" ".join(w.lower() for w in base[:-1]), 0)
            score += 0.4 * min(2, again)
        score += 0.3 * (1 - first[key] / total)
        score += bonus(written[key])
        tally = determiners.get(key, {})
        determiner = max(tally, key=lambda d: (tally[d], d is not None)) if tally else None
        phrase = written[key]
        ranked.append(
            Ranked(Phrase(phrase.words, determiner, phrase.complement), score, count, first[key])
        )
    ranked.sort(key=lambda r: (-r.score, r.first))
    return ranked
