"""Transcripts as their tools write them, and the facts a note-taker takes from them (issue 9,
kinds 11 and 12, s21), each kind in general, never one file's words:

1. a directory's "Last, First" display names, with surnames of several words and particles and
   the tags after them ("Te Rangi, Mereana", "Nguyen, Thi Lan (Guest)", "Smith, J. (Contoso)"),
   in Teams voice tags and Zoom's "Name:" alike;
2. given names of several words, kept whole ("Jose Antonio" of Jose Antonio Reyes, "Wei Jie" of
   Tan Wei Jie);
3. two days in one transcript: the next round's gives way to the final decision's, a later
   correction wins, the candidate's own days never count;
4. sound cues and caption notes ("[laughter]", "(upbeat music)", "♪", "[BLANK_AUDIO]", ">>")
   are nobody's speech.
"""

from __future__ import annotations

import tomllib
from datetime import UTC, date, datetime
from importlib.resources import files

import pytest

from followup.core import debrief
from followup.core.decision_dates import DecisionWords, day_said
from followup.core.models import Format, Interview
from followup.core.transcript import (
    file_stamp,
    parse_transcript,
    speaker_name,
    without_sound_cues,
)
from followup.services.debrief import word_classes
from helpers_debrief import zoom_vtt


@pytest.fixture(scope="module")
def words() -> debrief.DebriefWords:
    data = tomllib.loads(files("followup").joinpath("data", "debrief.toml").read_text("utf-8"))
    return debrief.DebriefWords.from_data(data)


# --- 1. "Last, First" ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("label", "name"),
    [
        ("Te Whata, Aroha", "Aroha Te Whata"),
        ("Te Rangi, Mereana", "Mereana Te Rangi"),
        ("Nguyen, Thi Lan (Guest)", "Thi Lan Nguyen"),
        ("Smith, J. (Contoso)", "J. Smith"),
        ("van der Berg, Pieter (External)", "Pieter van der Berg"),
        ("de Lacy, Hamish", "Hamish de Lacy"),
        ("Garcia Lopez, Maria Jose", "Maria Jose Garcia Lopez"),
        ("Kowalski, Anna (Unverified)", "Anna Kowalski"),
        ("Okonjo, Adaeze (she/her)", "Adaeze Okonjo"),
        ("Ó Murchú, Siobhán", "Siobhán Ó Murchú"),
        ("Mary Anne Whitcombe (she/her)", "Mary Anne Whitcombe"),
    ],
)
def test_a_directory_name_reads_first_name_first(label: str, name: str) -> None:
    assert speaker_name(label) == name


def test_zoom_labels_in_last_first_order_are_speakers() -> None:
    t = parse_transcript(
        zoom_vtt(
            ("Okonjo, Adaeze (she/her)", "Hi Marcus, welcome."),
            ("Smith, J. (Contoso Staffing)", "I'll drop off after the intros."),
            ("Marcus Bell", "Thanks both."),
        )
    )
    assert t.speakers == ["Adaeze Okonjo", "J. Smith", "Marcus Bell"]


def test_a_word_and_a_comma_before_a_colon_is_speech_not_a_name() -> None:
    t = parse_transcript("Yes, Maria: the rota is done.\nOkay, Thanks: that helps.\n")
    assert t.speakers == []


def test_teams_voice_tags_in_last_first_order() -> None:
    vtt = (
        "WEBVTT\n\n"
        "6b0404f2-b094-90b8-6b01-a1c12a3a2107/1-0\n00:00:01.000 --> 00:00:04.000\n"
        "<v Te Rangi, Mereana>Kia ora, thanks for joining us\nthis morning.</v>\n\n"
        "d7e11b1b-7aa6-540d-4800-7596a28f5b37/2-0\n00:00:04.000 --> 00:00:06.000\n"
        "<v Nguyen, Thi Lan (Guest)>Thank you.</v>\n"
    )
    t = parse_transcript(vtt)
    assert t.tool == "teams"
    assert t.speakers == ["Mereana Te Rangi", "Thi Lan Nguyen"]
    assert t.cues[0].text == "Kia ora, thanks for joining us this morning."


