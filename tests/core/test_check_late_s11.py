"""Late s11 (issue 8): kinds of false alarm on notes nobody tuned on. A short form of a recorded
person's given name is no wrong name; a capitalised identifier the record gives, or a <slot>
inside a dotted technical name, is no template slot; a public programme or a hyphenated
everyday word is no other organisation. All cases are new wording, not a set's sentences."""

from __future__ import annotations

import pytest

from followup.core.check import Facts, check

CLOSE = "\n\nWarm regards,\nJordan Reyes\n"


def _codes(rules, text: str, facts: Facts) -> list[tuple[str, str]]:
    return [(f.code, f.excerpt) for f in check(text, "email", facts, rules).issues]


def _note(greeting: str, body: str) -> str:
    return f"{greeting},\n\n{body}{CLOSE}"


BODY = (
    "Thank you for the talk about the warehouse rota on Tuesday. My three years planning"
    " shifts would help, and I remain keen on the Planner role. I look forward to the next"
    " step."
)


@pytest.mark.parametrize(
    ("person", "greeting"),
    [
        ("Valentina Ortiz", "Hi Val"),
        ("Gwendolyn Price", "Dear Gwen"),
        ("Frederica Lund", "Hello Fred"),
        ("Bartholomew Quinn", "Hi Bart"),
        ("Domenica Russo", "Hi Dom"),
        ("Roberta Vance", "Hi Robbie"),
    ],
)
def test_a_short_form_of_a_recorded_given_name_is_no_wrong_name(rules, person, greeting) -> None:
    facts = Facts("Kestrel Freight", "Planner", (person,), ("warehouse rota",))
    found = _codes(rules, _note(greeting, BODY), facts)
    assert not [f for f in found if f[0] == "name_mismatch"], found


@pytest.mark.parametrize(
    ("person", "greeting", "wrong"),
    [
        ("Valentina Ortiz", "Hi Vera", "Vera"),
        ("Gwendolyn Price", "Dear Gemma", "Gemma"),
        ("Roberta Vance", "Hi Ro", "Ro"),  # two letters: no short form taken
        ("Danielle Roy", "Dear Daniell", "Daniell"),  # one letter short: a slip
        ("Maria Johnson", "Hi John", "John"),  # a family name's start is no given name
    ],
)
def test_another_name_or_a_scrap_of_one_is_still_a_wrong_name(
    rules, person, greeting, wrong
) -> None:
    facts = Facts("Kestrel Freight", "Planner", (person,), ("warehouse rota",))
    found = _codes(rules, _note(greeting, BODY), facts)
    assert ("name_mismatch", wrong) in found, found


# -- identifiers of code and data are no template slots ------------------------------------

TECH_BODY = (
    "Thank you for walking me through the import service on Monday. {line} My four years on"
    " data pipelines fit the Data Engineer role, and I am keen to help. I look forward to the"
    " next step."
)
TECH = Facts("Orrin Data", "Data Engineer", ("Priya Nair",), ("import service",))


@pytest.mark.parametrize(
    ("line", "details"),
    [
        # capitals the record gives, written as field names
        (
            "I would map ACCOUNT_ID and POSTAL_CODE first.",
            ("Legacy columns ACCOUNT_ID, POSTAL_CODE",),
        ),
        ("Cleaning SURNAME was my first task.", ("The CRM keeps SURNAME in capitals",)),
        ("I liked that COMPANY_NAME is checked on import.", ("Field COMPANY_NAME must be unique",)),
        # capitals written as code
        ("I would index `LAST_NAME` before the join.", ()),
        # a <slot> inside a dotted or slashed technical name
        ("Keys like orders.<region>.<status> read well in the logs.", ()),
        ("Your topics follow metrics.<service>.latency, which I have used.", ()),
    ],
)
def test_an_identifier_of_code_or_of_the_record_is_no_template_slot(rules, line, details) -> None:
    facts = Facts(TECH.company, TECH.role, TECH.people, TECH.topics, details=details)
    found = _codes(rules, _note("Hi Priya", TECH_BODY.format(line=line)), facts)
    assert not [f for f in found if f[0] == "placeholder"], found


@pytest.mark.parametrize(
    ("line", "slot"),
    [
        ("I am glad to meet COMPANY_NAME soon.", "COMPANY_NAME"),
        ("Please pass my thanks to <interviewer name>.", "<interviewer name>"),
    ],
)
def test_a_slot_the_record_does_not_give_is_still_a_slot(rules, line, slot) -> None:
    found = _codes(rules, _note("Hi Priya", TECH_BODY.format(line=line)), TECH)
    assert ("placeholder", slot) in found, found


# -- public programmes and hyphenated everyday words are no other organisation ---------------

CLINIC = Facts("Harlow Family Clinic", "Billing Specialist", ("Dana Whitfield",), ("denials",))
CLINIC_BODY = (
    "Thank you for the talk about denials. {line} I remain keen on the Billing Specialist role."
    " I look forward to the next step."
)


@pytest.mark.parametrize(
    ("subject", "line"),
    [
        ("", "I would be an asset to the Medicaid team."),
        ("", "I know how Medi-Cal is growing its audits."),
        ("", "I enjoyed hearing from CalFresh caseworkers about it."),
        ("Subject: Catch-up after interview\n\n", ""),
        ("Subject: Thank-you after interview - Billing Specialist\n\n", ""),
        ("Subject: Follow-up after interview today\n\n", ""),
    ],
)
def test_a_programme_or_a_hyphenated_everyday_word_is_no_organisation(rules, subject, line) -> None:
    text = subject + _note("Hi Dana", CLINIC_BODY.format(line=line))
    found = _codes(rules, text, CLINIC)
    assert not [f for f in found if f[0] == "name_mismatch"], found


@pytest.mark.parametrize(
    ("subject", "line", "wrong"),
    [
        ("", "I would be an asset to the Larkfield team.", "Larkfield"),
        ("Subject: Brightwater-Lane interview\n\n", "", "Brightwater-Lane"),
    ],
)
def test_another_employer_is_still_a_wrong_name(rules, subject, line, wrong) -> None:
    text = subject + _note("Hi Dana", CLINIC_BODY.format(line=line))
    assert ("name_mismatch", wrong) in _codes(rules, text, CLINIC)
