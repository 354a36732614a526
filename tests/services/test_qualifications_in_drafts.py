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


def test_qualifications_no_note_can_say_are_listed_and_reworded(followup_home) -> None:
    """Each qualification followup cannot put in a sentence is a question (the round's and the
    profile's, by index); the user's sentence replaces it where it is recorded."""
    from datetime import date as _date

    from followup.config import load_settings as _load
    from followup.core.models import Format, Interview, Person, PersonRole
    from followup.services import drafting as _drafting
    from followup.services import records as _records

    settings = _load()
    _records.update_profile(
        settings, name="Olivia Grant", qualifications=["STEP diploma", "spring boot, kafka"]
    )
    interview = Interview(
        company="Fenwick Rowe LLP", role="solicitor", interviewed=_date(2026, 11, 17),
        format=Format.VIDEO, country="GB",
        people=[Person(name="Claire Hobbs", email="c@x.example", role=PersonRole.COORDINATOR)],
        topics=["their push into trusts"],
    )  # fmt: skip
    interview.qualifications = ["8 yrs probate / trusts", "4 PQE private client"]
    round_id = _records.add_interview(settings, interview).id
    assert round_id is not None
    asked = [(q.source, q.index, q.recorded) for q in
             _drafting.qualification_questions(settings, round_id)]  # fmt: skip
    assert asked == [("round", 0, "8 yrs probate / trusts"), ("profile", 1, "spring boot, kafka")]
    changed = _drafting.reword_qualifications(
        settings, round_id, {("round", 0): "I have spent eight years on probate work"}
    )
    assert changed == 1
    assert _records.get_interview(settings, round_id).qualifications[0] == (
        "I have spent eight years on probate work"
    )
    assert not [q for q in _drafting.qualification_questions(settings, round_id)
                if q.source == "round"]  # fmt: skip
