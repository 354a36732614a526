"""Which qualification a note claims: the one that answers its reader's need, by meaning.

A qualification *fits* a need when they share a concept (data/claims.toml [concepts]: the
words of a need and of the work that answers it, 'staffing' with 'rostering' and 'agency
use') or words of substance: stems, abbreviations read every way they can be ('PT' meets
'physical therapy'), near spellings ('utilisation', 'utilization'). Among those that fit,
the one with the most fit and *substance* is claimed: a result with a number or an outcome,
then a scope of work, then a credential, then a bare skill; a licence, a language or a
tool's name alone is thin, claimed only when the need names what it answers. Nothing fits:
no claim (core.compose says none rather than a bare "my background fits")."""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from followup.core import phrasing
from followup.core.errors import InvalidInput

if TYPE_CHECKING:
    from followup.core.compose import Language

RANKS = ("thin", "skill", "credential", "scope", "result")  # least substance first


def _stem(word: str) -> str:
    """phrasing.stem, with a doubled last consonant undone ('logged' and 'log')."""
    s = phrasing.stem(word)
    if len(s) > 3 and s[-1] == s[-2] and s[-1] not in "aeioulsfz":
        s = s[:-1]
    return s


def _plain(word: str) -> str:
    """A word as a concept's phrases are matched: lower case, a plural's -s dropped ('rotas'
    is 'rota'), nothing more (a stem would make 'staffing' the generic 'staff')."""
    w = word.lower()
    return w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w


_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9&'’+-]*")


def _words(text: str) -> list[str]:
    return [w.strip("'’-") for w in _WORD.findall(text) if w.strip("'’-")]


@dataclass(frozen=True)
class Concept:
    """One concept: its name, how a note says it, and its phrases as runs of stems."""

    name: str
    say: str
    phrases: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class Table:
    """data/claims.toml, read once."""

    concepts: tuple[Concept, ...] = ()
    abbreviations: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    generic: frozenset[str] = frozenset()  # stems
    concept_points: int = 3
    min_fit: int = 2
    concept_alone: int = 4  # a fit by concepts alone, no word of substance shared
    # a concept of the round's background (every line shares it) shared beside a word
    background_concept: int = 1
    result_verbs: frozenset[str] = frozenset()
    result_words: tuple[str, ...] = ()
    scope_verbs: frozenset[str] = frozenset()
    thin_words: tuple[str, ...] = ()
    # a hyphened word that starts with one of these ('non-revenue') is not its parts
    negating: frozenset[str] = frozenset()

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> Table:
        """data/claims.toml's tables ([fit], [concepts.NAME] with `words` and `say`,
        [abbreviations], [substance]) read into a Table; any of the wrong shape raises
        InvalidInput("claims data: <key> …")."""
        fit, sub = _table(data, "fit"), _table(data, "substance")
        concepts = []
        for name, body in _table(data, "concepts").items():
            body = _table({name: body}, name, f"concepts.{name}")
            say = body.get("say", name)
            if not isinstance(say, str):
                raise InvalidInput(f"claims data: concepts.{name}.say must be a string")
            words = _strings(body, "words", f"concepts.{name}.words")
            phrases = tuple(tuple(_plain(w) for w in _words(p)) for p in words)
            concepts.append(Concept(str(name), say, tuple(p for p in phrases if p)))
        abbreviations = {}
        for key, value in _table(data, "abbreviations").items():
            spelt = [value] if isinstance(value, str) else value
            if not isinstance(spelt, list) or not all(isinstance(x, str) for x in spelt):
                raise InvalidInput(
                    f"claims data: abbreviations.{key} must be a phrase or a list of phrases"
                )
            abbreviations[str(key).lower()] = tuple(spelt)
        return cls(
            concepts=tuple(concepts),
            abbreviations=abbreviations,
            generic=frozenset(_stem(w) for w in _strings(fit, "generic", "fit.generic")),
            concept_points=_whole(fit, "concept", 3),
            min_fit=_whole(fit, "min_fit", 2),
            concept_alone=_whole(fit, "concept_alone", 4),
            background_concept=_whole(fit, "background_concept", 1),
            result_verbs=frozenset(_lowered(sub, "result_verbs")),
            result_words=_lowered(sub, "result_words"),
            scope_verbs=frozenset(_lowered(sub, "scope_verbs")),
            thin_words=_lowered(sub, "thin_words"),
            negating=frozenset(w.lower() for w in _strings(fit, "negating", "fit.negating")),
        )


