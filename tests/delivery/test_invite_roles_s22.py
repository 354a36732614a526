"""Issue 9, kind 4 (session 22): the coordinator and the interviewers told apart, both ways,
in the shapes real senders write (Google Calendar's and Outlook/Exchange's invites, Greenhouse,
Lever, GoodTime, iCIMS, Workday, Microsoft Bookings and Calendly mails), with invented names and
in several languages:

- the organizer who interviews (a hiring manager sending the invite and meeting the candidate
  alone) is the coordinator and an interviewer too;
- a recruiting coordinator who organizes it and does not attend is the coordinator only;
- a scheduling robot, a booking mailbox or a tracking system's calendar is nobody, as organizer
  or as attendee; the recruiter the text names is the coordinator;
- a recruiter who attends only to open the call and introduce the candidate is the
  coordinator, not an interviewer;
- "you'll meet X and Y" names the interviewers, attendees or not.
"""

from __future__ import annotations

import pytest

from helpers_invites import (
    coordinator,
    google,
    guest,
    interviewers,
    mail,
    outlook,
    read,
)

# ---------------------------------------------------------------- the organizer interviews


@pytest.mark.parametrize(
    ("name", "email", "summary", "description", "title"),
    [
        (
            "Marcus Lindqvist",
            "marcus.lindqvist@nordvikdata.example",
            "Platform Engineer interview – Rowan / Marcus",
            "Hi Rowan,\n\nLooking forward to our conversation about the Platform Engineer "
            "role. I'll walk you through what the team is building and we'll go over your "
            "experience with Kubernetes.\n\nBest,\nMarcus Lindqvist\nEngineering Manager, "
            "Nordvik Data",
            "Engineering Manager",
        ),
        (
            "Carolina Pereira",
            "carolina.pereira@solverde.example",
            "Entrevista – Analista de Dados",
            "Olá Rowan,\n\nObrigada pelo interesse na vaga. Vamos conversar durante 45 "
            "minutos sobre a sua experiência.\n\nAté breve,\nCarolina Pereira\n"
            "Gerente de Análise de Dados",
            "Gerente de Análise de Dados",
        ),
        (
            "Anneliese Bruckner",
            "a.bruckner@hellweg-antriebe.example",
            "Vorstellungsgespräch Controller (m/w/d)",
            "Guten Tag Herr Adeyemi,\n\nich freue mich auf unser Gespräch am Dienstag.\n\n"
            "Mit freundlichen Grüßen\nAnneliese Bruckner\nLeiterin Controlling",
            "Leiterin Controlling",
        ),
    ],
)
def test_a_hiring_manager_who_sends_the_invite_and_meets_you_alone_is_both(
    name: str, email: str, summary: str, description: str, title: str
) -> None:
    invite = read(google(f"CN={name}:mailto:{email}", summary, description, guest(name, email)))
    assert coordinator(invite) == name
    assert interviewers(invite) == {name: title}


def test_a_hiring_manager_on_outlook_who_writes_in_the_first_person_is_both() -> None:
    invite = read(
        outlook(
            'CN="Janssens, Pieter":mailto:pieter.janssens@brabantlogistiek.example',
            "Sollicitatiegesprek Planner",
            "Beste Rowan,\n\nIk kijk ernaar uit om kennis met je te maken. We spreken over de "
            "functie van planner.\n\nMet vriendelijke groet,\nPieter Janssens\n"
            "Teamleider Planning",
        )
    )
    assert coordinator(invite) == "Pieter Janssens"
    assert interviewers(invite) == {"Pieter Janssens": "Teamleider Planning"}


# ---------------------------------------------------------------- a coordinator who does not attend


def test_a_recruiting_coordinator_who_organizes_a_panel_is_no_interviewer() -> None:
    description = (
        "Hi Rowan,\n\nYou're confirmed for your onsite panel. Your interviewers are Ines "
        "Barros (Head of Product) and Kenji Mori (Senior Designer).\n\nPriya Nair\n"
        "Recruiting Coordinator, Lumora"
    )
    invite = read(
        google(
            "CN=Priya Nair:mailto:priya.nair@lumora.example",
            "Onsite: Product Designer (Rowan Adeyemi)",
            description,
            guest("Priya Nair", "priya.nair@lumora.example")
            + guest("Ines Barros", "ines.barros@lumora.example", "NEEDS-ACTION")
            + guest("Kenji Mori", "kenji.mori@lumora.example", "NEEDS-ACTION"),
        )
    )
    assert coordinator(invite) == "Priya Nair"
    assert interviewers(invite) == {
        "Ines Barros": "Head of Product",
        "Kenji Mori": "Senior Designer",
    }


