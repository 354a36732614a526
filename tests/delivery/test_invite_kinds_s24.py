"""Issue 9 (session 24): facts from invites the reader had never seen, in the shapes
tracking systems' mails, Google Calendar and Outlook/Exchange write them, with invented names,
in many languages:

- kind 1, the zone of a country of several: the city a text in Spanish, Portuguese or
  Indonesian names as the place ("en nuestras oficinas de Cancún", "em Cuiabá", "di kantor
  Makassar") gives its own zone, not the country's most common one;
- kind 3, the company as people say it: a legal form of any country left out, also where a
  sentence ends after it ("… Muscat Petrochemicals SAOC. Your interview …") or the name was
  read from a shorter span than the text writes ("Wisła Tech Sp. z o.o.", "GmbH & Co. KG");
  a name written with its legal form in a sentence is the company in full ("Vidrios Santa
  Catarina, S.A.P.I. de C.V." beats the domain's "Vidrios"); a name that is nothing but a
  legal word is kept;
- kind 2, Japanese, Chinese and Korean mails: the company the text writes in its own script
  ("有明バイオテック株式会社", "东海科技 人力资源部", "한빛소프트 인사팀") beats the domain's
  romanised short form, and no label or bracket of the subject ("〔…〕", "【面接】", Google's
  "招待状:" and "更新された招待状:") is part of the role;
- kind 5, mails in Slovak, Czech, Polish, Hungarian, Icelandic, Romanian and Russian: the
  day their month names say ("19. januára", "2027. január 19-én", "19. janúar", "19 ianuarie",
  "19 января"), an interview in person ("osobne", "na pobočke", "w biurze", "személyesen",
  "á skrifstofunni", "față în față"), the interviewers' titles in small letters after a dash,
  and the one word beside the interview's word in the subject is the role
  ("Atvinnuviðtal: Bakendaforritari", "Állásinterjú – Szoftverfejlesztő");
- kind 4, the coordinator: a hiring manager or a meeting's host who organized or sent the
  invite is no coordinator when the text names one ("Your recruiting coordinator, …", "our
  coordinator …", Swedish and German too); their address from the text or the Reply-To.
"""

from __future__ import annotations

import pytest

from followup.core.legal_forms import without_legal_form
from helpers_invites import google, guest, mail, outlook, read

# ---------------------------------------------------------------- kind 3: legal forms


def thanked(domain: str, sentence: str, subject: str = "Interview: Process Engineer") -> str:
    """The company read from a tracking system's mail whose text thanks for applying."""
    invite = read(
        mail(
            f"Talent Team <careers@{domain}>",
            subject,
            f"Dear Rowan,\n\n{sentence} Your interview is on Tuesday 19 January 2027 at 10:00."
            "\n\nRegards,\nSalim Haddad\nHR Officer",
        ),
        "thanks.eml",
    )
    return invite.interview.company


@pytest.mark.parametrize(
    ("domain", "sentence", "company"),
    [
        # Oman's closed and general joint-stock companies
        (
            "muscat-petro.om",
            "Thank you for applying to Muscat Petrochemicals SAOC.",
            "Muscat Petrochemicals",
        ),
        ("dhofar-cement.om", "Thank you for applying to Dhofar Cement SAOG.", "Dhofar Cement"),
        ("dhofar-cement.om", "Thank you for applying to Dhofar Cement S.A.O.G.", "Dhofar Cement"),
        # the Gulf: a free-zone company, a Bahraini and Qatari W.L.L.
        ("dunemedia.ae", "Thank you for applying to Dune Media FZ-LLC.", "Dune Media"),
        ("dunemedia.ae", "Thank you for applying to Dune Media FZE.", "Dune Media"),
        (
            "pearlgulf.bh",
            "Thank you for applying to Pearl Gulf Trading W.L.L.",
            "Pearl Gulf Trading",
        ),
        ("sidra-build.qa", "Thank you for applying to Sidra Build WLL.", "Sidra Build"),
        ("oasis-retail.ae", "Thank you for applying to Oasis Retail LLC.", "Oasis Retail"),
        # Mexico's S.A.P.I. de C.V., Iceland's ehf., Hungary's Zrt., Finland's Oyj
        (
            "cobre-norte.com.mx",
            "Gracias por aplicar a Cobre Norte, S.A.P.I. de C.V.",
            "Cobre Norte",
        ),
        ("hraunsoft.is", "Takk fyrir umsóknina hjá Hraunsoft ehf.", "Hraunsoft"),
        ("tisza-gep.hu", "Köszönjük, hogy a Tisza Gép Zrt. állására jelentkezett.", "Tisza Gép"),
    ],
)
def test_a_legal_form_of_any_country_is_left_out_where_a_sentence_ends_after_it(
    domain: str, sentence: str, company: str
) -> None:
    assert thanked(domain, sentence) == company


