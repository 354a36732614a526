"""No question about a jot the drafts leave out on purpose (drafts C, session 12,
review-drafts finding 6). A visit still to come ('if hired') or what the candidate said
themselves ('-> I offered …') is never said, so no rewording can help: followup does not ask
for one. A bulleted jot ('→ Marcus: …', '• …') is read the same way as the drafts read it."""

from __future__ import annotations

from datetime import date

import pytest

from followup.config import load_settings
from followup.core.models import Channel, Format, Interview, Person, PersonRole
from followup.services import drafting, records


def stored(topics: list[str]) -> int:
    i = Interview(
        company="Fernhill Orchards",
        role="Farm Operations Lead",
        interviewed=date(2027, 9, 14),
        format=Format.IN_PERSON,
        channel=Channel.EMAIL,
        country="NZ",
        people=[
            Person("Marcus Hale", "marcus@fernhill.example", role=PersonRole.INTERVIEWER),
            Person("Ruth Amos", "ruth@fernhill.example", role=PersonRole.INTERVIEWER),
        ],
        topics=topics,
    )
    saved = records.add_interview(load_settings(), i)
    assert saved.id is not None
    return saved.id


@pytest.mark.parametrize(
    "jot",
    [
        # the reviewer's example
        "harvest visit in Sept if hired",
        # new wording
        "Ruth: packhouse tour once hired",
        "→ Marcus: ride-along on the spray rig at the next stage",
        "• Ruth: a walk through the packhouse after the references",
    ],
)
def test_no_question_about_a_jot_left_out_on_purpose(followup_home, jot):
    round_id = stored([jot, "the new cool store"])
    asked = [q.recorded for q in drafting.topic_questions(load_settings(), round_id)]
    assert not any("hired" in a or "offered" in a or "suggested" in a or "next stage" in a
                   or "TBC" in a for a in asked), asked  # fmt: skip
