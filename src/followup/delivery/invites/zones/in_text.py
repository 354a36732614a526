"""Zone clues in text: a time with a zone after it ("2:00 PM CST", "14:00 (GMT+1)"), a zone
named on its own ("Central Time"), a city after an offset ("(GMT+00:00) London"), a state and
its postcode or a city in an address, and the zone of the country the other clues point to."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from followup.delivery.invites.clock import _HOUR24, _TIME_RE, _after_range, _clock_of
from followup.delivery.invites.common import MAX_SCAN, UPPER, _Ctx, _Found, _Vocab
from followup.delivery.invites.zones.choice import (
    Clue,
    ZoneChoice,
    _city_zone,
    _most_people,
    _town_named,
    kept_in_many,
)
from followup.delivery.invites.zones.countries import _state_zone, country_clues, postcode_city
from followup.delivery.invites.zones.country_clock import country_clock_zone
from followup.delivery.invites.zones.tables import (
    _in_zone,
    _valid_zone,
    _zone_cities,
    _zone_countries,
    city_rows,
    city_zone,
    country_names,
    main_zone,
    region_zone,
)


def _same_clock_at_address(found: _Found, ctx: _Ctx, text: str) -> None:
    """A zone named by a clock shared across a border ("Eastern Time" -> America/New_York)
    with an address in the other country ("Laval, QC H7S 1P9"): the address's zone, when it
    keeps the same clock on the day (America/Toronto)."""
    from zoneinfo import ZoneInfo

    state = _state_zone(found.location or text, ctx.vocab)
    if state is None or found.tz is None or found.day is None or found.clock is None:
        return
    zone, country = state[0], state[1]
    if zone == found.tz:
        return
    noon = datetime.combine(found.day, found.clock)
    if (
        noon.replace(tzinfo=ZoneInfo(zone)).utcoffset()
        != noon.replace(tzinfo=ZoneInfo(found.tz)).utcoffset()
    ):
        return
    found.notes.append(f"time zone {zone}: the clock named, at the address in {state[2]}")
    found.tz, found.country = zone, country


def address_subdiv(found: _Found, ctx: _Ctx, text: str) -> None:
    """The state or province of the address the invite gives ("Columbus, OH 43215" -> OH,
    "Docklands VIC 3008" -> VIC), whose public holidays count as the country's do."""
    state = _state_zone(found.location or text, ctx.vocab) or _state_zone(text, ctx.vocab)
    if state is not None:
        found.subdiv = (state[1], state[2])


def zone_from_country(found: _Found, ctx: _Ctx, text: str) -> None:
    """A mail without a calendar whose zone is unknown or only a wide name ("CET"): the zone of
    the country the strongest clue points to (a phone number's code, a city, a domain), when
    that country has one zone (or one at the offset read)."""
    if found.start is not None or found.day is None or found.clock is None:
        return
    if found.tz is not None:
        _same_clock_at_address(found, ctx, text)
    if found.tz is not None and found.zone_direct:
        return
    if found.tz is None:
        state = _state_zone(found.location or text, ctx.vocab)
        if state is not None:
            found.tz, found.zone_direct, found.country = state[0], True, state[1]
            found.notes.append(f"time zone {state[0]}: the address is in {state[2]}")
            return
    clues = country_clues(found, ctx, text)
    if found.tz is None and _city_in_address(found, ctx, text, [c.country for c in clues]):
        return
    if found.tz is not None:
        _country_of_zone_word(found, ctx, text, clues)
        return
    if not clues:
        return
    country = clues[0].country
    zones = sorted(z for z, c in _zone_countries().items() if c == country)
    noon = datetime.combine(found.day, found.clock)
    if len(zones) != 1:
        main = main_zone(country, noon)
        if main is None:
            return
        found.tz, found.zone_direct, found.country = main, True, country
        found.notes.append(
            f"time zone {main}: {clues[0].why} points to {country}, and most of its people "
            "keep that clock (a guess: the invite names no zone)"
        )
        return
    found.tz, found.zone_direct, found.country = zones[0], True, country
    found.notes.append(f"time zone {zones[0]}: {clues[0].why} points to {country}")


