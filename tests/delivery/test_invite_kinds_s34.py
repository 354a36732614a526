"""Issue 9 (session 34): kinds of fault in reading invites, with invented names, companies and
languages:

1. a role the mail's subject and text both write one way ("Sachbearbeiter/in Einkauf") is
   read as written, over an event title's other wording ("Sachbearbeitung Einkauf");
2. a legal form with a case's ending written onto it (Hungarian "Kft.-nél", Turkish
   "A.Ş.'de", Finnish "Oy:n") ends the company's name and goes like the bare form; a contact
   label in Hungarian, Romanian or Turkish gives the coordinator;
3. the coordinator keeps the Latin name of the mail's header when the text signs with it too
   beside its own script, and the panel is named in Latin letters;
4. the word for an interview in Malay, Indonesian, Thai, Vietnamese, Turkish ("Temuduga",
   "Wawancara", …) before "Role (Company)": the role, and the company in brackets (the mail
   domain confirming it where the role's words are unknown);
5. a Vietnamese or Malay title after an interviewer's name ("Trưởng nhóm Kho vận");
6. "via Zoom" in the other languages ("qua", "melalui", "über", "por", "ผ่าน") ends a role;
7. a lower-case family particle inside a name ("dela", "delos", "de los", "del");
8. "our <title>, <Name> (<address>)", "<Name>, nuestra <title>, a <address>": the coordinator.
"""

from __future__ import annotations

import pytest
from test_invite_kinds_s13_invites import calendar, event
from test_invite_kinds_s13_invites import mail as multi_mail

from followup.core import legal_forms
from followup.delivery.invites.common import _vocab
from followup.delivery.invites.roles import _body_role
from helpers_invites import USER, coordinator, esc, interviewers, mail, outlook, read


def people_mail(
    sender: str, subject: str, text: str, organizer: str, *, html: bool = False
) -> bytes:
    cal = outlook(organizer, "Interview", "")
    return mail(sender, subject, text, cal, subtype="html" if html else "plain")


# ------------------------------------------------------------------ 1. a role as written


@pytest.mark.parametrize(
    ("subject", "summary", "text", "role"),
    [
        ("Einladung zum Vorstellungsgespräch – Teamleiter/in Versand (m/w/d)",
         "Vorstellungsgespräch Teamleitung Versand",
         "vielen Dank für Ihre Bewerbung als Teamleiter/in Versand. Wir freuen uns.",
         "Teamleiter/in Versand"),
        ("Einladung zum Vorstellungsgespräch – Teamleiter/in Versand (m/w/d)",
         "Vorstellungsgespräch Teamleiter Versand",
         "vielen Dank für Ihre Bewerbung als Teamleiter/in Versand. Wir freuen uns.",
         "Teamleiter/in Versand"),
        ("Einladung: Leiter/in Kundenservice",
         "Vorstellungsgespräch Leitung Kundenservice",
         "danke für Ihre Bewerbung als Leiter/in Kundenservice. Bis bald.",
         "Leiter/in Kundenservice"),
        ("Entrevista – Coordinador/a de Ventas",
         "Entrevista – Coordinador de Ventas",
         "Gracias por postularte al puesto de Coordinador/a de Ventas. Te esperamos.",
         "Coordinador/a de Ventas"),
        # the event's title the subject says again, or a text that names no role: as before
        ("Vorstellungsgespräch Teamleitung Versand",
         "Vorstellungsgespräch Teamleitung Versand",
         "vielen Dank für Ihre Bewerbung als Teamleiter/in Versand. Wir freuen uns.",
         "Teamleitung Versand"),
        ("Einladung – Teamleiter/in Versand",
         "Vorstellungsgespräch Teamleitung Versand",
         "vielen Dank für Ihre Bewerbung. Wir freuen uns.",
         "Teamleitung Versand"),
    ],
)  # fmt: skip
def test_the_role_the_subject_and_the_text_write_alike_wins_over_the_event(
    subject: str, summary: str, text: str, role: str
) -> None:
    cal = outlook("CN=Petra Lang:mailto:petra.lang@kesselwerk.example", summary, text)
    invite = read(mail("Petra Lang <petra.lang@kesselwerk.example>", subject, text, cal), "r.eml")
    assert invite.interview.role == role


