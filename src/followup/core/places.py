"""Countries and regions by name or code → ISO 3166 codes, through `pycountry`.

    country_code("Germany")          → "DE"
    country_code("united states")    → "US"
    country_code("uk")               → "GB"   (data/places.toml names what ISO does not)
    subdivision_code("Ontario", "CA") → "ON"  (the code the `holidays` package uses)
    subdivision_code("by", "DE")     → "BY"

A two- or three-letter code is taken without loading pycountry's tables (the everyday case).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from followup.core.errors import InvalidInput, quote
from followup.core.package_data import DATA_DIR

MAX_PLACE = 100
DATA_FILE = DATA_DIR / "places.toml"


def _key(text: str) -> str:
    """Compared without case, accents, dots or extra spaces ("Baden-Wurttemberg" matches)."""
    plain = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return " ".join(plain.replace(".", "").split()).casefold()


@lru_cache(maxsize=1)
def _aliases() -> tuple[dict[str, str], dict[str, dict[str, str]]]:
    import tomllib

    data = tomllib.loads(DATA_FILE.read_text("utf-8"))

    def table(value: Any) -> dict[str, str]:
        if not isinstance(value, Mapping):
            raise InvalidInput("places data: expected a table of names")
        return {_key(str(k)): str(v).upper() for k, v in value.items()}

    subs = data.get("subdivisions", {})
    if not isinstance(subs, Mapping):
        raise InvalidInput("places data: [subdivisions] must be a table per country")
    return table(data.get("countries", {})), {str(k).upper(): table(v) for k, v in subs.items()}


@lru_cache(maxsize=1)
def region_names() -> frozenset[str]:
    """Regions of the world as people write them ("Middle East", "Scandinavia"), from
    data/places.toml [regions]."""
    import tomllib

    data = tomllib.loads(DATA_FILE.read_text("utf-8"))
    names = data.get("regions", {}).get("names", [])
    if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
        raise InvalidInput("places data: regions.names must be a list of names")
    return frozenset(names)


@lru_cache(maxsize=1)
def _month_first() -> frozenset[str]:
    import tomllib

    data = tomllib.loads(DATA_FILE.read_text("utf-8"))
    codes = data.get("dates", {}).get("month_first", [])
    if not isinstance(codes, list):
        raise InvalidInput("places data: dates.month_first must be a list of country codes")
    return frozenset(str(c).upper() for c in codes)


def date_order(setting: str, country: str) -> str:
    """How an all-number date is read: "mdy" or "dmy" as `setting` says; for "auto", month
    first where `country` writes it so (data/places.toml, dates.month_first), else day first."""
    value = (setting or "auto").strip().lower()
    if value in ("mdy", "dmy"):
        return value
    if value != "auto":
        raise InvalidInput(f"input.date_order: {value!r} is not one of auto, mdy, dmy")
    return "mdy" if country.strip().upper() in _month_first() else "dmy"


def country_code(text: str, what: str = "country") -> str:
    """The ISO 3166-1 alpha-2 code of a country typed by name or code (alpha-2 or alpha-3);
    InvalidInput naming what was typed when no country, or more than one, fits."""
    raw = " ".join((text or "").split())
    if not raw:
        raise InvalidInput(f"{what} is required (a name such as Germany, or a code such as DE)")
    if len(raw) > MAX_PLACE:
        raise InvalidInput(f"{what}: too long to be a country ({len(raw)} characters)")
    if len(raw) == 2 and raw.isascii() and raw.isalpha():
        from followup.core.zones import country_codes

        if raw.upper() in country_codes():  # an ISO code (no alias is one): no file to read
            return raw.upper()
    alias = _aliases()[0].get(_key(raw))
    if alias:
        return alias
    if len(raw) == 2 and raw.isascii() and raw.isalpha():
        return raw.upper()
    import pycountry

    try:
        return str(pycountry.countries.lookup(raw).alpha_2)
    except LookupError:
        pass
    plain = _key(raw)
    for country in pycountry.countries:
        names = (getattr(country, n, None) for n in ("name", "common_name", "official_name"))
        if any(n and _key(n) == plain for n in names):
            return str(country.alpha_2)
    found = []
    if len(plain) >= 4 and plain.replace(" ", "").isalpha():  # only to suggest, never to pick
        try:
            found = pycountry.countries.search_fuzzy(raw)
        except LookupError:
            found = []
    hint = (
        "did you mean " + " or ".join(f"{c.name} ({c.alpha_2})" for c in found[:3]) + "?"
        if found
        else "give its name (Germany) or ISO code (DE)"
    )
    raise InvalidInput(f"{what}: {quote(raw)} is not a country; {hint}")


@lru_cache(maxsize=64)
def _holiday_regions(country: str) -> tuple[tuple[str, ...], dict[str, str]] | None:
    """The region codes the `holidays` package has a calendar for in `country`, and its names
    for them ({"Bayern": "BY"}); None when it knows no calendar for the country at all."""
    import holidays

    try:
        calendar = holidays.country_holidays(country)
    except (NotImplementedError, KeyError, ValueError):
        return None
    codes = tuple(str(c) for c in getattr(calendar, "subdivisions", ()) or ())
    aliases = getattr(calendar, "subdivisions_aliases", {}) or {}
    return codes, {str(name): str(code) for name, code in aliases.items()}


@lru_cache(maxsize=1)
def _english() -> Any:
    """pycountry's English names of regions ("Bayern" -> "Bavaria"), as a gettext catalogue."""
    import gettext

    import pycountry

    return gettext.translation("iso3166-2", pycountry.LOCALES_DIR, ["en"], fallback=True)


