"""Issue 9 (session 23): facts from invites the reader had never seen, in the shapes Google
Calendar, Outlook/Exchange and tracking systems' mails write them, with invented names, in
many languages:

- kind 1, the role: no company in brackets after it ("Project Architect (Wattle & Gum)"), no
  day said after a comma in any language ("…, 3 czerwca", "…, le 4 juin"), its dash kept
  ("Process Engineer – Welding") and its words after "en" kept ("Analyste en logistique");
- kind 2, forms of address of other languages no part of a name ("Sir", "Ma'am", "-ji",
  "様", "さん", "Frau");
- kind 3, people listed in scripts without letter case (Hebrew, Arabic) or with letters
  outside Latin-1 and Latin Extended-A (Romanian "Ș", "Ț");
- kind 4, the company the text writes beats one made from the mail domain.
"""

from __future__ import annotations

import pytest

from helpers_invites import coordinator, google, guest, interviewers, mail, outlook, read


def organized(name: str, email: str, summary: str, description: str) -> dict[str, str]:
    """The company and role read from a Google Calendar invite `name` sends and attends."""
    invite = read(google(f"CN={name}:mailto:{email}", summary, description, guest(name, email)))
    return {"company": invite.interview.company, "role": invite.interview.role}


# ---------------------------------------------------------------- kind 1: the role


@pytest.mark.parametrize(
    ("summary", "description", "role"),
    [
        (
            "Rozmowa kwalifikacyjna – Specjalista ds. zakupów, 3 czerwca",
            "Dzień dobry,\n\nzapraszam na rozmowę kwalifikacyjną na stanowisko Specjalista ds. "
            "zakupów.\n\nPozdrawiam\nAgnieszka Wrona\nHR Business Partner",
            "Specjalista ds. zakupów",
        ),
        (
            "Entretien – Chargée de communication, le 4 juin",
            "Bonjour Rowan,\n\nJe vous confirme notre entretien pour le poste de Chargée de "
            "communication.\n\nCordialement,\nAgnieszka Wrona\nResponsable RH",
            "Chargée de communication",
        ),
        (
            "Interview – Data Analyst, Thursday 3 June",
            "Hi Rowan,\n\nLooking forward to speaking with you about the Data Analyst role.\n\n"
            "Agnieszka Wrona\nAnalytics Lead",
            "Data Analyst",
        ),
        (
            "Entrevista: Técnico de mantenimiento, martes 8 de junio",
            "Hola Rowan,\n\nTe confirmo la entrevista para el puesto de Técnico de "
            "mantenimiento.\n\nAgnieszka Wrona\nJefa de Planta",
            "Técnico de mantenimiento",
        ),
        (
            "Sollicitatiegesprek Planner, dinsdag 8 juni",
            "Beste Rowan,\n\nTot dinsdag.\n\nAgnieszka Wrona\nTeamleider",
            "Planner",
        ),
        (
            "Vorstellungsgespräch Elektroniker für Betriebstechnik, 5. Juni",
            "Guten Tag,\n\nwir freuen uns auf das Gespräch.\n\nAgnieszka Wrona\nMeisterin",
            "Elektroniker für Betriebstechnik",
        ),
        (
            "Colloquio – Tecnico di laboratorio, 9 giugno",
            "Buongiorno,\n\nconfermo il colloquio.\n\nAgnieszka Wrona\nResponsabile Qualità",
            "Tecnico di laboratorio",
        ),
    ],
)
def test_a_day_said_after_the_role_in_any_language_is_no_part_of_it(
    summary: str, description: str, role: str
) -> None:
    email = "agnieszka.wrona@baltyk-chem.example"
    assert organized("Agnieszka Wrona", email, summary, description)["role"] == role


