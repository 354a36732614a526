"""The qualifications element on natural self-descriptions (issue 8, session 12): what a
candidate says they have done or are, in the words people use, not the stock fit lines a
draft used to add ("I first-chaired two jury trials", "I am a maintainer of …", "As the person
who rebuilt …"); and lines about oneself that name no qualification (a temperament, a belief,
admiration, interest) stay no qualification.

Each sentence stands in a note that has every other element and no other qualification."""

from __future__ import annotations

from functools import cache

import pytest

from followup.core.check import Facts, check, compile_rules

FACTS = Facts(
    "Larchmont Group", "Operations Lead", ("Dana Whitaker",), ("the spring reorganisation",)
)

NOTE = """Dear Dana,

Thank you for meeting with me on Tuesday. \
I enjoyed our conversation about the spring reorganisation.

{sentence}

I remain very interested in the Operations Lead role and would be excited to join \
Larchmont Group. I would be glad to discuss next steps.

Best regards,
Jamie Rowe
"""

QUALIFICATIONS = [
    "I first-chaired two jury trials last year.",
    "I am a maintainer of an open-source scheduling library used by hundreds of teams.",
    "I've run the night shift for six years.",
    "As the person who rebuilt our returns process, I know where these projects stall.",
    "As the one who set up our first warehouse system, I know the pitfalls.",
    "Most of my last three years went into cleaning up supplier data.",
    "Having taken two plants through ISO 9001 audits, I know what the work involves.",
    "For the last four years I've been the one they call when the line goes down.",
    "I have kept a fleet of thirty vehicles on the road for four years.",
    "I co-founded a tutoring charity that now serves 300 pupils.",
    "I chaired the staff council for two terms.",
    "I took over a failing branch and turned it into the top performer in the region.",
    "Over the past five years I have stood up three call centres from scratch.",
    "I second-chaired a six-week arbitration.",
    "I'm the go-to person for payroll questions in my current team.",
    "I was the lead on our move to a new ERP.",
    "I headed the data team at a logistics start-up for two years.",
    "I have been responsible for a budget of two million pounds.",
    "I looked after forty accounts as a junior planner.",
    "I'm one of the two people who keep the billing system running at my current job.",
    "I served as treasurer of a housing co-op for three years.",
    pytest.param(
        "I put together the onboarding programme that all new starters now go through.",
        marks=pytest.mark.xfail(
            strict=True,
            reason="not yet: the model gives 0.36 (threshold 0.5), and 'put together' is as often "
            "a list of questions as a piece of work, so no exact rule",
        ),
    ),
]

NOT_QUALIFICATIONS = [
    "I am a big believer in good communication.",
    "I am the kind of person who loves a messy spreadsheet.",
    "I have always admired companies that put people first.",
    "I am a maintainer of good habits, and I try to stay positive.",
    "I have always been curious about how airports work.",
    "I'm a people person at heart.",
    "As the person who asked about parking, I was glad to hear it is free.",
    "I was the first to arrive, which gave me time to look around.",
    "I have been thinking about our conversation ever since.",
    "I am someone who enjoys a challenge.",
    "I took a long walk after the interview to think it over.",
    "I'm the one who sent the slides after the call.",
    "I have been looking forward to this role for a while.",
    "I ran into traffic but made it on time.",
    "I am excited about the direction the team is taking.",
    "I headed home feeling very positive about the day.",
    "I looked at the annual report before we met.",
    "I put a lot of thought into the questions you asked.",
    "I have a lot of respect for what you have built.",
    "I am a fan of your podcast.",
]


@cache
def _rules():
    from followup.services.checking import shipped_rule_data

    return compile_rules(shipped_rule_data())


def _qualified(sentence: str) -> bool:
    from followup.services.checking import learned_model

    result = check(NOTE.format(sentence=sentence), "email", FACTS, _rules(), model=learned_model())
    return dict(result.elements)["qualifications"]


def test_the_note_around_the_sentences_has_every_other_element() -> None:
    from followup.services.checking import learned_model

    result = check(NOTE.format(sentence=""), "email", FACTS, _rules(), model=learned_model())
    elements = dict(result.elements)
    assert not elements.pop("qualifications")
    assert all(elements.values()), elements


@pytest.mark.parametrize("sentence", QUALIFICATIONS)
def test_a_natural_self_description_is_a_qualification(sentence: str) -> None:
    assert _qualified(sentence)


@pytest.mark.parametrize("sentence", NOT_QUALIFICATIONS)
def test_a_line_about_oneself_that_names_no_qualification_is_none(sentence: str) -> None:
    assert not _qualified(sentence)
