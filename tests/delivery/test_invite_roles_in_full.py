"""The role and the company as the invite says them in full, one test per kind the sixth to
eighth held-out sets showed, in fresh wording (tests/fixtures/facts_dev9 has whole invites of
each): a Japanese or Korean role in the subject or before "にご応募" / "직무에 지원", a role the
text says with more words than the subject, a role that is the company's name, a scheduler's
"Event Name:" line, a requisition's number, and a company's full name in the signature when a
clue gave a shorter one."""

from __future__ import annotations

import pytest

from followup.delivery.invites import ImportedInvite, parse_invite

ME = "jo.quinn@example.org"


def mail(subject: str, body: str, sender: str, extra: str = "") -> bytes:
    head = (
        f"From: {sender}\r\nTo: Jo Quinn <{ME}>\r\nSubject: {subject}\r\n"
        f"Date: Mon, 04 Jan 2027 09:00:00 +0000\r\n{extra}MIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
    )
    return head.encode() + body.encode()


def read(data: bytes) -> ImportedInvite:
    return parse_invite(data, "invite.eml", user_emails=[ME], default_tz="UTC")


WHEN = "\n日時：2027年5月11日（火）13:00〜14:00\n"


@pytest.mark.parametrize(
    ("subject", "body", "role"),
    [
        # the subject's brackets hold the role, the text adds its own bracket
        (
            "【ゆずり運輸】一次面接のご案内（配車オペレーター）",
            "ゆずり運輸株式会社の配車オペレーター（契約社員）にご応募いただき" + WHEN,
            "配車オペレーター（契約社員）",
        ),
        # a quoted role, "職" ("position") left out
        ("【ゆずり運輸】二次面接日程のご連絡「倉庫管理職」", "面接です。" + WHEN, "倉庫管理"),
        # the role said only in the text, quoted, before "ポジションにご応募"
        (
            "【ゆずり運輸】面接のご案内",
            "このたびは「経理アシスタント（パート）」ポジションにご応募いただき" + WHEN,
            "経理アシスタント（パート）",
        ),
        # Korean: the words left when the invitation's are taken out, brackets kept
        (
            "[바람물산] 영업 관리 담당자 (경력 2년 이상) 1차 면접 일정 안내",
            "일시: 2027년 5월 11일(화) 오후 1시",
            "영업 관리 담당자 (경력 2년 이상)",
        ),
        # Korean: the role only in the text, before "직무에 지원"
        (
            "[바람물산] 면접 안내",
            "바람물산 인사팀입니다. 품질 검사원 (신입) 직무에 지원해 주셔서 감사합니다.\n"
            "일시: 2027년 5월 11일(화) 오후 1시",
            "품질 검사원 (신입)",
        ),
    ],
)
def test_a_japanese_or_korean_role(subject: str, body: str, role: str) -> None:
    found = read(mail(subject, body, "hr <hr@baram.co.kr>")).interview
    assert found.role == role


@pytest.mark.parametrize(
    ("subject", "body", "role"),
    [
        # the subject cut the role at its dash; the text says it whole
        (
            "Interview - Care Assistant – Dementia Unit (Nights)",
            "Thank you for applying for the Care Assistant – Dementia Unit (Nights) position.",
            "Care Assistant – Dementia Unit (Nights)",
        ),
        # a lower-case role after "poste de", with a slash and its own bracket
        (
            "Entrevue – aide-cuisinier",
            "Merci d'avoir postulé pour le poste de aide-cuisinier "
            "/ aide-cuisinière (fin de semaine). À bientôt!",
            "aide-cuisinier / aide-cuisinière (fin de semaine)",
        ),
        # the subject's last part is the company, the text names the role
        (
            "Interview – Kestrel Marine Services",
            "Confirming your interview for the Marine Electrician (Level 3) role.\n\n"
            "Ivy Lau\nHR Advisor | Kestrel Marine Services",
            "Marine Electrician (Level 3)",
        ),
        # "interview loop for X is confirmed", no article
        (
            "Your interview loop with Kestrel Marine Services is confirmed",
            "Your interview loop for Hull Surveyor (Graduate) is confirmed for Monday.",
            "Hull Surveyor (Graduate)",
        ),
        # a requisition's number after the role on a "Position:" line is left out
        ("Interview", "Position: Deck Hand II (Job #2027-0311)\n", "Deck Hand II"),
        # a scheduler's event name, without the interview's words
        (
            "New Event: Jo Quinn - 10:00am Tue, May 11, 2027",
            "Event Name:\nOrchard Hand (Seasonal) - phone interview\n\n",
            "Orchard Hand (Seasonal)",
        ),
        # the text goes on in a clause, not the role's words: the subject's role stays
        (
            "Interview - Tenancy Officer",
            "Your interview for the Tenancy Officer post on Tuesday is confirmed.",
            "Tenancy Officer",
        ),
    ],
)
def test_the_role_as_the_text_says_it(subject: str, body: str, role: str) -> None:
    body += "\nTuesday 11 May 2027 at 10:00 (UTC)\n"
    found = read(mail(subject, body, "Ivy Lau <ivy@kestrelmarine.com>")).interview
    assert found.role == role


@pytest.mark.parametrize(
    ("sender", "signature", "company"),
    [
        # the domain spells the short form; the signature says the full name
        (
            "Ada Roe <ada@tidewaterliteracy.ca>",
            "Ada Roe\nOperations Lead, Tidewater Literacy Network",
            "Tidewater Literacy Network",
        ),
        # a word before it, a joining word inside it, the legal form left out
        (
            "Pilar Sanz <pilar@vinasdelcierzo.es>",
            "Pilar Sanz\nBodega Viñas del Cierzo, S.L.",
            "Bodega Viñas del Cierzo",
        ),
    ],
)
def test_the_company_in_full(sender: str, signature: str, company: str) -> None:
    body = f"Hi Jo,\n\nYour interview is on Tuesday 11 May 2027 at 10:00 (UTC).\n\n{signature}\n"
    found = read(mail("Interview - Marine Planner", body, sender)).interview
    assert found.company == company