def test_a_position_line_still_says_the_role_best() -> None:
    subject = "Einladung – Sachbearbeiter/in Einkauf"
    text = (
        "Position: Einkäufer/in Rohstoffe\n\n"
        "Danke für Ihre Bewerbung als Sachbearbeiter/in Einkauf."
    )
    cal = outlook("CN=Petra Lang:mailto:petra.lang@kesselwerk.example", "Gespräch Einkauf", text)
    invite = read(mail("Petra Lang <petra.lang@kesselwerk.example>", subject, text, cal), "r.eml")
    assert invite.interview.role == "Einkäufer/in Rohstoffe"


# ------------------------------------------------- 2. a legal form with a case's ending


@pytest.mark.parametrize(
    ("name", "bare"),
    [
        ("Pannon Malomipari Nyrt.-nél", "Pannon Malomipari"),
        ("Balatoni Üvegház Kft.-hez", "Balatoni Üvegház"),
        ("Dunakeszi Festék Zrt.-ben", "Dunakeszi Festék"),
        ("Ege Seramik A.Ş.'de", "Ege Seramik"),
        ("Kuopion Sellu Oy:n", "Kuopion Sellu"),
        ("Weber Antriebe GmbH-val", "Weber Antriebe"),
        # no legal form, or one without an ending: as before
        ("Farmers Co-op", "Farmers Co-op"),
        ("Smith & Co.", "Smith & Co."),
        ("Kovács-Nagy Kft.", "Kovács-Nagy"),
        ("Tóth-Szabó Partners", "Tóth-Szabó Partners"),
    ],
)  # fmt: skip
def test_a_legal_form_with_a_case_ending_goes_like_the_bare_form(name: str, bare: str) -> None:
    assert legal_forms.without_legal_form(name) == bare


def test_a_case_ending_is_left_out_only_of_a_legal_form() -> None:
    without_case_ending = legal_forms.without_case_ending
    assert without_case_ending("Kft.-nél") == "Kft."
    assert without_case_ending("A.Ş.'ye") == "A.Ş."
    assert without_case_ending("Oyj:ssä") == "Oyj"
    assert without_case_ending("Szeged-ben") == "Szeged-ben"
    assert without_case_ending("Co-op") == "Co-op"
    legal_form_at = legal_forms.legal_form_at
    assert legal_form_at(["Kft.-nél", "dolgozik"], 0) == 1
    assert legal_form_at(["Kft-ről"], 0) == 1
    assert legal_form_at(["Kertész-nél"], 0) == 0


@pytest.mark.parametrize(
    ("sender", "text", "company"),
    [
        ("Pannon Malomipari <pannon@myworkday.com>",
         "Kedves Rowan!\n\nÖrömmel hívjuk interjúra a Pannon Malomipari Nyrt.-hez a "
         "Logisztikai Elemző pozícióra.\n\nPannon Malomipari Nyrt. · Pécs, Rákóczi út 3.",
         "Pannon Malomipari"),
        ("Ege Seramik <ege@myworkday.com>",
         "Merhaba Rowan,\n\nEge Seramik A.Ş.'deki Satış Uzmanı pozisyonu için sizi mülakata "
         "davet ediyoruz.\n\nEge Seramik A.Ş. · İzmir",
         "Ege Seramik"),
    ],
)  # fmt: skip
def test_a_company_named_with_a_case_ending_on_its_form(
    sender: str, text: str, company: str
) -> None:
    cal = outlook(f"CN={sender.split(' <')[0]}:mailto:{sender.split('<')[1][:-1]}", "Interjú", "")
    invite = read(mail(sender, "Interjú", text, cal), "c.eml")
    assert invite.interview.company == company


