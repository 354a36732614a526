"""Invites written for session 15's second invites pass (new wording, senders and countries,
not the audit's files): a meridiem written once after a range, a video meeting named in the
text of a mail signed with an office's address, interviewers and coordinators named only in
the text."""

from __future__ import annotations

from datetime import time as clock

import pytest

from followup.core.models import Format
from followup.delivery.invites import ImportedInvite, parse_invite

ME = "rowan.pike@fastmail.com"


def mail(
    body: str,
    sender: str = "Hollis Varga <hollis.varga@brightwell.example>",
    subject: str = "Interview invitation",
) -> ImportedInvite:
    head = (
        f"From: {sender}\r\nTo: Rowan Pike <{ME}>\r\nSubject: {subject}\r\n"
        "Date: Tue, 9 Feb 2027 09:00:00 +0000\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
    )
    return parse_invite(
        (head + body.replace("\n", "\r\n")).encode(),
        "invite.eml",
        user_emails=[ME],
        default_tz="America/New_York",
    )


def titled(invite: ImportedInvite) -> list[tuple[str, str | None]]:
    return [(p.name, p.title) for p in invite.interview.interviewers]


# ------------------------------------------------------------ times: one meridiem for a range


@pytest.mark.parametrize(
    ("said", "at"),
    [
        ("Thursday, March 11, 2027, 3:15–4:00 pm Eastern", clock(15, 15)),
        ("Thursday, March 11, 2027 from 1-1:45PM ET", clock(13, 0)),
        ("Thursday 11 March 2027, 16:00–16:45 GMT", clock(16, 0)),
        ("March 11, 2027 · 11:30 - 12:15 p.m. ET", clock(11, 30)),
        ("on 3/11/2027, 9 to 10am CT", clock(9, 0)),
    ],
)
def test_a_meridiem_after_a_range_is_its_starts_too(said, at):
    invite = mail(f"Hi Rowan,\n\nYour interview is booked for {said}.\n\nHollis\n")
    assert invite.interview.time == at


def test_a_schedule_line_with_one_meridiem_starts_in_the_afternoon():
    invite = mail(
        "Hi Rowan,\n\nHere is your afternoon on Friday, April 2, 2027 (all times Central):\n\n"
        "- 1:30–2:15 pm  Portfolio review\n- 2:15–3:00 pm  Team chat\n\nHollis\n"
    )
    assert invite.interview.time == clock(13, 30)


# ------------------------------------------------------------ format: the words outrank a signature


@pytest.mark.parametrize(
    "said",
    [
        "We will meet via Zoom; the link comes in a separate calendar invite.",
        "The conversation will take place over Google Meet.",
        "It will be held on MS Teams (link to follow).",
    ],
)
def test_a_video_meeting_named_in_the_text_outranks_the_signatures_address(said):
    invite = mail(
        "Dear Rowan,\n\nThank you for applying. Your interview is on Monday, 15 March 2027 "
        f"at 10:00 GMT. {said}\n\nKind regards\nHollis Varga\nTalent Partner\n"
        "Brightwell Foods Ltd\n27 Tanner Street, Leeds LS1 4AP\n"
    )
    assert invite.interview.format is Format.VIDEO


def test_an_address_before_any_video_words_stays_in_person():
    invite = mail(
        "Dear Rowan,\n\nPlease come to our office at 27 Tanner Street, Leeds LS1 4AP on Monday, "
        "15 March 2027 at 10:00. If you are delayed we can switch to Zoom.\n\nHollis Varga\n"
    )
    assert invite.interview.format is Format.IN_PERSON


# ------------------------------------------------------------ a coordinator named without a title


NO_REPLY = "Greenfinch Careers <no-reply@hire.lever.co>"


@pytest.mark.parametrize(
    ("said", "name", "email"),
    [
        (
            "If anything changes, please email Tobiah Granger-Lowe at "
            "tobiah.gl@greenfinch.example.",
            "Tobiah Granger-Lowe",
            "tobiah.gl@greenfinch.example",
        ),
        (
            "Questions before the day? Contact Mirela Dumitrescu: mirela.d@greenfinch.example",
            "Mirela Dumitrescu",
            "mirela.d@greenfinch.example",
        ),
        (
            "Your coordinator for the afternoon will be Anouk Verhaegen "
            "(anouk.verhaegen@greenfinch.example).",
            "Anouk Verhaegen",
            "anouk.verhaegen@greenfinch.example",
        ),
        (
            "To reschedule, write to Callum Ferrier <callum.ferrier@greenfinch.example>.",
            "Callum Ferrier",
            "callum.ferrier@greenfinch.example",
        ),
    ],
)
def test_a_coordinator_the_text_names_without_a_title(said, name, email):
    invite = mail(
        "Hi Rowan,\n\nYour phone interview with Greenfinch Energy is on Tuesday, March 16, "
        f"2027 at 11:00 AM Mountain.\n\n{said}\n\nThe Greenfinch team\n",
        sender=NO_REPLY,
    )
    coordinator = invite.interview.coordinator
    assert coordinator is not None and (coordinator.name, coordinator.email) == (name, email)


