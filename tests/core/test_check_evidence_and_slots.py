"""Kinds held-out v10 still got wrong, each in new wording (issue 8, session 11): a template slot
in a letter's furniture or after a title is one placeholder and nothing else; a possessive
name of a regime, framework or test is no other organisation; the employer's place in a Subject
line after the job's title is judged like the body's; another employer's date reported, not
demanded, is not pushy."""

from __future__ import annotations

import pytest

from conftest import CHECK_BODY, checked
from followup.core.check import Facts

BODY = CHECK_BODY
FACTS = Facts(
    "Tamsin Reed Architects", "Project Architect", ("Alan Fairweather",), ("the library",)
)


def codes_at(result, start: int, end: int) -> set[str]:
    return {f.code for f in result.issues if f.start < end and start < f.end}


@pytest.mark.parametrize(
    ("greeting", "slot"),
    [
        ("Dear Dr. SURNAME,", "SURNAME"),
        ("Dear Mrs FAMILYNAME,", "FAMILYNAME"),
        ("Dear Mx. LASTNAME,", "LASTNAME"),
        ("Dear Mr./Ms. GIVENNAME,", "Mr./Ms. GIVENNAME"),
        ("Dear Mr/Mrs SURNAME,", "Mr/Mrs SURNAME"),
        ("Dear Mr. X,", "Mr. X"),
        ("Dear Prof X,", "Prof X"),
    ],
)
def test_a_title_before_a_template_word_is_one_placeholder(rules, model, greeting, slot) -> None:
    text = f"{greeting}\n\nThank you for showing me round the library on Monday." + BODY
    result = checked(rules, model, text, FACTS)
    at = text.index(slot)
    assert [(f.code, f.excerpt) for f in result.issues if f.start < at + len(slot)] == [
        ("placeholder", slot)
    ]


def test_a_choice_of_titles_left_in_is_a_placeholder(rules, model) -> None:
    text = "Dear Mr./Mrs. Fairweather,\n\nThank you for showing me round the library." + BODY
    result = checked(rules, model, text, FACTS)
    assert [(f.code, f.excerpt) for f in result.issues] == [("placeholder", "Mr./Mrs.")]


@pytest.mark.parametrize(
    "line",
    [
        "Re: <<Job Title>> application",
        "RE: [Vacancy Ref] – interview",
        "Re: {{position}} interview",
    ],
)
def test_a_reference_line_opening_on_a_slot_is_a_placeholder_only(rules, model, line) -> None:
    text = f"Dear Mr Fairweather,\n\n{line}\n\nThank you for showing me round the library." + BODY
    result = checked(rules, model, text, FACTS, "letter")
    at = text.index(line)
    assert codes_at(result, at, at + len(line)) == {"placeholder"}


@pytest.mark.parametrize("field", ["«RefNo»", "«Vacancy_Title»", "« Surname »"])
def test_a_mail_merge_field_in_guillemets_is_a_placeholder(rules, model, field) -> None:
    text = f"Dear Mr Fairweather,\n\nOur ref: {field}\n\nThank you for the library tour." + BODY
    result = checked(rules, model, text, FACTS, "letter")
    assert [f.excerpt for f in result.issues if f.code == "placeholder"] == [field]


@pytest.mark.parametrize(
    "phrase",
    [
        "the PRA's Solvency Capital Review",
        "Ofgem's Price Cap Methodology",
        "the Authority's Consumer Duty rules",
        "the Regulator's Duty of Candour Framework",
        "the Fed's Supervisory Stress Test",
    ],
)
def test_a_possessive_regime_or_test_is_no_other_organisation(rules, model, phrase) -> None:
    facts = Facts("Calloway Mutual", "Risk Manager", ("Ruth Okafor",), ("capital planning",))
    text = (
        f"Dear Ms Okafor,\n\nThank you for the interview and for your overview of {phrase} and"
        " how it shapes capital planning." + BODY
    )
    result = checked(rules, model, text, facts)
    assert "name_mismatch" not in {f.code for f in result.issues}


def test_another_employer_before_a_regime_word_with_a_strong_cue_is_still_wrong(
    rules, model
) -> None:
    facts = Facts("Calloway Mutual", "Risk Manager", ("Ruth Okafor",), ("capital planning",))
    text = (
        "Dear Ms Okafor,\n\nThank you for the interview about capital planning. I would love to"
        " join Pinecrest Insurance's Model Review team." + BODY
    )
    result = checked(rules, model, text, facts)
    assert "name_mismatch" in {f.code for f in result.issues}


