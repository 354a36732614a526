"""The tone and content check of a follow-up note (SPEC §5). Pure: text and rules in, result out.

The rules (phrase patterns, name lists, thresholds) come in as data, compiled once by
`compile_rules`; `check` reads one note against them and reports every finding with
character offsets into the text it was given (`text[start:end] == excerpt`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any

from followup.core.errors import ConfigError, InvalidInput

ELEMENTS = ("thanks", "interest", "qualifications", "specifics", "enthusiasm", "next_steps")
ISSUE = "issue"
ADVICE = "advice"

# One-for-one replacements, so offsets in the normalised text are offsets in the original.
_NORMALISE = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u02bc": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u00a0": " ",
        "\u2009": " ",
        "\u202f": " ",
    }
)
_WORD_PARTS = re.compile(r"['\u2019-]")
_NORMALISE_RE = re.compile("[" + "".join(chr(c) for c in _NORMALISE) + "]")
_WORD = re.compile(r"[^\W_]+(?:['\u2019-][^\W_]+)*")
_SUBJECT = re.compile(r"\A\s*subject\s*:[^\n]*", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?]+[\"')\]]*(?=\s|$)")
_ABBREVIATIONS = frozenset(
    (
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "sr",
        "jr",
        "st",
        "mt",
        "vs",
        "etc",
        "e.g",
        "i.e",
        "inc",
        "ltd",
        "co",
        "corp",
        "dept",
        "approx",
        "no",
        "fig",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mon",
        "tue",
        "wed",
        "thu",
        "fri",
        "sat",
        "sun",
    )
)
_CLAUSE_BREAK = re.compile(r"[,;]\s+(?:and|but|so|yet|while|although|though)\b|;|\s[—–-]{1,2}\s")
_LAST_WORD = re.compile(r"[\w.]+$")
_CAP_WORD = re.compile(r"(?<![\w'-])[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:'s)?(?![\w-])")
_CAPS_TOKEN = re.compile(r"[A-Z](?<![\w'&][A-Z])[A-Z'&]*(?![\w'&])")
_FRAGMENT = re.compile(r"(?<!\\)\{([a-z_]+)\}")
_SHOUT_GAP = re.compile(r"[ \t,!?.;:-]{1,4}")
# a "!" not after another "!" or "?" (the look-behind comes after the "!" so that the regex
# engine can jump from one "!" to the next)
_EXCLAMATION = re.compile(r"!(?<![!?]!)[^!?]")
_PERSON_CONTEXT = re.compile(
    r"\s*(?:'s\b|,|\s(?:and|mentioned|said|explained|described|shared|showed|asked|told|"
    r"walked|gave|introduced|noted|pointed|made|took|led|offered|spoke|talked))"
)
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


# --------------------------------------------------------------------------------------
# Inputs and outputs


@dataclass(frozen=True)
class Facts:
    """What the interview record says: the names a note must get right, the topics it can cite."""

    company: str = ""
    role: str = ""
    people: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    candidate: str = ""  # the writer's own name, never a mismatch


@dataclass(frozen=True)
class Finding:
    code: str
    start: int
    end: int
    excerpt: str
    message: str
    suggestion: str
    severity: str = ISSUE

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "start": self.start,
            "end": self.end,
            "excerpt": self.excerpt,
            "message": self.message,
            "suggestion": self.suggestion,
        }


@dataclass(frozen=True)
class CheckResult:
    kind: str
    verdict: str  # ready | revise
    score: int
    words: int
    elements: dict[str, bool]
    issues: tuple[Finding, ...]
    advice: tuple[Finding, ...] = ()
    suggestions: dict[str, str] = field(default_factory=dict)  # for each missing element

    @property
    def ready(self) -> bool:
        return self.verdict == "ready"

    @property
    def missing(self) -> list[str]:
        return [name for name, present in self.elements.items() if not present]

    def to_dict(self, file: str | None = None) -> dict[str, Any]:
        out: dict[str, Any] = {} if file is None else {"file": file}
        out.update(
            {
                "verdict": self.verdict,
                "score": self.score,
                "words": self.words,
                "elements": dict(self.elements),
                "issues": [f.to_dict() for f in self.issues],
                "kind": self.kind,
                "advice": [f.to_dict() for f in self.advice],
            }
        )
        return out


# --------------------------------------------------------------------------------------
# Compiled rules


@dataclass(frozen=True)
class Rule:
    pattern: re.Pattern[str]
    unless: re.Pattern[str] | None = None
    require: re.Pattern[str] | None = None
    unless_before: re.Pattern[str] | None = None
    unless_after: re.Pattern[str] | None = None
    message: str = ""
    suggestion: str = ""
    lowered: bool = False  # compiled in lower case, matched against the lower-cased note
    cased: bool = False  # case-sensitive: its strings are looked for as written
    needs: tuple[Need, ...] | None = None  # a match holds one string of each


@dataclass(frozen=True)
class CodeSpec:
    code: str
    severity: str
    message: str
    suggestion: str
    rules: tuple[Rule, ...] = ()
    messages: Mapping[str, str] = field(default_factory=dict)
    suppressed_by: tuple[str, ...] = ()
    skip_if_in_facts: bool = False
    voids_elements: bool = False  # what a sentence with this finding says counts for nothing
    enabled: bool = True


@dataclass(frozen=True)
class ElementSpec:
    name: str
    label: str
    suggestion: str
    rules: tuple[Rule, ...]


@dataclass(frozen=True)
class KindSpec:
    name: str
    required: tuple[str, ...]
    min_words: int
    max_words: int


@dataclass(frozen=True)
class Settings:
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


@dataclass(frozen=True)
class CheckRules:
    settings: Settings
    kinds: Mapping[str, KindSpec]
    codes: Mapping[str, CodeSpec]
    elements: Mapping[str, ElementSpec]
    greeting: re.Pattern[str]
    closing: re.Pattern[str]
    generic_greeting: frozenset[str]
    not_names: frozenset[str]
    nicknames: Mapping[str, frozenset[str]]
    title_heads: frozenset[str]
    title_synonyms: Mapping[str, frozenset[str]]
    seniority: frozenset[str]
    company_cues: tuple[Rule, ...]
    role_cues: tuple[Rule, ...]
    acronyms: frozenset[str]
    shout_words: frozenset[str]
    shout_run: int
    shout_run_letters: int
    shout_long_word: int
    emoji: re.Pattern[str]
    emoticons: re.Pattern[str]
    exclamations: re.Pattern[str]
    topic_stopwords: frozenset[str]
    person_cues: tuple[Rule, ...] = ()
    not_people: frozenset[str] = frozenset()

    def code(self, code: str) -> CodeSpec | None:
        spec = self.codes.get(code)
        return spec if spec is not None and spec.enabled else None


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

    def regex(
        self, source: Any, where: str, case: bool = False, lowered: bool = False
    ) -> re.Pattern[str]:
        """Compile a pattern. `lowered`: for matching against lower-cased text, which is several
        times faster than IGNORECASE and finds the same matches."""
        if not isinstance(source, str) or not source:
            raise ConfigError(f"check rules: {where} must be a non-empty pattern")
        expanded = self.expand(source, where)
        if lowered:
            expanded, flags = _lower_pattern(expanded), re.MULTILINE
        else:
            flags = re.MULTILINE | (0 if case else re.IGNORECASE)
        try:
            return re.compile(expanded, flags)
        except re.error as exc:
            raise ConfigError(f"check rules: {where}: bad pattern ({exc})") from None

    def rule(self, raw: Any, where: str) -> Rule:
        if isinstance(raw, str):
            raw = {"pattern": raw}
        if not isinstance(raw, dict) or "pattern" not in raw:
            raise ConfigError(f"check rules: {where} must be a pattern or a table with 'pattern'")
        known = {"pattern", "case", "unless", "require", "unless_before", "unless_after"}
        unknown = set(raw) - known - {"message", "suggestion"}
        if unknown:
            raise ConfigError(f"check rules: {where}: unknown key {sorted(unknown)[0]!r}")
        case = bool(raw.get("case", False))
        keys = ("pattern", "unless", "require", "unless_before", "unless_after")
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
        return Rule(
            pattern,
            message=str(raw.get("message", "")),
            suggestion=str(raw.get("suggestion", "")),
            lowered=lowered,
            cased=gate_cased,
            needs=_required_literals(pattern, gate_cased),
            **extra,
        )

    def rules(self, raw: Any, where: str) -> tuple[Rule, ...]:
        if raw is None:
            return ()
        if not isinstance(raw, list):
            raise ConfigError(f"check rules: {where} must be a list")
        return tuple(self.rule(r, f"{where}[{i}]") for i, r in enumerate(raw))

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
        return CheckRules(
            settings=settings,
            kinds=kinds,
            codes=codes,
            elements=elements,
            greeting=self.regex(self.table("greeting").get("pattern"), "greeting.pattern"),
            closing=self.regex(self.table("closing").get("pattern"), "closing.pattern"),
            generic_greeting=self.words(
                "greeting.generic", self.table("greeting").get("generic", [])
            ),
            not_names=self.words("names.not_names", names.get("not_names", [])),
            nicknames={k: frozenset(v) for k, v in nicknames.items()},
            title_heads=self.words("names.title_heads", names.get("title_heads", [])),
            title_synonyms={k: frozenset(v) for k, v in synonyms.items()},
            seniority=self.words("names.seniority", names.get("seniority", [])),
            company_cues=tuple(
                self.rule({"pattern": p, "case": True}, f"names.company_cues[{i}]")
                for i, p in enumerate(names.get("company_cues", []))
            ),
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
            emoji=self.regex(names.get("emoji"), "names.emoji", case=True),
            emoticons=self.regex(names.get("emoticons"), "names.emoticons", case=True),
            exclamations=self.regex(names.get("exclamations"), "names.exclamations", case=True),
            topic_stopwords=self.words(
                "topics.stopwords", self.table("topics").get("stopwords", [])
            ),
            person_cues=tuple(
                self.rule({"pattern": p, "case": True}, f"names.person_cues[{i}]")
                for i, p in enumerate(names.get("person_cues", []))
            ),
            not_people=self.words("names.not_people", names.get("not_people", [])),
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
            voids_elements=bool(raw.get("voids_elements", False)),
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
        )


def _lower_pattern(source: str) -> str:
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


SUBSTRINGS, WORDS, PREFIXES = 0, 1, 2
_COMMON = frozenset(
    re.findall(
        r"\w+",
        "the a an and or of to in on for with at by from as is are was were be been it this "
        "that you your i me my we our they he she his her not have has had do did will would "
        "can so but if all any",
    )
)
PREFIX_MIN, PREFIX_LEN = 3, 5  # word beginnings are compared on 3 to 5 first characters


@dataclass(frozen=True)
class Need:
    """A group of strings every match holds one of: anywhere (SUBSTRINGS), as a whole word
    of the note (WORDS) or at the start of a word (PREFIXES, compared on `gate`)."""

    kind: int
    strings: tuple[str, ...]
    gate: frozenset[str]


def _required_literals(pattern: re.Pattern[str], cased: bool = False) -> tuple[Need, ...] | None:
    """Groups of strings: every match contains at least one string of each group.

    Quick tests on them skip most patterns without running the regex engine (None: nothing
    is known, the pattern always runs). A group may be marked (first item): WORDS, one of
    them is a word of the text; PREFIXES, one of them begins a word of the text. Strings
    are in lower case unless the pattern is `cased`.
    """
    try:
        from re import _constants as sre  # type: ignore[attr-defined]
        from re import _parser  # type: ignore[attr-defined]

        items = list(_parser.parse(pattern.pattern, pattern.flags & ~re.IGNORECASE))
        found = [(g, w) for g, w in _all_needed(items, sre, False) if g and all(g)]
        words = _whole_words(items, sre)
    except Exception:  # private API of `re`: without it, every pattern simply runs
        return None
    if not cased:
        found = [({x.lower() for x in g}, w) for g, w in found]
        words = {w.lower() for w in words} if words else None
    if not found and not words:
        return None
    # the group tested first (and used to find where to look) should be the rarest
    found.sort(key=_rarity)
    out = []
    for group, initial in found:
        strings = tuple(sorted(group))
        plain = all(re.fullmatch(r"[\w'-]+", x) for x in group)
        if initial and plain and min(map(len, strings)) >= PREFIX_MIN:
            out.append(Need(PREFIXES, strings, frozenset(x[:PREFIX_LEN] for x in strings)))
        else:
            out.append(Need(SUBSTRINGS, strings, frozenset(strings)))
    if words:
        out.insert(0, Need(WORDS, tuple(sorted(words)), frozenset(words)))
    return tuple(out) or None


def _rarity(group: tuple[set[str], bool]) -> tuple[bool, bool, int, int]:
    """Sort key: the rarest-looking group first (no common word, with punctuation, long)."""
    strings = group[0]
    punctuated = all(not s.replace("'", "").isalnum() or "'" in s for s in strings)
    return (bool(strings & _COMMON), not punctuated, -min(map(len, strings)), len(strings))


def _word_edge(item: tuple[Any, Any], sre: Any, direction: int) -> bool:
    """`\\b`, or a look-behind (-1) / look-ahead (1) that refuses a word character."""
    op, av = item
    if op is sre.AT:
        return bool(av is sre.AT_BOUNDARY)
    if op is not sre.ASSERT_NOT or av[0] != direction:
        return False
    inner = list(av[1])
    return (
        len(inner) == 1
        and inner[0][0] is sre.IN
        and (sre.CATEGORY, sre.CATEGORY_WORD) in list(inner[0][1])
    )


def _word_starts_after(item: tuple[Any, Any], sre: Any, before: bool) -> bool:
    """Whether a word character right after this item starts a word (`before`: the same
    question for the position before the item)."""
    op, av = item
    if op is sre.AT:
        return True  # \\b or ^ followed by a word character: a word starts there
    if op is sre.ASSERT_NOT and av[0] == -1:
        return before or _word_edge(item, sre, -1)
    if op in (sre.ASSERT, sre.ASSERT_NOT):
        return before
    if op is sre.LITERAL:
        return not (chr(av).isalnum() or chr(av) == "_")
    if op in _repeats(sre):
        after = _sequence_starts_word(list(av[2]), sre, before)
        return after if av[0] >= 1 else before and after
    if op is sre.SUBPATTERN:
        return _sequence_starts_word(list(av[3]), sre, before)
    if op is sre.BRANCH:
        return all(_sequence_starts_word(list(b), sre, before) for b in av[1])
    if op is sre.IN:
        return all(
            (o is sre.CATEGORY and a is sre.CATEGORY_SPACE)
            or (o is sre.LITERAL and not (chr(a).isalnum() or chr(a) == "_"))
            for o, a in av
        )
    return False


def _sequence_starts_word(items: list[tuple[Any, Any]], sre: Any, before: bool) -> bool:
    state = before
    for item in items:
        state = _word_starts_after(item, sre, state)
    return state


def _whole_words(items: list[tuple[Any, Any]], sre: Any) -> set[str] | None:
    """For a pattern `\\b(?:word|word|…)\\b…`: the words, one of which a match must be."""
    if len(items) < 3 or not (_word_edge(items[0], sre, -1) and _word_edge(items[2], sre, 1)):
        return None
    op, av = items[1]
    if op is sre.SUBPATTERN and len(av[3]) == 1:
        op, av = list(av[3])[0]
    branches = [list(b) for b in av[1]] if op is sre.BRANCH else [[(op, av)]]
    words = set()
    for chars in branches:
        if not chars or any(o is not sre.LITERAL for o, _ in chars):
            return None
        words.add("".join(chr(v) for _, v in chars))
    return words if all(re.fullmatch(r"\w+(?:'\w+)*", w) for w in words) else None


def _heads(items: list[tuple[Any, Any]], sre: Any) -> set[str] | None:
    """Strings one of which starts every match of this sequence (None: nothing known)."""
    prefix: list[str] = []
    for op, av in items:
        if op is sre.LITERAL:
            prefix.append(chr(av))
            continue
        head = "".join(prefix)
        more = _item_heads(op, av, sre)
        if more:
            return {head + m for m in more}
        return {head} if head else None
    head = "".join(prefix)
    return {head} if head else None


def _item_heads(op: Any, av: Any, sre: Any) -> set[str] | None:
    if op is sre.SUBPATTERN:
        return _heads(list(av[3]), sre)
    if op is sre.BRANCH:
        union: set[str] = set()
        for branch in av[1]:
            sub = _heads(list(branch), sre)
            if not sub:
                return None
            union |= sub
        return union
    if op in _repeats(sre) and av[0] >= 1:
        return _heads(list(av[2]), sre)
    if op is sre.IN and av and all(o is sre.LITERAL for o, _ in av):
        return {chr(v) for _, v in av}
    return None


Needed = tuple[set[str], bool]  # strings, and whether each starts a word


def _all_needed(items: list[tuple[Any, Any]], sre: Any, initial: bool) -> list[Needed]:
    """Every group of strings a match of this sequence must contain one of. `initial`: the
    sequence starts where a word character would start a word."""
    out: list[Needed] = []
    i, at_start = 0, initial
    while i < len(items):
        op, av = items[i]
        if op is sre.LITERAL:
            heads = _heads(items[i:], sre)
            if heads:
                first = chr(av)
                out.append((heads, at_start and (first.isalnum() or first == "_")))
            while i < len(items) and items[i][0] is sre.LITERAL:
                i += 1
            at_start = _word_starts_after(items[i - 1], sre, at_start)
            continue
        if op is sre.SUBPATTERN:
            out.extend(_all_needed(list(av[3]), sre, at_start))
        elif op in _repeats(sre) and av[0] >= 1:
            out.extend(_all_needed(list(av[2]), sre, at_start))
        else:
            one = _needed_item(op, av, sre, at_start)
            if one:
                out.append(one)
        at_start = _word_starts_after(items[i], sre, at_start)
        i += 1
    return out


def _repeats(sre: Any) -> tuple[Any, ...]:
    return tuple(
        op for op in (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", None)) if op
    )


def _needed_in(items: list[tuple[Any, Any]], sre: Any, initial: bool) -> Needed | None:
    """The best single group of strings a match of this sequence must contain one of."""
    candidates = [c for c in _all_needed(items, sre, initial) if c[0] and all(c[0])]
    if not candidates:
        return None
    return min(
        candidates,
        key=lambda c: (min(map(len, c[0])) < 3, len(c[0]), -min(map(len, c[0]))),
    )


def _needed_item(op: Any, av: Any, sre: Any, initial: bool) -> Needed | None:
    if op is sre.SUBPATTERN:
        return _needed_in(list(av[3]), sre, initial)
    if op is sre.ATOMIC_GROUP:
        return _needed_in(list(av), sre, initial)
    if op is sre.BRANCH:
        union: set[str] = set()
        starts = True
        for branch in av[1]:
            sub = _needed_in(list(branch), sre, initial)
            if not sub:
                return None
            union |= sub[0]
            starts = starts and sub[1]
        return union, starts
    if op in _repeats(sre):
        return _needed_in(list(av[2]), sre, initial) if av[0] >= 1 else None
    if op is sre.IN and av and all(o is sre.LITERAL for o, _ in av):
        return {chr(v) for _, v in av}, False
    return None


def _normal_char(match: re.Match[str]) -> str:
    return match.group().translate(_NORMALISE)


def _lower_text(text: str) -> str:
    """The text in lower case, character for character (offsets unchanged)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)


