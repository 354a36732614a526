"""The employer, the role and the interviewers' titles as applicant-tracking systems and
calendar programs write them: a candidate's name in the subject is never the company; the
company's clues ranked (the text, the signature, the tracking system's tenant link, the mail
domain); roles without requisition codes, places and "(m/w/d)"; titles after "at Company," in
a sentence and in itineraries; zone words that are part of a place's name."""

from __future__ import annotations

from datetime import date, time

import pytest

from followup.delivery.invites import parse_invite
from followup.delivery.invites.common import _vocab
from followup.delivery.invites.company_domain import tenant_labels
from followup.delivery.invites.company_names import names_a_person, names_a_place


def _mail(subject: str, body: str, *, sender: str, reply_to: str = "", to: str = "") -> bytes:
    head = [
        f"From: {sender}",
        f"To: {to or 'Casey Rowan <casey.rowan@gmail.com>'}",
        f"Subject: {subject}",
        "Date: Mon, 01 Mar 2027 09:00:00 +0000",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=utf-8",
    ]
    if reply_to:
        head.insert(1, f"Reply-To: {reply_to}")
    return ("\n".join(head) + "\n\n" + body).encode()


def _read(data: bytes, name: str = "invite.eml"):
    return parse_invite(data, name, default_tz="UTC", today=date(2027, 2, 1))


def _titles(invite) -> dict[str, str | None]:
    return {p.name: p.title for p in invite.interview.people if p.role.value == "interviewer"}


# ------------------------------------------------------------------ a person is no company


@pytest.mark.parametrize(
    "subject",
    [
        "Interview - Inventory Analyst (Casey Rowan)",
        "Interview Confirmation: Inventory Analyst - Casey Rowan",
        "Casey Rowan: Interview for Inventory Analyst",
        "Interview Invitation: Casey Rowan for Inventory Analyst (Remote - US)",
    ],
)
def test_the_candidates_name_in_a_subject_is_never_the_company(subject) -> None:
    body = (
        "Hi Casey,\n\nThanks for your interest in Ostermoor Supply! Your video interview is on "
        "Tuesday, March 9, 2027 at 2:00 PM Eastern Time on Zoom.\n\nBest,\nDrew Kaplan\n"
    )
    invite = _read(
        _mail(
            subject,
            body,
            sender="Greenhouse <no-reply@greenhouse.io>",
            reply_to="Drew Kaplan <drew.kaplan@ostermoorsupply.com>",
        )
    )
    assert invite.interview.company == "Ostermoor Supply"
    assert invite.interview.role == "Inventory Analyst"


def test_an_attendee_named_only_by_address_is_no_company() -> None:
    ics = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Google Inc//Google Calendar//EN\r\n"
        "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nDTSTART;TZID=America/Chicago:20270316T140000\r\n"
        "ORGANIZER;CN=Nell Ibarra:mailto:nell.ibarra@quenby.design\r\n"
        "ATTENDEE;CN=zofia.krol.ux@gmail.com:mailto:zofia.krol.ux@gmail.com\r\n"
        "ATTENDEE;CN=Ravi Das:mailto:ravi.das@quenby.design\r\n"
        "SUMMARY:Interview: Product Designer — Zofia Król\r\n"
        "DESCRIPTION:You'll speak with Ravi Das\\, Design Lead at Quenby.\r\n"
        "UID:a1@google.com\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    ).encode()
    invite = _read(ics, "invite.ics")
    assert invite.interview.company == "Quenby"
    assert invite.interview.role == "Product Designer"


def test_the_name_of_a_person_or_a_place_or_a_program() -> None:
    people = {("zofia", "krol", "ux"), ("casey", "rowan")}
    assert names_a_person("Zofia Król", people)
    assert names_a_person("Casey Rowan", people)
    assert not names_a_person("Rowan Industries", people)
    assert names_a_place("Boston, MA") and names_a_place("Remote - US")
    assert names_a_place("Munich") and not names_a_place("Marrowgate")


# ------------------------------------------------------------------ the clues, ranked


