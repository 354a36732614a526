"""`followup debrief` on transcripts it has not seen (issue 9, session 36), each kind in
general, with invented people and employers:

1. a Dutch transcript's topics are its own noun phrases ("de planning van de veerdiensten",
   "de koppeling met het WMS-platform"), whoever's name holds a "de" or a "van" ("Sanne de
   Wit", "Joost van Leeuwen": such small words of a name are no name in a phrase), and a
   compound opened by an acronym is a word of the language, never a name; a complement that
   says when ("van dit jaar") is no part of a topic; a Google Meet
   document in Dutch ("Deelnemers", "Transcriptie", "Vergadering beëindigd na …") names only
   its people and proposes none of its own words;
2. a voice of a Japanese, Chinese or Korean transcript labelled by a family name alone ("髙木：",
   "周：", "한：") is the person whose full name it gives itself ("開発部の髙木真央です", "我是周
   晓岚", "한지우입니다"), never a job after that name ("髙木課長です"); a label in round,
   lenticular or tortoise-shell brackets ("（髙木真央）", "【髙木真央】", "(髙木真央)") names the
   voice as one before a colon does, a form of address ("さん", "様", "氏", "님") aside, and a
   sound note so bracketed ("（笑）", "【拍手】") names nobody;
3. an area a speaker is introduced as looking after ("who looks after our billing platforms") is
   who they are, no topic, unless the talk takes it up as work; an acronym with another
   language's case ending ("SAP-u", "KPI-ów") is no English named thing, so a run of that
   language's words around it is no English topic.
"""

# ruff: noqa: E501
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from followup.core.transcript import parse_transcript
from helpers_debrief import debriefed, srt, srt_lines, topics, zoom

# --- 1. Dutch topics ---------------------------------------------------------------------------

DUTCH_TALK = [
    ("Sanne de Wit", "Goedemiddag Tobias, welkom bij Waddenveer Logistiek."),
    ("Tobias Kramer", "Goedemiddag, dank voor de uitnodiging."),
    ("Joost van Leeuwen", "Ik ben Joost van Leeuwen, ik ben hoofd operatie."),
    (
        "Sanne de Wit",
        "Ons eerste project is de planning van de veerdiensten naar de eilanden, die nu nog in Excel gebeurt.",
    ),
    ("Tobias Kramer", "Hoeveel afvaarten plannen jullie per dag?"),
    (
        "Joost van Leeuwen",
        "Ongeveer veertig. Daarnaast werken we aan de koppeling met het WMS-platform van onze klanten.",
    ),
    ("Sanne de Wit", "En we willen de digitalisering van de vrachtbrieven dit jaar afronden."),
    (
        "Joost van Leeuwen",
        "Het grootste project van dit jaar loopt al, daar hoef je niet aan te werken.",
    ),
    ("Tobias Kramer", "Bij mijn vorige werkgever heb ik een vergelijkbare migratie geleid."),
    ("Joost van Leeuwen", "Mooi. Je hoort binnen een week van ons."),
]


