"""Issue 9's invite kinds that held-out v12 still got wrong, in new wording and new senders
(session 13): a directory's "Last, First" display name, forms of address of many languages
in a name, a loop whose first part is no interview, a chat scheduler's assistant before the
company in a sender's name, a label's other gender ("Entrevistador(a)"), a place in an
address line read as a person."""

from __future__ import annotations

import pytest

from followup.delivery.invites import ImportedInvite, parse_invite

USER = "rowan.adeyemi@example.net"


def event(
    start: str,
    summary: str,
    description: str,
    people: str = "",
    organizer: str = "CN=Jo Marsh:mailto:jo.marsh@harrowfield.eu",
    uid: str = "s13-0@x",
    zone: str = "Europe/Berlin",
) -> str:
    return (
        "BEGIN:VEVENT\r\n"
        f"UID:{uid}\r\nDTSTAMP:20261101T090000Z\r\n"
        f"DTSTART;TZID={zone}:{start}\r\n"
        f"SUMMARY:{summary}\r\nDESCRIPTION:{description}\r\n"
        f"ORGANIZER;{organizer}\r\n{people}"
        f"ATTENDEE;CN=Rowan Adeyemi:mailto:{USER}\r\nEND:VEVENT\r\n"
    )


def calendar(*events: str) -> str:
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\n"
        + "".join(events)
        + ("END:VCALENDAR\r\n")
    )


def mail(
    sender: str,
    subject: str,
    text: str,
    calendars: tuple[str, ...] = (),
    to: str = f"Rowan Adeyemi <{USER}>",
    headers: str = "",
) -> bytes:
    """A multipart mail: its text, then each calendar as an .ics attachment."""
    parts = [f"Content-Type: text/plain; charset=utf-8\r\n\r\n{text}\r\n"]
    parts += [
        "Content-Type: text/calendar; charset=utf-8; method=REQUEST\r\n"
        f'Content-Disposition: attachment; filename="part{n}.ics"\r\n\r\n{cal}'
        for n, cal in enumerate(calendars)
    ]
    body = "".join(f"--XYZ\r\n{p}" for p in parts) + "--XYZ--\r\n"
    return (
        f"From: {sender}\r\nTo: {to}\r\nSubject: {subject}\r\n{headers}"
        "Date: Mon, 02 Nov 2026 09:00:00 +0000\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/mixed; boundary="XYZ"\r\n\r\n' + body
    ).encode()


def read(data: bytes, name: str = "s13.eml") -> ImportedInvite:
    return parse_invite(data, name, default_tz="UTC", user_emails=[USER])


def interviewers(invite: ImportedInvite) -> dict[str, str | None]:
    return {p.name: p.title for p in invite.interview.people if p.role.value == "interviewer"}


def coordinator(invite: ImportedInvite) -> tuple[str, str | None] | None:
    return next(
        ((p.name, p.email) for p in invite.interview.people if p.role.value == "coordinator"),
        None,
    )


# --------------------------------------------------------------------------- loops


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Office tour and coffee", "Technical interview – Site Engineer"),
        ("Welcome breakfast with the team", "Panel interview: Site Engineer"),
        ("Rundgang durch die Fertigung", "Vorstellungsgespräch Site Engineer"),
    ],
)
def test_a_loops_first_part_that_is_no_interview_still_starts_the_round(
    first: str, second: str
) -> None:
    """Two .ics files of one mail: the tour at 09:30, the interview at 10:30 — the round
    starts at 09:30, whatever the first part is called."""
    data = mail(
        "Jo Marsh <jo.marsh@harrowfield.eu>",
        "Your visit on 3 December",
        "Dear Rowan,\n\ntwo invitations are attached.\n\nJo Marsh\nHarrowfield Precision GmbH",
        (
            calendar(event("20261203T093000", first, "Meet at reception.", uid="a@x")),
            calendar(event("20261203T103000", second, "Bring your portfolio.", uid="b@x")),
        ),
    )
    invite = read(data)
    assert str(invite.interview.time)[:5] == "09:30"


def test_another_organizers_event_that_day_is_no_part_of_the_loop() -> None:
    cal = calendar(
        event(
            "20261203T080000",
            "Dentist",
            "",
            organizer="CN=Front Desk:mailto:desk@smiles.example",
            uid="d@x",
        ),
        event("20261203T103000", "Interview – Site Engineer", "", uid="i@x"),
    )
    invite = read(cal.encode(), "loop.ics")
    assert str(invite.interview.time)[:5] == "10:30"


