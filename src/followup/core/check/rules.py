"""The rule data (check.toml, Vale-like entries) compiled into the rules the checker runs."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, overload

from followup.core.check.lazyre import Pattern, compile_pattern, lazy
from followup.core.check.prefilter import (
    RUNS,
    WORDS,
    Gates,
    Need,
    leading_strings,
    required_literals,
    required_runs,
    starts_a_word,
)
from followup.core.check.results import ADVICE, ISSUE
from followup.core.errors import ConfigError
from followup.core.legal_forms import LegalForms, legal_forms

_FRAGMENT = lazy(r"(?<!\\)\{([a-z_]+)\}")


@dataclass(frozen=True)
class Rule:
    """One pattern of a code or an element, with the patterns that cancel or confirm it."""

    pattern: Pattern
    unless: Pattern | None = None
    require: Pattern | None = None
    unless_before: Pattern | None = None
    unless_after: Pattern | None = None
    # when this matches the sentence or the two after it, the finding is `polite_code` instead
    polite: Pattern | None = None
    polite_code: str = ""
    # a fuzzy guess: the finding stands only where the learned layer gives its code at least this
    # probability for the sentence (0: always; without a model the rule always stands)
    confirm: float = 0.0
    # only in the body of the note: not in a letter's address block, the Subject line or the
    # signature, where "Dept.", "Bldg 4" and "Fwd:" are furniture
    body: bool = False
    # not where the word it finds is a word of a recorded person's name that the record does not
    # write in capitals ("Mr LI" to Li Wei is his surname in capitals; "Mr JT" to JT McAllister
    # is initials)
    unless_person: bool = False
    # not where the word after the match is the surname of a recorded person ("Ma'am Villanueva"
    # to Teresa Villanueva: a title and a surname; "Ma'am Teresa" stands)
    unless_surname: bool = False
    # kind "substitution": each word the rule finds (lower case) and the one to write instead
    swap: Mapping[str, str] = field(default_factory=dict)
    message: str = ""
    suggestion: str = ""
    lowered: bool = False  # compiled in lower case, matched against the lower-cased note
    cased: bool = False  # case-sensitive: its strings are looked for as written
    needs: tuple[Need, ...] | None = None  # a match holds one string of each
    heads: tuple[str, ...] | None = None  # a match starts with one of these (prefilter)
    at_word: bool = False  # and where a word starts


class RuleList(Sequence[Rule]):
    """The rules of a code or an element, in order. Saved with the rules (pickled), each rule
    is kept as its own bytes and read back the first time it is asked for: the gates (`Gates`)
    name the few dozen of ~300 rules a note can match, and a command that checks one note
    reads back only those."""

    __slots__ = ("_rules", "_saved")

    def __init__(self, rules: Iterable[Rule] = ()) -> None:
        self._rules: list[Rule | None] = list(rules)
        self._saved: tuple[bytes, ...] = ()

    @classmethod
    def _from_saved(cls, saved: tuple[bytes, ...]) -> RuleList:
        out = cls.__new__(cls)
        out._rules = [None] * len(saved)
        out._saved = saved
        return out

    def __reduce__(self) -> tuple[Any, tuple[tuple[bytes, ...]]]:
        import pickle

        saved = tuple(pickle.dumps(rule, protocol=pickle.HIGHEST_PROTOCOL) for rule in self)
        return RuleList._from_saved, (saved,)

    def __len__(self) -> int:
        return len(self._rules)

    @overload
    def __getitem__(self, index: int) -> Rule: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[Rule, ...]: ...

    def __getitem__(self, index: int | slice) -> Rule | tuple[Rule, ...]:
        if isinstance(index, slice):
            return tuple(self[i] for i in range(*index.indices(len(self))))
        rule = self._rules[index]
        if rule is None:
            from followup.core import pickles

            rule = self._rules[index] = pickles.loads(self._saved[index])
        return rule

    def __iter__(self) -> Iterator[Rule]:
        for index in range(len(self._rules)):
            yield self[index]

    def __eq__(self, other: object) -> bool:
        if isinstance(other, RuleList | tuple | list):
            return tuple(self) == tuple(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"RuleList({len(self)} rules)"


@dataclass(frozen=True)
class CodeSpec:
    """A finding's code (data/check.toml `[codes.*]`): severity, message, suggestion and rules."""

    code: str
    severity: str
    message: str
    suggestion: str
    rules: Sequence[Rule] = ()
    messages: Mapping[str, str] = field(default_factory=dict)
    suppressed_by: tuple[str, ...] = ()
    skip_if_in_facts: bool = False
    # skip a match the record writes itself, capitals kept ("FIRST_NAME", a field of its data),
    # or one in a span of code (`LAST_NAME`)
    skip_if_in_record: bool = False
    voids_elements: bool = False  # what a sentence with this finding says counts for nothing
    # ... but for these elements only from the finding on: an offer said before the demand
    # stands ("I look forward to discussing next steps, and I need your answer by Monday")
    voids_from_match: frozenset[str] = frozenset()
    enabled: bool = True


