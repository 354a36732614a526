"""Issue 9's invite kinds the s14 final audit still found wrong (session 15), in new wording,
new senders and new countries, not the audit's files: a company said before a day ("at Acme
for Monday, 8 March"), a company the text names in full beside a shortened mail domain, a
role in brackets after the company, a role after its lead word in other languages, a town
after a company, "by video (… link to follow)"."""

from __future__ import annotations

import pytest
from test_invite_kinds_s13_invites import USER, calendar, mail
from test_invite_kinds_s14_invites import event

from followup.delivery.invites import ImportedInvite, parse_invite


def read(data: bytes, name: str = "s15.eml") -> ImportedInvite:
    return parse_invite(data, name, default_tz="UTC", user_emails=[USER])


# ------------------------------------------------------------- a day after the company's name


@pytest.mark.parametrize(
    ("sender", "sentence", "signature", "company"),
    [
        ("Tove Lind <tove@pellham.example>",
         "Here is the agenda for your visit to Pellham Instruments for Monday, March 8 "
         "(times are Central):", "Talent Partner, Pellham Instruments", "Pellham Instruments"),
        ("Raf Quint <raf@greyloch.example>",
         "Your panel at Greyloch Analytics this Thursday, 11 March, at 2pm is confirmed.",
         "Recruiter | Greyloch Analytics", "Greyloch Analytics"),
        ("Ines Moura <ines@brindleoak.example>",
         "We look forward to seeing you at Brindle & Oak Partners on 12 April at 09:00.",
         "HR Manager, Brindle & Oak Partners", "Brindle & Oak Partners"),
        ("Kofi Mensah <kofi@vossberg.example>",
         "Your interview at Vossberg Marine next Tuesday, 9 March, starts at 11:00.",
         "People Partner, Vossberg Marine", "Vossberg Marine"),
        ("Ada Ferris <ada@quillmoor.example>",
         "Below is your itinerary at Quillmoor Foods for Wed 10 March (all times Pacific):",
         "Recruiting Coordinator, Quillmoor Foods", "Quillmoor Foods"),
    ],
)  # fmt: skip
def test_the_company_stops_before_a_day_in_every_shape(
    sender: str, sentence: str, signature: str, company: str
) -> None:
    name = sender.split(" <")[0]
    text = f"Hi Rowan,\r\n\r\n{sentence}\r\n\r\nBest,\r\n{name}\r\n{signature}\r\n"
    invite = read(mail(sender, "Interview schedule - Process Engineer", text))
    assert invite.interview.company == company


# ------------------------------------------------ a name in full beats a shortened mail domain


@pytest.mark.parametrize(
    ("sender", "text", "company"),
    [
        ("Cai Rees <cai@halvorsen.example>",
         "Thank you for applying for the Data Steward post at Halvorsen Maritime Logistics. "
         "We would like to meet you on Tuesday 9 March at 10:00.", "Halvorsen Maritime Logistics"),
        ("Uma Patel <uma@brackwater.example>",
         "Thanks for your application for the Lab Technician vacancy at Brackwater "
         "Environmental Services. Could you join us on 10 March at 14:00?",
         "Brackwater Environmental Services"),
        ("Lior Ben-Ami <lior@tamarindhg.example>",
         "Tamarind Hospitality Group - video interview on 11 March at 15:00 for the Night "
         "Auditor role.", "Tamarind Hospitality Group"),
        ("Jo Pike <jo@stonebridgefcu.example>",
         "Stonebridge Federal Credit Union - phone screen on 12 March at 09:30.",
         "Stonebridge Federal Credit Union"),
    ],
)  # fmt: skip
def test_a_name_the_text_says_in_full_beats_the_mail_domain(
    sender: str, text: str, company: str
) -> None:
    invite = read(mail(sender, "Interview", f"Hello Rowan,\r\n\r\n{text}\r\n\r\nThanks\r\n"))
    assert invite.interview.company == company


def test_a_calendars_description_names_the_company_its_domain_shortens() -> None:
    cal = calendar(
        event(
            "20270303T143000",
            "Phone Interview - Claims Adjuster",
            "Harbourview Savings Bank - phone interview with Dana Roe\\, Claims Lead.",
            organizer="CN=Dana Roe:mailto:droe@harbourviewsb.example",
        )
    )
    assert read(cal.encode(), "s15.ics").interview.company == "Harbourview Savings Bank"


