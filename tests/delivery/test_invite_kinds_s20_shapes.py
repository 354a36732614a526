"""Issue 9, session 20: invites read by the shape and place of what they say, not by words of
one language (invented people, companies and places, in languages the development sets do
not have):

- a start given in UTC and a city named right after the text's time, in the text's own
  language and script ("10:00 waktu Kuala Lumpur", "الساعة 10:00 بتوقيت الرياض"): that city's
  zone, when it makes the start the text's time; an offset after it is read whole, never cut
  inside ("(GMT-05:00)" is no "GMT-0");
- a person's job title read by its place, in words no list holds: after the name and a
  separator on a list's or a schedule's line ("- Dr. Elif Aydın, Yazılım Mimarı", "09.30–10.15
  Nurul Huda, Pakar Rangkaian", an Arabic comma), in brackets after the name in a sentence
  ("Ing. Jana Dvořáková (hlavní architektka)"), between commas after it in a sentence, up to
  the sentence's end ("Rūta Petrauskienė, Vyriausioji Inžinierė, ir …"); such a title is never
  a person of its own;
- a person the text names only in a sentence, with a title in brackets after the name, in
  words no list of introductions holds ("Sizinle Sn. Elif Aydın (Yazılım Mimarı) ve …");
- senders by the shape of their address and name, not by vendor: a relay that sends under a
  person's name whose Reply-To is that person at the company gives the Reply-To's address; a
  shared mailbox named after the company ("Rekruttering Fjordlys Energi
  <RekrutteringFjordlysEnergi@fjordlysenergi.example>") is nobody, the text's coordinator is;
  a calendar's name after the company's in a sender's name ("Fjordlys Energi Kandidatkalender")
  is no part of the company the text names;
- a directory's "Last, First" name whose surname joins two by a short word in lower case
  ("Ortega y Gasset, José", "Sousa e Holstein, Marta") is turned round whole;
- the role by its place: the one part of the subject that names neither the company, a
  person nor a day, and that the text says again ("Temu duga anda di Bukit Hijau – Juruteknik
  Makmal" and "… jawatan Juruteknik Makmal"), a first part of one word being the event's;
  a role in brackets after another word of the subject that the text never says.
"""

from __future__ import annotations

import pytest
from test_invite_kinds_s13_invites import calendar, coordinator, event, interviewers, mail, read

USER = "rowan.adeyemi@example.net"


def utc_event(start: str, summary: str, description: str, people: str = "") -> str:
    """A VEVENT whose start is given in UTC (…Z), as applicant-tracking systems send it."""
    return (
        "BEGIN:VEVENT\r\nUID:s20-utc@x\r\nDTSTAMP:20261101T090000Z\r\n"
        f"DTSTART:{start}\r\nSUMMARY:{summary}\r\nDESCRIPTION:{description}\r\n"
        "ORGANIZER;CN=Recruiting:mailto:no-reply@ats.example\r\n"
        f"{people}ATTENDEE;CN=Rowan Adeyemi:mailto:{USER}\r\nEND:VEVENT\r\n"
    )


# --------------------------------------------------------------------------- zones


@pytest.mark.parametrize(
    ("start", "text", "zone", "country", "clock"),
    [
        # Malay: 02:00 UTC is 10:00 in Kuala Lumpur
        ("20270608T020000Z", "Temu duga anda pada 8 Jun 2027, jam 10:00 pagi waktu Kuala "
         "Lumpur (GMT+08:00).", "Asia/Kuala_Lumpur", "MY", "10:00"),
        # Arabic, the city in Arabic script: 07:00 UTC is 10:00 in Riyadh
        ("20270608T070000Z", "موعد المقابلة يوم 8 يونيو 2027 الساعة 10:00 بتوقيت الرياض",
         "Asia/Riyadh", "SA", "10:00"),
        # Turkish, the city with its dotted capital and a case ending after an apostrophe
        ("20270608T070000Z", "Görüşme 8 Haziran 2027 saat 10:00 (İstanbul saati) olarak "
         "planlandı.", "Europe/Istanbul", "TR", "10:00"),
        # Spanish, a range and an offset that a cut at a fixed width would split
        ("20270608T140000Z", "Hora: 9:00 a. m. – 10:30 a. m. hora de Bogotá (GMT-05:00)",
         "America/Bogota", "CO", "09:00"),
    ],
)  # fmt: skip
def test_a_city_named_after_the_texts_time_gives_the_zone_of_a_utc_start(
    start: str, text: str, zone: str, country: str, clock: str
) -> None:
    cal = calendar(utc_event(start, "Interview", text.replace(",", "\\,")))
    invite = read(mail("Recruiting <no-reply@ats.example>", "Interview", text, (cal,)))
    assert (invite.interview.tz, invite.country, f"{invite.interview.time:%H:%M}") == (
        zone,
        country,
        clock,
    )


