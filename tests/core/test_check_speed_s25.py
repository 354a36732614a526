"""Issue 8 (speed, warm check): what a note's first check works out for words it has not seen
is worked out without searches the answer does not need, and the answers are the same.

- the readability grade's syllables are counted by a loop over the letters in the compiled
  core (core.check.words), as the vowel-group definition counts them;
- a piece of the learned layer that is a word of letters a-z and one mark ("dashboard,") gives
  the hashes and buckets the tokenising search gives;
- the word gates look a word's beginnings up only when its first three letters start one, and
  open the same rules as looking every beginning up;
- a rule whose words stand between word edges is gated on them as whole words even with
  look-aheads before them (the shorthand and acronym rules, searched in half the notes
  before, now only in notes that hold one of their words);
- a rule that opens with a group of look-behinds only ("(?:(?<![^\\n])|(?<=[.!?] ))i've …") is
  tried where its leading strings stand.
"""

from __future__ import annotations

import random
import re
import string

import pytest

from followup.core.check import compile_rules, learned, words
from followup.core.check.document import Document
from followup.core.check.prefilter import (
    PREFIX_LEN,
    PREFIX_MIN,
    PREFIXES,
    WORDS,
    leading_strings,
    required_literals,
)
from followup.services import checking


def _vowel_groups_by_search(w: str) -> int:
    """The definition: vowel groups less a silent final e or -ed after a consonant."""
    n = len(re.findall(r"[aeiouy]+", w))
    if w[-1] == "e" and len(w) > 2 and w[-2] not in "aeiouyl":
        n -= bool(re.search(r"[aeiouy]", w[:-2]))
    elif w[-1] == "d" and len(w) > 3 and w[-2] == "e" and w[-3] not in "aeiouytd":
        n -= bool(re.search(r"[aeiouy]", w[:-3]))
    return n


def test_syllables_are_the_vowel_groups_the_search_finds() -> None:
    draw = random.Random(25)
    samples = ["make", "jumped", "wanted", "rhythm", "i'd", "queue", "aye", "led", "bed", "ee"]
    samples += [
        "".join(draw.choice("aeiouybcdlmnrstx'") for _ in range(draw.randint(1, 9)))
        for _ in range(2000)
    ]
    for w in samples:
        assert words.vowel_groups(w) == _vowel_groups_by_search(w), w


def test_the_scorer_is_the_compiled_grade() -> None:
    assert checking.readability_scorer() is words.flesch_kincaid_grade
    assert words.flesch_kincaid_grade("") == 0.0
    assert words.flesch_kincaid_grade("2027. 42!") == 0.0  # no word


def _hashes_by_search(piece: str, mask: int) -> tuple[tuple[int, ...], ...]:
    """A piece's hashes and buckets as the tokenising search reads it."""
    if learned._DIGITS.search(piece) is not None:
        piece = learned._DIGITS.sub("0", piece)
    hashes: list[int] = []
    found: list[int] = []
    for word in learned._WORD.findall(piece):
        h, buckets = learned._word_hashes(word, mask)
        hashes.append(h)
        found += buckets
    return tuple(hashes), tuple(h * 1000003 & mask for h in hashes), tuple(found)


@pytest.mark.parametrize(
    "mark", [",", ".", "!", "?", ";", ":", ")", "'", '"', "-", "…", "é", "٣", "²", "_", "/"]
)
def test_a_word_and_a_mark_are_hashed_as_the_search_reads_them(mark: str) -> None:
    mask = (1 << 18) - 1
    for body in ("a", "team", "dashboard", "refreshing"):
        piece = body + mark
        assert learned._piece_hashes(piece, mask) == _hashes_by_search(piece, mask), piece


def test_other_pieces_are_hashed_as_before() -> None:
    mask = (1 << 18) - 1
    draw = random.Random(8)
    letters = string.ascii_lowercase + "0123456789',.!-é"
    for _ in range(2000):
        piece = "".join(draw.choice(letters) for _ in range(draw.randint(1, 10)))
        assert learned._piece_hashes(piece, mask) == _hashes_by_search(piece, mask), piece


@pytest.fixture(scope="module")
def rules():
    return compile_rules(checking.shipped_rule_data())


def _bits_of_every_beginning(gates, word: str) -> int:
    """The bits a word opens with every beginning of it looked up (no first-letters test)."""
    found = 0
    for cased in (True, False):
        form = word if cased else words.lowercase(word)
        found |= gates.index.get((WORDS, cased), {}).get(form, 0)
        table = gates.index.get((PREFIXES, cased), {})
        if len(form) >= PREFIX_MIN:
            for k in range(PREFIX_MIN, min(len(form), PREFIX_LEN) + 1):
                found |= table.get(form[:k], 0)
    return found


def test_word_gates_open_what_every_beginning_opens(rules) -> None:
    gates = rules.gates
    text = (
        "Dear Ms Okafor, Thank you for meeting me on Thursday. I've built dashboards, trained "
        "analysts and led the e-mail migration; the Board described its plans. Best, Dan"
    )
    doc = Document(text, rules)
    for word in doc.cased_words:
        assert gates._bits(word) == _bits_of_every_beginning(gates, word), word


def test_words_after_a_look_ahead_are_whole_words() -> None:
    edge_before, edge_after = r"(?<![\w/@.-])", r"(?![\w'/@-])"
    ahead = r"(?!(?-i:[A-Z0-9]{2,}(?![\w'/@-])))"
    pattern = re.compile(edge_before + ahead + r"(?:sql|kpi|roi)" + edge_after + r"(?!\.\w)")
    needs = required_literals(pattern, cased=True)
    assert needs is not None
    assert needs[0].kind == WORDS
    assert set(needs[0].strings) == {"sql", "kpi", "roi"}
    # (a look-behind there is no look-ahead: nothing is said of whole words)
    behind = re.compile(edge_before + r"(?<!x)(?:sql|kpi)" + edge_after)
    assert all(n.kind != WORDS for n in required_literals(behind, cased=True) or ())


def test_shorthand_rules_are_gated_on_their_words(rules) -> None:
    shorthand = [
        r
        for r in rules.codes["unprofessional"].rules
        if r.pattern.pattern.startswith(r"(?<![\w/@.-])(?!(?-i:[A-Z0-9]{2,}")
    ]
    assert shorthand
    assert all(r.needs and r.needs[0].kind == WORDS for r in shorthand)


def test_leading_strings_after_a_group_of_look_behinds() -> None:
    ahead = r"(?:(?<![^\n])|(?<=[.!?][ \t])|(?<=\bsince[ \t]))"
    pattern = re.compile(ahead + r"i(?:[ \t]+have|'ve)[ \t]+(?P<hit>[a-z]+ed)\b")
    assert leading_strings(pattern) == ("i\t", "i ", "i've")
    # (a group that matches characters is no assertion: nothing is known)
    assert leading_strings(re.compile(r"(?:(?<=x)|y)i've")) is None
