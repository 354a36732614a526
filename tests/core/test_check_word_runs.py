"""The whole words and pairs of words side by side a rule's matches hold (prefilter RUNS):
`Gates` skips a rule whose words are not in the note, and so must never skip one that would
find something. Checked on every development note and on thousands of texts drawn from the
rules' own patterns (each made to match), in the note's case and in others."""

from __future__ import annotations

import random
import re
from dataclasses import replace
from pathlib import Path

import pytest

from followup.core.check import compile_rules
from followup.core.check.document import Document
from followup.core.check.prefilter import RUNS, Gates, required_runs, text_words
from followup.services import checking

ROOT = Path(__file__).resolve().parent.parent.parent
# the development notes and the old corpus (never a held-out set)
FOLDERS = sorted(ROOT.glob("tests/check_dev*")) + [ROOT / "tests" / "check_corpus"]


@pytest.fixture(scope="module")
def rules():
    return compile_rules(checking.shipped_rule_data())


def _every(rules) -> list:
    every = [r for spec in rules.codes.values() for r in spec.rules]
    every += [r for e in rules.elements.values() for r in e.rules]
    return every + [*rules.person_cues, *rules.role_cues]


def _runs_only(rule):
    """The rule with its RUNS groups as its only needs: `Gates` opens it exactly when the
    note holds a word or pair of each group."""
    runs = tuple(n for n in rule.needs or () if n.kind == RUNS)
    return replace(rule, needs=runs or None)


def _notes() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for f in FOLDERS for p in sorted(f.rglob("*.txt"))]
    assert len(texts) > 900
    return texts


def _matches(rule, doc: Document) -> bool:
    return rule.pattern.search(doc.lower if rule.lowered else doc.norm) is not None


def _assert_sound(rules, texts: list[str]) -> int:
    """Every rule that matches a text is opened by gates holding only its RUNS groups; how
    many (rule, text) pairs the groups turned away (each checked to match nothing)."""
    every = _every(rules)
    gated = [_runs_only(r) for r in every]
    gates = Gates(gated)
    turned_away = 0
    for text in texts:
        doc = Document(text, rules)
        opened = set(gates.opened(doc))
        for i, rule in enumerate(every):
            if i in opened:
                continue
            turned_away += 1
            assert not _matches(rule, doc), (rule.pattern.pattern[:80], text[:80])
    return turned_away


def test_no_rule_a_development_note_matches_is_turned_away_by_its_words(rules) -> None:
    texts = _notes()
    # and the same notes in lower and upper case, and with lines broken before capitals
    texts += [t.lower() for t in texts[::5]] + [t.upper() for t in texts[::9]]
    texts += [re.sub(r" (?=[A-Z])", "\n", t) for t in texts[::7]]
    assert _assert_sound(rules, texts) > 10 * len(texts)  # most rules are turned away


def test_no_rule_is_turned_away_from_a_text_made_to_match_it(rules) -> None:
    """Texts drawn from each rule's pattern (a random way through it, between words of the
    notes, in varied spacing and case): a rule that matches the text drawn from it is
    opened by its RUNS groups."""
    from re import _constants as sre  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]

    draw = random.Random(8)
    filler = " ".join(_notes()[:40]).split()
    every = _every(rules)
    gates = Gates([_runs_only(r) for r in every])
    drawn = matched = 0
    for i, rule in enumerate(every):
        items = list(_parser.parse(rule.pattern.pattern, rule.pattern.flags))
        for _ in range(12):
            made = "".join(_drawn(items, sre, draw))
            before = " ".join(draw.sample(filler, draw.randint(0, 6)))
            after = " ".join(draw.sample(filler, draw.randint(0, 6)))
            text = before + draw.choice(" \n,.(") + made + draw.choice(" \n,.)") + after
            for variant in (text, text.upper(), text.title()):
                drawn += 1
                doc = Document(variant, rules)
                if _matches(rule, doc):
                    matched += 1
                    assert i in gates.opened(doc), (rule.pattern.pattern[:80], variant[:80])
    assert drawn > 10_000 and matched > drawn // 3


_CHARS = {
    "space": " \t\n  ",
    "word": "abcdeiouxyzAEKT019_é",
    "digit": "0123456789",
    "any": "ab ,.'-\n1é",
}