@pytest.mark.parametrize(
    ("body", "company"),
    [
        (
            "Great news - my client, Harrowgate Foods Group, would like to meet you.",
            "Harrowgate Foods Group",
        ),
        ("il nostro cliente Cantine Valle Aurea desidera incontrarLa.", "Cantine Valle Aurea"),
        (
            "möchte unser Kunde, die Isartal Energie Gruppe, Sie gerne kennenlernen.",
            "Isartal Energie Gruppe",
        ),
    ],
)
def test_an_agency_writes_for_its_client(body: str, company: str) -> None:
    """The client is the employer; the agency's signature and domain are not."""
    text = (
        f"Hi Jo,\n\n{body}\n\nTuesday 11 May 2027 at 10:00 (UTC)\n\n"
        "Imogen Pryce\nSenior Consultant\nMeridian Talent Partners Ltd\n"
    )
    found = read(mail("Interview", text, "Imogen Pryce <imogen@meridiantalent.co.uk>"))
    assert found.interview.company == company
    assert found.interview.people[0].name == "Imogen Pryce"  # the agency's: the coordinator


def test_the_client_unnamed_in_the_text_is_the_subjects_other_name() -> None:
    text = (
        "Hi Jo,\n\nthe client would love to meet you on Tuesday 11 May 2027 at 10:00 (UTC).\n\n"
        "Lerato Dlamini\nConsultant | Keystone Talent\n"
    )
    subject = "Confirmed - your interview with Ilanga Coast Hospitality Group for Front Desk Lead"
    found = read(mail(subject, text, "Lerato Dlamini <lerato@keystonetalent.co.za>"))
    assert found.interview.company == "Ilanga Coast Hospitality Group"


def test_a_client_services_role_is_no_agency() -> None:
    text = (
        "Hi Jo,\n\nThanks for applying for the Client Services Lead role.\n"
        "Tuesday 11 May 2027 at 10:00 (UTC)\n\nAda Roe\nRecruiter | Harbourleaf Analytics\n"
    )
    found = read(mail("Interview - Client Services Lead", text, "Ada <ada@harbourleaf.com>"))
    assert found.interview.company == "Harbourleaf Analytics"


def names(found: ImportedInvite) -> list[str]:
    return [p.name for p in found.interview.people if p.role == "interviewer"]


def test_who_you_will_meet_in_a_block_and_in_a_sentence() -> None:
    text = (
        "<html><body><p>Hi Jo Quinn,</p><p>Your interview is on Tuesday 11 May 2027 at 10:00 "
        "(UTC).</p><p><b>Here's who you'll meet:</b></p><ul><li>Trevor Nakamura &ndash; "
        "Service Operations Manager</li><li>Adaeze Okonkwo &ndash; Senior Field Engineer</li>"
        "</ul><p>Kelsey Marchetti<br>Talent Coordinator | Wasatch Range Robotics<br>"
        "Salt Lake City, UT</p></body></html>"
    )
    data = (
        mail("Interview", "", "Kelsey Marchetti <kelsey@wasatchrangerobotics.com>").replace(
            b"text/plain", b"text/html"
        )
        + text.encode()
    )
    found = read(data)
    people = {p.name: p.title for p in found.interview.people if p.role == "interviewer"}
    assert people == {
        "Trevor Nakamura": "Service Operations Manager",
        "Adaeze Okonkwo": "Senior Field Engineer",
    }  # no greeting, no city


def test_a_title_in_lower_case_before_the_name() -> None:
    text = (
        "Thanks for booking! You'll speak with our cellar master, Pieter Swanepoel, about the "
        "harvest. Tuesday 11 May 2027 at 10:00 (UTC)."
    )
    found = read(mail("Interview", text, "Thandi <thandi@kloofnek.co.za>"))
    assert [(p.name, p.title) for p in found.interview.people[1:]] == [
        ("Pieter Swanepoel", "cellar master")
    ]


def test_japanese_interviewers_on_the_lines_under_the_label() -> None:
    body = (
        "【日時】2027年5月11日（火）13:00〜14:00\n【面接官】\n"
        "\u3000品質保証部 マネージャー\u3000森田 健太\n\u3000技術本部 部長\u3000石川 直樹\n\n以上\n"
    )
    found = read(mail("【北斗電機】面接のご案内", body, "山口 <y@hokuto.co.jp>"))
    assert [(p.name, p.title) for p in found.interview.people[1:]] == [
        ("森田 健太", "品質保証部 マネージャー"),
        ("石川 直樹", "技術本部 部長"),
    ]


def test_no_team_no_part_of_the_company_and_no_first_name_beside_a_full_one() -> None:
    text = (
        "Tuesday 11 May 2027 at 10:00 (UTC).\n\nIhre Gesprächspartner:\nDr. Miriam Kessler, "
        "Leiterin Qualität\nJonas Albrecht, Teamleiter Validierung\n\n"
        "Mit freundlichen Grüßen\nIhr Recruiting-Team\nBrandt & Kessler Medizintechnik\n"
    )
    found = read(mail("Interview", text, "Brandt & Kessler Medizintechnik <bk@myworkday.com>"))
    assert sorted(names(found)) == ["Jonas Albrecht", "Miriam Kessler"]
