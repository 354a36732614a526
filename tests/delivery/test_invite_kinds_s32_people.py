"""Issue 9 (session 32): the people of invites, with invented names and texts:

- a surname opened by a capitalised family particle of one letter or more (Irish "Ó", "Ní",
  "Mac"; "Dela"), with its fadas: the whole name, on a schedule's line, in a labelled list,
  in a signature;
- an HTML table's row under the one above it that leaves the day's and the time's cells
  empty (a second interviewer of the same slot): its person is read, with the title from
  the title's column, in German, English and Spanish;
- a Korean, Japanese or Chinese HTML table of two columns, the label's cell ("면접관",
  "面接官", "面试官") then the people's; and a Korean contact line whose address follows the
  name on its line ("문의: 인사팀 최유진 과장 (yujin@…, 02-…)");
- a Spanish or Portuguese coordinator titled as a talent or selection analyst ("escribile a
  …, Analista de Talento: …@…");
- a zone of several cities of one country (a Windows name, a VTIMEZONE of offsets only):
  the city the address names, its accents or not ("Córdoba", "Mérida"), never a street
  named after another city ("Bv. San Juan", "Av. Monterrey").
"""

from __future__ import annotations

import pytest

from helpers_invites import USER, coordinator, interviewers, mail, read


def html_mail(sender: str, subject: str, html: str, cal: str = "", headers: str = "") -> bytes:
    """A tracking system's mail whose only text is HTML, the invite attached."""
    return mail(sender, subject, html, cal, headers, subtype="html")


def vtimezone(tzid: str, offset: str) -> str:
    """A VTIMEZONE of one offset all year, as Exchange writes a zone with no summer time."""
    return (
        f"BEGIN:VTIMEZONE\r\nTZID:{tzid}\r\nBEGIN:STANDARD\r\nDTSTART:16010101T000000\r\n"
        f"TZOFFSETFROM:{offset}\r\nTZOFFSETTO:{offset}\r\nEND:STANDARD\r\nBEGIN:DAYLIGHT\r\n"
        f"DTSTART:16010101T000000\r\nTZOFFSETFROM:{offset}\r\nTZOFFSETTO:{offset}\r\n"
        "END:DAYLIGHT\r\nEND:VTIMEZONE\r\n"
    )


def calendar(tzid: str, offset: str, summary: str, location: str = "", org: str = "") -> str:
    """A tracker's invite: its no-reply organizer, the user invited, the start in `tzid`."""
    return (
        "BEGIN:VCALENDAR\r\nPRODID:-//Tracker//Tracker//EN\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\n"
        f"{vtimezone(tzid, offset)}BEGIN:VEVENT\r\nUID:s32-{abs(hash(summary))}@tracker.example\r\n"
        "DTSTAMP:20370301T090000Z\r\nSEQUENCE:0\r\nSTATUS:CONFIRMED\r\n"
        f"DTSTART;TZID={tzid}:20370318T100000\r\nDTEND;TZID={tzid}:20370318T110000\r\n"
        f"SUMMARY:{summary}\r\n"
        f"ORGANIZER;CN={org or 'Careers'}:mailto:no-reply@tracker-mail.example\r\n"
        "ATTENDEE;CN=Rowan Adeyemi;RSVP=TRUE;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT:"
        f"mailto:{USER}\r\nLOCATION:{location or 'Video call'}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )


def lower(people: dict[str, str | None]) -> dict[str, str | None]:
    return {k.lower(): v for k, v in people.items()}


# ------------------------------------------------- a surname opened by a capitalised particle


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # a schedule: time, name, comma, title
            "Hi Rowan,\n\nHere is your schedule (all times Irish time):\n\n"
            "09:00 - 09:45  Donnchadh Ó Ceallaigh, Director of Clinical Operations\n"
            "09:45 - 10:30  Lorcan Whelan, Quality Engineering Lead\n\n"
            "Best,\nNiamh Kinsella\nTalent Partner, Corrib Biologics\n",
            {
                "Donnchadh Ó Ceallaigh": "Director of Clinical Operations",
                "Lorcan Whelan": "Quality Engineering Lead",
            },
        ),
        (  # a labelled list, titles in brackets; "Mac" as a word of its own
            "Hi Rowan,\n\nInterviewers: Gráinne Ó Dálaigh (Head of Finance) and Ruairí Mac "
            "Aodha (Plant Manager)\n\nBest,\nNiamh Kinsella\nTalent Partner, Corrib Biologics\n",
            {"Gráinne Ó Dálaigh": "Head of Finance", "Ruairí Mac Aodha": "Plant Manager"},
        ),
        (  # a schedule whose person has a dash before the title
            "Hello Rowan,\n\n14:00 – 14:45  Caoimhe Ó Súilleabháin – Head of Research\n"
            "14:45 – 15:30  Peadar Ní Bhraonáin – Principal Scientist\n\n"
            "Kind regards,\nNiamh Kinsella\nTalent Partner, Corrib Biologics\n",
            {
                "Caoimhe Ó Súilleabháin": "Head of Research",
                "Peadar Ní Bhraonáin": "Principal Scientist",
            },
        ),
    ],
)
def test_a_surname_opened_by_a_capital_particle_is_read_whole(
    text: str, want: dict[str, str | None]
) -> None:
    cal = calendar("GMT Standard Time", "+0000", "Interview: Analyst", org="Corrib Biologics")
    invite = read(
        mail("Corrib Biologics <no-reply@tracker-mail.example>", "Interview", text, cal),
        "invite.eml",
    )
    assert lower(interviewers(invite)) == lower(want)


