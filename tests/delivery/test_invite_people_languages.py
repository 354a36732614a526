"""Interviewers, roles and companies in the shapes the seventh development set found wanting,
each as its general kind (fresh wording, not the fixtures'): a session's name before "with"
in a schedule row, "ainsi que" and "oraz" between people, the writer interviewing "together
with" others, names in Latin Extended-A letters, Korean and Japanese panels and schedules and
clocks, a role and a company after a label in many languages, a role after "puesto de"
whatever its words, a company in a Korean or Japanese subject's brackets, a coordinator
signing "i. A." under a department's mailbox, Polish and Czech months."""

from __future__ import annotations

from datetime import date, time

import pytest

from followup.delivery.invites import ImportedInvite, parse_invite

ME = "kim.vale@example.net"


def mail(
    body: str,
    subject: str = "Interview",
    sender: str = "Rosa Ferro <rosa.ferro@tallwood.com>",
    charset: str = "utf-8",
) -> ImportedInvite:
    text = (
        f"From: {sender}\r\nTo: Kim Vale <{ME}>\r\n"
        f"Date: Tue, 10 Nov 2026 09:00:00 +0000\r\nSubject: {subject}\r\n"
        f"MIME-Version: 1.0\r\nContent-Type: text/plain; charset={charset}\r\n\r\n{body}\r\n"
    )
    return parse_invite(text.encode("utf-8"), "mail.eml", user_emails=[ME], default_tz="UTC")


def people(invite: ImportedInvite) -> dict[str, str | None]:
    return {p.name: p.title for p in invite.interview.interviewers}


WHEN = "The interview is on Thursday, November 19, 2026 at 10:00 AM ET.\n\n"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # a session's name, then "with" the interviewer, in a schedule row
            WHEN + "10:00 AM - 10:45 AM   Case study with Ilse Marken (Pricing Lead)\n"
            "11:00 AM - 11:30 AM   Culture chat with Tor Vik (People Partner)",
            {"Ilse Marken": "Pricing Lead", "Tor Vik": "People Partner"},
        ),
        (  # "ainsi que" between two people, an honorific before the second
            "L'entretien aura lieu le jeudi 19 novembre 2026 à 10h00. Vous rencontrerez "
            "Anne Solal, directrice financière, ainsi que M. Rémi Caron (contrôleur de gestion).",
            {"Anne Solal": "directrice financière", "Rémi Caron": "contrôleur de gestion"},
        ),
        (  # Polish: Latin Extended-A letters in names, a block under "Rozmowę poprowadzą:"
            "Termin: czwartek, 19 listopada 2026 r., godz. 10:00\n\nRozmowę poprowadzą:\n"
            "- Łukasz Wróbel – kierownik magazynu\n- Żaneta Kęska, specjalistka ds. kadr\n",
            {"Łukasz Wróbel": "kierownik magazynu", "Żaneta Kęska": "specjalistka ds. kadr"},
        ),
        (  # Korean: a panel under a label alone on its line, names then titles
            "■ 일시: 2026년 11월 19일 (목) 오후 3시\n■ 면접관\n  · 박서준 영업팀장\n"
            "  · 이하나 재무팀 책임\n",
            {"박서준": "영업팀장", "이하나": "재무팀 책임"},
        ),
        (  # Japanese: a schedule, the title before the name
            "【面接日程】2026年11月19日（木）\n10:00〜10:30　経理部 課長　松本 亮\n"
            "10:40〜11:10　取締役　山田 花子\n",
            {"松本 亮": "経理部 課長", "山田 花子": "取締役"},
        ),
    ],
)
def test_people_in_more_shapes_and_languages(body: str, expected: dict[str, str]) -> None:
    assert people(mail(body)) == expected


def test_the_writer_interviews_together_with_a_colleague() -> None:
    invite = mail(
        "Beste Kim,\n\nHet gesprek op donderdag 19 november 2026 om 10:00 uur voer ik samen "
        "met Noor Bakker, hr-adviseur.\n\nMet vriendelijke groet,\n\nRosa Ferro\n"
        "teamleider planning\nTallwood\n"
    )
    assert people(invite) == {"Noor Bakker": "hr-adviseur", "Rosa Ferro": "teamleider planning"}


