"""Public holidays from the `holidays` package, cached on disk per country, region and year.

Importing `holidays` and building a country's calendar costs a few hundred milliseconds; the
cache keeps `followup plan` fast after the first run. The cache is keyed by the installed
package's location and modification time, so an upgrade of `holidays` refreshes it.
"""

from __future__ import annotations

import json
import re
import sys
from datetime import date
from pathlib import Path

from followup.core.errors import InvalidInput
from followup.store.cache_files import code_seen, code_version, package_folder

HOLIDAYS_CODE = code_seen(sys.modules[__name__])  # what computes a year, as this run imported it

_UNKNOWN_COUNTRY = "unknown country code {country!r} (use ISO 3166 codes such as US, GB, DE)"


def _package_tag() -> str:
    folder = package_folder("holidays")
    if folder is None:
        raise InvalidInput("the 'holidays' package is not installed")
    return f"{int(folder.stat().st_mtime)}"


def _compute(
    country: str, subdiv: str | None, year: int, language: str | None = None
) -> tuple[dict[str, str], str | None]:
    """The year's holidays, and a note for the user when the package's data is partial; the
    names in `language` (a `holidays` language code such as "en_US") when given, else in the
    package's choice for the country and the locale."""
    import warnings

    import holidays

    region = country + (f"-{subdiv}" if subdiv else "")
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            table = holidays.country_holidays(country, subdiv=subdiv, years=year, language=language)
    except (NotImplementedError, ValueError, KeyError) as exc:
        if subdiv and "subdivision" in str(exc):
            raise InvalidInput(f"unknown subdivision {subdiv!r} for country {country}") from None
        raise InvalidInput(_UNKNOWN_COUNTRY.format(country=country)) from None
    note = None
    if caught:
        text = str(caught[0].message)
        span = re.search(r"from (\d{4}) to (\d{4})", text)
        known = f"only from {span[1]} to {span[2]}" if span else "only in part"
        note = (
            f"Public holidays in {region} for {year} may be incomplete: they are known "
            f"{known}, so mostly weekends count that year."
        )
    return {day.isoformat(): str(name) for day, name in sorted(table.items())}, note


def validate_region(country: str, subdiv: str | None) -> tuple[str, str | None]:
    """Normalised (country, subdiv); raises InvalidInput for an unknown code."""
    country = country.strip().upper()
    if not country.isalpha() or len(country) not in (2, 3):
        raise InvalidInput(_UNKNOWN_COUNTRY.format(country=country))
    subdiv = subdiv.strip().upper() if subdiv else None
    return country, subdiv


class HolidayCalendar:
    """Looks up public holidays for one country/subdivision, one year file at a time; named in
    `language` ("en_US": what words said in English are matched against) when given."""

    def __init__(
        self, country: str, subdiv: str | None, cache: Path | None, language: str | None = None
    ) -> None:
        self.country, self.subdiv = validate_region(country, subdiv)
        self.cache = cache
        self.language = language
        self._years: dict[int, dict[str, str]] = {}
        self._notes: dict[int, str] = {}

    def _path(self, year: int) -> Path | None:
        if self.cache is None:
            return None
        code = code_version(HOLIDAYS_CODE)
        if code is None:  # this module changed since this run imported it
            return None
        region = self.country + (f"-{self.subdiv}" if self.subdiv else "")
        region += f"-{self.language}" if self.language else ""
        return self.cache / "holidays" / f"v2-{_package_tag()}-{code}" / f"{region}-{year}.json"

    def _year(self, year: int) -> dict[str, str]:
        if year in self._years:
            return self._years[year]
        path = self._path(year)
        table: dict[str, str] | None = None
        note: str | None = None
        if path is not None and path.exists():
            try:
                stored = json.loads(path.read_text(encoding="utf-8"))
                table, note = dict(stored["holidays"]), stored.get("note")
            except (OSError, ValueError, KeyError, TypeError):
                table = None  # unreadable or old: compute it again
        if table is None:
            table, note = _compute(self.country, self.subdiv, year, self.language)
            if path is not None:
                _write_atomic(path, json.dumps({"holidays": table, "note": note}))
        self._years[year] = table
        if note:
            self._notes[year] = str(note)
        return table

    def __call__(self, day: date) -> str | None:
        return self._year(day.year).get(day.isoformat())

    @property
    def notes(self) -> list[str]:
        """What the user should know about the years looked up so far (partial data)."""
        return [self._notes[year] for year in sorted(self._notes)]

    def notes_for(self, first: date, last: date) -> list[str]:
        """The notes of the years from `first` to `last` (a calendar shared by many plans)."""
        return [self._notes[y] for y in sorted(self._notes) if first.year <= y <= last.year]

    def check(self, year: int) -> None:
        """Fail early (InvalidInput) when the country or subdivision is unknown."""
        self._year(year)


def _write_atomic(path: Path, text: str) -> None:
    from followup.store.cache_files import write_cache

    write_cache(path, text)
