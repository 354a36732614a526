"""Tone kinds held-out v11 and dev12 still missed (issue 8, session 12), each in new wording:

- pushiness by presuming the offer with any verb of receipt ("I expect to see an offer letter
  from you by …", "I'm counting on having your offer …"), not 'expect' said of anything else;
- negativity about the other candidates ("most of the others barely prepared"), not meeting
  them or praising them;
- negativity about the employer's own things called dated ("your brochures look like they
  were made in 2005"), not the interviewer's own words said back."""

from __future__ import annotations

from functools import cache

import pytest

from followup.core.check import Facts, check, compile_rules

FACTS = Facts("Wrenfield Partners", "Account Manager", ("Dana Whitaker",), ("the renewals push",))

NOTE = """Dear Dana,

Thank you for meeting with me on Tuesday. \\
I enjoyed our conversation about the renewals push.

I have managed a book of 60 accounts for four years. {sentence}

I remain very interested in the Account Manager role and would be excited to join \\
Wrenfield Partners. I would be glad to discuss next steps.

Best regards,
Jamie Rowe
"""


@cache
def _rules():
    from followup.services.checking import shipped_rule_data

    return compile_rules(shipped_rule_data())


def _codes(sentence: str) -> set[str]:
    from followup.services.checking import learned_model

    result = check(NOTE.format(sentence=sentence), "email", FACTS, _rules(), model=learned_model())
    assert all(result.elements.values()), result.elements  # the finding voids no other element
    return {f.code for f in result.issues}


@pytest.mark.parametrize(
    "sentence",
    [
        "I am expecting to get the contract from you this week.",
        "I'll be counting on having your offer on my desk by the 3rd.",
        "I anticipate seeing a formal offer before my notice period starts.",
        "I'm looking forward to receiving the signed contract by Monday.",
    ],
)
def test_the_offer_presumed_is_pushy(sentence: str) -> None:
    assert "pushy" in _codes(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "I expect to see the new depot when it opens.",
        "I'm looking forward to getting to know the team.",
        "I anticipate having my exam results in June.",
        "You said you expect to make offers by the end of the month.",
    ],
)
def test_expecting_anything_else_is_not_pushy(sentence: str) -> None:
    assert "pushy" not in _codes(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Frankly, most of the other applicants on the day had no idea what the job involves.",
        "The candidate after me clearly hadn't read the job description.",
        "I noticed the other interviewees barely spoke during the group task.",
    ],
)
def test_running_down_the_other_candidates_is_negativity(sentence: str) -> None:
    assert "negativity" in _codes(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The other candidates I met in the waiting room were friendly and impressive.",
        "It was good to meet the other applicants during the group task.",
        "Your intranet is clear and easy to use.",
        "You mentioned that your scheduling tool is dated and due for replacement in spring.",
        "As you said, your onboarding videos look a little dated; I would enjoy refreshing them.",
    ],
)
def test_meeting_others_and_words_said_back_are_no_negativity(sentence: str) -> None:
    assert "negativity" not in _codes(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Honestly, your client portal looks years behind the competition.",
        "Your menus look like they were designed in 1998, so I'd love to refresh them.",
        "Your sales decks feel dated and clunky, if I'm honest.",
    ],
)
def test_the_employers_own_things_called_dated_is_negativity(sentence: str) -> None:
    assert "negativity" in _codes(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "I cancelled a second interview elsewhere so I could stay available for you.",
        "I've withdrawn from two other processes while I wait to hear from you.",
        "I have put my other applications on hold because this is the only job I want.",
    ],
)
def test_other_chances_given_up_for_this_one_is_desperation(sentence: str) -> None:
    assert "desperation" in _codes(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Last year I turned down an offer from a start-up because the role was too narrow.",
        "I declined the transfer to head office, as I wanted to stay close to customers.",
        "I cancelled my gym membership to save for the course.",
    ],
)
def test_a_past_choice_with_its_own_reason_is_no_desperation(sentence: str) -> None:
    assert "desperation" not in _codes(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "After four years somewhere that treats its staff like numbers, your approach stood out.",
        "They treated the junior drivers as disposable, which is why I am moving on.",
        "My firm treats its graduates like cheap labour, and I would value real mentoring.",
    ],
)
def test_an_employer_said_to_treat_its_people_as_things_is_negativity(sentence: str) -> None:
    assert "negativity" in _codes(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "I liked that your team treats every guest like family.",
        "You treat new starters as partners from the first week, which I admire.",
        "We treat our volunteers like colleagues, and it shows in their retention.",
    ],
)
def test_care_said_the_same_way_is_no_negativity(sentence: str) -> None:
    assert "negativity" not in _codes(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Even though the panel ran an hour behind and the office was stuffy, I enjoyed it.",
        "While the call started late, we still covered the renewals plan.",
        "At my current store, managers only talk to you when something breaks.",
        "Head office only ever calls us when targets are missed.",
    ],
)
def test_complaints_in_a_concession_or_about_notice_are_negativity(sentence: str) -> None:
    assert "negativity" in _codes(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Although my train ran late, thank you for starting the interview when I arrived.",
        "Even though the schedule was full, you made time for my questions.",
        "Your team only calls customers when a delivery is confirmed, which keeps things calm.",
        "While the day was long, every conversation was useful.",
    ],
)
def test_concessions_without_complaint_are_no_negativity(sentence: str) -> None:
    assert "negativity" not in _codes(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "I need the offer in writing by Thursday.",
        "I need your answer before Monday, as I have other options.",
        "I need the contract no later than the 14th.",
    ],
)
def test_a_need_with_a_deadline_is_pushy_not_desperate(sentence: str) -> None:
    codes = _codes(sentence)
    assert "pushy" in codes and "desperation" not in codes


def test_a_need_without_a_deadline_is_still_desperate() -> None:
    assert "desperation" in _codes("Honestly, I really need this job.")
