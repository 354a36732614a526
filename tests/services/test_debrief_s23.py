"""`followup debrief` on transcripts in the shapes the tools write (issue 9, session 23), each
kind in general, with invented people and employers:

1. the employer's decision date in the many ways people say it, relative to the interview day:
   a weekday with "the following" ("the Friday following", "the following Monday": the week
   after's), "the Friday after next", "by mid-month", a day corrected in the same sentence or
   the next ("Tuesday. Sorry, make that the Thursday after": the Thursday after that Tuesday);
   a day said for something else (a start date, a probation review, a next round, a board that
   meets) is no decision date and never wins over the one said for the decision;
2. speakers labelled by a short form or a nickname ("Ade", "Kath", "Raj") when the file writes
   the full name elsewhere (another cue's <v Full Name>, an introduction "I'm Adewale Okonjo,
   but everyone calls me Ade", an attendee list, the meeting's title): the full name; the
   "Interviewer:"/"Q:" voice of notes in questions and answers, when the file names one
   interviewer ("Interviewer: Rajesh Kumar (Operations Director)"): that person;
3. the candidate's own past work told in an answer ("At my last site we had a customer audit
   …, so I brought in scan-to-confirm …") gives no topic of the setting it was in (the
   customer audit, the old job's panel): at most what the candidate did.
"""

# ruff: noqa: E501
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from helpers_debrief import debriefed, decision, teams, topics, zoom

# --- 1. the decision date ---------------------------------------------------------------------

WED = date(2027, 3, 3)  # a Wednesday; the file names carry it as the tools write it


@pytest.mark.parametrize(
    ("said", "day"),
    [
        # a weekday with "the following": the week after's, as "next Friday" is
        ("You'll hear from us on the Friday following.", "2027-03-12"),
        ("We'll make our decision the following Monday, once the panel has met.", "2027-03-08"),
        ("We should be able to give you an answer the following Thursday.", "2027-03-11"),
        # the weekday after the next one
        ("We'll let you know by the Friday after next.", "2027-03-12"),
        ("We'll get back to you the Tuesday after next at the latest.", "2027-03-16"),
        # the middle of the month
        ("We'll be in touch by mid-month with an answer.", "2027-03-15"),
        ("You should hear back around the middle of the month.", "2027-03-15"),
        # a day of next month spelt out, a week by the day it starts
        ("We should be able to let you know by the first of next month.", "2027-04-01"),
        ("We'll make the decision during the week commencing the 15th.", "2027-03-19"),
        ("We'll decide in the week beginning Monday the 8th.", "2027-03-12"),
        # the week after the interview's, and a weekday of it
        ("We'll let you know the week after, on the Tuesday.", "2027-03-09"),
        ("We'll make a decision the week after.", "2027-03-12"),
    ],
)
def test_the_ways_people_say_the_day(tmp_path: Path, said: str, day: str) -> None:
    result = debriefed(
        tmp_path,
        "GMT20270303-150000_Recording.transcript.vtt",
        zoom(
            ("Mariam Haddad", "Thanks for coming in today, Lucas."),
            ("Lucas Ferreira", "Thanks for having me."),
            (
                "Mariam Haddad",
                "Our challenge is the inspection backlog across the northern reservoirs.",
            ),
            ("Lucas Ferreira", "I've run inspection programmes on two dams."),
            ("Mariam Haddad", said),
            ("Lucas Ferreira", "Great, thank you."),
        ),
        WED,
        "Lucas Ferreira",
    )
    assert decision(result) == day


@pytest.mark.parametrize(
    "turns",
    [
        # corrected in the next sentence: the Thursday after that Tuesday
        [
            (
                "Mariam Haddad",
                "We'll get back to you Tuesday. Sorry, no, make that the Thursday after, I'm travelling.",
            )
        ],
        # corrected inside the sentence, after a dash or a comma
        [
            (
                "Mariam Haddad",
                "We'll let you know on Tuesday — actually, make that the Thursday after, as Kath is away.",
            )
        ],
        [
            (
                "Mariam Haddad",
                "We'll have a decision by next Tuesday, sorry, I mean the Thursday after.",
            )
        ],
        # corrected in the speaker's next turn
        [
            ("Mariam Haddad", "We'll let you know on Tuesday."),
            ("Lucas Ferreira", "Great."),
            ("Mariam Haddad", "Actually, make that the Thursday after, we have a board day."),
        ],
    ],
)
def test_a_day_corrected_to_a_weekday_after_it(
    tmp_path: Path, turns: list[tuple[str, str]]
) -> None:
    result = debriefed(
        tmp_path,
        "Reservoir Engineer interview-20270303_140112-Meeting Transcript.vtt",
        teams(
            (
                "Mariam Haddad",
                "Our challenge is the inspection backlog across the northern reservoirs.",
            ),
            ("Lucas Ferreira", "I've run inspection programmes on two dams."),
            *turns,
        ),
        WED,
        "Lucas Ferreira",
    )
    assert decision(result) == "2027-03-11"


