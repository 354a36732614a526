"""A country's clock named in any language beside a time: "10:00 (ora italiana)", "11:00
(Türkiye saati)", "10.00 น. (เวลาประเทศไทย)", "17:00 (한국 시간)", "10:00 czasu polskiego",
"1:30 PM Indian time". A word that says "time" (data/invites.toml [countries] clock_words)
and, beside it, a country's name in any language pycountry translates it to (or the adjective
made of it: "italiana", "deutscher", "polskiego" share the name's stem)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from datetime import datetime
from functools import lru_cache

from followup.delivery.invites.common import _Vocab
from followup.delivery.invites.zones.choice import _city_zone, _most_people
from followup.delivery.invites.zones.tables import _in_zone, _zone_countries, main_zone

MIN_STEM = 4  # letters a word and a country's name must share at least to be one
MAX_STEM_GAP = 3  # letters either may run past the shared stem ("Polska" / "polskiego")
MAX_PHRASE = 60  # characters after a time that may name its country's clock
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def _fold(text: str) -> str:
    return unicodedata.normalize("NFC", text).casefold()


def _spaceless(text: str) -> bool:
    """Thai, Lao, Khmer, Burmese, Chinese and Japanese write no spaces between words."""
    return any(
        "\u0e00" <= ch <= "\u109f" or "\u1780" <= ch <= "\u17ff" or "\u3040" <= ch <= "\u9fff"
        for ch in text
    )


@lru_cache(maxsize=1)
def _country_words() -> Mapping[str, frozenset[str]]:
    """Each country's names, folded, in every language pycountry translates them to (the
    part before a comma too: "Korea, Republic of" -> "korea"), with the ISO codes they name."""
    import gettext

    import pycountry

    zoned = set(_zone_countries().values())
    names: dict[str, set[str]] = {}

    def add(name: str, code: str) -> None:
        for part in {name, name.split(",")[0], re.sub(r"\s*\(.*?\)", "", name)}:
            part = _fold(part.strip())
            if len(part) >= 2:
                names.setdefault(part, set()).add(code)

    import os

    locales = pycountry.LOCALES_DIR
    languages = sorted(os.listdir(locales)) if os.path.isdir(locales) else []
    countries = [c for c in pycountry.countries if c.alpha_2 in zoned]
    for language in [None, *languages]:
        try:
            translate = (
                gettext.translation("iso3166-1", locales, languages=[language]).gettext
                if language
                else str
            )
        except OSError:
            continue
        for country in countries:
            for field in ("name", "common_name"):
                name = getattr(country, field, None)
                if name:
                    add(translate(name), country.alpha_2)
    return {name: frozenset(codes) for name, codes in names.items()}


@lru_cache(maxsize=1)
def _by_stem() -> Mapping[str, tuple[tuple[str, frozenset[str]], ...]]:
    out: dict[str, list[tuple[str, frozenset[str]]]] = {}
    for name, codes in _country_words().items():
        if " " not in name and len(name) >= MIN_STEM and not _spaceless(name):
            out.setdefault(name[:MIN_STEM], []).append((name, codes))
    return {stem: tuple(rows) for stem, rows in out.items()}


def _shared(a: str, b: str) -> int:
    size = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        size += 1
    return size


def _word_countries(word: str, aliases: Mapping[str, str]) -> frozenset[str]:
    """The countries a word names: an alias, a name in any language, or a word sharing a
    name's stem ("italiana" / "Italia", "Ελλάδος" / "Ελλάδα", "magyar" / "Magyarország")."""
    folded = _fold(word)
    alias = next((code for name, code in aliases.items() if _fold(name) == folded), None)
    if alias:
        return frozenset((alias,))
    exact = _country_words().get(folded)
    if exact:
        return exact
    if len(folded) < MIN_STEM:
        return frozenset()
    found: set[str] = set()
    for name, codes in _by_stem().get(folded[:MIN_STEM], ()):
        shared = _shared(folded, name)
        if shared >= MIN_STEM and shared >= min(len(folded), len(name)) - MAX_STEM_GAP:
            found |= codes
    return frozenset(found)


def _clock_word(phrase: str, vocab: _Vocab) -> bool:
    folded = _fold(phrase)
    for word in vocab.clock_words:
        word = _fold(word)
        if _spaceless(word):
            if word in folded:
                return True
        elif re.search(rf"(?<![^\W\d_]){re.escape(word)}(?![^\W\d_])", folded):
            return True
    return False


def clock_countries(phrase: str, vocab: _Vocab) -> list[str]:
    """The countries whose clock `phrase` names ("(ora italiana)": IT), nearest the start
    first; none when it has no word that says "time"."""
    phrase = phrase.split("\n", 1)[0][:MAX_PHRASE]
    if not _clock_word(phrase, vocab):
        return []
    clock = {_fold(w) for w in vocab.clock_words}
    found: list[str] = []
    words = [w for w in _WORD.findall(phrase) if _fold(w) not in clock]
    for index in range(len(words)):  # "Hy Lạp", "Sri Lanka", then one word
        for size in (2, 1):
            span = words[index : index + size]
            if len(span) < size:
                continue
            for code in sorted(_word_countries(" ".join(span), vocab.clock_country_aliases)):
                if code not in found:
                    found.append(code)
    if _spaceless(phrase):
        folded = _fold(phrase)
        aliases = {_fold(k): v for k, v in vocab.clock_country_aliases.items()}
        for name, codes in [*_country_words().items(), *((k, {v}) for k, v in aliases.items())]:
            if _spaceless(name) and name in folded:
                found += [c for c in sorted(codes) if c not in found]
    return found


def country_clock_zone(
    phrase: str, start: datetime, hour: int, minute: int, vocab: _Vocab, hint: str | None = None
) -> tuple[str, str, str] | None:
    """(zone, country, the words) of a country's clock `phrase` names, whose zone keeps the
    time said at `start` (a UTC time; a floating one is its own wall clock); None otherwise."""
    countries = clock_countries(phrase, vocab)
    if hint in countries:
        countries = [hint, *(c for c in countries if c != hint)]
    for country in countries:
        zones = _keeping(country, start, hour, minute)
        if zones:
            chosen = _city_zone(zones, phrase) or _main(country, zones, start)
            return chosen, country, _as_written(phrase)
    return None


def _as_written(phrase: str) -> str:
    """The words that name the clock, as written: "(.00 น. (เวลาประเทศไทย)." -> "เวลาประเทศไทย"."""
    line = phrase.split("\n", 1)[0][:MAX_PHRASE]
    start = _WORD.search(line)
    words = line[start.start() :] if start else line
    return words.strip(" ()[].,;:（）").replace("(", "").replace(")", "").strip()


def _keeping(country: str, start: datetime, hour: int, minute: int) -> Sequence[str]:
    zones = sorted(z for z, c in _zone_countries().items() if c == country)
    if start.tzinfo is None:
        return zones if (start.hour, start.minute) == (hour, minute) else []
    kept = []
    for zone in zones:
        wall = _in_zone(start, zone)
        if (wall.hour, wall.minute) == (hour, minute):
            kept.append(zone)
    return kept


def _main(country: str, zones: Sequence[str], start: datetime) -> str:
    main = main_zone(country, start.replace(tzinfo=None))
    return main if main is not None and main in zones else _most_people(zones)
