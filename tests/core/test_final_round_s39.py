"""After the last round of the process (issue 10, session 39): no close offers 'a next step'
('Should there be a next step, I'd be glad …', 'I look forward to the next stage' read as
slips after a final round), and a part of this round named as what it was ('the tasting was
the final stage (after 2 calls w/ …)', 'the 2nd round was the panel') is never a step still
to come ('available for a final stage after two calls with …'). Notes are invented."""

from __future__ import annotations

import re
from datetime import date

import pytest

from followup.config import load_settings
from followup.core import closes
from followup.core.models import Format, Person, PersonRole, Profile
from followup.services import drafting
from helpers_drafts import drafts_of, email_round

WORDS = drafting.load_data(load_settings(env={}), "GB").language.closes


@pytest.mark.parametrize(
    "notes",
    [
        "the cook-off was the final stage (after 2 calls w/ dom + kit). decision by fri",
        "this was the 2nd interview, they said no more rounds. result this week",
        "final interview today - they'll ring by thu",
    ],
)
def test_a_final_round_is_read_and_names_no_step_to_come(notes):
    assert closes.final_round(notes, WORDS)
    assert closes.next_step(notes, WORDS) is None


@pytest.mark.parametrize(
    ("notes", "step"),
    [
        ("the 2nd round was the panel; final round w/ the MD next wk", "final round w/ the MD"),
        ("next round is a site visit w/ dom", "a site visit w/ dom"),
    ],
)
def test_a_step_still_to_come_is_read(notes, step):
    assert not closes.final_round(notes, WORDS)
    assert (closes.next_step(notes, WORDS) or "").startswith(step)


def test_no_note_offers_a_next_step_after_the_final_round():
    people = [
        Person("Kit Marsh", "kit@saltmarsh.example", role=PersonRole.COORDINATOR),
        Person("Dom Avery", "dom@saltmarsh.example", title="Head Chef"),
        Person("Ruth Ng", "ruth@saltmarsh.example", title="Owner"),
    ]
    profile = Profile("Sam Ortiz", "sam@example.com", qualifications=["Six years as a sous chef"])
    for notes in ("the cook-off was the final stage. decision by fri",
                  "final interview today, no more rounds"):  # fmt: skip
        i = email_round("Saltmarsh Kitchen", "Head Chef", people, format=Format.IN_PERSON,
                        country="GB", interviewed=date(2027, 4, 6),
                        topics=["dom: a new tasting menu for spring", "ruth: the second site"],
                        notes=notes)  # fmt: skip
        for w in drafts_of(i, profile):
            assert not re.search(r"(?i)\bnext\s+(?:steps?|stages?|rounds?)\b", w.draft.body), (
                w.draft.body
            )
            assert w.verdict == "ready", (w.draft.body, w.reasons)
