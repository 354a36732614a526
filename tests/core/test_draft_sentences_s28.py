"""Drafts (issue 10), session 28: sentences a recruiter reads as certainly right.

Kinds: figures keep their units and scales as people write them ('sq ft', 'lakh', 'R4m+');
each CV line takes the verb its grammatical form needs, or is left out; a course is never
claimed as work done; a jot the notes keep private never reaches a sentence; a stock topic
line never frames small talk or a phrase that is no clean noun phrase. Names and wording are
invented for these tests."""

from __future__ import annotations

import re

import pytest

from followup.config import load_settings
from followup.core import phrasing
from followup.services import drafting

LEXICON = drafting.load_data(load_settings(env={})).language.lexicon


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("Ran a 2.4 lakh sq ft cold store for a dairy co-op", "2.4 lakh sq ft cold store"),
        ("Fitted out a 40,000 sq m cross-dock", "40,000 sq m cross-dock"),
        ("Rebuilt a 12 ft flood wall at a marina", "12 ft flood wall"),
        ("Led a night crew of 14 FTE", "14 FTE"),
        ("Grew the loan book to 6.5 crore", "6.5 crore"),
    ],
)
def test_a_figure_keeps_its_unit_as_people_write_it(line: str, kept: str) -> None:
    q = phrasing.qualification(line, LEXICON)
    assert kept in q.clause, q
    assert "full-time" not in q.clause
    assert q.sure, q


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ("Secured R9m+ in bursary funding", "more than R9m in bursary funding"),
        ("Booked £250k+ of repeat orders", "more than £250k of repeat orders"),
    ],
)
def test_a_plus_after_an_amount_is_more_than(line: str, said: str) -> None:
    q = phrasing.qualification(line, LEXICON)
    assert said in q.clause, q
    assert " and " not in q.clause


def test_a_jotted_area_is_no_shorthand_left() -> None:
    assert phrasing.shorthand_words("a 90,000 sq ft chilled hub", LEXICON) == []
    assert phrasing.unknown_two_letters("a 90,000 sq ft chilled hub", LEXICON) is None
    # elsewhere the shorthand is still read as such
    assert phrasing.shorthand_words("an ft role in the hub", LEXICON) == ["ft"]


@pytest.mark.parametrize(
    ("line", "clause"),
    [
        (
            "Four years of weekend cello teaching",
            "I have four years of weekend cello teaching",
        ),
        (
            "Two years of private IGCSE physics tutoring",
            "I have two years of private IGCSE physics tutoring",
        ),
    ],
)
def test_time_spent_is_had_never_held(line: str, clause: str) -> None:
    q = phrasing.qualification(line, LEXICON)
    assert q.clause == clause
    assert q.form == "years"


@pytest.mark.parametrize(
    ("line", "lead"),
    [
        (
            "Set painter for a touring puppet company for three years",
            "I have worked as a set painter",
        ),
        ("Cut editor on two wildlife documentaries", "I have worked as a cut editor"),
        ("Lead glazier on a cathedral restoration crew", "I have worked as a lead glazier"),
    ],
)
def test_a_post_whose_first_word_is_also_a_verb_is_worked_as(line: str, lead: str) -> None:
    q = phrasing.qualification(line, LEXICON)
    assert q.clause.startswith(lead), q
    assert not q.clause.startswith(("I have set ", "I have cut ", "I have led ")), q


@pytest.mark.parametrize(
    "line",
    ["Led apprentices across two depots", "Set up a lending library for the ward"],
)
def test_a_deed_keeps_its_verb(line: str) -> None:
    assert phrasing.qualification(line, LEXICON).clause.startswith(("I have led", "I have set up"))


@pytest.mark.parametrize(
    "line",
    [
        "Five years of coastal, estuarine and reef survey work with a trust",
        "Three years of neonatal, paediatric and adolescent dietetics",
    ],
)
def test_a_list_of_modifiers_is_never_cut_at_its_first_comma(line: str) -> None:
    q = phrasing.qualification(line, LEXICON)
    if q.sure:
        assert q.clause.rstrip(".").endswith(line.split()[-1]), q


@pytest.mark.parametrize(
    ("line", "clause"),
    [
        ("MSc Glaciology (distinction)", "I hold an MSc in Glaciology with distinction"),
        ("MA Medieval Studies (merit)", "I hold an MA in Medieval Studies with merit"),
        ("BCom Taxation cum laude", "I hold a BCom in Taxation cum laude"),
        ("BSc Honours in Oceanography", "I hold a BSc (Hons) in Oceanography"),
    ],
)
def test_a_degree_grade_is_said_after_it_never_as_its_school(line: str, clause: str) -> None:
    q = phrasing.qualification(line, LEXICON)
    assert q.clause == clause
    assert q.sure


@pytest.mark.parametrize("line", ["LLB (Keele) summa cum laude", "MBA (Lisbon)"])
def test_a_bracket_alone_after_a_degree_is_left_out(line: str) -> None:
    q = phrasing.qualification(line, LEXICON)
    assert not q.sure or " in Keele" not in q.clause and " in Lisbon" not in q.clause, q


