"""A claim is said in the grammatical form of what it is (drafts A, session 10): a degree
named with its word 'degree' keeps it ('a bachelor's degree in nursing'), a passive claim is
said as one ('I was admitted to the bar'), a person with a participle before it is a person
('an authorised person for ...'), years in a job whose last word is a person are spent as
that person, and a jotted line that names nothing said in a frame ('doing a course',
'including ...') or joins claims of different forms with '+' is never said as typed."""

from __future__ import annotations

import pytest

from followup.config import load_settings
from followup.core import phrasing
from followup.services import drafting

LEXICON = drafting.load_data(load_settings(env={}), "US").language.lexicon


@pytest.mark.parametrize(
    ("line", "clause"),
    [
        # a degree named with the word 'degree'
        ("Bachelor's degree in nursing", "I hold a bachelor's degree in nursing"),
        ("Master's degree in urban planning", "I hold a master's degree in urban planning"),
        ("Associate's degree in welding technology",
         "I hold an associate's degree in welding technology"),
        # a passive claim: the candidate was the one admitted, awarded, elected
        ("Admitted to the New York bar", "I was admitted to the New York bar"),
        ("Awarded the county's farm prize", "I was awarded the county's farm prize"),
        ("Elected staff representative twice", "I was elected staff representative twice"),
        ("Promoted to shift lead in 2023", "I was promoted to shift lead in 2023"),
        # ... but a verb that is also something one does to others stays active
        ("Hired and trained 12 seasonal packers", "I have hired and trained 12 seasonal packers"),
        ("Promoted our spring menu on Instagram", "I have promoted our spring menu on Instagram"),
        # a person with the participle that makes them one
        ("Authorised signatory for site permits", "I am an authorised signatory for site permits"),
        ("Licensed practical nurse in Ohio", "I am a licensed practical nurse in Ohio"),
        ("Authorised gas engineer for boilers", "I am an authorised gas engineer for boilers"),
        # '+' inside one field of work keeps the frame of the whole line
        ("9 yrs survey + mapping", "I have nine years of survey and mapping experience"),
        # a gerund before a person is what they are ('a supervising pharmacist'), and a verb
        # before a thing is what they did
        ("Managing editor", "I am a managing editor"),
        ("Led the depot changeover to scanners", "I have led the depot changeover to scanners"),
        # the number of a numbered name stays in figures, any other one to nine in words
        ("Set up a Key Stage 2 reading club", "I have set up a Key Stage 2 reading club"),
        ("Ran a Level 3 coaching course for 6 volunteers",
         "I have run a Level 3 coaching course for six volunteers"),
        ("Supervised 4 pickers on Dock 2", "I have supervised four pickers on Dock 2"),
        # years in a job whose last word is a person
        ("2 yrs pharmacy technician", "I have spent two years as a pharmacy technician"),
        ("3 yrs warehouse supervisor", "I have spent three years as a warehouse supervisor"),
        ("1 yr marketing intern", "I have spent one year as a marketing intern"),
        # ... with a note after it (the years keep their job, not 'intern experience')
        ("1 yr events intern, ran 2 launches", "I have spent one year as an events intern"),
        ("3 yrs night porter, 120-bed hotel", "I have spent three years as a night porter"),
        ("5 yrs shop floor, 2 as team lead", "I have five years of shop floor experience"),
    ],
)  # fmt: skip
def test_a_claim_reads_in_the_form_of_what_it_is(line: str, clause: str) -> None:
    q = phrasing.qualification(line, LEXICON)
    assert q.clause == clause
    assert q.sure


@pytest.mark.parametrize(
    "line",
    [
        "spanish - basic, taking a course",  # what it is about is the part without a form
        "excel - doing an online course",
        "3 rotations including peds",  # 'including' names no skill of its own
        "MEng civil + 4 yrs site eng @ a contractor",  # a degree and years joined by '+'
        "BA history + 2 yrs TA @ a primary",
        "forklift licence + 5 yrs picker",
    ],
)
def test_a_jotted_claim_that_names_nothing_in_its_frame_is_not_said_as_typed(line: str) -> None:
    q = phrasing.qualification(line, LEXICON)
    assert not q.sure, q.clause
