"""Literal gates of a regex rule: strings every match must contain.

A rule whose gate strings are absent from a note cannot match and is skipped without running
the regex engine; where the strings are found says which sentences to search. The analysis
reads the pattern with the private `re._parser` (without it, every pattern simply runs).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, reduce
from operator import or_
from typing import Any, Protocol

from followup.core.check.lazyre import lazy
from followup.core.check.words import is_word_char, lowercase

SUBSTRINGS, WORDS, PREFIXES = 0, 1, 2
# a Need's kind: each of its strings is a whole word of the text ("manage") or two words side by
# side ("currently manage"), words being runs of word characters as `\w` reads them, and two
# being side by side when only other characters stand between them (`text_words`)
RUNS = 3
_COMMON = frozenset(
    [
        "the",
        "a",
        "an",
        "and",
        "or",
        "of",
        "to",
        "in",
        "on",
        "for",
        "with",
        "at",
        "by",
        "from",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "it",
        "this",
        "that",
        "you",
        "your",
        "i",
        "me",
        "my",
        "we",
        "our",
        "they",
        "he",
        "she",
        "his",
        "her",
        "not",
        "have",
        "has",
        "had",
        "do",
        "did",
        "will",
        "would",
        "can",
        "so",
        "but",
        "if",
        "all",
        "any",
    ]
)
# the same words as a note writes them (for a pattern matched against the note as written):
# the pronoun is "I", and a lower-case "i" is as rare as "u"
_COMMON_AS_WRITTEN = (_COMMON - {"i"}) | {"I"}
PREFIX_MIN, PREFIX_LEN = 3, 5  # word beginnings are compared on 3 to 5 first characters
# the most words whose bits `Gates` remembers (then it starts again)
_MOST_WORDS = 50_000
LINE_START = "\n"  # leading_strings of a pattern that starts with ^ (each match starts a line)


@dataclass(frozen=True)
class Need:
    """A group of strings every match holds one of: anywhere (SUBSTRINGS), as a whole word
    of the note (WORDS) or at the start of a word (PREFIXES, compared on `gate`)."""

    kind: int
    strings: tuple[str, ...]
    gate: frozenset[str]

    def __reduce__(self) -> tuple[type[Need], tuple[int, tuple[str, ...], frozenset[str]]]:
        # (made again by its constructor: compiled with mypyc, a frozen class refuses the
        # attribute writes pickle's default makes)
        return Need, (self.kind, self.strings, self.gate)


class _Source(Protocol):
    pattern: str
    flags: int


class _Gated(Protocol):
    """A rule as `Gates` reads it: the groups of strings its matches need, and whether they
    are looked for as written (`cased`) or in lower case."""

    @property
    def needs(self) -> tuple[Need, ...] | None: ...

    @property
    def cased(self) -> bool: ...


class _Words(Protocol):
    """A note as `Gates` reads it (core.check.document.Document): its text as written and in
    lower case, its words and their beginnings."""

    norm: str
    lower: str
    cased_words: frozenset[str]
    word_set: frozenset[str]

    def prefixes(self, cased: bool) -> frozenset[str]: ...


# the RUNS tests of `Gates`: cased -> a whole word, or two side by side (a tuple) -> the bits
# it opens
_RunTables = dict[bool, dict[Any, int]]
# the same tests as `Gates._run_bits` looks them up: cased -> a word -> the bits it opens
# alone, and the bits each word after it opens with it (None: no pair starts with it)
_RunLookups = dict[bool, dict[str, tuple[int, dict[str, int] | None]]]


class Gates:
    """The word and word-beginning tests of many rules at once: each such group of strings a
    rule needs is a bit, every string of the groups names the bits it opens, and one pass over
    the note's words opens them all; a rule stays a candidate when all its bits are open (and
    its other strings are in the note, `matching.gated_matches`). The bits a word opens (as a
    word and by its beginnings, as written and in lower case) are worked out the first time
    it is seen and remembered: most words of a note were in earlier ones. The first note is
    tested against each table at once instead, remembering nothing (a command checks one),
    and without the RUNS tests (whole words and pairs of words side by side), which later
    notes pass too.

    A rule's bits are next to each other, in rule order (a rule without such groups has one
    bit, always open): a rule with k bits is open when the run of k bits from its first is
    all open, which a few shifts of the open bits tell for every rule at once (`opened`).

    Only the tests are kept, not the rules (`opened` gives their positions): saved beside the
    rules, the gates name the few rules a note needs before any rule is read back
    (rules.RuleList)."""

    __slots__ = (
        "_notes",
        "_word_bits",
        "always",
        "index",
        "keys",
        "rule_at",
        "run_all",
        "_run_lookups",
        "_runs",
        "_runs_saved",
        "_tables",
        "starts",
    )

    def __init__(self, rules: Sequence[_Gated]) -> None:
        # (kind, cased) -> gate string -> the bits it opens
        self.index: dict[tuple[int, bool], dict[str, int]] = {}
        # the RUNS tests: cased -> a whole word, or two side by side (a tuple) -> the bits
        # it opens (kept apart, see `_run_tables`)
        runs: dict[bool, dict[Any, int]] = {}
        self.always = 0  # the bits of the rules without groups
        self.run_all = 0  # the bits of the RUNS tests (all open for a first note)
        starts: list[int] = []  # for k = 1, 2, …: the first bits of the rules with k bits
        self.rule_at: dict[int, int] = {}  # a rule's first bit -> its position
        bit = 0
        for position, rule in enumerate(rules):
            self.rule_at[bit] = position
            first, k = bit, 0
            for need in rule.needs or ():
                if need.kind == RUNS:
                    pieces = runs.setdefault(rule.cased, {})
                    for piece in need.gate:
                        key = _run_key(piece)
                        pieces[key] = pieces.get(key, 0) | 1 << bit
                    self.run_all |= 1 << bit
                elif need.kind in (PREFIXES, WORDS):
                    table = self.index.setdefault((need.kind, rule.cased), {})
                    for piece in need.gate:
                        table[piece] = table.get(piece, 0) | 1 << bit
                else:
                    continue
                bit += 1
                k += 1
            if not k:
                self.always |= 1 << bit
                bit += 1
                k = 1
            starts += [0] * (k - len(starts))
            starts[k - 1] |= 1 << first
        self.starts = tuple(starts)
        self._runs: _RunTables | None = runs
        self._runs_saved = b""
        self._start()

    def _start(self) -> None:
        """What the tests use besides the tables, made again when the gates are read back."""
        self.keys = {key: frozenset(table) for key, table in self.index.items()}
        # for `_bits`: as written, then in lower case, the word table, the word-beginning
        # table (empty when there is none) and the first PREFIX_MIN characters of its
        # beginnings (a word that starts otherwise opens none of them)
        self._tables: list[tuple[bool, dict[str, int], dict[str, int], frozenset[str]]] = []
        for cased in (True, False):
            if (WORDS, cased) in self.index or (PREFIXES, cased) in self.index:
                beginnings = self.index.get((PREFIXES, cased), {})
                heads = frozenset(piece[:PREFIX_MIN] for piece in beginnings)
                self._tables.append((cased, self.index.get((WORDS, cased), {}), beginnings, heads))
        self._run_lookups: _RunLookups | None = None
        self._word_bits: dict[str, int] = {}
        self._notes = 0

    def opened(self, doc: _Words) -> list[int]:
        """The positions of the rules whose words and word beginnings the note holds, in
        order."""
        self._notes += 1
        if self._notes > 1:
            # (the RUNS tests too: for a command's one note, reading their tables back would
            # cost more than the rules they turn away)
            have = self._open_bits(doc) | self._run_bits(doc)
        else:
            have = self._open_bits_at_once(doc) | self.run_all
        if not self.starts:
            return []
        # bit b of `run` (for k bits): the k bits from b are all open
        hits = run = have
        hits &= self.starts[0]
        for k, starts in enumerate(self.starts[1:], 1):
            run &= have >> k
            hits |= run & starts
        bits = bin(hits)[:1:-1]  # bits[i]: bit i
        rule_at = self.rule_at
        out = []
        at = bits.find("1")
        while at >= 0:
            out.append(rule_at[at])
            at = bits.find("1", at + 1)
        return out

    def _open_bits(self, doc: _Words) -> int:
        """The bits the note's words open: those each word opens (its own and its lower-cased
        form's, as a word and by its beginnings), worked out once per word and remembered."""
        bits_of = self._word_bits
        if len(bits_of) > _MOST_WORDS:
            bits_of.clear()
        have = self.always
        for word in doc.cased_words:
            found = bits_of.get(word)
            if found is None:
                found = bits_of[word] = self._bits(word)
            have |= found
        return have

    def _open_bits_at_once(self, doc: _Words) -> int:
        """`_open_bits` without remembering anything: the note's words and beginnings against
        each table at once (for the first note, which is the only one of a command that checks
        one: remembering would not pay)."""
        have = self.always
        for (kind, cased), table in self.index.items():
            if kind == PREFIXES:
                pieces = doc.prefixes(cased)
            else:
                pieces = doc.cased_words if cased else doc.word_set
            found = self.keys[kind, cased].intersection(pieces)
            if found:
                have |= reduce(or_, map(table.__getitem__, found))
        return have

    def _run_bits(self, doc: _Words) -> int:
        """The bits of the RUNS tests the note's words and pairs of words open: one look-up
        a word, for itself and for the pairs it starts."""
        have = 0
        lookups = self._lookups()
        cased_words: list[str] | None = None
        for cased in (True, False):  # (as written first: see below)
            table = lookups.get(cased)
            if table is None:
                continue
            after: dict[str, int] | None = None  # the pairs the word before starts
            if cased:
                words = cased_words = text_words(doc.norm)
            elif cased_words is not None and doc.norm.isascii():
                # the note's words lower-cased (in ASCII, the same as the lower-cased note's
                # words): the note is not cut into words again
                words = lowercase(" ".join(cased_words)).split()
            else:
                words = text_words(doc.lower)
            for word in words:
                if after is not None:
                    both = after.get(word)
                    if both is not None:
                        have |= both
                entry = table.get(word)  # (compiled: a bound method kept would be slower)
                if entry is None:
                    after = None
                else:
                    alone, after = entry
                    if alone:
                        have |= alone
        return have

    def _run_tables(self) -> _RunTables:
        """The RUNS tests. Saved (pickled) gates keep them as the bytes of `marshal`, read
        back when first needed: some thousands of words and pairs, which a command checking
        one note would otherwise read back at every start."""
        runs = self._runs
        if runs is None:
            import marshal

            runs = self._runs = marshal.loads(self._runs_saved)
        return runs

    def _lookups(self) -> _RunLookups:
        """The RUNS tests by word (see _RunLookups), made from `_run_tables` once."""
        found = self._run_lookups
        if found is None:
            found = {}
            for cased, table in self._run_tables().items():
                singles: dict[str, int] = {}
                pairs: dict[str, dict[str, int]] = {}
                for key, bits in table.items():
                    if isinstance(key, str):
                        singles[key] = bits
                    else:
                        pairs.setdefault(key[0], {})[key[1]] = bits
                found[cased] = {
                    word: (singles.get(word, 0), pairs.get(word))
                    for word in singles.keys() | pairs.keys()
                }
            self._run_lookups = found
        return found

    def _bits(self, word: str) -> int:
        """The bits a word of a note opens: as written in the case-sensitive tests, in lower
        case in the others; whole in the word tests, by its beginnings (`Document.prefixes`:
        its first PREFIX_MIN to PREFIX_LEN characters, a shorter word whole) in the others."""
        lower = lowercase(word)
        found = 0
        for cased, words, beginnings, heads in self._tables:
            form = word if cased else lower
            bits = words.get(form)
            if bits is not None:
                found |= bits
            # (no beginning is shorter than PREFIX_MIN: a shorter word opens none; nor does
            # a word whose first PREFIX_MIN characters start none, most words)
            if len(form) >= PREFIX_MIN and form[:PREFIX_MIN] in heads:
                last = min(len(form), PREFIX_LEN)
                for k in range(PREFIX_MIN, last):
                    bits = beginnings.get(form[:k])
                    if bits is not None:
                        found |= bits
                if last >= PREFIX_MIN:
                    bits = beginnings.get(form if last == len(form) else form[:last])
                    if bits is not None:
                        found |= bits
        return found

    def __reduce__(self) -> tuple[Any, tuple[tuple[Any, ...]]]:
        # saved without what `_start` makes, and read back by `_saved_gates` (compiled with
        # mypyc, the class cannot be made without calling its __init__)
        import marshal

        runs = marshal.dumps(self._run_tables())
        state = (self.index, runs, self.always, self.run_all, self.starts, self.rule_at)
        return _saved_gates, (state,)


