"""Kinds of fault the checker showed on the held-out set v19 (session 20, issue 8), each in new
wording: a job title with a dash and its department in a letter's address block, and a building
of the address, taken for wrong names; irony and a dig at the current employer (scare quotes, a
running joke about meetings) missed as negativity; a near miss of a recorded person's surname
missed; 'Ma'am' with a surname taken for text-speak address; and elements: qualifications in
jotted shorthand, enthusiasm read into 'keen on the job', specifics read into a generic line."""

from __future__ import annotations

import pytest

from conftest import checked
from followup.core.check import Facts

FACTS = Facts(
    "Harbourline Logistics",
    "Fleet Coordinator",
    ("Priya Raman", "Colin Maddox"),
    ("route planner",),
)


def codes(rules, model, text: str, facts: Facts = FACTS, kind: str = "email") -> set[str]:
    return {f.code for f in checked(rules, model, text, facts, kind).issues}


def note(sentence: str, greeting: str = "Dear Ms Raman,") -> str:
    return (
        f"{greeting}\n\nThank you for your time on Monday and for showing me the new route"
        f" planner. {sentence}\n\nI have six years of experience running a busy fleet desk, and I"
        " am very interested in the role and excited to join the team. Please let me know if I"
        " can provide anything else.\n\nBest regards,\nAlex Grant\n"
    )


def letter(block: str) -> str:
    return f"7 Quarry Lane\nHolmfirth\nHD9 2QT\n\n3 June\n\n{block}\n\n" + note(
        "It was good to see the depot."
    )


# -- (1) a job title, a dash and a department; (2) a building or place of the address


@pytest.mark.parametrize(
    "title",
    [
        "Deputy Director - Insurance",
        "Acting Head — Bakery",
        "Vice President - Lending Union",
    ],
)
def test_a_job_title_with_a_dash_and_a_department_is_no_wrong_name(rules, model, title) -> None:
    text = letter(f"Ms Priya Raman\n{title}\nHarbourline Logistics\nDock Road, Hull")
    assert "name_mismatch" not in codes(rules, model, text)


@pytest.mark.parametrize(
    "place",
    ["Leisure Centre", "Municipal Centre", "Conference Centre"],
)
def test_a_building_of_the_address_is_no_wrong_name(rules, model, place) -> None:
    text = letter(f"Ms Priya Raman\nHead of Fleet\nHarbourline Logistics\n{place}\nHull HU1 2AA")
    assert "name_mismatch" not in codes(rules, model, text)


def test_a_public_building_met_at_is_no_wrong_name(rules, model) -> None:
    text = note("Parking beside the Visitor Centre made the morning easy.")
    assert "name_mismatch" not in codes(rules, model, text)


def test_another_company_in_the_address_block_is_still_wrong(rules, model) -> None:
    text = letter("Ms Priya Raman\nHead of Fleet\nMarlow Freight\nDock Road, Hull")
    assert "name_mismatch" in codes(rules, model, text)


# -- (3) negativity by irony and by a dig at the current employer


@pytest.mark.parametrize(
    "sentence",
    [
        "I appreciate that a month is hardly any time at all for a firm of your size.",
        "I suppose ten days is practically no time at all for a hiring panel.",
        "At my current place the new rota system has been 'nearly ready' since 2021.",
        'Our upgrade has been "almost finished" for about three years now.',
        "Most of my Fridays go on status calls about status calls.",
        "I spend my days in reviews led by managers who have never driven a route.",
    ],
)
def test_irony_and_a_dig_at_the_current_employer_are_negativity(rules, model, sentence) -> None:
    assert "negativity" in codes(rules, model, note(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "I know a week is not much time to see forty candidates, so please take what you need.",
        "You called the planner 'nearly ready' and I would love to help finish it.",
        "I have led weekly meetings with drivers who have never missed a slot.",
        "We held reviews about the reviews process once a year.",
    ],
)
def test_plain_words_about_time_quotes_and_meetings_are_no_negativity(
    rules, model, sentence
) -> None:
    assert "negativity" not in codes(rules, model, note(sentence))


# -- (4) a near miss of a recorded person's surname


