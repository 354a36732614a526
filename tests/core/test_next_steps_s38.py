"""Session 38: a step the notes say this round was is not the next step.

Recruiters read "I'm free for a final round whenever it suits the team" after the final round
as a slip: the notes said "this was the final round", and the close offered it again. A step
jotted as this round ('this was the final round', 'today was the 2nd interview', 'final
stage today', '2nd round done') is what happened, not what comes; a step said to come
('final round is a site visit w/ lou', 'maybe a final w/ the md') still is."""

from __future__ import annotations

import re

import pytest

from followup.config import load_settings
from followup.core import closes
from followup.core.models import Format, Profile
from followup.services import drafting
from helpers_drafts import drafts_of, email_round, panel_people


def _words() -> closes.Words:
    return drafting.load_data(load_settings(env={})).language.closes


THIS_ROUND = [
    "this was the final round. preeti: decision wed 16th",
    "today was the 2nd interview, they decide fri",
    "final stage today w/ the MD. offer by friday hopefully",
    "2nd round done - waiting on feedback",
    "it's the last round, they said decision next week",
    "that was the final interview; decision by the 18th",
    "(final round) - panel of 3, result in 2 wks",
]


@pytest.mark.parametrize("notes", THIS_ROUND)
def test_a_step_the_notes_say_this_round_was_is_no_next_step(notes) -> None:
    assert closes.next_step(notes, _words()) is None


COMING = [
    ("final round is a site visit w/ lou", "a site visit w/ lou"),
    ("this went well i think. 2nd round w/ plant mgr if they move fwd", "2nd round w/ plant mgr"),
    ("today was fine - next round is a case study w/ the CFO", "a case study w/ the CFO"),
]


@pytest.mark.parametrize("notes,step", COMING)
def test_a_step_still_to_come_is_the_next_step(notes, step) -> None:
    assert closes.next_step(notes, _words()) == step


@pytest.mark.parametrize("notes", THIS_ROUND[:4])
def test_no_note_offers_the_round_that_was_just_held(notes) -> None:
    i = email_round(
        "Harrowgate Insurance",
        "Pricing Actuary",
        panel_people("harrowgate.example", "Nkechi Obi-Watts", "Alistair Penrose"),
        format=Format.VIDEO,
        country="GB",
        topics=["nkechi - move from GLMs to GBMs w/ SHAP", "alistair: pricing review cycle"],
        notes=notes,
    )
    profile = Profile("Dan Aberg", "dan@example.com", qualifications=["FIA", "8 yrs pricing"])
    for w in drafts_of(i, profile):
        body = w.draft.body
        assert not re.search(
            r"(?i)free for an? (?:final|second|2nd|last)|"
            r"available for an? (?:final|second|2nd|last)",
            body,
        ), body


NOT_OURS = [
    "DON'T mention i'm also in the final round at the harbour hotel on the 8th.",
    "don't tell them - 2nd round at the other bank next tue",
    "i'm also in the final stage w/ a competitor, keep quiet",
    "FINAL round. decision by wed",
    "assessment centre = FINAL stage (after the online test + phone screen). result fri",
    "final interview (3rd). they decide next week",
]


@pytest.mark.parametrize("notes", NOT_OURS)
def test_no_step_from_another_process_or_the_name_of_this_round(notes) -> None:
    """A step another employer runs, in a sentence the user marks as not to be said, is never
    offered (recruiters graded it harmful: it tells them of the other application); a step
    named alone is the round just held."""
    assert closes.next_step(notes, _words()) is None


def test_a_real_next_step_beside_a_private_sentence_is_still_read() -> None:
    notes = "don't mention the other offer. next round is a site visit w/ lou"
    assert closes.next_step(notes, _words()) == "a site visit w/ lou"
