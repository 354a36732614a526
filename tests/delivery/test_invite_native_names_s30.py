"""Issue 9 (kinds 5 and 7), with invented names:

- an interviewer's line with an academic degree before the name that the reader did not
  know ("Herr DI …", "Frau DIin …", "Dr.-Ing. …", "doc. Ing. …") was dropped;
- a table row whose label cell introduces the people ("Du skal møte", "You will meet") and
  whose cell lists them one a line (<br>) kept only the first; Nordic compound titles
  ("seniorrådgiver", "seniorrådgivare") were not read as titles;
- a person the calendar names in Latin letters (CN, From) and the text in its own script
  (Greek, Thai, Cyrillic, Devanagari) came out romanised, or twice: now once, as the text
  writes them, with the text's title.
"""

from __future__ import annotations

import quopri

import pytest

from followup.core.models import Person
from followup.delivery.invites.common import _vocab
from followup.delivery.invites.native_names import across_scripts, one_each
from helpers_invites import USER, coordinator, interviewers, mail, outlook, read

# ------------------------------------------------------------------ degrees before names


@pytest.mark.parametrize(
    ("first", "second", "want"),
    [
        ("Herr DI Jakob Moser – Bereichsleiter Fernwärme",
         "Frau DIin Eva Gruber – Leiterin Personal",
         {"Jakob Moser": "Bereichsleiter Fernwärme", "Eva Gruber": "Leiterin Personal"}),
        ("Frau Mag. Eva Gruber – Leiterin Personal",
         "Herr DI Jakob Moser – Bereichsleiter Fernwärme",
         {"Eva Gruber": "Leiterin Personal", "Jakob Moser": "Bereichsleiter Fernwärme"}),
        ("Herr Dr.-Ing. Uwe Brandl – Leiter Entwicklung",
         "Frau MMag. Sabine Auer – Leiterin Controlling",
         {"Uwe Brandl": "Leiter Entwicklung", "Sabine Auer": "Leiterin Controlling"}),
    ],
)  # fmt: skip
def test_a_degree_before_a_name_is_no_part_of_it(
    first: str, second: str, want: dict[str, str]
) -> None:
    text = (
        "Wir freuen uns, Sie am Mittwoch, 7. November 2035, um 10:00 Uhr in Wien zu sehen.\n\n"
        f"Ihre Gesprächspartner:\n{first}\n{second}\n\nMit freundlichen Grüßen\nIhr Team"
    )
    invite = read(mail("Recruiting <noreply@personio.de>", "Einladung", text), "x.eml")
    assert interviewers(invite) == want


# ------------------------------------------------- a table cell of people, one a line


def html_mail(html: str) -> bytes:
    body = quopri.encodestring(html.encode("utf-8")).decode("ascii")
    return (
        "From: Fjellvik Kraft <no-reply@teamtailor-mail.com>\r\n"
        "Reply-To: Sigrid Hovland <sigrid.hovland@fjellvik.example>\r\n"
        f"To: Rowan Adeyemi <{USER}>\r\nSubject: Invitasjon til intervju – Geolog | Fjellvik\r\n"
        "Date: Mon, 04 Jun 2035 08:10:00 +0000\r\nMIME-Version: 1.0\r\n"
        "Content-Type: text/html; charset=UTF-8\r\n"
        f"Content-Transfer-Encoding: quoted-printable\r\n\r\n{body}\r\n"
    ).encode()