@pytest.mark.parametrize(
    ("subject", "wrong"),
    [
        ("Interview follow-up – Project Architect | Redgate Design", "Redgate Design"),
        ("Project Architect, Marlow Studio — thank you", "Marlow Studio"),
        ("Thanks: Architect - Brightpath Partners", "Brightpath Partners"),
    ],
)
def test_another_company_after_the_title_in_the_subject_line(rules, model, subject, wrong) -> None:
    text = (
        f"Subject: {subject}\n\nDear Mr Fairweather,\n\nThank you for showing me round the"
        " library." + BODY
    )
    result = checked(rules, model, text, FACTS)
    assert [f.excerpt for f in result.issues if f.code == "name_mismatch"] == [wrong]


@pytest.mark.parametrize(
    "subject",
    [
        "Interview follow-up – Project Architect | Tamsin Reed Architects",
        "Project Architect, Tamsin Reed — thank you",
        "Project Architect - Bristol",
    ],
)
def test_the_right_company_or_a_place_after_the_title_is_fine(rules, model, subject) -> None:
    text = (
        f"Subject: {subject}\n\nDear Mr Fairweather,\n\nThank you for showing me round the"
        " library." + BODY
    )
    result = checked(rules, model, text, FACTS)
    assert "name_mismatch" not in {f.code for f in result.issues}


@pytest.mark.parametrize(
    "sentence",
    [
        "A second practice has asked me to confirm my start date by 3 June.",
        "Another school needs me to reply before the 14th about their post.",
        "One other firm wants me to let them know by Friday whether I will accept.",
    ],
)
def test_another_employers_date_reported_is_not_pushy(rules, model, sentence) -> None:
    text = (
        "Dear Mr Fairweather,\n\nThank you for showing me round the library on Monday. "
        f"{sentence} I wanted you to know, though there is no pressure at all on my side." + BODY
    )
    result = checked(rules, model, text, FACTS)
    assert "pushy" not in {f.code for f in result.issues}


def test_another_employers_date_as_leverage_is_pushy(rules, model) -> None:
    text = (
        "Dear Mr Fairweather,\n\nThank you for showing me round the library on Monday. Another"
        " practice has asked me to commit by Thursday, so please hurry." + BODY
    )
    result = checked(rules, model, text, FACTS)
    assert "pushy" in {f.code for f in result.issues}


@pytest.mark.parametrize(
    "sentence",
    [
        "The Awaab's Law timescales for damp and mould shape the repairs plan.",
        "I liked hearing about the Blue Team's approach to estate inspections.",
        "The Income Recovery Unit's results were impressive.",
        "I enjoyed meeting the Payments Squad over lunch.",
    ],
)
def test_a_law_named_for_someone_or_a_teams_own_name_is_no_organisation(
    rules, model, sentence
) -> None:
    facts = Facts("Marlowe Housing Association", "Housing Officer", ("Janet Pike",), ())
    text = f"Dear Ms Pike,\n\nThank you for the interview on Monday. {sentence}" + BODY
    result = checked(rules, model, text, facts)
    assert "name_mismatch" not in {f.code for f in result.issues}


def test_another_organisations_team_is_still_another_organisation(rules, model) -> None:
    facts = Facts("Marlowe Housing Association", "Housing Officer", ("Janet Pike",), ())
    text = (
        "Dear Ms Pike,\n\nThank you for the interview on Monday. I would love to join the"
        " Harbor Analytics Team." + BODY
    )
    result = checked(rules, model, text, facts)
    assert "name_mismatch" in {f.code for f in result.issues}


HOUSING = Facts("Marlowe Housing Association", "Housing Officer", ("Janet Pike",), ())


def _housing_note(sentence: str) -> str:
    return f"Dear Ms Pike,\n\nThank you for the interview on Monday. {sentence}" + BODY


