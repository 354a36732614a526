"""A phrase a note places must stand on its own, and the candidate's own part is never
credited to the interviewer.

Kinds of fault, each tested in its own wording: a word that points back at the rest of the
note, a word that reads only inside the note's clause, a time for a thing, a person or an
honorific, a unit whose figure was cut, a name or a compound cut short, the note's verb, a
record's name in lower case; a note about the candidate's own answer, test or story; a test
an interviewer set ('had me …', "x's test"); a perk, which is never a highlight."""

from __future__ import annotations

from datetime import date

import pytest

from followup.config import load_settings
from followup.core import compose
from followup.core.models import Format, Interview, Person, PersonRole, Profile
from followup.services import drafting

DATA = drafting.load_data(load_settings(env={}))
LEXICON = DATA.language.lexicon


@pytest.mark.parametrize(
    ("phrase", "jotted", "fault"),
    [
        ("the same screen", "wants the rota on the same screen as payroll", compose.POINTS_BACK),
        ("the other depot", "other depot still books loads on paper", compose.POINTS_BACK),
        ("the kiln relining due", "kiln relining due before the shutdown", compose.CUT_CLAUSE),
        ("the mid term", "inspectors came mid term", compose.CUT_CLAUSE),
        ("the next quarter", "budget freeze for the next quarter", compose.A_TIME),
        ("the Okafor madam", "okafor madam: audit findings", compose.A_PERSON),
        ("the MW array", "3.5 MW array going on the warehouse roof", compose.CUT_UNIT),
        ("the km haul road", "new 12-km haul road to the east pit", compose.CUT_UNIT),
        ("the Roses programme", "Bread & Roses programme with the food bank", compose.CUT_NAME),
        ("the report rollout", "incident report rollout across the depots", compose.CUT_NAME),
        ("the wetland restoration", "4 wetland restoration jobs near the coast", compose.CUT_NAME),
        ("the supplier contract ends", "supplier contract ends june, retender", compose.CUT_VERB),
        ("the press line moving old stock", "press line moving old stock to bay 4",
         compose.CUT_VERB),
        ("the bexar county", "e-filing in bexar county", compose.LOWER_NAME),
        ("the cab sub", "cab sub on rent caps", compose.SHORT_WORDS),
        ("the forklift checks take", "forklift checks take too long on nights", compose.CUT_VERB),
        ("the HR rotating shifts", "12hr rotating shifts first 6 mths", compose.CUT_UNIT),
        ("the theatre rotations", "theatre rotations / recovery / day surgery", compose.CUT_NAME),
        ("the vaccine study clinical", "vaccine study clinical n=120, claims review",
         compose.CUT_NAME),
    ],
)  # fmt: skip
def test_a_phrase_cut_from_its_note_is_refused_by_kind(
    phrase: str, jotted: str, fault: str
) -> None:
    found = compose.standalone_fault(phrase, jotted, LEXICON, ["Bexar County"])
    assert found is not None
    head = fault.split("{")[0]
    assert found.startswith(head) or head in found, (found, fault)


@pytest.mark.parametrize(
    ("phrase", "jotted"),
    [
        ("the busy season", "busy season is oct to dec, all hands"),  # a thing, not a time
        ("the cold chain audit", "per noel, cold chain audit in oct"),
        ("the wetland restoration project", "wetland restoration project slipping"),
        ("the planning tool rollout", "planning tool rollout across three sites"),
        ("the new teams", "2 new teams ramping in feb"),  # a noun, then the verb
        ("the loading bay upgrade", "loading bay upgrade, then the yard"),
        ("the heat load", "heat load way up since shaft 4"),
        ("the bike service corner", "walked the floor - bike service corner + ski rentals"),
        ("the old queenslanders", "switchboard upgrades on old queenslanders"),
    ],
)
def test_a_phrase_that_stands_alone_is_kept(phrase: str, jotted: str) -> None:
    assert compose.standalone_fault(phrase, jotted, LEXICON) is None


