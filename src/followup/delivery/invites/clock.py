"""Times of day written in text, the one reader of them: "2:30 PM", "2.30pm", "9 a.m.",
"14:00", "14h30", "13 h 30", "15h", "14.30 Uhr", "9 Uhr", "11 uur", "kl. 10.00", "alle ore
11", "às 15", "om 14.00", "오후 2시", "午後2時30分"; the end of a range after one ("- 3:00 PM"),
and a schedule line's starting time. Every part of the invite reader that looks for a time
(the day's time, a zone said after it, a schedule line, a name that is no company) uses
these patterns."""

from __future__ import annotations

import re
from datetime import time

# a.m. and p.m., and Arabic's morning and evening after a time ("١٠:٠٠ صباحاً", "2:30 مساءً")
_MERIDIEM = r"a\.?m\.?|p\.?m\.?|صباح[اًا]*|مساء[اًء]*"
_HOUR24 = r"[01]?\d|2[0-3]"

# the words after a time or an hour that say o'clock: "14.30 Uhr", "9 Uhr", "11 uur", "15
# horas", "10 hod." (Czech), "14 óra" (Hungarian)
_OCLOCK = r"(?:uhr|uur|horas?|hod\.?|óra)(?![\w])"

# the words before a time that say "at" (o'clock): "kl. 10.00", "klo 14.30", "godz. 10.00",
# "um 14.30", "om 14.00", "alle ore 11", "às 15", "a las 10", "at 14.30", "pukul 10.00" and
# "jam 10.00" (Indonesian, Malay), "plkst. 10.00" (Latvian), "kell 10.00" (Estonian), "στις
# 10.00" (Greek)
_AT_WORD = (
    r"(?:\b(?:kl|klo|kello|godz|ore|alle(?:[ \t]+ore)?|às|a[ \t]+las?|um|om|at|o[ \t]+godz|"
    r"pukul|jam|plkst|kell|στις)"
    r"\.?[ \t]*)"
)

# the words before a bare hour that say it is one ("alle ore 11", "kl. 10", "às 15",
# "a las 10", "godz. 9", "pukul 10"); never "at", "um" or "alle" ("at 9 Pine Street", "alle
# 14 Tage")
_HOUR_WORD = (
    r"(?:\b(?:kl|klo|kello|godz|ore|alle[ \t]+ore|às|a[ \t]+las?|pukul|plkst|kell|στις)"
    r"\.?[ \t]*)"
)

# a Korean, Japanese or Chinese clock: "오후 2시", "오전 10시 30분", "午後2時", "14時30分"
_CJK = (
    r"(?P<cjk_half>오전|오후|午前|午後|上午|下午)?[ \t]*"
    rf"(?P<cjk_h>{_HOUR24})[ \t]*[시時时](?![간間间])"
    r"(?:[ \t]*(?P<cjk_m>[0-5]?\d)[ \t]*[분分]|[ \t]*(?P<cjk_halfhour>반|半))?"
)

# a clock in text: "2:30 PM", "2.30pm", "9 a.m.", "14h30", "13 h 30"; or the start of a range
# whose meridiem is written once after its end ("2:00–2:45 pm", "2–2:45pm", "10 to 11am"): the
# end's meridiem is the start's too (group "range_ampm"); a 24-hour time with a full stop or
# a bare hour only beside a word that says it is one ("14.30 Uhr", "kl. 10.00", "15h", "9 Uhr")
_CLOCK = (
    rf"(?P<h12>1[0-2]|0?[1-9])(?:[:.](?P<m12>[0-5]\d))?\s*(?P<ampm>{_MERIDIEM})(?![a-z])"
    rf"|(?P<hr>1[0-2]|0?[1-9])(?:[:.](?P<mr>[0-5]\d))?(?=[ \t]*(?:-|–|—|to|until)[ \t]*"
    rf"(?P<end_h>1[0-2]|0?[1-9])(?:[:.](?P<end_m>[0-5]\d))?[ \t]*(?P<range_ampm>{_MERIDIEM})"
    r"(?![a-z]))"
    rf"|(?P<h24>{_HOUR24})(?::|h|[ \t]h[ \t])(?P<m24>[0-5]\d)(?!\d)"
    rf"|{_AT_WORD}(?P<hw>{_HOUR24})\.(?P<mw>[0-5]\d)(?![\d]|\.\d)"
    rf"|(?P<hd>{_HOUR24})(?:\.(?P<md>[0-5]\d))?(?=[ \t]*{_OCLOCK})"
    # "15h", "9h" (French, Portuguese, Spanish): from 7 on ("2h" may be how long it lasts)
    r"|(?P<hh>0?[7-9]|1\d|2[0-3])h(?![\w])"
    rf"|{_HOUR_WORD}(?P<hb>{_HOUR24})(?!\d|[:.,h]\d|[ \t]*(?:{_MERIDIEM})(?![a-z]))"
    rf"|{_CJK}"
)