# --------------------------------------------------------------------------- directory names


@pytest.mark.parametrize(
    ("display", "email", "name"),
    [
        ("Beek, Joost van", "joost.vanbeek@rijnvaart.nl", "Joost van Beek"),
        ("Berg, Anneke van den", "a.vandenberg@rijnvaart.nl", "Anneke van den Berg"),
        ("Vries, Pieter de", "pieter.devries@rijnvaart.nl", "Pieter de Vries"),
        ("Doe, Jane (HR)", "jane.doe@rijnvaart.nl", "Jane Doe"),
        ("Kowalczyk, Marta [EXT]", "marta.kowalczyk@rijnvaart.nl", "Marta Kowalczyk"),
        ("Osei, Kwame (Finance - Accra)", "kwame.osei@rijnvaart.nl", "Kwame Osei"),
    ],
)
def test_a_directory_name_written_last_first_is_turned_round(
    display: str, email: str, name: str
) -> None:
    cal = calendar(
        event(
            "20261203T100000",
            "Interview – Data Engineer",
            "Teams meeting",
            people=f'ATTENDEE;CN="{display}":mailto:{email}\r\n',
            organizer="CN=Sanne Bos:mailto:sanne.bos@rijnvaart.nl",
        )
    )
    invite = read(cal.encode(), "dir.ics")
    assert list(interviewers(invite)) == [name]


@pytest.mark.parametrize(
    ("display", "name"),
    [
        ("Willemsen, Sanne", "Sanne Willemsen"),
        ("Hoek, Lotte van der (P&O)", "Lotte van der Hoek"),
        ("Mensah, Ama (Talent Acquisition)", "Ama Mensah"),
    ],
)
def test_a_senders_directory_name_is_the_coordinators(display: str, name: str) -> None:
    data = mail(
        f'"{display}" <{name.split()[0].lower()}@rijnvaart.nl>',
        "Interview Data Engineer",
        "Dear Rowan,\n\nyour interview is on Thursday 3 December 2026 at 10:00 on Teams.\n",
    )
    assert coordinator(read(data)) == (name, f"{name.split()[0].lower()}@rijnvaart.nl")


# --------------------------------------------------------------------------- forms of address


@pytest.mark.parametrize(
    ("line", "name", "title"),
    [
        ("Interviewer: Mdm Lim Bee Choo (Outlet Manager)", "Lim Bee Choo", "Outlet Manager"),
        ("Pewawancara : Ibu Sari Kusumawati (Manajer Keuangan)", "Sari Kusumawati", None),
        ("Interviewer: Pak Budi Santoso (Plant Manager)", "Budi Santoso", "Plant Manager"),
        ("You will meet Encik Hafiz Rahman (Operations Lead).", "Hafiz Rahman", None),
        ("Interviewer: Shri Ramesh Iyer (Branch Head)", "Ramesh Iyer", "Branch Head"),
        ("You will meet Khun Somchai Wongsawat (Factory Director).", "Somchai Wongsawat", None),
        ("Interviewer: Ir. Maarten Jansen (Lead Engineer)", "Maarten Jansen", "Lead Engineer"),
        ("Interviewer: Sayın Elif Demir (İK Müdürü)", "Elif Demir", None),
    ],
)
def test_a_form_of_address_is_no_part_of_a_name_in_the_text(
    line: str, name: str, title: str | None
) -> None:
    cal = calendar(event("20261203T100000", "Interview – Buyer", line.replace(",", "\\,")))
    found = interviewers(read(cal.encode(), "hon.ics"))
    assert name in found, found
    assert all(
        not n.startswith(("Mdm", "Ibu", "Pak", "Encik", "Shri", "Khun", "Ir")) for n in found
    )
    if title:
        assert found[name] == title


@pytest.mark.parametrize(
    ("display", "name"),
    [
        ("Mdm Tan Siew Hoon", "Tan Siew Hoon"),
        ("Bapak Hendra Wijaya", "Hendra Wijaya"),
        ("Dr. Lena Vogt", "Lena Vogt"),
        ("Ibu Ratna", "Ibu Ratna"),  # nothing but a given name after it: kept
    ],
)
def test_a_form_of_address_is_no_part_of_an_attendees_name(display: str, name: str) -> None:
    cal = calendar(
        event(
            "20261203T100000",
            "Interview – Buyer",
            "",
            people=f"ATTENDEE;CN={display}:mailto:p.one@harrowfield.eu\r\n",
        )
    )
    assert list(interviewers(read(cal.encode(), "hon.ics"))) == [name]