@pytest.mark.parametrize(
    "sentence",
    [
        # lowering one's own terms (rules)
        "If budget is the sticking point, I'd happily come in under the quoted salary.",
        "I'd take a junior contract at a junior wage just to be part of your team.",
        "I could reduce my hourly fee by a fifth if it helps.",
        "I'm willing to work weekends unpaid to get the backlog down.",
        # the same kinds in words no rule holds (the learned layer)
        "I'm willing to do the first fortnight without pay so you can judge my work.",
        "I could give up the annual bonus entirely if that would make it easier to choose me.",
        "Since my benefits stopped last month, I've been struggling to keep up with my bills.",
        "Please consider me for whatever vacancy you have, at any level at all.",
    ],
)
def test_lowering_ones_own_terms_unpaid_work_and_hardship_are_desperation(
    rules, model, sentence
) -> None:
    result = checked(rules, model, _housing_note(sentence), HOUSING)
    assert "desperation" in {f.code for f in result.issues}


@pytest.mark.parametrize(
    "sentence",
    [
        "I volunteered unpaid with a tenants' association for two years before this.",
        "I took a lower-paid post to gain experience in the voluntary sector, and it was worth it.",
        "I can reduce my notice period to two weeks.",
        "My notice period is six weeks, just so you have it for planning.",
        "I'll be available from the start of September, though I can adjust.",
        "I know the panel meets again next Wednesday and I'm happy to wait until then.",
        "If anything else would help your decision, I'd be glad to send it.",
    ],
)
def test_past_choices_and_polite_timelines_are_no_finding(rules, model, sentence) -> None:
    result = checked(rules, model, _housing_note(sentence), HOUSING)
    assert not {"desperation", "pushy"} & {f.code for f in result.issues}


@pytest.mark.parametrize(
    "sentence",
    [
        "I must receive your final answer by Tuesday evening.",
        "I'll phone your office on Monday to collect the result.",
        "Please make sure the offer reaches me before the weekend.",
    ],
)
def test_demanding_a_date_or_the_outcome_is_pushy(rules, model, sentence) -> None:
    result = checked(rules, model, _housing_note(sentence), HOUSING)
    assert "pushy" in {f.code for f in result.issues}


BRIGHTPATH = Facts(
    "Brightpath Software Inc.",
    "Backend Engineer",
    ("David Chen",),
    ("the payments API",),
    own_employers=("Initech",),
)


@pytest.mark.parametrize(
    "sentence",
    [
        # a list or an index: a name before a number that is no year
        "I noticed Brightpath made the Deloitte Technology Fast 500 and the Forbes Cloud 100.",
        "Being listed on the Sunday Times Best Companies 100 must help hiring.",
        # a third party: an investor, an event where someone spoke
        "Congratulations on the growth round led by Northzone Ventures.",
        "It was good to hear about investors like Balderton Capital backing the platform.",
        "I remember your talk at DevOpsDays Amsterdam on the payments API.",
        "I enjoyed the keynote during PyCon Ireland that you mentioned.",
        # the candidate's own past: "my … from/at/with the X"
        "I'd bring my experience from the Apple Developer Academy to the payments API.",
        "My years with the Lumen Data Cooperative taught me to document every endpoint.",
        # a possessive before a regime's words in lower case
        "The Nursing and Midwifery Council's revalidation requirements came up too.",
        "I know the Payments Regulator's new reimbursement rules affect the payments API.",
    ],
)
def test_lists_investors_events_own_past_and_regimes_are_no_wrong_names(
    rules, model, sentence
) -> None:
    text = f"Dear Mr. Chen,\n\nThank you for the interview on Tuesday. {sentence}" + BODY
    result = checked(rules, model, text, BRIGHTPATH)
    assert "name_mismatch" not in {f.code for f in result.issues}


@pytest.mark.parametrize(
    "sentence",
    [
        "I'd be a great fit for Harbor Analytics 2026 plans.",
        "I would love to join Western General Hospital's audit team.",
        "I can see myself thriving at Stripe Systems.",
    ],
)
def test_another_employer_in_those_frames_is_still_wrong(rules, model, sentence) -> None:
    text = f"Dear Mr. Chen,\n\nThank you for the interview on Tuesday. {sentence}" + BODY
    result = checked(rules, model, text, BRIGHTPATH)
    assert "name_mismatch" in {f.code for f in result.issues}


@pytest.mark.parametrize(
    "sentence",
    [
        "You asked me to confirm my availability by Wednesday: I'm free all next week.",
        "Your coordinator asked me to reply by Friday with my references, which I've attached.",
        "The panel wanted me to decide by the 9th whether to present, and I'd be glad to.",
    ],
)
def test_answering_the_readers_own_request_by_a_date_is_not_pushy(rules, model, sentence) -> None:
    result = checked(rules, model, _housing_note(sentence), HOUSING)
    assert "pushy" not in {f.code for f in result.issues}