@pytest.mark.parametrize(
    ("summary", "description", "company", "role"),
    [
        (
            "Entretien : Chef de projet (Atelier Sorelle), le 4 juin",
            "Bonjour,\n\nMerci pour votre intérêt pour Atelier Sorelle.\n\nSam Okafor\nDirecteur",
            "Atelier Sorelle",
            "Chef de projet",
        ),
        (
            "Entrevista – Analista de Dados (Maré Digital)",
            "Olá Rowan,\n\nobrigado pelo interesse na Maré Digital.\n\nSam Okafor\nGerente",
            "Maré Digital",
            "Analista de Dados",
        ),
    ],
)
def test_the_company_in_brackets_after_the_role_that_the_text_writes_is_the_company(
    summary: str, description: str, company: str, role: str
) -> None:
    # the mail domain spells another name (a group's shared mail system)
    found = organized("Sam Okafor", "sam.okafor@ironvale.example", summary, description)
    assert found == {"company": company, "role": role}


def test_a_company_in_brackets_the_sentence_names_before_a_short_word_and_full_stop() -> None:
    invite = read(
        mail(
            "Talent Team <careers@wattleandgum.example>",
            "Interview: Project Architect (Wattle & Gum)",
            "Hi Rowan,\n\nThank you for applying to Wattle & Gum. We would like to invite you "
            "to an interview for the Project Architect role on Tuesday 19 January at 10:00.\n\n"
            "Kind regards,\nMolly Finch\nTalent Partner, Wattle & Gum",
        ),
        "wattle.eml",
    )
    assert invite.interview.company == "Wattle & Gum"
    assert invite.interview.role == "Project Architect"


def test_a_role_with_a_dash_inside_keeps_it_and_its_second_half_is_no_company() -> None:
    found = organized(
        "Sam Okafor",
        "sam.okafor@ironvale.example",
        "Interview – Process Engineer – Welding",
        "Hi Rowan,\n\nLooking forward to our chat about the Process Engineer – Welding role."
        "\n\nSam Okafor\nPlant Manager",
    )
    assert found == {"company": "Ironvale", "role": "Process Engineer – Welding"}


@pytest.mark.parametrize(
    ("summary", "description", "role"),
    [
        (
            "Entretien Analyste en logistique",
            "Bonjour,\n\nMerci pour votre candidature au poste d'Analyste en logistique chez "
            "Transalpes. Je vous propose un entretien.\n\nJulie Martin\nRecrutement",
            "Analyste en logistique",
        ),
        (
            "Entretien",
            "Bonjour,\n\nMerci pour votre candidature au poste de Technicien en maintenance "
            "industrielle chez Transalpes.\n\nJulie Martin\nRecrutement",
            "Technicien en maintenance industrielle",
        ),
    ],
)
def test_a_role_whose_words_go_on_after_en_is_read_whole(
    summary: str, description: str, role: str
) -> None:
    email = "julie.martin@transalpes.example"
    assert organized("Julie Martin", email, summary, description) == {
        "company": "Transalpes",
        "role": role,
    }


@pytest.mark.parametrize(
    ("description", "role"),
    [
        (
            "Guten Tag,\n\nvielen Dank für Ihre Bewerbung als Sachbearbeiter im Einkauf bei "
            "der Ironvale GmbH.\n\nSam Okafor",
            "Sachbearbeiter im Einkauf",
        ),
        (
            "Guten Tag,\n\nvielen Dank für Ihre Bewerbung als Referentin für "
            "Unternehmenskommunikation.\n\nSam Okafor",
            "Referentin für Unternehmenskommunikation",
        ),
        (
            "Bonjour,\n\nvotre candidature au poste de Responsable de la maintenance a "
            "retenu notre attention.\n\nSam Okafor",
            "Responsable de la maintenance",
        ),
    ],
)
def test_a_role_the_text_says_after_its_lead_is_read_past_its_joining_words(
    description: str, role: str
) -> None:
    email = "sam.okafor@ironvale.example"
    assert organized("Sam Okafor", email, "Gespräch", description)["role"] == role