# (a zone's offset is no time: "(GMT-06:00) Central America", "UTC+02:00")
_TIME_RE = re.compile(
    r"(?i)(?<![\d:])(?<!(?:gmt|utc)[+\-−])(?<!(?:gmt|utc)[ \t][+\-−])"
    rf"(?:at\s+|@\s*|from\s+)?(?:{_CLOCK})"
)


# a schedule line's start (a table's row starts with a bar: "| 10:00 AM | Hiring manager | …"),
# a 24-hour time with a full stop too when a range follows it ("10.00 – 10.45  Name")
_LINE_START_TIME = re.compile(
    rf"(?im)^[ \t]*(?:[-•*|][ \t]*)?(?P<all>{_CLOCK}"
    rf"|(?P<hs>{_HOUR24})\.(?P<ms>[0-5]\d)(?=[ \t]*(?:-|–|—|to)[ \t]*\d))"
)


# the same clock, its groups unnamed: for patterns that write a time twice ("9:00 – 9:45")
CLOCK_TEXT = re.sub(r"\(\?P<\w+>", "(?:", _CLOCK)

# a word that is a time where its place says it is one (a word alone, a schedule's column):
# the clock, or a 24-hour time with a full stop and no word beside it ("10.00")
WRITTEN_CLOCK = rf"(?:{CLOCK_TEXT}|(?:{_HOUR24})\.[0-5]\d(?![\d]|\.\d))"

# a schedule line's time at its start ("10.00 – 10.45  Name", "9:30 AM | Name", "14h – …"): a
# written clock, or an hour alone before the range's end ("10 – 10:45")
SCHEDULE_CLOCK = rf"(?:{WRITTEN_CLOCK}|\d{{1,2}}(?:[ \t]?h\b)?)"


def _clock_of(match: re.Match[str]) -> time:
    """The time of day a `_TIME_RE` (or `_LINE_START_TIME`) match says."""
    said = {key: value for key, value in match.groupdict().items() if value}

    def number(key: str) -> int:
        return int(said.get(key, 0))

    if "ampm" in said:
        return _twelve(number("h12"), number("m12"), said["ampm"])
    if "range_ampm" in said:
        meridiem = said["range_ampm"]
        start = _twelve(number("hr"), number("mr"), meridiem)
        end = _twelve(number("end_h"), number("end_m"), meridiem)
        if start > end and start.hour >= 12:  # "11:30–12:15 pm": 11:30, not 23:30
            start = time(start.hour - 12, start.minute)
        return start
    if "cjk_h" in said:
        half = said.get("cjk_half")
        minute = 30 if "cjk_halfhour" in said else number("cjk_m")
        if half and 1 <= number("cjk_h") <= 12:
            return _twelve(
                number("cjk_h"), minute, "p" if half in ("오후", "午後", "下午") else "a"
            )
        return time(number("cjk_h"), minute)
    for hours, minutes in (
        ("h24", "m24"),
        ("hw", "mw"),
        ("hd", "md"),
        ("hs", "ms"),
        ("hh", ""),
        ("hb", ""),
    ):
        if hours in said:
            return time(number(hours), number(minutes))
    raise ValueError(match.group(0))  # pragma: no cover - every alternative is above


def _twelve(hour: int, minute: int, meridiem: str) -> time:
    after_noon = meridiem[0].lower() == "p" or meridiem.startswith("مساء")
    return time(hour % 12 + (12 if after_noon else 0), minute)


_RANGE_END = re.compile(rf"^(?i:\s*(?:-|–|—|to|until|bis|à|a|tot)\s*(?:{CLOCK_TEXT}|\d{{1,2}}))")


def _after_range(text: str) -> str:
    """What follows a time, past the end of a range ("- 3:00 PM CST" -> " CST", "– 15.30 Uhr
    (MEZ)" -> " (MEZ)")."""
    text = _RANGE_END.sub("", text)
    return re.sub(rf"(?i)^[ \t]*{_OCLOCK}", "", text)
