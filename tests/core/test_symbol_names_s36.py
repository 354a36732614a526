"""Names spelt with symbols ('C++', 'C#', 'F#', 'CompTIA A+'): their '+' and '#' are the
name, never a jotted 'and' nor a symbol left in prose; a '+' between two words still is."""

import pytest

from followup.config import load_settings
from followup.core import phrasing
from followup.services import drafting


@pytest.fixture(scope="module")
def lexicon() -> phrasing.Lexicon:
    return drafting.load_data(load_settings(env={}), "US").language.lexicon


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("Six years of C++ embedded firmware", "C++ embedded firmware"),
        ("4 yrs C#, mostly backend", "C#"),
        ("Wrote the pricing engine in F# and C++", "F# and C++"),
        ("CompTIA A+ certified", "CompTIA A+"),
    ],
)
def test_a_name_spelt_with_symbols_is_said_whole(
    line: str, kept: str, lexicon: phrasing.Lexicon
) -> None:
    q = phrasing.qualification(line, lexicon)
    assert q.sure, q.doubt
    assert kept in q.clause
    assert " and and" not in q.clause and "C and" not in q.clause


def test_a_plus_between_words_is_still_and(lexicon: phrasing.Lexicon) -> None:
    assert phrasing.qualification("paramedic + firefighter", lexicon).clause.endswith(
        "paramedic and firefighter"
    )
    assert phrasing.leaked("scheduling + rostering", lexicon) == ["+"]


def test_symbol_names_are_not_leaked_symbols(lexicon: phrasing.Lexicon) -> None:
    assert phrasing.leaked("I have shipped tools in C++ and C# for CompTIA A+ labs.", lexicon) == []


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("moves about 4 TB a day", "moves about 4 TB a day"),
        ("a 2 MW rooftop array", "a 2 MW rooftop array"),
        ("6 kg parcels", "6 kg parcels"),
        ("7 nurses on nights", "seven nurses on nights"),
    ],
)
def test_a_figure_with_its_unit_symbol_stays_a_figure(text: str, said: str) -> None:
    assert phrasing.spell_number(text) == said