@pytest.mark.parametrize(
    ("line", "clause"),
    [
        (
            "400-hour internship with a harbour festival crew",
            "I completed a 400-hour internship with a harbour festival crew",
        ),
        (
            "Clinical rotations in hand therapy and burns rehabilitation",
            "I completed clinical rotations in hand therapy and burns rehabilitation",
        ),
    ],
)
def test_a_stint_of_supervised_practice_is_completed(line: str, clause: str) -> None:
    assert phrasing.qualification(line, LEXICON).clause == clause


def test_a_first_degree_is_never_an_untied_statement_of_fit() -> None:
    from followup.core import compose

    assert not compose._fits(phrasing.qualification("BSc Zoology", LEXICON), LEXICON)
    assert not compose._fits(phrasing.qualification("JD, Tulane", LEXICON), LEXICON)
    assert compose._fits(phrasing.qualification("MSc Zoology", LEXICON), LEXICON)
    assert compose._fits(
        phrasing.qualification("Four years of reef monitoring dives", LEXICON), LEXICON
    )


def _drafts(company: str, role: str, names: tuple[str, ...], topics: list[str], quals: list[str]):
    import sys

    sys.path.insert(0, "tests")
    from followup.core.models import Format, Profile
    from helpers_drafts import drafts_of, email_round, panel_people

    domain = company.split()[0].lower() + ".example"
    i = email_round(
        company, role, panel_people(domain, *names), format=Format.IN_PERSON, country="GB",
        topics=topics,
    )  # fmt: skip
    profile = Profile(name="Noor Halloran", email="noor@example.net", qualifications=quals)
    return [w.draft.body for w in drafts_of(i, profile)]


def test_a_course_is_never_claimed_as_work_done() -> None:
    bodies = _drafts(
        "Lindqvist Biologics",
        "QA Associate",
        ("Maren Holt", "Idris Fane"),
        ["maren: the deviation backlog in the fill-finish suite, wants GMP people"],
        ["Finished an online GMP fundamentals course", "Three years of ELISA assay work"],
    )
    for body in bodies:
        for s in re.split(r"(?<=[.!?])\s+", body):
            if "course" in s:
                assert not re.search(r"kind of work|my own work|close to my", s), s


def test_a_blunt_jot_is_never_said_back_as_what_they_told_you() -> None:
    bodies = _drafts(
        "Harrowgate Foods",
        "Finance Business Partner",
        ("Ines Marchetti", "Tobiah Crane"),
        [
            "ines: close takes 9 days, ines wants to scrap the quarterly 'planning pageant' and "
            "move to rolling targets"
        ],
        ["Cut the month-end close from eight days to four at a bakery group"],
    )
    for body in bodies:
        low = body.lower()
        assert "scrap" not in low, body
        assert "pageant" not in low, body


def test_a_jotted_sequence_gives_no_topic() -> None:
    from followup.core import slot_grammar

    found = slot_grammar.salvage_topic(
        "seat plan: conveyancing 6 mths, then probate or family",
        LEXICON.slots,
        LEXICON.word_classes,
    )
    assert not any(f.startswith("the then") for f in found), found


@pytest.mark.parametrize(
    "jot",
    ["quad bike travel to the farms 2 days/wk", "ferry crossings to the island sites 3x per week"],
)
def test_how_often_is_a_condition_never_a_salvaged_topic(jot: str) -> None:
    from followup.core import compose

    language = drafting.load_data(load_settings(env={})).language
    s = compose.Specific(text=jot, kind="topic", recorded=jot, usable=False)
    assert not compose.salvaged(s, language, frozenset()).usable


@pytest.mark.parametrize(
    "line",
    [
        "CIMA (UK), qualified at a regional firm",
        "Chartered Surveyor (MRICS), trained with a top-ten practice",
    ],
)
def test_a_later_part_that_only_describes_the_first_is_never_said_alone(line: str) -> None:
    q = phrasing.qualification(line, LEXICON)
    assert not (q.sure and q.clause.startswith(("I am qualified", "I am trained"))), q


def test_no_panel_note_leads_a_claim_with_filler_or_repeats_another_s() -> None:
    bodies = _drafts(
        "Quillfeather Press",
        "Production Editor",
        ("Ottilie Brack", "Seamus Nield", "Ana Vukovic", "Jory Penhale"),
        ["seamus: the spring list slipping two weeks"],
        ["Six years of copy-editing trade non-fiction", "Saw 40 titles through to print"],
    )
    said: list[str] = []
    for body in bodies:
        assert "as my application sets out" not in body.lower(), body
        said += [s for s in re.split(r"(?<=[.!?])\s+", body) if s.startswith("I have ")]
    assert len(said) == len(set(said)), said


@pytest.mark.parametrize(
    ("line", "clause"),
    [
        (
            "Coached netball teams of under-12s for three seasons",
            "I have coached netball teams of under-12s for three seasons",
        ),
        (
            "Five years of survey work with offshore and onshore teams",
            "I have five years of survey work with offshore and onshore teams",
        ),
    ],
)
def test_an_everyday_plural_is_no_product_name(line: str, clause: str) -> None:
    assert phrasing.qualification(line, LEXICON).clause == clause


def test_a_gerund_before_a_stint_of_practice_is_one_noun() -> None:
    q = phrasing.qualification("Midwifery placement on a birth centre", LEXICON)
    assert not q.clause.startswith("I have experience"), q
    q = phrasing.qualification("Teaching placement across Years 3 to 6", LEXICON)
    assert q.clause == "I completed a teaching placement across Years 3 to 6", q
