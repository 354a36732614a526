"""Issue 9, kind 9 (the s14 audit's gap 1): the company read from a subject or a mail's text
is its name only: never a day, a month, a time or a place said after it ("… role at
Brackenridge Cold Storage on Thursday"), in every language a subject is written in ("bei der
… GmbH", "chez …", "en …", "na …", "bij …"); and a tag before the subject's role ("[Interview]",
"[External]", "RE:", "Reminder:") is no part of the role. New wording and new senders, not the
audit's files."""

from __future__ import annotations

import pytest

from followup.delivery.invites import ImportedInvite, parse_invite

ME = "sam.carter@fastmail.example"


def mail(sender: str, subject: str, body: str) -> ImportedInvite:
    text = (
        f"From: {sender}\r\nTo: {ME}\r\nSubject: {subject}\r\n"
        "Date: Tue, 24 Nov 2026 15:00:00 +0000\r\nMIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n" + body.replace("\n", "\r\n")
    )
    return parse_invite(text.encode(), "s14.eml", user_emails=[ME], default_tz="America/New_York")


# ------------------------------------------------------------ a day or a place after the name


@pytest.mark.parametrize(
    ("body", "company"),
    [
        (
            "We'd like to invite you to interview for the Warehouse Supervisor role at "
            "Brackenridge Cold Storage on Thursday, April 8 at 10am.",
            "Brackenridge Cold Storage",
        ),
        (
            "Thanks again for applying. We would love to meet you for the Junior Copywriter "
            "position with Ostara & Vale in May: would Tuesday 4 May at 11am suit you?",
            "Ostara & Vale",
        ),
        (
            "You are invited to an interview for the Site Engineer role at Bank of Tremont "
            "next Monday (7 December) at 2pm.",
            "Bank of Tremont",
        ),
        (
            "Could you come in for the Pastry Chef opening at Maison de Lorrain this "
            "Wednesday, December 9, at 3pm?",
            "Maison de Lorrain",
        ),
        (
            "Good news: we'd like to see you for the Line Cook position at Fenwick Tavern "
            "Friday 12 March at 6pm.",
            "Fenwick Tavern",
        ),
        (
            "Please join us for the Account Manager role at Hollis Print in our Leeds office "
            "on 3 March.",
            "Hollis Print",
        ),
        (
            "This is to confirm your interview for the Staff Nurse position at Greyfriars "
            "Clinic at 9:30 on 4 March.",
            "Greyfriars Clinic",
        ),
    ],
)
def test_the_company_in_the_text_stops_before_a_day_a_time_or_a_place(body, company):
    text = f"Hi Sam,\n\n{body}\n\nBest,\nDana Whitlow\n"
    invite = mail("Dana Whitlow <dana.whitlow@gmail.com>", "Interview invitation", text)
    assert invite.interview.company == company


# ------------------------------------------------ an article after "bei", "chez", "en"

_DE = (
    "Guten Tag Herr Carter,\nwir freuen uns auf Sie am Montag, 7. Dezember 2026, um 10:00 Uhr."
    "\nViele Grüße\nAnke Wolter\n"
)
_FR = (
    "Bonjour Sam,\nNous vous attendons le lundi 7 décembre 2026 à 10h00.\n"
    "Cordialement,\nClaire Fabre\n"
)
_ES = (
    "Hola Sam:\nTe esperamos el lunes 7 de diciembre de 2026 a las 10:00.\n"
    "Un saludo,\nLucía Ferrer\n"
)
_PT = (
    "Olá Sam,\nEsperamos por si na segunda-feira, 7 de dezembro de 2026, às 10:00.\n"
    "Cumprimentos,\nInês Lobo\n"
)
_NL = (
    "Beste Sam,\nWe zien je graag op maandag 7 december 2026 om 10:00.\n"
    "Met vriendelijke groet,\nSanne Smit\n"
)


@pytest.mark.parametrize(
    ("subject", "body", "company"),
    [
        ("Ihr Vorstellungstermin bei der Hollweg Logistik GmbH", _DE, "Hollweg Logistik"),
        (
            "Einladung zum Kennenlernen bei der Firma Kessler Haustechnik GmbH",
            _DE,
            "Kessler Haustechnik",
        ),
        ("Convocation à un entretien chez Ateliers Morvan SAS", _FR, "Ateliers Morvan"),
        ("Votre entretien chez la société Fromageries Duval SA", _FR, "Fromageries Duval"),
        ("Entrevista de trabajo en Conservas Arribas S.L.", _ES, "Conservas Arribas"),
        ("Entrevista en la empresa Hormigones Lezama S.A.", _ES, "Hormigones Lezama"),
        ("Convite para entrevista na Cortiças Valadares Lda.", _PT, "Cortiças Valadares"),
        (
            "Uitnodiging sollicitatiegesprek bij Van Houten Installatietechniek B.V.",
            _NL,
            "Van Houten Installatietechniek",
        ),
        ("Uitnodiging voor een gesprek bij de firma Bosman Bouw B.V.", _NL, "Bosman Bouw"),
    ],
)
def test_a_subject_abroad_names_the_company_after_its_article(subject, body, company):
    sender = body.strip().splitlines()[-1]
    address = sender.lower().replace(" ", ".").encode("ascii", "ignore").decode()
    invite = mail(f"{sender} <{address}@gmail.com>", subject, body)
    assert invite.interview.company == company


# ------------------------------------------------------------ tags before the subject's role

_EN = "Hi Sam,\nSee you on Monday, December 7, 2026 at 10:00 AM.\nThanks,\nMorgan Pryce\n"


@pytest.mark.parametrize(
    ("subject", "role", "company"),
    [
        (
            "[Interview Request] Payroll Specialist @ Birchmere Homes",
            "Payroll Specialist",
            "Birchmere Homes",
        ),
        (
            "[External] RE: [Phone Screen] Warehouse Lead at Corrib Freight",
            "Warehouse Lead",
            "Corrib Freight",
        ),
        (
            "FW: Reminder: [Onsite] Mechanical Designer @ Tamsin Robotics",
            "Mechanical Designer",
            "Tamsin Robotics",
        ),
        (
            "Updated invitation: [Final Round] UX Researcher @ Palisade Mutual",
            "UX Researcher",
            "Palisade Mutual",
        ),
        (
            "(EXTERNAL) Fwd: [Interview] Store Manager at Hartwell Grocers",
            "Store Manager",
            "Hartwell Grocers",
        ),
        ("Rappel : [Entretien] Comptable chez Fiduciaire Morel", "Comptable", "Fiduciaire Morel"),
    ],
)
def test_a_tag_before_the_subjects_role_is_no_part_of_it(subject, role, company):
    invite = mail("Morgan Pryce <morgan.pryce@gmail.com>", subject, _EN)
    assert (invite.interview.role, invite.interview.company) == (role, company)


@pytest.mark.parametrize(
    ("subject", "company"),
    [
        ("Thanks for applying to Bank of Tremont! Let's set up a call", "Bank of Tremont"),
        ("Site Engineer interview at Corran Civil in Galway", "Corran Civil"),
        ("Interview at Pellow Marine Tuesday 7 December", "Pellow Marine"),
        ("Your interview with Ardent Foods in Leeds is confirmed", "Ardent Foods"),
    ],
)
def test_the_subjects_company_stops_before_a_day_or_a_place(subject, company):
    invite = mail("Morgan Pryce <morgan.pryce@gmail.com>", subject, _EN)
    assert invite.interview.company == company
