"""A qualification the record says is not held is never claimed (session 42: the v34b
recruiters graded 1 'I'd be glad to bring my MSc in Crop Protection to …' where the line read
'MSc Crop Protection - coursework done, thesis NOT submitted -> don't write MSc'). Lapsed,
expired, failed, pending or unfinished lines are left out of every note; a line that only
mentions such words of something else still counts. Rounds and people invented."""

from __future__ import annotations

from datetime import date

import pytest

from followup.core.compose import not_held
from followup.core.models import Format, Person, PersonRole, Profile
from helpers_drafts import drafts_of, email_round


@pytest.mark.parametrize(
    "line",
    [
        "MA Economics, Leeds - dissertation not submitted, don't write MA",
        "forklift licence - expired 2024",
        "NEBOSH general cert (2015), never renewed",
        "CFA level 2 - failed",
        "ACCA P4 (results pending)",
        "Cert IV in Training - lapsed",
        "RN registration - no longer current",
    ],
)
def test_a_line_that_is_not_held(line):
    assert not_held(line)


@pytest.mark.parametrize(
    "line",
    [
        "I have never failed an external audit",
        "ten years in dairy - never HOD by title",
        "CPA, licence current - yes",
        "I passed parts 1 to 3 and sit part 4 in June",
    ],
)
def test_a_line_that_is_held(line):
    assert not not_held(line)


def test_a_degree_not_held_is_in_no_note():
    interview = email_round(
        "Kilima Roses Ltd",
        "Production Manager",
        [
            Person("Faith Wambui", "faith@kilima.example", role=PersonRole.COORDINATOR),
            Person("Dr. Otieno", "otieno@kilima.example", title="Head of Plant Health"),
            Person("Mr. Kiptoo", "kiptoo@kilima.example", title="General Manager"),
        ],
        format=Format.IN_PERSON,
        country="KE",
        interviewed=date(2027, 3, 2),
        topics=["dr otieno: thrips pressure in the rainy season"],
        qualifications=[
            "MSc Crop Protection, UoN - coursework done, thesis (thrips resistance) NOT "
            "submitted -> don't write MSc",
        ],
    )
    profile = Profile("Wanjiru Kibet", "wanjiru@example.com")
    for w in drafts_of(interview, profile, today=date(2027, 3, 3)):
        assert "MSc" not in w.draft.body and "Crop Protection" not in w.draft.body, w.draft.body
