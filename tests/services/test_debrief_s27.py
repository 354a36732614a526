"""`followup debrief` on transcripts it has not seen (issue 9, kind 12, session 27), each kind in
general, with invented people and employers:

1. the employer's decision date said relative to the interview day ("by the end of next week",
   "within two weeks", "early next month", "by Thursday"), in English and in the other
   languages the debrief reads, counted over the employer country's public holidays, word
   orders that put the count after its number ("4営業日以内", "üç iş günü içinde") included;
2. Japanese, Chinese and Korean talk gets noun-phrase topics, filtered like any other (no
   names, no employer, no boilerplate, no job titles);
3. a topic is proposed without its leading article, whatever its source.
"""

# ruff: noqa: E501
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from helpers_debrief import debriefed, decision, topics, zoom

WED = date(2032, 3, 10)  # a Wednesday; that week's Friday is the 12th, next week's the 19th


# --- 1. relative decision dates ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "day", "country"),
    [
        # English
        ("We'll come back to you by the end of next week.", "2032-03-19", "GB"),
        ("You should hear from us within two weeks.", "2032-03-24", "GB"),
        ("We aim to reach a decision early next month.", "2032-04-01", "GB"),
        ("We'll have an answer for you by Thursday.", "2032-03-11", "GB"),
        # Spanish: "antes de que termine la semana que viene", "vamos a dar una respuesta"
        (
            "Te vamos a dar una respuesta antes de que termine la semana que viene.",
            "2032-03-19",
            "ES",
        ),
        ("Le vamos a dar una respuesta dentro de cuatro días hábiles.", "2032-03-16", "ES"),
        # German and French
        ("Wir melden uns innerhalb von zwei Wochen bei Ihnen.", "2032-03-24", "DE"),
        ("Nous vous répondrons d'ici la fin de la semaine prochaine.", "2032-03-19", "FR"),
        # Japanese: the count after its number
        ("4営業日以内に結果をご連絡します。", "2032-03-16", "JP"),
        ("2週間以内にお返事いたします。", "2032-03-24", "JP"),
        # a figure touching kana, the turn going on about a holiday and a start month
        (
            "選考結果は6営業日以内にお知らせします。連休を挟みますがご了承ください。入社は十月を想定しています。",
            "2032-03-18",
            "JP",
        ),
        # number words past five, in every language read
        (
            "Les vamos a dar una respuesta dentro de seis días hábiles. La junta se reúne el veintidós, pero eso es otra cosa.",
            "2032-03-18",
            "ES",
        ),
        ("Wir melden uns innerhalb von sieben Werktagen.", "2032-03-19", "DE"),
        ("Vamos dar um retorno em seis dias úteis.", "2032-03-18", "PT"),
        ("Nous reviendrons vers vous sous sept jours ouvrés.", "2032-03-19", "FR"),
        ("We laten het u binnen zes werkdagen weten.", "2032-03-18", "NL"),
        # Chinese and Korean
        ("我们会在两周内给您答复。", "2032-03-24", "CN"),
        ("다음 주 금요일까지 결과를 알려드리겠습니다.", "2032-03-19", "KR"),
        # Turkish
        ("Kararımızı önümüzdeki haftanın sonuna kadar size ileteceğiz.", "2032-03-19", "TR"),
        ("Size üç iş günü içinde dönüş yapacağız.", "2032-03-15", "TR"),
        ("Sonucu iki hafta içinde bildireceğiz.", "2032-03-24", "TR"),
        ("Perşembeye kadar size haber vereceğiz.", "2032-03-11", "TR"),
    ],
)
def test_a_relative_decision_date_counts_from_the_interview(
    tmp_path: Path, said: str, day: str, country: str
) -> None:
    result = debriefed(
        tmp_path,
        "interview.vtt",
        zoom(
            ("Odile Marchetti", "Let us talk about the pallet tracking rollout."),
            ("Tariq Vossberg", "Sure."),
            ("Odile Marchetti", said),
            ("Tariq Vossberg", "Thank you."),
        ),
        WED,
        "Tariq Vossberg",
        country,
    )
    assert decision(result) == day


