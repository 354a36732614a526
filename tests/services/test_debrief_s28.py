"""`followup debrief` on transcripts it has not seen (issue 9, kinds 11 and 12, session 28), each
kind in general, with invented people and employers:

1. a decision date given as a count of working days, in the languages people interview in
   (Polish, romanised Hindi-English, Spanish and German word orders not read before), skips
   weekends and the employer country's public holidays (the stored round's country, as the
   plan counts them);
2. a weekday with a day of the month ("el jueves 18", "Thursday the 18th") and "the end of next
   week", said with the ways of answering that each language uses.
"""

# ruff: noqa: E501
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from helpers_debrief import debriefed, decision, zoom

WED = date(2032, 3, 10)  # a Wednesday; that week's Friday is the 12th, next week's the 19th


def _decided(tmp_path: Path, said: str, day: date, country: str) -> str | None:
    return decision(
        debriefed(
            tmp_path,
            "interview.vtt",
            zoom(
                ("Quillon Ferreira-Asante", "Let us talk about the pallet tracking rollout."),
                ("Mirela Dabrowska-Hunt", "Sure."),
                ("Quillon Ferreira-Asante", said),
                ("Mirela Dabrowska-Hunt", "Thank you."),
            ),
            day,
            "Mirela Dabrowska-Hunt",
            country,
        )
    )


# --- 1. working days, over the employer country's holidays ------------------------------------


@pytest.mark.parametrize(
    ("said", "interviewed", "day", "country"),
    [
        # Poland: Labour Day (Sat 1 May 2032) and Constitution Day (Mon 3 May) -> 30 Apr, 4, 5, 6
        (
            "Odezwiemy się do pani w ciągu czterech dni roboczych.",
            date(2032, 4, 29),
            "2032-05-06",
            "PL",
        ),
        ("Damy znać w ciągu 3 dni roboczych.", date(2032, 4, 29), "2032-05-05", "PL"),
        ("Skontaktujemy się z panem w ciągu dwóch tygodni.", WED, "2032-03-24", "PL"),
        ("Decyzję podejmiemy do końca przyszłego tygodnia.", WED, "2032-03-19", "PL"),
        # India, romanised Hindi-English: the day before the words of the decision
        ("Hum aapko paanch working days mein bata denge.", WED, "2032-03-17", "IN"),
        ("Final decision hum 22 March tak bata denge.", WED, "2032-03-22", "IN"),
        ("Agle hafte ke end tak hum aapko inform kar denge.", WED, "2032-03-19", "IN"),
        # Spanish answers said as "damos respuesta", "le responderemos"
        ("Le responderemos en cinco días hábiles.", WED, "2032-03-17", "ES"),
        # Mexico: Benito Juárez's day, the third Monday of March (the 15th) -> 11, 12, 16
        ("Te damos respuesta en tres días hábiles.", WED, "2032-03-16", "MX"),
        # German "(wir) … und melden uns"
        (
            "Wir besprechen das im Team und melden uns innerhalb von fünf Arbeitstagen.",
            WED,
            "2032-03-17",
            "DE",
        ),
    ],
)
def test_working_days_in_more_languages_skip_holidays(
    tmp_path: Path, said: str, interviewed: date, day: str, country: str
) -> None:
    assert _decided(tmp_path, said, interviewed, country) == day


# --- 2. a weekday with its day of the month; the end of next week -------------------------------


@pytest.mark.parametrize(
    ("said", "day", "country"),
    [
        ("Te damos respuesta a más tardar el jueves 18.", "2032-03-18", "MX"),
        ("Le confirmamos el jueves 18 de marzo.", "2032-03-18", "ES"),
        ("You'll hear from us on Thursday the 18th at the latest.", "2032-03-18", "GB"),
        ("Nous vous donnerons une réponse jeudi 18.", "2032-03-18", "FR"),
        ("Wir besprechen das und melden uns bis Ende nächster Woche.", "2032-03-19", "DE"),
        ("Vi daremo una risposta entro la fine della settimana prossima.", "2032-03-19", "IT"),
        ("Damos uma resposta até o final da próxima semana.", "2032-03-19", "BR"),
    ],
)
def test_a_weekday_with_its_date_and_the_end_of_next_week(
    tmp_path: Path, said: str, day: str, country: str
) -> None:
    assert _decided(tmp_path, said, WED, country) == day


