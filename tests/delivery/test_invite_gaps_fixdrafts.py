"""The issue-9 audit's gaps (s14, fixdrafts): people named only in an HTML calendar
description, in "+" lists, after a lower-case title, in tab rows; a coordinator signed only in
the text, with their title; country and zone from the places an invite names. New wording and
new senders, not the audit's files."""

from __future__ import annotations

import pytest

from followup.core.models import Format
from followup.delivery.invites import ImportedInvite, parse_invite

ME = "sam.carter@fastmail.example"


def mail(
    sender: str,
    subject: str,
    body: str,
    date: str = "Tue, 24 Nov 2026 15:00:00 +0000",
    **headers: str,
) -> ImportedInvite:
    more = "".join(f"{k.replace('_', '-')}: {v}\r\n" for k, v in headers.items())
    text = (
        f"From: {sender}\r\nTo: {ME}\r\nSubject: {subject}\r\n{more}"
        f"Date: {date}\r\nMIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n" + body.replace("\n", "\r\n")
    )
    return parse_invite(text.encode(), "gap.eml", user_emails=[ME], default_tz="America/New_York")


def ics(
    summary: str,
    description: str,
    organizer: str = "CN=Scheduling:mailto:scheduling@goodtime.io",
    start: str = "DTSTART;TZID=America/New_York:20261210T100000",
    extra: str = "",
) -> ImportedInvite:
    text = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//gap//EN\r\nMETHOD:REQUEST\r\n"
        "BEGIN:VEVENT\r\nUID:gap-2@example\r\nDTSTAMP:20261120T150000Z\r\n"
        f"{start}\r\nDURATION:PT1H\r\nSUMMARY:{summary}\r\n"
        f"DESCRIPTION:{description}\r\nORGANIZER;{organizer}\r\n{extra}"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    return parse_invite(text.encode(), "gap.ics", user_emails=[ME], default_tz="America/New_York")


def people(invite: ImportedInvite) -> list[tuple[str, str | None]]:
    return [(p.name, p.title) for p in invite.interview.interviewers]


# ------------------------------------------------------------ kind 7: an HTML description


@pytest.mark.parametrize(
    ("description", "expected", "coordinator"),
    [
        (  # a list of names in bold with their titles after a dash
            "<p>Hello Sam\\,</p><p>Your panel for <b>Supply Planner</b> is set.</p>"
            "<ul><li>10:00 AM – 10:40 AM: <b>Marguerite Flanagan</b> – Supply Chain Director"
            "</li><li>10:40 AM – 11:20 AM: <b>Tobias Lindgren</b>\\, Demand Planner</li></ul>"
            '<p>Your coordinator is <a href="mailto:ines.carvalho@harbor.example">'
            "Ines Carvalho</a>.</p>",
            [
                ("Marguerite Flanagan", "Supply Chain Director"),
                ("Tobias Lindgren", "Demand Planner"),
            ],
            ("Ines Carvalho", "ines.carvalho@harbor.example"),
        ),
        (  # lines broken by <br>, a label and a list
            "Hi Sam\\,<br><br>Interviewers: <strong>Odette Marchand</strong> (Head of Data)"
            " and <strong>Yusuf Demir</strong> (Analytics Engineer)<br><br>Thanks\\,<br>"
            "Rosalind Achebe<br>Recruiting Coordinator",
            [("Odette Marchand", "Head of Data"), ("Yusuf Demir", "Analytics Engineer")],
            ("Rosalind Achebe", None),
        ),
        (  # a table, one interviewer a row
            "<table><tr><th>Time</th><th>Interviewer</th></tr><tr><td>2:00 PM</td>"
            "<td>Priyamvada Rao\\, Staff Engineer</td></tr><tr><td>2:45 PM</td>"
            "<td>Conor Fitzgerald\\, Engineering Manager</td></tr></table>",
            [("Priyamvada Rao", "Staff Engineer"), ("Conor Fitzgerald", "Engineering Manager")],
            None,
        ),
    ],
)
def test_an_html_description_is_read_as_text(
    description: str, expected: list[tuple[str, str | None]], coordinator: tuple[str, str] | None
) -> None:
    invite = ics("Interview loop: Sam Carter", description)
    assert people(invite) == expected
    if coordinator is not None:
        person = invite.interview.coordinator
        assert person is not None and person.name == coordinator[0]
        if coordinator[1]:
            assert person.email == coordinator[1]


