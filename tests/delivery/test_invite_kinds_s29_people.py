"""Issue 9 (session 29): who is a person in an invite, with invented names:

- an Exchange attendee whose display name is "Last, First" written without quotes (the
  comma makes icalendar read a list of values): one person "First Last", never the text of
  a Python list;
- a meeting room or resource invited as an attendee (CUTYPE=ROOM/RESOURCE, or a name shaped
  like a room's: a room word, its seats in brackets, the event's LOCATION): never a person;
- an organisation's name read as a person's (the subject's "Interview: Role - Company", the
  company written with its legal form in the signature): never an interviewer, and the
  company is that name, not the squashed mail domain;
- a no-reply tracker's mail whose text asks to write to a person under the list of
  interviewers ("Ante cualquier consulta escribí a … (Selección) a …@…"): the coordinator,
  not an interviewer.
"""

from __future__ import annotations

import pytest

from helpers_invites import USER, coordinator, interviewers, mail, read


def exchange(attendees: str, location: str = "Room 4.12", description: str = "") -> str:
    """An on-premises Exchange invite in Eastern time with the given ATTENDEE lines."""
    return (
        "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nPRODID:Microsoft Exchange Server 2010\r\n"
        "VERSION:2.0\r\nBEGIN:VTIMEZONE\r\nTZID:Eastern Standard Time\r\nBEGIN:STANDARD\r\n"
        "DTSTART:16010101T020000\r\nTZOFFSETFROM:-0400\r\nTZOFFSETTO:-0500\r\n"
        "RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11\r\nEND:STANDARD\r\nBEGIN:DAYLIGHT\r\n"
        "DTSTART:16010101T020000\r\nTZOFFSETFROM:-0500\r\nTZOFFSETTO:-0400\r\n"
        "RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\n"
        "BEGIN:VEVENT\r\n"
        "ORGANIZER;CN=Maribel Quist:mailto:maribel.quist@fernhollow.example\r\n"
        f"{attendees}"
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Rowan Adeyemi:mailto:{USER}\r\n"
        f"DESCRIPTION;LANGUAGE=en-US:{description}\r\n"
        "UID:040000008200E00074C5B7101A82E0080000000077AA11\r\n"
        "SUMMARY;LANGUAGE=en-US:Interview - Process Engineer\r\n"
        "DTSTART;TZID=Eastern Standard Time:20350612T100000\r\n"
        "DTEND;TZID=Eastern Standard Time:20350612T110000\r\n"
        "DTSTAMP:20350601T120000Z\r\nSTATUS:CONFIRMED\r\nSEQUENCE:0\r\n"
        f"LOCATION;LANGUAGE=en-US:{location}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )


def attendee(cn: str, email: str, extra: str = "") -> str:
    """An ATTENDEE line as Exchange writes it (`extra`: more parameters, ";CUTYPE=ROOM")."""
    return (
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE{extra};CN={cn}:"
        f"mailto:{email}\r\n"
    )


# ------------------------------------------------------------ "Last, First" display names


@pytest.mark.parametrize(
    ("cn", "name"),
    [
        ("Okonkwo, Adaeze", "Adaeze Okonkwo"),  # unquoted: icalendar reads two values
        ('"Okonkwo, Adaeze"', "Adaeze Okonkwo"),  # quoted, as RFC 5545 wants it
        ("Okonkwo, \r\n Adaeze", "Adaeze Okonkwo"),  # folded right after the comma
        ("Lindahl-Marsh, Teodor", "Teodor Lindahl-Marsh"),
        ("Ferreira, Inês", "Inês Ferreira"),
    ],
)
def test_an_unquoted_last_first_name_is_one_person(cn: str, name: str) -> None:
    invite = read(exchange(attendee(cn, "a.okonkwo@fernhollow.example")))
    people = interviewers(invite)
    assert list(people) == [name]
    assert not any("[" in p.name or "'" in p.name for p in invite.interview.people)


def test_two_last_first_attendees_stay_two_people() -> None:
    invite = read(
        exchange(
            attendee("Okonkwo, Adaeze", "a.okonkwo@fernhollow.example")
            + attendee("Brandvold, Sigrun", "s.brandvold@fernhollow.example")
        )
    )
    assert sorted(interviewers(invite)) == ["Adaeze Okonkwo", "Sigrun Brandvold"]


# ------------------------------------------------------------ rooms and resources


@pytest.mark.parametrize(
    ("cn", "extra", "location"),
    [
        ("BOS-4-Boardroom Charles (14)", "", "Room 4.12"),  # a room word, no CUTYPE
        ("Conference Room Juniper", "", "Room 4.12"),
        ("HQ Lakeview (8)", "", "Room 4.12"),  # the seats in brackets
        ("Salle de réunion Rhône", "", "Room 4.12"),
        ("Besprechungsraum Elbe", "", "Room 4.12"),
        ("Tamarack Suite North", "", "Tamarack Suite North"),  # the event's LOCATION
        ("Tamarack", ";CUTYPE=ROOM", "Room 4.12"),
        ("Projector Cart 2", ";CUTYPE=RESOURCE", "Room 4.12"),
    ],
)
def test_a_room_or_a_resource_is_never_a_person(cn: str, extra: str, location: str) -> None:
    invite = read(
        exchange(
            attendee("Okonkwo, Adaeze", "a.okonkwo@fernhollow.example")
            + attendee(cn, "res.lakeview@fernhollow.example", extra),
            location=location,
        )
    )
    assert list(interviewers(invite)) == ["Adaeze Okonkwo"]
    assert coordinator(invite) == "Maribel Quist"


def test_a_person_whose_name_holds_room_letters_stays_a_person() -> None:
    invite = read(exchange(attendee("Brooms, Odile", "o.brooms@fernhollow.example")))
    assert list(interviewers(invite)) == ["Odile Brooms"]


# ------------------------------------------------------------ an organisation is no person


WEBEX_TEXT = (
    "Nadia Ferrante invites you to join this Webex meeting.\n\n"
    "Interview: Site Reliability Lead - {company}\n"
    "Host: Nadia Ferrante\n"
    "Thursday, June 14, 2035 | 10:00 AM | 1 hour 00 minutes\n\n"
    "Interviewers: Piet Anholt (Head of Platform), Gwen Sallow (Staff Engineer)\n\n"
    "Questions about scheduling? Reply to this email or contact Nadia Ferrante, "
    "Recruiting Coordinator, +1 617-555-0142.\n"
    "{company} {form} | 88 Summer St, Boston, MA 02110\n"
)


@pytest.mark.parametrize(
    ("company", "form", "domain"),
    [
        ("Larchfield Joinery", "Co.", "larchjoin.example"),
        ("Quillon Harbour Freight", "Inc.", "quillonfreight.example"),
        ("Brightmoor Ceramics", "LLC", "brightmoor-ceramics.example"),
    ],
)
def test_an_organisation_named_with_its_legal_form_is_no_interviewer(
    company: str, form: str, domain: str
) -> None:
    text = WEBEX_TEXT.format(company=company, form=form)
    data = mail(
        "Webex <messenger@webex.com>",
        f"Webex meeting invitation: Interview: Site Reliability Lead - {company}",
        text,
        headers=f"Reply-To: Nadia Ferrante <nadia.ferrante@{domain}>\r\n",
    )
    invite = read(data, "invite.eml")
    assert invite.interview.company == company
    assert sorted(interviewers(invite)) == ["Gwen Sallow", "Piet Anholt"]
    assert coordinator(invite) == "Nadia Ferrante"


# ------------------------------------------------------------ the one to contact


@pytest.mark.parametrize(
    "ask",
    [
        "Ante cualquier consulta escribí a Itziar Mondragón (Selección) a "
        "itziar.mondragon@cerrogrande.example o llamá al +54 11 5555-0142.",
        "Si tenés dudas, comunicate con Itziar Mondragón (Selección) al correo "
        "itziar.mondragon@cerrogrande.example.",
        "Para cualquier duda, escríbele a Itziar Mondragón (Selección) a "
        "itziar.mondragon@cerrogrande.example.",
    ],
)
def test_the_person_to_write_to_under_the_panel_is_the_coordinator(ask: str) -> None:
    text = (
        "Hola Rowan:\n\nTe confirmamos la entrevista presencial para la posición Analista "
        "de Costos.\n\nFecha: jueves 14 de junio de 2035\nHorario: 10:00 a 11:00 (hora de "
        "Argentina)\nLugar: Av. Corrientes 1234, Buenos Aires\n\nEntrevistadores:\n"
        "Gerente de Finanzas – Bautista Olmedo\nJefa de Costos – Renata Quiroga\n\n"
        f"{ask}\n\nCerro Grande Alimentos S.A.\n\n"
        "Este es un mensaje automático de Workday. No respondas a este correo.\n"
    )
    data = mail(
        "Cerro Grande Alimentos <cerrogrande@myworkday.com>",
        "Entrevista programada: Analista de Costos – Cerro Grande Alimentos",
        text,
    )
    invite = read(data, "invite.eml")
    assert coordinator(invite) == "Itziar Mondragón"
    who = next(p for p in invite.interview.people if p.role.value == "coordinator")
    assert who.email == "itziar.mondragon@cerrogrande.example"
    assert sorted(interviewers(invite)) == ["Bautista Olmedo", "Renata Quiroga"]