def test_a_hebrew_day_joined_to_its_preposition_is_no_part_of_the_role() -> None:
    invite = read(
        mail(
            "גיוס <jobs@galil-systems.example>",
            "זימון לראיון – מהנדס בדיקות",
            "שלום Rowan,\n\nנשמח לראות אותך לראיון לתפקיד מהנדס בדיקות ב-19.01.2027 בשעה "
            "10:00.\n\nמראיינים:\nדנה לוי – מנהלת משאבי אנוש\nיוסי כהן – ראש צוות פיתוח\n\n"
            "בברכה,\nצוות הגיוס",
        ),
        "he.eml",
    )
    assert invite.interview.role == "מהנדס בדיקות"
    # a sender's name that says "Recruiting" is a team, no coordinator
    assert coordinator(invite) is None
    # kind 3: a list in a script without letter case
    assert interviewers(invite) == {"דנה לוי": "מנהלת משאבי אנוש", "יוסי כהן": "ראש צוות פיתוח"}


# ---------------------------------------------------------------- kind 2: forms of address


def test_the_philippines_sir_and_maam_are_no_part_of_the_names() -> None:
    invite = read(
        mail(
            "Recruitment <hr@bayanihan-foods.example>",
            "Interview Invitation – Production Supervisor",
            "Hi Rowan,\n\nGood day! You are invited for a final interview for the Production "
            "Supervisor position on January 19, 2027 at 10:00 AM.\n\nYou will be interviewed "
            "by Sir Paolo Reyes (Operations Manager) and Ma'am Liza Santos (HR Supervisor)."
            "\n\nThank you,\nBayanihan Foods Recruitment",
        ),
        "ph.eml",
    )
    assert interviewers(invite) == {
        "Paolo Reyes": "Operations Manager",
        "Liza Santos": "HR Supervisor",
    }


def test_hindis_ji_after_a_name_is_no_part_of_it() -> None:
    invite = read(
        mail(
            "HR <hr@ganga-textiles.example>",
            "Interview – Quality Manager",
            "Dear Rowan,\n\nYour interview for the Quality Manager role is on 19 January 2027 "
            "at 11:00 IST.\n\nYou will meet Rajesh Sharma-ji (Plant Head).\n\nRegards,\n"
            "Ganga Textiles HR",
        ),
        "in.eml",
    )
    assert interviewers(invite) == {"Rajesh Sharma": "Plant Head"}


def test_a_german_form_of_address_is_no_part_of_a_name_read_from_a_list() -> None:
    invite = read(
        mail(
            "Personalabteilung <karriere@kernwerk.example>",
            "Einladung zum Vorstellungsgespräch – Konstrukteur",
            "Sehr geehrter Herr Adeyemi,\n\nwir laden Sie am 19.01.2027 um 10:00 Uhr zum "
            "Vorstellungsgespräch als Konstrukteur ein.\n\nIhre Gesprächspartner:\n"
            "Herr Dr. Tobias Kern (Leiter Entwicklung)\nFrau Sabine Ott (Personalreferentin)"
            "\n\nMit freundlichen Grüßen\nKernwerk GmbH",
        ),
        "de.eml",
    )
    assert interviewers(invite) == {
        "Tobias Kern": "Leiter Entwicklung",
        "Sabine Ott": "Personalreferentin",
    }
    assert coordinator(invite) in (None, "Sabine Ott")


@pytest.mark.parametrize(
    "listed",
    [
        "面接官：山田太郎様（製造部長）、佐藤花子さん（人事課）",
        "面接官：製造部長 山田太郎、人事課 佐藤花子",
    ],
)
def test_japanese_words_of_respect_after_a_name_are_no_part_of_it(listed: str) -> None:
    invite = read(
        mail(
            "採用担当 <saiyo@sakura-denki.example>",
            "【さくら電機】面接のご案内（生産技術エンジニア）",
            f"Rowan様\n\n生産技術エンジニアの面接についてご案内いたします。\n\n日時：2027年1月"
            f"19日 10:00\n{listed}\n\nよろしくお願いいたします。\nさくら電機 採用担当",
        ),
        "ja.eml",
    )
    assert interviewers(invite) == {"山田太郎": "製造部長", "佐藤花子": "人事課"}


