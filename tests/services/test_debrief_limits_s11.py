"""The user's debrief.toml [proposals] limits (s11): a cap on a long talk's topics below the
cap on a short one's is a mistake, said as one clear line, not quietly taken as the larger."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from followup.config import load_settings
from followup.core.errors import ConfigError
from followup.services.debrief import load_data


def _settings(tmp_path: Path, proposals: str):
    (tmp_path / "debrief.toml").write_text(f"[proposals]\n{proposals}\n", encoding="utf-8")
    return replace(load_settings(env={}), config_file=tmp_path / "config.toml")


@pytest.mark.parametrize(
    "proposals",
    ["most_topics = 5", "max_topics = 10\nmost_topics = 9", "max_topics = 3\nmost_topics = 2"],
)
def test_most_topics_below_max_topics_is_refused(tmp_path: Path, proposals: str) -> None:
    with pytest.raises(ConfigError, match="most_topics"):
        load_data(_settings(tmp_path, proposals))


def test_most_topics_equal_to_max_topics_is_a_fixed_cap(tmp_path: Path) -> None:
    _, limits = load_data(_settings(tmp_path, "max_topics = 7\nmost_topics = 7"))
    assert limits.topics_for(50_000) == 7