@pytest.mark.parametrize(
    ("jotted", "phrase", "own"),
    [
        ("gave my talk on spread rates", "the spread rates", True),
        ("walked them thru my pricing model", "the pricing model", True),
        ("q on conflict → told the story of the late shipment", "the late shipment", True),
        ("biggest weakness → the late shipment, what i'd do now", "the late shipment", True),
        ("neha had me reconcile the petty cash", "the petty cash", True),
        ("they showed me the new press line", "the new press line", False),
        ("press line tour + asked my notice period", "the press line tour", False),
        ("new depot in leeds, asked if i'd relocate", "the new depot", False),
    ],
)  # fmt: skip
def test_a_note_about_the_candidates_own_part_is_known(jotted: str, phrase: str, own: bool) -> None:
    assert compose.own_part(jotted, phrase, LEXICON) is own


def _round(topics: list[str]) -> Interview:
    return Interview(
        company="Ridgeback Freight Ltd",
        role="transport planner",
        interviewed=date(2027, 3, 2),
        format=Format.IN_PERSON,
        country="GB",
        people=[
            Person(name="Ola Brennan", email="ob@x.example", role=PersonRole.COORDINATOR),
            Person(name="Neha Sandhu", email="ns@x.example"),
            Person(name="Kofi Mensah", email="km@x.example"),
        ],
        topics=topics,
        qualifications=["planned routes for a 60-truck fleet"],
    )


def _specific(topic: str) -> compose.Specific:
    (spec,) = compose.specifics_of(_round([topic]), DATA.language)
    return spec


def test_a_test_an_interviewer_set_is_the_candidates_exercise_and_theirs() -> None:
    spec = _specific("neha had me re-plan the tuesday trunk runs → cut 2 vehicles")
    assert spec.usable and spec.kind == "exercise" and spec.owner == "Neha Sandhu", spec
    assert spec.text == "the tuesday trunk runs" or spec.text.startswith("the ")
    spec = _specific("kofi's test: load plan for 3 trailers, ran out of time on the last")
    assert spec.usable and (spec.kind, spec.text, spec.owner) == (
        "exercise",
        "the load plan",  # what the test was, when it reads
        "Kofi Mensah",
    )


def test_what_the_candidate_did_is_their_own_exercise() -> None:
    spec = _specific("presented my route review - kofi asked about fuel")
    assert spec.usable and spec.kind == "exercise" and spec.text.startswith("my "), spec
    spec = _specific("taught a sample lesson - yr 8 forces, 2 groups")
    assert spec.usable and spec.kind == "exercise" and spec.text == "my sample lesson", spec
    spec = _specific("working interview: 4 jobs w/ the ops team (2 late loads)")
    assert spec.usable and spec.kind == "exercise" and spec.text == "the working interview", spec


@pytest.mark.parametrize(
    "topic",
    [
        "q about a missed delivery → told my story about the snow week",
        "used the depot closure example for the change question",
        "my answer on driver hours → kofi liked the tachograph bit",
    ],
)
def test_the_candidates_own_story_is_never_placed_as_theirs(topic: str) -> None:
    spec = _specific(topic)
    assert not spec.usable or spec.kind == "exercise", spec


@pytest.mark.parametrize(
    "topic", ["4-day wk trial, fridays off", "free parking + gym on site", "car allowance 5k"]
)
def test_a_perk_is_never_a_highlight(topic: str) -> None:
    assert not _specific(topic).usable


def test_no_note_places_a_phrase_that_does_not_stand_alone() -> None:
    topics = [
        "kofi: other depot in hull uses the same TMS",
        "neha: 2.4 MW solar on the cross-dock roof, install in may",
        "Safe & Sound driver scheme rollout, training in april",
        "kofi: fleet renewal ends 2028 → electric vans",
    ]
    notes = compose.compose(
        _round(topics), Profile("Dana Oyelowo", "do@example.com"), None, "email",
        _round(topics).interviewers, date(2027, 3, 3), DATA.language, each=True,
    )  # fmt: skip
    text = " ".join(" ".join(n.paragraphs) for n in notes)
    for bad in ("the same", "the other", "the MW", "the Sound", "renewal ends"):
        assert bad not in text, (bad, text)


def test_a_problem_salvaged_by_its_own_words_is_said_as_one() -> None:
    spec = _specific("yard did 40k lifts last yr, damage 1.9% (high), staff turnover after peak")
    assert spec.usable and (spec.kind, spec.text) == ("challenge", "the staff turnover"), spec


def test_a_salvaged_phrase_takes_no_capital_from_a_product_list() -> None:
    spec = _specific("neha: 3 depots, overlapping delivery windows, drivers wait an hour")
    assert "Windows" not in spec.text, spec
