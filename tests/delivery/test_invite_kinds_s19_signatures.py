"""Issue 9, session 19: a signature whose title line names the employer after a dash
("Aurélie Montbrun / Chargée de recrutement – Vosges Habitat"), in a calendar's description as
Lever and other tracking systems send it (organizer: the recruiter's name at a no-reply box):
the name above is the coordinator, the words after the dash the company, never a person.
Invented companies and people."""

from __future__ import annotations

import pytest
from test_invite_kinds_s13_invites import calendar, coordinator, event, mail, read

FR = (
    "Bonjour Rowan,\n\nMerci pour votre intérêt pour le poste de Chef de quai chez {company}. "
    "Nous avons le plaisir de vous confirmer votre entretien le mercredi 10 mars 2027 à 9 h 30."
    "\n\nN'hésitez pas à répondre à ce message.\n\nBien cordialement,\n{person}\n"
    "Chargée de recrutement – {company}\n"
)
DE = (
    "Hallo Rowan,\n\nwir freuen uns auf das Gespräch am Mittwoch, 10. März 2027 um 9:30 Uhr."
    "\n\nMit freundlichen Grüßen\n{person}\nRecruiterin - {company}\n"
)


@pytest.mark.parametrize(
    ("text", "company", "person", "email"),
    [
        (FR, "Vosges Habitat", "Aurélie Montbrun", "aurelie.montbrun@vosges-habitat.example"),
        (FR, "Ardèche Logistique", "Maëlle Vanderhaegen", "m.vanderhaegen@ardeche.example"),
        (DE, "Kesselbach Maschinenbau", "Wiebke Hollander", "w.hollander@kesselbach.example"),
    ],
)
def test_a_signatures_title_line_names_the_company_not_a_person(
    text: str, company: str, person: str, email: str
) -> None:
    body = text.format(company=company, person=person)
    description = body.replace("\n", "\\n").replace(",", "\\,")
    cal = calendar(
        event(
            "20270310T093000",
            f"Entretien – Chef de quai – {company}",
            description,
            organizer=f"CN={person}:mailto:no-reply@hire.lever.co",
            zone="Europe/Paris",
        )
    )
    invite = read(
        mail(
            f"{company} <no-reply@hire.lever.co>",
            f"Confirmation de votre entretien – {company}",
            body.replace("\n", "\r\n"),
            (cal,),
            headers=f"Reply-To: {person} <{email}>\r\n",
        )
    )
    assert invite.interview.company == company
    assert coordinator(invite) == (person, email)