@pytest.mark.parametrize(
    ("body", "clock"),
    [
        ("일시: 2026년 11월 19일(목) 오후 2시", time(14, 0)),
        ("일시: 2026년 11월 19일 오전 10시 30분 (소요 시간 1시간)", time(10, 30)),
        ("日時：2026年11月19日（木）午後3時半", time(15, 30)),
    ],
)
def test_korean_and_japanese_clocks(body: str, clock: time) -> None:
    assert mail(body).interview.time == clock


@pytest.mark.parametrize(
    ("body", "day"),
    [
        ("Termin: czwartek, 19 listopada 2026 r., godz. 10:00", date(2026, 11, 19)),
        ("Termín: čtvrtek 19. listopadu 2026 v 10:00", date(2026, 11, 19)),
    ],
)
def test_polish_and_czech_months(body: str, day: date) -> None:
    assert mail(body).interview.interviewed == day


@pytest.mark.parametrize(
    ("line", "role"),
    [
        ("Stanowisko: Magazynier", "Magazynier"),
        ("Poste : Chef de rayon", "Chef de rayon"),
        ("Stelle: Disponent Nahverkehr (m/w/d)", "Disponent Nahverkehr"),
        ("- 직무: 재무 회계 담당자", "재무 회계 담당자"),
        ("募集職種：経理スタッフ", "経理スタッフ"),
        ("Te esperamos para el puesto de Sumiller Jefe.", "Sumiller Jefe"),
    ],
)
def test_a_role_after_a_label_or_a_post_word(line: str, role: str) -> None:
    assert mail(WHEN + line).interview.role == role


@pytest.mark.parametrize(
    ("subject", "company"),
    [
        ("【あおば製作所】一次面接のご案内", "あおば製作所"),
        ("[한결식품] 1차 면접 안내", "한결식품"),
    ],
)
def test_a_company_in_a_korean_or_japanese_subjects_brackets(subject: str, company: str) -> None:
    invite = mail("日時：2026年11月19日 10:00", subject=subject, sender="<saiyo@aoba-works.jp>")
    assert invite.interview.company == company


def test_a_coordinator_signing_on_behalf_under_a_departments_mailbox() -> None:
    invite = mail(
        WHEN + "Mit freundlichen Grüßen\ni. A. Jörg Weiß\nPersonalreferent\n"
        "joerg.weiss@tallwood.de\n",
        sender="Personalabteilung Tallwood <bewerbung@tallwood.de>",
    )
    coordinator = invite.interview.people[0]
    assert (coordinator.name, coordinator.email) == ("Jörg Weiß", "joerg.weiss@tallwood.de")


@pytest.mark.parametrize(
    ("subject", "role", "company"),
    [
        ("Entretien pour le poste de Chargé d'affaires chez Moulins Arvel", "Chargé d'affaires",
         "Moulins Arvel"),
        ("Vorstellungsgespräch als Schichtleiter (m/w/d) bei Kaltwerk Nord", "Schichtleiter",
         "Kaltwerk Nord"),
        ("Entrevista para Auxiliar Contable en Ferretería Los Andes", "Auxiliar Contable",
         "Ferretería Los Andes"),
        ("Colloquio per Magazziniere presso Logistica Berica", "Magazziniere",
         "Logistica Berica"),
        ("Sollicitatiegesprek voor Planner bij Zuidkust Transport", "Planner",
         "Zuidkust Transport"),
        ("Rozmowa rekrutacyjna – Młodszy Księgowy – Biuro Orzeł", "Młodszy Księgowy",
         "Biuro Orzeł"),
    ],
)  # fmt: skip
def test_interview_for_a_role_at_a_company_in_many_languages(
    subject: str, role: str, company: str
) -> None:
    invite = mail(WHEN, subject=subject, sender="Rosa Ferro <rosa.ferro@gmail.com>")
    assert (invite.interview.role, invite.interview.company) == (role, company)


def test_a_tracking_systems_footer_names_the_company() -> None:
    invite = mail(
        WHEN + "Kind regards,\nRosa\n\n--\nThis email was sent on behalf of Brook & Vale "
        "Surveyors by SmartRecruiters.\n",
        subject="Interview invitation",
        sender="SmartRecruiters <noreply@smartrecruiters.com>",
    )
    assert invite.interview.company == "Brook & Vale Surveyors"