@dataclass(frozen=True)
class ElementSpec:
    """One of the six elements a note needs (thanks, interest, ...), and the rules that find it."""

    name: str
    label: str
    suggestion: str
    rules: Sequence[Rule]
    # codes whose findings make what their clause says count for nothing for this element (a
    # template slot in "I enjoyed [describe the tour]" is no specific)
    voided_by: frozenset[str] = frozenset()
    # words that name nothing in particular: a sentence of these words only does not hold the
    # element for the learned layer ("I enjoyed learning about the challenges your team faces")
    plain_words: frozenset[str] = frozenset()


@dataclass(frozen=True)
class KindSpec:
    """A kind of note (email, letter, card): its required elements and length in words."""

    name: str
    required: tuple[str, ...]
    min_words: int
    max_words: int


@dataclass(frozen=True)
class Settings:
    """The checker's numbers (data/check.toml `[settings]`): limits, thresholds and switches."""

    long_sentence_words: int = 45
    exclamation_advice: int = 3
    sentiment: bool = True
    sentiment_threshold: float = -0.55
    readability: bool = True
    readability_max_grade: float = 16.0
    readability_min_sentence_words: float = 20.0
    max_file_bytes: int = 262144
    score_missing_element: int = 10
    score_issue: int = 15
    score_repeat: int = 5
    score_advice: int = 2
    repeat_min_words: int = 5
    sign_off_words: int = 4


@dataclass(frozen=True)
class Language:
    """What tells an English note from one in another language (common words of each)."""

    min_words: int = 6
    english_share: float = 0.5
    everyday_share: float = 0.5
    english: frozenset[str] = frozenset()
    others: Mapping[str, frozenset[str]] = field(default_factory=dict)


CODE, ELEMENT = 0, 1  # a gated rule's owner (CheckRules.gated): a code or an element


