"""Fragments and counts no note-taker writes down (issue 9 kind 12, s12): the verb of a
relative clause ("a shipment that went wrong") is no noun, so no "the went wrong" topic; a
counting word after an article ("a single afternoon session", "for the first scooter pack")
is no part of a topic, in the phrase or in what it is about; "your" and an exercise's own
words name the candidate's exercise ("Your cycle-life data analysis exercise was good")."""

from __future__ import annotations

from datetime import date

import pytest

from followup.core import debrief
from followup.core.models import Format, Interview
from followup.core.transcript import parse_transcript
from followup.services.debrief import word_classes
from helpers_debrief import nps


def _proposals(line: str, data: dict) -> list[debrief.Proposal]:
    text = (
        "Tomasz Wierzba: Thanks for making the time, it's good to meet you.\n"
        f"Tomasz Wierzba: {line}\n"
        "Aroha Kingi: Sure, happy to talk about that in more detail.\n"
        "Tomasz Wierzba: Great, that helps us a lot.\n"
    )
    words = debrief.DebriefWords.from_data(data)
    interview = Interview("Employer", "Candidate", date(2027, 8, 9), Format.VIDEO)
    return debrief.propose(
        parse_transcript(text), [], interview, "Aroha Kingi", words, debrief.Limits(),
        lexicon=word_classes,
    )  # fmt: skip


def _topics(line: str, data: dict) -> list[str]:
    return [p.text for p in _proposals(line, data) if p.kind == "topic"]


@pytest.mark.parametrize(
    ("sentence", "never", "kept"),
    [
        ("Tell us about a harvest that went wrong for the cellar team.", "went", "harvest"),
        ("Think of a rota change that made things worse for the porters.", "made", "rota change"),
        ("Describe a courier that sent parcels to the wrong depot.", "sent", "courier"),
        ("We had a boiler refit which took months to sign off.", "took", "boiler refit"),
        ("There was a pallet load that fell off the forklift twice.", "fell", "pallet load"),
    ],
)
def test_the_verb_of_a_relative_clause_is_no_noun(sentence, never, kept, grammar) -> None:
    """After "that" or "which" following a noun, a word the tables know only as a verb (or a
    past that is also a noun, [grammar] past_nouns) is the clause's verb: "the went wrong",
    "the made things" are no phrases."""
    found = nps(sentence, grammar)
    assert not any(never in f.split() for f in found), found
    assert any(f.endswith(kept) for f in found), found


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("We finally finished that rebuild project last year.", "rebuild project"),
        ("Can you look at that rework backlog for me?", "rework backlog"),
        ("I signed off that reorder list this morning.", "reorder list"),
    ],
)
def test_a_demonstrative_that_still_opens_a_noun(sentence, phrase, grammar) -> None:
    """ "that" after a verb is a demonstrative: the verb-like word after it is a noun."""
    assert phrase in nps(sentence, grammar), nps(sentence, grammar)


@pytest.mark.parametrize(
    ("line", "never"),
    [
        ("We train new hires in a single afternoon session at the depot.", "single"),
        ("The big deadline is the submission for the first ferry timetable.", "first"),
        ("The real gap is hygiene checks on the second shift in the bakery.", "second"),
        ("We are adding a third sorting hub for the parcel network.", "third"),
        ("We still need mentoring for the fourth apprentice cohort.", "fourth"),
    ],
)
def test_a_counting_word_after_an_article_is_no_part_of_a_topic(line, never, data) -> None:
    topics = _topics(line, data)
    assert topics, topics
    assert not any(never in t.lower().split() for t in topics), topics


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("Single sign-on went live in March.", "single sign-on"),
        ("First response time is the number we watch.", "first response time"),
    ],
)
def test_a_term_that_opens_with_a_counting_word_stays_whole(sentence, phrase, grammar) -> None:
    assert any(phrase in f for f in nps(sentence, grammar)), nps(sentence, grammar)


@pytest.mark.parametrize(
    ("line", "topic"),
    [
        (
            "Your cycle-life data analysis exercise was good, very clear.",
            "the cycle-life data analysis exercise",
        ),
        (
            "Finally, your proofreading test. You caught what most people miss.",
            "the proofreading test",
        ),
        ("Your stock reconciliation task was tidy, by the way.", "the stock reconciliation task"),
        (
            "I enjoyed reading your menu costing assignment last night.",
            "the menu costing assignment",
        ),
    ],
)
def test_your_and_an_exercises_own_words_name_the_candidates_exercise(line, topic, data) -> None:
    exercises = [p.text for p in _proposals(line, data) if p.why == debrief._EXERCISE_WHY]
    assert topic in exercises, exercises


@pytest.mark.parametrize(
    "line",
    [
        "Tell me about your risk assessment process at the depot.",
        "Your exercise was good, honestly.",
        "How would your test plan change for a night release?",
    ],
)
def test_your_before_an_exercise_word_inside_another_phrase_is_no_exercise(line, data) -> None:
    """The exercise's head must end the noun phrase ("your risk assessment process" is a
    process), and an exercise said of nothing is none."""
    exercises = [p.text for p in _proposals(line, data) if p.why == debrief._EXERCISE_WHY]
    assert exercises == [], exercises


@pytest.mark.parametrize(
    ("line", "topic"),
    [
        ("And your stock reconciliation case was careful.", "the stock reconciliation case"),
        ("The pricing case you prepared for the spa was strong.", "the pricing case for the spa"),
        ("Back to the case we sent you, the depot staffing plan.", "the depot staffing plan case"),
    ],
)
def test_a_case_they_set_is_the_candidates_exercise(line, topic, data) -> None:
    """ "case" is an exercise's head ([words] exercise_heads), the least specific: with
    "you did/prepared", "we sent you" or "your" and what it was about."""
    exercises = [p.text for p in _proposals(line, data) if p.why == debrief._EXERCISE_WHY]
    assert topic in exercises, exercises


@pytest.mark.parametrize(
    "line",
    [
        "Your strongest case was the dispute one, I think.",
        "Your final assessment went well, from what I hear.",
        "In your case, would you relocate for the role?",
        "Tell me about your use case for the handheld scanners.",
    ],
)
def test_your_and_words_that_name_no_subject_make_no_exercise(line, data) -> None:
    exercises = [p.text for p in _proposals(line, data) if p.why == debrief._EXERCISE_WHY]
    assert exercises == [], exercises
