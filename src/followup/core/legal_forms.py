"""A company's name without its legal form, as people say it: one list
(data/legal_forms.toml), used wherever a name is stored or written in a sentence.

Pure: reads only the package's data file.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import takewhile
from typing import Any

from followup.core.package_data import DATA_DIR

FILE = "legal_forms.toml"  # in the package's data folder
MAX_FORM_WORDS = 5  # the most words a legal form has ("s. de r.l. de c.v.")


@dataclass(frozen=True)
class LegalForms:
    """The forms of data/legal_forms.toml, each as its letters only ("ptyltd", "spa")."""

    forms: frozenset[str]
    kept_after_joiner: frozenset[str]
    joiners: frozenset[str]
    joined: tuple[str, ...]
    before: frozenset[str] = frozenset()  # a word before the name ("PT", "ООО"), case kept

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> LegalForms:
        """The forms of data/legal_forms.toml as parsed (a caller may pass the parse it keeps)."""

        def words(key: str) -> list[str]:
            value = data.get(key, [])
            return [str(v) for v in value] if isinstance(value, list) else []

        return cls(
            forms=frozenset(f for f in map(letters, words("forms")) if f),
            kept_after_joiner=frozenset(map(letters, words("kept_after_joiner"))),
            joiners=frozenset(w.lower() for w in words("joiners")),
            joined=tuple(words("joined")),
            before=frozenset(words("before")),
        )


def letters(text: str) -> str:
    """The letters and digits of a word or phrase, lower case, "&" kept ("S.p.A." -> "spa",
    "Pty Ltd" -> "ptyltd", "(Pty)" -> "pty"): how a legal form is compared."""
    lowered = text.lower()
    if lowered.isascii():  # the letters and digits of ASCII are a-z and 0-9
        return _NOT_LETTERS.sub("", lowered)
    return "".join(c for c in lowered if c.isalnum() or c == "&")


_NOT_LETTERS = re.compile(r"[^a-z0-9&]+")


@lru_cache(maxsize=1)
def legal_forms() -> LegalForms:
    """The package's list of legal forms (data/legal_forms.toml)."""
    import tomllib

    return LegalForms.from_mapping(tomllib.loads((DATA_DIR / FILE).read_text("utf-8")))


# a case's ending written onto a legal form, after a hyphen, an apostrophe or a colon:
# Hungarian "Zrt.-hez", "Kft.-nél", Turkish "A.Ş.'de", Finnish "Oy:n", "Oyj:ssä"
_CASE_ENDING = re.compile(r"^(?P<form>.+?[^\W_])(?P<end>\.?(?:-|['’:])[^\W\d_]{1,6})$")


def without_case_ending(word: str, forms: LegalForms | None = None) -> str:
    """A legal form without the case's ending a language writes onto it ("Zrt.-hez" ->
    "Zrt.", "A.Ş.'de" -> "A.Ş.", "Oy:n" -> "Oy"); any other word as it is ("Co-op")."""
    match = _CASE_ENDING.match(word)
    if match is None or not match.group("end")[-1:].islower():
        return word
    table = forms or legal_forms()
    ending = match.group("end")
    form = match.group("form") + (ending[:1] if ending[:1] == "." else "")
    if letters(form) not in table.forms or letters(word) in table.forms:
        return word
    if letters(form) in table.kept_after_joiner and ending.lstrip(".")[:1] == "-":
        return word  # "Co-op", "Co-owner": a word of its own
    return form


def legal_form_at(words: Sequence[str], start: int, forms: LegalForms | None = None) -> int:
    """How many of `words` from `start` on make a legal form ("sp. z o.o." in "Młyn Zbożowy
    sp. z o.o. on Monday": 3; "S.A. de C.V.": 4), longest first, its last word maybe with a
    case's ending ("Zrt.-hez"); 0 when none starts there."""
    table = forms or legal_forms()
    for size in range(min(MAX_FORM_WORDS, len(words) - start), 0, -1):
        last = without_case_ending(words[start + size - 1], table)
        if letters("".join([*words[start : start + size - 1], last])) in table.forms:
            return size
    return 0


def ends_in_legal_form(name: str, forms: LegalForms | None = None) -> bool:
    """`name` ends in a legal form after a word of its own ("Corrow Haulage Ltd", "Smith &
    Co.", "Młyn Zbożowy Sp. z o.o.", "Anadolu Tekstil T.A.Ş."): a company's name, nobody's."""
    words = name.split()
    if len(words) > 1 and shaped_form(words[-1]):
        return True
    return any(legal_form_at(words, i, forms) == len(words) - i for i in range(1, len(words)))


def through_legal_form(text: str, forms: LegalForms | None = None) -> str:
    """`text` up to the end of the first legal form after a word of its own when a sentence
    goes on after the form's full stop ("Muscat Petrochemicals SAOC. Your interview" ->
    "Muscat Petrochemicals SAOC.", "Holding AG. We" -> "Holding AG."); `text` as it is when
    no form ends a sentence inside it."""
    words = text.split()
    for start in range(1, len(words) - 1):
        size = legal_form_at(words, start, forms)
        end = start + size
        if size and end < len(words) and words[end - 1].endswith(".") and words[end][:1].isupper():
            return " ".join(words[:end])
    return text


