"""Kinds of fault seen on notes nobody here wrote, each in new wording: a template slot that
holds its instruction, honorific abbreviations and job titles that are no names, a title with
a first name written short, elements in plain or jotted words."""

from __future__ import annotations

import pytest

from conftest import CHECK_BODY, checked
from followup.core.check import Facts, check

BODY = CHECK_BODY


def run(rules, model, text: str, facts: Facts, kind: str = "email"):
    return checked(rules, model, text, facts, kind)


@pytest.mark.parametrize(
    "slot",
    [
        "[describe one moment from the office tour here]",
        "[Mention a project they told you about and why it interested you]",
        "[insert something specific you discussed with the interviewer]",
    ],
)
def test_a_slot_holding_its_instruction_is_a_placeholder_and_no_specific(
    rules, model, slot
) -> None:
    facts = Facts("Brandt & Keller", "Office Manager", ("Sabine Brandt",), ("office tour",))
    text = (
        "Dear Ms. Brandt,\n\nThank you for meeting me about the Office Manager role. I especially"
        f" enjoyed {slot}." + BODY
    )
    result = run(rules, model, text, facts)
    assert [f.excerpt for f in result.issues if f.code == "placeholder"] == [slot]
    assert result.elements["specifics"] is False


def test_a_bracketed_aside_is_no_placeholder(rules, model) -> None:
    facts = Facts("Brandt & Keller", "Office Manager", ("Sabine Brandt",), ("office tour",))
    text = (
        "Dear Ms. Brandt,\n\nThank you for meeting me about the Office Manager role and for the"
        " office tour [the rooftop garden was a lovely surprise]." + BODY
    )
    assert "placeholder" not in {f.code for f in run(rules, model, text, facts).issues}


@pytest.mark.parametrize(
    ("greeting", "person"),
    [
        ("Dear Ing. Herrera,", "Luis Herrera"),
        ("Dear Capt. Moreau,", "Claire Moreau"),
        ("Dear Cllr Haddad,", "Nadia Haddad"),
        ("Dear Atty. Santos,", "Maria Santos"),
        ("Dear Sgt. Alvarado,", "Ramon Alvarado"),
    ],
)
def test_an_honorific_abbreviation_before_the_surname_is_right(
    rules, model, greeting, person
) -> None:
    facts = Facts("Puentes Andinos", "Site Engineer", (person,), ("bridge deck pours",))
    text = (
        f"{greeting}\n\nThank you for the interview and the visit to the bridge deck pours." + BODY
    )
    result = run(rules, model, text, facts)
    assert not [f for f in result.issues if f.code in ("name_mismatch", "unprofessional")]


@pytest.mark.parametrize(
    ("greeting", "person"),
    [("Dear Capt. Claire,", "Claire Moreau"), ("Dear Ing. Luis,", "Luis Herrera")],
)
def test_an_honorific_abbreviation_with_a_first_name_is_a_slip(
    rules, model, greeting, person
) -> None:
    facts = Facts("Puentes Andinos", "Site Engineer", (person,), ("bridge deck pours",))
    text = (
        f"{greeting}\n\nThank you for the interview and the visit to the bridge deck pours." + BODY
    )
    result = run(rules, model, text, facts, kind="letter")
    assert [f.code for f in result.issues] == ["unprofessional"]
    assert result.issues[0].excerpt == greeting[5:-1]


@pytest.mark.parametrize(
    "phrase",
    [
        "the Principal Investigator",
        "the Principal Surveyor",
        "our Head Porter",
        "the Chief Inspector",
    ],
)
def test_a_job_title_after_a_title_like_word_is_no_person(rules, model, phrase) -> None:
    facts = Facts("Halden Research", "Study Coordinator", ("Fiona Kerr",), ("monitoring visits",))
    text = (
        f"Dear Ms. Kerr,\n\nThank you for the interview. I enjoyed hearing how {phrase} plans"
        " the monitoring visits." + BODY
    )
    assert not [f for f in run(rules, model, text, facts).issues if f.code == "name_mismatch"]


@pytest.mark.parametrize(
    ("sentence", "element"),
    [
        ("I would really like to work at the depot with your drivers.", "enthusiasm"),
        ("I'd like to join your kitchen brigade.", "enthusiasm"),
        ("Free for a trial shift any day next week.", "next_steps"),
        ("Around for another chat most afternoons.", "next_steps"),
        ("Any questions, give me a ring on 07700 900123.", "next_steps"),
        ("If you need anything else, drop me a line.", "next_steps"),
    ],
)
def test_elements_in_plain_and_jotted_words(rules, model, sentence, element) -> None:
    facts = Facts("Elm Depot", "Driver", ("Pat Reid",), ("route planning",))
    text = (
        "Hi Pat,\n\nThanks for the interview and for showing me the route planning board. I have"
        " six years of driving with a clean licence and I am very interested in the role. "
        f"{sentence}\n\nCheers,\nSam\n"
    )
    assert run(rules, model, text, facts).elements[element] is True


