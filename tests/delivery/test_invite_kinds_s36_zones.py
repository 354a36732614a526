"""Issue 9 (session 36): a start in UTC whose time the text gives in a zone other countries
keep too ("2:00 PM CST", "10:00 AM MST"): the zone of the country the other clues point to (a
Saskatoon address: America/Regina), over the UTC a Google invitation's subject and its own
line say first. Invented invites."""

from __future__ import annotations

import pytest

from followup.delivery.invites.common import _vocab
from followup.delivery.invites.zones.in_text import _region_word
from helpers_invites import USER, google, guest, mail, read

# ------------------------------------------- 6. a zone word other countries keep too


GOOGLE_LINE = "Thursday Jan 14, 2027 ⋅ {utc} (Coordinated Universal Time)"


@pytest.mark.parametrize(
    ("start", "utc", "said", "address", "zone", "country", "clock"),
    [
        ("DTSTART:20270114T170000Z", "5pm – 5:45pm", "10:00 AM MST (Mountain Time)",
         "Our office is at 250 6 Ave SW, Calgary, AB T2P 3H7.", "America/Edmonton", "CA",
         "10:00"),
        ("DTSTART:20270114T193000Z", "7:30pm – 8:15pm", "2:30 PM EST",
         "Our office: 99 Bank Street, Ottawa, ON K1P 6B9", "America/Toronto", "CA", "14:30"),
        ("DTSTART:20270114T200000Z", "8pm – 8:45pm", "2:00 PM CST (Central Time)",
         "Our office is at 410 22nd St E, Saskatoon, SK S7K 5T6.", "America/Regina", "CA",
         "14:00"),
        # a country's words after the zone's: its zone, with no other clue
        ("DTSTART:20270114T210000Z", "9pm – 9:45pm", "3:00 PM CST (hora del centro de México)",
         "", "America/Mexico_City", "MX", "15:00"),
        # the clues point to the zone's own country: as before
        ("DTSTART:20270114T200000Z", "8pm – 8:45pm", "2:00 PM CST (Central Time)",
         "Our office is at 180 N LaSalle St, Chicago, IL 60601.", "America/Chicago", "US",
         "14:00"),
    ],
)  # fmt: skip
def test_a_zone_word_in_the_text_in_the_country_the_clues_point_to(
    start: str, utc: str, said: str, address: str, zone: str, country: str, clock: str
) -> None:
    description = (
        f"Hi Rowan,\n\nI've booked your video interview for Thursday, January 14, 2027 at {said}."
        f"\n\n{address}\n\nTalk soon,\nMorgan Tait"
    )
    cal = google(
        "CN=Morgan Tait:mailto:morgan.tait@prairieloom.example",
        "Prairie Loom | Data Analyst | Rowan Adeyemi",
        description,
        guest("Morgan Tait", "morgan.tait@prairieloom.example"),
        start=start,
    )
    text = (
        "You have been invited to the following event.\n\n"
        "Prairie Loom | Data Analyst | Rowan Adeyemi\n"
        + GOOGLE_LINE.format(utc=utc)
        + "\n\n"
        + description
    )
    sender = "Morgan Tait <morgan.tait@prairieloom.example>"
    # Google's subject says the time in the calendar's own zone first
    subject = (
        f"Invitation: Prairie Loom | Data Analyst | Rowan Adeyemi @ Thu Jan 14, 2027 "
        f"{utc.replace(' – ', ' - ')} (UTC) ({USER})"
    )
    invite = read(mail(sender, subject, text, cal), "g.eml")
    assert (invite.interview.tz, invite.country) == (zone, country)
    assert invite.interview.time is not None
    assert invite.interview.time.strftime("%H:%M") == clock


@pytest.mark.parametrize(
    ("name", "region"),
    [("Central", True), ("Eastern", True), ("Pacific", True), ("México", False),
     ("Kuala Lumpur", False), ("Calgary", False)],
)  # fmt: skip
def test_a_zone_s_region_is_no_city(name: str, region: bool) -> None:
    assert _region_word(name, _vocab()) is region
