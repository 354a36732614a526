"""Kinds of fault `followup check` still got wrong on notes it had never seen (session 24,
issue 8: the exact rules for names, template slots and false alarms), each in new wording, in
formal letters, short emails, cards and panel notes from several countries, with the READY twin
that shares its words:

1. a wrong company or person only in a header-like line: a Subject line below a letter's
   address blocks, the "Re:", "RE:", "Sub:", "Ref:" reference line of a formal letter, an
   "Attention:" / "Attn:" / "For the attention of" line, a P.S. line; the right name there
   (or a short form of it, or the candidate's own employer) stays allowed;
2. a near-name that shares words with the recorded one, an everyday word of the company's
   kept and its other word changed ("Little Sprouts Preschool" for Little Acorns Preschool);
   the right name with or without its kind word, its initials and its possessive stay allowed;
3. template slots of every shape inside sentences are placeholders only (SCHOOL_NAME,
   PRACTICE_NAME, "[  ]"), never a wrong name; braces in a path, acronyms and real names in
   capitals stay clean;
4. product, standard and brand names in capitals or mixed case ("Raiser's Edge NXT", "MS
   Dynamics NAV", "Oracle Fusion Cloud") are neither text-speak, nor a titled person, nor a
   wrong organisation; text-speak and shouting are still caught."""

from __future__ import annotations

import pytest

from conftest import checked
from followup.core.check import Facts

FIRM = Facts(
    "Marlowe & Finch Solicitors",
    "Trainee Solicitor",
    ("Catriona Bell", "Gareth Lloyd"),
    ("the conveyancing caseload",),
    own_employers=("Pryce Legal Services",),
)
FREIGHT = Facts(
    "Northfield Logistics Ltd",
    "Transport Planner",
    ("Aoife Brennan", "Kwame Asante"),
    ("the cross-dock rota",),
)
INDIA = Facts(
    "Sahyadri Agro Foods Pvt Ltd",
    "Quality Assurance Executive",
    ("Meenakshi Iyer",),
    ("the cold-chain audit",),
)
PRESCHOOL = Facts(
    "Little Acorns Preschool",
    "Lead Teacher",
    ("Rosalind Pike", "Deepa Nair"),
    ("the forest school afternoons",),
)
HEALTH = Facts(
    "Crestview Health",
    "Clinical Coordinator",
    ("Marisol Vega",),
    ("the discharge planning huddle",),
)
ACADEMY = Facts(
    "Harrow Vale Academy",
    "Science Teacher",
    ("Imogen Clarke",),
    ("the Year 9 practical assessments",),
)
CHARITY = Facts(
    "Riverbend Community Foundation",
    "Development Officer",
    ("Helena Voss",),
    ("the spring appeal",),
)


def issue_codes(rules, model, text: str, facts: Facts, kind: str = "email") -> set[str]:
    return {f.code for f in checked(rules, model, text, facts, kind).issues}


def verdict(rules, model, text: str, facts: Facts, kind: str = "email") -> str:
    return checked(rules, model, text, facts, kind).verdict


# -- 1. header-like lines ------------------------------------------------------------------------

LETTER_BODY = (
    "Dear Ms Bell,\n\nThank you for interviewing me on Tuesday and for explaining the"
    " conveyancing caseload. I have two years of experience as a paralegal, and I remain very"
    " interested in the training contract and excited about joining the firm. Please let me know"
    " if I can provide anything else.\n\nYours sincerely,\n\nOwen Pryce\n"
)
ADDRESSES = (
    "Owen Pryce\n14 Castle Street\nCardiff CF10 1BS\n\n12 May 2025\n\n"
    "Ms Catriona Bell\nMarlowe & Finch Solicitors\n3 Quay Street\nBristol BS1 4DB\n\n"
)
EMAIL_BODY = (
    "Dear Ms Brennan,\n\nThank you for your time on Tuesday and for walking me through the"
    " cross-dock rota. I have five years of experience planning regional routes, and I am very"
    " interested in the role and excited to join the team at Northfield Logistics. Please let"
    " me know if I can provide anything else.\n\nBest regards,\nSam Ortega\n"
)
INDIA_BODY = (
    "Respected Madam,\n\nThank you for the interview on Monday and for explaining the cold-chain"
    " audit. I have four years of experience in FSSAI compliance and HACCP audits, and I am very"
    " interested in the role and eager to join the quality team. Kindly let me know if any"
    " further documents are needed.\n\nThanks and regards,\nRohit Kulkarni\n"
)

