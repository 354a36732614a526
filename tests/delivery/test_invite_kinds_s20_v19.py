"""Issue 9, session 20 (second wave): kinds held-out v19 got wrong, in new invented examples
in other languages than v19's files:

- the format of an invite whose location is a place by its shape (a street and a house
  number, or a building, a street and a town between commas) in any language and script, and
  whose text gives a telephone number only to call with questions: in person, not phone;
"""

from __future__ import annotations

import pytest
from test_invite_kinds_s13_invites import USER, calendar, mail

from followup.core.models import Format
from followup.delivery.invites import ImportedInvite, parse_invite


def located(location: str, description: str, summary: str = "Interview") -> bytes:
    return calendar(
        "BEGIN:VEVENT\r\nUID:s20b-0@x\r\nDTSTAMP:20261101T090000Z\r\n"
        "DTSTART;TZID=Europe/Berlin:20270608T100000\r\n"
        f"SUMMARY:{summary}\r\nDESCRIPTION:{description}\r\nLOCATION:{location}\r\n"
        "ORGANIZER;CN=Jo Marsh:mailto:jo.marsh@harrowfield.example\r\n"
        f"ATTENDEE;CN=Rowan Adeyemi:mailto:{USER}\r\nEND:VEVENT\r\n"
    ).encode()


def read(data: bytes, name: str = "s20b.ics") -> ImportedInvite:
    return parse_invite(data, name, default_tz="UTC", user_emails=[USER])


# --------------------------------------------------------------------------- format


@pytest.mark.parametrize(
    ("location", "description"),
    [
        # Hungarian: a street and a house number, then the town
        ("Váci út 47\\, Budapest", "Kérdés esetén hívjon: +36 1 555 0142"),
        # Greek: a street, a number and the town, no comma
        ("Λεωφόρος Κηφισίας 44 Αθήνα", "Για ερωτήσεις: +30 21 0555 0199"),
        # Indonesian: a building, a street and a town between commas, no number
        ("Gedung Sentra Niaga\\, Jalan Sudirman\\, Jakarta Selatan",
         "Hubungi kami di +62 21 5550 1234 jika ada pertanyaan."),
        # Vietnamese: a building, a floor and a district
        ("Tòa nhà Sông Hồng\\, tầng 21\\, Quận 1", "Liên hệ: 028 5555 0123"),
    ],
)  # fmt: skip
def test_a_location_that_is_a_place_by_its_shape_is_an_in_person_round(
    location: str, description: str
) -> None:
    assert read(located(location, description)).interview.format is Format.IN_PERSON


@pytest.mark.parametrize(
    "location",
    ["Online", "+36 1 555 0142", "Telefon", "TBD", "Microsoft Teams-Besprechung"],
)
def test_a_location_that_is_no_place_makes_no_in_person_round(location: str) -> None:
    invite = read(located(location, "Kérdés esetén hívjon: +36 1 555 0142"))
    assert invite.interview.format is not Format.IN_PERSON


# --------------------------------------------------------------------------- role codes


@pytest.mark.parametrize(
    ("role", "code"),
    [
        ("Inżynier procesu", "(kod 40912)"),
        ("Projektleiter Tiefbau", "(Kennziffer 2031/118)"),
        ("Kế toán tổng hợp", "(Mã số: KT-2031-07)"),
        ("Teknisk skribent", "(Ref. nr. TS-2031-118)"),
    ],
)
def test_a_reference_code_in_brackets_after_the_role_is_no_part_of_it(role: str, code: str) -> None:
    text = f"Hello,\n\nwe invite you to an interview for {role} {code} at Harrowfield.\n"
    event = (
        "BEGIN:VEVENT\r\nUID:s20b-1@x\r\nDTSTAMP:20261101T090000Z\r\n"
        "DTSTART;TZID=Europe/Berlin:20270608T100000\r\n"
        f"SUMMARY:Interview: {role} {code}\r\nDESCRIPTION:Interview\r\n"
        "ORGANIZER;CN=Jo Marsh:mailto:jo.marsh@harrowfield.example\r\n"
        f"ATTENDEE;CN=Rowan Adeyemi:mailto:{USER}\r\nEND:VEVENT\r\n"
    )
    data = mail(
        "Jo Marsh <jo.marsh@harrowfield.example>",
        f"Interview: {role} {code}",
        text,
        (calendar(event),),
    )
    assert read(data, "s20b.eml").interview.role == role


