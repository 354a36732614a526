"""`followup debrief` on transcripts it has not seen (issue 9, kinds 11-12, session 25), each
kind in general, with invented people and employers:

1. the employer's decision date said in Chinese, Japanese, Korean (and Korean in an English
   sentence), Dutch, and the ways French, German and Spanish also say it ("sous quinze jours",
   "bis Freitag nächster Woche", "te escribimos en un plazo de …"), relative to the interview
   day, working days counted over the employer country's public holidays (the `holidays`
   package); a start date, a next round, a probation or a notice period said in those
   languages is no decision date;
2. a speaker labelled by a first name, an initial or an account name ("Tomasz (Gast)",
   "Priya R.", "priya.raman") joined to the full name the file writes elsewhere, including an
   introduction in the speaker's language ("Ich bin Tomasz Wójcik", "je suis …", "me llamo
   …"); a meeting room's system ("Conference Room B (Zoom Rooms)") is nobody;
3. committees, boards and councils ("the data monitoring committee", "the works council",
   "the board") are no topics; what was discussed still is.
"""

# ruff: noqa: E501
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from helpers_debrief import debriefed, decision, teams, topics, zoom

TUE = date(2031, 5, 13)  # a Tuesday; the Friday after is the 16th, next week's the 23rd

# --- 1. the decision date in other languages --------------------------------------------------


