"""Company and role from real senders' shapes (issue kinds 6 and 9): an applicant-tracking
sender's display name, a subject with extra words or a requisition number, raw 8-bit subject
headers, a signature; and a company is never an interviewer."""

from __future__ import annotations

from pathlib import Path

import pytest

from followup.delivery.invites import read_invite
from followup.delivery.invites.common import _vocab
from followup.delivery.invites.company_text import sender_company
from followup.delivery.invites.subject import _strip_prefixes

DEV = Path(__file__).resolve().parents[1] / "fixtures" / "facts_dev" / "invites"


@pytest.mark.parametrize(
    ("display", "company"),
    [
        ("Harbourline Energy via Greenhouse", "Harbourline Energy"),
        ("Bramblewood Foods Careers", "Bramblewood Foods"),
        ("Tidewater Systems Recruiting", "Tidewater Systems"),
        ("Cobalt & Pine", "Cobalt & Pine"),
        ("Norvale Health Talent Acquisition Team", "Norvale Health"),
        ("Greenhouse", None),
        ("Recruiting Team", None),
        ("Maeve Donnelly", None),  # the Reply-To's person
    ],
)
def test_the_company_of_a_tracking_systems_sender(display, company) -> None:
    assert sender_company(display, {"maeve donnelly"}, _vocab()) == company


@pytest.mark.parametrize(
    ("subject", "left"),
    [
        ("Interview Invitation - Clinical Informatics Specialist (R-20417)", "Specialist"),
        ("Interview: Buyer [Req #4411] - Larkspur", "Buyer - Larkspur"),
        ("Phone screen: Data Analyst, Req ID: 55120", "Data Analyst"),
    ],
)
def test_requisition_numbers_are_no_part_of_a_subject(subject, left) -> None:
    text = _strip_prefixes(subject, _vocab())
    assert text.endswith(left) and not any(c.isdigit() for c in text), text


@pytest.mark.parametrize(
    ("file", "company", "role"),
    [
        ("greenhouse_schedule_table.eml", "Harbourline Energy", "Grid Operations Analyst"),
        ("lever_meeting_with.eml", "Driftwood Studio", "Product Designer"),
        ("ashby_interviewers_line.eml", "Kestrel Analytics", "Machine Learning Engineer"),
        ("workday_in_person.eml", "Norvale Health", "Clinical Informatics Specialist"),
        ("icims_phone_screen.eml", "Bramblewood Foods", "Supply Chain Planner"),
        ("smartrecruiters_store.eml", "Cobalt & Pine", "Store Manager"),
        ("goodtime_onsite_loop.eml", "Tidewater Systems", "Site Reliability Engineer"),
        ("google_room_resource.ics", "Quarry & Co", "Data Engineer"),
        ("outlook_panel_leeds.ics", "Halden & Moss", "Senior Accountant"),
        ("personal_signature.eml", "Lumina Labs", "UX Researcher"),
    ],
)
def test_company_and_role_of_real_senders(file, company, role) -> None:
    interview = read_invite(DEV / file).interview
    assert (interview.company, interview.role) == (company, role)
    assert company not in [p.name for p in interview.people]


def people_of(file: str) -> list[tuple[str, str | None, str]]:
    interview = read_invite(DEV / file).interview
    return [(p.name, p.title, str(p.role)) for p in interview.people]


@pytest.mark.parametrize(
    ("file", "interviewers"),
    [
        # a label alone on its line, a dashed list of "Name – Title" below it
        (
            "lever_meeting_with.eml",
            [("Ines Carvalho", "Design Director"), ("Paul Meyer", "Senior Product Designer")],
        ),
        # schedule lines with the session's name first: "9:30 AM – 10:15 AM  Coding — Name, Title"
        (
            "goodtime_onsite_loop.eml",
            [
                ("Ravi Menon", "Senior SRE"),
                ("Claire Dubois", "Principal Engineer"),
                ("Sam Okafor", "Director of Infrastructure"),
            ],
        ),
        # "Panel:" lines; the greeted attendee ("Dear Dev") is the candidate; a room is nobody
        (
            "outlook_panel_leeds.ics",
            [("Gareth Price", "Finance Director"), ("Helen Marsh", "Financial Controller")],
        ),
        # a sentence over two lines; "our Head of Design" is "Head of Design"
        (
            "workday_in_person.eml",
            [("Angela Ruiz", "Director of Clinical Informatics"), ("Mark Chen", "Senior Analyst")],
        ),
        (
            "personal_signature.eml",
            [("Tom Ellis", "Head of Design"), ("Mina Park", "Senior Researcher")],
        ),
    ],
)
def test_interviewers_and_titles_named_in_the_text(file, interviewers) -> None:
    found = [(n, t) for n, t, role in people_of(file) if role == "interviewer"]
    assert found == interviewers


