"""One home for the lists about people's names (review finding, session 12): drafting and the
checker read family names written first, patronyms and name particles from
data/person_words.txt (core.name_lists), and the checker reads a recorded name's order as
drafting does, so that the title a draft writes is the title the checker accepts."""

from __future__ import annotations

import tomllib
from functools import cache

import pytest

from followup.core import phrasing
from followup.core.check import Facts, check, compile_rules
from followup.core.name_lists import family_first_surnames, person_words
from followup.core.package_data import DATA_DIR


def test_the_checker_rules_keep_no_list_of_their_own() -> None:
    names = tomllib.loads((DATA_DIR / "check.toml").read_text(encoding="utf-8"))["names"]
    for key in ("family_first", "family_first_given_too", "patronymic"):
        assert key not in names, key
    assert not hasattr(phrasing, "_PARTICLES")


def test_the_shared_lists_hold_what_each_side_kept_before() -> None:
    words = person_words()
    for name in ("goh", "quek", "phua", "khoo", "kim", "park", "takahashi", "nguyen", "vo"):
        assert name in family_first_surnames(), name
    for word in ("binti", "bte", "bt", "ibn", "ibni", "a/l", "s/o"):
        assert word in words["patronyms"], word
    for word in ("van", "der", "de", "la", "bin", "dos"):
        assert word in words["particles"], word


@pytest.mark.parametrize(
    ("typed", "given", "family"),
    [
        ("Quek Hui Min", "Hui Min", "Quek"),
        ("Li Wei Ming", "Wei Ming", "Li"),
        ("Goh Siew Ling", "Siew Ling", "Goh"),
        ("Koh Boon Hock", "Boon Hock", "Koh"),
        ("Ong Kah Wee", "Kah Wee", "Ong"),
        ("Tan Ah Chin", "Ah Chin", "Tan"),
        ("Kim Soo-jin", "Soo-jin", "Kim"),
        ("Kim Walters", "Kim", "Walters"),
        ("Lee Ashworth", "Lee", "Ashworth"),
        ("Anna van der Berg", "Anna", "van der Berg"),
    ],
)
def test_drafting_reads_a_name_typed_in_its_own_order(typed, given, family) -> None:
    parts = phrasing.name_parts(typed)
    assert (parts.first, parts.last) == (given, family)


@cache
def _rules():
    from followup.services.checking import shipped_rule_data

    return compile_rules(shipped_rule_data())


NOTE = """Dear {title} {word},

Thank you for meeting with me on Tuesday about the Analyst role. \\
I enjoyed our conversation about the audit.

I have five years of experience in audit and led a team of six.

I remain very interested in the role and would be excited to join Orchid Partners. \\
I would be glad to discuss next steps.

Best regards,
Robin Hale
"""


def _slips(typed: str, word: str) -> list[str]:
    from followup.services.checking import learned_model

    facts = Facts("Orchid Partners", "Analyst", (typed,), ("the audit",))
    text = NOTE.format(title="Ms.", word=word)
    result = check(text, "email", facts, _rules(), model=learned_model())
    return [f.excerpt for f in result.issues if f.code == "unprofessional"]


@pytest.mark.parametrize(
    "typed",
    ["Quek Hui Min", "Li Wei Ming", "Goh Siew Ling", "Kim Soo-jin", "Moon Ji-ho", "Lee Hui Min"],
)
def test_the_title_drafting_writes_is_the_one_the_checker_accepts(typed) -> None:
    parts = phrasing.name_parts(typed)
    assert _slips(typed, parts.last) == []


@pytest.mark.parametrize(
    ("typed", "word"),
    [
        ("Quek Hui Min", "Hui"),
        ("Li Wei Ming", "Wei"),
        ("Chang Mei Ling", "Mei"),
        ("Lee Ashworth", "Lee"),
        ("Kim Walters", "Kim"),
    ],
)
def test_a_title_before_a_given_name_is_a_slip_whatever_the_order(typed, word) -> None:
    assert _slips(typed, word) == [f"Ms. {word}"]


@pytest.mark.parametrize(
    ("typed", "word"),
    [("Dang Van Hung", "Hung"), ("Vo Thi Mai", "Mai"), ("Siti Aminah bt Yusof", "Siti")],
)
def test_a_name_said_by_its_given_name_takes_the_title_there(typed, word) -> None:
    assert phrasing.name_parts(typed).by_given
    assert _slips(typed, word) == []


def test_a_word_list_is_read_in_lower_case_without_its_comment(tmp_path, monkeypatch) -> None:
    """A list written with capitals, or with a comment after its words, reads as the words in
    lower case (review finding 14)."""
    import followup.core.name_lists as name_lists

    (tmp_path / "person_words.txt").write_text(
        "# heads: not a list\neast_asian_surnames: Tan Goh  # Singapore: Teo\npatronyms: bin\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(name_lists, "DATA_DIR", tmp_path)
    name_lists.person_words.cache_clear()
    try:
        lists = name_lists.person_words()
    finally:
        name_lists.person_words.cache_clear()
    assert lists == {"east_asian_surnames": frozenset({"tan", "goh"}), "patronyms": {"bin"}}
