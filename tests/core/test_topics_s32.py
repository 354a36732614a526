"""A topic is a noun phrase of what was discussed, never a place, an event, a month or a team
alone (issue 9, kind 12, session 32; invented people, businesses and talk, in the shapes the
meeting tools write):

- a phrase about an event, a trade fair, a holiday weekend or a month ("the Royal Show long
  weekend", "à la foire Expobois en février") is no topic;
- a place named after a preposition ("die Monteure in Kindberg") is cut off, and what is
  left is a topic only when it is one alone; a site of the employer ("울산 공장", "la planta
  de laminación") is no topic;
- a trailing "for the … team" names who the work is for: it is cut ("a sepsis alert dashboard
  for the intensive care team" -> "… dashboard");
- a part of the employer said bare ("I run the automation program") is who they are, no topic;
- a Korean decision day written "11월 7일 금요일까지" is that day, and a decision about
  another matter ("the board decides on the new kiln investment") gives way to it.
"""

# ruff: noqa: E501
from __future__ import annotations

from typing import Any

import pytest

from helpers_debrief import debriefed_by_cli, topic_texts

ZOOM_EN = """WEBVTT

1
00:00:01.000 --> 00:00:04.000
Harriet Lowe (she/her): Morning Ravi, thanks for joining us.

2
00:00:04.500 --> 00:00:08.000
Ravi Sundaram: Morning Harriet, thanks for having me.

3
00:00:08.500 --> 00:00:15.000
Harriet Lowe (she/her): I'm Harriet, and I run the automation program here. Our first job is the barcode scanning of ward stock, because the counts are still done on paper.

4
00:00:15.500 --> 00:00:21.000
Ravi Sundaram: I set up barcode scanning of ward stock at my last hospital, so that sounds familiar.

5
00:00:21.500 --> 00:00:29.000
Gus Whitfield (he/him): Good. The barcode scanning of ward stock is where we lose the most hours. We also want a sepsis alert dashboard for the intensive care team, so they see the lactate results sooner.

6
00:00:29.500 --> 00:00:34.000
Ravi Sundaram: A sepsis alert dashboard would need the lab feed in near real time.

7
00:00:34.500 --> 00:00:40.000
Gus Whitfield (he/him): Right, the lab feed is the hard part of the sepsis alert dashboard.

8
00:00:40.500 --> 00:00:47.000
Harriet Lowe (she/her): On call is one weekend in five. And the Royal Show long weekend is always quiet around here.

9
00:00:47.500 --> 00:00:52.000
Harriet Lowe (she/her): We'll let you know within five business days. Thanks Ravi.
"""

MEET_FR = """Entretien Chef de Projet Logistique (2031-03-11 10:00 GMT+1) - Transcript

Attendees

Camille Royer, Bastien Lefort, Inès Duchamp

Transcript

This editable transcript was computer generated and might contain errors. People can also change the text after it was created.

00:00:00

Bastien Lefort: Bonjour Inès, merci d'être là. Je suis Bastien Lefort et voici Camille Royer.

Inès Duchamp: Bonjour à tous les deux.

Camille Royer: Notre grand chantier, c'est la planification des tournées de livraison. Les tournées de livraison changent chaque matin.

Inès Duchamp: J'ai travaillé sur la planification des tournées de livraison dans mon poste précédent.

Bastien Lefort: Très bien. Il y a aussi la gestion des stocks de farine, et la gestion des stocks de farine reste manuelle.

Camille Royer: Et on se retrouve tous à la foire Expobois en février, si le poste démarre avant.

Bastien Lefort: Vous aurez notre réponse au plus tard le vendredi 21 mars.

00:05:00

Meeting ended after 00:05:10 👋
"""

