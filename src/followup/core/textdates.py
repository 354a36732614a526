"""Days written in text ("Tuesday, December 8, 2026", "the 9th of March", "2026-12-08",
"08/12/2026", "12.6.2030"): one set of patterns for the invite reader and the debrief; a day
written with numbers is read in the order its writer's country puts it. Pure."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta
from functools import lru_cache

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
    # Slovak, Slovene and Croatian in the genitive ("19. januára 2027", "19. januarja",
    # "19. siječnja"), Hungarian and Icelandic ("2027. január 19.", "19. janúar 2027"),
    # Romanian, Lithuanian ("2027 m. sausio 19 d."), Turkish, Finnish ("19. tammikuuta"),
    # Russian and Ukrainian ("19 января 2027 года", "19 січня")
    "januára": 1, "februára": 2, "apríla": 4, "mája": 5, "júna": 6, "júla": 7,
    "augusta": 8, "septembra": 9, "októbra": 10, "novembra": 11, "decembra": 12,
    "januarja": 1, "februarja": 2, "aprila": 4, "junija": 6, "julija": 7, "avgusta": 8,
    "oktobra": 10, "siječnja": 1, "veljače": 2, "ožujka": 3, "travnja": 4, "svibnja": 5,
    "lipnja": 6, "srpnja": 7, "kolovoza": 8, "rujna": 9, "studenoga": 11, "prosinca": 12,
    "január": 1, "február": 2, "március": 3, "április": 4, "május": 5, "június": 6,
    "július": 7, "augusztus": 8, "szeptember": 9, "október": 10,
    "janúar": 1, "febrúar": 2, "apríl": 4, "maí": 5, "júní": 6, "júlí": 7, "ágúst": 8,
    "nóvember": 11,
    "ianuarie": 1, "februarie": 2, "martie": 3, "aprilie": 4, "iunie": 6, "iulie": 7,
    "septembrie": 9, "octombrie": 10, "noiembrie": 11, "decembrie": 12,
    "sausio": 1, "vasario": 2, "kovo": 3, "balandžio": 4, "gegužės": 5, "birželio": 6,
    "liepos": 7, "rugpjūčio": 8, "rugsėjo": 9, "spalio": 10, "lapkričio": 11, "gruodžio": 12,
    "ocak": 1, "şubat": 2, "nisan": 4, "mayıs": 5, "haziran": 6, "temmuz": 7,
    "ağustos": 8, "eylül": 9, "ekim": 10, "kasım": 11, "aralık": 12,
    "tammikuuta": 1, "helmikuuta": 2, "maaliskuuta": 3, "huhtikuuta": 4, "toukokuuta": 5,
    "kesäkuuta": 6, "heinäkuuta": 7, "elokuuta": 8, "syyskuuta": 9, "lokakuuta": 10,
    "marraskuuta": 11, "joulukuuta": 12,
    "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7,
    "августа": 8, "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
    "січня": 1, "лютого": 2, "березня": 3, "квітня": 4, "травня": 5, "червня": 6,
    "липня": 7, "серпня": 8, "вересня": 9, "жовтня": 10, "листопада": 11, "грудня": 12,
    # Hebrew ("14 באוקטובר 2033": the "in" its preposition joins to the month is read by the
    # pattern); Arabic as Egypt and the Gulf, the Levant and Iraq ("كانون الثاني"), Algeria
    # and Tunisia ("جانفي") and Morocco ("غشت") name the months; Persian's Gregorian months
    "ינואר": 1, "פברואר": 2, "מרץ": 3, "מרס": 3, "אפריל": 4, "מאי": 5, "יוני": 6,
    "יולי": 7, "אוגוסט": 8, "ספטמבר": 9, "אוקטובר": 10, "נובמבר": 11, "דצמבר": 12,
    "يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "ابريل": 4, "إبريل": 4, "مايو": 5,
    "يونيو": 6, "يونية": 6, "يوليو": 7, "يولية": 7, "أغسطس": 8, "اغسطس": 8, "سبتمبر": 9,
    "أكتوبر": 10, "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
    "كانون الثاني": 1, "شباط": 2, "آذار": 3, "نيسان": 4, "أيار": 5, "حزيران": 6,
    "تموز": 7, "آب": 8, "أيلول": 9, "تشرين الأول": 10, "تشرين الثاني": 11,
    "كانون الأول": 12,
    "جانفي": 1, "فيفري": 2, "أفريل": 4, "افريل": 4, "ماي": 5, "جوان": 6, "جويلية": 7,
    "أوت": 8, "اوت": 8, "يوليوز": 7, "غشت": 8, "شتنبر": 9, "نونبر": 11, "دجنبر": 12,
    "ژانویه": 1, "فوریه": 2, "آوریل": 4, "ژوئن": 6, "ژوئیه": 7, "سپتامبر": 9,
    "اکتبر": 10, "نوامبر": 11, "دسامبر": 12,
    # Latvian in the nominative, the locative a date takes ("2035. gada 14. jūnijā") and the
    # genitive; Estonian in the nominative, the adessive ("14. juunil") and the genitive
    # (English's own spellings are read by `MONTH`); Greek in the genitive a date takes
    # ("14 Ιουνίου 2035") and the nominative
    "janvāris": 1, "janvārī": 1, "janvāra": 1, "februāris": 2, "februārī": 2,
    "februāra": 2, "martā": 3, "marta": 3, "aprīlis": 4, "aprīlī": 4, "aprīļa": 4,
    "maijs": 5, "maijā": 5, "maija": 5, "jūnijs": 6, "jūnijā": 6, "jūnija": 6,
    "jūlijs": 7, "jūlijā": 7, "jūlija": 7, "augusts": 8, "augustā": 8, "septembris": 9,
    "septembrī": 9, "oktobris": 10, "oktobrī": 10, "novembris": 11,
    "novembrī": 11, "decembris": 12, "decembrī": 12,
    "jaanuar": 1, "jaanuaril": 1, "jaanuari": 1, "veebruar": 2, "veebruaril": 2,
    "veebruari": 2, "märts": 3, "märtsil": 3, "märtsi": 3, "aprill": 4, "aprillil": 4,
    "aprilli": 4, "juuni": 6, "juunil": 6, "juuli": 7, "juulil": 7, "augustil": 8,
    "septembril": 9, "septembri": 9, "oktoober": 10, "oktoobril": 10,
    "oktoobri": 10, "novembril": 11, "novembri": 11, "detsember": 12, "detsembril": 12,
    "detsembri": 12,
    "ιανουαρίου": 1, "φεβρουαρίου": 2, "μαρτίου": 3, "απριλίου": 4, "μαΐου": 5,
    "μαίου": 5, "ιουνίου": 6, "ιουλίου": 7, "αυγούστου": 8, "σεπτεμβρίου": 9,
    "οκτωβρίου": 10, "νοεμβρίου": 11, "δεκεμβρίου": 12,
    "ιανουάριος": 1, "φεβρουάριος": 2, "μάρτιος": 3, "απρίλιος": 4, "μάιος": 5,
    "ιούνιος": 6, "ιούλιος": 7, "αύγουστος": 8, "σεπτέμβριος": 9, "οκτώβριος": 10,
    "νοέμβριος": 11, "δεκέμβριος": 12,
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
        "pirmdien", "otrdien", "trešdien", "ceturtdien", "piektdien", "sestdien", "svētdien",
        "esmaspäev", "teisipäev", "kolmapäev", "neljapäev", "reede", "laupäev", "pühapäev",
        "δευτέρα", "τρίτη", "τετάρτη", "πέμπτη", "παρασκευή", "σάββατο", "κυριακή",
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
    # (Hebrew joins "in" to the month: "14 באוקטובר", "ב-3 במרץ")
    re.compile(
        rf"(?i)\b(?P<day>\d{{1,2}})(?:\.|er|º)?(?:\s+de)?\s+(?:ב-?)?{FOREIGN_MONTH}\.?,?"
        r"(?:\s+(?:de\s+)?(?P<year>\d{4})\b)?"
    ),
    # the year first, then the month's name, as Hungarian and Lithuanian write it
    # ("2027. január 19-én", "2027 m. sausio 19 d.")
    re.compile(rf"(?i)\b(?P<year>\d{{4}})(?:\.|\s+m\.)?\s+{FOREIGN_MONTH}\s+(?P<day>\d{{1,2}})\b"),
    re.compile(r"\b(?P<year>\d{4})-(?P<mon>\d{2})-(?P<day>\d{2})\b"),
    # a year first, as Japanese, Chinese, Korean and Hungarian writers put it ("2030/06/12",
    # "2030. 6. 12."): the month follows
    re.compile(r"\b(?P<year>\d{4})(?:/|\.\s?)(?P<mon>\d{1,2})(?:/|\.\s?)(?P<day>\d{1,2})\b"),
    re.compile(r"\b(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<year>\d{4})\b"),
    # a day and month with full stops ("12.6.2030", "12. 6. 2030", "ke 12.6. klo 14"): day
    # first, as every country that writes dates so puts it
    re.compile(
        r"(?<![\d.])(?<!\d\.\s)(?P<dd>\d{1,2})\.\s?(?P<dm>\d{1,2})\."
        r"(?:\s?(?P<year>\d{4})\b|(?![\d\w]))"
    ),
    # Japanese, Chinese and Korean dates: 2027年3月10日, 2027년 3월 10일
    re.compile(r"(?P<year>\d{4})\s?[年년]\s?(?P<mon>\d{1,2})\s?[月월]\s?(?P<day>\d{1,2})\s?[日일]"),
)


# Weekdays by their number (Monday 0), in full, in the languages invitations are written in,
# with the forms they take before a date ("keskiviikkona", "środę"): a weekday next to a
# date written with numbers says which number is the day
WEEKDAY_NUMBERS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
    "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5,
    "dimanche": 6,
    "montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4, "samstag": 5,
    "sonnabend": 5, "sonntag": 6,
    "lunes": 0, "martes": 1, "miércoles": 2, "miercoles": 2, "jueves": 3, "viernes": 4,
    "sábado": 5, "sabado": 5, "domingo": 6,
    "lunedì": 0, "martedì": 1, "mercoledì": 2, "giovedì": 3, "venerdì": 4, "sabato": 5,
    "domenica": 6, "lunedi": 0, "martedi": 1, "mercoledi": 2, "giovedi": 3, "venerdi": 4,
    "maandag": 0, "dinsdag": 1, "woensdag": 2, "donderdag": 3, "vrijdag": 4, "zaterdag": 5,
    "zondag": 6,
    "segunda-feira": 0, "terça-feira": 1, "terca-feira": 1, "quarta-feira": 2,
    "quinta-feira": 3, "sexta-feira": 4,
    "måndag": 0, "tisdag": 1, "onsdag": 2, "torsdag": 3, "fredag": 4, "lördag": 5,
    "söndag": 6, "mandag": 0, "tirsdag": 1, "lørdag": 5, "søndag": 6,
    "poniedziałek": 0, "wtorek": 1, "środa": 2, "środę": 2, "czwartek": 3, "piątek": 4,
    "sobota": 5, "sobotę": 5, "niedziela": 6, "niedzielę": 6,
    "pondělí": 0, "úterý": 1, "středa": 2, "středu": 2, "čtvrtek": 3, "pátek": 4,
    "neděle": 6, "neděli": 6,
    "maanantai": 0, "tiistai": 1, "keskiviikko": 2, "torstai": 3, "perjantai": 4,
    "lauantai": 5, "sunnuntai": 6,
    "pazartesi": 0, "salı": 1, "çarşamba": 2, "perşembe": 3, "cuma": 4, "cumartesi": 5,
    "pazar": 6,
    "hétfő": 0, "kedd": 1, "szerda": 2, "csütörtök": 3, "péntek": 4, "szombat": 5,
    "vasárnap": 6,
    "pirmdien": 0, "otrdien": 1, "trešdien": 2, "ceturtdien": 3, "piektdien": 4,
    "sestdien": 5, "svētdien": 6,
    "esmaspäev": 0, "teisipäev": 1, "kolmapäev": 2, "neljapäev": 3, "reede": 4,
    "laupäev": 5, "pühapäev": 6,
    "δευτέρα": 0, "τρίτη": 1, "τετάρτη": 2, "πέμπτη": 3, "παρασκευή": 4, "σάββατο": 5,
    "κυριακή": 6,
}  # fmt: skip
_WEEKDAY_BEFORE = re.compile(r"([^\W\d_]+(?:-[^\W\d_]+)?)\W{0,4}$")
_ENGLISH_WORDS = frozenset(
    {
        "the", "and", "you", "your", "with", "for", "our", "we", "are", "is", "will", "be",
        "at", "on", "to", "of", "this", "please",
    }
)  # fmt: skip


def _weekday_named(word: str) -> int | None:
    """The weekday a word names, in full or in a form a language gives it before a date
    ("keskiviikkona" in Finnish, "Wed" in English); None for any other word."""
    word = word.lower()
    if word in WEEKDAY_NUMBERS:
        return WEEKDAY_NUMBERS[word]
    for stem, number in WEEKDAY_NUMBERS.items():  # Finnish "-na", Czech and Polish endings
        if len(stem) >= 6 and word.startswith(stem) and len(word) - len(stem) <= 2:
            return number
    english = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
    return english.index(word[:3]) if len(word) <= 4 and word[:3] in english else None


@lru_cache(maxsize=8)
def _mostly_english(text: str) -> bool:
    """Whether English's commonest small words make up a good part of the text's words."""
    words = re.findall(r"[^\W\d_]+", text[:4000].lower())
    return bool(words) and sum(w in _ENGLISH_WORDS for w in words) * 12 >= len(words)


def _slash_order(match: re.Match[str], a: int, b: int, year: int) -> tuple[int, int]:
    """(month, day) of "a/b/year". A number above 12 is the day; else a weekday just before
    that fits one reading decides, and else the text's language: the United States' order
    (month first) in English text, the day first in any other language."""
    if a > 12 or b > 12:
        return (b, a) if a > 12 else (a, b)
    before = _WEEKDAY_BEFORE.search(match.string[max(0, match.start() - 24) : match.start()])
    weekday = _weekday_named(before.group(1)) if before else None
    if weekday is not None:
        fits = [
            (month, day)
            for month, day in ((a, b), (b, a))
            if _weekday_of(year, month, day) == weekday
        ]
        if len(fits) == 1:
            return fits[0]
    return (a, b) if _mostly_english(match.string) else (b, a)


def _weekday_of(year: int, month: int, day: int) -> int | None:
    try:
        return date(year, month, day).weekday()
    except ValueError:
        return None


def date_of(match: re.Match[str], reference: date, past_days: int = 60) -> date | None:
    """The day a `DATE_RES` match names; without a year, the first such day no more than
    `past_days` before `reference`. None for a day that does not exist."""
    groups = match.groupdict()
    try:
        if groups.get("a") is not None:
            a, b = int(groups["a"]), int(groups["b"])
            year = int(groups["year"])
            month, day = _slash_order(match, a, b, year)
        elif groups.get("dd") is not None:
            day, month = int(groups["dd"]), int(groups["dm"])
            year = int(groups["year"]) if groups.get("year") else 0
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