# --------------------------------------------------------------------------------------
# The note, read once


@dataclass(frozen=True)
class _Span:
    start: int
    end: int


class _Document:
    """The note's text with its parts: subject, greeting, body, signature, sentences."""

    def __init__(self, text: str, rules: CheckRules) -> None:
        self.text = text
        self.norm = text if text.isascii() else _NORMALISE_RE.sub(_normal_char, text)
        self.lower = _lower_text(self.norm)
        subject = _SUBJECT.match(self.norm)
        self.subject = _Span(subject.start(), subject.end()) if subject else None
        self.body_start = subject.end() if subject else 0
        self.greeting = self._greeting(rules)
        self.signature_start = self._signature(rules)
        self.body = _Span(
            self.greeting.end if self.greeting else self.body_start, self.signature_start
        )
        self.sentences = self._sentences()
        self._starts = [s.start for s in self.sentences]
        found: set[str] = set()
        self.sentence_words: list[int] = []
        self.sentence_tokens: list[list[str]] = []
        for s in self.sentences:
            words = _WORD.findall(self.norm, s.start, s.end)
            self.sentence_words.append(len(words))
            self.sentence_tokens.append(words)
            found.update(words)
        self.words = sum(
            n
            for s, n in zip(self.sentences, self.sentence_words, strict=True)
            if s.start >= self.body_start
        )
        # the words of the note, whole ("e-mail", "I've") and in parts ("e", "mail", "ve")
        parts = {p for w in found if not w.isalnum() for p in _WORD_PARTS.split(w)}
        self.cased_words = frozenset(found | parts)
        self.word_set = frozenset(map(str.lower, self.cased_words))
        self._prefixes: dict[str, frozenset[str]] = {}
        self._breaks: list[tuple[int, int]] | None = None

    def word_start(self, index: int) -> int:
        """Where the note's word number `index` (from 0, after the subject) starts."""
        for i, m in enumerate(_WORD.finditer(self.norm, self.body_start)):
            if i == index:
                return m.start()
        return len(self.norm)

    def _greeting(self, rules: CheckRules) -> _Span | None:
        pos, seen = self.body_start, 0
        while pos < len(self.norm) and seen < 3:
            end = self.norm.find("\n", pos)
            end = len(self.norm) if end < 0 else end
            line = self.norm[pos:end]
            if line.strip():
                seen += 1
                opener = rules.greeting.match(line)
                if opener:
                    lead = len(line) - len(line.lstrip())
                    end_at = len(line.rstrip())
                    if len(line.split()) > 10:  # "Hi Sarah, thank you for…" on one line
                        cut = re.search(r"[,:;!]", line[opener.end() :])
                        end_at = opener.end() + cut.end() if cut else opener.end()
                    return _Span(pos + lead, pos + end_at)
            pos = end + 1
        return None

    def _signature(self, rules: CheckRules) -> int:
        """Where the sign-off starts (the end of the text when there is none)."""
        lines: list[tuple[int, int]] = []
        pos = self.body_start
        while pos <= len(self.norm):
            end = self.norm.find("\n", pos)
            end = len(self.norm) if end < 0 else end
            if self.norm[pos:end].strip():
                lines.append((pos, end))
            pos = end + 1
        first_body = 1 if self.greeting else 0
        for start, end in reversed(lines[first_body:][-6:]):
            line = self.norm[start:end]
            if len(line.split()) <= 8 and rules.closing.match(line):
                return start + len(line) - len(line.lstrip())
        return len(self.norm)

    def _sentences(self) -> list[_Span]:
        text = self.norm
        cuts: set[int] = set()
        for m in _SENTENCE_END.finditer(text):
            if m.group() == ".":
                word = _LAST_WORD.search(text, max(0, m.start() - 12), m.start())
                last = word.group().lower().rstrip(".") if word else ""
                if last in _ABBREVIATIONS or (len(last) == 1 and last.isalpha()):
                    continue
            cuts.add(m.end())
        for m in re.finditer(r"\n", text):
            i = m.start()
            line_start = text.rfind("\n", 0, i) + 1
            prev_line = text[line_start:i].rstrip()
            nxt = text[i + 1 : i + 2]
            if (
                not prev_line
                or not nxt.strip()
                or prev_line[-1] in ".!?,:;"
                or (len(prev_line) < 60 and (nxt.isupper() or nxt.isdigit() or nxt in "-*•"))
            ):
                cuts.add(i + 1)
        for fixed in (self.body_start, self.signature_start):
            cuts.add(fixed)
        if self.greeting:
            cuts.update((self.greeting.start, self.greeting.end))
        spans = []
        prev = 0
        for cut in sorted(cuts | {len(text)}):
            chunk = text[prev:cut]
            if chunk.strip():
                lead = len(chunk) - len(chunk.lstrip())
                spans.append(_Span(prev + lead, prev + len(chunk.rstrip())))
            prev = cut
        return spans or [_Span(0, len(text))]

    def prefixes(self, cased: bool) -> frozenset[str]:
        """Every beginning of every word of the note (to test a word-initial string at once)."""
        key = "cased" if cased else "lower"
        if key not in self._prefixes:
            if not cased and self.norm.isascii():
                # ASCII lower-casing keeps lengths: the beginnings of the lower-cased words
                # are the lower-cased beginnings of the words
                self._prefixes[key] = frozenset(map(str.lower, self.prefixes(True)))
                return self._prefixes[key]
            words = self.cased_words if cased else self.word_set
            self._prefixes[key] = frozenset().union(
                *(map(itemgetter(slice(0, k)), words) for k in range(PREFIX_MIN, PREFIX_LEN + 1))
            )
        return self._prefixes[key]

    def sentence_index(self, pos: int) -> int:
        return max(bisect_right(self._starts, pos) - 1, 0)

    def sentence_at(self, pos: int) -> _Span:
        return self.sentences[self.sentence_index(pos)]

    def clause_at(self, pos: int) -> _Span:
        """The clause around pos: its sentence cut at ', and', ', but', ';' and dashes."""
        sentence = self.sentence_at(pos)
        if self._breaks is None:
            self._breaks = [m.span() for m in _CLAUSE_BREAK.finditer(self.norm)]
        breaks = self._breaks
        i = bisect_right(breaks, (pos, pos))
        start = breaks[i - 1][1] if i and breaks[i - 1][1] <= pos else sentence.start
        while i < len(breaks) and breaks[i][0] < pos:
            i += 1
        end = breaks[i][0] if i < len(breaks) else sentence.end
        return _Span(max(start, sentence.start), min(end, sentence.end))

    def is_sentence_start(self, pos: int) -> bool:
        return self.sentence_at(pos).start == pos

    def in_body(self, pos: int) -> bool:
        return self.body.start <= pos < self.body.end

    def words_in(self, span: _Span) -> int:
        """Words in the sentences that start inside span."""
        return sum(
            n
            for s, n in zip(self.sentences, self.sentence_words, strict=True)
            if span.start <= s.start < span.end
        )


