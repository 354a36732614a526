"""From jotted notes to prose: topics, qualifications and names as they read in a sentence.

Pure. People jot what was discussed as fragments ("their erp upgrade - sap -> oracle", "ward
budget = staffing + overtime", "ran yr 10 mock exams"). `phrase_topic` turns one into a phrase
that fits a sentence written to the interviewer ("your ERP upgrade from SAP to Oracle") and one
written to someone else ("the ERP upgrade from SAP to Oracle"), names what kind of thing it is
(their plan, their challenge, their process, the candidate's own exercise, a person's story,
an item) and lists its doubts: where a phrase is a guess, the user is asked for the words "as
you would say it to them". `qualification` does the same for a profile line, in the form it
has (a noun phrase, a credential, a sentence). `relatedness` tells how close two phrases are in
meaning through the concept groups of data/phrasing.toml, not only their shared words.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any

from followup.core.errors import InvalidInput
from followup.core.legal_forms import LegalForms, without_legal_form
from followup.core.name_lists import family_first_surnames, person_words
from followup.core.person_names import (
    _STOPPED_TITLES,
    _cap_part,
    _honour,
    _kept_honorific,
    _rank_after,
    bare_name,
    name_parts,
    person_name,
)
from followup.core.person_names import (
    PREFIXES as PREFIXES,
)
from followup.core.person_names import (
    TITLES as TITLES,
)
from followup.core.person_names import (
    NameParts as NameParts,
)
from followup.core.person_names import (
    _particles as _particles,
)
from followup.core.person_names import (
    nicknames as nicknames,
)
from followup.core.person_names import (
    untitled_name as untitled_name,
)
from followup.core.regex_programs import shipped
from followup.core.slot_grammar import SlotGrammar, clause_fault, is_person
from followup.core.text import latin_script, sub_outside_names, without_symbol_names

KIND_LABELS = {
    "plan": "their plan or project",
    "challenge": "a challenge they face",
    "process": "how they work (process or culture)",
    "exercise": "your own exercise or presentation",
    "story": "a person's story",
    "item": "an item or product",
    "event": "something you did there (a tour, a walk round, a discussion)",
    "question": "something they asked you about",
    "priority": "what they care most about",
    "topic": "a topic",
}

_NUMBER_WORDS = {
    "1": "one", "2": "two", "3": "three", "4": "four", "5": "five", "6": "six", "7": "seven",
    "8": "eight", "9": "nine",
}  # fmt: skip
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_EVENTS = frozenset(
    [
        "rollout",
        "roll-out",
        "launch",
        "go-live",
        "release",
        "opening",
        "start",
        "switch",
        "cutover",
        "move",
        "deadline",
    ]
)
_PER = {"month": "month", "week": "week", "day": "day", "year": "year", "hour": "hour",
        "shift": "shift", "quarter": "quarter", "mo": "month", "wk": "week", "yr": "year",
        "hr": "hour", "sec": "second", "min": "minute", "mth": "month"}  # fmt: skip
_MOVES = frozenset(["migration", "move", "switch", "transition", "shift", "upgrade", "conversion"])
# '#2 on the campaign', 'ranked #1': the sign says 'number', never 'and'
_NUMBER_SIGN = re.compile(r"(?<![\w&#])#\s?(\d+)\b")
_SYMBOLS = re.compile(r"[=+<>|~#*^\\]|(?<![A-Za-z])&|&(?![A-Za-z])|->|=>|→|⇒|—>")
_PREPOSITIONS = frozenset(
    [
        "in",
        "on",
        "at",
        "for",
        "from",
        "to",
        "with",
        "by",
        "about",
        "across",
        "into",
        "over",
        "under",
        "since",
        "during",
        "of",
        "as",
        "via",
    ]
)
_DETERMINERS = frozenset(
    [
        "the",
        "a",
        "an",
        "your",
        "my",
        "our",
        "his",
        "her",
        "its",
        "this",
        "that",
        "these",
        "those",
        "some",
        "any",
        "each",
        "every",
        "how",
        "why",
        "what",
        "when",
        "where",
        "which",
        "who",
        "whether",
    ]
)


@dataclass(frozen=True)
class Lexicon:
    """The word lists of data/phrasing.toml."""

    shorthand: Mapping[str, str] = field(default_factory=dict)
    # shorthand -> next word -> what it stands for there ('tech' before 'qs' is 'technical')
    shorthand_next: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    ambiguous: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # shorthand that is an English word too ('sat', 'sun'): the words before or after it that
    # make it the shorthand ('on sat', 'sat am'); anywhere else it is the word as typed
    shorthand_when: Mapping[str, tuple[frozenset[str], frozenset[str]]] = field(
        default_factory=dict
    )
    upper: frozenset[str] = frozenset()
    emphasis: frozenset[str] = frozenset()  # 'ONE', 'NOT' typed for emphasis: lower case
    # a common noun a jot gives a capital after 'the' ('the Team is moving ...'): lower case
    common_capitals: frozenset[str] = frozenset()
    proper: Mapping[str, str] = field(default_factory=dict)
    numbered: tuple[str, ...] = ()
    set_phrases: tuple[str, ...] = ()  # 'pro bono': borrowed phrases, never a place's name
    not_in_notes: tuple[str, ...] = ()  # topics a thank-you never brings up (pay, benefits)
    confidential: tuple[str, ...] = ()  # what marks a thing as shown in confidence ('NDA')
    incidental: tuple[str, ...] = ()  # a qualification that needs a reason ('own car')
    role_shorthand: Mapping[str, str] = field(default_factory=dict)  # in a job title
    role_comma_heads: frozenset[str] = frozenset()  # 'Director, Brand Marketing'
    # words of a pay note after a job title ('DOE', 'pro rata'; 'salary' before a figure)
    role_pay: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())
    role_ranks: frozenset[str] = frozenset()  # 'Senior', 'Associate' before such a head
    kind_order: tuple[str, ...] = ()
    kind_cues: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    kind_aliases: Mapping[str, str] = field(default_factory=dict)
    kind_names: frozenset[str] = frozenset()
    person_credentials: frozenset[str] = frozenset()
    held_credentials: frozenset[str] = frozenset()
    credential_endings: frozenset[str] = frozenset()
    credential_leads: frozenset[str] = frozenset()
    held_nouns: frozenset[str] = frozenset()
    subjectless_verbs: frozenset[str] = frozenset()  # ', knows …': a clause with no subject
    passive_leads: frozenset[str] = frozenset()  # 'Admitted to the bar': 'I was admitted …'
    passive_before: frozenset[str] = frozenset()  # the same before 'to', 'as': 'Promoted to'
    passive_titles: frozenset[str] = frozenset()  # the same before a title: 'Named partner'
    granted_leads: frozenset[str] = frozenset()  # 'Authorised to prescribe': 'I am authorised …'
    active_before_to: frozenset[str] = frozenset()  # 'Helped to cut …': 'I have helped to …'
    light_gerunds: frozenset[str] = frozenset()  # 'doing a course' is no experience
    # the verb a noun line takes by its head noun: 'audits' -> 'have been through'
    head_verbs: Mapping[str, str] = field(default_factory=dict)
    # a verb said only with an outcome ('have been through … with no findings'), and the
    # verb said without one ('have carried out'); the outcomes
    head_outcome_verbs: Mapping[str, str] = field(default_factory=dict)
    head_outcomes: tuple[str, ...] = ()
    languages: frozenset[str] = frozenset()  # languages a person speaks ('swahili'), lower case
    language_names: Mapping[str, str] = field(default_factory=dict)  # 'deutsch' -> 'German'
    degrees: frozenset[str] = frozenset()  # degree words as jotted ('mpharm', 'masters')
    # first degrees a role takes for granted ('JD', 'BSc'): never an untied statement of fit
    entry_degrees: frozenset[str] = frozenset()
    # workplaces a CV line names with 'the' that are the candidate's own ('the firm's')
    own_workplaces: frozenset[str] = frozenset()
    # courses held beside a degree that take 'the' ('the LPC'), in their capitals
    definite_credentials: frozenset[str] = frozenset()
    instrument_heads: frozenset[str] = frozenset()  # 'with a buddy system'
    degree_fields: Mapping[str, str] = field(default_factory=dict)  # 'ed' -> 'education'
    thesis_words: frozenset[str] = frozenset()  # 'thesis', 'dissertation'
    thesis_levels: Mapping[str, str] = field(default_factory=dict)  # 'm' -> "master's"
    compound_units: frozenset[str] = frozenset()  # 'person' of 'a three-person crew'
    generic_employers: frozenset[str] = frozenset()  # '@ remittance co' is described
    # what a panel member said of the candidate's exercise: form -> verbs ('point': 'said')
    feedback_verbs: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    concepts: Mapping[str, frozenset[str]] = field(default_factory=dict)  # stem -> groups
    phrase_concepts: Mapping[str, frozenset[str]] = field(default_factory=dict)  # "a b" -> groups
    article_leads: frozenset[str] = frozenset()
    # the words after a lead that make the name take "the" ('of', 'for': "the Ministry for X")
    article_joins: frozenset[str] = frozenset(["of"])
    article_tails: frozenset[str] = frozenset()
    article_bare: tuple[str, ...] = ()
    name_tails: frozenset[str] = frozenset()  # 'Pack', 'Programme': a name that takes 'the'
    body_tails: frozenset[str] = frozenset()  # 'X Council': a body's own name, no article
    body_leads: frozenset[str] = frozenset()  # 'City of X'
    body_generic: frozenset[str] = frozenset()  # 'the British Council': named by what it does
    past_participles: Mapping[str, str] = field(default_factory=dict)
    stopwords: frozenset[str] = frozenset()
    min_related: int = 2
    min_bridge: int = 3  # the score at which a note says a qualification answers a topic
    base_verbs: frozenset[str] = frozenset()
    broad_groups: frozenset[str] = frozenset()
    mass_nouns: frozenset[str] = frozenset()
    ing_nouns: frozenset[str] = frozenset()
    owner_cues: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # kind -> cues
    # [jot_kinds]: what the whole jot says of its kind (question, set_task, exercise_heads, …)
    jot_cues: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # what a note calls your own test by its jotted head ('coding' -> 'coding exercise')
    exercise_names: Mapping[str, str] = field(default_factory=dict)
    known_words: frozenset[str] = frozenset()  # trade words no dictionary has ('rollout')
    # Whether a lower-case word is an English word (set by the service from a dictionary;
    # None: every word is taken as one). A word it does not know may be a name typed in
    # lower case ('hamilton liquid handler', 'costco'), so a topic with one is not sure.
    known_word: Callable[[str], bool] | None = field(default=None, compare=False, hash=False)
    # Whether a lower-case word is a noun and never an adjective (set by the service).
    is_noun: Callable[[str], bool] | None = field(default=None, compare=False, hash=False)
    jotted_verbs: frozenset[str] = frozenset()  # 'runs', 'opens': a topic jotted as a sentence
    # [standalone]: word lists that tell a phrase cut from its note from one that stands alone
    standalone: Mapping[str, frozenset[str]] = field(default_factory=dict)
    # [measures]: scales, two-word areas and units kept whole after a figure ('1.5 lakh sq ft')
    measures: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    slots: SlotGrammar = field(default_factory=SlotGrammar)  # every slot value's grammar
    # A lower-case word's classes (core.slot_grammar.Classes; set by the service from
    # LemmInflect's tables). None: the slot grammar is not applied.
    word_classes: Callable[[str], frozenset[str]] | None = field(
        default=None, compare=False, hash=False
    )
    # The legal forms of data/legal_forms.toml (set by the service from the parse it keeps).
    # None: core.legal_forms reads the file itself.
    legal_forms: LegalForms | None = field(default=None, compare=False, hash=False)

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any], words: Mapping[str, Any]) -> Lexicon:
        """Build from phrasing.toml (`data`) and the [words] table of drafting.toml."""

        def table(name: str) -> Mapping[str, Any]:
            value = data.get(name, {})
            if not isinstance(value, Mapping):
                raise InvalidInput(f"phrasing data: [{name}] must be a table")
            return value

        def strings(values: Any, what: str) -> list[str]:
            if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
                raise InvalidInput(f"phrasing data: {what} must be a list of strings")
            return values

        names, kinds, quals = table("names"), table("kinds"), table("qualifications")
        jot_cues = {
            str(k): tuple(str(c).lower() for c in strings(v, f"jot_kinds.{k}"))
            for k, v in table("jot_kinds").items()
            if not isinstance(v, Mapping)
        }
        exercise_names = {
            str(k).lower(): str(v)
            for k, v in dict(table("jot_kinds").get("exercise_names", {})).items()
        }
        concept_stems: dict[str, set[str]] = {}
        phrases: dict[str, set[str]] = {}
        for group, members in table("concepts").items():
            for word in strings(members, f"concepts.{group}"):
                low = word.lower()
                if " " in low:
                    phrases.setdefault(low, set()).add(group)
                else:
                    concept_stems.setdefault(stem(low), set()).add(group)
        cues = {
            kind: tuple(c.lower() for c in strings(kinds.get(kind, []), f"kinds.{kind}"))
            for kind in strings(kinds.get("names", []), "kinds.names")
        }
        articles = table("articles")
        participles = words.get("past_participles", {})
        return cls(
            shorthand={str(k).lower(): str(v) for k, v in table("shorthand").items()},
            shorthand_next={
                str(short).lower(): {
                    word.lower(): str(means)
                    for means, words in senses.items()
                    for word in strings(words, f"shorthand_next.{short}.{means}")
                }
                for short, senses in table("shorthand_next").items()
                if isinstance(senses, Mapping)
            },
            shorthand_when={
                str(short).lower(): (
                    frozenset(w.lower() for w in strings(when.get("before", []), f"{short}")),
                    frozenset(w.lower() for w in strings(when.get("after", []), f"{short}")),
                )
                for short, when in table("shorthand_when").items()
                if isinstance(when, Mapping)
            },
            role_shorthand={str(k).lower(): str(v) for k, v in table("role_shorthand").items()},
            role_comma_heads=frozenset(
                w.lower() for w in strings(table("role_comma").get("heads", []), "role_comma")
            ),
            role_ranks=frozenset(
                w.lower() for w in strings(table("role_comma").get("ranks", []), "role_comma")
            ),
            role_pay=(
                frozenset(w.lower() for w in strings(table("role_pay").get("always", []), "pay")),
                frozenset(
                    w.lower() for w in strings(table("role_pay").get("with_figure", []), "pay")
                ),
            ),
            ambiguous={
                str(k).lower(): tuple(strings(v, f"ambiguous.{k}"))
                for k, v in table("ambiguous").items()
            },
            upper=frozenset(w.lower() for w in strings(names.get("upper", []), "names.upper")),
            emphasis=frozenset(
                w.lower() for w in strings(names.get("emphasis", []), "names.emphasis")
            ),
            common_capitals=frozenset(
                w.lower()
                for w in strings(names.get("common_capitals", []), "names.common_capitals")
            ),
            proper={w.lower(): w for w in strings(names.get("proper", []), "names.proper")},
            numbered=tuple(strings(names.get("numbered", []), "names.numbered")),
            set_phrases=tuple(
                w.lower() for w in strings(names.get("set_phrases", []), "names.set_phrases")
            ),
            not_in_notes=tuple(
                s.lower() for s in strings(data.get("not_in_notes", []), "not_in_notes")
            ),
            incidental=tuple(
                s.lower() for s in strings(quals.get("incidental", []), "q.incidental")
            ),
            confidential=tuple(
                s.lower() for s in strings(data.get("confidential", []), "confidential")
            ),
            kind_order=tuple(strings(kinds.get("order", []), "kinds.order")),
            kind_cues=cues,
            kind_aliases={str(k): str(v) for k, v in dict(kinds.get("aliases", {})).items()},
            feedback_verbs={
                str(k): tuple(strings(v, f"kinds.feedback.{k}"))
                for k, v in dict(kinds.get("feedback", {})).items()
            },
            kind_names=frozenset(cues),
            jot_cues=jot_cues,
            exercise_names=exercise_names,
            person_credentials=frozenset(strings(quals.get("person_credentials", []), "q")),
            held_credentials=frozenset(strings(quals.get("held_credentials", []), "q")),
            credential_endings=frozenset(strings(quals.get("credential_endings", []), "q")),
            credential_leads=frozenset(strings(quals.get("credential_leads", []), "q")),
            held_nouns=frozenset(strings(quals.get("held_nouns", []), "q")),
            subjectless_verbs=frozenset(strings(quals.get("subjectless_verbs", []), "q")),
            passive_leads=frozenset(strings(quals.get("passive_leads", []), "q")),
            passive_before=frozenset(strings(quals.get("passive_before", []), "q")),
            passive_titles=frozenset(strings(quals.get("passive_titles", []), "q")),
            granted_leads=frozenset(strings(quals.get("granted_leads", []), "q")),
            active_before_to=frozenset(strings(quals.get("active_before_to", []), "q")),
            light_gerunds=frozenset(strings(quals.get("light_gerunds", []), "q")),
            head_verbs={
                noun.lower(): str(verb)
                for verb, nouns in dict(quals.get("head_verbs", {})).items()
                for noun in strings(nouns, f"qualifications.head_verbs.{verb}")
            },
            head_outcome_verbs={
                str(k): str(v) for k, v in dict(quals.get("head_outcome_verbs", {})).items()
            },
            head_outcomes=tuple(f" {w} " for w in strings(quals.get("head_outcomes", []), "q")),
            languages=frozenset(w.lower() for w in strings(quals.get("languages", []), "q")),
            language_names={
                str(k).lower(): str(v) for k, v in dict(quals.get("language_names", {})).items()
            },
            degrees=frozenset(strings(quals.get("degrees", []), "q.degrees")),
            entry_degrees=frozenset(strings(quals.get("entry_degrees", []), "q.entry_degrees")),
            own_workplaces=frozenset(strings(quals.get("own_workplaces", []), "q.own_workplaces")),
            instrument_heads=frozenset(
                strings(quals.get("instrument_heads", []), "q.instrument_heads")
            ),
            definite_credentials=frozenset(
                strings(quals.get("definite_credentials", []), "q.definite_credentials")
            ),
            degree_fields={
                str(k).lower(): str(v) for k, v in dict(quals.get("degree_fields", {})).items()
            },
            thesis_words=frozenset(strings(quals.get("thesis_words", []), "q.thesis_words")),
            thesis_levels={
                str(k).lower(): str(v) for k, v in dict(quals.get("thesis_levels", {})).items()
            },
            compound_units=frozenset(strings(quals.get("compound_units", []), "q.units")),
            generic_employers=frozenset(
                strings(dict(quals.get("employers", {})).get("generic", []), "q.employers")
            ),
            concepts={k: frozenset(v) for k, v in concept_stems.items()},
            phrase_concepts={k: frozenset(v) for k, v in phrases.items()},
            article_leads=frozenset(strings(articles.get("leads_of", []), "articles.leads_of")),
            article_joins=frozenset(strings(articles.get("lead_joins", ["of"]), "articles")),
            article_tails=frozenset(strings(articles.get("tails", []), "articles.tails")),
            article_bare=tuple(strings(articles.get("bare", []), "articles.bare")),
            name_tails=frozenset(strings(articles.get("name_tails", []), "articles.name_tails")),
            body_tails=frozenset(strings(articles.get("body_tails", []), "articles.body_tails")),
            body_leads=frozenset(strings(articles.get("body_leads_of", []), "articles")),
            body_generic=frozenset(strings(articles.get("body_generic", []), "articles")),
            past_participles={str(k).lower(): str(v) for k, v in dict(participles).items()},
            stopwords=frozenset(w.lower() for w in words.get("stopwords", [])),
            min_related=int(table("related").get("min_score", 2)),
            min_bridge=int(table("related").get("min_bridge", 3)),
            base_verbs=frozenset(strings(data.get("base_verbs", []), "base_verbs")),
            broad_groups=frozenset(strings(table("related").get("broad", []), "related.broad")),
            mass_nouns=frozenset(w.lower() for w in words.get("mass_nouns", [])),
            ing_nouns=frozenset(w.lower() for w in words.get("ing_nouns", [])),
            jotted_verbs=frozenset(
                w.lower() for w in strings(data.get("jotted_verbs", []), "jotted_verbs")
            ),
            known_words=frozenset(
                w.lower() for w in strings(data.get("known_words", []), "known_words")
            ),
            slots=SlotGrammar.from_mapping(table("slot_grammar")),
            standalone={
                str(k): frozenset(w.lower() for w in strings(v, f"standalone.{k}"))
                for k, v in table("standalone").items()
            },
            owner_cues={
                str(k): tuple(sorted((c.lower() for c in strings(v, f"owners.{k}")), key=len)[::-1])
                for k, v in table("owners").items()
            },
            measures={
                str(k): tuple(sorted((w.lower() for w in strings(v, f"measures.{k}")), key=len))[
                    ::-1
                ]
                for k, v in table("measures").items()
            },
        )


# --- words ---------------------------------------------------------------------------------


def stem(word: str) -> str:
    """A crude English stem, enough to see that 'migrating' and 'migration' overlap."""
    w = word.lower().strip(".'’")
    for suffix, repl in (
        ("ations", "ate"), ("ation", "ate"), ("ings", ""), ("ing", ""), ("ies", "y"),
        ("ied", "y"), ("ments", ""), ("ment", ""), ("ers", ""), ("er", ""), ("ed", ""),
        ("es", ""), ("s", ""),
    ):  # fmt: skip
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: -len(suffix)] + repl
            break
    if w.endswith("e") and len(w) > 4:
        w = w[:-1]
    return w


_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’+#./&-]*")


def _an(word: str) -> str:
    """'a' or 'an' before a word, by its sound ('an RN', 'a PE', 'an hour', 'a user')."""
    w = word.strip("\"'(").split(" ")[0]
    if not w:
        return "a"
    digits = re.match(r"\d+", w)
    if digits:  # 'an 8-car bank', 'an 11-person crew', 'a 14-agent team'
        n = digits.group()
        return "an" if n.startswith("8") or n in ("11", "18") else "a"
    said_as_word = (
        w.isalpha() and w.isupper() and len(w) >= 4 and any(c in "AEIOU" for c in w[1:-1])
    )
    if len(w) > 1 and w[0].isupper() and (w[1].isupper() or w[1] == ".") and not said_as_word:
        return "an" if w[0] in "AEFHILMNORSX" else "a"  # spelt out: 'an MSc', 'a PE', 'an SAP'
    if said_as_word:  # 'a STEP diploma', 'a NATO post'
        return "an" if w[0] in "AEIO" else "a"
    low = w.lower()
    if low.startswith(("hour", "honest", "honou", "heir")):
        return "an"
    if low.startswith(("uni", "use", "usu", "one", "eu", "ur")):
        return "a"
    return "an" if low[0] in "aeiou" else "a"


# Units of time a count before them measures ('2 days', '3 shifts'): the count is no name's
# number ('the ward 2 days a week' is no 'Ward 2').
_SPAN_WORDS = frozenset(
    ["day", "days", "week", "weeks", "wk", "wks", "month", "months", "mo", "mos", "year", "years",
     "yr", "yrs", "hour", "hours", "hr", "hrs", "minute", "minutes", "min", "mins", "night",
     "nights", "shift", "shifts", "time", "times", "x"]
)  # fmt: skip


def spell_number(text: str, numbered: Iterable[str] = ()) -> str:
    """One to nine in words, as prose writes them ('3 years' -> 'three years'); a number
    compared with one of 10 or more stays in figures ('from 10 to 6 days'), and so does the
    number of a name of `numbered` ([names] numbered: 'Key Stage 3', 'Level 2')."""
    compared = r"\b(?:from|to|and|vs|versus) [1-9]\b|\b[1-9] (?:to|and|vs) \d"
    if re.search(compared, text) and re.search(r"(?<![\d.])\d{2,}", text):
        return text
    names = tuple(f"{n.lower()} " for n in numbered)

    def said(m: re.Match[str]) -> str:
        if names and text[: m.start()].lower().endswith(names):
            return m.group(1)  # 'a Key Stage 3 maths club'
        if _DAY_OF.search(text[: m.start()]):
            return m.group(1)  # 'on March 3'
        if _MODEL_BEFORE.search(text[: m.start()]):
            return m.group(1)  # 'the Powerwall 3', 'iPhone 15': a model's number
        if _STANDARD_BEFORE.search(text[: m.start()]) and not _SPAN_AFTER.match(text[m.end() :]):
            return m.group(1)  # 'IFRS 9', 'ISO 9', 'CIFA Section 1': a standard's number
        first = _RANGE_BEFORE.search(text[: m.start()])
        if first and said(first).isdigit():
            return m.group(1)  # 'Sections 1 to 5': the range as its first figure was said
        return _NUMBER_WORDS[m.group(1)]

    return re.sub(_SMALL_FIGURE, said, text)


_DAY_OF = re.compile(rf"\b(?:{_MONTHS}) $")
# a standard's or a body's letters before a figure ('IFRS 9', 'Basel 3' is a model's): two
# capitals or more, never a figure of time after ('the ICU 3 days a week')
_STANDARD_BEFORE = re.compile(r"(?<![\w-])[A-Z]{2,}[A-Z0-9]* $")
_SPAN_AFTER = re.compile(
    rf"\s(?:{'|'.join(sorted(_SPAN_WORDS, key=lambda w: (-len(w), w)))})\b", re.I
)
# the first figure of a range, before the second ('Sections 1 to 5', 'levels 2-4')
_RANGE_BEFORE = re.compile(r"(?<![\d.,/:$£€#-])\b([1-9])\s?(?:to|and|or|-|–)\s?$")
# a product's name before a figure ('Powerwall 3', 'Tekla 2', 'CKA v2'): a capitalised word
# that opens no sentence and is no month, or one with a capital inside ('iPhone')
_MODEL_BEFORE = re.compile(r"(?<=[\w,;] )(?:[A-Z][a-z]+[A-Z]?\w*|[a-z]+[A-Z]\w*) $")
# A figure of one to nine standing alone, never a date's day ('March 3', '3 March'), a time
# ('3 pm'), part of a longer figure ('3.5', '3/4', '3%') or a measure with its unit symbol
# ('3 TB a day', '5 kg', '2 MW': SI and data units keep their figure).
_SMALL_FIGURE = re.compile(
    rf"(?<![\d.,/:$£€#-])\b([1-9])\b(?![.,/:%-]?\d|[%])"
    rf"(?!\s?(?:[ap]\.?m\b|(?:{_MONTHS})\b|st\b|nd\b|rd\b|th\b))"
    r"(?!\s?(?:[KMGTPE]i?B|[kMGT]Wh?|kVA?|[kMG]Hz|[kMG]bps|kg|mg|km|cm|mm|ha|mL|ml|°[CF]?)"
    r"(?![\w-]))"
)
# Units a note jots after a figure ('2yrs', '6 wks'), in words: one, then more than one.
_FIGURE_UNITS = {
    "yr": ("year", "years"), "yrs": ("year", "years"), "mth": ("month", "months"),
    "mths": ("month", "months"), "mo": ("month", "months"), "mos": ("month", "months"),
    "wk": ("week", "weeks"), "wks": ("week", "weeks"), "hr": ("hour", "hours"),
    "hrs": ("hour", "hours"), "min": ("minute", "minutes"), "mins": ("minute", "minutes"),
}  # fmt: skip
_UNIT_FIGURE = re.compile(rf"(?<![\w.])(\d+)\s?({'|'.join(_FIGURE_UNITS)})(?![\w'’])", re.I)


def _approximate(text: str) -> str:
    """'~40%', '≈ 3 weeks': the figure with 'about' before it."""
    return re.sub(r"(?<![\w~≈])[~≈]\s?(?=\d)", "about ", text)


def prose_figures(text: str, numbered: Iterable[str] = ()) -> str:
    """Figures typed in note style said as prose: '~40%' -> 'about 40%', '3x' -> 'three
    times', '2yrs' -> 'two years', and one to nine in words ('for 3 plants' -> 'for three
    plants'; `spell_number`, which keeps the number of a name of `numbered`, a date's day and
    a time as typed)."""
    text = _approximate(text)
    text = re.sub(r"(?<![\w.])(\d+(?:\.\d+)?)\s?x(?!\w)", r"\1 times", text)

    def unit(m: re.Match[str]) -> str:
        one, more = _FIGURE_UNITS[m.group(2).lower()]
        return f"{m.group(1)} {one if m.group(1) == '1' else more}"

    return spell_number(_UNIT_FIGURE.sub(unit, text), numbered)


# --- names ---------------------------------------------------------------------------------


def salutation(name: str, title_stop: bool = True) -> str:
    """How a greeting names someone: 'Dr. Holt' (or 'Mr Okoye' in British use) when the name
    was typed with a title, never 'Dr. Karen'; a name typed with an honorific after it keeps
    it ('Agarwal ji', 'Tanaka-san'); else the first name."""
    typed = person_name(bare_name(name)).split()
    if len(typed) <= 2 and typed and _rank_after(typed[-1]):
        return f"{_rank_after(typed[-1])}-san"  # 'Sato-buchō' is greeted 'Sato-san'
    if len(typed) <= 2 and typed and _kept_honorific(typed[-1]):
        return " ".join(typed)
    parts = name_parts(name)
    religious = _religious_name(typed)
    if religious:
        return religious  # 'Sister Mary Joseph Hale' is 'Sister Mary Joseph'
    if _honour(typed) == "given":
        return parts.first  # 'Seu Otávio', 'Mama Rehema'
    whole = _whole_name_greeted(typed, parts)
    if whole:  # 'Li Wei', 'WANG Fang': 'Li Wei', 'Wang Fang'; 'Ms. Zhou Min': 'Ms. Zhou'
        stop = "." if title_stop and parts.title in _STOPPED_TITLES else ""
        return whole.replace("{stop}", stop)
    untitled = _untitled_given(parts)
    if untitled:
        return untitled  # 'Mr Ikenna' is 'Ikenna', 'Mr. Okafor Ikenna' 'Ikenna Okafor'
    initial = len(parts.first.rstrip(".")) <= 1
    if typed[0].lower() in _SPOKEN_RESPECT and len(typed) > 1:
        # 'Ma'am Tess Villanueva' (as the Philippines say it): a letter greets her with the
        # English title and the surname ('Ms. Villanueva'), or by her first name alone
        last = name_parts(" ".join(typed[1:]))
        stop = "." if title_stop else ""
        return f"Ms{stop} {last.last}" if last.last else last.first
    if parts.title in _KNIGHTED and parts.first and typed[0].rstrip(".") == parts.title:
        return f"{parts.title} {parts.first}"  # 'Sir Malcolm Reid' is 'Sir Malcolm'
    if parts.title and parts.last:
        stop = "." if title_stop and parts.title in _STOPPED_TITLES else ""
        return f"{parts.title}{stop} {parts.first if parts.by_given else parts.last}"
    if initial and parts.last:
        # 'M. S. Jadeja': every initial, never 'M. Jadeja' (nor 'M.S.' of 'M.S. Jadeja')
        letters = [w for w in typed[:-1] if re.fullmatch(r"(?:[^\W\d_]\.)+", w)]
        if letters and len(letters) == len(typed) - 1:
            return " ".join([*letters, typed[-1]])
        return f"{parts.first} {parts.last}".strip()
    if re.fullmatch(r"(?:[^\W\d_]\.){2,}", parts.first or "") and len(typed) >= 2:
        return " ".join(typed)  # 'M.S. Jadeja': the initials and the family name
    return parts.first or parts.last


# A knight's or a dame's title goes with the given name ('Sir Malcolm', 'Dame Judith'; as in
# the Philippines 'Sir Jun'), never the family name.
_KNIGHTED = frozenset(["Sir", "Dame"])
# Words of spoken respect typed before a woman's name, never a title of an English letter
# (the checker says so too: data/check.toml)
_SPOKEN_RESPECT = frozenset(["ma'am", "ma’am", "maam"])
# Titles of courtesy or of a degree, which go before a family name only ('Mr Okafor', never
# 'Mr Ikenna'); a title of a church or an order goes before a given name too ('Father Emeka').
_FAMILY_TITLES = frozenset(["Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Professor"])
# The titles of a religious order, said with the religious (given) names ('Sister Mary Joseph')
_ORDER_TITLES = frozenset(["sister", "brother"])


def _religious_name(typed: list[str]) -> str | None:
    """'Sister Mary Joseph' for 'Sister Mary Joseph Hale', 'Brother John Paul' for 'Brother
    John Paul Reid': a member of a religious order is greeted by the title and the religious
    name, which is two given names or more ('Mary Joseph'); a sister typed with one given name
    and a surname ('Sister Joy Adebayo', a ward sister) or with two a person goes by together
    ('Sister Rhea Mae Bautista', data person_words second_given) keeps the surname, unless the
    name opens with Mary ('Sister Mary Ann Kerr'). None for any other name."""
    if len(typed) < 4 or typed[0].lower().rstrip(".") not in _ORDER_TITLES:
        return None
    given = typed[1:-1]
    if not all(w[:1].isupper() for w in typed[1:]) or any(len(w.rstrip(".")) <= 1 for w in given):
        return None  # 'Sister M. Hale': an initial, no religious name
    if given[0].lower() not in ("mary", "marie", "maria") and _second_given_word(given):
        return None
    return " ".join([typed[0].rstrip(".").capitalize(), *given])


def _second_given_word(given: list[str]) -> bool:
    """Whether two given names are one a person goes by together ('Rhea Mae')."""
    return len(given) == 2 and given[1].lower() in person_words()["second_given"]


def _whole_name_greeted(typed: list[str], parts: NameParts) -> str | None:
    """The whole name, family name first as typed, for a Chinese, Korean or Vietnamese name of
    a family name and one given syllable ('Li Wei', 'Kim Soo', 'WANG Fang' -> 'Wang Fang'):
    such a given name alone is said only by family and friends, and with no capitals to mark
    the family name, 'Li Wei' may as well be Wei Li; no title is guessed. A title typed with
    such a name goes before the family name ('Ms. Zhou Min' -> 'Ms{stop} Zhou', where {stop}
    stands for the title's stop, if any), or, where both words are family names and nothing
    marks the order ('Dr. Kim Lee'), the whole name is said without it. None for any other
    name."""
    if parts.title and typed and typed[0].lower().rstrip(".") in TITLES:
        typed = typed[1:]  # 'Ms. Zhou Min'
    if len(typed) != 2 or not all(w[:1].isupper() for w in typed):
        return None
    if parts.title and typed[1].isupper() and len(typed[1]) > 1:
        return None  # 'Ms. Fang WANG': the capitals say which is the family name ('Ms. Wang')
    words = person_words()
    surnames = family_first_surnames() - words["given_syllables"]
    first, second = typed[0].lower(), typed[1].lower()
    marked = typed[0].isupper() and len(typed[0]) > 1  # 'WANG Fang': the order is sure
    if not (first.isalpha() and first in surnames and first != second):
        return None
    if "-" in second or not _SYLLABLE_WORD.fullmatch(second):
        return None
    if parts.title is None:
        return f"{_cap_part(first)} {_cap_part(second)}"
    if marked or second not in family_first_surnames():
        return f"{parts.title}{{stop}} {_cap_part(first)}"  # 'Ms. Zhou', never 'Ms. Min'
    return f"{_cap_part(first)} {_cap_part(second)}"  # 'Dr. Kim Lee': no order to trust


_SYLLABLE_WORD = re.compile(
    r"(?:[bcdfghjklmnpqrstvwxz]{1,2})?[aeiouy]{1,3}(?:ng|nh|ch|n|m|r|k|p|t|h|c)?"
)


def _untitled_given(parts: NameParts) -> str | None:
    """The name without its title where the title would go before a given name: 'Mr Ikenna'
    -> 'Ikenna', 'Mr. Okafor Ikenna' -> 'Ikenna Okafor', 'Dr. Karen' -> 'Karen' (a name of
    data/person_words.txt given_names, which is hardly ever a family name, typed alone or
    after another). A careful writer greets such a reader by the name without a title. None
    where the title goes before a family name ('Mr. Patel', 'Ms. Ferreira') or is a title of
    a church ('Father Emeka')."""
    if parts.title not in _FAMILY_TITLES or parts.by_given or not parts.last:
        return None
    given = person_words()["given_names"]
    last = parts.last.lower()
    if " " in last or last not in given or last in family_first_surnames():
        return None
    if not parts.first:
        return parts.last
    if parts.first.lower() in given or " " in parts.first:
        return None  # 'Ms. Karen Ikenna': no order to trust, the title and the surname stay
    return f"{parts.last} {parts.first}"


def formal_name(name: str, title_stop: bool = True) -> str:
    """A name for a letter's salutation: 'Dr. Holt', else the full name ('Priya Raman')."""
    parts = name_parts(name)
    if parts.title and parts.last:
        return salutation(name, title_stop)
    whole = _whole_name_greeted(person_name(bare_name(name)).split(), parts)
    return whole.replace("{stop}", "") if whole else f"{parts.first} {parts.last}".strip()


_COMPANY_WORDS = {
    "llc": "LLC", "llp": "LLP", "lp": "LP", "ltd": "Ltd", "inc": "Inc", "gmbh": "GmbH",
    "plc": "plc", "co": "Co", "corp": "Corp", "pvt": "Pvt", "ag": "AG", "sa": "SA", "bv": "BV",
    "nv": "NV", "pty": "Pty", "ulc": "ULC", "kg": "KG", "se": "SE", "srl": "Srl", "spa": "SpA",
    "st": "St", "mt": "Mt", "ft": "Ft", "intl": "International", "hosp": "Hospital",
    "univ": "University", "dept": "Department", "natl": "National", "assn": "Association",
}  # fmt: skip
_COMPANY_SMALL = frozenset(["of", "and", "the", "for", "at", "on", "in", "de", "du", "des", "la",
                            "le", "van", "von", "der", "den", "y", "e", "&"])  # fmt: skip
_CENTRE = {"ctr": "Center", "cntr": "Center", "ctrs": "Centers"}
_LEGAL_FORMS = frozenset(["llc", "llp", "lp", "ltd", "inc", "gmbh", "corp", "pvt", "pty", "ag",
                          "bv", "nv", "ulc", "kg", "srl"])  # fmt: skip


def company_name(company: str, lexicon: Lexicon, locale: str = "en-US") -> str:
    """A company typed all in lower case, written as its name: 'st columba medical ctr' ->
    'St Columba Medical Center' ('Centre' outside en-US), 'kiezbank gmbh' -> 'Kiezbank GmbH',
    'ramesh & iyer associates llp' -> 'Ramesh & Iyer Associates LLP'. A name typed with any
    capital is kept as typed, but for a legal form typed in lower case after it ('Trellis
    Payments pvt ltd' -> 'Trellis Payments Pvt Ltd')."""
    text = " ".join(company.split())
    if any(c.isupper() for c in text) or not any(c.isalpha() for c in text):
        words = text.split(" ")
        end = len(words)
        while end > 1 and words[end - 1].rstrip(".,") in _LEGAL_FORMS:
            end -= 1
        for k in range(end, len(words)):
            core = words[k].rstrip(".,")
            words[k] = _COMPANY_WORDS[core] + words[k][len(core) :]
        return " ".join(words)
    out = []
    for i, word in enumerate(text.split(" ")):
        core = word.rstrip(".,")
        tail = word[len(core) :]
        if core in _CENTRE:
            name = _CENTRE[core]
            out.append((name if locale == "en-US" else name.replace("Center", "Centre")) + tail)
        elif core in ("st", "mt") and locale == "en-US" and i < len(text.split(" ")) - 1:
            out.append(_COMPANY_WORDS[core] + "." + tail.lstrip("."))
        elif core in _COMPANY_WORDS:
            out.append(_COMPANY_WORDS[core] + tail)
        elif core in lexicon.upper:
            out.append(core.upper() + tail)
        elif core in lexicon.proper:
            out.append(lexicon.proper[core] + tail)
        elif i and core in _COMPANY_SMALL:
            out.append(word)
        else:
            out.append("-".join(_cap_part(p) for p in core.split("-")) + tail)
    return " ".join(out)


# Legal forms people leave out when they say a company's name in a sentence ('Brightwater
# Software Pty Ltd' -> 'Brightwater Software', 'Grupo Alvarado S.A. de C.V.' -> 'Grupo
# Alvarado'); written with or without stops, brackets or a comma before them.
def _without_place(company: str, forms: LegalForms | None) -> str:
    """A company without the place or the remark a user typed after a comma ('Kiboko Ridge
    Flowers Ltd, Moi South Lake Road, Naivasha' -> 'Kiboko Ridge Flowers Ltd', 'St Columba's
    Catholic School, Rotokawa', 'Carrowbeg House Stud, near Kildare town', 'Pivovar Bělá
    s.r.o., Bystřice nad Pernštejnem'): cut at the first comma after a name of two words or
    more where a legal form ends the name, or what follows opens in lower case, or is one to
    four words that are no part of a list ('Ministry of Labour, Immigration, Training and
    Skills Development' stays whole). A name typed in two scripts ('ТОО «Алтын-Төбе Коппер» /
    Altyn-Tobe Copper LLP') is said by its Latin half."""
    halves = [h.strip() for h in re.split(r"\s+/\s+", company)]
    if len(halves) == 2 and all(halves):
        latin = [h for h in halves if latin_script(h)]
        if len(latin) == 1:
            company = latin[0]
    head, comma, tail = company.partition(",")
    if not comma or len(head.split()) < 2 or not tail.strip():
        return company
    tail = tail.strip()
    part = tail.split(",")[0].split()
    last = tail.rsplit(",", 1)[-1]  # a list ends on its joiner: '…, Training and Skills'
    if (
        without_legal_form(head, forms) != head
        or tail[:1].islower()
        or (len(part) <= 4 and not re.search(r"(?i)\s(?:and|&|und|et|y|e)\s", f" {last} "))
    ):
        return _without_descriptor(head.strip())  # and an acronym it ends on: '… (AIWC)'
    return company


def _without_descriptor(company: str) -> str:
    """A company as its name, without what a user typed after it to say which part or place
    ('Vleiroos Wine Estate - The Long Table restaurant, Simondium' -> 'Vleiroos Wine Estate',
    'Hawthorn Cross Veterinary Hospital (part of Larchfield Veterinary Group plc)' ->
    'Hawthorn Cross Veterinary Hospital'): the part before a spaced dash, without a remark in
    brackets; a legal form in brackets stays for without_legal_form ('Karoo Fresh (Pty) Ltd'),
    and a name that is all brackets or dashes is kept whole."""
    head = re.split(r"\s[-–—]\s", company, maxsplit=1)[0].strip()
    bare = re.sub(r"\s*\((?:[^()]*\s[^()]*)\)", "", head).strip()  # a remark of two words or more
    # and whatever a bracket at its end holds: an alias or the name in its own script
    # ('… Pvt Ltd (SVKE)', '… K.K. (湘南バキュームテクノロジーズ株式会社)', "… GmbH ('lindi')")
    while re.search(r"\S\s*\([^()]*\)$", bare):
        bare = re.sub(r"\s*\([^()]*\)$", "", bare).strip()
    return bare if len(bare.split()) >= 1 and any(c.isalpha() for c in bare) else company


def company_phrase(company: str, lexicon: Lexicon, locale: str = "en-US") -> str:
    """A company as it reads after a verb or preposition: 'the Port of Tacoma', 'the Ministry
    for Coastal Fisheries' (data phrasing.toml [articles] leads_of, lead_joins), 'Cascade
    Outdoor'; a name that already starts with 'The' keeps it (lower-cased in a sentence); the
    legal form at its end is left out (core.legal_forms)."""
    named = _without_descriptor(company_name(company, lexicon, locale))
    text = without_legal_form(_without_place(named, lexicon.legal_forms), lexicon.legal_forms)
    low = text.lower()
    if low.startswith("the "):
        return "the " + text[4:]
    if any(low.startswith(b) for b in lexicon.article_bare):
        return text
    ws = [w.strip(".,") for w in low.split()]
    if _proper_body(ws, lexicon):  # 'East Clydeside Council', 'City of Leeds'
        return text
    if len(ws) >= 3 and ws[0] in lexicon.article_leads and ws[1] in lexicon.article_joins:
        return "the " + text
    if len(ws) >= 2 and ws[-1].strip(".") in lexicon.article_tails:
        return "the " + text
    return text


_ROLE_ASIDE = re.compile(r"\s[-–—]\s|,|\(|(?<!\d)/|/(?!\d)|\s\|\s")  # never 24/7


def _proper_body(ws: list[str], lexicon: Lexicon) -> bool:
    """Whether a company's words (lower case) are the proper name of a body, said with no
    article: a name that ends with one of lexicon.body_tails ('East Clydeside Council',
    'Glanafon County Council', 'Keele University') unless every word before it says what the
    body does ('British Council', 'Open University': lexicon.body_generic), or one that
    starts with one of lexicon.body_leads and 'of' ('City of Leeds')."""
    if len(ws) >= 3 and ws[0] in lexicon.body_leads and ws[1] == "of":
        return True
    return (
        len(ws) >= 2
        and ws[-1] in lexicon.body_tails
        and not all(w in lexicon.body_generic for w in ws[:-1])
    )


# A pay figure typed with a role: money ('£32k', 'S$6-7.5k', 'R28k'), a figure in thousands
# ('35k-45k') or a rate ('16/hr', '22 ph', '18-22 LPA').
_PAY_FIGURE = re.compile(
    r"(?:[$£€¥₹]|\b(?:[A-Z]{1,3}\$|Rs\.?|R(?=\d)))\s?\d"
    r"|\b\d[\d,.]*\s?[kK]\b"
    r"|\b\d[\d,.]*\s?(?:/\s?(?:hr|hour|h|yr|year|annum|a|mth|month|mo|wk|week|day)\b"
    r"|(?:p/?h|pa|p\.a\.|pm|lpa)\b)",
    re.I,
)
# A jotted tail no job title holds: a note about something else ('re: sap->oracle') or a
# symbol ('~ $85k', '@ 16/hr', '-- 120k base', '[€42-46k]', ': R28k', '$$$').
_ROLE_JOT = re.compile(r"\s(?:re:?|--)\s|->|→|=|~|@|\[|\$\$|:\s|\s\+\s")


def without_pay(role: str, lexicon: Lexicon) -> str:
    """A typed job title without the pay note or jotted tail after it: 'Payroll Specialist
    35k-45k' -> 'Payroll Specialist', 'barista @ 16/hr' -> 'barista', 'Payroll Lead re:
    sap->oracle' -> 'Payroll Lead'; the words that mark pay are data/phrasing.toml
    [role_pay]. A title that is nothing but such a note is kept as typed."""
    typed = " ".join(role.split())
    low = typed.lower()
    cuts = [m.start() for m in (_PAY_FIGURE.search(typed), _ROLE_JOT.search(typed)) if m]
    always, with_figure = lexicon.role_pay
    for word in (*always, *with_figure):
        for m in re.finditer(shipped(rf"(?<![\w-]){re.escape(word)}(?![\w-])"), low):
            if word in always or re.search(r"\d", typed[m.end() :]):
                cuts.append(m.start())
    cuts = [c for c in cuts if c > 0]
    if not cuts:
        return typed
    head = re.sub(r"[\s,;:(\[/|~@+–—-]+$", "", typed[: min(cuts)])
    return head or typed


def role_phrase(role: str, lexicon: Lexicon) -> str:
    """The role as it reads in 'the … role': shorthand expanded ('asst store mgr' ->
    'assistant store manager'); what follows a dash, comma or bracket ('ICU RN - nights',
    'shift lead, outbound') is left out, but for the field of a title written head first
    ('Director, Brand Marketing': `_head_first_title`); a pay note after it is never part of
    it (`without_pay`)."""
    typed = without_pay(role, lexicon)
    text = _head_first_title(typed, lexicon) or _ROLE_ASIDE.split(typed)[0].strip(" .")
    words = text.split()
    for i, word in enumerate(words):
        core = word.rstrip(",")
        full = lexicon.role_shorthand.get(core.lower())
        if full and not (core.isupper() and len(core) > 1 and core.lower() not in ("sr", "jr")):
            full = full.title() if core[:1].isupper() and len(words) > 1 else full
            words[i] = full + word[len(core) :]
    text = " ".join(words)
    doubts: list[str] = []
    return _clean_tokens(text, lexicon, set(), doubts) or " ".join(role.split())


def _head_first_title(typed: str, lexicon: Lexicon) -> str | None:
    """'Director, Brand Marketing', 'Associate (3 PQE), Employment Law' -> the head and the
    field after its comma, bracketed asides left out: when the part before the comma is one
    of lexicon.role_comma_heads with only lexicon.role_ranks before it (data/phrasing.toml
    [role_comma]); else None ('shift lead, outbound' is whole before the comma)."""
    head, comma, rest = re.sub(r"\s*\([^()]*\)", "", typed).partition(",")
    short = {**lexicon.shorthand, **lexicon.role_shorthand}  # 'sr mgr': senior manager
    keys = [short.get(k, k) for k in head.lower().replace(".", "").split()]
    if not comma or not keys or keys[-1] not in lexicon.role_comma_heads:
        return None
    if any(k not in lexicon.role_ranks for k in keys[:-1]):
        return None
    field = _ROLE_ASIDE.split(rest)[0].strip(" .")
    return f"{head.strip()}, {field}" if field else None


# --- topics --------------------------------------------------------------------------------


_TOLD_VERBS = frozenset(
    [
        "came",
        "began",
        "went",
        "grew",
        "became",
        "joined",
        "moved",
        "left",
        "took",
        "got",
        "worked",
        "rose",
        "quit",
        "switched",
        "retrained",
    ]
)


@dataclass(frozen=True)
class Owned:
    """A topic that says whose it is: `who` as the note wrote the name, `kind` 'question' or
    'priority' when the cue says so (else None: the rest's own kind), `rest` the topic itself."""

    who: str
    kind: str | None
    rest: str


# words a jot puts between its owner's name and the colon, of a second jot of theirs
_OWNER_AGAIN = re.compile(
    r"^,?\s*\(?\s*(?:again|also|too|as\s+well|cont(?:['’]d|\.|inued)?|(?:pt\.?|part)\s*\d+|\d)"
    r"\s*\)?(?=\s*(?::|[-–—]\s))",
    re.I,
)


def owned_topic(raw: str, names: Iterable[str], lexicon: Lexicon) -> Owned | None:
    """'fintan asked re: my sepsis audit' -> Owned('fintan', 'question', 'my sepsis audit'),
    'deirdre big on retention' -> ('deirdre', 'priority', 'retention'), 'pooja: on-call'
    and 'retention (deirdre)' -> (name, None, ...), when the name is one of `names` (first
    names, surnames or initials of the panel, data/phrasing.toml [owners]). A possessive
    ("paddy's story") is not a cue here: it reads as 'your story' in their note."""
    text = " ".join(raw.split())
    keys = sorted({n.lower() for n in names if len(n) > 1}, key=len, reverse=True)
    titles = "|".join(re.escape(t) for t in lexicon.owner_cues.get("titles", ()))
    if titles:  # 'dr ayesha: TAT too long', 'capt. lars - …': the title is no part of the cue
        text = re.sub(shipped(rf"^(?:{titles})\.?\s+(?=\w)"), "", text, flags=re.I)
    before, after = (
        "|".join(re.escape(w) for w in lexicon.owner_cues.get(k, ()))
        for k in ("address_before", "address_after")
    )
    if before:  # 'khun ploy: …', 'kuya ben says …': how they are spoken to, no part of the cue
        text = re.sub(shipped(rf"^(?:{before})\s+(?=\w)"), "", text, flags=re.I)
    if after:  # "iyer sir's problem: …", 'fujimoto-san: …'
        text = re.sub(
            shipped(rf"^([^\W\d_][\w'’.]*?)(?:-|\s+)(?:{after})(?=['’]s\b|[\s:,;–—]|$)"),
            r"\1",
            text,
            flags=re.I,
        )
    for name in keys:
        m = re.match(rf"^per\s+{re.escape(name)}\s*[,:;–—-]\s*(\S.*)$", text, re.I)
        if m:  # 'per wanjiru, outgrowers lose a third of the crop': what Wanjiru said
            return Owned(text[4 : 4 + len(name)], None, m.group(1).strip())
        m = re.match(rf"^{re.escape(name)}['’]s\s+([a-z][a-z ]*?)\s*[:–—=-]\s*(\S.*)$", text, re.I)
        if m:  # "faizal's worry: tower sharing deals": their worry, said as what it is about
            noun = m.group(1).lower()
            kind = next(
                (k for k in ("challenge", "plan", "priority", "question")
                 if noun in lexicon.owner_cues.get(f"{k}_nouns", ())),
                None,
            )  # fmt: skip
            if kind is not None:
                return Owned(text[: len(name)], kind, m.group(2).strip())
        m = re.match(rf"^{re.escape(name)}['’]s\s+(\w.*)$", text, re.I)
        if m:  # "victor's plan to go multi-region": their plan, said to them as 'your plan'
            rest = m.group(1)
            told = re.match(
                r"^(?:story|career|path|background|journey|history)\s*(?:[-–—:]|abt|about|re:?)\s*(.+)$",
                rest,
                re.I,
            )
            if told and (_verb_lead(told.group(1), lexicon) or told.group(1).split()[0].lower()
                         in _TOLD_VERBS):  # fmt: skip
                # "grace's story - started as a volunteer herself": how they started ...
                said = re.sub(r"\b(?:herself|himself)\b", "themselves", told.group(1), flags=re.I)
                said = re.sub(r"\b(?:her|his)\b", "their", said, flags=re.I)
                said = re.sub(r"\b(?:she|he)\b", "they", said, flags=re.I)
                return Owned(text[: len(name)], "story", "how they " + said)
            return Owned(text[: len(name)], None, "their " + rest)
        m = re.match(rf"^{re.escape(name)}(?![\w'’])\s*(.*)$", text, re.I)
        if m:
            # 'marguerite again: flow', 'raj (cont.): …', 'devon, also - …': theirs still
            rest = _OWNER_AGAIN.sub("", m.group(1))
            if re.match(r"^\([^()]*\)\s*(?::|[-–—]\s)", rest):  # 'léa (QA lead): bug triage'
                rest = rest[rest.index(")") + 1 :].strip()
            if rest.startswith(":") or re.match(r"^[-–—]\s", rest):  # 'mette - near miss …'
                body = rest[1:].strip(" -–—")
                return Owned(text[: len(name)], None, body) if body else None
            low = rest.lower()
            for kind in ("question", "priority", "plan", "said"):
                for cue in lexicon.owner_cues.get(kind, ()):
                    if re.match(rf"^{re.escape(cue)}(?![\w])\s*:?\s*", low):
                        body = re.sub(rf"^{re.escape(cue)}\s*:?\s*", "", rest, flags=re.I)
                        body = body.strip(" -–—:")
                        if not body:
                            return None
                        return Owned(text[: len(name)], None if kind == "said" else kind, body)
        m = re.match(rf"^(.+?)\s*(?:\(\s*{re.escape(name)}\s*\)|\s[-–—]\s*{re.escape(name)}"
                     rf"|,?\s+per\s+{re.escape(name)})$", text, re.I)  # fmt: skip
        if m and m.group(1).strip():
            return Owned(name, None, m.group(1).strip(" -–—,"))
        # 'Q (pharm. adaeze): a medication error you caught -> …': a question they asked
        m = re.match(
            rf"^(?:q|qs|question|questions)\s*\(\s*(?:(?:{titles or 'dr'})\.?\s+)?"
            rf"{re.escape(name)}\s*\)\s*(?::|[-–—]\s)\s*(\S.*)$",
            text,
            re.I,
        )
        if m:
            return Owned(name, "question", m.group(1).strip())
        # 'Q/A me to alastair: staffing? -> …', 'my q to dana: …': what the candidate asked
        # them, theirs
        m = re.match(
            rf"^(?:(?:q/?a|q|qs|my\s+qs?|questions?)\s+)?(?:me\s+)?(?:to|for)\s+"
            rf"{re.escape(name)}(?![\w'’])\s*(?::|[-–—]\s)\s*(\S.*)$",
            text,
            re.I,
        )
        if m and re.match(r"(?i)(?:q|my|me|questions?)\b", text):
            return Owned(text[text.lower().index(name) :][: len(name)], None, m.group(1))
        # 'coding 1 (tomas): rate limiter …', 'case study (bea) - …': the head names whose
        # part of the day it was, and the jot goes on after it
        m = re.match(rf"^([^():]+?)\s*\(\s*{re.escape(name)}\s*\)\s*(:|[-–—→]\s)\s*(\S.*)$",
                     text, re.I)  # fmt: skip
        if m and m.group(1).strip():
            return Owned(name, None, f"{m.group(1).strip()}{m.group(2).rstrip()} {m.group(3)}")
    return None


@dataclass(frozen=True)
class Phrase:
    """A recorded topic as prose: `to_them` in a note to the person who discussed it, `about`
    in one to somebody else, its kind, and why followup is not sure of it (empty: sure)."""

    raw: str
    to_them: str
    about: str
    kind: str
    kind_given: bool = False
    doubts: tuple[str, ...] = ()
    # Not sure of the whole, but sure of its head: what a note may say instead.
    short_them: str = ""
    short_about: str = ""
    short_kind: str = ""

    @property
    def sure(self) -> bool:
        return not self.doubts

    def to_dict(self) -> dict[str, Any]:
        return {
            "recorded": self.raw,
            "phrase": self.to_them,
            "kind": self.kind,
            "kind_label": KIND_LABELS.get(self.kind, self.kind),
            "sure": self.sure,
            "doubts": list(self.doubts),
        }


_KIND_PREFIX = re.compile(r"^\s*\[?([A-Za-z]+)\]?\s*:\s*(.+)$")


def split_kind(raw: str, lexicon: Lexicon) -> tuple[str | None, str]:
    """'challenge: nurse turnover' -> ('challenge', 'nurse turnover'); no prefix -> (None, raw)."""
    m = _KIND_PREFIX.match(raw)
    if m:
        word = m.group(1).lower()
        kind = lexicon.kind_aliases.get(word, word)
        if kind in lexicon.kind_names:
            return kind, m.group(2).strip()
    return None, raw.strip()


def with_kind(kind: str, text: str) -> str:
    """A topic stored with its corrected kind."""
    return f"{kind}: {text}"


def infer_kind(text: str, lexicon: Lexicon, items: Iterable[str] = ()) -> str:
    """The kind of thing a topic is, from its words (data/phrasing.toml [kinds])."""
    low = " " + re.sub(r"[^a-z0-9'&-]+", " ", text.lower()) + " "
    item_words = {i.lower() for i in items}
    if text.lower().strip() in item_words:
        return "item"
    if low.startswith(" my ") and " story " not in low:
        return "exercise"  # the candidate's own: 'my system design', 'my demo lesson'
    head = _head(low.split())
    # the candidate's own exercise is named first ('tasting' later in 'floor staff are
    # young, she wants someone to run a weekly training tasting' is not theirs)
    first = re.split(r"\s[-–—]\s|[,;:(]", text.lower().strip())[0]
    lead = " " + re.sub(r"[^a-z0-9'&-]+", " ", first).strip() + " "
    for kind in lexicon.kind_order:
        for cue in lexicon.kind_cues.get(kind, ()):
            if f" {cue} " not in (lead if kind in ("exercise", "event") else low):
                continue
            if kind == "event" and stem(_head(lead.split())) == stem(cue):
                return kind  # something they did there, heading what was jotted first
            if kind not in ("item", "event") or kind == "item" and stem(head) == stem(cue):
                return kind  # an item only when it heads the topic ('the scanner')
    return "topic"


_JOT_SPLIT = re.compile(r"[,;:(.!?]|\s(?:-|–|—|→|->|=|\+|@)\s|→|->")
_QUARTER_BEFORE = frozenset(["last", "next", "this", "per", "a", "each", "every", "that"])
_NOT_MINE_BEFORE = frozenset(["their", "his", "her", "your", "its", "our"])
_FIRST_PERSON = re.compile(r"\b(?:i|i'm|i'd|i've|me|my|we|told (?:him|her|them|you))\b")


def jot_words(text: str) -> list[str]:
    """A jot in lower case as words, arrows and 'w/' kept as words of their own."""
    low = text.lower().replace("’", "'")
    low = re.sub(r"(→|->|\bw/)", r" \1 ", low)
    low = re.sub(r"[^\w'&/→>+@-]+", " ", low)
    return [w.strip("'") for w in low.split() if w.strip("'")]


def _has(words: Sequence[str], cue: str) -> int:
    """Where `cue` (words) starts in `words`, or -1."""
    c = cue.split()
    for i in range(len(words) - len(c) + 1):
        if words[i : i + len(c)] == c:
            return i
    return -1


def _headed_by(lead: Sequence[str], cues: Iterable[str], after: frozenset[str]) -> bool:
    """Whether one of `cues` heads `lead` (the words a jot names first): nothing after it but
    a word of `after` ('coding w/ deepak', 'test 30 min', 'qs on the A320'), and no owner
    before it ('their presentation')."""
    for cue in cues:
        at = _has(lead, cue)
        if at < 0:
            continue
        end = at + len(cue.split())
        before = lead[at - 1] if at else ""
        if before in _NOT_MINE_BEFORE or before.endswith("'s"):
            continue
        if cue in ("q", "qs") and (before in _QUARTER_BEFORE or before[:1].isdigit()):
            continue  # 'sales down last q': a quarter
        nxt = lead[end] if end < len(lead) else ""
        if not nxt or nxt in after or nxt[:1].isdigit() or nxt[:1] == "~":
            return True
    return False


def jot_kind(text: str, lexicon: Lexicon) -> str | None:
    """The kind a whole jot says it is, where its words say so (data/phrasing.toml
    [jot_kinds]), read before the phrase a note makes of it, which may be only its head:
    'exercise' (your own test, task or presentation: 'sql test, 3 qs, got 2.5', 'coding w/
    deepak: rate limiter in go'), 'question' (theirs to you: 'asked how I'd handle …', 'tech
    qs on the A320 family'), 'event' (done there with them: 'site walk @ the new job'),
    'item' (shown to you), 'challenge' (a failure, incident or finding against them: 'SAPC
    inspection last yr flagged the cold chain logs'); None when the jot does not say."""
    cues = lexicon.jot_cues
    if not cues:
        return None
    words = jot_words(text)
    if not words:
        return None
    joined = f" {' '.join(words)} "
    bare = re.sub(r"^[\W\d]*?(?=[^\W\d_])", "", text.lower().strip())  # '→ ', '2) '
    first = _JOT_SPLIT.split(bare, maxsplit=1)[0]
    lead = jot_words(first)
    after = frozenset(cues.get("exercise_after", ()))

    def anywhere(key: str) -> bool:
        return any(f" {c} " in joined for c in cues.get(key, ()))

    # what the jot names first says most ('hangar walk - … asked me to talk thru …')
    if _headed_by(lead, cues.get("question_heads", ()), after):
        return "question"
    if _headed_by(lead, cues.get("exercise_heads", ()), after):
        return "exercise"
    start = " ".join(lead[:6])
    opening = f" {start} "
    if any(f" {start}".startswith(f" {c}") for c in cues.get("event_leads", ())):
        return "event"
    if _headed_by(lead, cues.get("event_heads", ()), after):
        return "event"  # 'floor walk w/ keisha: …', 'hangar walk, showed me …'

    if first and infer_kind(first, lexicon) == "event":
        return "event"  # 'hangar walk - …': headed by a thing done there
    if anywhere("set_task"):
        return "exercise"  # 'asked me to present my plan': a task they set
    if anywhere("question") and not _own_head_before_question(first, lead, cues, lexicon):
        return "question"
    head3 = f" {' '.join(words[:4])} "
    if any(f" {c} " in head3 for c in cues.get("shown", ())) and " " in opening.strip():
        return "item"  # 'showed me the new patient monitor'
    mine = _FIRST_PERSON.search(joined) is not None  # the candidate's own story, not theirs
    if not mine:
        bodies = any(f" {c} " in joined for c in cues.get("finding_bodies", ()))
        if bodies and anywhere("finding_words") or anywhere("incidents"):
            return "challenge"
    return None


def _own_head_before_question(
    first: str, lead: Sequence[str], cues: Mapping[str, Sequence[str]], lexicon: Lexicon
) -> bool:
    """Whether a jot's first part is a plan, project or challenge of theirs and the question
    comes only after it ('their move off yardi to entrata - gabriela asked if I'd done a
    conversion'): the jot is about their plan, which the question was about, never only the
    question."""
    joined = f" {' '.join(lead)} "
    if any(f" {c} " in joined for c in cues.get("question", ())):
        return False
    return infer_kind(first, lexicon) in ("plan", "challenge")


def topic_kind(text: str, lexicon: Lexicon, items: Iterable[str] = ()) -> str:
    """The kind of a jotted topic as a whole: what its words say of it (`jot_kind`), else
    what its cue words suggest (`infer_kind`); 'topic' when neither says (unclear)."""
    return jot_kind(text, lexicon) or infer_kind(text, lexicon, items)


# A figure and the unit jotted onto it ('2yrs', '6wks'): read as '2 yrs'.
_GLUED_UNIT = re.compile(r"\b(\d+)\s?(yrs?|wks?|mos?|mths?|hrs?|mins?)\b", re.I)


@cache
def _measure_pattern(scales: tuple[str, ...], units: tuple[str, ...]) -> re.Pattern[str]:
    one = "|".join(re.escape(w) for w in scales)
    unit = "|".join(re.escape(w).replace(r"\ ", r"\s?") for w in units)
    return re.compile(
        rf"(?<![\w.])(?:[A-Z]{{1,2}}\$?|[$£€₹¥])?\d(?:[\d,.]*\d)?(?:(?:{one})(?!\w))?"
        rf"(?:\s+(?:{one})(?!\w))?(?:\s*(?:{unit})(?![\w]))?",
        re.I,
    )


def measure_spans(text: str, lexicon: Lexicon) -> list[tuple[int, int]]:
    """Where `text` gives a figure with its scale and unit ('1.5 lakh sq ft', 'R4m', '12 FTE'),
    as (start, end) offsets: words said as typed there, never read as shorthand ('sq ft' is
    not 'sq full-time'). data/phrasing.toml [measures]."""
    scales = lexicon.measures.get("scales", ())
    units = tuple(
        sorted({*lexicon.measures.get("areas", ()), *lexicon.measures.get("kept", ())}, key=len)
    )[::-1]
    if not scales and not units:
        return []
    found = _measure_pattern(scales, units).finditer(text)
    return [(m.start(), m.end()) for m in found if not m.group().strip(" ,.").isdigit()]


def _in_spans(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(a <= start and end <= b for a, b in spans)


def _clean_tokens(
    text: str, lexicon: Lexicon, context: set[str], doubts: list[str], expand_all: bool = False
) -> str:
    """Shorthand expanded, symbols in words, acronyms and names capitalised. An ambiguous
    acronym typed in capitals ('PT') is kept as typed unless `expand_all` (to compare
    meanings)."""
    text = _GLUED_UNIT.sub(r"\1 \2", text)
    for short, long in lexicon.shorthand.items():
        if " " in short:  # 'sports med' -> 'sports medicine', before 'med' alone is read
            whole = shipped(rf"(?<![\w-]){re.escape(short)}(?![\w-])")
            text = re.sub(whole, long, text, flags=re.I)
    out: list[str] = []
    measured = measure_spans(text, lexicon)
    places = [(m.start(), m.end()) for m in re.finditer(r"\S+", text)]
    tokens = text.split()
    for i, token in enumerate(tokens):
        if measured and _in_spans(*places[i], measured):
            out.append(token)  # '1.5 lakh sq ft': a figure's unit, as typed
            continue
        lead = re.match(r"^[(\"']*", token)
        trail = re.search(r"[),;:\"']*$", token)
        pre = lead.group() if lead else ""
        post = trail.group() if trail else ""
        core = token[len(pre) : len(token) - len(post)] if post else token[len(pre) :]
        owner = re.match(r"^(.+?)(['’]s)$", core)
        if owner and owner.group(1).lower() in lexicon.shorthand:  # "last yr's incident"
            core, post = owner.group(1), owner.group(2) + post
        low = core.lower()
        key = low.rstrip(".") if low not in lexicon.shorthand else low
        nxt = tokens[i + 1].strip("()\"',;:.").lower() if i + 1 < len(tokens) and not post else ""
        later = tokens[i + 2].strip("()\"',;:.").lower() if i + 2 < len(tokens) else ""
        if key in lexicon.shorthand_when and not _shorthand_here(
            key, out, (nxt, later), post, lexicon
        ):
            out.append(token)  # 'sat at the bargaining table': the verb, as typed
            continue
        if nxt in lexicon.shorthand_next.get(key, {}):  # 'tech qs': technical questions
            means = lexicon.shorthand_next[key][nxt]
            out.append(pre + (core if means.lower() == key else means) + post)
            continue
        if key in lexicon.ambiguous and (expand_all or not (core.isupper() and len(core) > 1)):
            options = lexicon.ambiguous[key]
            after_article = any(w.lower() in ("as", "a", "an") for w in out[-2:])
            scores = [
                len(_groups_of(o, lexicon) & context)
                + (2 if after_article and _is_person_noun(o.split()[-1]) else 0)
                for o in options
            ]
            best = options[scores.index(max(scores))] if max(scores) else options[0]
            doubts.append(f"'{core}' could mean {' or '.join(repr(o) for o in options)}")
            out.append(pre + best + post)
            continue
        if key in lexicon.shorthand and (expand_all or not (core.isupper() and len(core) > 1)):
            out.append(pre + lexicon.shorthand[key] + post)
            continue
        if "/" in core and re.fullmatch(r"[A-Za-z]+/[A-Za-z]+", core):
            a, b = core.split("/")
            a = lexicon.shorthand.get(a.lower(), a)
            b = lexicon.shorthand.get(b.lower(), b)
            if b.lower() in _PER:
                out.append(f"{pre}{a} a {_PER[b.lower()]}{post}")
                continue
            joiner = "or" if low in ("and/or",) else "and"
            out.append(pre + (b if low == "and/or" else f"{a} {joiner} {b}") + post)
            continue
        out.append(token)
    words = " ".join(w for w in out if w).split()
    fixed = []
    for i, w in enumerate(words):
        bare = w.strip("(),;:\"'").lower()
        plural = (
            bare.endswith("s")
            and bare[:-1] in lexicon.upper
            and len(bare) > 3
            and (
                bare in lexicon.upper  # 'sops' listed as well as 'sop': 'SOPs', never 'SOPS'
                or not (lexicon.known_word is not None and lexicon.known_word(bare))
            )
        )  # 'kpis' -> 'KPIs', but 'miss' is a word, never 'MISs'
        if bare in lexicon.emphasis and w.strip("(),;:\"'").isupper() and len(bare) > 1:
            fixed.append(w.replace(w.strip("(),;:\"'"), bare))  # 'ONE definition': no shouting
        elif bare in lexicon.upper and not plural:
            fixed.append(w.replace(w.strip("(),;:\"'"), bare.upper()))
        elif plural:
            fixed.append(w.replace(w.strip("(),;:\"'"), bare[:-1].upper() + "s"))
        elif bare in lexicon.proper and not _common_plural(w, words[i - 1] if i else "", lexicon):
            fixed.append(w.replace(w.strip("(),;:\"'"), lexicon.proper[bare]))
        elif bare in ("i", "i'd", "i'm", "i've", "i'll", "i’d", "i’m", "i’ve", "i’ll"):
            fixed.append(w.replace("i", "I", 1))
        elif (
            re.fullmatch(r"\d+", bare)
            and i
            and words[i - 1].lower() in lexicon.numbered
            and (i + 1 >= len(words) or words[i + 1].lower().strip(",;:.") not in _SPAN_WORDS)
        ):  # 'ward 7', never 'the ward 2 days a week' ('Ward 2 days')
            fixed[-1] = fixed[-1][:1].upper() + fixed[-1][1:]
            fixed.append(w)
        elif (
            re.fullmatch(r"[bcdfghjklmnpqrstvwxz]{3,5}", bare)
            and bare not in lexicon.stopwords
            and not w[:1].isupper()
        ):
            doubts.append(f"'{w}' looks like shorthand")
            fixed.append(w)
        else:
            fixed.append(w)
    return " ".join(fixed)


def _common_plural(word: str, before: str, lexicon: Lexicon) -> bool:
    """Whether a product's name that is also an everyday plural ('Teams', 'Sheets'), typed in
    lower case after a word that is no preposition ('finance teams', 'in-house teams'), is
    the everyday word: 'managed finance teams' never names Microsoft Teams ('on teams' may)."""
    bare = word.strip("(),;:\"'")
    low = bare.lower()
    return (
        bare.islower()
        and low.endswith("s")
        and (lexicon.known_word is None or lexicon.known_word(low[:-1]))
        and bool(before)
        and before.lower().strip("(),;:\"'") not in _PREPOSITIONS | {"ms", "microsoft", "via"}
    )


def _shorthand_here(
    key: str, before: Sequence[str], after: tuple[str, str], post: str, lexicon: Lexicon
) -> bool:
    """Whether shorthand that is an English word too ('sat', 'sun') stands for what it
    shortens here: a word of its sense before it ('on sat', 'every sun') or after it ('sat
    am', 'sat 9-1'), another of its kind joined to it ('sat + sun', 'sat and sunday'), a
    figure after it, or nothing after it at all ('open late on fri + sat'); data/phrasing.toml
    [shorthand_when]. 'sat and listened' stays the verb."""
    ahead, behind = lexicon.shorthand_when[key]
    nxt, later = after
    last = before[-1].strip("(),;:\"'").lower() if before else ""
    if last in ahead:
        return True  # 'on sat', 'fri + sat', 'Friday and sat'
    if post.strip() and post.strip() != "'s":
        return True  # 'sat,' 'sat;': it ends its phrase, as a day does
    if nxt in ("and", "or", "+", "&", "-", "/", "to"):
        return later in behind or later in lexicon.shorthand_when or later[:1].isdigit()
    return not nxt or nxt in behind or nxt[:1].isdigit()


# Verbs that report what someone said or asked: 'sam asked about …' is no story.
TOLD_CUES = frozenset(["asked", "said", "mentioned", "told", "noted", "explained", "wanted"])


def clean_words(text: str, lexicon: Lexicon) -> str | None:
    """Jotted words with shorthand expanded and acronyms capitalised (as in a topic); None
    when a word may mean two things or looks like shorthand followup does not know."""
    doubts: list[str] = []
    out = _clean_tokens(text, lexicon, set(), doubts)
    return None if doubts else out


_CLOSED_WORDS = frozenset(["and", "or", "but", "nor", "is", "are", "was", "it", "no", "not", "so"])


def known_names(text: str, names: Iterable[str]) -> str:
    """Write each name the record knows ('Atlas', 'Port of Tacoma') as the record does; a
    single letter is no name ('A' of 'A level' never makes 'a mastery scheme' 'A mastery')."""
    for name in sorted(
        {
            n
            for n in names
            if len(n) > 1
            and any(c.isupper() for c in n)
            # a word English writes in lower case is never a name alone ('In' of a name
            # misread from 'dialled in from site')
            and n.lower() not in _PREPOSITIONS | _DETERMINERS | _CLOSED_WORDS
        },
        key=len,
        reverse=True,
    ):
        text = re.sub(rf"(?<![\w-]){re.escape(name)}(?![\w-])", name, text, flags=re.IGNORECASE)
    return text


def _groups_of(text: str, lexicon: Lexicon) -> set[str]:
    groups: set[str] = set()
    low = text.lower()
    for phrase, gs in lexicon.phrase_concepts.items():
        if re.search(shipped(rf"\b{re.escape(phrase)}\b"), low):
            groups |= gs
    for w in re.findall(r"[a-z0-9&+-]+", low):
        groups |= lexicon.concepts.get(stem(w), frozenset())
    return groups


def _point_of_view(text: str, to_them: bool, own_states: frozenset[str] = frozenset()) -> str:
    """'their' -> 'your' in a note to them; 'their'/'your' -> 'the' in a note to another.
    Before a noun of `own_states` (data/phrasing.toml [standalone] own_states: 'absence',
    'sickness', 'attitude': what is said of a person themselves) 'their' is the staff's, never
    the reader's: 'their absence on nights' is 'the absence on nights', not 'your absence'."""
    if to_them:
        swaps = {"their": "your", "theirs": "yours", "they": "you", "them": "you",
                 "themselves": "yourself",
                 "they're": "you're", "they've": "you've", "their's": "yours"}  # fmt: skip
    else:
        swaps = {"their": "the", "your": "the", "they": "the team", "them": "the team",
                 "you": "the team", "they're": "the team is", "you're": "the team is"}  # fmt: skip
    out = []
    words = text.split()
    for i, w in enumerate(words):
        low = w.lower()
        after = words[i + 1].lower().strip(",;:") if i + 1 < len(words) else ""
        if low == "their" and after in own_states:
            out.append("the" if w.islower() else "The")
            continue
        out.append(swaps.get(low, w) if low in swaps else w)
    return " ".join(out)


def _a_name(word: str, lexicon: Lexicon) -> bool:
    """A word typed with a capital that is no English word: a product's or a place's name
    ('Aconex', 'Kintone'), never a common word at a jot's start ('Scheduling')."""
    low = word.lower()
    return (
        word[:1].isupper()
        and word[1:].islower()  # 'AHT' is an acronym: 'the AHT on the account'
        and word.isalpha()
        and len(word) > 2
        and lexicon.known_word is not None
        and not lexicon.known_word(low)
        and low not in lexicon.shorthand
        and low not in lexicon.ambiguous
    )


# Words that open a count after a participle ('trained more than 30 users', 'over 200'):
# the participle is the candidate's deed, never their state ('I am trained with …').
_COUNT_LEADS = frozenset(["more than", "over", "about", "around", "nearly", "almost", "up to"])


def _counts_after(ws: Sequence[str]) -> bool:
    """Whether a count follows a line's first word ('trained 30 …', 'certified about 60 …')."""
    nxt = ws[1].lower() if len(ws) > 1 else ""
    return (
        nxt[:1].isdigit()
        or nxt in _NUMBER_WORDS.values()
        or nxt in _COUNT_LEADS
        or " ".join(ws[1:3]).lower() in _COUNT_LEADS
    )


_CAMEL = re.compile(r"[a-z]+[A-Z][\w-]*")
# Verbs of wanting that a jot starts a part with ('want to move …', 'needs to hire …'): no
# noun ('the need to hire' is one, and takes its article).
_WANTING = frozenset(["want", "wants", "wanting", "needs", "hopes", "tries", "trying", "wishes"])


def _needs_article(text: str, lexicon: Lexicon) -> bool:
    ws = text.split()
    if not ws:
        return False
    first = ws[0].lower()
    if first in _DETERMINERS or first in ("from", "to", "with", "too", "so", "enough"):
        return False  # 'too much markdown on knitwear' takes no article
    if ws[0][:1].isdigit() and (len(ws) == 1 or re.fullmatch(r"\d{1,3}(?:,\d{3})*", ws[0])):
        return False  # a count: '800 smallholders', '3 new stores'; '1.8 GW plant' is one
    if first.endswith(("'s", "’s")) or first in _PREPOSITIONS:
        return False
    if first in _WANTING and len(ws) > 1 and ws[1].lower() == "to":
        return False  # 'want to move to React 19': a verb and its aim, never 'the want to'
    cut = next((k for k, w in enumerate(ws) if k and w.lower() in _PREPOSITIONS), len(ws))
    if _CAMEL.fullmatch(ws[0]) and (len(ws) == 1 or cut == 1):
        return False  # a product spelt in its own capitals: 'cryoSPARC', 'iPad', 'eBay'
    if (ws[0] in lexicon.proper.values() or _a_name(ws[0], lexicon)) and cut == 1:
        return False  # a product or place: 'Procore for daily logs', 'Aconex for documents'

    if all(w[:1].isupper() or w[:1].isdigit() for w in ws):
        # a name: 'Kafka Connect', 'SOC 2'; one ending in a word of a programme's or a
        # product's name takes 'the' ('the Salesforce Nonprofit Success Pack')
        return name_takes_the(ws, lexicon.name_tails)
    if first.endswith("ing") and first not in lexicon.ing_nouns and ws[0].islower():
        return False  # a gerund: 'building dashboards'
    head = _head(ws)
    if head.endswith("ing") or head in lexicon.mass_nouns:
        return False
    return not is_plural(text)


def name_takes_the(ws: Sequence[str], tails: Collection[str]) -> bool:
    """Whether a name's words, all written with capitals, end in a word of a programme's or a
    product's name that takes 'the' (`tails`, data/phrasing.toml [articles] name_tails):
    'Salesforce Nonprofit Success Pack', 'Riverside Apprenticeship Programme'; never a name
    of two words ('Microsoft Project') or one with a word in lower case."""
    return (
        len(ws) >= 3
        and all(w[:1].isupper() or w[:1].isdigit() for w in ws)
        and ws[-1].lower().strip(".,") in tails
    )


def _head(ws: Sequence[str]) -> str:
    for i, w in enumerate(ws):
        if i and w.lower() in _PREPOSITIONS | {"and", "vs", "versus"}:
            return ws[i - 1].lower().strip(",")
    return ws[-1].lower().strip(",") if ws else ""


def is_plural(phrase: str) -> bool:
    """Whether a noun phrase is plural ('data pipelines', 'plans for Q3'; not 'hiring process',
    'status', 'analysis'): its head word ends in -s."""
    ws = phrase.split()
    for i, w in enumerate(ws):
        if i and w.lower() in _PREPOSITIONS | {"and"}:
            ws = ws[:i]
            break
    raw = ws[-1].strip(",") if ws else ""
    if re.fullmatch(r"[A-Z0-9]{2,}s", raw):
        return True
    if raw[:1].isupper() and all(w[:1].isupper() or w[:1].isdigit() for w in ws):
        return False
    head = raw.lower()
    return len(head) > 3 and head.endswith("s") and not head.endswith(("ss", "us", "is", "'s"))


def noun_phrase(text: str, lexicon: Lexicon, keep: Iterable[str] = ()) -> str:
    """A phrase as it reads after a preposition: the first word lower-cased unless it is a
    name, and 'the' added where English needs it ('design system' -> 'the design system')."""
    text = " ".join(text.split()).strip(" .;:,-")
    if not text:
        return text
    first, _, rest = text.partition(" ")
    kept = {k.lower() for k in keep}
    if (
        first[:1].isupper()
        and first[1:].islower()
        and first.lower() not in lexicon.proper
        and not _a_name(first, lexicon)
        and re.sub(r"['’]s$", "", first.lower()) not in kept
        and (rest == "" or not rest.split()[0][:1].isupper() or first.lower() in _DETERMINERS)
    ):
        text = first.lower() + (" " + rest if rest else "")
    return "the " + text if _needs_article(text, lexicon) else text


def _verb_lead(text: str, lexicon: Lexicon) -> str | None:
    first = text.split()[0].lower() if text.split() else ""
    if first in lexicon.past_participles and first not in lexicon.ing_nouns:
        return first
    if first.endswith("ed") and len(first) > 4 and first not in lexicon.mass_nouns:
        return first
    return None


_OWNER = re.compile(r"['’]s$")
NOT_IN_NOTES = "a thank-you note does not bring this up"
JOTTED_SENTENCE = "it reads as a sentence, not a topic"
CONFIDENTIAL = "it was shown in confidence: no note repeats it"


def _plain(text: str) -> str:
    """Lower-case words between spaces; a quote mark around words is no part of them."""
    low = re.sub(r"[^a-z0-9'’]+", " ", text.lower()).replace("’", "'")
    return " " + re.sub(r"(?<![a-z0-9])'|'(?![a-z0-9])", " ", low) + " "


def _marked_confidential(text: str, lexicon: Lexicon) -> bool:
    """One of data/phrasing.toml `confidential` in `text`: a marker of plain words and
    letters a-z as whole words ('nda', not 'agenda'); any other ('内密', '🤫', '(!!) private',
    'nicht öffentlich') anywhere in it, in lower case."""
    plain, low = _plain(text), text.lower().replace("’", "'")
    return any(
        f" {m} " in plain if re.fullmatch(r"[a-z0-9' ]+", m) else m in low
        for m in lexicon.confidential
    )


# Who told a confidence, at the start of a line of notes: a name or a title of up to four
# words, then the verb of telling ('engr okafor said confidentially …', 'she whispered …').
_TELLER = re.compile(
    r"^\s*(?:[^\W\d_][\w'’.-]*[\s,]+){1,4}?(?:said|says|mentioned|whispered|told me|told us"
    r"|told|asked me|asked us|hinted|admitted|confided|let slip|added|noted)\b",
    re.I,
)


def confidential(
    text: str, lexicon: Lexicon, notes: str | None = None, public: Iterable[str] = ()
) -> bool:
    """Whether a topic or item was shown in confidence: it carries one of data/phrasing.toml
    `confidential` ('prototype - under NDA', 'their IPO plans (not public)'), or a line of the
    round's `notes` that carries one names a word of it ('the roadmap is confidential' keeps
    'Q3 roadmap' out of every note). Who told it, named before the verb of telling ('gaz said
    off the record …'), is no word of it: what else they said may be said; nor is a word of
    `public` (the round's role, its initials, the company and the people's names)."""
    if _marked_confidential(text, lexicon):
        return True
    if not notes:
        return False
    mine = set(secret_words(text, lexicon)) - {stem(w) for w in public}
    # judged clause by clause: a topic tells a confidence when it names what the confidence
    # is about (its first word of substance: 'welders', 'the merger') or says two of its
    # words; one other shared word ('board', 'last') drags nothing out
    return any(
        (told and told[0] in mine) or len(mine & set(told)) >= _SECRET_WORDS
        for told in secrets(notes, lexicon)
    )


_SECRET_WORDS = 2  # words a topic must share with a confidence to be telling it
# one clause of the notes: a sentence, or a part after a dash or an arrow, or before a 'but'
_NOTE_CLAUSES = re.compile(r"[\n.;!?]+|\s[-–—]+\s|\s*(?:->|→|=>|⇒)\s*|,\s+(?=but\b)")
_TOLD_WORDS = frozenset(
    ["his", "her", "hers", "him", "she", "he", "they", "them", "their", "one", "two", "some",
     "said", "says", "told", "mentioned", "words", "really", "might", "may", "going", "got",
     "get", "would", "could", "there", "here", "that", "this", "those", "these", "about",
     "last", "current", "new", "old", "other", "next", "daw", "raw", "sabi", "lang",
     # how much of it a jot allows ('at most one line, probably leave it', 'better none')
     "line", "lines", "most", "least", "max", "probably", "maybe", "better", "none", "leave",
     "thing", "things", "bit"]
)  # fmt: skip


def secret_words(text: str, lexicon: Lexicon) -> list[str]:
    """The stems of a text's words that say something (no stopword, function word, word of
    telling or confidentiality marker), in order; a two-letter word counts ('GP', 'TL')."""
    ignore = set(lexicon.stopwords) | {w for m in lexicon.confidential for w in m.split()}
    out: list[str] = []
    for w in re.findall(r"[^\W_][\w'-]+", text.lower().replace("’", "'")):
        if w in ignore or w in _FUNCTION_WORDS or w in _TOLD_WORDS or w.isdigit():
            continue
        w = re.sub(r"'s?$", "", w)  # "GP's": the GP
        if len(w) < 2 or (len(w) == 2 and not w.isalpha()):
            continue
        if stem(w) not in out:
            out.append(stem(w))
    return out


def secret_stems(text: str, lexicon: Lexicon) -> set[str]:
    """secret_words, as a set."""
    return set(secret_words(text, lexicon))


def secrets(notes: str | None, lexicon: Lexicon) -> list[list[str]]:
    """What the notes tell in confidence, clause by clause: the words of each clause that
    carries a marker of data/phrasing.toml `confidential`, in order, less who told it ('gaz
    said off the record …'); a marker that stands in a clause of its own (''he's still sore
    about it' - her words, don't repeat') marks the clause before it."""
    out: list[list[str]] = []
    clauses = [c for c in _NOTE_CLAUSES.split(notes or "") if c and c.strip()]
    for at, clause in enumerate(clauses):
        if not _marked_confidential(clause, lexicon):
            continue
        told = secret_words(_TELLER.sub("", clause, count=1), lexicon)
        if len(told) < _SECRET_WORDS and at:  # the marker alone: what it follows
            told += secret_words(_TELLER.sub("", clauses[at - 1], count=1), lexicon)
        out.append(told)
    return out


_HEAD_CUT = re.compile(r"\s+[-–—]\s+|\s*[:=(]|,\s+|\s+~|\s*;\s*")


def uncapitalised(raw: str, lexicon: Lexicon, names: Iterable[str] = ()) -> str:
    """A jot with a common noun of `lexicon.common_capitals` that it writes with a capital
    after a determiner ('the Team is moving off …', 'your Site') in lower case, as a note says
    it; a word of a recorded name (`names`: 'Team Rubicon', 'Site Services Ltd') stays as
    typed, and so does a capital that starts a name of several words ('the Client Portal')."""
    if not lexicon.common_capitals:
        return raw
    written = {w for n in names for w in re.findall(r"[A-Za-z][\w'’-]*", n)}

    def said(m: re.Match[str]) -> str:
        word = m.group(2)
        if word.lower() not in lexicon.common_capitals or word in written:
            return m.group()
        return f"{m.group(1)}{word.lower()}"

    pattern = r"(\b(?:the|our|your|their|my|his|her|its)\s+)([A-Z][a-z]+)\b(?!\s+[A-Z])"
    return re.sub(pattern, said, raw)


# little words a jot stresses in capitals, never an acronym ('OR', 'ALL', 'IT' may be one)
_STRESSED = re.compile(
    r"\b(?:AND|BUT|NOT|NEVER|REALLY|VERY|MUST|BOTH|ALSO|ALWAYS|STILL|ONLY|EVERY|HUGE|SO|TOO)\b"
)


def unshouted(raw: str, lexicon: Lexicon, names: Iterable[str] = ()) -> str:
    """A jot typed in capitals ('HANGAR WALK', 'THE NEW PICKING ROBOTS': two words or more,
    no lower-case letter) in normal case: each word lower-cased but an acronym the lexicon
    knows ('ERP') and a word a recorded name writes in mixed case ('Bright' of 'Bright
    Media') as written. In a jot typed in lower case, a little word stressed in capitals
    ('run the studio AND bring in work') is said plainly."""
    words = re.findall(r"[A-Za-z]+", raw)
    if any(c.islower() for c in raw):
        # a little word stressed in capitals in a jot typed in lower case ('run the studio
        # AND bring in work', 'NOT the night shift'): said plainly
        return re.sub(_STRESSED, lambda m: m.group().lower(), raw)
    if len([w for w in words if len(w) > 1]) < 2:
        return raw
    written = {
        w.lower(): w
        for n in names
        for w in re.findall(r"[A-Za-z][\w'’-]*", n)
        if any(c.islower() for c in w)  # 'Bright', not a word of a shouted jot itself
    }

    def said(m: re.Match[str]) -> str:
        low = m.group().lower()
        if low in lexicon.upper:
            return m.group()
        return written.get(low, low)

    return re.sub(r"[A-Za-z]+", said, raw)


def phrase_topic(
    raw: str,
    lexicon: Lexicon,
    names: Sequence[str] = (),
    items: Iterable[str] = (),
    context: str = "",
) -> Phrase:
    """A recorded topic as prose (see the module docstring). `names` are names the record writes
    with capitals (company, people, items); `context` is the role and company, to choose what
    ambiguous shorthand means ('pt' is 'patient' on a ward).

    A note jotted as a head and an aside ('their literacy program - levelled readers', 'float
    pool = 12 hr shifts', 'cloud audit software (caseware)') that cannot be said whole is said
    by its head alone when that reads right ('your literacy program')."""
    raw = unshouted(raw, lexicon, names)
    whole = _phrase_topic(raw, lexicon, names, items, context)
    low = " " + re.sub(r"[^a-z0-9]+", " ", raw.lower()) + " "
    if confidential(raw, lexicon):  # not said, not even by its head
        return replace(whole, doubts=(*whole.doubts, CONFIDENTIAL), short_them="", short_about="")
    if any(f" {w} " in low for w in lexicon.not_in_notes):
        return replace(whole, doubts=(*whole.doubts, NOT_IN_NOTES))
    if whole.sure:
        return whole
    given, text = split_kind(raw, lexicon)
    head = _HEAD_CUT.split(text.strip(), maxsplit=1)[0].strip()
    content = [w for w in head.split() if w.lower() not in _DETERMINERS and not _OWNER.search(w)]
    plain = re.sub(r"(?<![\w/])w/(?=\s)", "with", head)  # 'w/' is said as 'with'
    if head == text.strip() or len(content) < 2 or not re.fullmatch(r"[\w' &.-]+", plain):
        return whole
    short = _phrase_topic(with_kind(given, head) if given else head, lexicon, names, items, context)
    if not short.sure:
        return whole
    return replace(whole, short_them=short.to_them, short_about=short.about, short_kind=short.kind)


def _phrase_topic(
    raw: str,
    lexicon: Lexicon,
    names: Sequence[str] = (),
    items: Iterable[str] = (),
    context: str = "",
) -> Phrase:
    given, text = split_kind(raw, lexicon)
    doubts: list[str] = []
    ctx = _groups_of(context + " " + text, lexicon)
    text = " ".join(text.split()).strip(" .;,!")
    text = _GLUED_UNIT.sub(r"\1 \2", text)
    text = _MORE_THAN.sub(r"more than \1", text)
    text = re.sub(r"\bon[ -]?call\b", "on-call", text, flags=re.I)
    text = re.sub(
        r"(?<=[a-z])(?<!\bin)(?<!\bby)(?<!\bfor)(?<!\bduring)(?<!\buntil) ([QH][1-4]|q[1-4])$",
        lambda m: " in " + m.group(1).upper(),
        text,
    )
    text = re.sub(
        r"\b(in|by|for) (q[1-4]|h[1-2])$", lambda m: f"{m.group(1)} {m.group(2).upper()}", text
    )
    if "?" in text:
        doubts.append("it is a question")
        text = text.replace("?", "").strip()
    if not text:
        return Phrase(raw, raw, raw, given or "topic", given is not None, ("it is empty",))
    text = re.sub(r"\s*(?:->|=>|→|⇒|—>|-->)\s*", " -> ", text)
    text = re.sub(r"\s+[-–—]\s+|\s*;\s*|,\s+(?!\d)", " | ", text)
    text = re.sub(r"(?<=\w)\s*:\s+", " | : ", text)
    segments = [s.strip() for s in text.split(" | ") if s.strip()]
    built: list[str] = []
    for index, seg in enumerate(segments):
        colon = seg.startswith(": ")
        seg = _clean_tokens(seg[2:] if colon else seg, lexicon, ctx, doubts)
        if " -> " in seg:
            left, _, right = seg.partition(" -> ")
            left = left.strip()
            right = right.replace(" -> ", " and then ")
            right = re.sub(rf"^(\w+) ({_MONTHS})$", r"\1 in \2", right)
            if index == 0 and len(left.split()) >= 3 and right.split()[0].lower() in _EVENTS:
                seg = f"{left} and its {right}"
                doubts.append("an arrow needs words")
            elif index == 0 and len(left.split()) >= 3:
                seg = f"{left} to {right}"
                doubts.append("an arrow needs words")
            elif index == 0:
                det, _, rest = left.partition(" ")
                if det.lower() not in ("their", "the", "our", "your", "my") or not rest:
                    det, rest = "the", left
                last = right.split()[-1].lower()
                if last in _MOVES and len(right.split()) > 1:
                    seg = f"{det} {last} from {rest} to {' '.join(right.split()[:-1])}"
                else:
                    seg = f"{det} move from {rest} to {right}"
            else:
                seg = f"{'' if left.lower().startswith('from ') else 'from '}{left} to {right}"
        if " = " in seg or seg.startswith("= ") or "=" in seg:
            left, _, right = seg.partition("=")
            seg = f"how {noun_phrase(left.strip(), lexicon)} comes down to {right.strip()}"
            doubts.append("an '=' needs words")
        built.append(": " + seg if colon else seg)
    head = built[0].removeprefix(": ")
    verb = _verb_lead(head, lexicon)
    own = bool(re.search(r"\b(my|i)\b", head, re.I))
    test = re.search(r"\b(?:for|in|during|at|as) (?:the|my|a|an) (.+)$", head)
    if verb and not own and verb in _OWN_ACTS and test and _is_test(test.group(1), lexicon):
        head, own = f"the {test.group(1)}", True  # 'cooked the hake for the trial shift'
        given = given or "exercise"
    if verb and own:
        mine = re.match(  # 'took them thru my portfolio', 'walked the panel through my plan'
            r"^\S+ (?:them|him|her|the panel|the team|everyone|the group) (?:through|thru|over)"
            r" (my\b.*)$",
            head,
            re.I,
        )
        head = mine.group(1) if mine else (head.split(" ", 1)[1] if " " in head else head)
    elif verb:
        head = f"how they {head}"
        doubts.append(f"it starts with '{verb}': say who did what")
    parts = [head]
    for seg in built[1:]:
        if seg.startswith(": "):  # 'my take-home: rate limiter design'
            seg = seg[2:].strip()
            if infer_kind(head, lexicon) == "exercise":  # 'my case: plan' -> 'on a plan'
                np = noun_phrase(_clean_tokens(seg, lexicon, ctx, doubts), lexicon)
                if np.startswith("the ") and not seg.lower().startswith("the "):
                    np = _an(np[4:].split()[0]) + " " + np[4:]
                parts.append("on " + np)
                continue
        words = seg.split()
        first = words[0].lower() if words else ""
        if first in _PREPOSITIONS or first in ("how", "which", "and"):
            parts.append(seg)
        elif re.match(r"^[\w-]+ to [\w-]+$", seg) and len(words) == 3:
            parts.append(f"from {seg}")
        elif words and first in lexicon.base_verbs:
            parts.append("to " + seg)
        elif _verb_lead(seg, lexicon):
            owner = re.search(r"\b([A-Za-z]+)['’]s\b", head)
            known = {w.lower(): w for n in names for w in n.split()}
            if owner and owner.group(1).lower() in known:
                who = known[owner.group(1).lower()]
            elif re.search(r"\bher\b", head, re.I):
                who = "she"
            else:
                who = "he" if re.search(r"\bhis\b", head, re.I) else "they"
            parts.append(f"and how {who} {seg}")
            doubts.append("a dash joins two notes")
        else:
            parts.append("and " + noun_phrase(seg, lexicon))
            doubts.append("a dash joins two notes")
    text = " ".join(parts)
    text = _NUMBER_SIGN.sub(r"number \1", text)
    text = re.sub(r"\s+", " ", sub_outside_names(_SYMBOLS, " ", text)).strip(" ,")
    text = re.sub(
        r"\b(\d+) (?:(week|year|month|day|hour|minute)s|(week|year|month)) "
        r"(?!of\b|ago\b|in\b|on\b|at\b|to\b|from\b|and\b|or\b|per\b|a\b|the\b|before\b|"
        r"after\b|left\b)(?=[a-z])",
        lambda m: f"{m.group(1)}-{m.group(2) or m.group(3)} ",  # '12 week' orientation, too
        text,
    )
    if re.match(r"^\d+-(week|year|month|day|hour|minute) ", text):
        text = "the " + text
    if not re.search(r"\b(for|in|by|of|until|from|to|since|during) 20\d\d$", text):
        text = re.sub(r"(?<=[a-z]) (20\d\d)$", r" for \1", text)
    text = re.sub(
        r"\bas (?!a |an |the |part\b|well\b|soon\b|much\b|many\b|long\b|far\b|needed\b|"
        r"usual\b|of\b|if\b|[A-Z]{2,})([a-z][\w-]*)",
        lambda m: f"as {_an(m.group(1))} {m.group(1)}",
        text,
    )
    text = known_names(text, names)
    doubts += _unsure(raw, text, lexicon, names)
    kind = given or ("process" if verb and not own else infer_kind(raw, lexicon, items))
    keep = [w for n in names for w in n.split()]
    states = lexicon.standalone.get("own_states", frozenset())
    them = noun_phrase(_point_of_view(text, True, states), lexicon, keep)
    about = noun_phrase(_point_of_view(text, False, states), lexicon, keep)
    return Phrase(raw, them, about, kind, given is not None, tuple(dict.fromkeys(doubts)))


# Things a candidate does in a test, jotted without 'I' ('cooked the hake for the trial shift').
_OWN_ACTS = frozenset(
    [
        "cooked",
        "baked",
        "made",
        "prepared",
        "presented",
        "pitched",
        "demoed",
        "did",
        "gave",
        "ran",
        "sat",
        "completed",
        "wrote",
        "built",
        "designed",
        "plated",
        "taught",
        "delivered",
        "drew",
        "coded",
    ]
)
_TEST_WORDS = frozenset(
    [
        "shift",
        "test",
        "task",
        "trial",
        "assessment",
        "tasting",
        "exercise",
        "presentation",
        "interview",
        "round",
        "lesson",
        "demo",
        "case",
    ]
)


def _is_test(text: str, lexicon: Lexicon) -> bool:
    low = f" {text.lower()} "
    cues = lexicon.kind_cues.get("exercise", ())
    return any(f" {c} " in low for c in cues) or text.lower().split()[-1] in _TEST_WORDS


# Jotting symbols: a topic typed with one is never sure of its words ('4* -> 5*', '1M/sec').
_FINITE = re.compile(
    r"\b(?:is|are|was|were|has|had|needs|wants|keeps|said|says|asked|told|showed|did|"
    r"does|thinks|thought|mentioned|wants|likes|loves|hates|went|got|gets)\b"
)
_LOWER_PLACE = re.compile(
    r"\b(?:at|in|from|near) (?!the |a |an |your |our |my |this |that )[a-z]+ "
    r"(?:store|site|office|branch|plant|warehouse|campus|clinic|location|centre|center|hotel|"
    r"school|hospital|depot|mall)\b"
)
_COMMON_OWNERS = frozenset(
    [
        "year",
        "week",
        "month",
        "day",
        "today",
        "tomorrow",
        "yesterday",
        "team",
        "company",
        "city",
        "school",
        "hospital",
        "unit",
        "ward",
        "store",
        "site",
        "department",
        "everyone",
        "nobody",
        "client",
        "customer",
        "patient",
        "people",
    ]
)
_MORE_THAN = re.compile(
    r"(?<![\w$£€₹¥])((?:[A-Z]{1,2}\$?|[$£€₹¥])?\d[\d,.]*(?:[kKmM]|bn|mn)?)\+(?=\s|$|[,;)])"
)
_JOT_SYMBOLS = re.compile(r"[=+<>|~#*^\\/%@]|->|=>|→|⇒|—>|(?<![A-Za-z] )&(?! [A-Z])")
_THIRD_PERSON = re.compile(r"\b(?:he|she|his|her|hers|him|himself|herself|he's|she's)\b", re.I)
_UNITS = (
    r"(?:years?|months?|weeks?|days?|hours?|minutes?|people|staff|beds?|rooms?|stores?|sites?|"
    r"engineers?|nurses?|students?|kids|children|pupils|reports?|clients?|locations?|branches)"
)
_COUNTED = re.compile(r"[a-z]{3,}[^s\W]s")  # a plural noun after a count ('smallholders')
_MEASURES = r"(?:[kMGT]W|[kMGT]Wh|km|kg|MB|GB|TB|kV|MVA|mph|km/h|sq ft|m2|m²|ha|acres|tonnes|tons)"
_PLAIN_NUMBER = re.compile(r"^(?:(?:19|20)\d\d|[QH][1-4]|[1-9]\d{0,2}(?:st|nd|rd|th)|[A-Z]+\d+)$")


_FUNCTION_WORDS = frozenset(
    ["every", "during", "into", "onto", "via", "per", "than", "then", "while", "whilst",
     "across", "each", "both", "such", "more", "most", "less", "fewer", "very", "not", "nor",
     "yet", "also", "still", "just", "only", "once", "twice", "ago", "own", "other", "another",
     "same", "after", "before", "since", "until", "within", "without", "between", "among",
     "against", "toward", "towards", "upon", "off", "out", "over", "under", "around", "about",
     "through", "throughout", "why", "how", "what", "which", "who", "whom", "whose", "where",
     "when", "whether", "there", "here", "their", "your", "yours", "you", "our", "its"]
)  # fmt: skip


def _jotted_sentence(text: str, lexicon: Lexicon) -> bool:
    """'the team runs lean', 'ED sees 200 a day', 'they use Epic': a subject and its verb,
    not a topic a sentence can be about."""
    ws = [w.strip(",.;:()") for w in text.split()]
    ws = ws[1:] if ws and ws[0].lower() in ("the", "your", "a", "an", "our") else ws
    if ws and ws[0].lower() in ("they", "it", "you", "we", "he", "she", "there"):
        return True
    for i in range(1, len(ws)):
        word = ws[i].lower()
        prev = ws[i - 1]
        low = prev.lower()
        plural = low.endswith("s") and not low.endswith(("ss", "us", "is"))
        if plural and f"{word}s" in lexicon.jotted_verbs and word not in _DETERMINERS:
            return True  # 'new grads get', 'nurses work': a plural subject and its verb
        if word not in lexicon.jotted_verbs:
            continue
        if low in _DETERMINERS or low in _FUNCTION_WORDS or low in _PREPOSITIONS:
            continue
        if prev.isupper() and len(prev) > 1:  # 'ED sees', 'CEO wants'
            return True
        if plural:
            continue  # 'data pipelines', 'new hires': a plural, so 'uses' may be a noun
        if lexicon.is_noun is None or lexicon.is_noun(low):
            return True
    return False


# Two-letter words English writes in lower case; any other ('mx', 'tx', 'ss') is shorthand.
_TWO_LETTER_WORDS = frozenset(
    ["of", "to", "in", "on", "at", "by", "an", "as", "is", "it", "or", "if", "up", "we", "us",
     "my", "me", "be", "do", "go", "no", "so", "he", "am", "ok", "oh", "vs", "re", "ex"]
)  # fmt: skip


def unknown_two_letters(text: str, lexicon: Lexicon) -> str | None:
    """A two-letter lower-case token of a phrase that is no English word and no shorthand the
    data expands ('mx backlog', 'ss knitwear'): a reader cannot tell what it stands for."""
    measured = measure_spans(text, lexicon)
    for m in re.finditer(r"(?<![\w'’.@/-])([a-z]{2})(?![\w'’@/-])", text):
        if measured and _in_spans(m.start(1), m.end(1), measured):
            continue  # 'sq ft', 'kg': a figure's unit
        word = m.group(1)
        if word not in _TWO_LETTER_WORDS and word not in lexicon.shorthand:
            return word
    return None


def unknown_word(text: str, lexicon: Lexicon) -> str | None:
    """A lower-case word of a phrase that is neither an English word, nor shorthand, nor a
    word of the trade the data lists: maybe a name typed in lower case ('costco')."""
    if lexicon.known_word is None:
        return None
    for word in re.findall(r"(?<![\w'’-])[a-z][a-z'’-]*[a-z](?![\w-])", text):
        if re.sub(r"['’]s$", "", word) in lexicon.shorthand:
            continue  # 'e-comm': shorthand whole, whatever its parts
        for part in re.sub(r"['’]s$", "", word).split("-"):
            if (
                len(part) < 3
                or part in lexicon.stopwords
                or part in _FUNCTION_WORDS
                or part in _PREPOSITIONS
                or part in _DETERMINERS
                or part in lexicon.known_words
                or part in lexicon.shorthand
                or part in _NUMBER_WORDS.values()
                or lexicon.known_word(part)
            ):
                continue
            return part
    return None


# A subject and a participle that never describes a noun ('team doing', 'nurses wanting').
_SUBJECT_PARTICIPLE = re.compile(
    r"\b([A-Za-z]{2,}) (?:doing|having|getting|trying|wanting|needing|looking|saying|being|"
    r"putting|pushing)\b"
)


def _unsure(raw: str, text: str, lexicon: Lexicon, names: Sequence[str]) -> list[str]:
    """Why a phrase is still a guess after rewriting (what a recruiter would stumble on):
    jotting symbols, someone in the third person, numbers it cannot say in words, a word
    that is still shorthand, a lower-case word the record writes with a capital."""
    why: list[str] = []
    bare = re.sub(r"\S+@\S+", " ", raw)
    known = [n for n in names if n]
    for name in sorted(known, key=len, reverse=True):
        bare = re.sub(rf"(?<![\w-]){re.escape(name)}(?![\w-])", " ", bare, flags=re.I)
    bare = re.sub(r"(?<!\S)w/o?(?=\s)|(?<=[A-Za-z]) [+&] (?=[A-Za-z])", " ", bare)
    bare = _MORE_THAN.sub(r"\1", without_symbol_names(bare))
    if _JOT_SYMBOLS.search(bare):
        why.append("a symbol needs words")
    if re.search(r"(?<![\w'’-])[b-hj-z](?![\w'’.-])", text):
        why.append("a single letter needs words")
    if re.search(
        r"\b[a-z]{3,}s (?!need|based|related|used|owned|led|driven)[a-z]{3,}ed\b", text
    ) or _FINITE.search(text):
        why.append(JOTTED_SENTENCE)
    if _LOWER_PLACE.search(text):
        why.append("a place name in lower case")
    if re.search(r"\b[a-z]{3,} (?:launching|starting|opening|going|rolling|coming|moving)\b", text):
        why.append(JOTTED_SENTENCE)  # 'your rebrand launching in Q1'
    for m in _SUBJECT_PARTICIPLE.finditer(text):
        if m.group(1).lower() not in _PREPOSITIONS | _DETERMINERS | _FUNCTION_WORDS:
            why.append(JOTTED_SENTENCE)  # 'CP team doing loads of renewables': half a sentence
            break
    if re.search(r"(?:^|\s)(?:the |your )?(?:me|I|we|us|our)\b", text):
        why.append("it says 'I' or 'we': say it as you would to them")
    for m in re.finditer(r"\b([a-z][a-z-]+)['’]s\b", text):
        if m.group(1) not in _COMMON_OWNERS:
            why.append(f"'{m.group(1)}' looks like a name in lower case")
            break
    if re.search(r"\([^)]*\)", raw):
        why.append("brackets need words")
    if _THIRD_PERSON.search(text):
        why.append("it speaks of someone in the third person")
    words = text.split()
    for i, word in enumerate(words):
        token = word.strip(",.;:()")
        if not any(c.isdigit() for c in token):
            continue
        after = words[i + 1].strip(",.;:()").lower() if i + 1 < len(words) else ""
        if _PLAIN_NUMBER.match(token) or token.lower() in lexicon.upper:
            continue
        if re.fullmatch(r"[1-9]\d{0,2}", token) and re.fullmatch(_UNITS, after):
            continue
        if re.fullmatch(r"[1-9]\d{0,2}(?:,\d{3})*", token) and _COUNTED.fullmatch(after):
            continue  # '800 smallholders', '60 suppliers': a count of things, read as written
        unit = words[i + 1].strip(",.;:()") if after else ""
        if re.fullmatch(r"\d+(?:\.\d+)?", token) and re.fullmatch(_MEASURES, unit):
            continue  # '1.8 GW', '40 km': a measure in its unit
        if re.fullmatch(r"[1-9]\d{0,2}-[a-z]+", token) or (i and words[i - 1][:1].isupper()):
            continue  # '12-hour', 'Year 10', 'SOC 2'
        why.append(f"'{token}': say what the figure is, in figures as you would write it")
        break
    if _jotted_sentence(text, lexicon):
        why.append(JOTTED_SENTENCE)
    unknown = unknown_word(text, lexicon)
    if unknown:
        why.append(f"'{unknown}' may be a name or a term written in lower case")
    short = unknown_two_letters(text, lexicon)
    if short:
        why.append(f"'{short}' looks like shorthand: say what it stands for")
    for w in re.findall(r"(?<![\w'’-])[A-Za-z][a-z]*(?![\w-]|['’](?!s\b))", text):
        low = w.lower()
        expands = low in lexicon.shorthand and lexicon.shorthand[low].lower() != low
        expands = expands and low not in lexicon.shorthand_when  # 'sat at …' as typed
        if expands and (low not in _COMMON_WORDS or low in ("pt", "ot", "er", "ed", "ms")):
            why.append(f"'{w}' is still shorthand")
            break
    return why


def leaked(text: str, lexicon: Lexicon) -> list[str]:
    """Shorthand and note symbols left in prose (what a finished note must not contain)."""
    found: list[str] = []
    plain = without_symbol_names(text)
    for m in re.finditer(r"(?<!\w)(?:->|=>|→|⇒|=|\+|&|~|\bw/o?(?!\w)|\bb/c\b)(?!\w)", plain):
        found.append(m.group())
    return found + shorthand_words(text, lexicon)


def shorthand_words(text: str, lexicon: Lexicon) -> list[str]:
    """The words of `text` that are jotted shorthand, said as typed: shorthand the data
    expands ('mgr') and shorthand that may mean two things ('recon': reconciliation or
    reconstruction, 'prog', 'reno'), in lower case; never a short word that is plain English
    in a sentence (`_COMMON_WORDS`), an acronym, or a word that is shorthand only beside
    another ('sat at the table')."""
    found: list[str] = []
    measured = measure_spans(text, lexicon)
    for m in re.finditer(r"(?<![\w@.])([A-Za-z]+)(?![\w@]|\.\w)", text):
        if measured and _in_spans(m.start(1), m.end(1), measured):
            continue  # '2 lakh sq ft': a unit, as people write it
        low = m.group(1).lower()
        short = lexicon.shorthand.get(low, low) != low or low in lexicon.ambiguous
        if (
            short
            and low not in lexicon.upper
            and low not in _COMMON_WORDS
            and not m.group(1)[:1].isupper()
            and low not in lexicon.shorthand_when  # 'sat at the table': the word, as typed
        ):
            found.append(m.group(1))
    return found


# Short words that are shorthand in a jotted note but plain English in a sentence.
_COMMON_WORDS = frozenset(
    [
        "re",
        "w",
        "n",
        "co",
        "min",
        "ed",
        "ms",
        "q",
        "pt",
        "ot",
        "er",
        "pm",
        "pr",
        "ar",
        "ap",
        "mo",
        "prev",
        "dev",
        "ops",
        "info",
        "exp",
        "demo",
        "temp",
        "perm",
        "est",
        "doc",
        "docs",
        "spec",
        "specs",
        "prod",
        "loc",
        "div",
        "comm",
        "pop",
        "gov",
        "admin",
    ]
)


# --- qualifications ------------------------------------------------------------------------


@dataclass(frozen=True)
class Qualification:
    """A profile line and how it reads: `form` is sentence, achievement, credential, years,
    adjective, person, degree, gerund or noun; `clause` is an independent clause starting with
    'I' ('I am CPR and First Aid certified', 'I have three years of ICU experience')."""

    raw: str
    form: str
    clause: str
    text: str
    sure: bool = True  # False: no form fits ('I bring OSHA 30'); a note leaves it out
    doubt: str = ""  # why it is not sure, when the slot grammar says ('… is not a person')


_ROLE_HEADS = frozenset(
    [
        "lead",
        "head",
        "owner",
        "captain",
        "chair",
        "chairperson",
        "champion",
        "rep",
        "representative",
        "coordinator",
        "officer",
        "keyholder",
        "supervisor",
        "manager",
        "director",
        "president",
        "secretary",
        "treasurer",
        "steward",
        "marshal",
    ]
)
_DEGREES = frozenset(
    [
        "bachelor",
        "bachelor's",
        "master",
        "master's",
        "phd",
        "doctorate",
        "associate",
        "associate's",
        "ba",
        "bs",
        "bsc",
        "ma",
        "ms",
        "msc",
        "mba",
        "bsn",
        "msn",
        "dnp",
        "llb",
        "llm",
        "jd",
        "bed",
        "med",
        "pgce",
        "diploma",
        "degree",
        "beng",
        "meng",
        "bcom",
        "mph",
        "b.com",
        "m.com",
        "b.tech",
        "m.tech",
        "btech",
        "mtech",
        "b.sc",
        "m.sc",
        "b.e",
        "bca",
        "mca",
    ]
)
_ADJECTIVES = frozenset(
    [
        "fluent",
        "bilingual",
        "trilingual",
        "multilingual",
        "proficient",
        "familiar",
        "comfortable",
        "skilled",
        "experienced",
        "trained",
        "qualified",
        "conversational",
        "adept",
        "versed",
    ]
)
_YEARS = re.compile(
    r"^(?P<pre>(?:over|nearly|almost|about|more than)\s+)?(?P<n>(?:\d+|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
    r"nineteen|twenty|thirty|several|many)(?:\s+and\s+a\s+half)?|\d+\.5)\+?\s+"
    r"(?P<unit>years?|yrs?|months?)\b'?\s*(?P<rest>.*)$",
    re.IGNORECASE,
)


def _field_then_place(text: str, lexicon: Lexicon) -> tuple[str, str, str] | None:
    """'front office at a 200-room hotel' -> ('front office', 'at', 'a 200-room hotel'): a
    short field of work (no verb, not already 'experience') and where it was done."""
    m = re.match(r"^([A-Za-z][\w&/-]*(?: [A-Za-z][\w&/-]*){0,2}) (at|in|with|for) (.+)$", text)
    if not m:
        return None
    head = m.group(1)
    last = head.split()[-1].lower()
    if last in ("experience", "work", "roles", "role") or any(
        w.lower().endswith("ing") or w.lower() in _PREPOSITIONS for w in head.split()
    ):
        return None
    if m.group(2) == "in" and not re.match(r"(?:a|an|the|[A-Z])", m.group(3)):
        return None  # '3 yrs teaching in Surrey' is handled by the gerund rule
    return head, m.group(2), m.group(3)


_CHANGE_VERBS = frozenset(
    ["cut", "reduced", "lowered", "increased", "grew", "grown", "raised", "improved", "boosted"]
)
_ONE_OF_VERBS = frozenset(
    ["led", "ran", "run", "built", "managed", "created", "designed", "launched", "delivered",
     "developed", "organized", "organised", "coordinated", "implemented", "wrote", "written",
     "set up", "handled", "chaired", "supervised", "redesigned", "rebuilt", "introduced",
     "established", "piloted", "oversaw", "overseen", "headed", "started", "founded",
     "opened", "drafted", "planned"]
)  # fmt: skip
# A count jotted as the first word of a noun ('14-agent team', '8-car bank', '£250m
# refinancing'): what follows is one thing, and takes an article like any other.
_COUNT_MODIFIER = re.compile(
    r"^(?:(?:\d+|" + "|".join(_NUMBER_WORDS.values()) + r")-[a-z]+|[$£€]\d[\d.,]*[kKmMbB]?n?)$"
)


_OBJECT_ENDS = _PREPOSITIONS | {"up", "worth", "through", "that", "which", "who", "after",
                                 "before", "while", "using", "raising", "cutting"}  # fmt: skip


def _with_article(rest: str, verb: str, lexicon: Lexicon) -> str:
    """'led WCAG 2.1 AA audit for a bank' -> 'led a WCAG 2.1 AA audit for a bank': one
    singular thing made or led takes an article. Things joined by 'and' are each judged on
    their own ('teen programming and the summer reading club' needs none; 'on-call rota and
    incident review process' needs two); a count jotted on the noun ('14-agent team') counts
    as its first modifier."""
    ws = rest.split()
    if verb not in _ONE_OF_VERBS or not ws:
        return rest
    cut = next(
        (k for k, w in enumerate(ws) if k and w.lower() in _OBJECT_ENDS),
        len(ws),
    )
    parts: list[list[str]] = [[]]
    for w in ws[:cut]:
        if w.lower() == "and" and parts[-1]:
            parts.append([])
        else:
            parts[-1].append(w)
    if len(parts) > 2 or not all(parts):
        return rest
    if len(parts) == 2 and (len(parts[0]) == 1 or parts[0][0].lower() in _DETERMINERS):
        # 'Kafka and Flink pipeline': one thing of two kinds; 'the rota and review process':
        # the article serves both
        parts = [[*parts[0], "and", *parts[1]]]
    said = [_one_with_article(part, lexicon) for part in parts]
    return " and ".join(said) + ("" if cut == len(ws) else " " + " ".join(ws[cut:]))


_QUANTITY_WORDS = frozenset(
    ["my", "our", "their", "his", "her", "its", "more", "over", "about", "nearly", "almost",
     "some", "several", "many", "multiple", "numerous", "various", "both", "each", "every",
     "all", "most", "fewer", "less", "under", "around", "roughly", "approximately", "up"]
)  # fmt: skip


def _instrument_article(rest: str, lexicon: Lexicon) -> str:
    """'… by 40% with buddy system' -> '… with a buddy system': what a result was got with,
    a singular thing of [qualifications] instrument_heads jotted bare, takes 'a'."""

    def said(m: re.Match[str]) -> str:
        words = m.group(2).split()
        if words[0].lower() in _DETERMINERS | _QUANTITY_WORDS or any(
            w[:1].isupper() for w in words
        ):
            return m.group()
        return f"{m.group(1)} {_an(words[0])} {m.group(2)}"

    heads = "|".join(sorted(map(re.escape, lexicon.instrument_heads)))
    if not heads:
        return rest
    return re.sub(
        rf"\b(with|via|using|through)\s+((?:[a-z][\w-]*\s+){{0,2}}(?:{heads}))(?![\w-])", said, rest
    )


def _one_with_article(ws: list[str], lexicon: Lexicon) -> str:
    first = ws[0].lower()
    counted = bool(_COUNT_MODIFIER.match(first))
    money = counted and first[:1] in "$£€"
    if (
        first in _DETERMINERS
        or first in _QUANTITY_WORDS
        or (not counted and (first[:1].isdigit() or first[:1] in "$£€"))
        or first in _NUMBER_WORDS.values()
    ):
        return " ".join(ws)
    head = ws[-1].lower().strip(",")
    if (
        is_plural(" ".join(ws))
        or (head.endswith("ing") and not money)
        or (head in lexicon.mass_nouns and not counted)
        or all(w[:1].isupper() for w in ws)  # a name: 'Led Project Atlas'
    ):
        return " ".join(ws)
    return f"{_an(ws[0])} {' '.join(ws)}"


def _lower_lead(text: str, lexicon: Lexicon) -> str:
    """The first word lower-cased unless it is a name, an acronym or part of a title-case name
    ('Master of Public Health', 'Kafka Connect')."""
    first, _, rest = text.partition(" ")
    small = {"of", "and", "the", "for", "in", "on", "at", "to", "&"}
    # 'Bachelor of Science (Honours) in Geology': a word in brackets is read without them
    title_case = bool(rest) and all(w.strip("()")[:1].isupper() or w in small for w in rest.split())
    if (
        (first.isupper() and len(first) > 1)
        or any(c.isupper() for c in first[1:])
        or first.lower() in lexicon.proper
        or (
            title_case
            and first.lower()
            not in _ADJECTIVES
            | {"native", "former", "certified", "knowledge", "experience", "expertise"}
        )
    ):
        return text
    return first[:1].lower() + first[1:] + (" " + rest if rest else "")


def _is_person_noun(word: str) -> bool:
    low = word.lower().strip(",")
    return (
        low.endswith(("er", "or", "ist", "ian", "ant", "ent", "nurse", "aide", "chef"))
        and len(low) > 3
    )


# A time that is over ('last season', 'in 2019', 'two years ago'): what was done then is said in
# the simple past ('I called 68 shows last season'), never 'I have called … last season'.
_FINISHED_TIME = re.compile(
    r"\b(?:last\s+(?:week|month|year|season|quarter|term|semester|summer|winter|spring|autumn|"
    r"fall|cycle|intake|tax\s+year|financial\s+year|school\s+year)|(?:in|during)\s+(?:19|20)\d\d"
    r"(?!\s*(?:-|–|to)\s*(?:present|now|date))|\w+\s+(?:years?|months?|weeks?)\s+ago|yesterday)\b",
    re.I,
)


_SPOKEN_CUE = re.compile(r"(?i)\b(?:bi|tri|multi)lingual\b|\bfluent\b|\bnative\b")
_OWN_CAR = re.compile(r" and (?:my |an? )?(?:own )?(?P<what>car|vehicle|van|transport|tools)$")
UNDER_WAY = "it is under way: say what you are completing ('I am completing a … course')"
LIST_OF_HELD = "it lists what you hold: no one of them is a thing you did"
_UNDER_WAY_MARK = re.compile(
    r"\s*[(,-]?\s*\b(?:in progress|ongoing|underway|under way)\b\)?(?:\s*,.*)?\s*$"
    r"|\s*,\s*(?:completing|finishing|due to finish|done)\s+(?:in\s+|by\s+)?"
    r"(?:(?:early|late|mid|next|this)\s+)?(?:spring|summer|autumn|fall|winter|year|term|"
    r"semester|jan\w*|feb\w*|mar\w*|apr\w*|may|june?|july?|aug\w*|sep\w*|oct\w*|nov\w*|"
    r"dec\w*|\d{4})\b[^,]*$",
    re.I,
)
_KEPT_CURRENT = re.compile(
    r"\s*[(,-]?\s*\b(?:current|valid|up to date|up-to-date|in date)\b\)?\s*$", re.I
)
# What one completes ('a HACCP course', 'an EFDA program'), and what one holds current.
_COURSE_HEADS = frozenset(
    ["course", "program", "programme", "diploma", "degree", "certificate", "certification",
     "qualification", "apprenticeship", "training", "module", "award", "traineeship"]
)  # fmt: skip
_HELD_HEADS = frozenset(
    ["licence", "license", "card", "certificate", "certification", "ticket", "registration",
     "permit", "endorsement", "check", "clearance"]
)  # fmt: skip


SHORTHAND_LEFT = "'{word}' is shorthand that may mean more than one thing: say it in full"


def qualification(raw: str, lexicon: Lexicon, part: bool = False) -> Qualification:
    """A profile line as `_qualification_said` reads it, left out when its words keep jotted
    shorthand ('ran the reno of 12 rooms': renovation or a place?), the gate every phrase of
    a note passes (`shorthand_words`)."""
    q = replace(_qualification_said(_GLUED_UNIT.sub(r"\1 \2", raw), lexicon, part), raw=raw)
    if q.sure and _NEGATED.search(q.clause):  # 'no cert' is never 'I hold a no certificate'
        return replace(q, sure=False, doubt=NEGATED)
    if q.form == "achievement":  # 'I have drafted the firm's note': the firm is mine
        q = replace(q, clause=own_workplace(q.clause, lexicon))
    short = shorthand_words(q.clause, lexicon) if q.sure else []
    return replace(q, sure=False, doubt=SHORTHAND_LEFT.format(word=short[0])) if short else q


NEGATED = "it says what you do not hold or have not done: say what you do ('I have used …')"
# A claim whose object is a negation ('I hold a no certificate', 'I am not certified'): the
# part of the line a note would say is the part that denies it.
_NEGATED = re.compile(
    r"^I(?:'ve|'m)? (?:(?:hold|have|am|bring|had|was|do|did|hold|can)(?: an?)? )?"
    r"(?:no|not|never|none|without|zero|don't|didn't|haven't|hadn't|can't|cannot)\b",
    re.I,
)


_THE_PLACE = re.compile(r"\bthe ((?:current|previous|former|last) )?([a-z]+)\b(?!-)")


def own_workplace(clause: str, lexicon: Lexicon) -> str:
    """A CV line's workplace named with 'the' said as the candidate's own ("I have drafted
    the firm's guidance note" -> "… my firm's …", "at the current institute" -> "at my current
    institute"; data/phrasing.toml own_workplaces): with 'the', a recruiter reads the work as
    done for the new employer."""

    def mine(m: re.Match[str]) -> str:
        if m.group(2) not in lexicon.own_workplaces:
            return m.group()
        return f"my {m.group(1) or ''}{m.group(2)}"

    return _THE_PLACE.sub(mine, clause)


_THEN = re.compile(r"^[^,;]{6,}?(?:,|;)\s*(?:and\s+)?then\s+(?=\S)", re.I)


def _qualification_said(raw: str, lexicon: Lexicon, part: bool = False) -> Qualification:
    """A profile line in its grammatical form (`_qualification_line`), with three shapes of
    jotted line said for what they are, or left out: a course under way ('HACCP course - in
    progress' -> 'I am completing a HACCP course'; 'site lead in progress' is not sure), a
    credential kept current ('ALS/PALS current' -> 'I hold current ALS and PALS
    certification', 'forklift licence current' -> 'I hold a current forklift licence'), and
    a list of things held, never said as a deed by its last part ('Gas Safe, working at
    heights, confined space' is never 'I have confined space')."""
    then = _THEN.match(raw)
    if then and not part:
        # '8 yrs audit at a mid-tier firm, then 5 yrs finance manager at an approved housing
        # body': a career in turn; the later years are said (never 'the then 5 years …')
        later = qualification(raw[then.end() :], lexicon, part)
        if later.sure and later.form == "years":  # 'then shift lead': the years before stay
            return replace(later, raw=raw)
    if _SPOKEN_CUE.search(raw) and re.search(r"(?i)\beng\b", raw):  # 'bilingual eng/spanish'
        spoken = qualification(re.sub(r"(?i)\beng\b", "English", raw), lexicon, part)
        return replace(spoken, raw=raw)
    q = _qualification_line(raw, lexicon, part)
    owned = _OWN_CAR.search(q.clause) if q.form == "credential" else None
    if owned:  # 'full licence + car': the licence is held, the car owned
        q = replace(q, clause=f"{q.clause[: owned.start()]} and have my own {owned['what']}")
    under = _UNDER_WAY_MARK.search(raw)
    if under and under.start() > 0 and not q.clause.startswith("I am completing"):
        said = clean_words(raw[: under.start()].strip(" -,("), lexicon) or ""
        lead = said.split()[0] if said.split() else ""
        if (
            said.split()
            and said.split()[-1].lower() in _COURSE_HEADS
            and not (lead.islower() and lead.endswith("ed"))  # 'certified … course': to be
        ):
            det = "" if said.split()[-1].lower() == "training" else f"{_an(said)} "
            return Qualification(raw, "degree", f"I am completing {det}{said}", said)
        return Qualification(raw, q.form, q.clause, q.text, False, UNDER_WAY)
    kept = _KEPT_CURRENT.search(raw)
    if kept and kept.start() > 0 and not q.sure:
        said = clean_words(raw[: kept.start()].strip(" -,("), lexicon) or ""
        words = said.split()
        if (
            words
            and all(w.isupper() and w.isalpha() or w == "and" for w in words)
            and (words[-1] != "and")
        ):
            return Qualification(raw, "credential", f"I hold current {said} certification", said)
        if words and words[-1].lower() in _HELD_HEADS:
            return Qualification(raw, "credential", f"I hold a current {said}", said)
    first = raw.split(",")[0].strip().lower()
    if q.sure and q.form == "achievement" and "," in raw and not q.text.lower().startswith(first):
        return replace(q, sure=False, doubt=LIST_OF_HELD)
    return q


def _qualification_line(raw: str, lexicon: Lexicon, part: bool = False) -> Qualification:
    """A profile line in its grammatical form (see Qualification). A line of several parts
    ('PCT certified, 2 yrs on a tele unit') reads as its first part that has a form; a line
    with no form it knows is not `sure` (a note leaves it out). Every clause is then read by
    the slot grammar (`in_grammar`): one that does not read is not sure either. `part`: `raw`
    is a part of a line ('assessment' of 'duty & assessment'), not a line of its own."""
    past = _PAST_SPAN.search(raw)
    if past and past.start() > 0:  # 'Line cook, 2014-2018': a job held and left
        held = qualification(raw[: past.start()], lexicon, part)
        if held.sure and held.form == "person" and held.clause.startswith("I am "):
            return replace(held, raw=raw, clause=f"I served as {held.clause[5:]}")
        if held.form in ("person", "noun"):
            return replace(held, raw=raw, sure=False, doubt=PAST_ROLE)
    text = _employer_at(raw, lexicon)
    shaped = _team_line(text) or _two_held(text, lexicon) or _degree_line(text, lexicon)
    shaped = shaped or _registered_person(text, lexicon)
    shaped = shaped or _years_as(text, lexicon)
    if shaped is not None:
        shaped = _with_subject(replace(shaped, raw=raw), lexicon)
        return (
            replace(shaped, sure=False, doubt=GARBLED) if _GARBLED.search(shaped.clause) else shaped
        )
    if _GRADE.fullmatch(text.strip(" .")):
        return Qualification(raw, "noun", f"I bring {text}", text, sure=False, doubt=GRADE_ALONE)
    q = _known_words(in_grammar(_qualification_form(text, lexicon, part), lexicon), lexicon)
    q = _with_subject(replace(q, raw=raw), lexicon)
    if q.sure and _shorthand_in_name(text, lexicon):
        return replace(q, sure=False, doubt=SHORTHAND_IN_NAME)
    if q.sure and _GARBLED.search(q.clause):
        return replace(q, sure=False, doubt=GARBLED)
    return q


GRADE_ALONE = "a degree's class alone says nothing without the degree ('I am a Second Class Upper')"
_GRADE = re.compile(
    r"(?i)(?:(?:first|second|third|1st|2nd|3rd)[- ]class(?:[- ](?:upper|lower)(?: division)?)?"
    r"|(?:upper|lower) second(?:[- ]class)?|[123]:[12]|distinction|merit|pass)(?: hon(?:ou)?rs)?"
)
GARBLED = "the frame met a word it cannot take ('a BEng in and …', 'I am as of 2023')"
# A frame that met the wrong word: a preposition before 'and', two articles in a row, 'I am'
# before a preposition. Never in a sentence a note says.
_GARBLED = re.compile(
    r"\b(?:in|from|of|as|with|at|to)\s+(?:and|or)\b|\b(?:the|an?)\s+(?:the|an?|as)\b|"
    r"^I am (?:as|in|at|of|on|for)\b",
    re.I,
)


PAST_ROLE = "a job dated as ended is not said in the present ('I am a line cook')"
# A job dated with an end year ('2014-2018', '(2019 to 2021)', 'until 2015'), after its
# employer or not: the job is held no more. An open range ('2021-present') is not matched.
_PAST_SPAN = re.compile(
    r"(?:,\s*[A-Z][\w&'’.-]*(?:\s+[A-Za-z&][\w&'’.-]*){0,4})?[,;]?\s*\(?\s*"
    r"(?:(?:19|20)\d{2}\s*(?:-|–|—|to)\s*(?:19|20)?\d{2}|(?:until|till|to)\s+(?:19|20)\d{2})"
    r"\s*\)?\s*$"
)

SHORTHAND_IN_NAME = (
    "a shorthand word inside a capitalised name or field ('Public Admin'): expanding it "
    "half-cases the name, or reads it wrong ('Mass commercial')"
)


def _shorthand_in_name(text: str, lexicon: Lexicon) -> bool:
    """Whether a capitalised word the shorthand table would expand follows another
    capitalised word ('Mass Comm', 'Public Admin'): it is part of a name or a degree's field,
    which the table does not know ('comm' is 'commercial' in a jot). A run the table or the
    degree fields know whole ('Mass Comm', 'Comp Sci') is read whole first."""
    for whole in (*lexicon.shorthand, *lexicon.degree_fields):
        if " " in whole:
            text = re.sub(rf"(?<![\w-]){re.escape(whole)}(?![\w-])", " ", text, flags=re.I)
    ws = [w.strip(",.;:()") for w in text.split()]
    return any(
        w.lower() in lexicon.shorthand
        and w[:1].isupper()
        and w[1:].islower()
        and before.isalpha()
        and before[:1].isupper()
        and before[1:].islower()
        for before, w in zip(ws, ws[1:], strict=False)
    )


def _with_subject(q: Qualification, lexicon: Lexicon) -> Qualification:
    """A clause whose part after a comma has no subject ('I have shadowed 40 cases, knows the
    sterile field': data subjectless_verbs) keeps the part before it when that is whole, and
    is not sure when it is not."""
    at = next(
        (
            m.start()
            for m in re.finditer(r",\s+(\w+)", q.clause)
            if m.group(1).lower() in lexicon.subjectless_verbs
        ),
        None,
    )
    if at is None or not q.sure:
        return q
    first = q.clause[:at]
    if len(first.split()) >= 4:
        return replace(q, clause=first)
    return replace(q, sure=False, doubt="a clause with no subject")


_NUMBER_NAMES = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                 "eleven", "twelve")  # fmt: skip
_COUNT = r"\d{1,4}|" + "|".join(_NUMBER_NAMES)
_TEAM = re.compile(
    r"^(?:(?P<verb>lead|leads|leading|led|manage|manages|managing|managed|run|runs|running|ran|"
    r"supervise|supervises|supervising|supervised|head|heads|heading|headed|oversee|oversaw)"
    r"\s+)?(?P<title>(?:the\s+)?(?:team\s+)?(?:lead|leader|head|manager|supervisor)\s+of\s+)?"
    r"(?:an?\s+|my\s+|the\s+)?team\s+of\s+(?P<n>" + _COUNT + r")"
    r"(?P<what>(?:\s+(?!now\b|currently\b|today\b)[a-z][\w-]*){0,2})"
    r"(?P<now>\s+(?:now|currently|today))?$",
    re.I,
)
_TEAM_PAST = {"led": "led", "managed": "managed", "ran": "run", "supervised": "supervised",
              "headed": "headed", "oversaw": "overseen"}  # fmt: skip
_TEAM_NOW = {"lead": "lead", "leads": "lead", "leading": "lead", "manage": "manage",
             "manages": "manage", "managing": "manage", "run": "run", "runs": "run",
             "running": "run", "supervise": "supervise", "supervises": "supervise",
             "supervising": "supervise", "head": "head", "heads": "head", "heading": "head",
             "oversee": "oversee"}  # fmt: skip


def _team_line(text: str) -> Qualification | None:
    """A count of people led, jotted: 'lead team of 9 now' -> 'I currently lead a team of
    nine'; 'lead of team of 14' -> 'I lead a team of 14'; 'managed team of 5' -> 'I have
    managed a team of five'; a bare 'team of 9' -> 'I have led a team of nine'."""
    m = _TEAM.match(" ".join(text.split()).strip(" ."))
    if not m:
        return None
    n = m.group("n").lower()
    count = spell_number(n) if n.isdigit() else n
    team = f"a team of {count}{m.group('what') or ''}"
    verb = (m.group("verb") or "").lower()
    if verb in _TEAM_PAST:
        clause = f"I have {_TEAM_PAST[verb]} {team}"
    elif verb in _TEAM_NOW or m.group("title") or m.group("now"):
        word = _TEAM_NOW.get(verb, "lead")
        clause = f"I {'currently ' if m.group('now') else ''}{word} {team}"
    else:
        clause = f"I have led {team}"
    return Qualification(text, "achievement", clause, team)


_DEGREE_SHOWN = {"masters": "master's", "master": "master's", "bachelors": "bachelor's",
                 "bachelor": "bachelor's", "phd": "PhD", "dphil": "DPhil", "mphil": "MPhil",
                 "bsc": "BSc", "msc": "MSc", "beng": "BEng", "meng": "MEng", "bcom": "BCom",
                 "bcomm": "BComm", "mres": "MRes", "btech": "BTech", "mtech": "MTech",
                 "mpharm": "MPharm", "bpharm": "BPharm", "bnsc": "BNSc", "bscn": "BScN",
                 "mteach": "MTeach", "bvsc": "BVSc"}  # fmt: skip
# Degrees that name their field ('LLB durham' is a law degree from Durham).
_FIELD_IN_NAME = frozenset(
    ["llb", "llm", "jd", "mba", "mbbs", "md", "dvm", "bvsc", "bvms", "bds", "bsn", "msn", "bnsc",
     "bscn", "mpharm", "bpharm", "dpt"]
)  # fmt: skip
_ENGINEERING_DEGREES = frozenset(["beng", "meng", "be", "me", "btech", "mtech"])
_BRANCHES = frozenset(["mechanical", "electrical", "civil", "chemical", "structural"])
_UNDER_WAY_DEGREE = re.compile(
    r"\b(?:in progress|ongoing|pending|expected|due|completing|underway|under way|current|"
    r"final year|part[- ]time)\b|^\S+\s+(?:of|in)\b",
    re.I,
)
_YEAR_AT_END = re.compile(r"[\s,]+(?:19|20)\d\d$")


def _degree_word(word: str, lexicon: Lexicon) -> str | None:
    key = re.sub(r"[.'’]", "", word).lower()
    if key not in lexicon.degrees and key not in {d.replace(".", "") for d in _DEGREES}:
        return None
    if word.islower() and key not in _DEGREE_SHOWN:
        return None  # 'me', 'ma', 'bed' in lower case are words
    if word.islower():
        return _DEGREE_SHOWN[key]
    return word


def _known(low: str, lexicon: Lexicon) -> bool:
    return lexicon.known_word is not None and lexicon.known_word(low)


def _field_or_school(text: str, degree: str, word: str) -> Qualification:
    """A degree whose next word may be its field or its school: not said (the user asked)."""
    doubt = f"'{word}' may be the field or the school: say which"
    return Qualification(text, "degree", f"I hold {_an(degree)} {degree}", degree, False, doubt)


def _a_subject(low: str, lexicon: Lexicon) -> bool:
    """An everyday noun after a degree that names its field ('MBA finance'), never a
    place's name ('LLB durham')."""
    classes = lexicon.word_classes(low) if lexicon.word_classes is not None else frozenset()
    return _known(low, lexicon) and "NOUN" in classes


_CLIPPED_END = re.compile(r"[^aeiouy\W\d]{3,}$|[^aeiouy\W\d]{2}t$")


def _clipped(word: str, lexicon: Lexicon) -> bool:
    """A word after a degree that may be its field typed short or a school's initials: an
    acronym no table lists as a field or a name ('ECE', 'SCM'; 'CS' is a field, 'LSE' a school
    only after a field), or a lower-case word that is no English word and ends as a clipped
    word does ('acctg', 'envtl'); never 'durham', 'manipal'."""
    bare, low, said = _acronym_after_degree(word, lexicon)
    if said is not None:
        return said
    if bare.islower() and low in lexicon.ambiguous:
        return True  # 'BA comm': communication, commerce or community
    return bare.islower() and not _known(low, lexicon) and bool(_CLIPPED_END.search(low))


def _acronym_after_degree(word: str, lexicon: Lexicon) -> tuple[str, str, bool | None]:
    """A word after a degree without its brackets, in lower case, and what its form alone
    says of it: False for a field or a name the tables list or a word not all letters, True
    for an acronym ('ECE', 'UNC'), None when its letters must say more."""
    bare = word.strip("()")
    low = bare.lower()
    if low in lexicon.degree_fields or low in lexicon.proper or not bare.isalpha():
        return bare, low, False
    if bare.isupper() and len(bare) >= 2:
        return bare, low, True
    return bare, low, None


def _is_school_word(word: str, lexicon: Lexicon, first: bool) -> bool:
    """A word that starts a school's name after a degree's field: an acronym ('UNC', 'KIT',
    'TU'), or a lower-case word that is no English word ('durham', 'unilag')."""
    bare, low, said = _acronym_after_degree(word, lexicon)
    if said is not None:
        return said
    if bare.islower() and lexicon.known_word is not None and not lexicon.known_word(low):
        return True
    return (
        bare[:1].isupper()
        and not first
        and lexicon.known_word is not None
        and not (lexicon.known_word(low))
    )


# A degree and a second thing held, joined by 'and': 'LLB (Hons) and LPC with distinction',
# 'BA & PGCE', 'MSc + MBA'. What follows the second is kept as typed ('with Distinction').
_TWO_HELD = re.compile(
    r"^(?P<a>[^,;]+?)\s+(?:and|&|\+)\s+(?P<b>[A-Z][A-Za-z0-9.-]*[A-Z0-9][A-Za-z0-9.-]*)"
    r"(?P<rest>(?:\s+(?:with|from|at)\s+[\w'’ &-]+|\s*\([^()]*\))?)$"
)


def _two_held(text: str, lexicon: Lexicon) -> Qualification | None:
    """A degree and a second degree or course held: 'LLB (Hons) and LPC with distinction' ->
    'I hold an LLB (Hons) and the LPC with distinction' (a course of [qualifications]
    definite_credentials takes 'the'), 'BA and PGCE' -> 'I hold a BA and a PGCE'. Said in one
    frame, the second's words as typed; never read as a school ('from And LPC'). None for any
    other line."""
    m = _TWO_HELD.match(" ".join(text.split()).strip(" ."))
    if not m or _degree_word(m.group("a").split()[0], lexicon) is None:
        return None
    hons = re.search(r"\s*(\(hons\.?\)|hons\.?)(?=\s|$)", m.group("a"), re.I)
    degree = m.group("a").split()[0]
    first = _checked(
        _qualification(m.group("a").replace(hons.group(), "") if hons else m.group("a"), lexicon)
    )
    if not first.sure or first.form != "degree" or not first.clause.startswith("I hold "):
        return None
    if hons:  # '(Hons)' as typed, after the degree: 'an LLB (Hons)'
        first = replace(
            first, clause=first.clause.replace(f" {degree}", f" {degree} {hons.group(1)}", 1)
        )
    b, rest = m.group("b"), m.group("rest")
    other = f"{'the' if b in lexicon.definite_credentials else _an(b)} {b}{rest}"
    clause = f"{first.clause} and {other}"
    return Qualification(text, "degree", clause, f"{first.text} and {b}{rest}")


def _degree_line(text: str, lexicon: Lexicon) -> Qualification | None:
    """A degree jotted with its field and school: 'BS math ed' -> 'I hold a BS in math
    education'; 'MSc mech eng TU graz' -> 'I hold an MSc
    in mechanical engineering from TU Graz'; 'LLB durham' -> 'I hold an LLB from Durham';
    'PhD CS (KIT)' -> 'I hold a PhD in computer science from KIT'. None for any other line."""
    work = _YEAR_AT_END.sub("", " ".join(text.split()).strip(" ."))
    graded = _DEGREE_GRADE.search(work)
    if graded and graded.start() > 0:  # 'MSc Marine Biology (distinction)': the grade after
        plain = _degree_line(work[: graded.start()] + work[graded.end() :], lexicon)
        grade = " ".join((graded.group("a") or graded.group("b") or "").split())  # as typed
        said = grade if "laude" in grade.lower() else f"with {grade}"
        return (
            replace(plain, raw=text, clause=f"{plain.clause} {said}")
            if plain is not None and plain.sure
            else None
        )
    work = _HONOURS.sub(" (Hons)", work)  # 'BA Honours in …': the degree's honours
    if "," in work or not work or _UNDER_WAY_DEGREE.search(work):
        return None  # 'MSc sports med in progress' is read as under way
    words = re.findall(r"\([^)]*\)|\S+", work)
    if len(words) == 2 and words[1].startswith("(") and words[1].lower() != "(hons)":
        return None  # 'LLB (Wits)', 'MBA (Finance)': a school or a field, no telling which
    degree = _degree_word(words[0], lexicon)
    if degree is None or len(words) < 2 or words[0].lower() in lexicon.held_credentials:
        return None
    hons = ""
    fields: list[str] = []
    school: list[str] = []
    rest = words[1:]
    key = re.sub(r"[.'’]", "", words[0]).lower()
    if rest[0].lower().strip("()") == "hons" and len(rest) > 1 and rest[1].lower() == "in":
        rest = [rest[0], *rest[2:]]  # 'BSc (Hons) in Quantity Surveying': 'in' is the frame's
    written = [w for w in rest if w.lower().strip("()") != "hons"]
    if written and written[0].lower() in lexicon.thesis_words:
        return _thesis_line(text, key, written, lexicon)
    typed = [w if not w.startswith("(") else "" for w in rest]
    i = 0
    while i < len(rest):
        word = rest[i]
        low = word.lower()
        if re.fullmatch(r"\(?hons\.?\)?", low):
            hons = " (Hons)"
        elif word.startswith("("):
            inner = word.strip("()").strip()
            inner = " ".join(lexicon.degree_fields.get(w.lower(), w) for w in inner.split())
            if not fields and any(_clipped(w, lexicon) and w.islower() for w in inner.split()):
                return _field_or_school(text, degree, inner)
            if inner and (fields or all(_is_school_word(w, lexicon, False) for w in inner.split())):
                school = inner.split()
            elif inner and not fields:
                fields += inner.split()
            else:
                return None
        elif _degree_word(word, lexicon) is not None and not fields:
            return None  # 'BA LLB (Hons)': two degrees, said as typed or not at all
        elif i + 1 < len(rest) and f"{low} {rest[i + 1].lower()}" in lexicon.degree_fields:
            fields.append(lexicon.degree_fields[f"{low} {rest[i + 1].lower()}"])
            i += 1
        elif low in lexicon.degree_fields and not school:
            fields.append(lexicon.degree_fields[low])
        elif not school and not fields and _clipped(word, lexicon):
            # 'B.Tech ECE', 'BCom acctg': the field typed short, or a school's initials; it
            # is said as neither ('from ECE' would name a school that is a field)
            return _field_or_school(text, degree, word)
        elif (
            school
            or _is_school_word(word, lexicon, not fields)
            or (key in _FIELD_IN_NAME and not (word.islower() and _a_subject(low, lexicon)))
            or (
                fields
                and word[:1].isupper()
                and (low in lexicon.proper or all(t.islower() for t in typed[:i]))
            )  # 'math ed Strathclyde', 'finance Mumbai'
        ):
            school.append(word)
        elif low in ("&", "+", "and"):
            if not fields or (i + 1 < len(rest) and rest[i + 1][:2].isupper()):
                return None  # 'BEng and CSCS card': a second thing held, never a school
            fields.append("and")
        elif low in lexicon.proper:
            fields.append(lexicon.proper[low])
        elif re.fullmatch(r"[a-z][a-z-]*", low):
            fields.append(low if word.islower() or lexicon.known_word is None else word)
        else:
            return None
        i += 1
    if not fields and not school:
        return None
    if any(is_person(w, lexicon.slots, lexicon.person_credentials) for w in fields):
        return None  # 'master electrician' is a trade's rank
    if any(
        w.lower() in lexicon.shorthand or w.lower() in _COMPANY_WORDS or not w.isalpha()
        for w in school
    ):
        return None  # 'Mumbai univ': a school jotted short is said as the user says it
    field_words = " ".join(fields).replace(" (Hons)", "")
    if "(Hons)" in fields:
        hons, field_words = " (Hons)", " ".join(f for f in fields if f != "(Hons)")
    if (
        field_words.split()
        and field_words.split()[-1] in _BRANCHES
        and (key in _ENGINEERING_DEGREES or len(field_words.split()) == 1)
    ):
        field_words += " engineering"
    shown_school = " ".join(w if not w.islower() else _cap_part(w) for w in school)
    clause = f"I hold {_an(degree)} {degree}{hons}"
    if field_words:
        clause += f" in {field_words}"
    if shown_school:
        clause += f" from {shown_school}"
    return Qualification(text, "degree", clause, f"{degree} {field_words}".strip())


# A grade typed after a degree, in brackets or not ('(distinction)', 'with merit', 'cum laude'):
# said after the degree as people say it, never read as its school ('from Distinction').
_DEGREE_GRADE = re.compile(
    r"\s*(?:\((?:with\s+)?(?P<a>(?:magna\s+|summa\s+)?cum\s+laude|distinction|merit)\)"
    r"|,?\s+(?:with\s+)?(?P<b>(?:magna\s+|summa\s+)?cum\s+laude|distinction|merit))"
    r"(?=\s|$|,)",
    re.I,
)
_HONOURS = re.compile(r"(?<=\w)\s+\(?hon(?:ou)?rs\.?\)?(?=\s|$|,)", re.I)


def _thesis_line(text: str, key: str, written: list[str], lexicon: Lexicon) -> Qualification | None:
    """A degree line naming its written work ('MSc thesis on moose browsing') -> 'I wrote my
    master's thesis on moose browsing'; None when the degree's level is unknown or nothing
    says what the work was on."""
    level = lexicon.thesis_levels.get(key)
    about = written[1:]
    if level is None or len(about) < 2 or about[0].lower() not in ("on", "about", "into"):
        return None  # 'MBBS thesis on …', 'MSc dissertation': said as typed or not at all
    work = f"my {level} {written[0].lower()} {' '.join(about)}"
    return Qualification(text, "achievement", f"I wrote {work}", work)


_REGISTERED = re.compile(
    r"^(?P<body>[A-Za-z&]{2,6})[- ](?P<how>registered|chartered|certified|licensed|accredited)"
    r"\s+(?P<person>[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,3})$"
)


def _registered_person(text: str, lexicon: Lexicon) -> Qualification | None:
    """What the candidate is, registered with a body: 'hcpc-registered Biomedical Scientist'
    -> 'I am an HCPC-registered biomedical scientist' (the body in its capitals)."""
    m = _REGISTERED.match(" ".join(text.split()).strip(" ."))
    if not m:
        return None
    person = m.group("person").split()
    if not is_person(person[-1], lexicon.slots, lexicon.person_credentials):
        return None
    body = m.group("body")
    if body.islower() and (lexicon.known_word is None or not lexicon.known_word(body)):
        body = body.upper()
    shown = [
        w.lower()
        if w[:1].isupper()
        and w[1:].islower()
        and lexicon.known_word is not None
        and lexicon.known_word(w.lower())
        and w.lower() not in lexicon.proper
        else w
        for w in person
    ]
    said = f"{body}-{m.group('how').lower()} {' '.join(shown)}"
    return Qualification(text, "person", f"I am {_an(body)} {said}", said)


_YEARS_AS = re.compile(
    r"^(?P<n>\d{1,2}|" + "|".join(_NUMBER_NAMES) + r")\+?\s*(?:yrs?|years?)\s+(?:as\s+)?"
    r"(?:an?\s+)?(?P<role>[a-z][\w&'’-]*(?:\s+[a-z][\w&'’-]*){0,3}?)"
    r"(?P<rest>\s+(?:in|at|for|with|before|on|across)\s+[^,()]+)?$"
)


def _years_as(text: str, lexicon: Lexicon) -> Qualification | None:
    """Years in a job jotted number first: '2 yrs paralegal in disputes' -> 'I have spent two
    years as a paralegal in disputes' (the last word of the job is a person's)."""
    whole = " ".join(text.split()).strip(" .")
    # a tail after a comma ('3 yrs associate in bristol, mixed NHS/private') is left out
    m = _YEARS_AS.match(whole) or _YEARS_AS.match(whole.split(",")[0].strip())
    if not m:
        return None
    role = clean_words(m.group("role"), lexicon)
    if not role or role.split()[0] in ("exp", "experience"):
        return None  # '3 yrs exp as barista' is read as experience
    if not is_person(role.split()[-1], lexicon.slots, lexicon.person_credentials):
        return None
    rest = clean_words(m.group("rest") or "", lexicon)
    if rest is None:
        return None
    return _spent_years(text, m.group("n"), role, _an(role), rest)


# The head of a workplace typed short, as a workplace says it ('tenants assoc').
_EMPLOYER_SHORT = {"co": "company", "assoc": "association", "dept": "department",
                   "uni": "university", "mfr": "manufacturer", "govt": "government"}  # fmt: skip
_AT_SIGN = re.compile(r"\s@\s*(?P<name>[^,()@]+?)(?=\s*(?:,|\(|$))")
_OWN_WORDS = frozenset(["a", "an", "the", "my", "our", "current", "previous", "prior",
                        "former", "last", "present"])  # fmt: skip


def _employer_at(raw: str, lexicon: Lexicon) -> str:
    """A workplace jotted after '@' said with 'at': a name in its capitals ('@ riverside
    arts' -> 'at Riverside Arts', '@ zydus' -> 'at Zydus'), a described one with 'a' ('@
    remittance co' -> 'at a remittance company'); 'at my current company' as before."""

    def at(m: re.Match[str]) -> str:
        name = " ".join(m.group("name").split())
        words = name.split()
        if not words or words[0].lower() in _OWN_WORDS or not name.islower():
            return f" at {name}"
        last = words[-1].lower()
        if last in lexicon.generic_employers:
            said = " ".join(
                _EMPLOYER_SHORT.get(w)
                or ("and" if w in ("+", "&") else lexicon.shorthand.get(w, w) if i else w)
                for i, w in enumerate(words)
            )
            return f" at {_an(said)} {said}"
        shown = [
            w.upper()
            if w in lexicon.upper
            else lexicon.proper.get(w, _cap_part(w))
            if i == 0 or w not in _COMPANY_SMALL
            else w
            for i, w in enumerate(words)
        ]
        return f" at {' '.join(shown)}"

    return _AT_SIGN.sub(at, raw)


# A line led by one of these is something under way or ahead, never experience: 'starting C1
# course in January', 'doing NEBOSH next month', 'studying for CPA exam'.
_UNDER_WAY = frozenset(
    ["starting", "beginning", "doing", "taking", "studying", "sitting", "completing",
     "finishing", "enrolling", "enrolled", "booked", "planning", "resitting", "retaking"]
)  # fmt: skip
_MY_JOB = re.compile(r"\b(at|in|with|from|on|for) (current|present|previous|former|last) ", re.I)
_AFTER_NAME = ("at", "for", "with", "from", "by", "of")


def _known_words(q: Qualification, lexicon: Lexicon) -> Qualification:
    """A clause a reader can follow: 'at current school' -> 'at my current school'. Not sure
    when it holds an abbreviation neither the data nor the credential lists know ('PP lead',
    'a BScN 2020 McMaster'), a lone lower-case letter ('a g licence'), or a lower-case word
    that is no English word ('a diplomado comercio exterior'): a reader would stumble on it.
    An abbreviation after 'at', 'for', 'with' or 'from' names an employer or a school ('four
    years at MBIE')."""
    if not q.sure or q.form == "sentence":
        return q
    lead = q.raw.split()[0].lower() if q.raw.split() else ""
    if q.form == "gerund" and lead in _UNDER_WAY:  # 'I have experience starting a course'
        return replace(q, sure=False, doubt="something under way: say it as 'I am …'")
    clause = q.clause
    held = re.match(r"^I hold (?:an? |the )?([a-z]+ing)\b(.*)$", clause)
    classes = lexicon.word_classes
    if held and classes is not None and "VBG" in classes(held.group(1)):
        # 'teaching GCSE maths' is something done, not held
        clause = f"I have experience {held.group(1)}{held.group(2)}"
        q = replace(q, form="gerund")
    clause = _MY_JOB.sub(lambda m: f"{m.group(1)} my {m.group(2).lower()} ", clause)
    q = replace(q, clause=clause)
    known = (
        lexicon.upper
        | lexicon.person_credentials
        | lexicon.held_credentials
        | {d.lower() for d in _DEGREES}
        | lexicon.known_words
    )
    words = clause.split()
    measured = measure_spans(clause, lexicon)
    places = [(m.start(), m.end()) for m in re.finditer(r"\S+", clause)]
    for i, word in enumerate(words):
        bare = word.strip(",.;:()'’")
        low = bare.lower()
        prev = words[i - 1].lower() if i else ""
        if measured and _in_spans(*places[i], measured):
            continue  # '2 lakh sq ft': a figure's unit, as people write it
        if re.fullmatch(r"[b-hj-z]", bare) or (
            bare.islower() and unknown_two_letters(bare, lexicon) and i > 1
        ):  # 'a g licence', '5 yrs mx planning'
            return replace(q, sure=False, doubt=f"'{bare}' needs words: say what it stands for")
        short = re.fullmatch(r"[A-Z]{2,3}|[A-Z][A-Za-z]{1,3}[A-Z]", bare)
        nxt = words[i + 1].strip(",.;:()") if i + 1 < len(words) else ""
        if (
            short
            and low not in known
            and prev not in _AFTER_NAME
            and nxt.islower()
            and is_person(nxt, lexicon.slots, lexicon.person_credentials)
        ):  # 'the PP lead', 'a CP coordinator': whose lead, only the candidate knows
            return replace(
                q, sure=False, doubt=f"'{bare}' may be an abbreviation a reader does not know"
            )
    if re.search(r"\bI am an? \S+ (?:19|20)\d\d [A-Z]", clause):
        return replace(q, sure=False, doubt="a year in the middle needs words ('in 2020')")
    foreign = [w for w in clause.split()[2:] if w.islower() and unknown_word(w, lexicon)]
    if len(foreign) >= 2:  # 'a diplomado comercio exterior': one jargon word may pass
        return replace(q, sure=False, doubt=f"'{' '.join(foreign)}' may not be English words")
    return q


_DEGREE_FIELD = re.compile(
    r"^(I (?:hold|am completing|am studying for) (?:a|an) )(\S+(?: \d)?) "
    r"((?!in |from |of |with )[a-z][\w -]*?)( from .+)?$"
)


_ROLE_YEARS = re.compile(
    r"^(?P<role>[A-Za-z][\w&'’ -]*?)\s+(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|"
    r"nine|ten)\s*(?:yrs?|years?)\b\s*(?:,.*)?$",
    re.I,
)


def _role_years(raw: str, lexicon: Lexicon) -> Qualification | None:
    """'shift lead 4 yrs, cold chain' -> 'I have spent four years as a shift lead': a job
    title and its years, jotted CV-style; the note after the comma is left out. None when the
    words before the years are no person's job."""
    m = _ROLE_YEARS.match(raw.strip())
    if not m:
        return None
    role = clean_words(m.group("role"), lexicon)
    if not role or role.split()[0].lower() in ("i", "my", "the"):
        return None
    last = role.split()[-1]
    if not is_person(last, lexicon.slots, lexicon.person_credentials):
        return None
    return _spent_years(raw, m.group("n"), role, _an(role.split()[0]))


def _spent_years(source: str, n: str, role: str, article: str, rest: str = "") -> Qualification:
    """'I have spent four years as a shift lead[ rest]': years in a job (`n` in digits or a
    number name), the job and its article, as a qualification of `source`."""
    n = n.lower()
    years = spell_number(n) if n.isdigit() else n
    unit = "year" if years == "one" else "years"
    clause = f"I have spent {years} {unit} as {article} {role}{' ' + rest if rest else ''}"
    return Qualification(source, "years", clause, role)


_FIELD_ENDINGS = ("ology", "ologies", "onomy", "ography", "istry", "ics", "ism", "ation",
                  "ysis", "iatry", "iatrics", "ture", "ing", "ence", "ance", "ry")  # fmt: skip


def in_grammar(q: Qualification, lexicon: Lexicon) -> Qualification:
    """A qualification after the slot grammar (core.slot_grammar.clause_fault). Two rules
    rephrase before it judges: a degree named before its field takes 'in' ('an MSc building
    services from TU Munich' -> 'an MSc in building services …'); a clause whose part after a
    comma does not read keeps the part before it when that is whole ('I have seven years of
    backend experience, with go' -> 'I have seven years of backend experience'). Not sure
    when neither reads."""
    classes = lexicon.word_classes
    if classes is None or q.form == "sentence":  # the user's own sentence, said as given
        return q
    if not q.sure or _ROLE_YEARS.match(q.raw.strip()):
        made = _role_years(q.raw, lexicon)
        if made is None:
            return q
        q = made
    clause = q.clause
    m = _DEGREE_FIELD.match(clause)
    if m and m.group(2).lower().rstrip(".") in _DEGREES and not m.group(3).startswith("degree"):
        clause = f"{m.group(1)}{m.group(2)} in {m.group(3)}{m.group(4) or ''}"
    school = re.search(r" in ([A-Z][a-z][\w'’-]*)\b", clause)
    if (
        school
        and q.form == "degree"
        and not classes(school.group(1).lower())
        and school.group(1).lower() not in lexicon.slots.fields
        and not school.group(1).lower().endswith(_FIELD_ENDINGS)
    ):  # 'an MBA in Kellogg': a name no dictionary has is the school ('Audiology' is a field)
        clause = clause.replace(f" in {school.group(1)}", f" from {school.group(1)}", 1)

    def fault(text: str) -> str | None:
        return clause_fault(
            text,
            lexicon.slots,
            classes,
            lexicon.person_credentials,
            _HELD | lexicon.held_nouns,
        )

    if not fault(clause):
        return replace(q, clause=clause)
    if ", " in clause:
        first, _, tail = clause.partition(", ")
        tail = re.sub(r"\s*\([^()]*\)$", "", tail)  # '(cards and ACH)': an aside
        if not fault(first) and _tail_reads(tail, lexicon):  # 'the last three in payments'
            return replace(q, clause=f"{first}, {tail}")
        if not fault(first) and len(first.split()) >= 4:
            return replace(q, clause=first)
    return replace(q, sure=False, doubt=fault(clause) or "")


_HELD = _DEGREES

# A word that points back at what came before it in the line ('six months of it on sterile
# products', 'two of those as lead', 'the same for nights'): a part that holds one says
# nothing alone.
_POINTS_BACK = re.compile(
    r"(?i)\b(?:it|them|that|those|these|this|which|both|the same|the rest|the latter|the former)"
    r"(?![\w'’-])"
)

_TAIL = re.compile(
    r"^(?:the (?:last|first) (?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
    r"|(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|most|some|half|all)"
    r"(?: (?:years?|months?|weeks?))? of (?:them|it|that|those)"
    r"|including)\s+(?P<rest>[a-z][\w' -]*)$"
)


def _tail_reads(tail: str, lexicon: Lexicon) -> bool:
    """Whether what follows a claim's comma says which part of it ('the last three as site
    agent', 'three of them on nights', 'including two trials') in plain words: a known
    English word or a name each, no symbol, not ending on a word that points on."""
    m = _TAIL.match(tail)
    if m is None or len(tail.split()) > 12:
        return False
    words = m.group("rest").split()
    closed = lexicon.slots.prepositions | lexicon.slots.determiners | lexicon.slots.conjunctions
    if not words or words[-1].lower() in closed or words[0].lower() in lexicon.slots.determiners:
        return False
    known = lexicon.known_word
    return all(
        w[:1].isupper() or w.isdigit() or known is None or known(w.lower().strip("'"))
        for w in words
    )


# The last word of a field of study ('Data Science', 'Nonprofit Management'), and the words
# that make a name a school's ('Hunter College', 'Cardiff University'): a degree is *in* the
# one and *from* the other.
_FIELD_HEADS = frozenset(
    ["science", "sciences", "studies", "management", "administration", "engineering",
     "nursing", "education", "finance", "accounting", "marketing", "economics", "law",
     "policy", "health", "design", "analytics", "technology", "mathematics", "maths",
     "psychology", "biology", "chemistry", "physics", "history", "informatics", "pharmacy",
     "medicine", "planning", "communications", "journalism", "linguistics", "philosophy",
     "sociology", "statistics", "geography", "architecture", "agriculture", "humanities"]
)  # fmt: skip
_SCHOOL_WORDS = frozenset(
    ["university", "college", "institute", "school", "academy", "polytechnic", "conservatoire",
     "conservatory", "seminary", "hochschule", "universität", "université", "universidad",
     "universiteit", "università", "universidade", "iit", "iim", "mit", "ucl", "lse"]
)  # fmt: skip


def _is_field(name: str) -> bool:
    """Whether a name after a degree is its field of study, not the school that gave it."""
    words = [w.lower().strip(".,") for w in name.split()]
    return bool(words) and words[-1] in _FIELD_HEADS and not set(words) & _SCHOOL_WORDS


def _qualification_form(raw: str, lexicon: Lexicon, piece: bool = False) -> Qualification:
    school = re.match(r"^([^,]+),\s*([A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,4})$", raw.strip())
    grade = r"\d|\b(?:GPA|CGPA|honou?rs|distinction|merit|cum)\b"
    if (
        school
        and school.group(2) != school.group(2).upper()
        and not re.search(grade, school.group(2), re.I)
    ):
        degree = _checked(_qualification(school.group(1), lexicon))
        field = _is_field(school.group(2))  # 'MSc, Data Science': what was studied
        if degree.sure and degree.form == "degree" and not (field and " in " in degree.clause):
            # 'an MBA from Kellogg'; 'an MSc in Data Science'
            clause = f"{degree.clause} {'in' if field else 'from'} {school.group(2)}"
            return Qualification(raw, "degree", clause, degree.text)
    joined = _MODIFIER_COMMA.sub(r"\1 ", raw)
    if joined != raw:  # 'a three-day, 400-delegate congress': one noun, said whole
        return _qualification_form(joined, lexicon, piece)
    whole = _checked(_qualification(raw, lexicon, whole_line=not piece))
    if whole.sure and _mixed_forms(raw, lexicon):
        return replace(whole, sure=False, doubt=MIXED_FORMS)
    if whole.sure or "," not in raw:
        return whole
    head, _, tail = raw.partition(", ")
    tail = re.sub(r"\s*\([^()]*\)$", "", tail.strip().rstrip("."))
    if _tail_reads(tail, lexicon):  # 'Eight years on site, the last three as site agent …'
        first = _checked(_qualification(head, lexicon, whole_line=not piece))
        if first.sure:
            return Qualification(raw, first.form, f"{first.clause}, {tail}", first.text)
    for n, part in enumerate(p for p in raw.split(",") if p.strip()):
        q = _checked(_qualification(part, lexicon))
        lead = part.split()[0].lower() if part.split() else ""
        if n and (q.form in ("gerund", "adjective") or lead in _ADJECTIVES):
            continue  # 'te reo - basic, doing a course', 'ACA (ICAEW), qualified at a big 4':
            # it says what the first part is ('I am qualified at a big 4' drops the ACA)
        if n and _POINTS_BACK.search(part):
            continue  # 'six months of it on sterile products': 'it' is the part before
        if _GRADE.fullmatch(part.strip(" .")):
            continue  # 'Second Class Upper': the class of the degree before it, no claim
        if _OPEN_NOUN.search(part) and not raw.rstrip().endswith(part.rstrip()):
            continue  # 'Delivered a three-day': the noun it qualifies is after the comma
        later = raw[raw.find(part) + len(part) :].lstrip(", ")
        if not raw.rstrip().endswith(part.rstrip()) and _ends_on_modifier(part, lexicon, later):
            continue  # 'Four years of maternal': its noun is after the list ('…, newborn and
            # child health programming')
        if q.sure and (len(q.text.split()) > 1 or q.form == "degree"):
            return Qualification(raw, q.form, q.clause, q.text)
    return whole


# A comma between two modifiers of one noun ('a two-week, 30-person audit', 'a busy, 40-bed
# ward'): the first is hyphenated or the one word after an article; the second is
# hyphenated or a count. A part that ends in an article and a hyphened word has lost its noun.
_MODIFIER = r"(?:[A-Za-z\d]+(?:-[A-Za-z\d]+)+|\d[\w.]*)"
_HYPHENED = r"[A-Za-z\d]+(?:-[A-Za-z\d]+)+"
_MODIFIER_COMMA = re.compile(
    rf"((?:\b{_HYPHENED}|\b(?:an?|the)\s+[a-z]+)),\s+(?={_HYPHENED}\s+[a-z])", re.I
)
_OPEN_NOUN = re.compile(rf"\b(?:an?|the)\s+{_HYPHENED}\s*$", re.I)


def _role_noun_line(ws: Sequence[str], lexicon: Lexicon) -> str | None:
    """The line said from its first word on in lower case when it names a post held with a
    first word that is also a verb ('Set designer for …', 'Cut editor on …', 'Lead carpenter
    on …'): a lower-case singular person noun after it makes the two one job title, never a
    deed ('I have set designer …'). None for any other line."""
    if len(ws) < 2 or not ws[1].islower() or lexicon.word_classes is None:
        return None
    first, second = ws[0].lower(), ws[1].strip(",;:").lower()
    person = is_person(second, lexicon.slots, lexicon.person_credentials)
    if not person or second in _ROLE_HEADS or is_plural(second):
        return None  # ('team lead for …' is a post served in: said so by its role head)
    if "NOUN" not in lexicon.word_classes(first) and "ADJ" not in lexicon.word_classes(first):
        return None
    if "NOUN" not in lexicon.word_classes(second):
        return None  # 'Led junior …': the word after is no person
    if len(ws) > 2 and ws[1][-1:] not in ",;:" and ws[2].lower() not in _PREPOSITIONS:
        return None  # 'Cut inpatient falls by 30%': the noun goes on, a deed's object
    return " ".join([first, *ws[1:]])


def _ends_on_modifier(part: str, lexicon: Lexicon, after: str = "") -> bool:
    """Whether a part of a line cut at a comma ends on a modifier of a noun in a later part
    (`after`, the text after the comma), so the part alone says nothing whole: a word that is
    only ever an adjective ('Four years of maternal'), or one word of a list of single words
    closed by 'and' before its noun ('neonatal, paediatric and adolescent dietetics')."""
    words = re.findall(r"[A-Za-z][\w'’-]*", part)
    if not words or not words[-1].islower():
        return False
    if _MODIFIER_LIST.match(after) and (part.split()[-2:-1] or [""])[0].lower() in _LIST_LEADS:
        return True
    if lexicon.word_classes is None:
        return False
    return lexicon.word_classes(words[-1]) == frozenset(["ADJ"])


# single words listed and closed by 'and'/'or' before more words ('paediatric and adolescent
# dietetics'), after a word that opens a phrase ('of neonatal, …', 'in neonatal, …')
_MODIFIER_LIST = re.compile(r"^[a-z][a-z-]*(?:, [a-z][a-z-]*)*,? (?:and|or) [a-z][a-z-]* \w")
_LIST_LEADS = frozenset(["of", "in", "on", "with", "for", "across", "covering"])


MIXED_FORMS = "'+' joins claims of different kinds (a degree and years): no one frame says both"
_HELD_FORMS = frozenset(["degree", "credential"])
_OWN_FORMS = frozenset(["held", "years", "achievement", "person"])


def _mixed_forms(raw: str, lexicon: Lexicon) -> bool:
    """Whether a line joins with '+' claims that each read in a different frame ('MS biotech
    + 2 yrs RA @ a CDMO': 'I hold …' and 'I have two years …'), so the frame of the first
    says the second wrong ('I hold an MS in biotech and 2 years RA')."""
    parts = [p for p in re.split(r"\s\+\s|\s&\s", raw) if p.strip()]
    if len(parts) < 2:
        return False
    forms = ["held" if q.form in _HELD_FORMS else q.form for q in
             (qualification(p, lexicon, part=True) for p in parts) if q.sure]  # fmt: skip
    # a later part that stands as a claim of its own ('2 yrs RA'); a gerund or a noun goes on
    # the first part's field ('14 yrs grid + permitting')
    return any(f != forms[0] and f in _OWN_FORMS for f in forms[1:])


_ODD_CLAUSE = re.compile(
    r", in |, \d|\s[-–—]\s|\((?![A-Z]{2,6}\))|\bwith \(|\bin [a-z]+ed\b|"
    r"(?<!\bfor )(?<!\bof )(?<!\bin )(?<!\bwithin )(?<!\bover )"
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|\d+) "
    r"(?:years?|months?)$|\bI am an? [A-Z][a-z]+ed\b|\bI am [A-Z]{2,} [a-z]+ (?:cleared|passed)\b"
)


