"""Running a compiled rule over a note: gates first, then the regex where its strings are."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from followup.core.check.document import Document, Span
from followup.core.check.prefilter import LINE_START, PREFIX_LEN, PREFIXES, RUNS, WORDS, Need
from followup.core.check.rules import Rule


def fill(template: str, **values: Any) -> str:
    """Put values in a message's {found}/{expected}/... slots (no format-string evaluation)."""
    for key, value in values.items():
        template = template.replace("{" + key + "}", str(value))
    return template


def _admits(rule: Rule, doc: Document) -> bool:
    """Whether the note holds a string of each group the rule's matches need (when it has
    none, whether it can match is not known: True)."""
    plan = _plans.get(id(rule))
    if plan is None or plan.rule is not rule:
        plan = _plan(rule)
    if plan.kind == _NONE:
        return True
    # the word tests first (set operations), then the substrings (a scan of the note each)
    cased = plan.cased
    for kind, gate in plan.sets:
        if kind == PREFIXES:
            if doc.prefixes(cased).isdisjoint(gate):
                return False
        elif (doc.cased_words if cased else doc.word_set).isdisjoint(gate):
            return False
    return not plan.substrings or _has_substrings(rule, doc)


class _Plan:
    """What running a rule needs to know of it, worked out once per rule (see `_search`)."""

    __slots__ = (
        "anchored",
        "by_gate",
        "cased",
        "gate",
        "has_hit",
        "heads",
        "kind",
        "line",
        "lowered",
        "rule",
        "sets",
        "short",
        "strings",
        "substrings",
    )

    def __init__(self, rule: Rule) -> None:
        self.rule = rule
        self.lowered, self.cased = rule.lowered, rule.cased
        heads = rule.heads
        self.line = heads == _LINE
        self.has_hit = "hit" in rule.pattern.groupindex
        needs = rule.needs or ()
        # the word and word-beginning groups (set tests), the other groups (substring scans)
        self.sets = tuple((n.kind, n.gate) for n in needs if n.kind in (PREFIXES, WORDS))
        # (each group's strings with a tab last: "the " is found at once, "the\t" only after
        # a scan of the whole note, and one string found is enough)
        self.substrings = tuple(
            tuple(sorted(n.strings, key=lambda s: "\t" in s))
            for n in needs
            if n.kind not in (PREFIXES, WORDS, RUNS)
        )
        self.kind = _NONE if rule.needs is None else needs[0].kind
        need = needs[0] if needs else None
        self.strings: tuple[str, ...] = need.strings if need else ()
        self.gate: frozenset[str] = need.gate if need else frozenset()
        self.by_gate = _by_gate(need) if need is not None and need.kind == PREFIXES else {}
        # looked for where its leading strings stand (instead of the strings it is narrowed
        # by, `heads`, when those are others)
        self.anchored = (
            need is not None
            and heads is not None
            and (heads == need.strings or len(heads) <= _FEW_HEADS)
        )
        self.heads = heads if self.anchored and heads != self.strings else None
        self.short = bool(self.strings) and _too_short(self.strings)


_NONE = -1  # the kind of a rule without strings
_plans: dict[int, _Plan] = {}


def _plan(rule: Rule) -> _Plan:
    if len(_plans) > 4096:
        _plans.clear()
    found = _plans[id(rule)] = _Plan(rule)
    return found


def _too_short(strings: Sequence[str] | frozenset[str]) -> bool:
    """Whether the strings are too common to narrow the search down."""
    return min(map(len, strings)) < (2 if all(not s.isalnum() for s in strings) else 3)


# for each PREFIXES need, its strings by their gate (word beginning), made once per need
_gates: dict[int, tuple[Need, dict[str, tuple[str, ...]]]] = {}


def _by_gate(need: Need) -> dict[str, tuple[str, ...]]:
    found = _gates.get(id(need))
    if found is None or found[0] is not need:
        if len(_gates) > 4096:
            _gates.clear()
        table: dict[str, list[str]] = {}
        for string in need.strings:
            table.setdefault(string[:PREFIX_LEN], []).append(string)
        found = _gates[id(need)] = (need, {k: tuple(v) for k, v in table.items()})
    return found[1]


def starts_of(hay: str, strings: Iterable[str], lo: int, hi: int | None) -> set[int]:
    """Every offset in hay[lo:hi] where one of `strings` begins."""
    starts: set[int] = set()
    for string in strings:
        at = hay.find(string, lo, hi)
        while at >= 0:
            starts.add(at)
            at = hay.find(string, at + 1, hi)
    return starts


