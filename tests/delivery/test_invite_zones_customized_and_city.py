"""Issue 9, kinds 2 and 3 (zones whose name says nothing): an Outlook "Customized Time Zone"
defined only by its VTIMEZONE's offsets and 1601-anchored rules, matched to the IANA zone of
the country the other clues point to, southern-hemisphere rules and rules a week off the tz
database's included; and a zone the text names together with a city ("Central European
Summer Time - Copenhagen", "(Oslo time)", "(Grazer Zeit)"), read as that city's zone and
country."""

from __future__ import annotations

import pytest

from followup.delivery.invites import ImportedInvite, parse_invite

USER = "rowan.adeyemi@example.net"


def offset(minutes: int) -> str:
    sign = "-" if minutes < 0 else "+"
    return f"{sign}{abs(minutes) // 60:02d}{abs(minutes) % 60:02d}"


def customized(
    standard: int,
    daylight: int | None = None,
    to_standard: tuple[int, str] = (4, "1SU"),
    to_daylight: tuple[int, str] = (10, "1SU"),
    name: str = "Customized Time Zone",
) -> str:
    """A VTIMEZONE as Outlook writes one it has no name for: offsets in minutes east of UTC,
    rules anchored in 1601 ("1SU" of a month, "-1SU" for its last Sunday); no daylight: one
    STANDARD block."""
    if daylight is None:
        return (
            f"BEGIN:VTIMEZONE\r\nTZID:{name}\r\nBEGIN:STANDARD\r\nDTSTART:16010101T000000\r\n"
            f"TZOFFSETFROM:{offset(standard)}\r\nTZOFFSETTO:{offset(standard)}\r\n"
            "END:STANDARD\r\nEND:VTIMEZONE\r\n"
        )

    def block(kind: str, month: int, day: str, before: int, after: int) -> str:
        return (
            f"BEGIN:{kind}\r\nDTSTART:1601{month:02d}01T020000\r\n"
            f"RRULE:FREQ=YEARLY;BYDAY={day};BYMONTH={month}\r\n"
            f"TZOFFSETFROM:{offset(before)}\r\nTZOFFSETTO:{offset(after)}\r\nEND:{kind}\r\n"
        )

    return (
        f"BEGIN:VTIMEZONE\r\nTZID:{name}\r\n"
        + block("STANDARD", *to_standard, daylight, standard)
        + block("DAYLIGHT", *to_daylight, standard, daylight)
        + "END:VTIMEZONE\r\n"
    )


def outlook_mail(vtimezone: str, start: str, text: str, domain: str, language: str) -> bytes:
    """An Outlook invite: a text part, then a calendar whose start names the VTIMEZONE."""
    cal = (
        "BEGIN:VCALENDAR\r\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r\n"
        "VERSION:2.0\r\nMETHOD:REQUEST\r\n" + vtimezone + "BEGIN:VEVENT\r\n"
        "UID:040000008200E00074C5B7101A82E0080000000012345678\r\nDTSTAMP:20350301T120000Z\r\n"
        f'DTSTART;TZID="Customized Time Zone":{start}\r\n'
        "SUMMARY:Interview – Quality Analyst\r\nLOCATION:Microsoft Teams\r\n"
        f"ORGANIZER;CN=Dana Ruiz:mailto:dana.ruiz@{domain}\r\n"
        f"ATTENDEE;CN=Rowan Adeyemi:mailto:{USER}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    return (
        f"From: Dana Ruiz <dana.ruiz@{domain}>\r\nTo: Rowan Adeyemi <{USER}>\r\n"
        "Subject: Interview – Quality Analyst\r\nDate: Thu, 01 Mar 2035 12:00:00 +0000\r\n"
        f"Content-Language: {language}\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/alternative; boundary="XYZ"\r\n\r\n'
        f"--XYZ\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{text}\r\n"
        "--XYZ\r\nContent-Type: text/calendar; charset=utf-8; method=REQUEST\r\n\r\n"
        f"{cal}--XYZ--\r\n"
    ).encode()


def read(data: bytes, name: str = "zone.eml") -> ImportedInvite:
    return parse_invite(data, name, default_tz="UTC", user_emails=[USER])


