"""Reading invites: realistic .ics and .eml fixtures, the Windows zone table, hostile files."""

from __future__ import annotations

import base64
import random
import time
import tomllib
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock
from importlib.resources import files
from pathlib import Path
from zoneinfo import ZoneInfo, available_timezones

import pytest

from followup.core.errors import InvalidInput
from followup.core.models import Format, PersonRole
from followup.delivery.invites import ImportedInvite, Limits, parse_invite, read_invite

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "invites"
ME = "Alex.Morgan@gmail.com"  # the profile's email, in another case than the invites use
NY = "America/New_York"


def read(name: str, **kwargs: object) -> ImportedInvite:
    options: dict[str, object] = {"user_emails": [ME], "default_tz": NY}
    options.update(kwargs)
    return read_invite(FIXTURES / name, **options)  # type: ignore[arg-type]


def parse(text: str, **kwargs: object) -> ImportedInvite:
    options: dict[str, object] = {"user_emails": [ME], "default_tz": NY}
    options.update(kwargs)
    return parse_invite(text.replace("\n", "\r\n").encode(), "invite.ics", **options)  # type: ignore[arg-type]


def event(*lines: str, calendar: tuple[str, ...] = ()) -> str:
    body = "\n".join(lines)
    head = "\n".join(calendar)
    return (
        "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//test//EN\n"
        + (head + "\n" if head else "")
        + f"BEGIN:VEVENT\nUID:1@test\nDTSTAMP:20261101T000000Z\n{body}\nEND:VEVENT\nEND:VCALENDAR\n"
    )


def people(invite: ImportedInvite) -> list[tuple[str, str | None, str]]:
    return [(p.name, p.email, str(p.role)) for p in invite.interview.people]


# ------------------------------------------------------------------ the fixtures, one by one

EXPECTED = {
    # file: (day, time, tz, format, company, role, coordinator, interviewers, not inferred)
    "google_meet.ics": (
        date(2026, 11, 19), clock(14, 0), NY, Format.VIDEO, "Acme Analytics", "Data Analyst",
        "Dana Reyes", ["Priya Natarajan", "Tom Becker"], [],
    ),
    "outlook_teams.ics": (
        date(2026, 11, 19), clock(14, 0), "America/Los_Angeles", Format.VIDEO, "Contoso",
        "Senior Software Engineer", "Chinwe Okafor", ["Zoë Lefèvre", "Bjørn Ødegård"], [],
    ),
    "zoom.ics": (
        date(2026, 11, 20), clock(10, 30), NY, Format.VIDEO, "Globex", "Product Manager",
        "Sam Whitfield", [], ["interviewers"],
    ),
    "webex.ics": (
        date(2026, 11, 24), clock(9, 30), "Europe/Berlin", Format.VIDEO, "Müller & Söhne",
        "Data Engineer", "Jörg Schäfer", ["José Núñez"], [],
    ),
    "in_person.ics": (
        date(2026, 11, 18), clock(9, 30), "America/Chicago", Format.IN_PERSON, "Umbrella",
        "Financial Analyst", "Marcus Lee", ["Hannah Kim"], [],
    ),
    "phone_screen.ics": (
        date(2026, 11, 23), clock(11, 0), "Europe/London", Format.PHONE, "Hooli",
        "Marketing Manager", "Olivia Bennett", [], ["interviewers"],
    ),
    "utc.ics": (
        date(2026, 12, 1), clock(12, 0), NY, Format.VIDEO, "Vandelay Industries",
        "Sales Associate", None, [], ["coordinator", "interviewers"],
    ),
    "all_day.ics": (
        date(2026, 12, 2), None, None, Format.IN_PERSON, "Kramerica", "Account Executive",
        None, [], ["time", "tz", "coordinator", "interviewers"],
    ),
    "multi_event.ics": (
        date(2026, 11, 17), clock(14, 0), "Europe/Amsterdam", Format.VIDEO, "Pied Piper",
        "Backend Engineer", "Monica Hall", ["Gilfoyle"], [],
    ),
    "invite_calendar_part.eml": (
        date(2026, 11, 19), clock(14, 0), NY, Format.VIDEO, "Stark Industries", "UX Designer",
        "Pepper Potts", ["Happy Hogan"], [],
    ),
    "invite_attachment.eml": (
        date(2026, 11, 25), clock(15, 0), NY, Format.VIDEO, "Initech", "Backend Developer",
        "Bill Lumbergh", ["Peter Gibbons", "Samir Nagheenanajar"], [],
    ),
    "plain_invitation.eml": (
        date(2026, 11, 19), clock(14, 30), NY, Format.IN_PERSON, "Wayne Enterprises",
        "Data Scientist", "Rachel Dawes", ["Lucius Fox", "Barbara Gordon"], [],
    ),
    # "Interview with Jane Doe for Senior Designer at Acme", sent by a no-reply scheduler;
    # the coordinator signs the description ("Priya Raman\nRecruiting Coordinator, Acme")
    "greenhouse_scheduler.ics": (
        date(2026, 12, 2), clock(12, 0), NY, Format.VIDEO, "Acme", "Senior Designer",
        "Priya Raman", ["Jane Doe"], [],
    ),
    # TZID:"(UTC-05:00) Eastern Time (US & Canada)", Outlook's display name
    "outlook_display_tz.ics": (
        date(2026, 12, 3), clock(14, 0), NY, Format.IN_PERSON, "Contoso", "Data Analyst",
        "Maria Lopez", ["Sam Lee", "Tom Becker"], [],
    ),
    # "Interview w/ Initech – Backend Engineer"; the place only in X-APPLE-STRUCTURED-LOCATION
    "apple_w_slash.ics": (
        date(2026, 12, 9), clock(9, 30), "America/Chicago", Format.IN_PERSON, "Initech",
        "Backend Engineer", "Bill Lumbergh", ["Peter Gibbons"], [],
    ),
    # "Technical Interview - Staff Engineer (Linear)"; the organizer is Ashby's scheduling
    # mailbox, the recruiter is named in the description
    "ashby_company_in_brackets.ics": (
        date(2026, 12, 10), clock(15, 0), NY, Format.VIDEO, "Linear", "Staff Engineer",
        "Amy Santiago", ["Rosa Diaz", "Jake Peralta"], [],  # "Interviewers: Rosa Diaz, Jake…"
    ),
    # Lever sends it ("Globex Hiring <globex-interviews@hire.lever.co>"); "Your recruiter,
    # Jo Lee <jo.lee@globex.com>" in the description
    "lever_service_organizer.ics": (
        date(2026, 12, 14), clock(11, 0), NY, Format.VIDEO, "Globex", "Product Designer",
        "Jo Lee", ["Nina Sharma"], [],
    ),
    # TZID=Europe/Berlin: the round's country is Germany
    "berlin_iana_zone.ics": (
        date(2026, 12, 8), clock(10, 0), "Europe/Berlin", Format.IN_PERSON, "Siemens Energy",
        "Werkstudentin Marketing", "Katrin Schulz", [], ["interviewers"],
    ),
    # forwarded by the candidate; the recruiter signs the HTML body ("Helen Park<br>Talent
    # Acquisition | Fabrikam<br>helen.park@fabrikam.com")
    "teams_forward_signature.eml": (
        date(2026, 12, 8), clock(14, 0), "America/Los_Angeles", Format.VIDEO, "Fabrikam",
        "Customer Success Manager", "Helen Park", ["Dana Whitfield", "Omar Haddad"], [],
    ),
    # Calendly's title names the two people; the company comes from the mail domain
    "calendly_people_title.ics": (
        date(2026, 12, 4), clock(10, 30), NY, Format.PHONE, "Brightwave", "",
        None, ["Ben Ortiz"], ["role", "coordinator"],
    ),
    # "… role at Northgate Bank. I'd like to invite you …": the company ends with its sentence
    "phone_uk_plain.eml": (
        date(2026, 12, 11), clock(10, 30), "Europe/London", Format.PHONE, "Northgate Bank",
        "Graduate Risk Analyst", "Sarah Collins", [], ["interviewers"],
    ),
}  # fmt: skip