def test_the_coordinators_address_is_found_by_their_name_in_the_text() -> None:
    interview = read_invite(DEV / "workday_in_person.eml").interview
    (coordinator,) = [p for p in interview.people if str(p.role) == "coordinator"]
    assert (coordinator.name, coordinator.email) == ("Tasha Green", "tasha.green@norvalehealth.org")


@pytest.mark.parametrize(
    ("file", "tz", "clock"),
    [
        ("greenhouse_schedule_table.eml", "America/New_York", "13:00"),  # the table's first start
        ("goodtime_onsite_loop.eml", "America/Los_Angeles", "09:30"),  # "(Pacific Time)"
        ("ashby_interviewers_line.eml", "Europe/London", "10:00"),  # "(GMT+00:00) London"
        ("smartrecruiters_store.eml", "Europe/Rome", "14:00"),  # "CET" in Milano
        ("personal_signature.eml", "Europe/London", "14:30"),  # no zone; a +44 number
    ],
)
def test_the_zone_of_a_mail_without_a_calendar(file, tz, clock) -> None:
    interview = read_invite(DEV / file).interview
    assert (interview.tz, interview.time.strftime("%H:%M") if interview.time else None) == (
        tz,
        clock,
    )


@pytest.mark.parametrize(
    ("file", "company", "role", "interviewers"),
    [
        (
            "labelled_details.eml",
            "Pinewood Studios",
            "Junior Animator",
            ["Beth Collins", "Raj Mehta"],
        ),
        ("gh_columns.eml", "Wrenfield Bank", "Credit Risk Analyst", ["Omar Reyes", "Lin Zhao"]),
        ("hm_teams.eml", "Marlow Bank", "Credit Risk Analyst", ["Daniel Frost", "Priya Shah"]),
        ("icloud_cafe.ics", "Orchard & Co", "Barista", ["Lena Park"]),
        ("workable_plain.eml", "Fennick Outdoor", "Retail Operations Coordinator", ["Carla Diaz"]),
    ],
)
def test_labelled_fields_hiring_managers_and_organizers_who_interview(
    file, company, role, interviewers
) -> None:
    interview = read_invite(DEV / file).interview
    assert (interview.company, interview.role) == (company, role)
    assert [p.name for p in interview.interviewers] == interviewers


def test_a_team_senders_name_is_nobody_and_the_coordinator_is_read_from_the_text() -> None:
    interview = read_invite(DEV / "labelled_details.eml").interview
    assert [p.name for p in interview.people if str(p.role) == "coordinator"] == ["Gemma Hart"]


@pytest.mark.parametrize(
    ("address", "zone"),
    [
        ("2200 Riverside Drive, Columbus, OH 43215", ("America/New_York", "US", "OH")),
        ("500 Harbor Blvd, Seattle, WA 98101", ("America/Los_Angeles", "US", "WA")),
        ("100 King St W, Toronto, ON M5X 1A9", ("America/Toronto", "CA", "ON")),
        ("88 Smith Street, Fitzroy VIC 3065", ("Australia/Melbourne", "AU", "VIC")),
        ("Call me on 0161 496 0000", None),
    ],
)
def test_the_zone_of_an_address_state(address, zone) -> None:
    from followup.delivery.invites.zones.in_text import _state_zone

    assert _state_zone(address, _vocab()) == zone


def test_a_sender_who_interviews_too_has_the_title_of_their_signature() -> None:
    interview = read_invite(DEV / "hm_teams.eml").interview
    titles = {p.name: p.title for p in interview.interviewers}
    assert titles == {"Daniel Frost": "Head of Credit Risk", "Priya Shah": "Credit Risk Manager"}
