"""A calendar's TZID as an IANA zone: IANA and Windows names, display names ("Pacific Time",
"(UTC-08:00) Pacific Time (US & Canada)"), Exchange's numbered copies ("Eastern Standard Time
1"), and a zone defined only by its VTIMEZONE's offsets and transition rules ("Customized Time
Zone"), matched to the IANA zones that keep the same clocks that year."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date, timedelta, tzinfo
from typing import Any

from followup.delivery.invites.common import _Found, _text, _Vocab
from followup.delivery.invites.zones.choice import Clue, ZoneChoice, _most_people, _pick
from followup.delivery.invites.zones.tables import (
    _changes,
    _signature,
    _valid_zone,
    _zone_changes,
    _zone_countries,
    _zone_order,
    _zone_signature,
    main_zone,
    rule_drift,
    windows_default,
    year_offsets,
)

MAX_RULE_DRIFT = 7  # days a sender's rule may put a change off the tz database's (a week)


def match_rules(
    tz: tzinfo, day: date, clues: Sequence[Clue], text: str, label: str
) -> tuple[ZoneChoice, str] | None:
    """The IANA zone that keeps the clocks of a zone the file defines only by its VTIMEZONE
    (Outlook's "Customized Time Zone", rules often anchored in 1601) in `day`'s year, and how
    it was matched (for a note): the zones with the same offsets and changes; when the clues'
    country has none, its zones whose changes fall at most MAX_RULE_DRIFT days off (Outlook's
    "first Sunday of April" for Chile's "first Sunday on or after 2 April"); when no zone keeps
    the rules, a zone of the clues' country that keeps only offsets the rules give (a sender's
    rules older than the country's: Mexico's summer time after 2022). Among several, the
    country the clues point to, else the zone most people live in. None when nothing fits."""
    year = day.year
    wanted = _signature(tz, year)
    if any(o is None for o in wanted[0]):
        return None
    mine = _changes(tz, year)
    order = _zone_order()
    exact: dict[str, list[str]] = {}
    near: dict[str, list[tuple[int, str]]] = {}
    for zone, country in sorted(_zone_countries().items(), key=lambda z: order.get(z[0], 10_000)):
        if zone not in order or not _valid_zone(zone):
            continue
        if _zone_signature(zone, year) == wanted:
            exact.setdefault(country, []).append(zone)
            continue
        drift = rule_drift(mine, _zone_changes(zone, year))
        if drift is not None and drift <= MAX_RULE_DRIFT:
            near.setdefault(country, []).append((drift, zone))
    clued = list(dict.fromkeys(c.country for c in clues))
    candidates: dict[str, list[str]] = dict(exact)
    if not any(c in exact for c in clued):
        for country in clued:
            if country in near:
                candidates[country] = [z for _, z in sorted(near[country])]
        if not candidates:  # no clue's country keeps the rules: one keeps their offsets
            by_offsets = _by_offsets(tz, day, clues, label)
            if by_offsets is not None:
                return by_offsets
        if not candidates and near:  # no clue: the zones whose changes fall nearest
            least = min(d for zs in near.values() for d, _ in zs)
            for country, zones in near.items():
                best = [z for d, z in zones if d == least]
                if best:
                    candidates[country] = best
    if not candidates:
        return None
    # the rules alone name no zone: of the zones that keep them, the one most people live in
    best_zones = [z for zs in exact.values() for z in zs] or [
        z for zs in candidates.values() for z in zs
    ]
    default = _most_people(best_zones)
    choice = _pick(candidates, default, clues, text, f"the zone with the rules of {label}")
    if choice is None:
        return None
    drift = {z: d for zones in near.values() for d, z in zones}.get(choice.zone)
    if drift is None:
        return choice, f"the same offsets and daylight-saving changes in {year}"
    return choice, (
        f"the same offsets; its daylight-saving changes fall up to {drift} days off the "
        f"file's rules in {year}"
    )


def _by_offsets(
    tz: tzinfo, day: date, clues: Sequence[Clue], label: str
) -> tuple[ZoneChoice, str] | None:
    """For rules no zone keeps in `day`'s year: the first zone of a clue's country (its main
    zone first, else by its people) whose offsets that year are all offsets the rules give."""
    from datetime import datetime

    year = day.year
    given = year_offsets(tz, year)
    if not given:
        return None
    countries = _zone_countries()
    for clue in clues:
        zones = [z for z, c in countries.items() if c == clue.country and _valid_zone(z)]
        fits = [z for z in zones if (kept := _zone_year_offsets(z, year)) and kept <= given]
        if not fits:
            continue
        main = main_zone(clue.country, datetime(day.year, day.month, day.day, 12))
        zone = main if main in fits else _most_people(fits)
        how = (
            f"no zone keeps the rules of {label} in {year}; {clue.why} points to "
            f"{clue.country}, whose zone keeps only offsets they give"
        )
        return ZoneChoice(zone, clue.country), how
    return None


def _zone_year_offsets(zone: str, year: int) -> frozenset[timedelta]:
    from zoneinfo import ZoneInfo

    return year_offsets(ZoneInfo(zone), year)


_IANA_IN_TEXT = re.compile(
    r"(?:Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific|Etc)"
    r"/[A-Za-z_+\-]+(?:/[A-Za-z_+\-]+)?"
)


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


def _vtimezone_tz(name: str, found: _Found) -> tzinfo | None:
    """The time zone a VTIMEZONE of the file defines, read afresh from the file (icalendar
    keeps the first zone it met under a TZID for the whole process, and "Customized Time
    Zone" names a different zone in every file)."""
    vtz = found.vtimezones.get(name)
    if vtz is None:
        return None
    try:
        tz = vtz.to_tz(lookup_tzid=False)
    except Exception:  # a broken VTIMEZONE defines nothing
        return None
    return tz if isinstance(tz, tzinfo) else None