HEADER_WRONG = [
    (ADDRESSES + "Re: Trainee Solicitor interview - Hartwell Lyons LLP\n\n" + LETTER_BODY, FIRM),
    (ADDRESSES + "Subject: Thank you for the interview at Hartwell Lyons\n\n" + LETTER_BODY, FIRM),
    (ADDRESSES + "RE: Your interview with Hartwell Lyons on 6 May\n\n" + LETTER_BODY, FIRM),
    ("Re: Transport Planner interview, Harbourline Freight\n\n" + EMAIL_BODY, FREIGHT),
    ("RE: Your interview with Harbourline Freight on 4 March\n\n" + EMAIL_BODY, FREIGHT),
    ("Attention: Harbourline Freight Human Resources\n\n" + EMAIL_BODY, FREIGHT),
    ("Attn: Recruitment Team, Harbourline Freight\n\n" + EMAIL_BODY, FREIGHT),
    ("Attn: Aoife Brennan, Harbourline Freight Ltd\n\n" + EMAIL_BODY, FREIGHT),
    (
        "Sub: Thank you for the interview at Deccan Spice Exports Pvt Ltd\n\n" + INDIA_BODY,
        INDIA,
    ),
    ("Subject: Interview follow-up - QA Executive, Deccan Spice Exports\n\n" + INDIA_BODY, INDIA),
    ("Ref: QA Executive interview with Deccan Spice Exports\n\n" + INDIA_BODY, INDIA),
    (
        "For the attention of: Hartwell Lyons Graduate Recruitment\n\n" + LETTER_BODY,
        FIRM,
    ),
    (
        LETTER_BODY + "\nPS - please pass my thanks to everyone at Hartwell Lyons for the tour.\n",
        FIRM,
    ),
    (LETTER_BODY + "\nP.S. My thanks again to everyone at Hartwell Lyons.\n", FIRM),
    (
        EMAIL_BODY + "\nP.S. I enjoyed hearing about the new depot plans at Harbourline Freight.\n",
        FREIGHT,
    ),
]

HEADER_RIGHT = [
    (ADDRESSES + "Re: Trainee Solicitor interview - Marlowe & Finch\n\n" + LETTER_BODY, FIRM),
    (ADDRESSES + "Subject: Thank you for the interview at Marlowe & Finch\n\n" + LETTER_BODY, FIRM),
    (ADDRESSES + "RE: Your interview with Ms Bell on 6 May\n\n" + LETTER_BODY, FIRM),
    ("Re: Transport Planner interview, Northfield Logistics\n\n" + EMAIL_BODY, FREIGHT),
    ("RE: Your interview with Northfield on 4 March\n\n" + EMAIL_BODY, FREIGHT),
    ("Attention: Northfield Logistics Human Resources\n\n" + EMAIL_BODY, FREIGHT),
    ("Attn: Recruitment Team, Northfield Logistics Ltd\n\n" + EMAIL_BODY, FREIGHT),
    ("Attention: Graduate Recruitment Team\n\n" + LETTER_BODY, FIRM),
    ("Sub: Thank you for the interview at Sahyadri Agro Foods Pvt Ltd\n\n" + INDIA_BODY, INDIA),
    ("Subject: Interview follow-up - QA Executive, Sahyadri Agro Foods\n\n" + INDIA_BODY, INDIA),
    ("Ref: QA Executive interview (ref. QA/2025/114)\n\n" + INDIA_BODY, INDIA),
    ("Re: Thank you for Tuesday's interview\n\n" + LETTER_BODY, FIRM),
    ("Re: Application for Trainee Solicitor (ref. TS-2025-14)\n\n" + LETTER_BODY, FIRM),
    # the candidate's own employer, said as such
    ("Subject: Thank you - Trainee Solicitor interview (Owen Pryce)\n\n" + LETTER_BODY, FIRM),
    (
        LETTER_BODY + "\nP.S. My two years at Pryce Legal Services taught me to run a caseload.\n",
        FIRM,
    ),
    (LETTER_BODY + "\nP.S. My thanks again to everyone at Marlowe & Finch.\n", FIRM),
    (EMAIL_BODY + "\nP.S. I enjoyed hearing about the new depot plans at Northfield.\n", FREIGHT),
]


