"""Choosing a zone and a country among several: a Windows name covers several countries
("W. Europe Standard Time": DE, NL, IT, AT, CH, SE, …) and a zone word is kept in several
("GMT", "CET"). The country is narrowed to those by the invite's other clues (a phone number's
country code, a city or country named in the location or text, the organizer's country-code
mail domain, the invite's language); CLDR's default territory is taken only as a last resort,
and then the country is marked as a guess."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache

from followup.core.text import without_accents
from followup.delivery.invites.common import STREET_WORDS, _vocab
from followup.delivery.invites.zones.tables import (
    _cities,
    _valid_zone,
    _zone_countries,
    _zone_order,
    _zone_signature,
    city_rows,
    territories,
    windows_default,
    windows_family,
)


@dataclass(frozen=True)
class Clue:
    """A country an invite points to, and what points to it ("the phone number +31 20 …")."""

    country: str
    why: str


def is_language(clue: Clue) -> bool:
    """The clue is the invite's language ("the language (fr)", "the language fr-BE")."""
    return clue.why.startswith("the language")


@dataclass(frozen=True)
class ZoneChoice:
    zone: str
    country: str | None
    guessed: bool = False  # the country is CLDR's default, no clue chose it
    note: str | None = None


@lru_cache(maxsize=512)
def _named_by_country(zone: str) -> bool:
    """The zone's middle name is its country's ("America/Argentina/Tucuman"), not a state's
    ("America/North_Dakota/Center"): its city's name is enough."""
    from followup.core.errors import InvalidInput
    from followup.core.places import country_code

    try:
        return country_code(zone.split("/")[1].replace("_", " ")) == _zone_countries().get(zone)
    except InvalidInput:
        return False


def _city_zone(zones: Sequence[str], text: str) -> str | None:
    """The zone whose city the text names ("… Sydney NSW 2000" -> Australia/Sydney), its
    accents as the text writes them or not ("X5000 Córdoba" -> America/Argentina/Cordoba)."""
    street_before = _vocab().street_before
    plain = without_accents(text)
    for zone in zones:
        parts = [p.replace("_", " ") for p in zone.split("/")]
        if len(parts) > 2 and parts[1] not in plain and not _named_by_country(zone):
            continue  # "America/North_Dakota/Center": a town named with its state only
        # the city's name, not a street's named after it ("88 Macquarie Lane" is in Sydney,
        # "Bv. San Juan 540, X5000 Córdoba" in Córdoba)
        street = rf"[ \t]+(?i:{STREET_WORDS})\b"
        for match in re.finditer(rf"(?<![\w]){re.escape(parts[-1])}(?![\w])(?!{street})", plain):
            if not street_before.search(plain, max(0, match.start() - 12), match.start()):
                return zone
    return None


# a town after a comma at an address's end ("…, Koramangala, Bengaluru", "Strijp-S, Eindhoven"),
# or named as the place ("at our office in Göteborg.", "our Tampere office"): a city of
# GeoNames' whose name the tz database does not give a zone
_TOWN = r"[A-ZÀ-Þ][\w'’-]+(?:[ \t]+[A-ZÀ-Þ][\w'’-]+){0,2}"
_TOWN_AT_END = re.compile(
    rf",[ \t]*(?P<town>{_TOWN})"
    r"(?=[ \t]*(?:$|\n|,|\.(?:\s|$)|[ \t]+\d|[ \t]+[A-Z]{1,2}\d))"
    rf"|\b(?:in|at|near|to)[ \t]+(?:our[ \t]+|the[ \t]+)?(?P<named>{_TOWN})"
    r"(?=[ \t]+(?:office|offices|site|plant|campus|branch|store|studio)\b|[ \t]*(?:[,.;:)]|$))",
    re.MULTILINE,
)


_SIGNED_OFF = re.compile(
    r"(?i)(?:^|\b)(?:thanks|thank[ \t]+you|best|cheers|regards|warmly|sincerely|hi|hello|hey|"
    r"dear|yours|love)[ \t]*$"
)


MAX_TOWNS = 50  # towns at an address's end looked up in one text


