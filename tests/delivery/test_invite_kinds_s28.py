"""Issue 9 (session 28): kinds the invite reader had left, with invented names:

- a mail with no calendar at all, in HTML only, in a language whose months and "at" words
  the reader did not know (Latvian, Estonian, Greek): the day, the time and, from the
  text's city or telephone code, the zone and the country;
- a coordinator the text names only in a sentence ("wenden Sie sich an Ihre
  Ansprechpartnerin …", "fale com … pelo e-mail …") when a no-reply box sent the mail;
- a title with a comma inside it after a dash ("Name – Director, Clinical Operations");
- a subject "Role – Company" as Nordic senders write it;
- Greek names in the accusative in the text ("τον κ. Στέλιο …") and in the nominative in
  the attendees: one person with the text's title;
- a panel of Arabic or Devanagari lines ("• م. name – title") read as written.
"""

from __future__ import annotations

import pytest

from helpers_invites import USER, coordinator, interviewers, mail, read


def html_mail(sender: str, subject: str, html: str, headers: str = "") -> bytes:
    """An HTML-only mail (no text part, no calendar), quoted-printable as trackers send it."""
    import quopri

    body = quopri.encodestring(html.encode("utf-8")).decode("ascii")
    return (
        f"From: {sender}\r\nTo: Rowan Adeyemi <{USER}>\r\nSubject: {subject}\r\n{headers}"
        "Date: Mon, 04 Jun 2035 08:10:00 +0000\r\nMIME-Version: 1.0\r\n"
        "Content-Type: text/html; charset=UTF-8\r\n"
        f"Content-Transfer-Encoding: quoted-printable\r\n\r\n{body}\r\n"
    ).encode()


# ------------------------------------------------------------ no calendar, HTML only


@pytest.mark.parametrize(
    ("when", "phone", "day", "clock", "zone", "country"),
    [
        ("ceturtdien, 2035. gada 14. jūnijā, plkst. 11.30 (Liepājas laiks)", "+371 6340 1122",
         "2035-06-14", "11:30", "Europe/Riga", "LV"),
        ("neljapäeval, 14. juunil 2035 kell 11.30", "+372 640 1122",
         "2035-06-14", "11:30", "Europe/Tallinn", "EE"),
        ("Πέμπτη 14 Ιουνίου 2035, στις 11:30", "+30 210 640 1122",
         "2035-06-14", "11:30", "Europe/Athens", "GR"),
        ("Thursday 14 June 2035, 2 pm Eastern", "+1 617 555 0142",
         "2035-06-14", "14:00", "America/New_York", "US"),
    ],
)  # fmt: skip
def test_an_html_mail_without_a_calendar_gives_day_time_and_zone(
    when: str, phone: str, day: str, clock: str, zone: str, country: str
) -> None:
    html = (
        "<html><body><table><tr><td><p>Sveiki, Rowan!</p>"
        "<table><tr><td><strong>Termiņš:</strong></td>"
        f"<td>{when}</td></tr></table>"
        f"<p>Tel. {phone}</p><p>Kalvis Straume</p></td></tr></table></body></html>"
    )
    invite = read(html_mail("Kalvis Straume <kalvis@vejkalns.example>", "Interview", html),
                  "invite.eml")  # fmt: skip
    assert str(invite.interview.interviewed) == day
    assert invite.interview.time is not None
    assert invite.interview.time.strftime("%H:%M") == clock
    assert invite.interview.tz == zone
    assert invite.country == country


# ------------------------------------------------------- a coordinator in a sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Bei Fragen erreichen Sie Ihre Ansprechpartnerin Wiebke Ostendorf (Talent Partnerin) "
        "unter wiebke.ostendorf@kornblum-werke.example.",
        "Em caso de dúvidas, fale com Wiebke Ostendorf (Analista de Recrutamento) pelo e-mail "
        "wiebke.ostendorf@kornblum-werke.example.",
        "Your contact: Wiebke Ostendorf, wiebke.ostendorf@kornblum-werke.example",
    ],
)
def test_a_coordinator_named_only_in_a_sentence_of_a_no_reply_mail(sentence: str) -> None:
    text = (
        "Hallo Rowan,\n\nIhr Gespräch findet am Dienstag, 19. Januar 2027, 10:00 Uhr statt.\n\n"
        f"{sentence}\n\nDiese E-Mail wurde automatisch versendet.\n"
    )
    subject = "Einladung zum Vorstellungsgespräch: Schichtleiter"
    invite = read(mail("Kornblum Werke <noreply@personio.de>", subject, text), "invite.eml")
    assert coordinator(invite) == "Wiebke Ostendorf"
    who = next(p for p in invite.interview.people if p.role.value == "coordinator")
    assert who.email == "wiebke.ostendorf@kornblum-werke.example"