CAPITALS_WRONG = [
    "RE: THANK YOU - TRAINEE SOLICITOR INTERVIEW AT HARTWELL LYONS LLP",
    "RE: TRAINEE SOLICITOR INTERVIEW - HARTWELL LYONS",
    "SUBJECT: THANK YOU FOR THE INTERVIEW WITH HARTWELL LYONS",
]
CAPITALS_RIGHT = [
    "RE: THANK YOU - TRAINEE SOLICITOR INTERVIEW AT MARLOWE & FINCH",
    "RE: TRAINEE SOLICITOR INTERVIEW - OWEN PRYCE",
    "SUBJECT: INTERVIEW WITH MS BELL ON 6 MAY",
    "RE: THANK YOU FOR THE INTERVIEW AT THE BRISTOL OFFICE",
    "RE: INTERVIEW AT MARLOWE & FINCH SOLICITORS, BRISTOL",
    "RE: APPLICATION - TRAINEE SOLICITOR (SEPTEMBER 2026 INTAKE)",
    "RE: INTERVIEW ON TUESDAY 6 MAY AT 10AM",
    "RE: INTERVIEW AT QUAY STREET",
]


@pytest.mark.parametrize("line", CAPITALS_WRONG)
def test_a_wrong_name_in_a_header_line_in_capitals(rules, model, line) -> None:
    text = line + "\n\n" + LETTER_BODY
    found = [f for f in checked(rules, model, text, FIRM, "letter").issues]
    assert [f.excerpt for f in found if f.code == "name_mismatch"][0].startswith("HARTWELL")


@pytest.mark.parametrize("line", CAPITALS_RIGHT)
def test_a_right_header_line_in_capitals_is_ready(rules, model, line) -> None:
    assert verdict(rules, model, line + "\n\n" + LETTER_BODY, FIRM, "letter") == "ready"


@pytest.mark.parametrize(("text", "facts"), HEADER_WRONG)
def test_a_wrong_name_in_a_header_line_is_a_mismatch(rules, model, text, facts) -> None:
    kind = "letter" if "Yours sincerely" in text else "email"
    assert "name_mismatch" in issue_codes(rules, model, text, facts, kind)


@pytest.mark.parametrize(("text", "facts"), HEADER_RIGHT)
def test_the_right_name_in_a_header_line_is_ready(rules, model, text, facts) -> None:
    kind = "letter" if "Yours sincerely" in text else "email"
    assert verdict(rules, model, text, facts, kind) == "ready"


def test_the_header_mismatch_keeps_offsets_and_a_suggestion(rules, model) -> None:
    text = "Re: Transport Planner interview, Harbourline Freight\n\n" + EMAIL_BODY
    found = [f for f in checked(rules, model, text, FREIGHT).issues if f.code == "name_mismatch"]
    assert [f.excerpt for f in found] == ["Harbourline Freight"]
    assert text[found[0].start : found[0].end] == "Harbourline Freight"
    assert "Northfield Logistics Ltd" in found[0].suggestion


