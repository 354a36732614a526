"""The issue-9 audit's gaps (s13): a company's whole name from a mail with extra words, a
company after "interview with" that is no interviewer, people after a label inside a schedule
line, zone clues in the text of a UTC start, postcodes that are no phone numbers. New wording
and new senders, not the audit's files."""

from __future__ import annotations

from datetime import time as clock

import pytest

from followup.delivery.invites import ImportedInvite, parse_invite

ME = "sam.carter@fastmail.example"


def mail(sender: str, subject: str, body: str, **headers: str) -> ImportedInvite:
    more = "".join(f"{k.replace('_', '-')}: {v}\r\n" for k, v in headers.items())
    text = (
        f"From: {sender}\r\nTo: {ME}\r\nSubject: {subject}\r\n{more}"
        "Date: Tue, 24 Nov 2026 15:00:00 +0000\r\nMIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n" + body.replace("\n", "\r\n")
    )
    return parse_invite(text.encode(), "gap.eml", user_emails=[ME], default_tz="America/New_York")


def ics(
    summary: str, description: str, organizer: str, start: str = "20261210T190000Z"
) -> ImportedInvite:
    text = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//gap//EN\r\nMETHOD:REQUEST\r\n"
        "BEGIN:VEVENT\r\nUID:gap-1@example\r\nDTSTAMP:20261120T150000Z\r\n"
        f"DTSTART:{start}\r\nDTEND:{start[:9]}235900Z\r\nSUMMARY:{summary}\r\n"
        f"DESCRIPTION:{description}\r\nORGANIZER;CN={organizer}\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    return parse_invite(text.encode(), "gap.ics", user_emails=[ME], default_tz="America/New_York")


def names(invite: ImportedInvite) -> list[str]:
    return [p.name for p in invite.interview.interviewers]


# ------------------------------------------------------------ kind 9: the whole name


@pytest.mark.parametrize(
    ("sender", "subject", "body", "company"),
    [
        (  # a calendar's invitation mail: its text's first line repeats the event's name
            "Ruth Oyelaran <ruth.oyelaran@gmail.com>",
            "Invitation: Interview with Quill & Harrow - Data Analyst @ Wed Dec 9, 2026 "
            "2pm - 3pm (EST) (sam.carter@fastmail.example)",
            "Interview with Quill & Harrow - Data Analyst\nWednesday Dec 9, 2026 ⋅ 2pm – 3pm\n"
            "Eastern Time - New York\n\nOrganizer\nRuth Oyelaran\n",
            "Quill & Harrow",
        ),
        (  # "interview at X" and a word after the name; the sender says only its first word
            "Larchmont Careers <jobs@larchmont-vg.example>",
            "Reminder: your upcoming interview at Larchmont Veterinary Group tomorrow",
            "Hello Sam,\n\nThis is a reminder of your video interview for the Clinic "
            "Coordinator position tomorrow, Thursday, December 10, 2026 at 9:00 AM.\n",
            "Larchmont Veterinary Group",
        ),
        (
            "Saltmarsh Hiring <hiring@saltmarsh-cw.example>",
            "Confirmed: your phone interview at Saltmarsh Cider Works on Friday",
            "Hi Sam,\n\nWe will call you about the Cellar Operator role on Friday, "
            "December 11, 2026 at 10:30 AM.\n",
            "Saltmarsh Cider Works",
        ),
        (  # "&" in the subject and in the text's sentence
            "Idris Penhale <idris@penhale.example>",
            "Marsh & Beacon – Office Manager phone interview",
            "Hi Sam,\n\nThank you for your interest in Marsh & Beacon. Your phone interview "
            "with Marsh & Beacon for the Office Manager role is on December 7, 2026 at "
            "11:00 AM.\n",
            "Marsh & Beacon",
        ),
    ],
)
def test_the_whole_company_name_from_a_mail_with_extra_words(sender, subject, body, company):
    assert mail(sender, subject, body).interview.company == company


@pytest.mark.parametrize(
    ("summary", "description", "organizer", "company"),
    [
        (
            "Greywater Robotics: Firmware Engineer Interview",
            "Hi Sam\\,\\n\\nYour interview with Greywater Robotics is scheduled for Thursday"
            "\\, Dec 10. You will speak with Ines Carvalho.",
            "Lotte Brandt:mailto:lotte.brandt@greywater.example",
            "Greywater Robotics",
        ),
        (
            "Copperline Studios - Level Designer",
            "Your video interview with Copperline Studios is confirmed. Mateo Ruiz will call you.",
            "Hiring Team:mailto:jobs@copperline.example",
            "Copperline Studios",
        ),
        (
            "Interview: Junior Accountant",
            "Your interview with Ashdown & Pryce Accountants is confirmed for Thursday.",
            "Maya Pryce:mailto:maya@ashdownpryce.example",
            "Ashdown & Pryce Accountants",
        ),
    ],
)
def test_a_company_after_interview_with_is_no_interviewer(summary, description, organizer, company):
    invite = ics(summary, description, organizer)
    assert invite.interview.company == company
    assert company not in names(invite)
    assert not any(company.split()[0] in n for n in names(invite))


# ------------------------------------------------------------ kind 7: a label inside a row