# --------------------------------------------------------------------------- titles by place


def _panel(text: str, people: dict[str, str]) -> dict[str, str | None]:
    """The interviewers read from a calendar whose attendees are `people` (name -> address)
    and whose description is `text`."""
    attendees = "".join(f"ATTENDEE;CN={n}:mailto:{a}\r\n" for n, a in people.items())
    description = text.replace("\n", "\\n").replace(",", "\\,")
    cal = calendar(event("20270608T100000", "Interview", description, attendees))
    return interviewers(read(cal.encode("utf-8"), "s20.ics"))


@pytest.mark.parametrize(
    ("text", "people", "titles"),
    [
        # Turkish: a label, then one person a line, an honorific before one of them
        ("Görüşmeye katılacaklar:\n- Dr. Elif Aydın, Yazılım Mimarı\n- Burak Şahin, Veri "
         "Bilimci\n\nSaygılarımızla",
         {"Elif Aydın": "elif.aydin@ky.example", "Burak Şahin": "burak.sahin@ky.example"},
         {"Elif Aydın": "Yazılım Mimarı", "Burak Şahin": "Veri Bilimci"}),
        # Danish: a schedule's times before each person, a dash between name and title
        ("Program:\n09.30–10.15  Mette Kjær – Seniorudvikler\n10.30–11.15  Jonas Lund – "
         "arkitekt for dataplatform\n",
         {"Mette Kjær": "mette.kjaer@fl.example", "Jonas Lund": "jonas.lund@fl.example"},
         {"Mette Kjær": "Seniorudvikler", "Jonas Lund": "arkitekt for dataplatform"}),
        # Arabic: the Arabic comma between the name and the title
        ("المقابلة مع:\n- سلمى حداد، قائدة فريق المنصة\n- كريم نصار، مهندس برمجيات أول\n",
         {"سلمى حداد": "salma@wahat.example", "كريم نصار": "karim@wahat.example"},
         {"سلمى حداد": "قائدة فريق المنصة", "كريم نصار": "مهندس برمجيات أول"}),
        # Czech: titles in brackets after the names in a sentence
        ("Pohovor s vámi povedou Ing. Jana Dvořáková (hlavní architektka) a Petr Svoboda "
         "(vývojář backendu).",
         {"Jana Dvořáková": "jana@vl.example", "Petr Svoboda": "petr@vl.example"},
         {"Jana Dvořáková": "hlavní architektka", "Petr Svoboda": "vývojář backendu"}),
        # Lithuanian: titles between commas after the names, the last up to the sentence's end
        ("Pokalbyje dalyvaus Rūta Petrauskienė, Vyriausioji Inžinierė, ir Tomas Kazlauskas, "
         "Duomenų Analitikas. Iki pasimatymo!",
         {"Rūta Petrauskienė": "ruta@gt.example", "Tomas Kazlauskas": "tomas@gt.example"},
         {"Rūta Petrauskienė": "Vyriausioji Inžinierė", "Tomas Kazlauskas": "Duomenų Analitikas"}),
        # a label the vocabulary knows, whose list would read each capitalised title as a
        # person of its own
        ("Görüşmeciler:\n- Elif Aydın, Yazılım Mimarı\n- Burak Şahin, Veri Bilimci\n",
         {"Elif Aydın": "elif.aydin@ky.example", "Burak Şahin": "burak.sahin@ky.example"},
         {"Elif Aydın": "Yazılım Mimarı", "Burak Şahin": "Veri Bilimci"}),
        # Polish: an introduction the vocabulary knows, a title between commas up to the
        # sentence's end
        ("W rozmowie wezmą udział Adam Lis, Opiekun Klientów Kluczowych, oraz Ewa Kowal, "
         "Rzeczniczka Prasowa.",
         {"Ewa Kowal": "ewa.kowal@wisla.example", "Adam Lis": "adam.lis@wisla.example"},
         {"Ewa Kowal": "Rzeczniczka Prasowa", "Adam Lis": "Opiekun Klientów Kluczowych"}),
    ],
)  # fmt: skip
def test_a_title_is_read_by_its_place_next_to_the_name_in_any_language(
    text: str, people: dict[str, str], titles: dict[str, str]
) -> None:
    assert _panel(text, people) == titles


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        ("Sizinle Sn. Elif Aydın (Yazılım Mimarı) ve Burak Şahin (Veri Bilimci) görüşecek.",
         {"Elif Aydın": "Yazılım Mimarı", "Burak Şahin": "Veri Bilimci"}),
        ("Rozhovor budou mít na starosti Ing. Jana Dvořáková (hlavní architektka) a Petr "
         "Svoboda (vývojář backendu).",
         {"Jana Dvořáková": "hlavní architektka", "Petr Svoboda": "vývojář backendu"}),
    ],
)  # fmt: skip
def test_a_person_named_in_a_sentence_with_a_title_in_brackets_interviews(
    text: str, titles: dict[str, str]
) -> None:
    assert _panel(text, {}) == titles