@pytest.mark.parametrize(
    "role",
    [
        "Flight Instructor (B1)",
        "Kierownik zmiany (magazyn)",
        "Welding Inspector (EN 1090)",
        "Sezonowy operator linii (żniwa 2031)",  # a season's year is the role's own word
        "Ski Patroller (winter 2030)",
    ],
)
def test_a_bracket_of_the_roles_own_words_stays(role: str) -> None:
    data = mail(
        "Jo Marsh <jo.marsh@harrowfield.example>",
        f"Interview: {role}",
        f"Hello,\n\nwe invite you to an interview for {role} on 8 June 2027 at 10:00 "
        "at Harrowfield.\n",
    )
    assert read(data, "s20b.eml").interview.role == role


# --------------------------------------------------------------------------- schedules


def test_a_sessions_name_on_a_schedules_time_line_is_nobody() -> None:
    text = (
        "Bună ziua,\n\niată programul interviului de joi, 8 iunie 2027:\n\n"
        "09:00 – 09:45   Proiectare Sisteme\n"
        "                Andrei Popescu, Inginer Principal\n"
        "10:00 – 10:45   Programare Practică\n"
        "                Ioana Marin, Arhitect Software\n\n"
        "Toate sesiunile au loc pe Zoom.\n\nCu stimă,\nElena Dobre\n"
    )
    event = (
        "BEGIN:VEVENT\r\nUID:s20b-2@x\r\nDTSTAMP:20261101T090000Z\r\n"
        "DTSTART;TZID=Europe/Bucharest:20270608T090000\r\n"
        "SUMMARY:Interviu\r\nDESCRIPTION:Interviu\r\n"
        "ORGANIZER;CN=Elena Dobre:mailto:elena.dobre@harrowfield.example\r\n"
        f"ATTENDEE;CN=Rowan Adeyemi:mailto:{USER}\r\nEND:VEVENT\r\n"
    )
    data = mail(
        "Elena Dobre <elena.dobre@harrowfield.example>", "Interviu", text, (calendar(event),)
    )
    people = {
        p.name: p.title
        for p in read(data, "s20b.eml").interview.people
        if p.role.value == "interviewer"
    }
    assert people == {"Andrei Popescu": "Inginer Principal", "Ioana Marin": "Arhitect Software"}


# --------------------------------------------------------------------------- listed people


@pytest.mark.parametrize(
    ("listing", "expected"),
    [
        # Hungarian, a dash and a bullet
        ("Az interjút vezetik:\n•\tDr. Ákos Tóth – gyártásvezető\n"
         "•\tRéka Nagy – minőségügyi mérnök\n",
         {"Ákos Tóth": "gyártásvezető", "Réka Nagy": "minőségügyi mérnök"}),
        # Indonesian, a comma
        ("Wawancara akan dipandu oleh:\nBudi Santoso, kepala gudang\n"
         "Dewi Lestari, analis rantai pasok\n",
         {"Budi Santoso": "kepala gudang", "Dewi Lestari": "analis rantai pasok"}),
        # Romanian, each title on the line under the name
        ("Vă vor intervieva:\n\nAndrei Popescu\nDirector Tehnic Adjunct\n\n"
         "Ioana Marin\nȘefă Serviciu Calitate\n",
         {"Andrei Popescu": "Director Tehnic Adjunct",
          "Ioana Marin": "Șefă Serviciu Calitate"}),
    ],
)  # fmt: skip
def test_people_listed_under_a_line_ending_in_a_colon_are_read_with_their_titles(
    listing: str, expected: dict[str, str]
) -> None:
    text = (
        f"Hello,\n\nyour interview is on 8 June 2027 at 10:00.\n\n{listing}\nBest,\nElena Dobre\n"
    )
    event = (
        "BEGIN:VEVENT\r\nUID:s20b-3@x\r\nDTSTAMP:20261101T090000Z\r\n"
        "DTSTART;TZID=Europe/Bucharest:20270608T100000\r\n"
        "SUMMARY:Interview\r\nDESCRIPTION:Interview\r\n"
        "ORGANIZER;CN=Elena Dobre:mailto:elena.dobre@harrowfield.example\r\n"
        f"ATTENDEE;CN=Rowan Adeyemi:mailto:{USER}\r\nEND:VEVENT\r\n"
    )
    data = mail(
        "Elena Dobre <elena.dobre@harrowfield.example>", "Interview", text, (calendar(event),)
    )
    people = {
        p.name: p.title
        for p in read(data, "s20b.eml").interview.people
        if p.role.value == "interviewer"
    }
    assert people == expected