def test_korean_title_and_name_lines_under_a_label_alone() -> None:
    invite = read(
        mail(
            "채용팀 <recruit@dasan-bio.example>",
            "면접 안내 – 연구원",
            "안녕하세요,\n\n연구원 면접 일정 안내드립니다. 2027년 1월 19일 10:00\n\n면접관:\n"
            "팀장: 박지훈\n인사담당: 최유나\n\n감사합니다.",
        ),
        "ko.eml",
    )
    assert interviewers(invite) == {"박지훈": "팀장", "최유나": "인사담당"}


def test_a_ji_after_a_name_in_a_list_leaves_the_name_and_its_title() -> None:
    invite = read(
        mail(
            "HR <hr@ganga-textiles.example>",
            "Interview – Quality Manager",
            "Dear Rowan,\n\nYour interview for the Quality Manager role is on 19 January 2027 "
            "at 11:00 IST.\n\nYou will meet Rajesh Sharma-ji (Plant Head) and Meena Iyer ji "
            "(HR Head).\n\nRegards,\nGanga Textiles HR",
        ),
        "in2.eml",
    )
    assert interviewers(invite) == {"Rajesh Sharma": "Plant Head", "Meena Iyer": "HR Head"}
    # kind 4: the signature's team word is no part of the company
    assert invite.interview.company == "Ganga Textiles"


# ---------------------------------------------------------------- kind 3: scripts


@pytest.mark.parametrize(
    ("sender", "subject", "text", "people"),
    [
        (
            "التوظيف <jobs@nakheel-eng.example>",
            "دعوة لمقابلة – مهندس مدني",
            "مرحباً Rowan،\n\nيسعدنا دعوتك لمقابلة لوظيفة مهندس مدني يوم 19/01/2027 الساعة "
            "10:00.\n\nالمقابلة مع: أحمد الخطيب (مدير الهندسة)\n\nمع التحية،\nفريق التوظيف",
            {"أحمد الخطيب": "مدير الهندسة"},
        ),
        (
            "HR <hr@carpati-lemn.example>",
            "Invitație la interviu – Inginer proiectant",
            "Bună ziua Rowan,\n\nVă invităm la un interviu pentru postul de Inginer proiectant "
            "pe 19.01.2027 la ora 10:00.\n\nIntervievator: Ștefan Mărgineanu – Director tehnic"
            "\n\nCu stimă,\nDepartamentul HR",
            {"Ștefan Mărgineanu": "Director tehnic"},
        ),
        (
            "HR <hr@carpati-lemn.example>",
            "Invitație la interviu – Inginer proiectant",
            "Bună ziua,\n\nVă așteptăm pe 19.01.2027 la ora 10:00.\n\nVeți discuta cu:\n"
            "Țugui Ana-Maria – Manager resurse umane\nȘerban Ionuț – Șef de șantier\n\n"
            "Cu stimă,\nDepartamentul HR",
            {
                "Țugui Ana-Maria": "Manager resurse umane",
                "Șerban Ionuț": "Șef de șantier",
            },
        ),
    ],
)
def test_interviewers_in_every_script_are_read_from_their_list(
    sender: str, subject: str, text: str, people: dict[str, str]
) -> None:
    assert interviewers(read(mail(sender, subject, text), "script.eml")) == people


