"""The country clues of an invite, for its zone and country: phone numbers' country codes
(never a video meeting's dial-in), an address's state and postcode, countries and cities
named in the text or location, the country-code mail domains of the people, and the
language of the text."""

from __future__ import annotations

import re
from functools import lru_cache

from followup.delivery.invites.common import MAX_SCAN, _Ctx, _Found, _Vocab
from followup.delivery.invites.coordinator_text import _EMAIL_IN_TEXT
from followup.delivery.invites.people import _domain, _in_domains
from followup.delivery.invites.zones.choice import Clue
from followup.delivery.invites.zones.tables import (
    city_countries,
    city_rows,
    city_zone,
    country_names,
)

# "Columbus, OH 43215", "Toronto, ON M5V 2T6", "Fitzroy VIC 3065": a state and its postcode
_STATE_POSTCODE = re.compile(
    r"(?:,|\b[A-Z][a-z]+)[ \t]+(?P<state>[A-Z]{2,3})[ \t]+(?P<code>\d{5}(?:-\d{4})?|"
    r"[A-Z]\d[A-Z][ \t]?\d[A-Z]\d|\d{4})\b"
)


# "Houston, TX", "Melbourne VIC", "Vancouver, BC": a city and its state's code, no postcode
_CITY_STATE = re.compile(
    r"(?<![\w])(?P<city>[A-Z][a-zà-ÿ'’.-]+(?:[ \t]+[A-Z][a-zà-ÿ'’.-]+){0,2})[ \t]*,?[ \t]+"
    r"(?P<state>[A-Z]{2,3})(?![\w])(?![ \t]*\d)"
)


MAX_ADDRESSES = 100  # cities before a state's code looked up in one text


def _state_zone(text: str, vocab: _Vocab) -> tuple[str, str, str] | None:
    """(zone, country, state) of the first US, Canadian or Australian address with a state and
    a postcode of that country's shape; else of a city of that country and its state's code
    ("Houston, TX": a city of 15,000 people of that name is in the state's country)."""
    for match in _STATE_POSTCODE.finditer(text[:MAX_SCAN]):
        state, code = match.group("state"), match.group("code")
        country = (
            "US" if code[:5].isdigit() and len(code) >= 5 else "AU" if code.isdigit() else "CA"
        )
        zone = vocab.state_zones.get(country, {}).get(state)
        if zone:
            return zone, country, state
    for seen, match in enumerate(_CITY_STATE.finditer(text[:MAX_SCAN])):
        if seen >= MAX_ADDRESSES:
            break
        state = match.group("state")
        for country, states in vocab.state_zones.items():
            zone = states.get(state)
            city = city_zone(match.group("city"), [country]) if zone else None
            if zone and city is not None and city[1] == country:
                return zone, country, state
    return None


# "1040 Bruxelles", "00184 Roma", "60311 Frankfurt am Main", "1012 AB Amsterdam", "00-950
# Warszawa", "1100-148 Lisboa": a postcode, then its city (a name's joining words inside), at
# a line's, an address's or a sentence's end
_POSTCODE_CITY = re.compile(
    r"(?<![\w-])(?P<code>\d{4,5}(?:[ \t][A-Z]{2})?|\d{2}-\d{3}|\d{4}-\d{3}|\d{3}[ \t]\d{2})"
    r"[ \t]+(?P<city>[A-ZÀ-ÞŁŚŻŹ][\w'’.-]+(?:[ \t]+(?:(?:am|an|der|im|sur|sous|de|del|la|le|"
    r"di|in|bei)[ \t]+)?[A-ZÀ-ÞŁŚŻŹ][\w'’.-]+){0,2})"
    r"[ \t]*(?=$|[\n,;)]|\.(?:\s|$))",
    re.MULTILINE,
)


MAX_POSTCODES = 20  # postcode-first addresses looked up in one text


def postcode_city(text: str, vocab: _Vocab) -> tuple[str, str, str] | None:
    """(zone, country, "postcode city") of the first address that writes its postcode before
    its city, the city by any of its names ("1040 Bruxelles", "80331 München"), in a country
    that writes its addresses so (data: [countries] postcode_first; "45000 Orléans" is in
    France, not Ontario)."""
    for seen, match in enumerate(_POSTCODE_CITY.finditer(text[:MAX_SCAN])):
        if seen >= MAX_POSTCODES:
            break
        name = match.group("city").rstrip(".")
        head, _, last = name.rpartition(" ")
        if head and last in country_names():  # "75008 Paris France"
            name = head
        # the whole name: "1234 Madison Street" is no address in Madison
        rows = [r for r in city_rows(name) if r[1] in vocab.postcode_first]
        if rows:
            return rows[0][2], rows[0][1], f"{match.group('code')} {name}"
    return None