@pytest.mark.parametrize(
    ("name", "said"),
    [
        ("Muscat Petrochemicals SAOC", "Muscat Petrochemicals"),
        ("Cobre Norte, S.A.P.I. de C.V.", "Cobre Norte"),
        ("Dune Media FZ-LLC", "Dune Media"),
        ("Pearl Gulf Trading W.L.L.", "Pearl Gulf Trading"),
        ("Hraunsoft ehf.", "Hraunsoft"),
        ("Brenner Logistik SE & Co. KG", "Brenner Logistik"),
        ("Modrá Voda spol. s r.o.", "Modrá Voda"),
        # nothing but legal words: kept whole
        ("SAOC", "SAOC"),
        ("FZE", "FZE"),
    ],
)
def test_the_one_list_of_legal_forms_has_the_forms_of_many_countries(name: str, said: str) -> None:
    assert without_legal_form(name) == said


@pytest.mark.parametrize(
    ("sender", "subject", "text", "company"),
    [
        (
            "Rekrutacja <rekrutacja@wislatech.pl>",
            "Zaproszenie na rozmowę – Księgowa",
            "Dzień dobry,\n\nw imieniu firmy Wisła Tech Sp. z o.o. zapraszam na rozmowę "
            "kwalifikacyjną 19 stycznia 2027 r. o godz. 10:00.\n\nPozdrawiam\nAgnieszka Wrona",
            "Wisła Tech",
        ),
        (
            "Karriere <karriere@brenner-logistik.de>",
            "Einladung zum Vorstellungsgespräch: Disponent (m/w/d)",
            "Guten Tag,\n\nvielen Dank für Ihre Bewerbung bei der Brenner Logistik GmbH & Co. "
            "KG. Wir laden Sie am Dienstag, 19. Januar 2027 um 10:00 Uhr ein.\n\n"
            "Mit freundlichen Grüßen\nJulia Brenner\nPersonalreferentin",
            "Brenner Logistik",
        ),
        (
            "Nábor <nabor@modravoda.cz>",
            "Pozvánka na pohovor – Účetní",
            "Dobrý den,\n\nza společnost Modrá Voda spol. s r.o. Vás zvu na pohovor 19. ledna "
            "2027 v 10:00.\n\nS pozdravem\nJana Nováková",
            "Modrá Voda",
        ),
    ],
)
def test_a_name_read_short_of_the_legal_form_the_text_writes_after_it_has_none_of_it(
    sender: str, subject: str, text: str, company: str
) -> None:
    assert read(mail(sender, subject, text), "form.eml").interview.company == company


