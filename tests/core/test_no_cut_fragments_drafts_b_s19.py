"""A jotted note that is no phrase as a whole is said by a noun phrase it is about only when
that phrase is whole (issue 10, point 1): never cut before a word of the same name or term,
be it shorthand for a noun ('new emissions regs' is never 'the new emissions') or a
hyphenated compound ('new self check-in gates' is never 'the new self'). A compound of a verb
and its particle ('check-in', 'drop-off', 'walk-through') names a thing, so the phrase takes it
whole. Otherwise the note is left out and the user asked. Jots in fresh wording (a freight
depot, a port authority, a clinic, a library)."""

from __future__ import annotations

import pytest

from followup.core import compose
from followup.core.records import from_record


def said(jot: str, language: compose.Language) -> compose.Specific:
    record = {
        "company": "Harbourline Port Authority",
        "role": "Compliance Officer",
        "interviewed": "2027-03-09",
        "tz": "America/New_York",
        "format": "in-person",
        "channel": "email",
        "country": "US",
        "people": [
            {"name": "Wilhelmina Oduya", "email": "wo@harbourline.example", "title": None,
             "role": "interviewer"},
        ],
        "topics": [jot],
    }  # fmt: skip
    return next(iter(compose.said_specifics(from_record(record), language)))


@pytest.mark.parametrize(
    ("jot", "cut"),
    [
        ("wilhelmina: new ballast water regs → sampling program, quarterly audits", "water"),
        ("toured the gatehouse → new self check-in gates, drivers skip them anyway", "self"),
        ("new patient drop-off bays out front, nobody uses them", "patient"),
        ("wilhelmina said new berth safety reqs → more paperwork for pilots", "safety"),
        ("library: new self check-out desks, patrons still queue at the counter", "self"),
    ],
)
def test_a_phrase_is_never_cut_off_its_name(jot: str, cut: str, language) -> None:
    s = said(jot, language)
    if s.usable:
        assert not s.text.endswith(f" {cut}"), s.text
        assert not s.text.lower().endswith(("regs", "reqs")), s.text


@pytest.mark.parametrize(
    ("jot", "whole"),
    [
        ("toured the gatehouse → new self check-in gates, drivers skip them anyway",
         "self check-in gates"),
        ("library: new self check-out desks, patrons still queue at the counter",
         "self check-out desks"),
    ],
)  # fmt: skip
def test_a_verb_and_particle_compound_stays_in_its_phrase(jot: str, whole: str, language) -> None:
    s = said(jot, language)
    assert s.usable and whole in s.text, s


@pytest.mark.parametrize(
    "jot",
    [
        "wilhelmina: what pilots hate most is the paperwork at the berth, nobody reads it",
        "what the crews want is a proper handover log",
    ],
)
def test_a_wh_phrase_whose_point_comes_after_it_is_never_said_alone(jot: str, language) -> None:
    s = said(jot, language)
    assert not (s.usable and s.text.startswith("what ") and " is " not in s.text), s.text


@pytest.mark.parametrize(
    ("jot", "phrase"),
    [
        ("Simpro for quotes, moving to something else next yr", "Simpro for quotes"),
        ("Tanda for timesheets", "Tanda for timesheets"),
    ],
)
def test_a_product_typed_with_its_capital_keeps_it_and_takes_no_article(
    jot: str, phrase: str, language
) -> None:
    s = said(jot, language)
    assert s.text == phrase, s.text


@pytest.mark.parametrize(
    ("jot", "ending"),
    [
        ("wilhelmina wants manifests to sync from the customs portal overnight", "to sync"),
        ("she needs berth plans to update from the AIS feed automatically", "to update"),
    ],
)
def test_an_aim_is_never_cut_after_its_verb(jot: str, ending: str, language) -> None:
    s = said(jot, language)
    if s.usable:
        assert not s.text.endswith(ending), s.text
        assert not s.about.endswith(ending), s.about


def test_a_want_is_no_noun(language) -> None:
    from followup.core import phrasing

    lexicon = language.lexicon
    assert phrasing.noun_phrase("want to move to the new berth system", lexicon).startswith(
        "want to"
    )
    assert phrasing.noun_phrase("need to hire two pilots", lexicon) == "the need to hire two pilots"
