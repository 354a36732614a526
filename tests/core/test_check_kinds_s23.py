"""Kinds of fault the checker still got wrong on notes it had never seen (session 23, issue 8),
each in new wording, registers and countries, with the READY twins that share their words:

3. a credential-shaped profile field slotted into a sentence ungrammatically is unprofessional;
4. a title before a surname with a lower-case particle is correct address;
5. job titles and departments addressed in a greeting are no names."""

from __future__ import annotations

import pytest

from conftest import checked
from followup.core.check import Facts

SHOP = Facts(
    "Marula Outfitters",
    "Assistant Store Manager",
    ("Naserian Kimani", "Joseph Mwangi"),
    ("the stock-take schedule",),
)


def issues(rules, model, text: str, facts: Facts = SHOP, kind: str = "email") -> set[str]:
    return {f.code for f in checked(rules, model, text, facts, kind).issues}


def note(sentence: str, greeting: str = "Dear Ms Kimani,") -> str:
    return (
        f"{greeting}\n\nThank you for your time on Tuesday and for walking me through the"
        f" stock-take schedule. {sentence}\n\nI have five years of experience running retail"
        " floors, and I am very interested in the role and excited to join the team. Please let"
        " me know if I can provide anything else.\n\nBest regards,\nSam Ortega\n"
    )


# 3. a credential-shaped profile field slotted in ---------------------------------------------

SLOTTED = [
    "I bring Diploma in Retail Management holder and five years on the floor.",
    "My strengths include Registered with the Nursing Council of Kenya.",
    "I offer Certified in Food Safety Level 3.",
    "I can offer Member of the Chartered Institute of Procurement and Supply.",
    "I bring Bachelor of Commerce graduate to the team.",
    "My background includes Licensed by the Pharmacy and Poisons Board.",
    "I would bring Level 3 Award in First Aid at Work holder to the floor.",
    "My skills include Accredited by the Institute of Internal Auditors.",
    "I also bring Fellow of the Royal Society of Chemistry.",
    "I offer Certificate IV in Training and Assessment holder.",
]


@pytest.mark.parametrize("sentence", SLOTTED)
def test_a_slotted_credential_is_unprofessional_with_a_fix(rules, model, sentence) -> None:
    result = checked(rules, model, note(sentence), SHOP, "email")
    found = [f for f in result.issues if f.code == "unprofessional"]
    assert found, result.issues
    assert all(f.suggestion for f in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "I hold a Diploma in Retail Management and have five years on the floor.",
        "I am registered with the Nursing Council of Kenya.",
        "I bring a Diploma in Retail Management and five years on the floor.",
        "I offer my Certificate in Food Safety Level 3 and a tidy kitchen.",
        "My strengths include registration with the Nursing Council and ten years on wards.",
        "I bring Microsoft Excel skills and a calm head on busy Saturdays.",
        "I am a Member of the Chartered Institute of Procurement and Supply.",
        "I bring Six Sigma Green Belt training to the stock room.",
        "I can offer Saturday availability through the holiday season.",
    ],
)
def test_a_credential_written_as_a_sentence_is_fine(rules, model, sentence) -> None:
    assert "unprofessional" not in issues(rules, model, note(sentence))


# 4. a title before a surname with a lower-case particle ---------------------------------------


@pytest.mark.parametrize(
    ("person", "address"),
    [
        ("Lemayian ole Sankale", "Mr. ole Sankale"),
        ("Nkoitoi ole Kaelo", "Mr ole Kaelo"),
        ("Pieter van der Berg", "Dr. van der Berg"),
        ("Maria de la Cruz", "Ms. de la Cruz"),
        ("Khalid bin Rashid", "Mr. bin Rashid"),
        ("Huda al-Amin", "Mrs. al-Amin"),
        ("Wanjiru wa Kamau", "Ms. wa Kamau"),
        ("Nurul binti Ismail", "Puan binti Ismail"),
        ("Ludwig von Hagen", "Dr von Hagen"),
        ("Ana dos Santos", "Ms dos Santos"),
    ],
)
def test_a_title_before_a_surname_with_a_particle_is_right(rules, model, person, address) -> None:
    facts = Facts("Marula Outfitters", "Assistant Store Manager", (person,), ())
    greeted = note("It was good to meet the team.", f"Dear {address},")
    assert not issues(rules, model, greeted, facts) & {"unprofessional", "name_mismatch"}
    named = note(f"Please pass my thanks to {address} as well.", "Dear Hiring Team,")
    assert not issues(rules, model, named, facts) & {"unprofessional", "name_mismatch"}


@pytest.mark.parametrize(
    ("person", "greeting"),
    [("Karen Otieno", "Dear Dr. Karen,"), ("Lemayian ole Sankale", "Dear Mr. Lemayian,")],
)
def test_a_title_before_a_first_name_is_still_a_slip(rules, model, person, greeting) -> None:
    facts = Facts("Marula Outfitters", "Assistant Store Manager", (person,), ())
    assert "unprofessional" in issues(
        rules, model, note("It was good to meet you.", greeting), facts
    )


# 5. job titles and departments in a greeting --------------------------------------------------


def letter(greeting: str, block: str = "Ms. Amara Nwosu\nMarula Outfitters\nNairobi") -> str:
    return (
        f"Sam Ortega\n14 Acacia Lane\nNairobi\n\n3 December 2026\n\n{block}\n\n{greeting}\n\n"
        "Thank you for your time on Tuesday and for walking me through the stock-take schedule. I"
        " have five years of experience running retail floors, and I am very interested in the"
        " role and excited to join the team. Please let me know if I can provide anything"
        " else.\n\nSincerely,\nSam Ortega\n"
    )


LETTER_FACTS = Facts(
    "Marula Outfitters", "Assistant Store Manager", ("Amara Nwosu",), ("the stock-take schedule",)
)


@pytest.mark.parametrize(
    "greeting",
    [
        "Dear Senior Talent Acquisition Professional,",
        "Dear Head of People Operations,",
        "Dear Talent Acquisition Partner,",
        "Dear People & Culture Business Partner,",
        "Dear Director of Nursing,",
        "Dear Regional Recruitment Lead,",
        "Dear Store Operations Manager,",
        "Dear Human Capital Department,",
        "To the Talent Acquisition Team,",
        "Dear Principal Talent Advisor,",
    ],
)
def test_a_greeting_by_job_title_or_department_names_no_one(rules, model, greeting) -> None:
    assert "name_mismatch" not in issues(rules, model, letter(greeting), LETTER_FACTS, "letter")


@pytest.mark.parametrize(
    "block",
    [
        "Amara Nwosu\nSenior Talent Acquisition Professional\nMarula Outfitters",
        "Ms Amara Nwosu\nHead of People Operations\nDepartment of Human Resources\n"
        "Marula Outfitters",
        "Attention: Senior Talent Acquisition Professional\nPeople Operations\nMarula Outfitters",
    ],
)
def test_titles_in_the_address_block_are_no_names(rules, model, block) -> None:
    text = letter("Dear Head of People Operations,", block)
    assert "name_mismatch" not in issues(rules, model, text, LETTER_FACTS, "letter")


def test_a_wrong_person_in_the_greeting_is_still_wrong(rules, model) -> None:
    text = letter("Dear Ms. Okonkwo,")
    assert "name_mismatch" in issues(rules, model, text, LETTER_FACTS, "letter")
