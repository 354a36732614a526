"""Review finding 5 (review-facts-check, s10): software the team runs, set up or started is no
employer. "I/we own/founded X" names the employer; "run/started/set up X" does only with a
company's shape (a legal form, a business head: "Dental", "Bakery") or where it is ("in
Leeds", ", a small machine shop"). The review's sentences and new wording."""

from __future__ import annotations

from datetime import date

import pytest

from followup.core import debrief
from followup.core.models import Format, Interview
from followup.core.transcript import parse_transcript


def _employer(line: str) -> frozenset[str]:
    interview = Interview("Employer", "Candidate", date(2027, 5, 4), Format.VIDEO)
    transcript = parse_transcript(f"Rosa Lee: {line}\nSam Diaz: Thanks for having me.\n")
    return debrief.employer_words(transcript, interview)


@pytest.mark.parametrize(
    ("line", "tool"),
    [
        ("We run Salesforce and HubSpot here.", "salesforce"),
        ("We set up Power BI with the finance team.", "power"),
        ("We started Kubernetes in 2021.", "kubernetes"),
        # new wording
        ("We run Dynamics here.", "dynamics"),
        ("We set up Tableau, and honestly it changed the month end.", "tableau"),
        ("I started Zendesk with two agents.", "zendesk"),
        ("We run Workday.", "workday"),
    ],
)
def test_a_tool_the_team_runs_is_no_employer(line, tool) -> None:
    assert debrief._stem(tool) not in _employer(line)


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("I run Kestrelworks, a small machine shop.", "kestrelworks"),
        ("I own BrightBay Bakery here in Leeds.", "brightbay"),
        ("We founded Northgate Tiles in 2009, just the two of us.", "northgate"),
        # new wording
        ("We started Harrowgate Dental in 2015.", "harrowgate"),
        ("I set up Copperleaf Ltd with my brother.", "copperleaf"),
        ("We run Marrowby here in Bristol.", "marrowby"),
    ],
)
def test_a_business_its_owner_runs_is_the_employer(line, name) -> None:
    assert debrief._stem(name) in _employer(line)
