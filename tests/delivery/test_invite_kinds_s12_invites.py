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


# --------------------------------------------------------------------------- roles

ME = "kim.vale@example.net"


def mail(body: str, sender: str, subject: str, summary: str | None = None) -> ImportedInvite:
    address = sender.split("<")[-1].strip(">")
    event = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:s12r@x\r\n"
        "DTSTAMP:20261101T090000Z\r\nDTSTART;TZID=Europe/Berlin:20261203T100000\r\n"
        f"SUMMARY:{summary or subject}\r\nORGANIZER:mailto:{address}\r\n"
        f"ATTENDEE;CN=Kim Vale:mailto:{ME}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    text = (
        f"From: {sender}\r\nTo: Kim Vale <{ME}>\r\nDate: Tue, 10 Nov 2026 09:00:00 +0000\r\n"
        f"Subject: {subject}\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\n'
        f"Content-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n--b\r\n"
        f"Content-Type: text/calendar; charset=utf-8; method=REQUEST\r\n\r\n{event}\r\n--b--\r\n"
    )
    return parse_invite(text.encode(), "m.eml", user_emails=[ME], default_tz="UTC")


@pytest.mark.parametrize(
    ("subject", "body", "company", "role"),
    [
        (
            "Interview – Line Cook (Harbourview Bistro)",
            "Hi Kim,\n\nSee you Thursday.\n\nNell Price\nKitchen Manager, Harbourview Bistro",
            "Harbourview Bistro",
            "Line Cook",
        ),
        (
            "Interview: Harbourview Bistro (Line Cook)",
            "Hi Kim,\n\nSee you Thursday.\n\nNell Price\nKitchen Manager, Harbourview Bistro",
            "Harbourview Bistro",
            "Line Cook",
        ),
        (
            "Your interview – Payroll Officer (Tamarind Freight Group)",
            "Dear Kim,\n\nThank you for applying to Tamarind Freight Group.\n\nNell Price\n"
            "People & Culture, Tamarind Freight Group",
            "Tamarind Freight Group",
            "Payroll Officer",
        ),
    ],
)
def test_the_company_in_brackets_is_no_part_of_the_role(
    subject: str, body: str, company: str, role: str
) -> None:
    invite = mail(body, "Nell Price <nell.price@harbourviewbistro.com>", subject)
    assert invite.interview.company == company
    assert invite.interview.role == role


@pytest.mark.parametrize(
    ("subject", "body", "role"),
    [
        (
            "Inbjudan till intervju – Underhållstekniker, pappersmaskin",
            "Hej Kim!\n\nTack för din ansökan till tjänsten som Underhållstekniker – "
            "pappersmaskin hos Bruksvik. Välkommen på intervju.",
            "Underhållstekniker – pappersmaskin",
        ),
        (
            "Interview – Field Technician, Wind Turbines",
            "Hi Kim,\n\nThanks for applying for the Field Technician – Wind Turbines role at "
            "Bruksvik. We would like to meet you.",
            "Field Technician – Wind Turbines",
        ),
        (
            "Interview invitation – Graduate Surveyor – Rail Corridors",
            "Hi Kim,\n\nThe panel would like to meet you for the Graduate Surveyor – Rail "
            "Corridors program.\n\nNell Price\nTalent Partner, Kestrel Civil",
            "Graduate Surveyor – Rail Corridors",
        ),
    ],
)
def test_a_role_the_text_writes_with_a_dash_is_read_whole(
    subject: str, body: str, role: str
) -> None:
    invite = mail(body, "Nell Price <nell.price@bruksvik.se>", subject)
    assert invite.interview.role == role


@pytest.mark.parametrize(
    ("subject", "body", "role"),
    [
        (
            "Interview: Field Technician – Kim Vale",
            "Hi Kim,\n\nAgenda: Field Technician – Kim Vale, 45 minutes with the team.",
            "Field Technician",
        ),
        (
            "Interview – Field Technician – Technical Interview",
            "Hi Kim,\n\nYour Field Technician – Technical Interview is on Thursday.",
            "Field Technician",
        ),
    ],
)
def test_a_dash_before_the_candidate_or_the_interview_ends_the_role(
    subject: str, body: str, role: str
) -> None:
    invite = mail(body, "Nell Price <nell.price@bruksvik.se>", subject)
    assert invite.interview.role == role


# --------------------------------------------------------------------------- coordinator


