"""A claim states the profile's fact, never more, and never the thinnest one (drafts B,
session 13). Lines in fresh wording, across trades.

- a qualification written as a noun ('Warehouse relayout project', 'A six-week field
  campaign') says the candidate worked on it or took part in it, never that they led it;
  'led' only when the line says led;
- a licence to drive or operate a machine (forklift, reach truck, telehandler, loader,
  tractor) is a thin line: never the claim offered for want of a better one."""

from __future__ import annotations

import pytest

from followup.core import compose, phrasing


@pytest.fixture(scope="module")
def language() -> compose.Language:
    from followup.config import load_settings
    from followup.services import drafting

    return drafting.load_data(load_settings(env={}), "GB").language


NOT_LED = [
    ("A four-month stock-count cleanup project at a 3PL", "I worked on a four-month"),
    ("Two-site ERP migration for a regional wholesaler", "I worked on a two-site ERP migration"),
    ("Customer portal redesign for a housing association", "I worked on a customer portal"),
    ("A three-week soil sampling campaign in the Fens", "I took part in a three-week"),
    ("Night-shift pilot of handheld scanners", "I took part in a night-shift pilot"),
    ("Ward refurbishment programme, 24 beds", "I worked on a ward refurbishment"),
]


@pytest.mark.parametrize(("line", "start"), NOT_LED)
def test_a_noun_line_is_never_said_as_led(
    line: str, start: str, language: compose.Language
) -> None:
    said = phrasing.qualification(line, language.lexicon).clause
    assert said.startswith(start), said
    assert " led " not in f" {said} "


@pytest.mark.parametrize(
    "line",
    [
        "Led the ERP migration at a regional wholesaler",
        "Led a 12-person pilot of handheld scanners",
    ],
)
def test_led_when_the_line_says_led(line: str, language: compose.Language) -> None:
    said = phrasing.qualification(line, language.lexicon).clause
    assert said.startswith(("I led ", "I have led ")), said


THIN = [
    "Forklift licence (counterbalance)",
    "Reach truck certificate",
    "Telehandler ticket",
    "Loader and tractor licence",
]


@pytest.mark.parametrize("line", THIN)
def test_a_machine_licence_is_thin(line: str, language: compose.Language) -> None:
    from followup.core import claims

    assert claims.substance_rank(line, language) == "thin"


@pytest.mark.parametrize(
    "line",
    [
        "Four years dispatching for a parcel carrier",
        "NEBOSH General Certificate",
        "Cut pick errors by 40% across two sites",
    ],
)
def test_a_substantive_line_is_not_thin(line: str, language: compose.Language) -> None:
    from followup.core import claims

    assert claims.substance_rank(line, language) != "thin"


def test_a_planners_panel_never_hears_of_the_forklift_licence(
    language: compose.Language,
) -> None:
    from datetime import date

    from followup.core.models import Profile
    from followup.core.plan import Plan
    from followup.core.records import from_record

    people = [
        {"name": n, "email": f"{n.split()[0].lower()}@depot.example", "role": "interviewer"}
        for n in ("Ines Carvalho", "Bartek Nowicki", "Ruth Abara", "Sol Mendes")
    ]
    record = {
        "company": "Tamar Freight Ltd",
        "role": "Shift Planner",
        "interviewed": "2027-06-08",
        "tz": "Europe/London",
        "format": "in-person",
        "channel": "email",
        "country": "GB",
        "people": people,
        "topics": [
            "ines: nights always 6 short, wants live replanning",
            "bartek - new rostering tool in spring",
            "ruth: agency spend up 20% this year",
            "sol showed the cross-dock",
        ],
        "items": [],
    }
    profile = Profile(
        name="Kit Oduya",
        email="kit@post.example",
        phone=None,
        qualifications=[
            "Forklift licence (counterbalance and reach)",
            "Three years planning night shifts at a parcel hub",
        ],
    )
    interview = from_record(record)
    plan = Plan("email", "contact", None, None, "wait", (), (), ())
    facts = compose.compose(
        interview, profile, plan, "email", interview.people, date(2027, 6, 10), language, each=True
    )
    assert not any("forklift" in " ".join(f.paragraphs).lower() for f in facts)
