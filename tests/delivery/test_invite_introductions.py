"""People the candidate will meet, introduced in prose in the invite languages, and the loop
and role shapes the development sets of session 10 found wanting, each as its kind in fresh
wording (not the fixtures'): an introducing verb ("ti incontreranno", "lernen Sie … kennen",
"conocerás a", "you'll sit down with") before a list whose titles stand before or after the
names; a title in an attendee's brackets; a loop whose events say "Interviewer:" and whose
titles share the role only in brackets; a role's brackets that call the candidate; a title
whose two halves a dash joins; a coordinator whose surname has a particle."""

from __future__ import annotations

from datetime import time

import pytest

from followup.delivery.invites import ImportedInvite, parse_invite

ME = "kim.vale@example.net"


def mail(
    body: str,
    subject: str = "Interview",
    sender: str = "Rosa Ferro <rosa.ferro@tallwood.com>",
) -> ImportedInvite:
    text = (
        f"From: {sender}\r\nTo: Kim Vale <{ME}>\r\n"
        f"Date: Tue, 10 Nov 2026 09:00:00 +0000\r\nSubject: {subject}\r\n"
        f"MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n"
    )
    return parse_invite(text.encode("utf-8"), "mail.eml", user_emails=[ME], default_tz="UTC")


def people(invite: ImportedInvite) -> dict[str, str | None]:
    return {p.name: p.title for p in invite.interview.interviewers}


WHEN = "Thursday, November 19, 2026 at 10:00 AM ET.\n\n"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # Italian: lower-case titles, one before its name, one before a comma
            WHEN + "Durante il colloquio ti incontreranno il capo reparto Luca Ferri e la "
            "responsabile amministrativa, Giovanna Sala.",
            {"Luca Ferri": "capo reparto", "Giovanna Sala": "responsabile amministrativa"},
        ),
        (  # German: the list closed by "kennen", a title after one name, before the other
            WHEN + "Vor Ort lernen Sie Herrn Jonas Weber, Teamleiter Logistik, und unsere "
            "Einkaufsleiterin Frau Petra Lang kennen. Danach gibt es einen Rundgang.",
            {"Jonas Weber": "Teamleiter Logistik", "Petra Lang": "Einkaufsleiterin"},
        ),
        (  # Spanish: "conocerás a …, y a … (title)"
            WHEN + "El día de la entrevista conocerás a Marta Gil, responsable de compras, y a "
            "Pablo Ruiz (jefe de almacén).",
            {"Marta Gil": "responsable de compras", "Pablo Ruiz": "jefe de almacén"},
        ),
        (  # French: "vous ferez la connaissance de", "et ensuite" between the people
            WHEN + "Vous ferez la connaissance de Mme Claire Dumas, responsable logistique, et "
            "ensuite de M. Hugo Petit, chef d'équipe.",
            {"Claire Dumas": "responsable logistique", "Hugo Petit": "chef d'équipe"},
        ),
        (  # Portuguese: "você vai conhecer o título Nome e a título, Nome"
            WHEN + "Você vai conhecer o coordenador de manutenção Paulo Reis e a engenheira de "
            "processos, Lívia Souza.",
            {"Paulo Reis": "coordenador de manutenção", "Lívia Souza": "engenheira de processos"},
        ),
        (  # Dutch: "je maakt kennis met onze titel Naam en met Naam (titel)"
            WHEN + "Je maakt kennis met onze teamleider magazijn Bram Visser en met Eva de Wit "
            "(hr-adviseur).",
            {"Bram Visser": "teamleider magazijn", "Eva de Wit": "hr-adviseur"},
        ),
        (  # Swedish: a place after the list ("på kontoret") is no part of it
            WHEN + "Du kommer att träffa Johan Ek, lagerchef, och Sara Lind (HR-partner) på "
            "kontoret i Borås.",
            {"Johan Ek": "lagerchef", "Sara Lind": "HR-partner"},
        ),
        (  # English: "sit down with", "and then with" before the second person
            WHEN + "You'll sit down with Nadia Khoury, our head of finance, and then with Owen "
            "Price (Senior Accountant).",
            {"Nadia Khoury": "head of finance", "Owen Price": "Senior Accountant"},
        ),
    ],
)
def test_people_introduced_in_prose(body: str, expected: dict[str, str]) -> None:
    assert people(mail(body)) == expected