def test_a_request_to_the_reader_by_a_date_after_you_asked_me_is_still_pushy(rules, model) -> None:
    sentence = "You asked me to be direct, so I need your decision by Friday."
    result = checked(rules, model, _housing_note(sentence), HOUSING)
    assert "pushy" in {f.code for f in result.issues}


@pytest.mark.parametrize(
    ("greeting", "person"),
    [
        ("Dear Ms. Siti,", "Siti Hajar binti Osman"),
        ("Dear Mr. Faizal,", "Muhammad Faizal bin Ismail"),
        ("Dear Mr. Ravi,", "Ravi a/l Subramaniam"),
    ],
)
def test_a_title_before_the_given_name_of_a_patronymic_name_is_right(
    rules, model, greeting, person
) -> None:
    facts = Facts("Selat Shipping", "Port Executive", (person,), ("berth scheduling",))
    text = f"{greeting}\n\nThank you for the interview about berth scheduling." + BODY
    result = checked(rules, model, text, facts)
    assert not [f for f in result.issues if f.code in ("unprofessional", "name_mismatch")]


def test_a_title_before_a_first_name_with_a_family_name_is_still_a_slip(rules, model) -> None:
    facts = Facts("Selat Shipping", "Port Executive", ("Rajesh Kumar Pillai",), ("berths",))
    text = "Dear Mr. Rajesh,\n\nThank you for the interview about berths." + BODY
    result = checked(rules, model, text, facts)
    assert [f.excerpt for f in result.issues if f.code == "unprofessional"] == ["Mr. Rajesh"]


@pytest.mark.parametrize(
    "sentence",
    [
        "I've used mail merge with <<Address>> fields for rent statements for years.",
        "I noted your point about the NAME field in the CRM being unreliable.",
        "I've attached the form as requested, with the SURNAME box filled in.",
        "Our letters pull the <Tenant> and <Rent> columns from the housing system.",
    ],
)
def test_a_slot_talked_about_as_a_field_is_no_placeholder(rules, model, sentence) -> None:
    result = checked(rules, model, _housing_note(sentence), HOUSING)
    assert not {"placeholder", "unprofessional"} & {f.code for f in result.issues}


def test_a_slot_left_in_beside_the_same_words_is_still_a_placeholder(rules, model) -> None:
    result = checked(rules, model, _housing_note("Thank you, NAME, for the tour."), HOUSING)
    assert [f.excerpt for f in result.issues if f.code == "placeholder"] == ["NAME"]


@pytest.mark.parametrize(
    "opening",
    [
        "Merci for the laminated dough workshop on Friday!",
        "Gracias again for the laminated dough workshop.",
        "Danke schön for the laminated dough workshop.",
    ],
)
def test_thanks_in_a_word_of_another_language_is_thanks(rules, model, opening) -> None:
    facts = Facts("Harbourside Bakery", "Pastry Chef", ("Colette Marchand",), ("dough",))
    text = (
        f"Dear Colette,\n\n{opening} I'm very keen on the role and would love to join the"
        " team.\n\nBest,\nAna\n"
    )
    assert checked(rules, model, text, facts, "card").elements["thanks"] is True


def test_a_name_holding_such_a_word_is_no_thanks(rules, model) -> None:
    facts = Facts("Harbourside Bakery", "Pastry Chef", ("Colette Marchand",), ("dough",))
    text = (
        "Dear Colette,\n\nThe dough workshop at Merci Bakery was a treat. I'm very keen on the"
        " role and would love to join the team.\n\nBest,\nAna\n"
    )
    assert checked(rules, model, text, facts, "card").elements["thanks"] is False


@pytest.mark.parametrize(
    "sentence",
    [
        "I'm no expert in Universal Credit yet, but I know Housing Benefit well.",
        "I'm very familiar with Pension Credit and the Local Housing Allowance.",
        "I'm trained in Mental Health First Aid and Trauma Informed Practice.",
    ],
)
def test_a_subject_the_candidate_knows_is_no_organisation(rules, model, sentence) -> None:
    result = checked(rules, model, _housing_note(sentence), HOUSING)
    assert "name_mismatch" not in {f.code for f in result.issues}