# --------------------------------------------------------------------------------------
# Matching


def _fill(template: str, **values: Any) -> str:
    """Put values in a message's {found}/{expected}/... slots (no format-string evaluation)."""
    for key, value in values.items():
        template = template.replace("{" + key + "}", str(value))
    return template


def _admits(rule: Rule, doc: _Document) -> bool:
    """Whether the note holds a string of each group the rule's matches need (when it has
    none, whether it can match is not known: True)."""
    needs = rule.needs
    if needs is None:
        return True
    cased = rule.cased
    for need in needs:
        kind = need.kind
        if kind == PREFIXES:
            if doc.prefixes(cased).isdisjoint(need.gate):
                return False
        elif kind == WORDS:
            if (doc.cased_words if cased else doc.word_set).isdisjoint(need.gate):
                return False
        else:
            hay = doc.norm if cased else doc.lower
            for string in need.strings:
                if string in hay:
                    break
            else:
                return False
    return True


def _finditer(
    rule: Rule, doc: _Document, lo: int = 0, hi: int | None = None
) -> Iterator[re.Match[str]]:
    """The rule's matches in the note (lower-cased when so compiled).

    When the rule has strings every match needs, it is skipped if one group is absent, and
    otherwise runs only over the sentences that hold a string of its most telling group.
    """
    if not _admits(rule, doc):
        return iter(())
    return _search(rule, doc, lo, hi)