def _address_clues(text: str, vocab: _Vocab) -> list[Clue]:
    """The country of an address: a state and its postcode ("Columbus, OH 43215"), a
    postcode before its city ("1040 Bruxelles"), or a postcode of one country's shape
    ("Wakefield WF1 5RE")."""
    out = []
    state = _state_zone(text, vocab)
    if state is not None:
        out.append(Clue(state[1], f"the address in {state[2]}"))
    city = postcode_city(text, vocab)
    if city is not None:
        out.append(Clue(city[1], f"the address {city[2]}"))
    for code, shape in vocab.postcodes:
        found = shape.search(text[:MAX_SCAN])
        if found is not None:
            out.append(Clue(code, f"the postcode {found.group(0)}"))
    return out


# ------------------------------------------------------------------ country clues


def country_clues(found: _Found, ctx: _Ctx, text: str) -> list[Clue]:
    """Countries the invite points to, strongest first: phone numbers with a country code, an
    address's state and postcode, a city or country named in the location, then in the text,
    the mail domains' country codes, the invite's language."""
    clues: list[Clue] = []
    text = text[:MAX_SCAN]
    phones = _phone_clues((found.location or "") + "\n" + text, ctx.vocab)
    clues += [clue for clue, dialled in phones if not dialled]
    clues += _address_clues((found.location or "") + "\n" + text, ctx.vocab)
    places = _without_dial_in(text, ctx.vocab)  # "+65 6555 0100 Singapore": the service's
    for source, where in ((found.location or "", "the location"), (places, "the text")):
        clues += _place_clues(source, where, strict=where == "the text", ctx=ctx)
    written = [e.lower() for e in _EMAIL_IN_TEXT.findall(text)[:50]]  # "jo@acme.de" in a signature
    emails = [e for e in [*found.emails, *written] if e not in ctx.user_emails]
    clues += _domain_clues(emails, ctx)
    # a meeting's dial-in number ("+65 6555 0139 … (audio only)") dials the service, wherever
    # the employer is: after the mail domain's country
    clues += [clue for clue, dialled in phones if dialled]
    clues += _language_clues(found.languages, text, ctx)
    return clues


MAX_DIAL_IN_LINES = 6  # the numbers a dial-in block lists under its words


def _dial_in_lines(text: str, vocab: _Vocab) -> set[int]:
    """The numbers of `text`'s lines that are a video meeting's dial-in: a line with a dial-in
    word and the lines of numbers under it ("+65 6555 0100,,123456#   Singapore")."""
    out: set[int] = set()
    if not vocab.dial_in.search(text):
        return out
    under = 0
    for number, line in enumerate(text.splitlines()):
        if vocab.dial_in.search(line):
            under = MAX_DIAL_IN_LINES
            out.add(number)
        elif under and re.search(r"\d{3}", line):
            under -= 1
            out.add(number)
        else:
            under = 0
    return out


def _without_dial_in(text: str, vocab: _Vocab) -> str:
    """`text` without a video meeting's dial-in lines."""
    dialled = _dial_in_lines(text, vocab)
    if not dialled:
        return text
    return "\n".join(line for n, line in enumerate(text.splitlines()) if n not in dialled)


def _phone_clues(text: str, vocab: _Vocab) -> list[tuple[Clue, bool]]:
    """The country of each phone number with a country code (a toll-free number has none),
    and whether it is a video meeting's dial-in."""
    import phonenumbers

    out = []
    text = text[:20_000]
    dialled = _dial_in_lines(text, vocab)
    try:
        matches = phonenumbers.PhoneNumberMatcher(text, None, leniency=1, max_tries=50)
        for match in matches:
            region = phonenumbers.region_code_for_number(match.number)
            kind = phonenumbers.number_type(match.number)
            if not region or region == "ZZ" or kind == phonenumbers.PhoneNumberType.TOLL_FREE:
                continue
            clue = Clue(region, f"the phone number {match.raw_string.strip()}")
            out.append((clue, text.count("\n", 0, match.start) in dialled))
    except Exception:  # a number the library cannot read is no clue
        return out
    return out


