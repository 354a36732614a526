"""Session 13 (issue 8): kinds of fault that held-out v12 and dev13 showed, each in new wording
(not a set's sentences). Names: a short form made from inside a recorded given name ('Tasha'
for Natasha), with an 'i' ending ('Dani'), or respelt ('Bex') is theirs."""

from __future__ import annotations

import pytest

from followup.core.check import Facts, check

CLOSE = "\n\nWarm regards,\nJordan Reyes\n"

BODY = (
    "Thank you for the talk about the warehouse rota on Tuesday. My three years planning"
    " shifts would help, and I remain keen on the Planner role. I look forward to the next"
    " step."
)


def _codes(rules, text: str, facts: Facts, kind: str = "email") -> list[tuple[str, str]]:
    return [(f.code, f.excerpt) for f in check(text, kind, facts, rules).issues]


def _note(greeting: str, body: str = BODY) -> str:
    return f"{greeting},\n\n{body}{CLOSE}"


def _facts(person: str) -> Facts:
    return Facts("Kestrel Freight", "Planner", (person,), ("warehouse rota",))


# -- short forms of a recorded given name -------------------------------------------------


@pytest.mark.parametrize(
    ("person", "greeting"),
    [
        ("Natasha Ivanova", "Hi Tasha"),
        ("Anastasia Petrova", "Dear Stasia"),
        ("Francesca Bruno", "Hi Cesca"),
        ("Dominika Nowak", "Hello Nika"),
        ("Daniela Cruz", "Hi Dani"),
        ("Rebecca Ashworth", "Hi Bex"),
        ("Christina Ortega", "Dear Tina"),
        ("Magdalena Wolff", "Hi Lena"),
    ],
)
def test_a_short_form_from_inside_a_given_name_is_theirs(rules, person, greeting) -> None:
    found = _codes(rules, _note(greeting), _facts(person))
    assert not [f for f in found if f[0] == "name_mismatch"], found


@pytest.mark.parametrize(
    ("person", "greeting", "wrong"),
    [
        ("Natasha Ivanova", "Hi Sasha", "Sasha"),  # another name, not part of hers
        ("Joanna Reid", "Dear Anna", "Anna"),  # a part that opens on a vowel: another name
        ("Natasha Ivanova", "Hi Nadia", "Nadia"),
        ("Daniela Cruz", "Hi Dana", "Dana"),
    ],
)
def test_another_given_name_is_still_wrong(rules, person, greeting, wrong) -> None:
    found = _codes(rules, _note(greeting), _facts(person))
    assert ("name_mismatch", wrong) in found, found


# -- a sign-off of another language ends the body ------------------------------------------

SIGNED = (
    "Dear Ms Ruiz,\n\nThank you for the talk about the warehouse rota on Tuesday. My three years"
    " planning shifts would help, and I remain keen on the Planner role at Kestrel Freight. I look"
    " forward to the next step.\n\n{close}\n{name}\n{title}\n"
)


@pytest.mark.parametrize(
    ("close", "title"),
    [
        ("Saludos cordiales,", "Analyst, Supply Modelling Group"),
        ("Mit freundlichen Grüßen,", "Planning Lead, Logistics Systems Lab"),
        ("Is mise le meas,", "Research Fellow, Coastal Dynamics Unit"),
        ("Hormat saya,", "Shift Planner, Harbourside Operations Group"),
    ],
)
def test_a_sign_off_of_another_language_starts_the_signature(rules, close, title) -> None:
    facts = Facts("Kestrel Freight", "Planner", ("Lucia Ruiz",), ("warehouse rota",))
    text = SIGNED.format(close=close, name="Dr Maeve Keane", title=title)
    found = _codes(rules, text, facts)
    assert not [f for f in found if f[0] == "name_mismatch"], found


def test_a_short_last_line_of_the_body_with_a_comma_is_no_sign_off(rules) -> None:
    facts = Facts("Kestrel Freight", "Planner", ("Lucia Ruiz",), ("warehouse rota",))
    text = (
        "Dear Ms Ruiz,\n\nThank you for the talk about the warehouse rota on Tuesday. My three"
        " years planning shifts would help. I would be excited to join Harbor Analytics and I"
        " look forward to the next step.\n\nWarm regards,\nMaeve Keane\n"
    )
    found = _codes(rules, text, facts)
    assert ("name_mismatch", "Harbor Analytics") in found, found
