"""Issue 9 (session 25): facts from invites in shapes the reader had not read, with invented
names:

- kind 1, interviewers written in scripts other than Latin (Hebrew and Arabic with their
  direction marks, Bengali, Devanagari, Thai, Han, Cyrillic, Greek), listed under a label in
  that language or in "Name – Title" and "Name (Title)" lines: the name as the text writes
  it, with its title, and the address the text gives beside it;
- kind 2, a title with a comma or a department ("Director, Clinical Analytics", "VP,
  Engineering – Payments") is one person's whole title, never a second person;
- kind 3, the format said in Chinese, Japanese, Korean, the Nordic languages, Turkish,
  Indonesian, Vietnamese and Arabic, and a meeting link of any provider (Tencent Meeting,
  VooV, Feishu/Lark, DingTalk, Whereby, Jitsi) means video, not a telephone number's phone;
- kind 4, the coordinator of a calendar with several events (a loop an applicant-tracking
  system sends): the one the text names or the events' organizer, never a panel member, and
  every panel member kept;
- kind 5, a Chinese, Cantonese, Japanese or Korean subject whose role stands among label
  words ("面試邀請 - 高級會計師", "【面接のご案内】…") gives the role, never the label.
"""

from __future__ import annotations

import pytest

from followup.core.models import Format
from helpers_invites import ME, coordinator, esc, google, guest, interviewers, mail, read

# ---------------------------------------------------------------- kind 1: names in scripts

GOOGLE_ORG = "CN=Recruiting:mailto:recruiting@example-careers.com"
WHEN = "Your interview is on Tuesday 19 January 2027 at 10:00.\n\n"


def listed_in_mail(sender: str, subject: str, text: str) -> dict[str, str | None]:
    return interviewers(read(mail(sender, subject, text), "invite.eml"))


@pytest.mark.parametrize(
    ("sender", "label", "lines", "people"),
    [
        (
            "HR <hr@padma-fintech.com.bd>",
            "সাক্ষাৎকার গ্রহণকারী:",
            "তানভীর আহমেদ – প্রধান প্রকৌশলী\nনুসরাত জাহান (এইচআর ম্যানেজার)",
            {"তানভীর আহমেদ": "প্রধান প্রকৌশলী", "নুসরাত জাহান": "এইচআর ম্যানেজার"},
        ),
        (
            "HR <hr@ganga-analytics.in>",
            "साक्षात्कारकर्ता:",
            "अनिल शर्मा – इंजीनियरिंग प्रबंधक\nप्रिया वर्मा (वरिष्ठ डेटा वैज्ञानिक)",
            {"अनिल शर्मा": "इंजीनियरिंग प्रबंधक", "प्रिया वर्मा": "वरिष्ठ डेटा वैज्ञानिक"},
        ),
        (
            "HR <hr@chaophraya-tech.co.th>",
            "ผู้สัมภาษณ์:",
            "สมชาย ใจดี – ผู้จัดการฝ่ายวิศวกรรม\nสุดารัตน์ วงศ์ทอง (หัวหน้าทีมข้อมูล)",
            {"สมชาย ใจดี": "ผู้จัดการฝ่ายวิศวกรรม", "สุดารัตน์ วงศ์ทอง": "หัวหน้าทีมข้อมูล"},
        ),
        (
            "HR <hr@yunfan-tech.cn>",
            "面试官：",
            "王建国 – 技术总监\n李娜（产品经理）",
            {"王建国": "技术总监", "李娜": "产品经理"},
        ),
        (
            "Talent <jobs@galil-tech.co.il>",
            "מראיינים:",
            "\u200fנועה כהן – ראש צוות פיתוח\n\u200fאבי לוי (מנהל מוצר)",
            {"נועה כהן": "ראש צוות פיתוח", "אבי לוי": "מנהל מוצר"},
        ),
        (
            "Talent <careers@nakheel-soft.ae>",
            "المقابلون:",
            "- سارة الحربي (مديرة الهندسة)\n- خالد العتيبي – مهندس أول",
            {"سارة الحربي": "مديرة الهندسة", "خالد العتيبي": "مهندس أول"},
        ),
        (
            "HR <hr@severtech.ru>",
            "Интервьюеры:",
            "Анна Смирнова — руководитель отдела аналитики\nДмитрий Козлов (ведущий инженер)",
            {"Анна Смирнова": "руководитель отдела аналитики", "Дмитрий Козлов": "ведущий инженер"},
        ),
    ],
)
def test_interviewers_in_other_scripts_under_a_label(
    sender: str, label: str, lines: str, people: dict[str, str]
) -> None:
    text = f"Hello Rowan,\n\n{WHEN}{label}\n{lines}\n\nBest regards,\nMaja Horvat\nRecruiter"
    assert listed_in_mail(sender, "Interview invitation: Data Analyst", text) == people