@pytest.mark.parametrize(
    ("turns", "day"),
    [
        # the board meets on the 30th: the day of its meeting, not of the decision
        (
            [
                ("Mariam Haddad", "In terms of timing, we're aiming to decide Friday week."),
                (
                    "Mariam Haddad",
                    "The final sign-off for the offer has to go to the board, which meets on the 30th, but you'll hear from us before that.",
                ),
            ],
            "2027-03-12",
        ),
        # a probation review after an offer
        (
            [
                ("Mariam Haddad", "We'll let you know early next month."),
                ("Mariam Haddad", "If we make an offer, the probation review is at six months."),
            ],
            "2027-04-01",
        ),
        # a start date said with the offer
        (
            [
                ("Mariam Haddad", "You'll hear from us within ten working days."),
                ("Lucas Ferreira", "Lovely."),
                (
                    "Mariam Haddad",
                    "Whoever gets the offer, the start date would be the 3rd of May.",
                ),
            ],
            "2027-03-17",
        ),
        # a next round's day, and the candidate's own notice
        (
            [
                ("Mariam Haddad", "We'll make a decision by the 10th."),
                (
                    "Mariam Haddad",
                    "The final interview stage would then be on the 22nd, and offers would go out after that, with induction on the 3rd of May.",
                ),
                (
                    "Lucas Ferreira",
                    "Perfect, my notice period ends on the 16th of April, so an offer by then works.",
                ),
            ],
            "2027-03-10",
        ),
    ],
)
def test_a_day_said_for_something_else_never_wins(
    tmp_path: Path, turns: list[tuple[str, str]], day: str
) -> None:
    result = debriefed(
        tmp_path,
        "GMT20270303-150000_Recording.transcript.vtt",
        zoom(
            (
                "Mariam Haddad",
                "Our challenge is the inspection backlog across the northern reservoirs.",
            ),
            ("Lucas Ferreira", "I've run inspection programmes on two dams."),
            *turns,
        ),
        WED,
        "Lucas Ferreira",
    )
    assert decision(result) == day


@pytest.mark.parametrize(
    ("name", "first"),
    [
        ("notes.txt", "Interview notes 03/03/2027 - Reservoir Engineer"),
        ("notes.txt", "3.3.2027 interview, Northern Water"),
        ("notes.txt", "Call notes 03/03/2027"),
        ("reservoir-engineer-interview-03-03-2027.txt", "Interview notes"),
        ("reservoir_engineer_3.3.2027.txt", "Interview notes"),
    ],
)
def test_the_day_is_counted_from_the_date_the_notes_give(
    tmp_path: Path, name: str, first: str
) -> None:
    text = first + (
        "\n\nMariam Haddad: Our challenge is the inspection backlog across the northern reservoirs.\n"
        "Lucas Ferreira: I've run inspection programmes on two dams.\n"
        "Mariam Haddad: We aim to come back to you within ten working days.\n"
    )
    # the round was stored with the day the invite gave before it moved
    result = debriefed(tmp_path, name, text, date(2027, 3, 1), "Lucas Ferreira")
    assert result.meeting_date == "2027-03-03"
    assert decision(result) == "2027-03-17"


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Expect to hear by end of next week.", "2027-03-12"),
        ("Results by the 10th.", "2027-03-10"),
        ("Response expected early next month.", "2027-04-01"),
        ("Should hear within ten working days.", "2027-03-17"),
    ],
)
def test_the_day_in_the_candidates_own_notes(tmp_path: Path, line: str, day: str) -> None:
    text = (
        "Interview with Mariam Haddad, Northern Water - 3 March 2027\n\n"
        "- Main challenge: the inspection backlog across the northern reservoirs\n"
        "- Team of six engineers, two vacancies\n"
        f"- {line}\n"
    )
    result = debriefed(tmp_path, "my-notes.txt", text, WED, "Lucas Ferreira")
    assert decision(result) == day


