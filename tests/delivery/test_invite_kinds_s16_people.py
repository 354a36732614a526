"""Issue 9's people kinds the s15 final audit still found wrong, in new wording, new trades
and new senders (not the audit's files), read by the structure of the text:

- interviewers in an apposition ("Our executive pastry chef, X, will run it.", "for me and
  our head chef, X", "Joining the call: our quality lead, X."), in a list under a label with
  words of its own ("Your panel on the day:");
- letters after a name in a display name ("Amara Osei, RN") are no given name: one person;
- who arranged it is no interviewer: a scheduler's "Interview with <host>" when the text says
  the host booked it on someone's behalf or gives the coordinator a coordinator's title; a
  labelled "Coordinator:" line under an "Interviewer:" line; a booking's invitee (the user);
- the coordinator the text names with a title beside the name and an address or a number
  after it ("reach out to Teodora Vasić (Talent Partner) at …"), and a person named as the
  coordinator of a loop a team's mailbox sent ("Desmond Achterberg, our recruiting
  coordinator"), reached at that box.
"""

from __future__ import annotations

import pytest
from test_invite_kinds_s13_invites import USER, calendar, coordinator, event, interviewers, mail

from followup.delivery.invites import ImportedInvite, parse_invite


def _read(data: bytes, name: str = "s16.eml") -> ImportedInvite:
    return parse_invite(data, name, default_tz="UTC", user_emails=[USER])


def _mail(text: str, sender: str = "Pat Orme <pat.orme@halloranbakehouse.example>") -> bytes:
    body = (
        "Hi Rowan,\n\nWe would like to meet you on Tuesday 9 March 2027 at 10:00.\n\n"
        f"{text}\n\nKind regards\nPat Orme\n"
    ).replace("\n", "\r\n")
    return mail(sender, "Interview – Production Supervisor", body)


# ------------------------------------------------------------------------- interviewers


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Our executive pastry chef, Marguerite Okonjo, will run it.",
         {"Marguerite Okonjo": "executive pastry chef"}),
        ("Our head of production, Tobias Lindqvist, will lead the conversation.",
         {"Tobias Lindqvist": "head of production"}),
        ("Joining the call: our quality lead, Anaïs Ferreira.",
         {"Anaïs Ferreira": "quality lead"}),
        ("It is a chance for me and our head chef, Anaïs Ferreira, to get to know you.",
         {"Anaïs Ferreira": "head chef", "Pat Orme": None}),
        ("Your panel on the day:\n- Marguerite Okonjo – Head of Production\n"
         "- Tobias Lindqvist – Quality Lead",
         {"Marguerite Okonjo": "Head of Production", "Tobias Lindqvist": "Quality Lead"}),
    ],
)  # fmt: skip
def test_interviewers_in_an_apposition_or_under_a_label(
    text: str, people: dict[str, str | None]
) -> None:
    assert interviewers(_read(_mail(text))) == people


def test_letters_after_a_name_in_a_display_name_are_no_second_person() -> None:
    body = (
        "Hi Rowan,\r\n\r\nYour interview on Tuesday 9 March 2027 at 10:00 will be with Amara "
        "Osei, RN (Charge Nurse, Intensive Care).\r\n\r\nThanks\r\nLiam\r\n"
    )
    data = mail(
        "Liam Hart <liam.hart@kestrelvale.example>",
        "Interview - Staff Nurse",
        body,
        to=f'Rowan Adeyemi <{USER}>, "Amara Osei, RN" <amara.osei@kestrelvale.example>',
    )
    assert interviewers(_read(data)) == {"Amara Osei": "Charge Nurse, Intensive Care"}


def test_a_scheduler_host_who_booked_it_for_someone_else_is_no_interviewer() -> None:
    body = (
        "Hi Rowan,\n\nYour Sous Chef Interview with Cecily Ward at 3:00pm on Tuesday, March 9, "
        "2027 is scheduled.\n\nDescription:\nA tasting and a chat with Omar Haddad, Head Chef. "
        "Cecily Ward (People Team) set this up on Omar's behalf.\n\nPowered by Calendly.com\n"
    ).replace("\n", "\r\n")
    data = mail(
        "Calendly <notifications@calendly.com>",
        "Confirmed: Sous Chef Interview with Cecily Ward",
        body,
        headers="Reply-To: Cecily Ward <cecily.ward@ember-and-ash.example>\r\n",
    )
    invite = _read(data)
    assert interviewers(invite) == {"Omar Haddad": "Head Chef"}
    assert coordinator(invite) == ("Cecily Ward", "cecily.ward@ember-and-ash.example")


