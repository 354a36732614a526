"""Issue 9's company-and-role kinds the s15 final audit still found wrong, in new wording,
new trades and new languages (not the audit's files): a subject's parts read by their
structure, not by whether a list knows the role's words:

- "<interview words>: <role> at <company>": what is before "at" is the role, whatever its
  words ("Warehouse Team Leader", "Oyster Shucker");
- "<interview words>: <part> - <part>" and "<part> interview – <part>": the part shaped like
  a business's name (its legal form, or a business's noun: "… Freight", "… Lodge") is the
  company, the other the role; a meeting program's name ("Zoom interview") is neither;
- "<company> (<role>)": a job's words in brackets after a name are the role;
- a name with a legal form of several words, however it is cased ("Sp. z o.o.", "s.r.o.",
  "S.A. de C.V."), is one name, said without its legal form;
- a second interview's own word ("Zweitgespräch", "tweede gesprek", "deuxième entretien")
  is no part of the role.
"""

from __future__ import annotations

import pytest
from test_invite_kinds_s13_invites import mail, read

TEXT = "Hi Rowan,\r\n\r\nWe would like to meet you on Tuesday 9 March 2027 at 10:00.\r\n\r\nPat\r\n"


def _read(subject: str, sender: str = "Pat Orme <pat.orme@gmail.com>") -> tuple[str, str]:
    interview = read(mail(sender, subject, TEXT)).interview
    return interview.company, interview.role


@pytest.mark.parametrize(
    ("subject", "company", "role"),
    [
        ("Interview invitation: Warehouse Team Leader at Corrow Haulage Ltd", "Corrow Haulage",
         "Warehouse Team Leader"),
        ("Your interview: Oyster Shucker at Tidewrack Seafood Bar", "Tidewrack Seafood Bar",
         "Oyster Shucker"),
        ("Video interview – Night Auditor at Glenmorrow Lodge", "Glenmorrow Lodge",
         "Night Auditor"),
    ],
)  # fmt: skip
def test_before_at_is_the_role_when_the_title_says_it_is_an_interview(
    subject: str, company: str, role: str
) -> None:
    assert _read(subject) == (company, role)


@pytest.mark.parametrize(
    ("subject", "company", "role"),
    [
        ("Zoom interview: Oyster Shucker - Tidewrack Seafood Bar", "Tidewrack Seafood Bar",
         "Oyster Shucker"),
        ("Teams interview: Kiln Loader – Penhallow Brickworks Ltd", "Penhallow Brickworks",
         "Kiln Loader"),
        ("Night Porter interview – Glenmorrow Lodge", "Glenmorrow Lodge", "Night Porter"),
        ("Google Meet interview: Shift Leader - Ardgour Distillers", "Ardgour Distillers",
         "Shift Leader"),
    ],
)  # fmt: skip
def test_of_two_bare_parts_the_business_shaped_one_is_the_company(
    subject: str, company: str, role: str
) -> None:
    assert _read(subject) == (company, role)


@pytest.mark.parametrize(
    ("subject", "company", "role"),
    [
        ("Interview – Northsound Ferries (Deck Officer)", "Northsound Ferries", "Deck Officer"),
        ("Halloran Bakehouse interview (Pastry Chef)", "Halloran Bakehouse", "Pastry Chef"),
        ("Entretien – Fromagerie Vasseur (Responsable d'affinage)", "Fromagerie Vasseur",
         "Responsable d'affinage"),
    ],
)  # fmt: skip
def test_a_jobs_words_in_brackets_after_a_name_are_the_role(
    subject: str, company: str, role: str
) -> None:
    host = "".join(c for c in company.lower() if c.isalpha())[:12]
    assert _read(subject, f"Pat Orme <pat@{host}.example>") == (company, role)


@pytest.mark.parametrize(
    ("subject", "sender", "company", "role"),
    [
        ("Rozmowa kwalifikacyjna – Specjalista ds. logistyki – Młyn Zbożowy Sp. z o.o.",
         "Ewa Nowak <ewa.nowak@mlynzbozowy.example>", "Młyn Zbożowy", "Specjalista ds. logistyki"),
        ("Interview: Logistics Specialist at Młyn Zbożowy sp. z o.o.",
         "Ewa Nowak <ewa.nowak@mlynzbozowy.example>", "Młyn Zbożowy", "Logistics Specialist"),
        ("Pohovor – Skladník – Brněnské Sklady s.r.o.",
         "Jana Dvořák <jana@brnenskesklady.example>", "Brněnské Sklady", "Skladník"),
        ("Entrevista: Jefe de Turno en Envases del Bajío S.A. de C.V.",
         "Luis Mora <luis.mora@envasesbajio.example>", "Envases del Bajío", "Jefe de Turno"),
    ],
)  # fmt: skip
def test_a_legal_form_of_several_words_stays_with_its_name(
    subject: str, sender: str, company: str, role: str
) -> None:
    assert _read(subject, sender) == (company, role)


@pytest.mark.parametrize(
    ("subject", "sender", "role"),
    [
        ("Zweitgespräch Leiter Instandhaltung – Elbwerk GmbH",
         "Uwe Brandt <uwe.brandt@elbwerk.example>", "Leiter Instandhaltung"),
        ("Einladung zum Zweitgespräch: Schichtführer Kommissionierung",
         "Uwe Brandt <uwe.brandt@elbwerk.example>", "Schichtführer Kommissionierung"),
        ("Tweede gesprek – Planner Binnenvaart – Rijnmond Tankopslag",
         "Sanne de Vries <sanne@rijnmondtank.example>", "Planner Binnenvaart"),
        ("Deuxième entretien : Cheffe de rang – Brasserie Lamarque",
         "Léa Roux <lea@brasserielamarque.example>", "Cheffe de rang"),
    ],
)  # fmt: skip
def test_a_second_interviews_own_word_is_no_part_of_the_role(
    subject: str, sender: str, role: str
) -> None:
    assert _read(subject, sender)[1] == role


@pytest.mark.parametrize(
    ("subject", "company", "role"),
    [
        ("RE: Interview – Groundsperson (Maternity Cover) – Fallowfield Council",
         "Fallowfield Council", "Groundsperson"),
        ("Zoom interview: Beekeeper - Heatherbloom Apiaries", "Heatherbloom Apiaries",
         "Beekeeper"),
        ("Entretien d'embauche : Poissonnier(ère) – Marée Bleue SARL", "Marée Bleue",
         "Poissonnier(ère)"),
        ("Rozmowa rekrutacyjna: Magazynier – Hurtownia Kowalski Sp. j.", "Hurtownia Kowalski",
         "Magazynier"),
        ("Sollicitatiegesprek Heftruckchauffeur bij Transport Van Dijk B.V.",
         "Transport Van Dijk", "Heftruckchauffeur"),
    ],
)  # fmt: skip
def test_of_two_bare_parts_the_job_shaped_one_is_the_role(
    subject: str, company: str, role: str
) -> None:
    assert _read(subject) == (company, role)


@pytest.mark.parametrize(
    ("subject", "company", "role"),
    [
        ("Second-round interview: Deck Officer (Northsound Ferries)", "Northsound Ferries",
         "Deck Officer"),
        ("Phone-screen – Kiln Loader – Penhallow Brickworks", "Penhallow Brickworks",
         "Kiln Loader"),
    ],
)  # fmt: skip
def test_an_interviews_words_written_with_a_hyphen_are_its_words(
    subject: str, company: str, role: str
) -> None:
    assert _read(subject) == (company, role)
