"""The checker's matching machinery: patterns compiled for a faster search match exactly as
`re.compile` makes them match."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from followup.core.check import compile_rules, lazyre
from followup.core.check.lazyre import compile_pattern
from followup.services import checking

ROOT = Path(__file__).resolve().parent.parent.parent
CORPORA = [ROOT / "tests" / name for name in ("check_corpus", "check_dev")]


@pytest.fixture(scope="module")
def rules():
    return compile_rules(checking.shipped_rule_data())


def _texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for c in CORPORA for p in sorted(c.glob("*.txt"))]
    return texts + [t.lower() for t in texts] + [t.upper() for t in texts[:20]]


def _found(pattern: re.Pattern[str], text: str, pos: int = 0, end: int | None = None) -> list:
    end = len(text) if end is None else end
    return [(m.span(), m.groups()) for m in pattern.finditer(text, pos, end)]


TRICKY = [
    r"\bfoo",
    r"\b(?:a|)x",  # an empty branch: the first character is not known
    r"(?:\b)?x?y",
    r"(?=[A-Z])(?<![\w-])(?P<t>(?i:dr|mr))\.?\s+[A-Z]\w+",
    r"(?<![\w'-])[A-Z][a-z]+(?:'s)?(?![\w-])",
    r"\b(?:[^\W_]+|-)\d",
    r"\b(?:(?:i|we)\s+)+(?:can|will)\b",
    r"(?<=[a-z.!,)])[ \t]+(?P<hit>x{1,3})[ \t]*$",
    r"\b(?>ab|a)c",
    r"\b(?:[^a-z]|q)z",
    r"$\s*x",
    r"\b(?a:\w+)é",
    r"[.!?]+(?=\s|$)",
    r"\d+",
    r"\bi\s+(?:am|was)\b",  # one first character after an assertion
    r"(?<![\w'-])(?:xy|xz)\w*",
    r"(?:Dr\.?\s+)?(?=D)\w+",
]


TRICKY_FOLDED = [
    r"(?:\b(?:fit|match)\s+(?:for|at)|\b(?:role|team|Kelvin|Sam|I'd))\s+",
    r"\b[a-z]\w+",
    r"\b(?:[c-m]|9)\w",
    r"\b(?:é|a)x",
    r"(?<![\w-])(?:initech|summit\s+labs)(?![\w-])",
]


@pytest.mark.parametrize(
    "source, flags",
    [(s, re.MULTILINE) for s in TRICKY] + [(s, re.IGNORECASE) for s in TRICKY + TRICKY_FOLDED],
)
def test_a_faster_pattern_matches_as_re_compiles_it(source, flags) -> None:
    fast, plain = compile_pattern(source, flags), re.compile(source, flags)
    assert fast.groupindex == plain.groupindex and fast.flags == plain.flags
    samples = [
        "Dr. Smith met Mr Jones; foo food x y xy iwe we can Zz é 3é",
        "\u212aelvin \u017fam \u0130'd \u0131'D ROLE team FIT FOR Initech SUMMIT  labs",
        "We can, I will. Qz 9z -1 abc ac hugs  xx\nok x\nDear Dr Ruiz's team",
        *_texts()[:40],
    ]
    for text in samples:
        assert _found(fast, text) == _found(plain, text)
        for pos in (1, 7, 30):
            assert _found(fast, text, pos, len(text) - 3) == _found(plain, text, pos, len(text) - 3)
            one, other = fast.search(text, pos), plain.search(text, pos)
            assert (one and one.span()) == (other and other.span())


def test_every_checker_pattern_matches_as_re_compiles_it(rules) -> None:
    patterns = {(p.pattern, p.flags) for p in rules.patterns()}
    patterns |= {(p.pattern, p.flags) for p in lazyre._MODULE_PATTERNS}
    texts = _texts()
    for source, flags in sorted(patterns):
        fast, plain = compile_pattern(source, flags), re.compile(source, flags)
        for text in texts:
            assert _found(fast, text) == _found(plain, text), source


def test_a_pattern_opening_with_an_assertion_searches_from_its_first_characters() -> None:
    """`\\bi\\s+…` gets the set {i} in its INFO block (what re gives a pattern opening with a
    class), so that the engine skips to the next "i" instead of trying every position."""
    from re import _constants as sre  # type: ignore[attr-defined]

    program = lazyre._program(r"\b(?:i|we)\s+(?:can't|cannot)\b", 0)
    assert program is not None
    code = program[2]
    assert code[0] == sre.INFO and code[2] & sre.SRE_INFO_CHARSET
    # an optional item, a case-insensitive group, or alternatives some of which consume
    # nothing before the first character: its set joined to what follows
    for source in (
        r"(?:(?<![\w-])(?P<before>[A-Z][a-z]+)[ \t]+)?(?P<name>[A-Z][a-z]+)-san",
        r"^[ \t]*(?i:dear|hi)\s+(?P<name>\w+)",
        r"(?:(?<![^\n])|(?<=[.!?] ))(?:i|we)\s+have",
        r"\b(?:a|)x",
    ):
        program = lazyre._program(source, re.MULTILINE)
        assert program is not None
        assert program[2][0] == sre.INFO and program[2][2] & sre.SRE_INFO_CHARSET, source
    # one first character: a prefix of that character, which the match does not skip (the
    # engine runs to the next one in a tight loop instead of testing a set at each character)
    for source, first in (
        (r"\bi\s+(?:can't|cannot)\b", "i"),
        (r"(?<![\w'-])(?:my|mine)\s+\w+", "m"),
        (r"(?:(?<![^\n])|(?<=[.!?] ))i\s+have", "i"),
    ):
        program = lazyre._program(source, re.MULTILINE)
        assert program is not None
        code = program[2]
        assert code[0] == sre.INFO and code[2] == sre.SRE_INFO_PREFIX, source
        assert code[5:9] == [1, 0, ord(first), 0], source  # length 1, skip 0, the character
    # without a known first character (a branch that may match nothing but is no assertion),
    # the program is re's own
    from re import _compiler, _parser  # type: ignore[attr-defined]

    program = lazyre._program(r"\b(?:a|\w*)x", 0)
    assert program is not None
    assert program[2] == [int(c) for c in _compiler._code(_parser.parse(r"\b(?:a|\w*)x"), 0)]


def test_the_other_case_forms_of_letters_are_all_there_are() -> None:
    """The characters besides "x" and "X" that re matches to an ASCII letter when ignoring
    case, found by trying every code point."""
    import string
    import sys

    letters = re.compile("[a-z]", re.IGNORECASE)
    found: dict[str, str] = {}
    for code in range(128, sys.maxunicode + 1):
        char = chr(code)
        if letters.fullmatch(char):
            for letter in string.ascii_lowercase:
                if re.fullmatch(letter, char, re.IGNORECASE):
                    found[letter] = found.get(letter, "") + char
    assert found == lazyre._OTHER_CASE_FORMS


def test_a_rules_words_gate_changes_no_finding() -> None:
    """A rule's `words` (one of which every match holds whole) only spares the search on notes
    without them: on every development note, in every case, each gated rule finds exactly
    what it finds without its gate."""
    from followup.core.check.document import Document
    from followup.core.check.matching import matches

    data = checking.shipped_rule_data()
    gated = compile_rules(data)
    plain_data = {
        **data,
        "code": {
            code: {
                **spec,
                "rules": [
                    {k: v for k, v in r.items() if k != "words"} if isinstance(r, dict) else r
                    for r in spec.get("rules", [])
                ],
            }
            for code, spec in data["code"].items()
        },
    }
    plain = compile_rules(plain_data)
    pairs = [
        (a, b)
        for code in gated.codes
        for a, b in zip(gated.codes[code].rules, plain.codes[code].rules, strict=True)
        if a.needs != b.needs
    ]
    assert len(pairs) >= 8  # the shipped rules that carry a gate
    folders = [*CORPORA, ROOT / "tests" / "check_dev4"]
    texts = [p.read_text(encoding="utf-8") for c in folders for p in sorted(c.glob("*.txt"))]
    texts += [t.lower() for t in texts] + [
        "Hi Jo,\n\nI bring Certified Nursing Assistant and Three years. xo\n\nLove,\nSam x\n",
        "Dear Sgt.,\n\nPlease thank Dr. for the tour at Acme LLC. and the team."
        " skills Excel, SQL\n",
    ]
    for text in texts:
        doc_gated, doc_plain = Document(text, gated), Document(text, plain)
        for a, b in pairs:
            assert list(matches(a, doc_gated)) == list(matches(b, doc_plain)), (
                a.pattern.pattern[:60],
                text[:60],
            )


def test_the_rarer_word_gates_change_no_finding(rules) -> None:
    """The groups of word beginnings chosen to avoid common words ("pay" of "for\\s+no\\s+pay",
    not "for") only follow the groups a rule had without them, and a rule with them finds on
    every development note exactly what it finds without them."""
    from dataclasses import replace

    from followup.core.check.document import Document
    from followup.core.check.matching import matches
    from followup.core.check.prefilter import required_literals

    every = [r for spec in rules.codes.values() for r in spec.rules]
    every += [r for e in rules.elements.values() for r in e.rules]
    every += [*rules.person_cues, *rules.role_cues]
    pairs = []
    for rule in every:
        full = required_literals(rule.pattern, rule.cased) or ()
        plain = required_literals(rule.pattern, rule.cased, rarer=False) or ()
        assert full[: len(plain)] == plain
        extra = full[len(plain) :]
        if extra:
            kept = tuple(n for n in rule.needs or () if n not in extra)
            pairs.append((rule, replace(rule, needs=kept or None)))
    assert len(pairs) >= 20
    for text in _engine_texts():
        doc = Document(text, rules)
        for gated, plain_rule in pairs:
            assert list(matches(gated, doc)) == list(matches(plain_rule, doc)), (
                gated.pattern.pattern[:60],
                text[:60],
            )


def _engine_texts() -> list[str]:
    folders = [*CORPORA, ROOT / "tests" / "check_dev4", ROOT / "tests" / "check_dev5"]
    texts = [p.read_text(encoding="utf-8") for c in folders for p in sorted(c.glob("*.txt"))]
    # and lines broken before capitals (sentences that end without a stop, the next one
    # close enough for a pattern to reach across)
    broken = [re.sub(r" (?=[A-Z])", "\n", t) for t in texts[:80]]
    return texts + broken + [t.lower() for t in texts[:60]] + [t.upper() for t in texts[:20]]


def test_one_gate_pass_lets_through_every_rule_that_can_match(rules) -> None:
    """`Gates` tests the word and word-beginning strings of all phrase rules at once: on every
    development note it lets through each rule the rule-by-rule test admits whose word runs
    the note holds, what the gated rules find is what each rule finds alone, and a rule it
    turns away finds nothing."""
    from followup.core.check.document import Document
    from followup.core.check.matching import _admits, gated_matches, matches
    from followup.core.check.prefilter import Gates

    every = [r for spec in rules.codes.values() for r in spec.rules]
    every += [r for e in rules.elements.values() for r in e.rules]
    gates = Gates(every)
    gates.opened(Document("Thank you.", rules))  # (a first note is not tested for RUNS)
    for text in _engine_texts():
        doc = Document(text, rules)
        opened = {id(every[i]) for i in gates.opened(doc)}
        for rule in every:
            if _admits(rule, doc) and _holds_runs(rule, doc):
                assert id(rule) in opened, (rule.pattern.pattern[:60], text[:60])
            if id(rule) in opened:
                assert list(gated_matches(rule, doc)) == list(matches(rule, doc))
            else:
                assert not list(matches(rule, doc)), (rule.pattern.pattern[:60], text[:60])


def _holds_runs(rule, doc) -> bool:
    """Whether the note holds a word or pair of words of each of the rule's RUNS groups."""
    from followup.core.check.prefilter import RUNS, text_words

    words = text_words(doc.norm if rule.cased else doc.lower)
    pieces = {*words, *(f"{a} {b}" for a, b in zip(words, words[1:], strict=False))}
    return all(not pieces.isdisjoint(n.gate) for n in rule.needs or () if n.kind == RUNS)


