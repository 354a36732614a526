"""Speakers a file labels by part of a name, matched to the round's people (issue 9, kind 6,
s18). Subtitles label a voice by its first name or surname, shouted or not, with or without
its accents ("ŞEYMA", "Lucia", "KOÇ"); when the transcript itself never says the full name,
the round's interviewers (and the candidate's profile) do. A label that fits no one, or
fits two people of the round, stays as the file wrote it."""

from __future__ import annotations

from followup.core.transcript import parse_transcript, with_round_names

DYEWORKS = """1
00:00:01,000 --> 00:00:04,200
{\\an8}<font color="#ffff00">ŞEYMA: Hoş geldiniz, welcome to the dyehouse.</font>

2
00:00:04,800 --> 00:00:09,500
<font color="#ffff00">I look after shade approval, and Emre runs the jet machines.</font>

3
00:00:10,000 --> 00:00:13,000
<font color="#00ffff">KOÇ: Hello, thanks for coming in.</font>

4
00:00:13,500 --> 00:00:17,000
<font color="#ffffff">LUCIA: Thank you, happy to be here.</font>

5
00:00:17,500 --> 00:00:26,000
- <font color="#ffff00">ŞEYMA: Our problem is reprocessing on dark navy lots.</font>
- <font color="#ffffff">LUCIA: How often does a lot go back?</font>
"""

ROUND = ["Şeyma Aydın", "Emre Koç", "Lucía Prieto"]


def test_labels_by_first_name_or_surname_take_the_rounds_full_names() -> None:
    parsed = with_round_names(parse_transcript(DYEWORKS), ROUND)
    assert sorted(parsed.speakers) == sorted(ROUND)
    assert parsed.cues[2].speaker == "Emre Koç"  # "KOÇ": the surname
    assert parsed.cues[3].speaker == "Lucía Prieto"  # "LUCIA": accents aside


def test_a_label_two_people_of_the_round_fit_stays() -> None:
    parsed = with_round_names(parse_transcript(DYEWORKS), ["Şeyma Aydın", "Şeyma Demir"])
    assert "Şeyma Aydın" not in parsed.speakers and "Şeyma Demir" not in parsed.speakers


def test_no_round_names_leaves_the_labels() -> None:
    parsed = parse_transcript(DYEWORKS)
    assert with_round_names(parsed, []).speakers == parsed.speakers
    assert with_round_names(parsed, ["Nobody"]).speakers == parsed.speakers
