"""Review findings on invites (session 11): a department's display name keeps its words, the
name greeted before 님/様 is the name's own word, and a role's bracket of slashed letters is a
gender tag only when its letters are a gender's."""

from __future__ import annotations

import pytest

from followup.delivery.invites.common import _vocab
from followup.delivery.invites.people import _clean_name, _greeted_names


@pytest.mark.parametrize(
    "raw",
    [
        "인사팀 채용담당",
        "인사팀 / 채용담당자",
        "採用担当 人事部",
        "经营管理部 招聘组",
        "채용팀 인사부",
    ],
)
def test_a_department_display_name_is_kept_whole(raw: str) -> None:
    assert _clean_name(raw, None) == raw


@pytest.mark.parametrize(
    ("raw", "name"),
    [("이서연 채용담당자", "이서연"), ("김민준 / 인사팀장", "김민준"), ("田中 人事部長", "田中")],
)
def test_a_person_with_a_cjk_title_keeps_only_the_name(raw: str, name: str) -> None:
    assert _clean_name(raw, None) == name


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("안녕하십니까 Priya Nair님,", "priya"),
        ("こんにちは Mei Tanaka 様", "mei"),
        ("みなと商事 Lucas Moreau 様", "lucas"),
        ("株式会社さくら Rowan Adeyemi様", "rowan"),
    ],
)
def test_the_name_before_a_cjk_honorific_is_the_names_own_words(line: str, name: str) -> None:
    names = _greeted_names(line, _vocab())
    assert name in names
    assert all(n.isascii() for n in names)  # not the greeting nor the company before it


def test_a_cjk_name_before_a_cjk_honorific_is_still_read() -> None:
    assert _greeted_names("김민준 님,", _vocab()) == ["김민준"]