def test_a_capitalised_name_that_starts_like_a_form_of_address_is_kept() -> None:
    """ "Bu" and "Pak" are honorifics as words of their own; "Buster Keaton", "Pakorn" are names."""
    cal = calendar(
        event(
            "20261203T100000",
            "Interview – Buyer",
            "You will meet Pakorn Chaiyasit (Buyer) and Buster Keaton (Store Manager).",
        )
    )
    assert set(interviewers(read(cal.encode(), "hon.ics"))) == {"Pakorn Chaiyasit", "Buster Keaton"}


# --------------------------------------------------------------------------- assistants' names


@pytest.mark.parametrize(
    "sender",
    [
        "Olivia | Kestrel Foods",
        "Mya – Kestrel Foods",
        "Olivia from Kestrel Foods",
        "Ava at Kestrel Foods",
    ],
)
def test_a_scheduling_assistants_name_before_the_company_is_no_part_of_it(sender: str) -> None:
    data = mail(
        f"{sender} <no-reply@paradox.ai>",
        "Interview confirmed: Shift Supervisor",
        "Hi Rowan! Your interview is confirmed.\n\nDate: Thursday, 3 December 2026\n"
        "Time: 2:00 PM\nLocation: 12 Harbour Road, Leeds LS1 4AP\n",
    )
    assert read(data).interview.company == "Kestrel Foods"


@pytest.mark.parametrize("sender", ["Brandt - Kessler", "Casa de Papel Studios", "Banco do Norte"])
def test_a_company_whose_name_has_such_a_part_is_kept_whole(sender: str) -> None:
    data = mail(
        f"{sender} Careers <no-reply@greenhouse.io>",
        "Interview confirmed: Shift Supervisor",
        "Hi Rowan! Your interview is confirmed for Thursday, 3 December 2026 at 2:00 PM.\n",
    )
    assert read(data).interview.company == sender


# --------------------------------------------------------------------------- labels


@pytest.mark.parametrize(
    "label",
    ["Entrevistador(a)", "Entrevistador/a", "Gesprächspartner*innen", "Interviewer(s)"],
)
def test_a_labels_other_gender_or_plural_still_labels_the_interviewers(label: str) -> None:
    data = mail(
        "Camila Duarte <camila.duarte@pitanga.com.br>",
        "Entrevista confirmada",
        f"Olá Rowan,\n\nData: 3 de dezembro de 2026\nHorário: 14h00\n{label}: Otávio Ramos – "
        "Gerente Regional\n\nAbraços,\nCamila Duarte\n",
    )
    assert interviewers(read(data)) == {"Otávio Ramos": "Gerente Regional"}


# --------------------------------------------------------------------------- places


@pytest.mark.parametrize(
    "address",
    [
        "4th Floor, Prestige Tech Park, Marathahalli, Bengaluru 560103 - +91 80 5550 1111",
        "Level 12, Rialto Business Centre, Melbourne VIC 3000 | Tel +61 3 5550 2222",
        "Suite 300, Lakeside Corporate Park, Austin, TX 78701 · +1 512 555 0100",
    ],
)
def test_a_place_in_a_signatures_address_line_is_nobody(address: str) -> None:
    data = mail(
        "Ananya Rao <ananya.rao@kavach.example>",
        "Interview scheduled: Backend Engineer",
        "Hi Rowan,\n\nDate: Thursday, 3 December 2026\nTime: 11:30 AM\n"
        "Interviewer: Karthik Raman, Engineering Manager\n\nThanks,\nAnanya Rao\n"
        f"Talent Partner, Kavach Systems\n{address}\n",
    )
    assert interviewers(read(data)) == {"Karthik Raman": "Engineering Manager"}


# --------------------------------------------------------------------------- teams and words


