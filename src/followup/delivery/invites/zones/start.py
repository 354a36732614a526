"""The calendar start's day, time and zone, settled once every clue of the invite is in: a
Windows or display name narrowed to a country, a start given in UTC with the zone the text
gives the time in, a floating start with the file's only VTIMEZONE or the place's zone."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, time

from followup.delivery.invites.clock import _TIME_RE, _clock_of
from followup.delivery.invites.common import MAX_SCAN, _check_year, _clip, _Ctx, _Found
from followup.delivery.invites.zones.choice import (
    Clue,
    ZoneChoice,
    kept_in_many,
    narrow_windows,
    same_name_in_clues,
)
from followup.delivery.invites.zones.countries import country_clues
from followup.delivery.invites.zones.in_text import (
    _state_zone,
    address_subdiv,
    zone_from_text,
    zone_of_place,
)
from followup.delivery.invites.zones.rules import _resolve_zone, _vtimezone_tz, match_rules
from followup.delivery.invites.zones.tables import (
    _in_zone,
    _valid_zone,
    _zone_countries,
    main_zone,
    windows_family,
)


def _place_choice(
    found: _Found, ctx: _Ctx, text: str, clues: list[Clue], why: str
) -> ZoneChoice | None:
    """The zone of the place the invite names, for a start that names none."""
    place = zone_of_place(found.location or "", text, ctx.vocab, [c.country for c in clues])
    if place is None:
        return None
    zone, country, where = place
    found.notes.append(f"time zone {zone} inferred: {why}, and {where}")
    return ZoneChoice(zone, country)


def settle_start(found: _Found, ctx: _Ctx, text: str) -> None:
    """Day, time and time zone from the calendar's start, with the invite's other clues: the
    country they point to, and a zone named in the text for a start given in UTC."""
    value = found.start
    if value is None:
        return
    default = ctx.default_tz
    clues = country_clues(found, ctx, text)
    place_text = (found.location or "") + "\n" + text
    choice: ZoneChoice | None = None
    tzid = found.tzid
    if tzid:
        choice = _zone_for(tzid, value, found, clues, place_text, ctx)
        if choice is not None:
            wall = value.replace(tzinfo=None)
        elif value.tzinfo is not None and value.utcoffset() is not None:
            wall = _in_zone(value, default)
            found.tz = default
            found.notes.append(
                f"time zone {_clip(tzid, 60)!r} has no known name; the time is shown in your "
                f"time zone ({default})"
            )
        else:
            wall = value.replace(tzinfo=None)
            found.notes.append(
                f"time zone {_clip(tzid, 60)!r} is neither a known name nor defined in the file"
            )
    elif value.tzinfo is not None:  # a UTC time (…Z)
        if found.wr_zone:
            choice = _zone_for(found.wr_zone, value, found, clues, place_text, ctx)
        if choice is None:
            hint = clues[0].country if clues else None
            said = zone_from_text(text, value, ctx, hint)
            if said is not None:
                choice = _said_choice(said, value, found, clues, text, ctx)
                found.notes.append(
                    f"time zone {choice.zone}: the invite gives the time in UTC; {said[1]}"
                )
            else:
                choice = _place_choice(found, ctx, text, clues, "the invite gives the time in UTC")
            if choice is None:
                choice = _clock_in_country(value, clues, text)
        target = choice.zone if choice else default
        wall = _in_zone(value, target)
        if choice is None:
            found.tz = default
            found.notes.append(
                f"the invite gives the time in UTC; shown in your time zone ({default})"
            )
    else:  # a floating time: the same wall-clock time wherever one is
        wall = value
        if found.wr_zone:
            choice = _zone_for(found.wr_zone, value, found, clues, place_text, ctx)
        elif len(found.vtimezones) == 1:
            only = next(iter(found.vtimezones))
            choice = _zone_for(only, value, found, clues, place_text, ctx)
            if choice is not None:
                found.notes.append(
                    f"time zone {choice.zone} inferred: the start has no zone, and the file "
                    f"defines only {_clip(only, 60)!r}"
                )
        if choice is None:  # "10:00 (ora italiana)", "1:30 PM IST" and that time's start
            said = zone_from_text(text, value, ctx, clues[0].country if clues else None)
            if said is not None and said[2]:
                from zoneinfo import ZoneInfo

                aware = value.replace(tzinfo=ZoneInfo(said[0]))
                choice = _said_choice(said, aware, found, clues, text, ctx)
                found.notes.append(
                    f"time zone {choice.zone} inferred: the start has no zone; {said[1]}"
                )
        if choice is None:
            choice = _place_choice(found, ctx, text, clues, "the start has no zone")
        if choice is None:
            found.tz = default
            found.notes.append(f"the invite gives a local time without a zone; taken as {default}")
    if choice is not None and not choice.guessed:
        choice = _same_clock_elsewhere(choice, wall, clues) or choice
    if choice is not None:
        found.tz = choice.zone
        found.zone_direct = True
        found.country = choice.country
        found.country_guessed = choice.guessed
        if choice.note:
            found.notes.append(choice.note)
    address_subdiv(found, ctx, place_text)
    _check_year(wall.date(), ctx)
    found.day = wall.date()
    found.clock = time(wall.hour, wall.minute)


def _said_choice(
    said: tuple[str, str, bool, str],
    value: datetime,
    found: _Found,
    clues: list[Clue],
    text: str,
    ctx: _Ctx,
) -> ZoneChoice:
    """The zone (and country) of a zone the text gives the start's time in (`zone_from_text`
    read for `value`, an aware start): a word several countries keep ("14:00 CET", "(GMT+1)")
    narrowed to the clues' country that keeps that clock, or a guess said to be one."""
    zone, _how, agrees, word = said
    vocab = ctx.vocab
    shared = (
        kept_in_many(zone, word, value, clues, text, vocab.shared_zone_words, vocab.offset_guesses)
        if agrees
        else None
    )
    choice = shared or ZoneChoice(zone, _zone_countries().get(zone) if agrees else None)
    if agrees and shared is None:  # "2:00 PM CST" and a Saskatoon address: Canada's CST
        choice = same_name_in_clues(choice, value, clues, text) or choice
    if "/" not in word:  # "Mountain Time - US & Canada" and Boise: Boise's zone
        choice = _in_the_city(choice, value, found.location or "", text, ctx)
    return choice


