"""Issue 9, session 18: the name a mail is sent under when it is no employer's, in new
shapes and languages (invented companies and people, the senders' public shapes):

- a sender's display name that only says its own address's domain ("Gupy
  <naoresponda@gupy.io>", "Myworkday Mail <…@myworkday.com>", "HRMOS採用 <noreply@hrmos.co>")
  is the sending tool's name at a tool's domain, and tells no more than the domain at any
  other: the subject, the text or the signature name the employer;
- "Person (Company)" as a tracking system writes a recruiter's name: the company is the part
  that is not the person the mail names elsewhere;
- "Entrevista com a …", "Colloquio con la …": the article after "with" is no part of the name.
"""

from __future__ import annotations

import pytest
from test_invite_kinds_s13_invites import mail, read

PT_TEXT = (
    "Olá Rowan,\r\n\r\nVocê avançou para a etapa de entrevista do processo seletivo.\r\n\r\n"
    "Data: 20/05/2027\r\nHorário: 10:30 (horário de Brasília)\r\n"
    "Local: Google Meet - https://meet.google.com/qwe-rtyu-iop\r\n\r\n"
    "Boa sorte!\r\nTime de Atração\r\n"
)
EN_TEXT = (
    "Dear Rowan,\r\n\r\nYour interview has been scheduled for Wednesday, May 19, 2027 at "
    "1:30 PM.\r\n\r\nLocation: Microsoft Teams\r\n\r\nKind regards,\r\n{sign}\r\n"
)
JA_TEXT = (
    "ロウワン様\r\n\r\n面接の日程が確定しましたのでご連絡いたします。\r\n"
    "日時：2027年5月19日（水）15:00～16:00\r\n場所：オンライン（Google Meet）\r\n\r\n"
    "{sign}\r\n"
)


@pytest.mark.parametrize(
    ("sender", "subject", "text", "company"),
    [
        ("Gupy <naoresponda@gupy.io>",
         "Convite para entrevista | Analista de Suprimentos | Moinho Tapiri", PT_TEXT,
         "Moinho Tapiri"),
        ("Myworkday Mail <brenmoor@myworkday.com>", "Interview Scheduled - Reliability Engineer",
         EN_TEXT.format(sign="Talent Acquisition\r\nBrenmoor Aggregates Ltd"),
         "Brenmoor Aggregates"),
        ("Myworkday Mail <noreply@myworkday.com>",
         "Your interview for Reliability Engineer (R-30917)",
         "Dear Rowan,\r\n\r\nThank you for your interest in Brenmoor Aggregates. Your interview "
         "is on Wednesday, May 19, 2027 at 1:30 PM.\r\n", "Brenmoor Aggregates"),
        ("HRMOS採用 <noreply@hrmos.co>", "【ツバメ精機】一次面接のご案内",
         JA_TEXT.format(sign="ツバメ精機株式会社 人事部"), "ツバメ精機"),
    ],
)  # fmt: skip
def test_a_tools_own_name_is_never_the_employer(
    sender: str, subject: str, text: str, company: str
) -> None:
    assert read(mail(sender, subject, text)).interview.company == company


@pytest.mark.parametrize(
    ("sender", "subject", "text", "company", "role"),
    [
        # a tool no list knows: its name says its own domain, the subject the employer
        ("Vagalume <naoresponda@vagalume-rh.com.br>",
         "Entrevista com a Cooperativa Guaraíba - Assistente de Logística", PT_TEXT,
         "Cooperativa Guaraíba", None),
        ("Selectia <noreply@selectia.it>",
         "Convocazione colloquio - Magazziniere - Salumificio Rovereto", "Gentile Rowan,\r\n\r\n"
         "la aspettiamo il 19 maggio 2027 alle ore 9:30 presso la nostra sede.\r\n\r\n"
         "Cordiali saluti\r\n", "Salumificio Rovereto", "Magazziniere"),
    ],
)  # fmt: skip
def test_a_name_that_only_says_its_domain_gives_way_to_the_subject(
    sender: str, subject: str, text: str, company: str, role: str | None
) -> None:
    interview = read(mail(sender, subject, text)).interview
    assert interview.company == company
    if role:  # ("Assistente de Logística" ends in a business's noun: no role is read)
        assert interview.role == role


def test_a_companys_own_box_under_its_own_name_still_names_it() -> None:
    text = EN_TEXT.format(sign="Recruiting team")
    sender = "Quarrybank Dairy <noreply@quarrybankdairy.com>"
    assert read(mail(sender, "Interview invitation", text)).interview.company == "Quarrybank Dairy"


@pytest.mark.parametrize(
    ("sender", "reply_to", "company"),
    [
        ("Oriane Gauthier-Lévesque (Brasserie du Fjord) <no-reply@hire.lever.co>",
         "Oriane Gauthier-Lévesque <oriane@brasseriedufjord.example>", "Brasserie du Fjord"),
        ("Tamsin Okafor (Wrenfield Analytics) <no-reply@hire.lever.co>",
         "Tamsin Okafor <tamsin.okafor@wrenfield.example>", "Wrenfield Analytics"),
    ],
)  # fmt: skip
def test_a_recruiters_name_with_the_company_in_brackets_gives_the_company(
    sender: str, reply_to: str, company: str
) -> None:
    data = mail(
        sender,
        "Interview confirmation",
        EN_TEXT.format(sign=reply_to.split(" <")[0]),
        headers=f"Reply-To: {reply_to}\r\n",
    )
    assert read(data).interview.company == company