@pytest.mark.parametrize(
    ("subject", "company"),
    [
        ("Teknik Mülakat – Veri Mühendisi", "Deniz Lojistik"),
        ("Entrevista técnica – Ingeniera de Datos", "Deniz Lojistik"),
        ("Technisches Interview – Datenengineer", "Deniz Lojistik"),
        ("Собеседование: инженер данных", "Deniz Lojistik"),
    ],
)
def test_an_interviews_kind_in_the_subject_is_no_company(subject: str, company: str) -> None:
    data = mail(
        "Ayşe Kaya <ayse.kaya@denizlojistik.com.tr>",
        subject,
        "Merhaba Rowan,\n\n3 Aralık 2026 saat 14:00.\n\nSaygılarımla,\nAyşe Kaya\n"
        "İşe Alım Uzmanı | Deniz Lojistik A.Ş.\n",
        (
            calendar(
                event(
                    "20261203T140000",
                    subject,
                    "",
                    organizer="CN=Ayşe Kaya:mailto:ayse.kaya@denizlojistik.com.tr",
                    zone="Europe/Istanbul",
                )
            ),
        ),
    )
    assert read(data).interview.company == company


@pytest.mark.parametrize(
    ("sender", "signature", "company", "who"),
    [
        (
            "Rekrutmen Sawit Jaya Abadi <rekrutmen@sawitjaya.co.id>",
            "Kontak: Rina Marlina – rina.marlina@sawitjaya.co.id\n\nHormat kami,\nRina Marlina\n"
            "Staf Rekrutmen - Divisi Human Capital\nPT Sawit Jaya Abadi\n",
            "Sawit Jaya Abadi",
            ("Rina Marlina", "rina.marlina@sawitjaya.co.id"),
        ),
        (
            "Kariyer Deniz Lojistik <kariyer@denizlojistik.com.tr>",
            "Sorularınız için: Ayşe Kaya, İşe Alım Uzmanı, ayse.kaya@denizlojistik.com.tr\n\n"
            "Deniz Lojistik A.Ş.\nİnsan Kaynakları\n",
            "Deniz Lojistik",
            ("Ayşe Kaya", "ayse.kaya@denizlojistik.com.tr"),
        ),
        (
            "Ακτή Shipping – Καριέρα <AktiShippingKariera@akti-shipping.gr>",
            "Για απορίες επικοινωνήστε με τον Γιώργο Νικολάου, Υπεύθυνος Προσλήψεων, στο "
            "g.nikolaou@akti-shipping.gr.\n\nΑκτή Shipping Α.Ε.\n",
            "Ακτή Shipping",
            ("Γιώργο Νικολάου", "g.nikolaou@akti-shipping.gr"),
        ),
    ],
)
def test_a_shared_mailbox_and_a_department_are_neither_coordinator_nor_company(
    sender: str, signature: str, company: str, who: tuple[str, str]
) -> None:
    organizer = sender.split("<")[1].rstrip(">")
    data = mail(
        sender,
        "Interview – Field Agronomist",
        f"Dear Rowan,\n\nyour interview is confirmed.\n\n{signature}",
        (
            calendar(
                event(
                    "20261203T100000",
                    "Interview – Field Agronomist",
                    "",
                    organizer=f"CN={sender.split(' <')[0]}:mailto:{organizer}",
                    zone="Asia/Jakarta",
                )
            ),
        ),
    )
    invite = read(data)
    assert invite.interview.company == company
    assert coordinator(invite) == who


# --------------------------------------------------------------------------- other scripts


@pytest.mark.parametrize(
    ("sender", "text", "company", "role", "person", "title"),
    [
        (
            "Дина Ахметова <d.akhmetova@kokzhiek-mining.kz>",
            "Приглашаем вас на собеседование на вакансию «Геолог-аналитик».\n\n"
            "Собеседование проведёт Нурлан Сейтказиев, главный геолог.\n\n"
            "С уважением,\nДина Ахметова\nМенеджер по подбору персонала\nТОО «Көкжиек Майнинг»\n",
            "Көкжиек Майнинг",
            "Геолог-аналитик",
            "Нурлан Сейтказиев",
            "главный геолог",
        ),
        (
            "Σοφία Γεωργίου <s.georgiou@thalassa-energy.gr>",
            "Τη συνέντευξη θα πραγματοποιήσει ο Πέτρος Δημητρίου (Διευθυντής Λειτουργιών).\n\n"
            "Με εκτίμηση,\nΣοφία Γεωργίου\nΥπεύθυνη Προσλήψεων\nΘάλασσα Ενέργεια Α.Ε.\n",
            "Θάλασσα Ενέργεια",
            None,
            "Πέτρος Δημητρίου",
            "Διευθυντής Λειτουργιών",
        ),
    ],
)
def test_a_company_role_and_people_written_in_another_script_are_read_as_written(
    sender: str,
    text: str,
    company: str,
    role: str | None,
    person: str,
    title: str,
) -> None:
    box = sender.split("<")[1].rstrip(">")
    data = mail(
        sender,
        "Interview",
        text,
        (
            calendar(
                event(
                    "20261203T100000",
                    "Interview",
                    "",
                    organizer=f"CN={sender.split(' <')[0]}:mailto:{box}",
                    zone="Asia/Almaty",
                )
            ),
        ),
    )
    invite = read(data)
    assert invite.interview.company == company
    if role:
        assert invite.interview.role == role
    assert interviewers(invite) == {person: title}