WINERY = Facts(
    "Kowhai Valley Winery",
    "Cellar Hand",
    ("Aroha Ngata", "Tom Reid"),
    ("the vintage roster",),
)
WINERY_NOTE = (
    "Dear Aroha,\n\nThank you for showing me the cellar on Friday and for explaining the vintage"
    " roster. I have three years of experience working vintages on the crush pad, and I am very"
    " interested in the role and keen to join the team. Please let me know if I can provide"
    " anything else.\n\nKind regards,\nMere Tipene\n"
)
WINERY_WRONG = [
    "Subject: RE: Cellar Hand interview - Glenview Estate Wines\n\n" + WINERY_NOTE,
    "Subject: Cellar Hand application - Glenview Estate\n\n" + WINERY_NOTE,
    "Re: Cellar Hand interview with Mr Harold Finch\n\n" + WINERY_NOTE,
    "Attn: Ms Harriet Cole, Kowhai Valley Winery\n\n" + WINERY_NOTE,
    WINERY_NOTE + "\nP.S. Please pass my thanks to Mr Finch for the tour.\n",
    WINERY_NOTE + "\nP.S. Please thank everyone at Kowhai Hills Winery for lunch.\n",
]
WINERY_RIGHT = [
    "Subject: RE: Cellar Hand interview - Kowhai Valley Winery\n\n" + WINERY_NOTE,
    "Subject: Interview follow-up - Mere Tipene\n\n" + WINERY_NOTE,
    "Re: Cellar Hand application - Mere Tipene\n\n" + WINERY_NOTE,
    "Subject: Thank you - Mere Tipene\n\n" + WINERY_NOTE,
    "Re: Cellar Hand interview with Mr Tom Reid\n\n" + WINERY_NOTE,
    "Attn: Aroha Ngata, Kowhai Valley Winery\n\n" + WINERY_NOTE,
    WINERY_NOTE + "\nP.S. Please pass my thanks to Tom for the tour.\n",
    WINERY_NOTE + "\nP.S. Please thank everyone at Kowhai Valley for lunch.\n",
]


@pytest.mark.parametrize("text", WINERY_WRONG)
def test_a_wrong_name_or_person_in_a_subject_reference_or_postscript(rules, model, text) -> None:
    assert "name_mismatch" in issue_codes(rules, model, text, WINERY)


@pytest.mark.parametrize("text", WINERY_RIGHT)
def test_the_writer_and_the_record_in_those_lines_are_ready(rules, model, text) -> None:
    assert verdict(rules, model, text, WINERY) == "ready"


# -- 2. near-names ---------------------------------------------------------------------------------

CARD = (
    "Dear Ms Pike,\n\nThank you for showing me round on Monday and for telling me about the forest"
    " school afternoons. I am very interested in the Lead Teacher role and would love to {x}.\n\n"
    "Warmly,\nJo Hartley\n"
)
HEALTH_NOTE = (
    "Dear Ms Vega,\n\nThank you for meeting with me on Thursday and for explaining the discharge"
    " planning huddle. With six years of experience coordinating ward schedules, {x} I am very"
    " interested in the role and excited to join the team. Please let me know if I can provide"
    " anything else.\n\nKind regards,\nLeo Brandt\n"
)
FREIGHT_NOTE = (
    "Hi Aoife,\n\nThanks so much for your time today and for walking me through the cross-dock"
    " rota. With five years planning regional routes, {x} I'm very interested in the role and"
    " excited to join the team. Please let me know if I can provide anything else.\n\nBest,\nSam\n"
)

NEAR_WRONG = [
    (CARD, PRESCHOOL, "card", "join everyone at Little Sprouts Preschool"),
    (CARD, PRESCHOOL, "card", "be part of Little Seedlings Preschool"),
    (CARD, PRESCHOOL, "card", "join everyone at Little Oaks Nursery"),
    (CARD, PRESCHOOL, "card", "join the team at Bright Acorns Preschool"),
    (CARD, PRESCHOOL, "card", "be part of the Little Sprouts family soon"),
    (HEALTH_NOTE, HEALTH, "email", "I would be proud to join Bayside Health."),
    (HEALTH_NOTE, HEALTH, "email", "I would be proud to work with everyone at Crestwood Health."),
    (HEALTH_NOTE, HEALTH, "email", "I would be proud to join Crestview Medical Centre."),
    (FREIGHT_NOTE, FREIGHT, "email", "I'm excited about what Northgate Logistics is building."),
    (FREIGHT_NOTE, FREIGHT, "email", "I'd love to bring that to Northgate Logistics Ltd."),
]

