"""Issue 9's invite kinds that held-out v13 still got wrong, in new wording and new senders
(session 14): a role with a bracket of employment terms and an office, a virtual onsite, a
loop line of two people with their titles, a time read as a title, a person named only in
the text beside an attendee, the candidate's name in a title, a scheduler's event type and
zone label, Japanese text without spaces."""

from __future__ import annotations

import pytest
from test_invite_kinds_s13_invites import USER, calendar, mail

from followup.delivery.invites import ImportedInvite, parse_invite


def event(
    start: str,
    summary: str,
    description: str,
    people: str = "",
    organizer: str = "CN=Jo Marsh:mailto:jo.marsh@harrowfield.example",
    uid: str = "s14-0@x",
    zone: str = "America/Chicago",
    extra: str = "",
    me: bool = True,
) -> str:
    when = f"DTSTART:{start}" if start.endswith("Z") else f"DTSTART;TZID={zone}:{start}"
    return (
        "BEGIN:VEVENT\r\n"
        f"UID:{uid}\r\nDTSTAMP:20261101T090000Z\r\n{when}\r\n"
        f"SUMMARY:{summary}\r\nDESCRIPTION:{description}\r\n{extra}"
        f"ORGANIZER;{organizer}\r\n{people}"
        + (f"ATTENDEE;CN=Rowan Adeyemi:mailto:{USER}\r\n" if me else "")
        + "END:VEVENT\r\n"
    )


def read(data: bytes, name: str = "s14.eml", names: tuple[str, ...] = ()) -> ImportedInvite:
    return parse_invite(data, name, default_tz="UTC", user_emails=[USER], user_names=names)


def interviewers(invite: ImportedInvite) -> dict[str, str | None]:
    return {p.name: p.title for p in invite.interview.people if p.role.value == "interviewer"}


# --------------------------------------------------------------------------- role brackets


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("Interview for Pharmacy Technician (part-time, Riverside branch).", "Pharmacy Technician"),
        ("Thank you for applying for Warehouse Associate (full-time, Northgate site).",
         "Warehouse Associate"),
        ("Interview for Dental Hygienist (Mon-Thu, Westfield clinic)", "Dental Hygienist"),
        ("Interview for Bookkeeper (permanent, Ballard office).", "Bookkeeper"),
    ],
)  # fmt: skip
def test_a_bracket_of_employment_terms_and_an_office_is_no_part_of_the_role(
    sentence: str, role: str
) -> None:
    cal = calendar(event("20261203T100000", f"Interview - {role} - Rowan Adeyemi", sentence))
    assert read(cal.encode(), "terms.ics").interview.role == role


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("Interview for Line Cook (temps plein).", "Line Cook (temps plein)"),
        ("Interview for Site Surveyor (field-based, Queensland).",
         "Site Surveyor (field-based, Queensland)"),
        ("Interview for Fund Accountant (Fixed Term, 12 months).",
         "Fund Accountant (Fixed Term, 12 months)"),
    ],
)  # fmt: skip
def test_a_bracket_of_terms_without_an_office_stays_the_roles(sentence: str, role: str) -> None:
    base = role.split(" (")[0]
    cal = calendar(event("20261203T100000", f"Interview - {base} - Rowan Adeyemi", sentence))
    assert read(cal.encode(), "terms.ics").interview.role == role


# --------------------------------------------------------------------------- virtual onsite


@pytest.mark.parametrize(
    "summary",
    [
        "Tidewell Labs – Virtual On-Site – Rowan Adeyemi",
        "Remote onsite: Platform Engineer (Tidewell Labs)",
        "Final round (virtual on site) – Tidewell Labs",
    ],
)
def test_a_virtual_onsite_is_a_video_interview(summary: str) -> None:
    cal = calendar(
        event(
            "20261203T150000Z",
            summary,
            "Your sessions are below. Tidewell Labs · 12 Pier Rd\\, Portland\\, OR 97209",
            organizer="CN=Tidewell Candidates:mailto:c_1234@group.calendar.google.com",
            extra="X-GOOGLE-CONFERENCE:https://meet.google.com/abc-defg-hij\r\n",
        )
    )
    assert read(cal.encode(), "virtual.ics").interview.format.value == "video"


