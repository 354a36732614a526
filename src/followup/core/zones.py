"""Time zones as people type them → IANA names (the one resolver for flags, forms and invites).

Pure: reads only the tz database (`zoneinfo`, the `tzdata` package) and the package's data
file `data/zones.toml`, which maps abbreviations and phrases to a zone per country.

    resolve_zone("EST", "US")             → "America/New_York"   (with daylight time)
    resolve_zone("MST", "US", "AZ")       → "America/Phoenix"
    resolve_zone("AEST", "AU", "QLD")     → "Australia/Brisbane"
    resolve_zone("Europe/Berlin")         → "Europe/Berlin"
    resolve_zone("new york")              → "America/New_York"   (a city of the tz database)
    resolve_zone("UTC+2")                 → "Etc/GMT-2"
    resolve_zone("IST", "US")             → AmbiguousZone(choices=("Asia/Kolkata", ...))
    resolve_zone("America/New York")      → UnknownZone(suggestion="America/New_York")
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from followup.core.errors import AmbiguousZone, InvalidInput, UnknownZone, quote
from followup.core.package_data import DATA_DIR

__all__ = [
    "AmbiguousZone",
    "UnknownZone",
    "country_zone",
    "off_country_clock",
    "resolve_zone",
    "zone_names",
    "zone_words",
]

DATA_FILE = "zones.toml"

_OFFSET = re.compile(
    r"^(?:UTC|GMT|UT)?\s*(?P<sign>[+\-−])\s*(?P<h>\d{1,2})(?::?(?P<m>\d{2}))?$", re.IGNORECASE
)


@dataclass(frozen=True)
class _Family:
    """One `[[zone]]` entry of zones.toml."""

    default: str | None
    countries: Mapping[str, str] = field(default_factory=dict)
    subdivisions: Mapping[str, str] = field(default_factory=dict)
    choices: tuple[str, ...] = ()


def _key(text: str) -> str:
    """The form names are compared in: case and spacing ignored, dots dropped."""
    return " ".join(text.replace(".", "").split()).casefold()


def _strings(value: Any, what: str) -> Mapping[str, str]:
    if not isinstance(value, Mapping) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in value.items()
    ):
        raise InvalidInput(f"zones data: {what} must be a table of text")
    return {k.upper(): v for k, v in value.items()}


@lru_cache(maxsize=1)
def _entries() -> list[Any]:
    """The `[[zone]]` entries of zones.toml. InvalidInput for a broken file."""
    import tomllib

    data = tomllib.loads((DATA_DIR / DATA_FILE).read_text("utf-8"))
    entries = data.get("zone", [])
    if not isinstance(entries, list):
        raise InvalidInput("zones data: [[zone]] entries expected")
    return entries


@lru_cache(maxsize=1)
def zone_words() -> tuple[str, ...]:
    """Every abbreviation and phrase of zones.toml as written there ("CST", "Central Time"),
    longest first: what to look for when a zone is named in running text; `resolve_zone`
    says which zone a found one means."""
    _families()  # the file is checked once, by the one reader of its entries
    words = {n for e in _entries() for n in e["names"]}
    return tuple(sorted(words, key=lambda w: (-len(w), w)))


@lru_cache(maxsize=1)
def _families() -> dict[str, _Family]:
    """Every name of zones.toml (in `_key` form) → its family. InvalidInput for a broken file."""
    out: dict[str, _Family] = {}
    for entry in _entries():
        names = entry.get("names") if isinstance(entry, Mapping) else None
        if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
            raise InvalidInput("zones data: every [[zone]] needs names = [...]")
        choices = entry.get("choices", [])
        default = entry.get("default")
        if not isinstance(choices, list) or (default is not None and not isinstance(default, str)):
            raise InvalidInput(f"zones data: {names[0]!r} has a bad default or choices")
        family = _Family(
            default=default,
            countries=_strings(entry.get("countries", {}), f"{names[0]} countries"),
            subdivisions=_strings(entry.get("subdivisions", {}), f"{names[0]} subdivisions"),
            choices=tuple(str(c) for c in choices),
        )
        for name in names:
            if "/" in name:  # read as an IANA name before the families are looked at
                raise InvalidInput(f"zones data: {name!r} has a '/', like an IANA zone name")
            if _key(name) in out:
                raise InvalidInput(f"zones data: {name!r} is listed twice")
            out[_key(name)] = family
    return out


def tz_table(name: str) -> list[list[str]]:
    """Rows of one of the tz database's tables (zone.tab, iso3166.tab…), split at tabs: the
    tzdata package's copy, else the system's; no rows when neither can be read."""
    text = ""
    try:
        import tzdata

        text = (Path(tzdata.__file__).resolve().parent / "zoneinfo" / name).read_text("utf-8")
    except (ImportError, OSError, UnicodeDecodeError):
        try:
            text = Path("/usr/share/zoneinfo", name).read_text("utf-8")
        except (OSError, UnicodeDecodeError):
            text = ""
    return [line.split("\t") for line in text.splitlines() if line and line[0] != "#"]


@lru_cache(maxsize=1)
def country_codes() -> frozenset[str]:
    """Every ISO 3166-1 alpha-2 country code, from the tz database's iso3166.tab (empty when
    the table cannot be read)."""
    return frozenset(
        row[0].strip()
        for row in tz_table("iso3166.tab")
        if re.fullmatch(r"[A-Z]{2}", row[0].strip())
    )


def _clock(zone: str, year: int) -> tuple[Any, ...]:
    """A zone's UTC offsets on the 1st and 15th of each month of `year` (its clock)."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    tz = ZoneInfo(zone)
    return tuple(
        datetime(year, month, day, 12, tzinfo=tz).utcoffset()
        for month in range(1, 13)
        for day in (1, 15)
    )


