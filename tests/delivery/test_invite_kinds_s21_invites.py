"""Issue 9, session 21: kinds held-out v19 still got wrong, in new invented examples in other
languages than v19's files (the shapes of Zoho Recruit, Exchange, Google Calendar and ATS
mails as their public help pages show them):

- a zone the text alone gives beside the start's time, in any language: a country's clock
  ("ora italiana", "Türkiye saati", "เวลาประเทศไทย", "한국 시간", "czasu polskiego"), an offset
  of hours and minutes ("(UTC+05:30)"), a 24-hour time with a full stop ("15.00 WIB"), for a
  start given in UTC or floating (then the zone is said to be inferred);
"""

from __future__ import annotations

import pytest
from test_invite_kinds_s13_invites import USER, calendar, mail

from followup.delivery.invites import ImportedInvite, parse_invite


def event(start: str, description: str = "", summary: str = "Interview") -> str:
    return (
        "BEGIN:VEVENT\r\nUID:s21-0@x\r\nDTSTAMP:20261101T090000Z\r\n"
        f"{start}\r\nSUMMARY:{summary}\r\n"
        + (f"DESCRIPTION:{description}\r\n" if description else "")
        + "ORGANIZER;CN=Jo Marsh:mailto:jo.marsh@harrowfield.example\r\n"
        f"ATTENDEE;CN=Rowan Adeyemi:mailto:{USER}\r\nEND:VEVENT\r\n"
    )


def read(data: bytes, name: str = "s21.eml") -> ImportedInvite:
    return parse_invite(data, name, default_tz="UTC", user_emails=[USER])


def in_text(text: str, start: str) -> ImportedInvite:
    return read(
        mail(
            "Jo Marsh <jo.marsh@harrowfield.example>",
            "Interview",
            f"Hello,\n\n{text}\n\nJo\n",
            (calendar(event(start)),),
        )
    )


# --------------------------------------------------------------------------- zones in the text

UTC_START = "DTSTART:20270608T080000Z"  # 8 June 2027, 08:00 UTC


@pytest.mark.parametrize(
    ("text", "clock", "zone", "country"),
    [
        ("Il colloquio si terrà alle 10:00 (ora italiana).", "10:00", "Europe/Rome", "IT"),
        ("Saat: 11:00 (Türkiye saati)", "11:00", "Europe/Istanbul", "TR"),
        ("เวลา: 15.00 – 16.00 น. (เวลาประเทศไทย)", "15:00", "Asia/Bangkok", "TH"),
        ("시간: 17:00 (한국 시간)", "17:00", "Asia/Seoul", "KR"),
        ("Godzina: 10:00 czasu polskiego", "10:00", "Europe/Warsaw", "PL"),
        ("Ώρα: 11:00 (ώρα Ελλάδος)", "11:00", "Europe/Athens", "GR"),
        ("Időpont: 10:00 (magyar idő szerint)", "10:00", "Europe/Budapest", "HU"),
        ("שעה: 11:00 (שעון ישראל)", "11:00", "Asia/Jerusalem", "IL"),
        ("Thời gian: 15:00 (giờ Việt Nam, GMT+7)", "15:00", "Asia/Ho_Chi_Minh", "VN"),
        ("Ora: 11:00 (ora României)", "11:00", "Europe/Bucharest", "RO"),
        ("Time: 13:30 (UTC+05:30)", "13:30", "Asia/Kolkata", "IN"),
        ("Time: 13:45 (GMT+05:45)", "13:45", "Asia/Kathmandu", "NP"),
        ("Waktu: 15.00 WIB", "15:00", "Asia/Jakarta", "ID"),
        ("日時：6月8日 17:00（JST）", "17:00", "Asia/Tokyo", "JP"),
    ],
)
def test_a_zone_the_text_gives_beside_a_utc_starts_time_is_the_rounds(
    text: str, clock: str, zone: str, country: str
) -> None:
    invite = in_text(text, UTC_START)
    assert (f"{invite.interview.time:%H:%M}", invite.interview.tz) == (clock, zone)
    assert invite.country == country