def _search(rule: Rule, doc: _Document, lo: int, hi: int | None) -> Iterator[re.Match[str]]:
    """The rule's matches, searched for where its most telling strings are (see _finditer)."""
    text = doc.lower if rule.lowered else doc.norm
    hi = len(text) if hi is None else hi
    if rule.needs is None:
        yield from rule.pattern.finditer(text, lo, hi)
        return
    hay = doc.norm if rule.cased else doc.lower
    strings = rule.needs[0].strings
    if min(map(len, strings)) < (2 if all(not s.isalnum() for s in strings) else 3):
        # too common to narrow the search down
        yield from rule.pattern.finditer(text, lo, hi)
        return
    hits: set[int] = set()
    for string in strings:
        at = hay.find(string, lo, hi)
        while at >= 0:
            hits.add(doc.sentence_index(at))
            at = hay.find(string, at + 1, hi)
    order = sorted(hits)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and order[j + 1] == order[j] + 1:
            j += 1  # neighbouring sentences: one search
        first, last = doc.sentences[order[i]], doc.sentences[order[j]]
        start = max(lo, text.rfind("\n", 0, first.start) + 1)  # so that ^ can match
        yield from rule.pattern.finditer(text, start, min(hi, last.end))
        i = j + 1


def _matches(rule: Rule, doc: _Document, lo: int = 0, hi: int | None = None) -> Iterator[_Span]:
    if not _admits(rule, doc):
        return iter(())
    return _spans(rule, doc, lo, hi)