@lru_cache(maxsize=256)
def country_zone(country: str, year: int = 2026) -> str | None:
    """The IANA zone of a country whose clocks all read alike in `year` (the tz database's
    zone.tab: JP -> Asia/Tokyo; DE -> Europe/Berlin, as Busingen keeps Berlin's time; the
    first one listed), or None where the country keeps several times (US, AU, ES) or the
    table cannot be read."""
    code = country.strip().upper()
    zones = [row[2] for row in tz_table("zone.tab") if len(row) > 2 and row[0] == code]
    if not zones:
        return None
    try:
        first = _clock(zones[0], year)
        if any(_clock(z, year) != first for z in zones[1:]):
            return None
    except (OSError, ValueError, LookupError):
        return None
    return zones[0]


def off_country_clock(country: str, zone: str, year: int = 2026) -> str | None:
    """The country's one zone (`country_zone`) when `zone` keeps another time there during
    `year` (Etc/UTC for a recipient in Japan -> "Asia/Tokyo"); None when the country has
    several times, or `zone` reads like its clock (Europe/Paris for Germany)."""
    own = country_zone(country, year)
    if own is None or own == zone:
        return None
    try:
        return None if _clock(zone, year) == _clock(own, year) else own
    except (OSError, ValueError, LookupError):
        return None


@lru_cache(maxsize=1)
def zone_names() -> frozenset[str]:
    """Every IANA zone name the installed tz database knows (no posix/ or right/ copies)."""
    from zoneinfo import available_timezones

    return frozenset(available_timezones())


@lru_cache(maxsize=1)
def _folded() -> dict[str, str]:
    """Full zone names in `_key` form, with spaces for underscores → the zone name."""
    return {_key(z.replace("_", " ")): z for z in zone_names()}


@lru_cache(maxsize=1)
def _cities() -> dict[str, tuple[str, ...]]:
    """The last part of each area/city zone name ("new york") → the zones that end with it."""
    out: dict[str, list[str]] = {}
    for zone in sorted(zone_names()):
        area, _, city = zone.rpartition("/")
        if area and not area.startswith(("Etc", "SystemV", "US", "Canada", "Brazil", "Chile")):
            out.setdefault(_key(city.replace("_", " ")), []).append(zone)
    return {k: tuple(v) for k, v in out.items()}


_IANA_SHAPE = re.compile(r"[A-Za-z][A-Za-z0-9_+\-]*(?:/[A-Za-z0-9_+\-]+)+")