def test_a_coordinator_line_under_an_interviewer_line_is_no_interviewer() -> None:
    desc = (
        "Mould Technician onsite\\nInterviewer: Wiebke Sander\\, Tooling Lead\\n"
        "Coordinator: Jonas Petersen (jonas.petersen@nordform.example)"
    )
    cal = calendar(
        event("20270309T090000", "Nordform Interview – Rowan Adeyemi (Wiebke Sander)", desc,
              organizer="CN=Nordform Recruiting:mailto:recruiting@nordform.example"),
    )  # fmt: skip
    data = mail(
        "Jonas Petersen via GoodTime <notifications@goodtime.io>",
        "Your onsite interview at Nordform",
        "Hi Rowan,\r\n\r\nYour itinerary is attached.\r\n\r\nJonas Petersen\r\n",
        calendars=(cal,),
        headers="Reply-To: Jonas Petersen <jonas.petersen@nordform.example>\r\n",
    )
    invite = _read(data)
    assert interviewers(invite) == {"Wiebke Sander": "Tooling Lead"}
    assert coordinator(invite) == ("Jonas Petersen", "jonas.petersen@nordform.example")


def test_a_bookings_invitee_is_the_user_never_an_interviewer_or_the_company() -> None:
    body = (
        "A new event has been scheduled.\n\nEvent Type:\nPastry Chef Interview with Rowan "
        "Adeyemi\n\nInvitee:\nRowan Adeyemi\n\nInvitee Email:\nrowan@elsewhere.example\n\n"
        "Event Date/Time:\n11:00am - 11:45am (Eastern Time - US & Canada)\n"
        "Tuesday, March 9, 2027\n\nDescription:\nYou'll meet Marguerite Okonjo, our executive "
        "pastry chef.\n"
    ).replace("\n", "\r\n")
    data = mail(
        "Calendly <notifications@calendly.com>",
        "New Event: Rowan Adeyemi - 11:00am Tue, Mar 9, 2027 - Pastry Chef Interview",
        body,
        to="pat@halloranbakehouse.example",
        headers="Reply-To: Pat Orme <pat@halloranbakehouse.example>\r\n",
    )
    invite = parse_invite(data, "s16.eml", default_tz="UTC")
    assert interviewers(invite) == {"Marguerite Okonjo": "executive pastry chef"}
    assert invite.interview.company != "Rowan Adeyemi"


# ------------------------------------------------------------------------- the coordinator


@pytest.mark.parametrize(
    ("text", "name", "email", "phone"),
    [
        ("If anything changes, please reach out to Teodora Vasić (Talent Partner) at "
         "teodora.vasic@dunmorefoods.example.", "Teodora Vasić",
         "teodora.vasic@dunmorefoods.example", None),
        ("Please get in touch with Imke Harms, Talent Partner, at imke.harms@dunmorefoods.example "
         "if you need to move it.", "Imke Harms", "imke.harms@dunmorefoods.example", None),
        ("Running late? Call Imke Harms (Recruiter) on +31 20 555 0199.", "Imke Harms", None,
         "+31 20 555 0199"),
    ],
)  # fmt: skip
def test_the_contact_with_a_title_beside_the_name_is_the_coordinator(
    text: str, name: str, email: str | None, phone: str | None
) -> None:
    invite = _read(_mail(text, sender="Dunmore Careers <noreply@dunmorefoods.example>"))
    person = next(p for p in invite.interview.people if p.role.value == "coordinator")
    assert (person.name, person.phone) == (name, phone)
    if email:
        assert person.email == email


@pytest.mark.parametrize(
    "line",
    [
        "Desmond Achterberg\\, our recruiting coordinator\\, will meet you in reception.",
        "Your recruiting coordinator for the day\\, Desmond Achterberg\\, will meet you.",
    ],
)
def test_a_loops_coordinator_named_in_the_text_beats_the_team_mailbox(line: str) -> None:
    desc = f"Onsite loop for the Process Engineer role.\\n{line}"
    box = "CN=Dunmore Recruiting:mailto:recruiting@dunmorefoods.example"
    cal = calendar(
        event("20270309T090000", "Onsite (1/2): Hiring manager – Ilse Vermeulen", desc,
              organizer=box, uid="s16-l1@x"),
        event("20270309T100000", "Onsite (2/2): Process lead – Bram Koster", desc,
              organizer=box, uid="s16-l2@x"),
    )  # fmt: skip
    invite = _read(cal.encode(), "s16.ics")
    assert coordinator(invite) == ("Desmond Achterberg", "recruiting@dunmorefoods.example")
    assert set(interviewers(invite)) == {"Ilse Vermeulen", "Bram Koster"}


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Your interviewers will be our operations director, Hamid Rezaei, and our finance "
         "lead, Joanna Pryce.",
         {"Hamid Rezaei": "operations director", "Joanna Pryce": "finance lead"}),
        ("The panel: Hamid Rezaei (Operations Director) and Joanna Pryce (Finance Lead).",
         {"Hamid Rezaei": "Operations Director", "Joanna Pryce": "Finance Lead"}),
        ("Interviewing you: Hamid Rezaei, Operations Director; Joanna Pryce, Finance Lead.",
         {"Hamid Rezaei": "Operations Director", "Joanna Pryce": "Finance Lead"}),
        ("Notre directeur des opérations, Hamid Rezaei, mènera l'entretien.",
         {"Hamid Rezaei": "directeur des opérations"}),
        ("Unser Betriebsleiter, Hamid Rezaei, führt das Gespräch.",
         {"Hamid Rezaei": "Betriebsleiter"}),
        ("Nuestro jefe de planta, Hamid Rezaei, hará la entrevista.",
         {"Hamid Rezaei": "jefe de planta"}),
        ("Vos interlocuteurs ce jour-là :\n- Hamid Rezaei – directeur des opérations\n"
         "- Joanna Pryce – responsable financière",
         {"Hamid Rezaei": "directeur des opérations", "Joanna Pryce": "responsable financière"}),
    ],
)  # fmt: skip
def test_interviewers_in_other_shapes_and_languages(
    text: str, people: dict[str, str | None]
) -> None:
    sender = "Pat Orme <pat.orme@saltmarshfoods.example>"
    assert interviewers(_read(_mail(text, sender=sender))) == people