@pytest.mark.parametrize(
    ("lines", "people"),
    [
        (
            "Расписание:\n10:00 - 10:45 سارة الحربي – مديرة الهندسة\n"
            "11:00 - 11:45 خالد العتيبي – مهندس أول",
            {"سارة الحربي": "مديرة الهندسة", "خالد العتيبي": "مهندس أول"},
        ),
        ("מראיינת: נועה כהן, ראש צוות פיתוח", {"נועה כהן": "ראש צוות פיתוח"}),
        ("সাক্ষাৎকার গ্রহণকারী: তানভীর আহমেদ, প্রধান প্রকৌশলী", {"তানভীর আহমেদ": "প্রধান প্রকৌশলী"}),
        ("साक्षात्कारकर्ता: अनिल शर्मा (इंजीनियरिंग प्रबंधक)", {"अनिल शर्मा": "इंजीनियरिंग प्रबंधक"}),
        (
            "مصاحبه‌کنندگان:\nمریم رضایی – مدیر فنی\nعلی محمدی – مهندس ارشد",
            {"مریم رضایی": "مدیر فنی", "علی محمدی": "مهندس ارشد"},
        ),
        (
            "面接官：\n佐藤 健一 – 開発部 部長\n鈴木 花子 – 人事部",
            {"佐藤 健一": "開発部 部長", "鈴木 花子": "人事部"},
        ),
        (
            "면접관:\n김도윤 - 물류기획팀장\n최유나 - 데이터분석팀 책임",
            {"김도윤": "물류기획팀장", "최유나": "데이터분석팀 책임"},
        ),
        (
            "நேர்காணல் செய்பவர்கள்:\nஅருண் குமார் – பொறியியல் மேலாளர்\nபிரியா ராஜன் (மூத்த பொறியாளர்)",
            {"அருண் குமார்": "பொறியியல் மேலாளர்", "பிரியா ராஜன்": "மூத்த பொறியாளர்"},
        ),
        (
            "Інтерв'юери:\nОлена Коваль — керівниця відділу\nТарас Шевчук (провідний інженер)",
            {"Олена Коваль": "керівниця відділу", "Тарас Шевчук": "провідний інженер"},
        ),
    ],
)
def test_more_shapes_of_people_in_other_scripts(lines: str, people: dict[str, str]) -> None:
    """A schedule's lines, one person on a label's line with a comma before the title, a
    name and title after a dash in Japanese and Korean, Persian and Tamil lists."""
    text = f"Hello Rowan,\n\n{WHEN}{lines}\n\nBest regards,\nMaja Horvat\nRecruiter"
    assert listed_in_mail("HR <hr@example-careers.com>", "Interview: Data Analyst", text) == people


@pytest.mark.parametrize(
    ("description", "email", "name", "title"),
    [
        (  # Hebrew with right-to-left marks around a Latin address
            "שלום רואן,\n\nמראיינת:\n\u200fנועה כהן – ראש צוות פיתוח "
            "(\u200enoa.cohen@galil-tech.co.il\u200f)\n\nבברכה,\nצוות הגיוס",
            "noa.cohen@galil-tech.co.il",
            "נועה כהן",
            "ראש צוות פיתוח",
        ),
        (  # Arabic, the address after the title
            "مرحباً روان،\n\nالمقابل:\n\u200fخالد العتيبي – مهندس أول – "
            "\u200ek.alotaibi@nakheel-soft.ae\n\nمع التحية،\nفريق التوظيف",
            "k.alotaibi@nakheel-soft.ae",
            "خالد العتيبي",
            "مهندس أول",
        ),
        (  # Greek, the address in angle brackets
            "Καλησπέρα Rowan,\n\nΣυνεντευκτής:\nΜαρία Παπαδοπούλου <m.papadopoulou@aegean-soft.gr>"
            " – Διευθύντρια Μηχανικής\n\nΜε εκτίμηση,\nΤμήμα Προσλήψεων",
            "m.papadopoulou@aegean-soft.gr",
            "Μαρία Παπαδοπούλου",
            "Διευθύντρια Μηχανικής",
        ),
    ],
)
def test_an_attendee_known_by_address_takes_the_name_the_text_writes(
    description: str, email: str, name: str, title: str
) -> None:
    """Google writes an attendee with no display name as their address: the text's name,
    in its own script, is theirs, never one romanised from the address."""
    cal = google(GOOGLE_ORG, "Interview: Backend Developer", description, guest(email, email))
    people = [p for p in read(cal).interview.people if p.role.value == "interviewer"]
    assert [(p.name, p.title, p.email) for p in people] == [(name, title, email)]