def short_of_legal_form(name: str, text: str, forms: LegalForms | None = None) -> str:
    """`name` without its last words when they begin a legal form that `text`, where it writes
    the name, goes on to finish ("Wisła Tech Sp" in "… Wisła Tech Sp. z o.o. zaprasza" ->
    "Wisła Tech", "Brenner Logistik GmbH & Co" before "KG." -> "Brenner Logistik"); `name`
    as it is otherwise. Both are plain text; the first place the text writes the name counts."""
    words = name.split()
    at = text.find(name)
    if len(words) < 2 or at < 0:
        return name
    after = text[at + len(name) : at + len(name) + 40]
    rest = after.split()[:MAX_FORM_WORDS]
    if not rest or after[:1].isalnum():  # "Acme Co" inside "Acme Corp." is another word
        return name
    stop = rest[0] if rest[0] == "." else ""  # "Sp" before ". z o.o.": the word's own stop
    rest = list(takewhile(lambda w: any(c.isalnum() for c in w), rest[1:] if stop else rest))
    if not rest:  # "Orchard & Co — Barista": a dash ends the name
        return name
    joined = [*words[:-1], words[-1] + stop, *rest]
    for start in range(1, len(words)):
        if start + legal_form_at(joined, start, forms) > len(words):
            return " ".join(words[:start]).rstrip(" ,")
    return name


# A legal form by its shape, in any country and script, whether the list holds it or not:
# two initials or more with full stops between them ("S.A.A", "T.A.Ş.", "Α.Ε.", "ش.م.ك"), in
# capitals where the script has them; or an acronym with a gershayim ("בע\"מ", "ע״ר")
_SHAPED_FORM = re.compile(r"(?:(?:[^\W\d_]\.){1,5}[^\W\d_]\.?|[^\W\d_]{1,3}[\"״][^\W\d_]{1,2})")


def shaped_form(word: str) -> bool:
    """`word` is a legal form by its shape (`_SHAPED_FORM`): initials with full stops, in
    capitals where the script has them, or an acronym with a gershayim."""
    return bool(_SHAPED_FORM.fullmatch(word)) and not any(c.islower() for c in word)


_EDGES = {"&", "-", "–", "—", ","}
_QUOTES_OPEN = {"«", '"', "“", "„", "'"}
_QUOTES_CLOSE = {"»", '"', "”", "“", "'"}


def without_legal_form(name: str, forms: LegalForms | None = None) -> str:
    """`name` without the legal forms after it (or written into it), as people name the
    company in a sentence: "Fenwick Marine Ltd" -> "Fenwick Marine", "Wayfare Mobility,
    Inc." -> "Wayfare Mobility", "Müller GmbH & Co. KG" -> "Müller", "Karoo Fresh (Pty) Ltd"
    -> "Karoo Fresh", "株式会社ミドリ精工" -> "ミドリ精工". "Smith & Co." keeps its "Co."
    and a name that is nothing but legal words is kept whole ("AB")."""
    table = forms or legal_forms()
    text = " ".join(name.split())
    for form in table.joined:
        if text.startswith(form) and len(text) > len(form):
            text = text[len(form) :].strip()
        elif text.endswith(form) and len(text) > len(form):
            text = text[: -len(form)].strip()
    words = text.split()
    if len(words) > 1:  # "Tiszavölgyi Gyógyszergyár Zrt.-hez": the form, its case's ending left out
        words[-1] = without_case_ending(words[-1], table)
    while len(words) > 1 and words[0] in table.before:  # "PT Kopi Lintas", "ООО «Тулпар»"
        words = words[1:]
        if len(words) > 1 and words[0][:1] in _QUOTES_OPEN and words[-1][-1:] in _QUOTES_CLOSE:
            words = [words[0][1:], *words[1:-1], words[-1][:-1]]
    changed = True
    while changed and len(words) > 1:
        changed = False
        for size in range(min(MAX_FORM_WORDS, len(words) - 1), 0, -1):
            form = letters("".join(words[-size:]))
            if form not in table.forms:
                continue
            before = words[-size - 1].lower().strip(",")
            if size == 1 and form in table.kept_after_joiner and before in table.joiners:
                continue  # "Smith & Co."
            words = words[:-size]
            changed = True
            break
        if not changed and shaped_form(words[-1]):  # "Minera Andina S.A.A", "… בע\"מ"
            words = words[:-1]
            changed = True
        while len(words) > 1 and words[-1] in _EDGES:
            words.pop()
    out = " ".join(words).rstrip(" ,;:-–—")
    if len(out) > 2 and out[0] in _QUOTES_OPEN and out[-1] in _QUOTES_CLOSE:
        out = out[1:-1].strip()  # "„Витоша Консулт“ ЕООД": the name in its quotes
    return out if len(letters(out)) > 1 else text
