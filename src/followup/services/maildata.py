"""data/mail.toml (with the user's mail.toml beside config.toml laid over it): the retry
schedule, and the rules that tell replies from automatic messages."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from followup.config import Settings
from followup.core.errors import ConfigError
from followup.core.package_data import DATA_DIR
from followup.core.tracking import MailRules


@dataclass(frozen=True)
class MailData:
    backoff_seconds: tuple[int, ...]
    max_attempts: int
    lease_seconds: int
    rules: MailRules


def load(settings: Settings) -> MailData:
    """The mail data for these settings (ConfigError names a wrong value)."""
    mine = settings.config_file.parent / "mail.toml"
    stamp = mine.stat().st_mtime_ns if mine.is_file() else None
    return _load(str(mine), stamp)


@lru_cache(maxsize=8)
def _load(mine: str, stamp: int | None) -> MailData:
    from followup.store.cache_files import parsed_toml

    data = parsed_toml(DATA_DIR / "mail.toml")
    if stamp is not None:
        import tomllib

        try:
            top = tomllib.loads(Path(mine).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(f"cannot read {mine}: {exc}") from None
        for section, table in top.items():
            if isinstance(table, dict) and isinstance(data.get(section), dict):
                data[section].update(table)
    try:
        retry, match, auto = data["retry"], data["match"], data["auto"]
        gaps = tuple(_whole(v, "retry.backoff_seconds") for v in retry["backoff_seconds"])
        return MailData(
            backoff_seconds=gaps,
            max_attempts=max(1, _whole(retry["max_attempts"], "retry.max_attempts")),
            lease_seconds=max(60, _whole(retry["lease_seconds"], "retry.lease_seconds")),
            rules=MailRules(
                free_mail_domains=_names(match["free_mail_domains"]),
                ats_relay_domains=_names(match["ats_relay_domains"]),
                auto_headers=tuple(_names(auto["headers_present"])),
                auto_precedence=tuple(_names(auto["precedence"])),
                auto_subjects=tuple(str(s).lower() for s in auto["subjects"]),
            ),
        )
    except (KeyError, TypeError) as exc:
        raise ConfigError(f"mail data: missing or wrong setting {exc}") from None


def _whole(value: Any, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ConfigError(f"mail data: {what} must be a whole number of at least 0")
    return value


def _names(values: Any) -> frozenset[str]:
    return frozenset(str(v).strip().lower() for v in values)