def _drawn(items: list, sre, draw: random.Random) -> list[str]:
    """A random string the sequence of `re._parser` items can match (look-arounds and
    boundaries are left to chance: a drawn text the pattern does not match tests nothing)."""
    out: list[str] = []
    for op, av in items:
        if op is sre.LITERAL:
            out.append(chr(av))
        elif op is sre.NOT_LITERAL:
            out.append(draw.choice([c for c in _CHARS["any"] if ord(c) != av]))
        elif op is sre.ANY:
            out.append(draw.choice(_CHARS["any"]))
        elif op is sre.IN:
            out.append(_member(list(av), sre, draw))
        elif op is sre.BRANCH:
            out += _drawn(list(draw.choice(av[1])), sre, draw)
        elif op is sre.SUBPATTERN:
            out += _drawn(list(av[3]), sre, draw)
        elif op is sre.ATOMIC_GROUP:
            out += _drawn(list(av), sre, draw)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", None)):
            low, high = av[0], min(av[1], av[0] + 3)
            for _ in range(draw.randint(low, high)):
                out += _drawn(list(av[2]), sre, draw)
    return out


def _member(members: list, sre, draw: random.Random) -> str:
    if members and members[0][0] is sre.NEGATE:
        refused = {chr(a) for o, a in members[1:] if o is sre.LITERAL}
        return draw.choice([c for c in " ,.'xq1" if c not in refused])
    op, av = draw.choice(members)
    if op is sre.LITERAL:
        return chr(av)
    if op is sre.RANGE:
        return chr(draw.randint(av[0], av[1]))
    kinds = {
        sre.CATEGORY_SPACE: "space",
        sre.CATEGORY_WORD: "word",
        sre.CATEGORY_DIGIT: "digit",
    }
    return draw.choice(_CHARS[kinds.get(av, "any")])


def test_the_words_and_pairs_a_pattern_needs() -> None:
    """What the analysis reads of patterns of the rules' shapes: word edges, optional words,
    alternatives, apostrophes and white space of every kind."""

    class Source:
        def __init__(self, pattern: str, flags: int = re.MULTILINE) -> None:
            self.pattern, self.flags = pattern, flags

    def runs(pattern: str, flags: int = re.MULTILINE, cased: bool = False) -> list[list[str]]:
        return [sorted(g) for g in required_runs(Source(pattern, flags), cased)]

    assert runs(r"\bmy\s+mind\s+went\s+blank\b") == [["went blank"]]
    assert runs(r"\bi(?:'ve|\s+have)\s+been\b") == [["have been", "ve been"]]
    assert runs(r"\b(?:eish|yebo|ja[ \t]+nee)\b") == [["eish", "ja nee", "yebo"]]
    # a word that may go on (no edge after it) is no whole word; nor one after \B
    assert runs(r"\bhired\s+(?:as|for)") == [["hired"]]
    assert runs(r"\Bhired\s+quickly\b") == [["quickly"]]
    # a pattern that ignores case, in whole or in part, is matched against other words
    assert runs(r"\bwent\s+blank\b", re.IGNORECASE) == []
    assert runs(r"\b(?i:went\s+blank)\b") == []
    # a group with a common word alone tells nothing
    assert runs(r"\b(?:the|quietly)\b") == []
    # ... in the text the pattern is matched against: in lower case "i" is everywhere; as
    # written, the pronoun is "I" and a lower-case "i" is as rare as "u"
    assert runs(r"\b(?:i|u)\b") == []
    assert runs(r"\b(?:I|quietly)\b", cased=True) == []
    assert runs(r"\b(?:i|u)\b", cased=True) == [["i", "u"]]
    # a look-ahead that only a space, a stop or the end can follow ends a word
    assert runs(r"\bquite\s+lit(?=\s*[.!,]|\s*$)") == [["quite lit"]]
    assert runs(r"\bquite\s+lit(?=\s*[.!,a-z])") == [["quite"]]


def test_a_texts_words_are_its_runs_of_word_characters() -> None:
    for text in ("I've e-mailed  you_all\tabout it, José.", "ab12 ÉTÉ\u00a0x", ""):
        assert text_words(text) == re.findall(r"\w+", text)


def test_saved_gates_read_their_words_back_when_first_needed(rules) -> None:
    """The gates of saved rules keep the RUNS words as bytes, read when a note needs them:
    saved and read back, they open the same rules."""
    import pickle

    every = [r for spec in rules.codes.values() for r in spec.rules]
    gates = Gates(every)
    again = pickle.loads(pickle.dumps(gates))
    for text in _notes()[:60]:
        doc = Document(text, rules)
        assert again.opened(doc) == gates.opened(doc)
    assert any(n.kind == RUNS for r in every for n in r.needs or ())
