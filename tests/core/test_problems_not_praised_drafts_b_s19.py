"""An employer's problem is never praised (issue 10): a measure that rose when nobody said
rising is good ('LTIFR 0.8 -> 1.9'), one whose jot names harm beside it ('… mostly slips'), a
loss, a pile of work waiting, staff leaving — none is ever "encouraging", "exciting", "great
to hear" or "a highlight"; it takes an offer to help or a question. A measure that rose and is
good to have more of ('donations', 'bookings') is still good news. Rounds in fresh wording (a
freight yard, a food bank, a call centre, a marina)."""

from __future__ import annotations

import re
from datetime import date

import pytest

from followup.core import clauses, compose
from followup.core.models import Profile
from followup.core.plan import Plan
from followup.core.records import from_record

PRAISE = re.compile(
    r"\b(?:good|great|glad|encouraging|enjoyed|highlight|loved|exciting|excited|keen|"
    r"fascinating|inspiring|interesting|pleased)\b",
    re.I,
)
PROFILE = Profile(
    name="Tamsin Rowe",
    email="tamsin.rowe@post.example",
    phone=None,
    qualifications=["Five years running depot safety programs"],
)


def note(jot: str, language: compose.Language) -> str:
    record = {
        "company": "Redgate Freight Yard",
        "role": "Yard Safety Lead",
        "interviewed": "2027-05-11",
        "tz": "America/Denver",
        "format": "in-person",
        "channel": "email",
        "country": "US",
        "people": [
            {"name": "Ysolde Barrett", "email": "yb@redgate.example", "title": None,
             "role": "interviewer"},
        ],
        "topics": [jot],
    }  # fmt: skip
    interview = from_record(record)
    plan = Plan("email", "contact", None, None, "wait", (), (), ())
    facts = compose.compose(
        interview, PROFILE, plan, "email", list(interview.people), date(2027, 5, 13), language,
        each=True,
    )  # fmt: skip
    return " ".join(facts[0].paragraphs)


@pytest.mark.parametrize(
    ("jot", "mark"),
    [
        ("ysolde: LTIFR 0.6 -> 1.7 last yr, mostly crush injuries", "LTIFR"),
        ("ysolde - DART rate 1.1 → 2.4 since last spring", "DART"),
        ("forklift near-misses 12 → 31 last qtr", "near-miss"),
        ("ysolde: reach stacker turnover is killing them, 5 drivers gone since may", "turnover"),
        ("backlog of 450 damage claims from the winter", "claims"),
        ("ysolde said overtime up 30% since the spring peak", "overtime"),
        ("container dwell time 3 → 6 days since the new berth opened", "dwell"),
    ],
)
def test_a_problem_is_never_praised(jot: str, mark: str, language) -> None:
    text = note(jot, language)
    for sentence in re.split(r"(?<=[.!?;])\s+", text):
        if mark.lower() in sentence.lower():
            assert not PRAISE.search(sentence), sentence


@pytest.mark.parametrize(
    "jot",
    [
        "TRIR 0.9 → 2.2 last yr",
        "rework hours 40 → 95 since the reshuffle",
        "call abandonment 4% → 11% after the go-live",
    ],
)
def test_a_rise_nobody_called_good_is_no_good_news(jot: str, language) -> None:
    clause = clauses.read(jot, language.clauses, language.lexicon, {})
    assert clause is None or clause.kind != "fact", clause


@pytest.mark.parametrize(
    ("jot", "kind"),
    [
        ("food bank donations 2000 → 3500 last yr", "fact"),
        ("berth bookings up 25% since the new pontoon", "fact"),
        ("parcel returns 5% → 9% last yr", "problem"),
        ("headcount 40 → 60 last yr", "change"),
        ("gift shop sales 2,000 → 3,500 last yr", "fact"),
    ],
)
def test_a_rise_in_what_is_good_to_have_is_good_news(jot: str, kind: str, language) -> None:
    clause = clauses.read(jot, language.clauses, language.lexicon, {})
    assert clause is not None and clause.kind == kind, clause
