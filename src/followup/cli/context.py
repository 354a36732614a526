"""AppContext: built once in the root callback, handed to every command."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import typer

from followup.cli.render import Renderer

if TYPE_CHECKING:
    from followup.config import Settings


@dataclass
class AppContext:
    renderer: Renderer = field(default_factory=Renderer)
    _settings: Settings | None = None
    overrides: dict[str, Any] = field(default_factory=dict)

    @property
    def settings(self) -> Settings:
        """Settings are read on first use, so `--help` never touches the config file."""
        if self._settings is None:
            from followup.config import load_settings

            self._settings = load_settings().with_flags(self.overrides)
        return self._settings


def get_ctx(ctx: typer.Context) -> AppContext:
    root = ctx.find_root()
    if not isinstance(root.obj, AppContext):
        root.obj = AppContext()
    return root.obj
