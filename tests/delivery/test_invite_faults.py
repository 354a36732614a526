"""Invites in the shapes real senders write them (tests/fixtures/facts_dev/invites), one test
per kind of fault the reader used to make: zones and countries, encodings, relayed organizers,
applicant-tracking mails, people named only in the text, loops, subjects, cancellations."""

from __future__ import annotations

from datetime import time as clock
from pathlib import Path

import pytest

from followup.delivery.invites import ImportedInvite, parse_invite, read_invite

DEV = Path(__file__).resolve().parents[1] / "fixtures" / "facts_dev" / "invites"
ME = "sam.carter@fastmail.com"


def read(name: str, **kwargs) -> ImportedInvite:
    return read_invite(DEV / name, user_emails=[ME], default_tz="America/New_York", **kwargs)


def names(invite: ImportedInvite) -> list[str]:
    return [p.name for p in invite.interview.interviewers]


# ------------------------------------------------------------ 1. Windows names and countries


@pytest.mark.parametrize(
    ("name", "zone", "country", "clue"),
    [
        ("outlook_weurope_nl.ics", "Europe/Amsterdam", "NL", "+31"),  # phone, address, .nl
        ("outlook_romance_fr.ics", "Europe/Paris", "FR", "+33"),
        ("outlook_gmt_ie.ics", "Europe/Dublin", "IE", "+353"),
        ("outlook_cp1252.eml", "Europe/Prague", "CZ", "brasserie-gerard.cz"),
    ],
)
def test_a_windows_zone_is_narrowed_to_the_country_the_clues_name(name, zone, country, clue):
    invite = read(name)
    assert (invite.interview.tz, invite.country, invite.country_guessed) == (zone, country, False)
    assert any(f"country {country}" in n and clue in n for n in invite.notes), invite.notes


def test_without_clues_the_country_is_cldrs_default_and_said_to_be_a_guess():
    invite = read("outlook_weurope_noclue.ics")
    assert (invite.interview.tz, invite.country, invite.country_guessed) == (
        "Europe/Berlin",
        "DE",
        True,
    )
    (note,) = [n for n in invite.notes if "guess" in n]
    assert "NL" in note and "AT" in note and "CH" in note  # the territories it could be


def test_the_language_of_the_text_is_a_clue():
    text = (DEV / "outlook_weurope_noclue.ics").read_text()
    text = text.replace(
        "Video interview for the Backend Engineer role.",
        "Wij kijken uit naar het gesprek met u voor de functie van Backend Engineer. "
        "Graag tot dan\\, met vriendelijke groet van het team.",
    )
    invite = parse_invite(text.encode(), "nl.ics", user_emails=[ME])
    assert (invite.interview.tz, invite.country) == ("Europe/Amsterdam", "NL")


# ------------------------------------------------------------ 2. names real senders use


@pytest.mark.parametrize(
    ("name", "zone", "at"),
    [
        ("webex_pacific_time.ics", "America/Los_Angeles", clock(13, 30)),  # TZID:Pacific Time
        ("exchange_eastern_1.ics", "America/New_York", clock(11, 0)),  # ... Standard Time 1
    ],
)
def test_zone_names_outside_the_windows_table(name, zone, at):
    invite = read(name)
    assert (invite.interview.tz, invite.interview.time, invite.country) == (zone, at, "US")


def test_a_display_name_is_read_as_its_zone():
    text = (DEV / "webex_pacific_time.ics").read_text()
    label = "(UTC-08:00) Pacific Time (US & Canada)"
    text = text.replace("TZID:Pacific Time", f"TZID:{label}")
    text = text.replace("TZID=Pacific Time", f'TZID="{label}"')
    invite = parse_invite(text.encode(), "display.ics", user_emails=[ME])
    assert (invite.interview.tz, invite.interview.time) == ("America/Los_Angeles", clock(13, 30))


def test_a_customized_zone_is_matched_by_its_offsets_and_rules():
    invite = read("outlook_customized_sydney.ics")
    # the wall time and date stay; the zone is the one with these rules in 2026, in AU
    assert (invite.interview.interviewed.isoformat(), invite.interview.time) == (
        "2026-12-01",
        clock(10, 0),
    )
    assert (invite.interview.tz, invite.country) == ("Australia/Sydney", "AU")
    assert any("daylight-saving" in n for n in invite.notes)