def test_a_teams_file_name_gives_the_start_in_utc() -> None:
    name = "Senior Modeller interview-20301014_210503-Meeting Transcript.vtt"
    assert file_stamp(name) == datetime(2030, 10, 14, 21, 5, 3, tzinfo=UTC)
    assert file_stamp("Lead-Interview-20270504_150211-Meeting Recording.vtt") == datetime(
        2027, 5, 4, 15, 2, 11, tzinfo=UTC
    )


# --- 2. given names of several words ----------------------------------------------------------


def test_an_otter_label_of_two_given_names_is_completed_from_the_introduction() -> None:
    text = (
        "Jose Antonio  0:04  \nGood afternoon. I'm Jose Antonio Reyes, I head quality.\n\n"
        "Kristine  0:14  \nHi, Kristine Dela Cruz. Nice to meet you.\n\n"
        "Jose Antonio  0:24  \nOur biggest project is temperature monitoring.\n"
    )
    t = parse_transcript(text)
    assert t.speakers == ["Jose Antonio Reyes", "Kristine Dela Cruz"]


def test_given_names_after_the_family_name_are_completed_too() -> None:
    text = (
        "Wei Jie  0:03  \nHi Grace. I'm Tan Wei Jie, but everyone calls me Wei Jie.\n\n"
        "Grace  0:21  \nHi, thanks for having me.\n"
    )
    assert parse_transcript(text).speakers[0] == "Tan Wei Jie"


def test_a_two_word_label_no_one_introduced_stays_as_it_is() -> None:
    text = (
        "Mary Anne  0:03  \nHello, welcome. Mary Anne Whitcombe Street is our address.\n\n"
        "Lena  0:10  \nThank you.\n"
    )
    assert parse_transcript(text).speakers[0] == "Mary Anne"


# --- 4. sound cues ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "subtitles", "want"),
    [
        ("[laughter]", False, ""),
        ("(upbeat music)", False, ""),
        ("♪ ♪", False, ""),
        ("♪ (upbeat music) ♪", True, ""),
        ("[BLANK_AUDIO]", False, ""),
        ("(phone ringing)", False, ""),
        ("(MUSIC PLAYING)", True, ""),
        ("[chairs scraping]", True, ""),
        ("cut our waste by a quarter. [laughs]", False, "cut our waste by a quarter."),
        ("We [crosstalk] need the rota.", False, "We need the rota."),
        (">> Also the kitchen rota.", True, "Also the kitchen rota."),
        ("the ERP (which is SAP) works", True, "the ERP (which is SAP) works"),
        ("[TBC] the budget", False, "[TBC] the budget"),
        ("by the 3rd [00:01:02]", True, "by the 3rd [00:01:02]"),
    ],
)
def test_sound_cues_are_nobodys_speech(text: str, subtitles: bool, want: str) -> None:
    assert without_sound_cues(text, subtitles) == want


def test_subtitles_drop_cues_that_are_only_sound() -> None:
    srt = (
        "1\n00:00:01,000 --> 00:00:02,000\n{\\an8}<i>(upbeat music)</i>\n\n"
        "2\n00:00:02,000 --> 00:00:05,000\n"
        '<font color="#ffff00">NGOZI:</font> Our biggest project is the cook-chill line.\n\n'
        "3\n00:00:05,000 --> 00:00:06,000\n{\\an8}<i>[laughter]</i>\n\n"
        "4\n00:00:06,000 --> 00:00:08,000\n"
        '>> <font color="#00ffff">AOIFE:</font> The blast chiller is the bottleneck. [laughs]\n'
    )
    t = parse_transcript(srt)
    assert [(c.speaker, c.text) for c in t.cues] == [
        ("Ngozi", "Our biggest project is the cook-chill line."),
        ("Aoife", "The blast chiller is the bottleneck."),
    ]


def test_a_sound_cue_before_speech_is_no_speaker() -> None:
    t = parse_transcript("Ana Ruiz: Welcome.\n[laughter] That was a good one.\n")
    assert t.speakers == ["Ana Ruiz"]
    assert t.cues[1].text == "That was a good one."