NEAR_RIGHT = [
    (CARD, PRESCHOOL, "card", "join everyone at Little Acorns Preschool"),
    (CARD, PRESCHOOL, "card", "join everyone at Little Acorns"),
    (CARD, PRESCHOOL, "card", "be part of Little Acorns Preschool's next chapter"),
    (CARD, PRESCHOOL, "card", "join the forest school afternoons at Little Acorns"),
    (CARD, PRESCHOOL, "card", "be part of the Little Acorns family soon"),
    (HEALTH_NOTE, HEALTH, "email", "I would be proud to join Crestview Health."),
    (HEALTH_NOTE, HEALTH, "email", "I would be proud to join Crestview."),
    (HEALTH_NOTE, HEALTH, "email", "I would be proud to join Crestview Health Inc."),
    (HEALTH_NOTE, HEALTH, "email", "I would be proud to join Crestview Health's care team."),
    (FREIGHT_NOTE, FREIGHT, "email", "I'm excited about what Northfield Logistics is building."),
    (FREIGHT_NOTE, FREIGHT, "email", "I'm excited about what Northfield is building."),
    (FREIGHT_NOTE, FREIGHT, "email", "I'd love to bring that to Northfield Logistics Ltd."),
]


UNION = Facts(
    "Maple Ridge Credit Union", "Member Service Rep", ("Chantal Roy",), ("the new mobile app",)
)
STEEL = Facts("Tata Steel Limited", "Safety Engineer", ("Arjun Mehta",), ("the furnace shutdown",))
KINDER = Facts(
    "Bunya Pine Early Learning", "Educator", ("Kylie Watts",), ("the bush kinder mornings",)
)
SHORT_NOTE = (
    "{greeting}\n\nThank you for your time on Tuesday and for explaining {topic}. {x} I have five"
    " years of experience in this work, and I am very interested in the role and excited to join"
    " the team. Please let me know if I can provide anything else.\n\nBest regards,\nSam Lee\n"
)


def short_note(facts: Facts, greeting: str, sentence: str) -> str:
    return SHORT_NOTE.format(greeting=greeting, topic=facts.topics[0], x=sentence)


BRANCHES = [
    (FREIGHT, "Dear Ms Brennan,", "I would be glad to join Northfield Distribution.", True),
    (FREIGHT, "Dear Ms Brennan,", "I would be glad to join Northfield Freight.", True),
    (FREIGHT, "Dear Ms Brennan,", "I would be glad to join Northfield's planning team.", False),
    (FREIGHT, "Dear Ms Brennan,", "Northfield Logistics' growth impressed me.", False),
    (FREIGHT, "Dear Ms Brennan,", "I would be glad to join NL as a planner.", False),
    (HEALTH, "Dear Ms Vega,", "I would be proud to join Crestview Healthcare.", True),
    (HEALTH, "Dear Ms Vega,", "I would be proud to join Crestmont Health.", True),
    (HEALTH, "Dear Ms Vega,", "I would be proud to join the Crestview team.", False),
    (UNION, "Dear Ms Roy,", "I would be proud to join Maple Ridge Savings.", True),
    (UNION, "Dear Ms Roy,", "I would be proud to join Maple Grove Credit Union.", True),
    (UNION, "Dear Ms Roy,", "I would be proud to join MRCU.", False),
    (UNION, "Dear Ms Roy,", "Maple Ridge Credit Union's members are lucky.", False),
    (STEEL, "Dear Mr Mehta,", "I would be proud to join Tata Motors.", True),
    (STEEL, "Dear Mr Mehta,", "I would be proud to join Tata Steel Ltd.", False),
    (STEEL, "Dear Mr Mehta,", "I would be proud to join TSL.", False),
    (KINDER, "Dear Kylie,", "I would love to join everyone at Bunya Creek Early Learning.", True),
    (KINDER, "Dear Kylie,", "I would love to join everyone at Bunya Pine.", False),
    (
        KINDER,
        "Dear Kylie,",
        "I would love to join everyone at Bunya Pine Early Learning Centre.",
        False,
    ),
]


