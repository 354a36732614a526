"""Issue 9 (session 27): kinds the invite reader had left, with invented names:

- a Malay or Tamil patronymic name ("Siti Hajar binti Osman", "Ravi a/l Kumaran") is one
  name up to its father's name, never cut at "binti";
- a job title in Spanish, Portuguese, French, Italian or German written in capitals
  ("Arquitecta de Soluciones", "Analista de Riesgos") is a title, never a person;
- a role with a dash inside it ("Projektleder – Havvind") is kept whole when the subject
  names the role after its own label;
- a schedule's session lines ("Session 1: 9:00 AM – 10:00 AM  Dr. Name, Title") name
  the panel.
"""

from __future__ import annotations

import pytest

from helpers_invites import coordinator, interviewers, mail, read

WHEN = "Your interview is on Tuesday 19 January 2027 at 10:00.\n\n"
SENDER = "Talent <talent@brightpath-health.com>"


def people_in(text: str, sender: str = SENDER, headers: str = "") -> dict[str, str | None]:
    return interviewers(
        read(mail(sender, "Interview: Data Analyst", text, headers=headers), "invite.eml")
    )


# ------------------------------------------------------------------ patronymic names


@pytest.mark.parametrize(
    "name",
    ["Siti Hajar binti Osman", "Farah Izzati Binte Kamarudin", "Ahmad Faris bin Zulkifli",
     "Kavitha a/p Subramaniam", "Ravi a/l Kumaran"],
)  # fmt: skip
def test_a_coordinator_with_a_patronym_keeps_her_fathers_name(name: str) -> None:
    text = (
        f"Hi Rowan,\n\n{WHEN}Your coordinator: {name} (coord@brightpath-health.com, "
        "+65 6555 0101)\n\nZoom: https://zoom.us/j/123456789\n"
    )
    invite = read(mail("Brightpath via GoodTime <no-reply@goodtime.io>",
                       "Interview Confirmed: Data Analyst at Brightpath", text,
                       headers=f"Reply-To: {name} <coord@brightpath-health.com>\n"),
                  "invite.eml")  # fmt: skip
    assert coordinator(invite) == name


@pytest.mark.parametrize(
    "name", ["Nurul Huda binti Razak", "Selvam a/l Murugan"],
)  # fmt: skip
def test_an_interviewer_with_a_patronym_is_whole(name: str) -> None:
    text = f"Hi Rowan,\n\n{WHEN}Interviewer: {name}, Senior Analyst\n\nBest,\nLena Moss"
    assert people_in(text) == {name: "Senior Analyst"}


# ------------------------------------------------------------- titles in other languages


@pytest.mark.parametrize(
    ("rows", "people"),
    [
        ("<tr><td>Valentina Ortega Pizarro</td><td>Gerente de Operaciones</td></tr>"
         "<tr><td>Matías Herrera Soto</td><td>Arquitecta de Soluciones</td></tr>",
         {"Valentina Ortega Pizarro": "Gerente de Operaciones",
          "Matías Herrera Soto": "Arquitecta de Soluciones"}),
        ("<tr><td>João Pedro Lacerda</td><td>Analista de Riscos</td></tr>"
         "<tr><td>Renata Fontes</td><td>Engenheira de Dados</td></tr>",
         {"João Pedro Lacerda": "Analista de Riscos", "Renata Fontes": "Engenheira de Dados"}),
    ],
)  # fmt: skip
def test_a_tables_title_in_spanish_or_portuguese_is_no_person(
    rows: str, people: dict[str, str]
) -> None:
    html = (f"<html><body><p>Hola Rowan,</p><p>{WHEN}</p><p>Panel:</p>"
            f"<table>{rows}</table><p>Saludos cordiales.</p></body></html>")  # fmt: skip
    raw = (f"From: {SENDER}\r\nTo: Rowan Adeyemi <rowan@example.net>\r\n"
           "Subject: Entrevista: Analista de Datos\r\nMIME-Version: 1.0\r\n"
           "Date: Thu, 10 Dec 2026 10:15:00 +0000\r\n"
           f"Content-Type: text/html; charset=utf-8\r\n\r\n{html}\r\n")  # fmt: skip
    assert interviewers(read(raw.encode(), "invite.eml")) == people


@pytest.mark.parametrize(
    "title",
    ["Arquitecto de Datos", "Analista Senior", "Jefe de Proyectos", "Gerente Comercial",
     "Ingeniera de Procesos", "Responsable Logistique", "Leiter Vertrieb"],
)  # fmt: skip
def test_a_foreign_title_on_its_own_line_is_no_person(title: str) -> None:
    text = (f"Hola Rowan,\n\n{WHEN}Interviewers:\nValentina Ortega Pizarro\n{title}\n\n"
            "Saludos,\nLena Moss")  # fmt: skip
    assert title not in people_in(text)


# --------------------------------------------------------------------- session lines


def test_session_lines_name_the_panel() -> None:
    text = ("Hi Rowan,\n\nYou're confirmed for your interviews on Tuesday, 19 January 2027. "
            "All times are Singapore time (SGT).\n\n"
            "Session 1: 9:00 AM – 10:00 AM  Dr. Hui Min Goh, Head of Clinical Systems\n"
            "Session 2: 10:30 AM – 11:30 AM  Arjun Pillai, Staff Engineer\n\n"
            "Zoom: https://zoom.us/j/123456789\n")  # fmt: skip
    assert people_in(text) == {"Hui Min Goh": "Head of Clinical Systems",
                               "Arjun Pillai": "Staff Engineer"}  # fmt: skip


# ------------------------------------------------------- CJK subjects with tags and prefixes


@pytest.mark.parametrize(
    "subject",
    ["更新: 【あおば電機】一次面接のご案内（品質保証エンジニア）",
     "変更：【あおば電機】一次面接のご案内（品質保証エンジニア）",
     "【日程変更】【あおば電機】一次面接のご案内（品質保証エンジニア）",
     "【あおば電機】「品質保証エンジニア」一次面接のご案内"],
)  # fmt: skip
def test_a_cjk_subjects_tags_and_update_word_are_no_part_of_the_role(subject: str) -> None:
    text = (
        "森本 様\n\n一次面接を2027年1月19日（火）10:00より行います。\n\nあおば電機株式会社 人事部"
    )
    invite = read(mail("人事部 <jinji@aoba-denki.co.jp>", subject, text), "invite.eml")
    assert invite.interview.role == "品質保証エンジニア"
