"""`followup check --interview ID` against the user's other applications (session 13,
`checkgaps`): a person met in another round is named with that round, and another
application's whole name written in lower case is still its name."""

from __future__ import annotations

from datetime import date

import pytest

from followup.config import load_settings
from followup.core.models import Format, Interview, Person
from followup.services import checking
from followup.services import records as R


@pytest.fixture
def rounds():
    settings = load_settings()
    harbor = R.add_interview(
        settings,
        Interview("Harbor Analytics", "BI Developer", date(2027, 3, 2), Format.VIDEO,
                  people=[Person("Mark Lee"), Person("Jane Doe")]),
    )  # fmt: skip
    summit = R.add_interview(
        settings,
        Interview("Summit Logistics", "Data Analyst", date(2027, 3, 9), Format.VIDEO,
                  people=[Person("Priya Shah")], topics=["carrier scorecard"]),
    )  # fmt: skip
    return settings, harbor, summit


def _note(middle: str) -> str:
    return (
        "Dear Priya,\n\nThank you for walking me through the carrier scorecard on Tuesday. "
        f"{middle} I have six years of experience with SQL and Power BI. I remain very"
        " interested in the Data Analyst position and would be excited to join the team. Please"
        " let me know about next steps.\n\nBest regards,\nDaniel\n"
    )


def _wrong(settings, summit, text: str) -> list[tuple[str, str]]:
    facts = checking.facts_from_options(settings, interview_id=summit.id)
    result = checking.check_text(settings, text, "email", facts)
    for f in result.issues:
        assert text[f.start : f.end] == f.excerpt
    return [(f.excerpt, f.message) for f in result.issues if f.code == "name_mismatch"]


@pytest.mark.parametrize(
    ("middle", "excerpt"),
    [
        ("Mark Lee's point about clean data stayed with me.", "Mark Lee"),
        ("I also enjoyed my chat with Jane Doe about the onboarding plan.", "Jane Doe"),
        ("Please pass my thanks to Mark as well.", "Mark"),
    ],
)
def test_a_person_of_another_round_is_named_with_that_round(rounds, middle, excerpt) -> None:
    settings, harbor, summit = rounds
    person = "Jane Doe" if excerpt == "Jane Doe" else "Mark Lee"
    assert _wrong(settings, summit, _note(middle)) == [
        (
            excerpt,
            f"'{excerpt}' is someone you met in round {harbor.id} (Harbor Analytics),"
            " not of this one.",
        )
    ]
    # the same note for the Harbor round names its own people
    own = checking.facts_from_options(settings, interview_id=harbor.id)
    assert person in own.people


@pytest.mark.parametrize(
    "middle",
    [
        "I was impressed by harbor analytics and its approach to dashboards.",
        "Like harbor analytics, your team builds its reports in the open.",
        "The way harbor analytics ran its pilot reminded me of your scorecard.",
    ],
)
def test_another_applications_whole_name_in_lower_case_is_still_its_name(rounds, middle) -> None:
    settings, harbor, summit = rounds
    assert _wrong(settings, summit, _note(middle)) == [
        (
            "harbor analytics",
            f"'harbor analytics' is the company of your round {harbor.id}, not of this one.",
        )
    ]


@pytest.mark.parametrize(
    "middle",
    [
        "The harbor view from your office is lovely.",
        "Reaching the summit of that backlog will feel good.",  # this round's own word
        "I hope to mark the launch with the team.",
    ],
)
def test_a_one_word_everyday_name_in_lower_case_stays_unflagged(rounds, middle) -> None:
    settings, _harbor, summit = rounds
    assert _wrong(settings, summit, _note(middle)) == []