def test_the_gates_open_each_rule_whose_every_group_the_note_holds(rules) -> None:
    """`Gates.opened` (runs of bits tested with shifts) gives exactly the rules all of whose
    word, word-beginning and word-run groups the note holds, in order, on every development
    note and for rules with no groups, one group or several."""
    from dataclasses import replace

    from followup.core.check.document import Document
    from followup.core.check.prefilter import PREFIXES, RUNS, WORDS, Gates

    every = [r for spec in rules.codes.values() for r in spec.rules]
    every += [r for e in rules.elements.values() for r in e.rules]
    groups = [[n for n in r.needs or () if n.kind in (PREFIXES, WORDS, RUNS)] for r in every]
    assert {len(g) for g in groups} >= {0, 1, 2, 3}
    gates = Gates(every)
    assert Gates([]).opened(Document("Thank you.", rules)) == []
    gates.opened(Document("Thank you.", rules))  # (a first note is not tested for RUNS)
    for text in _engine_texts():
        doc = Document(text, rules)

        def holds(rule, need, doc=doc) -> bool:
            if need.kind == RUNS:
                return _holds_runs(replace(rule, needs=(need,)), doc)
            if need.kind == PREFIXES:
                return not doc.prefixes(rule.cased).isdisjoint(need.gate)
            words = doc.cased_words if rule.cased else doc.word_set
            return not words.isdisjoint(need.gate)

        want = [i for i, r in enumerate(every) if all(holds(r, n) for n in groups[i])]
        assert gates.opened(doc) == want, text[:60]


