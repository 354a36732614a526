"""Invite faults found on invites nobody here wrote, each kind with fresh cases: a company
longer than the part its mail domain spells, a run-together domain whose words the text writes
with accents and a joining word, a role's qualifier in brackets kept in the role, roles and
lower-case titles written in other languages, a rank before a name, a scheduling tool's
attendee list naming the candidate, "Last, First" names, a coordinator signing in Spanish,
Portuguese or Japanese, and Danish dates and clocks."""

from __future__ import annotations

from datetime import time

import pytest
from test_invite_company_names import _coordinator
from test_invite_employer import _mail, _read, _titles

from followup.delivery.invites import parse_invite
from followup.delivery.invites.company_names import squeezes

# ------------------------------------------------------------------ the company's whole name


@pytest.mark.parametrize(
    ("domain", "said", "company"),
    [
        # the domain spells the first words; the text writes one more after them
        ("millbrook.com", "Millbrook Ceramics Works", "Millbrook Ceramics Works"),
        # the domain spells the last words; the text writes one more before them
        ("tornavento.it", "Cantine Tornavento", "Cantine Tornavento"),
        ("larkspurdata.io", "Studio Larkspur Data", "Studio Larkspur Data"),
    ],
)
def test_the_company_is_the_whole_name_the_text_writes(domain, said, company) -> None:
    body = (
        f"Hi Casey,\n\nThanks for applying to {said}. We'd like to meet you for the Logistics "
        "Coordinator position on Thursday, March 11, 2027 at 10:00 AM Central Time at our "
        f"warehouse.\n\nBest regards,\nMaren Holt\nPeople Partner\n{said}\n"
    )
    invite = _read(
        _mail("Interview - Logistics Coordinator", body, sender=f"Maren Holt <maren@{domain}>")
    )
    assert invite.interview.company == company


def test_a_sentence_after_the_name_is_no_part_of_it() -> None:
    body = (
        "Hello Casey,\n\nThank you for applying to Ridgeway Paper Mill. We would like to see "
        "you for the Shift Supervisor role on March 12, 2027 at 7:30 AM Eastern Time.\n\n"
        "Lena Cho\n"
    )
    invite = _read(_mail("Interview", body, sender="Lena Cho <lena@ridgewaymill.com>"))
    assert invite.interview.company == "Ridgeway Paper Mill"


@pytest.mark.parametrize(
    ("domain", "written"),
    [
        ("salgueiroebrandao.pt", "Salgueiro & Brandão"),  # Portuguese "e", accents folded
        ("oakandfennel.co.uk", "Oak & Fennel"),
        ("ortizyvalle.mx", "Ortiz y Valle"),  # the text writes the joining word itself
        ("boehmundjaeger.de", "Böhm & Jäger"),  # German "und", umlauts written out
        ("lefevreetfils.fr", "Lefèvre et Fils"),
    ],
)
def test_a_run_together_domain_gives_the_texts_own_spelling(domain, written) -> None:
    body = (
        f"Hello Casey,\n\nThe team at {written} would like to invite you to an interview on "
        "Friday, March 12, 2027 at 11:00 (Europe/Lisbon).\n\nKind regards,\nNuno Reis\n"
        f"{written}\n"
    )
    invite = _read(_mail("Interview invitation", body, sender=f"Nuno Reis <nuno@{domain}>"))
    assert invite.interview.company == written


def test_squeezes_cover_joining_words_and_umlauts() -> None:
    assert {"boehmundjaeger", "bohmjager", "bohmandjager"} <= squeezes("Böhm & Jäger")
    assert "ortizyvalle" in squeezes("Ortiz y Valle")
    assert "ortizvalle" in squeezes("Ortiz y Valle")


# ------------------------------------------------------------------ a role's qualifier