def test_an_onsite_with_a_meet_link_google_added_stays_in_person() -> None:
    cal = calendar(
        event(
            "20261203T100000",
            "Onsite interview – Tidewell Labs",
            "Please come to reception at 12 Pier Rd\\, Portland\\, OR 97209.",
            extra="X-GOOGLE-CONFERENCE:https://meet.google.com/abc-defg-hij\r\n",
        )
    )
    assert read(cal.encode(), "onsite.ics").interview.format.value == "in-person"


# --------------------------------------------------------------------------- loop lines


@pytest.mark.parametrize(
    ("ics_line", "text_line"),
    [
        ("2:00 PM - 2:45 PM Lena Ward\\, Omar Said",
         "2:00 PM - 2:45 PM   Lena Ward, Head of Data & Omar Said, Staff Engineer"),
        ("14:00-14:45 Lena Ward and Omar Said",
         "14:00 - 14:45   Lena Ward, Head of Data and Omar Said, Staff Engineer"),
        ("2:00 PM – 2:45 PM Lena Ward & Omar Said",
         "2:00 PM – 2:45 PM   Lena Ward (Head of Data) & Omar Said (Staff Engineer)"),
    ],
)  # fmt: skip
def test_a_schedule_line_of_two_people_names_both_with_their_own_titles(
    ics_line: str, text_line: str
) -> None:
    cal = calendar(
        event(
            "20261203T130000",
            "Onsite interview – Data Engineer",
            f"1:00 PM - 1:45 PM Mia Chen\\n{ics_line}",
            organizer="CN=Tidewell Recruiting:mailto:no-reply@us.greenhouse-mail.io",
        )
    )
    text = (
        "Hi Rowan,\n\nHere is your schedule (Central Time):\n\n"
        "1:00 PM - 1:45 PM   Mia Chen, Engineering Manager\n"
        f"{text_line}\n\nBest,\nJo Marsh\nTidewell Labs\n"
    )
    data = mail("Tidewell Labs <no-reply@us.greenhouse-mail.io>", "Your onsite", text, (cal,))
    found = interviewers(read(data))
    assert found == {
        "Mia Chen": "Engineering Manager",
        "Lena Ward": "Head of Data",
        "Omar Said": "Staff Engineer",
    }


@pytest.mark.parametrize(
    "line",
    [
        "3:30 PM - 4:15 PM Grace Okafor",
        "9:00 AM – 9:45 AM Grace Okafor",
        "2 p.m. to 3 p.m. Grace Okafor",
    ],
)
def test_a_time_before_a_name_is_no_title(line: str) -> None:
    cal = calendar(event("20261203T153000", "Interview – Buyer", f"Schedule:\\n{line}"))
    found = interviewers(read(cal.encode(), "time.ics"))
    assert found == {"Grace Okafor": None}


# --------------------------------------------------------------------------- candidate's name


@pytest.mark.parametrize(
    ("summary", "line", "organizer", "names", "company", "interviewer"),
    [
        ("Line Cook Interview - Priya Raman",
         "Interviewer: Ana Lopes\\, Executive Chef\\, Harbor Table Bistro",
         "CN=Marco Bellini:mailto:marco@htb-kitchens.example", (),
         "Harbor Table Bistro", ("Ana Lopes", "Executive Chef")),
        ("Interview: Payroll Specialist - Dana Whitfield",
         "Interviewer: Tomás Ortega\\, Payroll Manager\\, Keystone Mutual Insurance",
         "CN=Lea Brandt:mailto:lbrandt@kmi-careers.example", (),
         "Keystone Mutual Insurance", ("Tomás Ortega", "Payroll Manager")),
        ("Welder Interview – Sam Okoro",
         "Interviewer: Lina Park\\, Shop Foreman\\, Redline Metal Fabrication",
         "CN=Ivo Petrov:mailto:ivo@rmf-works.example", ("Sam Okoro",),
         "Redline Metal Fabrication", ("Lina Park", "Shop Foreman")),
    ],
)  # fmt: skip
def test_the_candidates_name_in_a_zoom_title_is_no_company(
    summary: str,
    line: str,
    organizer: str,
    names: tuple[str, ...],
    company: str,
    interviewer: tuple[str, str],
) -> None:
    """Zoom's topic names the candidate ("… Interview - Priya Raman"), profile or none; the
    company is the one the interviewer's line names after their title."""
    description = (
        f"Someone is inviting you to a scheduled Zoom meeting.\\n\\nTopic: {summary}\\n{line}"
        "\\n\\nJoin Zoom Meeting\\nhttps://us06web.zoom.us/j/86231790452"
    )
    cal = calendar(event("20261203T100000", summary, description, organizer=organizer, me=False))
    invite = read(cal.encode(), "zoom.ics", names)
    assert invite.interview.company == company
    name, title = interviewer
    assert interviewers(invite)[name] == title