@pytest.mark.parametrize(
    ("email", "description", "name", "title"),
    [
        ("anna.smirnova@severtech.ru",
         "Интервьюер:\nАнна Смирнова — руководитель отдела аналитики\n\nС уважением,\nHR",
         "Анна Смирнова", "руководитель отдела аналитики"),
        ("anil.sharma@ganga-analytics.in",
         "साक्षात्कारकर्ता:\nअनिल शर्मा – इंजीनियरिंग प्रबंधक\n\nधन्यवाद",
         "अनिल शर्मा", "इंजीनियरिंग प्रबंधक"),
        ("maria.papadopoulou@aegean-soft.gr",
         "Συνεντευκτής:\nΜαρία Παπαδοπούλου – Διευθύντρια Μηχανικής\n\nΜε εκτίμηση",
         "Μαρία Παπαδοπούλου", "Διευθύντρια Μηχανικής"),
        ("k.alotaibi@nakheel-soft.ae", "المقابل:\nخالد العتيبي – مهندس أول\n\nمع التحية",
         "خالد العتيبي", "مهندس أول"),
    ],
)  # fmt: skip
def test_an_attendee_known_by_address_is_the_person_the_text_names_in_its_script(
    email: str, description: str, name: str, title: str
) -> None:
    """The text gives no address, but the attendee's address spells the name the text
    writes in its own script: one person, named as the text writes them."""
    cal = google(GOOGLE_ORG, "Interview: Analyst", description, guest(email, email))
    people = [p for p in read(cal).interview.people if p.role.value == "interviewer"]
    assert [(p.name, p.title, p.email) for p in people] == [(name, title, email)]


# ---------------------------------------------------------------- kind 2: titles with commas


@pytest.mark.parametrize(
    ("lines", "people"),
    [
        (
            "Dana Whitfield, Director, Clinical Analytics\n"
            "Marcus Oyelaran – VP, Engineering – Payments\n"
            "Priya Raman (Manager, Talent Acquisition)",
            {
                "Dana Whitfield": "Director, Clinical Analytics",
                "Marcus Oyelaran": "VP, Engineering – Payments",
                "Priya Raman": "Manager, Talent Acquisition",
            },
        ),
        (
            "• Tomasz Wierzbicki, Senior Manager, Supply Chain Planning\n"
            "• Aoife Gallagher, Head of People, EMEA",
            {
                "Tomasz Wierzbicki": "Senior Manager, Supply Chain Planning",
                "Aoife Gallagher": "Head of People, EMEA",
            },
        ),
        (
            "- Keanu Whitman - Director, Product Management\n- Ines Carvalho - Principal, Strategy",
            {
                "Keanu Whitman": "Director, Product Management",
                "Ines Carvalho": "Principal, Strategy",
            },
        ),
    ],
)
def test_a_title_with_a_comma_is_one_persons_title(lines: str, people: dict[str, str]) -> None:
    text = f"Hi Rowan,\n\n{WHEN}You will meet:\n{lines}\n\nBest,\nLena Moss\nRecruiting Coordinator"
    got = listed_in_mail("Talent <talent@brightpath-health.com>", "Interview: Analyst", text)
    assert got == people