@pytest.mark.parametrize(
    ("line", "name", "email"),
    [
        ("Kapcsolattartó: Kiss Dóra, személyügyi asszisztens (dora.kiss@somogyfa.example)",
         "Kiss Dóra", "dora.kiss@somogyfa.example"),
        ("Persoană de contact: Ioana Marinescu (ioana.marinescu@somogyfa.example)",
         "Ioana Marinescu", "ioana.marinescu@somogyfa.example"),
        ("İrtibat kişisi: Elif Arslan, İK Uzmanı (elif.arslan@somogyfa.example)",
         "Elif Arslan", "elif.arslan@somogyfa.example"),
    ],
)  # fmt: skip
def test_a_contact_label_of_another_language_gives_the_coordinator(
    line: str, name: str, email: str
) -> None:
    text = f"Kedves Rowan!\n\nInterjú: Adatelemző\n\n{line}\n\nEz egy automatikus üzenet."
    cal = outlook("CN=Somogyfa:mailto:somogyfa@myworkday.com", "Interjú – Adatelemző", "")
    invite = read(mail("Somogyfa <somogyfa@myworkday.com>", "Interjú", text, cal), "k.eml")
    people = {p.name: p.email for p in invite.interview.people if p.role.value == "coordinator"}
    assert people == {name: email}


# ------------------------------------------- 3. the header's Latin name, signed in both


@pytest.mark.parametrize(
    ("sender", "text", "want"),
    [
        ("Sara El-Masry <sara.elmasry@deltaharvest.example>",
         "مرحباً رووان،\n\nيسعدنا دعوتك لمقابلة.\n\nInterviewers: Omar Hegazy, Dina Fawzy\n\n"
         "مع أطيب التحيات،\nسارة المصري - Sara El-Masry\nالموارد البشرية",
         "Sara El-Masry"),
        ("Irina Pavlova <irina.pavlova@volgaline.example>",
         "Здравствуйте, Rowan!\n\nInterviewers: Mark Bauer, Lena Hoffmann\n\n"
         "С уважением,\nИрина Павлова / Irina Pavlova\nHR",
         "Irina Pavlova"),
        # the panel named in the text's own script: the coordinator too
        ("Irina Pavlova <irina.pavlova@volgaline.example>",
         "Здравствуйте, Rowan!\n\nИнтервьюеры:\n- Дмитрий Орлов, директор по продажам\n\n"
         "С уважением,\nИрина Павлова / Irina Pavlova\nменеджер по подбору персонала",
         "Ирина Павлова"),
        # the text signs only in its own script: as the text writes the name
        ("Sara El-Masry <sara.elmasry@deltaharvest.example>",
         "مرحباً رووان،\n\nيسعدنا دعوتك لمقابلة.\n\nInterviewers: Omar Hegazy, Dina Fawzy\n\n"
         "مع أطيب التحيات،\nسارة المصري\nالموارد البشرية",
         "سارة المصري"),
    ],
)  # fmt: skip
def test_the_coordinator_keeps_the_latin_name_they_sign_with_too(
    sender: str, text: str, want: str
) -> None:
    address = sender.split("<")[1][:-1]
    name = sender.split(" <")[0]
    cal = outlook(f"CN={name}:mailto:{address}", "Interview – Supply Analyst", text)
    invite = read(mail(sender, "Interview – Supply Analyst", text, cal), "n.eml")
    assert coordinator(invite) == want


# ------------------------------------- 4. the interview's word, then "Role (Company)"


