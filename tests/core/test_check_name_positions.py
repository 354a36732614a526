"""Wrong names in every position and the capitalised words that are no wrong name: a bare
organisation modifying a noun ("my Fernwood interview", "the Wexford culture"), its
possessive before an ordinary noun, after "hearing from", only in the Subject line, a name
sharing the record's first word; and the traps beside them (the company's own short form,
initials and possessive, title-case Subject lines, times of day)."""

from __future__ import annotations

import pytest

from followup.core.check import Facts, check

FACTS = Facts(
    "Marigold Home Care",
    "Care Coordinator",
    ("Esther Abiodun",),
    ("visit scheduling", "family updates"),
)
BODY = (
    "\n\nDear Ms. Abiodun,\n\nThank you for meeting me about the Care Coordinator role and for"
    " explaining how visit scheduling works across the week. {line}\n\nI have five years of"
    " scheduling experience for a home health agency and hold a CNA certificate.\n\nI am very"
    " interested in the role and excited about the chance to help. Please let me know if I can"
    " send anything else.\n\nBest regards,\nJun Park\n"
)


def names(rules, model, line: str, subject: str = "Thank you") -> list[str]:
    text = f"Subject: {subject}" + BODY.replace("{line}", line)
    result = check(text, "email", FACTS, rules, model=model)
    for f in result.issues:
        assert text[f.start : f.end] == f.excerpt
    return [f.excerpt for f in result.issues if f.code == "name_mismatch"]


@pytest.mark.parametrize(
    ("line", "wrong"),
    [
        ("I walked out of my Tallow interview sure this is the work I want.", "Tallow"),
        ("I could feel the Ashgrove spirit in every room.", "Ashgrove"),
        ("Learning the Copperfield way of planning visits appealed to me.", "Copperfield"),
        ("Everything I heard about Linden's onboarding sounded thoughtful.", "Linden"),
        ("I hope to hear back from Brackenridge Homecare soon.", "Brackenridge Homecare"),
        ("Much of what drew me in was the Fairmont values statement.", "Fairmont"),
        ("I would be glad to join Marigold Senior Living.", "Marigold Senior Living"),
        ("I would be glad to join the Greenhollow team.", "Greenhollow"),
    ],
)
def test_another_organisation_in_any_position_is_wrong(rules, model, line, wrong) -> None:
    assert names(rules, model, line) == [wrong]


@pytest.mark.parametrize(
    ("subject", "wrong"),
    [
        ("Care Coordinator at Greyfield Partners - thank you", "Greyfield Partners"),
        ("Following up with Westbrook", "Westbrook"),
        ("Thanks for the Hollowell coordinator interview", "Hollowell"),
    ],
)
def test_another_organisation_only_in_the_subject_is_wrong(rules, model, subject, wrong) -> None:
    assert names(rules, model, "", subject) == [wrong]


@pytest.mark.parametrize(
    "line",
    [
        "I already feel the Marigold spirit after one visit.",
        "MHC's approach to family updates is rare in this field.",
        "I hope to hear back from Marigold soon.",
        "I left my Tuesday interview energised.",
        "The Marigold way of scheduling is clearly thought through.",
        "I trained in the Montessori approach and the Kaizen culture of small changes.",
        "The Scandinavian way of caring for elders at home is something I admire.",
        "My Alzheimer's care training helped with Parkinson's clients too.",
        # programmes and events of everyday words before the same nouns
        "I enjoyed the Open House tour and the New Hire onboarding plan.",
        "The Second Round interview and the Patient First culture both stood out.",
        "I would be glad to join the Home Visits team and the Family Liaison unit.",
        # the company's programme, the candidate's own past
        "The Marigold Promise you described is something I already try to live by.",
        "Like Marigold, my previous employer, Hillcrest Homecare, served rural families.",
        "I am a graduate of the Lakeshore Care Academy and an alumna of Riverbend College.",
        "Before joining Northway Health I coordinated visits for a hospice.",
    ],
)
def test_the_company_and_ordinary_capitals_in_those_positions_are_right(rules, model, line) -> None:
    assert names(rules, model, line) == []


@pytest.mark.parametrize(
    "subject",
    [
        "Thank You for Your Time",
        "Our Conversation on Monday at Noon",
        "Following Up with the Hiring Team",
        "Care Coordinator at Marigold - thank you",
        "Final Round Interview - Thank You",
    ],
)
def test_title_case_subjects_name_nobody(rules, model, subject) -> None:
    assert names(rules, model, "", subject) == []


def test_the_company_s_word_before_an_organisation_s_word_is_another_name(rules, model) -> None:
    assert names(rules, model, "I would be proud to join Marigold Hospice.") == ["Marigold Hospice"]