@pytest.mark.parametrize(
    ("text", "name", "email", "title"),
    [
        ("Bei Fragen wenden Sie sich bitte an Jana Weber (HR-Referentin) unter "
         "jana.weber@dunmorefoods.example.", "Jana Weber", "jana.weber@dunmorefoods.example",
         "HR-Referentin"),
        ("Para cualquier duda, escribe a Lucía Pérez (Técnica de Selección) en "
         "lucia.perez@dunmorefoods.example.", "Lucía Pérez", "lucia.perez@dunmorefoods.example",
         "Técnica de Selección"),
        ("Per qualsiasi domanda scrivi a Giulia Conti (Talent Acquisition) all'indirizzo "
         "giulia.conti@dunmorefoods.example.", "Giulia Conti",
         "giulia.conti@dunmorefoods.example", "Talent Acquisition"),
        ("Neem bij vragen contact op met Sanne Bakker (recruiter) via "
         "sanne.bakker@dunmorefoods.example.", "Sanne Bakker", "sanne.bakker@dunmorefoods.example",
         "recruiter"),
    ],
)  # fmt: skip
def test_a_contact_line_in_other_languages_names_the_coordinator(
    text: str, name: str, email: str, title: str
) -> None:
    invite = _read(_mail(text, sender="Dunmore Careers <careers@dunmorefoods.example>"))
    person = next(p for p in invite.interview.people if p.role.value == "coordinator")
    assert (person.name, person.email, person.title) == (name, email, title)


def _booking(description: str) -> bytes:
    body = (
        "Hi Rowan,\n\nYour Bookkeeper Phone Interview with Jordan Whitaker at 10:00am (Central "
        "Time - US & Canada) on Thursday, March 11, 2027 is scheduled.\n\nDescription:\n"
        f"{description}\n\nPowered by Calendly.com\n"
    ).replace("\n", "\r\n")
    return mail(
        "Calendly <notifications@calendly.com>",
        "Confirmed: Bookkeeper Phone Interview with Jordan Whitaker",
        body,
        headers="Reply-To: Jordan Whitaker <jordan.whitaker@mesquitecpa.example>\r\n",
    )


@pytest.mark.parametrize(
    ("description", "people"),
    [
        ("Elaine Foster, our Controller, will call you.", {"Elaine Foster": "Controller"}),
        ("Interviewer: Elaine Foster, Controller", {"Elaine Foster": "Controller"}),
        ("A 30-minute call about the role and your experience.", {"Jordan Whitaker": None}),
    ],
)  # fmt: skip
def test_a_booking_pages_host_interviews_only_when_nobody_else_is_named(
    description: str, people: dict[str, str | None]
) -> None:
    invite = _read(_booking(description))
    assert interviewers(invite) == people
    assert coordinator(invite) == ("Jordan Whitaker", "jordan.whitaker@mesquitecpa.example")


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # Microsoft Bookings' staff line, the letters after the name, the title after a dash
        ("Service: Groomer Interview\nStaff: Dr. Priya Raman, BVSc - Clinical Director\n"
         "Location: In person", {"Priya Raman": "Clinical Director"}),
        ("Your panel:\nTomás Ferreira, PharmD, RPh – Pharmacy Manager\n"
         "Leah Novak, RDH – Hygiene Lead", {"Tomás Ferreira": "Pharmacy Manager",
                                          "Leah Novak": "Hygiene Lead"}),
        # a French label and a French honorific ("Dre": Doctor, of a woman)
        ("Intervieweur(e)s\nDre Sophie Lavoie – Directrice clinique\n"
         "Julien Roy – Technicien en chef", {"Sophie Lavoie": "Directrice clinique",
                                            "Julien Roy": "Technicien en chef"}),
    ],
)  # fmt: skip
def test_letters_after_a_name_and_honorifics_are_no_part_of_it(
    text: str, people: dict[str, str | None]
) -> None:
    assert interviewers(_read(_mail(text))) == people