# ------------------------------------------------------------ a role in brackets after a name


@pytest.mark.parametrize(
    ("subject", "company", "role"),
    [
        ("Interview invitation – Ashdown & Pryce LLP (Trainee Solicitor)", "Ashdown & Pryce",
         "Trainee Solicitor"),
        ("Fennimore Glass Works – interview (Furnace Technician)", "Fennimore Glass Works",
         "Furnace Technician"),
        ("Invitation: Oriel Dental Care Ltd (Dental Nurse) - interview", "Oriel Dental Care",
         "Dental Nurse"),
        ("Quarry Lane Bakery - Interview (Head Baker)", "Quarry Lane Bakery", "Head Baker"),
    ],
)  # fmt: skip
def test_a_role_in_brackets_after_the_company(subject: str, company: str, role: str) -> None:
    host = "".join(w for w in company.lower().split() if w.isalpha())
    text = "Hello Rowan,\r\n\r\nWe would like to meet you on Thursday 11 March at 10:00.\r\n"
    invite = read(mail(f"Pat Orme <pat@{host}.example>", subject, text))
    assert (invite.interview.company, invite.interview.role) == (company, role)


# ------------------------------------------------------------- a role after its lead word


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("le confermiamo il colloquio per la posizione di Tecnico di laboratorio martedì "
         "9 marzo alle ore 10:00 presso la nostra sede.", "Tecnico di laboratorio"),
        ("nous vous confirmons l'entretien pour le poste de Chef de rang jeudi 11 mars à "
         "14h00 dans nos locaux.", "Chef de rang"),
        ("le confirmamos la entrevista para el puesto de Técnico de mantenimiento el lunes "
         "8 de marzo a las 11:00.", "Técnico de mantenimiento"),
        ("wir bestätigen Ihr Gespräch für die Stelle als Lagerleiter am Mittwoch, 10. März "
         "um 9:00 Uhr.", "Lagerleiter"),
        ("confirmamos a entrevista para a vaga de Analista de compras na terça-feira, 9 de "
         "março, às 15h00.", "Analista de compras"),
    ],
)  # fmt: skip
def test_a_role_after_its_lead_word_stops_before_the_day(text: str, role: str) -> None:
    invite = read(mail("Ana Reis <ana@fabbrica.example>", "Colloquio / Entretien", text))
    assert invite.interview.role == role


def test_the_post_word_of_english_text_names_the_role() -> None:
    text = (
        "Thank you for applying for the Senior Archivist post at Wendell Records Office. "
        "Could you come in on Monday 8 March at 10:00?"
    )
    invite = read(mail("Mo Hale <mo@wendell.example>", "Interview invitation", text))
    assert invite.interview.role == "Senior Archivist"


# ------------------------------------------------------------- a town after the company


@pytest.mark.parametrize(
    ("subject", "host", "company", "role"),
    [
        ("Intervju – Bagare – Solvik Bageri Malmö", "solvik", "Solvik Bageri", "Bagare"),
        ("Rozmowa – Kelner – Kawiarnia Zielona Kraków", "kawiarniazielona", "Kawiarnia Zielona",
         "Kelner"),
        ("Vorstellungsgespräch – Koch – Gasthaus Linde Regensburg", "gasthaus-linde",
         "Gasthaus Linde", "Koch"),
    ],
)  # fmt: skip
def test_a_known_town_after_the_company_is_dropped(
    subject: str, host: str, company: str, role: str
) -> None:
    text = "Hello Rowan,\r\n\r\nSee you on Thursday 11 March at 10:00.\r\n"
    invite = read(mail(f"Eva Holm <eva@{host}.example>", subject, text))
    assert (invite.interview.company, invite.interview.role) == (company, role)


def test_the_town_the_address_names_after_the_company_is_dropped() -> None:
    cal = calendar(
        event(
            "20270303T100000",
            "Samtale – Bager – Havnebageriet Marstal",
            "Vi glæder os til at se dig.",
            organizer="CN=Ida Holm:mailto:ida@havnebageriet.example",
            zone="Europe/Copenhagen",
            extra="LOCATION:Havnegade 3\\, 5960 Marstal\r\n",
        )
    )
    invite = read(cal.encode(), "s15.ics")
    assert (invite.interview.company, invite.interview.role) == ("Havnebageriet", "Bager")


# ------------------------------------------------------------- "by video (… link to follow)"


