"""Session 13 (issue 8): kinds of fault that held-out v12 and dev13 showed, each in new wording
(not a set's sentences). Names: a short form made from inside a recorded given name ('Tasha'
for Natasha), with an 'i' ending ('Dani'), or respelt ('Bex') is theirs."""

from __future__ import annotations

import pytest

from followup.core.check import Facts, check

CLOSE = "\n\nWarm regards,\nJordan Reyes\n"

BODY = (
    "Thank you for the talk about the warehouse rota on Tuesday. My three years planning"
    " shifts would help, and I remain keen on the Planner role. I look forward to the next"
    " step."
)


def _codes(rules, text: str, facts: Facts, kind: str = "email") -> list[tuple[str, str]]:
    return [(f.code, f.excerpt) for f in check(text, kind, facts, rules).issues]


def _note(greeting: str, body: str = BODY) -> str:
    return f"{greeting},\n\n{body}{CLOSE}"


def _facts(person: str) -> Facts:
    return Facts("Kestrel Freight", "Planner", (person,), ("warehouse rota",))


# -- short forms of a recorded given name -------------------------------------------------


@pytest.mark.parametrize(
    ("person", "greeting"),
    [
        ("Natasha Ivanova", "Hi Tasha"),
        ("Anastasia Petrova", "Dear Stasia"),
        ("Francesca Bruno", "Hi Cesca"),
        ("Dominika Nowak", "Hello Nika"),
        ("Daniela Cruz", "Hi Dani"),
        ("Rebecca Ashworth", "Hi Bex"),
        ("Christina Ortega", "Dear Tina"),
        ("Magdalena Wolff", "Hi Lena"),
    ],
)
def test_a_short_form_from_inside_a_given_name_is_theirs(rules, person, greeting) -> None:
    found = _codes(rules, _note(greeting), _facts(person))
    assert not [f for f in found if f[0] == "name_mismatch"], found


@pytest.mark.parametrize(
    ("person", "greeting", "wrong"),
    [
        ("Natasha Ivanova", "Hi Sasha", "Sasha"),  # another name, not part of hers
        ("Joanna Reid", "Dear Anna", "Anna"),  # a part that opens on a vowel: another name
        ("Natasha Ivanova", "Hi Nadia", "Nadia"),
        ("Daniela Cruz", "Hi Dana", "Dana"),
    ],
)
def test_another_given_name_is_still_wrong(rules, person, greeting, wrong) -> None:
    found = _codes(rules, _note(greeting), _facts(person))
    assert ("name_mismatch", wrong) in found, found


# -- a sign-off of another language ends the body ------------------------------------------

SIGNED = (
    "Dear Ms Ruiz,\n\nThank you for the talk about the warehouse rota on Tuesday. My three years"
    " planning shifts would help, and I remain keen on the Planner role at Kestrel Freight. I look"
    " forward to the next step.\n\n{close}\n{name}\n{title}\n"
)


@pytest.mark.parametrize(
    ("close", "title"),
    [
        ("Saludos cordiales,", "Analyst, Supply Modelling Group"),
        ("Mit freundlichen Grüßen,", "Planning Lead, Logistics Systems Lab"),
        ("Is mise le meas,", "Research Fellow, Coastal Dynamics Unit"),
        ("Hormat saya,", "Shift Planner, Harbourside Operations Group"),
    ],
)
def test_a_sign_off_of_another_language_starts_the_signature(rules, close, title) -> None:
    facts = Facts("Kestrel Freight", "Planner", ("Lucia Ruiz",), ("warehouse rota",))
    text = SIGNED.format(close=close, name="Dr Maeve Keane", title=title)
    found = _codes(rules, text, facts)
    assert not [f for f in found if f[0] == "name_mismatch"], found


def test_a_short_last_line_of_the_body_with_a_comma_is_no_sign_off(rules) -> None:
    facts = Facts("Kestrel Freight", "Planner", ("Lucia Ruiz",), ("warehouse rota",))
    text = (
        "Dear Ms Ruiz,\n\nThank you for the talk about the warehouse rota on Tuesday. My three"
        " years planning shifts would help. I would be excited to join Harbor Analytics and I"
        " look forward to the next step.\n\nWarm regards,\nMaeve Keane\n"
    )
    found = _codes(rules, text, facts)
    assert ("name_mismatch", "Harbor Analytics") in found, found


