"""Kinds `followup check` got wrong on the held-out notes v26 (session 33, issue 8):

1. kind 1, a name where the note places the candidate at the employer without the usual cue
   words: a unit of the employer before "at" ("the dispatch desk at X", "the night shift on
   the ward at X") and "bring that to <the unit> at X" name the employer, so a name not on the
   record there is wrong; the right company there, and a place after a unit's noun that is
   the employer's site, stay right;
2. kind 6, a false alarm: code written in a sentence (a query, a config key, a path with
   braces) is the system's words, not the writer's tone: 'a query such as … |= "panic"' is no
   negativity, while the same word said by the writer still is."""

from __future__ import annotations

import pytest

from conftest import checked
from followup.core.check import Facts

DEPOT = Facts(
    "Kestrelmoor Logistics",
    "Shift Planner",
    ("Idris Penhaligon",),
    ("the cross-dock rota", "the new yard management system"),
)

OPENING = (
    "Dear Mr Penhaligon,\n\nThank you for meeting me on Tuesday and for talking me through"
    " the cross-dock rota. "
)
CLOSING = (
    " I remain very interested in the Shift Planner role and would be delighted to hear about"
    " next steps.\n\nKind regards,\nNoor Halvorsen\n"
)


def codes(found) -> set[str]:
    return {f.code for f in found.issues}


@pytest.mark.parametrize(
    "sentence",
    [
        "I would be glad to bring that to the dispatch desk at Thornfield Carriers.",
        "I would love to bring the same care to the night shift at Thornfield Carriers.",
        "I could add real value on the warehouse floor at Thornfield Carriers.",
        "My five years of rota planning would suit the transport desk at Thornfield Carriers.",
        "I am keen to support the planning unit at Thornfield Carriers.",
    ],
)
def test_a_name_after_a_unit_of_the_employer_is_a_wrong_name(rules, model, sentence) -> None:
    text = OPENING + "I have five years of rota planning in chilled distribution. " + sentence
    found = checked(rules, model, text + CLOSING, DEPOT)
    assert "name_mismatch" in codes(found), found.issues
    assert any("Thornfield" in f.excerpt for f in found.issues)


@pytest.mark.parametrize(
    "sentence",
    [
        "I would be glad to bring that to the dispatch desk at Kestrelmoor Logistics.",
        "I would love to bring the same care to the night shift at Kestrelmoor.",
        "I could add real value on the warehouse floor at Kestrelmoor Logistics.",
    ],
)
def test_the_right_company_after_a_unit_stays_right(rules, model, sentence) -> None:
    text = OPENING + "I have five years of rota planning in chilled distribution. " + sentence
    found = checked(rules, model, text + CLOSING, DEPOT)
    assert "name_mismatch" not in codes(found), found.issues


@pytest.mark.parametrize(
    "code",
    [
        'a query such as {app="dock-scanner"} |= "panic" is where I would start',
        'a filter like status == "FAILED" on the scanner log is where I would start',
        "a check of `retry_timeout_exceeded` in the scanner log is where I would start",
        'a search such as grep("fatal error") over the scanner log is where I would start',
        "the path logs/{site}/{year}/errors.csv is where I would start",
    ],
)
def test_code_in_a_sentence_is_no_tone(rules, model, code) -> None:
    text = (
        OPENING
        + "I have five years of rota planning in chilled distribution and I look after our"
        + f" scanner logs. For the new yard management system, {code}."
    )
    found = checked(rules, model, text + CLOSING, DEPOT)
    assert not codes(found) & {"negativity", "desperation", "pushy"}, found.issues


def test_the_same_word_said_by_the_writer_is_still_negative(rules, model) -> None:
    text = (
        OPENING
        + "I have five years of rota planning in chilled distribution. Honestly, my current"
        + " depot is a total failure and the managers there panic at every fatal error."
    )
    found = checked(rules, model, text + CLOSING, DEPOT)
    assert "negativity" in codes(found), found.issues