@pytest.mark.parametrize(
    ("sender", "subject", "text", "company"),
    [
        (
            "Talento <talento@vidrios-sc.com.mx>",
            "Entrevista: Analista de Costos",
            "Hola Rowan,\n\nGracias por tu interés en Vidrios Santa Catarina, S.A.P.I. de C.V. "
            "Te esperamos el martes 19 de enero de 2027 a las 10:00 a.m.\n\nSaludos,\n"
            "Mariana Garza\nReclutamiento, Vidrios",
            "Vidrios Santa Catarina",
        ),
        (
            "HR <hr@kalastus.fi>",
            "Haastattelukutsu: Myyntipäällikkö",
            "Hei Rowan,\n\nkiitos hakemuksestasi. Kalastus ja Retkeily Oy kutsuu sinut "
            "haastatteluun tiistaina 19.1.2027 klo 10.00.\n\nTerveisin\nAino Virtanen",
            "Kalastus ja Retkeily",
        ),
        (
            "Careers <careers@pinegrove.co.za>",
            "Interview: Junior Accountant",
            "Hi Rowan,\n\nYou are invited to an interview at Pine Grove Agricultural Holdings "
            "(Pty) Ltd on Tuesday 19 January 2027 at 10:00.\n\nKind regards,\nThandi Mokoena",
            "Pine Grove Agricultural Holdings",
        ),
    ],
)
def test_a_name_a_sentence_writes_with_its_legal_form_beats_a_short_form_of_it(
    sender: str, subject: str, text: str, company: str
) -> None:
    assert read(mail(sender, subject, text), "form.eml").interview.company == company


# ---------------------------------------------------------------- kind 2: CJK mails

JP = "Rowan Adeyemi 様\n\n"
SATO = "hanako.sato@ariake-bt.co.jp"
ARIAKE_CAL = google(
    f"CN=佐藤 花子:mailto:{SATO}",
    "【面接】品質保証エンジニア",
    "有明バイオテック株式会社 品質保証エンジニア職の面接です。",
    guest("佐藤 花子", SATO),
)


@pytest.mark.parametrize(
    ("sender", "subject", "text", "cal", "company", "role"),
    [
        (
            "採用担当 <recruit@ariake-bt.co.jp>",
            "『データアナリスト』面接日程のご連絡",
            JP + "有明バイオテックの採用担当です。\n面接日時：2027年1月19日（火）10:00\n\n"
            "有明バイオテック 人事部\n佐藤 花子",
            "",
            "有明バイオテック",
            "データアナリスト",
        ),
        (
            "採用担当 <recruit@ariake-bt.co.jp>",
            "〔有明バイオテック〕面接のご案内：品質保証エンジニア",
            JP + "面接日時：2027年1月19日（火）10:00\n\n有明バイオテック 人事部\n佐藤 花子",
            "",
            "有明バイオテック",
            "品質保証エンジニア",
        ),
        (
            "採用担当 <recruit@ariake-bt.co.jp>",
            "「営業企画」ポジション 一次面接のご案内",
            JP + "この度は有明バイオテック株式会社の営業企画ポジションにご応募いただき"
            "ありがとうございます。\n日時：2027年1月19日（火）10:00～11:00\n\n佐藤 花子",
            "",
            "有明バイオテック",
            "営業企画",
        ),
        (
            f"佐藤 花子 <{SATO}>",
            "招待状: 【面接】品質保証エンジニア @ 2027年1月14日 (木) 0:00～0:45 (JST) "
            "(rowan.adeyemi@example.net)",
            "【面接】品質保証エンジニア\n有明バイオテック株式会社 品質保証エンジニア職の面接です。",
            ARIAKE_CAL,
            "有明バイオテック",
            "品質保証エンジニア",
        ),
        (
            f"佐藤 花子 <{SATO}>",
            "更新された招待状: 【面接】品質保証エンジニア @ 2027年1月14日 (木) 0:00～0:45 (JST) "
            "(rowan.adeyemi@example.net)",
            "このイベントは変更されました。\n\n【面接】品質保証エンジニア\n"
            "有明バイオテック株式会社 品質保証エンジニア職の面接です。",
            ARIAKE_CAL,
            "有明バイオテック",
            "品質保証エンジニア",
        ),
        (
            "招聘团队 <hr@donghai-tech.cn>",
            "【面试邀请】东海科技 - 前端开发工程师",
            "Rowan 您好：\n\n感谢您应聘东海科技有限公司的前端开发工程师职位。\n"
            "面试时间：2027年1月19日 10:00\n面试方式：视频面试\n\n东海科技 人力资源部\n王丽",
            "",
            "东海科技",
            "前端开发工程师",
        ),
        (
            "人資部 <hr@yushan-semi.com.tw>",
            "【面試通知】玉山半導體 製程工程師",
            "Rowan 您好：\n\n感謝您應徵玉山半導體股份有限公司製程工程師一職。\n"
            "面試時間：2027年1月19日（二）上午10:00\n\n玉山半導體 人資部 陳怡君",
            "",
            "玉山半導體",
            "製程工程師",
        ),
        (
            "채용팀 <recruit@hanbit-soft.co.kr>",
            "[면접 안내] 「데이터 엔지니어」 포지션",
            "Rowan 님 안녕하세요.\n\n㈜한빛소프트 채용팀입니다.\n"
            "일시: 2027년 1월 19일 (화) 오전 10시\n\n한빛소프트 인사팀 김민지 드림",
            "",
            "한빛소프트",
            "데이터 엔지니어",
        ),
    ],
)
def test_the_company_in_its_own_script_and_the_role_without_the_subjects_labels(
    sender: str, subject: str, text: str, cal: str, company: str, role: str
) -> None:
    interview = read(mail(sender, subject, text, cal), "cjk.eml").interview
    assert (interview.company, interview.role) == (company, role)