def _country_of_zone_word(found: _Found, ctx: _Ctx, text: str, clues: list[Clue]) -> None:
    """A zone the text names by a word, and its country. A word several countries keep ("14:00
    CET", "MEZ", "(GMT+1)"): the zone of the country the strongest clue points to (an address,
    a phone number, a town, the mail domain, the language) that keeps that clock then, else a
    guess said to be one. A word one zone owns ("Irish time", "Pacific Time"): the zone of the
    first clue's country that keeps the same clock ("Pacific Time" and a Vancouver address),
    else the zone's own country."""
    from zoneinfo import ZoneInfo

    assert found.tz is not None and found.day is not None and found.clock is not None
    start = datetime.combine(found.day, found.clock, tzinfo=ZoneInfo(found.tz))
    vocab = ctx.vocab
    word = found.zone_word or found.tz
    choice = kept_in_many(
        found.tz, word, start, clues, text, vocab.shared_zone_words, vocab.offset_guesses
    )
    meanings = _meanings(word, found.tz)
    if choice is None and len(meanings) > 1:  # "IST": India, Israel or Ireland, as a clue says
        choice = next(
            (
                ZoneChoice(zone, clue.country, False, f"country {clue.country}: {clue.why}")
                for clue in clues
                for zone in meanings
                if _zone_countries().get(zone) == clue.country
            ),
            None,
        )
        if choice is None:
            return
    if choice is None:
        choice = _same_clock_in(found.tz, start, clues, text)
    if choice is None:
        country = _zone_countries().get(found.tz)
        choice = ZoneChoice(found.tz, country) if country else None
    if choice is None or choice.country is None:
        return
    if choice.zone != found.tz:
        found.notes.append(f"time zone {choice.zone}: the text gives the time as {word}")
    found.tz, found.country, found.zone_direct = choice.zone, choice.country, True
    found.country_guessed = choice.guessed
    if choice.note:
        found.notes.append(choice.note)


def _meanings(word: str, zone: str) -> tuple[str, ...]:
    """The zones a zone word may mean ("IST": Asia/Kolkata, Asia/Jerusalem, Europe/Dublin);
    `zone` alone for a word of one meaning."""
    from followup.core.zones import AmbiguousZone, UnknownZone, resolve_zone

    try:
        resolve_zone(word)
    except AmbiguousZone as error:
        return tuple(error.choices)
    except (UnknownZone, ValueError):
        pass
    return (zone,)


def _same_clock_in(zone: str, start: datetime, clues: list[Clue], text: str) -> ZoneChoice | None:
    """The zone of the first clue's country that keeps `zone`'s clock at `start` (`zone`
    itself when it is that country's; of several, the one whose city the text names, else the
    one most people keep); None when no clue's country does."""
    from zoneinfo import ZoneInfo

    offset = start.utcoffset()
    for clue in clues:
        if _zone_countries().get(zone) == clue.country:  # "UK time" and a .co.uk sender
            return ZoneChoice(zone, clue.country)
        zones = [
            z
            for z, c in _zone_countries().items()
            if c == clue.country and start.astimezone(ZoneInfo(z)).utcoffset() == offset
        ]
        if zones:
            chosen = _city_zone(zones, text) or _most_people(zones)
            return ZoneChoice(chosen, clue.country, False, f"country {clue.country}: {clue.why}")
    # no clue: a town the text names as the place ("at our Toronto office", "in Aarhus.")
    clocks: dict[str, list[str]] = {}
    for z, c in _zone_countries().items():
        if start.astimezone(ZoneInfo(z)).utcoffset() == offset:
            clocks.setdefault(c, []).append(z)
    town = _town_named(text, list(clocks))
    if town is None or town[1] == _zone_countries().get(zone):
        return None
    chosen = _city_zone(clocks[town[1]], text) or _most_people(clocks[town[1]])
    return ZoneChoice(chosen, town[1], False, f"country {town[1]}: {town[0]} is in it")


# A city in an address or named as the place: "75 Binney Street in Boston,", "our Denver
# office", "400 Congress Avenue, Austin" (a line's end), "Location: Tempe"
_CITY_WORDS = r"[A-Z][a-zà-ÿ'’.-]+(?:[ \t]+[A-Z][a-zà-ÿ'’.-]+){0,2}"


