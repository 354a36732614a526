"""Qualifications per application come first in drafts; the profile's only where they fit."""

from __future__ import annotations

from datetime import date

import pytest

from followup.config import load_settings
from followup.core.compose import qualifications_for
from followup.core.models import Channel, Format, Interview, Person, PersonRole, Profile
from followup.services import drafting, planning

PROFILE = Profile(
    name="Sam Doe",
    email="sam@example.com",
    qualifications=["6 years of SQL and Python analytics", "Led a campaign budget of $2M"],
)


@pytest.fixture
def settings():
    return load_settings()


def marketing(**changes) -> Interview:
    interview = Interview(
        company="Bright Media",
        role="Marketing Coordinator",
        interviewed=date(2026, 11, 19),
        format=Format.VIDEO,
        channel=Channel.EMAIL,
        people=[Person("Dana Reyes", "dana@bright.example", role=PersonRole.COORDINATOR)],
        topics=["the spring campaign launch"],
    )
    for key, value in changes.items():
        setattr(interview, key, value)
    return interview


def language(settings):
    return drafting.load_data(settings, "US").language


def test_the_profile_gives_only_what_fits_the_role(settings):
    fits = qualifications_for(marketing(), PROFILE, language(settings))
    assert fits == ["Led a campaign budget of $2M"]  # SQL analytics says nothing to marketing


def test_the_applications_own_come_first(settings):
    interview = marketing(qualifications=["Ran social media for a 40-store retailer"])
    assert qualifications_for(interview, PROFILE, language(settings)) == [
        "Ran social media for a 40-store retailer",
        "Led a campaign budget of $2M",
    ]


def draft_body(settings, interview: Interview) -> str:
    today = date(2026, 11, 20)
    plan = planning.Planner(settings, today)(interview)
    (w,) = drafting.compose_drafts(
        settings, interview, PROFILE, plan, kind="email", today=today
    ).written
    return w.draft.body


def test_a_draft_uses_the_applications_qualification_not_an_unfitting_one(settings):
    body = draft_body(settings, marketing(qualifications=["Ran social media for 40 stores"]))
    assert "social media for 40 stores" in body or "campaign budget" in body
    assert "SQL" not in body
    alone = draft_body(
        settings, marketing(topics=["the newsletter"], qualifications=["Wrote 40 newsletters"])
    )
    assert "40 newsletters" in alone and "SQL" not in alone


def test_a_draft_never_forces_an_unfitting_profile_qualification(settings):
    interview = marketing(topics=["the newsletter"], role="Events Assistant")
    body = draft_body(settings, interview)
    assert "SQL" not in body and "campaign budget" not in body
    today = date(2026, 11, 20)
    plan = planning.Planner(settings, today)(interview)
    (w,) = drafting.compose_drafts(
        settings, interview, PROFILE, plan, kind="email", today=today
    ).written
    assert any("none of your profile's qualifications fits" in x for x in w.warnings)
