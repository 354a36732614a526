"""Tone the learned layer reads from the whole sentence: the candidate's own story of a problem
met and fixed, and the employer's troubles met with empathy, are no negativity, while blaming the
people of a current or past workplace is; an ultimatum, or a promise to call and call again, is
pushy, while polite next steps are not."""

from __future__ import annotations

import pytest

from conftest import checked
from followup.core.check import Facts

FACTS = Facts(
    "Harbourside Freight",
    "Operations Supervisor",
    ("Marta Kowalczyk",),
    ("the cross-dock", "the new scanning system"),
)
OPENING = (
    "Dear Marta,\n\nThank you for the interview on Tuesday and for showing me the cross-dock and"
    " the new scanning system. I have six years as a shift supervisor in freight. "
)
CLOSING = (
    "\n\nI remain very interested in the role and would be glad to join the team. Please let me"
    " know if I can provide anything else.\n\nBest regards,\nTom Reyes\n"
)


def codes(rules, model, middle: str) -> set[str]:
    result = checked(rules, model, OPENING + middle + CLOSING, FACTS)
    return {f.code for f in result.issues}


@pytest.mark.parametrize(
    "story",
    [
        "When I took over the night shift, the loading bay had just failed a safety audit and"
        " the paperwork was a mess.",
        "When I took over the night shift the loading bay was chaos and parcels went missing"
        " every week; within three months we had cut the losses to almost nothing.",
        "Most of the damage turned out to come from two badly adjusted conveyors, and the claims"
        " fell by half once they were reset.",
        "The answer was not more checks but one named person for each door.",
        "I inherited a yard where a third of the trailers were logged in the wrong bays.",
    ],
)
def test_the_candidates_own_problem_story_is_no_negativity(rules, model, story) -> None:
    assert "negativity" not in codes(rules, model, story)


@pytest.mark.parametrize(
    "empathy",
    [
        "I can imagine how hard the driver shortage has been on your team this winter.",
        "Your point that the scanning data is treated as a chore rather than a tool resonated"
        " with me.",
    ],
)
def test_the_employers_trouble_met_with_empathy_is_no_negativity(rules, model, empathy) -> None:
    assert "negativity" not in codes(rules, model, empathy)


@pytest.mark.parametrize(
    "complaint",
    [
        "My current manager takes the credit for everything and blames the crew for the rest.",
        "The depot was badly run when I arrived and the managers have done nothing about it since.",
    ],
)
def test_blaming_the_people_of_a_workplace_is_negativity(rules, model, complaint) -> None:
    assert "negativity" in codes(rules, model, complaint)


@pytest.mark.parametrize(
    "pressure",
    [
        "Unless I hear back by Friday, please treat my application as withdrawn.",
        "I'll ring you on Monday morning, and if I can't reach you I'll keep trying all afternoon.",
    ],
)
def test_an_ultimatum_or_calling_again_and_again_is_pushy(rules, model, pressure) -> None:
    assert "pushy" in codes(rules, model, pressure)


def test_polite_next_steps_are_not_pushy(rules, model) -> None:
    line = "I know these decisions take time, so I'll wait for your news."
    assert "pushy" not in codes(rules, model, line)
