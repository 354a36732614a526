"""Time zones: IANA names, Windows and display names (CLDR windowsZones), zone clues in text,
and the country a zone belongs to (the tz database's zone.tab)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    pass
from followup.delivery.invites.common import _Ctx, _text, _Vocab


def _in_zone(value: datetime, zone: str) -> datetime:
    from zoneinfo import ZoneInfo

    return value.astimezone(ZoneInfo(zone)).replace(tzinfo=None)


@lru_cache(maxsize=1)
def _zone_countries() -> Mapping[str, str]:
    """The country of each IANA zone that belongs to one country only, from the tz database's
    zone.tab (and zone1970.tab for a zone it lacks): the tzdata package's, else the system's."""
    from importlib.resources import files

    def table(name: str) -> list[list[str]]:
        text = ""
        try:
            text = files("tzdata").joinpath("zoneinfo", name).read_text("utf-8")
        except (ImportError, OSError, UnicodeDecodeError):
            try:
                text = Path("/usr/share/zoneinfo", name).read_text("utf-8")
            except (OSError, UnicodeDecodeError):
                text = ""
        rows = [line.split("\t") for line in text.splitlines() if line and line[0] != "#"]
        return [row for row in rows if len(row) >= 3]

    countries: dict[str, set[str]] = {}
    for codes, _, zone, *_ in table("zone.tab"):
        countries.setdefault(zone.strip(), set()).add(codes.strip().upper())
    for codes, _, zone, *_ in table("zone1970.tab"):
        countries.setdefault(zone.strip(), {c.strip().upper() for c in codes.split(",")})
    return {
        zone: code
        for zone, found in countries.items()
        if len(found) == 1 and re.fullmatch(r"[A-Z]{2}", code := next(iter(found)))
    }


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


def _resolve_zone(tzid: str, zones: Mapping[str, Any], vocab: _Vocab, depth: int = 0) -> str | None:
    """An IANA name for a TZID: itself, a Windows name, an embedded name, X-LIC-LOCATION."""
    tzid = tzid.strip().strip('"').strip()
    if not tzid:
        return None
    if _valid_zone(tzid):
        return tzid
    mapped = vocab.windows.get(tzid.lower())
    if mapped and _valid_zone(mapped):
        return mapped
    # Outlook's display name: "(UTC-05:00) Eastern Time (US & Canada)"
    display = _OFFSET_PREFIX.sub("", tzid)
    mapped = vocab.windows.get(display.lower()) if display != tzid else None
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


def _zone_in_text(text: str, ctx: _Ctx) -> str | None:
    match = ctx.vocab.tz_re.search(text)
    if not match:
        return None
    if match.group("iana") and _valid_zone(match.group("iana")):
        return match.group("iana")
    if match.group("offset"):
        sign_hours = re.search(r"([+\-−])\s*(\d{1,2})(?::?(\d{2}))?", match.group("offset"))
        if sign_hours and not (sign_hours.group(3) or "00").strip("0"):
            hours = int(sign_hours.group(2))
            if hours == 0:
                return "Etc/UTC"
            # Etc/GMT names have the sign the other way round: UTC+1 is Etc/GMT-1.
            sign = "-" if sign_hours.group(1) == "+" else "+"
            zone = f"Etc/GMT{sign}{hours}"
            return zone if _valid_zone(zone) else None
        return None
    groups = match.groupdict()
    if groups.get("abbr"):
        return ctx.vocab.tz_upper.get(groups["abbr"])
    if groups.get("phrase"):
        return ctx.vocab.tz_phrases.get(" ".join(groups["phrase"].lower().split()))
    return None