def _saved_gates(state: tuple[Any, ...]) -> Gates:
    """Gates read back from what `Gates.__reduce__` saved."""
    gates = Gates(())
    gates.index, gates._runs_saved, gates.always, gates.run_all, gates.starts, gates.rule_at = state
    gates._runs = None
    gates._start()
    return gates


def _parsed(source: str, flags: int) -> list[tuple[Any, Any]]:
    """The items of a pattern as `re._parser` reads it (the last few kept: the analyses of
    a rule each read its pattern, one after the other)."""
    key = (source, flags)
    found = _parses.get(key)
    if found is None:
        from re import _parser  # type: ignore[attr-defined]

        if len(_parses) > 8:
            _parses.clear()
            _parsed_flags.clear()
        parsed = _parser.parse(source, flags)
        found = _parses[key] = list(parsed)
        _parsed_flags[key] = parsed.state.flags
    return found


_parses: dict[tuple[str, int], list[tuple[Any, Any]]] = {}
_parsed_flags: dict[tuple[str, int], int] = {}  # the flags of a parsed pattern, inline ones too


def required_literals(
    pattern: _Source, cased: bool = False, rarer: bool = True
) -> tuple[Need, ...] | None:
    """Groups of strings: every match contains at least one string of each group.

    Quick tests on them skip most patterns without running the regex engine (None: nothing
    is known, the pattern always runs). A group may be marked (first item): WORDS, one of
    them is a word of the text; PREFIXES, one of them begins a word of the text. Strings
    are in lower case unless the pattern is `cased`. `rarer`: the groups of word beginnings
    found by choosing in each alternative a group of other than common words follow, as
    gates only (the first group, where the rule is searched for, is the same either way).
    """
    try:
        from re import _constants as sre  # type: ignore[attr-defined]

        items = _parsed(pattern.pattern, pattern.flags & ~re.IGNORECASE)
        found = [(g, w) for g, w in _all_needed(items, sre, False) if g and all(g)]
        # the same analysis choosing, in each alternative, a group that is not all common
        # words ("pay" of "for\s+no\s+pay", not "for"): groups it finds besides are only
        # gates, tested last (where a rule is searched for stays as the groups above say)
        rare_groups = [(g, w) for g, w in _all_needed(items, sre, False, True) if g and all(g)]
        words = _whole_words(items, sre)
    except Exception:  # private API of `re`: without it, every pattern simply runs
        return None
    if not cased:
        found = [({lowercase(x) for x in g}, w) for g, w in found]
        rare_groups = [({lowercase(x) for x in g}, w) for g, w in rare_groups]
        words = {lowercase(w) for w in words} if words else None
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
    if out and rarer:
        known = {n.strings for n in out}
        for group, initial in rare_groups:
            strings = tuple(sorted(group))
            plain = all(re.fullmatch(r"[\w'-]+", x) for x in group)
            if strings in known or not (initial and plain and min(map(len, strings)) >= PREFIX_MIN):
                continue  # only word beginnings: a set test, no scan of the note
            known.add(strings)
            out.append(Need(PREFIXES, strings, frozenset(x[:PREFIX_LEN] for x in strings)))
    return tuple(out) or None