@pytest.mark.parametrize(
    ("opening", "said", "day", "country"),
    [
        # Chinese: 下周五 is next week's Friday, 两周内 two weeks, 月底前 the month's end
        ("我们聊聊仓库补货的流程。", "下周五之前给您答复。", "2031-05-23", "CN"),
        ("我们聊聊仓库补货的流程。", "我们会在两周内通知您结果。", "2031-05-27", "CN"),
        ("我们聊聊仓库补货的流程。", "月底前会给您答复。", "2031-05-31", "CN"),
        ("我们聊聊仓库补货的流程。", "我们会在三个工作日内给您回复。", "2031-05-16", "CN"),
        ("我们聊聊仓库补货的流程。", "下星期三我们会通知您面试结果。", "2031-05-21", "TW"),
        # Japanese
        ("在庫管理についてお話ししましょう。", "来週中にご連絡します。", "2031-05-23", "JP"),
        (
            "在庫管理についてお話ししましょう。",
            "結果は来週の金曜日までにご連絡いたします。",
            "2031-05-23",
            "JP",
        ),
        (
            "在庫管理についてお話ししましょう。",
            "一週間以内に結果をお知らせします。",
            "2031-05-20",
            "JP",
        ),
        ("在庫管理についてお話ししましょう。", "今週中にお返事いたします。", "2031-05-16", "JP"),
        # Korean, and Korean in an English sentence
        (
            "재고 관리에 대해 이야기해 봅시다.",
            "다음 주 금요일까지 연락드리겠습니다.",
            "2031-05-23",
            "KR",
        ),
        (
            "재고 관리에 대해 이야기해 봅시다.",
            "결과는 2주 안에 알려드리겠습니다.",
            "2031-05-27",
            "KR",
        ),
        (
            "재고 관리에 대해 이야기해 봅시다.",
            "이번 주 금요일까지 결과를 알려드릴게요.",
            "2031-05-16",
            "KR",
        ),
        (
            "Let's talk about the spare parts inventory.",
            "We'll let you know 다음 주 금요일까지.",
            "2031-05-23",
            "KR",
        ),
        # Dutch
        (
            "Laten we het over de voorraad hebben.",
            "We laten het u voor het einde van volgende week weten.",
            "2031-05-23",
            "NL",
        ),
        (
            "Laten we het over de voorraad hebben.",
            "U hoort binnen twee weken van ons.",
            "2031-05-27",
            "NL",
        ),
        (
            "Laten we het over de voorraad hebben.",
            "We nemen vrijdag contact met u op.",
            "2031-05-16",
            "NL",
        ),
        (
            "Laten we het over de voorraad hebben.",
            "Wij geven u uiterlijk volgende week vrijdag uitsluitsel.",
            "2031-05-23",
            "BE",
        ),
        # French: "quinze jours" is two weeks, "huit jours" one
        (
            "Parlons du stock de pièces.",
            "Nous vous donnerons une réponse sous quinze jours.",
            "2031-05-27",
            "FR",
        ),
        (
            "Parlons du stock de pièces.",
            "On revient vers vous sous huit jours.",
            "2031-05-20",
            "FR",
        ),
        (
            "Parlons du stock de pièces.",
            "Nous reviendrons vers vous d'ici la fin de la semaine prochaine.",
            "2031-05-23",
            "FR",
        ),
        (
            "Parlons du stock de pièces.",
            "Vous aurez notre réponse avant le vendredi 16.",
            "2031-05-16",
            "FR",
        ),
        # German: the weekday before or after its week
        (
            "Sprechen wir über das Ersatzteillager.",
            "Sie hören bis Freitag nächster Woche von uns.",
            "2031-05-23",
            "DE",
        ),
        (
            "Sprechen wir über das Ersatzteillager.",
            "Wir geben Ihnen nächste Woche Freitag Bescheid.",
            "2031-05-23",
            "AT",
        ),
        ("我们聊聊仓库补货的流程。", "十个工作日内给您答复。", "2031-05-27", "CN"),
        (
            "在庫管理についてお話ししましょう。",
            "来週の水曜日までにお返事いたします。",
            "2031-05-21",
            "JP",
        ),
        (
            "재고 관리에 대해 이야기해 봅시다.",
            "다음 주 중으로 결과를 알려드리겠습니다.",
            "2031-05-23",
            "KR",
        ),
        # Ascension Day (Thursday 22 May) is no working day in the Netherlands or Germany
        (
            "Laten we het over de voorraad hebben.",
            "We laten het u binnen tien werkdagen weten.",
            "2031-05-28",
            "NL",
        ),
        (
            "Sprechen wir über das Ersatzteillager.",
            "Wir melden uns innerhalb von zehn Werktagen.",
            "2031-05-28",
            "DE",
        ),
        # fifteen days and eight days are two weeks and one, as people mean them
        (
            "Hablemos del inventario de repuestos.",
            "Te damos una respuesta en quince días.",
            "2031-05-27",
            "MX",
        ),
        (
            "Vamos falar do estoque de peças.",
            "Damos uma resposta dentro de quinze dias.",
            "2031-05-27",
            "BR",
        ),
        (
            "Parliamo del magazzino ricambi.",
            "Le daremo una risposta entro otto giorni.",
            "2031-05-20",
            "IT",
        ),
        # Spanish, in the present tense
        (
            "Hablemos del inventario de repuestos.",
            "Te escribimos en un plazo de cinco días hábiles.",
            "2031-05-20",
            "ES",
        ),
    ],
)
def test_the_decision_said_in_more_languages(
    tmp_path: Path, opening: str, said: str, day: str, country: str
) -> None:
    result = debriefed(
        tmp_path,
        "interview.vtt",
        zoom(
            ("Beatriz Lozano", opening),
            ("Lucía Ortega", "OK."),
            ("Beatriz Lozano", said),
            ("Lucía Ortega", "Thank you."),
        ),
        TUE,
        "Lucía Ortega",
        country,
    )
    assert decision(result) == day