def _town_named(text: str, countries: Sequence[str]) -> tuple[str, str] | None:
    """(town, country) of the first town an address ends with that is in one of `countries`
    (GeoNames' cities of 15,000 people): a clue read only to choose among those countries."""
    for seen, match in enumerate(_TOWN_AT_END.finditer(text[:20_000])):
        if seen >= MAX_TOWNS:
            break
        if _SIGNED_OFF.search(text, max(0, match.start() - 20), match.start()):
            continue  # "Best, Victoria": a person signing, no town
        town = match.group("town") or match.group("named")
        rows = [row for row in city_rows(town) if row[1] in countries]
        if rows:
            return town, rows[0][1]
    return None


def _most_people(zones: Sequence[str]) -> str:
    """Of several zones that keep the same clock, the one most people live in (GeoNames'
    cities): America/Sao_Paulo, not America/Araguaina, for Brazil's UTC-3."""
    people: dict[str, int] = {}
    for rows in _cities().values():
        for population, _code, zone in rows:
            if zone in zones:
                people[zone] = people.get(zone, 0) + population
    return max(zones, key=lambda z: people.get(z, 0)) if len(zones) > 1 else zones[0]


def _pick(
    candidates: Mapping[str, Sequence[str]],
    default: str | None,
    clues: Sequence[Clue],
    text: str,
    label: str,
) -> ZoneChoice | None:
    """One zone among the countries a zone name or rule set fits: the first country a clue
    points to, else CLDR's default (then the country is a guess)."""
    if not candidates:
        return None
    countries = list(candidates)
    for clue in clues:
        if clue.country in candidates:
            zones = candidates[clue.country]
            pick = _city_zone(zones, text) or (default if default in zones else None)
            zone = pick or _most_people(zones)
            note = None
            if len(countries) > 1:
                note = (
                    f"country {clue.country}: {label} is used in {_list(countries)}; "
                    f"{clue.why} says {clue.country}"
                )
            return ZoneChoice(zone, clue.country, False, note)
    all_zones = [z for zs in candidates.values() for z in zs]
    named = _city_zone(all_zones, text)
    if named is not None:
        country = _zone_countries().get(named)
        note = f"country {country}: {label} is used in {_list(countries)}; the text names {named}"
        return ZoneChoice(named, country, False, note if len(countries) > 1 else None)
    town = _town_named(text, countries) if len(countries) > 1 else None
    if town is not None:
        name, place = town
        zones = candidates[place]
        kept = default if default is not None and default in zones else _most_people(zones)
        note = f"country {place}: {label} is used in {_list(countries)}; {name} is in {place}"
        return ZoneChoice(kept, place, False, note)
    if default is None or default not in all_zones:
        default = all_zones[0]
    country = _zone_countries().get(default)
    if len(countries) == 1:
        return ZoneChoice(default, country)
    note = (
        f"country {country} is a guess: {label} is used in {_list(countries)}, and nothing in "
        f"the invite (address, phone number, mail domain, language) says which"
    )
    return ZoneChoice(default, country, True, note)


def kept_in_many(
    zone: str,
    word: str,
    value: datetime,
    clues: Sequence[Clue],
    text: str,
    shared: frozenset[str],
    guesses: Sequence[str],
) -> ZoneChoice | None:
    """For a start given in UTC whose time the text gives with a zone word several countries
    keep ("14:00 CET", "2:00 PM GMT", a `shared` word) or a bare offset ("(GMT+1)",
    "(UTC+01:00)": `zone` is then Etc/…): the zone of the country the clues point to that keeps
    that clock then (by the word's own abbreviation when it is one, else by its offset); else a
    guess said to be one: the word's own zone, or for an offset the first of `guesses` that
    keeps it (none: the offset itself, no country). None for a word one zone owns ("CST")."""
    from zoneinfo import ZoneInfo

    fixed = zone.startswith("Etc/")
    if not fixed and word.upper() not in shared:
        return None

    def local(name: str) -> datetime:
        return value.astimezone(ZoneInfo(name))

    offset = local(zone).utcoffset()
    # a word in another language ("MEZ", "MESZ") is the abbreviation its zone keeps then ("CET")
    abbr = word.upper() if word.isalpha() else None
    if abbr and not fixed and local(zone).tzname() != abbr:
        abbr = local(zone).tzname()
    by_offset: dict[str, list[str]] = {}
    by_name: dict[str, list[str]] = {}
    for name, country in _zone_countries().items():
        there = local(name)
        if there.utcoffset() != offset:
            continue
        by_offset.setdefault(country, []).append(name)
        if abbr and there.tzname() == abbr:
            by_name.setdefault(country, []).append(name)
    candidates = by_name or by_offset
    default = next((g for g in guesses if local(g).utcoffset() == offset), None) if fixed else zone
    if default is None:  # no guess for this offset: a clue's country, else the offset alone
        clued = {c.country: candidates[c.country] for c in clues if c.country in candidates}
        if not clued:
            return ZoneChoice(zone, None)
        candidates = clued
    return _pick(candidates, default, clues, text, word)


