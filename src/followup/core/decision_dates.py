"""When the employer says it will decide, in the words people use in an interview, as a day.

    day_said("we expect to decide by the 9th of March", Tue 2026-02-17)  -> 2026-03-09
    day_said("we're hoping to make a call by the end of next week", Tue 2026-03-03)
                                                                          -> Fri 2026-03-13
    day_said("you'll hear from us within ten working days", Wed 2026-11-18, us_holiday)
                                                                          -> Thu 2026-12-03

Every expression is resolved against the interview day (`reference`): written dates
("December 18", "the 9th of March", "2026-12-18"), a day of the month alone ("by the 9th",
"Friday the 22nd": the next such day after the interview, on that weekday when one is named;
"by 2/19": month and day, or day and month when only that is a date),
weekdays ("by Friday", "this Friday", "next Friday", "the following Friday", "the Friday
following" and "Friday next week": the Friday of the week after; "the Friday after next": the
coming Friday's next; "the Thursday after": the Thursday after the day said before it),
weeks ("this week", "the end of next week", "the week after next" and "next week but one":
that week's Friday; "early next week": its Monday; "mid next week": its Wednesday), months
("the end of the month", "early next month": its first day, "mid-March" and "mid-month": the
15th, "next month": its last day; "before the month is out", "by the week's end", "by month-end"),
quarters ("the end of Q1"), weeks by a day of the month ("the week of the 22nd", "the week
commencing the 15th": that week's Friday), spans ("within ten working days" and "two working weeks":
business days, skipping weekends and the `holiday` lookup's days; "in the next two weeks",
"a fortnight", "a couple of days", "48 hours", "a month") and "today"/"tomorrow"; spans
counted from another day ("a week from tomorrow", "ten days from Friday", "a week on Friday",
"Friday week"); a public holiday named as the `holiday` lookup names it ("before Waitangi
Day", "before the Navy Day holiday", "before the Easter long weekend": the last working day
before the holiday and the days off around it; "after Labor Day": the first working day after
them); an event on a day of the month ("before the board meeting on the 14th": the working
day before). The end of
a week whose Friday is a holiday is the working day before it. When a sentence gives an exact
day after words of the decision and a vaguer stretch that holds it ("we'll decide within three
working days, so you'll hear from us early next week"), the exact day. A day corrected right
after it ("on Tuesday, actually make that the Thursday after") is the correction; a day said
for something else ("the start date would be the 3rd of May", [decision] other_events) is
none. Months and weekdays are counted with dateutil's relativedelta. Pure; the phrases are data
(data/debrief.toml, [decision]).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from dateutil.relativedelta import FR, MO, SA, SU, TH, TU, WE, relativedelta

from followup.core.errors import InvalidInput
from followup.core.plan import BusinessCalendar
from followup.core.text import SPACELESS
from followup.core.textdates import FOREIGN_MONTHS, MONTH, MONTHS, WEEKDAY_NUMBERS, days_in

HolidayLookup = Callable[[date], str | None]

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_DAY_OF = (MO, TU, WE, TH, FR, SA, SU)  # dateutil's weekdays, Monday first
_WD = r"(?P<wd>mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?)"


@dataclass(frozen=True)
class DecisionWords:
    """The words of data/debrief.toml [decision]."""

    cues: tuple[str, ...]  # a sentence with one of these (and a day) says when they decide
    not_theirs: tuple[str, ...]  # ... unless it is about the candidate's own decision
    numbers: Mapping[str, int]  # "ten" -> 10, "a couple of" -> 2
    ordinals: Mapping[str, int] = field(default_factory=dict)  # "ninth" -> 9, "twentieth" -> 20
    holiday_before: tuple[str, ...] = ()  # "before" Waitangi Day: the working day before it
    holiday_after: tuple[str, ...] = ()  # "after" Labor Day: the first working day after it
    holiday_words: frozenset[str] = frozenset()  # "day", "bank", "long weekend": name no holiday
    holiday_followers: frozenset[str] = frozenset()  # what may follow a holiday's name ("on")
    rounds: tuple[str, ...] = ()  # "round", "second interview": a next round's day, no decision
    finals: tuple[str, ...] = ()  # "final decision", "offer": the decision itself
    corrections: tuple[str, ...] = ()  # "actually", "make that": a day said again, corrected
    others: tuple[str, ...] = ()  # "start date", "probation": a day said for something else
    # other languages' words of the decision and of days, each as the English read above
    # ("lo decidiremos" -> "we will decide"), language by language
    glosses: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    next_after_weekday: tuple[str, ...] = ()  # "prochain": "vendredi prochain" is next Friday
    # words for "next week" and "this week" said before a weekday, as English says "Friday
    # next week" and "this Friday" ("下周五", "来週の金曜日", "다음 주 금요일", "volgende week
    # vrijdag", "nächste Woche Freitag"): "next" and "this", each with its words
    week_before_weekday: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # words other languages say between a weekday and its day of the month ("vrijdag de 19e",
    # "Freitag, den 19.", "jeudi le 18"), the endings they write after the day ("19e",
    # "19.", "19º"), and the words for "of" between a weekday and a week ("sexta-feira da
    # próxima semana", "el viernes de la semana que viene")
    day_articles: tuple[str, ...] = ()
    day_endings: tuple[str, ...] = ()
    weekday_of: tuple[str, ...] = ()
    # words of a decision about another matter ("the board decides on the dock investment",
    # "투자가 결정됩니다": the investment is decided), in a sentence that says no "you" or "we"
    other_matters: tuple[str, ...] = ()

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> DecisionWords:
        def strings(key: str) -> tuple[str, ...]:
            value = data.get(key, [])
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise InvalidInput(f"debrief data: decision.{key} must be a list of strings")
            return tuple(v.lower() for v in value)

        numbers = data.get("numbers", {})
        if not isinstance(numbers, Mapping) or not all(
            isinstance(v, int) and not isinstance(v, bool) and 0 < v <= 366
            for v in numbers.values()
        ):
            raise InvalidInput("debrief data: decision.numbers must map words to 1-366")
        ordinals = data.get("ordinals", {})
        if not isinstance(ordinals, Mapping) or not all(
            isinstance(v, int) and not isinstance(v, bool) and 0 < v <= 31
            for v in ordinals.values()
        ):
            raise InvalidInput("debrief data: decision.ordinals must map words to 1-31")
        glosses = data.get("glosses", {})
        if not isinstance(glosses, Mapping) or not all(
            isinstance(table, Mapping)
            and all(isinstance(k, str) and isinstance(v, str) for k, v in table.items())
            for table in glosses.values()
        ):
            raise InvalidInput("debrief data: decision.glosses must map words to English words")
        weeks = data.get("week_before_weekday", {})
        if (
            not isinstance(weeks, Mapping)
            or not set(weeks) <= {"next", "this"}
            or not all(
                isinstance(v, list) and all(isinstance(w, str) for w in v) for v in weeks.values()
            )
        ):
            raise InvalidInput(
                'debrief data: decision.week_before_weekday must map "next" and "this" to '
                "lists of words"
            )
        return cls(
            strings("cues"),
            strings("not_theirs"),
            {k.lower(): v for k, v in numbers.items()},
            {k.lower(): v for k, v in ordinals.items()},
            strings("holiday_before"),
            strings("holiday_after"),
            frozenset(strings("holiday_words")),
            frozenset(strings("holiday_followers")),
            strings("rounds"),
            strings("finals"),
            strings("corrections"),
            strings("other_events"),
            {
                language: {k.lower(): v.lower() for k, v in table.items()}
                for language, table in glosses.items()
            },
            strings("next_after_weekday"),
            {k: tuple(w.lower() for w in v) for k, v in weeks.items()},
            strings("day_articles"),
            strings("day_endings"),
            strings("weekday_of"),
            strings("other_matters"),
        )


def in_english(sentence: str, words: DecisionWords) -> str:
    """The sentence with another language's words of the decision and of days said in
    English, as `says_decision` and `day_said` read them ([decision.glosses]: "Lo decidiremos
    antes del viernes 23." -> "we will decide before Friday the 23rd."; "Wir melden uns bis
    zum 28. Mai." -> "we will get back to you by the 28 May."). A language's words are read
    only in a sentence that says one of its phrases of two words or more, or one of its words
    with a letter English does not write; weekdays and months are
    core.textdates' (any language's); a day's number after a weekday, "by", "before" or "the"
    gets its ordinal ending ("Friday 23" -> "Friday the 23rd"), and a word for "next" after a
    weekday ([decision] next_after_weekday) comes before it ("vendredi prochain" -> "next
    Friday"), and a week's words before a weekday ([decision.week_before_weekday]) are said
    as English says them ("下周五" -> "Friday next week", "이번 주 금요일" -> "this Friday").
    Chinese, Japanese and Korean words are read wherever they stand, with spaces put around
    their English ("下周五之前给您答复" -> "Friday next week before we will give you an
    answer"); a figure touching such a letter stands apart ("は4営業日" -> "は 4 working days"),
    and a word two glosses both say is said once ("d'ici la" + "la fin de la semaine
    prochaine" -> "by the end of next week"). An English sentence comes back as it was."""
    low = _small(sentence).replace("’", "'")
    table: dict[str, str] = {}
    for glosses in words.glosses.values():
        keys = _gloss_pattern(tuple(sorted(glosses, key=len, reverse=True)))
        said = {m.group(0) for m in keys.finditer(low)}
        if any(" " in w or not w.isascii() for w in said):
            table.update(glosses)
    if not table:
        return sentence
    table.update(_day_names())
    weekdays = {k: v for k, v in table.items() if v.lower() in _WEEKDAYS}
    # "下周五", "다음 주 금요일": the week's words and a weekday, as English says them
    for which, before in words.week_before_weekday.items():
        for week in (w for w in before if w in low):
            for name, day in weekdays.items():
                english = f"{day.title()} next week" if which == "next" else f"this {day.title()}"
                table.setdefault(f"{week}{name}", english)
                table.setdefault(f"{week} {name}", english)
    pattern = _gloss_pattern(tuple(sorted(table, key=len, reverse=True)))
    text = pattern.sub(lambda m: _glossed(m.group(0), table), sentence)
    text = _REPEATED.sub(r"\1", _SPACELESS_DIGITS.sub(" ", text))
    text = _SPACES.sub(" ", text).strip()
    text = _CJK_MONTH_DAY.sub(_month_and_day, text)  # "11월 7일", "11月7日" -> "7 November"
    text = _DOTTED_DAY.sub(r"\1 \2", text)  # "28. May" -> "28 May"
    text = _weekday_and_day(words.day_articles, words.day_endings).sub(r"\1 \2", text)
    text = _weekday_of_week(words.weekday_of).sub(_week_of_weekday, text)
    text = _next_after_day(words.next_after_weekday).sub(r"next \1", text)
    return _BARE_DAY.sub(_with_ordinal, text)


_SPACES = re.compile(r"[ \t]{2,}")
# A figure touching a letter of a script written without spaces ("結果は4営業日"): apart, as
# the words glossed around it are
_SPACELESS_DIGITS = re.compile(rf"(?<={SPACELESS.pattern})(?=\d)|(?<=\d)(?={SPACELESS.pattern})")
# A word said twice where two glosses meet ("d'ici la" + "la fin de ..." -> "by the the end")
_REPEATED = re.compile(r"(?i)\b(the|by|a|an)(?:\s+\1\b)+")


# A month and its day as Chinese, Japanese and Korean write them, figures and the letters for
# "month" and "day" ("11월 7일", "11月7日", "11月7号"), spaced apart or not, with the weekday
# said after it, already in English ("11월 7일 금요일" -> "11 월 7 일 Friday" -> "Friday 7
# November": one day, not two)
_CJK_MONTH_DAY = re.compile(
    r"(?i)(?<!\d)(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일号號]"
    r"(?:\s*\(?\s*(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b(?:\s*\))?)?"
)


def _month_and_day(match: re.Match[str]) -> str:
    month, day = int(match.group(1)), int(match.group(2))
    if not 1 <= month <= 12 or not 1 <= day <= 31:
        return match.group(0)
    weekday = f"{match.group(3).title()} " if match.group(3) else ""
    return f"{weekday}{day} {_MONTH_NAMES[month - 1]}"


def _small(text: str) -> str:
    """In small letters, Turkish's capital "İ" as "i" (not "i" and a combining dot above)."""
    return text.lower().replace("i\u0307", "i")


def _glossed(said: str, table: Mapping[str, str]) -> str:
    """The English of words `said`, with a space on each side that meets a letter of a script
    written without spaces ("下周五之前" -> " Friday next week  before ")."""
    english = table.get(" ".join(_small(said).split()))
    if english is None:
        return said
    before = " " if SPACELESS.match(said[0]) else ""
    after = " " if SPACELESS.match(said[-1]) else ""
    return f"{before}{english}{after}"


def _with_ordinal(match: re.Match[str]) -> str:
    before, day = match.group(1), int(match.group(2))
    the = "" if before.lower().endswith("the") else " the"
    return f"{before}{the} {day}{_suffix(day)}"


@lru_cache(maxsize=16)
def _gloss_pattern(keys: tuple[str, ...]) -> re.Pattern[str]:
    """Any of `keys` as whole words; a key's end in a script written without spaces between
    words (Chinese, Japanese; Korean, whose particles join the word before them) may touch
    any letter ("下周五之前", "결과는")."""
    alternatives = "|".join(_gloss_alternative(k) for k in keys)
    return re.compile(rf"(?i)(?:{alternatives})" if keys else r"(?!)")


def _gloss_alternative(key: str) -> str:
    body = re.escape(key).replace(r"\ ", r"\s+")
    before = "" if SPACELESS.match(key[0]) else r"(?<![\w'-])"
    after = "" if SPACELESS.match(key[-1]) else r"(?![\w'-])"
    return f"{before}{body}{after}"


@lru_cache(maxsize=1)
def _day_names() -> dict[str, str]:
    """Weekdays and months of other languages (core.textdates) as English names them."""
    out = {k: _MONTH_NAMES[v - 1] for k, v in FOREIGN_MONTHS.items()}
    out |= {k: _WEEKDAYS[v].title() for k, v in WEEKDAY_NUMBERS.items() if k not in _WEEKDAYS}
    return out


_MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
_MONTH = "|".join(_MONTH_NAMES)


@lru_cache(maxsize=4)
def _next_after_day(nexts: tuple[str, ...]) -> re.Pattern[str]:
    """A weekday with a word for "next" after it ("Friday prochain", "Friday que viene")."""
    alternatives = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in nexts) or "(?!)"
    return re.compile(rf"(?i)\b({'|'.join(_WEEKDAYS)})\s+(?:{alternatives})(?![\w'])")


@lru_cache(maxsize=4)
def _weekday_and_day(articles: tuple[str, ...], endings: tuple[str, ...]) -> re.Pattern[str]:
    """A weekday, a word other languages say before its day of the month and the day with the
    ending they write after it ("Friday de 19e", "Friday, den 19.", "Thursday le 18"): the
    weekday (group 1) and the day's number (group 2), as "Friday 19" says them."""
    said = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in articles) or "(?!)"
    ends = "|".join(re.escape(w) for w in sorted(endings, key=len, reverse=True)) or "(?!)"
    return re.compile(
        rf"(?i)\b({'|'.join(_WEEKDAYS)}),?\s+(?:{said})\s+(\d{{1,2}})(?:{ends})?(?![\w\d])"
    )


@lru_cache(maxsize=4)
def _weekday_of_week(words: tuple[str, ...]) -> re.Pattern[str]:
    """A weekday, a word for "of" and a week ("Friday da next week", "Friday della this
    week"): the weekday (group 1) and which week (group 2)."""
    said = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) or "(?!)"
    return re.compile(
        rf"(?i)\b({'|'.join(_WEEKDAYS)})\s+(?:{said})\s+(?:the\s+)?(next|this)\s+week\b"
    )