# --------------------------------------------------------------------------- a zone's city


@pytest.mark.parametrize(
    ("start", "said", "place", "zone", "clock"),
    [
        ("20261203T163000Z", "9:30am - 10:00am (Mountain Time - US & Canada)",
         "Our clinic is on Fairview Avenue in Boise.", "America/Boise", "09:30"),
        ("20261203T150000Z", "10:00am - 10:45am (Eastern Time - US & Canada)",
         "You will meet the team at our office in Detroit.", "America/Detroit", "10:00"),
        ("20261203T140000Z", "9:00am - 9:30am (Eastern Time - US & Canada)",
         "Interviews take place at our warehouse in Louisville.",
         "America/Kentucky/Louisville", "09:00"),
    ],
)  # fmt: skip
def test_a_zone_label_gives_way_to_the_zone_of_the_city_the_text_names(
    start: str, said: str, place: str, zone: str, clock: str
) -> None:
    """A scheduler writes the zone's label ("Mountain Time - US & Canada"), the text names the
    city: the city's own zone when it keeps the same clock then."""
    cal = calendar(
        event(
            start,
            "Phone Screen between Dana Reyes and Rowan Adeyemi",
            "Event Name: Phone Screen",
            organizer="CN=Dana Reyes:mailto:dana.reyes@larkspur-health.example",
        )
    )
    text = f"A new event has been scheduled.\n\nEvent Date/Time:\n{said} on Thursday\n\n{place}\n"
    data = mail("Calendly <notifications@calendly.com>", "New Event: Phone Screen", text, (cal,))
    invite = read(data)
    assert (invite.interview.tz, str(invite.interview.time)[:5]) == (zone, clock)


# --------------------------------------------------------------------------- the caller


@pytest.mark.parametrize(
    ("location", "host", "email", "title"),
    [
        ("Marcus Lee will call the invitee at +1 312-555-0188", "Marcus Lee",
         "marcus.lee@brightwater-bank.example", "Branch Recruiter"),
        ("Sofia Brandt will call the candidate on +44 161 496 0000", "Sofia Brandt",
         "sofia.brandt@ellery-homes.example", "Talent Partner"),
        ("Priya Anand will phone the applicant at the number provided.", "Priya Anand",
         "priya.anand@copperfield-rx.example", "HR Generalist"),
    ],
)  # fmt: skip
def test_a_host_who_will_call_the_invitee_interviews(
    location: str, host: str, email: str, title: str
) -> None:
    """Calendly's location line ("… will call the invitee at …") names who interviews; the
    description gives their title and employer."""
    cal = calendar(
        event(
            "20261203T160000Z",
            f"Phone Screen between {host} and Rowan Adeyemi",
            f"Event Name: Phone Screen\\n\\nLocation: {location}",
            organizer=f"CN={host}:mailto:{email}",
            extra=f"LOCATION:{location}\r\n",
        )
    )
    text = (
        f"A new event has been scheduled.\n\nEvent Type:\nPhone Screen\n\n"
        f"Event Date/Time:\n10:00am - 10:30am (Central Time - US & Canada)\n\n"
        f"Location:\n{location}\n\nDescription:\nA short call. {host}, {title}, "
        f"{email.split('@')[1].split('.')[0].replace('-', ' ').title()} - {email}\n"
    )
    data = mail(
        "Calendly <notifications@calendly.com>",
        f"New Event: {host} - 10:00am Thu, Dec 3, 2026 - Phone Screen",
        text,
        (cal,),
        headers=f"Reply-To: {host} <{email}>\r\n",
    )
    assert interviewers(read(data)) == {host: title}


