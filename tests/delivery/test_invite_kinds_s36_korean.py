"""Issue 9 (session 36), invented invites: Korean interviewers after a label, with a word of
respect apart from the name ("정다은 님 (물류혁신팀장)") or a title after it ("오세훈 팀장")."""

from __future__ import annotations

import pytest

from helpers_invites import interviewers, mail, outlook, read

# ------------------------------------------------------ 5. Korean interviewers in the text


@pytest.mark.parametrize(
    ("line", "people"),
    [
        ("면접관: 정다은 님 (물류혁신팀장), 한승우 님 (품질보증 수석연구원)",
         {"정다은": "물류혁신팀장", "한승우": "품질보증 수석연구원"}),
        ("면접관: 오세훈 팀장, 윤하늘 책임",
         {"오세훈": "팀장", "윤하늘": "책임"}),
        ("면접관: 강민서님 (생산기술팀장)", {"강민서": "생산기술팀장"}),
    ],
)  # fmt: skip
def test_korean_interviewers_after_a_label(line: str, people: dict[str, str]) -> None:
    text = (
        "Rowan Adeyemi 님께,\n\n안녕하세요. 주식회사 누리물산 인사팀 배수지입니다.\n"
        f"물류 엔지니어 포지션 1차 면접 일정을 안내드립니다.\n\n{line}\n\n감사합니다.\n배수지 드림"
    )
    cal = outlook(
        "CN=배수지:mailto:suji.bae@nurimulsan.example", "[누리물산] 물류 엔지니어 1차 면접", ""
    )
    sender = "배수지 <suji.bae@nurimulsan.example>"
    invite = read(mail(sender, "[누리물산] 물류 엔지니어 1차 면접 안내", text, cal), "kr.eml")
    assert interviewers(invite) == people
