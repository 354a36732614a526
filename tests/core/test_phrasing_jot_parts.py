"""A jot said only where it reads right: half a sentence ('the night team doing overtime') is no
topic, a name the record misreads from a remark ('dialled in from site') never puts capitals on
'in' or 'and', and a person typed twice with an initial ('Mrs. F. Adeyemi') is one person."""

from __future__ import annotations

import pytest

from followup.config import load_settings
from followup.core import compose, phrasing
from followup.core.models import Person
from followup.services import drafting

LEXICON = drafting.load_data(load_settings(env={})).language.lexicon


@pytest.mark.parametrize(
    "jot",
    [
        "CP team doing loads of renewables",
        "night porters having to cover two wards",
        "the buyers wanting a story by november",
        "the depot getting a second shift",
    ],
)
def test_a_subject_and_its_participle_is_no_topic(jot: str) -> None:
    assert phrasing.JOTTED_SENTENCE in phrasing.phrase_topic(jot, LEXICON).doubts


@pytest.mark.parametrize(
    "jot",
    ["the reasons for having two rotas", "their approach to getting feedback early"],
)
def test_a_participle_after_a_preposition_is_part_of_a_topic(jot: str) -> None:
    assert phrasing.JOTTED_SENTENCE not in phrasing.phrase_topic(jot, LEXICON).doubts


def test_a_closed_class_word_is_never_written_as_a_name() -> None:
    names = ["Dialled In", "In", "And", "Kaduna", "Port of Tacoma"]
    said = phrasing.known_names("talks start in february and run at the port of tacoma", names)
    assert said == "talks start in february and run at the Port of Tacoma"
    assert phrasing.known_names("a brewery in kaduna", names) == "a brewery in Kaduna"


@pytest.mark.parametrize(
    ("one", "two", "same"),
    [
        ("Mrs. F. Adeyemi", "Mrs. Funmilayo Adeyemi", True),
        ("J Okonkwo", "Jideofor Okonkwo", True),
        ("K. Brennan", "Sean Brennan", False),
        ("Fiona Baird", "Felix Baird", False),
    ],
)
def test_a_person_typed_with_an_initial_is_one_person(one: str, two: str, same: bool) -> None:
    assert compose.same_person(Person(one), Person(two, email="x@firm.example")) is same


@pytest.mark.parametrize(
    "line", ["Second Class Upper", "First Class Honours", "upper second", "2:1", "Distinction"]
)
def test_a_degree_class_alone_is_no_qualification(line: str) -> None:
    q = phrasing.qualification(line, LEXICON)
    assert not q.sure and q.doubt == phrasing.GRADE_ALONE


@pytest.mark.parametrize(
    "line",
    ["B.Sc. in Civil Engineering, Second Class Lower", "BA (Hons) History, Upper Second"],
)
def test_a_degree_line_is_never_said_by_its_class(line: str) -> None:
    q = phrasing.qualification(line, LEXICON)
    assert not (q.sure and q.clause.startswith("I am a")), q


@pytest.mark.parametrize(
    ("jot", "head"),
    [
        (
            "6 wk induction w/ a mentor, forklift ticket + first aid in month 1",
            "induction with a mentor",
        ),
        (
            "weekly huddle w/ the charge nurses - 10 min, standing",
            "the weekly huddle with the charge",
        ),
    ],
)
def test_a_head_jotted_with_w_slash_is_said_by_its_head(jot: str, head: str) -> None:
    assert head in phrasing.phrase_topic(jot, LEXICON).short_them


@pytest.mark.parametrize(
    ("jot", "said"),
    [
        ("6 month contract with the council", "the 6-month contract"),
        ("their 2 year plan for the depot", "2-year plan"),
        ("3 day shifts a week", "3 day shifts"),  # three shifts by day, not three-day shifts
    ],
)
def test_a_count_of_weeks_months_or_years_before_a_noun_is_hyphened(jot: str, said: str) -> None:
    assert said in phrasing.phrase_topic(jot, LEXICON).to_them