def leading_strings(pattern: _Source, cased: bool = False) -> tuple[str, ...] | None:
    """Strings one of which every match starts with (after zero-width assertions such as
    `\\b` or a look-behind), in lower case unless `cased`; None when not known, or when one
    is shorter than two characters (too common to look for); (LINE_START,) for a pattern that
    starts with `^` in multi-line mode. A rule with them is tried only
    where one of them stands, instead of searched for across its sentences."""
    try:
        from re import _constants as sre  # type: ignore[attr-defined]

        items = _parsed(pattern.pattern, pattern.flags & ~re.IGNORECASE)
        heads = _lead(items, sre)
    except Exception:  # private API of `re`: without it, the rule is searched for as before
        return None
    if items and items[0] == (sre.AT, sre.AT_BEGINNING) and pattern.flags & re.MULTILINE:
        return (LINE_START,)
    if not heads or min(map(len, heads)) < 2:
        return None
    if not cased:
        heads = {lowercase(h) for h in heads}
    return tuple(sorted(heads))


def starts_a_word(pattern: _Source) -> bool:
    """Whether every match starts where a word starts: the pattern opens with `\\b` or a
    look-behind that refuses a word character (before its leading strings)."""
    try:
        from re import _constants as sre  # type: ignore[attr-defined]

        items = _parsed(pattern.pattern, pattern.flags & ~re.IGNORECASE)
    except Exception:  # private API of `re`: nothing is known
        return False
    while items and items[0][0] is sre.SUBPATTERN and len(items) == 1:
        items = list(items[0][1][3])
    return bool(items) and _word_edge(items[0], sre, -1)