def coordinator(invite: ImportedInvite) -> tuple[str, str | None] | None:
    for person in invite.interview.people:
        if person.role.value == "coordinator":
            return person.name, person.email
    return None


@pytest.mark.parametrize(
    ("mark", "sign_off"),
    [
        ("organisatrice", "Chargée de recrutement – Brasserie Ormeaux"),
        ("Organizer", "Talent Partner – Brasserie Ormeaux"),
        ("Organisator", "Recruiterin – Brasserie Ormeaux"),
    ],
)
def test_the_organizer_a_participant_list_marks_arranged_it_and_the_company_is_no_person(
    mark: str, sign_off: str
) -> None:
    body = (
        f"Nell Price (nell.price@brasserieormeaux.fr) invited you.\n\nHi Kim,\n\n"
        "You will meet Bastien Royer, Head Brewer.\n\n"
        f"Nell Price\n{sign_off}\n\nPARTICIPANTS\nNell Price ({mark})\nKim Vale\nBastien Royer\n"
    )
    invite = mail(body, "Nell Price <nell.price@brasserieormeaux.fr>", "Interview – Brewer")
    assert coordinator(invite) == ("Nell Price", "nell.price@brasserieormeaux.fr")
    assert interviewers(invite) == {"Bastien Royer"}
    assert invite.interview.company == "Brasserie Ormeaux"


@pytest.mark.parametrize(
    ("organizer", "company"),
    [
        ("澜舟半导体招聘组", "澜舟半导体"),
        ("青禾生物招聘中心", "青禾生物"),
        ("远帆物流人力资源部", "远帆物流"),
    ],
)
def test_a_chinese_recruiting_team_names_the_company_before_its_department(
    organizer: str, company: str
) -> None:
    invite = read(
        calendar(
            [("20261203T100000", "面试：数据分析师", "面试官：周浩然（数据总监）")],
            "ATTENDEE;CN=Kim Vale:mailto:kim.vale@vale-family.org\r\n",
            f"{organizer}:mailto:hr@lanzhou-semi.cn",
        )
    )
    assert invite.interview.company == company


@pytest.mark.parametrize(
    ("signature", "company"),
    [
        (
            "Dana Whitfield\\nHR Generalist\\, Cedar Prairie Credit Union",
            "Cedar Prairie Credit Union",
        ),
        ("Dana Whitfield\\nRecruiter | Cedar Prairie Federal", "Cedar Prairie Federal"),
        ("Dana Whitfield\\nTalent Acquisition\\, Cedar Prairie Bank", "Cedar Prairie Bank"),
    ],
)
def test_a_signature_above_a_teams_meeting_block_names_the_company(
    signature: str, company: str
) -> None:
    teams = (
        "\\n\\n" + "_" * 80 + "\\nMicrosoft Teams meeting\\nJoin on your computer\\, mobile app or "
        "room device\\nClick here to join the meeting<https://teams.microsoft.com/l/meetup-join/"
        "19%3ameeting>\\nMeeting ID: 245 118 903 44\\nPasscode: Xy7pQ2\\nDownload Teams | "
        "Join on the web\\nOr call in (audio only)\\n+1 515-555-0100\\,\\,424307384# United "
        "States\\, Des Moines\\nPhone Conference ID: 424 307 384#\\nFind a local number | "
        "Reset PIN\\nLearn More<https://aka.ms/JoinTeamsMeeting> | Meeting options\\n"
        + "_" * 80
        + "\\n"
    )
    invite = read(
        calendar(
            [
                (
                    "20261203T100000",
                    "Interview – Member Services Representative",
                    f"Hi Kim\\,\\n\\nLooking forward to it.\\n\\nThanks\\,\\n{signature}{teams}",
                )
            ],
            "ATTENDEE;CN=Kim Vale:mailto:kim.vale@vale-family.org\r\n",
            "Dana Whitfield:mailto:dana.whitfield@cedarprairiecu.org",
        )
    )
    assert invite.interview.company == company


# --------------------------------------------------------------------------- titles


def titles(invite: ImportedInvite) -> dict[str, str | None]:
    return {p.name: p.title for p in invite.interview.people if p.role.value == "interviewer"}


def one_event(description: str) -> ImportedInvite:
    return read(
        calendar(
            [("20261203T100000", "Interview", description)],
            "ATTENDEE;CN=Kim Vale:mailto:kim.vale@vale-family.org\r\n",
            "Jo Marsh:mailto:jo.marsh@harrowfield.eu",
        )
    )


