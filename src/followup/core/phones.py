"""Phone numbers through Google's libphonenumber (the `phonenumbers` package).

Stored in E.164 ("+16175550199"), shown in the national form of the number's own country
("(617) 555-0199"), dialled in the international form ("+1 617-555-0199"). A number typed
without a country code is read for the person's country (the round's, else the user's).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from followup.core.errors import InvalidInput, quote

if TYPE_CHECKING:
    from phonenumbers import PhoneNumber

MAX_PHONE = 50


def _region(country: str | None) -> str:
    return (country or "US").strip().upper()


def _valid_or_raise(number: PhoneNumber, text: str, country: str | None, what: str) -> str:
    import phonenumbers

    if not phonenumbers.is_valid_number(number):
        code = phonenumbers.country_code_for_region(_region(country))
        where = (
            f" in {_region(country)} (+{code})" if not text.strip().startswith(("+", "00")) else ""
        )
        raise InvalidInput(
            f"{what}: {quote(text)} is not a valid phone number{where}; give it as it is "
            "dialled, with the country code when it is abroad (e.g. +44 20 7946 0018)"
        )
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def parse_phone(text: str, country: str | None = None, what: str = "phone") -> str:
    """The E.164 form of a phone number typed for someone in `country` (ISO 3166-1 alpha-2);
    InvalidInput when it is not a valid number there (libphonenumber's metadata decides)."""
    import phonenumbers

    raw = " ".join((text or "").split())
    if not raw:
        raise InvalidInput(f"{what}: empty; give a phone number such as +1 617 555 0199")
    if len(raw) > MAX_PHONE:
        raise InvalidInput(f"{what}: too long to be a phone number ({len(raw)} characters)")
    try:
        number = phonenumbers.parse(raw, _region(country))
    except phonenumbers.NumberParseException:
        raise InvalidInput(f"{what}: {quote(text)} is not a phone number") from None
    return _valid_or_raise(number, raw, country, what)


@dataclass(frozen=True)
class FoundPhone:
    """A phone number found inside a longer text: its E.164 form and where it stood."""

    e164: str
    start: int
    end: int


def find_phones(text: str, country: str | None = None) -> list[FoundPhone]:
    """Every valid phone number in `text`, read for `country` (libphonenumber's matcher)."""
    import phonenumbers

    out = []
    for match in phonenumbers.PhoneNumberMatcher(text, _region(country)):
        out.append(
            FoundPhone(
                phonenumbers.format_number(match.number, phonenumbers.PhoneNumberFormat.E164),
                match.start,
                match.end,
            )
        )
    return out


def _number(stored: str) -> PhoneNumber | None:
    import phonenumbers

    try:
        number = phonenumbers.parse(stored, None)
    except phonenumbers.NumberParseException:
        return None
    return number if phonenumbers.is_valid_number(number) else None


_FORMS: dict[str, tuple[str, str, str]] = {}
"""Each stored number's forms once worked out: E.164 → (national, international, country
code or ""). Filled as numbers are shown, and by `remember` with an earlier run's."""


def remember(known: Mapping[str, Sequence[str]]) -> None:
    """Take forms worked out before (`remembered()` of an earlier run); anything malformed
    is left out."""
    for stored, forms in known.items():
        if (
            isinstance(stored, str)
            and isinstance(forms, list | tuple)
            and len(forms) == 3
            and all(isinstance(f, str) for f in forms)
        ):
            _FORMS.setdefault(stored, (forms[0], forms[1], forms[2]))


def remembered() -> dict[str, tuple[str, str, str]]:
    return dict(_FORMS)


def _forms(stored: str) -> tuple[str, str, str] | None:
    """(national, international, country) of a stored number; None when it is not valid."""
    if stored not in _FORMS:
        import phonenumbers

        number = _number(stored)
        if number is None:
            return None
        style = phonenumbers.PhoneNumberFormat
        _FORMS[stored] = (
            phonenumbers.format_number(number, style.NATIONAL),
            phonenumbers.format_number(number, style.INTERNATIONAL),
            phonenumbers.region_code_for_number(number) or "",
        )
    return _FORMS[stored]


def _formatted(stored: str | None, style: str) -> str | None:
    """A stored number in libphonenumber's `style` (NATIONAL, INTERNATIONAL); a number stored
    before numbers were checked comes back as it was typed."""
    if not stored:
        return None
    forms = _forms(stored)
    if forms is None:
        return stored
    return forms[0] if style == "NATIONAL" else forms[1]


def national(stored: str | None) -> str | None:
    """How a stored number is shown: the national form of its country ("(617) 555-0199")."""
    return _formatted(stored, "NATIONAL")


def international(stored: str | None) -> str | None:
    """How a stored number is dialled from anywhere: "+1 617-555-0199"."""
    return _formatted(stored, "INTERNATIONAL")


def phone_country(stored: str | None) -> str | None:
    """The ISO country code a stored number belongs to ("US" for +1 617…), or None."""
    forms = _forms(stored) if stored else None
    return (forms[2] or None) if forms is not None else None