def _lead(items: list[tuple[Any, Any]], sre: Any) -> set[str] | None:
    """`_heads` of a sequence whose first items may be zero-width assertions (in groups and
    alternatives too)."""
    i = 0
    while i < len(items) and _zero_width(items[i], sre):
        i += 1
    rest = items[i:]
    if not rest:
        return None
    heads = _heads(rest, sre)
    op, av = rest[0]
    if heads is None and op is sre.SUBPATTERN:
        heads = _lead(list(av[3]), sre)
    elif heads is None and op is sre.BRANCH:
        union: set[str] = set()
        for branch in av[1]:
            sub = _lead(list(branch), sre)
            if not sub:
                return None
            union |= sub
        heads = union
    return heads


def _zero_width(item: tuple[Any, Any], sre: Any) -> bool:
    """Whether an item matches no characters: an assertion (`\\b`, `^`, a look-around), or a
    group or alternatives of nothing else ("(?:(?<![^\\n])|(?<=[.!?] ))")."""
    op, av = item
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return True
    if op is sre.SUBPATTERN:
        inner = list(av[3])
        return bool(inner) and all(_zero_width(x, sre) for x in inner)
    if op is sre.BRANCH:
        return all(b and all(_zero_width(x, sre) for x in b) for b in av[1])
    return False


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
    """For a pattern `\\b(?:word|word|…)\\b…`: the words, one of which a match must be.
    Look-aheads between the first edge and the words ("(?<![\\w-])(?!A-Z)(?:sql|…)\\b") only
    narrow the matches: the words are what they are after."""
    at = 1
    while at < len(items) and items[at][0] in (sre.ASSERT, sre.ASSERT_NOT) and items[at][1][0] == 1:
        at += 1
    if len(items) < at + 2 or not (
        _word_edge(items[0], sre, -1) and _word_edge(items[at + 1], sre, 1)
    ):
        return None
    op, av = items[at]
    if op is sre.SUBPATTERN and len(av[3]) == 1:
        op, av = list(av[3])[0]
    if op is sre.SUBPATTERN:  # one word in a group: "\b(?P<hit>re)\b"
        branches = [list(av[3])]
    else:
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