@pytest.mark.parametrize(
    ("description", "name", "title"),
    [
        (
            "Rozmowę poprowadzi mgr inż. Jan Nowak\\, Kierownik Zespołu Utrzymania Ruchu.",
            "Jan Nowak",
            "Kierownik Zespołu Utrzymania Ruchu",
        ),
        (
            "Rozmowę poprowadzi dr hab. Ewa Lis\\, Kierownik Działu Logistyki.",
            "Ewa Lis",
            "Kierownik Działu Logistyki",
        ),
        (
            "Vous rencontrerez Hugo Petit\\, Directeur des Opérations.",
            "Hugo Petit",
            "Directeur des Opérations",
        ),
    ],
)
def test_a_departments_words_in_a_title_name_nobody(
    description: str, name: str, title: str
) -> None:
    assert titles(one_event(description)) == {name: title}


@pytest.mark.parametrize(
    ("description", "name", "title"),
    [
        ("Lotte Smit\\, senior notaris\\, sluit ook aan.", "Lotte Smit", "senior notaris"),
        (
            "Bruno Lemaire\\, maître d'hôtel\\, se joindra à nous.",
            "Bruno Lemaire",
            "maître d'hôtel",
        ),
        (
            "Claire Morin\\, maître verrier et cofondatrice\\, sera présente.",
            "Claire Morin",
            "maître verrier et cofondatrice",
        ),
    ],
)
def test_an_attendees_title_in_the_invites_language_is_read(
    description: str, name: str, title: str
) -> None:
    invite = read(
        calendar(
            [("20261203T100000", "Interview", description)],
            "ATTENDEE;CN=Kim Vale:mailto:kim.vale@vale-family.org\r\n"
            f"ATTENDEE;CN={name}:mailto:panel@harrowfield.eu\r\n",
            "Jo Marsh:mailto:jo.marsh@harrowfield.eu",
        )
    )
    assert titles(invite) == {name: title}


@pytest.mark.parametrize(
    ("description", "name", "title"),
    [
        (
            "You'll meet with Dr. Maya Okoro\\, DDS (Practice Owner) and Leo Hart.",
            "Maya Okoro",
            "Practice Owner",
        ),
        (
            "You'll meet with Ada Quist\\, PhD (Head of Research) and Leo Hart.",
            "Ada Quist",
            "Head of Research",
        ),
        (
            "You'll meet with Tom Reyes\\, CPA (Finance Director) and Leo Hart.",
            "Tom Reyes",
            "Finance Director",
        ),
    ],
)
def test_a_degree_before_a_title_in_brackets_is_no_part_of_it(
    description: str, name: str, title: str
) -> None:
    assert titles(one_event(description))[name] == title


# --------------------------------------------------------------------------- tracking systems


def ats_mail(body: str, description: str) -> ImportedInvite:
    """A tracking system's mail from no-reply, its calendar's description short."""
    event = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:s12a@x\r\n"
        "DTSTAMP:20261101T090000Z\r\nDTSTART:20261203T223000Z\r\n"
        "SUMMARY:Interview: Dispatcher\r\n"
        f"DESCRIPTION:{description}\r\n"
        "ORGANIZER;CN=Harrowfield Freight:mailto:no-reply@jazzhrmail.com\r\n"
        f"ATTENDEE;CN=Kim Vale:mailto:{ME}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    text = (
        "From: Harrowfield Freight <no-reply@jazzhrmail.com>\r\n"
        f"To: Kim Vale <{ME}>\r\nDate: Tue, 10 Nov 2026 09:00:00 +0000\r\n"
        "Subject: Interview Scheduled: Dispatcher at Harrowfield Freight\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\n'
        f"Content-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n--b\r\n"
        f"Content-Type: text/calendar; charset=utf-8; method=REQUEST\r\n\r\n{event}\r\n--b--\r\n"
    )
    return parse_invite(text.encode(), "ats.eml", user_emails=[ME], default_tz="UTC")