def test_titles_written_above_the_names_under_a_label_are_the_titles() -> None:
    invite = read(
        mail(
            "Personal <personal@moorfeld-bau.example>",
            "Vorstellungsgespräch Bauleiter",
            "Guten Tag Herr Adeyemi,\n\nwir bestätigen Ihr Gespräch am 19.01.2027 um 10:00 Uhr."
            "\n\nIhre Gesprächspartner:\n\nLeiter Technik\nJens Haller\n\nTeamleiterin "
            "Bauleitung\nMarion Kluge\n\nMit freundlichen Grüßen\nPersonalabteilung",
        ),
        "de.eml",
    )
    assert interviewers(invite) == {
        "Jens Haller": "Leiter Technik",
        "Marion Kluge": "Teamleiterin Bauleitung",
    }
    # "Personal" is the German department's name, nobody's; its box's domain is the employer's
    assert coordinator(invite) is None
    assert invite.interview.company.lower() == "moorfeld bau"


def test_a_hebrew_list_of_names_with_titles_in_brackets_on_one_line() -> None:
    organizer = "נועה ברק"
    email = "noa.barak@galil-systems.example"
    invite = read(
        google(
            f"CN={organizer}:mailto:{email}",
            "ראיון עבודה – מפתח/ת Backend",
            "שלום Rowan,\n\nמראיינים: אבי מזרחי (ראש צוות), נועה ברק (מגייסת)\n\nבהצלחה",
            guest(organizer, email),
        )
    )
    assert interviewers(invite) == {"אבי מזרחי": "ראש צוות", "נועה ברק": "מגייסת"}
    # kind 1: the subject's interview words are no role, its job title no company
    assert invite.interview.role == "מפתח/ת Backend"


def test_title_colon_name_lines_under_an_interviewers_label() -> None:
    invite = read(
        mail(
            "HR <hr@volga-soft.example>",
            "Собеседование – Аналитик данных",
            "Здравствуйте, Rowan!\n\nСобеседование 19.01.2027 в 10:00.\n\nИнтервьюеры:\n"
            "Руководитель отдела аналитики: Олег Петров\n\nС уважением,\nHR-отдел",
        ),
        "ru.eml",
    )
    assert interviewers(invite) == {"Олег Петров": "Руководитель отдела аналитики"}


def test_a_table_of_interviewers_with_headers_in_vietnamese() -> None:
    invite = read(
        mail(
            "Tuyển dụng <hr@saigon-logistics.example>",
            "Thư mời phỏng vấn – Nhân viên kho, ngày 19/01",
            "Chào Rowan,\n\nThời gian: 10:00 ngày 19/01/2027\n\n| Người phỏng vấn | Chức vụ |\n"
            "|---|---|\n| Lê Văn Tâm | Trưởng kho |\n| Đỗ Minh Quân | Giám đốc vận hành |\n\n"
            "Trân trọng,\nPhòng Nhân sự",
        ),
        "vi.eml",
    )
    assert interviewers(invite) == {
        "Lê Văn Tâm": "Trưởng kho",
        "Đỗ Minh Quân": "Giám đốc vận hành",
    }
    # kind 1: "ngày 19/01" (the day, in figures) is no part of the role
    assert invite.interview.role == "Nhân viên kho"


# ---------------------------------------------------------------- kind 4: the company


def test_the_company_the_text_writes_in_full_beats_the_subjects_short_form() -> None:
    invite = read(
        mail(
            "Recruiting <jobs@hlt.example>",
            "Your interview at Hollowtree – Store Manager",
            "Hi Rowan,\n\nYour interview with Hollowtree Living Goods for the Store Manager "
            "position is on 19 January 2027 at 10:00.\n\nHollowtree Living Goods Recruiting",
        ),
        "hollowtree.eml",
    )
    assert invite.interview.company == "Hollowtree Living Goods"
    # the signature's company and team are nobody
    assert interviewers(invite) == {}


def test_a_company_said_in_full_before_a_possessive_is_read_without_it() -> None:
    invite = read(
        mail(
            "Redbrook Careers <careers@redbrook.example>",
            "Your phone interview with Redbrook",
            "Hi Rowan,\n\nWelcome to Redbrook Tidewater Energy's hiring process! A phone "
            "interview has been scheduled for the Field Technician role on 19 January 2027 at "
            "10:00.",
        ),
        "possessive.eml",
    )
    assert invite.interview.company == "Redbrook Tidewater Energy"