def _checked(q: Qualification) -> Qualification:
    """A clause a recruiter would stumble on is not sure: a comma or dash left inside, a
    bracket, 'in checked', a trailing '4 years' with no 'for', a name of two capitalised words
    split by lower-casing ('a red Seal chef', 'a food Handler's permit')."""
    if not q.sure:
        return q
    odd = bool(_ODD_CLAUSE.search(q.clause))
    ws = q.raw.split()
    qualifier = (
        ws[0].lower() in _ADJECTIVES
        or (len(ws[0]) > 4 and ws[0].endswith("ed"))
        or q.form == "achievement"  # 'Taught AP Chemistry': a verb, then a name
    )
    if len(ws) > 1 and ws[0][:1].isupper() and ws[1][:1].isupper() and not qualifier:
        odd = odd or f"{ws[0].lower()} {ws[1]}" in q.clause
    return replace(q, sure=False) if odd else q


_AMOUNT = r"(\$?\d[\d.,]*\s?[%kKmM]?)"
_ARROW = re.compile(rf"(?<![\w.]){_AMOUNT}\s*(?:->|=>|→|⇒|-->|—>)\s*{_AMOUNT}")
_UNIT_WORDS = {"min": "minutes", "mins": "minutes", "hr": "hours", "hrs": "hours",
               "sec": "seconds", "secs": "seconds", "wk": "weeks", "wks": "weeks",
               "yr": "years", "yrs": "years", "mo": "months", "mos": "months"}  # fmt: skip