@pytest.mark.parametrize(
    ("description", "people"),
    [
        (
            "Phone screen for Dispatcher with Lena Ortiz (Operations Lead).",
            {"Lena Ortiz": "Operations Lead"},
        ),
        (
            "In-person interview for Dispatcher with Omar Haddad (Yard Manager) and Jo Kim "
            "(HR Business Partner).",
            {"Omar Haddad": "Yard Manager", "Jo Kim": "HR Business Partner"},
        ),
        (
            "Video interview for Dispatcher with Dr. Ana Ruiz (Medical Director)\\, 45 minutes.",
            {"Ana Ruiz": "Medical Director"},
        ),
        ("Interview for Dispatcher with Harrowfield Freight (Portland).", {}),
    ],
)
def test_a_person_after_with_and_their_title_in_brackets_interviews(
    description: str, people: dict[str, str]
) -> None:
    invite = ats_mail("Hi Kim,\n\nYour interview is scheduled.", description)
    assert titles(invite) == people


@pytest.mark.parametrize(
    ("description", "body", "email"),
    [
        (
            "Coordinator: Chloe Ashdown\\, 0161 555 0817",
            "Coordinator: Chloe Ashdown (chloe.ashdown@harrowfield.co.uk, 0161 555 0817)",
            "chloe.ashdown@harrowfield.co.uk",
        ),
        (
            "Recruiter: Dev Malhotra",
            "Questions? Write to your recruiter, Dev Malhotra, at dmalhotra@harrowfield.co.uk.",
            "dmalhotra@harrowfield.co.uk",
        ),
        (
            "Talent Partner: Ines Varga",
            "Ines Varga <ines.varga@harrowfield.co.uk> will meet you at reception.",
            "ines.varga@harrowfield.co.uk",
        ),
    ],
)
def test_the_coordinators_address_another_part_of_the_mail_gives_is_kept(
    description: str, body: str, email: str
) -> None:
    invite = ats_mail(f"Hi Kim,\n\n{body}\n\nThe Talent Team", description)
    found = coordinator(invite)
    assert found is not None and found[1] == email


@pytest.mark.parametrize(
    ("subject", "summary", "body", "company", "role"),
    [
        (
            "Confirmation de votre entrevue avec Menuiserie Lavoie – Charpentier-menuisier",
            "Entrevue – Charpentier-menuisier",
            "Bonjour Kim,\n\nMerci pour votre candidature au poste de charpentier-menuisier.",
            "Menuiserie Lavoie",
            "Charpentier-menuisier",
        ),
        (
            "Confirmation de votre entretien avec Atelier Sorel – Ébéniste",
            "Entretien – Ébéniste",
            "Bonjour Kim,\n\nMerci pour votre candidature au poste d’ébéniste.",
            "Atelier Sorel",
            "Ébéniste",
        ),
        (
            "Su entrevista con Bodegas Arlanza – Bodeguero",
            "Entrevista – Bodeguero",
            "Hola Kim:\n\nGracias por tu interés en el puesto de bodeguero.",
            "Bodegas Arlanza",
            "Bodeguero",
        ),
    ],
)
def test_a_role_the_text_names_in_lower_case_is_no_company(
    subject: str, summary: str, body: str, company: str, role: str
) -> None:
    invite = mail(body, "Jo Marsh <jo.marsh@gmail.com>", subject, summary)
    assert (invite.interview.company, invite.interview.role) == (company, role)


# --------------------------------------------------------------------------- review findings


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Waratah Quay, Barangaroo Reserve, Sydney NSW 2000", "Barangaroo Reserve"),
        ("Jorissen Street, Braam Park, Johannesburg 2001", "Braam Park"),
        ("Meir Tower, Kipdorp Quarter, 2000 Antwerpen", "Kipdorp Quarter"),
    ],
)
def test_a_postcode_like_a_year_still_ends_an_address_line(line: str, name: str) -> None:
    from followup.delivery.invites.common import _Found, _vocab
    from followup.delivery.invites.people_text import _not_a_person

    assert _not_a_person(name, _Found(), f"Where:\n{line}\n", _vocab())


@pytest.mark.parametrize(
    ("role", "company", "left"),
    [
        ("澜舟物流 高级供应链分析师", "澜舟物流", "高级供应链分析师"),
        ("澜舟物流・供应链分析师", "澜舟物流", "供应链分析师"),
        ("澜舟物流 高级供应链分析师", "澜舟", "澜舟物流 高级供应链分析师"),
        ("みなと精機株式会社 生産技術", "みなと", "みなと精機株式会社 生産技術"),
    ],
)
def test_a_company_is_cut_off_a_cjk_role_only_as_a_whole_word(
    role: str, company: str, left: str
) -> None:
    from followup.delivery.invites.roles import without_company_first

    assert without_company_first(role, company) == left


