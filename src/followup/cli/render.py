"""Output: JSON for machines, Rich for people. Rich is imported only when a person reads."""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rich.console import Console


class Renderer:
    def __init__(self) -> None:
        self._console: Console | None = None

    @property
    def console(self) -> Console:
        if self._console is None:
            from rich.console import Console

            self._console = Console(highlight=False)
        return self._console

    def json(self, data: Any) -> None:
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")

    def json_line(self, data: Any) -> None:
        sys.stdout.write(json.dumps(data, ensure_ascii=False) + "\n")

    def print(self, *objects: Any) -> None:
        self.console.print(*objects)

    def text(self, line: str = "") -> None:
        sys.stdout.write(line + "\n")

    def warn(self, message: str) -> None:
        sys.stderr.write(f"followup: warning: {message}\n")
