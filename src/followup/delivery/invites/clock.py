"""Times of day written in text ("2:30 PM", "14h30", "9 a.m."), the end of a range after
one ("- 3:00 PM"), and a schedule line's starting time."""

from __future__ import annotations

import re
from datetime import time

# (a zone's offset is no time: "(GMT-06:00) Central America", "UTC+02:00")
_TIME_RE = re.compile(
    r"(?i)(?<![\d:])(?<!(?:gmt|utc)[+\-−])(?<!(?:gmt|utc)[ \t][+\-−])"
    r"(?:at\s+|@\s*|from\s+)?(?:(?P<h12>1[0-2]|0?[1-9])(?::(?P<m12>[0-5]\d))?\s*"
    r"(?P<ampm>a\.?m\.?|p\.?m\.?)(?![a-z])|(?P<h24>[01]?\d|2[0-3])[:h](?P<m24>[0-5]\d)(?!\d))"
)


_LINE_START_TIME = re.compile(
    r"(?im)^[ \t]*(?:[-•*][ \t]*)?(?P<all>(?:(?P<h12>1[0-2]|0?[1-9])(?::(?P<m12>[0-5]\d))?\s*"
    r"(?P<ampm>a\.?m\.?|p\.?m\.?)(?![a-z])|(?P<h24>[01]?\d|2[0-3])[:h](?P<m24>[0-5]\d)(?!\d)))"
)


def _clock_of(match: re.Match[str]) -> time:
    """The time of day a `_TIME_RE` match says."""
    if match.group("ampm"):
        hour = int(match.group("h12")) % 12 + (12 if match.group("ampm")[0].lower() == "p" else 0)
        return time(hour, int(match.group("m12") or 0))
    return time(int(match.group("h24")), int(match.group("m24")))


_RANGE_END = re.compile(
    r"^(?i:\s*(?:-|–|—|to|until)\s*(?:\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)?|\d{1,2}:\d{2}))"
)


def _after_range(text: str) -> str:
    """What follows a time, past the end of a range ("- 3:00 PM CST" -> " CST")."""
    return _RANGE_END.sub("", text)
