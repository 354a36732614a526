"""Issue 9, session 32 (company, role, interviewers): kinds held-out v26 got wrong, in new
invented examples in other languages than v26's files:

- a summary "Role, Company" (or "Interview – Role, Company"): the leading segment that is a
  job title is the role, never part of the company;
- brackets that enclose a whole role (ASCII or full-width) are no part of it; brackets inside
  it, balanced, stay;
- the company's name as the text writes it ("Fabryka …", a word's other ending) wins over the
  words rebuilt from a mail domain when the domain's words are the name's, in order;
- a name never runs on over a line break into the next sentence's first word ("We will …"),
  and no interviewer is kept whose name is another's plus more words.
"""

from __future__ import annotations

import pytest
from test_invite_kinds_s13_invites import USER, calendar, event, mail

from followup.delivery.invites import ImportedInvite, parse_invite


def read(data: bytes, name: str = "s32.eml") -> ImportedInvite:
    return parse_invite(data, name, default_tz="UTC", user_emails=[USER])


def interviewers(invite: ImportedInvite) -> list[str]:
    return [p.name for p in invite.interview.people if p.role.value == "interviewer"]


# --------------------------------------------------------------------------- role, company


@pytest.mark.parametrize(
    ("summary", "company", "role", "domain"),
    [
        # Danish: a job's word ending ("-analytiker"), the company after the comma
        ("Jobsamtale – Kvalitetsanalytiker, Skagen Tangbrug", "Skagen Tangbrug",
         "Kvalitetsanalytiker", "skagen-tangbrug.example"),
        # German: the interview's word, then "Role, Company"
        ("Vorstellungsgespräch: Projektingenieurin, Brennerei Wolkenstein",
         "Brennerei Wolkenstein", "Projektingenieurin", "brennerei-wolkenstein.example"),
        # Spanish: the role of several words first
        ("Entrevista – Jefa de Producción, Conservas Arraiz", "Conservas Arraiz",
         "Jefa de Producción", "conservas-arraiz.example"),
        # English: a title of several words, no interview's word in its part
        ("Interview - Senior Data Engineer, Brackwater Logistics", "Brackwater Logistics",
         "Senior Data Engineer", "brackwater.example"),
    ],
)  # fmt: skip
def test_a_job_title_before_the_company_in_a_summary_is_the_role(
    summary: str, company: str, role: str, domain: str
) -> None:
    cal = calendar(
        event(
            "20270608T100000",
            summary,
            "",
            organizer=f"CN=Jo Marsh:mailto:jo.marsh@{domain}",
        )
    )
    invite = parse_invite(cal.encode(), "s32.ics", default_tz="UTC", user_emails=[USER])
    assert invite.interview.company == company
    assert invite.interview.role == role


def test_a_place_after_the_role_is_still_no_company() -> None:
    cal = calendar(
        event(
            "20270608T100000",
            "Interview – Logistics Coordinator, Rotterdam",
            "",
            organizer="CN=Jo Marsh:mailto:jo.marsh@kadehaven.example",
        )
    )
    invite = parse_invite(cal.encode(), "s32.ics", default_tz="UTC", user_emails=[USER])
    assert "Logistics" not in invite.interview.company
    assert invite.interview.role == "Logistics Coordinator"


# --------------------------------------------------------------------------- brackets


@pytest.mark.parametrize(
    ("subject", "role"),
    [
        # Japanese: the role in full-width brackets, with its own bracket inside
        ("【みさき工業】一次面接（品質保証エンジニア（車載電池））",
         "品質保証エンジニア（車載電池）"),
        # Chinese: the whole role in brackets after the interview's words
        ("【长河科技】面试邀请（数据分析师（供应链））", "数据分析师（供应链）"),
    ],
)  # fmt: skip
def test_brackets_around_a_whole_cjk_role_are_no_part_of_it(subject: str, role: str) -> None:
    data = mail(
        "人事部 <saiyo@misaki-kogyo.example>",
        subject,
        "面接のご案内です。\n日時: 2027年6月8日 10:00\n",
        (calendar(event("20270608T100000", subject, "", zone="Asia/Tokyo")),),
    )
    assert read(data).interview.role == role


@pytest.mark.parametrize(
    ("value", "stripped"),
    [
        ("（生産管理エンジニア（物流））", "生産管理エンジニア（物流）"),
        ("【배터리 셀 연구원】", "배터리 셀 연구원"),
        ("「経理担当」", "経理担当"),
        ("[Werkstudent Logistik]", "Werkstudent Logistik"),
        ("(Analista Sênior (Crédito))", "Analista Sênior (Crédito)"),
        # brackets that do not enclose the whole value stay
        ("(Senior) Buyer (Textiles)", "(Senior) Buyer (Textiles)"),
        ("Buyer (Textiles)", "Buyer (Textiles)"),
        ("（主任）生産技術（第二工場）", "（主任）生産技術（第二工場）"),
    ],
)
def test_only_brackets_enclosing_the_whole_value_are_stripped(value: str, stripped: str) -> None:
    from followup.delivery.invites.roles import without_enclosing_brackets

    assert without_enclosing_brackets(value) == stripped