@pytest.mark.parametrize(
    ("said", "interviewed", "day", "country"),
    [
        # Japan's Showa Day (Thu 29 April 2032) and Golden Week (3-5 May): 30 April, 6, 7 May
        ("3営業日以内にご連絡します。", date(2032, 4, 28), "2032-05-07", "JP"),
        # Turkey's National Sovereignty Day, Friday 23 April 2032: 22, 26 April
        ("Size iki iş günü içinde dönüş yapacağız.", date(2032, 4, 21), "2032-04-26", "TR"),
    ],
)
def test_working_days_said_after_their_number_skip_holidays(
    tmp_path: Path, said: str, interviewed: date, day: str, country: str
) -> None:
    result = debriefed(
        tmp_path,
        "interview.vtt",
        zoom(
            ("Odile Marchetti", "Let us talk about the pallet tracking rollout."),
            ("Tariq Vossberg", "Sure."),
            ("Odile Marchetti", said),
        ),
        interviewed,
        "Tariq Vossberg",
        country,
    )
    assert decision(result) == day


# --- 2. topics of Japanese, Chinese and Korean talk -------------------------------------------


@pytest.mark.parametrize(
    ("interviewer", "candidate", "turns", "wanted", "never"),
    [
        (
            "森本 千尋",
            "Aurelio Banks",
            [
                "本日は在庫引当システムの刷新についてお話ししましょう。",
                "出荷検品の自動化も大きな課題です。森本チームでは顧客別の返品率の分析も進めています。",
                "在庫引当システムの刷新は来年の春に始まります。",
            ],
            ["在庫引当システムの刷新", "出荷検品の自動化", "顧客別の返品率の分析"],
            ["森本", "千尋", "本日"],
        ),
        (
            "邓晓彤",
            "Aurelio Banks",
            [
                "我们聊聊仓库的补货流程，还有需求预测模型的更新。",
                "冷链运输的温度监控也很重要。邓晓彤负责这个部分。",
                "仓库的补货流程现在还是手工的。",
            ],
            ["仓库的补货流程", "需求预测模型的更新", "冷链运输的温度监控"],
            ["邓晓彤"],
        ),
        (
            "한지민",
            "Aurelio Banks",
            [
                "재고 관리 시스템의 데이터 연동에 대해 이야기해 봅시다.",
                "배송 경로 최적화를 논의하고 싶습니다. 고객 이탈 분석도 중요합니다.",
                "재고 관리 시스템의 데이터 연동은 내년에 시작합니다.",
            ],
            ["재고 관리 시스템의 데이터 연동", "배송 경로 최적화", "고객 이탈 분석"],
            ["한지민"],
        ),
    ],
)
def test_cjk_talk_gets_noun_phrase_topics(
    tmp_path: Path,
    interviewer: str,
    candidate: str,
    turns: list[str],
    wanted: list[str],
    never: list[str],
) -> None:
    result = debriefed(
        tmp_path,
        "interview.vtt",
        zoom(
            (interviewer, turns[0]),
            (candidate, "OK."),
            (interviewer, turns[1]),
            (candidate, "OK."),
            (interviewer, turns[2]),
        ),
        WED,
        candidate,
        "JP",
    )
    found = topics(result)
    for topic in wanted:
        assert topic in found
    assert not any(name in t for t in found for name in never)


# --- 3. one rule for a topic's article --------------------------------------------------------


def test_a_topic_said_with_a_or_your_is_written_with_the(tmp_path: Path) -> None:
    result = debriefed(
        tmp_path,
        "interview.vtt",
        zoom(
            ("Odile Marchetti", "We are building a cold storage audit for the northern depots."),
            ("Tariq Vossberg", "I see."),
            ("Odile Marchetti", "You would also own your onboarding plan for the drivers."),
            ("Tariq Vossberg", "Good."),
            ("Odile Marchetti", "The cold storage audit runs until summer."),
            ("Tariq Vossberg", "Thanks."),
        ),
        WED,
        "Tariq Vossberg",
    )
    found = topics(result)
    assert any(t.startswith("the cold storage audit") for t in found), found
    assert not any(t.startswith("cold storage audit") for t in found), found
