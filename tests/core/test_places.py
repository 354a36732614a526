"""Countries and regions by name as well as code, through pycountry."""

import pytest

from followup.core.errors import InvalidInput
from followup.core.places import country_code, subdivision_code
from followup.core.records import from_record


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("Germany", "DE"),
        ("germany", "DE"),
        ("United States", "US"),
        ("United States of America", "US"),
        ("USA", "US"),
        ("us", "US"),
        ("UK", "GB"),
        ("United Kingdom", "GB"),
        ("Holland", "NL"),
        ("Côte d'Ivoire", "CI"),
        ("Cote d'Ivoire", "CI"),
        ("India", "IN"),
        ("DEU", "DE"),
    ],
)
def test_countries(typed, code):
    assert country_code(typed) == code


@pytest.mark.parametrize(
    ("typed", "country", "code"),
    [
        ("Ontario", "CA", "ON"),
        ("on", "CA", "ON"),
        ("CA-ON", "CA", "ON"),
        ("Queensland", "AU", "QLD"),
        ("Arizona", "US", "AZ"),
        ("Bayern", "DE", "BY"),
        ("Baden-Wurttemberg", "DE", "BW"),
        ("Scotland", "GB", "SCT"),
    ],
)
def test_regions(typed, country, code):
    assert subdivision_code(typed, country) == code


def test_unknown_places_are_refused_with_a_line():
    with pytest.raises(InvalidInput, match=r"^country: 'Atlantis' is not a country"):
        country_code("Atlantis")
    with pytest.raises(InvalidInput, match=r"^region: 'Narnia' is not a region of US"):
        subdivision_code("Narnia", "US")


def test_a_record_takes_names():
    record = {"company": "Acme", "role": "Analyst", "interviewed": "2026-11-19",
              "format": "video", "country": "Canada", "subdiv": "Ontario"}  # fmt: skip
    interview = from_record(record)
    assert (interview.country, interview.subdiv) == ("CA", "ON")
