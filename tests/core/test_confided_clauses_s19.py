"""Things said in confidence, judged clause by clause (issue 10, session 19). A clause of a jot
that carries a marker ('(between us)', 'keep quiet') or tells what the notes say in
confidence is taken out, and the rest of the jot is said; a jot that is private as a whole is
left out whole. A topic is only held to tell a confidence of the notes when it names what the
confidence is about or says two of its words: another shared word (the role's own initials
'FOM', 'costs', a person's name) drags nothing out (the v17 rounds lost 27 of their topics
that way)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from followup.config import load_settings
from followup.core import compose
from followup.core.models import Format, Interview, Person, PersonRole, Profile
from followup.services import drafting, planning
from helpers_drafts import DAY, email_round

SETTINGS = load_settings(env={})
LEXICON = drafting.load_data(SETTINGS).language.lexicon


def hotel(notes: str, topics: list[str] | None = None) -> Interview:
    return email_round(
        "Marina Lantern Hotel",
        "Front Office Manager",
        [
            Person("Ana Goh", "ana@lantern.example", role=PersonRole.COORDINATOR),
            Person("Adrian Lim", "adrian@lantern.example", title="Director of Rooms"),
        ],
        format=Format.IN_PERSON,
        country="US",
        topics=topics or [],
        notes=notes,
    )


NOTES = (
    "adrian said quietly the current FOM leaves end nov. the vendor contract for the kiosks "
    "ends in march, keep it quiet. dean said between us the board is nervous about costs"
)


@pytest.mark.parametrize(
    ("jot", "said", "told"),
    [
        ("the new self check-in kiosks - (between us) the budget got cut",
         "the new self check-in kiosks", ["the budget got cut"]),
        ("the kiosk rollout, vendor contract ends in march", "the kiosk rollout",
         ["vendor contract ends in march"]),
        ("club lounge reopens after reno in jan, FOM would own club floor check-in too",
         "club lounge reopens after reno in jan, FOM would own club floor check-in too", []),
        ("queue times at peak (keep quiet)", "queue times at peak (keep quiet)", []),
        ("the board meeting in spring", "the board meeting in spring", []),
    ],
)  # fmt: skip
def test_a_private_clause_is_taken_out_and_the_rest_kept(jot, said, told):
    assert compose.unconfided(jot, LEXICON, hotel(NOTES)) == (said, told)


@pytest.mark.parametrize(
    ("topic", "private"),
    [
        ("club lounge reopens after reno in jan, FOM would own club floor check-in too", False),
        ("GM hoffmann was a FOM himself 15 yrs ago", False),
        ("the costs of the kiosk upgrade", False),
        ("the FOM leaves at the end of november", True),
        ("vendor contract renewal for the kiosks", True),
        ("queue times at peak (keep quiet)", True),
    ],
)
def test_a_topic_tells_a_confidence_only_when_it_says_it(topic, private):
    assert compose.confided(topic, LEXICON, hotel(NOTES)) is private


def test_drafts_say_the_public_clause_and_never_the_private_one():
    i = hotel(
        NOTES,
        ["adrian: the new self check-in kiosks - (between us) the budget got cut",
         "adrian: club lounge reopens after the refit in january"],
    )  # fmt: skip
    profile = Profile(
        "Rachel Teo", "rachel@example.com",
        qualifications=["cut peak check-in queues from 11 to 4 minutes"],
    )  # fmt: skip
    today = DAY + timedelta(days=3)
    plan = planning.Planner(SETTINGS, today)(i)
    notes = [
        *drafting.compose_drafts(SETTINGS, i, profile, plan, kind="email", today=today).written,
        *drafting.compose_drafts(
            SETTINGS, i, profile, plan, kind="email", each=True, today=today
        ).written,
    ]
    text = "\n".join(w.draft.body for w in notes)
    assert "budget" not in text and "between us" not in text.lower(), text
    assert "kiosks" in text or "club lounge" in text, text
    for w in notes:
        assert w.verdict == "ready", (w.reasons, w.draft.body)
    assert any("the budget got cut" in x for x in notes[0].warnings), notes[0].warnings
