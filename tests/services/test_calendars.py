"""`followup calendar`: open follow-up windows as iCalendar events (RFC 5545), checked by
parsing the file back with `icalendar` and against a golden file."""

from __future__ import annotations

import json
import os
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import icalendar
import pytest

from followup.config import load_settings
from followup.core.models import Channel, Format, Interview, Person, PersonRole
from followup.delivery.calendar import FollowUpEvent, follow_up_calendar
from followup.services import calendars, records

GOLDEN = Path(__file__).resolve().parent.parent / "fixtures" / "calendar"
NOW = datetime(2026, 11, 20, 8, 30, tzinfo=UTC)
TODAY = "2026-11-20"


def add(company: str, role: str, day: date, fmt: Format, **extra) -> int:
    people = extra.pop(
        "people",
        [Person("Dana Ruiz", "dana@northwind.example", role=PersonRole.COORDINATOR)],
    )
    interview = Interview(
        company=company,
        role=role,
        interviewed=day,
        format=fmt,
        tz=extra.pop("tz", "America/New_York"),
        people=people,
        **extra,
    )
    stored = records.add_interview(load_settings(), interview)
    assert stored.id is not None
    return stored.id


@pytest.fixture
def rounds() -> dict[str, int]:
    return {
        "video": add("Northwind Labs", "Data Engineer", date(2026, 11, 19), Format.VIDEO),
        "phone": add(
            "Bellweather",
            "Analytics Lead",
            date(2026, 11, 18),
            Format.IN_PERSON,
            channel=Channel.PHONE,
            people=[Person("Sam Ortiz", phone="+16175550199")],
        ),
        # Its window closed on the 11th: not open, not in the calendar.
        "old": add("Old Co", "Clerk", date(2026, 11, 2), Format.VIDEO),
        # Interviewed in Berlin: the window follows German holidays, the alarm Berlin time.
        "berlin": add(
            "Müller & Söhne",
            "Ingenieurin",
            date(2026, 11, 19),
            Format.VIDEO,
            tz="Europe/Berlin",
            country="DE",
        ),
    }


def parse(ics: bytes | str) -> icalendar.Calendar:
    return icalendar.Calendar.from_ical(ics)


def test_one_all_day_event_per_open_window_with_an_alarm(rounds: dict[str, int]) -> None:
    result = calendars.calendar_file(load_settings(), today=TODAY, now=NOW)
    cal = parse(result["ics"])
    events = list(cal.walk("VEVENT"))
    assert result["events"] == len(events) == 3
    by_summary = {str(e["summary"]): e for e in events}
    video = by_summary["Follow up: Northwind Labs — Data Engineer"]
    # The SPEC's worked example: window Mon 23 - Wed 25 Nov, ideal Mon 23, 10:00 New York.
    assert video.decoded("dtstart") == date(2026, 11, 23)
    assert video.decoded("dtend") == date(2026, 11, 26)  # exclusive: the day after the last
    alarm = next(iter(video.walk("VALARM")))
    assert str(alarm["action"]) == "DISPLAY"
    assert alarm.decoded("trigger") == datetime(2026, 11, 23, 15, 0, tzinfo=UTC)
    assert "Dana Ruiz <dana@northwind.example>" in str(video["description"])
    assert f"followup draft {rounds['video']}" in str(video["description"])
    phone = by_summary["Follow up: Bellweather — Analytics Lead"]
    assert str(next(iter(phone.walk("VALARM")))["description"]) == (
        "Follow up with Bellweather now: Call Sam Ortiz (+16175550199)"
    )
    berlin = by_summary["Follow up: Müller & Söhne — Ingenieurin"]
    trigger = next(iter(berlin.walk("VALARM"))).decoded("trigger")
    assert trigger.astimezone(UTC).hour == 9  # 10:00 in Berlin (CET, UTC+1)
    assert cal["prodid"] and str(cal["version"]) == "2.0"


