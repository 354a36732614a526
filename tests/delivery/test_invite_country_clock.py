"""The zone of an invite that names none, from the country its clues point to: a country of
one clock everywhere most people live (Spain but the Canaries, Brazil's UTC-3, Mexico's
centre) gives its main zone, said to be a guess; a country of several clocks (the US) none.
A tracking system's own country (jobs.personio.de) is no clue to the employer's. Zones named
in the invite's language ("hora del centro", "MEZ"). Windows-1252 text without a charset
keeps its accents, in the headers, the text and the calendar part."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from test_invite_employer import _mail, _read

from followup.delivery.invites import parse_invite
from followup.delivery.invites.zones.tables import main_zone


@pytest.mark.parametrize(
    ("country", "zone"),
    [
        ("ES", "Europe/Madrid"),
        ("BR", "America/Sao_Paulo"),
        ("MX", "America/Mexico_City"),
        ("PT", "Europe/Lisbon"),
        ("US", None),
        ("AU", None),
        ("RU", None),
    ],
)
def test_a_countrys_main_clock(country: str, zone: str | None) -> None:
    assert main_zone(country, datetime(2027, 3, 18, 11, 0)) == zone


@pytest.mark.parametrize(
    ("sender", "reply_to", "zone", "country"),
    [
        ("Recursos Humanos <rrhh@ferreteriaolmedo.es>", "", "Europe/Madrid", "ES"),
        ("Vagas <vagas@grupotaquari.com.br>", "", "America/Sao_Paulo", "BR"),
        (  # the tracking system's .de is no clue; the employer's .ch is
            "Firma Keller <noreply@jobs.personio.de>",
            "Urs Keller <urs.keller@kellerbau.ch>",
            "Europe/Zurich",
            "CH",
        ),
    ],
)
def test_a_mail_without_a_zone_takes_its_countrys_main_clock(
    sender: str, reply_to: str, zone: str, country: str
) -> None:
    body = "Hola Casey,\n\nWe will see you on 18 March 2027 at 11:00.\n"
    invite = _read(_mail("Entrevista", body, sender=sender, reply_to=reply_to))
    assert (invite.interview.tz, invite.country) == (zone, country)
    assert invite.interview.time.hour == 11


def test_a_mail_to_a_country_of_several_clocks_gets_no_guess() -> None:
    body = "Hi Casey,\n\nWe will see you on 18 March 2027 at 11:00.\n"
    invite = _read(_mail("Interview", body, sender="Kim Lowe <kim@pinecrestdental.com>"))
    assert invite.interview.tz is None  # the user's own zone is taken later, as before


def test_a_utc_start_with_the_zone_in_spanish_words() -> None:
    text = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\nUID:mx@test\r\n"
        "DTSTAMP:20270301T000000Z\r\nDTSTART:20270322T170000Z\r\nSUMMARY:Entrevista\r\n"
        "DESCRIPTION:Hora: 11:00 a.m. hora del centro de México\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    invite = parse_invite(text.encode(), "x.ics", default_tz="UTC", today=date(2027, 2, 1))
    assert invite.interview.tz == "America/Mexico_City"
    assert (invite.interview.interviewed, invite.interview.time.hour) == (date(2027, 3, 22), 11)


def test_windows_1252_without_a_charset_keeps_its_accents() -> None:
    calendar = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
        "UID:a@b\r\nDTSTAMP:20270301T000000Z\r\nDTSTART;TZID=Europe/Paris:20270316T100000\r\n"
        "SUMMARY:Entretien – Chargée d'études\r\n"
        "ORGANIZER;CN=Agnès Lefèbvre:mailto:agnes.lefebvre@brasserie-mireille.fr\r\n"
        "ATTENDEE;CN=Raphaël Dubœuf:mailto:raphael.duboeuf@brasserie-mireille.fr\r\n"
        "LOCATION:Brasserie Mireille\\, 4 place Bellecour\\, 69002 Lyon\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    ).encode("cp1252")
    mail = (
        b"From: Agn\xe8s Lef\xe8bvre <agnes.lefebvre@brasserie-mireille.fr>\r\n"
        b"To: Casey <casey@gmail.com>\r\n"
        b"Subject: Entretien \xe0 Lyon \x96 Charg\xe9e d'\xe9tudes\r\n"
        b"Date: Mon, 01 Mar 2027 09:00:00 +0100\r\nMIME-Version: 1.0\r\n"
        b"Content-Type: multipart/mixed; boundary=XX\r\n\r\n--XX\r\nContent-Type: text/plain\r\n"
        b"\r\nBonjour, voici l'invitation. Cordialement, Agn\xe8s\r\n--XX\r\n"
        b"Content-Type: text/calendar; method=REQUEST\r\n\r\n" + calendar + b"\r\n--XX--\r\n"
    )
    invite = parse_invite(mail, "x.eml", default_tz="UTC", today=date(2027, 2, 1))
    assert invite.interview.role == "Chargée d'études"
    assert [(p.name, p.role.value) for p in invite.interview.people] == [
        ("Agnès Lefèbvre", "coordinator"),
        ("Raphaël Dubœuf", "interviewer"),
    ]
