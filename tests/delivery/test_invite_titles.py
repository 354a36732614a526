"""Interviewers and their titles as invitation mails write them (kind 7), the company a mail
domain spells, and the fixtures of tests/fixtures/facts_dev_v2/invites: schedule rows with a
session's name, table columns, "Name, Title, Department", "Title Name", "our Title, Name",
titles in German and French, honorifics that are no part of a name, credentials after one."""

from __future__ import annotations

from pathlib import Path

import pytest

from followup.delivery.invites import ImportedInvite, parse_invite, read_invite

DEV = Path(__file__).resolve().parents[1] / "fixtures" / "facts_dev_v2" / "invites"
ME = "jordan.lee@example.net"


def mail(body: str, subject: str = "Interview for Data Analyst at Fernhill") -> ImportedInvite:
    text = (
        "From: Ada Quist <ada.quist@fernhill.com>\r\nTo: Jordan Lee <jordan.lee@example.net>\r\n"
        f"Date: Tue, 10 Nov 2026 09:00:00 +0000\r\nSubject: {subject}\r\n\r\n"
        "Your interview is on Thursday, November 19, 2026 at 10:00 AM ET.\r\n\r\n"
        f"{body}\r\n"
    )
    return parse_invite(text.encode("utf-8"), "mail.eml", user_emails=[ME], default_tz="UTC")


def titles(invite: ImportedInvite) -> dict[str, str | None]:
    return {p.name: p.title for p in invite.interview.interviewers}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # an itinerary row: time | session | Name, Title
            "10:00 AM - 10:45 AM | Product Sense | Nadia Farouk, Director of Product\n"
            "10:45 AM - 11:30 AM | Execution | Ilya Petrov, Group Product Manager",
            {"Nadia Farouk": "Director of Product", "Ilya Petrov": "Group Product Manager"},
        ),
        (  # a title with a comma in it: "VP, Store Operations"
            "Interview Schedule:\n9:00 AM - Marcus Hale - VP, Store Operations\n"
            "9:45 AM - Lena Fischer - Regional HR Partner",
            {"Marcus Hale": "VP, Store Operations", "Lena Fischer": "Regional HR Partner"},
        ),
        (  # a title in brackets with a comma; "Dr." is no part of the name
            "You'll meet with Dr. Elaine Cho (Associate Director, Protein Sciences) and\n"
            "Marco Bianchi, Senior Scientist.",
            {
                "Elaine Cho": "Associate Director, Protein Sciences",
                "Marco Bianchi": "Senior Scientist",
            },
        ),
        (  # the title before the name
            "You will be interviewed by our Registered Manager, Olivia Grant, and our\n"
            "Clinical Lead, Ben Adeyemi.",
            {"Olivia Grant": "Registered Manager", "Ben Adeyemi": "Clinical Lead"},
        ),
        (
            "You'll be meeting with Senior Accountant Tomas Ibarra.",
            {"Tomas Ibarra": "Senior Accountant"},
        ),
        (  # honorifics of other languages: Mag., Mme, M.
            "You'll be speaking with Mag. Stefan Gruber (Head of Controlling) and\n"
            "Dr. Ines Lechner (Chief Financial Officer).",
            {"Stefan Gruber": "Head of Controlling", "Ines Lechner": "Chief Financial Officer"},
        ),
        (
            "Vous rencontrerez Mme Claire Dubois, Directrice financière, puis M. Julien Petit "
            "(Responsable comptabilité).",
            {"Claire Dubois": "Directrice financière", "Julien Petit": "Responsable comptabilité"},
        ),
        (  # German titles under a German label
            "Ihre Gesprächspartner:\nDr. Matthias Brandt, Leiter Softwareentwicklung\n"
            "Julia Krämer, Teamleiterin Backend",
            {
                "Matthias Brandt": "Leiter Softwareentwicklung",
                "Julia Krämer": "Teamleiterin Backend",
            },
        ),
        (  # a credential after the name is no title; "Name, Title, Department"
            "Panel:\nFelix Okonkwo, RN, Nurse Manager\n"
            "Interviewer: Paloma Reyes, Senior Manager, Revenue Operations",
            {
                "Felix Okonkwo": "Nurse Manager",
                "Paloma Reyes": "Senior Manager, Revenue Operations",
            },
        ),
        (  # a table's columns (tabs, as an HTML table reads as text)
            "Time (PT)\tInterviewer\tTitle\tFocus\n9:00 – 9:45\tWen Li\tStaff Software Engineer\t"
            "System Design",
            {"Wen Li": "Staff Software Engineer"},
        ),
    ],
)
def test_titles_go_to_their_person(body: str, expected: dict[str, str]) -> None:
    assert titles(mail(body)) == expected