# ---------------------------------------------------------------- kind 5: more languages

SK = (
    "Dobrý deň,\n\nv mene spoločnosti Tatra Dom a.s. Vás pozývame na pohovor osobne, dňa "
    "19. januára 2027 o 10:00 na pobočke v Žiline.\n\nNa pohovore sa zúčastnia:\n"
    "Marek Horváth – vedúci skladu\nJana Bieliková – vedúca zmeny\n\nS pozdravom\n"
    "Zuzana Kováčová\npersonalistka"
)
HU = (
    "Kedves Rowan!\n\nA Duna Szoft Kft. nevében meghívjuk személyes állásinterjúra 2027. "
    "január 19-én 10:00 órakor budapesti irodánkba.\n\nÜdvözlettel:\nTóth Anna\n"
    "HR-koordinátor"
)
IS = (
    "Sæl Rowan,\n\nVið bjóðum þér í viðtal þriðjudaginn 19. janúar 2027 kl. 10:00 á "
    "skrifstofunni okkar.\n\nKveðja,\nGuðrún Jónsdóttir\nmannauðsstjóri"
)
RO = (
    "Bună ziua,\n\nVă invităm la un interviu față în față pe 19 ianuarie 2027, ora 10:00, "
    "la sediul nostru.\n\nCu stimă,\nIoana Popescu"
)
RU = (
    "Здравствуйте, Rowan!\n\nПриглашаем вас на собеседование 19 января 2027 года в 10:00 в "
    "нашем офисе.\n\nС уважением,\nАйгерим Нурланова"
)


@pytest.mark.parametrize(
    ("sender", "subject", "text", "company", "role", "fmt"),
    [
        (
            "Nábor <nabor@tatradom.sk>",
            "Pozvánka na pohovor – Skladník",
            SK,
            "Tatra Dom",
            "Skladník",
            "in-person",
        ),
        (
            "HR <hr@dunaszoft.hu>",
            "Állásinterjú – Szoftverfejlesztő",
            HU,
            "Duna Szoft",
            "Szoftverfejlesztő",
            "in-person",
        ),
        (
            "Guðrún Jónsdóttir <gudrun@hraunsoft.is>",
            "Boð í atvinnuviðtal – Bakendaforritari",
            IS,
            "Hraunsoft",
            "Bakendaforritari",
            "in-person",
        ),
        (
            "Resurse Umane <hr@carpat.ro>",
            "Invitație la interviu – Programator",
            RO,
            "Carpat",
            "Programator",
            "in-person",
        ),
        (
            "HR <hr@step-oil.kz>",
            "Собеседование: Инженер-технолог",
            RU,
            "Step Oil",
            "Инженер-технолог",
            "in-person",
        ),
    ],
)
def test_a_mail_in_these_languages_gives_its_day_format_and_role(
    sender: str, subject: str, text: str, company: str, role: str, fmt: str
) -> None:
    interview = read(mail(sender, subject, text), "lang.eml").interview
    assert (interview.interviewed.isoformat(), interview.time.isoformat()) == (
        "2027-01-19",
        "10:00:00",
    )
    assert (interview.role, interview.format.value) == (role, fmt)
    assert interview.company.casefold() == company.casefold()