def _spans(rule: Rule, doc: _Document, lo: int, hi: int | None) -> Iterator[_Span]:
    """The spans of the rule's matches that its conditions (unless, require, …) keep."""
    text = doc.lower if rule.lowered else doc.norm
    has_hit = "hit" in rule.pattern.groupindex
    for m in _search(rule, doc, lo, hi):
        start, end = m.span("hit") if has_hit and m.group("hit") is not None else m.span()
        if end <= start:
            continue
        sentence = doc.sentence_at(start)
        if rule.unless or rule.require:
            scope = text[sentence.start : max(sentence.end, end)]
            if rule.unless and rule.unless.search(scope):
                continue
            if rule.require and not rule.require.search(scope):
                continue
        if rule.unless_before and rule.unless_before.search(
            text[max(sentence.start, start - 80) : start]
        ):
            continue
        if rule.unless_after and rule.unless_after.search(
            text[end : min(max(sentence.end, end), end + 80)]
        ):
            continue
        yield _Span(start, end)


class _Checker:
    def __init__(self, text: str, kind: str, facts: Facts, rules: CheckRules) -> None:
        if kind not in rules.kinds:
            known = ", ".join(rules.kinds)
            raise InvalidInput(f"unknown kind of note {kind!r} (known: {known})")
        self.kind = rules.kinds[kind]
        self.rules = rules
        self.facts = facts
        self.doc = _Document(text, rules)
        self.found: list[Finding] = []
        self.names = _Names(facts, rules)

    def add(self, code: str, span: _Span, message: str = "", suggestion: str = "") -> None:
        spec = self.rules.code(code)
        if spec is None:
            return
        text = self.doc.text
        self.found.append(
            Finding(
                code,
                span.start,
                span.end,
                text[span.start : span.end],
                message or spec.message,
                suggestion or spec.suggestion,
                spec.severity,
            )
        )

    # -- phrase rules
    def phrase_rules(self) -> None:
        fact_text = " ".join((self.facts.role, *self.facts.topics)).lower()
        for spec in self.rules.codes.values():
            if not spec.enabled:
                continue
            for rule in spec.rules:
                for span in _matches(rule, self.doc):
                    excerpt = self.doc.norm[span.start : span.end].lower()
                    if spec.skip_if_in_facts and fact_text and _mentions(fact_text, excerpt):
                        continue
                    self.add(spec.code, span, rule.message, rule.suggestion)

    # -- unprofessional: emoji, emoticons, shouting, runs of "!"
    def typography(self) -> None:
        spec = self.rules.code("unprofessional")
        if spec is None:
            return
        msg = spec.messages
        doc, rules = self.doc, self.rules
        scans = [(rules.emoticons, "emoticon")]
        if not doc.norm.isascii():
            scans.append((rules.emoji, "emoji"))
        for pattern, key in scans:
            for span in _merge_adjacent(pattern.finditer(doc.norm), doc.norm):
                self.add("unprofessional", span, msg.get(key, ""), msg.get("emoji_suggestion", ""))
        for m in rules.exclamations.finditer(doc.norm):
            self.add(
                "unprofessional",
                _Span(*m.span()),
                msg.get("exclamations", ""),
                msg.get("exclamations_suggestion", ""),
            )
        for span in self.shouting():
            self.add(
                "unprofessional", span, msg.get("shouting", ""), msg.get("shouting_suggestion", "")
            )

    def shouting(self) -> Iterator[_Span]:
        rules, text = self.rules, self.doc.norm
        allowed = rules.acronyms | {t.upper() for t in self.names.all_fact_tokens}
        groups: list[list[re.Match[str]]] = []
        for m in _CAPS_TOKEN.finditer(text, 0, self.doc.signature_start):
            if groups and _SHOUT_GAP.fullmatch(text[groups[-1][-1].end() : m.start()]):
                groups[-1].append(m)
            else:
                groups.append([m])
        for group in groups:
            words = [m.group().strip("'") for m in group]
            loud = [w for w in words if len(w) >= 2 and w not in allowed]
            if not loud:
                continue
            letters = sum(len(w) for w in loud)
            if (
                any(w in rules.shout_words for w in loud)
                or len(loud) >= rules.shout_run
                or (len(loud) >= 2 and letters >= rules.shout_run_letters)
                or any(len(w) >= rules.shout_long_word for w in loud)
            ):
                yield _Span(group[0].start(), group[-1].end())

    # -- length for the kind
    def length(self) -> None:
        spec = self.rules.code("length")
        if spec is None:
            return
        doc, kind = self.doc, self.kind
        n = doc.words
        if kind.min_words and n < kind.min_words:
            body = doc.text[doc.body_start :]
            lead = len(body) - len(body.lstrip())
            start, end = doc.body_start + lead, doc.body_start + len(body.rstrip())
            if end <= start:
                start, end = 0, len(doc.text)
            if end <= start:
                return
            message_key, suggestion_key = "too_short", "suggestion_short"
        elif kind.max_words and n > kind.max_words:
            start = doc.word_start(kind.max_words)
            end = len(doc.text.rstrip())
            message_key, suggestion_key = "too_long", "suggestion_long"
        else:
            return
        self.add(
            "length",
            _Span(start, end),
            _fill(
                spec.messages.get(message_key, spec.message),
                found=n,
                expected=kind.name,
                min=kind.min_words,
                max=kind.max_words,
            ),
            spec.messages.get(suggestion_key, spec.suggestion),
        )

    # -- names that do not match the record
    def names_check(self) -> None:
        spec = self.rules.code("name_mismatch")
        if spec is None or not (self.facts.people or self.facts.company or self.facts.role):
            return
        placeholders = [f for f in self.found if f.code == "placeholder"]
        for span, key, found, expected, sugg_key in self.names.mismatches(self.doc):
            if any(p.start <= span.start < p.end for p in placeholders):
                continue  # reported as a placeholder already
            self.add(
                "name_mismatch",
                span,
                _fill(spec.messages.get(key, spec.message), found=found, expected=expected),
                _fill(spec.messages.get(sugg_key, spec.suggestion), expected=expected),
            )

    # -- advice
    def advice(
        self,
        sentiment: Callable[[str], float] | None,
        readability: Callable[[str], float] | None,
    ) -> None:
        doc, settings = self.doc, self.rules.settings
        spec = self.rules.code("long_sentence")
        if spec is not None and settings.long_sentence_words:
            for s, n in zip(doc.sentences, doc.sentence_words, strict=True):
                if n > settings.long_sentence_words:
                    self.add("long_sentence", s, _fill(spec.message, found=n))
        spec = self.rules.code("exclamation")
        marks = [m.start() for m in _EXCLAMATION.finditer(doc.norm + " ")]
        if (
            spec is not None
            and settings.exclamation_advice
            and len(marks) >= settings.exclamation_advice
        ):
            last = marks[-1]
            self.add("exclamation", _Span(last, last + 1), _fill(spec.message, found=len(marks)))
        if sentiment is not None and settings.sentiment and self.rules.code("tone"):
            flagged = {doc.sentence_index(f.start) for f in self.found if f.severity == ISSUE}
            # a scorer may say which words can make a sentence negative: others are skipped
            triggers: frozenset[str] | None = getattr(sentiment, "triggers", None)
            for index, s in enumerate(doc.sentences):
                if not doc.in_body(s.start) or index in flagged:
                    continue
                if triggers is not None and triggers.isdisjoint(
                    map(str.lower, doc.sentence_tokens[index])
                ):
                    continue
                if sentiment(doc.norm[s.start : s.end]) <= settings.sentiment_threshold:
                    self.add("tone", s)
        spec = self.rules.code("readability")
        if readability is not None and settings.readability and spec is not None:
            body = doc.body
            count = doc.words_in(body)
            sentences = sum(1 for s in doc.sentences if body.start <= s.start < body.end)
            # a high grade needs long sentences: notes with short ones are not graded
            average = count / max(sentences, 1)
            if count >= 60 and average >= settings.readability_min_sentence_words:
                grade = readability(doc.norm[body.start : body.end])
                if grade > settings.readability_max_grade:
                    chunk = doc.text[body.start : body.end]
                    lead = len(chunk) - len(chunk.lstrip())
                    span = _Span(body.start + lead, body.start + len(chunk.rstrip()))
                    self.add("readability", span, _fill(spec.message, found=f"{grade:.0f}"))

    # -- elements
    def elements(self, issues: Iterable[Finding] = ()) -> dict[str, bool]:
        void: dict[int, list[_Span]] = {}  # clauses whose words count for nothing, by sentence
        for f in issues:
            if self.rules.codes[f.code].voids_elements:
                void.setdefault(self.doc.sentence_index(f.start), []).append(
                    self.doc.clause_at(f.start)
                )

        def counts(span: _Span) -> bool:
            clauses = void.get(self.doc.sentence_index(span.start), ())
            return not any(c.start <= span.start < c.end for c in clauses)

        out = {}
        for name in self.kind.required:
            spec = self.rules.elements[name]
            present = any(
                counts(span)
                for rule in spec.rules
                for span in _matches(rule, self.doc, *self._body_bounds())
            )
            if not present and name == "specifics":
                present = self.names.specific_from_facts(self.doc)
            out[name] = present
        return out

    def _body_bounds(self) -> tuple[int, int]:
        return self.doc.body.start, self.doc.body.end

    # -- all together
    def findings(self) -> tuple[list[Finding], list[Finding]]:
        found = sorted(self.found, key=lambda f: (f.start, -(f.end - f.start), f.code))
        kept: list[Finding] = []
        reach: dict[str, int] = {}  # for each code, the end of its furthest finding so far
        for f in found:
            if f.start < reach.get(f.code, -1):
                continue  # overlaps a finding of the same code
            kept.append(f)
            reach[f.code] = max(reach.get(f.code, -1), f.end)
        codes_in: dict[int, set[str]] = {}
        for k in kept:
            codes_in.setdefault(self.doc.sentence_index(k.start), set()).add(k.code)
        final = [
            f
            for f in kept
            if not codes_in[self.doc.sentence_index(f.start)].intersection(
                self.rules.codes[f.code].suppressed_by
            )
        ]
        issues = [f for f in final if f.severity == ISSUE]
        advice = [f for f in final if f.severity == ADVICE]
        return issues, advice


