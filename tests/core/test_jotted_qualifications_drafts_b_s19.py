"""Qualifications jotted in shorthand are phrased for the sentence they land in, or left out
(issue 10, point 2): a workplace described after '@' in lower-case everyday words is 'a …'
('@ veterinary surgery' -> 'at a veterinary surgery'), never a made-up name in capitals ('at
Veterinary Surgery'); a degree's field typed short is never read as its school ('MBA ops'
is no degree 'from Ops'), and an acronym or clipped word after a degree that may be the field
or the school is not said as either. Fresh wording (a vet practice, a print shop, a port)."""

from __future__ import annotations

import pytest

from followup.config import load_settings
from followup.core import phrasing
from followup.services import drafting

LEXICON = drafting.load_data(load_settings(env={})).language.lexicon


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ("2 yrs reception @ veterinary surgery", "at a veterinary surgery"),
        ("5 yrs press operator @ commercial print shop", "at a commercial print shop"),
        ("3 yrs dispatch @ regional freight office", "at a regional freight office"),
        ("4 yrs admin @ tenants assoc", "at a tenants association"),
        ("1 yr barista @ hospital coffee kiosk", "at a hospital coffee kiosk"),
        ("6 yrs sales @ building supplies distributor", "at a building supplies distributor"),
    ],
)
def test_a_described_workplace_takes_a(line: str, said: str) -> None:
    q = phrasing.qualification(line, LEXICON)
    if q.sure:
        assert said in q.clause, q.clause


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ("4 yrs QA @ novo nordisk", "at Novo Nordisk"),
        ("2 yrs stores @ riverside arts", "at Riverside Arts"),
    ],
)
def test_a_named_workplace_keeps_its_name(line: str, said: str) -> None:
    q = phrasing.qualification(line, LEXICON)
    assert q.sure and said in q.clause, q.clause


@pytest.mark.parametrize(
    "line",
    ["MBA ops 2024", "B.Tech ECE", "MSc mktg", "BSc envtl sci", "BA comms", "Masters SCM",
     "BCom acctg", "BA comm", "BCom (acctg) UBC"],
)  # fmt: skip
def test_a_field_typed_short_is_never_a_school(line: str) -> None:
    q = phrasing.qualification(line, LEXICON)
    if q.sure:
        assert " from " not in q.clause, q.clause


@pytest.mark.parametrize(
    ("line", "clause"),
    [
        ("BSc biochem (UCT)", "I hold a BSc in biochemistry from UCT"),
        ("B.Pharm manipal", "I hold a B.Pharm from Manipal"),
        ("LLB durham", "I hold an LLB from Durham"),
        ("MBA finance", "I hold an MBA in finance"),
        ("BBA (fin) UBC", "I hold a BBA in finance from UBC"),
    ],
)
def test_a_school_is_still_a_school(line: str, clause: str) -> None:
    assert phrasing.qualification(line, LEXICON).clause == clause


@pytest.mark.parametrize(
    ("line", "clause"),
    [
        ("HACCP course - in progress", "I am completing a HACCP course"),
        ("NEBOSH diploma (ongoing)", "I am completing a NEBOSH diploma"),
        ("RSA program - in progress, done by june", "I am completing an RSA program"),
    ],
)
def test_a_course_under_way_is_being_completed(line: str, clause: str) -> None:
    q = phrasing.qualification(line, LEXICON)
    assert q.sure and q.clause == clause, q


@pytest.mark.parametrize(
    "line", ["PTLLS Senior in progress", "site lead - in progress", "AQA Level 3 ongoing"]
)
def test_what_is_under_way_but_no_course_is_left_out(line: str) -> None:
    q = phrasing.qualification(line, LEXICON)
    assert not q.sure or q.clause.startswith("I am completing"), q
    assert "in progress" not in q.clause or not q.sure, q


@pytest.mark.parametrize(
    ("line", "clause"),
    [
        ("ALS/PALS current", "I hold current ALS and PALS certification"),
        ("forklift licence current", "I hold a current forklift licence"),
        ("food hygiene cert - up to date", "I hold a current food hygiene certificate"),
    ],
)
def test_a_credential_kept_current_says_so_in_its_frame(line: str, clause: str) -> None:
    q = phrasing.qualification(line, LEXICON)
    assert q.sure and q.clause == clause, q


@pytest.mark.parametrize(
    "line",
    ["Gas Safe, working at heights, confined space", "IPAF, PASMA, manual handling"],
)
def test_a_list_of_tickets_is_never_one_of_them_as_a_deed(line: str) -> None:
    q = phrasing.qualification(line, LEXICON)
    assert not (q.sure and q.clause.startswith("I have ") and q.form == "achievement"), q


@pytest.mark.parametrize(
    ("line", "clause"),
    [
        ("bilingual eng/portuguese", "I am bilingual in English and Portuguese"),
        ("bilingual eng + cantonese", "I am bilingual in English and Cantonese"),
    ],
)
def test_eng_beside_a_language_is_english(line: str, clause: str) -> None:
    q = phrasing.qualification(line, LEXICON)
    assert q.clause == clause, q


@pytest.mark.parametrize(
    ("line", "clause"),
    [
        ("full UK licence + car", "I hold a full UK licence and have my own car"),
        ("clean licence + own vehicle", "I hold a clean licence and have my own vehicle"),
    ],
)
def test_a_car_beside_a_licence_is_owned_not_held(line: str, clause: str) -> None:
    q = phrasing.qualification(line, LEXICON)
    assert not q.sure or q.clause == clause, q