# --------------------------------------------------------------------------- senders


def test_a_relays_sender_gives_way_to_the_same_persons_reply_to() -> None:
    relay = "Sofie Holm <sofie.holm.q4z9@mailrelay-ats.example>"
    cal = calendar(
        event(
            "20270608T100000",
            "Jobsamtale Dataanalytiker",
            "Vi glæder os til at se dig.",
            organizer="CN=Sofie Holm:mailto:sofie.holm.q4z9@mailrelay-ats.example",
        )
    )
    invite = read(
        mail(
            relay,
            "Jobsamtale hos Fjordlys Energi",
            "Hej Rowan,\n\nVi glæder os til at se dig.\n\nSofie Holm\nFjordlys Energi",
            (cal,),
            headers="Reply-To: Sofie Holm <sofie.holm@fjordlysenergi.example>\r\n",
        )
    )
    assert coordinator(invite) == ("Sofie Holm", "sofie.holm@fjordlysenergi.example")


def test_a_shared_mailbox_named_after_the_company_is_nobody() -> None:
    box = "RekrutteringFjordlysEnergi@fjordlysenergi.example"
    cal = calendar(
        event(
            "20270608T100000",
            "Jobsamtale Dataanalytiker",
            "Din booking er bekræftet.",
            organizer=f"CN=Rekruttering Fjordlys Energi:mailto:{box}",
        )
    )
    text = (
        "Din booking er bekræftet.\n\nSpørgsmål? Skriv til vores koordinator, Nanna Berg "
        "(nanna.berg@fjordlysenergi.example, +45 33 55 01 18)."
    )
    invite = read(mail(f"Rekruttering Fjordlys Energi <{box}>", "Booking bekræftet", text, (cal,)))
    assert coordinator(invite) == ("Nanna Berg", "nanna.berg@fjordlysenergi.example")


def test_a_calendars_name_after_the_company_in_the_senders_name_is_no_part_of_it() -> None:
    box = "c_5d1e9a7b3f2c4e6a8b0d1f3e5a7c9b2d@group.calendar.google.com"
    cal = calendar(
        event(
            "20270608T100000",
            "Jobsamtale – Dataanalytiker – Fjordlys Energi",
            "Velkommen til Fjordlys Energi!",
            organizer=f"CN=Fjordlys Energi Kandidatkalender:mailto:{box}",
        )
    )
    invite = read(
        mail(
            f"Fjordlys Energi Kandidatkalender <{box}>",
            "Invitation: Jobsamtale – Dataanalytiker – Fjordlys Energi @ tir 8. jun 2027",
            "Velkommen til Fjordlys Energi!\n\nGæster\nFjordlys Energi Kandidatkalender - "
            "arrangør\nrowan.adeyemi@example.net",  # the guest list repeats the sender's name
            (cal,),
        )
    )
    assert invite.interview.company == "Fjordlys Energi"


# --------------------------------------------------------------------------- directory names


@pytest.mark.parametrize(
    ("display", "email", "name"),
    [
        ("Ortega y Gasset, José", "jose.ortega@riberasur.example", "José Ortega y Gasset"),
        ("Sousa e Holstein, Marta", "marta.sousa@riberasur.example", "Marta Sousa e Holstein"),
    ],
)
def test_a_directory_name_whose_surname_joins_two_is_turned_round(
    display: str, email: str, name: str
) -> None:
    cal = calendar(
        event(
            "20270608T100000",
            "Entrevista",
            "Hola Rowan.",
            organizer=f'CN="{display}":mailto:{email}',
        )
    )
    assert coordinator(read(cal.encode(), "s20.ics")) == (name, email)