@pytest.mark.parametrize(
    ("summary", "company", "role"),
    [
        ("Staff Engineer (Remote)", "Acme", "Staff Engineer"),
        ("Data Engineer (m/f/d) - Müller", "Müller", "Data Engineer"),
        ("Senior Designer Interview (Round 2) - Acme", "Acme", "Senior Designer"),
        ("Interview with Acme for Data Analyst", "Acme", "Data Analyst"),
        ("Pat Lee and Alex Morgan", "Acme", ""),
    ],
)
def test_title_brackets_and_people(summary: str, company: str, role: str) -> None:
    invite = parse(
        event(
            "DTSTART:20261202T170000Z",
            f"SUMMARY:{summary}",
            "ORGANIZER;CN=Pat Lee:mailto:pat@acme.com",
            "ATTENDEE;CN=Alex Morgan:mailto:alex.morgan@gmail.com",
        )
    )
    assert (invite.interview.company, invite.interview.role) == (company, role)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_fixture_invites(name: str) -> None:
    day, at, tz, fmt, company, role, coordinator, interviewers, missing = EXPECTED[name]
    invite = read(name)
    interview = invite.interview
    assert (interview.interviewed, interview.time, interview.tz) == (day, at, tz)
    assert interview.format is fmt
    assert (interview.company, interview.role) == (company, role)
    assert (interview.coordinator.name if interview.coordinator else None) == coordinator
    assert [p.name for p in interview.interviewers] == interviewers
    assert invite.not_inferred == missing
    assert all(p.email != ME.lower() for p in interview.people)


def test_every_fixture_is_tested() -> None:
    assert sorted(p.name for p in FIXTURES.iterdir()) == sorted(EXPECTED)


def test_google_invite_people_and_link() -> None:
    invite = read("google_meet.ics")
    assert people(invite) == [
        ("Dana Reyes", "dana.reyes@acmeanalytics.com", "coordinator"),
        ("Priya Natarajan", "priya.natarajan@acmeanalytics.com", "interviewer"),
        ("Tom Becker", "tom.becker@acmeanalytics.com", "interviewer"),  # CN was the address
    ]
    assert invite.kind == "ics"
    assert invite.interview.channel == "email"
    assert "Link: https://meet.google.com/abc-defg-hij" in (invite.interview.notes or "")
    assert any("UTC" in note and NY in note for note in invite.notes)


def test_without_the_users_email_a_lone_personal_address_is_taken_for_the_user() -> None:
    # one free-mail attendee among the employer's people: the candidate, left out with a note
    invite = read("google_meet.ics", user_emails=[])
    assert "alex.morgan@gmail.com" not in [p.email for p in invite.interview.interviewers]
    assert any("looks like you" in note for note in invite.notes)
    # two personal addresses: the one the description greets ("Hi Alex") is the user's
    text = (
        (FIXTURES / "google_meet.ics")
        .read_text()
        .replace("END:VEVENT", "ATTENDEE;CN=Kim Doe:mailto:kim.doe@yahoo.com\r\nEND:VEVENT")
    )
    both = parse_invite(text.encode(), "two.ics", user_emails=[])
    emails = {p.email for p in both.interview.interviewers}
    assert "kim.doe@yahoo.com" in emails and "alex.morgan@gmail.com" not in emails
    # ... and without a greeting there is no telling which: both stay
    plain = parse_invite(text.replace("Hi Alex", "Hello").encode(), "two.ics", user_emails=[])
    assert {"alex.morgan@gmail.com", "kim.doe@yahoo.com"} <= {
        p.email for p in plain.interview.interviewers
    }