# -- parts of an organisation, sites, written initials and things named with 'the' ----------

PART_BODY = (
    "Thank you for the talk about the warehouse rota on Tuesday. {line} My three years"
    " planning shifts would help, and I remain keen on the {role} role. I look forward to the"
    " next step."
)


def _part_note(line: str, role: str = "Planner", subject: str = "") -> str:
    head = f"Subject: {subject}\n\n" if subject else ""
    return head + _note("Dear Ms Ruiz", PART_BODY.format(line=line, role=role))


def _part_facts(role: str = "Planner", topics: tuple[str, ...] = ("warehouse rota",)) -> Facts:
    return Facts("Kestrel Freight", role, ("Lucia Ruiz",), topics)


@pytest.mark.parametrize(
    "line",
    [
        "Meeting the Molecular Microbiology Group was a highlight.",
        "The afternoon with the Paediatric Endocrinology Unit was a highlight.",
        "I would enjoy joining the Routing Guild as well.",
        "I would love to join the Analytics Circle at Kestrel Freight.",
        "I enjoyed meeting the team at the Ashby outlet.",
        "Meeting the whole crew at the Ruapehu lodge was a highlight.",
        "I would be glad to contribute to the Mittelstand.",
        "I would be proud to work for the communities of the Gaeltacht.",
    ],
)
def test_a_part_a_site_or_a_thing_named_with_the_is_no_other_company(rules, line) -> None:
    found = _codes(rules, _part_note(line), _part_facts())
    assert not [f for f in found if f[0] == "name_mismatch"], found


@pytest.mark.parametrize(
    ("line", "wrong"),
    [
        ("I would be excited to join the Harbor Analytics Group.", "Harbor Analytics Group"),
        ("I would be a great fit for Bayside Health Group.", "Bayside Health Group"),
        ("I would be a great fit for the Brightwater.", "Brightwater"),
        ("I would love to join the team at the Brightwater.", "Brightwater"),
        ("I am keen to join the Northlight team next year.", "Northlight"),
    ],
)
def test_another_organisation_is_still_wrong(rules, line, wrong) -> None:
    found = _codes(rules, _part_note(line), _part_facts())
    assert ("name_mismatch", wrong) in found, found


@pytest.mark.parametrize(
    ("role", "written"),
    [
        ("Research and Development Chemist", "R&D Chemist"),
        ("Health and Safety Advisor", "H&S Advisor"),
        ("Food and Beverage Manager", "F&B Manager"),
    ],
)
def test_a_role_written_with_its_joined_initials_is_the_role(rules, role, written) -> None:
    text = _part_note("It was useful.", role=written, subject=f"Thank you - {written} interview")
    found = _codes(rules, text, _part_facts(role))
    assert not [f for f in found if f[0] == "name_mismatch"], found


def test_another_role_with_joined_initials_is_still_wrong(rules) -> None:
    text = _part_note("It was useful.", subject="Thank you - R&D Director interview")
    found = _codes(rules, text, _part_facts("Research and Development Manager"))
    assert [f for f in found if f[0] == "name_mismatch"], found


# -- slang of the Englishes of the world ------------------------------------------------------

SLANG_BODY = (
    "Thank you for the talk about the warehouse rota on Tuesday. {line} My three years planning"
    " shifts would help, and I remain keen on the Planner role. I look forward to the next step."
)


@pytest.mark.parametrize(
    "line",
    [
        "Yebo, the rota puzzle was a good one.",  # South African
        "Thanks bru, the depot looked great.",
        "Alamak, the night shift gaps are quite big leh.",  # Singaporean
        "The rota wahala is something I can fix.",  # Nigerian
        "No cap, the planning board is bussin.",  # US youth
        "Yeah nah, the spreadsheet needs work, innit.",
        "I am well up for sorting the rota.",  # Irish
    ],
)
def test_slang_of_other_englishes_is_unprofessional(rules, line) -> None:
    found = _codes(rules, _note("Dear Ms Ruiz", SLANG_BODY.format(line=line)), _facts("Lucia Ruiz"))
    assert [f for f in found if f[0] == "unprofessional"], found


