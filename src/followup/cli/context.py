"""AppContext: built once in the root callback (cli/app.py), handed to every command."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import click

from followup.cli.render import Renderer

if TYPE_CHECKING:
    from followup.config import Settings


@dataclass
class AppContext:
    """What every command needs: the settings (with `--db` applied) and the renderer."""

    renderer: Renderer = field(default_factory=Renderer)
    _settings: Settings | None = None
    overrides: dict[str, Any] = field(default_factory=dict)

    @property
    def settings(self) -> Settings:
        """Settings are read on first use, so `--help` never touches the config file."""
        if self._settings is None:
            from followup.config import load_settings

            self._settings = load_settings().with_flags(self.overrides)
            if self._settings.db_named:
                from followup.store import db

                db.named(self._settings.db_url)
            _remember_phones(self._settings)
        return self._settings


def _remember_phones(settings: Settings) -> None:
    """Load the phone numbers' forms that earlier runs worked out (store.phone_cache)."""
    from followup.config import cache_dir
    from followup.store import phone_cache

    try:
        phone_cache.load(cache_dir(settings.env))
    except OSError:  # no cache folder can be named: numbers are worked out as needed
        return


# `@pass_app` gives a command the AppContext of the root callback as its first parameter.
pass_app = click.make_pass_decorator(AppContext, ensure=True)