def test_an_arabic_attendees_title_is_read_from_the_text() -> None:
    """Arabic writes no capitals: the person is the calendar's attendee, their title the
    text's brackets after their name."""
    cal = calendar(
        event(
            "20261203T100000",
            "مقابلة عمل – محاسب أول",
            "المقابلة مع: خالد الرواحي (مدير المشتريات)\\nشركة النخيل للتجارة ش.م.م",
            people="ATTENDEE;CN=خالد الرواحي:mailto:k.rawahi@nakheel-trading.om\r\n",
            organizer="CN=فاطمة الزدجالية:mailto:f.alzadjali@nakheel-trading.om",
            zone="Asia/Muscat",
        )
    )
    invite = read(cal.encode(), "om.ics")
    assert interviewers(invite) == {"خالد الرواحي": "مدير المشتريات"}
    assert invite.interview.company == "النخيل للتجارة"


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "Pohovor povedou Mgr. Jana Dvořáková (vedoucí provozu) a Petr Svoboda (analytik).",
            {"Jana Dvořáková": "vedoucí provozu", "Petr Svoboda": "analytik"},
        ),
        (
            "Razgovor vode mr. sc. Ante Jurić (direktor logistike) i Maja Horvat (voditeljica "
            "nabave).",
            {"Ante Jurić": "direktor logistike", "Maja Horvat": "voditeljica nabave"},
        ),
        (
            "Собеседование проведут Ольга Смирнова (руководитель отдела продаж) и Игорь Ли "
            "(ведущий аналитик).",
            {"Ольга Смирнова": "руководитель отдела продаж", "Игорь Ли": "ведущий аналитик"},
        ),
    ],
)
def test_interviewers_named_only_in_a_czech_croatian_or_russian_text(
    text: str, people: dict[str, str]
) -> None:
    cal = calendar(event("20261203T100000", "Pohovor / Razgovor / Собеседование", text))
    assert interviewers(read(cal.encode(), "cz.ics")) == people


@pytest.mark.parametrize(
    ("subject", "role"),
    [
        ("[바다식품] 품질관리 연구원 면접 일정이 확정되었습니다", "품질관리 연구원"),
        ("[바다식품] 생산관리자 대면 면접 일정이 변경되었습니다", "생산관리자"),
        ("[바다식품] 물류 매니저 면접 일정을 안내드립니다", "물류 매니저"),
    ],
)
def test_a_korean_subjects_sentence_ending_is_no_role(subject: str, role: str) -> None:
    data = mail(
        "바다식품 채용팀 <no-reply@hirevue.com>",
        subject,
        "안녕하세요 Rowan Adeyemi님,\n\n면접 일정 안내드립니다.\n",
        (calendar(event("20261203T100000", "면접", "", zone="Asia/Seoul")),),
        headers="Reply-To: 김하늘 <haneul.kim@badafood.co.kr>\r\n",
    )
    assert read(data).interview.role == role


# --------------------------------------------------------------------------- times


@pytest.mark.parametrize(
    ("text", "clock"),
    [
        (
            "Thursday, December 3, 2026\nAll times are shown in (GMT-06:00) Central America\n"
            "10:00 AM – 10:45 AM  System design  Esteban Mora",
            "10:00",
        ),
        (
            "Date: 3 December 2026 (UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi\n"
            "Time: 2:30 PM – 3:15 PM",
            "14:30",
        ),
        ("Donnerstag, 3. Dezember 2026, Zeitzone UTC +01:00\n09:15–10:00 Fachgespräch", "09:15"),
    ],
)
def test_a_zones_offset_before_the_time_is_no_time(text: str, clock: str) -> None:
    data = mail(
        "Scheduling <no-reply@ashbyhq.com>",
        "Your interview schedule",
        f"Hi Rowan,\n\n{text}\n\nBest,\nDana Ruiz\n",
        headers="Reply-To: Dana Ruiz <dana.ruiz@puravida.example>\r\n",
    )
    assert str(read(data).interview.time)[:5] == clock


