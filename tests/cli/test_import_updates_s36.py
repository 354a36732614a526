"""Issue 9 (session 36): the status of an invite sent again for a stored round. A later SEQUENCE
of the same event updates its round wherever the round moved to; so does a loop's update whose
parts come in another order (the event the round was stored under is no longer the first), and
a METHOD:REQUEST sent again with a changed time and the same SEQUENCE. A real SQLite file."""

from __future__ import annotations

from pathlib import Path

TODAY = ("--today", "2026-11-30")
ME = "ATTENDEE;CN=Rowan Adeyemi:mailto:rowan.adeyemi@example.net\r\n"
ORGANIZER = "ORGANIZER;CN=Ines Kaldma:mailto:ines.kaldma@saarepuit.example\r\n"


def part(uid: str, start: str, end: str, who: str, sequence: int) -> str:
    return (
        f"BEGIN:VEVENT\r\nUID:{uid}\r\nSEQUENCE:{sequence}\r\nDTSTAMP:20261120T090000Z\r\n"
        f"DTSTART;TZID=Europe/Tallinn:{start}\r\nDTEND;TZID=Europe/Tallinn:{end}\r\n"
        f"SUMMARY:Saarepuit – Puidutehnoloog – intervjuu ({who})\r\n{ORGANIZER}"
        f"ATTENDEE;CN={who}:mailto:{who.lower().replace(' ', '.')}@saarepuit.example\r\n{ME}"
        "LOCATION:Saarepuit\\, Tartu mnt 40\\, 10115 Tallinn\r\nEND:VEVENT\r\n"
    )


def loop(tmp_path: Path, name: str, *parts: str) -> str:
    path = tmp_path / name
    path.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Saarepuit//EN\r\nMETHOD:REQUEST\r\n"
        + "".join(parts)
        + "END:VCALENDAR\r\n"
    )
    return str(path)


def test_a_loop_s_update_in_another_order_updates_its_round(cli, tmp_path):
    first = loop(
        tmp_path,
        "first.ics",
        part("s36-a@saarepuit", "20270112T100000", "20270112T104500", "Mart Tamm", 0),
        part("s36-b@saarepuit", "20270112T110000", "20270112T114500", "Liis Kask", 0),
    )
    stored = cli("import", first, *TODAY, "--json")
    assert stored.code == 0, stored.err
    assert stored.json()["action"] == "create"
    moved = loop(  # a week later, Liis Kask first: the part the round was stored under is second
        tmp_path,
        "moved.ics",
        part("s36-a@saarepuit", "20270119T140000", "20270119T144500", "Mart Tamm", 1),
        part("s36-b@saarepuit", "20270119T130000", "20270119T134500", "Liis Kask", 1),
    )
    preview = cli("import", moved, "--dry-run", *TODAY, "--json")
    assert preview.code == 0, preview.err
    assert (preview.json()["action"], preview.json()["round_id"]) == (
        "update",
        stored.json()["id"],
    )
    done = cli("import", moved, *TODAY, "--json")
    assert done.json()["action"] == "update"
    rounds = cli("list", "--json", *TODAY).json()
    assert len(rounds) == 1
    assert (rounds[0]["interviewed"], rounds[0]["time"]) == ("2027-01-19", "13:00")


def test_the_same_sequence_with_a_changed_time_updates_its_round(cli, tmp_path):
    first = loop(
        tmp_path,
        "one.ics",
        part("s36-c@saarepuit", "20270112T100000", "20270112T104500", "Mart Tamm", 0),
    )
    stored = cli("import", first, *TODAY, "--json").json()
    again = loop(
        tmp_path,
        "again.ics",
        part("s36-c@saarepuit", "20270114T150000", "20270114T154500", "Mart Tamm", 0),
    )
    update = cli("import", again, *TODAY, "--json")
    assert update.code == 0, update.err
    assert (update.json()["action"], update.json()["round_id"]) == ("update", stored["id"])
    record = cli("show", str(stored["id"]), "--json", *TODAY).json()
    assert (record["interviewed"], record["time"]) == ("2027-01-14", "15:00")