# Words that end in -ing but are not a gerund ('spring boot' is no 'experience springing').
_NOT_GERUNDS = frozenset(
    [
        "spring",
        "string",
        "bring",
        "ring",
        "king",
        "thing",
        "wing",
        "sling",
        "swing",
        "sting",
        "ceiling",
        "evening",
        "morning",
        "ping",
        "bling",
    ]
)


_LESS_THAN_FLUENT = frozenset(
    [
        "basic",
        "some",
        "conversational",
        "intermediate",
        "beginner",
        "elementary",
        "working",
        "limited",
        "learning",
    ]
)
_WORKED_ON = frozenset(
    [
        "projects",
        "builds",
        "jobs",
        "sites",
        "programs",
        "programmes",
        "schemes",
        "developments",
        "contracts",
        "campaigns",
    ]
)


_LIFE = re.compile(
    r"^(grew up|brought up|raised|born and raised|born and bred|born)\s+((?:on|in|near|at|"
    r"around|between)\b.+)$",
    re.I,
)
_LIFE_SAID = {"grew up": "grew up", "brought up": "was brought up", "raised": "was raised",
              "born and raised": "was born and raised", "born and bred": "was born and bred",
              "born": "was born"}  # fmt: skip


# past tenses no participle table holds ('rose to', 'went on to', 'became')
_PAST_TENSES = frozenset(["rose", "went", "became", "fell", "saw", "got", "began", "drew"])