_CITY_IN_TEXT = re.compile(
    # … and the prepositions of other languages ("en nuestras oficinas de Cancún.", "em
    # Manaus,", "à Québec.", "di kantor Makassar."): a city only when the tz database's
    # cities of the clues' country name it (`zone_of_place`)
    rf"(?:\b(?:in|at|near|en|em|de|à|di|kantor|w|v|ve)[ \t]+(?:our[ \t]+|the[ \t]+)?"
    rf"(?P<a>{_CITY_WORDS})"
    r"(?=[ \t]+office\b|[ \t]*[,.\n])"
    rf"|,[ \t]*(?P<b>{_CITY_WORDS})[ \t]*(?:$|\n|,[ \t]*(?:USA?|United States)\b)"
    rf"|\b\d{{4,5}}(?:[ \t][A-Z]{{2}})?[ \t]+(?P<c>{_CITY_WORDS})[ \t]*(?=$|\n|,)"
    rf"|\bto[ \t]+our[ \t]+(?P<d>{_CITY_WORDS})[ \t]+office\b"
    # "…, Montréal (Québec) H3B 4W8", "…, Calgary AB T2P 1J9": the city before a postcode
    rf"|,[ \t]*(?P<e>{_CITY_WORDS})[ \t]*(?:\([^()\n]{{2,30}}\)[ \t]*|[A-Z]{{2}}[ \t]+)?"
    r"(?=[A-Z]\d[A-Z][ \t]?\d[A-Z]\d\b))",
    re.MULTILINE,
)


def zone_of_place(
    location: str, text: str, vocab: _Vocab, countries: list[str]
) -> tuple[str, str, str] | None:
    """(zone, country, why) of the place the invite names: an address's state and postcode
    ("Columbus, OH 43215"), else a city in the location or an address in the text, in a country
    of several zones too ("Denver" with no state: America/Denver) — the city of that name in
    the country the other clues point to, else the most populous one."""
    state = _state_zone(location or text, vocab)
    if state is not None:
        return state[0], state[1], f"the address is in {state[2]}"
    for source in (location, text[:MAX_SCAN]):
        city = postcode_city(source or "", vocab)  # "Rue de la Loi 42, 1040 Bruxelles"
        if city is not None:
            return city[0], city[1], f"the address is in {city[2]}"
        for match in _CITY_IN_TEXT.finditer(source or ""):
            named = next((g for g in match.group("a", "b", "c", "d", "e") if g), None)
            words = (named or "").split()
            for size in range(len(words), 0, -1):  # "Salt Lake City", then shorter
                for start in range(len(words) - size + 1):
                    name = " ".join(words[start : start + size]).rstrip(".")
                    zone = city_zone(name, countries) or _by_other_name(name, countries)
                    if zone is not None:
                        return zone[0], zone[1], f"the address is in {name}"
    return None


BIG_CITY = 300_000  # a city so big that its other names ("München") name it anywhere


def _by_other_name(name: str, countries: list[str]) -> tuple[str, str] | None:
    """(zone, country) of the city `name` is another name of ("Göteborg", "München"): one in
    a country the clues point to; with no clue, one of BIG_CITY people or more ("Noordwijk", a
    Dutch town, is also an old name of Jayapura's)."""
    rows = [r for r in city_rows(name) if (r[1] in countries if countries else r[0] >= BIG_CITY)]
    return (rows[0][2], rows[0][1]) if rows else None


def _city_in_address(found: _Found, ctx: _Ctx, text: str, countries: list[str]) -> bool:
    """The zone of the place the invite names (`zone_of_place`), taken; False when none."""
    place = zone_of_place(found.location or "", text, ctx.vocab, countries)
    if place is None:
        return False
    found.tz, found.country, why = place
    found.zone_direct = True
    found.notes.append(f"time zone {place[0]}: {why}")
    return True


def _city_after_offset(zone: str | None, text: str, day: date | None) -> str | None:
    """'(GMT+00:00) London': the city's zone, when the offset read is the city's on that day;
    else `zone` as it was."""
    if zone is None or day is None or not (zone == "UTC" or zone.startswith("Etc/")):
        return zone
    from zoneinfo import ZoneInfo

    cities = _zone_cities()
    for word in re.findall(r"[A-Z][a-z]+(?:[ _][A-Z][a-z]+)?", text):
        city = cities.get(word.replace(" ", "_").lower())
        if city is None:
            continue
        noon = datetime(day.year, day.month, day.day, 12)
        if (
            noon.replace(tzinfo=ZoneInfo(city)).utcoffset()
            == noon.replace(tzinfo=ZoneInfo(zone)).utcoffset()
        ):
            return city
    return zone