@pytest.mark.parametrize(
    "line",
    [
        "The crew clearly have great craic together.",  # a warm regional word once: advice
        "It was a ripper of an afternoon at the depot.",
        "The deadly heat in the yard is a real hazard, and the grand total of late loads fell.",
        "I was keen as a student to learn planning, and the slayer exciter is a sound design.",
        "We spoke about Lahore and the Legends Cup sponsorship.",
    ],
)
def test_everyday_or_regional_words_are_no_slang(rules, line) -> None:
    found = _codes(rules, _note("Dear Ms Ruiz", SLANG_BODY.format(line=line)), _facts("Lucia Ruiz"))
    assert not [f for f in found if f[0] == "unprofessional"], found


@pytest.mark.parametrize("close", ["Shot!", "Chur,", "Sharp!"])
def test_a_slang_sign_off_is_unprofessional(rules, close) -> None:
    text = "Dear Ms Ruiz,\n\n" + SLANG_BODY.format(line="It was useful.") + f"\n\n{close}\nJordan\n"
    found = _codes(rules, text, _facts("Lucia Ruiz"))
    assert [f for f in found if f[0] == "unprofessional"], found


# -- a qualification slotted in ungrammatically ------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "I bring proficient in Power BI and SQL.",
        "I can offer skilled at rostering for large teams.",
        "I offer highly experienced in cold-chain audits.",
        "I would bring familiar with SAP and Oracle.",
    ],
)
def test_a_slot_filled_with_a_describing_word_is_unprofessional(rules, line) -> None:
    found = _codes(rules, _note("Dear Ms Ruiz", SLANG_BODY.format(line=line)), _facts("Lucia Ruiz"))
    assert [f for f in found if f[0] == "unprofessional"], found


@pytest.mark.parametrize(
    "line",
    [
        "I bring fluent Mandarin and Cantonese.",
        "I can offer experienced cover for the night shift.",
        "I am proficient in Power BI, and I bring strong skills in SQL.",
        "I offer trained staff to the project.",
    ],
)
def test_a_slot_filled_grammatically_is_fine(rules, line) -> None:
    found = _codes(rules, _note("Dear Ms Ruiz", SLANG_BODY.format(line=line)), _facts("Lucia Ruiz"))
    assert not [f for f in found if f[0] == "unprofessional"], found


# -- a short note with a template slot is both ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Hello <Hiring Manager>,\n\nGreat to meet you this morning, thanks.\n\nCheers,\nSam\n",
        "Dear [NAME],\n\nThank you for the interview. It was lovely.\n\nRegards,\nPat\n",
        "Hi {{first_name}}, thanks so much for the call earlier today!\n\nAlex\n",
    ],
)
def test_a_short_note_with_a_slot_is_too_short_too(rules, text) -> None:
    codes = {code for code, _ in _codes(rules, text, _facts("Lucia Ruiz"))}
    assert {"placeholder", "length"} <= codes, codes


# -- a recipient block left from a letter to another employer -------------------------------

LETTER = """{top}

Dear Ms Ruiz,

Thank you for the talk about the warehouse rota on Tuesday. My three years planning shifts would
help, and I remain keen on the Planner role at Kestrel Freight. I look forward to the next step.

Yours sincerely,
Maeve Keane
"""


@pytest.mark.parametrize(
    ("top", "wrong"),
    [
        (
            "Mr Tobias Grant\nLogistics Director\nHollowell Distribution Ltd\n2 Quay Street\nHull",
            "Tobias Grant",
        ),
        ("12 May 2026\n\nDr. Anita Rao\nPeople Team\nMeridian Foods plc\nReading", "Anita Rao"),
        (
            "Ms Lucia Ruiz\nHead of Planning\nBrackenridge Haulage Group\nYork",
            "Brackenridge Haulage Group",
        ),
    ],
)
def test_a_recipient_block_of_another_letter_is_a_wrong_name(rules, top, wrong) -> None:
    facts = Facts("Kestrel Freight", "Planner", ("Lucia Ruiz",), ("warehouse rota",))
    found = _codes(rules, LETTER.format(top=top), facts, "letter")
    assert ("name_mismatch", wrong) in found, found


