"""Times of day written in text ("2:30 PM", "14h30", "9 a.m."), the end of a range after
one ("- 3:00 PM"), and a schedule line's starting time."""

from __future__ import annotations

import re
from datetime import time

_MERIDIEM = r"a\.?m\.?|p\.?m\.?"


# a clock in text: "2:30 PM", "9 a.m.", "14h30"; or the start of a range whose meridiem is
# written once after its end ("2:00–2:45 pm", "2–2:45pm", "10 to 11am"): the end's meridiem
# is the start's too (group "range_ampm")
_CLOCK = (
    rf"(?P<h12>1[0-2]|0?[1-9])(?::(?P<m12>[0-5]\d))?\s*(?P<ampm>{_MERIDIEM})(?![a-z])"
    rf"|(?P<hr>1[0-2]|0?[1-9])(?::(?P<mr>[0-5]\d))?(?=[ \t]*(?:-|–|—|to|until)[ \t]*"
    rf"(?P<end_h>1[0-2]|0?[1-9])(?::(?P<end_m>[0-5]\d))?[ \t]*(?P<range_ampm>{_MERIDIEM})(?![a-z]))"
    r"|(?P<h24>[01]?\d|2[0-3])[:h](?P<m24>[0-5]\d)(?!\d)"
)


# (a zone's offset is no time: "(GMT-06:00) Central America", "UTC+02:00")
_TIME_RE = re.compile(
    r"(?i)(?<![\d:])(?<!(?:gmt|utc)[+\-−])(?<!(?:gmt|utc)[ \t][+\-−])"
    rf"(?:at\s+|@\s*|from\s+)?(?:{_CLOCK})"
)


# (a table's row starts with a bar: "| 10:00 AM | Hiring manager | …")
_LINE_START_TIME = re.compile(rf"(?im)^[ \t]*(?:[-•*|][ \t]*)?(?P<all>{_CLOCK})")


def _clock_of(match: re.Match[str]) -> time:
    """The time of day a `_TIME_RE` match says."""
    if match.group("ampm"):
        return _twelve(int(match.group("h12")), int(match.group("m12") or 0), match.group("ampm"))
    if match.group("range_ampm"):
        meridiem = match.group("range_ampm")
        start = _twelve(int(match.group("hr")), int(match.group("mr") or 0), meridiem)
        end = _twelve(int(match.group("end_h")), int(match.group("end_m") or 0), meridiem)
        if start > end and start.hour >= 12:  # "11:30–12:15 pm": 11:30, not 23:30
            start = time(start.hour - 12, start.minute)
        return start
    return time(int(match.group("h24")), int(match.group("m24")))


def _twelve(hour: int, minute: int, meridiem: str) -> time:
    return time(hour % 12 + (12 if meridiem[0].lower() == "p" else 0), minute)


_RANGE_END = re.compile(
    r"^(?i:\s*(?:-|–|—|to|until)\s*(?:\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)?|\d{1,2}:\d{2}))"
)


def _after_range(text: str) -> str:
    """What follows a time, past the end of a range ("- 3:00 PM CST" -> " CST")."""
    return _RANGE_END.sub("", text)