def _week_of_weekday(match: re.Match[str]) -> str:
    """ "Friday next week" or "this Friday", as English says a weekday of a week."""
    day, which = match.group(1), match.group(2).lower()
    return f"{day} next week" if which == "next" else f"this {day}"


_DOTTED_DAY = re.compile(rf"\b(\d{{1,2}})\.\s*({_MONTH})\b", re.IGNORECASE)
# A day's number said without its ordinal ending: after a weekday, "by", "before", "until" or
# "the", and not before a month, a unit or a time ("Friday 23", "by the 16")
_BARE_DAY = re.compile(
    r"(?i)\b((?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?(?:\s+the)?|"
    r"(?:by|before|until|on)(?:\s+the)?|the)\s+(\d{1,2})\b"
    rf"(?!\s*(?:st|nd|rd|th|[:.,/]\d|%|{_MONTH}|of\b|days?|weeks?|months?|hours?|"
    r"working|business|calendar|minutes?|years?|o'clock|am\b|pm\b))"
)


def says_decision(sentence: str, words: DecisionWords) -> int | None:
    """Where the sentence speaks of the employer's decision ("we'll make a call", "you'll hear
    from us"): the offset of its first such words; None when it does not, or when it is a
    question or about the candidate's own decision ("I have to decide on another offer")."""
    low = sentence.lower().replace("’", "'")
    if low.rstrip().endswith("?"):
        return None
    if any(phrase in low for phrase in words.not_theirs):
        return None
    found = _cue_pattern(words.cues).search(low)
    return found.start() if found else None


