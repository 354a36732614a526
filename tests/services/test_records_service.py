"""The record services on a real SQLite file: add, get, list, edit, delete, done, drafts."""

from __future__ import annotations

from datetime import date

import pytest

from followup.config import load_settings
from followup.core.errors import Conflict, InvalidInput, NotFound
from followup.core.models import Draft, Format, Interview, Person, PersonRole
from followup.services import planning
from followup.services import records as R


@pytest.fixture
def settings():
    return load_settings()


def video(company: str = "Acme", role: str = "Data Analyst", day: date = date(2026, 11, 19)):
    return Interview(
        company,
        role,
        day,
        Format.VIDEO,
        people=[Person("Dana Reyes", "dana@acme.example", role=PersonRole.COORDINATOR)],
        topics=["dashboards"],
    )


def test_add_interview_returns_it_with_an_id_and_get_reads_it_back(settings, followup_home):
    added = R.add_interview(settings, video(), job_url="https://acme.example/jobs/1")
    assert added.id is not None
    again = R.get_interview(settings, added.id)
    assert again == added
    assert (followup_home / "followup.db").exists()


def test_same_company_and_role_any_case_share_one_application(settings):
    first = R.add_interview(settings, video())
    second = R.add_interview(settings, video("  ACME ", "data analyst", date(2026, 11, 26)))
    third = R.add_interview(settings, video("Acme", "Engineer"))
    apps = {
        r["id"]: r["application_id"] for r in R.list_rounds(settings, today="2026-11-27").records
    }
    assert apps[first.id] == apps[second.id] != apps[third.id]
    # the application keeps the name it was first given
    assert R.get_interview(settings, second.id or 0).company == "Acme"


def test_get_interview_not_found(settings):
    with pytest.raises(NotFound, match="no interview round 42 "):
        R.get_interview(settings, 42)


def test_add_refuses_an_unknown_country_and_stores_nothing(settings):
    bad = video()
    bad.country = "ZZ"
    with pytest.raises(InvalidInput, match="unknown country"):
        R.add_interview(settings, bad)
    assert R.list_rounds(settings).records == []


def test_plan_stored_is_done_once_a_follow_up_is_recorded(settings):
    added = R.add_interview(settings, video())
    assert added.id is not None
    today = date(2026, 11, 23)
    plan = planning.plan_stored(settings, added.id, today)
    assert plan.status == "due" and "no_coordinator" not in plan.warnings
    R.record_done(settings, added.id, "email", today="2026-11-23")
    assert planning.plan_stored(settings, added.id, today).status == "done"


def test_plan_stored_warns_when_no_coordinator_is_recorded(settings):
    interview = video()
    interview.people = [Person("Lee", role=PersonRole.INTERVIEWER)]
    added = R.add_interview(settings, interview)
    plan = planning.plan_stored(settings, added.id or 0, date(2026, 11, 20))
    assert "no_coordinator" in plan.warnings


def test_drafts_save_list_get_update(settings):
    added = R.add_interview(settings, video())
    draft = R.save_draft(settings, Draft("email", "Thank you for your time.", round_id=added.id))
    assert draft.id is not None
    draft.body = "Thank you again."
    R.save_draft(settings, draft)
    assert [d.body for d in R.list_drafts(settings, added.id or 0)] == ["Thank you again."]
    assert R.get_draft(settings, draft.id).body == "Thank you again."
    with pytest.raises(NotFound):
        R.save_draft(settings, Draft("email", "x", round_id=999))
    with pytest.raises(NotFound):
        R.get_draft(settings, 999)


def test_deleting_a_round_deletes_its_drafts_and_an_empty_application(settings):
    added = R.add_interview(settings, video())
    R.save_draft(settings, Draft("email", "Thanks.", round_id=added.id))
    result = R.delete_round(settings, added.id or 0)
    assert result["application_deleted"] is True
    with pytest.raises(NotFound):
        R.list_drafts(settings, added.id or 0)


def test_edit_moves_a_round_to_another_application(settings):
    added = R.add_interview(settings, video())
    record = R.edit_round(settings, added.id or 0, R.RoundChanges(company="Globex"))
    assert record["company"] == "Globex"
    assert R.list_rounds(settings, company="acme").records == []


def test_restore_refuses_to_overwrite(settings, tmp_path):
    R.add_interview(settings, video())
    out = tmp_path / "all.json"
    R.export_to(settings, "json", out)
    with pytest.raises(Conflict, match="--replace"):
        R.restore(settings, out)