def _all_needed(
    items: list[tuple[Any, Any]], sre: Any, initial: bool, rare: bool = False
) -> list[Needed]:
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
            out.extend(_all_needed(list(av[3]), sre, at_start, rare))
        elif op in _repeats(sre) and av[0] >= 1:
            out.extend(_all_needed(list(av[2]), sre, at_start, rare))
        else:
            one = _needed_item(op, av, sre, at_start, rare)
            if one:
                out.append(one)
        at_start = _word_starts_after(items[i], sre, at_start)
        i += 1
    return out


@cache
def _repeats(sre: Any) -> tuple[Any, ...]:
    return tuple(
        op for op in (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", None)) if op
    )


def _needed_in(
    items: list[tuple[Any, Any]], sre: Any, initial: bool, rare: bool = False
) -> Needed | None:
    """The best single group of strings a match of this sequence must contain one of."""
    candidates = [c for c in _all_needed(items, sre, initial, rare) if c[0] and all(c[0])]
    if not candidates:
        return None
    return min(
        candidates,
        key=lambda c: (
            rare and c[0] <= _COMMON,  # `rare`: a group of common words only, last
            min(map(len, c[0])) < 3,
            len(c[0]),
            -min(map(len, c[0])),
        ),
    )


def _needed_item(op: Any, av: Any, sre: Any, initial: bool, rare: bool = False) -> Needed | None:
    if op is sre.SUBPATTERN:
        return _needed_in(list(av[3]), sre, initial, rare)
    if op is sre.ATOMIC_GROUP:
        return _needed_in(list(av), sre, initial, rare)
    if op is sre.BRANCH:
        union: set[str] = set()
        starts = True
        for branch in av[1]:
            sub = _needed_in(list(branch), sre, initial, rare)
            if not sub:
                return None
            union |= sub[0]
            starts = starts and sub[1]
        return union, starts
    if op in _repeats(sre):
        return _needed_in(list(av[2]), sre, initial, rare) if av[0] >= 1 else None
    if op is sre.IN and av and all(o is sre.LITERAL for o, _ in av):
        return {chr(v) for _, v in av}, False
    return None


# -- whole words and pairs of words next to each other

# how a stretch of a pattern is spelled out (`_spell`): one character of white space stands
# for any run of white space; _EDGE, a place where a word cannot go on (\b, ^, $, a
# look-around refusing a word character); _OTHER, one character that is no word character
_SPACE, _EDGE, _OTHER = " ", "\x01", "\x02"
_MOST_FORMS = 256  # the most spellings of a stretch of a pattern worked out
_MOST_PIECES = 1024  # the most words and pairs of a group (more: too many to keep)
_INEXACT = re.IGNORECASE | re.ASCII | re.LOCALE  # what makes a pattern match other words
_WORD_RUN = lazy(r"\w+")
# every character of ASCII that is no word character, as a space
# the bytes of ASCII with each that is no word character (`\w`: a letter, digit or "_") made a
# space: an ASCII note's words are the runs between spaces once its bytes are so translated
# (`bytes.translate` reads a table of 256 bytes; `str.translate` looks each character up in
# a mapping, several times slower)
_NOT_WORD = bytes(c if chr(c).isalnum() or c == 95 else 32 for c in range(128)) + bytes(
    range(128, 256)
)


def _run_key(piece: str) -> Any:
    """A RUNS string as `Gates` looks it up: a word, or a pair of words as a tuple."""
    first, space, second = piece.partition(" ")
    return (first, second) if space else piece


def text_words(text: str) -> list[str]:
    """The runs of word characters of `text` (as `\\w` reads them), in order."""
    if text.isascii():
        return text.encode("ascii").translate(_NOT_WORD).decode("ascii").split()
    return _WORD_RUN.findall(text)


def required_runs(pattern: _Source, cased: bool = False) -> tuple[frozenset[str], ...]:
    """Groups of whole words and pairs of words side by side (see RUNS): every match holds
    one of each group. Only for a pattern that matches exactly what it spells, in the case
    it is written (no IGNORECASE, ASCII or LOCALE, not even for a part of it): its words are
    looked for in the very text it is matched against, the note as written when `cased`,
    else the note in lower case (a group with a word common there is no test). Empty when
    nothing is known."""
    try:
        from re import _constants as sre  # type: ignore[attr-defined]

        items = _parsed(pattern.pattern, pattern.flags)
        if (_parsed_flags[pattern.pattern, pattern.flags] | pattern.flags) & _INEXACT:
            return ()
        groups = _run_groups(items, sre, False, False)
    except Exception:  # private API of `re`: nothing is known
        return ()
    out: list[frozenset[str]] = []
    common = _COMMON_AS_WRITTEN if cased else _COMMON
    for group in sorted(groups, key=_group_rarity):
        # (a group with a common word alone is in nearly every note: no test)
        if len(group) <= _MOST_PIECES and group not in out and common.isdisjoint(group):
            out.append(group)
    return tuple(out)


def _run_groups(
    items: list[tuple[Any, Any]], sre: Any, before: bool, after: bool
) -> list[frozenset[str]]:
    """The groups (see `required_runs`) a match of this sequence holds. `before`: a word
    character at its start starts a word; `after`: one at its end ends a word."""
    out: list[frozenset[str]] = []
    state, i, n = before, 0, len(items)
    while i < n:
        # the longest stretch of items from i that can be spelled out
        forms, j = {""}, i
        while j < n:
            more = _spell(items[j], sre)
            if more is None:
                break
            joined = {_squeezed(a + b) for a in forms for b in more}
            if len(joined) > _MOST_FORMS:
                break
            forms, j = joined, j + 1
        if j > i:
            group = _group_of_forms(forms, state, _ends_word(items[j:], sre, after))
            if group:
                out.append(group)
            for k in range(i, j):
                state = _starts_after(items[k], sre, state)
            i = j
            continue
        op, av = items[i]
        rest_ends = _ends_word(items[i + 1 :], sre, after)
        if op is sre.SUBPATTERN and not av[1] & _INEXACT:
            out.extend(_run_groups(list(av[3]), sre, state, rest_ends))
        elif op is sre.ATOMIC_GROUP:
            out.extend(_run_groups(list(av), sre, state, rest_ends))
        elif op in _repeats(sre) and av[0] >= 1:
            once = av[1] == 1  # (repeated: what stands around each time is not known)
            out.extend(_run_groups(list(av[2]), sre, state and once, rest_ends and once))
        elif op is sre.BRANCH:
            chosen: list[frozenset[str]] = []
            for branch in av[1]:
                inner = _run_groups(list(branch), sre, state, rest_ends)
                if not inner:
                    break
                chosen.append(min(inner, key=_group_rarity))
            else:
                out.append(frozenset().union(*chosen))
        state = _starts_after(items[i], sre, state)
        i += 1
    return out


def _starts_after(item: tuple[Any, Any], sre: Any, before: bool) -> bool:
    """`_word_starts_after`, knowing that after `\\B` a word character goes on a word."""
    if _has_non_boundary(item, sre):
        return False
    return _word_starts_after(item, sre, before)


def _has_non_boundary(item: tuple[Any, Any], sre: Any) -> bool:
    """Whether `\\B` is anywhere in the item."""
    op, av = item
    if op is sre.AT:
        return bool(av is sre.AT_NON_BOUNDARY)
    if op is sre.SUBPATTERN:
        return any(_has_non_boundary(x, sre) for x in av[3])
    if op is sre.ATOMIC_GROUP:
        return any(_has_non_boundary(x, sre) for x in av)
    if op in _repeats(sre):
        return any(_has_non_boundary(x, sre) for x in av[2])
    if op is sre.BRANCH:
        return any(_has_non_boundary(x, sre) for b in av[1] for x in b)
    if op in (sre.ASSERT, sre.ASSERT_NOT):
        return any(_has_non_boundary(x, sre) for x in av[1])
    return False


def _space_member(member: tuple[Any, Any], sre: Any) -> bool:
    op, av = member
    if op is sre.CATEGORY:
        return bool(av is sre.CATEGORY_SPACE)
    return op is sre.LITERAL and chr(av).isspace()


def _non_word_member(member: tuple[Any, Any], sre: Any) -> bool:
    op, av = member
    if op is sre.CATEGORY:
        return av in (sre.CATEGORY_SPACE, sre.CATEGORY_NOT_WORD)
    return op is sre.LITERAL and not is_word_char(chr(av))


def _ends_word(items: list[tuple[Any, Any]], sre: Any, after: bool) -> bool:
    """Whether a word character right before `items` ends a word: the first character they
    consume is no word character, or a boundary is asserted first (`after`: the same for
    what comes after them, when they consume nothing)."""
    for k, (op, av) in enumerate(items):
        rest = items[k + 1 :]
        if op is sre.AT:
            if av in (sre.AT_BOUNDARY, sre.AT_END, sre.AT_END_STRING):
                return True
            if av is sre.AT_NON_BOUNDARY:
                return False
            continue
        if op is sre.ASSERT_NOT and _word_edge((op, av), sre, 1):
            return True
        if op in (sre.ASSERT, sre.ASSERT_NOT):
            continue
        if op is sre.LITERAL:
            return not is_word_char(chr(av))
        if op is sre.IN:
            return bool(av) and all(_non_word_member(m, sre) for m in av)
        if op is sre.SUBPATTERN:
            return _ends_word([*av[3], *rest], sre, after)
        if op in _repeats(sre):
            ends = _ends_word([*av[2], *rest], sre, after)
            return ends if av[0] >= 1 else ends and _ends_word(rest, sre, after)
        if op is sre.BRANCH:
            return all(_ends_word([*b, *rest], sre, after) for b in av[1])
        return False
    return after


def _spell(item: tuple[Any, Any], sre: Any) -> set[str] | None:
    """Every way the item can be spelled (see _SPACE, _EDGE, _OTHER), or None: too many, or
    it can be any word."""
    op, av = item
    if op is sre.LITERAL:
        char = chr(av)
        return {_SPACE if char.isspace() else char}
    if op is sre.AT:
        if av in (
            sre.AT_BOUNDARY,
            sre.AT_BEGINNING,
            sre.AT_BEGINNING_STRING,
            sre.AT_END,
            sre.AT_END_STRING,
        ):
            return {_EDGE}
        return {""}
    if op in (sre.ASSERT, sre.ASSERT_NOT):
        edge = _word_edge(item, sre, -1) or _word_edge(item, sre, 1)
        # a look-ahead whose every way starts with no word character, or at the end
        # ("(?=\s*[.!,]|\s*$)"), is an edge too
        edge = edge or (op is sre.ASSERT and av[0] == 1 and _ends_word(list(av[1]), sre, False))
        return {_EDGE if edge else ""}
    if op is sre.IN:
        members = list(av)
        if not members:
            return None
        if all(_space_member(m, sre) for m in members):
            return {_SPACE}
        if len(members) <= 8 and all(o is sre.LITERAL for o, _ in members):
            return {_SPACE if chr(a).isspace() else chr(a) for _, a in members}
        if all(_non_word_member(m, sre) for m in members):
            return {_OTHER}
        return None
    if op is sre.SUBPATTERN:
        return None if av[1] & _INEXACT else _spell_sequence(list(av[3]), sre)
    if op is sre.BRANCH:
        union: set[str] = set()
        for branch in av[1]:
            forms = _spell_sequence(list(branch), sre)
            if forms is None:
                return None
            union |= forms
        return union if len(union) <= _MOST_FORMS else None
    if op in _repeats(sre):
        low, high = av[0], av[1]
        inner = _spell_sequence(list(av[2]), sre)
        if inner is None:
            return None
        if inner == {_SPACE}:
            return {_SPACE} if low >= 1 else {"", _SPACE}
        if high == 1:
            return inner | ({""} if low == 0 else set())
        return None
    return None


def _spell_sequence(items: list[tuple[Any, Any]], sre: Any) -> set[str] | None:
    forms = {""}
    for item in items:
        more = _spell(item, sre)
        if more is None:
            return None
        forms = {_squeezed(a + b) for a in forms for b in more}
        if len(forms) > _MOST_FORMS:
            return None
    return forms


def _squeezed(form: str) -> str:
    """A spelling with each run of white space one character (it stands for any run)."""
    while "  " in form:
        form = form.replace("  ", " ")
    return form


def _group_of_forms(forms: set[str], before: bool, after: bool) -> frozenset[str] | None:
    """For each spelling, its rarest-looking pair of words side by side, or whole word;
    None when a spelling holds neither."""
    chosen = set()
    rarity: dict[str, tuple[int, int]] = {}
    for form in forms:
        pieces = _pieces(form, before, after)
        if not pieces:
            return None
        for piece in pieces:
            if piece not in rarity:
                rarity[piece] = _piece_rarity(piece)
        chosen.add(min(pieces, key=rarity.__getitem__))
    return frozenset(chosen)


def _pieces(form: str, before: bool, after: bool) -> list[str]:
    """The whole words of a spelling (runs of word characters it starts and ends, or that
    start where `before` says a word starts and end where `after` says one ends), and each
    two of them side by side ("word word")."""
    runs = [m.span() for m in _WORD_RUN.finditer(form)]
    n = len(form)
    whole = [(a, b) for a, b in runs if (a > 0 or before) and (b < n or after)]
    out = [form[a:b] for a, b in whole]
    out += [
        f"{form[a:b]} {form[c:d]}"
        for (a, b), (c, d) in zip(runs, runs[1:], strict=False)
        if (a > 0 or before) and (d < n or after)
    ]
    return out


def _piece_rarity(piece: str) -> tuple[int, int]:
    """Sort key: the rarest-looking piece first (a pair before a word; fewer common words;
    longer)."""
    words = piece.split(" ")
    common = sum(w in _COMMON for w in words)
    return (common if len(words) == 2 else 1 + common), -len(piece)


def _group_rarity(group: frozenset[str]) -> tuple[int, int, list[str]]:
    """Sort key of groups: the one of the rarest-looking pieces first, then the smallest."""
    return max(_piece_rarity(p)[0] for p in group), len(group), sorted(group)
