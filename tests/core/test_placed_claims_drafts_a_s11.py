"""A claim is placed whole and grammatical, or not at all (drafts A, session 11): a line cut at
a comma that sits between two modifiers of one noun ('a two-week, 30-person audit') loses its
object when only the part before the comma is said; a shorthand word inside a capitalised
name or degree field ('Mass Comm') is no word the shorthand table may expand; a count and a
unit jotted before a noun with no article ('four bed bay') is one modifier and takes one."""

from __future__ import annotations

import pytest

from followup.config import load_settings
from followup.core import phrasing
from followup.services import drafting

LEXICON = drafting.load_data(load_settings(env={})).language.lexicon


@pytest.mark.parametrize(
    "line",
    [
        "Organised a two-week, 30-person audit",
        "Ran a 12-month, multi-site rollout",
        "Managed a busy, 40-bed ward",
        "Planned a three-night, 90-guest retreat",
    ],
)
def test_a_line_cut_between_two_modifiers_is_said_whole_or_not_used(line):
    q = phrasing.qualification(line, LEXICON)
    noun = line.split()[-1]
    assert not q.sure or noun in q.clause, q.clause


@pytest.mark.parametrize(
    ("line", "garbled"),
    [
        ("BSc Mass Comm", "commercial"),
        ("BA Mass Comm, University of Ibadan", "commercial"),
        ("BA Int Rel, University of Nairobi", "from Int"),
        ("Diploma in Public Admin, Makerere University", "Public administration"),
    ],
)
def test_shorthand_inside_a_name_or_field_is_not_expanded_half(line, garbled):
    q = phrasing.qualification(line, LEXICON)
    assert not q.sure or garbled not in q.clause, q.clause


def test_a_known_field_shorthand_still_reads():
    q = phrasing.qualification("BSc Mass Comm", LEXICON)
    assert q.sure and "mass communication" in q.clause.lower(), q.clause
    assert phrasing.qualification("MSc comp sci", LEXICON).clause.endswith("computer science")


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Ran three person crew", "a three-person crew"),
        ("Led five member team on night shift", "a five-member team"),
        ("Supervised four bed bay", "a four-bed bay"),
        ("Ran 2 day workshops", "two-day workshops"),
    ],
)
def test_a_count_and_unit_before_a_noun_is_one_modifier(line, want):
    q = phrasing.qualification(line, LEXICON)
    assert not q.sure or want in q.clause, q.clause
    if q.sure:
        assert not any(f" {w} " in f" {q.clause} " for w in ("person crew", "bed bay"))
