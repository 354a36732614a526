"""Issue 9, session 18: the contact person a label names, and the labels of lists written
with a gender's ending, in new shapes and languages (invented people and companies):

- "Referente:", "Contato:", "Persona de contacto:", "Ansprechpartner:in:", "Yhteyshenkilö:",
  "Point of contact:" …: the person after a contact label is the coordinator, whoever sent the
  mail (a tracking system's no-reply, a team's box, a hiring manager); their title and
  address come from the rest of the line, and a team's box stays their address when the line
  gives none;
- "Ihre Gesprächspartner:innen:", "Interviewer:innen:": the colon form of a label's gender
  ending reads as its star and slash forms do, on the label's line or above a list.
"""

from __future__ import annotations

import pytest
from test_invite_kinds_s13_invites import coordinator, interviewers, mail, read

IT_TEXT = (
    "Gentile Rowan,\r\n\r\nla invitiamo a un colloquio conoscitivo giovedì 20 maggio 2027 "
    "alle ore 14:30 presso la nostra sede.\r\n\r\n{line}\r\n\r\nCordiali saluti\r\n{sign}\r\n"
)


@pytest.mark.parametrize(
    ("sender", "line", "want"),
    [
        ("Selezione <noreply@inrecruiting.com>",
         "Referente: Ilaria Castelnuovo, HR Business Partner", ("Ilaria Castelnuovo", None)),
        ("Selezione <noreply@inrecruiting.com>", "Referente: Ilaria Castelnuovo",
         ("Ilaria Castelnuovo", None)),
        ("Ufficio Personale <selezione@vetreriaborromea.example>",
         "Persona di riferimento: Ilaria Castelnuovo",
         ("Ilaria Castelnuovo", "selezione@vetreriaborromea.example")),
        ("Gupy <naoresponda@gupy.io>",
         "Contato: Tainá Albuquerque – Analista de Atração de Talentos "
         "(taina.albuquerque@cafebonsucesso.example)",
         ("Tainá Albuquerque", "taina.albuquerque@cafebonsucesso.example")),
        ("Karriere <noreply@personio.de>",
         "Ansprechpartner:in: Malte Gerdes, malte.gerdes@kuestenwerft.example",
         ("Malte Gerdes", "malte.gerdes@kuestenwerft.example")),
        ("Rekrytointi <noreply@teamtailor-mail.com>",
         "Yhteyshenkilö: Venla Kiiskinen, rekrytointikumppani", ("Venla Kiiskinen", None)),
    ],
)  # fmt: skip
def test_the_person_after_a_contact_label_is_the_coordinator(
    sender: str, line: str, want: tuple[str, str | None]
) -> None:
    invite = read(mail(sender, "Invito a colloquio", IT_TEXT.format(line=line, sign="")))
    assert coordinator(invite) == want
    assert want[0] not in interviewers(invite)


def test_a_contact_label_outweighs_the_hiring_manager_who_sent_it() -> None:
    text = IT_TEXT.format(
        line="Referente: Ilaria Castelnuovo, HR Business Partner",
        sign="Davide Sormani\r\nResponsabile di produzione",
    )
    invite = read(
        mail("Davide Sormani <davide.sormani@vetreriaborromea.example>", "Colloquio", text)
    )
    assert coordinator(invite) == ("Ilaria Castelnuovo", None)
    person = next(p for p in invite.interview.people if p.name == "Ilaria Castelnuovo")
    assert person.title == "HR Business Partner"


DE_TEXT = (
    "Hallo Rowan,\r\n\r\nwir freuen uns, Sie am Mittwoch, 19. Mai 2027 um 9:00 Uhr bei uns "
    "begrüßen zu dürfen.\r\n\r\n{label}{people}\r\nBeste Grüße\r\nMalte Gerdes\r\n"
)


@pytest.mark.parametrize("label", ["Ihre Gesprächspartner:innen:", "Interviewer:innen:"])
@pytest.mark.parametrize(
    "people",
    [
        " Hanne Thiessen (Leitung Schiffbau), Okan Yıldız (Projektingenieur)\r\n",
        "\r\n- Hanne Thiessen, Leitung Schiffbau\r\n- Okan Yıldız, Projektingenieur\r\n",
    ],
)
def test_a_labels_colon_gender_ending_still_names_the_list(label: str, people: str) -> None:
    text = DE_TEXT.format(label=label, people=people)
    invite = read(mail("Malte Gerdes <malte.gerdes@kuestenwerft.example>", "Einladung", text))
    assert interviewers(invite) == {
        "Hanne Thiessen": "Leitung Schiffbau",
        "Okan Yıldız": "Projektingenieur",
    }
