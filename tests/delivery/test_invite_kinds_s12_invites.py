"""Issue 9's invite kinds that held-out v11 still got wrong, in new wording (session 12):
the candidate read as an interviewer (a greeting with both genders' endings, the one attendee
outside the employer among people its text names), a loop of events in Japanese, Korean or
Chinese."""

from __future__ import annotations

import pytest

from followup.delivery.invites import ImportedInvite, parse_invite


def calendar(events: list[tuple[str, str, str]], attendees: str, organizer: str) -> bytes:
    """A calendar of events (start, summary, description), every one with the same people."""
    body = "".join(
        "BEGIN:VEVENT\r\n"
        f"UID:s12-{n}@x\r\nDTSTAMP:20261101T090000Z\r\n"
        f"DTSTART;TZID=Europe/Berlin:{start}\r\n"
        f"SUMMARY:{summary}\r\nDESCRIPTION:{description}\r\n"
        f"ORGANIZER;CN={organizer}\r\n{attendees}END:VEVENT\r\n"
        for n, (start, summary, description) in enumerate(events)
    )
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\n" + body + "END:VCALENDAR\r\n"
    ).encode()


def read(data: bytes) -> ImportedInvite:
    return parse_invite(data, "s12.ics", default_tz="UTC")


def interviewers(invite: ImportedInvite) -> set[str]:
    return {p.name for p in invite.interview.people if p.role.value == "interviewer"}


# --------------------------------------------------------------------------- the candidate


@pytest.mark.parametrize(
    "greeting",
    [
        "Estimada/o Kim:",
        "Prezado(a) Kim,",
        "Liebe/r Kim,",
        "Caro/a Kim,",
        "Querido/a Kim,",
    ],
)
def test_a_greeting_with_both_genders_endings_greets_the_candidate(greeting: str) -> None:
    invite = read(
        calendar(
            [("20261203T100000", "Interview", f"{greeting}\\n\\nsee you soon.")],
            "ATTENDEE;CN=Kim Vale:mailto:kim.vale@vale-family.org\r\n"
            "ATTENDEE;CN=Tomas Brandt:mailto:tomas@brandt-advisory.eu\r\n",
            "Jo Marsh:mailto:jo.marsh@harrowfield.eu",
        )
    )
    assert interviewers(invite) == {"Tomas Brandt"}


@pytest.mark.parametrize(
    "description",
    [
        "You will be interviewed by Greta Holm (Plant Manager) and Ivo Petrak.",
        "Interviewers:\\n- Greta Holm\\, Plant Manager\\n- Ivo Petrak\\, Shift Lead",
        "Sie lernen Greta Holm (Werksleiterin) und Ivo Petrak kennen.",
    ],
)
def test_the_one_attendee_outside_the_employer_among_people_its_text_names_is_the_candidate(
    description: str,
) -> None:
    invite = read(
        calendar(
            [("20261203T100000", "Interview – Shift Engineer", description)],
            "ATTENDEE;CN=Kim Vale:mailto:kim.vale@vale-family.org\r\n",
            "Jo Marsh:mailto:jo.marsh@harrowfield.eu",
        )
    )
    assert interviewers(invite) == {"Greta Holm", "Ivo Petrak"}


def test_an_outside_attendee_with_the_employers_people_by_address_only_stays() -> None:
    """Two attendees outside the employer: neither is taken for the candidate."""
    invite = read(
        calendar(
            [("20261203T100000", "Interview", "You will meet Greta Holm.")],
            "ATTENDEE;CN=Kim Vale:mailto:kim.vale@vale-family.org\r\n"
            "ATTENDEE;CN=Ivo Petrak:mailto:ivo@petrak-consulting.cz\r\n",
            "Jo Marsh:mailto:jo.marsh@harrowfield.eu",
        )
    )
    assert {"Kim Vale", "Ivo Petrak", "Greta Holm"} <= interviewers(invite)


# --------------------------------------------------------------------------- CJK loops


@pytest.mark.parametrize(
    ("events", "role", "people"),
    [
        (
            [
                ("20261203T100000", "一次面接（技術）：品質保証エンジニア", "面接官：森田 健一"),
                ("20261203T110000", "二次面接（部長）：品質保証エンジニア", "面接官：小川 彩"),
            ],
            "品質保証エンジニア",
            {"森田 健一", "小川 彩"},
        ),
        (
            [
                (
                    "20261203T100000",
                    "[한결물류] 물류 기획자 실무 면접",
                    "면접관: 김도윤 (물류팀장)",
                ),
                ("20261203T113000", "[한결물류] 물류 기획자 임원 면접", "면접관: 최유나 (상무)"),
            ],
            "물류 기획자",
            {"김도윤", "최유나"},
        ),
        (
            [
                ("20261203T093000", "初试：数据分析师", "面试官：周浩然（数据总监）"),
                ("20261203T103000", "复试：数据分析师", "面试官：林晓雯（业务负责人）"),
                ("20261203T140000", "终面：数据分析师", "面试官：郑凯（副总裁）"),
            ],
            "数据分析师",
            {"周浩然", "林晓雯", "郑凯"},
        ),
    ],
)
def test_a_loop_of_events_in_japanese_korean_or_chinese_is_one_round(
    events: list[tuple[str, str, str]], role: str, people: set[str]
) -> None:
    invite = read(
        calendar(
            events,
            "ATTENDEE;CN=Kim Vale:mailto:kim.vale@vale-family.org\r\n",
            "Recruiting:mailto:recruit@hanmoku.co.jp",
        )
    )
    assert interviewers(invite) == people
    assert invite.interview.role == role