@dataclass(frozen=True)
class CheckRules:
    """Every rule the checker uses, compiled from data/check.toml and the user's check.toml."""

    settings: Settings
    kinds: Mapping[str, KindSpec]
    codes: Mapping[str, CodeSpec]
    elements: Mapping[str, ElementSpec]
    greeting: Pattern
    closing: Pattern
    generic_greeting: frozenset[str]
    not_names: frozenset[str]
    nicknames: Mapping[str, frozenset[str]]
    title_heads: frozenset[str]
    title_synonyms: Mapping[str, frozenset[str]]
    seniority: frozenset[str]
    role_cues: tuple[Rule, ...]
    acronyms: frozenset[str]
    shout_words: frozenset[str]
    shout_run: int
    shout_run_letters: int
    shout_long_word: int
    emoji: Pattern
    emoticons: Pattern
    exclamations: Pattern
    topic_stopwords: frozenset[str]  # topics.stopwords (grammar) and topics.generic
    person_cues: tuple[Rule, ...] = ()
    topic_grammar: frozenset[str] = frozenset()  # topics.stopwords: never half a topic's pair
    not_people: frozenset[str] = frozenset()
    products: frozenset[str] = frozenset()
    places: frozenset[str] = frozenset()
    compass: frozenset[str] = frozenset()  # with places, the words of a region's name
    language: Language = field(default_factory=Language)
    # the learned layer: the probability at which each class counts (absent: not used)
    learned: Mapping[str, float] = field(default_factory=dict)
    # a formal letter's heading in capitals: its most words, and the shouting words it may hold
    heading_max_words: int = 0
    heading_plain: frozenset[str] = frozenset()
    # the words after a lone capitalised word that make it a name ("INSPIRE award")
    name_nouns: frozenset[str] = frozenset()
    # ... unless that word is praise or weight ("the FANTASTIC project": emphasis)
    shout_adjectives: frozenset[str] = frozenset()
    org_words: frozenset[str] = frozenset()
    # the nouns of a regime, framework or test that a possessive names ("the Central Bank's
    # Fitness and Probity regime"): the owner is talked about, not named as an employer
    regime_nouns: frozenset[str] = frozenset()
    team_words: frozenset[str] = frozenset()
    unit_words: frozenset[str] = frozenset()
    sector_words: frozenset[str] = frozenset()
    field_endings: tuple[str, ...] = ()
    site_nouns: frozenset[str] = frozenset()
    # words before a quotation in its sentence that make it someone else's words ("you said",
    # "in your words", "Dr Breen's remark"): [quotes] said_by
    quote_said_by: Pattern | None = None
    # what a number counts ("30 days", "15 years"): a name before such a number is no list's
    count_words: frozenset[str] = frozenset()
    # a short form of a recorded given name ("Val" for Valentina, "Robbie" for Roberta): its
    # fewest letters, and the pet endings said after it (0: no short forms taken)
    short_form_letters: int = 0
    short_form_cut: int = 1  # the fewest letters a short form leaves off
    short_form_endings: frozenset[str] = frozenset()
    short_form_inner_letters: int = 0  # 0: no part from inside a given name is a short form
    short_form_respellings: tuple[tuple[str, str], ...] = ()
    # the job named in the Subject line ("Subject: Thank you - Data Engineer interview")
    role_subject: Pattern | None = None
    employer_before: Pattern | None = None
    employer_after: Pattern | None = None
    employer_strong: Pattern | None = None
    employer_next: Pattern | None = None
    employer_modifier: Pattern | None = None
    own_before: Pattern | None = None
    own_after: Pattern | None = None
    third_party_before: Pattern | None = None
    # the reader addressed by name in the body ("Thanks, Hana, for …"): the text before and after
    vocative_before: Pattern | None = None
    vocative_after: Pattern | None = None
    family_titles: frozenset[str] = frozenset()
    # titles of address before a given or a family name ("Puan Aisyah", "Frau Becker")
    honorifics: frozenset[str] = frozenset()
    # honorifics written after a name with a hyphen ("Okada-san", "Mehta-ji")
    after_honorifics: frozenset[str] = frozenset()
    # of the honorifics, those said with the given name ("Puan Rosnah", "Encik Hafiz")
    honorifics_given: frozenset[str] = frozenset()
    # words that join a second honorific to the first ("Datuk Seri", "Dato' Sri")
    honorific_parts: frozenset[str] = frozenset()
    # family names written first ("Goh Mei Ling") added by a user's rules file (the shipped ones
    # are data/person_words.txt's, read by core.name_lists)
    family_first: frozenset[str] = frozenset()
    # the particles of a name without a family name ("Nurul Aisyah binti Rahman"): the given
    # name is the one said with a title ("Ms. Nurul")
    patronymic: frozenset[str] = frozenset()
    # companies' legal forms (core.legal_forms), kept with the rules so that saved rules need
    # no TOML reader (None: read from the package's data file when first needed)
    legal_forms: LegalForms | None = None
    # made from the codes and elements: the phrase rules of the enabled codes and the rules of
    # the elements, each as (CODE or ELEMENT, its name, its position in their rules), behind
    # one `Gates` (one pass over a note's words names the rules it can match), and the codes
    # a rule gives for a finding said politely
    gated: tuple[tuple[int, str, int], ...] = field(init=False, repr=False, compare=False)
    gates: Gates = field(init=False, repr=False, compare=False)
    polite_codes: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        parts: list[tuple[int, CodeSpec | ElementSpec]] = [
            (CODE, spec) for spec in self.codes.values() if spec.enabled
        ]
        parts += [(ELEMENT, spec) for spec in self.elements.values()]
        gated = tuple(
            (part, spec.code if isinstance(spec, CodeSpec) else spec.name, i)
            for part, spec in parts
            for i in range(len(spec.rules))
        )
        object.__setattr__(self, "gated", gated)
        object.__setattr__(self, "gates", Gates([r for _part, spec in parts for r in spec.rules]))
        polite = (r.polite_code for s in self.codes.values() for r in s.rules if r.polite)
        object.__setattr__(self, "polite_codes", frozenset(polite))

    def gated_rule(self, index: int) -> tuple[CodeSpec | ElementSpec, Rule]:
        """The rule at `index` of `gates`, with the code or element it belongs to."""
        part, name, at = self.gated[index]
        spec = self.codes[name] if part == CODE else self.elements[name]
        return spec, spec.rules[at]

    def patterns(self) -> Iterator[Pattern]:
        """Every pattern of the rules (to save them: see `Pattern.freeze`)."""
        for value in vars(self).values():
            yield from _patterns_in(value)

    def code(self, code: str) -> CodeSpec | None:
        spec = self.codes.get(code)
        return spec if spec is not None and spec.enabled else None