@pytest.mark.parametrize(
    ("description", "people"),
    [
        (
            "Hi Rowan,\n\nYou'll be meeting with Ines Barros and Kenji Mori from the design "
            "team.\n\nThanks,\nPriya Nair\nRecruiting Coordinator",
            {"Ines Barros", "Kenji Mori"},
        ),
        (
            "Bonjour Rowan,\n\nVous rencontrerez Hélène Garnier et Julien Marchetti.\n\n"
            "Cordialement,\nPriya Nair\nChargée de recrutement",
            {"Hélène Garnier", "Julien Marchetti"},
        ),
        (
            "Hola Rowan:\n\nTe reunirás con Rocío Márquez y Andrés Vidal.\n\nUn saludo,\n"
            "Priya Nair\nReclutadora",
            {"Rocío Márquez", "Andrés Vidal"},
        ),
    ],
)
def test_youll_meet_names_the_interviewers_the_organizer_only_arranges(
    description: str, people: set[str]
) -> None:
    invite = read(
        google(
            "CN=Priya Nair:mailto:priya.nair@lumora.example",
            "Interview – Product Designer",
            description,
            guest("Priya Nair", "priya.nair@lumora.example"),
        )
    )
    assert coordinator(invite) == "Priya Nair"
    assert set(interviewers(invite)) == people


# ---------------------------------------------------------------- robots are nobody


@pytest.mark.parametrize(
    "organizer",
    [
        "CN=GoodTime:mailto:no-reply@goodtime.io",
        "CN=Lumora Interviews:mailto:LumoraInterviews@lumora.onmicrosoft.com",
        "CN=Interview Scheduling:mailto:scheduling@lumora.example",
        "CN=Olivia:mailto:olivia@paradox.ai",
    ],
)
def test_a_scheduling_robot_is_nobody_and_the_recruiter_in_the_text_coordinates(
    organizer: str,
) -> None:
    description = (
        "Hi Rowan,\n\nYour interview for Product Designer at Lumora is confirmed. You will "
        "meet Omar Haddad (Design Director).\n\nYour recruiter, Dana Whitfield "
        "(dana.whitfield@lumora.example), is your contact for anything you need.\n"
    )
    invite = read(
        google(
            organizer,
            "Lumora: Product Designer – Portfolio review",
            description,
            guest("Omar Haddad", "omar.haddad@lumora.example", "NEEDS-ACTION"),
        )
    )
    assert coordinator(invite) == "Dana Whitfield"
    assert interviewers(invite) == {"Omar Haddad": "Design Director"}


@pytest.mark.parametrize(
    ("cn", "email"),
    [
        ("Interview Calendar", "interview-calendar@lumora.example"),
        ("Lumora Hiring Calendar", "hiring.calendar@lumora.example"),
        ("Recruiting Scheduler", "recruiting-scheduler@lumora.example"),
    ],
)
def test_a_scheduling_calendar_among_the_attendees_interviews_nobody(cn: str, email: str) -> None:
    invite = read(
        google(
            "CN=Priya Nair:mailto:priya.nair@lumora.example",
            "Interview: Product Designer",
            "Hi Rowan, see you then.\n\nPriya Nair\nRecruiting Coordinator",
            guest(cn, email) + guest("Omar Haddad", "omar.haddad@lumora.example"),
        )
    )
    assert coordinator(invite) == "Priya Nair"
    assert set(interviewers(invite)) == {"Omar Haddad"}


# ---------------------------------------------------------------- the recruiter who introduces


@pytest.mark.parametrize(
    "text",
    [
        "Dana Whitfield (Recruiter) will join for the first five minutes to introduce you to "
        "Omar Haddad, Design Director, who will lead the interview.",
        "Dana Whitfield from our talent team will open the call and introduce you; the "
        "interview itself is with Omar Haddad (Design Director).",
        "Dana Whitfield (Talent Partner) se unirá al principio para presentarte a Omar Haddad "
        "(Design Director), quien realizará la entrevista.",
    ],
)
def test_a_recruiter_who_attends_only_to_introduce_is_the_coordinator(text: str) -> None:
    cal = google(
        "CN=Lumora Recruiting:mailto:no-reply@greenhouse.io",
        "Interview: Product Designer",
        text,
        guest("Dana Whitfield", "dana.whitfield@lumora.example")
        + guest("Omar Haddad", "omar.haddad@lumora.example"),
    )
    invite = read(
        mail(
            "Lumora Recruiting <no-reply@greenhouse.io>",
            "Your interview with Lumora",
            f"Hi Rowan,\n\n{text}\n\nLumora Recruiting",
            cal,
            headers="Reply-To: Dana Whitfield <dana.whitfield@lumora.example>\r\n",
        ),
        "greenhouse.eml",
    )
    assert coordinator(invite) == "Dana Whitfield"
    assert interviewers(invite) == {"Omar Haddad": "Design Director"}


