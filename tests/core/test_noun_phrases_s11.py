"""A clause's verb read as the last word of a noun phrase (issue 9 kind 12, s11): an
irregular past after its subject ("the plan fell apart", "the kiln broke down") and the verb
of a question that opens with an auxiliary ("Did the check catch anything?", "Does the
night team use the app?") are verbs; a noun that looks like a past ("the band saw", "the
thought process", "a lost sale") stays a noun."""

from __future__ import annotations

import pytest

from helpers_debrief import nps


@pytest.mark.parametrize(
    ("sentence", "never", "kept"),
    [
        ("Tell us about a time a plan fell apart.", "plan fell", "plan"),
        ("The main kiln broke down twice in March.", "kiln broke", "kiln"),
        ("Last year the currency fell sharply against the dollar.", "currency fell", "currency"),
        ("The night shift went home early.", "shift went", "night shift"),
        ("Our forklift fleet grew quickly after the merger.", "fleet grew", "forklift fleet"),
        ("What happened when the supplier froze the prices?", "supplier froze", "prices"),
    ],
)
def test_an_irregular_past_after_its_subject_is_a_verb(sentence, never, kept, grammar) -> None:
    found = nps(sentence, grammar)
    assert not any(never in f for f in found), found
    assert any(f.endswith(kept) for f in found), found


@pytest.mark.parametrize(
    ("sentence", "never", "kept"),
    [
        ("Did the check catch anything after the release?", "check catch", "release"),
        ("Does the night team use the scheduling app?", "team use", "scheduling app"),
        ("Can the planners see the slot changes?", "planners see", "slot changes"),
        ("Will the new scanner help with returns?", "scanner help", "scanner"),
    ],
)
def test_the_verb_of_a_question_opened_by_an_auxiliary(sentence, never, kept, grammar) -> None:
    found = nps(sentence, grammar)
    assert not any(never in f for f in found), found
    assert any(f.endswith(kept) for f in found), found


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("We replaced the band saw blade last week.", "band saw blade"),
        ("The thought process matters more than the answer.", "thought process"),
        ("We track every lost sale in the shop.", "lost sale"),
        ("Did you see the check results from the audit?", "check results"),
        ("Does it cover the stock count process?", "stock count process"),
    ],
)
def test_nouns_that_look_like_verbs_stay_nouns(sentence, phrase, grammar) -> None:
    assert any(phrase in f for f in nps(sentence, grammar)), nps(sentence, grammar)


@pytest.mark.parametrize(
    ("sentence", "phrase", "never"),
    [
        (
            "We're in the middle of a warehouse slotting redesign for our frozen aisles.",
            "warehouse slotting redesign for the frozen aisles",
            "middle",
        ),
        (
            "Part of the finance system migration is still manual.",
            "finance system migration",
            "part",
        ),
        ("We are in the midst of a payroll platform change.", "payroll platform change", "midst"),
        ("The bulk of the claims backlog sits with one team.", "claims backlog", "bulk"),
    ],
)
def test_what_a_container_word_holds_is_the_phrase(sentence, phrase, never, grammar) -> None:
    found = nps(sentence, grammar)
    assert phrase in found, found
    assert not any(f.startswith(f"{never} of") for f in found), found  # alone, no topic


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("Every morning the leg wound was dressed by the night nurse.", "leg wound"),
        ("In the trailer the drone shot is what sells the film.", "drone shot"),
        ("After the storm the bitumen felt was torn along the ridge.", "bitumen felt"),
        ("Out on site the rifle shot was heard by everyone.", "rifle shot"),
        ("On the east side the borehole bore was too narrow for the pump.", "borehole bore"),
    ],
)
def test_a_past_like_noun_head_before_a_verb_stays_a_noun(sentence, kept, grammar) -> None:
    """A past that is also a noun, said before a verb or an auxiliary, is the phrase's head:
    a past verb is never followed by another finite verb ("the roofing felt was torn")."""
    found = nps(sentence, grammar)
    assert any(f.endswith(kept) for f in found), found