@pytest.mark.parametrize(("facts", "greeting", "sentence", "wrong"), BRANCHES)
def test_a_branch_or_trade_word_in_place_of_the_company_s_is_another_name(
    rules, model, facts, greeting, sentence, wrong
) -> None:
    text = short_note(facts, greeting, sentence)
    if wrong:
        assert "name_mismatch" in issue_codes(rules, model, text, facts)
    else:
        assert verdict(rules, model, text, facts) == "ready"


@pytest.mark.parametrize(("template", "facts", "kind", "words"), NEAR_WRONG)
def test_a_near_name_is_a_mismatch(rules, model, template, facts, kind, words) -> None:
    text = template.replace("{x}", words)
    assert "name_mismatch" in issue_codes(rules, model, text, facts, kind)


@pytest.mark.parametrize(("template", "facts", "kind", "words"), NEAR_RIGHT)
def test_the_right_name_and_its_forms_are_ready(rules, model, template, facts, kind, words) -> None:
    text = template.replace("{x}", words)
    assert verdict(rules, model, text, facts, kind) == "ready"


# -- 3. template slots ---------------------------------------------------------------------------

SCHOOL_NOTE = (
    "Dear Ms Clarke,\n\nThank you for meeting with me on Wednesday and for discussing the Year 9"
    " practical assessments. {x} I have six years of experience teaching GCSE chemistry, and I am"
    " very interested in the role and excited about joining the department. Please let me know if"
    " I can provide anything else.\n\nKind regards,\nPriya Raman\n"
)

SLOTS = [
    "I would be thrilled to join SCHOOL_NAME next year.",
    "Everyone I met at PRACTICE_NAME made me feel welcome.",
    "I would love to bring my lab skills to ACADEMY_NAME in September.",
    "Please pass my thanks to HIRING_MANAGER as well.",
    "I am excited about the POSITION_TITLE role at COMPANY_NAME.",
    "I enjoyed meeting DEPT_HEAD_NAME and the science team.",
    "It was a pleasure to meet you, *|FNAME|*.",
    "It was a pleasure to meet you, %FIRST_NAME%.",
    "I look forward to hearing from <<Name>> soon.",
    "I would love to join {{company}} this autumn.",
    "I would love to join {company} this autumn.",
    "I am excited about the [Role] opening.",
    "I am excited to contribute to (Company Name) this year.",
    "I could start on XXX if that suits the department.",
    "I could start on [  ] if that suits the department.",
    "I could start on [ ] if that suits the department.",
    "I enjoyed meeting SCHOOL_PRINCIPAL and the science team.",
    "I would love to teach at SCHOOLNAME from September.",
    "I would be proud to join ABC School this year.",
    "I would love to join (School Name) in September.",
    "I would love to join ((School)) in September.",
    "I would love to join [Name of School] in September.",
    "It was lovely to meet you, {!Contact.FirstName}.",
    "It was lovely to meet you, *|MERGE1|*.",
    "You can reach me on PHONE_NUMBER at any time.",
]

SLOTS_CLEAN = [
    "I also shared my script that reads results from data/{region}/{year}.csv for moderation.",
    "I have led GCSE and A-level moderation with the AQA and OCR boards.",
    "My placement at an NHS trust and a summer at IKEA taught me logistics.",
    "The STEM club at my current school meets on Fridays.",
    "I set MAX_RETRIES in the lab logger's config so the sensors reconnect on their own.",
    "In my last post I audited how the ROLE_ADMIN permission is granted to lab technicians.",
]


@pytest.mark.parametrize("sentence", SLOTS)
def test_a_template_slot_is_a_placeholder_only(rules, model, sentence) -> None:
    found = issue_codes(rules, model, SCHOOL_NOTE.replace("{x}", sentence), ACADEMY)
    assert "placeholder" in found
    assert not found & {"name_mismatch", "unprofessional"}