def test_a_coordinator_who_asks_to_be_called_from_a_team_mailbox():
    invite = mail(
        "Hi Rowan,\n\nYour video interview is on Tuesday, March 16, 2027 at 9:30 AM Pacific. "
        "If you are running late, ring me, Ottilie Brandvold, on +1 503 555 0148.\n\n"
        "Greenfinch Talent\n",
        sender="Greenfinch Talent <talent@greenfinch.example>",
    )
    coordinator = invite.interview.coordinator
    assert coordinator is not None and coordinator.name == "Ottilie Brandvold"
    assert coordinator.phone and "".join(filter(str.isdigit, coordinator.phone)) == "15035550148"


def test_a_name_in_running_text_without_an_address_is_no_coordinator():
    invite = mail(
        "Hi Rowan,\n\nYour phone interview is on Tuesday, March 16, 2027 at 11:00 AM Mountain. "
        "Please contact Greenfinch Energy at your convenience if the time does not suit.\n\n"
        "The Greenfinch team\n",
        sender=NO_REPLY,
    )
    coordinator = invite.interview.coordinator
    assert coordinator is None or "Greenfinch" not in coordinator.name


# ------------------------------------------------------------ interviewers named only in the text

WHEN = "Your interview is on Wednesday, April 7, 2027 at 2:00 PM Eastern."


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        (
            "I've set up a video call for Wednesday, April 7, 2027 at 2:00 PM Eastern with "
            "Leopold Achterberg, Director of Supply Planning.",
            [("Leopold Achterberg", "Director of Supply Planning")],
        ),
        (
            "Your onsite is Wednesday, April 7, 2027 at 2:00 PM ET with Gráinne Okonkwo, "
            "Head of Analytics\n\nSee you then!",
            [("Gráinne Okonkwo", "Head of Analytics")],
        ),
        (
            f"{WHEN}\n\nWho: Thaddeus Morrow-Quaye, Principal Data Engineer\n",
            [("Thaddeus Morrow-Quaye", "Principal Data Engineer")],
        ),
        (
            f"{WHEN} Perpetua Lindgren (Engineering Manager) will also sit in, and "
            "Hamza Qureshi may join for the last ten minutes.",
            [("Perpetua Lindgren", "Engineering Manager"), ("Hamza Qureshi", None)],
        ),
        (
            f"{WHEN} The panel will be Odile Mercier, our Chief Actuary, alongside "
            "Prof Banji Adewale from Risk.",
            [("Odile Mercier", "Chief Actuary"), ("Banji Adewale", None)],
        ),
        (
            f"{WHEN} The panel will include Cllr Rhodri Penhale and Councillor Maeve Dunleavy.",
            [("Rhodri Penhale", None), ("Maeve Dunleavy", None)],
        ),
    ],
)
def test_interviewers_in_prose(said, expected):
    invite = mail(f"Hi Rowan,\n\n{said}\n\nBest,\nHollis Varga\nTalent Partner\n")
    assert titled(invite) == expected


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        (
            "Le entrevistarán Rocío Almagro, Investigadora Principal, y Tomás Gil, "
            "Científico de Datos.",
            [("Rocío Almagro", "Investigadora Principal"), ("Tomás Gil", "Científico de Datos")],
        ),
        (
            "Vous rencontrerez Margaux Dufresne, Chercheuse Principale, puis Hugo Lemaire, "
            "Statisticien.",
            [("Margaux Dufresne", "Chercheuse Principale"), ("Hugo Lemaire", "Statisticien")],
        ),
        (
            "Sie sprechen mit Frau Dr. Lena Brückner, Wissenschaftlerin, und Herrn Jonas Peil, "
            "Teamleiter Analytik.",
            [("Lena Brückner", "Wissenschaftlerin"), ("Jonas Peil", "Teamleiter Analytik")],
        ),
    ],
)
def test_a_title_in_another_language_is_no_person(said, expected):
    invite = mail(f"Hola,\n\nEntrevista el 7 de abril de 2027 a las 10:00.\n\n{said}\n")
    assert titled(invite) == expected