def zone_from_text(
    text: str, start: datetime, ctx: _Ctx, country: str | None = None
) -> tuple[str, str, bool, str] | None:
    """The interviewer's zone for a start given in UTC, from the text: a time with a zone after
    it that is the start's time in that zone ("2:00 PM CST": of the zones CST may mean, the one
    where 20:00 UTC is 2 PM), else the first such zone, else a zone named on its own ("Central
    Time"). Returns the zone, how it was found, whether the text's time agrees with the start
    (then the zone's country is taken too), and the word the text names it by ("CET")."""
    text = text[:MAX_SCAN]
    first: str | None = None
    first_said = ""
    # the start's own UTC said again ("8pm – 9pm (Coordinated Universal Time)", a calendar's
    # summary line) agrees, but says less than a zone of a place said later ("2:00 PM CST")
    in_utc: tuple[str, str, bool, str] | None = None
    for seen, match in enumerate(_times_in(text)):
        if seen >= 200:
            break
        after = _whole_words(_after_range(text[match.end() : match.end() + 80]), 40)
        said = _clock_of(match)
        if seen < MAX_CITY_TIMES:  # "10:00 waktu Kuala Lumpur", "10:00 بتوقيت الرياض"
            city = _city_after_time(after, start, said.hour, said.minute)
            if city is not None and not _region_word(city[1], ctx.vocab):
                zone, name = city
                how = f"the text gives the time as {_as_said(match, after, ctx.vocab)} in {name}"
                return zone, how, True, zone
        # an offset ("(GMT+1)", "(UTC+01:00)", "GMT") only when it is the start's time there
        choices = zone_choices_in_text(after, ctx, country)
        # "10:00 (ora italiana)", "(giờ Việt Nam, GMT+7)": a country's clock, any language,
        # when no zone's own name is written there ("Mountain Time (US & Canada)")
        clock = (
            country_clock_zone(after, start, said.hour, said.minute, ctx.vocab, country)
            if seen < MAX_CITY_TIMES and all(z.startswith("Etc/") for z in choices)
            else None
        )
        if clock is not None:
            zone, _code, words = clock
            how = f"the text gives the time as {match.group(0).strip()} ({words})"
            return zone, how, True, zone
        for index, zone in enumerate(choices):
            wall = _wall(start, zone)
            if index and _an_hour_off(_wall(start, choices[0]), said.hour, said.minute):
                break  # "10:00 AM Central Time" an hour off Chicago's: a slip, not Havana's
            if (wall.hour, wall.minute) == (said.hour, said.minute):
                named = ctx.vocab.tz_re.search(after)
                word = named.group(0).strip(" ()") if named else zone
                said_as = _as_said(match, after, ctx.vocab)
                agreed = zone, f"the text gives the time as {said_as}", True, word
                if not _universal(zone):
                    return agreed
                in_utc = in_utc or agreed
        if first is None:
            first = next((z for z in choices if not z.startswith("Etc/")), None)
            first_said = _as_said(match, after, ctx.vocab)
    if in_utc is not None:
        return in_utc
    if first is not None:
        if start.tzinfo is None:  # a floating start the text's time does not agree with
            return None
        wall = _in_zone(start, first)
        how = (
            f"a time zone named next to a time in the text; the text says {first_said}, but "
            f"the start, {start:%H:%M} UTC, is {wall:%H:%M} there: the text and the calendar "
            "disagree, check the time"
        )
        return first, how, False, first
    alone = _zone_in_text(text, ctx, country) if start.tzinfo is not None else None
    if alone is not None and not alone.startswith("Etc/"):
        return alone, "a time zone named in the text", False, alone
    return None


def _region_word(name: str, vocab: _Vocab) -> bool:
    """`name` names a zone's region, no city: "Central" of "CST (Central Time)" (a town in
    Louisiana is called so too), "Eastern", "Pacific"."""
    return vocab.tz_re.fullmatch(f"{name} Standard Time") is not None


def _universal(zone: str) -> bool:
    """`zone` is UTC itself ("UTC", "Etc/UTC", "Etc/GMT"), no place's clock."""
    return zone in ("UTC", "GMT", "Etc/UTC", "Etc/GMT", "Etc/Universal", "Etc/Zulu", "Etc/GMT+0")


# a 24-hour time with a full stop and no word that says it is one ("เวลา: 10.00 – 11.00 น.",
# "Waktu: 15.00 WIB"): read only for the zone written after it, which must agree with the start
_DOTTED_TIME = re.compile(rf"(?<![\d.:,])(?P<hs>{_HOUR24})\.(?P<ms>[0-5]\d)(?![\d]|\.\d)")