def _says_any(low: str, phrases: tuple[str, ...]) -> bool:
    return _phrase_pattern(phrases).search(low) is not None


def decision_kind(sentence: str, words: DecisionWords) -> str:
    """What a sentence that says when they decide is about: "final" (the final decision or
    the offer: "the final decision will be made by the 27th"), "round" (whether the candidate
    goes on to a next round: "we'll let you know whether you're through to the panel round by
    Monday"), or "plain" ("we'll decide by the 14th"); data/debrief.toml [decision] finals and
    rounds."""
    low = sentence.lower().replace("’", "'")
    if _says_any(low, words.finals):
        return "final"
    return "round" if _says_any(low, words.rounds) else "plain"


def another_matter(sentence: str, words: DecisionWords) -> bool:
    """The sentence speaks of a decision about another matter than the candidate ([decision]
    other_matters: "next month the board decides on the new dock investment") and says no
    word for "you" or "we": no decision of the round."""
    low = sentence.lower().replace("’", "'")
    if re.search(r"\b(?:you|your|we|we'll|we're|us|our)\b", low):
        return False
    # a word of a script written without spaces may touch the one before ("투자가 decide")
    return (
        _gloss_pattern(tuple(sorted(words.other_matters, key=len, reverse=True))).search(low)
        is not None
    )


def corrects(sentence: str, words: DecisionWords) -> bool:
    """The sentence says a day again to correct it: it opens with one of [decision]
    corrections ("Actually, …", "Sorry, make that Thursday the 19th") or says "instead"."""
    low = sentence.lower().replace("’", "'").lstrip(" \"'“‘-–—")
    head = " ".join(low.split()[:4])
    found = _phrase_pattern(words.corrections).search(head)
    return (found is not None and found.start() == 0) or re.search(r"\binstead\b", low) is not None


def last_decision_cue(sentence: str, words: DecisionWords) -> int:
    """The offset of the last words in the sentence that speak of the decision (0 when none):
    "we'll wrap up interviews Friday and we should get back to you early next week" -> "get
    back to you"."""
    low = sentence.lower().replace("’", "'")
    found = list(_cue_pattern(words.cues).finditer(low))
    return found[-1].start() if found else 0


@lru_cache(maxsize=8)
def _cue_pattern(cues: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(c) for c in sorted(cues, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternatives})" if cues else r"(?!)")


@lru_cache(maxsize=8)
def _phrase_pattern(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """Any of `phrases` as whole words ("round" in "the panel round", not in "background")."""
    alternatives = "|".join(re.escape(c) for c in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternatives})(?!\w)" if phrases else r"(?!)")


# --- the expressions -----------------------------------------------------------------------


def _weekday(text: str) -> int:
    return next(i for i, name in enumerate(_WEEKDAYS) if name.startswith(text.lower()[:3]))


def _week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _next_month(day: date, months: int = 1) -> tuple[int, int]:
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1


def _add_months(day: date, months: int) -> date:
    """The same day `months` later, or that month's last day when it has none."""
    return day + relativedelta(months=months)


def _month_named(name: str, reference: date) -> tuple[int, int]:
    month = MONTHS[name[:3].lower()]
    year = reference.year + (1 if month < reference.month else 0)
    return year, month


def _nth(text: str) -> int:
    return int(re.sub(r"\D", "", text))


def _day_of_month(day: int, reference: date, weekday: int | None) -> date | None:
    """The first day numbered `day` after `reference` (on `weekday`, when one is named and a
    month within a year has it so)."""
    first: date | None = None
    year, month = reference.year, reference.month
    for _ in range(13):
        if day <= calendar.monthrange(year, month)[1]:
            found = date(year, month, day)
            if found > reference:
                if weekday is None or found.weekday() == weekday:
                    return found
                first = first or found
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return first