def iphone(summary: str, description: str, domain: str) -> str:
    """A bare iPhone invite: the organizer behind Apple's relay, their own address in EMAIL."""
    relay = "2_HAZTMNRZGQ2DMNBZGQ3TMMRZG5MKLQ4X3ZKXP7Y5ETNC2VHJ4PDQ@imip.me.com"
    who = f'CN="Siti Hajar binti Osman";EMAIL="siti.hajar@{domain}"'
    return (
        "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nPRODID:-//Apple Inc.//iPhone OS 18.1//EN\r\n"
        "VERSION:2.0\r\nCALSCALE:GREGORIAN\r\nBEGIN:VEVENT\r\n"
        f"ATTENDEE;{who};CUTYPE=INDIVIDUAL;PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:{relay}\r\n"
        f'ATTENDEE;CN="Rowan Adeyemi";EMAIL="{USER}";PARTSTAT=NEEDS-ACTION;RSVP=TRUE:'
        f"mailto:{USER}\r\n"
        f"DESCRIPTION:{esc(description)}\r\n"
        "DTSTART;TZID=Asia/Kuala_Lumpur:20270122T150000\r\n"
        "DTEND;TZID=Asia/Kuala_Lumpur:20270122T160000\r\nDTSTAMP:20270110T031547Z\r\n"
        f"ORGANIZER;{who}:mailto:{relay}\r\nSEQUENCE:0\r\nSTATUS:CONFIRMED\r\n"
        f"SUMMARY:{summary}\r\nUID:S34-IPHONE-{len(summary)}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )


@pytest.mark.parametrize(
    ("summary", "description", "domain", "company", "role"),
    [
        ("Temuduga – Pegawai Akaun Kanan (Bumi Hijau)",
         "Temuduga untuk jawatan Pegawai Akaun Kanan di Bumi Hijau Sdn Bhd. Sila hubungi saya.",
         "bumihijau.example", "Bumi Hijau", "Pegawai Akaun Kanan"),
        # the role's words are known nowhere: the bracket spells the organizer's domain
        ("Temuduga – Penulis Kandungan Digital (Rumah Kata)",
         "Temuduga bagi jawatan ini di pejabat kami. Sila hubungi saya.",
         "rumahkata.example", "Rumah Kata", "Penulis Kandungan Digital"),
        ("Temu duga: Jurutera Proses (Sungai Emas)",
         "Temu duga bagi jawatan Jurutera Proses di Sungai Emas Berhad.",
         "sungaiemas.example", "Sungai Emas", "Jurutera Proses"),
        ("Wawancara – Staf Gudang (Sinar Pagi)",
         "Wawancara untuk posisi Staf Gudang di PT Sinar Pagi. Terima kasih.",
         "sinarpagi.example", "Sinar Pagi", "Staf Gudang"),
        ("Phỏng vấn – Nhân viên Kho (Sao Mai)",
         "Phỏng vấn vị trí Nhân viên Kho tại Công ty Sao Mai.",
         "saomai.example", "Sao Mai", "Nhân viên Kho"),
        ("Mülakat – Satış Temsilcisi (Ege Seramik)",
         "Satış Temsilcisi pozisyonu için mülakat. Ege Seramik A.Ş.",
         "egeseramik.example", "Ege Seramik", "Satış Temsilcisi"),
    ],
)  # fmt: skip
def test_an_interview_word_then_role_and_company_in_brackets(
    summary: str, description: str, domain: str, company: str, role: str
) -> None:
    invite = read(iphone(summary, description, domain), "t.ics")
    assert (invite.interview.company, invite.interview.role) == (company, role)


def test_a_bracket_of_a_work_arrangement_is_no_company() -> None:
    ics = iphone("Temuduga – Analis Data (Remote)", "Temuduga.", "bumihijau.example")
    invite = read(ics, "t.ics")
    assert invite.interview.company != "Remote"
    assert invite.interview.role == "Analis Data"


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Temuduga untuk jawatan Juruteknik Makmal di Bumi Hijau Sdn Bhd pada hari Selasa.",
         "Bumi Hijau"),
        ("Thanks for applying. Interview for the Site Engineer role at Corran Civil Ltd on Monday.",
         "Corran Civil"),
        # no job's words before "di": the name's own joining word
        ("Colloquio presso Banca di Cividale S.p.A. martedì.", "Banca di Cividale"),
    ],
)  # fmt: skip
def test_a_legal_name_starts_after_a_job_and_its_at(text: str, company: str) -> None:
    cal = outlook("CN=Jo Marsh:mailto:jo.marsh@mailhost.example", "Interview", "")
    invite = read(mail("Jo Marsh <jo.marsh@mailhost.example>", "Interview", text, cal), "l.eml")
    assert invite.interview.company == company


# ------------------------------------------------------- 5. titles in other languages