def test_a_recruiter_who_organizes_and_joins_to_introduce_stays_the_coordinator() -> None:
    description = (
        "Hi Rowan,\n\nI'll join for the first few minutes to introduce you to Omar Haddad "
        "(Design Director), who will run the portfolio review.\n\nDana Whitfield\n"
        "Senior Recruiter, Lumora"
    )
    invite = read(
        google(
            "CN=Dana Whitfield:mailto:dana.whitfield@lumora.example",
            "Portfolio review – Product Designer",
            description,
            guest("Dana Whitfield", "dana.whitfield@lumora.example")
            + guest("Omar Haddad", "omar.haddad@lumora.example"),
        )
    )
    assert coordinator(invite) == "Dana Whitfield"
    assert interviewers(invite) == {"Omar Haddad": "Design Director"}


# ---------------------------------------------------------------- a recruiter's own screen


def test_a_recruiters_phone_screen_alone_with_you_is_theirs_both_ways() -> None:
    description = (
        "Hi Rowan,\n\nThanks for applying! This is a 30-minute phone screen; I'll call you "
        "on the number on your application.\n\nTalk soon,\nDana Whitfield\nTechnical "
        "Recruiter, Lumora"
    )
    invite = read(
        google(
            "CN=Dana Whitfield:mailto:dana.whitfield@lumora.example",
            "Phone screen: Rowan Adeyemi / Lumora",
            description,
            guest("Dana Whitfield", "dana.whitfield@lumora.example"),
        )
    )
    assert coordinator(invite) == "Dana Whitfield"
    assert interviewers(invite) == {"Dana Whitfield": "Technical Recruiter"}


def test_a_coordinator_who_says_the_team_will_call_names_no_interviewer() -> None:
    description = (
        "Hi Rowan,\n\nA member of our engineering team will call you at this time.\n\n"
        "Priya Nair\nRecruiting Coordinator, Lumora"
    )
    invite = read(
        google(
            "CN=Priya Nair:mailto:priya.nair@lumora.example",
            "Lumora – technical phone interview",
            description,
            guest("Priya Nair", "priya.nair@lumora.example"),
        )
    )
    assert coordinator(invite) == "Priya Nair"
    assert interviewers(invite) == {}


def test_a_coordinator_who_booked_it_or_speaks_for_the_company_is_no_interviewer() -> None:
    for said in (
        "I've booked your interview for Thursday; the details are below.",
        "We look forward to meeting you!",
    ):
        invite = read(
            google(
                "CN=Priya Nair:mailto:priya.nair@lumora.example",
                "Interview – Product Designer",
                f"Hi Rowan,\n\n{said}\n\nPriya Nair\nRecruiting Coordinator",
                guest("Priya Nair", "priya.nair@lumora.example"),
            )
        )
        assert coordinator(invite) == "Priya Nair"
        assert interviewers(invite) == {}


def test_a_booking_whose_title_names_the_host_with_you_is_the_hosts_interview() -> None:
    # Calendly's event for the host's own booking page: "<event> between <host> and <invitee>"
    invite = read(
        google(
            "CN=Marcus Lindqvist:mailto:marcus.lindqvist@nordvikdata.example",
            "Intro call between Marcus Lindqvist and Rowan Adeyemi",
            "Event Name: Intro call\n\nLocation: This is a Google Meet web conference.\n\n"
            "Need to make changes to this event?\nCancel: https://calendly.com/cancellations/"
            "0f3e2d1c\nReschedule: https://calendly.com/reschedulings/0f3e2d1c\n\n"
            "Powered by Calendly.com",
            guest("Marcus Lindqvist", "marcus.lindqvist@nordvikdata.example"),
        )
    )
    assert coordinator(invite) == "Marcus Lindqvist"
    assert set(interviewers(invite)) == {"Marcus Lindqvist"}


def test_the_organizer_who_interviews_with_a_colleague_is_both_and_the_colleague_too() -> None:
    invite = read(
        outlook(
            "CN=Anneliese Bruckner:mailto:a.bruckner@hellweg-antriebe.example",
            "Vorstellungsgespräch Controller (m/w/d)",
            "Guten Tag Herr Adeyemi,\n\ndas Gespräch führe ich gemeinsam mit Herrn Tobias Kern "
            "(Kaufmännischer Leiter).\n\nMit freundlichen Grüßen\nAnneliese Bruckner\n"
            "Leiterin Controlling",
            "ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Tobias Kern:"
            "mailto:t.kern@hellweg-antriebe.example\r\n",
        )
    )
    assert coordinator(invite) == "Anneliese Bruckner"
    assert interviewers(invite) == {
        "Tobias Kern": "Kaufmännischer Leiter",
        "Anneliese Bruckner": "Leiterin Controlling",
    }


