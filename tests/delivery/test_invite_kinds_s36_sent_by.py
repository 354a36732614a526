"""Issue 9 (session 36), invented invites: an organizer whose invite another person sent
(ORGANIZER;SENT-BY=…): the sender is the coordinator, the organizer interviews."""

from __future__ import annotations

import pytest
from test_invite_kinds_s13_invites import calendar, event
from test_invite_kinds_s13_invites import mail as multi_mail

from helpers_invites import USER, coordinator, esc, interviewers, mail, outlook, read

# ------------------------------------------------------ 7. an organizer's SENT-BY


def sent_by_invite(organizer: str, text: str, sender: str) -> bytes:
    attendees = (
        'ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Lund, Eirik":mailto:eirik.lund@fjellkraft.example\r\n'
    )
    cal = outlook(organizer, "Intervju – Prosjektleder Vindkraft", esc(text), attendees)
    return mail(sender, "Intervju – Prosjektleder Vindkraft", text, cal)


SENT_BY_TEXT = (
    "Hei Rowan,\n\nJeg sender denne invitasjonen på vegne av Helena Brandt, Direktør Prosjekt, "
    "for et intervju om stillingen som Prosjektleder Vindkraft.\n\n"
    "Deltakere: Helena Brandt (Direktør Prosjekt) og Eirik Lund (Seniorrådgiver).\n\n"
    "Med vennlig hilsen\nJonas Vik\nRekrutteringsrådgiver, Fjellkraft AS"
)


def test_the_sender_of_an_organizer_s_invite_is_the_coordinator() -> None:
    organizer = (
        'CN="Brandt, Helena";SENT-BY="mailto:jonas.vik@fjellkraft.example":'
        "mailto:helena.brandt@fjellkraft.example"
    )
    sender = '"Brandt, Helena" <helena.brandt@fjellkraft.example>'
    invite = read(sent_by_invite(organizer, SENT_BY_TEXT, sender), "sent-by.eml")
    people = {p.name: p for p in invite.interview.people}
    assert coordinator(invite) == "Jonas Vik"
    assert people["Jonas Vik"].email == "jonas.vik@fjellkraft.example"
    assert set(interviewers(invite)) == {"Helena Brandt", "Eirik Lund"}
    assert interviewers(invite)["Helena Brandt"] == "Direktør Prosjekt"


def test_a_sent_by_of_a_bare_calendar_file() -> None:
    organizer = (
        'CN="Brandt, Helena";SENT-BY="mailto:jonas.vik@fjellkraft.example":'
        "mailto:helena.brandt@fjellkraft.example"
    )
    cal = outlook(organizer, "Intervju – Prosjektleder Vindkraft", "")
    invite = read(cal)
    assert coordinator(invite) == "Jonas Vik"
    assert "Helena Brandt" in interviewers(invite)


@pytest.mark.parametrize(
    "sent_by",
    [
        "mailto:no-reply@fjellkraft.example",
        "mailto:helena.brandt@fjellkraft.example",
        f"mailto:{USER}",
    ],
)
def test_a_sent_by_of_no_person_leaves_the_organizer_the_coordinator(sent_by: str) -> None:
    organizer = f'CN="Brandt, Helena";SENT-BY="{sent_by}":mailto:helena.brandt@fjellkraft.example'
    cal = outlook(organizer, "Intervju – Prosjektleder Vindkraft", "")
    invite = read(cal)
    assert coordinator(invite) == "Helena Brandt"
    assert "Helena Brandt" not in interviewers(invite)


def test_a_loop_keeps_its_organizer_s_sender_as_coordinator() -> None:
    organizer = (
        'CN=Helena Brandt;SENT-BY="mailto:jonas.vik@fjellkraft.example":'
        "mailto:helena.brandt@fjellkraft.example"
    )
    lund = "ATTENDEE;CN=Eirik Lund:mailto:eirik.lund@fjellkraft.example\r\n"
    cal = calendar(
        event("20270119T100000", "Intervju del 1", "", lund, organizer, "s36-a@x", "Europe/Oslo"),
        event("20270119T110000", "Intervju del 2", "", "", organizer, "s36-b@x", "Europe/Oslo"),
    )
    invite = read(multi_mail("Jonas Vik <jonas.vik@fjellkraft.example>", "Intervju", "", (cal,)))
    assert coordinator(invite) == "Jonas Vik"
    assert set(interviewers(invite)) == {"Helena Brandt", "Eirik Lund"}
