"""Issue 9, session 18: zone labels read whole, in new shapes (invented people and places):

- a region's clock ("hora de Canarias", "Madeira time", "Tasmania time"): the zone the tz
  database describes by that region, in its country;
- a zone's word a place in brackets qualifies: a country ("IST (Israel)", "IST (India)")
  decides the zone and the country; a city ("AEST (Brisbane)", "(Brisbane, AEST)") its own
  zone when it keeps the word's clock part of the year;
- a zone's word and an address in a state of the same country that keeps the same clock on
  the day ("AEST/AEDT" and "Melbourne VIC 3000"): the state's zone.
"""

from __future__ import annotations

import pytest
from test_invite_kinds_s13_invites import mail, read


def _zone(
    text: str, sender: str = "Noa Brill <noa.brill@gmail.com>"
) -> tuple[str | None, str | None, str]:
    invite = read(mail(sender, "Interview", f"Hi Rowan,\r\n\r\n{text}\r\n\r\nNoa\r\n"))
    return invite.interview.tz, invite.country, f"{invite.interview.time:%H:%M}"


@pytest.mark.parametrize(
    ("text", "zone", "country"),
    [
        ("La entrevista será el martes 8 de junio de 2027 a las 11:30 (hora de Canarias), en "
         "nuestra oficina del puerto.", "Atlantic/Canary", "ES"),
        ("A entrevista será no dia 8 de junho de 2027 às 11h30, hora da Madeira.",
         "Atlantic/Madeira", "PT"),
        ("Your interview is on Tuesday 8 June 2027 at 11:30 Tasmania time.", "Australia/Hobart",
         "AU"),
    ],
)  # fmt: skip
def test_a_regions_clock_gives_its_zone_and_country(text: str, zone: str, country: str) -> None:
    assert _zone(text) == (zone, country, "11:30")


@pytest.mark.parametrize(
    ("text", "zone", "country"),
    [
        ("Your call is on Tuesday 8 June 2027 at 4:00 PM IST (Israel).", "Asia/Jerusalem", "IL"),
        ("Your call is on Tuesday 8 June 2027 at 4:00 PM IST (India).", "Asia/Kolkata", "IN"),
        ("Your call is on Tuesday 8 June 2027 at 4:00 PM IST (Ireland).", "Europe/Dublin", "IE"),
        ("Date: 18/11/2027\r\nTime: 16:00-17:00 (Brisbane, AEST)", "Australia/Brisbane", "AU"),
        ("Your call is on Thursday 18 November 2027 at 4:00 PM AEST (Brisbane).",
         "Australia/Brisbane", "AU"),
    ],
)  # fmt: skip
def test_a_place_in_brackets_qualifies_the_zones_word(text: str, zone: str, country: str) -> None:
    assert _zone(text) == (zone, country, "16:00")


def test_a_zones_word_and_an_address_in_a_state_that_keeps_its_clock() -> None:
    text = (
        "Your interview is on Wednesday 9 June 2027 at 2:15 PM AEST/AEDT.\r\n"
        "Location: Level 7, 31 Queen Street, Melbourne VIC 3000"
    )
    assert _zone(text) == ("Australia/Melbourne", "AU", "14:15")