def test_a_department_after_a_title_is_not_a_person() -> None:
    invite = mail("Interviewer: Paloma Reyes, Senior Manager, Revenue Operations")
    assert [p.name for p in invite.interview.interviewers] == ["Paloma Reyes"]


def test_the_writer_who_interviews_too_gets_their_signature_title() -> None:
    body = (
        "You will meet Tomasz Nowak (QA Lead) and me.\n\nKind regards,\nAda Quist\n"
        "HR Business Partner"
    )
    assert titles(mail(body)) == {"Tomasz Nowak": "QA Lead", "Ada Quist": "HR Business Partner"}
    joined = mail("Kavya Iyer (Senior Android Engineer) will join me.\n\nRegards,\nAda Quist\n"
                  "Engineering Manager, Payments")  # fmt: skip
    assert titles(joined) == {
        "Kavya Iyer": "Senior Android Engineer",
        "Ada Quist": "Engineering Manager, Payments",
    }


def test_the_organizer_in_the_schedule_with_a_title_of_their_own_interviews() -> None:
    invite = read_invite(DEV / "teams_html_table_columns.eml", default_tz="UTC")
    assert titles(invite)["Grace Okafor"] == "Engineering Manager"
    assert invite.interview.people[0].name == "Grace Okafor"  # the coordinator as well


def test_a_sessions_name_is_no_person() -> None:
    invite = mail("2:00 PM - 2:45 PM | System Design | Wen Li, Staff Engineer")
    assert titles(invite) == {"Wen Li": "Staff Engineer"}


def test_a_department_is_no_name_after_a_title_that_ends_with_of() -> None:
    invite = mail("You will meet with Dr. Angela Ruiz, Director of Clinical Informatics.")
    assert titles(invite) == {"Angela Ruiz": "Director of Clinical Informatics"}


def test_a_greeting_in_another_language_names_the_candidate() -> None:
    invite = read_invite(DEV / "google_german_titles.ics", default_tz="UTC")
    assert "Robin Hartmann" not in titles(invite)
    assert invite.interview.role == "Backend-Entwickler"  # "(m/w/d)" is no part of the role


def test_the_company_is_the_name_the_text_spells_the_domain_with() -> None:
    invite = read_invite(DEV / "outlook_customized_phoenix.ics", default_tz="UTC")
    assert invite.interview.company == "Saguaro Health"  # not a sentence from the text


def test_an_address_with_a_spaced_strasse_is_a_place() -> None:
    invite = read_invite(DEV / "lever_mag_honorific.eml", default_tz="UTC")
    assert invite.interview.format.value == "in-person"


# ------------------------------------------------------------ zones, dates, coordinators


def plain(body: str, sender: str = "Nora Whelan <nwhelan@harrowgatebio.com>") -> ImportedInvite:
    text = (
        f"From: {sender}\r\nTo: Sam Patel <sam.patel@example.com>\r\n"
        "Date: Fri, 5 Feb 2027 15:48:00 -0500\r\nSubject: Onsite interview - Research Associate\r\n"
        f"\r\n{body}\r\n"
    )
    return parse_invite(text.encode("utf-8"), "mail.eml", default_tz="UTC")


@pytest.mark.parametrize(
    ("where", "zone"),
    [
        ("We're at 75 Binney Street in Boston, on the 6th floor.", "America/New_York"),
        ("Please come to our Denver office, 1550 Wynkoop Street.", "America/Denver"),
        ("Location: Bramblecrest, 400 Congress Avenue, Austin\n", "America/Chicago"),
        ("Address: 1111 E McDowell Rd, Tempe\n", "America/Phoenix"),
    ],
)
def test_a_us_city_without_its_state_gives_the_zone(where: str, zone: str) -> None:
    invite = plain(f"See you on Tuesday, February 16, 2027 at 1:00 PM.\n{where}")
    assert (invite.interview.tz, invite.country) == (zone, "US")
    assert any("the address is in" in note for note in invite.notes)