def test_a_team_box_under_the_companys_own_name_is_no_person() -> None:
    invite = mail(
        WHEN + "Saludos,\nRosa Ferro | Reclutamiento | Casa del Monte\n",
        subject="Entrevista",
        sender="Casa del Monte <empleo@casadelmonte.cl>",
    )
    assert invite.interview.company == "Casa del Monte"


def test_people_in_an_italian_sentence_after_a_contracted_article() -> None:
    invite = mail(
        "Il colloquio, giovedì 19 novembre 2026 alle 10:00, sarà condotto dall'Ing. Sara "
        "Bassi, direttrice tecnica, e dalla dott.ssa Ada Ricci (responsabile qualità)."
    )
    assert people(invite) == {
        "Sara Bassi": "direttrice tecnica",
        "Ada Ricci": "responsabile qualità",
    }


def test_a_uk_postcode_after_a_city_names_its_country() -> None:
    invite = mail(
        "Your interview is on Thursday, November 19, 2026 at 2:00 PM at 3 Bear Lane, "
        "London SE1 0UH.",
        sender="Rosa Ferro <rosa.ferro@tallwood.com>",
    )
    assert invite.country == "GB"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("En la entrevista participarán la directora financiera Irene Sanz y el jefe de "
         "compras Tomás Gil.",
         {"Irene Sanz": "directora financiera", "Tomás Gil": "jefe de compras"}),
        ("Participarão da conversa a diretora de pessoas Luana Reis e o gerente de vendas "
         "Caio Prado.",
         {"Luana Reis": "diretora de pessoas", "Caio Prado": "gerente de vendas"}),
    ],
)  # fmt: skip
def test_people_after_a_lower_case_title_in_a_sentence(
    sentence: str, expected: dict[str, str]
) -> None:
    assert people(mail(WHEN + sentence)) == expected


def test_a_quebec_schedule_and_address() -> None:
    invite = mail(
        "Voici l'horaire de votre entrevue du jeudi 19 novembre 2026, au 900, boulevard "
        "Saint-Laurent, Montréal (Québec) H2Z 1J3.\n\n"
        "09 h 30 – 10 h 15 : Chloé Gagnon, directrice des finances\n",
        sender="Rosa Ferro <rosa.ferro@tallwood.ca>",
    )
    assert (invite.interview.time, invite.interview.tz) == (time(9, 30), "America/Toronto")
    assert people(invite) == {"Chloé Gagnon": "directrice des finances"}


def test_a_signature_whose_surname_is_a_city_names_no_country() -> None:
    invite = mail(
        "Sua entrevista será na quinta-feira, 19 de novembro de 2026, às 15h00.\n\n"
        "Abraços,\nRenata Lima\nRecrutamento\n",
        sender="Renata Lima <renata.lima@solaris.com.br>",
    )
    assert (invite.country, invite.interview.tz) == ("BR", "America/Sao_Paulo")


def test_a_calendar_whose_line_ends_were_converted_twice() -> None:
    lines = [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Scheduler//EN", "BEGIN:VEVENT",
        "UID:twice-1@tallwood.com", "DTSTAMP:20261110T090000Z",
        "DTSTART;TZID=America/Chicago:20261119T100000", "SUMMARY:Interview: Buyer – Tallwood",
        "ORGANIZER;CN=Rosa Ferro:mailto:rosa.ferro@tallwood.com",
        "ATTENDEE;CN=Ilse Marken:mailto:ilse.marken@tallwood.com",
        "DESCRIPTION:Schedule\\n10:00 – 10:45 · Category review · Ilse Marken · Senior Bu",
        " yer\\nQuestions? Write to Rosa.", "END:VEVENT", "END:VCALENDAR",
    ]  # fmt: skip
    data = "\r\r\n".join(lines).encode("utf-8")
    invite = parse_invite(data, "twice.ics", user_emails=[ME], default_tz="UTC")
    assert people(invite) == {"Ilse Marken": "Senior Buyer"}