@pytest.mark.parametrize(
    ("label", "cell", "want"),
    [
        ("Du skal møte", "Marit Lyngstad, avdelingsleder geologi<br>Eirik Hovde, seniorrådgiver",
         {"Marit Lyngstad": "avdelingsleder geologi", "Eirik Hovde": "seniorrådgiver"}),
        ("Du skal møte", "Eirik Hovde, seniorrådgiver grunnvann<br>Marit Lyngstad, fagansvarlig",
         {"Eirik Hovde": "seniorrådgiver grunnvann", "Marit Lyngstad": "fagansvarlig"}),
        ("Du träffar", "Marit Lyngström, avdelningschef<br>Erik Hovberg, seniorrådgivare",
         {"Marit Lyngström": "avdelningschef", "Erik Hovberg": "seniorrådgivare"}),
        ("Du skal møde", "Mette Lund, afdelingsleder<br>Esben Hove, seniorrådgiver",
         {"Mette Lund": "afdelingsleder", "Esben Hove": "seniorrådgiver"}),
        ("You will meet", "Marit Lyng, Head of Geology<br>Owen Hove, Senior Groundwater Adviser",
         {"Marit Lyng": "Head of Geology", "Owen Hove": "Senior Groundwater Adviser"}),
    ],
)  # fmt: skip
def test_a_table_cell_lists_one_person_a_line(label: str, cell: str, want: dict[str, str]) -> None:
    html = (
        "<html><body><p>Hei Rowan!</p><table>"
        "<tr><td><b>Tid</b></td><td>onsdag 24. januar 2035 kl. 10.00&ndash;11.00</td></tr>"
        f"<tr><td><b>{label}</b></td><td>{cell}</td></tr></table>"
        "<p>Vennlig hilsen<br>Sigrid Hovland<br>Fjellvik Kraft AS<br>Strandkaien 4, 5013 Bergen"
        "</p></body></html>"
    )
    invite = read(html_mail(html), "x.eml")
    assert interviewers(invite) == want
    assert list(interviewers(invite)) == list(want)  # in the text's order


# --------------------------------------------- one person, Latin letters and own script


def attendee(name: str, email: str) -> str:
    return (
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;"
        f"CN={name}:mailto:{email}\r\n"
    )