# ------------------------------------------------------------ a title with a comma


@pytest.mark.parametrize(
    "title",
    [
        "Director, Clinical Operations",
        "Project Lead, Offshore Wind",
        "Head of Data, Nordics",
        "Project Engineer, Aftersales",
        "Site Manager, Drydocks",
    ],
)
def test_a_title_after_a_dash_keeps_its_comma(title: str) -> None:
    from helpers_invites import google, guest

    text = (
        "Hi Rowan,\n\nYour interview is on Tuesday 19 January 2027 at 10:00.\n\n"
        "You'll be meeting with:\nOskar Lindqvist – Chief Engineer\n"
        f"Maren Falk – {title}\n\nBest,\nTalent team"
    )
    invite = read(mail("Talent <talent@ostvik.example>", "Interview: Analyst", text),
                  "invite.eml")  # fmt: skip
    assert interviewers(invite) == {"Oskar Lindqvist": "Chief Engineer", "Maren Falk": title}
    # the panel are the calendar's guests too
    guests = guest("Maren Falk", "maren.falk@ostvik.example") + guest(
        "Oskar Lindqvist", "oskar.lindqvist@ostvik.example"
    )
    cal = google("CN=Talent:mailto:talent@ostvik.example", "Interview", text, guests)
    assert interviewers(read(cal)) == {"Oskar Lindqvist": "Chief Engineer", "Maren Falk": title}


# ------------------------------------------------- a title before the name, on its line


@pytest.mark.parametrize(
    ("lines", "people"),
    [
        ("Gerente de Produção – Thiago Bastos\nCoordenadora de Qualidade – Marília Leal",
         {"Thiago Bastos": "Gerente de Produção", "Marília Leal": "Coordenadora de Qualidade"}),
        ("Head of Platform – Orla Brennan\nSenior Data Engineer – Kwame Asante",
         {"Orla Brennan": "Head of Platform", "Kwame Asante": "Senior Data Engineer"}),
    ],
)  # fmt: skip
def test_a_title_before_the_name_on_a_panel_line(lines: str, people: dict[str, str]) -> None:
    text = (
        "Olá Rowan,\n\nData: terça-feira, 19 de janeiro de 2027\nHorário: 10h00\n\n"
        f"Entrevistadores:\n{lines}\n\nAtenciosamente,\nEquipe de Talentos – Vale Azul S.A.\n"
    )
    subject = "Convite para entrevista: Analista de Dados"
    invite = read(mail("Vale Azul <valeazul@myworkday.com>", subject, text), "invite.eml")
    assert interviewers(invite) == people
    assert coordinator(invite) != "Vale Azul"


# ------------------------------------------------------- an HTML table of the panel


@pytest.mark.parametrize("header", ["Entrevistador(a)", "Entrevistadores(as)", "Interviewer(s)"])
def test_an_html_tables_rows_give_each_interviewer_and_title(header: str) -> None:
    rows = (
        "<tr><td>martes 19 de enero de 2027</td><td>10:00 – 10:45</td>"
        "<td>Ing. Renzo Alonso Quiroz Tapia</td><td>Jefe de Mantenimiento Mina</td></tr>"
        "<tr><td>martes 19 de enero de 2027</td><td>10:45 – 11:30</td>"
        "<td>Lic. Maribel Condori Vargas</td><td>Gerenta de Recursos Hídricos</td></tr>"
        "<tr><td>martes 19 de enero de 2027</td><td>11:30 – 12:00</td>"
        "<td>Mg. Yolanda Huarcaya Pari</td><td>Jefa de Seguridad</td></tr>"
    )
    html = (
        "<html><body><p>Estimada Rowan:</p><p>Le invitamos a una entrevista presencial.</p>"
        f"<table><tr><th>Fecha</th><th>Hora</th><th>{header}</th><th>Cargo</th></tr>{rows}"
        "</table><p>Hora de Lima. Teléfono: +51 1 555 0190</p>"
        "<p>Saludos cordiales,<br>Equipo de Selección</p></body></html>"
    )
    invite = read(html_mail("Minera Ccollpa <noreply@talent.icims.com>",
                            "Invitación a entrevista – Planner de Mantenimiento", html),
                  "invite.eml")  # fmt: skip
    assert interviewers(invite) == {
        "Renzo Alonso Quiroz Tapia": "Jefe de Mantenimiento Mina",
        "Maribel Condori Vargas": "Gerenta de Recursos Hídricos",
        "Yolanda Huarcaya Pari": "Jefa de Seguridad",
    }