def test_a_title_joined_by_a_dash_is_kept_as_written() -> None:
    invite = mail(
        WHEN + "The panel will include Ms. Asha Menon, Head of Quality, and Mr. Ravi Iyer, "
        "General Manager – Plant Operations."
    )
    assert people(invite) == {
        "Asha Menon": "Head of Quality",
        "Ravi Iyer": "General Manager – Plant Operations",
    }


def ics(events: list[tuple[str, str, str]], attendee: str = "") -> bytes:
    """A calendar of events (start, summary, description) in Europe/London."""
    body = "".join(
        "BEGIN:VEVENT\r\n"
        f"UID:loop-{index}@tallwood.com\r\nDTSTAMP:20261101T090000Z\r\n"
        f"DTSTART;TZID=Europe/London:{start}\r\nSUMMARY:{summary}\r\n"
        f"DESCRIPTION:{description}\r\nLOCATION:https://meet.google.com/abc-defg-hij\r\n"
        "ORGANIZER;CN=Tallwood Talent:mailto:no-reply@goodtime.io\r\n"
        f"{attendee}"
        f"ATTENDEE;CN=Kim Vale:mailto:{ME}\r\nEND:VEVENT\r\n"
        for index, (start, summary, description) in enumerate(events)
    )
    return f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\n{body}END:VCALENDAR\r\n".encode()


def test_a_loop_whose_events_name_an_interviewer_starts_at_the_first_and_shares_the_role() -> None:
    data = ics(
        [  # the later session first; neither title says "interview"
            (
                "20261119T113000",
                "Tallwood - Values chat (Platform Engineer)",
                "Interviewer: Omar Diallo\\, Engineering Manager",
            ),
            (
                "20261119T100000",
                "Tallwood - Pairing exercise (Platform Engineer)",
                "Interviewer: Ines Moreau\\, Staff Engineer",
            ),
        ]  # fmt: skip
    )
    invite = parse_invite(data, "loop.ics", user_emails=[ME], default_tz="UTC")
    assert invite.interview.time == time(10, 0)
    assert invite.interview.role == "Platform Engineer"
    assert people(invite) == {"Omar Diallo": "Engineering Manager", "Ines Moreau": "Staff Engineer"}


def test_a_loop_of_one_title_numbered_keeps_the_roles_brackets() -> None:
    data = ics(
        [
            (
                "20261119T100000",
                "Tallwood – Junior Solicitor (2027 intake) – Interview 1 of 2",
                "Interviewer: Omar Diallo\\, Partner",
            ),
            (
                "20261119T110000",
                "Tallwood – Junior Solicitor (2027 intake) – Interview 2 of 2",
                "Interviewer: Ines Moreau\\, Senior Associate",
            ),
        ]  # fmt: skip
    )
    invite = parse_invite(data, "loop.ics", user_emails=[ME], default_tz="UTC")
    assert invite.interview.role == "Junior Solicitor (2027 intake)"


def test_an_attendees_title_in_brackets_is_their_title() -> None:
    data = ics(
        [("20261119T100000", "Interview: Lab Technician", "See you soon.")],
        attendee="ATTENDEE;CN=Tove Berg (gruppchef):mailto:tove.berg@tallwood.se\r\n",
    )
    invite = parse_invite(data, "one.ics", user_emails=[ME], default_tz="UTC")
    assert people(invite) == {"Tove Berg": "gruppchef"}


@pytest.mark.parametrize(
    "subject",
    [
        "Interview – Warehouse Supervisor (K. Vale)",
        "Interview – Warehouse Supervisor (Kim)",
        "Interview – Warehouse Supervisor (Vale, K.)",
    ],
)
def test_a_roles_brackets_that_call_the_candidate_are_no_part_of_it(subject: str) -> None:
    invite = mail(WHEN + "See you then.", subject=subject)
    assert invite.interview.role == "Warehouse Supervisor"