@pytest.mark.parametrize(
    ("subject", "role"),
    [
        ("Interview confirmed: Backend Engineer (Search Relevance)",
         "Backend Engineer (Search Relevance)"),
        ("Your interview: UX Researcher (Mobile Banking)", "UX Researcher (Mobile Banking)"),
    ],
)  # fmt: skip
def test_a_qualifier_in_brackets_stays_in_the_role_and_is_no_company(subject, role) -> None:
    body = (
        "Hi Casey,\n\nYour video interview is confirmed for Tuesday, March 9, 2027 at 3:00 PM "
        "Pacific Time on Zoom.\n\nInterviewer: Arjun Mehta, Engineering Manager\n\nThanks,\n"
        "Dana Ruiz\nRecruiting Coordinator\nSaltmarsh Software\n"
    )
    invite = _read(
        _mail(
            subject,
            body,
            sender="Candidate Updates <no-reply@us.greenhouse-mail.io>",
            reply_to="Dana Ruiz <dana.ruiz@saltmarshsoftware.com>",
        )
    )
    assert (invite.interview.company, invite.interview.role) == ("Saltmarsh Software", role)


def test_a_company_in_brackets_that_other_clues_name_is_the_company() -> None:
    body = (
        "Hi Casey,\n\nYour video interview is on Tuesday, March 9, 2027 at 3:00 PM Pacific "
        "Time on Zoom.\n\nThanks,\nDana Ruiz\n"
    )
    invite = _read(
        _mail(
            "Interview: Staff Designer (Pebblewick)",
            body,
            sender="Pebblewick Hiring <no-reply@ashbyhq.com>",
            reply_to="Dana Ruiz <dana@pebblewick.com>",
        )
    )
    assert (invite.interview.company, invite.interview.role) == ("Pebblewick", "Staff Designer")


# ------------------------------------------------------------------ other languages


def test_a_danish_invite_gives_its_role_day_clock_and_titled_person() -> None:
    body = (
        "Kære Casey\n\nTak for din ansøgning til stillingen som Indkøbskoordinator hos "
        "Søndergaard Møbler. Vi inviterer dig til samtale tirsdag den 9. marts 2027 kl. 13.30 "
        "på vores kontor i Aarhus.\n\nTil samtalen deltager Henrik Bach, salgsdirektør.\n\n"
        "Med venlig hilsen\nSofie Lind\nSøndergaard Møbler\n"
    )
    invite = _read(_mail("Invitation til samtale", body, sender="Sofie Lind <sl@sondergaard.dk>"))
    assert invite.interview.role == "Indkøbskoordinator"
    assert str(invite.interview.interviewed) == "2027-03-09"
    assert invite.interview.time == time(13, 30)
    assert _titles(invite) == {"Henrik Bach": "salgsdirektør"}


@pytest.mark.parametrize(
    ("body", "titles"),
    [
        (
            "Estimado Casey:\n\nLe entrevistarán Marta Gil, directora comercial, y Óscar Peña, "
            "socio fundador.\n\nFecha: 9 de marzo de 2027, 10:00 (hora de Madrid)\n",
            {"Marta Gil": "directora comercial", "Óscar Peña": "socio fundador"},
        ),
        (
            "Olá Casey,\n\nA entrevista será conduzida pela Dra. Rita Sousa, coordenadora de "
            "qualidade, no dia 9 de março de 2027 às 10:00 (hora de Lisboa).\n",
            {"Rita Sousa": "coordenadora de qualidade"},
        ),
        (
            "Bonjour Casey,\n\nVous serez reçu par Hugo Marchand, président, le 9 mars 2027 à "
            "10h00 (heure de Paris).\n",
            {"Hugo Marchand": "président"},
        ),
        (
            "Sehr geehrte Damen und Herren,\n\nAm Gespräch am 9. März 2027 um 10:00 Uhr nehmen "
            "unser Werkleiter Herr Jan Roth sowie Frau Ida Kern aus der Personalabteilung teil.\n",
            {"Jan Roth": "Werkleiter", "Ida Kern": None},
        ),
        (
            "Dear Casey,\n\nYour panel will be Cdr. Ian Frost, Head of Marine Safety, and Maj. "
            "Alma Ruiz, Director of Training, on 9 March 2027 at 10:00 (UK time).\n",
            {"Ian Frost": "Head of Marine Safety", "Alma Ruiz": "Director of Training"},
        ),
    ],
)
def test_lower_case_titles_and_ranks_go_to_their_people(body, titles) -> None:
    invite = _read(_mail("Entrevista / Entretien / Gespräch", body, sender="A B <ab@acme.eu>"))
    assert _titles(invite) == titles