@pytest.mark.parametrize(
    "greeting",
    ["Kim Vale 您好：", "Kim Vale你好，", "Kim 您好！"],
)
def test_a_chinese_greeting_after_the_name_greets_the_candidate(greeting: str) -> None:
    invite = read(
        calendar(
            [
                (
                    "20261203T100000",
                    "面试：数据分析师",
                    f"{greeting}\\n\\n面试官：周浩然（数据总监）",
                )
            ],
            "ATTENDEE;CN=Kim Vale:mailto:kim.vale@vale-family.org\r\n"
            "ATTENDEE;CN=Ivo Petrak:mailto:ivo@petrak-consulting.cz\r\n",
            "招聘组:mailto:hr@lanzhou-semi.cn",
        )
    )
    assert "Kim Vale" not in interviewers(invite)


@pytest.mark.parametrize(
    ("description", "people"),
    [
        ("Görüşmeciler: Ayşe Demir ve Mehmet Kaya", {"Ayşe Demir", "Mehmet Kaya"}),
        ("Haastattelijat: Aino Virtanen ja Mikko Laine", {"Aino Virtanen", "Mikko Laine"}),
        ("Pewawancara: Budi Santoso dan Sari Wulandari", {"Budi Santoso", "Sari Wulandari"}),
    ],
)
def test_and_in_the_invites_language_joins_a_list_of_people(
    description: str, people: set[str]
) -> None:
    assert set(titles(one_event(description))) == people


def team_mail(sender: str, on_behalf: str) -> ImportedInvite:
    text = (
        f"From: {sender}\r\nSender: {on_behalf}\r\nTo: Kim Vale <{ME}>\r\n"
        "Date: Tue, 10 Nov 2026 09:00:00 +0000\r\nSubject: Entrevista – Analista\r\n"
        "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        "Olá Kim,\n\nConvidamos para uma entrevista a 3 de dezembro de 2026 às 10:00.\n\n"
        "Com os melhores cumprimentos,\n"
    )
    return parse_invite(text.encode(), "team.eml", user_emails=[ME], default_tz="Europe/Lisbon")


@pytest.mark.parametrize(
    ("sender", "on_behalf", "who"),
    [
        (
            "Recursos Humanos <rh@atlantico-conservas.pt>",
            "Joana Teixeira <joana.teixeira@atlantico-conservas.pt>",
            ("Joana Teixeira", "joana.teixeira@atlantico-conservas.pt"),
        ),
        (
            "Personalabteilung <personal@hellweg-antriebe.de>",
            "Jana Krüger <j.krueger@hellweg-antriebe.de>",
            ("Jana Krüger", "j.krueger@hellweg-antriebe.de"),
        ),
        (
            "Careers Team <careers@tallgrass.example>",
            "Priya Nair <priya.nair@tallgrass.example>",
            ("Priya Nair", "priya.nair@tallgrass.example"),
        ),
        (
            "Careers Team <careers@tallgrass.example>",
            "Mailer <no-reply@tallgrass.example>",
            None,  # a machine's box sends it: no one's
        ),
    ],
)
def test_the_person_who_sends_a_teams_mail_arranged_it(
    sender: str, on_behalf: str, who: tuple[str, str] | None
) -> None:
    assert coordinator(team_mail(sender, on_behalf)) == who


@pytest.mark.parametrize(
    "zone_line",
    ["Central Time - Mexico City", "Eastern Time - New York", "Argentina Time - Buenos Aires"],
)
def test_a_zones_city_after_a_calendars_time_line_is_no_one(zone_line: str) -> None:
    description = (
        f"Harrow Labs – Data Engineer interview\\nFriday Jan 22\\, 2027 ⋅ 11am – 11:45am\\n"
        f"{zone_line}\\n\\nVideo interview with Samir Haddad (Data Lead)."
    )
    assert set(titles(one_event(description))) == {"Samir Haddad"}


@pytest.mark.parametrize(
    "venue",
    [
        "Venue: Harrow Aero\\, Hangar 2\\, Meeting Room C\\, Dublin International Airport\\, "
        "Dublin",
        "Address: Harrow Freight\\, 3F Meeting Room A\\, Schiphol Trade Park\\, Amsterdam",
        "Venue: Hangar 3 Office Building\\, 2F Meeting Room B\\, Narita International "
        "Airport\\, Chiba",
    ],
)
def test_a_place_on_an_address_line_is_no_one(venue: str) -> None:
    description = f"Interviewer: Kenta Hasegawa (Planning Manager)\\n\\n{venue}\\nSee you then."
    assert set(titles(one_event(description))) == {"Kenta Hasegawa"}


