"""Issue 9, session 19: a day written with numbers, in the order its writer's country puts it
(invented companies and people, the senders' public shapes):

- with full stops ("12.6.2030", "12. 6. 2030", "am 3.7. um 10 Uhr") the day comes first, in
  every country that writes dates so (Finland, Germany, Norway, Poland, Czechia, Turkey …);
- with a year first ("2030/06/12", "2030. 6. 12.") the month follows the year;
- with slashes and both numbers 12 or less, a weekday next to the date that fits only one
  reading decides; else English text is read month first, any other language day first.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_invite_kinds_s13_invites import mail, read

from followup.core.textdates import days_in


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Aika: tiistaina 9.3.2027 klo 13.00-14.00 (Suomen aikaa)", date(2027, 3, 9)),
        ("Tid: onsdag 10.03.2027 kl. 09.30", date(2027, 3, 10)),
        ("Termin: Donnerstag, 4. 3. 2027, 15:00 Uhr", date(2027, 3, 4)),
        ("Wir freuen uns auf Sie am 11.2. um 10:00 Uhr.", date(2027, 2, 11)),
        ("Fecha: jueves 04/03/2027 a las 10:00", date(2027, 3, 4)),
        ("Date : jeudi 04/03/2027 à 10 h", date(2027, 3, 4)),
        ("Your interview is on Thursday 03/04/2027 at 2 PM with the team.", date(2027, 3, 4)),
        ("Please join us on 03/04/2027 at 2 PM; the panel will be at the front desk.",
         date(2027, 3, 4)),
        ("Data: 04/03/2027, ore 10:00, presso la nostra sede", date(2027, 3, 4)),
        ("日時：2027/03/04 10:00～11:00", date(2027, 3, 4)),
        ("Időpont: 2027. 3. 4. 10:00", date(2027, 3, 4)),
    ],
)  # fmt: skip
def test_a_numeric_day_is_read_in_its_writers_order(text: str, day: date) -> None:
    days = [found for _, found in days_in(text, date(2027, 1, 15))]
    assert days[:1] == [day]


@pytest.mark.parametrize(
    "text",
    [
        "klo 14.00. Tervetuloa!",
        "Treffpunkt: Raum 14.30. im zweiten Stock",
    ],
)
def test_a_time_or_a_number_with_full_stops_is_no_day(text: str) -> None:
    assert [found for _, found in days_in(text, date(2027, 1, 15))] == []


@pytest.mark.parametrize(
    ("sender", "subject", "text", "day"),
    [
        ("Pohjantähti Logistics <rekry@pohjantahti.example>",
         "Haastattelukutsu: Varastopäällikkö",
         "Hei Rowan,\r\n\r\nkutsumme sinut haastatteluun.\r\n\r\n"
         "Aika: perjantaina 5.3.2027 klo 10.00-11.00\r\nPaikka: Teams\r\n\r\n"
         "Ystävällisin terveisin\r\nIlona Rautio\r\n", date(2027, 3, 5)),
        ("Kesselbach Maschinenbau <jobs@kesselbach.example>", "Einladung zum Vorstellungsgespräch",
         "Hallo Rowan,\r\n\r\nwir laden Sie am Dienstag, 9.3. um 14:00 Uhr in unser Werk ein."
         "\r\n\r\nMit freundlichen Grüßen\r\nJonas Ertl\r\n", date(2027, 3, 9)),
        ("Ferretería Olmedo <rrhh@olmedo.example>", "Entrevista - Jefe de Almacén",
         "Hola Rowan:\r\n\r\nFecha: lunes 08/03/2027\r\nHora: 12:00\r\n"
         "Lugar: Calle Mayor 5, Zaragoza\r\n\r\nUn saludo,\r\nPilar Ortún\r\n", date(2027, 3, 8)),
    ],
)  # fmt: skip
def test_an_invitations_numeric_day_is_read_in_its_writers_order(
    sender: str, subject: str, text: str, day: date
) -> None:
    interview = read(mail(sender, subject, text)).interview
    assert interview.interviewed == day
