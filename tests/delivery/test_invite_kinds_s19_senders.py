"""Issue 9, session 19: what applicant-tracking senders put around the facts (invented
companies and people, the senders' public shapes):

- a requisition's bare code before or after the role, as Workday and iCIMS write it in an
  event's title ("Entrevista: R-0044120 Jefe de Turno", "Interview for 2031-11842 Clinical
  Data Manager"), is no part of the role; a model number in a role ("A350") stays;
- the one who arranges it, labelled so in the language of the mail ("Coordinadora: Lic. …",
  "Koordinatorin: Frau …", "Coordenadora: …"), honorifics before the name none of it, is the
  coordinator, with the address the line gives.
"""

from __future__ import annotations

import pytest
from test_invite_kinds_s13_invites import calendar, coordinator, event, mail, read

WORKDAY = "Alcatraz Envases <alcatraz@myworkday.com>"


@pytest.mark.parametrize(
    ("summary", "role"),
    [
        ("Entrevista: R-0044120 Jefe de Turno", "Jefe de Turno"),
        ("Interview for 2031-11842 Clinical Data Manager", "Clinical Data Manager"),
        ("Vorstellungsgespräch: Schichtleiter R0044120", "Schichtleiter"),
        ("Interview: A350 Structures Engineer", "A350 Structures Engineer"),
    ],
)
def test_a_requisitions_bare_code_is_no_part_of_the_role(summary: str, role: str) -> None:
    cal = calendar(
        event(
            "20270310T110000",
            summary,
            "Hola",
            organizer="CN=Alcatraz Envases:mailto:alcatraz@myworkday.com",
            zone="America/Mexico_City",
        )
    )
    text = "Hola Rowan:\r\n\r\nTe confirmamos tu entrevista.\r\n"
    interview = read(mail(WORKDAY, "Invitación a entrevista", text, (cal,))).interview
    assert interview.role == role


TEXT = (
    "Hola Rowan:\r\n\r\nFecha: miércoles 10 de marzo de 2027\r\nHora: 11:00 a. m.\r\n"
    "Lugar: Av. Juárez 100, Puebla\r\nEntrevistador: Ing. Mateo Robles – Gerente de Planta"
    "\r\n\r\n{line}\r\n\r\nEste es un mensaje automático; por favor no respondas.\r\n"
)


@pytest.mark.parametrize(
    ("line", "name", "email"),
    [
        ("Coordinadora: Lic. Renata Iturbide (renata.iturbide@alcatraz.example, +52 22 5555 "
         "0199)", "Renata Iturbide", "renata.iturbide@alcatraz.example"),
        ("Coordinador: Mtro. Óscar Villaseñor (oscar.villasenor@alcatraz.example)",
         "Óscar Villaseñor", "oscar.villasenor@alcatraz.example"),
        ("Coordenadora: Beatriz Falcão – beatriz.falcao@alcatraz.example",
         "Beatriz Falcão", "beatriz.falcao@alcatraz.example"),
        ("Koordinatorin: Frau Dr. Wiebke Hollander (wiebke.hollander@alcatraz.example)",
         "Wiebke Hollander", "wiebke.hollander@alcatraz.example"),
        ("Contacto: Lic. Renata Iturbide (renata.iturbide@alcatraz.example)",
         "Renata Iturbide", "renata.iturbide@alcatraz.example"),
    ],
)  # fmt: skip
def test_a_coordinator_labelled_in_the_mails_language_is_the_coordinator(
    line: str, name: str, email: str
) -> None:
    invite = read(mail(WORKDAY, "Invitación a entrevista - Jefe de Turno", TEXT.format(line=line)))
    assert coordinator(invite) == (name, email)


@pytest.mark.parametrize(
    ("line", "name", "email"),
    [
        ("Vragen of verhinderd? Contacteer Griet Vermeulen, HR-medewerker, via "
         "griet.vermeulen@polderzon.example of +32 9 555 01 22.", "Griet Vermeulen",
         "griet.vermeulen@polderzon.example"),
        ("Dúvidas? Contate Marina Teles, Analista de Recrutamento, pelo e-mail "
         "marina.teles@polderzon.example.", "Marina Teles", "marina.teles@polderzon.example"),
    ],
)  # fmt: skip
def test_the_verb_asking_to_contact_a_coordinator_is_no_part_of_their_name(
    line: str, name: str, email: str
) -> None:
    text = (
        "Uw afspraak is bevestigd.\r\n\r\nDatum en tijd: woensdag 10 maart 2027 10:00 - 11:00\r\n"
        f"Medewerker: Wout Haesaerts (Teamleider Planning)\r\n\r\n{line}\r\n"
    )
    sender = "Werving Polderzon <werving@polderzon.example>"
    assert coordinator(read(mail(sender, "Afspraak bevestigd", text))) == (name, email)


@pytest.mark.parametrize(
    ("subject", "sentence", "role"),
    [
        ("Onsite Technical Round - SRE II - Rowan Adeyemi",
         "Please find the invite for your onsite technical round for Site Reliability Engineer II.",
         "Site Reliability Engineer II"),
        ("Zoom details - Crew Lead interview",
         "Here is the invite for your panel interview for the Rooftop Solar Crew Lead role.",
         "Rooftop Solar Crew Lead"),
        ("Interview - QA Lead",
         "Your interview for Quality Assurance Lead is on Wednesday, March 10, 2027 at 10:00 AM.",
         "Quality Assurance Lead"),
    ],
)  # fmt: skip
def test_the_role_the_text_spells_out_in_full_wins_over_the_subjects_short_form(
    subject: str, sentence: str, role: str
) -> None:
    text = (
        f"Hi Rowan,\r\n\r\n{sentence}\r\n\r\nWednesday, March 10, 2027 at 10:00 AM\r\n\r\n"
        "Regards,\r\nKendra Oyelowo\r\nTalent Acquisition\r\n"
    )
    sender = "Kendra Oyelowo <kendra.oyelowo@mesquite-energy.example>"
    assert read(mail(sender, subject, text)).interview.role == role