def _times_in(text: str) -> list[re.Match[str]]:
    """The times of day `text` writes (`_TIME_RE`'s, and 24-hour times with a full stop that
    none of those covers), in the order written."""
    times = list(_TIME_RE.finditer(text))
    spans = [(m.start(), m.end()) for m in times]
    for seen, match in enumerate(_DOTTED_TIME.finditer(text)):
        if seen >= 200:
            break
        if not any(a < match.end() and match.start() < b for a, b in spans):
            times.append(match)
    return sorted(times, key=lambda m: m.start())


def _wall(start: datetime, zone: str) -> datetime:
    """The wall-clock time of `start` in `zone`; a floating start is its own."""
    return start if start.tzinfo is None else _in_zone(start, zone)


def _whole_words(text: str, width: int) -> str:
    """`text` cut at `width` characters, or past them to the end of the word or the offset
    that runs over it ("(GMT-05:00)" whole, never "(GMT-0", a zone of its own)."""
    if len(text) <= width:
        return text
    tail = re.match(r"[^\s()\[\]]*[)\]]?", text[width:])
    return text[: width + (tail.end() if tail else 0)]


MAX_CITY_TIMES = 12  # the text's first times a city after them is looked up for
MAX_CITY_WORDS = 8  # the words after a time that may name its city
_CITY_WORD = re.compile(r"[^\W\d_][\w.-]*")


def _city_after_time(after: str, start: datetime, hour: int, minute: int) -> tuple[str, str] | None:
    """(zone, the city as written) of a city the words right after a time name, in any
    language or script (GeoNames' names and other names of a city), whose zone makes the start
    (in UTC) that time: "10:00 waktu Kuala Lumpur", "10:00 بتوقيت الرياض", "10:00 (İstanbul
    saati)". Up to the line's end; a word of a cased script is a city's only with a capital
    (a case ending after an apostrophe is left out: "İstanbul'da"). None when none is."""
    line = after.split("\n", 1)[0]
    for said in _CITY_ZEIT.finditer(line):  # "10:00 Uhr (Wiener Zeit)": Wien's clock
        for name in _nominatives(said.group("city"), _GERMAN_DEMONYMS)[1:]:
            for _people, _country, zone in city_rows(name):
                wall = _wall(start, zone)
                if (wall.hour, wall.minute) == (hour, minute):
                    return zone, name
    words = [re.split(r"['’]", w, maxsplit=1)[0].rstrip(".-") for w in _CITY_WORD.findall(line)]
    words = words[:MAX_CITY_WORDS]
    for index in range(len(words)):
        for size in (3, 2, 1):
            span = words[index : index + size]
            if len(span) < size or any(w[:1].islower() for w in span):
                continue
            name = " ".join(span)
            for _people, _country, zone in city_rows(name):
                wall = _wall(start, zone)
                if (wall.hour, wall.minute) == (hour, minute):
                    return zone, name
    return None


def _as_said(clock: re.Match[str], after: str, vocab: _Vocab) -> str:
    """The time and the zone's words after it, as the text writes them ("2:00 PM CST", "9:30
    a.m. Eastern", "14:00 (GMT+1)"), never cut inside a word or before a bracket closes."""
    time = re.sub(r"(?i)^(?:at|@)[ \t]+", "", clock.group(0).strip())  # "at 2:00 PM"
    named = vocab.tz_re.search(after)
    if named is None:
        return time
    end = named.end()
    if after[:end].count("(") > after[:end].count(")") and after[end : end + 1] == ")":
        end += 1
    return f"{time}{after[:end].rstrip()}"


def _an_hour_off(wall: datetime, hour: int, minute: int) -> bool:
    """The text's clock is an hour off the start's in the zone a name most likely means: a
    daylight-saving slip of the sender's, not another country's clock that agrees."""
    said = wall.replace(hour=hour, minute=minute)
    return abs((wall - said).total_seconds()) in (3600, 23 * 3600)


def _zone_in_text(text: str, ctx: _Ctx, country: str | None = None) -> str | None:
    """The zone first named in `text`: an IANA name, a whole-hour UTC offset, or a name
    `core.zones.resolve_zone` knows, for `country` (an ambiguous one without a country that
    decides: its most common meaning)."""
    found = zone_choices_in_text(text, ctx, country)
    return found[0] if found else None


def zone_choices_in_text(text: str, ctx: _Ctx, country: str | None = None) -> tuple[str, ...]:
    """The zones the name first found in `text` may mean, most likely first (one, unless the
    name is ambiguous for `country`, as "CST" and "IST" are without one)."""
    return zone_word_in_text(text, ctx, country)[0]