# --------------------------------------------------------------------------- zones and states

AU_RULES = (
    "BEGIN:VTIMEZONE\r\nTZID:Customized Time Zone\r\nBEGIN:STANDARD\r\n"
    "DTSTART:16010401T030000\r\nRRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=4\r\n"
    "TZOFFSETFROM:+1100\r\nTZOFFSETTO:+1000\r\nEND:STANDARD\r\nBEGIN:DAYLIGHT\r\n"
    "DTSTART:16011007T020000\r\nRRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=10\r\n"
    "TZOFFSETFROM:+1000\r\nTZOFFSETTO:+1100\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\n"
)


def zoned(tzid: str, vtimezone: str, location: str, organizer: str) -> bytes:
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\n" + vtimezone + "BEGIN:VEVENT\r\n"
        "UID:z@x\r\nDTSTAMP:20270301T000000Z\r\n"
        f'DTSTART;TZID="{tzid}":20270420T093000\r\nSUMMARY:Interview – Site Engineer\r\n'
        f"LOCATION:{location}\r\nORGANIZER;CN=Sam Lee:mailto:{organizer}\r\n"
        f"ATTENDEE;CN=Rowan Adeyemi:mailto:{USER}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    ).encode()


@pytest.mark.parametrize(
    ("location", "zone"),
    [
        ("Level 3\\, 88 Macquarie Lane\\, Parramatta NSW 2150", "Australia/Sydney"),
        ("12 Hobart Place\\, Canberra ACT 2601", "Australia/Sydney"),
        ("3 Currie Street\\, Brighton VIC 3186", "Australia/Melbourne"),
        ("88 Lorimer Street\\, Docklands VIC 3008", "Australia/Melbourne"),
    ],
)
def test_a_zone_defined_by_its_rules_is_the_addresss_state_not_a_streets_name(
    location: str, zone: str
) -> None:
    data = zoned("Customized Time Zone", AU_RULES, location, "sam.lee@civil.com.au")
    invite = read(data, "au.ics")
    assert invite.interview.tz == zone
    assert str(invite.interview.time)[:5] == "09:30"


@pytest.mark.parametrize(
    ("tzid", "location", "zone"),
    [
        (
            "AUS Eastern Standard Time",
            "Level 2\\, 44 Lygon Street\\, Carlton VIC 3053",
            "Australia/Melbourne",
        ),
        (
            "Eastern Standard Time",
            "1 American Road\\, Dearborn\\, MI 48126",
            "America/Detroit",
        ),
        (
            "Eastern Standard Time",
            "4 Robert Speck Parkway\\, Mississauga\\, ON L4Z 1S1",
            "America/Toronto",
        ),
    ],
)
def test_a_windows_zone_is_the_addresss_state_when_it_keeps_the_same_clock(
    tzid: str, location: str, zone: str
) -> None:
    domain = {"AU": "civil.com.au", "US": "civil.com", "CA": "civil.ca"}
    country = "AU" if "VIC" in location else "CA" if ", ON " in location else "US"
    invite = read(zoned(tzid, "", location, f"sam.lee@{domain[country]}"), "win.ics")
    assert invite.interview.tz == zone
    assert str(invite.interview.time)[:5] == "09:30"


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "Te entrevistarán Dª Carmen Vidal Soler, Directora Financiera, y D. Álvaro Peña "
            "Ruiz, Jefe de Tesorería.",
            {"Carmen Vidal Soler": "Directora Financiera", "Álvaro Peña Ruiz": "Jefe de Tesorería"},
        ),
        (
            "You'll be meeting with ir. Sander Kok (Lead Process Engineer) and drs. Eva Smit "
            "(HR Business Partner).",
            {"Sander Kok": "Lead Process Engineer", "Eva Smit": "HR Business Partner"},
        ),
        (
            "Você conversará com o Eng. Agr. Paulo Teixeira, Gerente Agrícola, e com a Júlia "
            "Prado, Coordenadora de Campo.",
            {"Paulo Teixeira": "Gerente Agrícola", "Júlia Prado": "Coordenadora de Campo"},
        ),
    ],
)
def test_forms_of_address_spanish_dutch_and_portuguese_write_short(
    text: str, people: dict[str, str]
) -> None:
    cal = calendar(event("20261203T100000", "Entrevista", text.replace(",", "\\,")))
    assert interviewers(read(cal.encode(), "es.ics")) == people