@pytest.mark.parametrize(
    ("description", "name", "title"),
    [
        ("Người phỏng vấn: Phạm Văn Long, Trưởng nhóm Kho vận", "Phạm Văn Long",
         "Trưởng nhóm Kho vận"),
        ("Penemuduga: Siti Rahimah, Pengurus Operasi", "Siti Rahimah", "Pengurus Operasi"),
        ("Người phỏng vấn: Đỗ Thị Mai, Chuyên gia Dữ liệu", "Đỗ Thị Mai", "Chuyên gia Dữ liệu"),
    ],
)  # fmt: skip
def test_an_interviewer_title_in_vietnamese_or_malay(
    description: str, name: str, title: str
) -> None:
    guest = (
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;"
        f"CN={name}:mailto:x.{len(name)}@saomai.example\r\n"
    )
    cal = outlook(
        "CN=Hoa Le:mailto:hoa.le@saomai.example", "Phỏng vấn Nhân viên Kho", description, guest
    )
    invite = read(mail("Hoa Le <hoa.le@saomai.example>", "Phỏng vấn", description, cal), "v.eml")
    assert interviewers(invite).get(name) == title


# --------------------------------------------------------- 6. "via Zoom" ends a role


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("ขอเชิญท่านเข้าสัมภาษณ์งานตำแหน่ง นักวิเคราะห์ข้อมูล ผ่าน Microsoft Teams วันศุกร์",
         "นักวิเคราะห์ข้อมูล"),
        ("Chúng tôi mời bạn phỏng vấn cho vị trí Chuyên viên Kế toán qua Google Meet vào thứ Ba",
         "Chuyên viên Kế toán"),
        ("Kami mengundang Anda wawancara untuk posisi Analis Keuangan melalui Zoom pada Selasa",
         "Analis Keuangan"),
        ("Kami menjemput anda ke temuduga bagi jawatan Pegawai Akaun melalui Teams pada Isnin",
         "Pegawai Akaun"),
        ("wir laden Sie zum Gespräch für die Position Projektleiter Hochbau über Teams ein",
         "Projektleiter Hochbau"),
        ("te invitamos a una entrevista para el puesto de Analista Contable por Zoom el martes",
         "Analista Contable"),
        ("we invite you to interview for the position of Logistics Planner via Zoom on Tuesday",
         "Logistics Planner"),
        # no "via": the whole role
        ("for the position of Head of Treasury Operations. We look forward to it.",
         "Head of Treasury Operations"),
    ],
)  # fmt: skip
def test_a_word_for_via_ends_a_role(text: str, role: str) -> None:
    assert _body_role(text, _vocab()) == role


def test_a_thai_role_via_zoom_in_an_invite() -> None:
    text = "เรียน คุณโรวัน\n\nบริษัท ขอเชิญท่านเข้าสัมภาษณ์งานตำแหน่ง นักบัญชีอาวุโส ผ่าน Zoom\nวันพุธ เวลา 10:00 น."
    cal = outlook("CN=Malee Srisuk:mailto:malee.s@chaolake.example", "สัมภาษณ์งาน", text)
    invite = read(
        mail("Malee Srisuk <malee.s@chaolake.example>", "เชิญสัมภาษณ์งาน", text, cal), "th.eml"
    )
    assert invite.interview.role == "นักบัญชีอาวุโส"


# --------------------------------------------- 7. lower-case family particles in a name


