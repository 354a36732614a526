"""The ask path for what the one gate leaves out (s13 drafts-a): a jot no note can say
exactly is asked about with the sentence its words would land in, a gap where they go, and
Enter leaves it out; a jot said in part still shows what followup would write."""

from __future__ import annotations

from datetime import date

import pytest

from followup.config import load_settings
from followup.core import compose
from followup.core.models import Channel, Format, Interview, Person, PersonRole
from followup.services import drafting, records


def stored(topics: list[str]) -> int:
    i = Interview(
        company="Tussock Creek Dairy",
        role="Herd Manager",
        interviewed=date(2027, 9, 14),
        format=Format.IN_PERSON,
        channel=Channel.EMAIL,
        country="NZ",
        people=[
            Person("Aroha Pene", "aroha@tussock.example", role=PersonRole.INTERVIEWER),
            Person("Gus Tane", "gus@tussock.example", role=PersonRole.INTERVIEWER),
        ],
        topics=topics,
    )
    saved = records.add_interview(load_settings(), i)
    assert saved.id is not None
    return saved.id


@pytest.mark.parametrize(
    "jot",
    [
        "→ my bit: the calving roster at my last farm",
        "gus: the usual ones - mastitis etc",
        "TODO ask aroha which herd app they use",
    ],
)
def test_a_jot_left_out_is_asked_with_the_gap_it_would_fill(followup_home, jot) -> None:
    round_id = stored([jot, "the new rotary shed"])
    asked = {q.recorded: q for q in drafting.topic_questions(load_settings(), round_id)}
    q = asked[compose.unbulleted(jot)]  # asked as the drafts read it, without its bullet
    assert q.left_out and q.sentence.endswith("about ….")
    assert q.to_dict()["left_out"] is True
    assert "the new rotary shed" not in asked