def dutch_meet(transcript_label: str, footer: str) -> str:
    """A Google Meet transcript document saved as text, as Meet writes it for a Dutch owner."""
    lines = [
        "Gesprek Planner Veerdiensten (2033-09-13 14:00 CEST) - Transcript",
        "",
        "Deelnemers",
        "Joost van Leeuwen, Sanne de Wit, Tobias Kramer",
        "",
        transcript_label,
        "",
        "00:00:00",
    ]
    lines += [f"{who}: {said}" for who, said in DUTCH_TALK]
    lines += [
        "",
        footer,
        "",
        "Dit bewerkbare transcript is automatisch gegenereerd en kan fouten bevatten.",
    ]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(
    ("label", "footer"),
    [
        ("Transcript", "Meeting ended after 00:38:12 👋"),
        ("Transcriptie", "Vergadering beëindigd na 00:38:12 👋"),
        ("Transcriptie", "De vergadering is beëindigd na 00:38:12 👋"),
    ],
)
def test_a_dutch_meet_document_gets_dutch_topics(tmp_path: Path, label: str, footer: str) -> None:
    result = debriefed(
        tmp_path,
        "Gesprek Planner Veerdiensten (2033-09-13 14_00 CEST) - Transcript.txt",
        dutch_meet(label, footer),
        date(2033, 9, 13),
        "Tobias Kramer",
        "NL",
    )
    assert sorted(result.speakers) == ["Joost van Leeuwen", "Sanne de Wit", "Tobias Kramer"]
    assert result.tool == "meet"
    found = topics(result)
    for want in (
        "de planning van de veerdiensten",
        "de koppeling met het wms-platform",
        "de digitalisering van de vrachtbrieven",
    ):
        assert any(want in t for t in found), (want, found)
    said = " ".join(p.text.lower() for p in result.proposals)
    for word in (
        "deelnemers",
        "transcript",
        "vergadering",
        "beëindigd",
        "bewerkbare",
        "leeuwen",
        "wit",
    ):
        assert word not in said, (word, said)
    assert not any("dit jaar" in t for t in found), found  # when, no part of a topic


# --- 2. a CJK voice labelled by a family name or in brackets ----------------------------------


@pytest.mark.parametrize(
    ("turns", "want"),
    [
        (  # Japanese: the family name, then "です" / "と申します" in the voice's own turn
            (
                ("髙木", "本日はよろしくお願いします。開発部 課長の髙木真央です。"),
                ("野口", "品質保証課の野口隼です。"),
                ("森", "森千尋と申します。よろしくお願いいたします。"),
            ),
            ["髙木真央", "野口隼", "森千尋"],
        ),
        (  # Chinese: "我是" / "我叫" before the full name
            (
                ("周", "你好，我是周晓岚，负责仓储规划。"),
                ("郭", "我叫郭子健。"),
            ),
            ["周晓岚", "郭子健"],
        ),
        (  # Korean: "입니다" after it
            (
                ("한", "안녕하세요, 물류팀 한지우입니다."),
                ("서", "서민재입니다. 반갑습니다."),
            ),
            ["한지우", "서민재"],
        ),
        (  # a job after the family name is no given name; the label stays
            (
                ("髙木", "開発部の髙木課長です。"),
                ("森", "森です。よろしくお願いします。"),
            ),
            ["髙木", "森"],
        ),
    ],
    ids=["ja", "zh", "ko", "job"],
)
def test_a_family_name_label_is_the_full_name_the_voice_gives(
    turns: tuple[tuple[str, str], ...], want: list[str]
) -> None:
    text = srt(*turns).replace(": ", "：")
    assert parse_transcript(text).speakers == want


@pytest.mark.parametrize(
    "lines",
    [
        ("（髙木真央）本日はよろしくお願いします。", "（森千尋）よろしくお願いいたします。"),
        ("【髙木真央】本日はよろしくお願いします。", "【森千尋】よろしくお願いいたします。"),
        ("(髙木真央) 本日はよろしくお願いします。", "〔森千尋〕よろしくお願いいたします。"),
        ("（髙木真央さん）本日はよろしくお願いします。", "【森千尋様】よろしくお願いいたします。"),
        ("髙木真央氏：本日はよろしくお願いします。", "森千尋：よろしくお願いいたします。"),
    ],
    ids=["round", "lenticular", "mixed", "address-in-brackets", "shi"],
)
def test_a_bracketed_cjk_label_names_the_voice_whole(lines: tuple[str, str]) -> None:
    parsed = parse_transcript(srt_lines(*lines, "（笑）そうですね。", "【拍手】"))
    assert parsed.speakers == ["髙木真央", "森千尋"]
    assert [c.text for c in parsed.cues][:2] == [
        "本日はよろしくお願いします。",
        "よろしくお願いいたします。",
    ]