def _table(data: Mapping[str, Any], key: str, where: str | None = None) -> Mapping[str, Any]:
    """`data[key]`, a table (empty when absent); else InvalidInput naming `where` (`key`)."""
    value = data.get(key, {})
    if not isinstance(value, Mapping):
        raise InvalidInput(f"claims data: {where or key} must be a table")
    return value


def _strings(table: Mapping[str, Any], key: str, where: str) -> list[str]:
    """`table[key]`, a list of strings (empty when absent); else InvalidInput naming `where`."""
    value = table.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise InvalidInput(f"claims data: {where} must be a list of strings")
    return value


def _lowered(substance: Mapping[str, Any], key: str) -> tuple[str, ...]:
    """[substance] `key`'s words in lower case, in their order."""
    return tuple(w.lower() for w in _strings(substance, key, f"substance.{key}"))


def _whole(fit: Mapping[str, Any], key: str, default: int) -> int:
    """[fit] `key`, a whole number of 0 or more (`default` when absent)."""
    value = fit.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise InvalidInput(f"claims data: fit.{key} must be a whole number of 0 or more")
    return value


@dataclass(frozen=True)
class Choice:
    """The qualification claimed for a need, how well it fits, its substance, and the
    concept both share ('costs'), said as a note names it, when there is one."""

    qualification: str
    fit: int
    substance: int
    concept: str | None = None


@dataclass(frozen=True)
class _Read:
    stems: tuple[str, ...]  # abbreviations expanded
    concepts: dict[str, int]  # concept name -> length of its longest phrase found
    phrases: dict[str, int] = field(default_factory=dict)  # concept name -> phrases found


# the head of an institution's name: words of the name before it match no concept ('Salish
# Sea Community College' says nothing of community liaison, 'Children's Safety Council'
# nothing of safety)
_INSTITUTION = re.compile(
    r"(?:[A-Z][\w'’&-]*\s+){1,5}(?:College|University|School|Hospital|Council|Centre|Center|"
    r"Institute|Academy|Association|Society|Trust|Foundation|Clinic|Polytechnic)\b"
)


def _read(text: str, language: Language) -> _Read:
    table, lexicon = language.claims, language.lexicon
    known = lexicon.known_word
    plain: list[str] = []
    words = _words(_INSTITUTION.sub(" ", text))
    for k, w in enumerate(words):
        low = w.lower()
        readings = table.abbreviations.get(low)
        shouted = w.isupper() or (len(w) > 2 and w.endswith("s") and w[:-1].isupper())  # 'VACs'
        dated = k + 1 < len(words) and re.fullmatch(r"(?:19|20)\d\d", words[k + 1])
        if dated:  # 'SOP 2029': a milestone and its year (start of production), no procedure
            readings = None
        if readings and (shouted or known is None or not known(low)):
            for reading in readings:
                plain += [_plain(x) for x in _words(reading)]
            continue
        plain.append(_plain(low))
        if "-" in low and low.split("-")[0] not in table.negating:
            # 'first-case' shares 'case' with 'first cases'; 'non-revenue' is no revenue
            plain += [_plain(p) for p in low.split("-") if len(p) > 2]
    seq = tuple(plain)
    found: dict[str, int] = {}
    counted: dict[str, int] = {}
    for c in table.concepts:
        for phrase in c.phrases:
            n = len(phrase)
            if any(seq[i : i + n] == phrase for i in range(len(seq) - n + 1)):
                found[c.name] = max(found.get(c.name, 0), sum(map(len, phrase)))
                counted[c.name] = counted.get(c.name, 0) + 1
    return _Read(tuple(_stem(w) for w in seq), found, counted)


_TERM = re.compile(r"\b[A-Z][A-Z0-9&]{1,7}\b")


def _trigrams(w: str) -> set[str]:
    return {w[i : i + 3] for i in range(len(w) - 2)}


def _content(r: _Read, table: Table, lexicon: phrasing.Lexicon) -> set[str]:
    return {
        s
        for s in r.stems
        if len(s) > 2
        and not s.isdigit()
        and s not in table.generic
        and s not in lexicon.stopwords
        and not re.fullmatch(r"[\d.,%$£€k]+", s)
    }