@pytest.mark.parametrize(
    "summary",
    [
        "Virtual Onsite: Sam Carter <> Harbor Foods",
        "Virtual on-site – Sam Carter",
        "Remote Onsite Interview (Sam Carter)",
    ],
)
def test_a_virtual_onsite_with_a_video_link_is_video(summary: str) -> None:
    invite = ics(
        summary,
        "<p>See you then.</p>",
        extra="X-GOOGLE-CONFERENCE:https://meet.google.com/abc-defg-hij\r\n",
    )
    assert invite.interview.format == Format.VIDEO


# ------------------------------------------------------------ kind 7: people in the text


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # a schedule line's session, then two people joined by "+"
            "Your onsite on Thursday, December 10, 2026:\n\n"
            "9:00am - 9:45am PST: Hello and logistics with Bettina Sorensen (Recruiter)\n"
            "9:45am - 10:30am PST: Systems design: Hedda Lindqvist (Principal Engineer) + "
            "Marco Baptiste (SRE Lead)\n",
            [("Hedda Lindqvist", "Principal Engineer"), ("Marco Baptiste", "SRE Lead")],
        ),
        (  # … joined by "and"
            "Schedule for Thursday, December 10, 2026\n\n"
            "1:00 PM - 1:50 PM: Case study: Ottilie Grange (Finance Director) and Rupert Vance "
            "(FP&A Manager)\n",
            [("Ottilie Grange", "Finance Director"), ("Rupert Vance", "FP&A Manager")],
        ),
        (  # … and by "&" after "with"
            "Thursday, December 10, 2026\n"
            "11:00 - 11:45  Pairing exercise with Suki Tanaka (Staff Engineer) & Idris Bello "
            "(Senior Engineer)\n",
            [("Suki Tanaka", "Staff Engineer"), ("Idris Bello", "Senior Engineer")],
        ),
    ],
)
def test_a_schedule_line_names_every_person_joined_in_it(
    body: str, expected: list[tuple[str, str | None]]
) -> None:
    invite = mail(
        "Talent Team <no-reply@hire.lever.co>",
        "Your onsite interview schedule",
        body,
        reply_to="Bettina Sorensen <bettina@grangeworks.example>",
    )
    got = people(invite)
    for each in expected:
        assert each in got


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "You'll meet Wanjiru Kamau first, then a quick coffee chat with Leopold Hartmann from "
            "the Data team.",
            ["Wanjiru Kamau", "Leopold Hartmann"],
        ),
        (
            "You will speak with Anouk de Vries, followed by a conversation with Nkechi Obi from "
            "our Finance group.",
            ["Anouk de Vries", "Nkechi Obi"],
        ),
        (
            "You'll be meeting Grzegorz Nowak, and afterwards a short call with Teodora Ilic "
            "from the Payments team.",
            ["Grzegorz Nowak", "Teodora Ilic"],
        ),
    ],
)
def test_a_second_person_later_in_the_sentence_is_read(sentence: str, expected: list[str]) -> None:
    body = (
        "Hi Sam,\n\nYour video interview is on Thursday, December 10, 2026 at 2:00 PM ET. "
        f"{sentence}\n\nBest,\nMira Solberg\nRecruiter"
    )
    invite = mail("Mira Solberg <mira@fjellbrook.example>", "Interview on Thursday", body)
    assert [n for n, _ in people(invite)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "You'll begin with our warehouse supervisor, Dominic Farrell, and then tour the site.",
            ("Dominic Farrell", "warehouse supervisor"),
        ),
        (
            "This confirms your video interview on Thursday, December 10, 2026 at 11:00 AM "
            "Eastern with our finance director, Harriet Vance.",
            ("Harriet Vance", "finance director"),
        ),
        ("The call is with our CFO, Mateo Rinaldi.", ("Mateo Rinaldi", "CFO")),
        (
            "You will be interviewed by the clinic manager, Paula Brennan, at the front desk.",
            ("Paula Brennan", "clinic manager"),
        ),
    ],
)
def test_a_lower_case_title_before_the_name(sentence: str, expected: tuple[str, str]) -> None:
    body = (
        f"Hi Sam,\n\nYour interview is on Thursday, December 10, 2026 at 11:00 AM ET. "
        f"{sentence}\n\nBest,\nMira Solberg\nRecruiter"
    )
    invite = mail("Mira Solberg <mira@fjellbrook.example>", "Interview on Thursday", body)
    assert expected in people(invite)


