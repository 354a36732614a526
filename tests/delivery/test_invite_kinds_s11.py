"""Issue 9's invite kinds once more, in senders and languages new to the earlier tests
(session 11): a role's gender tag in any language's letters, whichever clue gives the role; an
interview's format named in Polish, Czech, Turkish, Finnish, Indonesian, Greek, Arabic, Korean
or Chinese, before a street address in the signature."""

from __future__ import annotations

import pytest

from followup.core.models import Format
from followup.delivery.invites import ImportedInvite, parse_invite

ME = "kim.vale@example.net"


def mail(body: str, sender: str, subject: str, location: str = "") -> ImportedInvite:
    where = f"LOCATION:{location}\r\n" if location else ""
    calendar = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:s11@x\r\n"
        "DTSTAMP:20261101T090000Z\r\nDTSTART;TZID=Europe/Berlin:20261203T100000\r\n"
        f"SUMMARY:{subject}\r\n{where}ORGANIZER:mailto:{sender.split('<')[-1].strip('>')}\r\n"
        f"ATTENDEE;CN=Kim Vale:mailto:{ME}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    text = (
        f"From: {sender}\r\nTo: Kim Vale <{ME}>\r\nDate: Tue, 10 Nov 2026 09:00:00 +0000\r\n"
        f"Subject: {subject}\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\n'
        f"Content-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n--b\r\n"
        f"Content-Type: text/calendar; charset=utf-8; method=REQUEST\r\n\r\n{calendar}\r\n--b--\r\n"
    )
    return parse_invite(text.encode(), "m.eml", user_emails=[ME], default_tz="UTC")


@pytest.mark.parametrize(
    ("subject", "body", "role"),
    [
        (
            "Pozvání na pohovor – Skladník (m/ž)",
            "Dobrý den,\n\nzveme Vás na pohovor na pozici Skladník (m/ž).",
            "Skladník",
        ),
        (
            "Mülakat daveti – Satın Alma Uzmanı (E/K)",
            "Merhaba,\n\nSatın Alma Uzmanı (E/K) pozisyonu için sizi mülakata davet ediyoruz.",
            "Satın Alma Uzmanı",
        ),
        (
            "Interview",
            "Hello,\n\nThank you for applying for the Maintenance Planner (f/h/x) position.",
            "Maintenance Planner",
        ),
        (
            "Zaproszenie na rozmowę – Kierowca C+E (k/m)",
            "Dzień dobry,\n\nzapraszamy na rozmowę na stanowisko Kierowca C+E (k/m).",
            "Kierowca C+E",
        ),
    ],
)
def test_a_gender_tag_is_no_part_of_the_role_whichever_clue_gives_it(
    subject: str, body: str, role: str
) -> None:
    invite = mail(body, "Jo Marsh <jo.marsh@harrowfield.eu>", subject)
    assert invite.interview.role == role


@pytest.mark.parametrize(
    ("subject", "body", "location"),
    [
        (
            "Rozmowa – Magazynier",
            "Zapraszamy na rozmowę telefoniczną w czwartek.\n\nul. Długa 4, 80-831 Gdańsk",
            "",
        ),
        (
            "Pohovor – Účetní",
            "Dobrý den,\n\nrádi bychom s Vámi vedli telefonický pohovor.\n\n"
            "Na Příkopě 12, 110 00 Praha 1",
            "",
        ),
        ("Görüşme – Muhasebe Uzmanı", "Merhaba,\n\nKısa bir telefon görüşmesi planladık.", ""),
        ("Haastattelu – Kirjanpitäjä", "Hei,\n\nSovitaan puhelinhaastattelu.", "Puhelimitse"),
        ("Wawancara – Akuntan", "Halo,\n\nKami mengundang Anda wawancara via telepon.", ""),
        (
            "Συνέντευξη – Λογιστής",
            "Καλησπέρα,\n\nΘα σας καλέσουμε για μια τηλεφωνική συνέντευξη.",
            "",
        ),
        (
            "مقابلة – محاسب",
            "مرحباً،\n\nندعوك إلى مقابلة عبر الهاتف.\n\nشارع الملك فهد 12، الرياض",
            "",
        ),
        ("[한빛물산] 회계 담당자 면접 안내", "안녕하세요.\n\n전화 면접을 진행하고자 합니다.", ""),
        (
            "【嘉禾贸易】会计 面试通知",
            "您好：\n\n我们将安排一次电话面试。\n\n地址：上海市徐汇区漕溪北路 88 号",
            "",
        ),
    ],
)
def test_a_phone_interview_named_in_the_invites_language(
    subject: str, body: str, location: str
) -> None:
    invite = mail(body, "Jo Marsh <jo.marsh@harrowfield.eu>", subject, location)
    assert invite.interview.format is Format.PHONE


