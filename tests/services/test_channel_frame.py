"""Nobody is emailed without an address: the draft says so and says how to reach them."""

from __future__ import annotations

from datetime import date

import pytest

from followup.config import load_settings
from followup.core.errors import InvalidInput
from followup.core.models import Person, PersonRole, Profile
from followup.core.records import from_record
from followup.services import drafting, planning


def _round(people: list[Person]):
    interview = from_record(
        {
            "company": "Whareroa Orchards",
            "role": "Orchard Supervisor",
            "interviewed": "2027-02-08",
            "tz": "UTC",
            "format": "in-person",
            "channel": "phone",
            "country": "NZ",
            "people": [],
            "topics": ["the new hail netting on the gold kiwifruit blocks"],
            "items": [],
        }
    )
    interview.people = people
    return interview


PROFILE = Profile(
    "Ana Tupou",
    "ana.tupou@mail.example",
    "+64 21 555 0177",
    ["Three seasons as a packhouse team leader"],
)


def test_no_email_is_written_to_someone_with_no_address_and_the_error_says_how_to_reach_them() -> (
    None
):
    settings = load_settings(env={})
    interview = _round(
        [Person("Rawiri Smith", None, "+64215550123", "owner", PersonRole.INTERVIEWER)]
    )
    day = date(2027, 2, 9)
    plan = planning.Planner(settings, day)(interview)
    with pytest.raises(InvalidInput) as caught:
        drafting.compose_drafts(settings, interview, PROFILE, plan, kind="email", today=day)
    message = str(caught.value)
    assert "no email address is recorded for Rawiri Smith" in message
    assert "021 555 0123" in message and "--kind phone" in message
    # the plan's own method (a call) is still written
    call = drafting.compose_drafts(settings, interview, PROFILE, plan, today=day)
    assert call.written[0].draft.kind == "phone"


def test_each_says_which_interviewers_get_no_email() -> None:
    settings = load_settings(env={})
    interview = _round(
        [
            Person(
                "Rawiri Smith", "rawiri@whareroa.example", None, "owner", PersonRole.INTERVIEWER
            ),
            Person(
                "Mereana Hohaia",
                "mereana@whareroa.example",
                None,
                "packhouse manager",
                PersonRole.INTERVIEWER,
            ),
            Person("Stu", None, "+64215550188", "block leader", PersonRole.INTERVIEWER),
        ]
    )
    day = date(2027, 2, 9)
    plan = planning.Planner(settings, day)(interview)
    batch = drafting.compose_drafts(
        settings, interview, PROFILE, plan, kind="email", each=True, today=day
    )
    assert [w.draft.to_name for w in batch.written] == ["Mereana Hohaia"]
    assert any("no email is written to Stu" in line for line in batch.written[0].warnings)