@pytest.mark.parametrize("tab", ["\t", "\\t"])
def test_outlook_rows_of_label_tab_value(tab: str) -> None:
    description = (
        f"Sam\\,\\n\\nThe panel:\\n\\nInterviewer:{tab}Lorcan Whelan\\nTitle:{tab}Plant Manager"
        f"\\n\\nInterviewer:{tab}Mei Tanaka-Brooks\\nTitle:{tab}Quality Lead\\n\\nBrenda Kowal"
        "\\nHR Generalist"
    )
    invite = ics(
        "Interview - Sam Carter",
        description,
        organizer="CN=Brenda Kowal:mailto:brenda@millrace.example",
    )
    assert people(invite) == [
        ("Lorcan Whelan", "Plant Manager"),
        ("Mei Tanaka-Brooks", "Quality Lead"),
    ]


def test_a_recruiter_listed_twice_is_one_person_with_the_address() -> None:
    body = (
        "Hi Sam,\n\nHere is your schedule for Thursday, December 10, 2026:\n\n"
        "1:00pm - 1:20pm EST: Welcome with Odile Ferrand (Recruiter)\n"
        "1:20pm - 2:00pm EST: Product deep dive — Kwabena Asante, Group Product Manager\n\n"
        "Odile Ferrand\nRecruiter at Tessellate\n"
    )
    invite = mail(
        "Tessellate <no-reply@hire.lever.co>",
        "Your interview schedule",
        body,
        reply_to="Odile Ferrand <odile.ferrand@tessellate.example>",
    )
    coordinator = invite.interview.coordinator
    assert coordinator is not None and coordinator.name == "Odile Ferrand"
    assert coordinator.email == "odile.ferrand@tessellate.example"
    assert people(invite) == [("Kwabena Asante", "Group Product Manager")]


def test_an_iso_8859_1_label_reads_windows_punctuation() -> None:
    body = (
        "Hi Sam,\r\n\r\nYou’ll meet our head chef, Ciarán O’Leary, on Thursday, December 10, "
        "2026 at 9:00 AM.\r\n"
    )
    text = (
        f"From: Nuala Byrne <nuala@tidewater.example>\r\nTo: {ME}\r\nSubject: Interview\r\n"
        "Date: Tue, 24 Nov 2026 15:00:00 +0000\r\nMIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=iso-8859-1\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
    ).encode() + body.encode("cp1252")
    invite = parse_invite(text, "gap.eml", user_emails=[ME], default_tz="Europe/Dublin")
    assert ("Ciarán O’Leary", "head chef") in people(invite)


# ------------------------------------------------------------ kind 6: signed only in the text


@pytest.mark.parametrize(
    ("signature", "name", "title"),
    [
        ("Viele Grüße\\nLena Hoffmann\\nPeople & Culture", "Lena Hoffmann", "People & Culture"),
        ("Best\\, Anna Weber | Talent Acquisition", "Anna Weber", "Talent Acquisition"),
        (
            "Kind regards\\,\\nDeclan Moriarty\\nTalent Acquisition Partner\\, EMEA",
            "Declan Moriarty",
            "Talent Acquisition Partner",
        ),
    ],
)
def test_a_no_reply_calendar_signed_in_its_text(signature: str, name: str, title: str) -> None:
    invite = ics(
        "Video interview: Working Student Marketing",
        f"Hello Sam\\,\\n\\nWe look forward to speaking with you.\\n\\n{signature}",
        organizer="CN=Talent Team:mailto:noreply@personio.example",
    )
    coordinator = invite.interview.coordinator
    assert coordinator is not None
    assert (coordinator.name, coordinator.title) == (name, title)