def test_a_japanese_invite_gives_company_role_people_and_signature() -> None:
    body = (
        "山本 太郎 様\n\n株式会社カワセミ電工（カワセミデンコウ）人事部でございます。\n"
        "このたびは品質保証職へご応募いただき、ありがとうございます。\n\n"
        "日時：2027年3月9日（火）13:00～14:00\n場所：本社にてご来社ください\n"
        "面接官：品質保証部 課長 松本 健、佐々木 恵 技術部 主任\n\n"
        "株式会社カワセミ電工（カワセミデンコウ）\n人事部\n中島 さくら\n"
    )
    invite = _read(_mail("面接のご案内", body, sender="採用担当 <jinji@kawasemi-denko.co.jp>"))
    assert invite.interview.company == "カワセミ電工"  # no legal form, no reading
    assert invite.interview.role == "品質保証"
    assert invite.interview.format.value == "in-person"  # "ご来社ください"
    assert _titles(invite) == {"松本 健": "品質保証部 課長", "佐々木 恵": "技術部 主任"}
    assert _coordinator(invite) == ("中島 さくら", "jinji@kawasemi-denko.co.jp")


# ------------------------------------------------------------------ who is a person here


def test_a_scheduling_tools_attendee_list_leaves_out_the_candidate() -> None:
    body = (
        "Hi Casey Rowan,\n\nYour interview has been scheduled for Wednesday, March 10, 2027, "
        "11:00 AM - 12:00 PM Eastern Time on Zoom.\n\nParticipants:\nCasey Rowan (Candidate)\n"
        "Imani Cole, Senior Data Scientist\nPetr Novak, Analytics Manager\n\nSent by GoodTime\n"
    )
    invite = _read(
        _mail(
            "Interview scheduled",
            body,
            sender="GoodTime <scheduling@goodtime.io>",
            reply_to="Rhea Dunn <rhea@tallowmetrics.com>",
        )
    )
    assert _titles(invite) == {
        "Imani Cole": "Senior Data Scientist",
        "Petr Novak": "Analytics Manager",
    }


def _ics(organizer: str, *attendees: str) -> bytes:
    lines = [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Microsoft Corporation//Outlook 16.0//EN",
        "BEGIN:VEVENT", "UID:lastfirst-1", "DTSTART:20270310T150000Z",
        "DTEND:20270310T160000Z", "SUMMARY:Interview - Process Engineer",
        f"ORGANIZER;{organizer}", *[f"ATTENDEE;{a}" for a in attendees],
        "END:VEVENT", "END:VCALENDAR",
    ]  # fmt: skip
    return "\r\n".join(lines).encode()


def test_last_first_names_are_turned_round_when_the_address_agrees() -> None:
    data = _ics(
        'CN="Gutiérrez Soto, Paula":mailto:paula.gutierrez@marlincoatings.com',
        'CN="de la Cruz Reyes, Tomás":mailto:tomas.delacruz@marlincoatings.com',
        'CN="Okafor, Ngozi":mailto:n.okafor@marlincoatings.com',
        'CN="Field Team, Marlin":mailto:field@marlincoatings.com',
    )
    invite = parse_invite(data, "invite.ics", default_tz="UTC")
    names = {p.name for p in invite.interview.people}
    assert {"Paula Gutiérrez Soto", "Tomás de la Cruz Reyes", "Ngozi Okafor"} <= names
    assert "Field Team, Marlin" in names  # no person's name: kept as written


# ------------------------------------------------------------------ the coordinator