def test_a_search_per_sentence_finds_what_a_try_per_place_finds(rules) -> None:
    """A rule whose matches start at its leading strings is tried where they stand, or, with
    more such places than sentences, searched for sentence by sentence: both find the same
    matches on every development note, over the whole note and over its body."""
    from followup.core.check.document import Document
    from followup.core.check.matching import _anchored, _anchored_by_sentence, _searchable

    every = [r for spec in rules.codes.values() for r in spec.rules]
    every += [r for e in rules.elements.values() for r in e.rules]
    every += [*rules.person_cues, *rules.role_cues]
    anchored = [r for r in every if r.heads and r.heads != ("\n",) and _searchable(r)]
    assert len(anchored) >= 20
    tried = 0
    for text in _engine_texts():
        doc = Document(text, rules)
        for rule in anchored:
            text_of = doc.lower if rule.lowered else doc.norm
            for lo, hi in ((0, len(text_of)), (doc.body.start, doc.body.end)):
                starts = sorted(
                    {at for head in rule.heads or () for at in _places(text_of, head, lo, hi)}
                )
                if not starts:
                    continue
                tried += 1
                one = [m.span() for m in _anchored(rule, doc, text_of, starts, hi)]
                other = _anchored_by_sentence(rule, doc, text_of, starts, hi)
                assert one == [m.span() for m in other], (rule.pattern.pattern[:60], text[:60])
    assert tried >= 500


