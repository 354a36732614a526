"""An imported invite whose location is a postal address gives the company's address."""

from datetime import date
from pathlib import Path

from followup.delivery.invites import read_invite

INVITES = Path(__file__).resolve().parent.parent / "fixtures" / "invites"


def read(name: str):
    return read_invite(INVITES / name, default_tz="America/New_York", today=date(2026, 11, 1))


def test_a_location_that_is_an_address_becomes_the_company_address():
    invite = read("in_person.ics")
    assert invite.interview.address == (
        "Umbrella Corp, 500 W Madison St, Suite 1200, Chicago, IL 60661, USA"
    )


def test_a_video_link_or_phone_number_is_no_address():
    assert read("phone_screen.ics").interview.address is None
    assert read("outlook_teams.ics").interview.address is None