@pytest.mark.parametrize(
    ("row", "name", "title"),
    [
        ("Interviewer: Dana Whitfield, Director, Clinical Analytics", "Dana Whitfield",
         "Director, Clinical Analytics"),
        ("Interviewer: Olu Bankole, VP, Engineering – Payments", "Olu Bankole",
         "VP, Engineering – Payments"),
        ("Interviewer(s): Mei Tanaka, Manager, Talent Acquisition", "Mei Tanaka",
         "Manager, Talent Acquisition"),
        ("Interviewer: Dana Whitfield, Associate Director, Biostatistics", "Dana Whitfield",
         "Associate Director, Biostatistics"),
        ("Interviewer: Chidi Okafor, Lead, Platform DevOps", "Chidi Okafor",
         "Lead, Platform DevOps"),
        ("Your panel:\nDana Whitfield | Director, Clinical Analytics", "Dana Whitfield",
         "Director, Clinical Analytics"),
    ],
)  # fmt: skip
def test_a_labelled_row_with_a_comma_title_names_one_person(
    row: str, name: str, title: str
) -> None:
    text = f"Hi Rowan,\n\n{WHEN}{row}\n\nKind regards,\nLena Moss\nRecruiting Coordinator"
    got = listed_in_mail("Talent <talent@brightpath-health.com>", "Interview: Analyst", text)
    assert got == {name: title}


# ---------------------------------------------------------------- kind 3: format


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("面接日時：2027年1月19日 10:00\n面接方法：Zoom\nお問い合わせ：03-1234-5678\n佐藤",
         Format.VIDEO),
        ("面试时间：2027年1月19日 10:00\n面试形式：视频\n联系电话：021-5888 1234", Format.VIDEO),
        ("面试时间：2027年1月19日 10:00\n面试方式：钉钉视频\n联系电话：021-5888 1234",
         Format.VIDEO),
        ("Hei!\nHaastattelu tiistaina 19.1.2027 klo 10.00 Teamsin välityksellä.\n"
         "Puh. 09 123 4567", Format.VIDEO),
        ("Merhaba,\nMülakat 19 Ocak 2027 saat 10:00'da Zoom üzerinden yapılacaktır.\n"
         "Tel: 0212 123 45 67", Format.VIDEO),
        ("Interview: 19 January 2027 at 10:00\nالمقابلة في مكتبنا بدبي\nهاتف: +971 4 123 4567",
         Format.IN_PERSON),
        ("Interview: 19 January 2027 at 10:00\nהראיון יתקיים במשרדינו בתל אביב\n"
         "טלפון: 03-1234567", Format.IN_PERSON),
    ],
)  # fmt: skip
def test_a_meeting_program_or_an_office_named_outranks_a_telephone_number(
    text: str, expected: Format
) -> None:
    invite = read(mail("HR <hr@example-careers.com>", "Interview", text), "invite.eml")
    assert invite.interview.format == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("您好，\n\n面试时间：2027年1月19日 10:00\n面试方式：腾讯会议\n会议号：482 913 557\n\n"
         "联系电话：021-5888 1234\n王芳", Format.VIDEO),
        ("您好，\n\n面试时间：2027年1月19日 10:00\n飞书视频会议：https://vc.feishu.cn/j/123456789\n"
         "联系电话：138 0013 8000\n王芳", Format.VIDEO),
        ("您好，\n\n面试时间：2027年1月19日 10:00\n钉钉会议链接：https://meeting.dingtalk.com/j/AbC123\n"
         "电话：138 0013 8000\n王芳", Format.VIDEO),
        ("您好，\n\n面试时间：2027年1月19日 10:00\n会议链接：https://meeting.tencent.com/dm/AbCdEf12\n"
         "联系电话：021-5888 1234\n王芳", Format.VIDEO),
        ("您好，\n\n面试时间：2027年1月19日 10:00\n面试形式：线上\n联系电话：021-5888 1234\n王芳",
         Format.VIDEO),
        ("您好，\n\n面试时间：2027年1月19日 10:00\n面试形式：到公司面试\n"
         "联系电话：021-5888 1234\n王芳", Format.IN_PERSON),
        ("您好，\n\n面试时间：2027年1月19日 10:00\n面试形式：电话面试，届时面试官将致电您。\n王芳",
         Format.PHONE),
        ("Hi Rowan,\n\nInterview on 19 January 2027 at 10:00.\nJoin: https://vc.larksuite.com/j/987654321"
         "\nTel: +65 6123 4567\nWang Fang", Format.VIDEO),
        ("Hi Rowan,\n\nInterview on 19 January 2027 at 10:00.\nJoin VooV Meeting: "
         "https://voovmeeting.com/dm/abc123\nPhone: +65 6123 4567\nSam Lee", Format.VIDEO),
        ("ロワン様\n\n面接日時：2027年1月19日（火）10:00〜11:00\n"
         "面接形式：Web会議（Microsoft Teams）\n電話：03-1234-5678\n佐藤", Format.VIDEO),
        ("면접 일시: 2027년 1월 19일 오전 10:00\n면접 방식: 줌(Zoom) 화상회의\n"
         "문의: 02-1234-5678\n김지현", Format.VIDEO),
        ("Hei Rowan,\n\nVelkommen til videomøte tirsdag 19. januar 2027 kl. 10:00.\n"
         "Tlf: +47 22 12 34 56\nKari", Format.VIDEO),
        ("Hej Rowan,\n\nVi ses til samtale på vores kontor tirsdag den 19. januar 2027 kl. 10:00.\n"
         "Tlf: +45 33 12 34 56\nMette", Format.IN_PERSON),
        ("Hei Rowan,\n\nTervetuloa haastatteluun toimistolle tiistaina 19.1.2027 klo 10.00.\n"
         "Puh. +358 9 123 4567\nAino", Format.IN_PERSON),
        ("Merhaba Rowan,\n\n19 Ocak 2027 saat 10:00'da görüntülü görüşme ile mülakat yapacağız.\n"
         "Tel: +90 212 123 45 67\nAyşe", Format.VIDEO),
        ("Halo Rowan,\n\nWawancara akan dilaksanakan pada 19 Januari 2027 pukul 10.00 melalui "
         "Google Meet.\nTelp: 021-1234567\nDewi", Format.VIDEO),
        ("Chào Rowan,\n\nBuổi phỏng vấn vào lúc 10:00 ngày 19/01/2027 tại văn phòng công ty.\n"
         "Điện thoại: 028 1234 5678\nLan", Format.IN_PERSON),
        ("Dear Rowan,\n\nInterview: 19 January 2027 at 10:00\nالمقابلة عبر الفيديو (Zoom)\n"
         "هاتف: +971 4 123 4567\nليلى", Format.VIDEO),
        ("Hi Rowan,\n\nInterview on 19 January 2027 at 10:00.\nRoom: https://whereby.com/acme-talks\n"
         "Call me on +44 20 7946 0123 if needed.\nSam", Format.VIDEO),
    ],
)  # fmt: skip
def test_format_said_in_other_languages_or_by_a_meeting_link(text: str, expected: Format) -> None:
    invite = read(mail("HR <hr@example-careers.com>", "Interview", text), "invite.eml")
    assert invite.interview.format == expected