@pytest.mark.parametrize(
    ("text", "start", "zone", "country"),
    [
        ("Il colloquio si terrà alle 10:00 (ora italiana).", "20270608T100000", "Europe/Rome",
         "IT"),
        ("L'entretien aura lieu à 10h00, heure de Paris.", "20270608T100000", "Europe/Paris",
         "FR"),
        ("Time: 1:30 PM IST", "20270608T133000", "Asia/Kolkata", "IN"),
        ("Time: 13:30 (UTC+05:30)", "20270608T133000", "Asia/Kolkata", "IN"),
        ("เวลา: 15.00 น. (เวลาประเทศไทย)", "20270608T150000", "Asia/Bangkok", "TH"),
        ("Uhrzeit: 10:00 Uhr deutscher Zeit", "20270608T100000", "Europe/Berlin", "DE"),
    ],
)  # fmt: skip
def test_a_floating_start_takes_the_zone_the_text_gives_its_time_in(
    text: str, start: str, zone: str, country: str
) -> None:
    invite = in_text(text, f"DTSTART:{start}")
    assert invite.interview.tz == zone
    assert f"{invite.interview.time:%H%M}" == start[-6:-2]  # the wall clock stays
    assert invite.country == country
    assert any(n.startswith(f"time zone {zone} inferred") for n in invite.notes)


def test_a_floating_start_the_texts_time_does_not_agree_with_takes_no_zone_from_it() -> None:
    invite = in_text("Il colloquio si terrà alle 10:00 (ora italiana).", "DTSTART:20270608T140000")
    assert invite.interview.tz != "Europe/Rome"


@pytest.mark.parametrize(
    "text",
    [
        "We meet at 10:00 AM Mountain Time (US & Canada).",  # a zone's own name, not Canada's
        "The interview lasts 45 minutes; plan some time for Canada's visa questions.",
    ],
)
def test_a_country_beside_a_zones_own_name_or_no_clock_word_is_no_countrys_clock(
    text: str,
) -> None:
    invite = in_text(text, "DTSTART:20270608T160000Z")
    assert invite.interview.tz != "America/Toronto"


# --------------------------------------------------------------------------- the company as written


@pytest.mark.parametrize(
    ("signature", "domain", "company"),
    [
        ("„Родопа Трейд“ ЕООД", "rodopatrade.example", "Родопа Трейд"),  # Bulgarian
        ("海鸥精密仪器有限公司", "haiou-instruments.example", "海鸥精密仪器"),  # Chinese
        ("鵬程電子股份有限公司", "pengcheng.example", "鵬程電子"),  # Chinese (Taiwan)
        ("บริษัท ดาวเหนือ ขนส่ง จำกัด", "daonuea.example", "ดาวเหนือ ขนส่ง"),  # Thai
        ("Jūros vėjas, UAB", "jurosvejas.example", "Jūros vėjas"),  # Lithuanian, sentence case
        ("Cerámicas Jaliscienses, S.A. de C.V.", "ceramjal.example", "Cerámicas Jaliscienses"),
    ],
)
def test_the_company_is_kept_as_its_signature_writes_it_with_its_legal_form(
    signature: str, domain: str, company: str
) -> None:
    data = mail(
        f"Mira Kovač <mira.kovac@{domain}>",
        "Interview",
        f"Hello,\n\nwe look forward to meeting you.\n\nMira Kovač\n{signature}\n",
        (calendar(event("DTSTART;TZID=Europe/Sofia:20270608T100000")),),
    )
    assert read(data).interview.company == company


# --------------------------------------------------------------------------- roles