def test_a_labels_line_lists_people_not_a_person_and_a_title() -> None:
    text = "Deltagere: Mette Kjær (arrangør), Jonas Lund, Rowan Adeyemi"
    people = {"Mette Kjær": "mette@fl.example", "Jonas Lund": "jonas@fl.example"}
    assert _panel(text, people).get("Jonas Lund") is None


def test_a_sentences_first_word_before_a_bracketed_name_is_no_part_of_it() -> None:
    text = "Rozmowa w czwartek.\nUczestniczy Adam Lis (kierownik zmiany nocnej)."
    people = {"Adam Lis": "adam.lis@wisla.example"}
    assert _panel(text, people) == {"Adam Lis": "kierownik zmiany nocnej"}


# --------------------------------------------------------------------------- roles


@pytest.mark.parametrize(
    ("subject", "text", "role"),
    [
        ("Temu duga anda di Sawit Bukit Hijau – Juruteknik Makmal",
         "Terima kasih kerana memohon jawatan Juruteknik Makmal di Sawit Bukit Hijau.",
         "Juruteknik Makmal"),
        ("Pozvánka: Technik kvality – Sawit Bukit Hijau",
         "Děkujeme za zájem o pozici Technik kvality. Pozvánka platí.", "Technik kvality"),
        # the subject's word for the mail before the role in brackets
        ("Pohovor u Sawit Bukit Hijau – potvrzení (Technik kvality)",
         "Děkujeme za zájem o pozici Technik kvality.", "Technik kvality"),
    ],
)  # fmt: skip
def test_the_role_is_the_subjects_part_the_text_says_again(
    subject: str, text: str, role: str
) -> None:
    sender = "Aina Rahim <aina.rahim@sawitbukithijau.example>"
    body = text + "\n\nAina Rahim\nSawit Bukit Hijau"
    organizer = "CN=Aina Rahim:mailto:aina.rahim@sawitbukithijau.example"
    cal = calendar(event("20270608T100000", subject, "", organizer=organizer))
    invite = read(mail(sender, subject, body, (cal,)))
    assert (invite.interview.company, invite.interview.role) == ("Sawit Bukit Hijau", role)


# --------------------------------------------------------------------------- meeting blocks


def test_a_meeting_services_block_between_rules_names_nobody() -> None:
    rule = "_" * 40
    text = (
        "Ihre Gesprächspartnerin: Mag. Hanna Roth, Leiterin Einkauf\n\n"
        f"{rule}\nMicrosoft Teams-Besprechung\nNehmen Sie von Ihrem Computer, Ihrer mobilen "
        "App oder Ihrem Raumgerät aus teil\nKlicken Sie hier, um an der Besprechung "
        f"teilzunehmen\n{rule}\n"
    )
    people = {"Hanna Roth": "hanna.roth@alpenholz.example"}
    assert _panel(text, people) == {"Hanna Roth": "Leiterin Einkauf"}


def test_an_organizer_who_interviews_gives_way_to_the_person_the_text_gives_an_address() -> None:
    text = (
        "Intervjuere:\n- Lars Holm, avdelingsleder lager\n- Mette Kjær, seniorutvikler\n\n"
        "Har du praktiske spørsmål, står vår rekrutteringspartner Sofie Berg "
        "(sofie.berg@fjordlys.example, +47 22 55 01 18) til disposisjon."
    )
    attendees = (
        "ATTENDEE;CN=Mette Kjær:mailto:mette.kjaer@fjordlys.example\r\n"
        "ATTENDEE;CN=Sofie Berg:mailto:sofie.berg@fjordlys.example\r\n"
    )
    description = text.replace("\n", "\\n").replace(",", "\\,")
    organizer = "CN=Lars Holm:mailto:lars.holm@fjordlys.example"
    cal = calendar(event("20270608T100000", "Intervju", description, attendees, organizer))
    invite = read(cal.encode("utf-8"), "s20.ics")
    assert coordinator(invite) == ("Sofie Berg", "sofie.berg@fjordlys.example")
    assert set(interviewers(invite)) == {"Lars Holm", "Mette Kjær"}
