"""Transcripts as meeting tools write them (tests/fixtures/facts_dev/transcripts): Teams,
Zoom, Google Meet, Otter and SRT, read with their speakers, times and tools; and proposals a
person would write down (noun-phrase topics, clean details, the decision date)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from followup.core import debrief
from followup.core.models import Format, Interview
from followup.core.transcript import parse_transcript, speaker_name

DEV = Path(__file__).resolve().parents[1] / "fixtures" / "facts_dev" / "transcripts"


def read(name: str):
    return parse_transcript((DEV / name).read_text("utf-8"))


# ------------------------------------------------------------------ 11. formats


def test_teams_guid_cues_multi_line_voices_and_guest_labels():
    t = read("teams_guest.vtt")
    assert (t.format, t.tool) == ("webvtt", "teams")
    assert t.speakers == ["Harriet Quinn", "Noor Haddad", "Owen Reyes"]  # not "(Guest)"
    assert (
        t.cues[0].text == "Hi Noor, thanks for joining us from Lisbon. Can you hear me all right?"
    )
    assert t.cues[1].at == "00:00:07"


def test_zoom_name_prefixes_pronouns_and_device_names():
    t = read("zoom_pronouns.vtt")
    assert (t.format, t.tool) == ("webvtt", "zoom")
    assert t.speakers == ["Dana Whitfield", "Lena", "Marcus Bell"]  # the phone's owner
    assert t.cues[1].text.startswith("Morning!")


def test_meet_document_header_boilerplate_and_times():
    t = read("meet_doc.txt")
    assert (t.format, t.tool, t.date) == ("text", "meet", date(2026, 11, 19))
    texts = [c.text for c in t.cues]
    assert not any("editable transcript" in x or "Meeting ended" in x for x in texts)
    assert not any(x.startswith(("Attendees", "Gus Ferreira, Mina")) for x in texts)
    assert t.speakers == ["Gus Ferreira", "Sam Carter", "Mina Sato"]
    assert [c.at for c in t.cues[:3]] == ["00:00:00", "00:00:00", "00:01:10"]  # times kept


def test_otter_headers_unknown_speaker_and_footer():
    t = read("otter_export.txt")
    assert (t.format, t.tool) == ("text", "otter")
    assert t.speakers == ["Gabriela Ruiz", "Alan Pierce", "Kai Holm"]  # no "Unknown Speaker"
    assert not any("otter.ai" in c.text for c in t.cues)
    said = next(c for c in t.cues if c.text.startswith("We're moving"))
    assert (said.speaker, said.at) == ("Alan Pierce", "00:00:31")


def test_srt_markup_positions_and_dialogue_dashes():
    t = read("srt_tags.srt")
    assert t.format == "srt" and t.speakers == ["Rosa Diaz", "Jake Peralta"]
    texts = [c.text for c in t.cues]
    assert texts[0] == "Welcome, thanks for coming."
    assert texts[1] == "Thank you. Glad you could make it."
    assert not any("{" in x or "<" in x or "font" in x for x in texts)


COLOURED = """1
00:00:00,800 --> 00:00:03,700
{\\an8}<font color="#ffff00">NALEDI: Good morning, you must be Sipho. Welcome.</font>

2
00:00:03,900 --> 00:00:08,500
<font color="#ffff00">I'm Naledi Mokoena, and with me is Johan van der Merwe.</font>

3
00:00:08,700 --> 00:00:11,300
<font color="#00ffff">JOHAN: Morning Sipho.</font>

4
00:00:11,500 --> 00:00:14,000
<font color="#ffffff">SIPHO: Morning. I'm Sipho Dlamini.</font>

5
00:00:14,200 --> 00:00:17,900
<i><font color="#ffffff">I rotated through the substations.</font></i>

6
00:00:18,100 --> 00:00:24,000
- <font color="#00ffff">JOHAN: Good. You didn't just turn up the setting.</font>
- <font color="#ffffff">SIPHO: No, that would have hidden the problem.</font>
"""


def test_srt_colours_take_the_name_their_labelled_subtitles_give():
    t = parse_transcript(COLOURED)
    assert t.speakers == ["Naledi Mokoena", "Johan van der Merwe", "Sipho Dlamini"]
    said = {c.text: c.speaker for c in t.cues}
    assert said["I'm Naledi Mokoena, and with me is Johan van der Merwe."] == "Naledi Mokoena"
    assert said["I rotated through the substations."] == "Sipho Dlamini"
    # a dialogue-dash subtitle that names both speakers is two cues
    assert said["Good. You didn't just turn up the setting."] == "Johan van der Merwe"
    assert said["No, that would have hidden the problem."] == "Sipho Dlamini"


@pytest.mark.parametrize(
    ("label", "name"),
    [
        ("Noor Haddad (Guest)", "Noor Haddad"),
        ("Dana Whitfield (she/her)", "Dana Whitfield"),
        ("Sam Lee | he/him", "Sam Lee"),
        ("Priya Raman (Northwind) [External]", "Priya Raman"),
        ("Lena’s iPhone", "Lena’s iPhone"),
        ("Unknown Speaker", None),
    ],
)
def test_speaker_labels(label, name):
    assert speaker_name(label) == name


# ------------------------------------------------------------------ 12. proposals


def words() -> tuple[debrief.DebriefWords, debrief.Limits]:
    import tomllib
    from importlib.resources import files

    data = tomllib.loads(files("followup").joinpath("data", "debrief.toml").read_text("utf-8"))
    return debrief.DebriefWords.from_data(data), debrief.Limits()


def proposals(name: str, candidate: str, day: date, phrases: list[str]) -> list[debrief.Proposal]:
    t = read(name)
    interview = Interview("Employer", "Analyst", day, Format.VIDEO)
    w, limits = words()
    return debrief.propose(t, phrases, interview, candidate, w, limits)


def test_topics_are_noun_phrases_never_names_numbers_verbs_or_the_employer():
    phrases = [
        "Harriet", "Lanternfish", "Fourteen", "built the forecasting", "warehouse slotting project",
        "returns drive", "cycle counting schedule", "Owen Reyes", "Brightmoor", "Presentation",
    ]  # fmt: skip
    found = proposals("teams_guest.vtt", "Noor Haddad", date(2026, 2, 20), phrases)
    topics = [p.text for p in found if p.kind == "topic"]
    assert topics == ["the warehouse slotting project", "the cycle counting schedule"]


def test_boilerplate_is_no_topic():
    found = proposals(
        "meet_doc.txt", "Sam Carter", date(2026, 11, 19), ["Presentation", "dock scheduling tool"]
    )
    assert [p.text for p in found if p.kind == "topic"] == ["the dock scheduling tool"]


def test_the_decision_date_is_proposed_as_itself_not_as_a_detail():
    found = proposals("teams_guest.vtt", "Noor Haddad", date(2026, 2, 20), [])
    (decision,) = [p for p in found if p.kind == "decision_date"]
    assert decision.date == date(2026, 3, 9) and decision.to_dict()["date"] == "2026-03-09"
    assert not any("decide" in p.text for p in found if p.kind == "detail")


def test_details_are_clean_and_never_the_candidates_past_team():
    found = proposals("teams_guest.vtt", "Noor Haddad", date(2026, 2, 20), [])
    details = [p.text for p in found if p.kind == "detail"]
    assert details and not any("builts" in d or "Brightmoor" in d for d in details)
    assert not any(p.speaker == "Noor Haddad" for p in found if p.kind == "detail")
    assert debrief._third_person("built", debrief._PAST) == "built"