@pytest.mark.parametrize(
    ("text", "fmt"),
    [
        (
            "pozývame Vás na pohovor dňa 19.01.2027 o 10:00 na pobočke, Hlavná 12, Žilina.",
            "in-person",
        ),
        ("zvu Vás na pohovor osobně 19. ledna 2027 v 10:00.", "in-person"),
        (
            "zapraszam na rozmowę kwalifikacyjną 19 stycznia 2027 r. o godz. 10:00 w biurze.",
            "in-person",
        ),
        ("Az interjú időpontja: 2027.01.19. 10:00. Személyesen várjuk.", "in-person"),
    ],
)
def test_an_interview_in_person_in_the_words_of_these_languages(text: str, fmt: str) -> None:
    invite = read(mail("HR <hr@tatradom.sk>", "Pohovor", f"Dobrý deň,\n\n{text}\n\nJana"))
    assert invite.interview.format.value == fmt


def test_the_interviewers_listed_with_titles_in_small_letters_after_a_dash() -> None:
    invite = read(mail("Nábor <nabor@tatradom.sk>", "Pozvánka na pohovor – Skladník", SK))
    assert {p.name: p.title for p in invite.interview.interviewers} == {
        "Marek Horváth": "vedúci skladu",
        "Jana Bieliková": "vedúca zmeny",
    }


def test_an_icelandic_summary_names_the_role_after_the_interviews_word() -> None:
    email = "gudrun@hraunsoft.is"
    invite = read(
        google(
            f"CN=Guðrún Jónsdóttir:mailto:{email}",
            "Atvinnuviðtal: Bakendaforritari",
            "Sæl Rowan,\n\nVið hlökkum til að hitta þig á skrifstofunni, Borgartúni 12, 105 "
            "Reykjavík.\n\nKveðja,\nGuðrún Jónsdóttir\nmannauðsstjóri",
            guest("Guðrún Jónsdóttir", email),
        )
    )
    assert (invite.interview.company, invite.interview.role) == ("Hraunsoft", "Bakendaforritari")
    assert invite.interview.format.value == "in-person"


# ---------------------------------------------------------------- kind 4: the coordinator

HIRING_MANAGER = "CN=Daniel Okoro:mailto:daniel.okoro@brightfield.example"
HM_CAL = outlook(HIRING_MANAGER, "Interview: Data Engineer", "Interview with Daniel Okoro.")


@pytest.mark.parametrize(
    ("data", "coordinator", "email", "organizer"),
    [
        (
            outlook(
                HIRING_MANAGER,
                "Interview: Data Engineer",
                "Hi Rowan,\n\nYour recruiting coordinator, Lena Fischer "
                "(lena.fischer@brightfield.example), will send you the agenda before the day."
                "\n\nDaniel Okoro\nEngineering Manager",
            ),
            "Lena Fischer",
            "lena.fischer@brightfield.example",
            "Daniel Okoro",
        ),
        (
            mail(
                "Daniel Okoro <daniel.okoro@brightfield.example>",
                "Interview: Data Engineer",
                "Hi Rowan,\n\nThe invite is attached. For any change, please reply to this "
                "mail and our coordinator Priya Nair will help.\n\nDaniel Okoro\n"
                "Engineering Manager",
                HM_CAL,
                "Reply-To: Priya Nair <priya.nair@brightfield.example>\r\n",
            ),
            "Priya Nair",
            "priya.nair@brightfield.example",
            "Daniel Okoro",
        ),
        (
            outlook(
                "CN=Johan Berg:mailto:johan.berg@fjallvind.se",
                "Intervju: Projektledare",
                "Hej Rowan,\n\nVälkommen på intervju.\n\nDin kontaktperson på rekryteringen "
                "är Elin Lindqvist (elin.lindqvist@fjallvind.se), som skickar mer information."
                "\n\nJohan Berg\nAvdelningschef",
            ),
            "Elin Lindqvist",
            "elin.lindqvist@fjallvind.se",
            "Johan Berg",
        ),
        (
            outlook(
                "CN=Thomas Weber:mailto:thomas.weber@brenner-logistik.de",
                "Vorstellungsgespräch: Disponent (m/w/d)",
                "Guten Tag,\n\nbei Fragen wenden Sie sich bitte an unsere "
                "Recruiting-Koordinatorin Julia Brenner (julia.brenner@brenner-logistik.de)."
                "\n\nThomas Weber\nLeiter Disposition",
            ),
            "Julia Brenner",
            "julia.brenner@brenner-logistik.de",
            "Thomas Weber",
        ),
    ],
)
def test_the_coordinator_the_text_names_over_the_hiring_manager_who_organized_it(
    data: str | bytes, coordinator: str, email: str, organizer: str
) -> None:
    interview = read(data, "hm.eml" if isinstance(data, bytes) else "hm.ics").interview
    assert interview.coordinator is not None
    assert (interview.coordinator.name, interview.coordinator.email) == (coordinator, email)
    assert organizer in [p.name for p in interview.interviewers]