def _weekday_day(which: str | None, weekday: int, reference: date) -> date:
    which = "next" if "following" in (which or "").lower() else (which or "").lower()
    if which == "next":  # "next Friday", "the following Friday": the Friday of the week after
        return _week_start(reference) + timedelta(days=7 + weekday)
    ahead = (weekday - reference.weekday()) % 7
    if which == "this" and ahead == 0:
        return reference
    return reference + timedelta(days=ahead or 7)


_NUMBER = r"(?P<n>\d{1,3}|(?:a\s+)?couple\s+of|a\s+few|[a-z]+(?:-[a-z]+)?)"

_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("today", re.compile(r"(?i)\b(?:today|(?:the\s+)?end\s+of\s+(?:the\s+)?day)\b(?!\s+\w+day)")),
    ("tomorrow", re.compile(r"(?i)\btomorrow\b")),
    (
        "span",
        re.compile(
            rf"(?i)(?<!last )(?<!past )\b{_NUMBER}\s+(?:(?:or|to|-)\s+(?P<m>\d{{1,3}}|[a-z]+)\s+)?"
            r"(?P<kind>(?:working|business|calendar)\s+)?"
            r"(?P<unit>days?|weeks?|fortnights?|months?|hours?)\b"
            r"(?:\s+or\s+(?P<m2>\d{1,3}|two|three|four|so))?(?!\s+ago)"
        ),
    ),
    (
        "span_from",  # "a week from tomorrow", "ten days from Friday", "a week on Friday"
        re.compile(
            rf"(?i)(?<!last )(?<!past )\b{_NUMBER}\s+(?P<kind>(?:working|business|calendar)\s+)?"
            r"(?P<unit>days?|weeks?|fortnights?|months?)\s+(?:from|after|on)\s+"
            rf"(?P<anchor>today|tomorrow|now|(?:(?P<which>this|next)\s+)?{_WD})\b"
        ),
    ),
    (
        "weekday_week",  # "Friday week", "Monday fortnight": that weekday, a week or two on
        re.compile(rf"(?i)(?<!next )(?<!this )\b{_WD}\s+(?P<unit>week|fortnight)\b"),
    ),
    (
        "before_nth",  # "before the board meeting on the 14th": the working day before it
        re.compile(
            r"(?i)\b(?:before|ahead\s+of|prior\s+to)\s+(?:the\s+|our\s+|their\s+|a\s+)?"
            rf"(?:[\w'’-]+\s+){{1,5}}?on\s+(?:{_WD},?\s+)?the\s+"
            r"(?P<day>\d{1,2}(?:st|nd|rd|th))\b(?!\s+of\s+\w)"
        ),
    ),
    (
        "week",
        re.compile(
            r"(?i)\b(?:(?:the\s+)?(?P<part>end|start|beginning|middle|early|mid|late)"
            r"(?:\s+of\s+|-|\s+))?(?:the\s+week\s+(?P<after>after)\b"
            r"(?!\s+(?:next|the|that|this|our|your|their|a|an)\b)|"
            r"(?P<which>this|next|the\s+following|following|the)\s+week\b)"
        ),
    ),
    (
        "month",
        re.compile(
            r"(?i)\b(?:(?:the\s+)?(?P<part>end|start|beginning|middle|early|mid|late)"
            r"(?:\s+of\s+|-|\s+))?(?P<which>this|next|the\s+following|following|the)\s+month\b"
        ),
    ),
    (
        "period_out",  # "before the month is out", "by the week's end", "by month-end"
        re.compile(
            r"(?i)\b(?:(?P<which>this|the|next)\s+)?(?P<unit>week|month)(?:['’]s|\s+is)\s+"
            r"(?:out|over|done|up|through|finished)\b|"
            r"\b(?:(?P<which2>this|the|next)\s+)?(?P<unit2>week|month)['’]s\s+end\b|"
            r"\b(?:by|before|at|until|till)\s+(?P<unit3>week|month)[- ]end\b|"
            r"\bend\s+of\s+(?P<unit4>week|month)\b"
        ),
    ),
    (
        "month_named",
        re.compile(
            r"(?i)\b(?:the\s+)?(?P<part>end|start|beginning|middle|early|mid|late)"
            rf"(?:\s+of\s+|-|\s+){MONTH}(?!\s+\d)"
        ),
    ),
    (
        "quarter",
        re.compile(
            r"(?i)\b(?:(?:the\s+)?(?P<part>end|start|beginning|middle|early|mid|late)"
            r"(?:\s+of\s+|-|\s+))?(?:(?:the\s+)?Q(?P<q>[1-4])\b|"
            r"(?P<which>this|next|the)\s+quarter\b)"
        ),
    ),
    (
        "nth_next_month",
        re.compile(r"(?i)\bthe\s+(?P<day>\d{1,2}(?:st|nd|rd|th))\s+of\s+next\s+month\b"),
    ),
    (
        "week_of",
        re.compile(
            r"(?i)\b(?:the\s+week\s+of|(?:the\s+)?week\s+(?:commencing|beginning|starting)|w/c)"
            r"\s+(?:(?:mon(?:day)?\.?,?\s+)?the\s+)?(?P<day>\d{1,2}(?:st|nd|rd|th))\b"
        ),
    ),
    (
        "nth",
        re.compile(
            # "the 19th", "Friday the 19th", "Friday 19th" (a weekday's "the" may go unsaid)
            rf"(?i)\b(?:{_WD}\.?,?\s+(?:the\s+)?|the\s+)(?P<day>\d{{1,2}}(?:st|nd|rd|th))\b"
            r"(?!\s+of\s+\w)"
        ),
    ),
    (
        "weekday_next_week",
        re.compile(rf"(?i)\b{_WD}\s+(?:of\s+)?(?:next|the\s+following)\s+week\b"),
    ),
    (
        "week_after_next",
        re.compile(
            r"(?i)\b(?:(?:by|at)\s+)?(?:the\s+(?:end\s+of\s+the\s+)?week\s+after\s+next|"
            r"(?:the\s+)?(?:end\s+of\s+)?next\s+week\s+but\s+one)\b"
        ),
    ),
    (
        "last_working",  # "the last working day of the month", "… of next week", "… of March"
        re.compile(
            r"(?i)\b(?:the\s+)?last\s+(?:working|business|work)\s+day\s+(?:of|in)\s+"
            r"(?:(?P<which>this|the|next|the\s+following|following)\s+"
            rf"(?P<unit>month|week|quarter)\b|{MONTH})"
        ),
    ),
    (
        "weekday_after_next",  # "the Friday after next": the one after the coming Friday
        re.compile(rf"(?i)\b(?:the\s+)?{_WD}\s+after\s+next\b"),
    ),
    (
        "weekday",  # "Friday", "next Friday", "the following Friday", "the Friday following"
        re.compile(
            rf"(?i)\b(?:(?P<which>this|next|(?:the\s+)?following)\s+)?{_WD}\b"
            r"(?:\s+(?P<after>following)\b(?!\s+(?:the|our|a|an|your|their|that|this)\b))?"
        ),
    ),
    (
        "mid_month",  # "by mid-month", "around mid month"
        re.compile(r"(?i)\bmid[- ]?month\b"),
    ),
    (
        "numeric",  # "by 2/19", "before 19/2": month and day in the order that makes a day
        re.compile(
            r"(?i)\b(?:by|on|before|until|till|around|for)\s+(?:the\s+)?"
            r"(?P<a>\d{1,2})/(?P<b>\d{1,2})\b(?![/.]\d)"
        ),
    ),
)