def test_a_place_in_the_subject_gives_way_to_the_tracking_systems_tenant() -> None:
    body = (
        "Hello Casey,\n\nThank you for your application for Clinical Data Manager (JR-10442). "
        "Your video interview on Microsoft Teams is on March 18, 2027 at 11:00 AM ET.\n\n"
        "Your candidate home: https://pellworth.wd5.myworkdayjobs.com/en-US/External/userHome\n"
    )
    invite = _read(
        _mail(
            "Interview Request - Clinical Data Manager - JR-10442 - Boston, MA",
            body,
            sender="Workday <no-reply@myworkday.com>",
            reply_to="Paula Reyes <paula.reyes@pw-careers.net>",
        )
    )
    assert invite.interview.company == "Pellworth"
    assert invite.interview.role == "Clinical Data Manager"
    assert any("applicant-tracking" in n for n in invite.notes)


def test_tenant_labels_of_the_tracking_systems() -> None:
    class Ctx:
        vocab = _vocab()

    text = (
        "jobs.lever.co/quillora/6d1f and https://careers-redbud.icims.com/jobs/1 and "
        "falkenried@myworkday.com, boards.greenhouse.io/tidewell/jobs/55"
    )
    labels = tenant_labels([text], Ctx())  # type: ignore[arg-type]
    assert set(labels) >= {"falkenried", "tidewell", "quillora", "redbud"}
    assert not {"jobs", "boards", "www", "careers"} & set(labels)


def test_the_text_outranks_the_signatures_legal_name_and_a_meeting_program() -> None:
    body = (
        "Hei Casey,\n\nHere is the Teams link for your interview. Mette Berg, Payroll Manager, "
        "will lead the conversation. Welcome to Fjordlys Energi!\n\nMed vennlig hilsen\n"
        "Henrik Dahl\nHR Advisor\nFjordlys Energi AS\n\nMicrosoft Teams meeting\n"
        "Date: 23 March 2027, 10:00 (CET)\n"
    )
    invite = _read(
        _mail(
            "Teams interview: Payroll Specialist (REQ-5521) / Casey Rowan",
            body,
            sender="Henrik Dahl <henrik.dahl@fjordlys.no>",
        )
    )
    assert invite.interview.company == "Fjordlys Energi"
    assert invite.interview.role == "Payroll Specialist"
    assert _titles(invite) == {"Mette Berg": "Payroll Manager"}


# ------------------------------------------------------------------ roles


@pytest.mark.parametrize(
    ("subject", "role"),
    [
        ("Interview Invitation: Sales Operations Analyst (m/w/d) - R-0042187 - Munich",
         "Sales Operations Analyst"),
        ("Interview invitation - Logistics Coordinator, Rotterdam", "Logistics Coordinator"),
        ("Interview Scheduled - Maintenance Planner (Req 23-1187) - Tulsa, OK",
         "Maintenance Planner"),
        ("Interview Invitation: Casey Rowan for Account Executive, Mid-Market (Remote - US)",
         "Account Executive, Mid-Market"),
        ("Interview - Claims Adjuster (Casey Rowan)", "Claims Adjuster"),
    ],
)  # fmt: skip
def test_a_role_without_codes_places_or_the_candidate(subject, role) -> None:
    body = "Dear Casey,\n\nDate: 17 March 2027\nTime: 09:30\n\nKind regards,\nMiriam Haas\n"
    invite = _read(_mail(subject, body, sender="Miriam Haas <miriam.haas@falkenried.de>"))
    assert invite.interview.role == role


# ------------------------------------------------------------------ titles


