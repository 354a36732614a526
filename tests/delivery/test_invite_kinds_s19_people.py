"""Issue 9, session 19: interviewers named only in the text, in new shapes (invented companies
and people, the senders' public shapes):

- a label's list that goes on under its line, one person with a title a line, as an HTML
  table's cell broken by <br> or a plain mail writes it ("Spotkasz się z: mgr inż. A – Kierownik
  Produkcji" then "B – Dyrektor Finansowa");
- Microsoft Bookings' "Staff:" as it writes it in other languages ("Medewerker:",
  "Mitarbeiter:", "Membre du personnel :");
- a Finnish title in lower case after the name ("Sanna Virtanen, tuottaja").
"""

from __future__ import annotations

import pytest
from test_invite_kinds_s13_invites import calendar, event, interviewers, mail, read
from test_invite_kinds_s15_invites import html_mail

PL_TABLE = (
    "<p>Dzień dobry,</p><p>zapraszamy na rozmowę rekrutacyjną w naszym biurze.</p><table>"
    "<tr><td>Termin:</td><td>środa, 10 marca 2027, godz. 10:00</td></tr>"
    "<tr><td>{label}</td><td>{first}<br>{second}</td></tr></table>"
    "<p>Z poważaniem,<br>Ewa Sobczak<br>Specjalistka ds. Rekrutacji</p>"
)


@pytest.mark.parametrize(
    ("label", "first", "second", "people"),
    [
        ("Spotkasz się z:", "mgr inż. Paweł Krzemiński &ndash; Kierownik Produkcji",
         "Joanna Lipińska &ndash; Dyrektor Finansowa",
         {"Paweł Krzemiński": "Kierownik Produkcji", "Joanna Lipińska": "Dyrektor Finansowa"}),
        ("Rozmowę poprowadzą:", "Marek Olszewski, Kierownik Magazynu",
         "Iwona Dudek, Dyrektor Operacyjna",
         {"Marek Olszewski": "Kierownik Magazynu", "Iwona Dudek": "Dyrektor Operacyjna"}),
    ],
)  # fmt: skip
def test_a_labelled_list_goes_on_under_its_line(
    label: str, first: str, second: str, people: dict[str, str]
) -> None:
    html = PL_TABLE.format(label=label, first=first, second=second)
    invite = read(
        html_mail("Fabryka Wisła <noreply@smartrecruiters.com>", "Zaproszenie - Technolog", html)
    )
    assert interviewers(invite) == people


def test_a_plain_mails_list_under_a_label_goes_on_too() -> None:
    text = (
        "Hi Rowan,\r\n\r\nYour interview is on Wednesday, March 10, 2027 at 10:00 AM.\r\n"
        "Interviewers: Dana Whitcombe – Head of Logistics\r\n"
        "              Ravi Chandrasekar – Warehouse Manager\r\n\r\n"
        "Best,\r\nMolly Hearn\r\nRecruiter\r\n"
    )
    invite = read(mail("Molly Hearn <molly.hearn@brackenridge.example>", "Interview", text))
    assert interviewers(invite) == {
        "Dana Whitcombe": "Head of Logistics",
        "Ravi Chandrasekar": "Warehouse Manager",
    }


@pytest.mark.parametrize(
    ("line", "name", "title"),
    [
        ("Medewerker: Femke Hoogeveen (Teamleider Onderhoud)", "Femke Hoogeveen",
         "Teamleider Onderhoud"),
        ("Mitarbeiter: Lukas Brandstätter (Leiter Instandhaltung)", "Lukas Brandstätter",
         "Leiter Instandhaltung"),
        ("Membre du personnel : Océane Ribaud (Responsable maintenance)", "Océane Ribaud",
         "Responsable maintenance"),
    ],
)  # fmt: skip
def test_a_bookings_staff_label_in_another_language_names_the_interviewer(
    line: str, name: str, title: str
) -> None:
    text = (
        "Uw afspraak is bevestigd.\r\n\r\nService: Sollicitatiegesprek Monteur\r\n"
        "Datum en tijd: woensdag 10 maart 2027 14:30 - 15:30\r\n"
        f"{line}\r\n\r\nMet vriendelijke groet,\r\nSanne Verhoef\r\n"
    )
    invite = read(mail("Werving Polderzon <werving@polderzon.example>", "Afspraak", text))
    assert interviewers(invite) == {name: title}


def test_a_finnish_title_after_a_name_is_the_persons_title() -> None:
    text = (
        "Hei Rowan,\r\n\r\nAika: keskiviikkona 10.3.2027 klo 14.00\r\n\r\nHaastattelijat:\r\n"
        "Eero Nieminen, pääsuunnittelija\r\nSanna Virtanen, tuottaja\r\n\r\n"
        "Ystävällisin terveisin\r\nIlona Rautio\r\n"
    )
    invite = read(mail("Kuura Games <rekry@kuura.example>", "Haastattelukutsu", text))
    assert interviewers(invite) == {
        "Eero Nieminen": "pääsuunnittelija",
        "Sanna Virtanen": "tuottaja",
    }


@pytest.mark.parametrize(
    ("address", "written", "title"),
    [
        ("joao.pereira@cabo-dados.example", "João Pereira", "Engenheiro de Dados Sênior"),
        ("sofia.nunez@cabo-dados.example", "Sofía Núñez", "Ingeniera de Datos"),
    ],
)
def test_an_attendee_known_by_address_is_the_person_the_text_spells_with_accents(
    address: str, written: str, title: str
) -> None:
    people = f"ATTENDEE;ROLE=REQ-PARTICIPANT;CN={address}:mailto:{address}\r\n"
    description = f"Hola Rowan\\, la entrevista técnica será con {written} ({title})."
    cal = calendar(
        event(
            "20270310T160000",
            "Entrevista técnica – Ingeniero de Datos (Rowan Adeyemi)",
            description,
            people=people,
            organizer="CN=Núria Bosch:mailto:nuria.bosch@cabo-dados.example",
            zone="Europe/Madrid",
        )
    )
    invite = read(
        mail(
            "Núria Bosch <nuria.bosch@cabo-dados.example>",
            "Invitación: Entrevista técnica",
            "Hola Rowan,\r\n\r\n" + description.replace("\\,", ",") + "\r\n",
            (cal,),
        )
    )
    assert interviewers(invite) == {written: title}


@pytest.mark.parametrize(
    ("title"), ["Chefredakteurin", "Sachbearbeiterin", "Einkaufsplanerin", "Datenschutzbeauftragte"]
)
def test_a_german_compound_title_of_one_word_is_the_persons_title(title: str) -> None:
    text = (
        "Hallo Rowan,\r\n\r\nwir laden Sie zum Vorstellungsgespräch am Montag, 8. März 2027, "
        f"11:00 Uhr ein.\r\n\r\nSie sprechen mit:\r\nFrau Dr. Wiebke Sönnichsen – {title}\r\n"
        "Herr Malte Grube – Leiter Einkauf\r\n\r\nViele Grüße\r\nJannik Ott\r\n"
    )
    invite = read(mail("Jannik Ott <jannik.ott@elbkontor.example>", "Einladung", text))
    assert interviewers(invite) == {"Wiebke Sönnichsen": title, "Malte Grube": "Leiter Einkauf"}