def _number(text: str, words: DecisionWords) -> int | None:
    low = " ".join(text.lower().split())
    if low.isdigit():
        return int(low)
    if low in words.numbers:
        return words.numbers[low]
    if "-" in low or " " in low:  # "twenty-one"
        head, _, tail = low.replace("-", " ").partition(" ")
        if head in words.numbers and tail in words.numbers:
            return words.numbers[head] + words.numbers[tail]
    return None


def _resolve(
    kind: str,
    match: re.Match[str],
    reference: date,
    words: DecisionWords,
    business: BusinessCalendar,
) -> date | None:
    g = match.groupdict()
    if kind == "today":
        return reference
    if kind == "tomorrow":
        return reference + timedelta(days=1)
    if kind == "span":
        n = _number(g["n"], words)
        if n is None:
            return None
        more = g.get("m") or g.get("m2")  # "one or two weeks", "a week or two": the longer
        if more and more.lower() != "so":
            n = max(n, _number(more, words) or n)
        return _after(reference, n, g["unit"], g["kind"], business)
    if kind == "span_from":  # "a week from tomorrow": the span, counted from that day
        n = _number(g["n"], words)
        if n is None:
            return None
        anchor = g["anchor"].lower()
        if anchor in ("today", "now"):
            start = reference
        elif anchor == "tomorrow":
            start = reference + timedelta(days=1)
        else:
            start = _weekday_day(g["which"], _weekday(g["wd"]), reference)
        return _after(start, n, g["unit"], g["kind"], business)
    if kind == "weekday_week":  # "Friday week": the coming Friday and a week
        start = _weekday_day(None, _weekday(g["wd"]), reference)
        return start + timedelta(days=14 if g["unit"].lower() == "fortnight" else 7)
    if kind == "before_nth":  # "before the board meeting on the 14th"
        weekday = _weekday(g["wd"]) if g.get("wd") else None
        that = _day_of_month(_nth(g["day"]), reference, weekday)
        return _working_day_before(that, reference, business) if that else None
    if kind == "week":  # "the week after" (the interview's): the following week
        which = (g["which"] or "following").lower()
        ahead = which == "next" or "following" in which
        start = _week_start(reference) + timedelta(days=7 if ahead else 0)
        part = (g["part"] or "end").lower()
        offset = {"start": 0, "beginning": 0, "early": 0, "middle": 2, "mid": 2}.get(part, 4)
        return start + timedelta(days=offset)
    if kind == "period_out":
        which = (g["which"] or g["which2"] or "").lower()
        unit = (g["unit"] or g["unit2"] or g["unit3"] or g["unit4"]).lower()
        if unit == "week":
            ahead = 7 if which == "next" else 0
            return _week_start(reference) + timedelta(days=ahead + 4)
        this = (reference.year, reference.month)
        year, month = _next_month(reference) if which == "next" else this
        return _month_end(year, month)
    if kind in ("month", "month_named"):
        if kind == "month":
            year, month = (
                _next_month(reference)
                if g["which"].lower() == "next" or "following" in g["which"].lower()
                else (reference.year, reference.month)
            )
        else:
            year, month = _month_named(g["mon"], reference)
        part = (g["part"] or "end").lower()
        if part in ("start", "beginning", "early"):
            return date(year, month, 1)
        if part in ("middle", "mid"):
            return date(year, month, 15)
        return _month_end(year, month)
    if kind == "quarter":  # "the end of Q1", "by the end of the quarter": its last day
        if g.get("q"):
            first = (int(g["q"]) - 1) * 3 + 1
            year = reference.year + (1 if _month_end(reference.year, first + 2) < reference else 0)
        else:
            first = (reference.month - 1) // 3 * 3 + 1
            year = reference.year
            if g["which"].lower() == "next":
                year, first = (year + 1, 1) if first == 10 else (year, first + 3)
        part = (g["part"] or "end").lower()
        if part in ("start", "beginning", "early"):
            return date(year, first, 1)
        if part in ("middle", "mid"):
            return date(year, first + 1, 15)
        return _month_end(year, first + 2)
    if kind == "nth_next_month":  # "the 3rd of next month"
        year, month = _next_month(reference)
        day = min(_nth(g["day"]), _month_end(year, month).day)
        return date(year, month, day)
    if kind == "week_of":  # "the week of the 22nd": that week's Friday
        that = _day_of_month(_nth(g["day"]), reference, None)
        return _week_start(that) + timedelta(days=4) if that else None
    if kind == "nth":
        weekday = _weekday(g["wd"]) if g.get("wd") else None
        return _day_of_month(_nth(g["day"]), reference, weekday)
    if kind == "weekday_next_week":  # "Tuesday next week"
        return _week_start(reference) + timedelta(days=7 + _weekday(g["wd"]))
    if kind == "week_after_next":  # its Friday
        return _week_start(reference) + timedelta(days=14 + 4)
    if kind == "last_working":  # the period's last day, a working day (`_ends_a_period`)
        ahead = "next" in (g["which"] or "").lower() or "following" in (g["which"] or "").lower()
        unit = (g["unit"] or "").lower()
        if unit == "week":
            return _week_start(reference) + timedelta(days=(7 if ahead else 0) + 4)
        if unit == "quarter":
            first, year = (reference.month - 1) // 3 * 3 + 1, reference.year
            if ahead:
                year, first = (year + 1, 1) if first == 10 else (year, first + 3)
            return _month_end(year, first + 2)
        if unit == "month":
            this = (reference.year, reference.month)
            return _month_end(*(_next_month(reference) if ahead else this))
        return _month_end(*_month_named(g["mon"], reference))
    if kind == "weekday":
        return _weekday_day(g["which"] or g["after"], _weekday(g["wd"]), reference)
    if kind == "weekday_after_next":  # the coming one's weekday, a week on
        return reference + relativedelta(days=1, weekday=_DAY_OF[_weekday(g["wd"])](+2))
    if kind == "mid_month":  # the 15th of this month, or of the next once it is past
        middle = reference + relativedelta(day=15)
        return middle if middle > reference else middle + relativedelta(months=1)
    if kind == "numeric":
        return _numeric_day(int(g["a"]), int(g["b"]), reference)
    return None