# (country's rules, start, text with its clues, organizer's domain, language, zone, country)
CUSTOMIZED = [
    # Chile: summer time from the first Sunday of September to the first of April; in a year
    # whose April starts on a Sunday Outlook's rule changes a week before the tz database's
    (
        customized(-240, -180, (4, "1SU"), (9, "1SU")),
        "20350612T153000",
        "Saludos,\nDana Ruiz\nAv. Providencia 1200, Providencia, Santiago\n+56 2 2555 0199",
        "vinosur.example",
        "es-cl",
        "America/Santiago",
        "CL",
    ),
    (
        customized(-240, -180, (4, "1SU"), (9, "1SU")),
        "20350110T153000",
        "Saludos,\nDana Ruiz\n+56 2 2555 0199",
        "vinosur.example",
        "es-cl",
        "America/Santiago",
        "CL",
    ),
    # New Zealand: summer time from the last Sunday of September to the first of April
    (
        customized(720, 780, (4, "1SU"), (9, "-1SU")),
        "20350214T153000",
        "Kind regards,\nDana Ruiz\nLevel 4, 12 Willis Street, Wellington\n+64 4 555 0142",
        "kereru.example",
        "en-nz",
        "Pacific/Auckland",
        "NZ",
    ),
    # Adelaide: +09:30, +10:30 from the first Sunday of October to the first of April
    (
        customized(570, 630, (4, "1SU"), (10, "1SU")),
        "20351115T153000",
        "Kind regards,\nDana Ruiz\n80 Grenfell Street, Adelaide SA 5000\n+61 8 5550 0142",
        "saltbush.example",
        "en-au",
        "Australia/Adelaide",
        "AU",
    ),
    # Paraguay has kept UTC-3 all year since 2024: many countries keep that clock
    (
        customized(-180),
        "20350612T153000",
        "Saludos,\nDana Ruiz\nAv. Mariscal López 3300, Asunción\n+595 21 555 014",
        "yerbal.example",
        "es-py",
        "America/Asuncion",
        "PY",
    ),
    # Brazil without summer time: UTC-3 all year, as Argentina and Uruguay
    (
        customized(-180),
        "20351203T153000",
        "Atenciosamente,\nDana Ruiz\nAv. Paulista 1500, São Paulo\n+55 11 5555 0142",
        "cafezal.example",
        "pt-br",
        "America/Sao_Paulo",
        "BR",
    ),
    # Mexico without summer time (since 2022), UTC-6 as Central America and Saskatchewan
    (
        customized(-360),
        "20350612T153000",
        "Saludos,\nDana Ruiz\nPaseo de la Reforma 250, Ciudad de México\n+52 55 5555 0142",
        "nopal.example",
        "es-mx",
        "America/Mexico_City",
        "MX",
    ),
    # Mexico from a sender whose rules still keep its old summer time (first Sunday of April
    # to the last of October): no zone keeps them in 2035; Mexico's zone keeps their UTC-6
    (
        customized(-360, -300, (10, "-1SU"), (4, "1SU")),
        "20350612T153000",
        "Saludos,\nDana Ruiz\nPaseo de la Reforma 250, Ciudad de México\n+52 55 5555 0142",
        "nopal.example",
        "es-mx",
        "America/Mexico_City",
        "MX",
    ),
    # Iran: +03:30 all year since 2023
    (
        customized(210),
        "20350612T103000",
        "Best regards,\nDana Ruiz\n+98 21 5555 0142",
        "zagros.example",
        "fa-ir",
        "Asia/Tehran",
        "IR",
    ),
    # northern rules: the European Union's last Sundays of March and October, in Portugal's
    # clock (UTC+0, +1 in summer), not the United Kingdom's, which keeps the same one
    (
        customized(0, 60, (10, "-1SU"), (3, "-1SU")),
        "20350612T153000",
        "Cumprimentos,\nDana Ruiz\nAv. da Liberdade 190, Lisboa\n+351 21 555 0142",
        "sobreiro.example",
        "pt-pt",
        "Europe/Lisbon",
        "PT",
    ),
    # the United States' second Sunday of March and first of November, in Canada
    (
        customized(-300, -240, (11, "1SU"), (3, "2SU")),
        "20350612T153000",
        "Best regards,\nDana Ruiz\n100 King Street West, Toronto, ON M5X 1A9\n+1 416 555 0142",
        "maplecrest.example",
        "en-ca",
        "America/Toronto",
        "CA",
    ),
]


@pytest.mark.parametrize(
    ("vtimezone", "start", "text", "domain", "language", "zone", "country"), CUSTOMIZED
)
def test_a_customized_zone_is_the_clues_countrys_zone_with_its_rules(
    vtimezone: str, start: str, text: str, domain: str, language: str, zone: str, country: str
) -> None:
    invite = read(outlook_mail(vtimezone, start, f"Hello Rowan,\n\n{text}\n", domain, language))
    assert invite.interview.tz == zone
    assert invite.country == country
    assert str(invite.interview.time)[:5] == f"{start[9:11]}:{start[11:13]}"
    assert str(invite.interview.interviewed) == f"{start[:4]}-{start[4:6]}-{start[6:8]}"
    assert any("inferred" in note and zone in note for note in invite.notes)