@pytest.mark.parametrize(
    "top",
    [
        "Ms Lucia Ruiz\nHead of Planning\nKestrel Freight Ltd\n4 Mill Lane\nHull",
        "Maeve Keane\n22 Orchard Rise\nBeverley\n\n3 June 2026\n\nMs L. Ruiz\nKestrel Freight",
        "Dr Maeve Keane\nSupply Chain Research Group\nNorthbridge University\n\n3 June 2026",
    ],
)
def test_the_right_recipient_or_the_writers_own_block_is_fine(rules, top) -> None:
    facts = Facts("Kestrel Freight", "Planner", ("Lucia Ruiz",), ("warehouse rota",))
    found = _codes(rules, LETTER.format(top=top), facts, "letter")
    assert not [f for f in found if f[0] == "name_mismatch"], found


def test_an_other_applications_company_in_the_recipient_block_says_whose(rules) -> None:
    facts = Facts(
        "Kestrel Freight",
        "Planner",
        ("Lucia Ruiz",),
        ("warehouse rota",),
        other_names=(("Hollowell Distribution", "the company of your round 2"),),
    )
    top = "Ms Lucia Ruiz\nHollowell Distribution\nHull"
    result = check(LETTER.format(top=top), "letter", facts, rules)
    found = [f for f in result.issues if f.code == "name_mismatch"]
    assert found and "round 2" in found[0].message, found


# -- someone else's words quoted back; money running out; keener than before -----------------


def _issue_codes(rules, line: str, model=None) -> set[str]:
    text = _note("Dear Ms Ruiz", SLANG_BODY.format(line=line))
    result = check(text, "email", _facts("Lucia Ruiz"), rules, model=model)
    return {f.code for f in result.issues}


@pytest.mark.parametrize(
    "line",
    [
        'You said the old rota had become "a tick-box exercise," and the new board fixed it.',
        'You admitted the old audit had turned into "a pointless tick-box ritual," since ended.',
        'You said the legacy rota tool was "a tick-the-box chore that everyone hated," and I liked'
        " the fix.",
        "In your words, the first depot launch was \u201ca disaster we learned from.\u201d",
        'Lucia was frank that the spring backlog was "the month nobody ever wants to relive."',
    ],
)
def test_complaints_quoted_from_the_reader_are_no_negativity(rules, model, line) -> None:
    assert "negativity" not in _issue_codes(rules, line, model)


@pytest.mark.parametrize(
    "line",
    [
        'Honestly, my manager is "a useless relic" and the place is a mess.',
        "My current team is a total mess that nobody trusts, and I want out.",
    ],
)
def test_the_writers_own_complaint_is_still_negativity(rules, model, line) -> None:
    assert "negativity" in _issue_codes(rules, line, model)


@pytest.mark.parametrize(
    "line",
    [
        "My savings are nearly gone, so a quick answer would help me a lot.",
        "My severance will only last me until March, so I hope to hear soon.",
        "I have about three weeks of rent left, so this matters to me.",
        "My jobseeker's allowance runs out next week.",
    ],
)
def test_money_running_out_is_desperation(rules, line) -> None:
    assert "desperation" in _issue_codes(rules, line)


@pytest.mark.parametrize(
    "line",
    [
        "My notice period ends in June, so I could start in July.",
        "The savings from the new rota ran to 8% of overtime.",
        "My team's budget runs out in March, which is why the tool matters.",
    ],
)
def test_dates_and_budgets_of_the_work_are_no_desperation(rules, line) -> None:
    assert "desperation" not in _issue_codes(rules, line)


@pytest.mark.parametrize(
    "line",
    [
        "I came away keener than ever on the Planner post.",
        "Seeing the yard left me even more eager to start with your team.",
        "After the visit I am all the more keen to join the planning desk.",
    ],
)
def test_keener_than_before_is_interest(rules, line) -> None:
    body = (
        f"Thank you for the talk about the warehouse rota on Tuesday. {line} My three years"
        " planning shifts would help. I look forward to the next step."
    )
    result = check(_note("Dear Ms Ruiz", body), "email", _facts("Lucia Ruiz"), rules)
    assert result.elements["interest"], result.elements


# -- generic lines are no specific ------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "I really enjoyed finding out more about the organisation and how it works.",
        "I especially appreciated finding out how everything works there.",
        "I particularly enjoyed getting to know the team and finding out about the company.",
    ],
)
def test_a_generic_line_is_no_specific(rules, line) -> None:
    body = (
        f"Thank you for your time on Tuesday. {line} My three years planning shifts would help,"
        " and I remain keen on the Planner role. I look forward to the next step."
    )
    result = check(_note("Dear Ms Ruiz", body), "email", _facts("Lucia Ruiz"), rules)
    assert not result.elements["specifics"], result.elements


