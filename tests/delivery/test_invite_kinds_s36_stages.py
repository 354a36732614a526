"""Issue 9 (session 36), invented invites: an interview's stage ("Final interviews",
"Technical round", "Onsite") is never a role; a schedule's "for <role> at <company>" is."""

from __future__ import annotations

import pytest

from followup.delivery.invites.common import _vocab
from followup.delivery.invites.subject import _strip_noise
from helpers_invites import google, mail, read

# ------------------------------------------------------------- 3. a stage is no role


@pytest.mark.parametrize(
    ("segment", "left"),
    [
        ("Final interviews", ""),
        ("Technical round", ""),
        ("Onsite", ""),
        ("Panel interview", ""),
        ("Second round interview", ""),
        # a role with a stage's word in it stays
        ("Technical Writer", "Technical Writer"),
        ("Panel Beater interview", "Panel Beater"),
        ("Final Assembly Technician", "Final Assembly Technician"),
    ],
)  # fmt: skip
def test_an_interview_s_stage_is_no_role(segment: str, left: str) -> None:
    assert _strip_noise(segment, _vocab()) == left


def test_a_schedule_s_role_over_the_stage_of_an_ashby_title() -> None:
    text = (
        "Hi Rowan,\n\nHere is your final-round schedule for Battery Systems Technician at "
        "Karoo Solar, on Wednesday 20 January 2027 via Google Meet:\n\n"
        "10:00 - 10:45 · Johan Botha (Head of Storage)\n\nCheers,\nAyanda Dlamini\n"
        "Talent Partner"
    )
    cal = google(
        "CN=Ayanda Dlamini:mailto:no-reply@ashbyhq.com",
        "Final interviews: Rowan Adeyemi <> Karoo Solar",
        text,
    )
    sender = "Ayanda Dlamini via Ashby <no-reply@ashbyhq.com>"
    headers = "Reply-To: Ayanda Dlamini <ayanda.dlamini@karoosolar.example>\r\n"
    subject = "Your interview schedule with Karoo Solar"
    invite = read(mail(sender, subject, text, cal, headers), "ashby.eml")
    assert invite.interview.role == "Battery Systems Technician"


def test_a_stage_alone_in_a_title_gives_no_role() -> None:
    text = "Hi Rowan,\n\nLooking forward to meeting you.\n\nAyanda"
    cal = google(
        "CN=Ayanda Dlamini:mailto:ayanda.dlamini@karoosolar.example",
        "Onsite interview: Rowan Adeyemi <> Karoo Solar",
        text,
    )
    invite = read(cal)
    assert invite.interview.role != "Onsite"
