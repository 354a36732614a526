"""Review findings on invites (session 11): a department's display name keeps its words, the
name greeted before 님/様 is the name's own word, and a role's bracket of slashed letters is a
gender tag only when its letters are a gender's."""

from __future__ import annotations

import pytest

from followup.delivery.invites.people import _clean_name


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
