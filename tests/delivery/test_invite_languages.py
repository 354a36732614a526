"""Invites written in other languages: the interview's kind as they name it ("colloquio
telefonico", "Gespräch vor Ort", "entrevista presencial", "videogesprek"), said in the text
before the signature's street address; the role after its lead words ("per la posizione
di …", "Bewerbung als … (m/w/d)", "voor de vacature …") or as a compound job title
("Lagerlogistiker", "Servicemonteur"); the interviewers with their titles in the sender's
words ("con la Dott.ssa X, Responsabile …", "mit Frau Dr. X, Leiterin …", "avec M. X,
Directeur …", "com X (Gerente …)", a table cell "Gesprächsteilnehmende")."""

from __future__ import annotations

from datetime import date

import pytest
from test_invite_employer import _mail, _read, _titles

from followup.core.models import Format


@pytest.mark.parametrize(
    ("subject", "body", "fmt"),
    [
        (
            "Colloquio conoscitivo",
            "Gentile Casey,\nla invitiamo a un colloquio telefonico lunedì 8 marzo 2027 alle "
            "11:00.\n\nCordiali saluti\nUfficio Personale\nVia Garibaldi 14, 10122 Torino\n",
            Format.PHONE,
        ),
        (
            "Einladung",
            "Hallo Casey,\nwir freuen uns auf ein Gespräch vor Ort am 8. März 2027 um 11:00 Uhr."
            "\n\nViele Grüße\nTeam Personal\n",
            Format.IN_PERSON,
        ),
        (
            "Convocatoria",
            "Hola Casey:\nTe esperamos para una entrevista presencial el 8 de marzo de 2027 a "
            "las 11:00.\n",
            Format.IN_PERSON,
        ),
        (
            "Uitnodiging",
            "Beste Casey,\nHierbij nodigen we je uit voor een videogesprek op 8 maart 2027 om "
            "11:00.\n\nMet vriendelijke groet,\nStationsplein 3, 3511 ED Utrecht\n",
            Format.VIDEO,
        ),
        (
            "Entretien téléphonique - Assistant comptable (H/F)",
            "Bonjour Casey,\nJe vous confirme notre échange le 8 mars 2027 à 11h00.\n"
            "12 rue Paradis, 13001 Marseille\n",
            Format.PHONE,
        ),
    ],
)
def test_the_interview_kind_named_in_another_language(subject: str, body: str, fmt) -> None:
    invite = _read(_mail(subject, body, sender="Ines Roth <ines.roth@lagerhof.example>"))
    assert invite.interview.format is fmt


def test_join_by_phone_in_a_video_invite_is_no_phone_interview() -> None:
    body = (
        "Hi Casey,\nLooking forward to our chat on 8 March 2027 at 11:00.\n\n"
        "Join with Google Meet: https://meet.google.com/abc-defg-hij\n"
        "Join by phone: +1 415-555-0100 PIN: 123456\n"
    )
    invite = _read(_mail("Catch-up", body, sender="Ines Roth <ines.roth@lagerhof.example>"))
    assert invite.interview.format is Format.VIDEO


@pytest.mark.parametrize(
    ("subject", "body", "role"),
    [
        (
            "Convocazione",
            "Gentile Casey,\nin merito alla sua candidatura per la posizione di Progettista "
            "Elettrico presso la nostra sede, la invitiamo il 8 marzo 2027 alle 11:00.\n",
            "Progettista Elettrico",
        ),
        (
            "Ihre Bewerbung",
            "Hallo Casey,\ndanke für Ihre Bewerbung als Lagerlogistiker (m/w/d). Wir laden Sie "
            "am 8. März 2027 um 11:00 Uhr ein.\n",
            "Lagerlogistiker",
        ),
        (
            "Uitnodiging",
            "Beste Casey,\nJe hebt gesolliciteerd voor de vacature Medewerker Klantenservice. "
            "We zien je graag op 8 maart 2027 om 11:00.\n",
            "Medewerker Klantenservice",
        ),
        (
            "Telephone interview",
            "Dear Casey,\nFurther to your application for the position of Site Surveyor, "
            "we'd like to call you on 8 March 2027 at 11:00.\n",
            "Site Surveyor",
        ),
        (
            "Ihr Videointerview als Servicemonteur Kältetechnik (w/m/d)",
            "Hallo Casey,\nam 8. März 2027 um 11:00 Uhr.\n",
            "Servicemonteur Kältetechnik",
        ),
    ],
)
def test_the_role_after_its_lead_words(subject: str, body: str, role: str) -> None:
    invite = _read(_mail(subject, body, sender="Ines Roth <ines.roth@lagerhof.example>"))
    assert invite.interview.role == role