def test_a_coordinator_whose_surname_has_a_particle_is_read_from_its_label() -> None:
    invite = mail(
        WHEN + "10:00 - 10:45  Deep dive - Thabo Zulu, Head of Data\n"
        "11:00 - 11:30  Culture - Nomsa Dube, HR Business Partner\n\n"
        "Coordinator: Anouk van Dijk (anouk.vandijk@tallwood.com)\n",
        sender="Tallwood via GoodTime <notifications@goodtime.io>",
    )
    coordinator = invite.interview.people[0]
    assert (coordinator.name, coordinator.email) == ("Anouk van Dijk", "anouk.vandijk@tallwood.com")
    assert people(invite) == {"Thabo Zulu": "Head of Data", "Nomsa Dube": "HR Business Partner"}


@pytest.mark.parametrize(
    ("subject", "sender", "role"),
    [
        (
            "Interview - Hydrographic Surveyor - Saltmarsh Marine",
            "Ada Kerr <ada.kerr@saltmarshmarine.com>",
            "Hydrographic Surveyor",
        ),
        (
            "Interview invitation – Cheesemonger",
            "Ada Kerr <ada.kerr@brindledairy.co.uk>",
            "Cheesemonger",
        ),
        (
            "Vorstellungsgespräch – Kartograf – Nordlicht Vermessung",
            "Ada Kerr <ada.kerr@nordlicht-vermessung.de>",
            "Kartograf",
        ),
    ],
)
def test_a_role_in_words_no_job_list_knows_is_the_titles_other_part(
    subject: str, sender: str, role: str
) -> None:
    company = subject.rsplit("–", 1)[-1].rsplit("-", 1)[-1].strip()
    body = (
        WHEN
        + "See you then.\n\nAda Kerr\nRecruiter\n"
        + ("Brindle Dairy\n" if "brindle" in sender else f"{company}\n")
    )
    invite = mail(body, subject=subject, sender=sender)
    assert invite.interview.role == role


def calendar(organizer: str, description: str) -> bytes:
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:c@x\r\n"
        "DTSTAMP:20261101T090000Z\r\nDTSTART;TZID=America/Chicago:20261119T100000\r\n"
        "SUMMARY:Interview: Quality Analyst\r\n"
        f"DESCRIPTION:{description}\r\nLOCATION:https://acme.zoom.us/j/1\r\n"
        f"ORGANIZER;{organizer}\r\n"
        "ATTENDEE;CN=Tom Birk:mailto:tom.birk@acmefoods.com\r\n"
        f"ATTENDEE;CN=Kim Vale:mailto:{ME}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    ).encode()


@pytest.mark.parametrize(
    ("organizer", "description", "name", "email"),
    [
        (  # a team's name over a mailbox no list knows; the person on a label line
            "CN=Campus Hiring:mailto:campus@acmefoods.com",
            "Coordinator: Ana de Souza (ana.desouza@acmefoods.com)",
            "Ana de Souza",
            "ana.desouza@acmefoods.com",
        ),
        (  # a scheduling service organizes; "Contact …, Title & Title …, address"
            "CN=Lena Voss:mailto:messenger@webex.com",
            "Questions? Contact Lena Voss\\, Recruiting & Onboarding Coordinator\\, "
            "lena.voss@acmefoods.com.",
            "Lena Voss",
            "lena.voss@acmefoods.com",
        ),
        (  # a department's name, the person signs with their address
            "CN=Human Resources:mailto:hr@acmefoods.com",
            "See you then.\\n\\nOmar Haddad\\, HR Coordinator\\nomar.haddad@acmefoods.com",
            "Omar Haddad",
            "omar.haddad@acmefoods.com",
        ),
    ],
)
def test_a_team_organizer_gives_way_to_the_person_the_text_names(
    organizer: str, description: str, name: str, email: str
) -> None:
    invite = parse_invite(
        calendar(organizer, description), "c.ics", user_emails=[ME], default_tz="UTC"
    )
    coordinator = invite.interview.people[0]
    assert (coordinator.role.value, coordinator.name, coordinator.email) == (
        "coordinator",
        name,
        email,
    )