def _after(start: date, n: int, unit: str, kind: str | None, business: BusinessCalendar) -> date:
    """`n` units ("days", "weeks", "fortnights", "months", "hours") after `start`; working
    days (`kind` "working" or "business") skip weekends and the calendar's holidays, and a
    working week is five of them."""
    unit = unit.lower().rstrip("s")
    if unit == "hour":
        return start + timedelta(days=-(-n // 24))
    if unit == "month":
        return _add_months(start, n)
    working = (kind or "").strip().lower() in ("working", "business")
    if unit in ("week", "fortnight"):
        weeks = n * (2 if unit == "fortnight" else 1)
        if working:  # "two working weeks": ten business days
            return business.add_business_days(start, weeks * 5)
        return start + timedelta(days=weeks * 7)
    if working:
        return business.add_business_days(start, n)
    return start + timedelta(days=n)


def _working_day_before(day: date, reference: date, business: BusinessCalendar) -> date:
    """The last working day before `day` (never before `reference`)."""
    found = day - timedelta(days=1)
    while found > reference and not business.is_business(found):
        found -= timedelta(days=1)
    return found


def _working_day_after(day: date, business: BusinessCalendar) -> date:
    """The first working day after `day`."""
    return business.next_business(day + timedelta(days=1))


# --- named public holidays ------------------------------------------------------------------

_MONTH_WORDS = frozenset(
    (
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december",
    )
)  # fmt: skip
_HOLIDAY_TOKEN = re.compile(r"[^\W_][\w'’-]*|[^\w\s]")


def _plain(word: str) -> str:
    """A word of a holiday's name as it is compared: lower case, without a possessive or an
    apostrophe, "st" as "saint", British "-our" as "-or" ("St Patrick's" -> "saint patrick",
    "Labour" -> "labor")."""
    low = re.sub(r"['’]s$|['’]", "", word.lower())
    if low == "st":
        return "saint"
    return low[:-3] + "or" if low.endswith("our") and len(low) > 4 else low


def _holiday_names(name: str, words: DecisionWords) -> list[tuple[frozenset[str], frozenset[str]]]:
    """Each name a holiday goes by ("Independence Day; Prophet's Birthday (estimated)" has two),
    as (all its words, the words that tell it from others: neither a word of
    [decision] holiday_words, a weekday nor a month)."""
    names = []
    for part in name.split(";"):
        part = re.sub(r"\([^)]*\)", " ", part)
        every = frozenset(_plain(w) for w in _HOLIDAY_TOKEN.findall(part) if w[0].isalnum())
        telling = frozenset(
            w for w in every - words.holiday_words if w not in _WEEKDAYS and w not in _MONTH_WORDS
        )
        names.append((every, telling))
    return names


def _holidays_ahead(
    reference: date, holiday: HolidayLookup, days: int = 366
) -> list[tuple[date, str]]:
    """The public holidays in the year after `reference`, in order."""
    ahead = (reference + timedelta(days=i) for i in range(1, days + 1))
    return [(day, name) for day in ahead if (name := holiday(day))]


def _holiday_run(tokens: list[str], every: frozenset[str], words: DecisionWords) -> list[str]:
    """The words at the start of `tokens` that say a holiday's name (each one of its words or
    of [decision] holiday_words), when they start with one of its own and what follows them
    ends the phrase (a stop, the end, or a word of holiday_followers); else none."""
    run: list[str] = []
    for token in tokens:
        plain = _plain(token)
        if not token[0].isalnum() or (plain not in every and plain not in words.holiday_words):
            break
        run.append(plain)
    if not run or run[0] not in every - words.holiday_words:
        return []
    rest = tokens[len(run) :]
    if rest and rest[0][0].isalnum() and _plain(rest[0]) not in words.holiday_followers:
        return []
    return run


def _holiday_days(
    text: str,
    reference: date,
    words: DecisionWords,
    holiday: HolidayLookup,
    business: BusinessCalendar,
) -> Iterator[tuple[int, int, str, date]]:
    """The days a named public holiday puts the decision on: "before Waitangi Day", "by the
    Navy Day holiday", "before the Easter long weekend" -> the last working day before that
    holiday and the days off around it; "after Labor Day" -> the first working day after them.
    The holiday is the nearest one (in the year after `reference`) whose name's telling words
    the phrase says most fully ("Independence Day" is the 4th of July, not Juneteenth National
    Independence Day); the names are the `holiday` lookup's."""
    relations = [(w, "before") for w in words.holiday_before] + [
        (w, "after") for w in words.holiday_after
    ]
    if not relations:
        return
    pattern = _relation_pattern(tuple(w for w, _ in relations))
    ahead: list[tuple[date, str]] | None = None
    for match in pattern.finditer(text):
        tokens = _HOLIDAY_TOKEN.findall(text, match.end(), match.end() + 120)
        if not tokens or not tokens[0][0].isalpha():
            continue
        if ahead is None:
            ahead = _holidays_ahead(reference, holiday)
        best: tuple[float, int, int, date] | None = None
        for index, (day, name) in enumerate(ahead):
            for every, telling in _holiday_names(name, words):
                run = _holiday_run(tokens, every, words)
                if not run:
                    continue
                if telling:
                    cover = len(telling & set(run)) / len(telling)
                elif (
                    every - words.holiday_words <= set(run)
                    and len(set(run) & words.holiday_words) > 0
                ):
                    cover = 1.0  # "the May bank holiday": May Day
                else:
                    continue
                if cover > 0 and (best is None or (cover, -index) > (best[0], -best[1])):
                    best = (cover, index, len(run), day)
        if best is None:
            continue
        _cover, _index, length, day = best
        end = _token_end(text, match.end(), length)
        relation = dict(relations)[" ".join(match.group("rel").lower().split())]
        found = (
            _working_day_before(day, reference, business)
            if relation == "before"
            else _working_day_after(day, business)
        )
        yield match.start(), end, "holiday", found


def _token_end(text: str, start: int, count: int) -> int:
    """The offset after the first `count` tokens from `start`."""
    end = start
    for token in _HOLIDAY_TOKEN.finditer(text, start):
        if count == 0:
            break
        end = token.end()
        count -= 1
    return end


@lru_cache(maxsize=4)
def _relation_pattern(relations: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(
        re.escape(r).replace(r"\ ", r"\s+") for r in sorted(relations, key=len, reverse=True)
    )
    return re.compile(rf"(?i)\b(?P<rel>{alternatives})\s+(?:(?:the|our|this|this\s+year's)\s+)?")


def _numeric_day(a: int, b: int, reference: date) -> date | None:
    """The day "a/b" names on or after the interview day, within half a year: month/day as in
    the US, or day/month when only that order is a date; of two readings, the nearer."""
    days = []
    for month, day in ((a, b), (b, a)):
        for year in (reference.year, reference.year + 1):
            try:
                when = date(year, month, day)
            except ValueError:
                continue
            if reference <= when <= reference + timedelta(days=183):
                days.append(when)
    return min(days) if days else None


def _candidates(
    text: str,
    reference: date,
    words: DecisionWords,
    business: BusinessCalendar,
    holiday: HolidayLookup | None = None,
) -> Iterator[tuple[int, int, str, date]]:
    # "by Tuesday the 16th of March" is the 16th, read as "Tuesday 16th of March" (the same
    # length, so every offset stays), never the next Tuesday
    dated = _WEEKDAY_THE.sub(lambda m: m.group("wd") + " " * len(m.group("the")), text)
    for match, day in days_in(dated, reference, past_days=0):
        yield match.start(), match.end(), "date", day
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            resolved = _resolve(kind, match, reference, words, business)
            if resolved is not None and _ends_a_period(kind, match):
                resolved = _business_on_or_before(resolved, reference, business)
            if resolved is not None:
                yield match.start(), match.end(), kind, resolved
    if holiday is not None:
        yield from _holiday_days(text, reference, words, holiday, business)


# Kinds that name a stretch of days rather than one ("early next week", "the end of the month")
_PERIODS = frozenset(
    {
        "week", "month", "period_out", "month_named", "quarter", "week_of", "week_after_next",
        "mid_month",
    }
)  # fmt: skip
_EXACT = frozenset(
    {
        "date", "nth", "nth_next_month", "weekday", "weekday_next_week", "numeric", "span_from",
        "weekday_week", "before_nth", "holiday", "last_working", "weekday_after_next",
        "weekday_after",
    }
)  # fmt: skip
# Stretches of a week, whose weekday said after them is that week's ("the week after next, on
# the Tuesday")
_WEEKS = frozenset({"week", "week_of", "period_out", "week_after_next"})


def _period(kind: str, day: date) -> tuple[date, date]:
    """The stretch a vague day stands for: its week (Monday to Sunday), month or quarter."""
    if kind in ("week", "week_of", "week_after_next") or (
        kind == "period_out" and day.weekday() < 5
    ):
        start = _week_start(day)
        return start, start + timedelta(days=6)
    if kind == "quarter":
        first = (day.month - 1) // 3 * 3 + 1
        return date(day.year, first, 1), _month_end(day.year, first + 2)
    return date(day.year, day.month, 1), _month_end(day.year, day.month)


def _narrowed(
    kind: str,
    day: date,
    end: int,
    text: str,
    found: list[tuple[int, int, str, date]],
    reference: date,
    words: DecisionWords,
) -> date:
    """`day`, or, when it only names a stretch ("so you'll hear from us early next week"), the
    exact day inside that stretch that the same sentence gives right after words of the
    decision ("we'll make a decision within three working days", "by the 21st") or right after
    the stretch ("early next week, probably Tuesday"): the exact words narrow the vague ones.
    A day tied to something else ("we see the last two on Monday next week") narrows
    nothing."""
    if kind not in _PERIODS:
        return day
    low = text.lower().replace("’", "'")
    cues = [m.start() for m in _cue_pattern(words.cues).finditer(low)]
    lo, hi = _period(kind, day)
    for start, stop, other, when in sorted(found):
        restated = (
            start >= end
            and _RESTATED.fullmatch(low, end, start) is not None
            and _RESTATED_END.match(low, stop) is not None
        )
        if restated and other == "weekday" and kind in _WEEKS:
            when = lo + timedelta(days=when.weekday())  # "next week (Thursday, I hope)"
        if other in _PERIODS or other in ("today", "tomorrow") or not lo <= when <= hi:
            continue
        if when < reference or (other == "span" and not _working_span(text, start)):
            continue
        governed = restated or any(
            cue < start and not any(cue <= s < start for s, _e, _k, _d in found) for cue in cues
        )
        if governed and other in _EXACT | {"span"}:
            return when
    return day


# What may stand between a stretch and the exact day that restates it: "early next week,
# probably Tuesday", "by the end of the month, say the 28th", "next week (Thursday)"
_RESTATED = re.compile(
    r"[\s,:(—–-]*(?:(?:probably|likely|most|maybe|perhaps|say|ideally|hopefully|so|on|by|"
    r"that's|that|is|i'd|i|think|guess|hope|the)[\s,]+){0,3}"
)

_RESTATED_END = re.compile(r"\s*(?:[.,;:)!?—–-]|$|at the latest|i hope|hopefully|or so)")


def _working_span(text: str, start: int) -> bool:
    """A span counted in days or working days ("within three working days"), exact enough to
    narrow a week; not "a couple of weeks"."""
    return bool(_DAYS_SPAN.match(text, start))


_DAYS_SPAN = re.compile(
    r"(?i)(?:a\s+)?\S+(?:\s+of)?(?:\s+(?:or|to|-)\s+\S+)?\s+(?:working\s+|business\s+|calendar\s+)?days?\b"
)


def _ends_a_period(kind: str, match: re.Match[str]) -> bool:
    """ "The end of next week", "the week after next": the working week's last working day
    (Thursday when Friday is a holiday), not a named day; a month ends on its last day."""
    if kind in ("week_after_next", "last_working"):
        return True
    if kind == "week":
        return (match.groupdict().get("part") or "end").lower() in ("end", "late")
    if kind == "period_out":  # "before the week is out": its last working day
        g = match.groupdict()
        return "week" in {(g[k] or "").lower() for k in ("unit", "unit2", "unit3", "unit4")}
    return False


def _business_on_or_before(day: date, reference: date, business: BusinessCalendar) -> date:
    """`day`, or the last working day before it (never before `reference`)."""
    found = day
    while found > reference and not business.is_business(found):
        found -= timedelta(days=1)
    return found if business.is_business(found) else day


def _ordinal_pattern(words: DecisionWords) -> re.Pattern[str] | None:
    if not words.ordinals:
        return None
    return _ordinal_regex(tuple(sorted(words.ordinals, key=len, reverse=True)))


_MONTH_NAME = MONTH.replace("(?P<mon>", "(?:")
_WEEKDAY_NAMES = "|".join(_WEEKDAYS)  # "by Friday the twenty-sixth"
_WEEKDAY_THE = re.compile(
    rf"(?i)\b(?P<wd>{_WEEKDAY_NAMES}),?(?P<the>\s+the)"
    rf"(?=\s+\d{{1,2}}(?:st|nd|rd|th)\s+of\s+{_MONTH_NAME})"
)


@lru_cache(maxsize=4)
def _ordinal_regex(ordinals: tuple[str, ...]) -> re.Pattern[str]:
    word = "|".join(re.escape(o).replace(r"\-", "[- ]") for o in ordinals)
    return re.compile(
        # "the ninth of December", "the first of next month"
        rf"(?i)\bthe\s+(?P<a>{word})(?=\s+of\s+(?:{_MONTH_NAME}|next\s+month|the\s+month))"
        rf"|\b{_MONTH_NAME}\s+(?:the\s+)?(?P<b>{word})\b"  # "December the ninth"
        rf"|\b(?:by|on|before|until|till|{_WEEKDAY_NAMES})\s+the\s+(?P<c>{word})\b(?!\s+[a-z])"
    )


def spelled_days(text: str, words: DecisionWords, after: int = 0) -> tuple[str, int]:
    """`text` with a day of the month spelt out written in digits ("the ninth of December"
    -> "the 9th of December", "by the seventeenth." -> "by the 17th."; data/debrief.toml
    [decision.ordinals]), and offset `after` moved with it."""
    pattern = _ordinal_pattern(words)
    if pattern is None:
        return text, after
    out: list[str] = []
    last = 0
    moved = after
    for match in pattern.finditer(text):
        group = next(k for k in "abc" if match.group(k))
        said = match.group(group)
        day = words.ordinals.get(re.sub(r"[- ]+", "-", said.lower()))
        if day is None:
            continue
        digits = f"{day}{_suffix(day)}"
        out.append(text[last : match.start(group)] + digits)
        if match.end(group) <= after:
            moved -= len(said) - len(digits)
        last = match.end(group)
    out.append(text[last:])
    return "".join(out), moved


def _suffix(day: int) -> str:
    if day in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


# Where a part of a sentence ends: "the board, which meets on the 30th, but …", "we'll decide
# by the 10th, and the start date would be …"
_CLAUSE_BREAK = re.compile(
    r"[,;:()\u2013\u2014]|\s-\s|\b(?:and|but|so|which|while|whereas|then|because|although|though)\b"
)


def _for_something_else(text: str, start: int, end: int, words: DecisionWords) -> bool:
    """The day at text[start:end] is said for something else than the decision: the part of
    the sentence that holds it says one of [decision] other_events or rounds ("the start date
    would be the 3rd of May", "the probation review is at six months") and no words of the
    decision."""
    if not words.others and not words.rounds:
        return False
    low = text.lower().replace("\u2019", "'")
    begin = max((m.end() for m in _CLAUSE_BREAK.finditer(low, 0, start)), default=0)
    stop = next((m.start() for m in _CLAUSE_BREAK.finditer(low, end)), len(low))
    if _cue_pattern(words.cues).search(low, begin, stop):
        return False
    return _says_any(low[begin:start] + " . " + low[end:stop], words.others + words.rounds)


# "the Thursday after", "the Monday after that": that weekday after a day said before it
_WEEKDAY_AFTER = re.compile(
    rf"(?i)\bthe\s+{_WD}\s+after(?:\s+that)?\b(?!\s+next)"
    r"(?=\s*(?:[,.;:!?)\u2013\u2014-]|$)|\s+(?:as|because|since|if|i|we|instead|then|please)\b)"
)


def _weekdays_after(
    text: str, found: list[tuple[int, int, str, date]], anchor: date | None
) -> Iterator[tuple[int, int, str, date]]:
    """The days "the Thursday after" names: that weekday after the day said last before it in
    the sentence ("on Tuesday, actually make that the Thursday after"), else after `anchor`
    (the day the sentence corrects); none when there is neither."""
    for match in _WEEKDAY_AFTER.finditer(text):
        before = [(e, d) for _s, e, _k, d in found if e <= match.start()]
        base = max(before)[1] if before else anchor
        if base is not None:
            day = base + relativedelta(days=1, weekday=_DAY_OF[_weekday(match.group("wd"))](+1))
            yield match.start(), match.end(), "weekday_after", day


# What may stand between a day of the month and the weekday said after it as its own ("15 May
# Thursday", "26 June, Friday", "2 July (Thursday)", "the 9th - a Friday")
_OWN_WEEKDAY_GAP = re.compile(
    r"[\s,(\u2013\u2014-]*(?:(?:a|an|on|that's|that\s+is|which\s+is)\s+)?"
)
_OWN_WEEKDAY_KINDS = frozenset({"weekday", "weekday_next_week"})


def _with_own_weekdays(
    text: str, found: list[tuple[int, int, str, date]]
) -> list[tuple[int, int, str, date]]:
    """`found` with a weekday said right after a day of the month that falls on it ("by 15 May
    Thursday", "26 June, Friday", "2 July (Thursday)") read as part of that day: one day, its
    weekday said after it as Turkish, Indonesian and others write it, never another ("the
    next Thursday" before the date)."""
    low = text.lower()
    dated = [f for f in found if f[2] not in _OWN_WEEKDAY_KINDS and f[2] not in _PERIODS]
    out = list(found)
    for weekday in (f for f in found if f[2] in _OWN_WEEKDAY_KINDS):
        for day in dated:
            gap = _OWN_WEEKDAY_GAP.fullmatch(low, day[1], weekday[0])
            if day[1] <= weekday[0] and gap and day[3].weekday() == weekday[3].weekday():
                out.remove(weekday)
                out[out.index(day)] = (day[0], weekday[1], day[2], day[3])
                break
    return out


def _corrected(
    text: str, first: tuple[int, int], found: list[tuple[int, int, str, date]], words: DecisionWords
) -> date | None:
    """The day a sentence says again right after the one at `first` (start, end) to correct
    it: "on Tuesday — actually, make that the Thursday after", "by next Tuesday, sorry, I mean
    Thursday" ([decision] corrections, close after the first day, then a day)."""
    low = text.lower().replace("\u2019", "'")
    said = _phrase_pattern(words.corrections).search(low, first[1])
    if said is None or said.start() - first[1] > 25 or low.startswith(" of", said.end()):
        return None
    again = sorted((s, -e, d) for s, e, _k, d in found if s >= said.end())
    return again[0][2] if again else None


def day_said(
    text: str,
    reference: date,
    words: DecisionWords,
    holiday: HolidayLookup | None = None,
    after: int = 0,
    anchor: date | None = None,
) -> date | None:
    """The day the text names, resolved against `reference` (the interview day): the first
    one at or after offset `after` (where the text speaks of the decision), else the nearest
    one before it ("By Friday we'll have decided"); never a day before `reference`, and never
    "today" said before the decision words; a day the same sentence corrects right after it
    gives way to the correction ("on Tuesday, actually make that the Thursday after"); a day
    said for something else (`_for_something_else`: "the start date would be the 3rd of
    May") is none. `anchor` is the day a correcting sentence corrects ("Sorry, make that the
    Thursday after": the Thursday after it). None when the text names none."""
    business = BusinessCalendar(holiday or (lambda _day: None), "")
    text, after = spelled_days(text, words, after)
    found = [
        f
        for f in _candidates(text, reference, words, business, holiday)
        if not _for_something_else(text, f[0], f[1], words)
    ]
    found = _with_own_weekdays(text, found)
    found += list(_weekdays_after(text, found, anchor))
    later = sorted((s, -e, k, d) for s, e, k, d in found if s >= after and d >= reference)
    if later:
        again = _corrected(text, (later[0][0], -later[0][1]), found, words)
        if again is not None and again >= reference:
            return again
        start, end, kind, day = later[0]
        return _narrowed(kind, day, -end, text, found, reference, words)
    earlier = sorted(
        ((-e, s, k, d) for s, e, k, d in found if s < after and d > reference and k != "today")
    )
    if not earlier:
        return None
    _end, start, _kind, day = earlier[0]
    # "We'll decide the week after next, on the Tuesday, and call you that day": a day that
    # restates the stretch before it is read inside that stretch
    low = text.lower().replace("’", "'")
    for _s, e, k, d in found:
        if k in _PERIODS and e <= start and _RESTATED.fullmatch(low, e, start) is not None:
            return _narrowed(k, d, e, text, found, reference, words)
    return day
