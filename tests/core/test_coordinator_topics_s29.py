"""Who said what, to the coordinator (issue 10, session 29): a coordinator who arranged the
interview may not have been in the room, so a sentence of their note that tells of talk about a
topic places it in the interview or with the person who raised it, never as talk had with the
reader ('I was glad to get to discuss the bundling sticks.' was a grader's worst line)."""

from __future__ import annotations

import re

from followup.config import load_settings
from followup.services import drafting

DATA = drafting.load_data(load_settings(env={}))
_TALK = re.compile(r"\b(?:talk|talked|discuss|discussed|discussion|conversation|questions)\b")
_PLACED = re.compile(
    r"^The (?:\w+ )?discussion of|the interview|\{topic_by\}|panel|the day|answer|so early on"
)


def test_a_coordinator_is_told_of_talk_only_as_the_interview_s() -> None:
    for slot, variants in DATA.language.bank.slots.items():
        if not slot.startswith("c_spec"):
            continue
        for v in variants:
            if "{topic_about}" in v and _TALK.search(v):
                assert _PLACED.search(v), (slot, v)
