"""A calendar's TZID as an IANA zone: IANA and Windows names, display names ("Pacific Time",
"(UTC-08:00) Pacific Time (US & Canada)"), Exchange's numbered copies ("Eastern Standard Time
1"), and a zone defined only by its VTIMEZONE's offsets and transition rules ("Customized Time
Zone"), matched to the IANA zones that keep the same clocks that year."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date, tzinfo
from typing import Any

from followup.delivery.invites.common import _Found, _text, _Vocab
from followup.delivery.invites.zones.choice import Clue, ZoneChoice, _most_people, _pick
from followup.delivery.invites.zones.tables import (
    _signature,
    _valid_zone,
    _zone_countries,
    _zone_order,
    _zone_signature,
    windows_default,
)


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
    return _pick(candidates, default, clues, text, f"the zone with the rules of {label}")


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