CASES = [
    (  # Greek: a dash list under "Συνέντευξη με:", the signature in Greek
        ("Sofia Papadaki", "sofia.papadaki@lefkara.example"),
        "Αγαπητή κα Adeyemi,\n\nΣας προσκαλούμε σε συνέντευξη.\n\nΣυνέντευξη με:\n"
        "- Νίκος Αντωνίου, Διευθυντής Πωλήσεων\n- Δέσποινα Μιχαήλ, Υπεύθυνη Εξαγωγών\n\n"
        "Με εκτίμηση,\nΣοφία Παπαδάκη\nΥπεύθυνη Προσλήψεων\nLefkara Trading Ltd",
        [("Nikos Antoniou", "nikos.antoniou@lefkara.example"),
         ("Despoina Michail", "despoina.michail@lefkara.example")],
        {"Νίκος Αντωνίου": "Διευθυντής Πωλήσεων", "Δέσποινα Μιχαήλ": "Υπεύθυνη Εξαγωγών"},
        "Σοφία Παπαδάκη",
    ),
    (  # Thai: "คุณ" joined to the name, a silent letter (์) in the surname
        ("Supaporn Wongsa", "supaporn.w@siamtide.example"),
        "เรียน คุณ Rowan\n\nผู้สัมภาษณ์:\n1. คุณสมชาย ใจดี (ผู้อำนวยการฝ่ายขาย)\n"
        "2. คุณวิภา ทองดี (หัวหน้าฝ่ายบัญชี)\n\nขอแสดงความนับถือ\n"
        "สุภาพร วงษ์สา (Supaporn Wongsa)\nเจ้าหน้าที่ทรัพยากรบุคคล",
        [("Somchai Jaidee", "somchai.j@siamtide.example"),
         ("Wipa Thongdee", "wipa.t@siamtide.example")],
        {"สมชาย ใจดี": "ผู้อำนวยการฝ่ายขาย", "วิภา ทองดี": "หัวหน้าฝ่ายบัญชี"},
        "สุภาพร วงษ์สา",
    ),
    (  # Russian
        ("Olga Sokolova", "olga.sokolova@volga.example"),
        "Уважаемый Rowan,\n\nИнтервьюеры:\n- Дмитрий Щербаков, директор по продажам\n"
        "- Елена Кузнецова, руководитель отдела кадров\n\nС уважением,\nОльга Соколова\n"
        "менеджер по подбору персонала",
        [("Dmitriy Shcherbakov", "dmitriy.shcherbakov@volga.example"),
         ("Elena Kuznetsova", "elena.kuznetsova@volga.example")],
        {"Дмитрий Щербаков": "директор по продажам",
         "Елена Кузнецова": "руководитель отдела кадров"},
        "Ольга Соколова",
    ),
    (  # Hindi: श्री / सुश्री before the names are no part of them
        ("Priya Deshpande", "priya.deshpande@gangatech.example"),
        "प्रिय Rowan,\n\nसाक्षात्कारकर्ता:\n- श्री अनिल शर्मा, बिक्री निदेशक\n"
        "- सुश्री सुनीता वर्मा, मानव संसाधन प्रमुख\n\nधन्यवाद,\nप्रिया देशपांडे\nभर्ती प्रबंधक",
        [("Anil Sharma", "anil.sharma@gangatech.example"),
         ("Sunita Verma", "sunita.verma@gangatech.example")],
        {"अनिल शर्मा": "बिक्री निदेशक", "सुनीता वर्मा": "मानव संसाधन प्रमुख"},
        "प्रिया देशपांडे",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("organizer", "text", "guests", "want", "coordinator_name"), CASES)
def test_a_person_is_named_once_as_the_text_writes_them(
    organizer: tuple[str, str],
    text: str,
    guests: list[tuple[str, str]],
    want: dict[str, str],
    coordinator_name: str,
) -> None:
    name, address = organizer
    cal = outlook(f"CN={name}:mailto:{address}", "Interview", text,
                  "".join(attendee(*g) for g in guests))  # fmt: skip
    invite = read(mail(f"{name} <{address}>", "Interview", text, cal), "x.eml")
    assert interviewers(invite) == want
    assert coordinator(invite) == coordinator_name
    emails = {p.name: p.email for p in invite.interview.people}
    assert [emails[n] for n in want] == [g[1] for g in guests]  # the calendar's addresses kept


@pytest.mark.parametrize(
    ("latin", "other", "same"),
    [
        ("Maria Konstantinou", "Μαρία Κωνσταντίνου", True),
        ("Kanokwan Suksawat", "กนกวรรณ สุขสวัสดิ์", True),
        ("Dmitriy Shcherbakov", "Дмитрий Щербаков", True),
        ("Sunita Verma", "सुनीता वर्मा", True),
        ("Maria Konstantinou", "Ελένη Χαραλάμπους", False),
        ("Anna Smirnova", "Елена Смирнова", False),  # same surname, another person
        ("Anil Sharma", "सुनीता वर्मा", False),
        ("Karen Chan", "陳嘉欣", False),  # left to the Chinese reader
        ("Anna Smirnova", "Anna Smirnova", False),  # both Latin: no pairing across scripts
    ],
)  # fmt: skip
def test_names_pair_across_scripts_by_their_sound(latin: str, other: str, same: bool) -> None:
    assert across_scripts(latin, other) is same


def test_one_each_keeps_the_text_name_title_and_the_calendar_address() -> None:
    people = [
        Person(name="Pimchanok Sriwong", email="pimchanok.s@example.com"),
        Person(name="คุณพิมพ์ชนก ศรีวงศ์", title="ผู้จัดการฝ่ายวิศวกรรม"),
        Person(name="Noa Levi", email="noa.levi@example.com"),
    ]
    kept = one_each(people, _vocab())
    assert [(p.name, p.title, p.email) for p in kept] == [
        ("พิมพ์ชนก ศรีวงศ์", "ผู้จัดการฝ่ายวิศวกรรม", "pimchanok.s@example.com"),
        ("Noa Levi", None, "noa.levi@example.com"),
    ]
