"""Issue 9, session 20: invites read by the shape and place of what they say, not by words of
one language (invented people, companies and places, in languages the development sets do
not have):

- a start given in UTC and a city named right after the text's time, in the text's own
  language and script ("10:00 waktu Kuala Lumpur", "الساعة 10:00 بتوقيت الرياض"): that city's
  zone, when it makes the start the text's time; an offset after it is read whole, never cut
  inside ("(GMT-05:00)" is no "GMT-0");
"""

from __future__ import annotations

import pytest
from test_invite_kinds_s13_invites import calendar, mail, read

USER = "rowan.adeyemi@example.net"


def utc_event(start: str, summary: str, description: str, people: str = "") -> str:
    """A VEVENT whose start is given in UTC (…Z), as applicant-tracking systems send it."""
    return (
        "BEGIN:VEVENT\r\nUID:s20-utc@x\r\nDTSTAMP:20261101T090000Z\r\n"
        f"DTSTART:{start}\r\nSUMMARY:{summary}\r\nDESCRIPTION:{description}\r\n"
        "ORGANIZER;CN=Recruiting:mailto:no-reply@ats.example\r\n"
        f"{people}ATTENDEE;CN=Rowan Adeyemi:mailto:{USER}\r\nEND:VEVENT\r\n"
    )


# --------------------------------------------------------------------------- zones


@pytest.mark.parametrize(
    ("start", "text", "zone", "country", "clock"),
    [
        # Malay: 02:00 UTC is 10:00 in Kuala Lumpur
        ("20270608T020000Z", "Temu duga anda pada 8 Jun 2027, jam 10:00 pagi waktu Kuala "
         "Lumpur (GMT+08:00).", "Asia/Kuala_Lumpur", "MY", "10:00"),
        # Arabic, the city in Arabic script: 07:00 UTC is 10:00 in Riyadh
        ("20270608T070000Z", "موعد المقابلة يوم 8 يونيو 2027 الساعة 10:00 بتوقيت الرياض",
         "Asia/Riyadh", "SA", "10:00"),
        # Turkish, the city with its dotted capital and a case ending after an apostrophe
        ("20270608T070000Z", "Görüşme 8 Haziran 2027 saat 10:00 (İstanbul saati) olarak "
         "planlandı.", "Europe/Istanbul", "TR", "10:00"),
        # Spanish, a range and an offset that a cut at a fixed width would split
        ("20270608T140000Z", "Hora: 9:00 a. m. – 10:30 a. m. hora de Bogotá (GMT-05:00)",
         "America/Bogota", "CO", "09:00"),
    ],
)  # fmt: skip
def test_a_city_named_after_the_texts_time_gives_the_zone_of_a_utc_start(
    start: str, text: str, zone: str, country: str, clock: str
) -> None:
    cal = calendar(utc_event(start, "Interview", text.replace(",", "\\,")))
    invite = read(mail("Recruiting <no-reply@ats.example>", "Interview", text, (cal,)))
    assert (invite.interview.tz, invite.country, f"{invite.interview.time:%H:%M}") == (
        zone,
        country,
        clock,
    )