# ------------------------------------------- an address in the text, a telephone beside it


@pytest.mark.parametrize(
    "place",
    ["Οδός Αγίας Σοφίας 112, 546 22 Θεσσαλονίκη (3ος όροφος)",
     "Kur: Brīvības iela 88, 4. stāvs, Rīga, LV-1011",
     "Besök oss på Kungsportsavenyen 21, 411 36 Göteborg"],
)  # fmt: skip
def test_an_address_in_the_text_outranks_a_telephone_to_call(place: str) -> None:
    text = (f"Hi Rowan,\n\nYour interview is on Tuesday 19 January 2027 at 10:00.\n\n{place}\n"
            "Tel. +30 2310 555 718\n\nBest,\nIrini Doukas")  # fmt: skip
    invite = read(mail("Irini Doukas <i.doukas@kastri.example>", "Interview", text), "invite.eml")
    assert invite.interview.format.value == "in-person"


# ---------------------------------------------- a Greek name in the accusative in the text


def test_a_greek_name_in_the_accusative_is_the_attendee_with_their_title() -> None:
    from helpers_invites import guest, outlook

    text = ("Θα συναντηθείτε με τον κ. Νικόλαο Σταυρίδη (Προϊστάμενος Παραγωγής) και την κα "
            "Δήμητρα Ζαχαρίου (Υπεύθυνη Ποιότητας).")  # fmt: skip
    cal = outlook("CN=Ιωάννα Πέτρου:mailto:i.petrou@kastri.example", "Συνέντευξη", text,
                  guest("Νικόλαος Σταυρίδης", "n.stavridis@kastri.example"))  # fmt: skip
    assert interviewers(read(cal)) == {
        "Νικόλαος Σταυρίδης": "Προϊστάμενος Παραγωγής",
        "Δήμητρα Ζαχαρίου": "Υπεύθυνη Ποιότητας",
    }


# --------------------------------- a panel in Arabic or Devanagari, romanised again after it


@pytest.mark.parametrize(
    ("lines", "summary", "people"),
    [
        ("لجنة المقابلة:\n• م. خالد بن سعيد المعمري – رئيس قسم الصيانة\n"
         "• د. هدى بنت ناصر الكندية – مديرة الجودة\n",
         "Panel: Eng. Khalid Al-Maamari (Head of Maintenance) and Dr. Huda Al-Kindi "
         "(Quality Manager).",
         {"خالد بن سعيد المعمري": "رئيس قسم الصيانة", "هدى بنت ناصر الكندية": "مديرة الجودة"}),
        ("साक्षात्कार पैनल:\n• विक्रम जोशी – उत्पादन प्रमुख\n• स्नेहा पाटिल – वरिष्ठ प्रबंधक\n",
         "Panel: Vikram Joshi (Head of Production) and Sneha Patil (Senior Manager).",
         {"विक्रम जोशी": "उत्पादन प्रमुख", "स्नेहा पाटिल": "वरिष्ठ प्रबंधक"}),
    ],
)  # fmt: skip
def test_a_panel_in_its_own_script_is_kept_as_written(
    lines: str, summary: str, people: dict[str, str]
) -> None:
    text = (f"Your interview is on Tuesday 19 January 2027 at 10:00.\n\n{lines}\n"
            f"---\n{summary}\n")  # fmt: skip
    invite = read(mail("Nadia Rahman <nadia@qurum-marine.example>", "Interview", text),
                  "invite.eml")  # fmt: skip
    assert interviewers(invite) == people


# ------------------------------------------------------- a subject "Role – Company"


@pytest.mark.parametrize(
    ("subject", "role", "company"),
    [
        ("Projektingeniør – Fjordvind", "Projektingeniør", "Fjordvind"),
        ("Jobsamtale: Lagerchef – Nordkyst Logistik A/S", "Lagerchef", "Nordkyst Logistik"),
        ("Samtale: Senior projektleder – Kvistgaard & Søn", "Senior projektleder",
         "Kvistgaard & Søn"),
    ],
)  # fmt: skip
def test_a_subject_role_dash_company(subject: str, role: str, company: str) -> None:
    text = ("Hej Rowan,\n\nVi vil gerne invitere dig til samtale tirsdag den 19. januar 2027 "
            "kl. 10.00.\n\nVenlig hilsen\nMette Holm\n")  # fmt: skip
    invite = read(mail("Rekruttering <no-reply@hr-manager.net>", subject, text), "invite.eml")
    assert (invite.interview.role, invite.interview.company) == (role, company)


