"""Public holidays from the `holidays` package, cached on disk per country, region and year.

Importing `holidays` and building a country's calendar costs a few hundred milliseconds; the
cache keeps `followup plan` fast after the first run. The cache is keyed by the installed
package's location and modification time, so an upgrade of `holidays` refreshes it.
"""

from __future__ import annotations

import json
import os
import tempfile
from datetime import date
from pathlib import Path

from followup.core.errors import InvalidInput

_UNKNOWN_COUNTRY = "unknown country code {country!r} (use ISO 3166 codes such as US, GB, DE)"


def _package_tag() -> str:
    import importlib.util

    spec = importlib.util.find_spec("holidays")
    if spec is None or spec.origin is None:
        raise InvalidInput("the 'holidays' package is not installed")
    folder = Path(spec.origin).parent
    return f"{int(folder.stat().st_mtime)}"


def _compute(country: str, subdiv: str | None, year: int) -> dict[str, str]:
    import holidays

    try:
        table = holidays.country_holidays(country, subdiv=subdiv, years=year)
    except (NotImplementedError, ValueError, KeyError) as exc:
        if subdiv and "subdivision" in str(exc):
            raise InvalidInput(f"unknown subdivision {subdiv!r} for country {country}") from None
        raise InvalidInput(_UNKNOWN_COUNTRY.format(country=country)) from None
    return {day.isoformat(): str(name) for day, name in sorted(table.items())}


def validate_region(country: str, subdiv: str | None) -> tuple[str, str | None]:
    """Normalised (country, subdiv); raises InvalidInput for an unknown code."""
    country = country.strip().upper()
    if not country.isalpha() or len(country) not in (2, 3):
        raise InvalidInput(_UNKNOWN_COUNTRY.format(country=country))
    subdiv = subdiv.strip().upper() if subdiv else None
    return country, subdiv


class HolidayCalendar:
    """Looks up public holidays for one country/subdivision, one year file at a time."""

    def __init__(self, country: str, subdiv: str | None, cache: Path | None) -> None:
        self.country, self.subdiv = validate_region(country, subdiv)
        self.cache = cache
        self._years: dict[int, dict[str, str]] = {}

    def _path(self, year: int) -> Path | None:
        if self.cache is None:
            return None
        region = self.country + (f"-{self.subdiv}" if self.subdiv else "")
        return self.cache / "holidays" / _package_tag() / f"{region}-{year}.json"

    def _year(self, year: int) -> dict[str, str]:
        if year in self._years:
            return self._years[year]
        path = self._path(year)
        table: dict[str, str] | None = None
        if path is not None and path.exists():
            try:
                table = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                table = None
        if table is None:
            table = _compute(self.country, self.subdiv, year)
            if path is not None:
                _write_atomic(path, json.dumps(table))
        self._years[year] = table
        return table

    def __call__(self, day: date) -> str | None:
        return self._year(day.year).get(day.isoformat())

    def check(self, year: int) -> None:
        """Fail early (InvalidInput) when the country or subdivision is unknown."""
        self._year(year)


def _write_atomic(path: Path, text: str) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except OSError:
        pass  # a cache that cannot be written only costs speed