@pytest.mark.parametrize(
    "sentence",
    [
        "It's been two weeks since I heard from you about the next round.",
        "It has now been about three weeks since we last spoke.",
    ],
)
def test_the_time_since_the_interview_said_plainly_is_no_plea(rules, model, sentence) -> None:
    """The elapsed-time rule is a fuzzy guess (`confirm`): the learned layer decides. Without
    the model the rule stands as written."""
    facts = Facts("Harbourline Shipping", "Logistics Coordinator", ("Sean Brennan",), ())
    text = (
        f"Hi Sean,\n\nThank you again for the interview on the 3rd. {sentence} I remain very"
        " interested in the role. Is there any update on the timeline?\n\nBest,\nAyesha\n"
    )
    assert not run(rules, model, text, facts, kind="check-in").issues
    if "heard" in sentence:
        alone = check(text, "check-in", facts, rules, model=None)
        assert [f.code for f in alone.issues] == ["desperation"]


def test_elapsed_time_with_pressure_is_still_desperation(rules, model) -> None:
    facts = Facts("Harbourline Shipping", "Logistics Coordinator", ("Sean Brennan",), ())
    text = (
        "Hi Sean,\n\nThank you again for the interview. It has been over two weeks and I still"
        " haven't heard anything from anyone. I remain very interested in the role. Is there any"
        " update on the timeline?\n\nBest,\nAyesha\n"
    )
    assert "desperation" in {f.code for f in run(rules, model, text, facts, "check-in").issues}


CRESTVIEW = Facts(
    "Crestview Health", "Patient Access Representative", ("Janet Obi",), ("registration backlog",)
)
CRESTVIEW_BODY = (
    "\n\nDear Ms. Obi,\n\nThank you for the interview on Monday and for explaining how the team"
    " is clearing the registration backlog. I have three years of front-desk experience at a"
    " busy clinic. I am very interested in the role and excited to join the team. Please let me"
    " know if I can provide anything else.\n\nBest regards,\nLeah Park\n"
)


@pytest.mark.parametrize(
    ("subject", "wrong"),
    [
        (
            "Thank you - Patient Access Representative at Crestview Medical Group",
            "Crestview Medical Group",
        ),
        ("Interview follow-up, Crestview Orthopedics", "Crestview Orthopedics"),
        ("Thanks for today (Bayside Health)", "Bayside Health"),
    ],
)
def test_a_company_sharing_the_record_s_word_in_the_subject_is_wrong(
    rules, model, subject, wrong
) -> None:
    result = run(rules, model, f"Subject: {subject}" + CRESTVIEW_BODY, CRESTVIEW)
    assert [f.excerpt for f in result.issues if f.code == "name_mismatch"] == [wrong]


@pytest.mark.parametrize(
    "subject",
    [
        "Thank You - Crestview Health",
        "Thank you - Patient Access Representative (Crestview)",
        "Crestview Health System interview - thank you",
        "Crestview Health's Patient Access Representative interview",
    ],
)
def test_the_company_and_its_forms_in_the_subject_are_right(rules, model, subject) -> None:
    result = run(rules, model, f"Subject: {subject}" + CRESTVIEW_BODY, CRESTVIEW)
    assert not [f for f in result.issues if f.code == "name_mismatch"]


@pytest.mark.parametrize(
    ("sentence", "specific"),
    [
        ("Your overview of the position was very helpful.", False),
        ("I appreciated your description of the department.", False),
        ("Your description of the role answered my questions.", False),
        ("Your description of the new supplier scorecards was very helpful.", True),
        ("The overview of the Rotterdam warehouse move answered my questions.", True),
    ],
)
def test_a_description_of_the_role_names_nothing(rules, model, sentence, specific) -> None:
    facts = Facts("Nordhavn Marine Supply", "Procurement Assistant", ("Elsa Lindgren",), ())
    text = f"Dear Ms. Lindgren,\n\nThank you for speaking with me on Thursday. {sentence}" + BODY
    assert run(rules, model, text, facts).elements["specifics"] is specific


def test_the_lines_of_an_address_block_say_no_tone(rules, model) -> None:
    """A letter's address block ("Technical Recruiter", "Northwind Analytics") is no sentence
    the issue classifiers judge."""
    facts = Facts("Northwind Analytics", "Senior Data Engineer", ("Dana Reyes",), ("Kafka",))
    text = (
        "Jordan Blake\n(206) 555-0122\n\nNovember 23, 2026\n\nDana Reyes\nTechnical Recruiter\n"
        "Northwind Analytics\n\nDear Ms. Reyes:\n\nThank you for arranging my interview for the"
        " Senior Data Engineer role on Thursday." + BODY
    )
    assert not run(rules, model, text, facts, kind="letter").issues