def test_outlook_names_rooms_and_windows_zone() -> None:
    invite = read("outlook_teams.ics")
    assert invite.interview.coordinator is not None
    assert invite.interview.coordinator.email == "chinwe.okafor@contoso.com"
    assert "confroom4b@contoso.com" not in [p.email for p in invite.interview.people]
    assert "Pacific Standard Time" in " ".join(invite.notes)
    assert "teams.microsoft.com/l/meetup-join" in (invite.interview.notes or "")


def test_in_person_location_wins_over_an_automatic_meet_link() -> None:
    invite = read("in_person.ics")
    assert invite.interview.format is Format.IN_PERSON
    assert "500 W Madison St" in (invite.interview.notes or "")


def test_phone_number_location_without_link_is_a_phone_interview() -> None:
    assert read("phone_screen.ics").interview.format is Format.PHONE


def test_plain_email_reads_year_from_date_header_and_zone_abbreviation() -> None:
    invite = read("plain_invitation.eml")
    assert invite.kind == "eml"
    assert invite.interview.coordinator is not None
    assert invite.interview.coordinator.email == "rachel.dawes@wayne-enterprises.com"
    assert invite.interview.channel == "email"


def test_email_with_calendar_part_reads_the_calendar() -> None:
    invite = read("invite_calendar_part.eml")
    assert invite.kind == "eml+ics"
    assert invite.title == "Interview: UX Designer at Stark Industries"


def test_windows_zone_without_vtimezone() -> None:
    # invite_attachment.eml: TZID=Eastern Standard Time and no VTIMEZONE in the file
    invite = read("invite_attachment.eml")
    assert invite.interview.tz == NY
    assert invite.interview.time == clock(15, 0)


# ------------------------------------------------------------------ the Windows zone table


def windows_table() -> dict[str, str]:
    """CLDR's Windows names (as tzlocal ships them) with the data file's own aliases."""
    from tzlocal.windows_tz import win_tz

    text = files("followup").joinpath("data", "windows_zones.toml").read_text("utf-8")
    data = tomllib.loads(text)
    return {**win_tz, **data.get("zones", {}), **data["aliases"]}


def test_windows_table_names_real_zones() -> None:
    table = windows_table()
    assert len(table) >= 100
    known = available_timezones()
    assert [name for name in table.values() if name not in known] == []
    for name in ("Pacific Standard Time", "W. Europe Standard Time", "GMT Standard Time"):
        assert name in table


def test_windows_table_agrees_with_icalendars_own() -> None:
    """Same UTC offsets, winter and summer, as the table the icalendar package ships."""
    from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

    table = windows_table()
    shared = sorted(set(table) & set(WINDOWS_TO_OLSON))
    assert len(shared) >= 100
    differ = []
    for name in shared:
        for month in (1, 7):
            instant = datetime(2026, month, 15, 12, tzinfo=UTC)
            mine = instant.astimezone(ZoneInfo(table[name])).utcoffset()
            theirs = instant.astimezone(ZoneInfo(WINDOWS_TO_OLSON[name])).utcoffset()
            if mine != theirs:
                differ.append((name, month))
    assert differ == []


@pytest.mark.parametrize(
    ("tzid", "zone"),
    [
        ("Pacific Standard Time", "America/Los_Angeles"),
        ("W. Europe Standard Time", "Europe/Berlin"),
        ("GMT Standard Time", "Europe/London"),
        ("India Standard Time", "Asia/Kolkata"),
        ("AUS Eastern Standard Time", "Australia/Sydney"),
        ("tzone://Microsoft/Utc", "Etc/UTC"),
        ("/mozilla.org/20070129_1/America/New_York", NY),
        ("Europe/Paris", "Europe/Paris"),
    ],
)
def test_tzid_names(tzid: str, zone: str) -> None:
    param = f'"{tzid}"' if ":" in tzid else tzid  # a value with a colon must be quoted
    invite = parse(event(f"DTSTART;TZID={param}:20261119T093000", "SUMMARY:Interview"))
    assert (invite.interview.tz, invite.interview.time) == (zone, clock(9, 30))


def test_unknown_zone_defined_in_file_is_matched_by_its_offsets() -> None:
    vtimezone = (
        "BEGIN:VTIMEZONE", "TZID:My Office Time", "BEGIN:STANDARD", "DTSTART:19700101T000000",
        "TZOFFSETFROM:+0300", "TZOFFSETTO:+0300", "END:STANDARD", "END:VTIMEZONE",
    )  # fmt: skip
    invite = parse(
        event("DTSTART;TZID=My Office Time:20261119T170000", calendar=vtimezone),
        default_tz="Europe/London",
    )
    # a zone at UTC+3 all year (many countries): the wall time stays, the country is a guess
    assert invite.interview.time == clock(17, 0)
    assert invite.interview.tz is not None
    summer = datetime(2026, 7, 1, 12, tzinfo=UTC).astimezone(ZoneInfo(invite.interview.tz))
    assert summer.utcoffset() == timedelta(hours=3)
    assert invite.country_guessed
    assert any("is a guess" in note for note in invite.notes)
    assert "tz" not in invite.not_inferred


