"""The one gate every debrief proposal (topic or detail) passes: what a note-taker would write.

A topic is a noun phrase a person writes down: its head a noun, no finite verb inside it
("adjusters rekey", "the kiln cut firing time", "donors lapse"), no wh-word at its head
("whoever joins"), no garbled word ("the crews builts"), and no modifier of the speaker's cut
off its front ("section refit" where the speaker said "the children's section refit"). A word
the speaker capitalised inside a sentence ("the old Oracle cluster") keeps its capital. A
detail passes the same word tests. A doubtful proposal is dropped rather than shown.

The gate reads the proposal beside the sentence it came from, with a word-class lookup
(`Tags`: a word's classes, "NOUN", "VERB", "ADJ", "ADV", and for a verb its forms, "VB" base,
"VBD" past, "VBZ" -s, "VBG" -ing; services.debrief builds it from LemmInflect's tables).
Its word lists are data/debrief.toml [gate]. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from followup.core.parse import word_list

Tags = Callable[[str], frozenset[str]]
# a verb's -ing form ("train" -> "training"), None when the word is no verb's base
Gerund = Callable[[str], "str | None"]

_WORD = re.compile(r"[^\W\d_](?:[\w'’-]*[^\W_])?|\d[\w,.]*|[^\w\s]")


def verb_forms(word: str, lemmas: Mapping[str, Sequence[str]]) -> frozenset[str]:
    """The forms a word is of its verb lemmas (`lemmas`: class -> lemmas, as LemmInflect's
    getAllLemmas gives them): "VB" the lemma itself, "VBG" in -ing, "VBZ" the -s form, "VBD"
    a past ("built", "scanned"); "installs" is never a past."""
    forms: set[str] = set()
    for lemma in (*lemmas.get("VERB", ()), *lemmas.get("AUX", ())):
        if lemma == word:
            forms.add("VB")
        elif word.endswith("ing"):
            forms.add("VBG")
        elif word in (lemma + "s", lemma + "es", lemma[:-1] + "ies"):
            forms.add("VBZ")
        elif not word.endswith("s") or word.endswith("ss"):
            forms.add("VBD")
    return frozenset(forms)


def word_tags(word: str, lemmas: Mapping[str, Sequence[str]]) -> frozenset[str]:
    """A word's classes ("NOUN", "VERB", "ADJ", "ADV"; a proper noun is a NOUN, an auxiliary a
    VERB) and, for a verb, the forms the word is of it (`verb_forms`), from its `lemmas` (class
    -> lemmas, as LemmInflect's getAllLemmas gives them)."""
    classes = {"PROPN": "NOUN", "AUX": "VERB"}
    return frozenset(classes.get(c, c) for c in lemmas) | verb_forms(word, lemmas)


@dataclass(frozen=True)
class GateWords:
    """The word lists of data/debrief.toml [gate]."""

    wh_heads: frozenset[str]  # "whoever", "whatever": a clause, never a thing
    clause_openers: frozenset[str]  # "now", "whether", "so": a subject may follow
    object_openers: frozenset[str]  # "every", "their": a noun phrase that is an object starts
    finite: frozenset[str]  # "is", "will", "'s": a verb of the clause
    same_past: frozenset[str]  # "cut", "set": a past spelt as its verb
    clause_breaks: frozenset[str]  # "and", "which": a new clause starts
    kept_modifiers: frozenset[str]  # "new", "main": a modifier a note may leave out
    term_modifiers: frozenset[str]  # "first", "overall": a modifier a term keeps
    time_nouns: frozenset[str]  # "year", "spring": "Last year the dryer cut …"
    bare_participles: frozenset[str]  # "run": "the programme run by the region"
    bare_verb_cues: frozenset[str]  # "let", "make": "let the team decide"
    no_detail_gerunds: frozenset[str] = frozenset()  # "being": "being rebuilt" is no detail
    plural_modifiers: frozenset[str] = frozenset()  # [grammar]: "sales" in "the sales forecast"
    copulas: frozenset[str] = frozenset()  # "is", "was": "how the dashboard is the … thing"
    light_heads: frozenset[str] = frozenset()  # "part", and [words] generic: "thing", "bit"
    number_words: frozenset[str] = frozenset()  # [words]: "nine", "dozen"

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> GateWords:
        def words(key: str) -> frozenset[str]:
            return frozenset(w.lower() for w in word_list(data, key, "debrief data [gate]"))

        return cls(
            wh_heads=words("wh_heads"),
            clause_openers=words("clause_openers"),
            object_openers=words("object_openers"),
            finite=words("finite"),
            same_past=words("same_past"),
            clause_breaks=words("clause_breaks"),
            kept_modifiers=words("kept_modifiers"),
            term_modifiers=words("term_modifiers"),
            time_nouns=words("time_nouns"),
            bare_participles=words("bare_participles"),
            bare_verb_cues=words("bare_verb_cues"),
            no_detail_gerunds=words("no_detail_gerunds"),
            copulas=words("copulas"),
            light_heads=words("light_heads"),
        )


def _tokens(text: str) -> list[str]:
    return [t.replace("’", "'") for t in _WORD.findall(text)]


def _plural_noun(word: str, tags: Tags) -> bool:
    """A noun's plural: "adjusters", "penalties", "boxes", "PCs"."""
    low = word.lower()
    if not low.endswith("s") or low.endswith("ss"):
        return False
    if word[:-1].isupper():
        return word[-1] == "s"  # "PCs", "SKUs"; not "GPS", "CMS", an acronym of its own
    stems = [low[:-1]]
    if low.endswith("es"):
        stems.append(low[:-2])
    if low.endswith("ies"):
        stems.append(low[:-3] + "y")
    return any("NOUN" in tags(stem) for stem in stems if stem)


def _jargon_plural(word: str, tags: Tags) -> bool:
    """A small-letter word in -s that no table knows, nor without its -s ("ads", "webhooks"):
    a plural of a word the tables lack, never a singular noun a compound goes on after."""
    low = word.lower()
    if not word.islower() or not low.endswith("s") or low.endswith(("ss", "us", "is")):
        return False
    return not tags(low) and not tags(low[:-1])


def _nounish(word: str, tags: Tags) -> bool:
    """A word that can be a noun, or one the tables do not know (jargon, product names)."""
    found = tags(word.lower())
    return "NOUN" in found or not found


def garbled(word: str, tags: Tags) -> bool:
    """A lower-case word no table knows that is a verb's form with another ending: "builts"
    (a past given an -s), "builted"; "analytics" (an adjective's noun) and "planograms" (an
    unknown word's plural: jargon) are no such word."""
    low = word.lower()
    if not low.isalpha() or not low.islower() or tags(low) or len(low) < 4:
        return False
    for ending in ("s", "es", "ed", "d"):
        stem = low[: -len(ending)]
        if not low.endswith(ending) or len(stem) < 3:
            continue
        found = tags(stem)
        if found & {"VBD", "VBZ", "VBG"} and not found & {"NOUN", "ADJ", "VB"}:
            return True  # "built" + s: a verb's form given another ending
    return False


def _locate(phrase: Sequence[str], source: Sequence[str]) -> int | None:
    lows = [w.lower() for w in source]
    want = [w.lower() for w in phrase]
    for at in range(len(lows) - len(want) + 1):
        if lows[at : at + len(want)] == want:
            return at
    return None


def _opens_clause(
    before: Sequence[str],
    tags: Tags,
    words: GateWords,
    determiners: frozenset[str],
    closed: frozenset[str],
) -> bool:
    """What comes before the phrase leaves it a clause's subject: nothing, a comma, a word
    that opens a clause ("now", "whether", "so") or ends a time ("Last year the jet dryer
    …"), a determiner between; or a noun that ends a phrase before the phrase's own
    determiner ("At the Lakewood hospital the autoclave …", "In the yard the GPS …": a word
    that can be a verb is a noun after its own determiner)."""
    rest = list(before)
    while rest and rest[-1].isalpha() and rest[-1].islower() and tags(rest[-1]) & _MODIFIERS:
        if rest[-1] in closed or rest[-1] in words.clause_openers:
            break
        rest.pop()  # the phrase's own first words, left off it ("whether remake | rates drop",
        # "Last autumn the new | press cut changeover time …")
    article = bool(rest) and rest[-1].lower() in determiners
    if article:
        rest.pop()
    if not rest:
        return True
    last = rest[-1].lower()
    if not last[:1].isalnum() or last in words.clause_openers or last in words.time_nouns:
        return True
    found = tags(last)
    after_its_determiner = len(rest) > 1 and rest[-2].lower() in determiners  # "In the yard"
    return (
        article
        and last not in closed
        and "NOUN" in found
        and ("VERB" not in found or after_its_determiner)
    )


def _verb_inside(
    phrase: Sequence[str],
    tags: Tags,
    words: GateWords,
    closed: frozenset[str],
    coordinated: bool = False,
    after: Sequence[str] = (),
    opened: bool = False,
) -> int | None:
    """Where a word after the first can be the finite verb of the words before it: a past
    ("the kiln cut", "the team built"), an -s form after a singular noun ("the team owns"; at
    the phrase's end, one that is a plural noun too when what the speaker said `after` the
    phrase goes on as a verb's, `_goes_on_as_verb`, and the phrase as said is `opened` by a
    determiner, a sentence or a clause: "the conveyor jams | twice an hour"),
    or a base form (or an unknown word) after a plural noun ("adjusters rekey", "donors
    lapse") or after the second of two subjects joined by "and" (`coordinated`: "the rota and
    the van stock audit matter"); a plural that modifies ("the sales forecast accuracy",
    [grammar] plural_modifiers) is no subject inside a phrase. None when no word can."""
    for at in range(1, len(phrase)):
        before, word = phrase[at - 1], phrase[at].lower()
        if word in closed or not word[:1].isalpha():
            return None  # "… of serious adverse events with …": what it is about, no verb
        if not _nounish(before, tags):
            continue
        found = tags(word)
        plural = _plural_noun(before, tags) and (
            before.lower() not in words.plural_modifiers or at == len(phrase) - 1
        )  # "the sales forecast accuracy", but "remake rates drop"
        if "VBD" in found or word in words.same_past:
            return at
        if "VBZ" in found and not _plural_noun(before, tags):
            if "NOUN" not in found:
                return at  # "the team owns"; not "recyclable pots"
            if at == len(phrase) - 1 and opened and _goes_on_as_verb(after, tags, words):
                return at  # "the conveyor jams twice an hour"; not "We handle | patient samples"
        if ("VB" in found or not found) and (plural or (coordinated and at == len(phrase) - 1)):
            return at
    return None


def _ends_a_subordinate(
    whole: Sequence[str],
    before: Sequence[str],
    tags: Tags,
    words: GateWords,
    closed: frozenset[str],
) -> bool:
    """The phrase ends a clause that a word of [gate] clause_openers opens after what the
    sentence said first (a part of them between: "where a lot of our | suppliers struggle."),
    and its last word is that clause's verb ("How did you prove that | the fix held?", "the
    quay where | ships dock."): a past, or a verb's base after a plural.
    A sentence that is the opener and the phrase alone ("And food cost.") is no clause."""
    rest = list(before)
    if rest and rest[-1].lower() in _NOUN_DETERMINERS:
        rest.pop()
    if len(rest) > 2 and rest[-1].lower() == "of":  # a part of them: "where most of | our"
        rest = rest[:-2]  # "… a lot of", "… half of", "… most of"
        if rest and rest[-1].lower() in ("a", "an"):
            rest.pop()
    if len(rest) < 2 or rest[-1].lower() not in words.clause_openers:
        return False
    if not any(w[:1].isalpha() and w.lower() not in words.clause_openers for w in rest[:-1]):
        return False  # "And so | food cost.": no clause before the opener
    verb = _verb_inside(whole, tags, words, closed)
    return verb == len(whole) - 1


def _goes_on_as_verb(after: Sequence[str], tags: Tags, words: GateWords) -> bool:
    """The words after a phrase ending in a plural noun that is an -s form too go on as that
    verb's ("the GPS drops | all the time", "the pilot starts | in zone C"), not as the list
    the noun is in ("personal loans | and credit cards") nor with the verb of a plural subject
    ("Wedding groups | block forty rooms")."""
    if not after or not after[0].isalpha() or not after[0].islower():
        return False
    return after[0] not in words.clause_breaks and "VB" not in tags(after[0])


def _verb_after(after: Sequence[str], tags: Tags, words: GateWords, closed: frozenset[str]) -> bool:
    """The rest of the clause holds a verb: an auxiliary or a modal, a word that can only be a
    verb (not an -ed or -ing word after a preposition or a determiner: "from scanned forms"),
    or, right after the phrase, a past or an -s form ("the sales forecast drives hiring")."""
    for at, word in enumerate(after):
        low = word.lower()
        if not low[:1].isalnum() or low in words.clause_breaks:
            return False
        if low in words.finite:
            return True
        found = tags(low)
        if at == 0 and found & {"VBD", "VBZ"}:
            return True
        if "VERB" in found and not found & {"NOUN", "ADJ", "ADV"} and low not in closed:
            previous = after[at - 1].lower() if at else ""
            if previous in closed and found & {"VBD", "VBG"}:
                continue
            return True
    return False


def _owner(before: Sequence[str], tags: Tags, closed: frozenset[str]) -> str | None:
    """The common noun in the possessive right before the phrase ("the regulator's", "the
    children's"), as said; None for a pronoun's "it's" or a name's "Maria's"."""
    if len(before) < 2 or not before[-1].endswith("'s"):
        return None
    word = before[-1]
    stem = word[:-2].lower()
    found = tags(stem)
    if not word[:1].islower() or stem in closed or (found and "NOUN" not in found):
        return None  # (a word no table knows is a noun: "the funder's")
    return word


def _head_cut(
    phrase: Sequence[str],
    before: Sequence[str],
    after: Sequence[str],
    tags: Tags,
    words: GateWords,
    closed: frozenset[str],
) -> bool:
    """The speaker's compound goes on after the phrase: the next word is a noun that cannot be
    the verb of a singular phrase ("its own controlled drug | log today": "log" is no "logs"),
    so the phrase lost its head; not after "does", "did" or "will" ("What does the literacy
    block | look like?")."""
    if any(w.lower() in words.bare_verb_cues for w in before[-4:]):
        return False
    if not after or not after[0].isalpha() or not after[0].islower() or after[0] in closed:
        return False
    if any(w.lower() in closed for w in phrase) or after[0] in words.bare_participles:
        return False  # "the audits on the shop floor need …", "the programme run by …"
    if (
        _plural_noun(phrase[-1], tags)
        or _jargon_plural(phrase[-1], tags)
        or not _nounish(phrase[-1], tags)
    ):
        return False  # "the job board ads | go out weekly": a plural's verb follows
    found = tags(after[0])
    return bool(found & {"NOUN", "VB"}) and not found & {"VBZ", "VBD", "ADJ", "ADV"}


def _infinitive(
    before: Sequence[str],
    body: Sequence[str],
    tags: Tags,
    closed: frozenset[str],
    determiners: frozenset[str],
    written_with_article: bool = True,
) -> str | None:
    """The verb of a "to" and a verb the phrase is the object of ("to ship | the spare parts
    kits", "to | train staff"), as said: a verb's base, or a word no table knows before the
    phrase's determiner ("to retrain | the pickers"), the determiner `written_with_article`
    in the proposal; None when the phrase is no such object ("to run a | displacement
    analysis" stays as said)."""
    rest = list(before)
    determiner = bool(rest) and rest[-1].lower() in determiners
    if determiner:
        rest.pop()
    if rest and rest[-1].lower() == "to" and len(body) > 1 and not determiner:
        verb, to = body[0], len(rest) - 1  # "train staff on the new system", "to" before it
    elif len(rest) > 1 and rest[-2].lower() == "to" and determiner and written_with_article:
        verb, to = rest[-1], len(rest) - 2  # "to halve | the claims backlog", never "to run |
        # displacement analysis": without its determiner the phrase may be the verb's compound
    else:
        return None
    lows = [w.lower() for w in rest[max(0, to - 5) : to]]
    if "from" in lows or (len(lows) > 1 and lows[-2] in determiners):
        return None  # "from paper to tablet scanners", "the move to bulk wine": a change's end
    low = verb.lower()
    if not verb.isalpha() or not verb.islower() or low in closed:
        return None
    found = tags(low)
    return verb if "VB" in found or (not found and determiner) else None


def _second_clause(body: Sequence[str], tags: Tags, words: GateWords) -> bool:
    """The phrase runs on into another clause: a word that starts one ("and", "which") and a
    past with words after it ("by area and left slack for emergencies", "the pallets which
    stood outside"), after a noun that is no modifier ("the cutting and finished goods area",
    "the raw and finished stock" are one phrase; so is "the kitchen and bathroom programme")."""
    for at in range(1, len(body) - 2):
        if body[at].lower() in words.clause_breaks and "VBD" in tags(body[at + 1].lower()):
            before = tags(body[at - 1].lower())
            noun = "NOUN" in before and not before & {"ADJ", "VBG"}
            return noun and body[at + 1].islower()
    return False


def _designation(body: Sequence[str]) -> bool:
    """A common noun and the letter or number it is told apart by ("zone C", "bay 14", "cold
    store B"): the label of a place or a line, no topic."""
    if len(body) < 2 or not all(w.isalpha() and w.islower() for w in body[:-1]):
        return False
    label = body[-1]
    return label.isdigit() or (len(label) == 1 and label.isupper())


def _cut_name(before: Sequence[str], said: str) -> bool:
    """The phrase starts inside a name whose first words it lost ("Wye | Valley asparagus",
    "all four Aldermoor | Hotels properties"); an acronym after a name is a name of its own
    ("the Salesforce | NPSP migration")."""
    if len(before) < 2 or not before[-1].isalpha() or not before[-1][:1].isupper():
        return False
    return said[:1].isupper() and not said.isupper()


def _cut_modifier(
    before: Sequence[str], tags: Tags, words: GateWords, closed: frozenset[str]
) -> str | None:
    """The word the speaker said right before the phrase when a note must keep it: a term's
    own ("overall | equipment effectiveness", "the first | notice of loss intake", [gate]
    term_modifiers) or one that names a kind ("the customer | onboarding flow": a lower-case
    noun or adjective, no verb, that is no vague or judging word)."""
    if not before:
        return None
    word = before[-1]
    low = word.lower()
    if low in words.term_modifiers:
        return word
    if not word.isalpha() or not word.islower() or low in words.kept_modifiers or low in closed:
        return None
    if len(before) > 1 and (
        before[-2].lower() in _NOUN_DETERMINERS or _owner(before[:-1], tags, closed)
    ):
        return word  # "the funder's open | access policy": between its determiner and it
    found = tags(low)
    return word if found and "VERB" not in found and found & {"NOUN", "ADJ"} else None


_ARTICLES = ("the ", "a ", "an ")
_MODIFIERS = frozenset({"NOUN", "ADJ"})
# determiners that open a noun phrase: a word between one and the phrase is the phrase's own
_NOUN_DETERMINERS = frozenset({"the", "a", "an", "our", "their", "its", "this", "these", "those"})


def gate(
    text: str,
    source: str,
    tags: Tags,
    words: GateWords,
    closed: frozenset[str] = frozenset(),
    determiners: frozenset[str] = frozenset(),
    kind: str = "topic",
    gerund: Gerund | None = None,
) -> str | None:
    """`text` as a note-taker would write it (a word the speaker capitalised inside the
    sentence keeps its capital), or None when it is no such phrase. `closed` are the
    closed-class words ([grammar]: determiners, prepositions, pronouns ...), `determiners`
    those before a noun; the object of a "to" and a verb is written with the verb's -ing form
    from `gerund` ("to train staff on the new system": "training staff on the new system"),
    or dropped without it."""
    tokens = _tokens(text)
    alpha = [t for t in tokens if t[:1].isalpha()]
    if not alpha or any(garbled(t, tags) for t in alpha):
        return None
    if kind != "topic":
        return text if _clause_detail(tokens, tags, words, closed) else None
    article = next((a for a in _ARTICLES if text.lower().startswith(a)), "")
    body = _tokens(text[len(article) :])
    if not body or body[0].lower() in words.wh_heads:
        return None  # "whoever joins", "whatever comes next"
    said = _tokens(source)
    at = _locate(body, said)
    if at is None:
        return text
    before, after = said[:at], said[at + len(body) :]
    if _cut_name(before, said[at]):
        return None  # "Valley asparagus" of "Wye Valley asparagus"
    if _designation(body):
        return None  # "zone C" of "the pilot starts in zone C": a place's label, no topic
    if _second_clause(body, tags, words):
        return None  # "area and left slack for emergencies": a verb after "and" with its object
    done_to = _infinitive(before, body, tags, closed, determiners, bool(article))
    if done_to is not None:  # "staff on the new system" of "… is to train staff on the new system"
        ing = gerund(done_to.lower()) if gerund is not None else None
        if ing is None:
            return None
        if body[0] == done_to and not article:  # "train staff on the new system" itself
            return ing + text[len(done_to) :]
        return f"{ing} {text}"
    modifier = _cut_modifier(before, tags, words, closed)
    owner = _owner(before[:-1] if modifier else before, tags, closed)
    front = [w for w in (owner, modifier) if w]
    whole = [*front, *body]  # the phrase as said: "remake | rates drop"
    before = before[: len(before) - len(front)]
    rest = after[: next((i for i, w in enumerate(after) if not w[:1].isalnum()), len(after))]
    if len(whole) > 1 and not rest and _ends_a_subordinate(whole, before, tags, words, closed):
        return None  # "… prove that the fix held?", "… where ships dock.": a clause
    if len(whole) > 1 and rest and _opens_clause(before, tags, words, determiners, closed):
        # (a sentence that is the phrase alone, "And food cost.", is no clause)
        joined = before[:-1] if before and before[-1].lower() in determiners else before
        coordinated = (  # "The night shift rota and the van stock audit matter …"
            len(joined) > 1
            and joined[-1].lower() == "and"
            and joined[-2].isalpha()
            and joined[-2].lower() not in closed
            and _nounish(joined[-2], tags)
        )
        opened = not before or not before[-1][:1].isalnum() or before[-1].lower() in determiners
        verb = _verb_inside(whole, tags, words, closed, coordinated, after, opened)
        if verb is not None and (
            any(w.lower() in closed for w in whole[verb + 1 :])  # "drivers waste energy on …"
            or not _verb_after(after, tags, words, closed)
        ):
            return None  # "Right, the roller kiln cut firing time to about fifty minutes."
        if rest[0].lower() in words.object_openers and not _nounish(whole[-1], tags):
            return None  # "adjusters rekey every claim": an object follows a verb
    written = [
        said[at + i]
        if said[at + i][:1].isupper() and w[:1].islower() and _inside_sentence(said, at + i)
        else w
        for i, w in enumerate(body)
    ]
    rest_of_it = _respell(text[len(article) :], body, written)
    if _head_cut(whole, before, after, tags, words, closed):
        # "controlled drug" of "its own controlled drug log today": the head it lost
        tail = list(after[:1])
        second = after[1] if len(after) > 1 else ""
        if second.isalpha() and second.islower() and second not in closed:
            tail += [second] if "NOUN" in tags(second) else []  # "the core housing | need analysis"
        rest_of_it += " " + " ".join(tail)
    if owner is not None:  # "the children's section refit", never "section refit"
        return "the " + " ".join(front) + " " + rest_of_it
    if modifier is not None:  # "overall equipment effectiveness", not "equipment …"
        if before and before[-1].lower() in determiners - {"a", "an"}:
            article = "the "  # "the customer onboarding flow"
        return article + modifier + " " + rest_of_it
    return article + rest_of_it


def _inside_sentence(said: Sequence[str], at: int) -> bool:
    """The word at `at` stands inside a sentence, not at its start ("Tour groups book …" after
    a full stop keeps no capital)."""
    return at > 0 and said[at - 1] not in (".", "!", "?")


def _clause_detail(
    tokens: Sequence[str], tags: Tags, words: GateWords, closed: frozenset[str]
) -> bool:
    """A detail reads as what follows "our conversation about": "how" and a clause with its
    verb ("how the team runs the audit every quarter"; not "how the office in the Eixample",
    nor "how the team bookings process is …", where "our group" was read as the team), or a
    gerund and what it acts on ("moving the pipeline to Azure"; not "being rebuilt …", "going
    to pull …", "struggling with right now")."""
    lows = [t.lower() for t in tokens if t[:1].isalnum()]
    if not lows:
        return False
    if lows[0] == "how":
        rest = lows[1:]
        if _says_only_its_weight(rest, words, closed):
            return False  # "how the analytics dashboard for clients is the other big thing"
        if rest[:2] == ["the", "team"] and len(rest) > 2:
            following = tags(rest[2])
            if rest[2] not in closed | words.finite and not following & {"VERB", "ADV"}:
                return False  # "how the team bookings process …", "how the team justs moved"
        return any(
            w in words.finite
            or w in words.same_past  # "how the team put twelve machines in …"
            or tags(w) & {"VBZ", "VBD"}
            or "VB" in tags(w)
            and _plural_noun(rest[at], tags)  # "how the customers speak …"
            for at, w in enumerate(rest[1:])
        )
    if not lows[0].endswith("ing") or lows[0] in words.no_detail_gerunds:
        return False  # "everything for the team", "being rebuilt …"
    if len(lows) > 1 and lows[1] == "to" and lows[0] == "going":
        return False
    return lows[-1] not in closed - {"one", "ones"}  # "struggling with right now"


def _says_only_its_weight(clause: Sequence[str], words: GateWords, closed: frozenset[str]) -> bool:
    """The clause says of its subject only that it is a thing, big, or next ("the client
    dashboard is the other big thing", "the audit trail was a huge part of last year"): after
    its first copula, a light head and nothing but closed-class words, modifiers a note
    leaves out and a time."""
    at = next((i for i, w in enumerate(clause) if w in words.copulas), None)
    if at is None or at == 0:
        return False
    said = clause[at + 1 :]
    if any(w in words.number_words or w[:1].isdigit() for w in said):
        return False  # "is about nine weeks of work": how much, a detail
    # ("of", which [grammar] keeps out of the closed words as it joins a noun phrase's parts)
    empty = closed | words.kept_modifiers | words.light_heads | words.time_nouns | {"of"}
    light = any(w in words.light_heads and w not in words.time_nouns for w in said)
    return light and all(w in empty for w in said)  # not "is in March": when, a detail


def _respell(text: str, old: Sequence[str], new: Sequence[str]) -> str:
    """`text` with its words `old` written as `new` ("oracle" as the speaker wrote "Oracle")."""
    out = text
    for was, now in zip(old, new, strict=True):
        if was != now:
            out = re.sub(rf"(?<![\w'-]){re.escape(was)}(?![\w'-])", now, out, count=1)
    return out