def test_a_customized_zone_prefers_the_country_of_the_clues():
    text = (DEV / "outlook_customized_sydney.ics").read_text()
    # the same rules as Eastern Time, with a Toronto phone number: Canada, not the US
    vtz = text[text.index("BEGIN:VTIMEZONE") : text.index("END:VTIMEZONE")]
    eastern = vtz.replace("+1100", "-0400").replace("+1000", "-0500")
    eastern = eastern.replace("BYDAY=1SU;BYMONTH=4", "BYDAY=1SU;BYMONTH=11")
    eastern = eastern.replace("BYDAY=1SU;BYMONTH=10", "BYDAY=2SU;BYMONTH=3")
    text = text.replace(vtz, eastern).replace("+61 2 5550 1234", "+1 416 555 0142")
    text = text.replace("Level 5\\, 88 Pitt Street\\, Sydney NSW 2000", "Front Street")
    text = text.replace("wattlebridge.com.au", "wattlebridge.com")
    invite = parse_invite(text.encode(), "toronto.ics", user_emails=[ME])
    assert (invite.interview.tz, invite.country) == ("America/Toronto", "CA")


# ------------------------------------------------------------ 3. zone clues outside the start


def test_a_utc_start_takes_the_zone_the_text_gives_the_time_in():
    invite = read("utc_start_cst_text.ics")
    assert (invite.interview.tz, invite.interview.time, invite.country) == (
        "America/Chicago",
        clock(14, 0),
        "US",
    )


def test_a_utc_start_in_a_mail_takes_the_zone_the_mail_names():
    invite = read("loop_two_attachments.eml")  # "(Eastern Time)" in the mail's text
    assert (invite.interview.tz, invite.interview.time) == ("America/New_York", clock(9, 0))


def test_a_floating_start_takes_the_files_only_zone_and_says_so():
    invite = read("floating_phoenix.ics")
    assert (invite.interview.tz, invite.interview.time) == ("America/Phoenix", clock(9, 0))
    assert any("inferred" in n for n in invite.notes)


# ------------------------------------------------------------ 4. iCloud relay


def test_an_icloud_relay_organizer_has_their_real_address():
    invite = read("icloud_relay.ics")
    coordinator = invite.interview.coordinator
    assert coordinator is not None
    assert (coordinator.name, coordinator.email) == (
        "Dana Whitfield",
        "dana.whitfield@ridgecrest-outfitters.com",
    )
    assert names(invite) == ["Kai Holm"]  # the relayed organizer is not also an interviewer


# ------------------------------------------------------------ 5. encodings


def test_a_fold_inside_a_multibyte_character_still_decodes():
    invite = read("fold_utf8_split.ics")
    assert invite.interview.coordinator is not None
    assert invite.interview.coordinator.name == "Märta Ågren"
    assert names(invite) == ["Hélène Bérard"]
    assert invite.interview.company == "Café Lumière"


def test_windows_1252_headers_and_calendar_part():
    invite = read("outlook_cp1252.eml")
    assert invite.interview.coordinator is not None
    assert invite.interview.coordinator.name == "Zoë Novák"
    assert names(invite) == ["Tomás Dvorák"]
    assert invite.interview.company == "Brasserie Gérard"
    assert invite.title is not None and "Gérard" in invite.title


# ------------------------------------------------------------ 8. loops


def test_several_ics_attachments_are_one_round_at_the_first_start():
    invite = read("loop_two_attachments.eml")
    assert names(invite) == ["Gus Ferreira", "Mina Sato"]
    assert invite.interview.time == clock(9, 0)
    assert any("2 calendar invitations" in n for n in invite.notes)


def test_several_vevents_of_one_day_are_one_round_with_the_coordinator_named_in_the_text():
    invite = read("loop_three_vevents.ics")
    assert names(invite) == ["Farah Haddad", "Liam O'Connell", "Grace Kim"]
    assert invite.interview.time == clock(9, 30)
    assert invite.interview.coordinator is not None
    assert invite.interview.coordinator.name == "Priya Nair"


# ------------------------------------------------------------ 10. cancellations and updates