@pytest.mark.parametrize(
    ("subject", "text", "role"),
    [
        # Google Calendar's "Invitation:" and its date after " @ " in another language
        ("Pozvánka: Pohovor – Skladník (Harrowfield) @ po 7. čvn 2027 10:00–11:00 (SELČ)",
         "Dobrý den,\n\ntěšíme se na setkání.\n", "Skladník"),
        ("Invitație la interviu",
         "Bună ziua,\n\nVă invităm la un interviu pentru postul de Tehnician laborator.\n",
         "Tehnician laborator"),
        ("Mwaliko", "Habari,\n\nTunakualika kwenye usaili wa nafasi ya Mhasibu Mkuu.\n",
         "Mhasibu Mkuu"),
        ("Uzaicinājums",
         "Labdien!\n\nAicinām Jūs uz darba interviju par amatu Noliktavas vadītājs.\n",
         "Noliktavas vadītājs"),
    ],
)  # fmt: skip
def test_the_role_after_a_lead_or_in_a_localised_invitation_subject(
    subject: str, text: str, role: str
) -> None:
    start = "DTSTART;TZID=Europe/Prague:20270607T100000"
    data = mail(
        "Jo Marsh <jo.marsh@harrowfield.example>",
        subject,
        text + "\nJo Marsh\n",
        (calendar(event(start, summary=subject.split(" @ ")[0])),),
    )
    assert read(data).interview.role == role


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # scripts without letter case: Hebrew, Arabic, and Thai's lead inside its words
        ("שלום,\n\nאנו שמחים להזמין אותך לראיון עבודה לתפקיד מנהלת חשבונות ראשית.\n",
         "מנהלת חשבונות ראשית"),
        ("مرحباً،\n\nيسعدنا دعوتك لإجراء مقابلة لوظيفة مهندس صيانة.\n", "مهندس صيانة"),
        ("เรียน คุณ Rowan\n\nขอเรียนเชิญท่านเข้ารับการสัมภาษณ์งานในตำแหน่งเจ้าหน้าที่บัญชีอาวุโส\n",
         "เจ้าหน้าที่บัญชีอาวุโส"),
    ],
)  # fmt: skip
def test_a_role_in_a_script_without_letter_case_is_read_after_its_lead(
    text: str, role: str
) -> None:
    assert in_text(text, "DTSTART;TZID=Asia/Jerusalem:20270607T100000").interview.role == role


@pytest.mark.parametrize(
    ("subject", "signature", "company", "role"),
    [
        ("面试邀请：仓储主管（海鸥仪器）", "海鸥仪器有限公司", "海鸥仪器", "仓储主管"),
        ("鵬程電子股份有限公司 面試：製程工程師", "鵬程電子股份有限公司", "鵬程電子", "製程工程師"),
    ],
)  # fmt: skip
def test_a_chinese_subjects_company_is_no_part_of_the_role(
    subject: str, signature: str, company: str, role: str
) -> None:
    data = mail(
        "张丽 <zhangli@haiou.example>",
        subject,
        f"您好：\n\n现诚邀您参加现场面试。\n\n张丽\n招聘专员\n{signature}\n",
        (calendar(event("DTSTART;TZID=Asia/Shanghai:20270607T100000", summary=subject)),),
    )
    invite = read(data).interview
    assert (invite.company, invite.role) == (company, role)


# --------------------------------------------------------------------------- interviewers


@pytest.mark.parametrize(
    ("lines", "people"),
    [
        ("Görüşmeci: Burak Yıldız, Satış Müdürü\nGörüşmeci: Ayşe Çelik, Bölge Yöneticisi",
         {"Burak Yıldız": "Satış Müdürü", "Ayşe Çelik": "Bölge Yöneticisi"}),
        ("Entrevistadora: Lucía Paredes, Jefa de Planta",
         {"Lucía Paredes": "Jefa de Planta"}),
        ("Interviewer/in: Jana Hofstetter, Leiterin Controlling",
         {"Jana Hofstetter": "Leiterin Controlling"}),
        ("Intervistatore: Marco Bellini, Direttore Tecnico",
         {"Marco Bellini": "Direttore Tecnico"}),
    ],
)  # fmt: skip
def test_an_interviewers_label_in_another_language_names_the_interviewer(
    lines: str, people: dict[str, str]
) -> None:
    invite = in_text(f"Your interview is confirmed.\n\n{lines}\n", UTC_START)
    found = {p.name: p.title for p in invite.interview.people if p.role.value == "interviewer"}
    assert found == people
