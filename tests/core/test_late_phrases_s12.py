"""Late fixes (s12, drafts-b): a topic holding a function word of another language is never
said as English; a claim line has no hedge tail, no word said twice in a row, and a degree
line naming a thesis says 'my master's thesis on …', never 'a Master's in thesis'. Every case
is in new wording, not a graded draft's."""

from __future__ import annotations

import tomllib
from importlib import resources

import pytest

from followup.config import load_settings
from followup.core import phrasing, slot_grammar, writer
from followup.services import drafting

LEXICON = drafting.load_data(load_settings(env={})).language.lexicon


def _jotted(text: str) -> str | None:
    assert LEXICON.word_classes is not None
    return slot_grammar.jotted_fault(text, LEXICON.slots, LEXICON.word_classes)


@pytest.mark.parametrize(
    "topic",
    [
        "the rollout der neuen Kassen",  # German article
        "the menu pour le week-end",  # French, two words of it
        "the audit del almacén",  # Spanish
        "the handover com a equipa",  # Portuguese
        "the stock count och inventering",  # Swedish
        "the tasting nel cantina",  # Italian
        "the Harbour ab",  # a German 'from' left at the end ('Harbour ab 3.4.')
        "the pilot para la clínica",  # two words that are English too
    ],
)
def test_a_topic_with_a_word_of_another_language_is_not_said(topic: str) -> None:
    fault = _jotted(topic)
    assert fault is not None and "another language" in fault, fault


@pytest.mark.parametrize(
    "topic",
    [
        "the die casting line",
        "the La Trobe campus",
        "the Da Nang office",
        "the Des Moines plant",
        "the au pair scheme",
        "the concrete pour schedule",
        "the spare kit in the van",  # English words at the end, after a determiner
        "the pitch after the pour",
    ],
)
def test_english_words_and_names_that_look_foreign_are_kept(topic: str) -> None:
    fault = _jotted(topic)
    assert fault is None or "another language" not in fault, fault


@pytest.mark.parametrize(
    ("line", "clause"),
    [
        ("BEng (Hons) in Marine Engineering", "I hold a BEng (Hons) in Marine Engineering"),
        ("BA (Hons) in Social Policy", "I hold a BA (Hons) in Social Policy"),
        ("MSc thesis on peat restoration", "I wrote my master's thesis on peat restoration"),
        ("PhD dissertation on tidal turbines", "I wrote my PhD dissertation on tidal turbines"),
        ("Masters thesis about wolf recolonisation",
         "I wrote my master's thesis about wolf recolonisation"),
    ],
)  # fmt: skip
def test_a_degree_line_never_doubles_in_or_takes_a_thesis_as_its_field(
    line: str, clause: str
) -> None:
    q = phrasing.qualification(line, LEXICON)
    assert q.clause == clause
    assert " in in " not in q.clause and " in thesis" not in q.clause


def test_a_thesis_of_a_degree_with_no_known_level_is_never_a_field() -> None:
    q = phrasing.qualification("MBBS thesis on sepsis screening", LEXICON)
    assert " in thesis" not in q.clause


@pytest.mark.parametrize(
    ("template", "values"),
    [
        ("It is close to my own work, as {qual}.", {"qual": "as a site lead I ran pours"}),
        ("On that, {qual}.", {"qual": "I hold a BA (Hons) in in Fine Art"}),
        ("You're looking for {need}, and {qual}.", {"need": "a planner and", "qual": "and more"}),
    ],
)
def test_a_word_said_twice_in_a_row_never_reaches_a_note(template, values) -> None:
    assert writer.fill(template, values) is None


def test_a_filled_line_without_a_doubled_word_is_kept() -> None:
    assert writer.fill("On that, {qual}.", {"qual": "I ran night pours"}) == (
        "On that, I ran night pours."
    )


def test_no_claim_line_hedges() -> None:
    data = tomllib.loads(
        resources.files("followup.data").joinpath("sentences.toml").read_text("utf-8")
    )
    slots = {k: v for table in data.values() if isinstance(table, dict) for k, v in table.items()}
    claims = [k for k in slots if k.startswith(("qual", "bridge", "need"))]
    assert {"qual", "qual.held", "qual.plain"} <= set(claims)
    for slot in claims:
        assert not [v for v in slots[slot] if "useful to know" in v], slot