@pytest.mark.parametrize(
    ("body", "fmt"),
    [
        ("안녕하세요.\n\n대면 면접으로 진행됩니다. 전화 문의: 02-555-0133", Format.IN_PERSON),
        ("您好：\n\n本次为现场面试，如有问题请致电 021-5555-0136。", Format.IN_PERSON),
        (
            "Merhaba,\n\nYüz yüze görüşme için ofisimize bekliyoruz. Tel: +90 212 555 01 44",
            Format.IN_PERSON,
        ),
        ("Hei,\n\nHaastattelu on videohaastattelu. Puhelin: +358 9 555 0100", Format.VIDEO),
    ],
)
def test_the_format_the_text_names_wins_over_a_phone_number(body: str, fmt: Format) -> None:
    invite = mail(body, "Jo Marsh <jo.marsh@harrowfield.eu>", "Interview")
    assert invite.interview.format is fmt


def calendar(description: str, summary: str, organizer: str, *more: str) -> ImportedInvite:
    """A calendar file whose text is `description`; the candidate is an attendee and no
    profile email is set (as a new user imports it)."""
    text = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:s11c@x\r\n"
        "DTSTAMP:20261101T090000Z\r\nDTSTART;TZID=Asia/Seoul:20261203T100000\r\n"
        f"SUMMARY:{summary}\r\nORGANIZER;{organizer}\r\n"
        "ATTENDEE;CN=Kim Vale:mailto:kim.vale@example.net\r\n"
        + "".join(f"{line}\r\n" for line in more)
        + "DESCRIPTION:"
        + description.replace(",", "\\,").replace("\n", "\\n")
        + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    return parse_invite(text.encode(), "c.ics", default_tz="UTC")


def people(invite: ImportedInvite) -> list[tuple[str, str | None]]:
    return [(p.name, p.title) for p in invite.interview.people if p.role.value == "interviewer"]


@pytest.mark.parametrize(
    ("description", "summary", "organizer", "expected"),
    [
        (
            "Kim Vale 님 안녕하세요.\n\n■ 면접관: 한도윤 (생산기술팀장), 서지민 (선임연구원)\n",
            "[도담제약] 공정 엔지니어 면접 안내",
            "CN=문하은:mailto:haeun.moon@dodampharm.co.kr",
            [("한도윤", "생산기술팀장"), ("서지민", "선임연구원")],
        ),
        (
            "Kim Vale 先生您好：\n\n面試官：吳建宏（製造部經理）、蔡雅婷（品保專員）\n",
            "【宏昇精密】製程工程師 面試通知",
            "CN=許家豪:mailto:jiahao.hsu@hongsheng.com.tw",
            [("吳建宏", "製造部經理"), ("蔡雅婷", "品保專員")],
        ),
        (
            "Kim Vale 様\n\n面接官：中村 彩（品質保証部 課長）\n",
            "【あさひ化成】品質管理 面接のご案内（Kim Vale様）",
            "CN=森 大輔:mailto:daisuke.mori@asahi-kasei-ex.co.jp",
            [("中村 彩", "品質保証部 課長")],
        ),
    ],
)
def test_kind_7_cjk_people_with_their_titles_in_brackets_and_the_greeted_candidate_left_out(
    description: str, summary: str, organizer: str, expected: list[tuple[str, str]]
) -> None:
    assert people(calendar(description, summary, organizer)) == expected