def finditer(
    rule: Rule, doc: Document, lo: int = 0, hi: int | None = None
) -> Iterator[re.Match[str]]:
    """The rule's matches in the note (lower-cased when so compiled).

    When the rule has strings every match needs, it is skipped if one group is absent, and
    otherwise runs only over the sentences that hold a string of its most telling group.
    """
    if not _admits(rule, doc):
        return iter(())
    return _search(rule, doc, lo, hi)


def _search(rule: Rule, doc: Document, lo: int, hi: int | None) -> Iterator[re.Match[str]]:
    """The rule's matches, searched for where its most telling strings are (see finditer)."""
    plan = _plans.get(id(rule))
    if plan is None or plan.rule is not rule:
        plan = _plan(rule)
    text = doc.lower if plan.lowered else doc.norm
    if hi is None:
        hi = len(text)
    if plan.line:
        yield from _at_line_starts(rule, doc, text, lo, hi)
        return
    kind = plan.kind
    if kind == _NONE:
        yield from rule.pattern.finditer(text, lo, hi)
        return
    hay = doc.norm if plan.cased else doc.lower
    strings: Sequence[str] | frozenset[str]
    # only the strings the note holds as a word beginning (or word) can be where a match is
    if kind == PREFIXES:
        # the strings a word of the note begins like, and of those, the ones in the note (a
        # string of at most PREFIX_LEN letters is its own beginning)
        by_gate = plan.by_gate
        strings = [
            s
            for gate in plan.gate.intersection(doc.prefixes(plan.cased))
            for s in by_gate[gate]
            if len(s) <= PREFIX_LEN or s in hay
        ]
        short = False  # word beginnings are at least PREFIX_MIN long
    elif kind == WORDS:
        strings = plan.gate.intersection(doc.cased_words if plan.cased else doc.word_set)
        short = bool(strings) and _too_short(strings)
    else:
        strings, short = plan.strings, plan.short
    if not strings:
        return
    anchored = plan.anchored
    # the strings every match holds besides its leading ones (None: none to narrow by)
    telling: Sequence[str] | frozenset[str] | None = None
    if anchored:
        if plan.heads is not None:
            if not short and kind != RUNS:
                telling = strings
            strings = plan.heads  # every match holds one of them too: where to look
    elif short:
        # too common to narrow the search down
        yield from rule.pattern.finditer(text, lo, hi)
        return
    starts = starts_of(hay, strings, lo, hi)
    if anchored and rule.at_word:
        # a match starts a word: not where a letter or digit stands before the string
        starts = {at for at in starts if not (at and hay[at - 1].isalnum() and hay[at].isalnum())}
    if not starts:
        return
    if anchored and len(starts) <= _FEW_STARTS:
        # every match starts with one of `heads`: the pattern is tried only where one stands
        order = sorted(starts)
        index = doc.sentence_index
        by_sentence = len(order) > index(order[-1]) - index(order[0]) + 1 and _searchable(rule)
        if telling is not None:
            order = in_sentences_holding(order, doc, hay, telling, lo, hi)
            if not order:
                return
        if by_sentence:
            # more places than sentences: one search per sentence finds the same matches
            yield from _anchored_by_sentence(rule, doc, text, order, hi)
        else:
            yield from _anchored(rule, doc, text, order, hi)
        return
    order = sorted({doc.sentence_index(at) for at in starts})
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and order[j + 1] == order[j] + 1:
            j += 1  # neighbouring sentences: one search
        first, last = doc.sentences[order[i]], doc.sentences[order[j]]
        start = max(lo, text.rfind("\n", 0, first.start) + 1)  # so that ^ can match
        yield from rule.pattern.finditer(text, start, min(hi, last.end))
        i = j + 1


def in_sentences_holding(
    places: list[int],
    doc: Document,
    hay: str,
    strings: Iterable[str],
    lo: int = 0,
    hi: int | None = None,
) -> list[int]:
    """The `places` (offsets into the note, in order) whose sentence holds one of `strings`
    in `hay` (the note as written or in lower case, the same offsets), within hay[lo:hi].

    An anchored rule's match starts at one of its leading strings and is tried up to the end
    of that sentence (`_anchored`), so the other strings every match holds stand in the same
    sentence: a leading string in a sentence without any of them starts no match ("the" in
    most sentences of a note, "the Data Analyst role" in one)."""
    index = doc.sentence_index
    holding = {index(at) for at in starts_of(hay, strings, lo, hi)}
    return [at for at in places if index(at) in holding]


