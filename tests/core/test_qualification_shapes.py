"""Qualifications jotted as shorthand are said in a frame that fits their form: a degree with
its field and school, a credential registered with a body (in the body's capitals), a count
of people led, years in a job, a workplace after '@'; a line whose form is unclear is not
said at all."""

from __future__ import annotations

import pytest

from followup.config import load_settings
from followup.core import phrasing
from followup.services import drafting

LEXICON = drafting.load_data(load_settings(env={})).language.lexicon


@pytest.mark.parametrize(
    ("line", "clause"),
    [
        # a degree, its field spelt out, its school after 'from'
        ("BA econ LSE", "I hold a BA in economics from LSE"),
        ("BSc biochem (UCT)", "I hold a BSc in biochemistry from UCT"),
        ("masters public admin", "I hold a master's in public administration"),
        ("MEng elec", "I hold an MEng in electrical engineering"),
        ("BEng civ eng Strathclyde", "I hold a BEng in civil engineering from Strathclyde"),
        ("MA ed psych", "I hold an MA in education psychology"),
        ("B.Pharm manipal", "I hold a B.Pharm from Manipal"),
        ("PhD stats 2019", "I hold a PhD in statistics"),
        ("BS acct & fin", "I hold a BS in accounting and finance"),
        # what the candidate is, registered with a body
        ("nmc-registered midwife", "I am an NMC-registered midwife"),
        ("RICS-chartered Surveyor", "I am a RICS-chartered surveyor"),
        # a count of people led
        ("team of 7", "I have led a team of seven"),
        ("managing team of 11 now", "I currently manage a team of 11"),
        ("supervised a team of 4 porters", "I have supervised a team of four porters"),
        ("head of team of 6", "I lead a team of six"),
        ("leading team of 3", "I lead a team of three"),
        # years in a job, number first
        ("3 yrs legal secretary at a law firm",
         "I have spent three years as a legal secretary at a law firm"),
        ("6 years pharmacy technician", "I have spent six years as a pharmacy technician"),
        # a workplace after '@': a name in capitals, a described one with 'a'
        ("4 yrs QA @ novo nordisk", "I have four years of QA experience at Novo Nordisk"),
        ("2 yrs payroll @ logistics co",
         "I have two years of payroll experience at a logistics company"),
    ],
)  # fmt: skip
def test_a_jotted_qualification_reads_in_a_frame_that_fits_it(line, clause) -> None:
    q = phrasing.qualification(line, LEXICON)
    assert q.sure, q
    assert q.clause == clause
    assert q.raw == line


@pytest.mark.parametrize(
    "line",
    [
        "BA LLB (Hons) 2021",  # two degrees: not said in a frame for one
        "MSc data sci (ongoing)",  # under way, never 'I hold'
        "Master plumber",  # a trade's rank is no degree
        "BCom finance Pune univ",  # a school jotted short
    ],
)
def test_a_degree_line_of_another_shape_is_never_said_as_a_degree_held(line) -> None:
    q = phrasing.qualification(line, LEXICON)
    assert not (q.sure and q.form == "degree" and " from " in q.clause), q


def test_a_field_of_study_is_never_read_as_workplace_shorthand() -> None:
    """'ed' after a degree is education ('math ed'), never an emergency department."""
    for line in ("BS math ed", "BA music ed", "MEd special ed"):
        clause = phrasing.qualification(line, LEXICON).clause
        assert "emergency" not in clause and "department" not in clause, clause