@lru_cache(maxsize=1)
def _places_re() -> re.Pattern[str]:
    names = sorted({*city_countries(), *country_names()}, key=len, reverse=True)
    body = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names if len(n) > 3)
    return re.compile(rf"(?<![\w])(?P<place>{body})(?![\w])")


# a place in running text: followed by a comma, a line end, a postal code or a state code
_PLACE_END = re.compile(
    r"^(?:\s*(?:,|\n|$)|\s+(?:[A-Z]{2,3}\b|\d{3,}|[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}\b))"
)  # a comma, a line's end, a state, a postcode ("London EC1N 8AT") after the place


_FIRST_NAME_BEFORE = re.compile(r"(?:^|[\n\t])[ \t]*[A-ZÀ-Þ][a-zà-ÿ'’-]+[ \t]+$")


_PLACE_BEFORE = re.compile(r"(?i)\b(?:in|at|office|offices|near|from)\s+$")


# the words before a name that greet its person, in the languages invites are written in
_GREETED = re.compile(
    r"(?i)\b(?:dear|hi|hello|hey|thanks|cheers|regards|hola|estimad[oa]|querid[oa]|bonjour|"
    r"cher|chère|hallo|liebe[r]?|geehrte[rn]?|herr|frau|ciao|gentile|buongiorno|caro|cara|"
    r"olá|ola|prezad[oa]|beste|geachte|beste)[ \t,]+$"
)


def _place_clues(text: str, where: str, strict: bool, ctx: _Ctx) -> list[Clue]:
    out = []
    cities, countries = city_countries(), country_names()
    extra = ctx.vocab.country_aliases
    for seen, match in enumerate(_places_re().finditer(text)):
        if seen >= 100:
            break
        place = " ".join(match.group("place").split())
        before = text[max(0, match.start() - 12) : match.start()]
        if re.search(r"(?i)\bnew\s+$", before):
            continue  # "New Jersey" is not Jersey
        if _GREETED.search(before):
            continue  # "Dear Jordan,", "Hola Casey," greet a person
        if strict and not (
            _PLACE_END.match(text[match.end() : match.end() + 12]) or _PLACE_BEFORE.search(before)
        ):
            continue  # "Sydney Clarke" is a person
        if strict and _FIRST_NAME_BEFORE.search(before) and not _PLACE_BEFORE.search(before):
            continue  # "Renata Lima" signing a mail is a person
        country = countries.get(place) or cities.get(place)
        if country:
            out.append(Clue(country, f"{place} in {where}"))
    for name, code in extra.items():
        if re.search(rf"(?<![\w]){re.escape(name)}(?![\w])", text[:MAX_SCAN]):
            out.append(Clue(code, f"{name} in {where}"))
    return out


def _domain_clues(emails: list[str], ctx: _Ctx) -> list[Clue]:
    out = []
    codes = set(country_names().values())
    for email in dict.fromkeys(emails):
        if _in_domains(_domain(email), ctx.vocab.service_domains):
            continue  # a tracking system's own country (jobs.personio.de) is not the employer's
        tld = email.rsplit(".", 1)[-1].lower()
        if tld in ctx.vocab.generic_tlds:
            continue
        code = ctx.vocab.tld_countries.get(tld, tld.upper())
        if code in codes:
            out.append(Clue(code, f"the mail domain of {email}"))
    return out


def _language_clues(languages: list[str], text: str, ctx: _Ctx) -> list[Clue]:
    out = []
    tags = list(dict.fromkeys(languages))
    spoken = _language_of(text, ctx)
    if spoken:
        tags.append(spoken)
    for tag in tags:
        parts = re.split(r"[-_]", tag.strip())
        if len(parts) >= 2 and re.fullmatch(r"[A-Za-z]{2}", parts[-1]):
            out.append(Clue(parts[-1].upper(), f"the language {tag}"))
        for code in ctx.vocab.language_countries.get(parts[0].lower(), ()):
            out.append(Clue(code, f"the language ({parts[0].lower()})"))
    return out


def _language_of(text: str, ctx: _Ctx) -> str | None:
    """The language most of the text's common words belong to (data: invites.toml)."""
    words = re.findall(r"[^\W\d_]+", text[:5000].lower())
    if len(words) < 5:
        return None
    best, most = None, 0
    for language, common in ctx.vocab.language_words.items():
        count = sum(w in common for w in words)
        if count > most:
            best, most = language, count
    return best if best and most >= 3 and most * 8 >= len(words) else None