@pytest.mark.parametrize(
    ("sentence", "titles"),
    [
        (
            "You'll speak with Elliot Marsh, Design Lead at Quenby & Co, and Rhea Kapoor, "
            "Senior Product Designer.",
            {"Elliot Marsh": "Design Lead", "Rhea Kapoor": "Senior Product Designer"},
        ),
        (
            "You will meet Sanne de Vries, Operations Manager at Havenlijn Shipping, and our "
            "Customs Specialist Joris Bakker.",
            {"Sanne de Vries": "Operations Manager", "Joris Bakker": "Customs Specialist"},
        ),
        (
            "Type: Phone Interview\n\nOur hiring manager, Wade Collins, Maintenance "
            "Superintendent, will call you.",
            {"Wade Collins": "Maintenance Superintendent"},
        ),
        (
            "Yusuf Demir, Creative Director at Copperleaf Studio, and Priya Shah, Senior "
            "Designer, will meet you at the studio.",
            {"Yusuf Demir": "Creative Director", "Priya Shah": "Senior Designer"},
        ),
    ],
)
def test_titles_in_sentences_without_the_employer(sentence, titles) -> None:
    when = "Your interview is on 11 March 2027 at 14:00."
    body = f"Hi Casey,\n\n{when}\n\n{sentence}\n\nBest,\nFemke\n"
    invite = _read(_mail("Interview", body, sender="Femke Janssen <f.janssen@havenlijn.nl>"))
    assert _titles(invite) == titles


def test_will_interview_you_with_me_makes_the_writer_an_interviewer() -> None:
    body = (
        "Hi Casey, Callum Price, Claims Operations Manager at Wattlebank Insurance, will "
        "interview you with me on Tuesday 23 March 2027 at 9:00 AM.\n\nGeorgia Whitlam\n"
        "Talent Acquisition Lead\n"
    )
    invite = _read(
        _mail("Interview", body, sender="Georgia Whitlam <georgia.whitlam@wattlebank.com.au>")
    )
    assert _titles(invite) == {
        "Callum Price": "Claims Operations Manager",
        "Georgia Whitlam": "Talent Acquisition Lead",
    }


def test_an_itinerary_with_dots_and_columns_and_a_title_under_a_name() -> None:
    body = (
        "Thursday, March 18, 2027 (all times Pacific)\n\n"
        "10:00 - 10:45 AM    Systems design          Hugo Lindqvist · Staff Engineer\n"
        "10:45 - 11:30 AM    Lunch with the team\n"
        "11:30 - 12:15 PM\tControls deep dive\tAndre Baptiste\nSenior Controls Engineer\t\n\n"
        "Please check in at 2400 Bayshore Pkwy, Mountain View, CA 94043.\n"
    )
    invite = _read(
        _mail("Your onsite with Pellucid Robotics", body, sender="Jess Park <jess@pellucid.ai>")
    )
    assert _titles(invite) == {
        "Hugo Lindqvist": "Staff Engineer",
        "Andre Baptiste": "Senior Controls Engineer",
    }
    # "Mountain View" is a place, not Mountain Time
    assert invite.interview.tz == "America/Los_Angeles"
    assert invite.interview.time == time(10, 0)


def test_an_attendees_title_on_a_line_of_its_own_and_a_city_in_a_title() -> None:
    ics = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VTIMEZONE\r\n"
        "TZID:Central Standard Time\r\nBEGIN:STANDARD\r\nDTSTART:16010101T020000\r\n"
        "TZOFFSETFROM:-0500\r\nTZOFFSETTO:-0600\r\nRRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11\r\n"
        "END:STANDARD\r\nBEGIN:DAYLIGHT\r\nDTSTART:16010101T020000\r\nTZOFFSETFROM:-0600\r\n"
        "TZOFFSETTO:-0500\r\nRRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3\r\nEND:DAYLIGHT\r\n"
        "END:VTIMEZONE\r\nBEGIN:VEVENT\r\n"
        "ORGANIZER;CN=Kara Nguyen:mailto:kara.nguyen@tallowfreight.com\r\n"
        "ATTENDEE;CN=Luis Ortega:mailto:luis.ortega@tallowfreight.com\r\n"
        "DESCRIPTION:Please check in at the gate.\\n\\nLuis Ortega – Distribution Center "
        "Manager\\n\\nKara Nguyen\r\n"
        "SUMMARY:Interview for Warehouse Supervisor\r\n"
        "DTSTART;TZID=Central Standard Time:20270317T083000\r\n"
        "LOCATION:5500 Airline Dr\\, Houston\\, TX 77037\r\nUID:x1\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    ).encode()
    invite = _read(ics, "invite.ics")
    assert _titles(invite) == {"Luis Ortega": "Distribution Center Manager"}
    # "Center" in a title is not America/North_Dakota/Center
    assert invite.interview.tz == "America/Chicago"


