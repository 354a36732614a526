"""Company and role from real senders' shapes (issue kinds 6 and 9): an applicant-tracking
sender's display name, a subject with extra words or a requisition number, raw 8-bit subject
headers, a signature; and a company is never an interviewer."""

from __future__ import annotations

from pathlib import Path

import pytest

from followup.delivery.invites import read_invite
from followup.delivery.invites.common import _vocab
from followup.delivery.invites.text import _strip_prefixes, sender_company

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