@pytest.mark.parametrize(
    "table",
    [
        "| Time | Session | Interviewer | Title |\n|---|---|---|---|\n"
        "| 9:00 AM | Case study | Ferdinand Oyelowo | Senior Manager, Strategy |\n"
        "| 9:45 AM | Culture | Anneliese Vogt | People Partner |\n",
        "| When | With | Role |\n| 9:00 am | Ferdinand Oyelowo | Senior Manager, Strategy |\n"
        "| 9:45 am | Anneliese Vogt | People Partner |\n",
        "Time\tInterviewer\tPosition\n9:00 AM\tFerdinand Oyelowo\tSenior Manager, Strategy\n"
        "9:45 AM\tAnneliese Vogt\tPeople Partner\n",
    ],
)
def test_a_plain_text_table_names_the_interviewers_and_the_first_time(table):
    invite = mail(
        "Hi Rowan,\n\nHere is your schedule for Thursday, May 6, 2027 (all times Mountain):\n\n"
        f"{table}\nBest,\nHollis Varga\nRecruiter\nBrightwell Foods\n"
    )
    assert titled(invite) == [
        ("Ferdinand Oyelowo", "Senior Manager, Strategy"),
        ("Anneliese Vogt", "People Partner"),
    ]
    assert (invite.interview.time, invite.interview.tz) == (clock(9, 0), "America/Denver")


# ------------------------------------------------------------ a loop's people in its events' titles


def loop(*events: tuple[str, str]) -> ImportedInvite:
    body = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Google Inc//Google Calendar//EN",
        "METHOD:REQUEST",
    ]
    for index, (start, summary) in enumerate(events):
        body += [
            "BEGIN:VEVENT",
            f"UID:loop-{index}@calendar.example",
            f"DTSTART;TZID=America/Chicago:20270414T{start}00",
            f"DTEND;TZID=America/Chicago:20270414T{start[:2]}4500",
            "ORGANIZER;CN=Wren Castellanos:mailto:wren.castellanos@tidewell.example",
            f"ATTENDEE;CN=Rowan Pike:mailto:{ME}",
            f"SUMMARY:{summary}",
            "DESCRIPTION:Coordinator: Wren Castellanos\\, Talent Acquisition Partner",
            "LOCATION:Tidewell Labs\\, 400 Canal St\\, New Orleans\\, LA 70130",
            "END:VEVENT",
        ]
    text = "\r\n".join([*body, "END:VCALENDAR", ""])
    return parse_invite(text.encode(), "loop.ics", user_emails=[ME], default_tz="America/New_York")


@pytest.mark.parametrize(
    ("events", "expected"),
    [
        (
            [
                ("1000", "Onsite [2/2]: Systems design - Beatrix Holloway, Staff Engineer"),
                ("0900", "Onsite [1/2]: Coding - Emeka Nwachukwu, Senior Engineer"),
            ],
            [("Emeka Nwachukwu", "Senior Engineer"), ("Beatrix Holloway", "Staff Engineer")],
        ),
        (
            [
                ("0900", "Tidewell Labs interview | Values | Priyanka Raman (People Lead)"),
                ("1000", "Tidewell Labs interview | Analytics | Soren Gadd (Data Manager)"),
            ],
            [("Priyanka Raman", "People Lead"), ("Soren Gadd", "Data Manager")],
        ),
        (
            [
                ("0900", "Interview: Hiring Manager – Lorcan Shea"),
                ("1000", "Interview: Case study – Ilse Kroon, Finance Director"),
                ("1100", "Interview: Team fit – Amara Obi"),
            ],
            ["Lorcan Shea", "Ilse Kroon", "Amara Obi"],
        ),
    ],
)
def test_a_loops_interviewers_from_its_events_titles(events, expected):
    invite = loop(*events)
    if isinstance(expected[0], str):
        assert [p.name for p in invite.interview.interviewers] == expected
    else:
        assert titled(invite) == expected
    assert invite.interview.time == clock(9, 0)


# ------------------------------------------------------------ the writer interviews too


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        (
            "It will be a walk round the site with me (Operations Director) and Kasimir "
            "Wojcik from our quality team.",
            [("Kasimir Wojcik", None), ("Hollis Varga", "Operations Director")],
        ),
        (
            "You'll have lunch with me and our head chef, Bronagh Keane.",
            [("Bronagh Keane", "head chef"), ("Hollis Varga", None)],
        ),
        (
            "A relaxed chat with me, and Idris Falconer (Studio Manager).",
            [("Idris Falconer", "Studio Manager"), ("Hollis Varga", None)],
        ),
    ],
)
def test_with_me_and_another_the_writer_interviews(said, expected):
    invite = mail(
        "Hi Rowan,\n\nYour interview is on Friday, April 16, 2027 at 10:00 AM Eastern. "
        f"{said}\n\nHollis Varga\nBrightwell Foods\n"
    )
    assert sorted(titled(invite)) == sorted(expected)
