"""Titles of address `followup check` read as wrong names on notes it had never seen (session 29,
issue 8 kind 1):

1. professional and academic titles written short, as letters of other countries write them
   before a name ("Lic.", "Arq.", "Mtra.", "Dra.", "Pharm.", "Arch.", "Ir.", "Drs.", "Pak",
   "Bu"), are titles, not names: the name after one must still be someone on the record;
2. "Ma", the salutation of West African letters to a woman ("Dear Ma,", "Dear Sir/Ma,"), is
   no name;
3. a university's or a ministry's unit said alone for the reader's own ("join the Faculty",
   "the Directorate") is no other organisation; one named with another institution still is."""

from __future__ import annotations

import pytest

from conftest import checked
from followup.core.check import Facts

WHARF = Facts(
    "Saltmarsh Provisions",
    "Stock Controller",
    ("Beatriz Quintanilla", "Oyelaran Fashola"),
    ("the cold-chain audit",),
)

BODY = (
    "Thank you for meeting me on Wednesday about the Stock Controller post. I enjoyed our talk"
    " about the cold-chain audit and the new pallet scanners.\n\nI have six years of stock"
    " control in chilled distribution and hold a forklift licence. I am very interested in the"
    " role and would be delighted to join the team. Please let me know if I can send anything"
    " else.\n\nKind regards,\nRosalind Achterberg\n"
)


@pytest.mark.parametrize(
    "greeting",
    [
        "Dear Lic. Quintanilla,",
        "Dear Licda. Quintanilla,",
        "Dear Arq. Quintanilla,",
        "Dear Mtra. Quintanilla,",
        "Dear Dra. Quintanilla,",
        "Dear Pharm. Fashola,",
        "Dear Arch. Quintanilla,",
        "Dear Ir. Fashola,",
        "Dear Drs. Fashola,",
        "Dear Pak Oyelaran,",
        "Dear Bu Beatriz,",
        "Dear Ma,",
        "Dear Sir/Ma,",
        "Respected Ma,",
    ],
)
def test_a_title_of_address_of_another_country_is_no_name(rules, model, greeting) -> None:
    found = checked(rules, model, f"{greeting}\n\n{BODY}", WHARF)
    assert "name_mismatch" not in {f.code for f in found.issues}, found.issues


@pytest.mark.parametrize("title", ["Lic.", "Arq.", "Dra.", "Pharm.", "Ir."])
def test_a_wrong_name_after_such_a_title_is_still_wrong(rules, model, title) -> None:
    found = checked(rules, model, f"Dear {title} Valdespino,\n\n{BODY}", WHARF)
    assert [f.excerpt for f in found.issues if f.code == "name_mismatch"] == ["Valdespino"]


@pytest.mark.parametrize(
    "line",
    [
        "I would be proud to join the Faculty and to teach on its first-year course.",
        "I would be glad to support the Directorate in its reporting cycle.",
        "I hope to bring that discipline to the Bureau.",
    ],
)
def test_a_unit_said_alone_is_the_readers_own(rules, model, line) -> None:
    text = f"Dear Ms Quintanilla,\n\n{BODY.replace('Please let me', line + ' Please let me')}"
    found = checked(rules, model, text, WHARF)
    assert "name_mismatch" not in {f.code for f in found.issues}, found.issues


def test_a_unit_of_another_institution_is_still_a_wrong_name(rules, model) -> None:
    line = "I would be proud to join the Faculty of Law at Kestrelmoor University."
    text = f"Dear Ms Quintanilla,\n\n{BODY.replace('Please let me', line + ' Please let me')}"
    found = checked(rules, model, text, WHARF)
    assert "name_mismatch" in {f.code for f in found.issues}


def test_a_signature_with_a_faculty_line_is_no_other_organisation(rules, model) -> None:
    text = f"Dear Ms Quintanilla,\n\n{BODY}Sessional Tutor, Faculty of Health\n"
    found = checked(rules, model, text, WHARF)
    assert "name_mismatch" not in {f.code for f in found.issues}, found.issues