def test_unknown_zone_without_definition_keeps_the_wall_time() -> None:
    invite = parse(event("DTSTART;TZID=Somewhere Odd:20261119T170000"))
    assert invite.interview.time == clock(17, 0)
    assert invite.interview.tz is None
    assert "tz" in invite.not_inferred


def test_floating_time_is_taken_in_the_users_zone() -> None:
    invite = parse(event("DTSTART:20261119T170000"), default_tz="Asia/Tokyo")
    assert (invite.interview.time, invite.interview.tz) == (clock(17, 0), "Asia/Tokyo")
    assert any("without a zone" in note for note in invite.notes)


def test_utc_time_uses_the_calendars_own_zone_when_it_names_one() -> None:
    invite = parse(event("DTSTART:20261119T170000Z", calendar=("X-WR-TIMEZONE:Europe/Madrid",)))
    assert (invite.interview.time, invite.interview.tz) == (clock(18, 0), "Europe/Madrid")


def test_utc_time_can_change_the_day() -> None:
    invite = parse(event("DTSTART:20261120T020000Z"), default_tz="America/Los_Angeles")
    assert invite.interview.interviewed == date(2026, 11, 19)
    assert invite.interview.time == clock(18, 0)


# ------------------------------------------------------------------ company, role, people


@pytest.mark.parametrize(
    ("summary", "company", "role"),
    [
        ("Interview: Data Analyst at Acme", "Acme", "Data Analyst"),
        ("Acme | Senior Engineer interview", "Acme", "Senior Engineer"),
        ("Acme – Alex Morgan – Product Manager", "Acme", "Product Manager"),
        ("Data Analyst Interview - Acme", "Acme", "Data Analyst"),
        ("Interview with Acme for Data Analyst", "Acme", "Data Analyst"),
        ("Invitation: Recruiter screen: Acme", "Acme", ""),
        ("Technical Writer interview", "", "Technical Writer"),
        ("Fwd: Updated invitation: Interview for the Product Designer position", "",
         "Product Designer"),
        ("Dentist", "", ""),
        ("Team lunch", "", ""),
    ],
)  # fmt: skip
def test_company_and_role_from_the_title(summary: str, company: str, role: str) -> None:
    invite = parse(
        event("DTSTART:20261119T170000Z", f"SUMMARY:{summary}"), user_names=["Alex Morgan"]
    )
    assert (invite.interview.company, invite.interview.role) == (company, role)
    assert ("company" in invite.not_inferred) == (not company)
    assert ("role" in invite.not_inferred) == (not role)


def test_organizer_domain_is_a_company_hint() -> None:
    invite = parse(
        event(
            "DTSTART:20261119T170000Z",
            "SUMMARY:Senior Engineer interview",
            "ORGANIZER;CN=Jo Park:mailto:jo.park@jobs.acme-robotics.co.uk",
        )
    )
    assert invite.interview.company == "Acme Robotics"
    assert any("acme-robotics" in note for note in invite.notes)


@pytest.mark.parametrize(
    "address", ["jo.park@gmail.com", "no-reply@greenhouse.io", "interviews@calendly.com"]
)
def test_free_mail_and_schedulers_are_no_company_hint(address: str) -> None:
    invite = parse(
        event(
            "DTSTART:20261119T170000Z",
            "SUMMARY:Senior Engineer interview",
            f"ORGANIZER;CN=Jo Park:mailto:{address}",
        )
    )
    assert invite.interview.company == ""
    assert "company" in invite.not_inferred


def test_attendees_rules() -> None:
    invite = parse(
        event(
            "DTSTART:20261119T170000Z",
            "SUMMARY:Interview",
            "ORGANIZER;CN=Dana Reyes:mailto:dana@acme.example.com",
            "ATTENDEE;CN=Dana Reyes:mailto:DANA@acme.example.com",  # the organizer again
            f"ATTENDEE;CN=Alex Morgan:mailto:{ME.upper()}",  # the user
            "ATTENDEE;CUTYPE=ROOM;CN=Board room:mailto:board@acme.example.com",
            "ATTENDEE;CUTYPE=RESOURCE;CN=Projector:mailto:projector@acme.example.com",
            "ATTENDEE;CN=Room 5:mailto:c_123@resource.calendar.google.com",
            "ATTENDEE;ROLE=NON-PARTICIPANT;CN=FYI:mailto:fyi@acme.example.com",
            "ATTENDEE:mailto:sam.o-brien@acme.example.com",  # no CN
            'ATTENDEE;CN="Lee, Kim":mailto:kim.lee@acme.example.com',
            "ATTENDEE;CN=Kim Lee:mailto:kim.lee@acme.example.com",  # twice
        )
    )
    assert people(invite) == [
        ("Dana Reyes", "dana@acme.example.com", "coordinator"),
        ("Sam O Brien", "sam.o-brien@acme.example.com", "interviewer"),
        ("Kim Lee", "kim.lee@acme.example.com", "interviewer"),
    ]


def test_a_no_reply_organizer_is_not_the_coordinator() -> None:
    invite = parse(
        event(
            "DTSTART:20261119T170000Z",
            "SUMMARY:Interview",
            "ORGANIZER:mailto:no-reply@ashbyhq.com",
        )
    )
    assert invite.interview.coordinator is None
    assert "coordinator" in invite.not_inferred


def test_a_scheduling_service_organizer_is_not_the_coordinator() -> None:
    invite = read("lever_service_organizer.ics")
    assert people(invite) == [
        ("Jo Lee", "jo.lee@globex.com", "coordinator"),
        ("Nina Sharma", "nina.sharma@globex.com", "interviewer"),
    ]
    assert any("hire.lever.co is a scheduling service" in note for note in invite.notes)
    # the same organizer with no recruiter named: no coordinator at all, not the service
    bare = parse(
        event(
            "DTSTART:20261119T170000Z",
            "SUMMARY:Interview",
            "ORGANIZER;CN=Acme Hiring:mailto:acme@goodtime.io",
            "ATTENDEE;CN=Pat Lee:mailto:pat@acme.com",
        )
    )
    assert bare.interview.coordinator is None and "coordinator" in bare.not_inferred
    assert [p.name for p in bare.interview.interviewers] == ["Pat Lee"]