@pytest.mark.parametrize(
    "sentence",
    [
        "Please pass my thanks to Mr Haddox for the tour.",
        "I enjoyed Mr Maddix's account of the winter schedule.",
        "Please thank Ms Ramen for arranging the visit.",
    ],
)
def test_a_near_miss_of_a_recorded_surname_is_a_wrong_name(rules, model, sentence) -> None:
    found = checked(rules, model, note(sentence), FACTS).issues
    assert [f for f in found if f.code == "name_mismatch" and "misspelling" in f.message]


@pytest.mark.parametrize(
    "sentence",
    [
        "Please pass my thanks to Mr Maddox for the tour.",
        "I enjoyed Mr Maddox's account of the winter schedule.",
        "My manager at Dunmore, Mr Haddad, taught me the trade.",
    ],
)
def test_the_recorded_surname_or_an_unrelated_one_is_no_near_miss(rules, model, sentence) -> None:
    facts = Facts(
        "Harbourline Logistics",
        "Fleet Coordinator",
        ("Priya Raman", "Colin Maddox"),
        ("route planner",),
        own_employers=("Dunmore Haulage",),
    )
    found = checked(rules, model, note(sentence), facts).issues
    # (another person, titled, may be asked about; never as a misspelling of Colin Maddox)
    assert not [f for f in found if f.code == "name_mismatch" and "misspelling" in f.message]


# -- (5) "Ma'am" with a surname


def test_maam_with_a_recorded_surname_is_no_text_speak(rules, model) -> None:
    facts = Facts("Harbourline Logistics", "Fleet Coordinator", ("Rosario Bautista",))
    text = note("It was good to see the depot.", "Dear Ma'am Bautista,")
    assert "unprofessional" not in codes(rules, model, text, facts)


def test_maam_with_a_first_name_is_still_text_speak(rules, model) -> None:
    facts = Facts("Harbourline Logistics", "Fleet Coordinator", ("Rosario Bautista",))
    text = note("It was good to see the depot.", "Dear Ma'am Rosario,")
    assert "unprofessional" in codes(rules, model, text, facts)


# -- (6) elements


@pytest.mark.parametrize(
    "line",
    [
        "3 yrs R&D @ Vantage Labs.",
        "7 yrs HR/payroll w/ Corven Foods.",
        "2 yrs exp fleet ops.",
    ],
)
def test_qualifications_in_jotted_shorthand_are_qualifications(rules, model, line) -> None:
    text = (
        f"Hi Priya,\n\nThx for the chat Mon, the route planner looks great. {line}\n\n"
        "Keen on the role & would love to join Harbourline. Happy to chat next steps anytime.\n\n"
        "Alex\n"
    )
    assert checked(rules, model, text, FACTS).elements["qualifications"]


@pytest.mark.parametrize(
    "text",
    [
        "hiya Priya!! ty 4 the chat, route planner demo was ace 😊 keen on the job!!\nAlex\n",
        "thx heaps Priya, keen on the role!! loved the route planner\nAlex\n",
    ],
)
def test_keen_on_the_job_in_text_speak_is_no_enthusiasm(rules, model, text) -> None:
    elements = checked(rules, model, text, FACTS).elements
    assert elements["interest"]
    assert not elements["enthusiasm"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The new depot makes this a brilliant time to come aboard at Harbourline.",
        "Honestly I'd kill to work with a fleet like yours.",
    ],
)
def test_gladness_to_join_in_other_words_is_enthusiasm(rules, model, sentence) -> None:
    text = note(sentence).replace(" and excited to join the team", "")
    assert checked(rules, model, text, FACTS).elements["enthusiasm"]


def test_keen_to_join_the_team_is_still_enthusiasm(rules, model) -> None:
    text = note("I am keen to join the crew at Harbourline.").replace(
        " and excited to join the team", ""
    )
    assert checked(rules, model, text, FACTS).elements["enthusiasm"]


@pytest.mark.parametrize(
    "sentence",
    [
        "It was great to meet you and everyone and to find out more about how the depot runs.",
        "It was good to meet the whole team and learn how things work there.",
    ],
)
def test_meeting_the_team_and_learning_how_it_works_is_no_specific(rules, model, sentence) -> None:
    text = (
        f"Dear Ms Raman,\n\nThank you so much for your time on Thursday. {sentence} I am very"
        " interested in the Fleet Coordinator position.\n\nKind regards,\nAlex Grant\n"
    )
    assert not checked(rules, model, text, FACTS, "card").elements["specifics"]
