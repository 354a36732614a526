"""A phone number libphonenumber calls possible for its country but cannot confirm is in use
(a fictional range such as UK 07700 900xxx, a range newer than its metadata) is kept: stored
in E.164, shown in the national way of its country, with a one-line notice; only a number
that cannot be one (too short, too long, local only) is refused. One rule for numbers typed
alone (profile, records) and numbers found in a person's line."""

from __future__ import annotations

import pytest

from followup.core import compose, phones
from followup.core.errors import InvalidInput
from followup.core.people import split_person

UNCONFIRMED = [
    ("07700 900461", "GB", "+447700900461", "07700 900461"),
    ("+44 7700 900873", "US", "+447700900873", "07700 900873"),
    ("020 910 4455", "IE", "+353209104455", "(020) 910 4455"),
    ("+353 99 123 4567", None, "+353991234567", "(099) 123 4567"),
    ("06 9999 0012", "NL", "+31699990012", "06 99990012"),
    ("555-010-2233", "US", "+15550102233", "(555) 010-2233"),  # no such area code
]


@pytest.mark.parametrize(("typed", "country", "e164", "shown"), UNCONFIRMED)
def test_a_possible_number_is_kept_and_shown_the_national_way(typed, country, e164, shown):
    stored = phones.parse_phone(typed, country)
    assert stored == e164
    assert phones.national(stored) == shown
    assert not phones.confirmed(stored)
    notice = phones.unconfirmed_notice(stored, "--phone")
    assert notice is not None and "\n" not in notice and shown in notice, notice
    assert "could not be confirmed" in notice


@pytest.mark.parametrize(("typed", "country", "e164", "shown"), UNCONFIRMED)
def test_a_possible_number_in_a_persons_line_is_theirs(typed, country, e164, shown):
    person = split_person(f"Morag Dunn (Team Leader) morag@example.org {typed}", country)
    assert (person.name, person.phone) == ("Morag Dunn", e164)


def test_a_draft_signs_with_the_number_in_its_own_countrys_form():
    assert compose.phone_for("+447700900461", "GB") == "07700 900461"
    assert compose.phone_for("+447700900461", "US") == "+44 7700 900461"
    assert phones.phone_country("+31699990012") == "NL"


@pytest.mark.parametrize(
    ("typed", "country"),
    [("07700 9004", "GB"), ("555-0100", "US"), ("+44 7700 900461 99", None), ("12", "IE")],
)
def test_an_impossible_number_is_refused(typed, country):
    with pytest.raises(InvalidInput, match="is not a valid phone number"):
        phones.parse_phone(typed, country)


def test_a_confirmed_number_has_no_notice():
    stored = phones.parse_phone("(617) 555-0142", "US")
    assert phones.confirmed(stored)
    assert phones.unconfirmed_notice(stored, "--phone") is None
    assert phones.unconfirmed_notice(None, "--phone") is None