@pytest.mark.parametrize(
    ("description", "name", "email"),
    [
        ("Interviewers: Rosa Diaz\\nRecruiter: Amy Santiago (amy@linear.app)", "Amy Santiago",
         "amy@linear.app"),
        ("Best\\,\\nPriya Raman\\, Recruiting Coordinator", "Priya Raman", None),
        ("Best\\,\\nHelen Park\\, Talent Acquisition\\nhelen@acme.com", "Helen Park",
         "helen@acme.com"),
        ("Your recruiter\\, Jo Lee <jo@acme.com>\\, will call you.", "Jo Lee", "jo@acme.com"),
        ("Thanks\\,\\nSam Ortiz\\nSenior Technical Recruiter | Acme\\nsam.ortiz@acme.com",
         "Sam Ortiz", "sam.ortiz@acme.com"),
        ("HR: Dana Reyes", "Dana Reyes", None),
    ],
)  # fmt: skip
def test_a_recruiter_named_in_the_text_is_the_coordinator(
    description: str, name: str, email: str | None
) -> None:
    invite = parse(
        event(
            "DTSTART:20261119T170000Z",
            "SUMMARY:Interview - Data Analyst - Acme",
            "ORGANIZER;CN=Acme:mailto:no-reply@greenhouse.io",
            "ATTENDEE;CN=Rosa Diaz:mailto:rosa@acme.com",
            f"DESCRIPTION:{description}",
        )
    )
    coordinator = invite.interview.coordinator
    assert coordinator is not None
    assert (coordinator.name, coordinator.email) == (name, email)
    assert [p.name for p in invite.interview.interviewers] == ["Rosa Diaz"]
    assert "coordinator" not in invite.not_inferred


def test_a_titled_recruiter_does_not_replace_a_real_organizer() -> None:
    invite = parse(
        event(
            "DTSTART:20261119T170000Z",
            "SUMMARY:Interview",
            "ORGANIZER;CN=Pat Lee:mailto:pat@acme.com",
            "DESCRIPTION:Recruiter: Amy Santiago (amy@acme.com)",
        )
    )
    assert invite.interview.coordinator is not None
    assert invite.interview.coordinator.name == "Pat Lee"


def test_a_recruiter_among_the_attendees_moves_to_coordinator() -> None:
    invite = parse(
        event(
            "DTSTART:20261119T170000Z",
            "SUMMARY:Interview",
            "ORGANIZER:mailto:notifications@calendly.com",
            "ATTENDEE;CN=Amy Santiago:mailto:amy@acme.com",
            "ATTENDEE;CN=Rosa Diaz:mailto:rosa@acme.com",
            "DESCRIPTION:Recruiter: Amy Santiago",
        )
    )
    assert people(invite) == [
        ("Amy Santiago", "amy@acme.com", "coordinator"),
        ("Rosa Diaz", "rosa@acme.com", "interviewer"),
    ]


def test_the_user_named_as_recruiter_is_not_the_coordinator() -> None:
    invite = parse(
        event(
            "DTSTART:20261119T170000Z",
            "SUMMARY:Interview",
            "DESCRIPTION:Alex Morgan\\nRecruiting Coordinator\\nalex.morgan@gmail.com",
        ),
        user_names=["Alex Morgan"],
    )
    assert invite.interview.coordinator is None


@pytest.mark.parametrize(
    ("start", "country"),
    [
        ("DTSTART;TZID=Europe/Berlin:20261208T100000", "DE"),
        ("DTSTART;TZID=America/New_York:20261208T100000", "US"),
        ("DTSTART;TZID=Asia/Kolkata:20261208T100000", "IN"),
        ("DTSTART;TZID=Europe/London:20261208T100000", "GB"),
        # a Windows name of many countries, no other clue: CLDR's default, said to be a guess
        ("DTSTART;TZID=W. Europe Standard Time:20261208T100000", "DE"),
        ("DTSTART:20261208T100000Z", None),  # UTC: shown in the user's zone
        ("DTSTART:20261208T100000", None),  # floating: the user's zone
        ("DTSTART;TZID=Etc/UTC:20261208T100000", None),  # no country's zone
    ],
)
def test_country_from_an_iana_zone(start: str, country: str | None) -> None:
    invite = parse(event(start, "SUMMARY:Interview", "ORGANIZER:mailto:pat@acme.com"))
    assert invite.country == country
    assert any(f"country {country}" in note for note in invite.notes) == (country is not None)


def test_country_from_a_zone_written_in_an_email() -> None:
    text = (
        "From: Pat Lee <pat@acme.com>\nSubject: Interview\nDate: Mon, 30 Nov 2026 09:00:00 +0000\n"
        "\nYour interview is on December 8, 2026 at 10:00 Asia/Kolkata.\n"
    )
    invite = parse_invite(text.encode(), "invite.eml", user_emails=[ME], default_tz=NY)
    assert (invite.interview.tz, invite.country) == ("Asia/Kolkata", "IN")
    abbreviated = text.replace("Asia/Kolkata", "IST")  # India, Israel or Ireland: no country
    invite = parse_invite(abbreviated.encode(), "invite.eml", user_emails=[ME], default_tz=NY)
    assert (invite.interview.tz, invite.country) == ("Asia/Kolkata", None)