def _same_clock_elsewhere(
    choice: ZoneChoice, wall: datetime, clues: list[Clue]
) -> ZoneChoice | None:
    """The sender's calendar names its own zone (Zimbra's "Europe/Brussels" for a bakery in
    Lyon): when two kinds of clue at least (the address, the mail domain, the language, a phone
    number) point to one other country whose main zone keeps the same clock at the start, that
    zone and country; else None."""
    from zoneinfo import ZoneInfo

    country = _zone_countries().get(choice.zone)
    kinds: dict[str, set[str]] = {}
    for clue in clues:
        kinds.setdefault(clue.country, set()).add(clue.why.split(" ", 2)[1])
    others = [c for c, why in kinds.items() if c != country and len(why) >= 2]
    if not others or len(kinds.get(country or "", ())) >= 2:
        return None  # the calendar's own country has clues of its own too
    zone = main_zone(others[0], wall.replace(tzinfo=None))
    if zone is None or zone == choice.zone:
        return None
    at = wall.replace(tzinfo=None)
    if (
        at.replace(tzinfo=ZoneInfo(zone)).utcoffset()
        != at.replace(tzinfo=ZoneInfo(choice.zone)).utcoffset()
    ):
        return None
    note = (
        f"time zone {zone}: the calendar names {choice.zone}, which keeps the same clock, "
        f"and the invite's clues point to {others[0]}"
    )
    return ZoneChoice(zone, others[0], False, note)