@pytest.mark.parametrize(
    ("sender", "body", "coordinator"),
    [
        (
            "Empleo <no-responder@lagunaverdefoods.es>",
            "Para cualquier duda, escriba a Irene Sáez, técnica de selección "
            "(irene.saez@lagunaverdefoods.es).\n",
            ("Irene Sáez", "irene.saez@lagunaverdefoods.es"),
        ),
        (
            "Vagas <nao-responda@pedrabrancamineracao.com.br>",
            "Dúvidas? Fale com o Caio Mendes, analista de recrutamento "
            "(caio.mendes@pedrabrancamineracao.com.br).\n",
            ("Caio Mendes", "caio.mendes@pedrabrancamineracao.com.br"),
        ),
        (
            "Recrutamento Serra Funda <recrutamento@serrafunda.pt>",
            "Com os melhores cumprimentos,\nBeatriz Couto\nRecursos Humanos\nSerra Funda\n",
            ("Beatriz Couto", "recrutamento@serrafunda.pt"),
        ),
    ],
)
def test_the_coordinator_a_no_reply_or_team_mail_names(sender, body, coordinator) -> None:
    text = (
        "Caro Casey,\n\nEntrevista por Microsoft Teams el 9 de marzo de 2027, 10:00 (hora de "
        "Madrid).\n\n" + body
    )
    invite = _read(_mail("Entrevista", text, sender=sender))
    assert _coordinator(invite) == coordinator
    assert coordinator[0] not in _titles(invite)


# ------------------------------------------------------------------ sixth set's kinds


def test_a_swedish_invite_gives_its_role_and_a_compound_title() -> None:
    body = (
        "Hej Casey,\n\nTack för din ansökan till tjänsten som Inköpsledare hos Vindeln Trä. "
        "Intervjun sker via Teams tisdag 9 mars 2027 kl. 15.00.\n\nFrån oss deltar Lars "
        "Berg, fabrikschef, och jag.\n\nVänliga hälsningar\nMaja Ström\nVindeln Trä\n"
    )
    invite = _read(_mail("Inbjudan till intervju", body, sender="Maja Ström <ms@vindeln.se>"))
    assert invite.interview.role == "Inköpsledare"
    assert invite.interview.time == time(15, 0)
    assert _titles(invite)["Lars Berg"] == "fabrikschef"


def test_a_name_of_common_words_before_a_title_is_a_person() -> None:
    body = (
        "Dear Casey,\n\nYou'll meet Rose Hill, Head of Finance, and Jack Bird, Payroll Lead, "
        "on Tuesday 9 March 2027 at 10:00 (UK time).\n\nAmy Lo\n"
    )
    invite = _read(_mail("Interview", body, sender="Amy Lo <amy@quaymarine.co.uk>"))
    assert _titles(invite) == {"Rose Hill": "Head of Finance", "Jack Bird": "Payroll Lead"}


def test_a_mexican_no_reply_mail_gives_company_role_coordinator_and_licenciada() -> None:
    body = (
        "Hola Casey,\n\nTe confirmamos tu entrevista por Teams el martes 9 de marzo de 2027 "
        "a las 12:00 (hora del centro de México).\n\nTe entrevistarán el Ing. Raúl Mena, "
        "director de compras, y la Lic. Ana Solís, jefa de costos.\n\nDudas: escribe a Rocío "
        "Lara, coordinadora de reclutamiento (rocio.lara@aceroslaloma.com.mx).\n"
    )
    invite = _read(
        _mail(
            "Entrevista para Analista de Costos",
            body,
            sender="Reclutamiento Aceros La Loma <no-reply@aceroslaloma.com.mx>",
        )
    )
    assert (invite.interview.company, invite.interview.role) == (
        "Aceros La Loma",
        "Analista de Costos",
    )
    assert _coordinator(invite) == ("Rocío Lara", "rocio.lara@aceroslaloma.com.mx")
    assert _titles(invite) == {"Raúl Mena": "director de compras", "Ana Solís": "jefa de costos"}


def test_a_signatures_title_leaves_out_the_employer_after_it() -> None:
    body = (
        "Hi Casey,\n\nLooking forward to our chat on March 9, 2027 at 10:00 AM Pacific Time. "
        "Lena Park (Director, Data Platforms) will join me.\n\nOwen Price\nTalent Partner, "
        "Marrowfield Labs\n"
    )
    invite = _read(_mail("Interview", body, sender="Owen Price <owen@marrowfield.com>"))
    assert _titles(invite) == {
        "Lena Park": "Director, Data Platforms",
        "Owen Price": "Talent Partner",
    }