@pytest.mark.parametrize(
    "lines",
    [
        "9:00am – 9:45am   Technical interview: Ana Ruiz, Lead Geotechnical Engineer\n"
        "9:45am – 10:15am  Safety and site culture: Ben Ortiz, HSE Manager",
        "10:00 – 10:45  Case study: Ana Ruiz, Lead Geotechnical Engineer\n"
        "11:00 – 11:30  Values and ways of working: Ben Ortiz, HSE Manager",
        "14:00-14:30 Meet the team: Ana Ruiz (Lead Geotechnical Engineer)\n"
        "14:30-15:00 Q&A and next steps: Ben Ortiz (HSE Manager)",
    ],
)
def test_a_schedule_lines_session_before_a_colon_is_no_part_of_its_person(lines: str) -> None:
    data = mail(
        "Georgia Hale <georgia.hale@ridgeline.com.au>",
        "Interview invitation – Graduate Engineer",
        f"Hi Rowan,\n\nTuesday 6 April 2027\n{lines}\n\nCheers,\nGeorgia Hale\n"
        "Early Careers Coordinator\n",
    )
    assert interviewers(read(data)) == {
        "Ana Ruiz": "Lead Geotechnical Engineer",
        "Ben Ortiz": "HSE Manager",
    }


@pytest.mark.parametrize(
    "place",
    ["Halifax, Nova Scotia", "Moncton, New Brunswick", "Santa Fe, New Mexico"],
)
def test_a_province_after_a_town_in_a_signature_is_nobody(place: str) -> None:
    """An HTML table's label cell, its people in the next cell, the signature a few lines on:
    the block under the label runs into the town and its province."""
    text = (
        "Dear Rowan,\n\nDate\tThursday, December 3, 2026\nTime\t10:00 AM\n"
        "Interviewer(s)\tImran Qadir – Clinical Manager\nLena Hart – Charge Nurse\t\n\n\n"
        "Contact\tShona Baird, Recruitment Coordinator\t\n\n\n\n\n"
        "Please bring your licence number.\n\n\nSincerely,\nTalent Acquisition\n"
        f"Harbour Health Network\n{place}\n"
    )
    data = mail(
        "Talent Acquisition <no-reply@icims.com>",
        "Interview scheduled: Registered Nurse",
        text,
        headers="Reply-To: Shona Baird <shona.baird@harbourhealth.example>\r\n",
    )
    assert interviewers(read(data)) == {
        "Imran Qadir": "Clinical Manager",
        "Lena Hart": "Charge Nurse",
    }


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Coordinator: Jasmine Reyes-Tolentino, HR Officer", "Jasmine Reyes-Tolentino"),
        (
            "Recruiter: Anne-Marie Dubois-Lefèvre (anne-marie@ardoise.example)",
            "Anne-Marie Dubois-Lefèvre",
        ),
        ("Kofi Mensah-Bonsu\\nTalent Acquisition Partner", "Kofi Mensah-Bonsu"),
    ],
)
def test_a_coordinators_double_surname_is_kept_whole(line: str, name: str) -> None:
    cal = calendar(
        event(
            "20261203T100000",
            "Interview – Nurse Educator",
            f"Panel interview.\\n\\n{line}",
            organizer="CN=Scheduling:mailto:noreply@ardoise.example",
        )
    )
    found = coordinator(read(cal.encode(), "coord.ics"))
    assert found is not None and found[0] == name


@pytest.mark.parametrize(
    "sentence",
    [
        "Observed by Rafael Dizon, Clinical Training Manager.",
        "The case exercise will be assessed by Rafael Dizon (Clinical Training Manager).",
        "The group session is facilitated by Rafael Dizon, Clinical Training Manager.",
    ],
)
def test_a_person_who_observes_or_assesses_interviews(sentence: str) -> None:
    cal = calendar(event("20261203T100000", "Teaching demonstration", sentence.replace(",", "\\,")))
    assert interviewers(read(cal.encode(), "obs.ics")) == {
        "Rafael Dizon": "Clinical Training Manager"
    }