# -------------------------------------------- "Title: Name" lines, Baltic titles in a cell


def test_title_colon_name_lines_give_each_person_their_title() -> None:
    text = ("Olá Rowan,\n\nA entrevista será na terça-feira, 19 de janeiro de 2027, às 10h00.\n\n"
            "Vai conhecer:\nDiretor Industrial: Rui Barros Tavares\n"
            "Gestora de Qualidade: Inês Frazão\n\nCom os melhores cumprimentos,\nMarta Leite\n"
            "Recursos Humanos | Tecelagem Ave, Lda.\n")  # fmt: skip
    invite = read(mail("Marta Leite <marta.leite@tecelagem-ave.example>",
                       "Entrevista - Técnico de Qualidade", text), "invite.eml")  # fmt: skip
    assert interviewers(invite) == {"Rui Barros Tavares": "Diretor Industrial",
                                    "Inês Frazão": "Gestora de Qualidade"}  # fmt: skip


def test_a_cells_people_with_latvian_titles_in_small_letters() -> None:
    html = (
        "<html><body><p>Labdien, Rowan!</p><table>"
        "<tr><td><strong>Kad:</strong></td><td>otrdien, 2027. gada 19. janvārī, plkst. 10.00"
        "</td></tr><tr><td><strong>Intervētāji:</strong></td><td>Edgars Kalniņš, projektu "
        "vadītājs<br>Laura Liepiņa, vecākā datu analītiķe</td></tr></table>"
        "<p>Ar cieņu,<br>Ieva Zariņa</p></body></html>"
    )
    invite = read(html_mail("Ieva Zariņa <ieva.zarina@dzeltenais.example>", "Intervija", html),
                  "invite.eml")  # fmt: skip
    assert interviewers(invite) == {"Edgars Kalniņš": "projektu vadītājs",
                                    "Laura Liepiņa": "vecākā datu analītiķe"}  # fmt: skip


@pytest.mark.parametrize(
    ("line", "name", "title"),
    [("Ing. Dušan Hrivnák, PhD. (vedúci testovania)", "Dušan Hrivnák", "vedúci testovania"),
     ("Mgr. Zuzana Kmeťová, MBA (HR business partnerka)", "Zuzana Kmeťová",
      "HR business partnerka")],
)  # fmt: skip
def test_a_degree_after_the_name_is_no_part_of_the_title(line: str, name: str, title: str) -> None:
    text = (f"Dobrý deň,\n\npohovor bude v utorok 19. januára 2027 o 10:00.\n\n"
            f"Na pohovore sa stretnete s:\n    {line}\n    Ing. Juraj Blaho (architekt)\n\n"
            "S pozdravom\nEva Sloboda\n")  # fmt: skip
    invite = read(mail("Eva Sloboda <eva.sloboda@tatrasoft.example>", "Pohovor", text),
                  "invite.eml")  # fmt: skip
    assert interviewers(invite)[name] == title


@pytest.mark.parametrize(
    ("when", "zone", "country"),
    [("ceturtdien, 2035. gada 14. jūnijā, plkst. 11.30 (Liepājas laiks)", "Europe/Riga", "LV"),
     ("neljapäeval, 14. juunil 2035 kell 11.30 (Tallinna aeg)", "Europe/Tallinn", "EE"),
     ("2035 m. birželio 14 d. 11:30 Kauno laiku", "Europe/Vilnius", "LT"),
     ("Thursday 14 June 2035, 11:30 Tallinn time", "Europe/Tallinn", "EE")],
)  # fmt: skip
def test_a_city_whose_clock_the_time_is_given_by_gives_the_zone(
    when: str, zone: str, country: str
) -> None:
    html = f"<html><body><p>Sveiki, Rowan!</p><p>{when}</p><p>Kalvis Straume</p></body></html>"
    invite = read(html_mail("Kalvis Straume <kalvis@vejkalns.example>", "Interview", html),
                  "invite.eml")  # fmt: skip
    assert invite.interview.time is not None
    assert invite.interview.time.strftime("%H:%M") == "11:30"
    assert (invite.interview.tz, invite.country) == (zone, country)
