"""The candidate's exercise said with when it was done before what it was (issue 9 kind 12,
s14): "the case study you completed in the morning, the file of the tailoring unit owner",
"you did our written exercise this morning, the email to the angry consignee" name the
exercise and what it was, as "the case study we sent you, the fleet sizing exercise" does;
"you did" may come before the exercise as well as after it."""

from __future__ import annotations

import tomllib
from datetime import date
from importlib.resources import files

import pytest

from followup.core import debrief
from followup.core.models import Format, Interview
from followup.core.transcript import parse_transcript
from followup.services.debrief import word_classes


@pytest.fixture(scope="module")
def words() -> debrief.DebriefWords:
    data = tomllib.loads(files("followup").joinpath("data", "debrief.toml").read_text("utf-8"))
    return debrief.DebriefWords.from_data(data)


def _exercises(line: str, words: debrief.DebriefWords) -> list[str]:
    text = (
        "Wiremu Tane: Thanks for making the trip out to the depot.\n"
        f"Wiremu Tane: {line}\n"
        "Lucía Ferreyra: I enjoyed it, though the second part took me a while.\n"
        "Wiremu Tane: We liked how you laid it out.\n"
    )
    interview = Interview("Employer", "Candidate", date(2027, 8, 3), Format.VIDEO)
    proposals = debrief.propose(
        parse_transcript(text), [], interview, "Lucía Ferreyra", words, debrief.Limits(),
        lexicon=word_classes,
    )  # fmt: skip
    return [p.text for p in proposals if p.why == debrief._EXERCISE_WHY]


@pytest.mark.parametrize(
    ("line", "said"),
    [
        (
            "Now, the case study you completed in the morning, the file of the bakery owner.",
            {"case", "study", "bakery", "owner"},
        ),
        (
            "And you did our written exercise this morning, the email to the angry landlord.",
            {"written", "exercise", "email", "landlord"},
        ),
        (
            "The task you prepared yesterday, the rota for the Christmas peak, was strong.",
            {"task", "rota", "christmas", "peak"},
        ),
        (
            "You sent us the take-home test last week, the pallet count reconciliation.",
            {"take-home", "test", "pallet", "count", "reconciliation"},
        ),
        (
            "Let's go to the simulation you did before the call, the outage at the pump station.",
            {"simulation", "outage", "pump", "station"},
        ),
    ],
)
def test_when_it_was_done_stands_between_the_exercise_and_what_it_was(
    line: str, said: set[str], words: debrief.DebriefWords
) -> None:
    found = _exercises(line, words)
    assert any(said <= set(f.lower().split()) for f in found), found


@pytest.mark.parametrize(
    ("line", "said"),
    [
        (
            "Let's talk about the programme exercise we sent. You had a three-week lookahead "
            "with a late pipe delivery.",
            {"programme", "exercise", "lookahead", "pipe", "delivery"},
        ),
        (
            "Now, the case study we sent you. It was a bakery chain with falling margins.",
            {"case", "study", "bakery", "chain", "margins"},
        ),
        (
            "About the scheduling test you did. You had a day clinic with a single theatre.",
            {"scheduling", "test", "clinic", "single", "theatre"},
        ),
    ],
)
def test_what_the_exercise_was_may_follow_in_the_next_sentence(
    line: str, said: set[str], words: debrief.DebriefWords
) -> None:
    found = _exercises(line, words)
    assert any(said <= set(f.lower().split()) for f in found), found


def test_a_next_sentence_of_something_else_is_no_description(words) -> None:
    found = _exercises(
        "Let's talk about the programme exercise we sent. It was a long week for us too.", words
    )
    assert not any("week" in f for f in found), found


@pytest.mark.parametrize(
    ("line", "said", "never"),
    [
        (
            "Good. You also sent us the planning exercise, the two-week maintenance campaign for "
            "twelve turbines.",
            {"planning", "exercise", "maintenance", "campaign", "turbines"},
            {"two-week", "twelve"},
        ),
        (
            "You already did the costing task, the three-course menu for forty guests.",
            {"costing", "task", "menu", "guests"},
            {"three-course", "forty"},
        ),
        (
            "You kindly sent us the case study, the six-month audit plan for the bakery.",
            {"case", "study", "audit", "plan", "bakery"},
            {"six-month"},
        ),
    ],
)
def test_an_exercise_said_with_numbers_is_named_without_them(
    line: str, said: set[str], never: set[str], words: debrief.DebriefWords
) -> None:
    found = _exercises(line, words)
    assert any(said <= set(f.lower().split()) for f in found), found
    assert not any(never & set(f.lower().split()) for f in found), found