@pytest.mark.parametrize(
    ("tzid", "dial_in", "organizer", "zone"),
    [
        (
            "Singapore Standard Time",
            "Call in (audio only)\\n+65 6555 0100\\,\\,123456#   Singapore",
            "hr@sawitmas.com.my",
            "Asia/Kuala_Lumpur",
        ),
        (
            "GMT Standard Time",
            "Join by phone\\n(GB) +44 20 3956 0000 PIN: 123 456 789#",
            "talent@harbourline.ie",
            "Europe/Dublin",
        ),
        (
            "W. Europe Standard Time",
            "Dial by your location\\n        +49 69 5050 0951 Germany",
            "werving@polderkaas.nl",
            "Europe/Amsterdam",
        ),
    ],
)
def test_a_video_meetings_dial_in_number_is_the_services_not_the_employers_country(
    tzid: str, dial_in: str, organizer: str, zone: str
) -> None:
    data = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:d@x\r\n"
        f'DTSTAMP:20270301T000000Z\r\nDTSTART;TZID="{tzid}":20270420T100000\r\n'
        "SUMMARY:Interview – Process Engineer\r\nLOCATION:Microsoft Teams Meeting\r\n"
        f"DESCRIPTION:Join the meeting now\\n{dial_in}\\n\r\n"
        f"ORGANIZER;CN=Recruitment:mailto:{organizer}\r\n"
        f"ATTENDEE;CN=Rowan Adeyemi:mailto:{USER}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    ).encode()
    invite = read(data, "dial.ics")
    assert invite.interview.tz == zone
    assert str(invite.interview.time)[:5] == "10:00"


@pytest.mark.parametrize("label", ["Coordinator", "Recruiter", "Talent partner"])
def test_a_coordinators_line_under_a_schedule_is_no_interviewer(label: str) -> None:
    data = mail(
        "Careers <no-reply@pinpointhq.com>",
        "Final-stage interviews",
        "Hi Rowan,\n\nThursday 17 June 2027\n\nYour schedule:\n"
        "09:30 – 10:15  Technical interview – Ana Ruiz, Principal Engineer\n"
        "10:30 – 11:00  Values conversation – Ben Ortiz, Head of Engineering\n\n"
        f"{label}: Cleo Marsh (cleo.marsh@irwell.example, 0161 555 0100) – she will meet you "
        "at reception.\n",
    )
    assert interviewers(read(data)) == {
        "Ana Ruiz": "Principal Engineer",
        "Ben Ortiz": "Head of Engineering",
    }


@pytest.mark.parametrize("label", ["Location", "Where", "Address"])
def test_a_place_line_under_a_block_of_interviewers_is_no_session(label: str) -> None:
    cal = calendar(
        event(
            "20261203T130000",
            "Interview – Registered Nurse",
            "Interviewers:\\n  Blessing Okafor (Patient Care Manager)\\n"
            "  Dr. Simon Leclerc – Emergency Physician Lead\\n\\n"
            f"{label}: Fraserview Community Health Centre\\, 2880 Fraser Street\\, Vancouver\\, "
            "BC V5T 3X4\\nPlease bring two references.",
            zone="America/Vancouver",
        )
    )
    assert interviewers(read(cal.encode(), "blk.ics")) == {
        "Blessing Okafor": "Patient Care Manager",
        "Simon Leclerc": "Emergency Physician Lead",
    }


@pytest.mark.parametrize(
    ("tzid", "text", "organizer", "zone"),
    [
        (
            "Pacific Time",
            "Join by phone\\n+1-604-555-0100 Canada Toll (Vancouver)\\n"
            "+1-844-555-0199 Canada Toll Free\\nAccess code: 2663 918 4402",
            "priya.gill@tidewater.ca",
            "America/Vancouver",
        ),
        (
            "Eastern Standard Time",
            "Questions? Call our recruiting line toll-free at +1 888 555 0123.",
            "careers@northlake.ca",
            "America/Toronto",
        ),
        (
            "Pacific Time",
            "Kelowna Orchards Ltd. | Toll free +1 (855) 555-0144",
            "hr@kelownaorchards.ca",
            "America/Vancouver",
        ),
    ],
)
def test_a_toll_free_number_says_no_country(
    tzid: str, text: str, organizer: str, zone: str
) -> None:
    data = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:t@x\r\n"
        f'DTSTAMP:20270301T000000Z\r\nDTSTART;TZID="{tzid}":20271104T090000\r\n'
        "SUMMARY:Interview – Operations Planner\r\nLOCATION:Webex\r\n"
        f"DESCRIPTION:{text}\\n\r\n"
        f"ORGANIZER;CN=Recruitment:mailto:{organizer}\r\n"
        f"ATTENDEE;CN=Rowan Adeyemi:mailto:{USER}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    ).encode()
    invite = read(data, "toll.ics")
    assert invite.interview.tz == zone
    assert str(invite.interview.time)[:5] == "09:00"