def test_a_city_of_that_name_in_the_country_the_clues_name_wins() -> None:
    # Boston, Lincolnshire for a .co.uk sender and a UK phone number
    invite = plain(
        "See you on Tuesday, February 16, 2027 at 1:00 PM at our office in Boston, "
        "Lincolnshire. Call +44 1205 310 000 if you are lost.",
        sender="Ann Lee <ann.lee@fenholt.co.uk>",
    )
    assert (invite.interview.tz, invite.country) == ("Europe/London", "GB")


@pytest.mark.parametrize(
    ("said", "day"),
    [
        ("le jeudi 4 mars 2027 à 11h00", "2027-03-04"),
        ("am Dienstag, 9. Februar 2027 um 14:00 Uhr", "2027-02-09"),
        ("el martes 9 de febrero de 2027 a las 14:00", "2027-02-09"),
        ("op dinsdag 9 februari 2027 om 14:00", "2027-02-09"),
    ],
)
def test_a_date_written_in_another_language_is_read(said: str, day: str) -> None:
    invite = plain(f"Interview: {said}.")
    assert invite.interview.interviewed.isoformat() == day
    assert invite.interview.time is not None and invite.interview.time.hour in (11, 14)


def test_a_coordinator_the_text_names_beats_a_teams_mailbox() -> None:
    invite = read_invite(DEV / "ashby_loop_vevents.ics", default_tz="UTC")
    coordinator = invite.interview.people[0]
    assert (coordinator.name, coordinator.email) == ("Harper Quinn", "harper.quinn@kilnworth.com")


def test_the_one_attendee_outside_the_employers_domain_is_the_candidate() -> None:
    invite = read_invite(DEV / "ashby_loop_vevents.ics", default_tz="UTC")
    assert titles(invite) == {
        "Paloma Reyes": "Senior Manager, Revenue Operations",
        "Tariq Hassan": "Data Engineer",
    }
    assert any("looks like you" in note for note in invite.notes)


@pytest.mark.parametrize(
    ("name", "coordinator", "expected"),
    [
        (  # an HTML cell "<b>Name</b><br>Title" under "Your interviewers"; Reply-To beats a
            # team's careers box
            "html_name_br_title.eml",
            "Felicity Marsh",
            {
                "Hiroshi Tanabe": "Principal Design Researcher",
                "Amara Nwosu": "Head of Product Design",
            },
        ),
        (  # a Spanish label ("Te entrevistarán:") and titles with "de"
            "workday_spanish.eml",
            "Lucía Fernández",
            {
                "Marta Gil": "Directora Financiera",
                "Javier Soto": "Responsable de Control de Gestión",
            },
        ),
        (  # "will be on the call with me": the writer interviews too
            "outlook_customized_nz.ics",
            "Aroha Ngata",
            {"Liam O'Connell": "Lead Developer", "Aroha Ngata": "Delivery Manager"},
        ),
        (  # Dutch "je spreekt met mij en met …"
            "dutch_signature_interviewer.eml",
            "Sanne Visser",
            {"Sanne Visser": "Hoofd Product", "Pieter Jansen": "Teamleider Development"},
        ),
        (  # "session - Title Name" rows; the recruiter's own row is no interview
            "greenhouse_title_name_rows.eml",
            "Jonah Feld",
            {"Sofia Marchetti": "Principal Engineer", "Dmitri Volkov": "Senior Test Engineer"},
        ),
    ],
)
def test_more_shapes_of_people(name: str, coordinator: str, expected: dict[str, str]) -> None:
    invite = read_invite(DEV / name, default_tz="UTC")
    assert titles(invite) == expected
    assert invite.interview.people[0].name == coordinator


def test_a_city_after_a_postcode_and_a_role_after_an_invitation_word() -> None:
    spanish = read_invite(DEV / "workday_spanish.eml", default_tz="UTC")
    assert (spanish.interview.tz, spanish.country) == ("Europe/Madrid", "ES")  # "28001 Madrid"
    assert spanish.interview.role == "Analista Financiero"
    dutch = read_invite(DEV / "dutch_signature_interviewer.eml", default_tz="UTC")
    assert dutch.interview.role == "Product Owner"  # "Uitnodiging sollicitatiegesprek …"


