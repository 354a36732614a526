"""A job title written head first, with its field after a comma ('Director, Brand
Marketing'), is one title: the comma is part of it. A title that is whole before the comma
('shift lead, outbound', 'Senior Data Engineer, Risk Platform') keeps only that part."""

from __future__ import annotations

import pytest

from followup.config import load_settings
from followup.core import phrasing
from followup.services import drafting


@pytest.fixture(scope="module")
def lex() -> phrasing.Lexicon:
    return drafting.load_data(load_settings(env={}), "US").language.lexicon


@pytest.mark.parametrize(
    ("typed", "role"),
    [
        ("Engineer, Site Reliability", "Engineer, Site Reliability"),
        ("VP, Talent Acquisition", "VP, Talent Acquisition"),
        ("Associate Director, Regulatory Affairs", "Associate Director, Regulatory Affairs"),
        ("Senior Manager, Clinical Operations - 12 month FTC",
         "Senior Manager, Clinical Operations"),
        ("Analyst, Credit Risk (contract)", "Analyst, Credit Risk"),
        ("Associate (3 PQE), Employment Law", "Associate, Employment Law"),
        ("sr mgr, supply planning", "senior manager, supply planning"),
        ("Head, Customer Insight, EMEA", "Head, Customer Insight"),
    ],
)  # fmt: skip
def test_a_head_before_a_comma_keeps_its_field(lex, typed, role) -> None:
    assert phrasing.role_phrase(typed, lex) == role


@pytest.mark.parametrize(
    ("typed", "role"),
    [
        ("shift lead, outbound", "shift lead"),
        ("Principal Data Scientist, Fraud Platform", "Principal Data Scientist"),
        ("Staff Nurse, Ward 9", "Staff Nurse"),
        ("RN, cardiac step-down", "RN"),
        ("Crew Manager (Officers, Tanker Fleet)", "Crew Manager"),
    ],
)
def test_a_whole_title_before_a_comma_stands_alone(lex, typed, role) -> None:
    assert phrasing.role_phrase(typed, lex) == role