def _is_past(word: str, lexicon: Lexicon) -> bool:
    """A past tense or participle: 'led', 'ran', 'trained' (not 'need', 'bed', 'red')."""
    return word in lexicon.past_participles or (
        word.endswith("ed") and len(word) > 4 and word not in lexicon.mass_nouns
    )


_BROUGHT = frozenset(["strong", "solid", "deep", "proven", "broad", "extensive", "hands-on"])
_BROUGHT_NOUNS = frozenset(["background", "track", "understanding", "grasp", "foundation",
                            "record", "command"])  # fmt: skip
_KNOWING = frozenset(["experience", "knowledge", "expertise", "background", "familiarity",
                      "understanding", "exposure", "grasp"])  # fmt: skip
_DEGREE_OF = frozenset(["working", "good", "solid", "strong", "sound", "deep", "thorough",
                        "broad", "basic", "firm", "practical", "detailed", "clear"])  # fmt: skip
# How a level of a language is said: 'I speak conversational Swahili', 'I speak some Japanese'.
_SPOKEN_LEVELS = {"fluent": "fluent", "conversational": "conversational", "basic": "some",
                  "some": "some", "elementary": "some", "beginner": "some", "limited": "some",
                  "intermediate": "intermediate", "advanced": "advanced",
                  "business": "business", "professional": "professional", "native": "native",
                  "working": "working"}  # fmt: skip


