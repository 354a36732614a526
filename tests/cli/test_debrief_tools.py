"""`followup debrief` on transcripts as meeting tools write them: the tool and meeting day in
the JSON, and an accepted decision date stored as the round's deadline (a real SQLite file)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

DEV = Path(__file__).resolve().parents[1] / "fixtures" / "facts_dev" / "transcripts"


def test_debrief_names_the_tool_and_stores_the_decision_date(cli):
    assert cli("profile", "--name", "Sam Carter").code == 0
    added = cli(
        "add", "--company", "Pinecrest Logistics", "--role", "Operations Analyst",
        "--interviewed", "2026-11-19", "--format", "video", "--json",
    )  # fmt: skip
    assert added.code == 0, added.err
    round_id = str(added.json()["id"])
    shown = cli("debrief", round_id, str(DEV / "meet_doc.txt"), "--json")
    assert shown.code == 0, shown.err
    data = shown.json()
    assert (data["tool"], data["meeting_date"]) == ("meet", "2026-11-19")
    kinds = [p["kind"] for p in data["proposals"]]
    assert "decision_date" in kinds
    topics = [p["text"] for p in data["proposals"] if p["kind"] == "topic"]
    assert "Pinecrest" not in " ".join(topics)  # the employer's own name is no topic
    stored = cli("debrief", round_id, str(DEV / "meet_doc.txt"), "--yes", "--json")
    assert stored.code == 0, stored.err
    record = cli("show", round_id, "--json").json()
    assert record["deadline"] == "2026-11-30"
    assert "2026-11-30" not in record["topics"]


TALK = Path(__file__).resolve().parents[1] / "fixtures" / "facts_dev_talk" / "transcripts"


def test_a_zoom_file_named_in_gmt_is_the_employers_day_and_the_candidate_is_last(cli):
    # GMT20270305-003000: half past midnight GMT is the evening before in every US zone
    assert cli("profile", "--name", "Priya Natarajan").code == 0
    added = cli(
        "add", "--company", "Redfern Water Authority", "--role", "Asset Analyst",
        "--interviewed", "2027-03-04", "--format", "video", "--country", "US", "--yes", "--json",
    )  # fmt: skip
    assert added.code == 0, added.err
    name = "GMT20270305-003000_Recording.transcript.vtt"
    shown = cli("debrief", str(added.json()["id"]), str(TALK / name), "--json")
    assert shown.code == 0, shown.err
    data = shown.json()
    assert data["meeting_date"] == "2027-03-04"
    assert data["speakers"] == ["Dana Whitcombe", "Tomás Ibarra", "Priya Natarajan"]
    decision = [p for p in data["proposals"] if p["kind"] == "decision_date"]
    assert decision[0]["date"] == "2027-03-25"  # "three weeks from today"


def test_the_same_gmt_time_is_the_next_day_for_an_employer_east_of_greenwich(cli):
    from followup.core.models import Format, Interview
    from followup.services.debrief import meeting_day

    name = "GMT20270305-003000_Recording.transcript.vtt"
    interview = Interview("Tulpwerk", "Engineer", date(2027, 3, 5), Format.VIDEO, country="NL")
    assert meeting_day(name, interview, "UTC") == date(2027, 3, 5)
    # a country whose zones disagree on the day (Australia at 13:30 GMT): the round's zone
    late = "GMT20270305-133000_Recording.transcript.vtt"
    au = Interview("Coral", "Analyst", date(2027, 3, 5), Format.VIDEO, country="AU")
    assert meeting_day(late, au, "Australia/Perth") == date(2027, 3, 5)
    au_syd = Interview(
        "Coral", "Analyst", date(2027, 3, 6), Format.VIDEO, country="AU", tz="Australia/Sydney"
    )
    assert meeting_day(late, au_syd, "UTC") == date(2027, 3, 6)