# --- 3. a voice the tool could not name, named by what it says of itself later -----------------


def _otter(*blocks: tuple[str, str]) -> str:
    """An Otter text export: "Name  M:SS" headers, the footer."""
    body = "\n\n".join(
        f"{who}  0:{n * 7:02d}\n{text}" for n, (who, text) in enumerate(blocks, start=1)
    )
    return f"Depot Planner interview\n\n{body}\n\nTranscribed by https://otter.ai\n"


_OPENING = (
    ("Zainab Okafor-Lindqvist", "Good morning Lucas, thanks for coming in."),
    ("Lucas Brennan-Aho", "Morning, thank you for having me."),
)


@pytest.mark.parametrize(
    ("blocks", "named"),
    [
        # "Speaker 2" says who they are in their fourth turn
        (
            (
                ("Speaker 2", "Sorry, sorting the screen, one second."),
                (
                    "Zainab Okafor-Lindqvist",
                    "The big piece this year is the depot rostering overhaul.",
                ),
                ("Speaker 2", "Right, that's on now."),
                ("Speaker 2", "And we care a lot about the spare parts forecast."),
                ("Zainab Okafor-Lindqvist", "Let's do introductions properly."),
                (
                    "Speaker 2",
                    "Of course. I'm Tomasz Kowalewski-Reyes, I lead maintenance engineering.",
                ),
            ),
            "Tomasz Kowalewski-Reyes",
        ),
        # in German, late
        (
            (
                ("Speaker 3", "Moment, der Ton geht nicht."),
                ("Speaker 3", "Jetzt geht es."),
                ("Zainab Okafor-Lindqvist", "Gut."),
                ("Speaker 3", "Wir reden heute über die Ersatzteilprognose."),
                ("Speaker 3", "Ach so, ich bin Henrike Oberndorfer, ich leite die Instandhaltung."),
            ),
            "Henrike Oberndorfer",
        ),
        # an Otter "Unknown Speaker" who gives their name
        (
            (
                (
                    "Unknown Speaker",
                    "Sorry I'm late. I'm Ilse Varga-Moreau, I look after the stores.",
                ),
            ),
            "Ilse Varga-Moreau",
        ),
    ],
)
def test_a_voice_named_only_later_gets_its_name(
    tmp_path: Path, blocks: tuple[tuple[str, str], ...], named: str
) -> None:
    result = debriefed(
        tmp_path, "depot_otter_ai.txt", _otter(*_OPENING, *blocks), WED, "Lucas Brennan-Aho"
    )
    assert result.speakers == ["Zainab Okafor-Lindqvist", named, "Lucas Brennan-Aho"]


def test_a_later_turn_pointing_at_someone_else_names_no_voice(tmp_path: Path) -> None:
    blocks = (
        ("Speaker 2", "Hello."),
        ("Speaker 2", "One moment."),
        ("Zainab Okafor-Lindqvist", "Go on."),
        ("Speaker 2", "We run the depot rostering overhaul this year."),
        ("Speaker 2", "And this is Priyanka Basu-Mehra, our new analyst, she joins us next month."),
        ("Unknown Speaker", "Shall I close the blinds? Priyanka Basu-Mehra asked me to."),
    )
    result = debriefed(
        tmp_path, "depot_otter_ai.txt", _otter(*_OPENING, *blocks), WED, "Lucas Brennan-Aho"
    )
    assert "Priyanka Basu-Mehra" not in result.speakers
