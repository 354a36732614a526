"""Who spoke, as people write it (tests/fixtures/facts_dev_v5): a typed transcript's header
is nobody's speech; a speaker labelled by a first name, a rank and a surname or a first name
and an initial is given the full name the file writes elsewhere; names of several parts
("binti", "van der", "de los", "Ní") are names. And the employer's decision day said in other
words or over a cue break."""

from __future__ import annotations

import tomllib
from datetime import date
from importlib.resources import files

import pytest

from followup.core import debrief
from followup.core.decision_dates import DecisionWords, day_said
from followup.core.models import Format, Interview
from followup.core.transcript import header_value, parse_transcript, title_lines


@pytest.fixture(scope="module")
def data() -> dict:
    return tomllib.loads(files("followup").joinpath("data", "debrief.toml").read_text("utf-8"))


def test_a_typed_header_is_nobodys_speech() -> None:
    text = (
        "Interview Transcript\n"
        "Job Title: Warehouse Shift Supervisor\n"
        "Company: Kestrel Cold Chain\n"
        "Interviewed by: Femi Adeyemi\n"
        "Recorded: 2 March 2027\n\n"
        "FEMI ADEYEMI: Thanks for coming over. The night shift picks chilled orders.\n"
        "Rosa Lindqvist: Happy to be here.\n"
        "FEMI ADEYEMI: The temperature logging on the reefer trailers is done by hand.\n"
    )
    t = parse_transcript(text)
    assert t.speakers == ["Femi Adeyemi", "Rosa Lindqvist"]
    assert t.date == date(2027, 3, 2)
    assert header_value(t, frozenset({"job title"})) == ["Warehouse Shift Supervisor"]
    assert title_lines(t) == ["Interview Transcript"]
    assert all(c.speaker for c in t.cues)


def test_a_title_line_over_unnamed_lines_is_no_speaker() -> None:
    text = (
        "Panel Interview Notes\n"
        "Asked about the forklift licence renewals.\n"
        "Told them about the pallet audit at my old site.\n"
    )
    t = parse_transcript(text)
    assert t.speakers == []
    assert [c.text for c in t.cues][0] == "Panel Interview Notes"  # notes stay notes


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (  # a Meet document whose cues carry first names only
            "Site Lead interview (2027/02/09 10:00 CET) - Transcript\nAttendees\n"
            "Ingrid Solberg Haugen, Olu Bankole\nTranscript\n00:00:00\n"
            "Ingrid: Hei Olu, welcome. The loading bay rota is our sore point.\n"
            "Olu Bankole: Thanks Ingrid, glad to join.\n",
            ["Ingrid Solberg Haugen", "Olu Bankole"],
        ),
        (  # a rank and a surname, the full name in an introduction
            "WEBVTT\n\n1\n00:00:01.000 --> 00:00:05.000\n"
            "Lt. Okoro: Morning. I'm Lieutenant Adaeze Okoro, I run the signals section.\n\n"
            "2\n00:00:05.500 --> 00:00:08.000\nMika Ranta: Morning, thanks for having me.\n",
            ["Adaeze Okoro", "Mika Ranta"],
        ),
        (  # a first name and an initial
            "WEBVTT\n\n1\n00:00:01.000 --> 00:00:05.000\n"
            "Farah K: Hello! My name is Farah Karimi, I look after payroll.\n\n"
            "2\n00:00:05.500 --> 00:00:08.000\nJon Ellis: Hi Farah.\n",
            ["Farah Karimi", "Jon Ellis"],
        ),
        (  # names of several parts, as Otter writes its speakers
            "Ahmad bin Ismail  0:03\nWelcome, the tender pipeline is busy.\n\n"
            "Ana María de los Santos  0:20\nThank you for having me.\n\n"
            "Gráinne Ní Fhlatharta  0:31\nI chair the audit committee.\n",
            ["Ahmad bin Ismail", "Ana María de los Santos", "Gráinne Ní Fhlatharta"],
        ),
        (  # "Name: text" with a Malay patronymic
            "Siti Hajar binti Yusof: Selamat pagi, the lab moves to the new LIMS in June.\n"
            "Kai Brenner: Good morning.\n",
            ["Siti Hajar binti Yusof", "Kai Brenner"],
        ),
    ],
)
def test_speakers_by_their_full_names(text: str, speakers: list[str]) -> None:
    assert parse_transcript(text).speakers == speakers


def test_a_greeting_or_two_people_of_one_first_name_complete_nothing() -> None:
    text = (
        "TOMASZ: Dzień dobry, Hi Marek, welcome.\nMAREK: Thanks Tomasz.\n"
        "TOMASZ: My colleagues Tomasz Wrona and Tomasz Bielski send their regards.\n"
    )
    t = parse_transcript(text)
    assert t.speakers == ["Tomasz", "Marek"]  # "Hi Marek" is no name; two Tomaszes