def test_golden_file(rounds: dict[str, int]) -> None:
    ics = calendars.calendar_file(load_settings(), today=TODAY, now=NOW)["ics"]
    golden = GOLDEN / "open_windows.ics"
    if os.environ.get("FOLLOWUP_WRITE_GOLDEN"):  # to change it on purpose; review the diff
        golden.write_bytes(ics.encode("utf-8"))
    assert ics.encode("utf-8") == golden.read_bytes()


def test_reimporting_updates_instead_of_duplicating(rounds: dict[str, int]) -> None:
    settings = load_settings()
    first = parse(calendars.calendar_file(settings, today=TODAY, now=NOW)["ics"])
    later = parse(
        calendars.calendar_file(settings, today=TODAY, now=NOW + timedelta(hours=3))["ics"]
    )
    uids = [str(e["uid"]) for e in first.walk("VEVENT")]
    assert uids == [str(e["uid"]) for e in later.walk("VEVENT")]
    assert len(set(uids)) == len(uids)
    for a, b in zip(first.walk("VEVENT"), later.walk("VEVENT"), strict=True):
        assert int(b["sequence"]) > int(a["sequence"])


def test_a_follow_up_done_leaves_the_calendar(rounds: dict[str, int]) -> None:
    settings = load_settings()
    records.record_done(settings, rounds["video"], "email", today="2026-11-23")
    cal = parse(calendars.calendar_file(settings, today="2026-11-23", now=NOW)["ics"])
    assert "Northwind" not in " ".join(str(e["summary"]) for e in cal.walk("VEVENT"))


def test_text_cannot_inject_a_property() -> None:
    hostile = "Acme\r\nATTENDEE:mailto:evil@example.com\r\nEND:VEVENT\r\nBEGIN:VEVENT"
    event = FollowUpEvent(
        round_id=7,
        company=hostile,
        role="Role; with, commas\\",
        method="email",
        recipient="Eve\nX-INJECTED:1 <eve@example.com>",
        earliest=date(2026, 11, 23),
        ideal=date(2026, 11, 23),
        latest=date(2026, 11, 25),
        send_at=datetime(2026, 11, 23, 15, tzinfo=UTC),
        tz="America/New_York",
    )
    data = follow_up_calendar([event], NOW)
    cal = parse(data)
    events = list(cal.walk("VEVENT"))
    assert len(events) == 1
    assert "ATTENDEE" not in events[0] and "X-INJECTED" not in events[0]
    summary = str(events[0]["summary"])
    assert summary == (
        "Follow up: Acme ATTENDEE:mailto:evil@example.com END:VEVENT BEGIN:VEVENT"
        " — Role; with, commas\\"
    )
    assert "Email Eve X-INJECTED:1 <eve@example.com>" in str(events[0]["description"])
    for line in data.split(b"\r\n"):
        assert not line.startswith((b"ATTENDEE", b"X-INJECTED"))


def test_cli_writes_the_file_atomically_and_privately(cli, rounds, tmp_path: Path) -> None:
    out = tmp_path / "followups.ics"
    res = cli("calendar", "-o", str(out), "--today", TODAY, "--json")
    assert res.code == 0, res.err
    assert json.loads(res.out) == {"events": 3, "path": str(out)}
    assert (out.stat().st_mode & 0o777) == 0o600
    assert len(list(parse(out.read_bytes()).walk("VEVENT"))) == 3
    printed = cli("calendar", "--today", TODAY)
    assert printed.code == 0 and "BEGIN:VCALENDAR" in printed.out


@pytest.mark.parametrize("target", ["/dev/null", "{db}", "{folder}"])
def test_cli_refuses_bad_outputs(cli, rounds, tmp_path: Path, target: str) -> None:
    settings = load_settings()
    db_file = settings.db_url.removeprefix("sqlite:///")
    path = target.format(db=db_file, folder=tmp_path)
    res = cli("calendar", "-o", path, "--today", TODAY)
    assert res.code == 2, res.err
    assert res.err.startswith("followup: error: ") and len(res.err.strip().splitlines()) == 1
    assert Path(db_file).stat().st_size > 0