def zone_word_in_text(
    text: str, ctx: _Ctx, country: str | None = None
) -> tuple[tuple[str, ...], str | None]:
    """`zone_choices_in_text`, and the word the zone is named by ("CET", "Irish time",
    "GMT+1"); the word is None when the zone names its own place (an IANA name, a city's
    clock: "13:00 (Oslo time)", a region's label after an offset)."""
    from followup.core.zones import AmbiguousZone, UnknownZone, resolve_zone

    match = ctx.vocab.tz_re.search(text)
    if not match:
        city = city_clock(text, ctx.vocab)  # "13:00 (Oslo time)", "15:00 Lisbon time"
        return ((city[0],) if city else ()), None
    if match.group("iana"):
        return ((match.group("iana"),) if _valid_zone(match.group("iana")) else ()), None
    if match.group("offset"):  # "(GMT-05:00) Eastern Time": the region's zone, not Etc/GMT+5
        region = _label_after_offset(match.group("offset"), text[match.end() :], ctx.vocab)
        if region is not None:
            return (region,), None
    word = match.group("offset") or match.group("abbr") or match.group("phrase") or ""
    if match.group("offset"):  # "(UTC+05:30)", "GMT+5:45": the zones that keep it
        odd = _odd_offset_zones(match.group("offset"), country)
        if odd:
            return odd, None
    qualified = _qualified(word, text[match.end() : match.end() + 60], text[: match.start()])
    if qualified is not None:  # "IST (India)", "CST (China)": the country in brackets says
        return (qualified[0],), qualified[1]
    try:
        return (resolve_zone(word, country),), word.strip(" ()")
    except AmbiguousZone as error:
        return tuple(error.choices), word.strip(" ()")
    except UnknownZone:
        return (), None


def _odd_offset_zones(offset: str, country: str | None) -> tuple[str, ...]:
    """The zones that keep an offset of hours and minutes ("UTC+05:30": Asia/Kolkata,
    Asia/Colombo) in winter or summer, `country`'s first, then by their people; none for a
    whole hour's (an Etc/ zone of its own)."""
    from zoneinfo import ZoneInfo

    value = _OFFSET_VALUE.search(offset)
    if value is None or not int(value.group("minutes") or 0):
        return ()
    minutes = int(value.group("hours")) * 60 + int(value.group("minutes"))
    minutes = -minutes if value.group("sign") in "-−" else minutes
    year = datetime.now().year
    seasons = [datetime(year, month, 15) for month in (1, 7)]
    keeping = [
        zone
        for zone in _zone_countries()
        if any((ZoneInfo(zone).utcoffset(d) or 0) == _minutes(minutes) for d in seasons)
    ]
    ordered: list[str] = []
    while keeping:
        ours = [z for z in keeping if _zone_countries().get(z) == country]
        best = _most_people(ours or keeping)
        ordered.append(best)
        keeping.remove(best)
    return tuple(ordered)


def _minutes(minutes: int) -> timedelta:
    return timedelta(minutes=minutes)


# a country's or a city's name in brackets after a zone's word ("IST (India)", "AEST
# (Brisbane)"), or before it in the same brackets ("(Brisbane, AEST)")
_BRACKET_AFTER = re.compile(
    r"^[ \t]*\)?[ \t]*[(\[][ \t]*(?P<place>[A-Z][^()\[\]\n,]{1,40}?)[ \t]*[)\]]"
)
_BRACKET_BEFORE = re.compile(r"[(\[][ \t]*(?P<place>[A-Z][^()\[\]\n,]{1,40}?)[ \t]*,[ \t]*$")
# a city after a dash ("Central European Summer Time - Copenhagen", "Pacific Time – Vancouver",
# Google Calendar's and the scheduling services' way of naming the zone they show)
_DASH_AFTER = re.compile(
    r"^[ \t]*[-–—][ \t]*(?P<place>[A-ZÀ-Þ][\w'’.]*(?:[ \t-][A-ZÀ-Þ][\w'’.]*){0,2})(?![\w])"
)
# a place in brackets said to be a clock ("(Stockholm time)", "(hora de Santiago)")
_PLACE_TIME = re.compile(
    r"^(?i:(?:hora|heure|ora|horário)[ \t]+d[eia][ \t]+)?(?P<place>.+?)"
    r"(?i:[ \t]+(?:time|zeit|tid|aika|tijd|czas))?$"
)