@pytest.mark.parametrize(
    ("row", "people"),
    [
        ("9:00 AM – 9:45 AM    Interviewers: Lucia Ferraro, Dmitri Volkov",
         ["Lucia Ferraro", "Dmitri Volkov"]),
        ("14:00–14:45  Case study — Panel: Hana Sato, Oliver Grant",
         ["Hana Sato", "Oliver Grant"]),
        ("1:30 PM - 2:15 PM | Interviewer: Farid Nasser", ["Farid Nasser"]),
        ("3:00 PM – 3:45 PM  Architecture review - Interviewers: Bea Lindholm and Kojo Asante",
         ["Bea Lindholm", "Kojo Asante"]),
    ],
)  # fmt: skip
def test_people_after_a_label_inside_a_schedule_line(row, people):
    body = (
        "Hi Sam,\n\nHere is your onsite schedule for the Site Reliability Engineer role on "
        "Tuesday, December 8, 2026:\n\n"
        "8:30 AM – 9:00 AM   Welcome and coffee\n"
        f"{row}\n\nSee you then,\nGreta Holm\n"
    )
    invite = mail(
        "Greta Holm <greta.holm@brightfield.example>", "Your onsite with Brightfield", body
    )
    got = names(invite)
    assert all(p in got for p in people), got
    assert not any("Interviewer" in n or "Panel" in n for n in got)


# ------------------------------------------------------------ kind 3: zone words in the text


def utc_ics(start: str, description: str, organizer: str, location: str = "") -> ImportedInvite:
    text = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//gap//EN\r\nMETHOD:REQUEST\r\n"
        "BEGIN:VEVENT\r\nUID:gap-2@example\r\nDTSTAMP:20261120T150000Z\r\n"
        f"DTSTART:{start}\r\nSUMMARY:Payments Analyst interview\r\n"
        f"DESCRIPTION:{description}\r\nORGANIZER;CN=Rhea Quinlan:mailto:{organizer}\r\n"
        f"LOCATION:{location}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    return parse_invite(text.encode(), "zone.ics", user_emails=[ME], default_tz="America/New_York")


@pytest.mark.parametrize(
    ("start", "said", "organizer", "location", "zone", "wall", "country", "guessed"),
    [
        # a bare "GMT" with no clue: London, said to be a guess
        ("20261202T153000Z", "at 3:30 PM GMT", "rhea@quinlan-pay.example", "", "Europe/London",
         clock(15, 30), "GB", True),
        # "(GMT)" with an Irish phone number: Dublin keeps GMT in winter
        ("20261202T100000Z", "at 10:00 (GMT). Call us on +353 1 555 0142 if you are late",
         "rhea@quinlan-pay.example", "", "Europe/Dublin", clock(10, 0), "IE", False),
        # an offset and a Polish phone number: Warsaw, not a guess
        ("20261203T130000Z", "at 14:00 (GMT+1). Questions: +48 22 555 01 42",
         "rhea@quinlan-pay.example", "", "Europe/Warsaw", clock(14, 0), "PL", False),
        # an offset and nothing else: the offset's time, its country a guess
        ("20261203T130000Z", "at 14:00 (UTC+01:00)", "rhea@quinlan-pay.example", "",
         "Europe/Berlin", clock(14, 0), "DE", True),
        # "CET" is kept in many countries: a guess without a clue, the clue's country with one
        ("20261203T090000Z", "at 10:00 CET", "rhea@quinlan-pay.example", "", "Europe/Berlin",
         clock(10, 0), "DE", True),
        ("20261203T090000Z", "at 10:00 CET", "rhea@quinlan-pay.nl", "", "Europe/Amsterdam",
         clock(10, 0), "NL", False),
        # a zone word one country's zone owns stays as it was
        ("20261203T200000Z", "at 2:00 PM CST", "rhea@quinlan-pay.example", "",
         "America/Chicago", clock(14, 0), "US", False),
    ],
)  # fmt: skip
def test_a_utc_start_with_a_shared_zone_word_or_an_offset_in_the_text(
    start, said, organizer, location, zone, wall, country, guessed
):
    invite = utc_ics(
        start, f"Hi Sam\\, your interview is on December 2 or 3 {said}.", organizer, location
    )
    got = (invite.interview.tz, invite.interview.time, invite.country, invite.country_guessed)
    assert got == (zone, wall, country, guessed), invite.notes
    if guessed:
        assert any(f"country {country} is a guess" in n for n in invite.notes), invite.notes


# ------------------------------------------------------------ postcodes are no phone numbers


@pytest.mark.parametrize(
    "address",
    [
        "Rua Garrett 120\\n1200-273 Lisboa",
        "Friedrichstraße 68\\n10115 Berlin",
        "Unit 12\\, 45 Albert Embankment\\nLondon SE1 7TP\\n2026",
        "Keizersgracht 555\\n1017 DR Amsterdam",
    ],
)
def test_a_postcode_under_a_street_is_no_phone_number(address):
    invite = utc_ics(
        "20261203T100000Z",
        f"Hi Sam\\, we look forward to meeting you.\\n\\nKestrel Analytics\\n{address}",
        "rhea@kestrel.example",
    )
    assert invite.interview.format.value != "phone", invite.notes
    assert not any("telephone" in n for n in invite.notes), invite.notes
