"""Holiday names in a chosen language (issue 9: "before the Navy Day holiday" is matched
against the names in English, whatever the user's locale)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from followup.store.holiday_cache import HolidayCalendar


def test_names_in_the_language_asked_for_whatever_the_locale(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "es_ES.UTF-8")
    monkeypatch.setenv("LC_ALL", "es_ES.UTF-8")
    navy_day = date(2031, 5, 21)
    english = HolidayCalendar("CL", None, tmp_path, "en_US")
    assert english(navy_day) == "Navy Day"
    assert HolidayCalendar("CL", None, tmp_path, "en_US")(navy_day) == "Navy Day"  # cached
    # the locale's names are kept apart from the English ones
    assert HolidayCalendar("CL", None, tmp_path)(navy_day) != "Navy Day"
