"""A reader's point read as a clause never carries the jot's punctuation or a time it does
not have (issue 10, point 1): what follows a colon is the jot's list, left out ('wants cooks
who can do allergen prep: gluten, nuts' -> 'you want cooks who can do allergen prep'); 'early'
before a word that is no time ('early years', 'early intervention') takes no 'in', while a
time keeps it ('in early August', 'at the end of June'). Fresh wording (a school kitchen, a
youth service, a boatyard)."""

from __future__ import annotations

import pytest

from followup.core import clauses

PEOPLE = {"tamsin": "Tamsin Rowe", "idris": "Idris Vaughan"}


@pytest.mark.parametrize(
    ("jot", "said"),
    [
        ("tamsin: wants cooks who can do allergen prep: gluten, nuts, dairy",
         "you want cooks who can do allergen prep"),
        ("tamsin needs a deputy who can run stock takes: monthly + year end",
         "you need a deputy who can run stock takes"),
        ("idris: wants early help not exclusions", "you want early help, not exclusions"),
        ("idris wants early years staff who can drive", "you want early years staff who can drive"),
        ("idris: new slipway opening end of june", "the new slipway is opening at the end of June"),
        ("idris: new hoist arriving early sept", "the new hoist is arriving in early September"),
    ],
)  # fmt: skip
def test_a_point_is_said_without_the_jots_list_or_a_made_up_time(jot, said, language) -> None:
    clause = clauses.read(jot, language.clauses, language.lexicon, PEOPLE)
    if clause is None:
        return  # left out: never pasted
    text = clause.said(clause.owner or "Idris Vaughan")
    assert ":" not in text and " in early help" not in text and " in early years" not in text
    assert text.lower() == said.lower() or text.lower().replace(",", "") == said.lower().replace(
        ",", ""
    ), text