@pytest.mark.parametrize(
    ("body", "titles"),
    [
        (
            "Gentile Casey,\nil colloquio si terrà il 8 marzo 2027 alle 11:00 con la Dott.ssa "
            "Elena Marchetti, Direttrice di Stabilimento, e con il Sig. Luca Ferri, Capo "
            "Reparto.\n",
            {"Elena Marchetti": "Direttrice di Stabilimento", "Luca Ferri": "Capo Reparto"},
        ),
        (
            "Hallo Casey,\nam 8. März 2027 um 11:00 Uhr sprechen Sie mit Herrn Dr. Tobias "
            "Kern, Leiter Einkauf, und Frau Miriam Scholz, Teamleiterin Lager.\n",
            {"Tobias Kern": "Leiter Einkauf", "Miriam Scholz": "Teamleiterin Lager"},
        ),
        (
            "Bonjour Casey,\nLe 8 mars 2027 à 11h00, vous échangerez avec M. Karim Benali, "
            "Directeur des opérations.\n",
            {"Karim Benali": "Directeur des opérations"},
        ),
        (
            "Olá Casey,\nA entrevista será em 8 de março de 2027 às 11:00 com Beatriz Souza\n"
            "(Gerente de Compras) e Caio Ribeiro (Analista Sênior).\n",
            {"Beatriz Souza": "Gerente de Compras", "Caio Ribeiro": "Analista Sênior"},
        ),
        (
            "Hola Casey:\nLa entrevista del 8 de marzo de 2027 a las 11:00 la realizará "
            "Lucía Prieto (Jefa de Planta y Mantenimiento).\n",
            {"Lucía Prieto": "Jefa de Planta y Mantenimiento"},
        ),
        (
            "Hi Casey,\nOn 8 March 2027 at 11:00 our Head of Housekeeping, Joan Pike, will "
            "call you.\n",
            {"Joan Pike": "Head of Housekeeping"},
        ),
    ],
)
def test_interviewers_and_titles_in_the_senders_words(body: str, titles: dict) -> None:
    invite = _read(_mail("Interview", body, sender="Ines Roth <ines.roth@lagerhof.example>"))
    assert _titles(invite) == titles


def test_a_table_cell_label_and_a_german_closing() -> None:
    html = (
        "<p>Hallo Casey</p><table><tr><td>Termin</td><td>8. März 2027, 11:00 Uhr</td></tr>"
        "<tr><td>Gesprächsteilnehmende</td><td>Sven Roth, Leiter Werkstatt<br>Jana Wolf, "
        "Teamleiterin Einkauf</td></tr></table>"
        "<p>Freundliche Grüsse<br>Ines Roth<br>HR Business Partnerin</p>"
    )
    data = _mail("Einladung", "", sender="Ines Roth <ines.roth@lagerhof.example>")
    data = data.replace(b"text/plain", b"text/html") + html.encode()
    invite = _read(data)
    assert _titles(invite) == {"Sven Roth": "Leiter Werkstatt", "Jana Wolf": "Teamleiterin Einkauf"}


def test_a_japanese_mail() -> None:
    body = (
        "山本 様\n\nこの度は株式会社アオバ電機の品質管理職にご応募いただきありがとうございます。\n"
        "日時：2027年4月6日（火）10:30～11:30\n形式：オンライン面接（Microsoft Teams）\n\n"
        "株式会社アオバ電機\n人事部 採用担当\n"
    )
    data = _mail(
        "面接のご案内",
        "",
        # "株式会社アオバ電機 人事部": the company and its personnel department
        sender="=?utf-8?b?5qCq5byP5Lya56S+44Ki44Kq44OQ6Zu75qmfIOS6uuS6i+mDqA==?= "
        "<jinji@aoba-denki.co.jp>",
    )
    invite = _read(data + body.encode())
    interview = invite.interview
    assert (interview.interviewed, interview.time.hour, interview.time.minute) == (
        date(2027, 4, 6),
        10,
        30,
    )
    assert (interview.tz, invite.country) == ("Asia/Tokyo", "JP")
    assert interview.format is Format.VIDEO
    assert interview.company == "アオバ電機"