def test_a_customized_zone_no_zone_keeps_is_no_traceback() -> None:
    """Offsets no zone keeps (+05:17) and no clue: the time is shown in the user's zone, said."""
    data = outlook_mail(
        customized(317, 377), "20350612T153000", "Hello Rowan,\n", "nowhere.example", "en"
    )
    invite = read(data)
    assert invite.interview.tz == "UTC"
    assert any("Customized Time Zone" in note for note in invite.notes)


# ----------------------------------------------------------------- a zone named with a city


def utc_mail(text: str, start: str, domain: str = "scheduling.example") -> bytes:
    """A scheduling service's mail: the start in UTC in the calendar, the zone in the text, no
    address, a mail domain that says no country."""
    cal = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Invented Scheduler//EN\r\n"
        "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:zone-city-1@scheduling.example\r\n"
        f"DTSTAMP:20350301T120000Z\r\nDTSTART:{start}\r\n"
        "SUMMARY:Interview with Dana Ruiz - Lumen Grid\r\nLOCATION:Video call\r\n"
        f"ORGANIZER;CN=Dana Ruiz:mailto:no-reply@{domain}\r\n"
        f"ATTENDEE;CN=Rowan Adeyemi:mailto:{USER}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    return (
        f"From: Lumen Grid <no-reply@{domain}>\r\nTo: Rowan Adeyemi <{USER}>\r\n"
        "Reply-To: Dana Ruiz <dana.ruiz@lumengrid.example>\r\n"
        "Subject: Interview Confirmation: Grid Analyst at Lumen Grid\r\n"
        "Date: Thu, 01 Mar 2035 12:00:00 +0000\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/mixed; boundary="XYZ"\r\n\r\n'
        f"--XYZ\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nHi Rowan,\r\n\r\n{text}\r\n"
        "\r\nBest,\r\nDana Ruiz\r\n"
        "--XYZ\r\nContent-Type: text/calendar; charset=utf-8; method=REQUEST\r\n"
        f'Content-Disposition: attachment; filename="invite.ics"\r\n\r\n{cal}--XYZ--\r\n'
    ).encode()


@pytest.mark.parametrize(
    ("line", "start", "zone", "country", "clock"),
    [
        (
            "Wednesday, January 10th 2035 (Central European Time - Stockholm)\n"
            "10:00 - 10:45  Dana Ruiz, Grid Analyst Lead",
            "20350110T090000Z",
            "Europe/Stockholm",
            "SE",
            "10:00",
        ),
        (
            "Thursday, July 12th 2035 (Eastern European Summer Time – Helsinki)\n"
            "13:00 - 13:45  Dana Ruiz, Grid Analyst Lead",
            "20350712T100000Z",
            "Europe/Helsinki",
            "FI",
            "13:00",
        ),
        (
            "Tuesday, May 15th 2035 (Pacific Time - Vancouver)\n"
            "9:30am - 10:15am  Dana Ruiz, Grid Analyst Lead",
            "20350515T163000Z",
            "America/Vancouver",
            "CA",
            "09:30",
        ),
        (
            "Tuesday, May 15th 2035, all times in Central European Summer Time — Brussels\n"
            "11:00 - 11:45  Dana Ruiz, Grid Analyst Lead",
            "20350515T090000Z",
            "Europe/Brussels",
            "BE",
            "11:00",
        ),
        (
            "Termin: Mittwoch, 7. November 2035, 10:00 Uhr (Grazer Zeit)",
            "20351107T090000Z",
            "Europe/Vienna",
            "AT",
            "10:00",
        ),
        (
            "Termin: Mittwoch, 7. November 2035, 10:00 Uhr (Zürcher Zeit)",
            "20351107T090000Z",
            "Europe/Zurich",
            "CH",
            "10:00",
        ),
        (
            "Termin: Mittwoch, 7. November 2035, 10:00 Uhr Münchner Ortszeit",
            "20351107T090000Z",
            "Europe/Berlin",
            "DE",
            "10:00",
        ),
        (
            "Tuesday, May 15th 2035, 14:00 CEST (Oslo time)",
            "20350515T120000Z",
            "Europe/Oslo",
            "NO",
            "14:00",
        ),
    ],
)
def test_a_zone_named_with_a_city_is_the_citys_zone_and_country(
    line: str, start: str, zone: str, country: str, clock: str
) -> None:
    invite = read(utc_mail(line, start))
    assert invite.interview.tz == zone
    assert invite.country == country
    assert str(invite.interview.time)[:5] == clock


def test_a_city_that_does_not_keep_the_zones_clock_is_not_taken() -> None:
    """'Central European Time - Lisbon': Lisbon keeps another clock; the zone is the word's."""
    line = "Wednesday, January 10th 2035 (Central European Time - Lisbon)\n10:00 - 10:45  Dana Ruiz"
    invite = read(utc_mail(line, "20350110T090000Z"))
    assert invite.interview.tz != "Europe/Lisbon"
    assert str(invite.interview.time)[:5] == "10:00"