# ---------------------------------------------------------------- kind 4: coordinator of a loop


def event(
    uid: str, start: str, organizer: str, people: list[tuple[str, str]], text: str = ""
) -> str:
    return (
        f"BEGIN:VEVENT\r\nUID:{uid}\r\nDTSTAMP:20261210T101500Z\r\n"
        f"DTSTART;TZID=Europe/Berlin:20270119T{start}00\r\n"
        f"DTEND;TZID=Europe/Berlin:20270119T{start[:2]}4500\r\n"
        f"SUMMARY:Interview – Senior Controller\r\nORGANIZER;{organizer}\r\n"
        + "".join(guest(n, e) for n, e in people)
        + ME
        + (f"DESCRIPTION:{esc(text)}\r\n" if text else "")
        + "LOCATION:https://teams.microsoft.com/l/meetup-join/19%3ameeting_Nzk\r\nEND:VEVENT\r\n"
    )


def calendar(*events: str, prodid: str = "-//Workday//Calendar//EN") -> str:
    return (
        f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:{prodid}\r\nMETHOD:REQUEST\r\n"
        + "".join(events)
        + "END:VCALENDAR\r\n"
    )


JONAS = ("Jonas Weber", "jonas.weber@kranich-energie.de")
LEA = ("Lea Fischer", "lea.fischer@kranich-energie.de")
PRIYA = ("Priya Nair", "priya.nair@kranich-energie.de")


def test_the_coordinator_a_loops_text_names_is_no_panel_member() -> None:
    box = "CN=Kranich Energie:mailto:kranich@myworkday.com"
    cal = calendar(
        event("w1", "1000", box, [JONAS, PRIYA], "Interview Coordinator: Priya Nair"),
        event("w2", "1100", box, [LEA, PRIYA], "Interview Coordinator: Priya Nair"),
    )
    invite = read(cal)
    assert coordinator(invite) == "Priya Nair"
    assert sorted(interviewers(invite)) == ["Jonas Weber", "Lea Fischer"]


