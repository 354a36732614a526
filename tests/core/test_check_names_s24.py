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
    (HEALTH_NOTE, HEALTH, "email", "I would be proud to join Crestview Health."),
    (HEALTH_NOTE, HEALTH, "email", "I would be proud to join Crestview."),
    (HEALTH_NOTE, HEALTH, "email", "I would be proud to join Crestview Health Inc."),
    (HEALTH_NOTE, HEALTH, "email", "I would be proud to join Crestview Health's care team."),
    (FREIGHT_NOTE, FREIGHT, "email", "I'm excited about what Northfield Logistics is building."),
    (FREIGHT_NOTE, FREIGHT, "email", "I'm excited about what Northfield is building."),
    (FREIGHT_NOTE, FREIGHT, "email", "I'd love to bring that to Northfield Logistics Ltd."),
]


@pytest.mark.parametrize(("template", "facts", "kind", "words"), NEAR_WRONG)
def test_a_near_name_is_a_mismatch(rules, model, template, facts, kind, words) -> None:
    text = template.replace("{x}", words)
    assert "name_mismatch" in issue_codes(rules, model, text, facts, kind)


@pytest.mark.parametrize(("template", "facts", "kind", "words"), NEAR_RIGHT)
def test_the_right_name_and_its_forms_are_ready(rules, model, template, facts, kind, words) -> None:
    text = template.replace("{x}", words)
    assert verdict(rules, model, text, facts, kind) == "ready"