def _shared(a: set[str], b: set[str]) -> int:
    same = a & b
    near = {
        x
        for x in a - same
        if any(
            (
                min(len(x), len(y)) >= 7
                and len(_trigrams(x) & _trigrams(y)) / len(_trigrams(x) | _trigrams(y)) >= 0.6
            )
            # one word made from the other ('shrink' and 'shrinkage', 'audit' and 'auditor')
            or (min(len(x), len(y)) >= 5 and (x.startswith(y) or y.startswith(x)))
            for y in b - same
        )
    }
    return len(same) + len(near)


@dataclass(frozen=True)
class Background:
    """What every line of a round shares, so that sharing it shows no answer: concepts (by
    name) and word stems."""

    concepts: frozenset[str] = frozenset()
    stems: frozenset[str] = frozenset()


def background(role: str, quals: Sequence[str], language: Language) -> Background:
    """The round's background: the concepts and words of the role itself ('payments' and
    'ledger' for a payments ledger engineer, 'brand' for a brand director) and the concepts
    most of the candidate's qualifications name (a pharmacist's lines all speak of
    medicines). A need and a claim that share only these share nothing of substance."""
    read = _read(role, language)
    found = set(read.concepts)
    if len(quals) >= 3:
        counts: dict[str, int] = {}
        for q in quals:
            for name in _read(said(q, language), language).concepts:
                counts[name] = counts.get(name, 0) + 1
        found |= {name for name, n in counts.items() if n * 2 > len(quals)}
    stems = _content(read, language.claims, language.lexicon)
    return Background(frozenset(found), frozenset(stems))


def fit(
    need: str, qualification: str, language: Language, background: Background | None = None
) -> tuple[int, str | None]:
    """How well a qualification answers a need (0: not at all), and the concept they share
    that names the reason best (the longest phrase of it in the need), as a note says it.
    A concept the round's `background` holds (see background()) counts only
    [fit] background_concept points, and only beside a word of substance shared; its words
    count none."""
    table, lexicon = language.claims, language.lexicon
    n, q = _read(need, language), _read(qualification, language)
    background = background or Background()
    both = [c for c in table.concepts if c.name in n.concepts and c.name in q.concepts]
    shared = [c for c in both if c.name not in background.concepts]
    points = table.concept_points * len(shared)
    # a need that names a concept by two phrases or more ('audit', 'traceable test reports')
    # is about it more than one that brushes it once ('SOP 2029')
    points += sum(1 for c in shared if n.phrases.get(c.name, 0) > 1)
    known = background.stems
    words = _shared(_content(n, table, lexicon) - known, _content(q, table, lexicon) - known)
    if not words and points < table.concept_alone:
        points = 0  # one concept met once, nothing else in common: no answer
    if words:  # the round's own field, met beside a word of substance, still says something
        points += table.background_concept * (len(both) - len(shared))
    points += words
    # a term of the trade written in capitals in both ('AOG', 'CAPA', 'FCR') names one thing
    # as surely as a concept does
    terms = set(_TERM.findall(need)) & set(_TERM.findall(qualification))
    points += len({t.lower() for t in terms} - known)
    # the reason is a concept of their own field only when nothing else names it
    best = max(shared or (both if words else []), key=lambda c: n.concepts[c.name], default=None)
    return points, best.say if best else None


_NUMBER = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
    r"forty|fifty|hundred|dozen)\b",
    re.I,
)
_CHANGE = re.compile(
    r"\bfrom\b[^.;]*?\d[^.;]*?\bto\b[^.;]*?\d|\d[^.;]*?(?:->|→|=>)\s*\d|"
    r"\b(?:by|up|down)\s+(?:about\s+|over\s+|nearly\s+)?[$£€]?\d|\d\s*%",
    re.I,
)


_SUBJECT = re.compile(r"^I(?:'ve|'m| have been| have| had| am| was| bring| hold)?\s+", re.I)


def said(line: str, language: Language) -> str:
    """What a note says of a qualification line (its clause, core.phrasing.qualification),
    without its subject: 'Two years of B2B sales, finishing at 118% of quota' says 'two years
    of B2B sales', so only that is judged."""
    return _reading(line, language)[0]


def _reading(line: str, language: Language) -> tuple[str, str]:
    """(what the line says, its form), read once per lexicon and line. The entry keeps its
    lexicon, so a new lexicon that reuses a dead one's id never reads a stale entry."""
    key = (id(language.lexicon), line)
    entry = _SAID.get(key)
    if entry is None or entry[0] is not language.lexicon:
        if len(_SAID) > 4096:
            _SAID.clear()
        q = phrasing.qualification(line, language.lexicon)
        entry = _SAID[key] = (language.lexicon, _SUBJECT.sub("", q.clause or line), q.form)
    return entry[1], entry[2]