@pytest.mark.parametrize(
    ("description", "coordinator", "first", "expected"),
    [
        (
            "Kim Vale 您好：\n\n以下为当天面试安排：\n09:30–10:15 第一轮 郑凯文（技术总监）\n"
            "10:30–11:00 第二轮 何静（人力资源经理）\n联系人：邓欣怡（招聘专员），邮箱 "
            "xinyi.deng@jiahe-trading.cn\n",
            ("邓欣怡", "xinyi.deng@jiahe-trading.cn"),
            "09:30",
            [("郑凯文", "技术总监"), ("何静", "人力资源经理")],
        ),
        (
            "Kim Vale 님 안녕하세요.\n\n- 14:00~14:40 실무 면접: 강민재 (품질팀장)\n"
            "- 14:50~15:20 인성 면접: 조은비 (인사팀 과장)\n\n문의: 임소윤 (채용담당) / "
            "soyoon.lim@gaon-logis.co.kr\n",
            ("임소윤", "soyoon.lim@gaon-logis.co.kr"),
            "14:00",
            [("강민재", "품질팀장"), ("조은비", "인사팀 과장")],
        ),
    ],
)
def test_kind_8_a_cjk_schedule_gives_the_people_and_the_text_the_coordinator(
    description: str, coordinator: tuple[str, str], first: str, expected: list
) -> None:
    invite = calendar(
        description, "面试 / 면접", "CN=招聘团队 채용팀:mailto:recruit@team.example.org"
    )
    found = next(p for p in invite.interview.people if p.role.value == "coordinator")
    assert (found.name, found.email) == coordinator
    assert people(invite) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Merhaba Kim,\n\nGörüşmeciler: Elif Yıldız (Satış Müdürü) ve Can Öztürk (Bölge Müdürü)",
            [("Elif Yıldız", "Satış Müdürü"), ("Can Öztürk", "Bölge Müdürü")],
        ),
        (
            "Hei Kim,\n\nHaastattelijat: Juha Laine (tuotantopäällikkö) ja Sanna Mäkelä "
            "(HR-asiantuntija)",
            [("Juha Laine", "tuotantopäällikkö"), ("Sanna Mäkelä", "HR-asiantuntija")],
        ),
        (
            "Chào Kim,\n\nNgười phỏng vấn: Lê Hoàng Nam (Giám đốc Sản xuất) và Đỗ Thu Trang "
            "(Chuyên viên Tuyển dụng)",
            [("Lê Hoàng Nam", "Giám đốc Sản xuất"), ("Đỗ Thu Trang", "Chuyên viên Tuyển dụng")],
        ),
        (
            "Καλησπέρα,\n\nΣυνεντευκτές: Νίκος Αλεξίου (Προϊστάμενος Αποθήκης) και Σοφία Δήμου "
            "(Λογίστρια)",
            [("Νίκος Αλεξίου", "Προϊστάμενος Αποθήκης"), ("Σοφία Δήμου", "Λογίστρια")],
        ),
        (
            "Dobrý den,\n\npohovor s Vámi povede Ing. Petra Svobodová, vedoucí skladu.",
            [("Petra Svobodová", "vedoucí skladu")],
        ),
    ],
)
def test_kind_7_people_listed_after_a_label_or_introduced_in_more_languages(
    body: str, expected: list[tuple[str, str]]
) -> None:
    invite = mail(body, "Jo Marsh <jo.marsh@harrowfield.eu>", "Interview")
    assert people(invite) == expected


