"""A note can be pushy without being desperate (session 29, issue 8 kinds 2 and 3):

1. no answer yet, said plainly as the reason a check-in writes ("I am following up as I have
   not yet heard back", "I haven't received a reply yet, so I wanted to check in"), presses
   nobody; nothing at all, or still nothing ("I still haven't heard back", "not a thing"), does;
2. a demand that gives a personal reason ("since I have already told my family we are
   relocating") is pushy; the learned layer, which reads it a little like a plea too, reports
   one sentence under one of the two codes (the one it is further over the threshold of), as
   it does for a plea that reads a little like a complaint. A plea in a sentence of its own
   beside the demand is still desperation."""

from __future__ import annotations

import pytest

from conftest import checked
from followup.core.check import Facts

QUAY = Facts(
    "Larkspur Freight",
    "Customs Broker",
    ("Ingrid Solvang",),
    ("the bonded warehouse audit",),
)


def note(line: str) -> str:
    return (
        "Subject: Customs Broker - checking in\n\nDear Ms Solvang,\n\nThank you again for the"
        f" interview on 12 November. {line}\n\nI remain very interested in the Customs Broker"
        " role. Our talk about the bonded warehouse audit matched my five years of entry work"
        " at a port agency, and I hold the broker's licence. I would be excited to join"
        " Larkspur and am glad to discuss next steps.\n\nKind regards,\nMatthias Oyelowo\n"
    )


@pytest.mark.parametrize(
    "line",
    [
        "I am writing as I have not yet heard back about the broker role.",
        "I'm getting in touch since we haven't yet received a reply on the decision.",
        "I haven't heard back yet, so I thought I would check in.",
        "I have not received an answer yet and wanted to ask whether the timeline has moved.",
        "If I have not heard back by the end of the month, I will check in again.",
    ],
)
def test_no_answer_yet_as_the_reason_for_writing_is_no_plea(rules, model, line) -> None:
    found = checked(rules, model, note(line), QUAY)
    assert "desperation" not in {f.code for f in found.issues}, found.issues


@pytest.mark.parametrize(
    "line",
    [
        "I still haven't heard back from anyone about the role.",
        "I haven't heard a single word in three weeks.",
        "I am writing because I have not heard anything at all.",
    ],
)
def test_nothing_at_all_or_still_nothing_is_desperation(rules, model, line) -> None:
    found = checked(rules, model, note(line), QUAY)
    assert "desperation" in {f.code for f in found.issues}, found.issues


def test_a_demand_with_a_personal_reason_is_pushy_only(rules, model) -> None:
    line = (
        "Do let me know the exact date of your decision, since I have already told my family we"
        " are relocating, and I will keep calling reception daily until I hear."
    )
    found = checked(rules, model, note(line), QUAY)
    assert {f.code for f in found.issues} == {"pushy"}, found.issues


def test_a_plea_beside_a_demand_is_still_desperation(rules, model) -> None:
    line = (
        "I need your decision by Friday at the latest. I am begging you, this job is my last hope."
    )
    found = checked(rules, model, note(line), QUAY)
    assert {"pushy", "desperation"} <= {f.code for f in found.issues}, found.issues
