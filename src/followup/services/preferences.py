"""Settings a person changes from the web app: the policy, and where everything lives."""

from __future__ import annotations

import tomllib
from typing import Any

from followup.config import Settings, data_dir, load_settings
from followup.core.errors import ConfigError, InvalidInput
from followup.core.policy import POLICY_DESCRIPTIONS, PRESETS
from followup.store import db


def overview(settings: Settings) -> dict[str, Any]:
    """Where the data lives and which policy is in force (with the ones to choose from)."""
    return {
        "database": db.where(settings.db_url),
        "data_folder": str(data_dir(settings.env)),
        "config_file": str(settings.config_file),
        "policy": str(settings["policy.name"]),
        "policy_source": settings.sources.get("policy.name", "default"),
        "policies": [
            {"name": name, "description": POLICY_DESCRIPTIONS.get(name, "")} for name in PRESETS
        ],
        "timezone": settings.timezone,
        "country": str(settings["user.country"]),
    }


def set_policy(settings: Settings, name: str) -> Settings:
    """Write `policy.name = NAME` into the config file (other settings kept) and return the
    settings read again, with the same command-line values on top."""
    if name not in PRESETS:
        raise InvalidInput(f"unknown policy {name!r} (known: {', '.join(sorted(PRESETS))})")
    path = settings.config_file
    data: dict[str, Any] = {}
    if path.exists():
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(f"cannot read the config file {path}: {exc}") from None
    section = data.setdefault("policy", {})
    if not isinstance(section, dict):
        raise ConfigError(f"{path}: 'policy' must be a [policy] table")
    section["name"] = name
    import tomli_w

    from followup.services.records import write_atomic

    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, tomli_w.dumps(data))
    flags = {n: v for n, v in settings.values.items() if settings.sources.get(n) == "flag"}
    return load_settings(settings.env).with_flags(flags)