def test_a_signature_whose_surname_opens_with_o_fada_is_the_coordinator() -> None:
    text = (
        "Hi Rowan,\n\nYou will meet Lorcan Whelan (Quality Engineering Lead).\n\n"
        "Best,\nTadhg Ó Murchú\nTalent Partner\ntadhg.omurchu@corrib-bio.example\n"
    )
    cal = calendar("GMT Standard Time", "+0000", "Interview: Analyst", org="Corrib Biologics")
    invite = read(
        mail("Corrib Biologics <no-reply@tracker-mail.example>", "Interview", text, cal),
        "invite.eml",
    )
    assert coordinator(invite) == "Tadhg Ó Murchú"


# ------------------------------------------- an HTML table's row that goes on the slot above


def _table(header: list[str], rows: list[list[str]]) -> str:
    head = "".join(f"<th>{h}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f'<table border="1"><tr>{head}</tr>{body}</table>'


@pytest.mark.parametrize(
    ("intro", "header", "rows", "want"),
    [
        (
            "<p>Guten Tag Rowan Adeyemi,</p><p>wir laden Sie zum Gespräch ein:</p>",
            ["Datum", "Uhrzeit", "Gesprächspartner", "Funktion"],
            [
                [
                    "Dienstag, 17.03.2037",
                    "10:00–11:00 Uhr",
                    "Dr. Wiebke Sandmann",
                    "Leiterin Qualität",
                ],
                ["", "", "Henrike Voßkamp", "Abteilungsleiterin Fertigung"],
            ],
            {
                "Wiebke Sandmann": "Leiterin Qualität",
                "Henrike Voßkamp": "Abteilungsleiterin Fertigung",
            },
        ),
        (
            "<p>Hi Rowan,</p><p>Your interview schedule:</p>",
            ["Date", "Time", "Interviewer", "Title"],
            [
                ["Tuesday 17 March", "10:00 - 11:00", "Marisol Thornbury", "Head of Data"],
                ["", "", "Ekow Ansah-Lindqvist", "Principal Data Engineer"],
                ["", "", "Petra Vukasović", "Analytics Manager"],
            ],
            {
                "Marisol Thornbury": "Head of Data",
                "Ekow Ansah-Lindqvist": "Principal Data Engineer",
                "Petra Vukasović": "Analytics Manager",
            },
        ),
        (
            "<p>Hola Rowan,</p><p>Te compartimos la agenda de la entrevista:</p>",
            ["Fecha", "Hora", "Entrevistador", "Cargo"],
            [
                [
                    "martes 17 de marzo",
                    "10:00 a 11:00",
                    "Florencia Aguirre Lisandro",
                    "Gerenta de Operaciones",
                ],
                ["", "", "Matías Quiroga", "Jefe de Mantenimiento"],
            ],
            {
                "Florencia Aguirre Lisandro": "Gerenta de Operaciones",
                "Matías Quiroga": "Jefe de Mantenimiento",
            },
        ),
    ],
)
def test_a_table_row_that_leaves_the_slot_empty_goes_on_its_list(
    intro: str, header: list[str], rows: list[list[str]], want: dict[str, str | None]
) -> None:
    html = f"<html><body>{intro}{_table(header, rows)}<p>Regards</p></body></html>"
    cal = calendar("W. Europe Standard Time", "+0100", "Interview", org="Talent")
    invite = read(
        html_mail("Talent <no-reply@tracker-mail.example>", "Interview", html, cal), "i.eml"
    )
    assert lower(interviewers(invite)) == lower(want)


# ------------------------------- Korean, Japanese and Chinese tables of a label and its people


@pytest.mark.parametrize(
    ("rows", "want"),
    [
        (
            [
                ["일시", "2037년 3월 18일(수) 오전 10:00 ~ 11:00"],
                ["면접관", "김도현 (생산기술팀 팀장)"],
                ["면접관", "한소율 (품질관리팀 책임연구원)"],
            ],
            {"김도현": "생산기술팀 팀장", "한소율": "품질관리팀 책임연구원"},
        ),
        (
            [["日時", "2037年3月18日（水）10:00〜11:00"], ["面接官", "松永 恭平（製造部 部長）"]],
            {"松永 恭平": "製造部 部長"},
        ),
        (
            [
                ["时间", "2037年3月18日 10:00-11:00"],
                ["面试官", "欧阳明哲（技术总监）、林嘉怡（人力资源经理）"],
            ],
            {"欧阳明哲": "技术总监", "林嘉怡": "人力资源经理"},
        ),
    ],
)
def test_a_cjk_table_of_a_label_and_its_people(
    rows: list[list[str]], want: dict[str, str | None]
) -> None:
    table = "<table>" + "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in rows) + "</table>"
    html = f"<html><body><p>Rowan Adeyemi 님</p>{table}<p>감사합니다.</p></body></html>"
    cal = calendar("Korea Standard Time", "+0900", "면접", org="Careers")
    invite = read(html_mail("Careers <no-reply@tracker-mail.example>", "면접", html, cal), "i.eml")
    assert interviewers(invite) == want


@pytest.mark.parametrize(
    ("line", "name", "email"),
    [
        (
            "문의: 인사팀 최유진 과장 (yujin.choi@seorak-chem.example, 02-555-0182)",
            "최유진",
            "yujin.choi@seorak-chem.example",
        ),
        (
            "문의: 채용담당 남궁민 매니저 / minnamgung@seorak-chem.example",
            "남궁민",
            "minnamgung@seorak-chem.example",
        ),
    ],
)
def test_a_korean_contact_with_the_address_on_its_line_is_the_coordinator(
    line: str, name: str, email: str
) -> None:
    html = (
        "<html><body><p>Rowan Adeyemi 님, 안녕하세요.</p><table>"
        "<tr><td>면접관</td><td>김도현 (생산기술팀 팀장)</td></tr></table>"
        f"<p>{line}</p><p>본 메일은 발신 전용입니다.</p></body></html>"
    )
    cal = calendar("Korea Standard Time", "+0900", "면접", org="Seorak Chemical Careers")
    invite = read(html_mail("Careers <no-reply@tracker-mail.example>", "면접", html, cal), "i.eml")
    people = {p.name: p.email for p in invite.interview.people if p.role.value == "coordinator"}
    assert people == {name: email}
    assert interviewers(invite) == {"김도현": "생산기술팀 팀장"}


# ------------------------------------------- a talent or selection analyst asked to be written


@pytest.mark.parametrize(
    ("line", "name", "email"),
    [
        (
            "Ante cualquier duda, escribile a Lucía Benavídez Ortiz, Analista de Talento: "
            "lucia.benavidez@harinera-pampa.example · +54 11 5555 0199",
            "Lucía Benavídez Ortiz",
            "lucia.benavidez@harinera-pampa.example",
        ),
        (
            "Para cualquier consulta, escríbale a Rodrigo Sepúlveda, Analista de Selección, "
            "a rodrigo.sepulveda@harinera-pampa.example.",
            "Rodrigo Sepúlveda",
            "rodrigo.sepulveda@harinera-pampa.example",
        ),
        (
            "Dúvidas? Fale com Beatriz Ramalho, Analista de RH, pelo e-mail "
            "beatriz.ramalho@harinera-pampa.example.",
            "Beatriz Ramalho",
            "beatriz.ramalho@harinera-pampa.example",
        ),
    ],
)
def test_a_talent_or_selection_analyst_to_write_to_is_the_coordinator(
    line: str, name: str, email: str
) -> None:
    html = (
        "<html><body><p>¡Hola Rowan!</p><p>Vas a conversar con Ignacio Arregui (Gerente de "
        f"Planta).</p><p>{line}</p><p>Enviado con Tracker</p></body></html>"
    )
    cal = calendar("Argentina Standard Time", "-0300", "Entrevista", org="Harinera Pampa")
    invite = read(
        html_mail("Harinera Pampa <no-reply@tracker-mail.example>", "Entrevista", html, cal),
        "i.eml",
    )
    people = {p.name: p.email for p in invite.interview.people if p.role.value == "coordinator"}
    assert people == {name: email}


# ------------------------------------------- the city of a zone of several, not a street's


@pytest.mark.parametrize(
    ("tzid", "offset", "address", "zone"),
    [
        (  # a street named after another zone's city, the city written with its accent
            "Argentina Standard Time",
            "-0300",
            "Harinera Pampa S.A. · Calle Salta 455, T4000 San Miguel de Tucumán",
            "America/Argentina/Tucuman",
        ),
        (
            "Argentina Standard Time",
            "-0300",
            "Planta: Av. Mendoza 1200, X5000 Córdoba",
            "America/Argentina/Cordoba",
        ),
        (  # a VTIMEZONE of offsets only, the country by the phone number
            "Customized Time Zone",
            "-0300",
            "Oficina: Bv. San Juan 88, X5000 Córdoba · +54 351 555 0101",
            "America/Argentina/Cordoba",
        ),
        (
            "Central Standard Time (Mexico)",
            "-0600",
            "Oficinas: Av. Monterrey 210, Col. Centro, 97000 Mérida, Yuc.",
            "America/Merida",
        ),
    ],
)
def test_the_city_of_the_address_chooses_the_zone_not_a_street(
    tzid: str, offset: str, address: str, zone: str
) -> None:
    html = (
        "<html><body><p>Hola Rowan,</p><p>Te confirmamos la entrevista.</p>"
        f"<p>{address}</p></body></html>"
    )
    cal = calendar(tzid, offset, "Entrevista", org="Harinera Pampa")
    invite = read(
        html_mail("Harinera Pampa <no-reply@tracker-mail.example>", "Entrevista", html, cal),
        "i.eml",
    )
    assert invite.interview.tz == zone


@pytest.mark.parametrize(
    ("header", "rows", "want"),
    [
        (
            ["면접관", "직책"],
            [["김도현", "생산기술팀 팀장"], ["한소율", "품질관리팀 책임연구원"]],
            {"김도현": "생산기술팀 팀장", "한소율": "품질관리팀 책임연구원"},
        ),
        (["面接官", "役職"], [["松永 恭平", "製造部 部長"]], {"松永 恭平": "製造部 部長"}),
        (["面试官", "职位"], [["欧阳明哲", "技术总监"]], {"欧阳明哲": "技术总监"}),
    ],
)
def test_a_cjk_table_under_its_header_row_names_its_people_not_the_header(
    header: list[str], rows: list[list[str]], want: dict[str, str | None]
) -> None:
    html = (
        f"<html><body><p>Rowan Adeyemi 님</p>{_table(header, rows)}"
        "<p>인사팀 김하은 과장, 박지훈 팀장이 함께합니다.</p></body></html>"
    )
    cal = calendar("Korea Standard Time", "+0900", "면접", org="Careers")
    invite = read(html_mail("Careers <no-reply@tracker-mail.example>", "면접", html, cal), "i.eml")
    assert interviewers(invite) == want
    # a person named in a sentence, no address nor number after them: no contact line
    assert coordinator(invite) is None