@pytest.mark.parametrize(
    ("description", "people"),
    [
        (
            "Your schedule:\\n11:15 – 12:00   Pau Ferrer i Soler\\, Supply Chain Director",
            {"Pau Ferrer i Soler"},
        ),
        (
            "Interviewers: Jordi Casals i Puig\\, Plant Manager\\; Elena Robles",
            {"Jordi Casals i Puig", "Elena Robles"},
        ),
        (
            "Entrevistadores: Maria Silva e Sousa (Diretora) e Rui Lopes (Gerente)",
            {"Maria Silva e Sousa", "Rui Lopes"},
        ),
        ("Rozmowę poprowadzą: Anna Nowak i Jan Kowalski", {"Anna Nowak", "Jan Kowalski"}),
    ],
)
def test_two_surnames_joined_by_and_are_one_persons(description: str, people: set[str]) -> None:
    assert set(titles(one_event(description))) == people


@pytest.mark.parametrize(
    ("description", "greeting"),
    [
        ("Phone interview with Arjun Bhatt", "Hi Kim,"),
        ("Interviewer: Arjun Bhatt", "Dear Kim,"),
        ("Call with Arjun Bhatt", "Hello Kim,"),
    ],
)
def test_the_calendars_last_line_and_the_mails_first_are_two_texts(
    description: str, greeting: str
) -> None:
    body = f"{greeting}\n\nInterviewer: Arjun Bhatt, Engineering Manager\nArjun will call you."
    assert set(titles(ats_mail(body, description))) == {"Arjun Bhatt"}


@pytest.mark.parametrize(
    ("description", "attendees", "want"),
    [
        (
            "Kia ora Kim! Hamish (co-owner & head of pastry) will run a bench trial with you.",
            ["Hamish Kerr-Tawhiri"],
            {"Hamish Kerr-Tawhiri": "co-owner & head of pastry"},
        ),
        (
            "Hi Kim\\, you will spend the morning with Ines (Head Brewer) and Tomas (Cellar "
            "Manager).",
            ["Ines Duarte", "Tomas Brandt"],
            {"Ines Duarte": "Head Brewer", "Tomas Brandt": "Cellar Manager"},
        ),
        (
            "Olá Kim\\, a Beatriz (diretora de operações) vai receber-te às 10h.",
            ["Beatriz Lopes"],
            {"Beatriz Lopes": "diretora de operações"},
        ),
        (
            "Hi Kim\\, Sam (Head Chef) will meet you at the pass.",
            ["Sam Ortiz", "Sam Lee"],
            {"Sam Ortiz": None, "Sam Lee": None},  # which Sam: neither is given the title
        ),
    ],
)
def test_a_title_in_brackets_after_a_first_name_alone_is_that_attendees(
    description: str, attendees: list[str], want: dict[str, str | None]
) -> None:
    people = "".join(
        f"ATTENDEE;CN={name}:mailto:{name.replace(' ', '.').lower()}@harrowfield.eu\r\n"
        for name in attendees
    )
    invite = read(
        calendar(
            [("20261203T100000", "Interview", description)],
            "ATTENDEE;CN=Kim Vale:mailto:kim.vale@vale-family.org\r\n" + people,
            "Jo Marsh:mailto:jo.marsh@harrowfield.eu",
        )
    )
    assert titles(invite) == want


@pytest.mark.parametrize(
    ("summary", "company"),
    [
        ("Interview – Reliability Engineer – Nordhavn Wind (Teams)", "Nordhavn Wind"),
        ("Interview – Reliability Engineer – Harrow Tidal (Zoom)", "Harrow Tidal"),
        ("Interview – Reliability Engineer – Brask Energi (Google Meet)", "Brask Energi"),
    ],
)
def test_the_meetings_program_in_brackets_is_no_part_of_the_company(
    summary: str, company: str
) -> None:
    invite = read(
        calendar(
            [("20261203T100000", summary, "Looking forward to it.")],
            "ATTENDEE;CN=Kim Vale:mailto:kim.vale@vale-family.org\r\n",
            "Jo Marsh:mailto:jo.marsh@harrowfield.eu",
        )
    )
    assert invite.interview.company == company