def _patterns_in(value: Any) -> Iterator[Pattern]:
    if isinstance(value, Pattern):
        yield value
    elif isinstance(value, Rule | CodeSpec | ElementSpec):
        for item in vars(value).values():
            yield from _patterns_in(item)
    elif isinstance(value, tuple | list | RuleList):
        for item in value:
            yield from _patterns_in(item)
    elif isinstance(value, Mapping):
        for item in value.values():
            yield from _patterns_in(item)


def merge_rule_data(base: Mapping[str, Any], override: Mapping[str, Any]) -> dict[str, Any]:
    """The user's rule file over the shipped one: tables merge, lists extend, values replace.

    `replace = true` in an override table drops the base table's lists before extending.
    """
    replace = bool(override.get("replace", False))
    out: dict[str, Any] = {k: v for k, v in base.items() if not (replace and isinstance(v, list))}
    for key, value in override.items():
        if key == "replace":
            continue
        mine = out.get(key)
        if isinstance(mine, dict) and isinstance(value, dict):
            out[key] = merge_rule_data(mine, value)
        elif isinstance(mine, list) and isinstance(value, list):
            out[key] = [*mine, *value]
        else:
            out[key] = value
    return out


def compile_rules(data: Mapping[str, Any]) -> CheckRules:
    """Turn the rule data (check.toml, merged with the user's) into compiled rules."""
    return _Compiler(data).build()


