"""Qualification lines in shapes a CV or a jot gives them: a degree with its field after a
comma ('MSc, Data Science': *in* the field) or its school ('BA, Hunter College': *from* it);
years in a job with a tail after a comma; a '#' before a figure said as 'number'."""

import pytest

from followup.config import load_settings
from followup.core import phrasing
from followup.services import drafting


@pytest.fixture(scope="module")
def lexicon() -> phrasing.Lexicon:
    return drafting.load_data(load_settings(env={}), "US").language.lexicon


@pytest.mark.parametrize(
    ("line", "clause"),
    [
        ("MEng, Structural Engineering", "I hold an MEng in Structural Engineering"),
        (
            "Master of Public Health, Global Health Policy",
            "I hold a Master of Public Health in Global Health Policy",
        ),
        ("BA, Oberlin College", "I hold a BA from Oberlin College"),
        ("MBA, Wharton", "I hold an MBA from Wharton"),
        ("MA in Sociology, Bryn Mawr College", "I hold an MA in Sociology from Bryn Mawr College"),
    ],
)
def test_a_degree_is_in_its_field_and_from_its_school(
    line: str, clause: str, lexicon: phrasing.Lexicon
) -> None:
    q = phrasing.qualification(line, lexicon)
    assert q.sure and q.clause == clause


@pytest.mark.parametrize(
    ("line", "clause"),
    [
        ("4 yrs paramedic in leeds, mostly nights", "I have spent four years as a paramedic"),
        ("2 yrs barista at a roastery, then shift lead", "I have spent two years as a barista"),
    ],
)
def test_years_in_a_job_with_a_tail(line: str, clause: str, lexicon: phrasing.Lexicon) -> None:
    q = phrasing.qualification(line, lexicon)
    assert q.sure and q.clause.startswith(clause)
    assert "years of" not in q.clause


def test_a_number_sign_is_said_as_number(lexicon: phrasing.Lexicon) -> None:
    q = phrasing.qualification("ranked #1 in the district for referrals", lexicon)
    assert "number one" in q.clause and " and 1" not in q.clause and "#" not in q.clause


@pytest.mark.parametrize(
    ("line", "clause"),
    [
        ("trained 40+ volunteers on the new intake system", "I have trained more than 40"),
        ("trained over 120 cashiers", "I have trained over 120 cashiers"),
        ("certified about 60 forklift drivers", "I have certified about 60 forklift drivers"),
    ],
)
def test_a_participle_before_a_count_is_a_deed(
    line: str, clause: str, lexicon: phrasing.Lexicon
) -> None:
    q = phrasing.qualification(line, lexicon)
    assert q.clause.startswith(clause), q.clause
    assert " with " not in q.clause


@pytest.mark.parametrize(
    ("phrase", "said"),
    [("cryoSPARC", "cryoSPARC"), ("iPad", "iPad"), ("eBay listings", "eBay listings")],
)
def test_a_name_in_its_own_capitals_takes_no_article(
    phrase: str, said: str, lexicon: phrasing.Lexicon
) -> None:
    assert phrasing.noun_phrase(phrase, lexicon) == said


@pytest.mark.parametrize(
    "line",
    [
        "Snowflake - used it daily, no cert",
        "no licence",
        "I have never managed a team directly",
        "I am not yet registered with the board",
    ],
)
def test_a_line_that_denies_is_never_claimed(line: str, lexicon: phrasing.Lexicon) -> None:
    q = phrasing.qualification(line, lexicon)
    assert not q.sure and q.doubt == phrasing.NEGATED, q.clause