def _mentions(haystack: str, needle: str) -> bool:
    words = [w for w in re.findall(r"[a-z0-9]+", needle) if len(w) > 2]
    return bool(words) and any(w in haystack for w in words)


def _merge_adjacent(matches: Iterable[re.Match[str]], text: str) -> Iterator[_Span]:
    current: _Span | None = None
    for m in matches:
        if current and not text[current.end : m.start()].strip(" \u200d"):
            current = _Span(current.start, m.end())
            continue
        if current:
            yield current
        current = _Span(m.start(), m.end())
    if current:
        yield current


# --------------------------------------------------------------------------------------
# Names: people, company, role


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


def _tolerance(word: str) -> int:
    return 1 if len(word) <= 5 else 2


def _tokens(text: str) -> list[str]:
    return [t for t in re.findall(r"[^\W_]+(?:['-][^\W_]+)*", text.lower()) if t]


def _name_tokens(text: str) -> set[str]:
    """The words of a recorded name, with their parts and without a possessive:
    "St. Mary's Hospital" gives st, mary's, mary, s, hospital."""
    out: set[str] = set()
    for token in _tokens(text.translate(_NORMALISE)):
        out.add(token)
        out.add(token.removesuffix("'s"))
        out.update(p for p in re.split(r"['-]", token) if p)
    return out