class _Compiler:
    def __init__(self, data: Mapping[str, Any]) -> None:
        self.data = data
        raw = data.get("fragments", {})
        if not isinstance(raw, dict):
            raise ConfigError("check rules: [fragments] must be a table")
        self.fragments: dict[str, str] = {str(k): str(v) for k, v in raw.items()}

    def table(self, path: str) -> dict[str, Any]:
        node: Any = self.data
        for part in path.split("."):
            node = node.get(part, {}) if isinstance(node, dict) else None
        if not isinstance(node, dict):
            raise ConfigError(f"check rules: [{path}] must be a table")
        return node

    def words(self, where: str, value: Any) -> frozenset[str]:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ConfigError(f"check rules: {where} must be a list of words")
        return frozenset(v.lower() for v in value)

    def pairs(self, where: str, value: Any) -> tuple[tuple[str, str], ...]:
        """A list of [from, to] pairs of words, in lower case and in their order."""
        if not isinstance(value, list) or not all(
            isinstance(v, list) and len(v) == 2 and all(isinstance(w, str) for w in v)
            for v in value
        ):
            raise ConfigError(f"check rules: {where} must be a list of [from, to] pairs")
        return tuple((a.lower(), b.lower()) for a, b in value)

    def number(self, where: str, value: Any, kind: type) -> Any:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ConfigError(f"check rules: {where} must be a number, got {value!r}")
        if value < 0 and kind is int:
            raise ConfigError(f"check rules: {where} must not be negative")
        return kind(value)

    def expand(self, source: str, where: str) -> str:
        def sub(match: re.Match[str]) -> str:
            name = match.group(1)
            if name not in self.fragments:
                raise ConfigError(f"check rules: {where}: unknown fragment {{{name}}}")
            return self.fragments[name]

        for _ in range(3):  # fragments may use fragments
            source = _FRAGMENT.sub(sub, source)
        return source

    def regex(self, source: Any, where: str, case: bool = False, lowered: bool = False) -> Pattern:
        """Compile a pattern. `lowered`: for matching against lower-cased text, which is several
        times faster than IGNORECASE and finds the same matches."""
        if not isinstance(source, str) or not source:
            raise ConfigError(f"check rules: {where} must be a non-empty pattern")
        expanded = self.expand(source, where)
        if lowered:
            expanded, flags = lower_pattern(expanded), re.MULTILINE
        else:
            flags = re.MULTILINE | (0 if case else re.IGNORECASE)
        try:
            return Pattern(expanded, flags, compile_pattern(expanded, flags))
        except re.error as exc:
            raise ConfigError(f"check rules: {where}: bad pattern ({exc})") from None

    def rule(self, raw: Any, where: str) -> Rule:
        if isinstance(raw, str):
            raw = {"pattern": raw}
        if not isinstance(raw, dict):
            raise ConfigError(f"check rules: {where} must be a pattern or a table")
        kind = raw.get("kind", "existence")
        swap: dict[str, str] = {}
        if kind == "substitution":
            table = raw.get("swap")
            if not isinstance(table, dict) or not table:
                raise ConfigError(f"check rules: {where}: a substitution needs a swap table")
            swap = {str(k).lower(): str(v) for k, v in table.items()}
            if "pattern" not in raw:
                words = "|".join(re.escape(k) for k in sorted(swap, key=len, reverse=True))
                # not inside an address or a file name ("linkedin.com/in/…"), nor written in
                # capitals: an acronym or a product's edition ("Raiser's Edge NXT")
                raw = {
                    **raw,
                    "pattern": rf"(?<![\w/@.-])(?!(?-i:[A-Z0-9]{{2,}}(?![\w'/@-])))(?:{words})"
                    rf"(?![\w'/@-])(?!\.\w)",
                }
        elif kind != "existence":
            raise ConfigError(
                f"check rules: {where}: kind must be 'existence' or 'substitution', not {kind!r}"
            )
        if "pattern" not in raw:
            raise ConfigError(f"check rules: {where} must be a pattern or a table with 'pattern'")
        known = {"pattern", "case", "unless", "require", "unless_before", "unless_after", "words"}
        unknown = set(raw) - known - {"message", "suggestion", "polite", "polite_code", "kind"}
        unknown -= {"confirm", "body", "unless_person", "unless_surname"}
        unknown -= {"swap"}
        if unknown:
            raise ConfigError(f"check rules: {where}: unknown key {sorted(unknown)[0]!r}")
        case = bool(raw.get("case", False))
        keys = ("pattern", "unless", "require", "unless_before", "unless_after", "polite")
        lowered = not case and not any("(?-i" in str(raw.get(k) or "") for k in keys)
        extra = {
            key: self.regex(raw[key], f"{where}.{key}", case, lowered)
            for key in keys[1:]
            if raw.get(key)
        }
        pattern = self.regex(raw["pattern"], f"{where}.pattern", case, lowered)
        # a case-insensitive part, (?i:...), inside a cased pattern may match in any case:
        # its strings are then looked for in the lower-cased note (a necessary condition)
        gate_cased = case and "(?i" not in pattern.pattern
        needs = required_literals(pattern, gate_cased)
        words = raw.get("words")
        if words is not None:
            # words one of which every match holds whole: the rule is tried only on notes
            # holding one (a set lookup, before the substring tests). Last, so that where the
            # rule is searched for stays as the pattern's own strings say.
            if not isinstance(words, list) or not words:
                raise ConfigError(f"check rules: {where}.words must be a list of words")
            gate = frozenset(str(w) if gate_cased else str(w).lower() for w in words)
            needs = (*(needs or ()), Need(WORDS, tuple(sorted(gate)), gate))
        if needs is not None and (lowered or gate_cased):
            # matched against the very text its strings are looked for in (the lower-cased
            # note, or the note as written): the whole words and pairs of words side by side
            # every match holds, tested last, by `Gates` only
            runs = required_runs(pattern, gate_cased)
            needs = (*needs, *(Need(RUNS, tuple(sorted(g)), g) for g in runs))
        return Rule(
            pattern,
            message=str(raw.get("message", "")),
            suggestion=str(raw.get("suggestion", "")),
            lowered=lowered,
            cased=gate_cased,
            needs=needs,
            heads=leading_strings(pattern, gate_cased),
            at_word=starts_a_word(pattern),
            polite_code=str(raw.get("polite_code", "")),
            confirm=self.number(f"{where}.confirm", raw.get("confirm", 0.0), float),
            body=bool(raw.get("body", False)),
            unless_person=bool(raw.get("unless_person", False)),
            unless_surname=bool(raw.get("unless_surname", False)),
            swap=swap,
            **extra,
        )

    def rules(self, raw: Any, where: str) -> RuleList:
        if raw is None:
            return RuleList()
        if not isinstance(raw, list):
            raise ConfigError(f"check rules: {where} must be a list")
        return RuleList(self.rule(r, f"{where}[{i}]") for i, r in enumerate(raw))

    def build(self) -> CheckRules:
        settings = self.settings()
        kinds = self.kinds()
        codes = {name: self.code(name, raw) for name, raw in self.table("code").items()}
        elements = {name: self.element(name, raw) for name, raw in self.table("element").items()}
        for kind in kinds.values():
            for name in kind.required:
                if name not in elements:
                    raise ConfigError(f"check rules: kind {kind.name} needs unknown element {name}")
        names = self.table("names")
        nicknames: dict[str, set[str]] = {}
        for family in names.get("nicknames", []):
            members = self.words("names.nicknames", family)
            for member in members:
                nicknames.setdefault(member, set()).update(members)
        synonyms: dict[str, set[str]] = {}
        for group in names.get("title_synonyms", []):
            members = self.words("names.title_synonyms", group)
            for member in members:
                synonyms.setdefault(member, set()).update(members)
        caps = frozenset(str(a).upper() for a in names.get("acronyms", []))
        honorifics = self.words("names.honorifics", names.get("honorifics", []))
        return CheckRules(
            settings=settings,
            kinds=kinds,
            codes=codes,
            elements=elements,
            greeting=self.regex(self.table("greeting").get("pattern"), "greeting.pattern"),
            closing=self.regex(self.table("closing").get("pattern"), "closing.pattern"),
            quote_said_by=self.optional_regex(self.table("quotes"), "said_by"),
            generic_greeting=self.words(
                "greeting.generic", self.table("greeting").get("generic", [])
            )
            | honorifics,
            not_names=self.words("names.not_names", names.get("not_names", [])),
            nicknames={k: frozenset(v) for k, v in nicknames.items()},
            title_heads=self.words("names.title_heads", names.get("title_heads", [])),
            title_synonyms={k: frozenset(v) for k, v in synonyms.items()},
            seniority=self.words("names.seniority", names.get("seniority", [])),
            role_cues=tuple(
                self.rule({"pattern": p}, f"names.role_cues[{i}]")
                for i, p in enumerate(names.get("role_cues", []))
            ),
            acronyms=caps,
            shout_words=frozenset(str(w).upper() for w in names.get("shout_words", [])),
            shout_run=self.number("names.shout_run", names.get("shout_run", 3), int),
            shout_run_letters=self.number(
                "names.shout_run_letters", names.get("shout_run_letters", 10), int
            ),
            shout_long_word=self.number(
                "names.shout_long_word", names.get("shout_long_word", 7), int
            ),
            heading_max_words=self.number(
                "names.heading_max_words", names.get("heading_max_words", 0), int
            ),
            heading_plain=frozenset(str(w).upper() for w in names.get("heading_plain", [])),
            name_nouns=self.words("names.name_nouns", names.get("name_nouns", [])),
            shout_adjectives=self.words(
                "names.shout_adjectives", names.get("shout_adjectives", [])
            ),
            emoji=self.regex(names.get("emoji"), "names.emoji", case=True),
            emoticons=self.regex(names.get("emoticons"), "names.emoticons", case=True),
            exclamations=self.regex(names.get("exclamations"), "names.exclamations", case=True),
            topic_stopwords=self.words(
                "topics.stopwords", self.table("topics").get("stopwords", [])
            )
            | self.words("topics.generic", self.table("topics").get("generic", [])),
            topic_grammar=self.words("topics.stopwords", self.table("topics").get("stopwords", [])),
            person_cues=tuple(
                self.rule({"pattern": p, "case": True}, f"names.person_cues[{i}]")
                for i, p in enumerate(names.get("person_cues", []))
            ),
            not_people=self.words("names.not_people", names.get("not_people", [])),
            products=self.words("names.products", names.get("products", []))
            | self.words("names.programmes", names.get("programmes", [])),
            places=self.words("names.places", names.get("places", [])),
            compass=self.words("names.compass", names.get("compass", [])),
            language=self.language(),
            learned=self.learned(),
            org_words=self.words("names.org_words", names.get("org_words", [])),
            regime_nouns=self.words("names.regime_nouns", names.get("regime_nouns", [])),
            team_words=self.words("names.team_words", names.get("team_words", [])),
            unit_words=self.words("names.unit_words", names.get("unit_words", [])),
            sector_words=self.words("names.sector_words", names.get("sector_words", [])),
            field_endings=tuple(
                sorted(self.words("names.field_endings", names.get("field_endings", [])))
            ),
            site_nouns=self.words("names.site_nouns", names.get("site_nouns", [])),
            count_words=self.words("names.count_words", names.get("count_words", [])),
            short_form_letters=self.number(
                "names.short_form_letters", names.get("short_form_letters", 0), int
            ),
            short_form_cut=self.number("names.short_form_cut", names.get("short_form_cut", 1), int),
            short_form_endings=self.words(
                "names.short_form_endings", names.get("short_form_endings", [])
            ),
            short_form_inner_letters=self.number(
                "names.short_form_inner_letters", names.get("short_form_inner_letters", 0), int
            ),
            short_form_respellings=self.pairs(
                "names.short_form_respellings", names.get("short_form_respellings", [])
            ),
            role_subject=self.optional_regex(names, "role_subject"),
            employer_before=self.optional_regex(names, "employer_before"),
            employer_after=self.optional_regex(names, "employer_after"),
            employer_strong=self.optional_regex(names, "employer_strong"),
            employer_next=self.optional_regex(names, "employer_next"),
            employer_modifier=self.optional_regex(names, "employer_modifier"),
            own_before=self.optional_regex(names, "own_before"),
            own_after=self.optional_regex(names, "own_after"),
            third_party_before=self.optional_regex(names, "third_party_before"),
            vocative_before=self.optional_regex(names, "vocative_before"),
            vocative_after=self.optional_regex(names, "vocative_after"),
            family_titles=self.words("names.family_titles", names.get("family_titles", [])),
            honorifics=honorifics,
            after_honorifics=self.words(
                "names.after_honorifics", names.get("after_honorifics", [])
            ),
            honorifics_given=self.words(
                "names.honorifics_given", names.get("honorifics_given", [])
            ),
            honorific_parts=self.words("names.honorific_parts", names.get("honorific_parts", [])),
            family_first=self.words("names.family_first", names.get("family_first", [])),
            patronymic=self.words("names.patronymic", names.get("patronymic", [])),
            legal_forms=legal_forms(),
        )

    def optional_regex(self, table: Mapping[str, Any], key: str) -> Pattern | None:
        """names.KEY compiled (case-insensitive), or None when it is not set."""
        return self.regex(table[key], f"names.{key}") if table.get(key) else None

    def learned(self) -> dict[str, float]:
        raw = self.table("learned")
        if not raw.get("enabled", True):
            return {}
        thresholds = raw.get("thresholds", {})
        if not isinstance(thresholds, dict):
            raise ConfigError("check rules: [learned.thresholds] must be a table")
        out = {}
        for name, value in thresholds.items():
            p = self.number(f"learned.thresholds.{name}", value, float)
            if not 0 < p <= 1:
                raise ConfigError(f"check rules: learned.thresholds.{name} must be in (0, 1]")
            out[str(name)] = p
        return out

    def language(self) -> Language:
        raw = self.table("language")
        others = raw.get("others", {})
        if not isinstance(others, dict):
            raise ConfigError("check rules: [language.others] must be a table")
        return Language(
            min_words=self.number("language.min_words", raw.get("min_words", 6), int),
            english_share=self.number(
                "language.english_share", raw.get("english_share", 0.5), float
            ),
            everyday_share=self.number(
                "language.everyday_share", raw.get("everyday_share", 0.5), float
            ),
            english=self.words("language.english", raw.get("english", [])),
            others={
                str(name): self.words(f"language.others.{name}", words)
                for name, words in others.items()
            },
        )

    def settings(self) -> Settings:
        raw = self.table("settings")
        defaults = Settings()
        values: dict[str, Any] = {}
        for key, value in raw.items():
            if not hasattr(defaults, key):
                raise ConfigError(f"check rules: unknown setting settings.{key}")
            default = getattr(defaults, key)
            if isinstance(default, bool):
                if not isinstance(value, bool):
                    raise ConfigError(f"check rules: settings.{key} must be true or false")
                values[key] = value
            else:
                values[key] = self.number(f"settings.{key}", value, type(default))
        return Settings(**values)

    def kinds(self) -> dict[str, KindSpec]:
        out = {}
        for name, raw in self.table("kinds").items():
            if not isinstance(raw, dict):
                raise ConfigError(f"check rules: [kinds.{name}] must be a table")
            required = raw.get("required", [])
            if not isinstance(required, list):
                raise ConfigError(f"check rules: kinds.{name}.required must be a list")
            out[name] = KindSpec(
                name,
                tuple(dict.fromkeys(str(r) for r in required)),
                self.number(f"kinds.{name}.min_words", raw.get("min_words", 0), int),
                self.number(f"kinds.{name}.max_words", raw.get("max_words", 0), int),
            )
        if not out:
            raise ConfigError("check rules: no [kinds] defined")
        return out

    def code(self, name: str, raw: Any) -> CodeSpec:
        if not isinstance(raw, dict):
            raise ConfigError(f"check rules: [code.{name}] must be a table")
        severity = str(raw.get("severity", ISSUE))
        if severity not in {ISSUE, ADVICE}:
            raise ConfigError(f"check rules: code.{name}.severity must be 'issue' or 'advice'")
        messages = raw.get("messages", {})
        if not isinstance(messages, dict):
            raise ConfigError(f"check rules: code.{name}.messages must be a table")
        return CodeSpec(
            code=name,
            severity=severity,
            message=str(raw.get("message", name)),
            suggestion=str(raw.get("suggestion", "")),
            rules=self.rules(raw.get("rules"), f"code.{name}.rules"),
            messages={str(k): str(v) for k, v in messages.items()},
            suppressed_by=tuple(str(c) for c in raw.get("suppressed_by", [])),
            skip_if_in_facts=bool(raw.get("skip_if_in_facts", False)),
            skip_if_in_record=bool(raw.get("skip_if_in_record", False)),
            voids_elements=bool(raw.get("voids_elements", False)),
            voids_from_match=frozenset(str(e) for e in raw.get("voids_from_match", ())),
            enabled=bool(raw.get("enabled", True)),
        )

    def element(self, name: str, raw: Any) -> ElementSpec:
        if not isinstance(raw, dict):
            raise ConfigError(f"check rules: [element.{name}] must be a table")
        return ElementSpec(
            name,
            str(raw.get("label", name)),
            str(raw.get("suggestion", "")),
            self.rules(raw.get("rules"), f"element.{name}.rules"),
            frozenset(str(c) for c in raw.get("voided_by", ())),
            self.words(f"element.{name}.plain_words", raw.get("plain_words", [])),
        )


def lower_pattern(source: str) -> str:
    """A pattern's literals in lower case; escapes (\\S, \\N{…}) and group names kept."""
    out: list[str] = []
    i, n = 0, len(source)
    while i < n:
        c = source[i]
        if c == "\\" and i + 1 < n:
            if source[i + 1] == "N" and source.startswith("{", i + 2):
                j = source.find("}", i)
                j = n - 1 if j < 0 else j
                out.append(source[i : j + 1])
                i = j + 1
            else:
                out.append(source[i : i + 2])
                i += 2
            continue
        if source.startswith("(?P<", i) or source.startswith("(?P=", i):
            j = source.find(">" if source[i + 3] == "<" else ")", i)
            j = n - 1 if j < 0 else j
            out.append(source[i : j + 1])
            i = j + 1
            continue
        out.append(c.lower())
        i += 1
    return "".join(out)