def _qualified(word: str, after: str, before: str = "") -> tuple[str, str] | None:
    """(zone, the word as said) of a zone's word that a place in brackets qualifies: a
    country ("IST (India)" -> Asia/Kolkata, "IST (Israel)" -> Asia/Jerusalem) that keeps a
    zone the word means, or a city whose zone keeps the word's clock in winter or summer
    ("AEST (Brisbane)", "(Brisbane, AEST)" -> Australia/Brisbane); None otherwise."""
    from zoneinfo import ZoneInfo

    from followup.core.zones import AmbiguousZone, UnknownZone, resolve_zone

    bracket = (
        _BRACKET_AFTER.match(after)
        or _DASH_AFTER.match(after)
        or _BRACKET_BEFORE.search(before[-60:])
    )
    if bracket is None or not word.strip(" ()"):
        return None
    said = _PLACE_TIME.match(bracket.group("place").strip())
    place = said.group("place").strip() if said else bracket.group("place").strip()
    code = country_names().get(place)
    city = None if code else city_zone(place, other_names=True)
    code = code or (city[1] if city else None)
    if code is None:
        return None
    try:
        zone = resolve_zone(word, code)
    except (AmbiguousZone, UnknownZone, ValueError):
        zone = None
    if zone is None or _zone_countries().get(zone) != code:
        if city is None:
            return None
        try:  # "Central European Time - Stockholm": a region's word, a city in a country
            zone = resolve_zone(word)  # whose zone it does not name; the city keeps its clock
        except (AmbiguousZone, UnknownZone, ValueError):
            return None
    if city is not None and city[0] != zone:
        year = datetime.now().year
        seasons = [datetime(year, month, 15) for month in (1, 7)]
        if not any(ZoneInfo(city[0]).utcoffset(d) == ZoneInfo(zone).utcoffset(d) for d in seasons):
            return None
        zone = city[0]
    return zone, f"{word.strip(' ()')} ({place})"


# "13:00 (Oslo time)", "15:00 Lisbon time", "hora de Lisboa", "heure de Paris", "ora di Roma",
# "по времени Актобе", "по времени Новосибирска" (Russian, the city's name in the genitive
# case): a city whose clock the time is given by
_CITY_CLOCK = re.compile(
    r"(?:\b(?:hora|horário|heure|ora)[ \t]+d[eia][ \t]+(?P<a>[A-ZÀ-Þ][\w'’.-]+(?:[ \t-]"
    r"(?:(?:de|del|la)[ \t]+)?[A-ZÀ-Þ][\w'’.-]+){0,2})"
    r"|(?<![\w])(?P<b>[A-ZÀ-Þ][\w'’.-]+(?:[ \t-][A-ZÀ-Þ][\w'’.-]+){0,2})[ \t]+(?i:time)\b"
    rf"|(?<![\w])(?i:по[ \t]+времени)[ \t]+(?P<c>[{UPPER}][\w-]+(?:[ \t-][{UPPER}][\w-]+)?)"
    # "(Rīgas laiks)", "Tallinna aja järgi", "Vilniaus laiku": the city in the genitive before
    # Latvian's, Estonian's or Lithuanian's word for time
    rf"|(?<![\w])(?P<d>[{UPPER}][\w-]+)[ \t]+(?i:laiks|laikā|aeg|aja[ \t]+järgi|laiku|laikas)\b"
    # "Wiener Zeit", "Zürcher Ortszeit": German's adjective of the city before its word for time
    r"|(?<![\w])(?P<e>[A-ZÄÖÜ]\w+er)[ \t]+(?:Zeit|Ortszeit)\b)"
)
_CITY_ZEIT = re.compile(r"(?<![\w])(?P<city>[A-ZÄÖÜ]\w+er)[ \t]+(?:Zeit|Ortszeit)\b")

# the endings of a German adjective of a city and the city's own ("Wiener" -> "Wien",
# "Berliner" -> "Berlin", "Münchner" -> "München", "Bremer" -> "Bremen", "Basler" -> "Basel",
# "Zürcher" -> "Zürich")
_GERMAN_DEMONYMS = (("er", ""), ("ner", "en"), ("er", "en"), ("ler", "el"), ("cher", "ich"))

# the genitive endings of a Latvian, Estonian or Lithuanian city's name and the nominative's
# ("Rīgas" -> "Rīga", "Tallinna" -> "Tallinn", "Vilniaus" -> "Vilnius", "Kauno" -> "Kaunas")
_BALTIC_GENITIVES = (("s", ""), ("a", ""), ("aus", "us"), ("o", "as"), ("ės", "ė"))