@pytest.mark.parametrize(
    ("subject", "sender", "company"),
    [
        ("Intervjun med Ekholm Bygg är bokad", "Jo Marsh <jo.marsh@ekholm.se>", "Ekholm Bygg"),
        (
            "Intervjuet ditt med Rypefjord Logistikk er bekreftet",
            "Jo Marsh <jo@rypefjord.no>",
            "Rypefjord Logistikk",
        ),
        (
            "Dein Gespräch mit Kellermann Transport ist bestätigt",
            "Jo Marsh <jo@kellermann.de>",
            "Kellermann Transport",
        ),
        (
            "Your interview with Harlow Consulting is confirmed",
            "Jo Marsh <jo@harlow.co.uk>",
            "Harlow Consulting",
        ),
    ],
)
def test_kind_9_a_company_named_with_a_common_noun_after_it_in_the_subject(
    subject: str, sender: str, company: str
) -> None:
    invite = mail("Hello,\n\nSee you then.", sender, subject)
    assert invite.interview.company == company


def test_kind_6_an_hcl_notes_organizer_is_named_without_the_organization_after_it() -> None:
    invite = calendar(
        "Dear Kim,\n\nSee you on Thursday.",
        "Interview: Buyer",
        'CN="Lena Ortmann/Brixen/DE":mailto:lena.ortmann@brixen.example.de',
    )
    found = next(p for p in invite.interview.people if p.role.value == "coordinator")
    assert found.name == "Lena Ortmann"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Dear Kim,\n\nYou will be welcomed by Ms Ruth Okafor (Plant Manager) and Dr. Ilan "
            "Weiss (Head of R&D), followed by a tour.",
            [("Ruth Okafor", "Plant Manager"), ("Ilan Weiss", "Head of R&D")],
        ),
        (
            "Bonjour Kim,\n\nVous serez accueillie par Mme Claire Fontaine (directrice du site).",
            [("Claire Fontaine", "directrice du site")],
        ),
        (
            "Hoi Kim,\n\nJe wordt ontvangen door Bram Visser (teamleider logistiek).",
            [("Bram Visser", "teamleider logistiek")],
        ),
    ],
)
def test_kind_7_people_who_will_welcome_the_candidate(
    body: str, expected: list[tuple[str, str]]
) -> None:
    assert people(mail(body, "Jo Marsh <jo.marsh@harrowfield.eu>", "Interview")) == expected


@pytest.mark.parametrize(
    "address",
    [
        "2nd Floor, Banyan Business Park, Outer Ring Road, Bengaluru 560103",
        "Unit 4, Riverside Trade Centre, Kings Road, Durban 4001",
        "Level 9, Harbour Tower, 12 Quay Street, Auckland 1010",
    ],
)
def test_kind_7_a_part_of_an_address_in_the_signature_is_nobody(address: str) -> None:
    body = (
        "Hi Kim,\n\nInterviewers: Meena Pillai (Engineering Manager), Tom Reyes (Staff "
        f"Engineer)\n\nThanks,\nJo Marsh\nTalent Acquisition\n{address}\n"
    )
    names = [n for n, _ in people(mail(body, "Jo Marsh <jo.marsh@harrowfield.eu>", "Interview"))]
    assert names == ["Meena Pillai", "Tom Reyes"]


@pytest.mark.parametrize(
    "body",
    [
        "Dear Kim,\n\nWe invite you for a face-to-face interview.\n\nRegards,\nHR\n"
        "Tel: +91 22 5555 0188",
        "Olá Kim,\n\nEndereço: Rodovia dos Bandeirantes, km 72, Jundiaí - SP, 13212-240\n\n"
        "Atenciosamente,\nRH\n(11) 5555-0142",
        "Hola Kim,\n\nDirección: Carretera de Castilla km 4, Ferrol\n\nSaludos,\nRRHH\n"
        "Tel. 981 555 017",
        "Hi Kim,\n\nVenue: Unit 7, Lakeside Estate, Kilkenny R95 X2C4\n\nThanks,\nJo\n"
        "+353 56 555 0101",
    ],
)
def test_an_address_the_text_labels_or_a_face_to_face_interview_outweighs_a_phone_number(
    body: str,
) -> None:
    assert mail(body, "Jo Marsh <jo.marsh@harrowfield.eu>", "Interview").interview.format is (
        Format.IN_PERSON
    )