INDIAN_LETTER = """To
The Deputy General Manager (Operations)
Kestrel Freight Pvt. Ltd.
Pune

Date: 4 March 2026

Subject: Thanks for the interview for the post of Senior Planner (Warehouse) held on 2 March

Respected Madam,

I am thankful for the opportunity to appear for the interview for the post of Senior Planner
(Warehouse). It was a pleasure to learn more about the company and its values. I have four years
of experience planning shifts, and I remain keen on the post.

Thanking you,
Yours faithfully,
Anil Kumar
"""


def test_a_letter_with_a_subject_line_among_its_address_blocks_finds_the_greeting(rules) -> None:
    facts = Facts(
        "Kestrel Freight Pvt. Ltd.",
        "Senior Planner (Warehouse)",
        ("Deputy General Manager (Operations)",),
        ("the warehouse rota",),
    )
    result = check(INDIAN_LETTER, "letter", facts, rules)
    # the reader is recorded by a title: 'General Manager' in the body would name nobody met,
    # and 'learn more about the company and its values' is generic
    assert not result.elements["specifics"], result.elements
    assert not [f for f in result.issues if f.code == "name_mismatch"], result.issues


# -- jotted notes pasted in: a CV bullet's capital verb, '=' before a capitalised word ---------


@pytest.mark.parametrize(
    "line",
    [
        "My years with Managed a team of 12 pickers would help you.",
        "My background in Reduced overtime 18% across two sites fits the role.",
        "I liked your point on night cover = Mon to Thu only.",
        "Your note on the budget = 40 hrs a week stayed with me.",
    ],
)
def test_a_pasted_cv_bullet_or_a_jotted_equation_is_unprofessional(rules, line) -> None:
    found = _codes(rules, _note("Dear Ms Ruiz", SLANG_BODY.format(line=line)), _facts("Lucia Ruiz"))
    assert [f for f in found if f[0] == "unprofessional"], found


@pytest.mark.parametrize(
    "line",
    [
        "My time in Leeds taught me the value of a good rota.",
        "I worked with Grant on the night rota, and our output rose.",
        "The formula E = mc2 came up in my physics degree, as you saw.",
    ],
)
def test_names_after_a_preposition_are_no_cv_bullet(rules, line) -> None:
    found = _codes(rules, _note("Dear Ms Ruiz", SLANG_BODY.format(line=line)), _facts("Lucia Ruiz"))
    assert not [f for f in found if f[0] == "unprofessional"], found


# An '=' that gives a setting its value in a technical sense is no jotted note: a value set
# ('setting replicas = 3'), a single-letter or code name ('k = 5', 'max_retries = 3') or a
# count followed by the sentence's own words ('= 3 as the floor'). A jotted count stays.
@pytest.mark.parametrize(
    "line",
    [
        "I enjoyed our talk about setting pool size = 20 as the default for the API workers.",
        "Your choice of d = 7 days for the rolling churn window made sense to me.",
        "I liked how the team keeps max_retries = 3 on every payment call.",
        "Cross-checking with a sample of n = 40 nurses was a neat idea.",
        "Running the pilot with batch size = 64 and a short warm-up halved the training time.",
    ],
)
def test_an_equals_sign_giving_a_technical_value_is_not_jotted(rules, line) -> None:
    found = _codes(rules, _note("Dear Ms Ruiz", SLANG_BODY.format(line=line)), _facts("Lucia Ruiz"))
    assert not [f for f in found if f[0] == "unprofessional"], found


@pytest.mark.parametrize(
    "line",
    [
        "Your point that the Q4 target = 300 calls a day stuck with me.",
        "Thanks for explaining the rota: weekend cover = 2 nurses per ward.",
        "I noted that the training budget = 12 days per person.",
    ],
)
def test_a_jotted_count_after_an_equals_sign_stays_unprofessional(rules, line) -> None:
    found = _codes(rules, _note("Dear Ms Ruiz", SLANG_BODY.format(line=line)), _facts("Lucia Ruiz"))
    assert [f for f in found if f[0] == "unprofessional"], found