def _stem_match(a: str, b: str) -> bool:
    """Two words are the same for topic matching: equal, or sharing most of a long prefix."""
    if a == b:
        return True
    shortest = min(len(a), len(b))
    if shortest < 4:
        return False
    common = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        common += 1
    return common >= max(4, shortest - 3) and common >= min(len(a), len(b)) - 3


class _Names:
    def __init__(self, facts: Facts, rules: CheckRules) -> None:
        self.facts = facts
        self.rules = rules
        titles = rules.generic_greeting
        self.people: list[tuple[str, list[str]]] = []
        for person in facts.people:
            tokens = [t.strip("'") for t in _tokens(person.translate(_NORMALISE).replace(".", " "))]
            tokens = [t for t in tokens if t not in titles and len(t) >= 2]
            if tokens:
                self.people.append((person.strip(), tokens))
        self.person_tokens = {t for _, tokens in self.people for t in tokens}
        self.person_aliases = set(self.person_tokens)
        for token in self.person_tokens:
            self.person_aliases |= rules.nicknames.get(token, frozenset())
        company_tokens = _tokens(facts.company.translate(_NORMALISE))
        names = _name_tokens(facts.company)
        self.company_tokens = {t for t in names if t not in _COMPANY_SUFFIXES} or names
        self.company_joined = re.sub(r"[^a-z0-9]", "", facts.company.lower())
        self.company_initials = "".join(
            t[0] for t in company_tokens if t not in {"the", "of", "and"}
        )
        self.role_tokens = _name_tokens(facts.role)
        self.topic_tokens = {t for topic in facts.topics for t in _name_tokens(topic)}
        self.all_fact_tokens = (
            self.person_aliases
            | self.company_tokens
            | self.role_tokens
            | self.topic_tokens
            | _name_tokens(facts.candidate)
        )
        # near-miss answers by word: a note names the same people and words again and again
        self._closest: dict[str, str | None] = {}
        self._close_company: dict[str, bool] = {}

    # -- helpers
    def closest_person(self, word: str) -> str | None:
        if word in self._closest:
            return self._closest[word]
        found = self._closest[word] = self._closest_person(word)
        return found

    def _closest_person(self, word: str) -> str | None:
        best: tuple[int, str] | None = None
        letters = set(word)
        for full, tokens in self.people:
            for token in tokens:
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
        letters = set(word)
        for token in self.company_tokens:
            if len(token) >= 4 and word != token and _may_be_close(word, letters, token):
                d = _distance(word, token, _tolerance(token))
                if 0 < d <= _tolerance(token):
                    return True
        return False

    def is_company(self, name: str) -> bool:
        joined = re.sub(r"[^a-z0-9]", "", name.lower())
        if not joined or not self.company_joined:
            return False
        if joined == self.company_joined or joined == self.company_initials:
            return True
        if len(joined) >= 3 and (joined in self.company_joined or self.company_joined in joined):
            return True
        return any(t in self.company_tokens for t in _tokens(name) if t not in _COMPANY_SUFFIXES)

    def known(self, word: str) -> bool:
        return (
            word in self.all_fact_tokens
            or word in self.rules.not_names
            or word in self.rules.generic_greeting
        )

    # -- mismatches
    def mismatches(self, doc: _Document) -> Iterator[tuple[_Span, str, str, str, str]]:
        people = ", ".join(full for full, _ in self.people)
        company = self.facts.company.strip()
        seen: set[int] = set()
        if doc.greeting:
            for item in self.greeting(doc, people, company):
                seen.add(item[0].start)
                yield item
        # near-misses of a recorded name anywhere in the body
        for m in _CAP_WORD.finditer(doc.norm, doc.body_start, doc.signature_start):
            if m.start() in seen or (
                doc.greeting and doc.greeting.start <= m.start() < doc.greeting.end
            ):
                continue
            raw = m.group()
            word = raw[:-2] if raw.endswith("'s") else raw
            lower = word.lower()
            if self.known(lower):
                continue
            span = _Span(m.start(), m.start() + len(word))
            at_start = doc.is_sentence_start(m.start())
            context = bool(_PERSON_CONTEXT.match(doc.norm, m.end() - (len(raw) - len(word))))
            if self.people and (not at_start or context):
                person = self.closest_person(lower)
                if person:
                    seen.add(span.start)
                    yield span, "person_close", word, person, "suggestion_person"
                    continue
            if company and not at_start and self.close_to_company(lower):
                seen.add(span.start)
                yield span, "company_close", word, company, "suggestion_company"
        if self.people:
            yield from self.other_person(doc, people, company, seen)
        if company:
            yield from self.other_company(doc, company, seen)
        if self.facts.role.strip():
            yield from self.other_role(doc)

    def greeting(
        self, doc: _Document, people: str, company: str
    ) -> Iterator[tuple[_Span, str, str, str, str]]:
        assert doc.greeting is not None
        line = doc.norm[doc.greeting.start : doc.greeting.end]
        opener = self.rules.greeting.match(line)
        rest_at = opener.end() if opener else 0
        rest = line[rest_at:]
        if len(rest.split()) > 10:
            cut = re.search(r"[,:;!]", rest)
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
        base = doc.greeting.start + rest_at
        for m in re.finditer(r"(?<![\w'-])[A-Z][\w'-]*", rest):
            raw = m.group()
            word = raw[:-2] if raw.endswith("'s") else raw
            lower = word.lower()
            if lower in self.rules.generic_greeting or lower in self.rules.not_names:
                continue
            span = _Span(base + m.start(), base + m.start() + len(word))
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
            person = self.closest_person(lower)
            if person:
                yield span, "greeting_close", word, person, "suggestion_person"
            else:
                yield span, "greeting_unknown", word, people, "suggestion_person"

    def other_person(
        self, doc: _Document, people: str, company: str, seen: set[int]
    ) -> Iterator[tuple[_Span, str, str, str, str]]:
        """A first name the note says it met, spoke with or thanks ("meet Karen", "Karen's
        insight") that is nobody on the record: only asked when the record names people."""
        signed = set(_tokens(doc.norm[doc.signature_start :]))
        for cue in self.rules.person_cues:
            for m in _finditer(cue, doc, doc.body.start, doc.body.end):
                name, start = m.group("name"), m.start("name")
                lower = name.lower()
                if (
                    start in seen
                    or self.known(lower)
                    or lower in self.rules.not_people
                    or lower in signed
                    or lower in self.rules.title_heads
                    or (company and self.is_company(name))
                    or self.closest_person(lower)
                ):
                    continue
                seen.add(start)
                yield (
                    _Span(start, start + len(name)),
                    "person_unknown",
                    name,
                    people,
                    "suggestion_person",
                )

    def other_company(
        self, doc: _Document, company: str, seen: set[int]
    ) -> Iterator[tuple[_Span, str, str, str, str]]:
        reported: set[tuple[int, int]] = set()
        for cue in self.rules.company_cues:
            for m in _finditer(cue, doc, doc.body.start, doc.body.end):
                name = m.group("name")
                start = m.start("name")
                if name.endswith("'s"):
                    name = name[:-2]
                name = name.rstrip(".'-")
                tokens = _tokens(name)
                if not tokens or start in seen or self.is_company(name):
                    continue
                if any(
                    t in self.person_aliases
                    or t in self.role_tokens
                    or t in self.topic_tokens
                    or t in self.rules.not_names
                    or t in self.rules.generic_greeting
                    for t in tokens[:1]
                ):
                    continue
                if any(self.close_to_company(t) for t in tokens):
                    continue  # a misspelling: reported as such by the near-miss scan
                key = (start, start + len(name))
                if key in reported:
                    continue
                reported.add(key)
                yield _Span(*key), "company_other", name, company, "suggestion_company"

    def other_role(self, doc: _Document) -> Iterator[tuple[_Span, str, str, str, str]]:
        role_words = set(_tokens(self.facts.role))
        heads = [w for w in role_words if w in self.rules.title_heads]
        if not heads:
            return
        allowed = set(role_words)
        for head in heads:
            allowed |= self.rules.title_synonyms.get(head, frozenset())
        role_seniority = role_words & self.rules.seniority
        for cue in self.rules.role_cues:
            for m in _finditer(cue, doc, doc.body.start, doc.body.end):
                title = doc.text[m.start("title") : m.end("title")]
                words = _tokens(title)
                if not words or words[-1] not in self.rules.title_heads:
                    continue
                start = m.start("title")
                span = _Span(start, start + len(title))
                mismatch = words[-1] not in allowed
                modifiers = [w for w in words[:-1] if w not in self.rules.seniority]
                role_modifiers = role_words - set(heads) - self.rules.seniority
                if modifiers and role_modifiers and modifiers[-1] not in role_modifiers:
                    mismatch = True  # "Marketing Manager" for a "Product Manager"
                seniority = (set(words[:-1]) & self.rules.seniority) - role_words
                if seniority and role_seniority and seniority.isdisjoint(role_seniority):
                    mismatch = True
                if mismatch:
                    yield span, "role_other", title, self.facts.role.strip(), "suggestion_role"

    # -- specifics from the record
    def specific_from_facts(self, doc: _Document) -> bool:
        lo, hi = doc.body.start, doc.body.end
        addressed: set[str] = set()
        if doc.greeting:
            addressed = set(_tokens(doc.norm[doc.greeting.start : doc.greeting.end]))
        for m in _CAP_WORD.finditer(doc.norm, lo, hi):
            word = m.group().lower().removesuffix("'s")
            if word in self.person_aliases and word not in addressed:
                for _full, tokens in self.people:
                    family = set(tokens)
                    for t in tokens:
                        family |= self.rules.nicknames.get(t, frozenset())
                    if word in family and not (family & addressed):
                        return True
        stop = self.rules.topic_stopwords
        topics = []
        for topic in self.facts.topics:
            words = [w for w in _tokens(topic) if w not in stop and len(w) >= 2]
            if words:
                topics.append((words, len(words) if len(words) <= 2 else 2))
        if not topics:
            return False
        for s in doc.sentences:
            if s.end <= lo or s.start >= hi:
                continue
            words = _tokens(doc.norm[s.start : s.end])
            for topic_words, need in topics:
                hits = sum(1 for t in topic_words if any(_stem_match(t, w) for w in words))
                if hits >= need:
                    return True
        return False


