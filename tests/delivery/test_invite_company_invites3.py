"""Issue 9, kind 9 (the s14 audit's gap 1): the company read from a subject or a mail's text
is its name only: never a day, a month, a time or a place said after it ("… role at
Brackenridge Cold Storage on Thursday"), in every language a subject is written in ("bei der
… GmbH", "chez …", "en …", "na …", "bij …"); and a tag before the subject's role ("[Interview]",
"[External]", "RE:", "Reminder:") is no part of the role. New wording and new senders, not the
audit's files."""

from __future__ import annotations

import pytest

from followup.delivery.invites import ImportedInvite, parse_invite

ME = "sam.carter@fastmail.example"


def mail(sender: str, subject: str, body: str) -> ImportedInvite:
    text = (
        f"From: {sender}\r\nTo: {ME}\r\nSubject: {subject}\r\n"
        "Date: Tue, 24 Nov 2026 15:00:00 +0000\r\nMIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n" + body.replace("\n", "\r\n")
    )
    return parse_invite(text.encode(), "s14.eml", user_emails=[ME], default_tz="America/New_York")


# ------------------------------------------------------------ a day or a place after the name


@pytest.mark.parametrize(
    ("body", "company"),
    [
        (
            "We'd like to invite you to interview for the Warehouse Supervisor role at "
            "Brackenridge Cold Storage on Thursday, April 8 at 10am.",
            "Brackenridge Cold Storage",
        ),
        (
            "Thanks again for applying. We would love to meet you for the Junior Copywriter "
            "position with Ostara & Vale in May: would Tuesday 4 May at 11am suit you?",
            "Ostara & Vale",
        ),
        (
            "You are invited to an interview for the Site Engineer role at Bank of Tremont "
            "next Monday (7 December) at 2pm.",
            "Bank of Tremont",
        ),
        (
            "Could you come in for the Pastry Chef opening at Maison de Lorrain this "
            "Wednesday, December 9, at 3pm?",
            "Maison de Lorrain",
        ),
        (
            "Good news: we'd like to see you for the Line Cook position at Fenwick Tavern "
            "Friday 12 March at 6pm.",
            "Fenwick Tavern",
        ),
        (
            "Please join us for the Account Manager role at Hollis Print in our Leeds office "
            "on 3 March.",
            "Hollis Print",
        ),
        (
            "This is to confirm your interview for the Staff Nurse position at Greyfriars "
            "Clinic at 9:30 on 4 March.",
            "Greyfriars Clinic",
        ),
    ],
)
def test_the_company_in_the_text_stops_before_a_day_a_time_or_a_place(body, company):
    text = f"Hi Sam,\n\n{body}\n\nBest,\nDana Whitlow\n"
    invite = mail("Dana Whitlow <dana.whitlow@gmail.com>", "Interview invitation", text)
    assert invite.interview.company == company