# ---------------------------------------------------------------- kind 1: zones by city


@pytest.mark.parametrize(
    ("sender", "subject", "text", "zone"),
    [
        (
            "Reclutamiento <rh@hotel-caribe.com.mx>",
            "Entrevista: Gerente de Recepción",
            "Hola Rowan,\n\nTu entrevista es el martes 19 de enero de 2027 a las 10:00 a.m. en "
            "nuestras oficinas de Cancún.\n\nSaludos,\nMariana Garza",
            "America/Cancun",
        ),
        (
            "RH <rh@pantanal-agro.com.br>",
            "Entrevista: Agrônomo",
            "Olá Rowan,\n\nSua entrevista será na terça-feira, 19 de janeiro de 2027, às 10:00, "
            "em nosso escritório em Cuiabá.\n\nAtenciosamente,\nJuliana Souza",
            "America/Cuiaba",
        ),
        (
            "HR <hr@nusantara-kopi.co.id>",
            "Wawancara: Staf Gudang",
            "Halo Rowan,\n\nWawancara Anda dijadwalkan pada Selasa, 19 Januari 2027 pukul 10:00 "
            "di kantor Makassar.\n\nSalam,\nDewi Lestari",
            "Asia/Makassar",
        ),
        (
            "Talent <talent@lir-analytics.ie>",
            "Interview invitation - Data Engineer",
            "Hi Rowan,\n\nWe'd love to invite you to a video interview.\n\nWhen: Tuesday 19 "
            "January 2027, 10:00 AM IST\nWhere: Microsoft Teams\n\nKind regards,\n"
            "Niamh Byrne\nTalent Acquisition",
            "Europe/Dublin",
        ),
    ],
)
def test_the_city_a_text_names_gives_the_zone_in_a_country_of_several(
    sender: str, subject: str, text: str, zone: str
) -> None:
    interview = read(mail(sender, subject, text), "zone.eml").interview
    assert (interview.tz, interview.time.isoformat()) == (zone, "10:00:00")


def test_an_address_whose_street_ends_in_a_word_like_a_legal_form_is_no_company() -> None:
    # "Pte." is Mexico's "Poniente" (west) in an address, Singapore's private limited elsewhere
    invite = read(
        mail(
            "Reclutamiento <reclutamiento@aceros-norte.com.mx>",
            "Entrevista: Ingeniero de Procesos",
            "Hola Rowan,\n\nTe confirmamos tu entrevista presencial el martes 19 de enero de "
            "2027 a las 10:00 a.m.\n\nDirección: Av. Constitución 400 Pte., Centro, 64000 "
            "Monterrey, N.L.\n\nSaludos,\nMariana Garza\nReclutadora",
        ),
        "mty.eml",
    )
    assert (invite.interview.company, invite.interview.tz) == ("Aceros Norte", "America/Monterrey")
