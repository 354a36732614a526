"""The company an invite names, as people name it: never a phrase that is no name ("our
Stockton terminal", "entrevista presencial"), a department ("Human Resources", "Risorse
Umane") or half a name ("& Partners"); without its legal form ("Ltd", "S.r.l.", "GmbH & Co.
KG"); a run-together mail domain split by the text's own words; the clues weighed against
each other rather than the first one taken."""

from __future__ import annotations

from datetime import date

import pytest
from test_invite_employer import _mail, _read

from followup.core.legal_forms import without_legal_form
from followup.delivery.invites import parse_invite
from followup.delivery.invites.common import _vocab
from followup.delivery.invites.company import _choose_company
from followup.delivery.invites.company_domain import split_label
from followup.delivery.invites.company_names import name_shaped


def _coordinator(invite) -> tuple[str, str | None] | None:
    for person in invite.interview.people:
        if person.role.value == "coordinator":
            return person.name, person.email
    return None


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("Kestrel Aviation Ltd.", "Kestrel Aviation"),
        ("Kestrel Aviation Limited", "Kestrel Aviation"),
        ("Polder Data B.V.", "Polder Data"),
        ("Ferraro Bianchi S.p.A.", "Ferraro Bianchi"),
        ("Ferraro Bianchi SpA", "Ferraro Bianchi"),
        ("Nordkap Fiskeri AS", "Nordkap Fiskeri"),
        ("Hoffmann Kältetechnik GmbH & Co. KG", "Hoffmann Kältetechnik"),
        ("Sunda Robotics Sdn Bhd", "Sunda Robotics"),
        ("Gumleaf Media Pty Ltd", "Gumleaf Media"),
        ("Tanaka Shoji Co., Ltd.", "Tanaka Shoji"),
        ("Pine Ridge Outfitters, Inc.", "Pine Ridge Outfitters"),
        ("Lumen & Vale LLP", "Lumen & Vale"),
        ("Atelier Mirande S.A.S.", "Atelier Mirande"),
        ("Quarry & Co", "Quarry & Co"),  # "& Co" is part of the name people say
        ("Barlow & Sons", "Barlow & Sons"),
        ("AB", "AB"),  # a name is never removed whole
        ("株式会社アオバ電機", "アオバ電機"),  # a legal form written into the name
        ("サクラ物産株式会社", "サクラ物産"),
    ],
)
def test_a_legal_form_after_the_name_is_left_out(written: str, said: str) -> None:
    assert without_legal_form(written) == said


@pytest.mark.parametrize(
    "name",
    ["Bank of Ireland", "Maison de la Radio", "eBay", "3M", "ミドリ精工", "Lumen & Vale"],
)
def test_names_are_name_shaped(name: str) -> None:
    assert name_shaped(name, _vocab())


@pytest.mark.parametrize(
    "phrase",
    [
        "our Stockton terminal",
        "telefónica",
        "entrevista presencial",
        "Colloquio conoscitivo",
        "Human Resources",
        "Recursos Humanos",
        "Talent Acquisition",
        "Risorse Umane",
        "& Partners",
        "Lumen &",
        "Acme (UK",
        "Vale]",
    ],
)
def test_phrases_that_are_no_name_are_not_name_shaped(phrase: str) -> None:
    assert not name_shaped(phrase, _vocab())


def test_a_run_together_domain_is_split_by_the_words_of_the_text() -> None:
    texts = ["Thanks for your interest in the vet nurse role at our Lakeshore clinic.\n"
             "We are a small pet care practice."]  # fmt: skip
    assert split_label("lakeshorepetcare", texts) == "Lakeshore Pet Care"
    assert split_label("lakeshorepetcare", ["Nothing here names it."]) is None
    # the text's own accents and capitals
    assert split_label("cafemiramar", ["Bienvenue au Café du port, dit Miramar."]) == (
        "Café Miramar"
    )


def test_clues_are_weighed_not_first_taken() -> None:
    # the sender's display name gives half the name; the signature the whole, as the domain
    offers = [("Serra Verde", "sender"), ("Transportes Serra Verde", "signature")]
    assert _choose_company(offers, "transportesserraverde") == (
        "Transportes Serra Verde",
        "signature",
    )
    # without a domain to agree with, the better kind of clue wins
    assert _choose_company(offers, None) == ("Serra Verde", "sender")


@pytest.mark.parametrize(
    ("subject", "body", "sender", "reply_to", "company"),
    [
        (  # a department sends; "our Stockton terminal" is no name; the signature's LLC
            "Interview: Yard Supervisor",
            "Hi Casey,\n\nThanks for applying to the Yard Supervisor opening at our Stockton "
            "terminal.\nWe'd like to meet you on Tuesday 9 March 2027 at 10:00.\n\n"
            "Best,\nDana Whitfield\nRecruiter\nGranite Bay Freight, LLC\n",
            "Talent Acquisition <talent@granitebayfreight.com>",
            "Dana Whitfield <dana.whitfield@granitebayfreight.com>",
            "Granite Bay Freight",
        ),
        (  # the company's name at a team mailbox, in brackets in the subject
            "[Kestrel Aviation] Interview confirmation - Flight Dispatcher",
            "Dear Casey,\n\nYour interview for the Flight Dispatcher role is on Friday 12 "
            "March 2027 at 14:00.\n\nKind regards,\nDana Whitfield\n",
            "Kestrel Aviation <careers@kestrelaviation.co.uk>",
            "Dana Whitfield <dana.whitfield@kestrelaviation.co.uk>",
            "Kestrel Aviation",
        ),
    ],
)
def test_a_team_sender_leaves_the_reply_to_as_coordinator(
    subject: str, body: str, sender: str, reply_to: str, company: str
) -> None:
    invite = _read(_mail(subject, body, sender=sender, reply_to=reply_to))
    assert invite.interview.company == company
    name, email = _coordinator(invite) or ("", None)
    assert (name, email) == ("Dana Whitfield", reply_to.split("<")[1].rstrip(">"))


def test_a_department_organizer_names_the_company() -> None:
    text = "\r\n".join(
        [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//test//EN",
            "BEGIN:VEVENT",
            "UID:dept-1@test",
            "DTSTAMP:20270301T000000Z",
            "DTSTART;TZID=Europe/Rome:20270315T100000",
            "SUMMARY:Colloquio conoscitivo",
            'ORGANIZER;CN="Risorse Umane - Vetreria Alpina":mailto:hr@vetreriaalpina.it',
            'ATTENDEE;CN="Marta Ricci":mailto:marta.ricci@vetreriaalpina.it',
            "END:VEVENT",
            "END:VCALENDAR",
            "",
        ]
    )
    invite = parse_invite(text.encode(), "x.ics", default_tz="UTC", today=date(2027, 2, 1))
    assert invite.interview.company == "Vetreria Alpina"