# --------------------------------------------------------------------------- the written name


@pytest.mark.parametrize(
    ("domain", "sentence", "company"),
    [
        # Polish: a word between the domain's words, the other in another case ending
        ("tatrzanska-piekarnie.example",
         "zapraszamy na rozmowę w firmie Tatrzańska Spółdzielnia Piekarni.",
         "Tatrzańska Spółdzielnia Piekarni"),
        # Czech: the domain's plural, the text's genitive, a word between
        ("moravske-vinarstvi.example",
         "děkujeme za zájem o pozici u společnosti Moravské Rodinné Vinařství.",
         "Moravské Rodinné Vinařství"),
        # Slovak: the domain's words without accents, the text's with another ending
        ("zvolenske-pekarne.example",
         "ďakujeme za záujem o prácu v spoločnosti Zvolenská Tradičná Pekáreň.",
         "Zvolenská Tradičná Pekáreň"),
    ],
)  # fmt: skip
def test_the_name_the_text_writes_wins_over_the_domains_words(
    domain: str, sentence: str, company: str
) -> None:
    text = f"Dzień dobry,\n\n{sentence}\n\nPozdrawiam,\nAnna Zielińska\n"
    who = f"CN=Anna Zielińska:mailto:anna.zielinska@{domain}"
    data = mail(
        f"Anna Zielińska <anna.zielinska@{domain}>",
        "Rozmowa – Technolog",
        text,
        (calendar(event("20270608T100000", "Rozmowa – Technolog", "", organizer=who)),),
    )
    assert read(data).interview.company == company


def test_a_name_that_only_shares_a_first_word_is_not_taken() -> None:
    text = "Hello,\n\nplease come to Harbour Square for your interview.\n\nRegards,\nJo Marsh\n"
    data = mail(
        "Jo Marsh <jo.marsh@harbour-optics.example>",
        "Interview – Lens Technician",
        text,
        (
            calendar(
                event(
                    "20270608T100000",
                    "Interview – Lens Technician",
                    "",
                    organizer="CN=Jo Marsh:mailto:jo.marsh@harbour-optics.example",
                )
            ),
        ),
    )
    assert read(data).interview.company == "Harbour Optics"


# --------------------------------------------------------------------------- names run on


@pytest.mark.parametrize(
    ("panel", "after", "names"),
    [
        # Dutch particles, then a new paragraph that starts "We"
        ("Johanna van den Berg, Sipho Nkosi", "We will call you at the time above.",
         ["Johanna van den Berg", "Sipho Nkosi"]),
        # German particle, the next line starting "Wir"
        ("Lukas von der Heide, Anja Brandt", "Wir freuen uns auf das Gespräch.",
         ["Lukas von der Heide", "Anja Brandt"]),
        # Portuguese particles, the next line starting "Por favor"
        ("Mariana dos Santos, Tiago da Costa", "Por favor confirme a sua presença.",
         ["Mariana dos Santos", "Tiago da Costa"]),
    ],
)  # fmt: skip
def test_a_name_never_runs_on_into_the_next_lines_first_word(
    panel: str, after: str, names: list[str]
) -> None:
    text = (
        f"Hello Rowan,\n\nDate: 8 June 2027\nInterviewers: {panel}\n\n{after}\n\n"
        "Kind regards,\nJo Marsh\n"
    )
    html = text.replace("\n", "<br>")
    data = mail(
        "Jo Marsh <jo.marsh@harrowfield.example>",
        "Interview – Claims Analyst at Harrowfield",
        text,
        (calendar(event("20270608T100000", "Interview – Claims Analyst", html)),),
    )
    assert sorted(interviewers(read(data))) == sorted(names)


@pytest.mark.parametrize(
    ("names", "kept"),
    [
        (["Sipho van Wyk", "Sipho van Wyk We", "Lindiwe Dube"], ["Sipho van Wyk", "Lindiwe Dube"]),
        (["Greta Lind", "Greta Lind Vi"], ["Greta Lind"]),
        (["Ana Ruiz", "Ana Ruiz Ortega"], ["Ana Ruiz Ortega"]),
        (["Ana Ruiz", "Anabel Ruiz"], ["Ana Ruiz", "Anabel Ruiz"]),
    ],
)
def test_no_interviewer_is_another_plus_more_words(names: list[str], kept: list[str]) -> None:
    from followup.core.models import Person, PersonRole
    from followup.delivery.invites.name_lists import without_longer_twins

    people = [Person(name=n, role=PersonRole.INTERVIEWER) for n in names]
    assert [p.name for p in without_longer_twins(people)] == kept