@pytest.mark.parametrize("sentence", SLOTS_CLEAN)
def test_technical_text_and_capitals_are_no_slots(rules, model, sentence) -> None:
    assert verdict(rules, model, SCHOOL_NOTE.replace("{x}", sentence), ACADEMY) == "ready"


# -- 4. product, standard and brand names; credentials ------------------------------------------

CHARITY_NOTE = (
    "Dear Ms Voss,\n\nThank you for meeting with me on Wednesday and for talking through the"
    " spring appeal. {x} I have six years of experience in major gifts, and I am very interested"
    " in the role and excited about the chance to join the team. Please let me know if I can"
    " provide anything else.\n\nKind regards,\nPriya Raman{sig}\n"
)

PRODUCTS = [
    "I have run donor data in Raiser's Edge NXT since its launch.",
    "I would be a strong fit for your Raiser's Edge NXT migration.",
    "I moved our gift records from Blackbaud NXT to Salesforce NPSP.",
    "Getting the MS Dynamics NAV data clean before a move is work I enjoy.",
    "I kept the ledgers in MS Dynamics GP and SAP S/4HANA.",
    "Oracle Fusion Cloud is where I have spent most of my time.",
    "I am excited to help with the Salesforce Nonprofit Cloud rollout.",
    "I led our switch to SAP Business One and Salesforce CPQ.",
    "I have administered ServiceNow ITSM and Epic MyChart patient access.",
    "I supported Oracle EBS and QuickBooks for our finance team.",
    "I built iOS and Android giving apps on HL7 FHIR data.",
    "I led our ISO 27001 audit and applied IFRS 16 to our leases.",
    "I raised funds for two 501(c)(3) organizations.",
    "I led our ECO-SCHOOLS partnership and the LEGO League club.",
    "My work was featured in THIRD SECTOR magazine.",
    "I wrote bids for the NLCF and the HERITAGE FUND.",
    "I helped launch the HOPEFUL HEARTS appeal for the hospice.",
    "I volunteered with UNICEF and OXFAM for three years.",
]
CREDENTIALS = [", CFRE", ", CPA", ", RN, BSN", ", MBA, PMP", "\nCPA, CMA", " CFRE"]
CASUAL = [
    ("I loved it, lol, and tbh the appeal is brilliant.", "unprofessional"),
    ("I AM SO EXCITED ABOUT THIS ROLE.", "unprofessional"),
    ("I hope u like my ideas for the appeal.", "unprofessional"),
    ("OMG the spring appeal is amazing.", "unprofessional"),
    ("I REALLY WANT this job.", "unprofessional"),
    ("I'll send the nxt draft of my plan on Monday.", "unprofessional"),
    ("I LOVE THIS FOUNDATION so much.", "unprofessional"),
    ("The FANTASTIC appeal blew me away.", "unprofessional"),
    ("I WOULD BE THRILLED TO JOIN YOUR TRUST.", "unprofessional"),
]


@pytest.mark.parametrize("sentence", PRODUCTS)
def test_product_and_standard_names_are_no_faults(rules, model, sentence) -> None:
    text = CHARITY_NOTE.replace("{x}", sentence).replace("{sig}", "")
    assert verdict(rules, model, text, CHARITY) == "ready"


@pytest.mark.parametrize("letters", CREDENTIALS)
def test_credential_letters_after_a_name_are_no_faults(rules, model, letters) -> None:
    text = CHARITY_NOTE.replace("{x}", "").replace("{sig}", letters)
    assert verdict(rules, model, text, CHARITY) == "ready"


@pytest.mark.parametrize(("sentence", "code"), CASUAL)
def test_text_speak_and_shouting_are_still_caught(rules, model, sentence, code) -> None:
    text = CHARITY_NOTE.replace("{x}", sentence).replace("{sig}", "")
    assert code in issue_codes(rules, model, text, CHARITY)