@pytest.mark.parametrize(
    ("signature", "title"),
    [
        ("Tomasz Zielinski\nSenior Technical Recruiter, Fenwick Ltd", "Senior Technical Recruiter"),
        ("Tomasz Zielinski\nRecruiting Coordinator at Fenwick", "Recruiting Coordinator"),
        ("Tomasz Zielinski\nTalent Partner, Fenwick Freight", "Talent Partner"),
        ("Tomasz Zielinski\nVP, People Operations", "VP, People Operations"),
    ],
)
def test_the_coordinators_title_is_kept(signature: str, title: str) -> None:
    body = (
        "Hi Sam,\n\nYour phone interview is on Thursday, December 10, 2026 at 10:00 AM ET.\n\n"
        f"Thanks,\n{signature}\n"
    )
    invite = mail("Tomasz Zielinski <tomasz@fenwickfreight.example>", "Phone interview", body)
    coordinator = invite.interview.coordinator
    assert coordinator is not None and coordinator.title == title


# ------------------------------------------------------------ country and zone from places


@pytest.mark.parametrize(
    ("place", "zone", "country"),
    [
        ("Unit 7, Kirkgate Mills, Halifax HX1 1RE", "Europe/London", "GB"),
        ("2nd floor, 14 Park Row, Leeds LS1 5HD", "Europe/London", "GB"),
        ("Marina Commercial Park, Centre Park Road, Cork T12 X70A", "Europe/Dublin", "IE"),
    ],
)
def test_a_postcode_names_the_country(place: str, zone: str, country: str) -> None:
    body = (
        "Hi Sam,\n\nYou're booked in with my client for Friday 11 December 2026 at 10:30 at "
        f"their site: {place}.\n\nAny questions, ring me on 07700 900123.\n\nRuth Nkemelu\n"
        "Senior Consultant"
    )
    invite = mail("Ruth Nkemelu <ruth@brightpath-staffing.example>", "Interview arranged", body)
    assert (invite.interview.tz, invite.country) == (zone, country)
    assert invite.interview.time is not None and invite.interview.time.hour == 10


@pytest.mark.parametrize(
    ("tzid", "location", "zone", "country", "subdiv"),
    [
        (
            "Eastern Standard Time",
            "Fifth Third Center, 21 E State St, Suite 400, Columbus, OH 43215",
            "America/New_York",
            "US",
            "OH",
        ),
        (
            "Central Standard Time",
            "1200 Douglas St, Omaha, NE 68102",
            "America/Chicago",
            "US",
            "NE",
        ),
        (
            "Mountain Standard Time",
            "Bow Valley Square, 205 5 Ave SW, Calgary, AB T2P 2V7",
            "America/Edmonton",
            "CA",
            "AB",
        ),
    ],
)
def test_a_street_address_settles_a_windows_zone(
    tzid: str, location: str, zone: str, country: str, subdiv: str
) -> None:
    invite = ics(
        "Interview - Sam Carter",
        "See you then.",
        organizer="CN=Lena Ortiz:mailto:lena@fieldstone.example",
        start=f'DTSTART;TZID="{tzid}":20261210T100000',
        extra=f"LOCATION:{location}\r\n",
    )
    assert (invite.interview.tz, invite.country, invite.country_guessed) == (zone, country, False)
    assert invite.interview.subdiv == subdiv


def test_pacific_time_with_no_clue_is_a_guess() -> None:
    invite = ics(
        "Interview - Sam Carter",
        "See you then.",
        organizer="CN=Lena Ortiz:mailto:lena@fieldstone.example",
        start='DTSTART;TZID="Pacific Standard Time":20261210T100000',
    )
    assert (invite.interview.tz, invite.country, invite.country_guessed) == (
        "America/Los_Angeles",
        "US",
        True,
    )
    assert any("CA, MX, US" in note for note in invite.notes)


@pytest.mark.parametrize(
    ("start", "said"),
    [
        ("20261210T170000Z", "10:30 AM Mountain Time"),
        ("20261210T150000Z", "10:00 AM Central Time"),
        ("20261210T140000Z", "2:00 PM (Eastern)"),
    ],
)
def test_a_text_clock_that_disagrees_with_a_utc_start_is_said(start: str, said: str) -> None:
    invite = ics(
        "Interview - Sam Carter",
        f"Your interview is on December 10 at {said}.",
        organizer="CN=Lena Ortiz:mailto:lena@fieldstone.example",
        start=f"DTSTART:{start}",
    )
    assert any("disagree" in note for note in invite.notes)