def spoken_languages(line: str, lexicon: Lexicon) -> bool:
    """Whether a qualification line says only which languages one speaks ('Russian',
    'kannada / hindi / english', 'Fluent in Tagalog')."""
    said = qualification(line, lexicon)
    return said.clause.startswith(("I speak ", "I am a native speaker of ")) or (
        said.form == "adjective"
        and bool(re.match(r"^I am (?:fluent|bilingual|trilingual|conversational) ", said.clause))
    )


def _spoken(text: str, lexicon: Lexicon) -> str | None:
    """A line that is only languages, with or without a level, as a sentence: 'Russian' -> 'I
    speak Russian'; 'conversational swahili' and 'Swahili (conversational)' -> 'I speak
    conversational Swahili'; 'native Tamil' -> 'I am a native speaker of Tamil'; a language
    typed in its own tongue, with a CEFR level: 'deutsch C1' -> 'I speak German at C1 level';
    None for any other line."""
    level = ""
    work = " ".join(text.split()).strip(" .")
    bracket = re.fullmatch(r"(.+?)\s*\(\s*([A-Za-z]+)\s*\)", work)
    if bracket and bracket.group(2).lower() in _SPOKEN_LEVELS:
        work, level = bracket.group(1), bracket.group(2).lower()
    cefr = re.search(r"\s*\(?\b([ABC][12])\)?$", work)
    if cefr:
        work = work[: cefr.start()]
    first, _, rest = work.partition(" ")
    if not level and first.lower() in _SPOKEN_LEVELS and rest:
        work, level = rest, first.lower()
    parts = [p.strip() for p in re.split(r",\s*|\s+(?:and|&|\+)\s+|\s*/\s*", work) if p.strip()]
    known = lexicon.languages | set(lexicon.language_names)
    if not parts or not all(p.lower() in known for p in parts) or (cefr and len(parts) > 1):
        return None
    names = [
        lexicon.language_names.get(p.lower())
        or (lexicon.proper.get(p.lower(), p[:1].upper() + p[1:]) if p.islower() else p)
        for p in parts
    ]
    said = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    if cefr:
        return f"I speak {said} at {cefr.group(1)} level"
    if level == "native":
        return f"I am a native speaker of {said}"
    word = _SPOKEN_LEVELS.get(level, "")
    return f"I speak {word + ' ' if word else ''}{said}"