def test_a_cancellation_is_read_as_one_with_its_uid():
    invite = read("cancel_weurope_nl.ics")
    original = read("outlook_weurope_nl.ics")
    assert invite.cancelled and not original.cancelled
    assert invite.uid == original.uid and invite.sequence == 2


def test_a_later_sequence_keeps_the_uid():
    update = read("update_weurope_nl.ics")
    assert update.uid == read("outlook_weurope_nl.ics").uid
    assert (update.sequence, update.interview.time) == (1, clock(15, 0))


# ------------------------------------------------------------ 6. applicant-tracking senders


def test_a_no_reply_sender_gives_way_to_the_reply_to_and_html_is_read_as_text():
    invite = read("greenhouse_html_noreply.eml")  # HTML only, quoted-printable, a table
    coordinator = invite.interview.coordinator
    assert coordinator is not None
    assert (coordinator.name, coordinator.email) == ("Priya Nair", "priya.nair@tallgrass.com")
    assert (invite.interview.time, invite.interview.tz) == (clock(10, 0), "America/Chicago")


def test_a_team_reply_to_is_no_person_and_the_text_names_the_coordinator():
    invite = read("lever_text_people.eml")  # Reply-To: talent@…, "Coordinator: Priya Nair"
    assert invite.interview.coordinator is not None
    assert invite.interview.coordinator.name == "Priya Nair"


# ------------------------------------------------------------ 7. interviewers in the text


def titled(invite: ImportedInvite) -> list[tuple[str, str | None]]:
    return [(p.name, p.title) for p in invite.interview.interviewers]


def test_interviewers_from_table_rows_with_their_titles():
    assert titled(read("greenhouse_html_noreply.eml")) == [
        ("Irene Walsh", "Principal Engineer"),
        ("Omar Reyes", "Regional Director"),
    ]


def test_interviewers_you_will_meet_with_titles_in_brackets():
    assert titled(read("lever_text_people.eml")) == [
        ("Helen Moss", "Head of Research"),
        ("Kenji Mori", "Lab Manager"),
    ]


def test_interviewers_listed_after_a_label():
    assert names(read("ashby_subject_words.eml")) == ["Bea Lindgren", "Marco Testa"]


def test_schedule_lines_name_interviewers():
    text = (
        b"From: Jo Park <jo.park@acme.example.com>\r\nTo: sam.carter@fastmail.com\r\n"
        b"Subject: Onsite schedule\r\nDate: Tue, 10 Nov 2026 09:00:00 +0000\r\n\r\n"
        b"Your onsite is on December 3, 2026.\r\n\r\n"
        b"10:30-11:15  Irene Walsh, Principal Engineer\r\n"
        b"11:15\xe2\x80\x9312:00  Kofi Mensah - Engineering Manager\r\n"
        b"12:00-13:00  Lunch with the team\r\n"
    )
    invite = parse_invite(text, "onsite.eml", user_emails=[ME])
    assert titled(invite) == [
        ("Irene Walsh", "Principal Engineer"),
        ("Kofi Mensah", "Engineering Manager"),
    ]


def test_a_title_in_the_text_goes_to_the_attendee_it_names():
    invite = read("loop_three_vevents.ics")  # "Interviewer: Farah Haddad, Engineering Manager"
    assert titled(invite)[0] == ("Farah Haddad", "Engineering Manager")


# ------------------------------------------------------------ 9. company from subjects


@pytest.mark.parametrize(
    ("subject", "company"),
    [
        ("Your interview with Tallgrass is confirmed", "Tallgrass"),
        ("Reminder: your phone interview with Nordlys has been scheduled", "Nordlys"),
        ("Interview invitation from Ostrava Biolabs", "Ostrava Biolabs"),
        ("Your video interview with Harrow & Finch tomorrow", "Harrow & Finch"),
    ],
)
def test_the_company_from_a_subject_with_extra_words(subject, company):
    text = (
        f"From: Jo Park <jo.park@mail.example.com>\r\nTo: {ME}\r\nSubject: {subject}\r\n"
        "Date: Tue, 10 Nov 2026 09:00:00 +0000\r\n\r\n"
        "See you on December 3, 2026 at 10:00 AM for the Data Analyst position.\r\n"
    )
    invite = parse_invite(text.encode(), "subject.eml", user_emails=[ME])
    assert invite.interview.company == company