@pytest.mark.parametrize(
    ("place", "zone", "country", "subdiv"),
    [
        ("1500 Louisiana St, Houston, TX", "America/Chicago", "US", "TX"),
        ("Level 5, 120 Collins St, Melbourne VIC", "Australia/Melbourne", "AU", "VIC"),
        ("Suite 300, 555 W Hastings St, Vancouver, BC", "America/Vancouver", "CA", "BC"),
    ],
)
def test_a_city_and_its_states_code_give_the_zone_and_the_state(
    place: str, zone: str, country: str, subdiv: str
) -> None:
    body = (
        "Hi Sam,\n\nThanks for your time. We'd like to see you in person on Thursday 10 "
        f"December 2026 at 10:00 at our office:\n{place}\n\nBest,\nNoor Haddad\nRecruiter"
    )
    invite = mail("Noor Haddad <noor@larkspur-labs.example>", "Onsite interview", body)
    assert (invite.interview.tz, invite.country, invite.interview.subdiv) == (zone, country, subdiv)


def test_a_plain_description_with_an_address_in_angle_brackets_is_no_html() -> None:
    invite = ics(
        "Interview - Sam Carter",
        "Questions? Your recruiter\\, Bea Jones <b.jones@harbor.example>.",
        organizer="CN=Talent Team:mailto:noreply@harbor.example",
    )
    coordinator = invite.interview.coordinator
    assert coordinator is not None and coordinator.email == "b.jones@harbor.example"


@pytest.mark.parametrize(
    ("tzid", "signature", "zone", "country"),
    [
        (
            "W. Europe Standard Time",
            "Lotte Jansen\\, HR\\, Strijp-S\\, Eindhoven",
            "Europe/Amsterdam",
            "NL",
        ),
        (
            "Romance Standard Time",
            "Camille Roux\\nRH\\, 12 rue Garibaldi\\, Lyon",
            "Europe/Paris",
            "FR",
        ),
        (
            "GMT Standard Time",
            "Inês Faria\\nRecursos Humanos\\, Rua de Santa Catarina\\, Porto",
            "Europe/Lisbon",
            "PT",
        ),
    ],
)
def test_a_town_an_address_ends_with_chooses_the_country(
    tzid: str, signature: str, zone: str, country: str
) -> None:
    invite = ics(
        "Interview - Sam Carter",
        f"See you on the call.\\n\\n{signature}",
        organizer="CN=Talent:mailto:talent@northwind.example",
        start=f'DTSTART;TZID="{tzid}":20261210T100000',
        extra="LOCATION:Microsoft Teams\r\n",
    )
    assert (invite.interview.tz, invite.country, invite.country_guessed) == (zone, country, False)


def test_a_name_signed_after_a_comma_is_no_town() -> None:
    invite = ics(
        "Interview - Sam Carter",
        "See you on the call.\\n\\nBest\\, Victoria",
        organizer="CN=Talent:mailto:talent@northwind.example",
        start='DTSTART;TZID="Pacific Standard Time":20261210T100000',
        extra="LOCATION:Microsoft Teams\r\n",
    )
    assert (invite.country, invite.country_guessed) == ("US", True)


def test_a_coordinators_title_in_brackets_keeps_no_bracket() -> None:
    invite = ics(
        "Interview loop",
        "Questions? Ask Hana Kobayashi (People Team) anytime.",
        organizer="CN=Scheduling:mailto:scheduling@goodtime.io",
    )
    coordinator = invite.interview.coordinator
    assert coordinator is not None and coordinator.title == "People Team"


def test_the_format_note_takes_its_article() -> None:
    body = (
        "Hi Sam,\n\nThis is an in-person interview on Thursday, December 10, 2026 at 10:00 AM ET."
    )
    invite = mail("Noor Haddad <noor@larkspur-labs.example>", "In-person interview", body)
    assert any("calls it an in-person interview" in note for note in invite.notes)