_HEAD_ENDS = frozenset(["with", "that", "which", "for", "on", "in", "at", "across", "from",
                        "to", "by", "over", "under", "of"])  # fmt: skip


_HEAD_UNSURE = re.compile(
    r"[+&:=~→<>]|->|^\W|^\d(?![\d,.]*-[a-z])|\s-\d|\b(?:final|capstone|student)\b", re.I
)  # a count first ('150 audits'), but not a count made a modifier ('a 300-hour internship')


def _by_head_noun(raw: str, text: str, lowered: str, lexicon: Lexicon) -> str | None:
    """A noun line whose head names something done, not held, in the verb its head takes
    (data/phrasing.toml [qualifications.head_verbs]): 'Two accreditation audits with no
    unmet requirements' -> 'I have been through two accreditation audits …'; 'Preference
    card project that saved $1.2 million' -> 'I led a preference card project …'. None when
    the head is not one of them, or the line opens on a verb."""
    ws = text.split()
    if not lexicon.head_verbs or not ws or _YEARS.match(text) or _HEAD_UNSURE.search(raw):
        return None  # symbols, a count first, a student's project: no sure verb
    if ws[0].lower().endswith(("ly", "ing")) or ws[0].lower() in ("did", "do", "does"):
        return None  # 'Currently completing …': not a noun line
    if ws[0].lower() in lexicon.base_verbs or _is_past(ws[0].lower(), lexicon):
        return None  # 'chaired CRM rollout': what was done, said by its own verb
    run: list[str] = []
    for w in ws:
        low = w.lower().strip(",;:()")
        if run and (low in _HEAD_ENDS or _is_past(low, lexicon)):
            break  # 'Three inspections rated Good …': the head comes before what was done
        run.append(low)
        if w.endswith((",", ";", ":")):
            break
    heads = [run[i - 1] for i, w in enumerate(run) if w == "and" and i] + [run[-1]]
    verb = next((lexicon.head_verbs[h] for h in heads if h in lexicon.head_verbs), None)
    if verb is None or any(h in lexicon.held_nouns | lexicon.held_credentials for h in heads):
        return None
    if any(w[:1].isupper() for w in text.split()[len(run) - 1 : len(run)]):
        return None  # 'IBMS Specialist Portfolio': the head is part of a name
    low = f" {text.lower()} "
    if verb in lexicon.head_outcome_verbs and not any(c in low for c in lexicon.head_outcomes):
        verb = lexicon.head_outcome_verbs[verb]  # 'more than 100 borescope inspections': done
    first = ws[0].lower()
    counted = (
        first in _DETERMINERS
        or (first[:1].isdigit() and not _COUNT_MODIFIER.match(first))
        or first in _NUMBER_WORDS
    )
    plural = any(is_plural(h) for h in heads)
    det = "" if counted or plural else _an(lowered.split()[0]) + " "
    return f"I {verb} {det}{spell_number(lowered) if counted else lowered}"


