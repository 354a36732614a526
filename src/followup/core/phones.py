"""Phone numbers through Google's libphonenumber (the `phonenumbers` package).

Stored in E.164 ("+16175550199"), shown in the national form of the number's own country
("(617) 555-0199"), dialled in the international form ("+1 617-555-0199"). A number typed
without a country code is read for the person's country (the round's, else the user's).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from followup.core.errors import InvalidInput, quote

if TYPE_CHECKING:
    from phonenumbers import PhoneNumber

MAX_PHONE = 50


def _region(country: str | None) -> str:
    return (country or "US").strip().upper()


def _kept(number: PhoneNumber) -> bool:
    """The rule for every number followup reads: kept when libphonenumber calls it possible
    for its country, dialled from anywhere: its length fits a number there, and its digits
    the country's general pattern of numbers (so '07700 9004', a UK number cut short, is not
    read as +44 077009004). One it cannot confirm is in use (`confirmed`: a fictional range
    such as the UK's 07700 900xxx, a range newer than its metadata) is kept too, with a
    notice (`unconfirmed_notice`); a number that cannot be one (too short, too long, only
    dialled locally) is not."""
    import phonenumbers
    from phonenumbers.phonemetadata import PhoneMetadata

    if phonenumbers.is_valid_number(number):
        return True
    reason = phonenumbers.is_possible_number_with_reason(number)
    if reason != phonenumbers.ValidationResult.IS_POSSIBLE:
        return False
    code = number.country_code or 0
    region = phonenumbers.region_code_for_country_code(code)
    found = PhoneMetadata.metadata_for_region_or_calling_code(code, region)
    general = found.general_desc if found is not None else None
    pattern = general.national_number_pattern if general is not None else None
    digits = phonenumbers.national_significant_number(number)
    return pattern is not None and re.fullmatch(pattern, digits) is not None


def _kept_or_raise(number: PhoneNumber, text: str, country: str | None, what: str) -> str:
    import phonenumbers

    if not _kept(number):
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
    InvalidInput when it cannot be a number there (`_kept`: libphonenumber's metadata
    decides)."""
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
    return _kept_or_raise(number, raw, country, what)


@dataclass(frozen=True)
class FoundPhone:
    """A phone number found inside a longer text: its E.164 form and where it stood."""

    e164: str
    start: int
    end: int


def find_phones(text: str, country: str | None = None) -> list[FoundPhone]:
    """Every phone number in `text` that followup keeps (`_kept`), read for `country`
    (libphonenumber's matcher)."""
    import phonenumbers

    out = []
    lenient = phonenumbers.Leniency.POSSIBLE
    for match in phonenumbers.PhoneNumberMatcher(text, _region(country), leniency=lenient):
        if not _kept(match.number):
            continue
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
    return number if _kept(number) else None


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
    """(national, international, country) of a stored number; None when it is no number
    followup keeps (`_kept`)."""
    if stored not in _FORMS:
        import phonenumbers

        number = _number(stored)
        if number is None:
            return None
        style = phonenumbers.PhoneNumberFormat
        _FORMS[stored] = (
            phonenumbers.format_number(number, style.NATIONAL),
            phonenumbers.format_number(number, style.INTERNATIONAL),
            _country_of(number),
        )
    return _FORMS[stored]


def _country_of(number: PhoneNumber) -> str:
    """The country of a number: libphonenumber's, else (a number it cannot confirm) the
    main country of its calling code ("GB" for +44), or ""."""
    import phonenumbers

    found = phonenumbers.region_code_for_number(number)
    if not found:
        found = phonenumbers.region_code_for_country_code(number.country_code or 0)
    return "" if not found or found == phonenumbers.UNKNOWN_REGION else str(found)


def confirmed(stored: str | None) -> bool:
    """Whether libphonenumber knows a stored number as one in use (a valid number), not
    only as a possible one (see `_kept`)."""
    import phonenumbers

    number = _number(stored) if stored else None
    return number is not None and phonenumbers.is_valid_number(number)


def unconfirmed_notice(stored: str | None, what: str) -> str | None:
    """The one line that says a stored number is kept though it could not be confirmed
    ("--phone: 07700 900228 (+447700900228) could not be confirmed as a number in use in GB
    …"), or None for a confirmed number, no number, or one stored before numbers were
    checked."""
    if not stored or _number(stored) is None or confirmed(stored):
        return None
    where = f" in {phone_country(stored)}" if phone_country(stored) else ""
    return (
        f"{what}: {national(stored)} ({stored}) could not be confirmed as a number in use"
        f"{where} (a new or fictional range?); it is kept as typed, so check it"
    )


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