def test_user_organised_event_has_no_coordinator() -> None:
    invite = parse(event("DTSTART:20261119T170000Z", f"ORGANIZER:mailto:{ME}"))
    assert invite.interview.coordinator is None


def test_many_attendees_are_capped() -> None:
    lines = [f"ATTENDEE;CN=Person {i}:mailto:p{i}@acme.example.com" for i in range(300)]
    invite = parse(event("DTSTART:20261119T170000Z", *lines))
    assert len(invite.interview.interviewers) == 50
    assert any("250 more attendees" in note for note in invite.notes)


# ------------------------------------------------------------------ format


@pytest.mark.parametrize(
    ("lines", "fmt"),
    [
        (("LOCATION:https://acme.zoom.us/j/123456789",), Format.VIDEO),
        (("LOCATION:Microsoft Teams Meeting",), Format.VIDEO),
        (("URL:https://meet.google.com/aaa-bbbb-ccc",), Format.VIDEO),
        (("X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/x",),
         Format.VIDEO),
        (("CONFERENCE;VALUE=URI;FEATURE=VIDEO:https://video.example.org/room/7",), Format.VIDEO),
        (("DESCRIPTION:Join: https://nam12.safelinks.protection.outlook.com/?url=https%3A%2F%2F"
          "teams.microsoft.com%2Fl%2Fmeetup-join%2Fabc&data=1",), Format.VIDEO),
        (("LOCATION:1600 Amphitheatre Parkway\\, Mountain View\\, CA 94043",), Format.IN_PERSON),
        (("LOCATION:Hauptstraße 5\\, 10115 Berlin",), Format.IN_PERSON),
        (("LOCATION:Acme HQ\\, 3rd floor",), Format.IN_PERSON),
        (("LOCATION:+1 (415) 555-0199",), Format.PHONE),
        (("CONFERENCE;VALUE=URI;FEATURE=PHONE:tel:+1-412-555-0123",), Format.PHONE),
        (("DESCRIPTION:We will call you on +49 30 1234 5678.",), Format.PHONE),
        (("SUMMARY:Phone screen", "X-GOOGLE-CONFERENCE:https://meet.google.com/aaa-bbbb-ccc"),
         Format.PHONE),
        (("DESCRIPTION:Zoom: https://zoom.us/j/123 or dial +1 646 558 8656",), Format.VIDEO),
    ],
)  # fmt: skip
def test_format(lines: tuple[str, ...], fmt: Format) -> None:
    invite = parse(event("DTSTART:20261119T170000Z", *lines))
    assert invite.interview.format is fmt
    assert "format" not in invite.not_inferred


@pytest.mark.parametrize(
    "lines",
    [
        (),
        ("DESCRIPTION:Meeting ID: 845 1234 5678\\nPasscode: 615243",),
        ("DESCRIPTION:Reference 2026-11-19.",),
    ],
)
def test_format_not_inferred(lines: tuple[str, ...]) -> None:
    invite = parse(event("DTSTART:20261119T170000Z", *lines))
    assert "format" in invite.not_inferred


def test_user_word_lists_are_laid_over_the_packaged_ones(followup_home: Path) -> None:
    (followup_home / "invites.toml").write_text(
        '[video]\nhosts = ["meet.example.org"]\n', encoding="utf-8"
    )
    invite = parse(event("DTSTART:20261119T170000Z", "LOCATION:https://meet.example.org/r/1"))
    assert invite.interview.format is Format.VIDEO


# ------------------------------------------------------------------ calendars of many events


def test_multi_event_without_an_interview_takes_the_first() -> None:
    text = event("DTSTART:20261119T170000Z", "SUMMARY:First").replace(
        "END:VCALENDAR",
        "BEGIN:VEVENT\nUID:2@test\nDTSTART:20261120T170000Z\nSUMMARY:Second\nEND:VEVENT\n"
        "END:VCALENDAR",
    )
    invite = parse(text)
    assert invite.interview.interviewed == date(2026, 11, 19)
    assert any("none says interview" in note for note in invite.notes)


def test_recurrence_is_never_expanded() -> None:
    started = time.perf_counter()
    invite = parse(
        event(
            "DTSTART:20261119T170000Z",
            "SUMMARY:Interview",
            "RRULE:FREQ=SECONDLY;COUNT=1000000000",
            "RDATE:20261120T170000Z",
        )
    )
    assert time.process_time() - started < 5  # a guard against hangs, not a benchmark
    assert invite.interview.interviewed == date(2026, 11, 19)
    assert any("repeating" in note for note in invite.notes)


def test_bare_vevent_is_read() -> None:
    text = "BEGIN:VEVENT\nUID:1@x\nDTSTART:20261119T170000Z\nSUMMARY:Interview\nEND:VEVENT\n"
    assert parse(text).interview.interviewed == date(2026, 11, 19)


def test_utf16_calendar_is_read() -> None:
    text = event("DTSTART:20261119T170000Z", "SUMMARY:Interview: Analyst at Ünïcode GmbH")
    invite = parse_invite(text.encode("utf-16"), "x.ics", default_tz=NY)
    assert invite.interview.company == "Ünïcode"  # stored without its legal form


def test_latin1_calendar_is_read() -> None:
    text = event("DTSTART:20261119T170000Z", "SUMMARY:Interview – Analyst at Société Générale")
    invite = parse_invite(text.encode("cp1252"), "x.ics", default_tz=NY)
    assert invite.interview.company == "Société Générale"


# ------------------------------------------------------------------ refusals


