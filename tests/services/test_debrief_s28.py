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

from helpers_debrief import debriefed, decided, decision, topics, zoom

WED = date(2032, 3, 10)  # a Wednesday; that week's Friday is the 12th, next week's the 19th


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
    assert decided(tmp_path, said, interviewed, country) == day


# --- 2. a weekday with its day of the month; the end of next week -------------------------------


@pytest.mark.parametrize(
    ("said", "day", "country"),
    [
        ("Te damos respuesta a más tardar el jueves 18.", "2032-03-18", "MX"),
        ("Le confirmamos el jueves 18 de marzo.", "2032-03-18", "ES"),
        ("You'll hear from us on Thursday the 18th at the latest.", "2032-03-18", "GB"),
        ("Nous vous donnerons une réponse jeudi 18.", "2032-03-18", "FR"),
        ("Wir besprechen das und melden uns bis Ende nächster Woche.", "2032-03-19", "DE"),
        # a day written with a stop before its month ends no sentence
        ("Wir geben Ihnen am Donnerstag, 18. März Bescheid.", "2032-03-18", "DE"),
        # a weekday's "the" unsaid
        ("We'll make the call on Thursday 18th.", "2032-03-18", "GB"),
        ("Vi daremo una risposta entro la fine della settimana prossima.", "2032-03-19", "IT"),
        ("Damos uma resposta até o final da próxima semana.", "2032-03-19", "BR"),
    ],
)
def test_a_weekday_with_its_date_and_the_end_of_next_week(
    tmp_path: Path, said: str, day: str, country: str
) -> None:
    assert decided(tmp_path, said, WED, country) == day


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


# --- 4. topics of talk in other languages: what the interviewers work on, never a site, a team
# or a job --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("turns", "wanted", "never", "country"),
    [
        (  # Spanish: a site named after its connector is no part of a topic
            [
                "Bueno, en la planta de Saltillo tenemos un reto grande con la reducción del desperdicio de pintura en la línea de hornos.",
                "La reducción del desperdicio de pintura es lo que más nos preocupa este año, y el jefe de turno lo revisa cada semana con el equipo.",
                "También estamos con la digitalización de las hojas de inspección, que hoy son de papel. En la planta de Saltillo todo sigue en papel.",
            ],
            [
                "la reducción del desperdicio de pintura",
                "la digitalización de las hojas de inspección",
            ],
            ["saltillo", "el jefe de turno", "el equipo"],
            "MX",
        ),
        (  # French: a job and the team are no topics; "vers" joins a phrase's parts
            [
                "Alors, notre grand chantier, c'est la bascule vers le nouveau logiciel de paie pour les saisonniers.",
                "Le responsable du service paie suit la bascule vers le nouveau logiciel de paie avec toute l'équipe.",
                "Il y a aussi le contrôle des heures supplémentaires des saisonniers, qui reste très manuel aujourd'hui.",
            ],
            ["la bascule vers le nouveau logiciel de paie"],
            ["le responsable", "l'équipe"],
            "FR",
        ),
        (  # German: a bare noun with its complement opens a topic ("Tourenplanung für …")
            [
                "Wir arbeiten gerade viel an Tourenplanung für die Kühltransporte, das ist unser größtes Thema.",
                "Außerdem beschäftigt uns Schichtplanung mit Wunschdiensten, die machen wir noch in Excel.",
                "Die Tourenplanung für die Kühltransporte soll bis zum Sommer stehen, sagt der Leiter der Disposition.",
            ],
            ["schichtplanung mit wunschdiensten"],
            ["der leiter", "excel"],
            "DE",
        ),
        (  # Dutch
            [
                "Ons grootste project dit jaar is de automatisering van de retourverwerking in het distributiecentrum.",
                "De automatisering van de retourverwerking moet klaar zijn voor de drukke periode, en de manager van het team kijkt mee.",
                "Daarnaast werken we aan een nieuwe planning van de nachtdiensten, want die is nu erg handmatig.",
            ],
            ["de automatisering van de retourverwerking"],
            ["de manager", "het team"],
            "NL",
        ),
    ],
)
def test_other_languages_topics_are_the_work_said_about(
    tmp_path: Path, turns: list[str], wanted: list[str], never: list[str], country: str
) -> None:
    interviewer, candidate = "Quillon Ferreira-Asante", "Mirela Dabrowska-Hunt"
    result = debriefed(
        tmp_path,
        "interview.vtt",
        zoom(
            (interviewer, turns[0]),
            (
                candidate,
                "Muy bien." if country == "MX" else "D'accord." if country == "FR" else "Gut.",
            ),
            (interviewer, turns[1]),
            (candidate, "Sí." if country == "MX" else "Oui." if country == "FR" else "Ja."),
            (interviewer, turns[2]),
        ),
        WED,
        candidate,
        country,
    )
    found = topics(result)
    for topic in wanted:
        assert topic in found, found
    assert not any(bad in t for t in found for bad in never), found


def test_korean_talk_proposes_no_team_and_no_pronoun(tmp_path: Path) -> None:
    interviewer, candidate = "윤다은", "Aurelio Banks"
    result = debriefed(
        tmp_path,
        "interview.vtt",
        zoom(
            (
                interviewer,
                "저는 물류 기획팀에서 일하고 있습니다. 창고 재고 실사 자동화를 준비하고 있어요.",
            ),
            (candidate, "네."),
            (
                interviewer,
                "창고 재고 실사 자동화는 올해 가장 큰 과제입니다. 물류 기획팀 전체가 참여합니다.",
            ),
            (candidate, "네."),
            (interviewer, "반품 처리 리드타임 단축도 중요합니다."),
        ),
        WED,
        candidate,
        "KR",
    )
    found = topics(result)
    assert "창고 재고 실사 자동화" in found, found
    assert not any("기획팀" in t or t.startswith("저는") for t in found), found


def test_surname_labels_take_the_names_the_heading_lists(tmp_path: Path) -> None:
    text = (
        "Gesprächsprotokoll – Bewerbungsgespräch Disponent/in\n"
        "Datum: 10.03.2032, 09:30 Uhr\n"
        "Anwesend: Mag. Birgit Leitgeb (Leiterin Disposition), DI Konrad Pichlmayr "
        "(Fuhrparkleitung), Jonas Weißenböck (Bewerber)\n\n"
        "(09:30:05) Leitgeb: Grüß Gott, Herr Weißenböck, schön, dass Sie da sind.\n"
        "(09:30:11) Weißenböck: Grüß Gott, danke für die Einladung.\n"
        "(09:30:20) Pichlmayr: Wir sprechen heute über die Tourenplanung für die Kühltransporte.\n"
        "(09:30:30) Leitgeb: Mein Kollege Konrad Pichlmayr leitet den Fuhrpark.\n"
        "(09:30:40) Weißenböck: Sehr gerne.\n"
        "(09:31:02) Leitgeb: Wir besprechen das noch und melden uns bis Ende nächster Woche.\n"
    )
    result = debriefed(tmp_path, "protokoll.txt", text, WED, "Jonas Weißenböck", "AT")
    assert result.speakers == ["Birgit Leitgeb", "Konrad Pichlmayr", "Jonas Weißenböck"]
    assert decision(result) == "2032-03-19"