@pytest.mark.parametrize(
    ("said", "interviewed", "day", "country"),
    [
        # May Day in Spain: Mon 28 April, five working days -> Tue 6 May
        ("Le daremos una respuesta en cinco días hábiles.", date(2031, 4, 28), "2031-05-06", "ES"),
        # Mexico's Revolution Day, the third Monday of November (17th)
        (
            "Te escribimos en un plazo de cinco días hábiles.",
            date(2031, 11, 11),
            "2031-11-19",
            "MX",
        ),
        # Brazil's Black Awareness Day, Thursday 20 November
        ("Vamos dar um retorno em cinco dias úteis.", date(2031, 11, 17), "2031-11-25", "BR"),
        # France's Victory Day, Thursday 8 May
        (
            "Nous reviendrons vers vous sous cinq jours ouvrés.",
            date(2031, 5, 7),
            "2031-05-15",
            "FR",
        ),
        # China's National Day holidays by law (1-3 October), then a weekend
        ("我们会在三个工作日内给您回复。", date(2031, 9, 29), "2031-10-07", "CN"),
    ],
)
def test_working_days_skip_the_employer_countrys_holidays(
    tmp_path: Path, said: str, interviewed: date, day: str, country: str
) -> None:
    result = debriefed(
        tmp_path,
        "interview.vtt",
        zoom(
            ("Beatriz Lozano", "Hablemos del inventario de repuestos."),
            ("Lucía Ortega", "Claro."),
            ("Beatriz Lozano", said),
        ),
        interviewed,
        "Lucía Ortega",
        country,
    )
    assert decision(result) == day


@pytest.mark.parametrize(
    ("other", "said", "day", "country"),
    [
        ("入职日期是6月2日。", "下周五之前给您答复。", "2031-05-23", "CN"),
        ("试用期是三个月，下一轮面试在下周一。", "月底前会给您答复。", "2031-05-31", "CN"),
        ("入社日は6月2日の予定です。", "来週中にご連絡します。", "2031-05-23", "JP"),
        (
            "二次面接は来週の水曜日です。",
            "結果は来週の金曜日までにご連絡いたします。",
            "2031-05-23",
            "JP",
        ),
        ("입사일은 6월 2일입니다.", "다음 주 금요일까지 연락드리겠습니다.", "2031-05-23", "KR"),
        (
            "De startdatum zou 2 juni zijn.",
            "U hoort binnen twee weken van ons.",
            "2031-05-27",
            "NL",
        ),
        (
            "Het tweede gesprek is volgende week maandag.",
            "We nemen vrijdag contact met u op.",
            "2031-05-16",
            "NL",
        ),
        (
            "Votre préavis est d'un mois, donc une prise de poste le 16 juin.",
            "On revient vers vous sous huit jours.",
            "2031-05-20",
            "FR",
        ),
    ],
)
def test_a_start_round_or_probation_is_no_decision_in_more_languages(
    tmp_path: Path, other: str, said: str, day: str, country: str
) -> None:
    result = debriefed(
        tmp_path,
        "interview.vtt",
        zoom(
            ("Beatriz Lozano", other),
            ("Lucía Ortega", "OK."),
            ("Beatriz Lozano", said),
        ),
        TUE,
        "Lucía Ortega",
        country,
    )
    assert decision(result) == day


@pytest.mark.parametrize(
    ("other", "country"),
    [
        ("入职日期是6月2日。", "CN"),
        ("下一轮面试在下周五。", "CN"),
        ("試用期間は3ヶ月です。", "JP"),
        ("二次面接は来週の金曜日です。", "JP"),
        ("다음 면접은 다음 주 금요일입니다.", "KR"),
        ("De startdatum zou 2 juni zijn.", "NL"),
        ("Het tweede gesprek is volgende week vrijdag.", "NL"),
    ],
)
def test_only_a_start_or_next_round_gives_no_decision(
    tmp_path: Path, other: str, country: str
) -> None:
    result = debriefed(
        tmp_path,
        "interview.vtt",
        zoom(("Beatriz Lozano", other), ("Lucía Ortega", "OK.")),
        TUE,
        "Lucía Ortega",
        country,
    )
    assert decision(result) is None


# --- 2. one person under a first name, an initial or an account name ----------------------------


