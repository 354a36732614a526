"""Late s11 (issue 8): kinds of false alarm on notes nobody tuned on. A short form of a recorded
person's given name is no wrong name; a capitalised identifier the record gives, or a <slot>
inside a dotted technical name, is no template slot; a public programme or a hyphenated
everyday word is no other organisation. All cases are new wording, not a set's sentences."""

from __future__ import annotations

import pytest

from followup.core.check import Facts, check

CLOSE = "\n\nWarm regards,\nJordan Reyes\n"


def _codes(rules, text: str, facts: Facts) -> list[tuple[str, str]]:
    return [(f.code, f.excerpt) for f in check(text, "email", facts, rules).issues]


def _note(greeting: str, body: str) -> str:
    return f"{greeting},\n\n{body}{CLOSE}"


BODY = (
    "Thank you for the talk about the warehouse rota on Tuesday. My three years planning"
    " shifts would help, and I remain keen on the Planner role. I look forward to the next"
    " step."
)


@pytest.mark.parametrize(
    ("person", "greeting"),
    [
        ("Valentina Ortiz", "Hi Val"),
        ("Gwendolyn Price", "Dear Gwen"),
        ("Frederica Lund", "Hello Fred"),
        ("Bartholomew Quinn", "Hi Bart"),
        ("Domenica Russo", "Hi Dom"),
        ("Roberta Vance", "Hi Robbie"),
    ],
)
def test_a_short_form_of_a_recorded_given_name_is_no_wrong_name(rules, person, greeting) -> None:
    facts = Facts("Kestrel Freight", "Planner", (person,), ("warehouse rota",))
    found = _codes(rules, _note(greeting, BODY), facts)
    assert not [f for f in found if f[0] == "name_mismatch"], found


@pytest.mark.parametrize(
    ("person", "greeting", "wrong"),
    [
        ("Valentina Ortiz", "Hi Vera", "Vera"),
        ("Gwendolyn Price", "Dear Gemma", "Gemma"),
        ("Roberta Vance", "Hi Ro", "Ro"),  # two letters: no short form taken
        ("Danielle Roy", "Dear Daniell", "Daniell"),  # one letter short: a slip
        ("Maria Johnson", "Hi John", "John"),  # a family name's start is no given name
    ],
)
def test_another_name_or_a_scrap_of_one_is_still_a_wrong_name(
    rules, person, greeting, wrong
) -> None:
    facts = Facts("Kestrel Freight", "Planner", (person,), ("warehouse rota",))
    found = _codes(rules, _note(greeting, BODY), facts)
    assert ("name_mismatch", wrong) in found, found