def same_name_in_clues(
    choice: ZoneChoice, value: datetime, clues: Sequence[Clue], text: str
) -> ZoneChoice | None:
    """A zone the text gives the start's time in by a name other countries keep too ("2:00 PM
    CST" read as America/Chicago), when no clue points to that zone's country and one points
    to another: that country's zone keeping the same abbreviation and offset then (of several,
    the one whose city the text names, else the one most people keep: a Saskatoon address,
    America/Regina). None when the clues name the zone's own country, or none keeps it."""
    from zoneinfo import ZoneInfo

    countries = list(dict.fromkeys(c.country for c in clues))
    if not countries or choice.country is None or choice.country in countries:
        return None
    here = value.astimezone(ZoneInfo(choice.zone))
    for clue in clues:
        if clue.country not in countries:
            continue
        countries.remove(clue.country)
        zones = [
            z
            for z, c in _zone_countries().items()
            if c == clue.country
            and (there := value.astimezone(ZoneInfo(z))).utcoffset() == here.utcoffset()
            and there.tzname() == here.tzname()
        ]
        if zones:
            chosen = _city_zone(zones, text) or _most_people(zones)
            return ZoneChoice(chosen, clue.country, False, f"country {clue.country}: {clue.why}")
    return None


def _list(countries: Sequence[str], most: int = 20) -> str:
    countries = sorted(countries)
    shown = ", ".join(countries[:most])
    return shown + (f" and {len(countries) - most} more" if len(countries) > most else "")


def narrow_windows(
    zone: str,
    clues: Sequence[Clue],
    text: str,
    label: str,
    also: Mapping[str, Mapping[str, str]] | None = None,
) -> ZoneChoice:
    """The zone a Windows (or display, or sender's own) zone name stands for, in the country the
    clues point to. `zone` is the IANA zone the name maps to by default; `also` gives, by
    Windows name, more countries it is used in (data: [countries] windows_also)."""
    family = windows_family(zone)
    if family is None:
        return ZoneChoice(zone, _zone_countries().get(zone))
    default = windows_default(family) or zone
    candidates = territories(family)
    for country, more in (also or {}).get(family.lower(), {}).items():
        if _valid_zone(more) and more not in candidates.get(country, []):
            candidates.setdefault(country, []).append(more)
    # a language is spoken in many countries: it never widens CLDR's list ("fr" would add CH,
    # LU and MC to Romance Standard Time's BE, DK, ES, FR), it only chooses among it
    _same_clocks(candidates, default, [c.country for c in clues if not is_language(c)])
    choice = _pick(candidates, default, clues, text, repr(label))
    return choice or ZoneChoice(zone, _zone_countries().get(zone))


def _same_clocks(candidates: dict[str, list[str]], default: str, countries: Sequence[str]) -> None:
    """Add to `candidates` the zones of the clues' countries that keep the default zone's
    clocks this year and the next: tzlocal's copy of CLDR's table gives some zones other
    Windows names ("America/Vancouver" is "British Columbia Standard Time" there, though it
    is the Pacific Standard Time of Canada)."""
    if not _valid_zone(default):
        return
    order = _zone_order()
    year = date.today().year
    for country in dict.fromkeys(countries):
        zones = sorted(
            (z for z, c in _zone_countries().items() if c == country and z in order),
            key=lambda z: order[z],
        )
        same = [
            z
            for z in zones
            if _valid_zone(z)
            and all(_zone_signature(z, y) == _zone_signature(default, y) for y in (year, year + 1))
        ]
        known = candidates.get(country, [])
        if same or known:
            candidates[country] = sorted({*known, *same}, key=lambda z: order.get(z, 10_000))