@pytest.mark.parametrize(
    ("label", "introduction"),
    [
        ("Tomasz (Gast)", "Ich bin Tomasz Wójcik und leite das Ingestion-Team."),
        ("Tomasz (Invité)", "Bonjour, je suis Tomasz Wójcik, je dirige l'équipe d'ingestion."),
        ("Tomasz (Invitado)", "Hola, me llamo Tomasz Wójcik y dirijo el equipo de ingesta."),
        ("Tomasz (Gast)", "Hoi, ik ben Tomasz Wójcik, ik leid het ingestieteam."),
        ("Tomasz (Ospite)", "Buongiorno, sono Tomasz Wójcik e guido il team di ingestione."),
        ("Tomasz (Convidado)", "Olá, eu sou Tomasz Wójcik e lidero a equipe de ingestão."),
    ],
)
def test_a_first_name_label_takes_the_name_introduced_in_another_language(
    tmp_path: Path, label: str, introduction: str
) -> None:
    result = debriefed(
        tmp_path,
        "Entrevista-20310513_090000-Meeting Transcript.vtt",
        teams(
            ("Priya Raman", "Let's talk about the streaming migration."),
            (label, introduction),
            ("Lucía Ortega (External)", "Thanks for having me."),
            (label, "What about the lakehouse cost model?"),
        ),
        TUE,
        "Lucía Ortega",
    )
    assert sorted(result.speakers) == ["Lucía Ortega", "Priya Raman", "Tomasz Wójcik"]


def test_a_label_with_an_initial_is_the_full_name_labelled_elsewhere(tmp_path: Path) -> None:
    result = debriefed(
        tmp_path,
        "interview.vtt",
        zoom(
            ("Priya R.", "Hi Lucía, I'm Priya Raman, head of data platform."),
            ("Lucía Ortega", "Thanks for having me."),
            ("PRIYA RAMAN", "Let's start with the streaming migration."),
            ("Lucía Ortega", "Sure, I moved our batch jobs onto Kafka."),
        ),
        TUE,
        "Lucía Ortega",
    )
    assert sorted(result.speakers) == ["Lucía Ortega", "Priya Raman"]


@pytest.mark.parametrize("label", ["priya.raman", "priya_raman", "priya.raman@northwind.example"])
def test_an_account_name_label_is_the_persons_name(tmp_path: Path, label: str) -> None:
    result = debriefed(
        tmp_path,
        "interview.vtt",
        zoom(
            (label, "Hi Lucía, thanks for joining. Let's start with the streaming migration."),
            ("Lucía Ortega", "Sure, I moved our batch jobs onto Kafka."),
            (label, "How did you handle the late events?"),
        ),
        TUE,
        "Lucía Ortega",
    )
    assert sorted(result.speakers) == ["Lucía Ortega", "Priya Raman"]


@pytest.mark.parametrize(
    "room",
    [
        "Conference Room B (Zoom Rooms)",
        "Boardroom-3 Surface Hub",
        "Meeting Room 4.12",
        "Salle de réunion Everest",
        "Besprechungsraum 2.OG",
    ],
)
def test_a_meeting_rooms_system_is_nobody(tmp_path: Path, room: str) -> None:
    result = debriefed(
        tmp_path,
        "interview.vtt",
        zoom(
            ("Priya Raman", "Hi Lucía, let's start with the streaming migration."),
            ("Lucía Ortega", "Sure, I moved our batch jobs onto Kafka."),
            (room, "Can everyone hear us in here?"),
            ("Priya Raman", "Yes. How did you handle the late events?"),
        ),
        TUE,
        "Lucía Ortega",
    )
    assert room not in result.speakers
    assert sorted(result.speakers) == ["Lucía Ortega", "Priya Raman"]


# --- 3. bodies are no topics ---------------------------------------------------------------