def test_a_wide_zone_name_takes_the_country_of_an_address_in_the_text() -> None:
    body = (
        "Dear Casey,\n\nDate: 17 March 2027\nTime: 09:30 (CET)\nLocation: our Munich office\n\n"
        "Kind regards,\nMiriam Haas\nmiriam.haas@falkenried.de\n"
    )
    invite = _read(_mail("Interview", body, sender="Falkenried <falkenried@myworkday.com>"))
    assert invite.interview.tz == "Europe/Berlin"
    assert invite.country == "DE"


def test_a_recruiter_at_the_company_a_mail_tag_and_video_said_in_words() -> None:
    body = (
        "Hi Casey,\n\nI'm the lead recruiter at Northwind Traders. Could we talk on Thursday, "
        "March 4, 2027 at 3:00 PM EST over Zoom about the Data Analyst role?\n\nJoin Microsoft "
        "Teams Meeting\n\nThanks,\nDana\n"
    )
    invite = _read(
        _mail("[External] Quick chat on Thursday", body, sender="Dana Ruiz <dana@nwt-hr.net>")
    )
    assert invite.interview.company == "Northwind Traders"
    assert invite.interview.format.value == "video"


def test_a_subjects_mail_tag_is_no_company_and_a_boards_link_names_the_tenant() -> None:
    body = (
        "Hi Casey,\n\nYour video interview is on Thursday, March 4, 2027 at 3:00 PM EST.\n"
        "Job post: https://boards.greenhouse.io/northwindtraders/jobs/4455\n"
    )
    invite = _read(
        _mail(
            "[External] Interview Scheduled: Data Analyst",
            body,
            sender="Greenhouse <no-reply@greenhouse.io>",
            reply_to="Dana Ruiz <dana@nwt-recruit.com>",
        )
    )
    assert invite.interview.company == "Northwindtraders"
    assert invite.interview.role == "Data Analyst"


def test_interviewers_introduced_with_is_a_title() -> None:
    body = (
        "Hi Casey,\n\nYour video interview is on Tuesday, March 9, 2027 at 10:00 AM PT.\n\n"
        "About your interviewers:\nJane Doe is a Senior Software Engineer on the Payments "
        "team and will run the coding exercise.\nTomás Reyes is our Engineering Manager for "
        "Platform.\nMia Torres is our Recruiting Coordinator.\n\nMia\n"
    )
    invite = _read(
        _mail(
            "Your interview with Ravenpoint",
            body,
            sender="Greenhouse <no-reply@greenhouse.io>",
            reply_to="Mia Torres <mia.torres@ravenpoint.com>",
        )
    )
    assert _titles(invite) == {
        "Jane Doe": "Senior Software Engineer",
        "Tomás Reyes": "Engineering Manager",
    }


@pytest.mark.parametrize(
    "subject",
    [
        "Interview: Marketing Coordinator – Part-time – Leeds",
        "Interview Invitation | Registered Nurse - ICU | Night Shift",
        "Interview Confirmation - Warehouse Associate (Full-Time, Days) - Reno, NV",
    ],
)
def test_a_kind_of_job_in_the_subject_is_no_company_and_the_signature_names_it(subject) -> None:
    body = "Hi Casey,\n\nDate: 9 March 2027\nTime: 10:00\n\nKim Lowe\nRecruiter, Acme Corp\n"
    invite = _read(_mail(subject, body, sender="Kim Lowe <kim.lowe@acmecorp.com>"))
    assert invite.interview.company == "Acme"  # "Acme Corp" without its legal form