TEAMS_DE = """WEBVTT

1f0e6a1c-6d3b-4c7e-9a0e-2b1f7f3d8a01/11-0
00:00:01.000 --> 00:00:05.000
<v Hofer, Sabine>Grüß Gott, Herr Lindner, schön, dass Sie da sind.</v>

2a7c1d44-0b9e-4f61-8d2a-5c3e9b7a6f02/12-0
00:00:05.500 --> 00:00:09.000
<v Tobias Lindner (Gast)>Grüß Gott, danke für die Einladung.</v>

3b8d2e55-1caf-4072-9e3b-6d4fac8b7013/13-0
00:00:09.500 --> 00:00:16.000
<v Hofer, Sabine>Unser Schwerpunkt ist die Zustandsüberwachung der Förderbänder. Die Zustandsüberwachung der Förderbänder
läuft bisher nur mit Handmessungen.</v>

4c9e3f66-2db0-4183-af4c-7e5a0d9c8124/14-0
00:00:16.500 --> 00:00:24.000
<v Hofer, Sabine>Und wir führen gerade eine digitale Schichtübergabe ein. Die Monteure
in Kindberg arbeiten schon mit Tablets, in Trofaiach noch mit Zetteln.</v>

5daf4077-3ec1-4294-b05d-8f6b1eada235/15-0
00:00:24.500 --> 00:00:30.000
<v Tobias Lindner (Gast)>Die digitale Schichtübergabe kenne ich aus meinem letzten Betrieb.</v>

6eb05188-4fd2-43a5-8c6e-9a7c2fbeb346/16-0
00:00:30.500 --> 00:00:36.000
<v Hofer, Sabine>Wir melden uns bis Freitag, den 21. März.</v>
"""

SRT_KO = """1
00:00:02,000 --> 00:00:04,000
<font color="#00ffff">박서준:</font> 안녕하세요, 윤하늘 씨.

2
00:00:04,300 --> 00:00:09,000
<font color="#00ffff">요즘 가장 큰 과제는 배관 용접 검사 자동화입니다.</font>

3
00:00:09,300 --> 00:00:14,000
<font color="#ffffff">윤하늘:</font> 배관 용접 검사 자동화는 이전 회사에서도 해 봤습니다.

4
00:00:14,300 --> 00:00:19,000
<font color="#ff00ff">정민아:</font> 울산 공장에서 지게차 대기 시간이 너무 길어요.

5
00:00:19,300 --> 00:00:24,000
<font color="#ff00ff">그래서 지게차 대기 시간을 줄이는 것도 중요합니다.</font>

6
00:00:24,300 --> 00:00:28,000
<font color="#ffffff">윤하늘:</font> 울산 공장에서 근무하게 되나요?

7
00:00:28,300 --> 00:00:31,000
<font color="#00ffff">박서준:</font> 네, 주로 울산 공장입니다.

8
00:00:31,300 --> 00:00:36,000
<font color="#00ffff">참고로 다음 달 이사회에서 신규 설비 투자가 결정됩니다.</font>

9
00:00:36,300 --> 00:00:41,000
<font color="#ff00ff">정민아:</font> 결과는 11월 7일 금요일까지 알려드리겠습니다.
"""

ZOOM_ES = """WEBVTT

1
00:00:01.000 --> 00:00:04.000
Lucía Cantú (ella): Buenos días, Rodrigo.

2
00:00:04.500 --> 00:00:11.000
Lucía Cantú (ella): Gracias por conectarte. Soy Lucía Cantú y me acompaña Ernesto Villegas, de la planta de laminación.

3
00:00:11.500 --> 00:00:15.000
iPhone de Rodrigo: Buenos días, gracias por la invitación. Soy Rodrigo Esparza.

4
00:00:15.500 --> 00:00:23.000
Ernesto Villegas (él): Nuestro reto es el mantenimiento predictivo de los rodillos. El mantenimiento predictivo de los rodillos todavía depende de rondas manuales.

5
00:00:23.500 --> 00:00:29.000
iPhone de Rodrigo: Trabajé con mantenimiento predictivo de los rodillos en mi empleo anterior.

6
00:00:29.500 --> 00:00:36.000
Lucía Cantú (ella): También queremos mejorar el análisis de vibraciones de los motores, porque el análisis de vibraciones de los motores se hace cada mes.

7
00:00:36.500 --> 00:00:41.000
Lucía Cantú (ella): Te daremos una respuesta a más tardar el miércoles 26 de marzo.
"""


def _decision(data: dict[str, Any]) -> str | None:
    return next((p.get("date") for p in data["proposals"] if p["kind"] == "decision_date"), None)


def test_an_event_a_team_and_the_employers_program_are_no_topic(cli, tmp_path) -> None:
    data = debriefed_by_cli(
        cli, tmp_path, "GMT20310311-230000_Recording.transcript.vtt", ZOOM_EN,
        "Ravi Sundaram", "2031-03-12", "AU",
    )  # fmt: skip
    topics = topic_texts(data)
    low = " | ".join(topics).lower()
    assert "royal show" not in low and "long weekend" not in low, topics
    assert "intensive care team" not in low, topics
    assert "automation program" not in low, topics
    assert any("sepsis alert dashboard" in t for t in topics), topics
    assert any("barcode scanning" in t for t in topics), topics