@pytest.mark.parametrize(
    ("sender", "signature", "company"),
    [
        ("Recruitment <hr@bayanihan-foods.example>", "Bayanihan Foods Recruitment",
         "Bayanihan Foods"),
        ("HR <hr@siam-pack.example>", "Siam Pack HR", "Siam Pack"),
        ("Reclutamiento <rh@grupo-tulum.example>", "Reclutamiento Grupo Tulum", "Grupo Tulum"),
    ],
)  # fmt: skip
def test_a_team_signature_names_the_company_without_the_teams_word(
    sender: str, signature: str, company: str
) -> None:
    invite = read(
        mail(
            sender,
            "Interview invitation – Maintenance Engineer",
            "Dear Rowan,\n\nWe are pleased to invite you to an interview for the Maintenance "
            f"Engineer position on 19 January 2027 at 10:00.\n\nBest regards,\n{signature}",
        ),
        "team.eml",
    )
    assert invite.interview.company == company


# ---------------------------------------------------------------- kind 5: who arranges


@pytest.mark.parametrize(
    ("organizer", "summary", "description", "expected_coordinator", "expected_interviewers"),
    [
        (
            'CN="Brandt, Oliver":mailto:oliver.brandt@falkenhain-logistik.example',
            "Vorstellungsgespräch Disponent",
            "Guten Tag Herr Adeyemi,\n\nich freue mich auf unser Gespräch.\n\nIhre "
            "Ansprechpartnerin für alle Fragen zum Termin ist Frau Sabine Keller, Recruiting "
            "(sabine.keller@falkenhain-logistik.example, +49 40 555 0100).\n\nMit freundlichen "
            "Grüßen\nOliver Brandt\nLeiter Disposition\nFalkenhain Logistik GmbH",
            "Sabine Keller",
            {"Oliver Brandt": "Leiter Disposition"},
        ),
        (
            'CN="Walsh, Irene":mailto:irene.walsh@harrowgate.example',
            "Interview - Senior Analyst",
            "Hi Rowan,\n\nLooking forward to our conversation.\n\nCoordinator: Priya Nair "
            "(priya.nair@harrowgate.example)\n\nIrene Walsh | Head of FP&A | Harrowgate",
            "Priya Nair",
            {"Irene Walsh": "Head of FP&A"},
        ),
        (
            'CN="Lefèvre, Camille":mailto:camille.lefevre@vallaure.example',
            "Entretien – Contrôleur de gestion",
            "Bonjour Rowan,\n\nJe mènerai l'entretien avec vous. Pour toute question "
            "logistique, contactez Julien Marchal, chargé de recrutement "
            "(julien.marchal@vallaure.example).\n\nCamille Lefèvre\nDirectrice financière",
            "Julien Marchal",
            {"Camille Lefèvre": "Directrice financière"},
        ),
    ],
)
def test_an_exchange_organizer_who_interviews_and_the_coordinator_the_text_names(
    organizer: str,
    summary: str,
    description: str,
    expected_coordinator: str,
    expected_interviewers: dict[str, str],
) -> None:
    invite = read(outlook(organizer, summary, description))
    assert coordinator(invite) == expected_coordinator
    assert interviewers(invite) == expected_interviewers


def test_the_writer_named_after_with_me_interviews_with_their_title() -> None:
    invite = read(
        outlook(
            'CN="Okoro, Chidi":mailto:chidi.okoro@lagoonbank.example',
            "Interview: Credit Risk Analyst",
            "Dear Rowan,\n\nThis invite is for your interview with me, Chidi Okoro (Head of "
            "Credit Risk).\n\nRegards,\nChidi",
        )
    )
    assert interviewers(invite) == {"Chidi Okoro": "Head of Credit Risk"}
