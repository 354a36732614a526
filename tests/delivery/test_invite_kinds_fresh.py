"""Issue 9's invite fault kinds 1-5 and 10, each once more in wording and senders new to the
earlier tests (session 10): a zone said only by its abbreviation in a mail's text, where the
address says which country's it is; a Windows zone name narrowed by a Belgian address; an
Outlook label as the zone; an iCloud relay organizer; a fold inside a multi-byte letter; a
cancellation and an update of one UID."""

from __future__ import annotations

from datetime import date, time

import pytest

from followup.delivery.invites import ImportedInvite, parse_invite

ME = "kim.vale@example.net"


def mail(body: str, sender: str, subject: str = "Interview") -> ImportedInvite:
    text = (
        f"From: {sender}\r\nTo: Kim Vale <{ME}>\r\nDate: Tue, 10 Nov 2026 09:00:00 +0000\r\n"
        f"Subject: {subject}\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8"
        f"\r\n\r\n{body}\r\n"
    )
    return parse_invite(text.encode(), "m.eml", user_emails=[ME], default_tz="UTC")


@pytest.mark.parametrize(
    ("when", "sender", "place", "zone", "country"),
    [
        (
            "Friday 4 December 2026 at 3:00 PM CST",
            "Tanis Roy <tanis.roy@prairiefeed.ca>",
            "Prairie Feed Co-op\n120 Dufferin Ave, Winnipeg, MB R2W 2X8",
            "America/Winnipeg",
            "CA",
        ),
        (
            "Thursday 3 December 2026 at 11:30 AM IST",
            "Meera Rao <meera.rao@kaverimills.in>",
            "Kaveri Mills Pvt. Ltd.\n8 Residency Road, Bengaluru 560025\n+91 80 5555 0142",
            "Asia/Kolkata",
            "IN",
        ),
        (
            "Wednesday 2 December 2026 at 2:15 PM GMT",
            "Fiona Hale <fiona.hale@quaysidejoinery.co.uk>",
            "Quayside Joinery Ltd\n4 Canons Road, Bristol BS1 5UH",
            "Europe/London",
            "GB",
        ),
    ],
)
def test_kind_3_a_zone_abbreviation_in_the_text_with_the_address_country(
    when: str, sender: str, place: str, zone: str, country: str
) -> None:
    invite = mail(f"Dear Kim,\n\nYour interview is on {when}.\n\nKind regards,\n{place}\n", sender)
    assert (invite.interview.tz, invite.country) == (zone, country)
    assert invite.interview.time is not None


def calendar(*lines: str) -> bytes:
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:k@x\r\n"
        "DTSTAMP:20261101T090000Z\r\nSUMMARY:Interview: Planner\r\n"
        + "".join(f"{line}\r\n" for line in lines)
        + f"ATTENDEE;CN=Kim Vale:mailto:{ME}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    ).encode()


def read(data: bytes) -> ImportedInvite:
    return parse_invite(data, "k.ics", user_emails=[ME], default_tz="UTC")


def test_kind_1_a_windows_zone_takes_the_country_of_a_belgian_address() -> None:
    invite = read(
        calendar(
            'DTSTART;TZID="Romance Standard Time":20261203T093000',
            "LOCATION:Havenlaan 12\\, 2030 Antwerpen\\, België",
            "DESCRIPTION:Tot donderdag! Bel gerust +32 3 555 01 44.",
            "ORGANIZER;CN=Els Peeters:mailto:els.peeters@havenbouw.be",
        )
    )
    assert (invite.interview.tz, invite.country) == ("Europe/Brussels", "BE")
    assert invite.interview.time == time(9, 30)


def test_kind_2_an_outlook_label_names_the_zone() -> None:
    invite = read(
        calendar(
            'DTSTART;TZID="(UTC+10:00) Brisbane":20261203T140000',
            "LOCATION:https://teams.microsoft.com/l/meetup-join/x",
            "ORGANIZER;CN=Jack Nolan:mailto:jack.nolan@reeftrack.com.au",
        )
    )
    assert (invite.interview.tz, invite.country) == ("Australia/Brisbane", "AU")
    assert invite.interview.time == time(14, 0)


def test_kind_4_an_icloud_relay_organizer_has_the_address_it_carries() -> None:
    invite = read(
        calendar(
            "DTSTART;TZID=Pacific/Auckland:20261203T100000",
            "ORGANIZER;CN=Mere Tane;EMAIL=mere@harakekeweavers.co.nz:mailto:2_HAZTQNBRGE4TKMBT"
            "@imip.me.com",
        )
    )
    coordinator = invite.interview.people[0]
    assert (coordinator.name, coordinator.email) == ("Mere Tane", "mere@harakekeweavers.co.nz")


def test_kind_5_a_fold_inside_a_two_byte_letter_still_reads() -> None:
    line = "SUMMARY:Intervju – Lagerplanerare hos Ørsøe Ålgård Logistikk"
    raw = line.encode()
    cut = raw.index("Å".encode()) + 1  # inside the two bytes of "Å"
    data = calendar("DTSTART;TZID=Europe/Oslo:20261203T100000").replace(
        b"SUMMARY:Interview: Planner", raw[:cut] + b"\r\n " + raw[cut:]
    )
    invite = read(data)
    assert "Ørsøe Ålgård Logistikk" in (invite.title or "")


def test_kind_10_a_cancellation_and_an_update_keep_the_uid() -> None:
    first = read(calendar("DTSTART;TZID=Europe/Dublin:20261203T100000", "SEQUENCE:0"))
    moved = read(calendar("DTSTART;TZID=Europe/Dublin:20261204T110000", "SEQUENCE:1"))
    cancelled = read(
        calendar("DTSTART;TZID=Europe/Dublin:20261204T110000", "SEQUENCE:2", "STATUS:CANCELLED")
    )
    assert first.uid == moved.uid == cancelled.uid == "k@x"
    assert (moved.sequence, moved.interview.interviewed) == (1, date(2026, 12, 4))
    assert cancelled.cancelled and not moved.cancelled
