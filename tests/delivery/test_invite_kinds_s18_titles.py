"""Issue 9, session 18: interviewers' titles as the text gives them, in new shapes and
languages (invented people and companies):

- a name in apposition after its title ("our Plant Director, Odile Marchetti, about the …"):
  the title is the one before the name, and the sentence after it none, unless a title
  written as one follows ("our hiring manager, …, Maintenance Superintendent");
- a region's letters after a title's comma ("Key Account Manager, APAC") are part of it;
- Japanese lists: a bullet's "・" is no part of a title, titles joined by "・" or "／" are one
  title (a "／" inside brackets splits no list), a separator right after the name starts its
  title, and a title in katakana in brackets is no name's reading.
"""

from __future__ import annotations

import pytest
from test_invite_kinds_s13_invites import interviewers, mail, read

EN = (
    "Hi Rowan,\r\n\r\nYour interview is on Tuesday 8 June 2027 at 10:30 AM.\r\n{line}\r\n\r\n"
    "Best,\r\nNell Parry\r\nRecruiting Coordinator\r\n"
)


def _titles(line: str) -> dict[str, str | None]:
    data = mail("Nell Parry <nell.parry@quayside.example>", "Interview", EN.format(line=line))
    return interviewers(read(data))


@pytest.mark.parametrize(
    "line",
    [
        "You'll talk with our Plant Director, Odile Marchetti, about the Shift Lead opening.",
        "You will sit down with our Plant Director, Odile Marchetti, for the Shift Lead role.",
    ],
)
def test_a_name_in_apposition_keeps_the_title_said_before_it(line: str) -> None:
    assert _titles(line) == {"Odile Marchetti": "Plant Director"}


def test_a_title_written_as_one_after_the_apposition_still_wins() -> None:
    line = "Our hiring manager, Bram Oyelaran, Site Reliability Lead, will call you."
    assert _titles(line).get("Bram Oyelaran") == "Site Reliability Lead"


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("Interviewer: Saoirse Lindgren, Key Account Manager, APAC", "Key Account Manager, APAC"),
        ("You'll meet Saoirse Lindgren, Solutions Architect, DACH, and Ibrahim Qureshi, Head of "
         "Support.", "Solutions Architect, DACH"),
    ],
)  # fmt: skip
def test_a_regions_letters_after_a_titles_comma_are_part_of_it(line: str, title: str) -> None:
    assert _titles(line)["Saoirse Lindgren"] == title


JA = (
    "ロウワン様\r\n\r\n最終面接の日程をご案内いたします。\r\n日時：2027年6月8日（火）10:00～11:00\r\n"
    "場所：本社 5階会議室\r\n{people}\r\n\r\n株式会社ハヤブサ物流 人事部\r\n"
)


@pytest.mark.parametrize(
    ("people", "want"),
    [
        ("面接官：\r\n・物流企画部 部長・DX推進リード 石原 美咲\r\n・品質保証課 課長 森 翔太",
         {"石原 美咲": "物流企画部 部長・DX推進リード", "森 翔太": "品質保証課 課長"}),
        ("面接官：石原 美咲（物流企画部／部長）、森 翔太（品質保証課 課長）",
         {"石原 美咲": "物流企画部／部長", "森 翔太": "品質保証課 課長"}),
        ("【面接官】\r\n・石原 美咲／物流企画部 部長\r\n・森 翔太（プロジェクトマネージャー）",
         {"石原 美咲": "物流企画部 部長", "森 翔太": "プロジェクトマネージャー"}),
    ],
)  # fmt: skip
def test_japanese_titles_joined_by_a_middle_dot_or_slash_are_one_clean_title(
    people: str, want: dict[str, str]
) -> None:
    data = mail("採用担当 <saiyo@hayabusa-butsuryu.example>", "【ハヤブサ物流】最終面接のご案内",
                JA.format(people=people))  # fmt: skip
    assert interviewers(read(data)) == want
