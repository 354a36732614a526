"""Fixtures shared by the checker's tests: the shipped rules compiled once, and the learned
model loaded once, for the whole session."""

from __future__ import annotations

from typing import Any

import pytest

from followup.core.check import compile_rules
from followup.services.checking import learned_model, shipped_rule_data


@pytest.fixture(scope="session")
def rules() -> Any:
    return compile_rules(shipped_rule_data())


@pytest.fixture(scope="session")
def model() -> Any:
    return learned_model()