def refused(data: bytes, name: str = "bad.ics", limits: Limits | None = None) -> str:
    started = time.perf_counter()
    with pytest.raises(InvalidInput) as info:
        parse_invite(data, name, default_tz=NY, limits=limits)
    assert time.process_time() - started < 5  # a guard against hangs, not a benchmark
    message = str(info.value)
    assert "\n" not in message and message.startswith(f"{name}: ")
    return message


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"", "empty"),
        (b"  \r\n\r\n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (b"Hello, this is just some text.\n", "not a calendar invite"),
        (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n", "no event"),
        (event("SUMMARY:Interview").encode(), "no start date"),
        (event("DTSTART:20261319T170000Z").encode(), "not a date"),
        (event("DTSTART:INVALID").encode(), "not a date"),
        (event("DTSTART:00010101T000000Z").encode(), "not a plausible interview date"),
        (b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:2026\r\n", "cut short"),
        (b"From: a@b.example\r\nSubject: hello\r\n\r\nNo date here at all.\r\n",
         "no interview date"),
    ],
)  # fmt: skip
def test_refused(data: bytes, expected: str) -> None:
    assert expected in refused(data)


def test_binary_garbage_is_refused() -> None:
    rng = random.Random(20261119)
    for _ in range(20):
        refused(rng.randbytes(rng.randint(1, 50_000)))


def test_size_limit() -> None:
    message = refused(b"BEGIN:VCALENDAR\r\n" + b"X" * 2_000, limits=Limits(max_bytes=1_000))
    assert "import.max_bytes" in message


def test_fifty_megabytes_are_refused_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "big.ics"
    with big.open("wb") as fh:
        fh.write(b"BEGIN:VCALENDAR\r\n")
        chunk = b"BEGIN:VEVENT\r\nDTSTART:20261119T170000Z\r\nEND:VEVENT\r\n" * 20_000
        while fh.tell() < 50_000_000:
            fh.write(chunk)
    started = time.perf_counter()
    with pytest.raises(InvalidInput, match="more than the 5 MB"):
        read_invite(big, default_tz=NY)
    assert time.perf_counter() - started < 5


def test_a_calendar_of_many_events_is_refused() -> None:
    events = "".join(
        f"BEGIN:VEVENT\r\nUID:{i}\r\nDTSTART:20261119T170000Z\r\nEND:VEVENT\r\n"
        for i in range(70_000)
    )
    data = f"BEGIN:VCALENDAR\r\n{events}END:VCALENDAR\r\n".encode()
    assert len(data) < 5_000_000
    assert "import.max_lines" in refused(data)


def test_deeply_nested_components_are_refused() -> None:
    data = (
        "BEGIN:VCALENDAR\r\n"
        + "BEGIN:X-BOX\r\n" * 1_000
        + "BEGIN:VEVENT\r\nDTSTART:20261119T170000Z\r\nEND:VEVENT\r\n"
        + "END:X-BOX\r\n" * 1_000
        + "END:VCALENDAR\r\n"
    ).encode()
    assert "nested" in refused(data)


def mime_nested(depth: int) -> bytes:
    head = [b"From: a@b.example\r\nSubject: deep\r\nMIME-Version: 1.0\r\n"]
    for level in range(depth):
        head.append(
            f'Content-Type: multipart/mixed; boundary="b{level}"\r\n\r\n--b{level}\r\n'.encode()
        )
    middle = b"Content-Type: text/plain\r\n\r\nOn November 19, 2026 at 2pm.\r\n"
    tail = [f"--b{level}--\r\n".encode() for level in reversed(range(depth))]
    return b"".join(head) + middle + b"".join(tail)


def test_mime_nested_a_thousand_deep_is_refused() -> None:
    assert "MIME parts nested more than 20 deep" in refused(mime_nested(1_000), "deep.eml")


def test_mime_nested_a_little_is_read() -> None:
    invite = parse_invite(mime_nested(5), "ok.eml", default_tz=NY)
    assert invite.interview.interviewed == date(2026, 11, 19)


def test_forwarded_messages_nested_deep_are_refused() -> None:
    data = b"From: a@b.example\r\nSubject: fwd\r\n" + (
        b"Content-Type: message/rfc822\r\n\r\nFrom: c@d.example\r\nSubject: fwd\r\n" * 1_000
    )
    data += b"Content-Type: text/plain\r\n\r\nNovember 19, 2026\r\n"
    assert "nested" in refused(data, "fwd.eml")


def test_email_with_a_broken_calendar_part_is_refused() -> None:
    calendar = base64.b64encode(event("DTSTART:BROKEN").encode()).decode()
    data = (
        "From: a@b.example\r\nSubject: Interview\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/mixed; boundary="x"\r\n\r\n--x\r\n'
        "Content-Type: text/calendar; method=REQUEST\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        f"{calendar}\r\n--x--\r\n"
    ).encode()
    assert "not a date" in refused(data, "broken.eml")


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match="no such file"):
        read_invite(tmp_path / "nope.ics")
    with pytest.raises(InvalidInput, match="is a folder"):
        read_invite(tmp_path)


def test_people_are_never_the_role_attendees_of_plain_email() -> None:
    text = (
        b"From: Jo Park <jo.park@acme.example.com>\r\nTo: alex.morgan@gmail.com\r\n"
        b"Date: Tue, 10 Nov 2026 09:00:00 +0000\r\nSubject: Interview at Acme\r\n\r\n"
        b"You will meet with Senior Engineer and Sam Lee on 2026-11-19 at 15:00 CET.\r\n"
    )
    invite = parse_invite(text, "mail.eml", user_emails=[ME], default_tz=NY)
    assert [p.name for p in invite.interview.interviewers] == ["Sam Lee"]
    assert invite.interview.interviewers[0].role is PersonRole.INTERVIEWER
    assert (invite.interview.time, invite.interview.tz) == (clock(15, 0), "Europe/Berlin")


