"""Days written in text ("Tuesday, December 8, 2026", "the 9th of March", "2026-12-08",
"08/12/2026"): one set of patterns for the invite reader and the debrief. Pure."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip


MONTH = (
    r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)


WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?\.?,?\s+)?"


# Month names in the other languages invitations are written in (French, German, Spanish,
# Italian, Dutch, Portuguese, Swedish, Danish, Polish, Czech): "le jeudi 4 mars 2027",
# "am 4. März 2027";
# a day with a full stop before an English-spelled month in Danish and German ("23. april")
FOREIGN_MONTHS = {
    "janvier": 1, "février": 2, "fevrier": 2, "avril": 4, "mai": 5, "juin": 6,
    "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
    "décembre": 12, "decembre": 12, "mars": 3,
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "maerz": 3, "juni": 6, "juli": 7,
    "oktober": 10, "dezember": 12,
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
    "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11,
    "diciembre": 12,
    "gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7,
    "settembre": 9, "ottobre": 10, "dicembre": 12,
    "januari": 1, "februari": 2, "maart": 3, "mei": 5, "augustus": 8,
    "janeiro": 1, "fevereiro": 2, "março": 3, "maio": 5, "junho": 6, "julho": 7,
    "setembro": 9, "outubro": 10, "novembro": 11, "dezembro": 12,
    "maj": 5, "augusti": 8, "marts": 3, "desember": 12,
    # Polish and Czech write the month in the genitive after a day ("17 czerwca 2027")
    "stycznia": 1, "lutego": 2, "marca": 3, "kwietnia": 4, "maja": 5, "czerwca": 6,
    "lipca": 7, "sierpnia": 8, "września": 9, "października": 10, "listopada": 11,
    "grudnia": 12,
    "ledna": 1, "února": 2, "března": 3, "dubna": 4, "května": 5, "června": 6,
    "července": 7, "srpna": 8, "září": 9, "října": 10, "listopadu": 11, "prosince": 12,
}  # fmt: skip
# Weekdays in the languages invitations are written in, in full: a name or a role read from
# running text ends before one ("… presso Ferrante martedì 9 marzo", "Chef de rang jeudi")
FOREIGN_WEEKDAYS = frozenset(
    {
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
        "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
        "lunes", "martes", "miércoles", "miercoles", "jueves", "viernes", "sábado", "domingo",
        "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica",
        "lunedi", "martedi", "mercoledi", "giovedi", "venerdi",
        "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
        "segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira",
        "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag",
        "mandag", "tirsdag", "lørdag", "søndag",
        "poniedziałek", "wtorek", "środa", "środę", "czwartek", "piątek", "sobota", "niedziela",
    }
)  # fmt: skip
FOREIGN_MONTH = (
    r"(?P<fmon>" + "|".join(sorted(FOREIGN_MONTHS, key=len, reverse=True)) + r")(?![\w])"
)


DATE_RES = (
    re.compile(
        rf"(?i)\b{WEEKDAY}{MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>\d{{4}})\b)?"
    ),
    re.compile(
        rf"(?i)\b{WEEKDAY}(?P<day>\d{{1,2}})(?:st|nd|rd|th|\.)?(?:\s+of)?\s+{MONTH}\b,?"
        rf"(?:\s+(?P<year>\d{{4}})\b)?"
    ),
    re.compile(
        rf"(?i)\b(?P<day>\d{{1,2}})(?:\.|er|º)?(?:\s+de)?\s+{FOREIGN_MONTH}\.?,?"
        r"(?:\s+(?:de\s+)?(?P<year>\d{4})\b)?"
    ),
    re.compile(r"\b(?P<year>\d{4})-(?P<mon>\d{2})-(?P<day>\d{2})\b"),
    re.compile(r"\b(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<year>\d{4})\b"),
    # Japanese, Chinese and Korean dates: 2027年3月10日, 2027년 3월 10일
    re.compile(r"(?P<year>\d{4})\s?[年년]\s?(?P<mon>\d{1,2})\s?[月월]\s?(?P<day>\d{1,2})\s?[日일]"),
)


def date_of(match: re.Match[str], reference: date, past_days: int = 60) -> date | None:
    """The day a `DATE_RES` match names; without a year, the first such day no more than
    `past_days` before `reference`. None for a day that does not exist."""
    groups = match.groupdict()
    try:
        if groups.get("a") is not None:
            a, b = int(groups["a"]), int(groups["b"])
            month, day = (a, b) if a <= 12 else (b, a)
            year = int(groups["year"])
        elif groups.get("fmon"):
            month = FOREIGN_MONTHS[groups["fmon"].lower()]
            day = int(groups["day"])
            year = int(groups["year"]) if groups.get("year") else 0
        else:
            mon = groups["mon"]
            month = int(mon) if mon.isdigit() else MONTHS[mon[:3].lower()]
            day = int(groups["day"])
            year = int(groups["year"]) if groups.get("year") else 0
        if not year:
            year = reference.year
            guess = date(year, month, day)
            if guess < reference - timedelta(days=past_days):
                year += 1
        return date(year, month, day)
    except (ValueError, KeyError):
        return None


def days_in(
    text: str, reference: date, past_days: int = 60
) -> Iterator[tuple[re.Match[str], date]]:
    """Every day the text names, pattern by pattern, with its match."""
    for pattern in DATE_RES:
        for match in pattern.finditer(text):
            day = date_of(match, reference, past_days)
            if day is not None:
                yield match, day
