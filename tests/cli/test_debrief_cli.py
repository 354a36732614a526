"""`followup debrief ID FILE`: proposals from real-looking transcripts, stored only once the
user accepts them (in a real terminal, or with --yes); broken files get one line."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pexpect
import pytest

from followup.config import load_settings
from followup.core.models import Profile
from followup.core.records import from_record
from followup.services import records

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
TRANSCRIPTS = FIXTURES / "transcripts"
FOLLOWUP = str(Path(sys.executable).parent / "followup")


def store(name: str = "northwind_video_panel", keep_topics: bool = False) -> int:
    data = json.loads((FIXTURES / "rounds" / f"{name}.json").read_text(encoding="utf-8"))
    interview = from_record(data["round"])
    if not keep_topics:
        interview.topics, interview.items = [], []
    settings = load_settings()
    stored = records.add_interview(settings, interview)
    p = Profile(**data["profile"])
    records.update_profile(
        settings, name=p.name, email=p.email, phone=p.phone, qualifications=p.qualifications
    )
    assert stored.id is not None
    return stored.id


def topics(round_id: int) -> list[str]:
    return records.get_interview(load_settings(), round_id).topics


def one_line_error(res, code: int = 2) -> str:
    assert res.code == code, (res.code, res.out, res.err)
    lines = res.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("followup: error: "), res.err
    return lines[0]


def test_json_proposes_and_stores_nothing(cli) -> None:
    round_id = store()
    res = cli("debrief", str(round_id), str(TRANSCRIPTS / "zoom_northwind.vtt"), "--json")
    assert res.code == 0, res.err
    data = res.json()
    assert data["format"] == "webvtt" and data["cues"] == 14
    # the candidate last
    assert data["speakers"] == ["Priya Raman", "Marcus Lee", "Elena Petrova", "Jordan Blake"]
    kinds = [p["kind"] for p in data["proposals"]]
    assert "topic" in kinds and "detail" in kinds
    for p in data["proposals"]:
        assert {"kind", "text", "why", "source", "speaker", "at", "line"} <= set(p)
        if p["kind"] == "topic":  # as said (an article may be added: "the billing pipeline")
            assert p["text"].lower().removeprefix("the ") in p["source"].lower()
    texts = [p["text"] for p in data["proposals"]]
    assert "the billing pipeline" in texts or "migrating the billing pipeline" in " ".join(texts)
    assert not any("Jordan" in t or "Priya" in t for t in texts)
    assert "stored" not in data
    assert topics(round_id) == []


def test_yes_stores_everything_once(cli) -> None:
    round_id = store("harbor_store_inperson_phone")
    res = cli("debrief", str(round_id), str(TRANSCRIPTS / "meet_harbor.srt"), "--yes", "--json")
    assert res.code == 0, res.err
    data = res.json()
    stored = [p["text"] for p in data["stored"]]
    assert stored == [p["text"] for p in data["proposals"]] and stored
    # a topic with its kind is stored with it ("plan: the loyalty program"), as drafts read it
    kinds = {"your story": "question"}
    stored = [
        f"{kinds.get(p['topic_kind'], p['topic_kind'])}: {p['text']}"
        if p.get("topic_kind")
        else p["text"]
        for p in data["stored"]
        if p["kind"] != "decision_date"
    ]
    assert topics(round_id) == stored == data["topics"]
    # Reading the same transcript again proposes nothing new, and stores nothing twice.
    again = cli("debrief", str(round_id), str(TRANSCRIPTS / "meet_harbor.srt"), "--yes")
    assert again.code == 0 and "Nothing new to propose" in again.out
    assert topics(round_id) == stored


def test_stored_topics_feed_the_drafts(cli) -> None:
    round_id = store()
    cli("debrief", str(round_id), str(TRANSCRIPTS / "teams_northwind.vtt"), "--yes")
    # the interviewers' notes (session 39: the coordinator's, who was not on the call, names
    # whom the candidate met and no topic of the day)
    notes = cli("draft", str(round_id), "--each", "--today", "2026-11-20", "--json").json()
    said = [t.split(": ", 1)[-1] for t in topics(round_id)]  # "plan: X" is said as X
    bodies = [note["body"] for note in notes["drafts"]]
    assert any(t in body for t in said for body in bodies), (said, bodies)
    assert all(note["verdict"] == "ready" for note in notes["drafts"]), notes


def test_human_output_after_yes(cli) -> None:
    round_id = store("oakridge_school_panel")
    res = cli("debrief", str(round_id), str(TRANSCRIPTS / "otter_notes_oakridge.txt"), "-y")
    assert res.code == 0, res.err
    out = " ".join(res.out.split())  # the terminal may wrap long lines
    assert "(text)" in out and "speakers: Linda Carver" in out
    assert f"with round #{round_id}:" in out and "Illustrative Mathematics" in out


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("broken_timing.vtt", "line 3: a WebVTT cue needs a timing line"),
        ("broken_block.srt", "line 5: an SRT block"),
        ("backwards.vtt", "ends before it starts"),
        ("empty_cues.vtt", "no cues with text"),
        ("headless.vtt", "neither WebVTT"),
        ("garbage.bin", "not a text transcript"),
        ("missing.vtt", "cannot read"),
        (".", "is a folder"),
    ],
)
def test_broken_transcripts_get_one_line(cli, name, text) -> None:
    round_id = store()
    res = cli("debrief", str(round_id), str(TRANSCRIPTS / name), "--yes")
    assert text in one_line_error(res)
    assert topics(round_id) == []


def test_huge_file_is_refused(cli, tmp_path) -> None:
    round_id = store()
    big = tmp_path / "big.vtt"
    with big.open("wb") as fh:
        fh.truncate(6 * 1024 * 1024)
    assert "at most 5 MB" in one_line_error(cli("debrief", str(round_id), str(big), "--json"))


def test_unknown_round_and_no_terminal(cli) -> None:
    assert "no interview round" in one_line_error(
        cli("debrief", "9", str(TRANSCRIPTS / "zoom_northwind.vtt"), "--json"), 3
    )
    round_id = store()
    res = cli("debrief", str(round_id), str(TRANSCRIPTS / "zoom_northwind.vtt"))
    assert "--yes" in one_line_error(res)


def test_user_confirms_each_proposal_in_a_terminal(cli) -> None:
    round_id = store("harbor_store_inperson_phone")
    preview = cli("debrief", str(round_id), str(TRANSCRIPTS / "meet_harbor.srt"), "--json")
    found = preview.json()["proposals"]
    proposals = [p["text"] for p in found]
    # stored with its kind when it has one ("plan: the loyalty program")
    kept = [f"{p['topic_kind']}: {p['text']}" if p.get("topic_kind") else p["text"] for p in found]
    assert len(proposals) >= 3
    child = pexpect.spawn(
        FOLLOWUP,
        ["debrief", str(round_id), str(TRANSCRIPTS / "meet_harbor.srt")],
        env=dict(os.environ),
        encoding="utf-8",
        timeout=60,
        dimensions=(40, 160),
    )
    answers = []
    for index, text in enumerate(proposals):
        child.expect_exact(text)
        child.expect(r"Add this (topic|detail) to the round\? \[Y/n\]")
        answer = "n" if index == 1 else ("" if index == 0 else "y")  # Enter accepts
        answers.append(answer != "n")
        child.sendline(answer)
    # a stored topic followup cannot say whole is asked about (Enter keeps followup's words)
    while child.expect([r"As you would say it to them.*\)", "Stored "]) == 0:
        child.sendline("")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    wanted = [t for t, keep in zip(kept, answers, strict=True) if keep]
    assert topics(round_id) == wanted


def test_debrief_data_file_can_be_overridden(cli, followup_home) -> None:
    round_id = store()
    vtt = str(TRANSCRIPTS / "zoom_northwind.vtt")
    (followup_home / "debrief.toml").write_text("[proposals]\nmax_topics = 1\nmax_details = 0\n")
    data = cli("debrief", str(round_id), vtt, "--json").json()
    assert [p["kind"] for p in data["proposals"]] == ["topic"]
    (followup_home / "debrief.toml").write_text("[proposals]\nmax_topics = 'many'\n")
    assert "max_topics" in one_line_error(cli("debrief", str(round_id), vtt, "--json"))
    (followup_home / "debrief.toml").write_text("[proposals\n")
    assert "cannot read" in one_line_error(cli("debrief", str(round_id), vtt, "--json"))


def test_a_story_they_took_up_is_stored_as_their_question(cli, tmp_path) -> None:
    round_id = store("harbor_store_inperson_phone")
    name = records.get_profile(load_settings()).name
    text = tmp_path / "story.txt"
    text.write_text(
        "Maja Berg: Our main worry is the freezer alarm backlog at the distribution centre.\n"
        "Tomas Lind: Tell us how you would handle that.\n"
        f"{name}: At Nordkyl I rewrote the alarm escalation matrix so each alarm had one "
        "owner.\n"
        "Tomas Lind: How did the night staff take to the escalation matrix?\n",
        encoding="utf-8",
    )
    res = cli("debrief", str(round_id), str(text), "--yes", "--json")
    assert res.code == 0, res.err
    data = res.json()
    (story,) = [p for p in data["proposals"] if p.get("topic_kind") == "your story"]
    assert story["text"] == "the alarm escalation matrix" and story["kind"] == "topic"
    assert "question: the alarm escalation matrix" in topics(round_id)


def test_a_stored_story_is_marked_as_yours(cli, tmp_path) -> None:
    round_id = store("harbor_store_inperson_phone")
    name = records.get_profile(load_settings()).name
    text = tmp_path / "story.txt"
    text.write_text(
        "Ines Ward: We're replacing the warehouse scanners next spring.\n"
        "Ines Ward: Walk us through a change you led.\n"
        f"{name}: In my last job I rebuilt the returns triage process in three weeks.\n"
        "Ines Ward: What made the returns triage process stick?\n",
        encoding="utf-8",
    )
    res = cli("debrief", str(round_id), str(text), "--yes")
    assert res.code == 0, res.err
    assert "the returns triage process (your story)" in " ".join(res.out.split())
    assert "question: the returns triage process" in topics(round_id)


def test_debrief_help_says_your_stories_are_proposed(cli) -> None:
    """Review finding 15 (s10): --help says a story of yours the interviewers took up is
    proposed, stored as their question, and marked by "topic_kind" in JSON (as README does)."""
    res = cli("debrief", "--help")
    text = " ".join(res.out.split())
    assert res.code == 0, res.err
    assert "your story" in text and "question: " in text and "topic_kind" in text, text