def test_a_japanese_srt_names_its_voices_by_their_full_names(tmp_path: Path) -> None:
    text = srt_lines(
        '{\\an8}<font color="#ffffff">東雲精機 生産技術職 二次面接</font>',
        "髙木：本日はありがとうございます。生産技術部 部長の髙木真央です。",
        "野口：品質保証課の野口隼です。",
        "- 森：森千尋と申します。\n- 髙木：よろしくお願いします。",
        "髙木：まず、射出成形ラインの段取り替え短縮を進めています。",
        "野口：二つ目は外観検査の自動化です。",
        "森：前職では画像検査の導入を担当しました。",
        "髙木：結果は来週中にご連絡します。",
    )
    result = debriefed(
        tmp_path, "面接_生産技術_東雲精機.srt", text, date(2034, 6, 6), "森千尋", "JP"
    )
    assert sorted(result.speakers) == sorted(["髙木真央", "野口隼", "森千尋"])


# --- 3. what someone looks after, and a skill said with a case ending -------------------------


def test_an_area_someone_looks_after_is_no_topic_unless_discussed(tmp_path: Path) -> None:
    turns = [
        ("Rosalind Achterberg", "Good morning Ifeoma, thanks for joining us."),
        ("Ifeoma Chukwu", "Good morning, glad to be here."),
        (
            "Rosalind Achterberg",
            "I'm Rosalind Achterberg, I head up finance, and this is Tadeo Vance, who looks after our billing platforms.",
        ),
        ("Tadeo Vance", "Hi Ifeoma."),
        (
            "Rosalind Achterberg",
            "Our biggest problem is the invoice matching backlog at month end, it takes the team three days.",
        ),
        ("Tadeo Vance", "And we want to automate supplier statement reconciliation this year."),
        ("Ifeoma Chukwu", "At my last company I built the matching rules for that."),
        ("Rosalind Achterberg", "Great. We'll let you know by Friday."),
    ]
    found = topics(
        debriefed(tmp_path, "interview.vtt", zoom(*turns), date(2033, 3, 8), "Ifeoma Chukwu")
    )
    assert not any("platforms" in t for t in found), found
    assert any("invoice matching backlog" in t for t in found), found
    # the same area discussed as work is a topic
    turns.insert(
        6, ("Tadeo Vance", "We are consolidating the billing platforms into one next spring.")
    )
    found = topics(
        debriefed(tmp_path, "again.vtt", zoom(*turns), date(2033, 3, 8), "Ifeoma Chukwu")
    )
    assert any("billing platforms" in t for t in found), found


def test_a_tool_said_with_a_case_ending_makes_no_english_topic(tmp_path: Path) -> None:
    lines = [
        "Rozmowa kwalifikacyjna – Specjalista ds. Planowania Dostaw",
        "Wiślana Dystrybucja, Kraków – czwartek, 9 czerwca 2033",
        "",
        "[0:02] Marta Zielińska: Dzień dobry, panie Kacprze. Nazywam się Marta Zielińska, kieruję działem planowania.",
        "[0:07] Kacper Nowicki: Dzień dobry, miło mi.",
        "[0:11] Marta Zielińska: Naszym głównym zadaniem jest nowy model prognozowania popytu dla sklepów regionalnych.",
        "[0:18] Marta Zielińska: W planowaniu będzie dużo SAP-u i KPI-ów, czy to dla pana w porządku?",
        "[0:24] Kacper Nowicki: Tak, na co dzień pracuję w obu.",
        "[0:29] Marta Zielińska: Odezwiemy się w ciągu tygodnia.",
    ]
    result = debriefed(
        tmp_path,
        "rozmowa_planista_2033-06-09.txt",
        "\n".join(lines) + "\n",
        date(2033, 6, 9),
        "Kacper Nowicki",
        "PL",
    )
    found = topics(result)
    assert not any("sap" in t or "kpi" in t for t in found), found
    assert any("model prognozowania popytu" in t for t in found), found