def test_committees_boards_and_councils_are_no_topics(tmp_path: Path) -> None:
    result = debriefed(
        tmp_path,
        "GMT20310513-090000_Recording.transcript.vtt",
        zoom(
            (
                "Hannah Okafor",
                "Thanks for joining, Marcus. I'm Hannah Okafor, the clinical operations director at Brightwell Health.",
            ),
            ("Marcus Lindqvist", "Thanks for having me."),
            (
                "Hannah Okafor",
                "Every protocol change goes through the ethics committee, and the board signs off the budget. The works council has to agree to any change in shift patterns.",
            ),
            (
                "Marcus Lindqvist",
                "At my last company I rebuilt the site activation process and cut the start-up time from ninety days to sixty.",
            ),
            (
                "Hannah Okafor",
                "Good. Our biggest headache is patient recruitment in rural trial sites, and the data monitoring committee wants weekly safety reports.",
            ),
            (
                "Marcus Lindqvist",
                "I'd start with a recruitment forecast per site and a remote consent workflow.",
            ),
            (
                "Hannah Okafor",
                "The steering committee meets monthly, and the supervisory board twice a year. How would you handle the audit trail for the electronic data capture system?",
            ),
            (
                "Marcus Lindqvist",
                "I'd version every change to the case report forms and review the audit log weekly.",
            ),
            (
                "Hannah Okafor",
                "Great. The senior clinical operations manager role reports to me. Brightwell Health is growing fast. We'll let you know by Friday.",
            ),
        ),
        TUE,
        "Marcus Lindqvist",
    )
    found = topics(result)
    bodies = ("committee", "council", "board")
    assert not [t for t in found if any(b in t.split() for b in bodies)], found
    for expected in (
        "patient recruitment in rural trial sites",
        "weekly safety reports",
        "the audit trail for the electronic data capture system",
    ):
        assert expected in found, found


@pytest.mark.parametrize(
    "sentence",
    [
        "The risk committee reviews every new product.",
        "Anything over a million goes to the investment committee first.",
        "You'd present to the advisory board each quarter.",
        "Every new service goes to the architecture review board.",
        "The change advisory board meets on Tuesdays.",
        "The audit and risk committee meets before the board.",
    ],
)
def test_a_body_said_beside_a_topic_is_none(tmp_path: Path, sentence: str) -> None:
    result = debriefed(
        tmp_path,
        "GMT20310513-090000_Recording.transcript.vtt",
        zoom(
            ("Hannah Okafor", "Let's talk about the liquidity stress tests."),
            ("Marcus Lindqvist", "Sure, I built the intraday liquidity model at my last bank."),
            ("Hannah Okafor", sentence),
            ("Marcus Lindqvist", "Understood."),
        ),
        TUE,
        "Marcus Lindqvist",
    )
    found = topics(result)
    assert not [t for t in found if "committee" in t or "board" in t.split()], found
    assert "the liquidity stress tests" in found, found


def test_a_board_that_is_a_thing_stays_a_topic(tmp_path: Path) -> None:
    result = debriefed(
        tmp_path,
        "GMT20310513-090000_Recording.transcript.vtt",
        zoom(
            ("Hannah Okafor", "Let's talk about the liquidity stress tests."),
            ("Marcus Lindqvist", "Sure, I built the intraday liquidity model at my last bank."),
            ("Hannah Okafor", "Every team tracks its work on a shared planning board."),
            ("Marcus Lindqvist", "We did the same."),
        ),
        TUE,
        "Marcus Lindqvist",
    )
    assert any("planning board" in t for t in topics(result)), topics(result)


@pytest.mark.parametrize(
    ("turns", "country", "body", "expected"),
    [
        (
            (
                "Je suis Claire Fontaine, directrice des opérations cliniques. Chaque modification du protocole passe par le comité d'éthique, et le comité de direction valide le budget.",
                "Dans mon poste précédent, j'ai refondu le processus d'activation des sites.",
                "Notre priorité, c'est le recrutement des patients dans les centres ruraux et la traçabilité des données. Le comité de direction suit ces chiffres chaque mois.",
            ),
            "FR",
            "comité",
            "le recrutement des patients",
        ),
        (
            (
                "Soy Claire Fontaine, directora de operaciones clínicas. El comité de ética revisa cada cambio, y el consejo de administración aprueba el presupuesto.",
                "En mi puesto anterior rediseñé el proceso de activación de centros.",
                "Nuestra prioridad es el reclutamiento de pacientes en los centros rurales y la trazabilidad de los datos. El consejo de administración revisa estas cifras cada mes.",
            ),
            "ES",
            "consejo",
            "el reclutamiento de pacientes",
        ),
    ],
)
def test_a_body_is_no_topic_in_another_language(
    tmp_path: Path, turns: tuple[str, str, str], country: str, body: str, expected: str
) -> None:
    result = debriefed(
        tmp_path,
        "GMT20310513-090000_Recording.transcript.vtt",
        zoom(
            ("Claire Fontaine", turns[0]),
            ("Marcus Lindqvist", turns[1]),
            ("Claire Fontaine", turns[2]),
        ),
        TUE,
        "Marcus Lindqvist",
        country,
    )
    found = topics(result)
    assert not [t for t in found if body in t or "comité" in t], found
    assert any(t.startswith(expected) for t in found), found


