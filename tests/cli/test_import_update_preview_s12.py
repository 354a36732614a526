"""A dry run of an update previews the round the update would store: what the stored round
says and the update does not (a person's title, a topic the user added) stays in it."""

from __future__ import annotations

from pathlib import Path

TODAY = ("--today", "2026-11-30")


def invite(folder: Path, name: str, sequence: int, start: str, description: str) -> str:
    path = folder / name
    path.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
        f"UID:preview-s12@vaartsche.example\r\nSEQUENCE:{sequence}\r\n"
        "DTSTAMP:20261201T090000Z\r\n"
        f"DTSTART;TZID=Europe/Amsterdam:{start}\r\nDTEND;TZID=Europe/Amsterdam:{start[:9]}235900\r\n"
        "SUMMARY:Sollicitatiegesprek – Data Analist\r\n"
        f"DESCRIPTION:{description}\r\n"
        "LOCATION:Microsoft Teams-vergadering\r\n"
        "ORGANIZER;CN=Femke Oosterhout:mailto:femke@vaartsche.example\r\n"
        "ATTENDEE;CN=Joris Linden:mailto:joris@vaartsche.example\r\n"
        "ATTENDEE;CN=Sanne Bakker:mailto:sanne@vaartsche.example\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n",
        encoding="utf-8",
    )
    return str(path)


def people(record: dict) -> dict[str, str | None]:
    return {p["name"]: p.get("title") for p in record["people"] if p["role"] == "interviewer"}


def test_a_dry_run_of_an_update_shows_the_stored_titles_and_topics(cli, tmp_path):
    first = invite(
        tmp_path,
        "first.ics",
        0,
        "20270209T100000",
        "Beste Kim\\,\\n\\nJe spreekt met Joris Linden\\, teamleider Data & Analytics\\, en "
        "Sanne Bakker\\, Product Owner.",
    )
    created = cli("import", first, "--company", "Vaartsche", *TODAY, "--json")
    assert created.code == 0, created.err
    round_id = str(created.json()["id"])
    assert cli("edit", round_id, "--topic", "the claims dashboard", *TODAY).code == 0
    moved = invite(
        tmp_path, "moved.ics", 1, "20270211T093000", "Beste Kim\\,\\n\\nWe verplaatsen het gesprek."
    )
    preview = cli("import", moved, "--dry-run", *TODAY, "--json").json()
    assert preview["action"] == "update"
    assert preview["time"] == "09:30"
    assert people(preview) == {
        "Joris Linden": "teamleider Data & Analytics",
        "Sanne Bakker": "Product Owner",
    }
    assert preview["topics"] == ["the claims dashboard"]
    stored = cli("import", moved, *TODAY, "--json").json()
    assert people(stored) == people(preview)
