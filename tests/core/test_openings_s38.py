"""Session 38: the plan's note and the personal notes of one round are written in separate
calls (`draft ID` and `draft ID --each`), so two of them must never open on the same sentence
from two banks: no opening of the personal notes ('open') is also an opening of the short
ones ('open_short'). The held-out set v28b showed 'Thank you for seeing me last Wednesday.'
in two notes of one panel after a variant was reworded into both banks."""

from __future__ import annotations

from followup.config import load_settings
from followup.services import drafting


def test_no_opening_is_in_two_opening_banks() -> None:
    slots = drafting.load_data(load_settings(env={})).language.bank.slots
    assert not set(slots["open"]) & set(slots["open_short"])