def _places(text: str, string: str, lo: int, hi: int) -> list[int]:
    """Where `string` stands in text[lo:hi] (overlapping places too)."""
    out = []
    at = text.find(string, lo, hi)
    while at >= 0:
        out.append(at)
        at = text.find(string, at + 1, hi)
    return out


def test_one_word_in_a_group_between_word_edges_is_a_words_gate() -> None:
    """`\\b(?P<hit>re)\\b…` needs the word "re" whole: a note without it skips the rule (a
    two-letter string is too common to look for as a substring)."""
    from followup.core.check.prefilter import WORDS, required_literals

    class Source:
        pattern = r"\b(?P<hit>re)\b(?<![\w'.-]re)(?=\s+the\s)"
        flags = re.IGNORECASE

    needs = required_literals(Source())
    assert needs is not None and needs[0].kind == WORDS and needs[0].gate == {"re"}


def test_whole_words_found_with_find_are_what_the_readers_pattern_finds() -> None:
    """The reader's names in the third person are found with `str.find` (no pattern compiled
    per record): the same spans as the pattern `(?<![\\w'-])(?:w1|w2|…)(?![\\w-])` ignoring
    case, in ASCII and other text, within any bounds (or None when find cannot tell: a word
    not in ASCII, or a character that `re` takes for an ASCII letter ignoring case)."""
    import random

    from followup.core.check.document import _lower_text
    from followup.core.check.names import _longest_first, _whole_words

    draw = random.Random(8)
    alphabet = "ab -'_.xAéÉ—ßΣ1kKsSiI\u212a\u0130\u0131\u017f"
    compared = 0
    for _ in range(20_000):
        text = "".join(draw.choice(alphabet) for _ in range(draw.randint(0, 20)))
        words = {
            "".join(draw.choice("abxkis'-") for _ in range(draw.randint(1, 3)))
            for _ in range(draw.randint(1, 3))
        }
        lo = draw.randint(0, len(text))
        hi = draw.randint(lo, len(text))
        pattern = re.compile(rf"(?<![\w'-])(?:{_longest_first(words)})(?![\w-])", re.IGNORECASE)
        got = _whole_words(text, _lower_text(text), words, lo, hi)
        if got is not None:
            compared += 1
            assert got == [m.span() for m in pattern.finditer(text, lo, hi)], (text, words)
    assert compared > 4000
    assert _whole_words("Sam K\u212am", "sam k\u212am", {"kam"}, 0, 9) is None
    assert _whole_words("José said", "josé said", {"josé"}, 0, 9) is None


def test_the_gates_open_the_same_rules_for_a_first_note_and_a_later_one(rules) -> None:
    """`Gates.opened` tests a process's first note against each table at once and later ones
    word by word (each word's bits remembered): on every development note, checked first
    by fresh gates and later by gates that have seen the notes before it (and it again), the
    same rules open, but for those a later note's RUNS groups turn away."""
    from dataclasses import replace

    from followup.core.check.document import Document
    from followup.core.check.prefilter import RUNS, Gates

    every = [r for spec in rules.codes.values() for r in spec.rules]
    every += [r for e in rules.elements.values() for r in e.rules]
    seen = Gates(every)
    seen.opened(Document("Thank you for the chat.", rules))  # (its first note)
    # the RUNS groups (whole words, pairs of words side by side) are tested from the second
    # note on: without them, the same rules open
    plain = [
        replace(r, needs=tuple(n for n in r.needs or () if n.kind != RUNS) or None) for r in every
    ]
    seen_plain = Gates(plain)
    seen_plain.opened(Document("Thank you for the chat.", rules))
    texts = _engine_texts()
    for text in [*texts, *texts[:40]]:
        doc = Document(text, rules)
        first = Gates(every).opened(doc)
        assert first == Gates(plain).opened(doc) == seen_plain.opened(doc), text[:60]
        assert set(seen.opened(doc)) <= set(first), text[:60]
