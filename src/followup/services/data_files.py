"""The data files the use cases read: data/<name> as shipped, with the user's file of the same
name (beside config.toml) laid over it, and the [etiquette] words planning reads a round's
route with.

Light on purpose: planning, video and drafting all import it, and only drafting needs the
drafting stack (core.compose, the templates, the checker), so a plan of a stored round whose
notes name a route costs no more than reading one table.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from followup.config import Settings
from followup.core import etiquette
from followup.core.errors import ConfigError, InvalidInput
from followup.core.package_data import DATA_DIR


def merge(base: dict[str, Any], top: dict[str, Any]) -> dict[str, Any]:
    """`base` with `top` laid over it: tables merged key by key, other values replaced."""
    out = dict(base)
    for key, value in top.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = merge(out[key], value)
        else:
            out[key] = value
    return out


def user_data_path(settings: Settings) -> Path:
    """The user's drafting.toml, beside config.toml."""
    return settings.config_file.parent / "drafting.toml"


def data_file(settings: Settings, name: str) -> dict[str, Any]:
    """data/<name>, with the user's file of that name (beside config.toml) laid over it."""
    data = shipped_data(name)
    mine = settings.config_file.parent / name
    if mine.is_file():
        import tomllib

        try:
            data = merge(data, tomllib.loads(mine.read_text(encoding="utf-8")))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(f"cannot read {mine}: {exc}") from None
    return data


def shipped_data(name: str) -> dict[str, Any]:
    """data/<name>, parsed (kept in the cache folder: store.cache_files.parsed_toml)."""
    from followup.store.cache_files import parsed_toml

    return parsed_toml(DATA_DIR / name)


def etiquette_words(settings: Settings) -> etiquette.Words:
    """The [etiquette] table of data/drafting.toml (with the user's file laid over it) alone:
    what planning reads the round's route with, without the rest of the drafting data."""
    try:
        table = data_file(settings, "drafting.toml").get("etiquette", {})
        return etiquette.Words.from_mapping(table)
    except InvalidInput as exc:
        raise ConfigError(str(exc)) from None