HEAD = b"From: a@b.example\r\nSubject: Interview\r\nDate: Tue, 10 Nov 2026 09:00:00 +0000\r\n"
CAL = b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:20261119T170000Z\r\n"
END = b"END:VEVENT\r\nEND:VCALENDAR\r\n"


def _wide_attendees() -> bytes:
    lines = (
        b"ATTENDEE;CN=P%d;X-A=%s:mailto:p%d@a.example.com\r\n" % (i, b"x" * 400, i)
        for i in range(9_000)
    )
    return CAL + b"".join(lines) + END


BIG_HOSTILE = {
    "long-summary.ics": lambda: CAL + b"SUMMARY:" + b"at " * 1_500_000 + b"\r\n" + END,
    "long-description.ics": lambda: (
        CAL + b"DESCRIPTION:" + b"\\n1 Main St " * 400_000 + b"\r\n" + END
    ),
    "attachment.ics": lambda: (
        CAL + b"ATTACH;ENCODING=BASE64;VALUE=BINARY:" + b"QUJD" * 1_000_000 + b"\r\n" + END
    ),
    "wide-attendees.ics": _wide_attendees,
    "long-tzid.ics": lambda: (
        b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;TZID="
        + b"America/" * 500_000
        + b":20261119T170000\r\n"
        + END
    ),
    "alarms.ics": lambda: CAL + b"BEGIN:VALARM\r\nTRIGGER:-PT5M\r\nEND:VALARM\r\n" * 2_000 + END,
    "dates.eml": lambda: HEAD + b"\r\n" + b"November 19 " * 400_000,
    "addresses.eml": lambda: HEAD + b"\r\n" + b"via a " * 800_000,
    "numbers.eml": lambda: HEAD + b"\r\n" + b"12 34 " * 800_000,
    "scripts.eml": lambda: HEAD + b"Content-Type: text/html\r\n\r\n" + b"<script>" * 500_000,
    "links.eml": lambda: (
        HEAD + b"Content-Type: text/html\r\n\r\n" + b"<a href='https://zoom.us/j/1'>x</a>" * 130_000
    ),
    "parentheses.eml": lambda: (
        b"From: " + b"(" * 100_000 + b"a@b.example\r\nSubject: x\r\n\r\nNov 19"
    ),
    # names joined by "&" (a company's spelling of the domain, "… & … will call you")
    "joined-names.eml": lambda: (
        b"From: Ann Lee <ann@abcdefghijk.example>\r\nSubject: Interview\r\n\r\nNov 19\r\n"
        + b"Abc Def & Ghi Jkl " * 250_000
    ),
    # a run of letters without a space, an "@" or a dot (addresses and links are looked for)
    "kanji-run.eml": lambda: (
        HEAD + b"\r\nNov 19\r\n" + "物流企画".encode() * 300_000 + "職へご応募".encode()
    ),
    "interviewer-lines.eml": lambda: (
        HEAD + b"\r\nNov 19\r\n" + "面接官：小林 誠 物流企画部 部長、".encode() * 100_000
    ),
    "clock-words.eml": lambda: HEAD + b"\r\nNov 19\r\n" + b"kl. 10.00 " * 300_000,
}


@pytest.mark.parametrize("name", sorted(BIG_HOSTILE))
def test_big_hostile_inputs_are_read_or_refused_quickly(name: str) -> None:
    data = BIG_HOSTILE[name]()
    assert len(data) < 5_000_000
    started = time.process_time()  # this process's own time: others' tests do not count
    try:
        invite = parse_invite(data, name, default_tz=NY)
    except InvalidInput as exc:
        assert str(exc).startswith(f"{name}: ") and "\n" not in str(exc)
    else:
        assert invite.interview.interviewed == date(2026, 11, 19)
        assert len(invite.interview.notes or "") < 5_000
    assert time.process_time() - started < 5  # a guard against hangs, not a benchmark


MUTATION_TOKENS = (
    b"BEGIN:VEVENT\r\n", b"END:VEVENT\r\n", b"BEGIN:VTIMEZONE\r\n", b";TZID=", b":", b";",
    b"\r\n ", b"\\", b'"', b"\xff", b"99999999", b"--", b"\r\n\r\n", b"mailto:", b"DTSTART:",
    b"RRULE:FREQ=SECONDLY;COUNT=999999999", b"=?utf-8?b?", b"boundary=",
    b"Content-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\n",
)  # fmt: skip


def test_mutated_invites_are_read_or_refused_in_one_line() -> None:
    """Random damage to the fixtures: whatever comes out is a round or one InvalidInput."""
    rng = random.Random(1119)
    originals = [p.read_bytes() for p in sorted(FIXTURES.iterdir())]
    outcomes = {"read": 0, "refused": 0}
    for _ in range(600):
        data = bytearray(rng.choice(originals))
        for _ in range(rng.randint(1, 6)):
            pos = rng.randrange(len(data) + 1)
            roll = rng.random()
            if roll < 0.35:
                del data[pos : pos + rng.randint(1, 60)]
            elif roll < 0.7:
                data[pos:pos] = rng.choice(MUTATION_TOKENS)
            elif data:
                data[min(pos, len(data) - 1)] = rng.randrange(256)
        try:
            parse_invite(bytes(data), "damaged.ics", user_emails=[ME], default_tz=NY)
            outcomes["read"] += 1
        except InvalidInput as exc:
            assert str(exc).startswith("damaged.ics: ") and "\n" not in str(exc)
            outcomes["refused"] += 1
    assert outcomes["read"] and outcomes["refused"]