@pytest.mark.parametrize(
    ("line", "name", "title"),
    [
        ("Interviewer: Ramon dela Paz\\, Head of Finance", "Ramon dela Paz", "Head of Finance"),
        ("Interviewer: Andrea delos Reyes\\, QA Lead", "Andrea delos Reyes", "QA Lead"),
        ("Interviewer: Lucía de los Santos\\, Directora Comercial", "Lucía de los Santos",
         "Directora Comercial"),
        ("Interviewer: Marco del Rosario\\, Plant Manager", "Marco del Rosario", "Plant Manager"),
        ("Interviewer: Jose Reyes\\, Plant Manager", "Jose Reyes", "Plant Manager"),
    ],
)  # fmt: skip
def test_a_family_particle_in_small_letters_stays_in_the_name(
    line: str, name: str, title: str
) -> None:
    first = event(
        "20270310T090000",
        "Interview (1/2): Payroll Analyst",
        "Interviewer: Carla Mendoza\\, HR Business Partner",
        organizer="CN=Luzon Recruiting:mailto:recruiting@luzonfoods.example",
        uid="s34-a@x",
        zone="Asia/Manila",
    )
    second = event(
        "20270310T100000",
        "Interview (2/2): Payroll Analyst",
        line,
        organizer="CN=Luzon Recruiting:mailto:recruiting@luzonfoods.example",
        uid="s34-b@x",
        zone="Asia/Manila",
    )
    data = multi_mail(
        "Luzon Foods <scheduling@goodtime.io>",
        "Interview Confirmation: Payroll Analyst at Luzon Foods",
        "Hi Rowan,\n\nYour interviews for Payroll Analyst at Luzon Foods are confirmed.",
        (calendar(first), calendar(second)),
    )
    people = interviewers(read(data, "p.eml"))
    assert people.get(name) == title
    assert people.get("Carla Mendoza") == "HR Business Partner"


# ---------------------------------------- 8. "our <title>, <Name> (<address>)": the contact


@pytest.mark.parametrize(
    ("sentence", "name", "email"),
    [
        ("If you need to reschedule, reach out to our Talent Scout, Ines Okafor "
         "(ines.okafor@marlowbay.example).", "Ines Okafor", "ines.okafor@marlowbay.example"),
        ("Para cualquier cambio, escribe a nuestra Analista de Talento, Camila Ríos "
         "&lt;camila.rios@marlowbay.example&gt;.", "Camila Ríos", "camila.rios@marlowbay.example"),
        ("Si necesitas cambiar el horario, escríbele a Camila Ríos, nuestra líder de selección, "
         "a camila.rios@marlowbay.example.", "Camila Ríos", "camila.rios@marlowbay.example"),
        ("Qualquer dúvida, fale com Beatriz Lima, nossa analista de recrutamento, pelo e-mail "
         "beatriz.lima@marlowbay.example.", "Beatriz Lima", "beatriz.lima@marlowbay.example"),
    ],
)  # fmt: skip
def test_our_title_and_a_name_with_their_address_is_the_coordinator(
    sentence: str, name: str, email: str
) -> None:
    html = (
        "<html><body><p>Hi Rowan!</p><p>We invite you to an interview for the Data Analyst role."
        "</p><p>You will meet Tomás Vidal, Head of Data.</p>"
        f"<p>{sentence}</p><p>Sent with Teamtailor</p></body></html>"
    )
    cal = outlook(
        "CN=Marlow Bay:mailto:no-reply@teamtailor-mail.com", "Interview: Data Analyst", ""
    )
    invite = read(
        mail("Marlow Bay <no-reply@teamtailor-mail.com>", "Interview: Data Analyst", html, cal,
             subtype="html"), "h.eml"
    )  # fmt: skip
    people = {p.name: p.email for p in invite.interview.people if p.role.value == "coordinator"}
    assert people == {name: email}
    assert "Tomás Vidal" in interviewers(invite)


def test_our_interviewer_with_an_address_is_no_coordinator() -> None:
    html = (
        "<html><body><p>Hi Rowan!</p><p>We invite you to an interview for the Data Analyst role."
        "</p><p>You will meet our interviewer, Tomás Vidal (tomas.vidal@marlowbay.example).</p>"
        "<p>Sent with Teamtailor</p></body></html>"
    )
    cal = outlook(
        "CN=Marlow Bay:mailto:no-reply@teamtailor-mail.com", "Interview: Data Analyst", ""
    )
    invite = read(
        mail("Marlow Bay <no-reply@teamtailor-mail.com>", "Interview: Data Analyst", html, cal,
             subtype="html"), "h.eml"
    )  # fmt: skip
    assert coordinator(invite) != "Tomás Vidal"


assert USER  # the candidate every invite here is sent to
