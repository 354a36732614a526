"""Kinds of wrong call seen on held-out notes, each in new wording: another offer's deadline said
politely (advice, not pushy, from the rules and the learned layer alike), a plan for a date to
come ("if I have not heard by then, I will check in") and the employer's own plan said back are
no pressure; elements in natural words (the job itself wanted, "I'd count it a privilege", an
offer made on a condition)."""

from __future__ import annotations

import pytest

from conftest import checked
from followup.core.check import Facts

FACTS = Facts("Tidewater Ferries", "Deck Officer", ("Morag Baird",), ("the winter timetable",))
OPEN = "Dear Ms. Baird,\n\nThank you for the interview and for explaining the winter timetable."
QUALIFIED = " I hold a Master 500 GT certificate and have four years on Clyde ferries."
CLOSE = "\n\nKind regards,\nEwan Ross\n"


def run(rules, model, text: str, facts: Facts = FACTS, kind: str = "email"):
    return checked(rules, model, text, facts, kind)


def codes(result) -> set[str]:
    return {f.code for f in result.issues}


@pytest.mark.parametrize(
    "offer",
    [
        "I have an offer from another operator that I must answer by 9 March. Tidewater is my"
        " first choice; if that is not possible, I completely understand.",
        "To be open with you, another company has made me an offer and wants my reply by Friday."
        " If your timing does not allow it, no pressure at all.",
        "I should say that I have an offer elsewhere that I need to respond to by the 12th; I"
        " fully understand if your process takes longer.",
    ],
)
def test_another_offers_deadline_said_politely_is_advice(rules, model, offer) -> None:
    text = (
        f"{OPEN}{QUALIFIED} I remain very interested in the role and would be glad to join the"
        f" crew.\n\n{offer} Please let me know if you need anything else.{CLOSE}"
    )
    result = run(rules, model, text)
    assert "pushy" not in codes(result) and "desperation" not in codes(result)
    assert "offer_deadline" in {f.code for f in result.advice}


def test_another_offer_used_to_press_is_still_pushy(rules, model) -> None:
    text = f"{OPEN}{QUALIFIED}\n\nI have another offer, so I need your decision by Friday.{CLOSE}"
    assert "pushy" in codes(run(rules, model, text))


@pytest.mark.parametrize(
    "plan",
    [
        "If I have not heard back by the 20th, I will send a short note to check in.",
        "If I haven't heard anything by Friday, I will drop you a short line.",
        "You said you hoped to make a decision by the end of the month, which suits me well.",
    ],
)
def test_a_plan_for_a_date_to_come_is_no_pressure(rules, model, plan) -> None:
    text = (
        f"{OPEN}{QUALIFIED} I remain very interested in the role and would be glad to join the"
        f" crew. {plan} I am happy to answer any further questions.{CLOSE}"
    )
    result = run(rules, model, text)
    assert not codes(result) & {"pushy", "desperation"}, result.issues


def test_silence_complained_of_is_still_desperation(rules, model) -> None:
    text = f"{OPEN}\n\nI have not heard back from you in three weeks, and it worries me.{CLOSE}"
    assert "desperation" in codes(run(rules, model, text))


@pytest.mark.parametrize(
    "line",
    [
        "I'd love the deck officer job.",
        "I still want this position.",
        "I would be so glad to take this on as your Deck Officer.",
    ],
)
def test_the_job_itself_wanted_is_interest(rules, model, line) -> None:
    text = f"Dear Morag,\n\nThank you for the tour of the bridge and the winter timetable. {line}"
    assert run(rules, model, text + CLOSE, kind="card").elements["interest"] is True


@pytest.mark.parametrize(
    "line",
    [
        "I would very much like to join the crew.",
        "I'd count it a privilege to work on the Islay run.",
        "I would be happy to be associated with the crossings you described.",
        "Your approach to safety drills is the kind of culture I want to be part of.",
    ],
)
def test_enthusiasm_in_natural_words(rules, model, line) -> None:
    text = f"{OPEN}{QUALIFIED}\n\n{line}{CLOSE}"
    assert run(rules, model, text).elements["enthusiasm"] is True


@pytest.mark.parametrize(
    "line",
    [
        "If another visit or a call with the master would help, just let me know.",
        "If a second conversation would be useful, just say the word.",
    ],
)
def test_an_offer_on_a_condition_is_next_steps(rules, model, line) -> None:
    text = f"{OPEN}{QUALIFIED}\n\n{line}{CLOSE}"
    assert run(rules, model, text).elements["next_steps"] is True


def test_casual_thanks_is_still_thanks(rules, model) -> None:
    text = "Hi Morag,\n\nCheers for the chat about the winter timetable." + CLOSE
    result = run(rules, model, text, kind="card")
    # informal, not blocking (issue 8, session 10): tone advice
    assert result.elements["thanks"] is True and "unprofessional" not in codes(result)
    assert "tone" in {f.code for f in result.advice}


@pytest.mark.parametrize(
    "line",
    [
        "Your crew clearly plans its crossings together, a world away from where I am now.",
        "The bridge team briefs every sailing, which is more than I can say for my present ship.",
        "My current operator could learn a lot from your safety drills.",
        "It was good to see officers trusted with decisions, quite a contrast with what I am"
        " used to.",
    ],
)
def test_praise_that_runs_down_the_current_employer_is_negativity(rules, model, line) -> None:
    text = f"{OPEN}{QUALIFIED}\n\n{line} I would be glad to join the crew.{CLOSE}"
    assert "negativity" in codes(run(rules, model, text))


@pytest.mark.parametrize(
    "line",
    [
        "Coming from a smaller operator, I found the tour of your fleet especially useful.",
        "Moving from cargo to passenger ferries would be a welcome change for my career.",
        "My current operator has supported my training, and I am grateful for it.",
    ],
)
def test_a_change_of_career_or_a_past_employer_praised_is_no_negativity(rules, model, line) -> None:
    text = f"{OPEN}{QUALIFIED}\n\n{line} I would be glad to join the crew.{CLOSE}"
    assert "negativity" not in codes(run(rules, model, text))


def test_presuming_the_start_date_is_pushy(rules, model) -> None:
    text = (
        f"{OPEN}{QUALIFIED}\n\nGiven how well it went, I assume we can move straight to"
        f" discussing my start date.{CLOSE}"
    )
    assert "pushy" in codes(run(rules, model, text))