def test_an_interviewer_who_organizes_their_own_part_of_a_loop_stays_a_panel_member() -> None:
    cal = calendar(
        event("g1", "1000", f"CN={PRIYA[0]}:mailto:{PRIYA[1]}", [JONAS, PRIYA]),
        event("g2", "1100", f"CN={LEA[0]}:mailto:{LEA[1]}", [LEA]),
    )
    invite = read(cal)
    assert coordinator(invite) == "Priya Nair"
    assert sorted(interviewers(invite)) == ["Jonas Weber", "Lea Fischer"]


def test_a_loop_in_a_mail_names_its_contact_person_in_the_text() -> None:
    box = "CN=Kranich Energie Recruiting:mailto:noreply@personio.de"
    cal = calendar(
        event("p1", "1000", f"CN={JONAS[0]}:mailto:{JONAS[1]}", [JONAS]),
        event("p2", "1100", f"CN={LEA[0]}:mailto:{LEA[1]}", [LEA]),
        prodid="-//Personio//Calendar//EN",
    )
    text = (
        "Hallo Rowan,\n\nanbei die Termine für Ihr Vorstellungsgespräch am 19.01.2027.\n\n"
        "Ihre Ansprechpartnerin: Priya Nair (priya.nair@kranich-energie.de)\n\n"
        "Viele Grüße\nIhr Recruiting-Team"
    )
    invite = read(
        mail(f"Kranich Energie <{box.rsplit(':', 1)[1]}>", "Interview", text, cal), "x.eml"
    )
    assert coordinator(invite) == "Priya Nair"
    assert sorted(interviewers(invite)) == ["Jonas Weber", "Lea Fischer"]


def test_a_loops_panel_named_in_the_text_and_on_the_events_is_each_one_person() -> None:
    cal = calendar(
        event("q1", "1000", f"CN={JONAS[0]}:mailto:{JONAS[1]}", [JONAS]),
        event("q2", "1100", f"CN={LEA[0]}:mailto:{LEA[1]}", [LEA]),
        prodid="-//Personio//Calendar//EN",
    )
    text = (
        "Hi Rowan,\n\nYour interviews on 19 January 2027:\n\n"
        "10:00 - 10:45 Jonas Weber, Head of Controlling\n"
        "11:00 - 11:45 Lea Fischer, Finance Director\n\n"
        "Your contact person: Priya Nair (priya.nair@kranich-energie.de)\n\n"
        "Kind regards\nKranich Energie Recruiting Team"
    )
    invite = read(mail("Kranich Energie <noreply@personio.de>", "Interview", text, cal), "x.eml")
    people = [p for p in invite.interview.people if p.role.value == "interviewer"]
    assert sorted((p.name, p.title, p.email) for p in people) == [
        ("Jonas Weber", "Head of Controlling", JONAS[1]),
        ("Lea Fischer", "Finance Director", LEA[1]),
    ]
    assert coordinator(invite) == "Priya Nair"


# ---------------------------------------------------------------- kind 5: roles in subjects


@pytest.mark.parametrize(
    ("subject", "role"),
    [
        ("面試邀請 - 高級會計師", "高級會計師"),
        ("Interview Invitation 面試邀請 - Senior Accountant", "Senior Accountant"),
        ("【面接のご案内】株式会社サクラ精機 生産技術エンジニア", "生産技術エンジニア"),
        ("면접 안내 - 데이터 엔지니어", "데이터 엔지니어"),
        ("【Moka】面试邀请-高级会计师-星河科技", "高级会计师"),
        ("【面试通知】星河科技-高级会计师岗位", "高级会计师"),
        ("면접 일정 안내 | 백엔드 개발자 | 누리물류", "백엔드 개발자"),
        ("面試邀請", ""),
        ("【面接のご案内】", ""),
        ("面接日程のご案内【株式会社サクラ精機】", ""),
        ("最終面接のご案内【株式会社サクラ精機】", ""),
    ],
)
def test_the_role_among_a_subjects_label_words(subject: str, role: str) -> None:
    text = "Interview on Tuesday 19 January 2027 at 10:00.\n\nThanks"
    invite = read(mail("HR <hr@hengsang-capital.com.hk>", subject, text), "invite.eml")
    assert invite.interview.role == role
    # nor is a label's word the company ("Interview Invitation 面試邀請 - …")
    assert not any(
        w in invite.interview.company for w in ("面試", "面试", "面接", "면접", "Interv")
    )
