"""The everyday-word list is looked up in its sorted text (core/check/words.py)."""

from __future__ import annotations

from followup.core.check.words import SortedWords, everyday, everyday_words
from followup.core.package_data import DATA_DIR


def _listed() -> list[str]:
    text = (DATA_DIR / "english_words.txt").read_text(encoding="utf-8")
    return text.split("\n", 1)[1].split()


def test_the_shipped_list_is_sorted_lower_case_one_word_a_line() -> None:
    words = _listed()
    assert words == sorted(words)
    assert all(w.isascii() and w.isalpha() and w.islower() for w in words)


def test_the_search_finds_every_listed_word_and_nothing_else() -> None:
    words = _listed()
    known = set(words)
    found = everyday_words()
    assert all(w in found for w in words)
    near = (
        [w + "x" for w in words[::7]]
        + [w[:-1] for w in words[::7]]
        + [w + "'s" for w in words[:50]]
    )
    odd = ["", "a", "zzzz", "aaa", "Abandon", "ice cream", "\n", "abandon\nabandoned", "zyzzyva"]
    assert [w for w in near + odd if (w in found) != (w in known)] == []


def test_a_short_list() -> None:
    words = SortedWords("bat\ncat\ndog\n")
    assert [w in words for w in ("ant", "bat", "cat", "cow", "dog", "eel", "ca", "cats")] == [
        False, True, True, False, True, False, False, False,
    ]  # fmt: skip
    assert "cat" in words  # remembered


def test_everyday_words_in_any_case() -> None:
    assert everyday("VERY") and everyday("DON'T") and everyday("Way.") and everyday("way")
    assert not everyday("HAZWOPER") and not everyday("Crestview")
