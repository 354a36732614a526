"""Names `followup check` still misread on notes it had never seen (session 28, issue 8 kind 1):

1. a formal letter's recipient block holds the organisation's name and then its address: a
   department or office ("Coastal Engineering", "Geotechnical Services"), a unit or building
   ("Unit 4, Harbour Works"), a street, a town and a postcode. Those lines are the reader's
   address, not other organisations; a department line above the company's own line is one
   too. A block whose organisation line is another employer is still a wrong name;
2. a degree's field of study after any degree's abbreviation ("an MEng in Civil and Coastal
   Engineering", "my BSN in Community Health") is no organisation, even where it shares a
   word with the company's name; another organisation named where the employer stands still
   is one;
3. a recorded person addressed in the body ("Thanks, Hana, for …") is the reader, not a
   specific about the conversation: a card that names nothing else from the interview still
   misses its specifics."""

from __future__ import annotations

import pytest

from conftest import checked
from followup.core.check import Facts

COAST = Facts(
    "Tidewater Coastal Partners",
    "Graduate Engineer",
    ("Hana Oduya", "Idris Balogun"),
    ("the revetment scheme at Sandsend",),
)


def letter(block: str, middle: str = "") -> str:
    """A UK letter to COAST with the recipient `block` and `middle` in its second paragraph."""
    return (
        "Tomasz Wrona\n14 Alder Row\nLeeds LS0 0AA\n\n3 December 2026\n\n"
        f"{block}\n\nDear Ms Oduya,\n\nThank you for interviewing me on Tuesday for the Graduate"
        " Engineer post. I enjoyed our discussion of the revetment scheme at Sandsend and the"
        " wave overtopping model.\n\n"
        f"I remain very interested in the role. {middle or 'I hold a first-class BEng.'} I spent"
        " my placement year designing rock armour for a harbour scheme.\n\nI would be delighted"
        " to join Tidewater and would welcome the chance to discuss the next steps.\n\nYours"
        " sincerely,\n\nTomasz Wrona\n"
    )


ADDRESS_BLOCKS = [
    "Ms Hana Oduya\nPrincipal Engineer\nTidewater Coastal Partners\nCoastal Engineering\n"
    "Unit 4, Harbour Works\nWhitby YO0 0ZZ",
    "Ms Hana Oduya\nTidewater Coastal Partners\nGeotechnical Services Division\nQuayside"
    " House\n7 Fishgate\nScarborough YO0 1AB",
    "Ms Hana Oduya\nHead of Maritime Design\nCoastal Engineering\nTidewater Coastal Partners\n"
    "Whitby YO0 0ZZ",
    "Ms Hana Oduya\nTidewater Coastal Partners Ltd\nMarine Structures Group\nThe Boathouse\n"
    "Pier Road\nWhitby",
]


@pytest.mark.parametrize("block", ADDRESS_BLOCKS)
def test_address_lines_of_the_recipient_block_are_no_organisations(rules, model, block) -> None:
    found = checked(rules, model, letter(block), COAST, "letter")
    assert found.verdict == "ready", found.issues


def test_a_block_left_from_another_employer_is_still_a_wrong_name(rules, model) -> None:
    block = "Ms Hana Oduya\nBrackwater Marine Consultants\nCoastal Engineering\nWhitby YO0 0ZZ"
    found = checked(rules, model, letter(block), COAST, "letter")
    names = [f.excerpt for f in found.issues if f.code == "name_mismatch"]
    assert names == ["Brackwater Marine Consultants"], found.issues


FIELDS_OF_STUDY = [
    "I graduated with an MEng in Civil and Coastal Engineering this summer.",
    "I completed a BEng (Hons) in Coastal Engineering at Hull in 2024.",
    "My MSc in Coastal Engineering and Management gave me a grounding in wave modelling.",
    "I earned a BSc in Ocean and Coastal Science before moving into design.",
]


@pytest.mark.parametrize("middle", FIELDS_OF_STUDY)
def test_a_degree_field_is_no_organisation(rules, model, middle) -> None:
    block = "Ms Hana Oduya\nTidewater Coastal Partners\nWhitby YO0 0ZZ"
    found = checked(rules, model, letter(block, middle), COAST, "letter")
    assert not [f for f in found.issues if f.code == "name_mismatch"], found.issues


def test_another_firm_where_the_employer_stands_is_still_a_wrong_name(rules, model) -> None:
    block = "Ms Hana Oduya\nTidewater Coastal Partners\nWhitby YO0 0ZZ"
    middle = "I think I would be a strong fit for Saltmarsh Coastal Engineering."
    found = checked(rules, model, letter(block, middle), COAST, "letter")
    assert [f.code for f in found.issues] == ["name_mismatch"], found.issues


CARDS_SPOKEN_TO = [
    "Hello!\n\nThanks, Hana, for having me along on Tuesday. It was a lovely afternoon, and I'm"
    " still keen on the role.\n\nAll the best,\nTomasz",
    "Thank you so much, Dr Oduya, for your time on Tuesday! I'm still keen on the role.\n\nAll"
    " the best,\nTomasz",
    "Hi there,\n\nHana, thank you for a lovely afternoon on Tuesday. I'm still keen on the"
    " role.\n\nWarmly,\nTomasz",
    "Dear Hana,\n\nThank you for a lovely afternoon on Tuesday, and thanks, Idris, for the"
    " coffee. I'm still keen on the role.\n\nWarmly,\nTomasz",
]


@pytest.mark.parametrize("text", CARDS_SPOKEN_TO)
def test_the_reader_spoken_to_by_name_is_no_specific(rules, model, text) -> None:
    found = checked(rules, model, text, COAST, "card")
    assert not found.elements["specifics"], found.elements


CARDS_SPOKEN_OF = [
    "Hello!\n\nThanks for having me along on Tuesday. Hearing Idris explain the wave model was"
    " a treat, and I'm still keen on the role.\n\nAll the best,\nTomasz",
    "Hi there,\n\nHana, Idris and I had a great walk along the sea wall on Tuesday, thank you."
    " I'm still keen on the role.\n\nWarmly,\nTomasz",
]


@pytest.mark.parametrize("text", CARDS_SPOKEN_OF)
def test_a_recorded_person_spoken_of_is_still_a_specific(rules, model, text) -> None:
    found = checked(rules, model, text, COAST, "card")
    assert found.elements["specifics"], found.elements