def _region_names(country: str) -> tuple[dict[str, str], list[tuple[str, str]]]:
    """{name or code as compared (_key): region code} for `country`, from pycountry (codes,
    local names, English names) and the `holidays` package (codes, its names), with
    data/places.toml's extra names; and (English name, code) examples, most useful first."""
    import pycountry

    names: dict[str, str] = {}
    examples: list[tuple[str, str]] = []
    english = _english()
    for region in pycountry.subdivisions.get(country_code=country) or []:
        code = str(region.code).split("-", 1)[1]
        local = str(region.name).split(" [")[0]
        said = english.gettext(str(region.name)).split(" [")[0]
        for name in (code, local, said):
            names.setdefault(_key(name), code)
        examples.append((said, code))
    calendars = _holiday_regions(country)
    if calendars is not None:
        codes, aliases = calendars
        for code in codes:
            names[_key(code)] = code
        for name, code in aliases.items():
            names.setdefault(_key(name), code)
        order = {code: i for i, code in enumerate(codes)}
        examples = sorted((e for e in examples if e[1] in order), key=lambda e: order[e[1]]) or [
            (name, code) for name, code in aliases.items()
        ]
    for name, code in _aliases()[1].get(country, {}).items():
        names.setdefault(name, code)
    return names, examples


def subdivision_code(text: str, country: str, what: str = "region") -> str:
    """The region code (ISO 3166-2 without the country part, as `holidays` names regions) of a
    state, province or region typed by code, local name or English name within `country`
    ("Ontario" in CA -> "ON", "Bavaria" or "Bayern" in DE -> "BY"). InvalidInput, with
    examples, for a text that names no region of the country, and for a region the holiday
    calendars (the `holidays` package) do not know: the plan could not count its holidays."""
    raw = " ".join((text or "").split())
    code = country.strip().upper()
    if not raw:
        raise InvalidInput(f"{what}: empty; give a region such as Ontario or ON")
    if len(raw) > MAX_PLACE:
        raise InvalidInput(f"{what}: too long to be a region ({len(raw)} characters)")
    names, examples = _region_names(code)
    shaped = raw.replace(" ", "").upper()
    if shaped.startswith(code + "-"):
        shaped = shaped[len(code) + 1 :]
    found = names.get(_key(raw)) or names.get(_key(shaped))
    calendars = _holiday_regions(code)
    known = calendars[0] if calendars is not None else ()
    shown = ", ".join(f"{name} or {c}" if _key(name) != _key(c) else c for name, c in examples[:3])
    if found is not None and (calendars is None or found in known):
        return found
    if found is not None or (not known and calendars is not None):
        raise InvalidInput(
            f"{what}: {quote(raw)} has no public-holiday calendar of its own in {code}; "
            + (f"give one that has (e.g. {shown})" if known else "leave the region blank")
            + (" or leave the region blank" if known else "")
        )
    import difflib

    near = difflib.get_close_matches(_key(raw), [k for k in names if len(k) > 3], 1, 0.75)
    if near:
        meant = names[near[0]]
        region = next((n for n, c in examples if c == meant), near[0])
        hint = f"did you mean {region} ({meant})?"
    else:
        hint = f"give its name or code (e.g. {shown})" if shown else "leave it blank"
    raise InvalidInput(f"{what}: {quote(raw)} is not a region of {code}; {hint}")
