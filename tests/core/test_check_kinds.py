"""Gaps found by trying the checker as a new user would, each as its kind: a polite question
about the decision is a next step, a product before "team" is no organisation, a person thanked
must be on the record, the candidate's present employer is allowed, confidence is not
negativity, and negativity in plain words (about an employer, colleagues, the process, the
wait, oneself, in sarcasm) is an issue."""

from __future__ import annotations

import pytest

from conftest import checked
from followup.core.check import Facts

FACTS = Facts(
    company="Northwind Health",
    role="Practice Manager",
    people=("Kevin Marsh",),
    topics=("mobile clinic unit",),
    own_employers=("Globex",),
)
OPEN = (
    "Dear Kevin,\n\nThank you for meeting with me on Monday about the Practice Manager role. "
    "I enjoyed hearing how the mobile clinic unit reaches rural patients. "
)
QUAL = "I have seven years of experience running two GP surgeries. "
WANT = "I remain very interested in the role and would be glad to join the team. "
NEXT = "Please let me know if I can provide anything else.\n\nBest regards,\nHelen Carter\n"


def run(rules, model, text: str, facts: Facts = FACTS):
    return checked(rules, model, text, facts)


def codes(result) -> set[str]:
    return {f.code for f in result.issues}


def test_a_polite_question_about_the_decision_is_a_next_step(rules, model) -> None:
    ask = (
        "I have enjoyed every stage of the process, so I'd be grateful to know when you"
        " expect to decide."
    )
    result = run(rules, model, OPEN + QUAL + WANT + ask + "\n\nBest regards,\nHelen Carter\n")
    assert result.elements["next_steps"] and not codes(result)
    assert result.verdict == "ready"


@pytest.mark.parametrize(
    "sentence",
    [
        "I admire what Northwind has done with its community clinics.",
        "The Kafka team's approach to replaying events was new to me.",
        "At Globex, where I lead the practice systems team, we cut waiting times by a third.",
        "Please give my thanks to the clinic team for the tour.",
        "I know I'm the best candidate for this role.",
    ],
)
def test_fine_sentences_raise_no_issue(rules, model, sentence) -> None:
    result = run(rules, model, OPEN + sentence + " " + QUAL + WANT + NEXT)
    assert not codes(result), [(f.code, f.excerpt) for f in result.issues]


@pytest.mark.parametrize(
    "sentence",
    ["Please give my thanks to Kevin Marsh for the tour.", "Do thank Kevin for his time as well."],
)
def test_thanking_the_reader_in_the_third_person_is_a_slip(rules, model, sentence) -> None:
    # the note is to Kevin: thanks passed on "to Kevin" read as a template's slip
    result = run(rules, model, OPEN + sentence + " " + QUAL + WANT + NEXT)
    assert [f.excerpt for f in result.issues if f.code == "unprofessional"] == ["Kevin"]


def test_a_person_thanked_must_be_on_the_record(rules, model) -> None:
    result = run(
        rules, model, OPEN + "Please give my thanks to Laura Whitfield. " + QUAL + WANT + NEXT
    )
    assert [f.excerpt for f in result.issues if f.code == "name_mismatch"] == ["Laura"]


@pytest.mark.parametrize(
    "sentence",
    [
        "My current director never makes a decision, and the whole office runs on guesswork.",
        "Frankly, the last place I worked was a circus.",
        "Honestly, I carry my whole team because the others barely pull their weight.",
        "Three rounds and a weekend take-home for a junior role certainly kept me busy.",
        "Two weeks without a word has been a little insulting.",
        "I'm probably not what you're looking for, but I wanted to try.",
        "It would be a relief to work with people who know what they are doing.",
        "My manager takes credit for everything our team delivers.",
    ],
)
def test_negativity_in_plain_words(rules, model, sentence) -> None:
    result = run(rules, model, OPEN + QUAL + sentence + " " + WANT + NEXT)
    assert "negativity" in codes(result)
    assert result.verdict == "revise"


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("I'm confident I could add value at Clearwater from day one.", "name_mismatch"),
        ("I'm excited about what Redwood is building in the Midwest.", "name_mismatch"),
        ("I can see why Northgate has grown so quickly.", "name_mismatch"),
        ("Totally stoked about this, it would be a pleasure to join.", "unprofessional"),
        ("Hit me up if you need more time.", "unprofessional"),
        ("You guys rock, thanks for the chat.", "unprofessional"),
        ("I'm prepared to work a trial period without pay to prove myself.", "desperation"),
        ("I'd honestly take the job tomorrow on whatever terms suit you.", "desperation"),
        ("I left my last role because the leadership was hopeless.", "negativity"),
        ("The assessment centre felt like a box-ticking exercise.", "negativity"),
    ],
)
def test_each_kind_in_new_words(rules, model, sentence, code) -> None:
    result = run(rules, model, OPEN + sentence + " " + QUAL + WANT + NEXT)
    assert code in codes(result), [(f.code, f.excerpt) for f in result.issues]


@pytest.mark.parametrize(
    "sentence",
    [
        "You mentioned you hope to decide by Friday, which works well for me.",
        "The ROLE_ADMIN permission model you described sounds well designed.",
        "I keep the rota in a sheet with columns for [shift] and [driver].",
        "I worked with a TBD-heavy roadmap at Globex and learned to plan around it.",
        "The Perth team's rebuild of the booking system was impressive.",
        "I admire what Northwind has built in the rural clinics.",
    ],
)
def test_traps_raise_no_issue(rules, model, sentence) -> None:
    result = run(rules, model, OPEN + sentence + " " + QUAL + WANT + NEXT)
    assert not codes(result), [(f.code, f.excerpt) for f in result.issues]


PARTS = {
    "thanks": "Thank you for meeting with me on Monday.",
    "specifics": "I enjoyed hearing how the mobile clinic unit reaches rural patients.",
    "qualifications": "I have seven years of experience running two GP surgeries.",
    "interest": "I remain very interested in the position.",
    "enthusiasm": "I would be excited to join the team.",
    "next_steps": "Please let me know if I can provide anything else.",
}


@pytest.mark.parametrize(
    ("element", "sentence"),
    [
        ("qualifications", "I'm a chartered accountant with a decade in audit."),
        ("qualifications", "My MSc in health informatics covered exactly this kind of problem."),
        ("qualifications", "I've been running practice rotas since 2019."),
        ("qualifications", "I hold the PMP and have led three EHR rollouts."),
        (
            "qualifications",
            "On my side, I have six years of payroll audits; I'd be glad to put that to work here.",
        ),
        ("qualifications", "I've over 12 years of ward experience, most of it on nights."),
        ("enthusiasm", "I can already picture myself on the team."),
        ("enthusiasm", "The work you described is exactly what I want to be doing next."),
        ("enthusiasm", "I would jump at the chance to join."),
        ("specifics", "Seeing the mobile unit at the village hall was the highlight."),
        ("next_steps", "I'd be grateful to know when you expect to decide."),
    ],
)
def test_elements_in_natural_words(rules, model, element, sentence) -> None:
    body = " ".join(sentence if name == element else text for name, text in PARTS.items())
    result = run(rules, model, f"Dear Kevin,\n\n{body}\n\nBest regards,\nHelen Carter\n")
    assert result.elements[element], result.elements