_SAID: dict[tuple[int, str], tuple[phrasing.Lexicon, str, str]] = {}  # lexicon, said, form


def substance_rank(line: str, language: Language) -> str:
    """What a qualification line is, by its substance (RANKS): a result (a change with
    numbers, a result verb with a number, an outcome), a scope of work (a verb of doing,
    years, a team, a count), a credential or degree, a bare skill, or thin (a licence,
    first aid, a language or a tool's name alone)."""
    table = language.claims
    text, form = _reading(line, language)
    low = " " + " ".join(_words(text.lower())) + " "
    ws = low.split()
    numbered = bool(_NUMBER.search(text))
    if ws and (
        (numbered and (_CHANGE.search(text) or any(w in table.result_verbs for w in ws)))
        or (numbered and any(f" {p} " in low for p in table.result_words))
    ):
        return "result"
    thin = any(f" {p} " in low for p in table.thin_words) or phrasing.spoken_languages(
        line, language.lexicon
    )
    if ws and (ws[0] in table.scope_verbs or ws[0] in table.result_verbs) and not thin:
        return "scope"
    if form in ("years", "achievement") or re.search(r"\bteam of\b", low):
        return "scope"
    if thin:
        return "thin"
    if form in ("credential", "degree", "person", "adjective"):
        return "credential"
    tokens = _words(text)
    if tokens and len(tokens) <= 4 and all(t[:1].isupper() or t.isupper() for t in tokens):
        return "thin"  # 'Excel, Tableau': a tool's name alone
    return "skill"


def _scored(
    need: str, quals: Sequence[str], language: Language, background: Background | None = None
) -> list[tuple[int, int, int, str, str | None]]:
    """(fit + substance, substance, -index, qualification, concept) for each that fits. A
    need of several points (' ; ' between them: a reader's notes) is answered by answering
    one of them: the best fit to any one counts, never concepts gathered across all."""
    out = []
    parts = [p for p in need.split(" ; ") if p.strip()] or [need]
    for index, q in enumerate(quals):
        claim = said(q, language)
        points, concept = max(
            (fit(p, claim, language, background) for p in parts), key=lambda f: f[0]
        )
        if points < language.claims.min_fit:
            continue
        rank = RANKS.index(substance_rank(q, language))
        out.append((points + rank, rank, -index, q, concept))
    return out


def choose(
    need: str,
    quals: Sequence[str],
    language: Language,
    taken: Collection[str] = (),
    background: Background | None = None,
) -> Choice | None:
    """The qualification that answers `need` best (fit, then substance), among those not
    `taken` (said to someone else already); None when none fits."""
    scored = _scored(need, quals, language, background)
    best = max((s for s in scored if s[3] not in taken), default=None)
    if best is None:
        return None
    total, rank, _, q, concept = best
    return Choice(q, total - rank, rank, concept)


def assign(
    needs: Sequence[str],
    quals: Sequence[str],
    language: Language,
    late: Collection[int] = (),
    max_same: int = 2,
    long_claim: int = 60,
    background: Background | None = None,
) -> list[Choice | None]:
    """Each reader's claim for their need, best pairs first: each qualification to one
    reader while others are left, so a panel hears different claims where the record allows;
    then one said already, to at most `max_same` readers, for a reader it fits, never one of
    more than `long_claim` characters (said twice, it makes two notes alike). The readers
    at `late` (no note is emailed to them) are served last."""
    pairs = []
    for i, need in enumerate(needs):
        for total, rank, neg, q, concept in _scored(need, quals, language, background):
            pairs.append(
                (i in late, -total, -rank, -neg, i, Choice(q, total - rank, rank, concept))
            )
    pairs.sort(key=lambda p: p[:5])
    out: dict[int, Choice] = {}
    used: dict[str, int] = {}
    for again in (False, True):
        for *_, i, choice in pairs:
            q = choice.qualification
            if i in out or (used.get(q) and not again) or used.get(q, 0) >= max_same:
                continue
            if used.get(q) and len(q) > long_claim:
                continue
            out[i] = choice
            used[q] = used.get(q, 0) + 1
    return [out.get(i) for i in range(len(needs))]
