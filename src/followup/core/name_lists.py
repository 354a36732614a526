"""The word lists about people's names, in one home: data/person_words.txt.

Drafting (core.people, core.phrasing: how a typed name splits into title, given and family
names) and the checker (core.check.names: whether "Dear Ms. Goh," or "Dear Mr. Kenji," is the
right title for a recorded name) read the same lists: family names written first
(east_asian_surnames, japanese_surnames, vietnamese_surnames; given_syllables, which drafting
never reads as a family name), patronyms ("binti", "a/l"), the particles inside a
family name ("van der", "de la") and the rest. A tiny module of its own, so that the checker
reads them without loading the people parser.
"""

from __future__ import annotations

from functools import cache

from followup.core.package_data import DATA_DIR


@cache
def person_words() -> dict[str, frozenset[str]]:
    """The word lists of data/person_words.txt, by name ("heads", "east_asian_surnames",
    "patronyms", "particles", …), in lower case."""
    lists: dict[str, frozenset[str]] = {}
    for line in (DATA_DIR / "person_words.txt").read_text(encoding="utf-8").splitlines():
        key, sep, words = line.split("#", 1)[0].partition(":")
        if sep and key.strip():
            lists[key.strip()] = frozenset(w.lower() for w in words.split())
    return lists


@cache
def family_first_surnames() -> frozenset[str]:
    """Family names that a name typed in its own order puts first: Chinese, Korean,
    Vietnamese and Japanese ("Goh Mei Ling", "Takahashi Kenji", "Nguyen Thi Lan")."""
    words = person_words()
    return words["east_asian_surnames"] | words["japanese_surnames"] | words["vietnamese_surnames"]


@cache
def post_nominals() -> tuple[frozenset[str], frozenset[str]]:
    """The letters typed after a name that are never the name (data/post_nominals.txt), in
    lower case without stops: every one ("phd", "pharmd", "bcps", "peng", "esq", "obe"), and
    those that are also a name or a word ("ma", "do", "asa"), credentials only when typed
    with a capital after the first letter ("MA", "MEd")."""
    groups: dict[str, frozenset[str]] = {}
    for line in (DATA_DIR / "post_nominals.txt").read_text(encoding="utf-8").splitlines():
        key, sep, words = line.split("#", 1)[0].partition(":")
        if sep and key.strip():
            groups[key.strip()] = frozenset(w.lower() for w in words.split())
    capitals = groups.get("capitals", frozenset())
    return frozenset().union(*groups.values()), capitals
