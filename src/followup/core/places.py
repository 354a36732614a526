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
from pathlib import Path
from typing import Any

from followup.core.errors import InvalidInput, quote

MAX_PLACE = 100
DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "places.toml"


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


def subdivision_code(text: str, country: str, what: str = "region") -> str:
    """The region code (ISO 3166-2 without the country part, as `holidays` names regions) of a
    state, province or region typed by name or code within `country` ("Ontario" in CA → "ON").
    A code-shaped text that pycountry does not list is returned upper-cased for the holiday
    calendar to judge; a name that fits no region of the country is InvalidInput."""
    raw = " ".join((text or "").split())
    code = country.strip().upper()
    if not raw:
        raise InvalidInput(f"{what}: empty; give a region such as Ontario or ON")
    if len(raw) > MAX_PLACE:
        raise InvalidInput(f"{what}: too long to be a region ({len(raw)} characters)")
    alias = _aliases()[1].get(code, {}).get(_key(raw))
    if alias:
        return alias
    shaped = raw.replace(" ", "").upper()
    if shaped.startswith(code + "-"):
        shaped = shaped[len(code) + 1 :]
    is_code = len(shaped) <= 4 and shaped.replace("-", "").isalnum() and shaped.isascii()
    import pycountry

    regions = list(pycountry.subdivisions.get(country_code=code) or [])
    codes = {str(r.code).split("-", 1)[1]: r for r in regions}
    if shaped in codes or (is_code and not regions):
        return shaped
    plain = _key(raw)
    named = [c for c, r in codes.items() if _key(str(r.name).split(" [")[0]) == plain]
    if len(named) == 1:
        return named[0]
    if is_code:
        return shaped
    raise InvalidInput(
        f"{what}: {quote(raw)} is not a region of {code}; give its name or code "
        f"(e.g. {next(iter(codes), 'CA')})"
    )