@pytest.mark.parametrize(
    "sentence",
    [
        "The interview will be by video (Zoom link to follow).",
        "We'll meet by video call (a Google Meet link will follow).",
        "This round is held via video (Webex details to follow).",
        "It will take place by video (the Teams invitation follows separately).",
        "We will talk on video; Teams details to follow.",
    ],
)
def test_by_video_with_a_link_to_follow_is_a_video_interview(sentence: str) -> None:
    text = f"Hi Rowan,\r\n\r\nWe would like to meet you on 9 March at 10:00. {sentence}\r\n"
    invite = read(mail("Lu Chen <lu@orbis.example>", "Second round - Buyer", text))
    assert "format" not in invite.not_inferred  # (a format not read shows as video)
    assert invite.interview.format.value == "video"


# ------------------------------------------------ "Your onsite for <role> at <company>" (HTML)


@pytest.mark.parametrize(
    ("sentence", "company", "role"),
    [
        ("<p>Your <b>onsite</b> for <b>Staff Product Designer</b> at Mirefield Health is "
         "confirmed.</p>", "Mirefield Health", "Staff Product Designer"),
        ("<p>Your panel for <b>Principal Geologist</b> with Tarnbrook Mining is scheduled."
         "</p>", "Tarnbrook Mining", "Principal Geologist"),
        ("<p>Your phone screen for Junior Data Engineer at Ossory Labs is booked.</p>",
         "Ossory Labs", "Junior Data Engineer"),
    ],
)  # fmt: skip
def test_a_scheduler_names_the_role_after_the_rounds_for(
    sentence: str, company: str, role: str
) -> None:
    cal = calendar(
        event(
            "20270318T130000",
            f"Virtual Onsite: Rowan Adeyemi <> {company}",
            sentence,
            organizer="CN=Scheduling at GoodTime:mailto:scheduling@goodtime.io",
            zone="America/New_York",
        )
    )
    invite = read(cal.encode(), "s15.ics")
    assert (invite.interview.company, invite.interview.role) == (company, role)


# ------------------------------------------------------------- "<City> time" in a mail's text


@pytest.mark.parametrize(
    ("said", "zone", "country"),
    [
        ("on Wednesday 10 March at 14:00 (Helsinki time)", "Europe/Helsinki", "FI"),
        ("on 10 March at 09:30 Warsaw time", "Europe/Warsaw", "PL"),
        ("no dia 10 de março às 16:00, hora de Lisboa", "Europe/Lisbon", "PT"),
        ("on 10 March at 11:00 Vienna time", "Europe/Vienna", "AT"),
    ],
)
def test_a_time_given_by_a_citys_clock_gives_its_zone_and_country(
    said: str, zone: str, country: str
) -> None:
    text = f"Hello Rowan,\r\n\r\nYour video interview is {said} on Teams.\r\n"
    invite = read(mail("Lea Berg <lea@nordvik.example>", "Interview - Buyer", text))
    assert (invite.interview.tz, invite.country) == (zone, country)


# ------------------------------------------------------ a postcode before its city, abroad


@pytest.mark.parametrize(
    ("address", "zone", "country"),
    [
        ("Calle de Alcalá 45, 28014 Madrid", "Europe/Madrid", "ES"),
        ("Herengracht 500, 1017 CB Amsterdam", "Europe/Amsterdam", "NL"),
        ("Mariahilfer Straße 10, 1070 Wien", "Europe/Vienna", "AT"),
        ("ul. Marszałkowska 10, 00-590 Warszawa", "Europe/Warsaw", "PL"),
    ],
)
def test_a_postcode_before_its_city_gives_the_zone_of_a_mail(
    address: str, zone: str, country: str
) -> None:
    text = f"Hello Rowan,\r\n\r\nPlease come to {address}.\r\nWe meet on 10 March at 10:00.\r\n"
    invite = read(mail("Lea Berg <lea@nordvik.example>", "Interview - Buyer", text))
    assert (invite.interview.tz, invite.country) == (zone, country)


