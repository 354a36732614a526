"""The qualifications element on plain statements of fact (session 12, fix-qual): the drafts
now say a qualification as a plain fact, with no stock fit line after it. The kinds: a job
title held, said as what one is ("I am a Night Shift Supervisor"); a hyphenated past verb ("I
co-authored …"); a past verb whose object has modifiers before a plural noun ("I have
re-keyed supplier bank details"); "set up" and "been through N …"; a past action with a count
and a time ("I marshalled 40 race meetings last year"). Lines about oneself in the same shapes
that name no qualification (a feeling, a habit, a fan, the visit's own errands) stay none.

Each sentence stands in a note that has every other element and no other qualification. All
sentences are new wording, none from a dev or held-out set."""

from __future__ import annotations

from functools import cache

import pytest

from followup.core.check import CheckRules, Facts, check, compile_rules

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
    # a job title held, said as what one is
    "I am a Night Shift Supervisor at a parcel hub.",
    "I'm a senior payroll administrator.",
    "I am an Area Sales Manager for the north west.",
    "I am a former RAF air traffic controller.",
    "I am a Head Sommelier.",
    "I'm a hospital porter on the surgical floors.",
    "I am a Deputy Head of Year.",
    "I am an ex-army vehicle mechanic.",
    "I am a Level 3 childcare practitioner.",
    "I am a site foreman.",
    "I am a claims handler.",
    "I'm a junior copywriter.",
    # a hyphenated past verb
    "I co-authored two papers on soil carbon.",
    "I have second-chaired a product liability trial.",
    "I re-engineered the pick path in our warehouse.",
    "I've hand-built three timber frame extensions.",
    "I co-led a merger integration workstream.",
    # a past verb whose object has modifiers before a plural noun
    "I have re-keyed supplier bank details for audit.",
    "I have rewired commercial kitchen extraction units.",
    "I refactored legacy billing modules into smaller services.",
    "I have digitised paper patient records.",
    # set up, been through N
    "I have set up and led a weekend coding club for teenagers.",
    "I set up the first food bank collection point in our town.",
    "I've been through three Ofsted inspections.",
    "I have been through two ERP cutovers.",
    # a past action with a count and a time
    "I marshalled 40 race meetings last year.",
    "I catered 25 weddings last summer.",
    "I refereed 30 league matches this season.",
    "I processed 500 visa applications last quarter.",
]

NOT_QUALIFICATIONS = [
    # "I am a …" that is no job
    "I am a quick learner.",
    "I am a big fan of your podcast.",
    "I am a little worried about the commute.",
    "I am a huge admirer of what your manager said.",
    "I am a firm believer in clear handovers.",
    "I am a morning person.",
    "I'm a bit nervous about the next stage.",
    "I am a fan of your operations manager's blog.",
    "I am a good listener.",
    "I am a keen cyclist.",
    # a hyphenated past verb that is an errand
    "I double-checked the address before I came.",
    "I have re-read your email twice.",
    "I re-scheduled my train to make the earlier slot.",
    # a past verb with a plural object that is the visit's own errand
    "I have booked hotel rooms for the second day.",
    "I have checked train times for the Friday.",
    "I printed interview notes before we met.",
    # set up, been through: no work
    "I set up a call with your recruiter for Friday.",
    "I've set up an account on your careers portal.",
    "I have been through two rounds of interviews elsewhere.",
    "I have been through a lot this year.",
    # a count and a time, with no work
    "I called 3 times last week.",
    "I waited 40 minutes last Tuesday.",
    "I called you twice last week.",
    "I called to ask about parking last week.",
    "I applied 2 times last year.",
]


@cache
def _rules() -> CheckRules:
    from followup.services.checking import shipped_rule_data

    return compile_rules(shipped_rule_data())


def _qualified(sentence: str) -> bool:
    from followup.services.checking import learned_model

    result = check(NOTE.format(sentence=sentence), "email", FACTS, _rules(), model=learned_model())
    return dict(result.elements)["qualifications"]


@pytest.mark.parametrize("sentence", QUALIFICATIONS)
def test_a_plain_statement_of_a_qualification_is_one(sentence: str) -> None:
    assert _qualified(sentence)


@pytest.mark.parametrize("sentence", NOT_QUALIFICATIONS)
def test_a_plain_line_about_oneself_that_names_no_qualification_is_none(sentence: str) -> None:
    assert not _qualified(sentence)