# --- 2. speakers --------------------------------------------------------------------------------


def test_teams_nicknames_take_the_full_names_of_other_cues(tmp_path: Path) -> None:
    result = debriefed(
        tmp_path,
        "Site Reliability Lead interview-20270303_140112-Meeting Transcript.vtt",
        teams(
            (
                "Adewale Okonjo",
                "Hi, good afternoon. I'm Adewale Okonjo, but everyone calls me Ade. I lead the platform team.",
            ),
            ("Kathryn Moss", "And I'm Kathryn Moss, head of operations."),
            ("Ines Duarte", "Thanks both, great to meet you."),
            ("Ade", "So our big problem right now is alert fatigue across the payments cluster."),
            ("Ines Duarte", "I rebuilt an escalation policy so pages dropped by half."),
            ("Kath", "We're also moving the billing database to a managed service next quarter."),
        ),
        WED,
        "Ines Duarte",
    )
    assert result.speakers == ["Adewale Okonjo", "Kathryn Moss", "Ines Duarte"]


def test_an_otter_label_of_a_short_name_takes_the_introduced_name(tmp_path: Path) -> None:
    text = (
        "Raj  0:02\nHi Sofia, thanks for joining. I'm Rajesh Kumar, I run planning here.\n\n"
        "Sofia Lindqvist  0:08\nHi Raj, nice to meet you.\n\n"
        "Raj  0:12\nSo the thing we're wrestling with is the holiday allocation process, it's all on spreadsheets.\n\n"
        "Sofia Lindqvist  0:25\nI moved four hundred staff onto one rostering tool.\n\n"
        "Transcribed by https://otter.ai\n"
    )
    result = debriefed(tmp_path, "Rota planner interview - Otter.txt", text, WED, "Sofia Lindqvist")
    assert result.speakers == ["Rajesh Kumar", "Sofia Lindqvist"]


@pytest.mark.parametrize(
    ("name", "text"),
    [
        # a nickname introduced by the speaker who goes by it
        (
            "notes.txt",
            "Ade: Morning! I'm Adewale Okonjo, though everyone calls me Ade. I look after the depots.\n"
            "Chiara Rossi: Good morning, thanks for having me.\n"
            "Ade: Our headache is the returns backlog at the Leeds depot.\n"
            "Chiara Rossi: I cleared a similar backlog with a triage bench.\n",
        ),
        (
            "notes.txt",
            "Ade: Morning! My name's Adewale Okonjo but I go by Ade. I look after the depots.\n"
            "Chiara Rossi: Good morning, thanks for having me.\n"
            "Ade: Our headache is the returns backlog at the Leeds depot.\n"
            "Chiara Rossi: I cleared a similar backlog with a triage bench.\n",
        ),
        # the attendee list of a pasted Meet document
        (
            "Depot Lead interview - Transcript.txt",
            "Depot Lead interview - Transcript\n\nAttendees\nAdewale Okonjo, Chiara Rossi\n\nTranscript\n\n"
            "Ade: Morning, thanks for joining.\n"
            "Chiara Rossi: Good morning, thanks for having me.\n"
            "Ade: Our headache is the returns backlog at the Leeds depot.\n"
            "Chiara Rossi: I cleared a similar backlog with a triage bench.\n",
        ),
        # the meeting's title
        (
            "notes.txt",
            "Interview with Adewale Okonjo, 3 March 2027\n\n"
            "Ade: Morning, thanks for joining.\n"
            "Chiara Rossi: Good morning, thanks for having me.\n"
            "Ade: Our headache is the returns backlog at the Leeds depot.\n"
            "Chiara Rossi: I cleared a similar backlog with a triage bench.\n",
        ),
    ],
)
def test_a_short_label_takes_the_full_name_the_file_writes(
    tmp_path: Path, name: str, text: str
) -> None:
    result = debriefed(tmp_path, name, text, WED, "Chiara Rossi")
    assert result.speakers == ["Adewale Okonjo", "Chiara Rossi"]


