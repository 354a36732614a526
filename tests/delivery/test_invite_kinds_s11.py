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
