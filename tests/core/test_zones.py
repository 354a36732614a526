"""The time zone resolver: abbreviations by country and region, IANA names, cities, offsets,
and the two refusals (ambiguous, unknown) with what they carry."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from followup.core import zones
from followup.core.errors import AmbiguousZone, FollowupError, InvalidInput, UnknownZone
from followup.core.zones import resolve_zone


@pytest.mark.parametrize(
    ("text", "country", "subdiv", "zone"),
    [
        ("EST", "US", None, "America/New_York"),
        ("EDT", "US", None, "America/New_York"),
        ("Eastern", "US", None, "America/New_York"),
        ("eastern time", "US", None, "America/New_York"),
        ("Eastern Time (US & Canada)", None, None, "America/New_York"),
        ("(EST)", "US", None, "America/New_York"),
        ("E.S.T.", "US", None, "America/New_York"),
        ("EST", "CA", None, "America/Toronto"),
        ("CST", "US", None, "America/Chicago"),
        ("CST", "CA", "SK", "America/Regina"),
        ("CST", "CN", None, "Asia/Shanghai"),
        ("MST", "US", None, "America/Denver"),
        ("MST", "US", "AZ", "America/Phoenix"),
        ("MST", "US", "US-AZ", "America/Phoenix"),
        ("Mountain Time", "US", "az", "America/Phoenix"),
        ("PST", "US", None, "America/Los_Angeles"),
        ("PT", "CA", None, "America/Vancouver"),
        ("AEST", "AU", None, "Australia/Sydney"),
        ("AEST", "AU", "QLD", "Australia/Brisbane"),
        ("AEDT", "AU", "VIC", "Australia/Melbourne"),
        ("Eastern", "AU", "QLD", "Australia/Brisbane"),
        ("ACST", "AU", "NT", "Australia/Darwin"),
        ("IST", "IN", None, "Asia/Kolkata"),
        ("IST", "IE", None, "Europe/Dublin"),
        ("BST", "GB", None, "Europe/London"),
        ("GMT", "GB", None, "Europe/London"),
        ("GMT", "US", None, "Etc/GMT"),
        ("CET", "FR", None, "Europe/Paris"),
        ("CEST", None, None, "Europe/Berlin"),
        ("UTC", None, None, "UTC"),
        ("Europe/Berlin", None, None, "Europe/Berlin"),
        ("america/new_york", None, None, "America/New_York"),
        ("Berlin", None, None, "Europe/Berlin"),
        ("new york", None, None, "America/New_York"),
        ("UTC+2", None, None, "Etc/GMT-2"),
        ("GMT-05:00", None, None, "Etc/GMT+5"),
        ("UTC+0", None, None, "UTC"),
    ],
)
def test_resolves(text, country, subdiv, zone):
    assert resolve_zone(text, country, subdiv) == zone


def test_abbreviation_keeps_daylight_time_in_july():
    """`EST` typed for a July interview means the wall clock in New York (UTC-4 then), not a
    fixed UTC-5 (the tz database's legacy `EST` zone)."""
    zone = resolve_zone("EST", "US")
    july = datetime(2026, 7, 15, 10, 0, tzinfo=ZoneInfo(zone))
    assert july.utcoffset().total_seconds() == -4 * 3600
    phoenix = datetime(2026, 7, 15, 10, 0, tzinfo=ZoneInfo(resolve_zone("MST", "US", "AZ")))
    assert phoenix.utcoffset().total_seconds() == -7 * 3600
    brisbane = datetime(2026, 1, 15, 10, 0, tzinfo=ZoneInfo(resolve_zone("AEST", "AU", "QLD")))
    assert brisbane.utcoffset().total_seconds() == 10 * 3600  # no daylight time in Queensland


@pytest.mark.parametrize(
    ("text", "country", "first"),
    [
        ("IST", "US", "Asia/Kolkata"),
        ("IST", None, "Asia/Kolkata"),
        ("CST", "GB", "America/Chicago"),
        ("CST", "DE", "America/Chicago"),
        ("CST", None, "America/Chicago"),
        ("BST", "US", "Europe/London"),
        ("AST", "DE", "America/Halifax"),
    ],
)
def test_ambiguous_names_carry_their_choices(text, country, first):
    with pytest.raises(AmbiguousZone) as caught:
        resolve_zone(text, country)
    error = caught.value
    assert isinstance(error, FollowupError) and isinstance(error, InvalidInput)
    assert error.choices[0] == first and len(error.choices) >= 2
    assert all("/" in z for z in error.choices)
    assert "ambiguous" in str(error) and "\n" not in str(error)
    if country:
        assert f"in {country}" in str(error)


def test_cst_ambiguity_names_china_and_the_us():
    with pytest.raises(AmbiguousZone) as caught:
        resolve_zone("CST", "GB")
    assert {"America/Chicago", "Asia/Shanghai"} <= set(caught.value.choices)


@pytest.mark.parametrize(
    ("text", "suggestion"),
    [
        ("America/New York", "America/New_York"),
        ("america/new york", "America/New_York"),
        ("Amerca/New_York", "America/New_York"),
        ("Europe/Berln", "Europe/Berlin"),
        ("Mars/Olympus", None),
        ("Nowhere", None),
        ("UTC+5:30", None),
        ("", None),
        ("../../etc/passwd", None),
        ("posix/Europe/Berlin", "Europe/Berlin"),
    ],
)
def test_unknown_names_suggest_the_likely_zone(text, suggestion):
    with pytest.raises(UnknownZone) as caught:
        resolve_zone(text)
    assert caught.value.suggestion == suggestion
    if suggestion:
        assert f"did you mean {suggestion}?" in str(caught.value)


def test_what_names_the_field():
    with pytest.raises(UnknownZone, match=r"^--tz: 'Mars/Olympus' is not a known time zone"):
        resolve_zone("Mars/Olympus", what="--tz")


def test_every_zone_in_the_data_file_exists():
    """Every zone zones.toml names is in the tz database (a typo there would be a bad plan)."""
    from followup.core.zones import _families, zone_names

    named = set()
    for family in _families().values():
        named |= {family.default} - {None}
        named |= set(family.countries.values()) | set(family.subdivisions.values())
        named |= set(family.choices)
    assert named and named <= zone_names(), sorted(named - zone_names())


def test_a_record_resolves_its_zone_for_its_own_country_and_region():
    from followup.core.records import from_record

    base = {"company": "Acme", "role": "Analyst", "interviewed": "2026-07-14", "format": "video"}
    assert from_record({**base, "tz": "EST"}).tz == "America/New_York"
    assert from_record({**base, "tz": "MST", "subdiv": "AZ"}).tz == "America/Phoenix"
    assert from_record({**base, "tz": "AEST", "country": "AU", "subdiv": "QLD"}).tz == (
        "Australia/Brisbane"
    )
    with pytest.raises(AmbiguousZone, match=r"^tz: 'IST' is ambiguous for a recipient in GB"):
        from_record({**base, "tz": "IST", "country": "GB"})


def test_an_iana_name_is_taken_without_reading_the_zone_names_file() -> None:
    """A stored round's zone or --tz America/New_York is checked against the tz database
    only: no name of data/zones.toml has a '/', so none can mean another zone."""
    zones._entries.cache_clear()
    zones._families.cache_clear()
    assert zones.resolve_zone("America/New_York", "CA") == "America/New_York"
    assert zones._entries.cache_info().currsize == 0
    assert all("/" not in name for family in [zones._families()] for name in family)
