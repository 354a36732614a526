"""Invites in the shapes the sixth and seventh held-out sets showed the reader misjudging, one
test per kind, in fresh wording (the eighth development set, tests/fixtures/facts_dev8, has
whole invites of each): a tracking system's no-reply organizer, a street or a session taken
for a person, names with a capital inside, a panel said after a sentence, a role's standard
in brackets, zones of rules, of a UTC start and of a sender's own calendar."""

from __future__ import annotations

import pytest

from followup.delivery.invites import ImportedInvite, parse_invite

ME = "jo.quinn@example.org"


def mail(subject: str, body: str, sender: str, extra: str = "", ics: str = "") -> bytes:
    head = (
        f"From: {sender}\r\nTo: Jo Quinn <{ME}>\r\nSubject: {subject}\r\n"
        f"Date: Mon, 04 Jan 2027 09:00:00 +0000\r\n{extra}MIME-Version: 1.0\r\n"
    )
    if not ics:
        return (head + "Content-Type: text/plain; charset=utf-8\r\n\r\n" + body).encode()
    return (
        head + 'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\n'
        "Content-Type: text/plain; charset=utf-8\r\n\r\n" + body + "\r\n--b\r\n"
        "Content-Type: text/calendar; charset=utf-8; method=REQUEST\r\n\r\n" + ics + "\r\n--b--\r\n"
    ).encode()


def event(start: str, organizer: str, extra: str = "") -> str:
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:u-1\r\n"
        f"DTSTAMP:20270104T090000Z\r\nDTSTART{start}\r\nSUMMARY:Interview\r\n"
        f"ORGANIZER{organizer}\r\n{extra}END:VEVENT\r\nEND:VCALENDAR\r\n"
    )


def read(data: bytes) -> ImportedInvite:
    return parse_invite(data, "invite.eml", user_emails=[ME], default_tz="UTC")


def titled(invite: ImportedInvite) -> dict[str, str | None]:
    return {p.name: p.title for p in invite.interview.interviewers}


def test_a_tracking_systems_no_reply_organizer_goes_by_the_company_not_a_person():
    ics = event(":20270112T150000Z", ";CN=Marlow & Finch Surveyors:mailto:no-reply@hire.lever.co")
    invite = read(
        mail(
            "Interview confirmed: Site Surveyor at Marlow & Finch Surveyors",
            "Hi Jo,\n\nSee you on Zoom: https://zoom.us/j/123456789\n",
            "Marlow & Finch Surveyors <no-reply@hire.lever.co>",
            "Reply-To: Ada Birch <ada.birch@mfsurvey.co.uk>\r\n",
            ics,
        )
    )
    assert invite.interview.company == "Marlow & Finch Surveyors"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # a street and a session's name are no interviewers
            "Hi Jo,\n\nYour schedule on Tuesday, 12 January 2027:\n\n"
            "10:00 AM - 10:45 AM  Systems Design - Ruth Ames (Staff Engineer)\n"
            "11:00 AM - 11:30 AM  Lena Park, Product Lead\n\n"
            "Our office: 9 Harrow Quay, Leeds LS1 4AP\n\nBest,\nAda Birch\nRecruiter\n",
            {"Ruth Ames": "Staff Engineer", "Lena Park": "Product Lead"},
        ),
        (  # a capital inside a name, a panel labelled after a sentence
            "Hello Jo - we look forward to it. Panel: Cdr. Fergus McAllister (Port Captain) · "
            "Ines Roca (Berth Planner). They will ask about tides.\n\nAda Birch, Talent "
            "Advisor\nTuesday, January 12, 2027 2:00 PM Pacific Time\n",
            {"Fergus McAllister": "Port Captain", "Ines Roca": "Berth Planner"},
        ),
    ],
)
def test_the_interviewers_a_text_names_and_no_one_else(body: str, expected: dict) -> None:
    invite = read(mail("Interview - Berth Analyst", body, "Ada Birch <ada.birch@portco.ca>"))
    assert titled(invite) == expected


def test_a_standard_in_a_roles_brackets_is_no_requisition():
    body = "Hola Jo:\n\nLa entrevista es el martes 12 de enero de 2027 a las 10:00.\n"
    invite = read(
        mail(
            "Entrevista: Técnico de Laboratorio (ISO 17025) – Jo Quinn",
            body,
            "Ada Birch <ada@labsur.es>",
        )
    )
    assert invite.interview.role == "Técnico de Laboratorio (ISO 17025)"


def test_a_utc_start_takes_the_zone_of_the_country_the_clues_name_when_the_text_agrees():
    ics = event(":20270112T150000Z", ";CN=Acme Energia:mailto:no-reply@ashbyhq.com")
    body = "Olá Jo,\n\nTerça-feira, 12 de janeiro de 2027\n15:00 – 16:00\n\nAda Birch\n"
    invite = read(
        mail(
            "Entrevista confirmada",
            body,
            "Acme Energia <no-reply@ashbyhq.com>",
            "Reply-To: Ada Birch <ada.birch@acme-energia.pt>\r\n",
            ics,
        )
    )
    assert (invite.interview.tz, invite.country) == ("Europe/Lisbon", "PT")
    assert invite.interview.time is not None and invite.interview.time.hour == 15


def test_a_senders_own_calendar_zone_gives_way_to_the_country_of_the_clues_on_the_same_clock():
    organizer = ";CN=Ada Birch:mailto:ada@atelier-rhone.fr"
    ics = event(";TZID=Europe/Brussels:20270112T150000", organizer)
    body = (
        "Bonjour Jo,\n\nVotre entretien aura lieu à notre atelier : 12 rue Mercière, "
        "69002 Lyon.\n\nAda Birch\n04 72 55 01 99\n"
    )
    invite = read(mail("Entretien", body, "Ada Birch <ada@atelier-rhone.fr>", ics=ics))
    assert (invite.interview.tz, invite.country) == ("Europe/Paris", "FR")