_COUNT_UNIT = re.compile(
    # never the last figure of a code ('B1.1 Aircraft Maintenance Licence', 'v2.3 release')
    r"(?P<det>\b(?:an?|the|my|our|one|each|every)\s+)?\b(?<![\d.,/:-])(?P<n>\d{1,4}|"
    + "|".join(_NUMBER_NAMES[1:])
    + r")\s+(?P<unit>[a-z]+)\s+(?P<noun>[a-z]+)\b",
    re.I,
)


_NOT_A_NOUN = _PREPOSITIONS | frozenset(["and", "or", "but", "per", "a", "an", "the", "than"])
_SPANS = frozenset(["day", "week", "month", "year", "hour", "minute", "night", "shift"])


def _count_compounds(text: str, lexicon: Lexicon) -> str:
    """A count and a unit jotted before a noun ('ran three person crew', '2 day workshops')
    are one modifier: hyphened, spelled, and with 'a' before a singular noun that has no
    determiner ('a three-person crew', 'two-day workshops'); else the claim reads as broken
    English ('I have run three person crew')."""

    def joined(m: re.Match[str]) -> str:
        unit, noun = m.group("unit"), m.group("noun")
        if unit.lower() not in lexicon.compound_units or noun.lower() in _NOT_A_NOUN:
            return m.group()
        if m.start() == 0 and not m.group("det") and unit.lower() in _SPANS:
            return m.group()  # '1 yr events intern': a span of time spent, not a modifier
        n = m.group("n")
        said = spell_number(n) if n.isdigit() and int(n) <= 12 else n
        det = m.group("det") or ""
        if not det and not noun.endswith("s"):
            det = f"{_an(said)} "
        return f"{det}{said}-{unit} {noun}"

    return _COUNT_UNIT.sub(joined, text)


# A line led in by the role or the place it speaks of, then what was done: 'As on-call lead,
# I wrote …', 'At St Mary's, set up …'.
_LED_IN = re.compile(
    r"^(?P<lead>(?i:as|at|in|while|during|since|over|after)\s(?!of\b)[^,;]{2,60}?)"
    r"(?:,\s*(?P<verb>[\w'’-]+)|\s+(?P<verb2>I|I've)(?=\s))",
)