@pytest.mark.parametrize(
    ("sentence", "reference", "day"),
    [
        ("We'll have made our minds up before the month is out.", date(2027, 2, 9), "2027-02-28"),
        ("We'll revert by the week's end.", date(2027, 2, 9), "2027-02-12"),
        ("You'll have our answer by month-end.", date(2027, 4, 6), "2027-04-30"),
        ("We'll ring you in a fortnight or so.", date(2027, 4, 6), "2027-04-20"),
        ("Someone will be in contact about three weeks from now.", date(2027, 1, 5), "2027-01-26"),
    ],
)
def test_decision_days_in_other_words(data: dict, sentence: str, reference: date, day: str):
    words = debrief.DebriefWords.from_data(data)
    assert words.decision is not None
    at = debrief.says_decision(sentence, words.decision)
    assert at is not None
    assert day_said(sentence, reference, words.decision, after=at) == date.fromisoformat(day)


def test_the_week_ends_on_its_last_working_day(data: dict) -> None:
    import holidays

    words = DecisionWords.from_mapping(data["decision"])
    ie = holidays.country_holidays("IE", years=[2027])
    # Mon 29 Mar 2027 … Fri 2 Apr 2027 is no holiday in Ireland; in the week of Fri 17 Mar 2028
    # (St Patrick's Day) the week ends on Thursday
    said = "We'll let you know before the week is out."
    assert day_said(said, date(2028, 3, 13), words, holidays.country_holidays("IE").get) == date(
        2028, 3, 16
    )
    assert day_said(said, date(2027, 3, 29), words, ie.get) == date(2027, 4, 2)


def _decision(text: str, data: dict, day: date) -> str | None:
    words = debrief.DebriefWords.from_data(data)
    parsed = parse_transcript(text)
    interview = Interview("Employer", "Analyst", day, Format.VIDEO)
    found = debrief.propose(parsed, [], interview, "Nobody Here", words, debrief.Limits())
    dates = [p.date for p in found if p.kind == "decision_date"]
    return dates[0].isoformat() if dates and dates[0] else None


def test_a_decision_said_over_a_subtitle_break(data: dict) -> None:
    srt = (
        "1\n00:00:01,000 --> 00:00:04,000\nGRETA: The audit is in May.\n\n"
        "2\n00:00:04,500 --> 00:00:06,000\nWe'll get back to you\n\n"
        "3\n00:00:06,500 --> 00:00:09,000\ninside eight working days.\n\n"
        "4\n00:00:09,500 --> 00:00:11,000\n- Lovely, thanks.\n"
    )
    parsed = parse_transcript(srt)
    assert [c.speaker for c in parsed.cues] == ["Greta", "Greta", "Greta", None]
    assert _decision(srt, data, date(2027, 3, 1)) == "2027-03-11"


def test_a_decision_said_across_someone_elses_short_reply(data: dict) -> None:
    vtt = (
        "WEBVTT\n\n1\n00:00:01.000 --> 00:00:03.000\n<v Pia Lund>We'll make the call.</v>\n\n"
        "2\n00:00:03.500 --> 00:00:04.000\n<v Omar Said>Mm-hmm, great.</v>\n\n"
        "3\n00:00:04.500 --> 00:00:07.000\n<v Pia Lund>Realistically by the 19th.</v>\n"
    )
    assert _decision(vtt, data, date(2027, 3, 1)) == "2027-03-19"


def test_a_one_word_label_that_never_speaks_again_heads_the_file() -> None:
    text = (
        "PANEL TRANSCRIPT\n"
        "Requisition: Transit Scheduler (R-2291)\n"
        "Branch: Fleet Planning\n\n"
        "MAEVE: Welcome, Tariq. The bus network redesign starts in spring.\n"
        "TARIQ: Thanks, glad to be here.\n"
        "MAEVE: Maeve Gallagher is my full name, by the way, I chair the panel.\n"
    )
    t = parse_transcript(text)
    assert t.speakers == ["Maeve Gallagher", "Tariq"]
    assert "Requisition: Transit Scheduler (R-2291)" in t.heading
    assert "Branch: Fleet Planning" in t.heading


def test_a_title_over_a_date_line_is_no_speaker() -> None:
    text = (
        "Grants Officer\nTue, Jun 8, 2027 3:15PM • 29:10\n\n"
        "Noor Haidari  0:02\nWelcome Pablo, the grant portal is new this year.\n\n"
        "Pablo Ruiz  0:10\nThanks, happy to be here.\n\n"
        "Noor Haidari  0:20\nThe audit trail for every payment is what the board asks about.\n"
    )
    t = parse_transcript(text)
    assert t.speakers == ["Noor Haidari", "Pablo Ruiz"]
    assert t.heading[:2] == ("Grants Officer", "Tue, Jun 8, 2027 3:15PM • 29:10")
    assert t.date == date(2027, 6, 8)


def test_of_two_cues_the_day_after_the_last_one(data: dict) -> None:
    text = (
        "Ines Mora: The depot rota is our headache.\n"
        "Ines Mora: We finish the last interviews Thursday and we'll call you early next week.\n"
        "Karl Weiss: Thanks, sounds good.\n"
    )
    assert _decision(text, data, date(2027, 4, 13)) == "2027-04-19"
    said = "Ines Mora: We will complete the process and send results in about three weeks.\n"
    assert _decision(said + "Karl Weiss: Great.\n", data, date(2027, 4, 13)) == "2027-05-04"