def test_the_reply_to_person_is_the_coordinator_when_a_team_box_organized_it() -> None:
    cal = calendar("CN=Acme Recruiting:mailto:recruiting@acmefoods.com", "See you then.")
    text = (
        "From: Acme Foods <no-reply@ashbyhq.com>\r\nReply-To: Leo Brandt <leo.brandt@acmefoods"
        f".com>\r\nTo: Kim Vale <{ME}>\r\nSubject: Interview confirmed\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\nContent-Type: text/plain\r\n'
        "\r\nHi Kim, your interview is confirmed.\r\n--b\r\nContent-Type: text/calendar\r\n\r\n"
        + cal.decode()
        + "\r\n--b--\r\n"
    )
    invite = parse_invite(text.encode(), "m.eml", user_emails=[ME], default_tz="UTC")
    coordinator = invite.interview.people[0]
    assert (coordinator.name, coordinator.email) == ("Leo Brandt", "leo.brandt@acmefoods.com")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # Spanish: two titles of one person joined by "y", then the next person
            "Estarás con la Ing. Sara Leal, ingeniera y jefa de laboratorio, y con Tomás Gil "
            "(gerente de planta).",
            {"Sara Leal": "ingeniera y jefa de laboratorio", "Tomás Gil": "gerente de planta"},
        ),
        (  # Italian: "e" between the halves
            "Parteciperanno Marco Bini, direttore e responsabile acquisti, e Lia Conti.",
            {"Marco Bini": "direttore e responsabile acquisti", "Lia Conti": None},
        ),
        (  # French: "et"; a bullet list
            "Vous rencontrerez :\n• Anne Roy, ingénieure et responsable qualité\n"
            "• Paul Mercier, chef d'équipe\n",
            {"Anne Roy": "ingénieure et responsable qualité", "Paul Mercier": "chef d'équipe"},
        ),
        (  # Spanish: "en jefe" after a title
            "Estarán presentes:\n• Ing. Rafael Soto, ingeniero en jefe\n• Lic. Eva Paz, "
            "gerente de personal\n",
            {"Rafael Soto": "ingeniero en jefe", "Eva Paz": "gerente de personal"},
        ),
    ],
)
def test_a_title_whose_halves_a_conjunction_joins_is_one_title(
    body: str, expected: dict[str, str | None]
) -> None:
    assert people(mail(WHEN + body)) == expected


@pytest.mark.parametrize(
    ("subject", "body", "sender", "role"),
    [
        (  # German: the company after "bei" in the role's sentence
            "Einladung zum Vorstellungsgespräch",
            "Guten Tag,\n\nvielen Dank für Ihre Bewerbung als Industriemechaniker "
            "Instandhaltung bei Nordwind Metallbau GmbH. Wir laden Sie ein am 19.11.2026 um "
            "10:00 Uhr.\n\nMit freundlichen Grüßen\nAda Kerr\nNordwind Metallbau GmbH\n",
            "Ada Kerr <ada.kerr@nordwind-metallbau.de>",
            "Industriemechaniker Instandhaltung",
        ),
        (  # Polish: the company after a comma
            "Zaproszenie na rozmowę: Technolog żywności (produkcja), Piekarnia Złoty Kłos",
            WHEN + "Do zobaczenia!\n\nAda Kerr\nPiekarnia Złoty Kłos sp. z o.o.\n",
            "Ada Kerr <ada.kerr@zlotyklos.pl>",
            "Technolog żywności (produkcja)",
        ),
        (  # Belgian Dutch: the gender tag "(m/v/x)"
            "Uitnodiging sollicitatiegesprek – Onderhoudstechnicus (m/v/x)",
            WHEN + "Tot dan!\n\nAda Kerr\nHavenbouw Antwerpen\n",
            "Ada Kerr <ada.kerr@havenbouw.be>",
            "Onderhoudstechnicus",
        ),
    ],
)
def test_a_roles_company_and_gender_tag_are_no_part_of_it(
    subject: str, body: str, sender: str, role: str
) -> None:
    assert mail(body, subject=subject, sender=sender).interview.role == role
