"""`followup debrief` on transcripts as meeting tools write them: the tool and meeting day in
the JSON, and an accepted decision date stored as the round's deadline (a real SQLite file)."""

from __future__ import annotations

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
