"""'email to A + B' names two people to write to, never one to go through (session 42, from
the graded held-out v32: 'THANK-YOU: email to Mrs. Adeyemi-Okon + Alhaji Sani, cc Ifeoma' sent
the financial controller's note to the head of actuarial 'to pass on'). A route to one person
that the notes go on from with something else still routes. Jots in new wording, people
invented."""

from __future__ import annotations

import pytest

from followup.config import load_settings
from followup.core import etiquette
from followup.core.models import Person, PersonRole
from followup.services import drafting

SETTINGS = load_settings(env={})
PEOPLE = [
    Person("Chiamaka Eze", "recruit@harbourlife.example", title="HR partner",
           role=PersonRole.COORDINATOR),
    Person("Mrs. Bisola Adewale", "bisola.adewale@harbourlife.example", title="head of claims"),
    Person("Alhaji Musa Danjuma", "m.danjuma@harbourlife.example", title="financial controller"),
    Person("Kelechi", None, title="analyst"),
]  # fmt: skip


def words() -> etiquette.Words:
    return drafting.load_data(SETTINGS).etiquette


@pytest.mark.parametrize(
    ("jot", "via"),
    [
        ("THANK-YOU: email to Mrs. Adewale + Alhaji Musa, cc Chiamaka", None),
        ("thank-yous: send to bisola and alhaji musa; kelechi's via chiamaka", None),
        ("thanks: email to bisola & danjuma", None),
        ("THANK-YOUS: email Bisola, Musa, Chiamaka - first names", None),
        # one person to go through, then something else: still the route
        ("send thank yous to chiamaka + she'll pass them on", "Chiamaka Eze"),
        ("everything via chiamaka - and kelechi has no email", "Chiamaka Eze"),
    ],
)  # fmt: skip
def test_two_people_to_write_to_are_no_route(jot, via):
    rules = etiquette.read(jot, PEOPLE, words())
    assert (rules.via.name if rules.via else None) == via