def _qualification(raw: str, lexicon: Lexicon, whole_line: bool = False) -> Qualification:
    """`whole_line`: `raw` is a whole line as typed (not a part of one), so a noun line may
    take the verb of its head noun (_by_head_noun)."""
    doubts: list[str] = []
    text = " ".join(raw.split()).strip(" .;")
    if text.split() and text.split()[0].lower().strip(".") in _DEGREES:
        text = _HONOURS.sub(" (Hons)", text)  # 'BA Honours in …': the degree's honours
    # a change jotted with an arrow: 'share 2.1% -> 3.4%' -> 'share from 2.1% to 3.4%'
    text = _ARROW.sub(lambda m: f"{'' if re.search(r'from $', text[: m.start()]) else 'from '}"
                      f"{m.group(1).strip()} to {m.group(2).strip()}", text)  # fmt: skip
    text = re.sub(
        r"\b(\d+) (min|mins|hr|hrs|sec|secs|wk|wks)\b",
        lambda m: f"{m.group(1)} {_UNIT_WORDS[m.group(2).lower()]}",
        text,
        flags=re.I,
    )
    if re.search(r"->|=>|→|⇒|\s/\s", text):
        return Qualification(raw, "noun", f"I bring {text}", text, sure=False)
    pqe = re.match(r"^(\d{1,2})\+? ?(?:yrs? )?PQE(?: in)? ([a-z][\w ,&-]*)$", text, re.I)
    if pqe:  # a lawyer's years after qualifying: '4 PQE private client'
        n = spell_number(pqe.group(1))
        return Qualification(
            raw, "years", f"I have {n} years' post-qualification experience in {pqe.group(2)}", text
        )
    if (
        re.match(r"^\d", text)
        and not _YEARS.match(text)
        and not _COUNT_MODIFIER.match(text.split()[0])
    ):
        # '150 10x libraries' ('a 300-hour internship …' is a noun with its count)
        return Qualification(raw, "noun", f"I bring {text}", text, sure=False)
    text = _MORE_THAN.sub(r"more than \1", text)
    text = re.sub(r"(?<![\w>-])>\s?(?=\d)", "more than ", text)  # 'ran >150 libraries'
    text = re.sub(r"(?<![\w<-])<\s?(?=\d)", "fewer than ", text)
    text = _approximate(text)
    text = re.sub(
        r"\bat (prior|previous|last|former) (co|company|employer|job)\b",
        lambda m: (
            f"at my {'previous' if m.group(1) == 'prior' else m.group(1)} "
            f"{'company' if m.group(2) == 'co' else m.group(2)}"
        ),
        text,
    )
    text = _clean_tokens(text, lexicon, _groups_of(text, lexicon), doubts)
    text = _count_compounds(text, lexicon)
    text = re.sub(r"\bcertificate (I{1,3}|IV|V|VI)\b", r"Certificate \1", text)
    text = _NUMBER_SIGN.sub(r"number \1", text)
    text = re.sub(r"\s+", " ", sub_outside_names(_SYMBOLS, " and ", text)).strip()
    text = re.sub(r"\b(and\s+)+and\b", "and", text)
    ws = text.split()
    if not ws:
        return Qualification(raw, "noun", "", "")
    first, low = ws[0], ws[0].lower().strip(",")
    nxt = ws[1].lower() if len(ws) > 1 else ""
    last = ws[-1].lower().strip(",")
    lowered = _lower_lead(text, lexicon)
    if low in ("i", "i'm", "i've", "i'd"):
        return Qualification(raw, "sentence", text[:1].upper() + text[1:], text)
    led_in = _LED_IN.match(text)
    if led_in:  # 'As on-call lead, I wrote …': the user's sentence; 'as shift lead, rolled
        # out …' takes its subject
        lead, verb = led_in.group("lead"), led_in.group("verb") or led_in.group("verb2")
        done = verb.lower() in ("i", "i'm", "i've", "i'd") or _is_past(verb.lower(), lexicon)
        if done and len(text.split()) > len(lead.split()) + 2:
            body = text[led_in.end("lead") :].lstrip(", ")
            body = body[:1].upper() + body[1:] if body[:2].lower() in ("i ", "i'") else body
            body = body if verb.lower().startswith("i") else f"I {body}"
            return Qualification(raw, "sentence", f"{lead[:1].upper()}{lead[1:]}, {body}", text)
    spoken = _spoken(text, lexicon)
    if spoken:  # 'Russian', 'conversational swahili', 'Tagalog (basic)'
        return Qualification(raw, "adjective", spoken, text)
    if low == "my" and re.search(r"\b(is|are|was|has|have|gave|taught|means)\b", text):
        return Qualification(raw, "sentence", text[:1].upper() + text[1:], text)
    if (
        low == "my"
        and any(  # 'My redesign of the reminder flow raised adherence by 18%'
            _is_past(w.lower(), lexicon) and ws[k - 1].lower() not in _PREPOSITIONS | _DETERMINERS
            for k, w in enumerate(ws[2:], start=2)
        )
    ):
        return Qualification(raw, "sentence", text[:1].upper() + text[1:], text)
    # credentials
    if low in lexicon.granted_leads and nxt in ("to", "for", "as") and len(ws) > 2:
        # 'Authorised to prescribe …', 'Cleared for solo nights': a standing they hold
        return Qualification(raw, "credential", f"I am {lowered}", text)
    if last in lexicon.credential_endings and len(ws) > 1:
        return Qualification(raw, "credential", f"I am {lowered}", text)
    if low in lexicon.credential_leads and not _counts_after(ws):
        if nxt in _PREPOSITIONS or nxt in ("and",):
            return Qualification(raw, "credential", f"I am {lowered}", text)
        return Qualification(raw, "credential", f"I am {_an(low)} {lowered}", text)
    if low.rstrip(",") in lexicon.person_credentials and (len(ws) == 1 or nxt in _PREPOSITIONS or
                                                          ws[1][:1] in "(,"):  # fmt: skip
        return Qualification(raw, "credential", f"I am {_an(first)} {text}", text)
    if (
        first.isupper()
        and (low in lexicon.held_credentials or low in _DEGREES)
        and len(ws) > 1
        and ws[1][:1].islower()
        and nxt not in _PREPOSITIONS
    ):
        if re.search(r"\b(?:licen[cs]e|certificat\w*|endorsement|permit)\b", text, re.I):
            return Qualification(raw, "noun", f"I bring {text}", text, sure=False)  # 'MA license'
        if _is_person_noun(last) and len(ws) <= 3:  # 'PRINCE2 practitioner'
            return Qualification(raw, "person", f"I am {_an(first)} {text}", text)
        if len(ws) == 2:  # 'PRINCE2 foundation': what it is, no sure word for it
            return Qualification(raw, "noun", f"I bring {text}", text, sure=False)
        return Qualification(
            raw, "credential", f"I hold {_an(first)} {first} in {' '.join(ws[1:])}", text
        )
    by_head = _by_head_noun(raw, text, lowered, lexicon) if whole_line else None
    if by_head is not None:  # 'Two accreditation audits …': never 'I hold' an audit
        return Qualification(raw, "achievement", by_head, text)
    # 'aba-approved paralegal cert': a body and a participle make one adjective, not a verb
    body_made = re.fullmatch(
        r"([a-z]{2,6})-((?:approv|accredit|certifi|register|licens|charter|endors|recogni[sz]|"
        r"validat)ed)",
        low,
    )
    done = not body_made and _is_past(low, lexicon)
    if (
        not done
        and not _YEARS.match(text)  # 'Three years of GCSE tutoring': time spent, never held
        and any(w.lower().strip(",") in lexicon.held_nouns | lexicon.held_credentials for w in ws)
    ):
        if len(ws) == 1 and first.isupper():
            return Qualification(raw, "credential", f"I hold the {text}", text)
        body = body_made.group(1) if body_made else ""
        if (
            body_made
            and first.islower()
            and (len(body) <= 3 or lexicon.known_word is None or not lexicon.known_word(body))
        ):  # the body in its capitals: 'ABA-approved', 'EU-approved'
            lowered = f"{body_made.group(1).upper()}-{body_made.group(2)} {' '.join(ws[1:])}"
        det = "" if low in _DETERMINERS else _an(lowered.split()[0]) + " "
        if is_plural(text) or last in ("training",):
            det = ""
        return Qualification(raw, "credential", f"I hold {det}{lowered}", text)
    progress = re.search(
        r"\s*[(,-]?\s*\b(?:in progress|ongoing|underway|pending|in training)\b\)?\s*$", text, re.I
    )
    if progress and (low in _DEGREES or low in lexicon.held_credentials):
        held = _qualification(text[: progress.start()], lexicon)
        if held.form in ("degree", "credential") and held.clause.startswith("I hold "):
            return Qualification(raw, "degree", "I am completing " + held.clause[7:], text)
        return Qualification(raw, "noun", f"I bring {text}", text, sure=False)
    if (
        low == "master"
        and len(ws) > 1
        and lexicon.word_classes is not None
        and is_person(ws[1].lower(), lexicon.slots, lexicon.person_credentials)
    ):  # 'master mariner unlimited', 'master electrician': a trade's rank, not a degree
        return Qualification(raw, "person", f"I am a master {ws[1].lower()}", text)
    if low in _DEGREES or (low.endswith("'s") and low[:-2] in _DEGREES):
        degree = text if any(c.isupper() for c in first[1:]) or first.isupper() else lowered
        if (
            len(ws) > 1
            and ws[1][:1].isupper()
            and nxt not in ("of", "in")
            and (any(c.isupper() for c in first[1:]) or first.isupper())
        ):
            degree = f"{first} in {' '.join(ws[1:])}"
        return Qualification(raw, "degree", f"I hold {_an(degree)} {degree}", text)
    # years of something
    m = _YEARS.match(text)
    if m:
        n = m.group("n").lower()
        n = _NUMBER_WORDS.get(n, n)
        pre = (m.group("pre") or "").lower()
        unit = m.group("unit").lower()
        unit = "years" if unit.startswith("y") else "months"
        if n == "one":
            unit = unit[:-1]
        rest = m.group("rest").strip()
        tail = ""
        unsure = False
        listed = rest.partition(", ")
        if ", " in rest and not _MODIFIER_LIST.match(listed[2]):
            # ('maternal, newborn and child health programming': one list of modifiers)
            rest, _, tail = rest.partition(", ")
            tail = re.sub(r"\bas (?!a |an |the )([a-z])", r"as a \1", spell_number(tail))
            tail = re.sub(r"\ba ([aeiou])", r"an \1", tail)
            first_tail = tail.split()[0].lower() if tail.split() else ""
            numeric = first_tail in _NUMBER_WORDS.values() or first_tail[:1].isdigit()
            tail = ", " + (tail if numeric or first_tail in _PREPOSITIONS else "with " + tail)
            role = re.search(r"\bas an? ([a-z-]+)$", tail)
            if role and not (_is_person_noun(role.group(1)) or role.group(1) in _ROLE_HEADS):
                unsure = True  # '3 as charge': 'three as a charge' says nothing
        rest = re.sub(  # '3 yrs exp as barista' -> 'as a barista'
            r"\bas (?!a |an |the )([a-z][\w-]*)$",
            lambda m: f"as {_an(m.group(1))} {m.group(1)}",
            rest,
        )
        # 'Three years as assistant store manager': one job of several words takes its article
        job = re.search(r"\bas ((?:[a-z][\w-]*\s+){1,3}([a-z][\w-]*))$", rest)
        if (
            job
            and job.group(1).split()[0] not in _DETERMINERS | _QUANTITY_WORDS | {"part", "well"}
            and (_is_person_noun(job.group(2)) or job.group(2) in _ROLE_HEADS)
            and not is_plural(job.group(2))
        ):
            rest = rest[: job.start(1)] + f"{_an(job.group(1))} {job.group(1)}"
        rest_first = rest.split()[0].lower() if rest else ""
        amount = f"{pre}{n} {unit}"
        if (
            rest
            and rest.split()[0].lower() not in _PREPOSITIONS
            and re.search(r"\band (?:\d+|" + "|".join(_NUMBER_NAMES) + r")\b", rest, re.I)
        ):
            # '4 yrs apprentice + 3 as tech': two spans of years, no frame says both right
            return Qualification(raw, "years", f"I have {amount} of {rest}", text, sure=False)
        rest_words = rest.split()
        if not rest:
            clause = f"I have {amount} of experience"
        elif (
            len(rest_words) <= 3
            and rest_words[-1].islower()
            and not is_plural(rest_words[-1])
            and not any(w.lower() in _PREPOSITIONS for w in rest_words)
            and is_person(rest_words[-1], lexicon.slots, lexicon.person_credentials)
        ):  # '1 yr production intern, shipped 1 title': a year spent as a production intern
            clause = f"I have spent {amount} as {_an(rest)} {_lower_lead(rest, lexicon)}"
        elif rest_first.endswith("ing") and rest_first not in lexicon.ing_nouns:
            clause = f"I have spent {amount} {_lower_lead(rest, lexicon)}"
        elif rest_first == "of":
            clause = f"I have {amount} {rest}"
        elif rest_first in ("as", "at", "with", "on", "in"):
            clause = (
                f"I have spent {amount} {rest}"
                if rest_first != "in"
                else (f"I have {amount} of experience {rest}")
            )
        elif rest.split()[-1].lower() in _WORKED_ON and not any(
            w.lower() in _PREPOSITIONS for w in rest.split()
        ):  # '5 yrs residential + education projects'
            clause = f"I have spent {amount} working on {_lower_lead(rest, lexicon)}"
        elif _field_then_place(rest, lexicon):  # '5 yrs front office at a 200-room hotel'
            head, prep, place = _field_then_place(rest, lexicon)  # type: ignore[misc]
            clause = f"I have {amount} of {_lower_lead(head, lexicon)} experience {prep} {place}"
        elif (
            len(rest.split()) > 3
            and not any(w.lower() in _PREPOSITIONS or w in ",-" for w in rest.split()[1:])
            and not rest.lower().endswith(("experience", "exp", "ing"))
            and rest.split()[-1].lower() not in lexicon.mass_nouns
            and not re.search(r"[()]|\b\d+\b", rest)
        ):  # '9 yrs deep-level gold + PGM': a field of several words, then what it was
            clause = f"I have {amount} of {_lower_lead(rest, lexicon)} experience"
        elif (
            rest.lower().endswith(("experience", "exp"))
            or len(rest.split()) > 3
            or any(w.lower() in _PREPOSITIONS or w == "," for w in rest.split()[1:])
        ):
            clause = f"I have {amount} of {_lower_lead(rest, lexicon)}"
        else:
            clause = f"I have {amount} of {_lower_lead(rest, lexicon)} experience"
        return Qualification(raw, "years", clause + tail, text, sure=not unsure)
    # adjectives: 'Fluent in Spanish', 'Bilingual English and Spanish'
    if low in _ADJECTIVES and not _counts_after(ws):  # 'trained more than 30 users': what they did
        rest = " ".join(ws[1:])
        if rest and ws[1][:1].isupper() and low in ("bilingual", "trilingual", "fluent"):
            # 'fluent English + Tagalog + basic Japanese': fluent in the first two only
            langs = [p for p in re.split(r",\s*|\s+and\s+", rest) if p]
            langs = [p for p in langs if p.split()[0].lower() not in _LESS_THAN_FLUENT]
            if not langs or any(len(p.split()) > 2 or not p[:1].isupper() for p in langs):
                return Qualification(raw, "adjective", f"I am {low} in {rest}", text, sure=False)
            said = langs[0] if len(langs) == 1 else ", ".join(langs[:-1]) + " and " + langs[-1]
            return Qualification(raw, "adjective", f"I am {low} in {said}", text)
        if not rest or nxt in _PREPOSITIONS:
            return Qualification(raw, "adjective", f"I am {lowered}", text)
        head = _head(ws[1:])
        if _is_person_noun(head) or head in ("professional", "speaker", "nurse", "cook"):
            return Qualification(raw, "person", f"I am {_an(low)} {lowered}", text)
        return Qualification(
            raw, "adjective", f"I am {low} with {_lower_lead(rest, lexicon)}", text
        )
    # a level of skill in a named tool: 'Advanced Excel + Power BI'
    if low in ("advanced", "expert", "intermediate") and len(ws) > 1 and ws[1][:1].isupper():
        return Qualification(raw, "noun", f"I have {low} skills in {' '.join(ws[1:])}", text)
    # a fact of one's life, in the simple past: 'grew up on a grain farm', 'raised in Cork'
    life = _LIFE.match(text)
    if life:
        said = _LIFE_SAID[life.group(1).lower()]
        return Qualification(raw, "life", f"I {said} {life.group(2)}", text)
    # achievements: 'Led a team of 5', 'Managed inventory for …'
    participle = lexicon.past_participles.get(low)
    post = _role_noun_line(ws, lexicon)
    if post is not None:  # 'Set designer for a theatre group for two years': a post, no deed
        return Qualification(raw, "person", f"I have worked as {_an(post)} {post}", text)
    if not body_made and _is_past(low, lexicon):
        named = list(itertools.takewhile(lambda w: w.lower() not in _PREPOSITIONS, ws[1:]))
        titled = 0 < len(named) <= 2 and is_person(
            named[-1], lexicon.slots, lexicon.person_credentials
        )
        done_to = (
            low in lexicon.passive_leads
            or (low in lexicon.passive_before and nxt in ("to", "as", "for", "into", "onto", "by"))
            or (low in lexicon.passive_titles and titled)
        )
        if done_to and len(ws) > 1:  # 'Admitted to the bar', 'Promoted to shift lead'
            # 'Named partner in 2019', 'Appointed head of science': a title given to them
            return Qualification(raw, "achievement", f"I was {low} {' '.join(ws[1:])}", text)
        if nxt == "to" and len(ws) > 2 and low not in lexicon.active_before_to:
            after_to = ws[2].lower() if ws[2].islower() else ""
            classes = lexicon.word_classes(after_to) if lexicon.word_classes and after_to else ()
            if "VB" in classes:  # 'Asked to chair the forum': maybe done to them, maybe not
                return Qualification(raw, "achievement", f"I have {low} {' '.join(ws[1:])}",
                                     text, sure=False)  # fmt: skip
        if (
            titled
            and low.endswith("ed")
            and low not in lexicon.past_participles  # 'led', 'ran': what they did
        ):  # 'Authorised person for MV/HV switching': what the participle made them
            if named[-1].lower() in _ROLE_HEADS:  # 'nurse-led discharge pilot lead'
                return Qualification(raw, "person", f"I have served as the {lowered}", text)
            return Qualification(raw, "person", f"I am {_an(lowered)} {lowered}", text)
        verb = participle or low
        after = ws[1:]
        if after and after[0].lower() in ("up", "out") and verb in ("set", "built", "started"):
            verb, after = f"{verb} {after[0].lower()}", after[1:]  # 'set up and ran a clinic'
        second = after[1].lower() if len(after) > 1 else ""
        if after and after[0].lower() == "and" and _is_past(second, lexicon):
            # two verbs sharing one object: 'built and led a team', 'set up and ran a clinic'
            verb2 = lexicon.past_participles.get(second, second)
            article_verb = verb if verb in _ONE_OF_VERBS else verb2
            rest = _with_article(" ".join(after[2:]), article_verb, lexicon)
            verb = f"{verb} and {verb2}"
        else:
            rest = _with_article(" ".join(after), verb, lexicon)
        rest = (
            re.sub(  # 'cut spend 35%' -> 'cut spend by 35%'
                r"^(?!.*\b(?:by|from|to)\b)(.+?) ((?:about |around |nearly |almost )?"
                r"\d+(?:\.\d+)?%)",
                r"\1 by \2",
                rest,
            )
            if verb in _CHANGE_VERBS or low in _CHANGE_VERBS
            else rest
        )
        rest = _instrument_article(rest, lexicon)
        later = re.search(r"\b(?:that|which|who)\s+([a-z]+)\b", rest)
        # 'called 68 shows last season', 'founded a club that grew to 30': done and over
        if _FINISHED_TIME.search(rest) or (
            later is not None
            and (_is_past(later.group(1), lexicon) or later.group(1) in _PAST_TENSES)
            and later.group(1) not in ("used", "needed")
        ):
            past = f"{low} and {second}" if " and " in verb else low
            if verb.endswith((" up", " out")):
                past = f"{low} {verb.split()[-1]}"
            return Qualification(
                raw, "achievement", f"I {past} {spell_number(rest, lexicon.numbered)}".strip(), text
            )
        return Qualification(
            raw,
            "achievement",
            f"I have {verb} {spell_number(rest, lexicon.numbered)}".strip(),
            text,
        )
    # what one knows, named by its head noun: 'Working knowledge of SQL', 'E-filing experience
    # in federal courts', 'SAP experience' -> 'I have a working knowledge of SQL', 'I have
    # e-filing experience in …'
    at = next((i for i, w in enumerate(ws[:4]) if w.lower().strip(",") in _KNOWING), None)
    brought = low in _BROUGHT and nxt in _BROUGHT_NOUNS  # 'Strong background': 'I bring a …'
    if at and not brought and not any(w.lower() in _PREPOSITIONS or w == "and" for w in ws[:at]):
        countable = ws[at].lower() in ("knowledge", "understanding", "background", "grasp")
        art = "a " if countable and ws[at - 1].lower() in _DEGREE_OF else ""
        return Qualification(raw, "noun", f"I have {art}{lowered}", text)
    # a person: 'Experienced technical writer', 'Former teacher', 'Native French speaker'
    head = _head(ws)
    if len(ws) <= 6 and _is_person_noun(head) and not low.endswith("ing"):
        return Qualification(raw, "person", f"I am {_an(lowered)} {lowered}", text)
    if head in _ROLE_HEADS or low in _ROLE_HEADS:
        if low == "as" and len(ws) > 1:  # 'as on-call lead': the line says its own 'as'
            return Qualification(raw, "person", f"I have served as {' '.join(ws[1:])}", text)
        det = "" if low in _DETERMINERS else "the "
        return Qualification(raw, "person", f"I have served as {det}{lowered}", text)
    gerund = low not in lexicon.ing_nouns and low not in _NOT_GERUNDS
    head_verb = lexicon.head_verbs.get(nxt) if low.endswith("ing") and ws[1:2] else None
    if (
        head_verb is not None
        and ws[1].islower()
        and not is_plural(nxt)
        and (len(ws) == 2 or ws[2].lower() in _PREPOSITIONS)
    ):  # 'Teaching placement across Years 7 to 11': one noun, never 'experience teaching
        # placement'
        return Qualification(raw, "achievement", f"I {head_verb} {_an(lowered)} {lowered}", text)
    if low.endswith("ing") and gerund and len(low) > 4:
        # 'doing a course', 'including peds': no experience of a kind is named
        light = low in lexicon.light_gerunds
        if (
            not light
            and len(ws) <= 3
            and ws[-1].islower()
            and is_person(ws[-1], lexicon.slots, lexicon.person_credentials)
        ):  # 'Supervising pharmacist': what they are
            return Qualification(raw, "person", f"I am {_an(lowered)} {lowered}", text)
        return Qualification(raw, "gerund", f"I have experience {lowered}", text, sure=not light)
    if low in ("experience", "expertise", "knowledge", "background"):
        return Qualification(raw, "noun", f"I have {lowered}", text)
    if low in _BROUGHT and nxt in _BROUGHT_NOUNS:
        return Qualification(raw, "noun", f"I bring {_an(low)} {lowered}", text)
    if low in lexicon.upper and (len(ws) == 1 or (len(ws) == 2 and ws[1].isdigit())):
        return Qualification(raw, "credential", f"I hold {text} certification", text)
    return Qualification(
        raw, "noun", f"I bring {spell_number(lowered, lexicon.numbered)}", text, sure=False
    )


# --- meaning -------------------------------------------------------------------------------


def content_stems(text: str, lexicon: Lexicon) -> set[str]:
    return {
        stem(w)
        for w in re.findall(r"[A-Za-z0-9&+-]+", text)
        if w.lower() not in lexicon.stopwords and len(w) > 2 and w.lower() not in _GENERIC
    }


_GENERIC = frozenset(
    [
        "experience",
        "experienced",
        "management",
        "manage",
        "managed",
        "managing",
        "team",
        "teams",
        "lead",
        "new",
        "years",
        "year",
        "skills",
        "skill",
        "strong",
        "good",
        "great",
        "work",
        "working",
        "role",
        "job",
        "company",
        "people",
        "staff",
    ]
)


def relatedness(a: str, b: str, lexicon: Lexicon) -> int:
    """How close two phrases are in meaning: one point per shared content word, two per shared
    concept group (data/phrasing.toml [concepts]; one for a broad group such as a whole
    field); 0 when unrelated. Shorthand is expanded first, so 'PT'
    meets 'physical therapy'."""
    doubts: list[str] = []
    ctx = _groups_of(a + " " + b, lexicon)
    ea = _clean_tokens(a, lexicon, ctx, doubts, expand_all=True)
    eb = _clean_tokens(b, lexicon, ctx, doubts, expand_all=True)
    shared = content_stems(ea, lexicon) & content_stems(eb, lexicon)
    groups = _groups_of(ea, lexicon) & _groups_of(eb, lexicon)
    return len(shared) + sum(1 if g in lexicon.broad_groups else 2 for g in groups)


# --- one claim written twice ---------------------------------------------------------------

# a count in words, as figures ('nine' -> '9', 'ninety' -> '90')
COUNT_NAMES = {name: str(i) for i, name in enumerate(_NUMBER_NAMES, start=1)} | {
    "thirteen": "13", "fourteen": "14", "fifteen": "15", "sixteen": "16", "seventeen": "17",
    "eighteen": "18", "nineteen": "19", "twenty": "20", "thirty": "30", "forty": "40",
    "fifty": "50", "sixty": "60", "seventy": "70", "eighty": "80", "ninety": "90",
    "hundred": "100", "thousand": "1000",
}  # fmt: skip


def _claim_numbers(text: str) -> set[str]:
    """The counts in a claim, in figures ('Nine years' and '9 yrs' both give '9'; '1.5 yrs'
    gives '1.5'; '~$180k' gives '180')."""
    low = text.lower()
    found = {m.group(1).replace(",", "") for m in re.finditer(r"(\d[\d,]*(?:\.\d+)?)", low)}
    found |= {COUNT_NAMES[w] for w in re.findall(r"[a-z]+", low) if w in COUNT_NAMES}
    return found


def _claim_words(text: str, lexicon: Lexicon) -> set[str]:
    doubts: list[str] = []
    said = _clean_tokens(text, lexicon, _groups_of(text, lexicon), doubts, expand_all=True)
    return {
        stem(w)
        for w in re.findall(r"[A-Za-z][A-Za-z&+-]*", said)
        if len(w) > 2
        and (w.lower() not in lexicon.stopwords or w.lower() in _GENERIC)
        and w.lower() not in COUNT_NAMES
        and w.lower() not in ("years", "year", "yrs", "months", "experience")
    }


def same_claim(
    jotted: str, written: Sequence[str], lexicon: Lexicon, loose: bool = False
) -> str | None:
    """The line of `written` (the profile, typed once with care) that says the same thing as
    a line jotted for one application, or None. The same when every count of the jotted line
    is in the written one and they share words of substance: 'handled 14-agent team' is 'Led
    a team of 14 agents'; '9 yrs deep-level gold + PGM' is 'Nine years in deep-level gold and
    platinum mines'. With no count, most of the jotted line's words must be there. `loose`
    (for a jotted line with no sure grammatical form, '6 yrs resi + 2 light comm'): the counts
    may differ, two words of substance shared are enough ('Eight years in HVAC service,
    including two on light commercial rooftop units')."""
    counts = set() if loose else _claim_numbers(jotted)
    words = _claim_words(jotted, lexicon)
    if not words:
        return None
    best: tuple[int, str] | None = None
    for line in written:
        if not counts <= _claim_numbers(line):
            continue
        shared = len(words & _claim_words(line, lexicon))
        if loose:
            enough = shared >= 2
        elif counts:
            enough = shared >= 1
        else:
            enough = shared >= max(2, (len(words) + 1) // 2)
        if enough and (best is None or shared > best[0]):
            best = (shared, line)
    return best[1] if best else None