@pytest.mark.parametrize(
    ("tzid", "address", "text", "zone", "country"),
    [
        ("Romance Standard Time", "Avenue Louise 54\\, 1050 Bruxelles",
         "Nous vous attendons pour votre entretien avec nous.", "Europe/Brussels", "BE"),
        ("W. Europe Standard Time", "Neuer Wall 10\\, 20354 Hamburg",
         "Looking forward to meeting you.", "Europe/Berlin", "DE"),
        ("W. Europe Standard Time", "Via Dante 7\\, 20121 Milano",
         "Looking forward to meeting you.", "Europe/Rome", "IT"),
        ("Romance Standard Time", "Gran Vía 1\\, 28013 Madrid",
         "Nous vous attendons pour votre entretien avec nous.", "Europe/Madrid", "ES"),
    ],
)  # fmt: skip
def test_a_postcode_before_its_city_settles_a_windows_zone_over_the_language(
    tzid: str, address: str, text: str, zone: str, country: str
) -> None:
    cal = calendar(
        event(
            "20270303T100000",
            "Interview - Buyer",
            text,
            zone=tzid,
            extra=f"LOCATION:{address}\r\n",
        )
    )
    invite = read(cal.encode(), "s15.ics")
    assert (invite.interview.tz, invite.country, invite.country_guessed) == (
        zone,
        country,
        False,
    )


def test_a_windows_names_countries_are_cldrs_whatever_the_language() -> None:
    cal = calendar(
        event(
            "20270303T100000",
            "Entretien - Acheteur",
            "Nous vous attendons pour votre entretien avec nous dans nos locaux.",
            zone="Romance Standard Time",
        )
    )
    invite = read(cal.encode(), "s15.ics")
    assert any("is used in BE, DK, ES, FR;" in note for note in invite.notes), invite.notes


# ------------------------------------------ kind 6: tracking systems' HTML tables and labels


def html_mail(sender: str, subject: str, html: str, headers: str = "") -> bytes:
    return (
        f"From: {sender}\r\nTo: Rowan Adeyemi <{USER}>\r\nSubject: {subject}\r\n{headers}"
        "Date: Mon, 01 Feb 2027 09:00:00 +0000\r\nMIME-Version: 1.0\r\n"
        "Content-Type: text/html; charset=utf-8\r\n\r\n" + html
    ).encode()


@pytest.mark.parametrize(
    ("header", "row", "people"),
    [
        ("<th>Date</th><th>Time</th><th>Interviewer</th>",
         "<td>Tuesday, March 9, 2027</td><td>10:00 AM - 10:45 AM</td>"
         "<td>Noor Haddad<br><i>Head of Data</i></td>", {"Noor Haddad": "Head of Data"}),
        ("<th>Time</th><th>Interviewer</th><th>Focus</th>",
         "<td>March 9, 2027 2:00 PM</td><td>Ezra Lindqvist<br>Staff Engineer</td>"
         "<td>System design</td>", {"Ezra Lindqvist": "Staff Engineer"}),
        ("<th>When</th><th>Interviewers</th>",
         "<td>9 March 2027, 11:00</td><td>Maribel Ortega<br/><em>VP Finance</em></td>",
         {"Maribel Ortega": "VP Finance"}),
    ],
)  # fmt: skip
def test_an_html_tables_header_labels_its_interviewers(
    header: str, row: str, people: dict[str, str]
) -> None:
    html = (
        "<html><body><p>Hi Rowan,</p><p>Your interview is confirmed:</p>"
        f"<table><tr>{header}</tr><tr>{row}</tr></table>"
        "<p>Best,<br>Ines Moreau<br>Recruiting Coordinator</p></body></html>"
    )
    invite = read(
        html_mail(
            "Copperline via Greenhouse <no-reply@greenhouse.io>",
            "Interview confirmed: Data Analyst",
            html,
            "Reply-To: Ines Moreau <ines.moreau@copperline.example>\r\n",
        )
    )
    found = {p.name: p.title for p in invite.interview.people if p.role.value == "interviewer"}
    assert found == people


@pytest.mark.parametrize(
    ("said", "day", "zones"),
    [
        ("10:00 AM - 10:45 AM (GMT-05:00) Eastern Time", "March 9, 2027", ("America/New_York",)),
        ("1:00 PM (GMT-08:00) Pacific Time", "April 20, 2027", ("America/Los_Angeles",)),
        # a label of several cities: the zone of one of them (the text names each of them)
        ("14:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna", "March 9, 2027",
         ("Europe/Berlin", "Europe/Amsterdam", "Europe/Zurich", "Europe/Rome",
          "Europe/Stockholm", "Europe/Vienna")),
        ("09:30 (GMT+10:00) Canberra, Melbourne, Sydney", "June 8, 2027",
         ("Australia/Sydney", "Australia/Melbourne")),
    ],
)  # fmt: skip
def test_a_regions_label_after_an_offset_gives_its_zone_with_daylight_saving(
    said: str, day: str, zones: tuple[str, ...]
) -> None:
    text = f"Hi Rowan,\r\n\r\nYour video interview: {day}, {said}.\r\n"
    invite = read(mail("Ines Moreau <ines@copperline.example>", "Interview - Analyst", text))
    assert invite.interview.tz in zones