@pytest.mark.parametrize(
    ("label", "name"),
    [
        ("Priya (she/her) | Northwind", "Priya Raman"),
        ("Priya Raman | Northwind", "Priya Raman"),
        ("Priya | she/her", "Priya Raman"),
        ("Priya (Northwind) (she/her)", "Priya Raman"),
    ],
)
def test_a_label_with_pronouns_and_an_employer_after_a_bar(
    tmp_path: Path, label: str, name: str
) -> None:
    result = debriefed(
        tmp_path,
        "interview.vtt",
        zoom(
            (label, "Hi Lucía, I'm Priya Raman. Let's start with the streaming migration."),
            ("Lucía Ortega", "Sure, I moved our batch jobs onto Kafka."),
            (label, "How did you handle the late events?"),
        ),
        TUE,
        "Lucía Ortega",
    )
    assert sorted(result.speakers) == sorted([name, "Lucía Ortega"])


@pytest.mark.parametrize(
    ("first", "later", "name"),
    [
        ("Kim Min-jun (김민준)", "민준", "Kim Min-jun"),
        ("Kim Min-jun (김민준)", "김민준", "Kim Min-jun"),
        ("Wang Xiaofang（王晓芳）", "晓芳", "Wang Xiaofang"),
        ("Wang Xiaofang (王晓芳)", "王晓芳", "Wang Xiaofang"),
        ("松本 拓也 (Takuya Matsumoto)", "Takuya", "松本 拓也"),
        ("松本 拓也 (Takuya Matsumoto)", "拓也", "松本 拓也"),
        ("王晓芳 (Wang Xiaofang)", "Xiaofang", "王晓芳"),
    ],
)
def test_a_name_in_its_own_script_is_the_name_given_beside_it(
    tmp_path: Path, first: str, later: str, name: str
) -> None:
    result = debriefed(
        tmp_path,
        "Interview-20310513_090000-Meeting Transcript.vtt",
        teams(
            (first, "Welcome, Lucía. Let's start with the streaming migration."),
            ("Lucía Ortega (Guest)", "Thanks. I moved our batch jobs onto Kafka."),
            (later, "How did you handle the late events? We'll let you know by Friday."),
        ),
        TUE,
        "Lucía Ortega",
    )
    assert sorted(result.speakers) == sorted([name, "Lucía Ortega"])


@pytest.mark.parametrize(
    ("sentence", "topic"),
    [
        ("Most of the driver payslips go out on Thursdays.", "the driver payslips"),
        ("Our partner webhooks fail twice a week.", "the partner webhooks"),
        ("The search ads go out weekly.", "the search ads"),
        (
            "We track everything on the Kanban board, and the job board ads go out weekly.",
            "the job board ads",
        ),
    ],
)
def test_a_plural_the_word_tables_lack_ends_before_its_verb(
    tmp_path: Path, sentence: str, topic: str
) -> None:
    result = debriefed(
        tmp_path,
        "GMT20310513-090000_Recording.transcript.vtt",
        zoom(
            ("Hannah Okafor", "Let's talk about the liquidity stress tests."),
            ("Marcus Lindqvist", "Sure, I built the intraday liquidity model at my last bank."),
            ("Hannah Okafor", sentence),
            ("Marcus Lindqvist", "Understood."),
        ),
        TUE,
        "Marcus Lindqvist",
    )
    assert topic in topics(result), topics(result)