# a Russian city's name in the genitive case and its ending in the nominative, the one a
# table of cities writes ("Новосибирска" -> "Новосибирск", "Астаны" -> "Астана", "Ярославля"
# -> "Ярославль"); a name that does not decline ("Актобе", "Алматы") is looked up as written
_GENITIVE_ENDINGS = (("а", ""), ("ы", "а"), ("и", "а"), ("я", "ь"), ("и", "я"))


def _nominatives(name: str, endings: tuple[tuple[str, str], ...] = _GENITIVE_ENDINGS) -> list[str]:
    """`name` as written, and the nominative forms a genitive may be of (Russian's endings
    unless others are given)."""
    return [name] + [
        name[: -len(ending)] + nominative
        for ending, nominative in endings
        if name.endswith(ending) and len(name) > len(ending) + 2
    ]


def city_clock(text: str, vocab: _Vocab) -> tuple[str, str, str] | None:
    """(zone, country, city) of the first city or region `text` gives a time by ("13:00 (Oslo
    time)", "15:00 Lisbon time", "às 15h00, hora de Lisboa", "hora de Canarias", "по времени
    Новосибирска", "(Liepājas laiks)", "(Wiener Zeit)"), a city's other names too ("Roma");
    None when it names none. A zone's own words ("Central Time", "Pacific time") name no city."""
    for seen, match in enumerate(_CITY_CLOCK.finditer(text[:MAX_SCAN])):
        if seen >= 20:
            break
        declined = match.group("c") or match.group("d") or match.group("e")
        if declined:  # "по времени Новосибирска", "Rīgas laiks": the city's name declined
            endings = (
                _GENITIVE_ENDINGS
                if match.group("c")
                else _BALTIC_GENITIVES
                if match.group("d")
                else _GERMAN_DEMONYMS
            )
            names = _nominatives(declined, endings)
            for name in names[1:] if match.group("e") else names:
                zone = city_zone(name, other_names=True)
                if zone is not None:
                    return zone[0], zone[1], declined
            continue
        words = (match.group("a") or match.group("b")).split()
        for start in range(len(words)):  # "Our Oslo time": the city is the last words
            name = " ".join(words[start:])
            if vocab.tz_re.fullmatch(name) or vocab.tz_re.fullmatch(f"{name} time"):
                continue
            # … or a region's ("hora de Canarias", "Tasmania time"), as the tz database
            # describes its zone
            zone = city_zone(name, other_names=True) or region_zone(name)
            if zone is not None:
                return zone[0], zone[1], name
    return None


_OFFSET_VALUE = re.compile(r"(?P<sign>[+\-−])\s*(?P<hours>\d{1,2})(?::?(?P<minutes>\d{2}))?")


MAX_LABEL_WORDS = 8  # words of a region's label after an offset


def _label_after_offset(offset: str, rest: str, vocab: _Vocab) -> str | None:
    """'(GMT-05:00) Eastern Time', '(UTC+01:00) Amsterdam, Berlin, Bern, Rome…': the zone
    of the region the label after an offset names (it keeps daylight saving, as a fixed
    offset does not), when that zone keeps the offset in winter or in summer; None when no
    label follows. A label cut short ("Amsterdam, Berlin…") is the one label it starts."""
    from zoneinfo import ZoneInfo

    value = _OFFSET_VALUE.search(offset)
    if value is None:
        return None
    minutes = int(value.group("hours")) * 60 + int(value.group("minutes") or 0)
    minutes = -minutes if value.group("sign") in "-−" else minutes
    line = re.split(r"[\n<|]", rest.lstrip(" \t)]"), maxsplit=1)[0][:100]
    words = line.replace("…", " ").split()[:MAX_LABEL_WORDS]
    for size in range(len(words), 0, -1):
        label = " ".join(words[:size]).strip(" .,;:").lower()
        zone = vocab.windows.get(label)
        if zone is None and size >= 2:
            starting = {z for name, z in vocab.windows.items() if name.startswith(label + ",")}
            zone = starting.pop() if len(starting) == 1 else None
        if zone is None or not _valid_zone(zone):
            continue
        year = datetime.now().year
        offsets = {ZoneInfo(zone).utcoffset(datetime(year, month, 15)) for month in (1, 7)}
        if any(o is not None and o.total_seconds() == minutes * 60 for o in offsets):
            return zone
    return None