@pytest.mark.parametrize(
    ("name", "zone"),
    [
        ("exchange_pacific_vancouver.ics", "America/Vancouver"),
        ("exchange_central_winnipeg.ics", "America/Winnipeg"),
    ],
)
def test_a_windows_zone_in_canada_is_the_canadian_zone_of_the_same_clocks(name, zone) -> None:
    # tzlocal's copy of CLDR names Vancouver "British Columbia Standard Time": the country's
    # zones that keep the Windows zone's clocks are its candidates too
    invite = read_invite(DEV / name, default_tz="UTC")
    assert (invite.interview.tz, invite.country, invite.country_guessed) == (zone, "CA", False)


@pytest.mark.parametrize(
    ("name", "zone", "hour"),
    [
        ("floating_denver_no_state.ics", "America/Denver", 10),
        ("utc_boston_no_state.ics", "America/New_York", 10),
    ],
)
def test_a_calendar_start_without_a_zone_takes_the_zone_of_the_city_named(name, zone, hour) -> None:
    invite = read_invite(DEV / name, default_tz="Europe/London")
    assert (invite.interview.tz, invite.interview.time.hour) == (zone, hour)
    assert any("inferred" in note and "the address is in" in note for note in invite.notes)


@pytest.mark.parametrize(
    ("subject", "company", "role"),
    [
        ("Your upcoming interview for Product Designer at Lumenfield on Feb 9", "Lumenfield",
         "Product Designer"),
        ("Thanks for applying to Lumenfield! Let's schedule your interview for the Product "
         "Designer role", "Lumenfield", "Product Designer"),
        ("Your application with Lumenfield - Product Designer interview", "Lumenfield",
         "Product Designer"),
    ],
)  # fmt: skip
def test_the_company_of_a_subject_with_extra_words(subject: str, company: str, role: str) -> None:
    invite = mail("See you then.", subject=subject)
    assert (invite.interview.company, invite.interview.role) == (company, role)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # pronouns after a name are no title
            "Interviewers:\nAisha Bello (she/her), Staff Data Scientist\nRyo Tanaka (he/him) - "
            "Analytics Lead",
            {"Aisha Bello": "Staff Data Scientist", "Ryo Tanaka": "Analytics Lead"},
        ),
        (  # a dash between a name and its title
            "You'll be meeting Maria Lopez — Chief Medical Officer at Fernhill.",
            {"Maria Lopez": "Chief Medical Officer"},
        ),
        (
            "Your interview panel will be:\n• Maria Lopez | Chief Medical Officer\n"
            "• Sam O'Neil | VP of Nursing",
            {"Maria Lopez": "Chief Medical Officer", "Sam O'Neil": "VP of Nursing"},
        ),
        ("Meeting with: Maria Lopez, CMO", {"Maria Lopez": "CMO"}),
        (
            "Panel members\nMaria Lopez\nChief Medical Officer\n\nSam O'Neil\nVP of Nursing",
            {"Maria Lopez": "Chief Medical Officer", "Sam O'Neil": "VP of Nursing"},
        ),
        (
            "The interview will be with Maria Lopez (Chief Medical Officer) and Sam O'Neil "
            "(VP of Nursing).",
            {"Maria Lopez": "Chief Medical Officer", "Sam O'Neil": "VP of Nursing"},
        ),
        (
            "Interviewer: Maria Lopez\nTitle: Chief Medical Officer",
            {"Maria Lopez": "Chief Medical Officer"},
        ),
    ],
)
def test_titles_in_more_shapes(body: str, expected: dict[str, str]) -> None:
    assert titles(mail(body)) == expected


def test_a_room_is_a_place_and_a_teams_mailbox_no_interviewer() -> None:
    invite = read_invite(DEV / "outlook_room_and_team_box.ics", default_tz="UTC")
    assert invite.interview.format.value == "in-person"  # CUTYPE=ROOM: they meet in a room
    assert titles(invite) == {"Tom Ibarra": None}  # not "Hiring Team <hiring@…>"