def test_two_full_names_a_short_label_fits_leave_it_as_it_is(tmp_path: Path) -> None:
    text = (
        "Attendees: Rajesh Kumar, Rajiv Menon, Sofia Lindqvist\n\n"
        "Raj: Hi, thanks for joining.\n"
        "Sofia Lindqvist: Thanks for having me.\n"
        "Raj: So the thing we're wrestling with is the holiday allocation process.\n"
    )
    result = debriefed(tmp_path, "notes.txt", text, WED, "Sofia Lindqvist")
    assert result.speakers[0] == "Raj"


@pytest.mark.parametrize(
    "header",
    [
        "Interview notes: Warehouse Shift Manager, Northgate Cold Storage\nDate: 14 April 2027\nInterviewer: Rajesh Kumar (Operations Director)\n\n",
        "Warehouse Shift Manager - interview notes\nInterviewer: Rajesh Kumar, Operations Director\n\n",
        "Call with Rajesh Kumar (Operations Director) - 14 April 2027\n\n",
    ],
)
def test_the_questions_voice_is_the_interviewer_the_notes_name(tmp_path: Path, header: str) -> None:
    text = header + (
        "Q: Tell me about a time you improved pick accuracy.\n"
        "A: I brought in scan-to-confirm on the chilled aisles.\n"
        "Q: Our biggest worry is the dock scheduling system, trucks queue for hours on Mondays.\n"
        "A: I ran a yard booking rollout once.\n"
    )
    result = debriefed(
        tmp_path,
        "warehouse-shift-manager-interview-2027-04-14.txt",
        text,
        date(2027, 4, 14),
        "Tomasz Nowak",
    )
    assert result.speakers == ["Rajesh Kumar", "Tomasz Nowak"]


def test_a_dialogue_under_roles_is_speech_and_the_interviewer_is_named(tmp_path: Path) -> None:
    text = (
        "Interview notes - Depot Lead, 3 March 2027\n"
        "Attendees: Adewale Okonjo (Depot Manager), Chiara Rossi\n\n"
        "Interviewer: Thanks for coming in. Tell me about your last depot.\n"
        "Candidate: I ran a forty-door cross dock.\n"
        "Interviewer: Our headache is the returns backlog at the Leeds depot.\n"
        "Candidate: I cleared a similar backlog with a triage bench.\n"
        "Interviewer: We will let you know by the Friday after next.\n"
    )
    result = debriefed(tmp_path, "depot-lead-notes.txt", text, WED, "Chiara Rossi")
    assert result.speakers == ["Adewale Okonjo", "Chiara Rossi"]
    assert any("returns backlog" in t for t in topics(result))
    assert decision(result) == "2027-03-12"


# --- 3. the candidate's own past work -------------------------------------------------------------


@pytest.mark.parametrize(
    ("answer", "setting"),
    [
        (
            "At my last site we had a customer audit that flagged mis-picks, so I brought in scan-to-confirm on the chilled aisles.",
            "customer audit",
        ),
        (
            "In my old job the dam safety panel reviewed every spillway, and I wrote the inspection checklists for it.",
            "dam safety panel",
        ),
        (
            "At my previous company there was a regulator inspection every spring, and I prepared the evidence packs.",
            "regulator inspection",
        ),
        # the old place's doings, with no deed of the candidate's at all
        (
            "In my old job the dam safety panel reviewed every spillway twice a year.",
            "dam safety panel",
        ),
        (
            "At my last site the customer audit team came in every quarter and flagged mis-picks.",
            "customer audit",
        ),
        (
            "At my previous company there was a regulator inspection every spring.",
            "regulator inspection",
        ),
    ],
)
def test_the_setting_of_a_past_job_is_no_topic(tmp_path: Path, answer: str, setting: str) -> None:
    result = debriefed(
        tmp_path,
        "GMT20270303-150000_Recording.transcript.vtt",
        zoom(
            ("Mariam Haddad", "Thanks for coming in today."),
            ("Lucas Ferreira", "Thanks for having me."),
            (
                "Mariam Haddad",
                "Our challenge is the dock scheduling system, trucks queue for hours.",
            ),
            ("Mariam Haddad", "Tell me about a time you improved a process under pressure."),
            ("Lucas Ferreira", answer),
            ("Mariam Haddad", "Great. We also need someone to own the night shift rota."),
        ),
        WED,
        "Lucas Ferreira",
    )
    found = topics(result)
    assert not any(setting in t for t in found), found
    assert any("dock scheduling system" in t for t in found), found