def _clock_in_country(value: datetime, clues: list[Clue], text: str) -> ZoneChoice | None:
    """For a start given in UTC: the main zone of a country the clues point to ("hora de
    Lisboa", a .pt address: Europe/Lisbon) when the text gives the start's time in it
    ("15:00 – 16:00"), else None."""
    said = {(c.hour, c.minute) for c in map(_clock_of, _TIME_RE.finditer(text[:MAX_SCAN]))}
    strongest: dict[str, Clue] = {}  # each country's first clue, strongest first
    for clue in clues:
        strongest.setdefault(clue.country, clue)
    for clue in list(strongest.values())[:4]:
        zone = main_zone(clue.country, value.replace(tzinfo=None))
        if zone is None:
            continue
        wall = _in_zone(value, zone)
        if (wall.hour, wall.minute) in said:
            note = (
                f"time zone {zone}: the invite gives the time in UTC; {clue.why} points to "
                f"{clue.country}, where it is {wall:%H:%M}, as the text says"
            )
            return ZoneChoice(zone, clue.country, False, note)
    return None


def _zone_for(
    tzid: str, value: datetime, found: _Found, clues: list[Clue], text: str, ctx: _Ctx
) -> ZoneChoice | None:
    """The IANA zone (and its country) a TZID stands for: an IANA name as it is; a Windows,
    display or sender's name narrowed to the country the clues point to; a zone the file
    defines only by its offsets and rules matched to an IANA zone for that year."""
    name = tzid.strip().strip('"').strip()
    if _valid_zone(name):
        return ZoneChoice(name, _zone_countries().get(name))
    zone = _resolve_zone(name, found.vtimezones, ctx.vocab)
    if zone is not None:
        if zone in name or windows_family(zone) is None:  # an IANA name inside the TZID
            found.notes.append(f"time zone {_clip(name, 60)!r} read as {zone}")
            return ZoneChoice(zone, _zone_countries().get(zone))
        narrowed = _in_the_state(
            narrow_windows(zone, clues, text, _clip(name, 60), ctx.vocab.windows_also),
            value,
            text,
            ctx,
        )
        found.notes.append(f"time zone {_clip(name, 60)!r} read as {narrowed.zone}")
        return narrowed
    tz = _vtimezone_tz(name, found)
    if tz is None:
        return None
    matched = match_rules(tz, value.date(), clues, text, repr(_clip(name, 60)))
    if matched is None:
        return None
    choice, how = matched
    choice = _in_the_state(choice, value, text, ctx)
    found.notes.append(f"time zone {choice.zone} inferred for {_clip(name, 60)!r}: {how}")
    return choice


def _in_the_state(choice: ZoneChoice, value: datetime, text: str, ctx: _Ctx) -> ZoneChoice:
    """The zone of the state the text's address names ("Docklands VIC 3008":
    Australia/Melbourne), when it is in the chosen zone's country and keeps its clock at the
    interview's time: a zone name or a set of rules several states share names none of them."""
    said = _state_zone(text, ctx.vocab)
    if said is None or said[1] != choice.country or said[0] == choice.zone:
        return choice
    from zoneinfo import ZoneInfo

    wall = value.replace(tzinfo=None)
    try:
        same = (
            wall.replace(tzinfo=ZoneInfo(said[0])).utcoffset()
            == wall.replace(tzinfo=ZoneInfo(choice.zone)).utcoffset()
        )
    except (KeyError, ValueError, OverflowError):
        return choice
    return replace(choice, zone=said[0]) if same else choice


def _in_the_city(
    choice: ZoneChoice, value: datetime, location: str, text: str, ctx: _Ctx
) -> ZoneChoice:
    """The zone of the city the invite names ("our clinic in Boise": America/Boise), when it
    is in the chosen zone's country and keeps its clock at the interview's time: a label
    ("Mountain Time - US & Canada") names a region of several zones, not the city's."""
    if choice.country is None:
        return choice
    place = zone_of_place(location, text, ctx.vocab, [choice.country])
    if place is None or place[1] != choice.country or place[0] == choice.zone:
        return choice
    from zoneinfo import ZoneInfo

    try:
        same = (
            value.astimezone(ZoneInfo(place[0])).utcoffset()
            == value.astimezone(ZoneInfo(choice.zone)).utcoffset()
        )
    except (KeyError, ValueError, OverflowError):
        return choice
    return replace(choice, zone=place[0]) if same else choice