# --------------------------------------------------------------------------- team boxes


def test_an_attendee_named_after_the_company_is_a_team_box() -> None:
    people = (
        "ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Réka Nagy:mailto:reka.nagy@harrowfield.example\r\n"
        "ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Harrowfield Ákos:mailto:akos.harrowfield@harrowfield"
        ".example\r\n"
        "ATTENDEE;ROLE=OPT-PARTICIPANT;CN=Harrowfield Toborzás:mailto:toborzas@harrowfield"
        ".example\r\n"
    )
    event = (
        "BEGIN:VEVENT\r\nUID:s20b-4@x\r\nDTSTAMP:20261101T090000Z\r\n"
        "DTSTART;TZID=Europe/Budapest:20270608T100000\r\n"
        "SUMMARY:Interjú\r\nDESCRIPTION:Interjú\r\nLOCATION:Microsoft Teams\r\n"
        "ORGANIZER;CN=Elena Dobre:mailto:elena.dobre@harrowfield.example\r\n"
        f"{people}ATTENDEE;CN=Rowan Adeyemi:mailto:{USER}\r\nEND:VEVENT\r\n"
    )
    invite = read(calendar(event).encode())
    names = {p.name for p in invite.interview.people if p.role.value == "interviewer"}
    assert names == {"Réka Nagy", "Harrowfield Ákos"}


# --------------------------------------------------------------------------- addresses


def test_a_town_on_an_address_line_that_starts_with_a_floor_is_nobody() -> None:
    text = (
        "Hola Rowan,\n\nGracias por postularte al puesto de Backend Engineer. Tu entrevista "
        "técnica es con Diego Fuentes, Engineering Manager, y Lucía Paredes, Senior Backend "
        "Engineer.\n\nSaludos,\nMarta Ibarra\nTalent Acquisition Specialist, Harrowfield "
        "S.A.\n8F Torre Andina, Ciudad Satélite\n+52 55 5555 0176\n"
    )
    event = (
        "BEGIN:VEVENT\r\nUID:s20b-5@x\r\nDTSTAMP:20261101T090000Z\r\n"
        "DTSTART:20270608T160000Z\r\nSUMMARY:Harrowfield – Backend Engineer\r\n"
        "DESCRIPTION:x\r\nORGANIZER;CN=Marta Ibarra:mailto:marta.ibarra@harrowfield.example\r\n"
        "ATTENDEE;CN=Diego Fuentes:mailto:diego.fuentes@harrowfield.example\r\n"
        f"ATTENDEE;CN=Rowan Adeyemi:mailto:{USER}\r\nEND:VEVENT\r\n"
    )
    data = mail(
        "Marta Ibarra <marta.ibarra@harrowfield.example>",
        "Invitación: Harrowfield – Backend Engineer",
        text,
        (calendar(event),),
    )
    people = {
        p.name for p in read(data, "s20b.eml").interview.people if p.role.value == "interviewer"
    }
    assert people == {"Diego Fuentes", "Lucía Paredes"}