def test_a_google_group_calendar_invited_as_a_guest_is_nobody() -> None:
    invite = read(
        google(
            "CN=Priya Nair:mailto:priya.nair@lumora.example",
            "Interview: Product Designer",
            "Hi Rowan, see you then.\n\nPriya Nair\nRecruiting Coordinator",
            guest("Lumora Interviews", "c_9f8e7d6c5b4a@group.calendar.google.com")
            + guest("Omar Haddad", "omar.haddad@lumora.example"),
        )
    )
    assert set(interviewers(invite)) == {"Omar Haddad"}


def test_a_directory_name_with_its_comma_unquoted_is_read_without_a_crash() -> None:
    # RFC 5545 wants "Janssens, Pieter" quoted; some writers leave it bare
    invite = read(
        outlook(
            "CN=Janssens, Pieter:mailto:pieter.janssens@brabantlogistiek.example",
            "Sollicitatiegesprek Planner",
            "Beste Rowan,\n\nTot dinsdag.",
        )
    )
    assert invite.interview.people


def test_a_workday_mail_names_who_scheduled_it_and_who_interviews() -> None:
    text = (
        "Dear Rowan,\n\nYou have been scheduled for an interview for the position of Warehouse "
        "Supervisor (R-10234) at Nordvik Data.\n\nDate: Tuesday, January 19, 2027\n"
        "Time: 10:00 AM - 11:00 AM Central Standard Time\nLocation: Microsoft Teams\n"
        "Interviewers: Marcus Lindqvist, Operations Manager\n"
        "Scheduled by: Priya Nair (priya.nair@nordvikdata.example)\n\n"
        "Please do not reply to this email."
    )
    invite = read(
        mail("Nordvik Data <nordvikdata@myworkday.com>", "Interview Scheduled", text), "wd.eml"
    )
    assert coordinator(invite) == "Priya Nair"
    assert interviewers(invite) == {"Marcus Lindqvist": "Operations Manager"}


def test_an_interviewer_who_introduces_a_colleague_still_interviews() -> None:
    text = (
        "Omar Haddad (Design Director) will introduce you to Kenji Mori (Senior Designer), and "
        "together they will review your portfolio. Omar will kick off with the team's roadmap."
    )
    invite = read(
        google(
            "CN=Priya Nair:mailto:priya.nair@lumora.example",
            "Portfolio review – Product Designer",
            f"Hi Rowan,\n\n{text}\n\nPriya Nair\nRecruiting Coordinator",
            guest("Omar Haddad", "omar.haddad@lumora.example")
            + guest("Kenji Mori", "kenji.mori@lumora.example"),
        )
    )
    assert coordinator(invite) == "Priya Nair"
    assert interviewers(invite) == {
        "Omar Haddad": "Design Director",
        "Kenji Mori": "Senior Designer",
    }


def test_an_icims_confirmation_names_the_recruiter_and_the_hiring_manager_who_meets_you() -> None:
    text = (
        "Dear Rowan Adeyemi,\n\nThank you for your interest in Lumora. Your interview has been "
        "confirmed.\n\nPosition: Product Designer\nDate: January 19, 2027\n"
        "Time: 10:00 AM Eastern Time\nFormat: Video (Microsoft Teams)\n"
        "Recruiter: Dana Whitfield\nHiring Manager: Omar Haddad\n\n"
        "If you need to reschedule, reply to dana.whitfield@lumora.example.\n"
    )
    invite = read(
        mail(
            "Lumora Careers <do-not-reply@icims.com>",
            "Interview Confirmation – Product Designer (Req 2027-0141)",
            text,
        ),
        "icims.eml",
    )
    assert coordinator(invite) == "Dana Whitfield"
    assert set(interviewers(invite)) == {"Omar Haddad"}


def test_a_goodtime_mail_in_french_names_the_interviewers_and_the_contact() -> None:
    text = (
        "Bonjour Rowan,\n\nVotre entretien est confirmé le mardi 19 janvier 2027 à 10h00 "
        "(heure de Paris).\nVous rencontrerez Omar Haddad, directeur du design, et Kenji Mori, "
        "designer senior.\n\nPour toute question, contactez Dana Whitfield "
        "(dana.whitfield@lumora.example).\n\nL'équipe Lumora"
    )
    invite = read(
        mail("Lumora Recrutement <no-reply@goodtime.io>", "Entretien – Designer produit", text),
        "goodtime.eml",
    )
    assert coordinator(invite) == "Dana Whitfield"
    assert interviewers(invite) == {
        "Omar Haddad": "directeur du design",
        "Kenji Mori": "designer senior",
    }