_LINE = (LINE_START,)
# a rule's leading strings are looked for when they are the strings it is narrowed by anyway,
# or when there are at most this many; with more places to try than _FEW_STARTS, a search of
# their sentences is quicker
_FEW_HEADS, _FEW_STARTS = 4, 80


def _at_line_starts(
    rule: Rule, doc: Document, text: str, lo: int, hi: int
) -> Iterator[re.Match[str]]:
    """The matches of a rule that starts with ^: tried at the start of each line only."""
    match = rule.pattern.match  # (the compiled pattern's own method, kept in a slot)
    at = text.rfind("\n", 0, lo) + 1
    while at < hi:
        if at >= lo:
            m = match(text, at, hi)
            if m is not None:
                yield m
        nl = text.find("\n", at, hi)
        if nl < 0:
            return
        at = nl + 1


def _anchored(
    rule: Rule, doc: Document, text: str, starts: list[int], hi: int
) -> Iterator[re.Match[str]]:
    """The rule's matches that begin at one of `starts` (in order), each tried up to the end
    of its sentence, left to right without overlap (as a search would find them)."""
    match = rule.pattern.match  # (the compiled pattern's own method, kept in a slot)
    sentences, index = doc.sentences, doc.sentence_index
    reach = -1
    for at in starts:
        if at < reach:
            continue
        m = match(text, at, min(hi, max(sentences[index(at)].end, at)))
        if m is not None:
            reach = m.end() if m.end() > at else at + 1
            yield m


def _searchable(rule: Rule) -> bool:
    """Whether a match of the rule can start only where one of its leading strings stands in
    the very text it is matched against: the strings are looked for in that text (the
    lower-cased note for a lower-cased pattern, the note as written for a case-sensitive one)
    and no part of the pattern ignores case."""
    found = _searchable_rules.get(id(rule))
    if found is None or found[0] is not rule:
        if len(_searchable_rules) > 4096:
            _searchable_rules.clear()
        pattern = rule.pattern
        same_text = rule.lowered != rule.cased
        caseless = bool(pattern.flags & re.IGNORECASE) or "(?i" in pattern.pattern
        found = _searchable_rules[id(rule)] = (rule, same_text and not caseless)
    return found[1]


_searchable_rules: dict[int, tuple[Rule, bool]] = {}


def _anchored_by_sentence(
    rule: Rule, doc: Document, text: str, places: list[int], hi: int
) -> Iterator[re.Match[str]]:
    """What `_anchored` finds at `places` (in order), with one search per sentence that
    holds one instead of one attempt per place (for a rule whose matches can start only at
    those places, see `_searchable`): a place in a sentence is tried up to that sentence's
    end, a place between sentences up to itself (where nothing matches), left to right
    without overlap; a sentence without a place is not searched."""
    search = rule.pattern.search  # (the compiled pattern's own method, kept in a slot)
    sentences, index = doc.sentences, doc.sentence_index
    pos = places[0] if places else 0
    for at in places:
        if at < pos:
            continue  # searched already (or inside a match found)
        pos = at
        end = min(hi, max(sentences[index(at)].end, at))
        m = search(text, pos, end)
        while m is not None:
            yield m
            pos = m.end() if m.end() > m.start() else m.start() + 1
            m = search(text, pos, end) if pos <= end else None
        pos = max(pos, end)


def _has_substrings(rule: Rule, doc: Document) -> bool:
    """Whether the note holds a string of each of the rule's substring groups."""
    plan = _plans.get(id(rule))
    if plan is None or plan.rule is not rule:
        plan = _plan(rule)
    if plan.substrings:
        hay = doc.norm if plan.cased else doc.lower
        for strings in plan.substrings:
            for string in strings:
                if string in hay:
                    break
            else:
                return False
    return True


def gated_matches(rule: Rule, doc: Document, lo: int = 0, hi: int | None = None) -> Iterator[Span]:
    """`matches` of a rule that `Gates.opened` has let through (its words and word beginnings
    are not tested again)."""
    if not _has_substrings(rule, doc):
        return iter(())
    return _spans(rule, doc, lo, hi)


def matches(rule: Rule, doc: Document, lo: int = 0, hi: int | None = None) -> Iterator[Span]:
    if not _admits(rule, doc):
        return iter(())
    return _spans(rule, doc, lo, hi)


def _spans(rule: Rule, doc: Document, lo: int, hi: int | None) -> Iterator[Span]:
    """The spans of the rule's matches that its conditions (unless, require, …) keep."""
    text = doc.lower if rule.lowered else doc.norm
    plan = _plans.get(id(rule))
    if plan is None or plan.rule is not rule:
        plan = _plan(rule)
    has_hit = plan.has_hit
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
        yield Span(start, end)