@pytest.mark.parametrize(
    ("line", "name", "email"),
    [
        ("Questions? Please reach out to Tobias Kerr at tobias.kerr@fenwick.example.",
         "Tobias Kerr", "tobias.kerr@fenwick.example"),
        ("If anything comes up, email Maren Solberg <maren@fenwick.example>.",
         "Maren Solberg", "maren@fenwick.example"),
        ("Need to reschedule? Get in touch with Dara Quinlan (dquinlan@fenwick.example).",
         "Dara Quinlan", "dquinlan@fenwick.example"),
    ],
)  # fmt: skip
def test_a_contact_line_names_the_coordinator_behind_a_team_box(
    line: str, name: str, email: str
) -> None:
    text = (
        "Hi Rowan,\r\n\r\nYour video interview for Copywriter is on 9 March 2027 at 11:00 AM "
        f"PST.\r\n\r\n{line}\r\n\r\nThanks,\r\nThe Fenwick Talent Team\r\n"
    )
    invite = read(
        mail(
            "Fenwick Studio <no-reply@hire.lever.co>",
            "Interview scheduled: Copywriter",
            text,
            headers="Reply-To: talent@fenwick.example\r\n",
        )
    )
    people = [(p.name, p.email) for p in invite.interview.people if p.role.value == "coordinator"]
    assert people == [(name, email)]


# ----------------------------------------------------------------- notes said in full


@pytest.mark.parametrize(
    ("start", "sentence", "said"),
    [
        ("20270309T220000Z", "Join at 3:00 PM MST with Rebecca Lowe.", "3:00 PM MST"),
        ("20270309T181500Z", "It starts 10:15 a.m. Pacific; you will get a link.",
         "10:15 a.m. Pacific"),
        ("20270309T130000Z", "Beginn um 14:00 (GMT+1) mit Frau Keller.", "14:00 (GMT+1)"),
    ],
)  # fmt: skip
def test_the_note_on_the_texts_time_says_it_in_full(start: str, sentence: str, said: str) -> None:
    cal = calendar(event(start, "Interview - Buyer", sentence, zone="UTC"))
    notes = [n for n in read(cal.encode(), "s15.ics").notes if "gives the time as" in n]
    assert notes and notes[0].endswith(f"the text gives the time as {said}"), notes


@pytest.mark.parametrize(
    ("company", "line"),
    [
        ("Brightwell Analytics", "Interviewer: Nadia Quill, Analytics Engineering Lead"),
        ("Tamsin Forge", "Panel: Leo Marsh, Forge Operations Manager"),
        ("Corran Fisheries", "You will meet Ada Burns, Fisheries Scientist."),
    ],
)
def test_a_word_of_the_company_after_a_comma_is_no_town(company: str, line: str) -> None:
    text = f"Hi Rowan,\r\n\r\nSee you on 9 March 2027 at 10:00.\r\n{line}\r\n"
    sender = f"{company} Recruiting <no-reply@goodtime.io>"
    invite = read(mail(sender, f"Interview Schedule: Data Engineer - {company}", text))
    assert invite.interview.company == company


@pytest.mark.parametrize(
    ("subject", "host", "role"),
    [
        ("Entretien – Maison Vauclair – poste de cuisinier", "maisonvauclair", "cuisinier"),
        ("Entrevista – Grupo Olmedo – puesto de recepcionista", "grupoolmedo", "recepcionista"),
        ("Colloquio – Pasticceria Ruffo – posizione di banconista", "pasticceriaruffo",
         "banconista"),
        ("Entrevista – Padaria Lume – vaga de padeiro", "padarialume", "padeiro"),
    ],
)  # fmt: skip
def test_a_subjects_role_lead_is_no_part_of_the_role(subject: str, host: str, role: str) -> None:
    text = "Bonjour,\r\n\r\nÀ bientôt, le 9 mars 2027 à 10:00.\r\n"
    invite = read(mail(f"Lea Roux <lea@{host}.example>", subject, text))
    assert invite.interview.role == role