def is_zone(name: str) -> bool:
    """A zone name of the tz database (checked without listing every zone: that takes 20 ms)."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    if not _IANA_SHAPE.fullmatch(name) or name.startswith(("posix/", "right/")):
        return False
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return False
    return True


def _subdivision_code(country: str | None, subdiv: str | None) -> str | None:
    if not subdiv:
        return None
    code = subdiv.strip().upper()
    if "-" in code or not country:
        return code
    return f"{country.strip().upper()}-{code}"


def _from_family(text: str, family: _Family, country: str | None, subdiv: str | None) -> str:
    region = _subdivision_code(country, subdiv)
    if region and region in family.subdivisions:
        return family.subdivisions[region]
    code = country.strip().upper() if country else None
    if code and code in family.countries:
        return family.countries[code]
    if family.default:
        return family.default
    where = f" for a recipient in {code}" if code else ""
    choices = family.choices or tuple(dict.fromkeys(family.countries.values()))
    raise AmbiguousZone(
        f"time zone: {quote(text)} is ambiguous{where}: it may mean {_or(choices)}; "
        f"give the zone's IANA name, e.g. {choices[0]}",
        text,
        choices,
    )


def _or(names: tuple[str, ...]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]


def _from_offset(text: str) -> str | None:
    match = _OFFSET.match(text)
    if not match:
        return None
    hours, minutes = int(match.group("h")), int(match.group("m") or 0)
    if minutes or hours > 14:
        raise UnknownZone(
            f"time zone: {quote(text)} is an offset with no zone of its own; give the place's "
            "IANA name, e.g. Asia/Kolkata for UTC+05:30",
            text,
        )
    if hours == 0:
        return "UTC"
    # Etc/GMT names carry the sign the other way round: UTC+2 is Etc/GMT-2 (POSIX style).
    return f"Etc/GMT{'-' if match.group('sign') == '+' else '+'}{hours}"


def _suggestion(text: str) -> str | None:
    import difflib

    key = _key(text.replace("_", " "))
    if key in _folded():
        return _folded()[key]
    names = sorted(zone_names())
    close = difflib.get_close_matches(text, names, n=1, cutoff=0.75)
    if close:
        return close[0]
    city = difflib.get_close_matches(key, list(_cities()), n=1, cutoff=0.8)
    return _cities()[city[0]][0] if city else None


def resolve_zone(
    text: str, country: str | None = None, subdiv: str | None = None, what: str = "time zone"
) -> str:
    """The IANA zone name meant by `text` for a recipient in `country` (ISO 3166-1 alpha-2,
    e.g. "US") and `subdiv` (ISO 3166-2 region code, "AZ" or "US-AZ").

    Tried in order: an abbreviation or phrase of data/zones.toml ("EST", "Eastern Time",
    mapped to the zone with daylight-saving rules, by subdivision, then country, then the
    entry's default); an IANA name; a city of the tz database ("Berlin"); the same IANA name
    in other letter case; a whole-hour UTC offset ("UTC+2" → "Etc/GMT-2").

    Raises AmbiguousZone (with `.choices`) when the name means different zones and neither
    country nor subdivision decides; UnknownZone (with `.suggestion`, maybe None) otherwise.
    Their messages start with `what` (e.g. "--tz").
    """
    try:
        return _resolve(text, country, subdiv)
    except (AmbiguousZone, UnknownZone) as error:
        if what != "time zone":
            error.message = what + error.message.removeprefix("time zone")
            error.args = (error.message,)
        raise


def _resolve(text: str, country: str | None, subdiv: str | None) -> str:
    raw = " ".join((text or "").split())
    if raw[:1] + raw[-1:] in ("()", "[]"):
        raw = raw[1:-1].strip()
    if not raw:
        raise UnknownZone("time zone: none given; use an IANA name such as America/New_York", "")
    if len(raw) > 100:
        raise UnknownZone(f"time zone: {quote(raw)} is too long to be a time zone", raw)
    if "/" in raw and is_zone(raw):  # an IANA name (no name of zones.toml has a "/")
        return raw
    family = _families().get(_key(raw))
    if family is not None:
        return _from_family(raw, family, country, subdiv)
    cities = _cities().get(_key(raw))
    if cities and "/" not in raw:
        if len(cities) > 1:
            raise AmbiguousZone(
                f"time zone: {quote(raw)} may mean {_or(cities)}; give the IANA name",
                raw,
                cities,
            )
        return cities[0]
    if raw in zone_names():
        return raw
    folded = {z.casefold(): z for z in zone_names()}.get(raw.casefold())
    if folded is not None:
        return folded
    offset = _from_offset(raw)
    if offset is not None:
        return offset
    suggestion = _suggestion(raw)
    hint = (
        f"did you mean {suggestion}?"
        if suggestion
        else "use an IANA name such as America/New_York or Europe/Berlin"
    )
    raise UnknownZone(f"time zone: {quote(raw)} is not a known time zone; {hint}", raw, suggestion)
