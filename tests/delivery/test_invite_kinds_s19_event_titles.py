"""Issue 9, session 19: a scheduling tool's notice before the event's name in a subject
("新しいイベント: 二次面接（データアナリスト）", "Nuevo evento: …", "Neuer Termin: …", as Calendly
and its peers write "New Event:" in the user's language) is no part of the role, in any script.
Invented companies and people."""

from __future__ import annotations

import pytest
from test_invite_kinds_s13_invites import calendar, event, interviewers, mail, read

JA = (
    "ロウワン 様\r\n\r\n新しいイベントが予約されました。\r\n\r\n日時:\r\n"
    "10:00 - 11:00 (日本時間), 2027年3月10日 水曜日\r\n\r\n"
    "株式会社サクラ精工\r\n人事部 採用担当 田中 優子\r\n"
)
KO = (
    "로완 님,\r\n\r\n새 이벤트가 예약되었습니다.\r\n\r\n일시: 2027년 3월 10일 10:00\r\n\r\n"
    "한빛물산 인사팀 정하은 매니저\r\n"
)
ES = (
    "Hola Rowan:\r\n\r\nSe ha programado un nuevo evento.\r\n\r\nFecha: miércoles 10 de marzo "
    "de 2027, 10:00\r\n\r\nUn saludo,\r\nLucía Berrocal\r\nReclutadora, Bodegas Almendral\r\n"
)


@pytest.mark.parametrize(
    ("subject", "text", "role"),
    [
        ("新しいイベント: 二次面接（データアナリスト）", JA, "データアナリスト"),
        ("新しいイベント：一次面接（生産技術エンジニア）", JA, "生産技術エンジニア"),
        ("Re: 新しいイベント: 最終面接（品質保証スペシャリスト）", JA, "品質保証スペシャリスト"),
        ("새 이벤트: 1차 면접 (데이터 분석가)", KO, "데이터 분석가"),
        ("Nuevo evento: Entrevista técnica (Analista de Datos)", ES, "Analista de Datos"),
        ("Evento actualizado: Entrevista - Enóloga Junior", ES, "Enóloga Junior"),
    ],
)
def test_a_scheduling_tools_notice_is_no_part_of_the_role(
    subject: str, text: str, role: str
) -> None:
    invite = read(mail("Calendly <notifications@calendly.com>", subject, text))
    assert invite.interview.role == role


@pytest.mark.parametrize(
    ("summary", "role", "company"),
    [
        ("Entrevista presencial – Chefe de Cozinha · Tasca do Rossio", "Chefe de Cozinha",
         "Tasca do Rossio"),
        ("Interview • Pastry Lead • Crumb & Crust Bakery", "Pastry Lead", "Crumb & Crust Bakery"),
    ],
)  # fmt: skip
def test_a_spaced_middle_dot_or_bullet_parts_an_events_title(
    summary: str, role: str, company: str
) -> None:
    cal = calendar(
        event(
            "20270310T150000",
            summary,
            "Olá Rowan",
            organizer="CN=Joana Cabral:mailto:joana.cabral@icloud.com",
            zone="Europe/Lisbon",
        )
    )
    invite = read(cal.encode(), "entrevista.ics")
    assert (invite.interview.role, invite.interview.company) == (role, company)


def test_a_catalan_middle_dot_inside_a_word_parts_nothing() -> None:
    cal = calendar(
        event(
            "20270310T150000",
            "Entrevista – Tècnic de Col·laboracions – Cabo Dados",
            "Hola Rowan",
            organizer="CN=Núria Bosch:mailto:nuria.bosch@cabo-dados.example",
            zone="Europe/Madrid",
        )
    )
    interview = read(cal.encode(), "entrevista.ics").interview
    assert (interview.role, interview.company) == ("Tècnic de Col·laboracions", "Cabo Dados")


def test_a_portuguese_introduction_with_pelo_names_the_interviewer() -> None:
    text = (
        "Olá Rowan,\r\n\r\nConfirmo a sua entrevista no dia 10 de março de 2027 às 15:00. Será "
        "recebido/a pelo Sr. Rui Valadares, sócio-gerente, que lhe mostrará a fábrica.\r\n\r\n"
        "Cumprimentos,\r\nJoana Cabral\r\n"
    )
    invite = read(mail("Joana Cabral <joana.cabral@tasca.example>", "Entrevista", text))
    assert interviewers(invite) == {"Rui Valadares": "sócio-gerente"}


@pytest.mark.parametrize(
    ("subject", "role"),
    [
        ("【面接のご案内】データエンジニア職 一次面接（株式会社サクラ精工）", "データエンジニア"),
        ("【面接のご案内】品質保証職 最終面接（サクラ精工株式会社）", "品質保証"),
        (
            "【面接のご案内】生産技術エンジニア（中途採用） 二次面接",
            "生産技術エンジニア（中途採用）",
        ),
    ],
)
def test_a_companys_name_in_brackets_after_a_japanese_role_is_no_part_of_it(
    subject: str, role: str
) -> None:
    invite = read(mail("宮内 美咲 <misaki.miyauchi@sakura.example>", subject, JA))
    assert invite.interview.role == role
