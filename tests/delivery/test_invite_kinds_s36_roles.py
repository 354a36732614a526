"""Issue 9 (session 36), invented invites: a role the text says in full after a lead
("Bewerbung als …") where the event's title cut it short, a gendered role with a colon or a
slash ("Ingenieur:in", "Leiter/in")."""

from __future__ import annotations

import pytest

from helpers_invites import mail, outlook, read

# ------------------------------------------------------- 1. a role the title cut short


@pytest.mark.parametrize(
    ("summary", "text", "role"),
    [
        ("Vorstellungsgespräch Ingenieur:in Verfahrenstechnik",
         "vielen Dank für Ihre Bewerbung als Ingenieur:in Verfahrenstechnik "
         "Lebensmittelanlagen (m/w/d). Wir freuen uns auf das Gespräch.",
         "Ingenieur:in Verfahrenstechnik Lebensmittelanlagen"),
        ("Vorstellungsgespräch Leiter/in Instandhaltung",
         "vielen Dank für Ihre Bewerbung als Leiter/in Instandhaltung Kunststofftechnik. "
         "Gerne laden wir Sie ein.",
         "Leiter/in Instandhaltung Kunststofftechnik"),
        ("Gespräch Referent:in Einkauf",
         "danke für Ihre Bewerbung als Referent:in Einkauf. Bis bald.",
         "Referent:in Einkauf"),
        # the text's words after the role name a place, the company or the meeting: the
        # title's role
        ("Vorstellungsgespräch Leiter/in Instandhaltung",
         "vielen Dank für Ihre Bewerbung als Leiter/in Instandhaltung Stuttgart. "
         "Gerne laden wir Sie ein.",
         "Leiter/in Instandhaltung"),
        ("Vorstellungsgespräch Leiter/in Instandhaltung",
         "vielen Dank für Ihre Bewerbung als Leiter/in Instandhaltung bei Kesselwerk. "
         "Gerne laden wir Sie ein.",
         "Leiter/in Instandhaltung"),
    ],
)  # fmt: skip
def test_the_text_says_the_role_the_title_cut_short(summary: str, text: str, role: str) -> None:
    cal = outlook("CN=Petra Lang:mailto:petra.lang@kesselwerk.example", summary, text)
    subject = "Einladung zum Vorstellungsgespräch"
    invite = read(mail("Petra Lang <petra.lang@kesselwerk.example>", subject, text, cal), "r.eml")
    assert invite.interview.role == role