def test_a_trade_fair_and_a_month_are_no_topic(cli, tmp_path) -> None:
    data = debriefed_by_cli(
        cli, tmp_path, "Entretien Chef de Projet Logistique (2031-03-11 10_00 GMT+1) - Transcript.txt",
        MEET_FR, "Inès Duchamp", "2031-03-11", "FR",
    )  # fmt: skip
    topics = topic_texts(data)
    low = " | ".join(topics).lower()
    assert "expobois" not in low and "février" not in low and "foire" not in low, topics
    assert any("tournées de livraison" in t for t in topics), topics


def test_a_town_after_a_preposition_is_cut_off(cli, tmp_path) -> None:
    data = debriefed_by_cli(
        cli, tmp_path, "Interview Instandhalter-20310312_090005-Besprechungstranskript.vtt",
        TEAMS_DE, "Tobias Lindner", "2031-03-12", "AT",
    )  # fmt: skip
    topics = topic_texts(data)
    low = " | ".join(topics).lower()
    assert "kindberg" not in low and "trofaiach" not in low, topics
    assert any("zustandsüberwachung" in t.lower() for t in topics), topics


def test_a_site_of_the_employer_is_no_topic_and_a_korean_day_is_read(cli, tmp_path) -> None:
    data = debriefed_by_cli(
        cli, tmp_path, "한빛중공업_면접_20311030.srt", SRT_KO, "윤하늘", "2031-10-30", "KR"
    )
    topics = topic_texts(data)
    assert not any("울산" in t or t.endswith("공장") for t in topics), topics
    assert any("지게차 대기 시간" in t for t in topics), topics
    assert _decision(data) == "2031-11-07", data["proposals"]


def test_the_employers_plant_is_no_topic(cli, tmp_path) -> None:
    data = debriefed_by_cli(
        cli, tmp_path, "GMT20310314-160004_Recording.transcript.vtt", ZOOM_ES,
        "Rodrigo Esparza", "2031-03-14", "MX",
    )  # fmt: skip
    topics = topic_texts(data)
    low = " | ".join(topics).lower()
    assert "planta" not in low, topics
    assert any("mantenimiento predictivo" in t for t in topics), topics


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("결과는 11월 7일 금요일까지 알려드리겠습니다.", "2031-11-07"),
        ("결과는 11월 7일까지 알려드리겠습니다.", "2031-11-07"),
        ("結果は11月7日までにご連絡します。", "2031-11-07"),
    ],
)
def test_a_month_and_day_of_a_cjk_script_is_read(sentence: str, day: str, data: dict) -> None:
    from datetime import date

    from followup.core import debrief
    from followup.core.models import Format, Interview
    from followup.core.transcript import parse_transcript

    words = debrief.DebriefWords.from_data(data)
    parsed = parse_transcript(f"박서준: 감사합니다.\n박서준: {sentence}\n")
    interview = Interview("Employer", "Candidate", date(2031, 10, 30), Format.VIDEO)
    found = debrief.decision_proposal(
        parsed, words, debrief.known_for(parsed, interview, "윤하늘"), interview.interviewed
    )
    assert found is not None and found.to_dict().get("date") == day, found


@pytest.mark.parametrize(
    "lines",
    [
        (
            "By the way, next month the board decides on the new kiln investment.",
            "We will let you know the outcome by Friday the 7th of November.",
        ),
        (
            "참고로 다음 달 이사회에서 신규 설비 투자가 결정됩니다.",
            "결과는 11월 7일 금요일까지 알려드리겠습니다.",
        ),
    ],
)
def test_a_decision_about_another_matter_gives_way(lines: tuple[str, str], data: dict) -> None:
    from datetime import date

    from followup.core import debrief
    from followup.core.models import Format, Interview
    from followup.core.transcript import parse_transcript

    words = debrief.DebriefWords.from_data(data)
    parsed = parse_transcript("".join(f"Park: {line}\n" for line in lines))
    interview = Interview("Employer", "Candidate", date(2031, 10, 30), Format.VIDEO)
    known = debrief.known_for(parsed, interview, "Yoon")
    found = debrief.decision_proposal(parsed, words, known, interview.interviewed)
    assert found is not None and found.date == date(2031, 11, 7), found