# --------------------------------------------------------------------------- "… and me"


@pytest.mark.parametrize(
    ("sentence", "organizer", "other"),
    [
        ("You will be meeting Dana Cho (Studio Manager) and me.", "Felix Amari", "Dana Cho"),
        ("You'll meet me and Oskar Lind (Lead Designer); bring a sketchbook.", "Mirela Voss",
         "Oskar Lind"),
        ("I'll be joined by Ruth Ekwueme, our Head Chef.", "Tomasz Nowak", "Ruth Ekwueme"),
    ],
)  # fmt: skip
def test_an_icloud_organizer_who_writes_and_me_interviews_too(
    sentence: str, organizer: str, other: str
) -> None:
    """Apple sends the invitation from noreply@email.apple.com under the organizer's own name:
    that name is no company, and the organizer who says "… and me" interviews."""
    first = organizer.split()[0].lower()
    cal = calendar(
        event(
            "20261203T110000",
            "Interview – Junior Designer",
            f"Hi Rowan\\, {sentence}\\n\\n{organizer}\\nFounder\\, Amari & Voss Studio",
            people=f"ATTENDEE;CN={other}:mailto:{other.split()[0].lower()}@amarivoss.example\r\n",
            organizer=f"CN={organizer};EMAIL={first}@amarivoss.example:mailto:2_ABC@imip.me.com",
            zone="Europe/London",
        )
    )
    text = (
        f"{organizer} has invited you to an event.\n\nInterview – Junior Designer\n\n"
        f"Hi Rowan, {sentence}\n\n{organizer}\nFounder, Amari & Voss Studio\n"
    )
    data = mail(
        f"{organizer} <noreply@email.apple.com>",
        "Invitation: Interview – Junior Designer @ Thu, 3 Dec 2026 11:00",
        text,
        (cal,),
    )
    assert set(interviewers(read(data))) == {organizer, other}


# --------------------------------------------------------------------------- Japanese


def japanese(subject: str, people: str, company: str, candidate: str) -> bytes:
    text = (
        f"{candidate} 様\n\nこの度はご応募いただき、誠にありがとうございます。\n"
        "下記の日程にて面接を実施させていただきます。\n\n"
        "■日時：2026年12月3日（木）10:00〜11:00\n"
        f"■場所：株式会社{company} 本社 5階 受付\n"
        f"■面接官：{people}\n\n"
        f"株式会社{company}\n人事部 採用担当　小川 翔\n"
    )
    return mail(f"小川 翔 <sho.ogawa@{company.lower()}.example>", subject, text)


@pytest.mark.parametrize(
    ("subject", "company", "role", "candidate"),
    [
        ("【二次面接】データエンジニア職 山田 花子 様", "コガネ物産", "データエンジニア",
         "山田 花子"),
        ("【最終面接】営業企画職 Alex Kim 様", "ハヤテ工業", "営業企画", "Alex Kim"),
        ("【面接日程のご案内】インフラエンジニア職 Rowan Adeyemi 様", "ツバメ電機",
         "インフラエンジニア", "Rowan Adeyemi"),
    ],
)  # fmt: skip
def test_a_japanese_subjects_interview_tag_is_no_company_and_the_honorific_no_role(
    subject: str, company: str, role: str, candidate: str
) -> None:
    invite = read(japanese(subject, "開発部 部長 森 大輔", company, candidate))
    assert (invite.interview.company, invite.interview.role) == (company, role)


@pytest.mark.parametrize(
    ("people", "second"),
    [
        ("人事部 課長 高橋 健、プロダクトリード 木村 彩", ("木村 彩", "プロダクトリード")),
        ("技術部 部長 森 大輔、シニアアーキテクト 林 美咲", ("林 美咲", "シニアアーキテクト")),
        ("営業部 部長 中野 修、データアナリスト 石田 恵", ("石田 恵", "データアナリスト")),
    ],
)
def test_a_japanese_title_in_katakana_names_the_second_interviewer(
    people: str, second: tuple[str, str]
) -> None:
    found = interviewers(
        read(japanese("【一次面接】のご案内", people, "コガネ物産", "Rowan Adeyemi"))
    )
    assert len(found) == 2 and found[second[0]] == second[1], found