# --------------------------------------------------------------------------------------
# The check


def check(
    text: str,
    kind: str,
    facts: Facts,
    rules: CheckRules,
    *,
    sentiment: Callable[[str], float] | None = None,
    readability: Callable[[str], float] | None = None,
) -> CheckResult:
    """Check one note of the given kind against the interview facts.

    `sentiment` scores a sentence from -1 (negative) to 1; `readability` grades a text (US
    school grade). Both are optional and only ever produce advice.
    """
    checker = _Checker(text, kind, facts, rules)
    checker.phrase_rules()
    checker.typography()
    checker.length()
    checker.names_check()
    checker.advice(sentiment, readability)
    issues, advice = checker.findings()
    elements = checker.elements(issues)
    settings = rules.settings
    score = 100 - settings.score_missing_element * sum(1 for v in elements.values() if not v)
    counted: dict[str, int] = {}
    for f in issues:
        counted[f.code] = counted.get(f.code, 0) + 1
        score -= settings.score_issue if counted[f.code] == 1 else settings.score_repeat
    score -= settings.score_advice * len(advice)
    verdict = "ready" if not issues and all(elements.values()) else "revise"
    suggestions = {
        name: rules.elements[name].suggestion for name, present in elements.items() if not present
    }
    return CheckResult(
        kind=checker.kind.name,
        verdict=verdict,
        score=max(0, min(100, score)),
        words=checker.doc.words,
        elements=elements,
        issues=tuple(issues),
        advice=tuple(advice),
        suggestions=suggestions,
    )