# --- 3. two days in one transcript ------------------------------------------------------------


def _decision(lines: list[tuple[str, str]], day: date, words: debrief.DebriefWords) -> str | None:
    text = "".join(f"{who}: {said}\n" for who, said in lines)
    interview = Interview("Employer", "Candidate", day, Format.VIDEO)
    proposals = debrief.propose(
        parse_transcript(text), [], interview, "Lena Fischer", words, debrief.Limits(),
        None, lexicon=word_classes,
    )  # fmt: skip
    found = [p for p in proposals if p.kind == "decision_date"]
    return found[0].text if found else None


HOST = "Mary Anne Whitcombe"
GUEST = "Lena Fischer"


@pytest.mark.parametrize(
    ("lines", "want"),
    [
        # the next round's day gives way to the final decision's (Thu 12 Jun 2031)
        (
            [
                (
                    HOST,
                    "We'll let you know whether you're through to the panel round by "
                    "Monday the 16th.",
                ),
                (GUEST, "Great, thank you."),
                (HOST, "The final decision will be made by Friday the 27th."),
            ],
            "2031-06-27",
        ),
        # ... in either order
        (
            [
                (HOST, "We expect to make offers by the end of the month."),
                (GUEST, "Lovely."),
                (
                    HOST,
                    "Before that, we'll confirm by Thursday the 19th whether you go "
                    "through to the second interview.",
                ),
            ],
            "2031-06-30",
        ),
        # a later sentence that corrects the day
        (
            [
                (HOST, "On timing, we'll decide by the 14th."),
                (GUEST, "Okay, good to know."),
                (HOST, "Actually, the board moved, so final answers will be by the end of July."),
            ],
            "2031-07-31",
        ),
        # the speaker's next words correct it, with no word of the decision
        (
            [
                (HOST, "We'll let you know by Thursday the 19th."),
                (HOST, "Sorry, make that Monday the 23rd, our director is away that week."),
            ],
            "2031-06-23",
        ),
        # the candidate's own days (another offer, the notice period) are never the employer's
        (
            [
                (HOST, "We'll get back to you within two weeks."),
                (GUEST, "I'd need to decide on my side by the 20th, as I have another offer."),
                (GUEST, "My notice period is four weeks, so I could start on the 28th of July."),
            ],
            "2031-06-26",
        ),
        # only a next round's day: that is the next decision there is
        (
            [(HOST, "We'll let you know by Friday the 20th if you're through to the next round.")],
            "2031-06-20",
        ),
    ],
)
def test_the_final_decision_is_chosen_among_the_days_said(
    lines: list[tuple[str, str]], want: str, words: debrief.DebriefWords
) -> None:
    assert _decision(lines, date(2031, 6, 12), words) == want


@pytest.fixture(scope="module")
def decision(words: debrief.DebriefWords) -> DecisionWords:
    assert words.decision is not None
    return words.decision


@pytest.mark.parametrize(
    ("text", "reference", "want"),
    [
        # Sun 30 Nov 2031 -> Fri 28th
        ("We'll decide by the last working day of the month.", date(2031, 11, 25), "2031-11-28"),
        ("By the last business day of next week.", date(2031, 11, 25), "2031-12-05"),
        ("By the last working day in January.", date(2031, 11, 25), "2032-01-30"),
        ("By the last working day of the quarter.", date(2031, 11, 25), "2031-12-31"),
        # Wed 20 Mar 2030: the Tuesday of the week after next
        (
            "We'll decide the week after next, on the Tuesday, and call you that day.",
            date(2030, 3, 20),
            "2030-04-02",
        ),
        (
            "Then the final decision is the week after next, on the Thursday.",
            date(2032, 1, 14),
            "2032-01-29",
        ),
    ],
)
def test_days_said_in_words(text: str, reference: date, want: str, decision: DecisionWords) -> None:
    found = day_said(text, reference, decision)
    assert found is not None and found.isoformat() == want