@pytest.mark.parametrize(
    ("organizer", "name"),
    [
        ('CN="Lotte Brandsma – HR":mailto:lotte.brandsma@veenhof.example.nl', "Lotte Brandsma"),
        ('CN="Tomás Vidal | Talent Acquisition":mailto:tomas@olivar.example.es', "Tomás Vidal"),
        ('CN="Aino Laakso - Recruiting":mailto:aino.laakso@kivi.example.fi', "Aino Laakso"),
    ],
)
def test_kind_8_an_organizer_named_with_their_team_after_a_dash(organizer: str, name: str) -> None:
    invite = calendar("Dear Kim,\n\nSee you on Thursday.", "Interview: Buyer", organizer)
    found = next(p for p in invite.interview.people if p.role.value == "coordinator")
    assert found.name == name


@pytest.mark.parametrize(
    ("sender", "company"),
    [
        ("Bodegas Lagar – Selección <seleccion@bodegaslagar.es>", "Bodegas Lagar"),
        ("Vidraria Atlântica - Seleção <selecao@vidrariaatlantica.pt>", "Vidraria Atlântica"),
        ("Cantieri Lario – Selezione <selezione@cantierilario.it>", "Cantieri Lario"),
    ],
)
def test_kind_6_a_senders_team_after_the_company_is_no_part_of_its_name(
    sender: str, company: str
) -> None:
    text = (
        f"From: {sender}\r\nTo: Kim Vale <{ME}>\r\nDate: Tue, 10 Nov 2026 09:00:00 +0000\r\n"
        "Subject: Entrevista\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        "Hola Kim,\r\n\r\nTe esperamos el jueves 3 de diciembre de 2026 a las 10:00.\r\n"
    )
    invite = parse_invite(text.encode(), "m.eml", user_emails=[ME], default_tz="UTC")
    assert invite.interview.company == company


@pytest.mark.parametrize(
    ("subject", "body", "role"),
    [
        (
            "Interview – HVAC Service Technician (A/C)",
            "Hello,\n\nThanks for applying for the HVAC Service Technician (A/C) position.",
            "HVAC Service Technician (A/C)",
        ),
        (
            "Interview",
            "Hello,\n\nThank you for applying for the Embedded Firmware Engineer (I/O) position.",
            "Embedded Firmware Engineer (I/O)",
        ),
        (
            "Interview – Event Technician (A/V)",
            "Hi,\n\nWe would like to invite you to interview for Event Technician (A/V).",
            "Event Technician (A/V)",
        ),
    ],
)
def test_slashed_letters_that_are_no_genders_stay_in_the_role(
    subject: str, body: str, role: str
) -> None:
    invite = mail(body, "Jo Marsh <jo.marsh@harrowfield.eu>", subject)
    assert invite.interview.role == role


@pytest.mark.parametrize(
    ("subject", "body", "role"),
    [
        (
            "Undangan wawancara – Staf Gudang (L/P)",
            "Halo,\n\nKami mengundang Anda wawancara untuk posisi Staf Gudang (L/P).",
            "Staf Gudang",
        ),
        (
            "Interview – Werkvoorbereider (m/v/x)",
            "Beste,\n\nWe nodigen je uit voor de functie Werkvoorbereider (m/v/x).",
            "Werkvoorbereider",
        ),
    ],
)
def test_a_gender_tag_in_data_letters_is_still_no_part_of_the_role(
    subject: str, body: str, role: str
) -> None:
    invite = mail(body, "Jo Marsh <jo.marsh@harrowfield.eu>", subject)
    assert invite.interview.role == role
