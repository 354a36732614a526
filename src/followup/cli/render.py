"""Output: JSON for machines, Rich for people. Rich is imported only when a person reads.

Stored text is printed as it was typed, never read as Rich markup (`[bold]`, `[link=…]`) or
emoji codes, and whatever reaches the terminal goes through `core.text.clean` (no escape
sequences, control, bidi or zero-width characters), whichever view draws it. JSON output
writes such characters as `\\uXXXX` escapes: the same value, nothing a terminal acts on.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from followup.core.text import clean, is_clean, json_safe

if TYPE_CHECKING:
    from rich.console import Console, ConsoleOptions, RenderableType
    from rich.segment import Segment


def _clean_console() -> Console:
    """A Rich console that reads no markup or emoji codes and cleans every segment it writes."""
    from rich.console import Console
    from rich.segment import Segment

    class CleanConsole(Console):
        def render(
            self, renderable: RenderableType, options: ConsoleOptions | None = None
        ) -> Iterable[Segment]:
            for segment in super().render(renderable, options):
                if segment.control or is_clean(segment.text):
                    yield segment
                else:
                    yield Segment(clean(segment.text), segment.style)

    return CleanConsole(highlight=False, markup=False, emoji=False)


class Renderer:
    def __init__(self) -> None:
        self._console: Console | None = None

    @property
    def console(self) -> Console:
        if self._console is None:
            self._console = _clean_console()
        return self._console

    def json(self, data: Any) -> None:
        sys.stdout.write(json_safe(json.dumps(data, ensure_ascii=False, indent=2)) + "\n")

    def json_line(self, data: Any) -> None:
        sys.stdout.write(json_safe(json.dumps(data, ensure_ascii=False)) + "\n")

    def print(self, *objects: Any) -> None:
        self.console.print(*objects)

    def text(self, line: str = "") -> None:
        sys.stdout.write(clean(line) + "\n")

    def warn(self, message: str) -> None:
        sys.stderr.write(f"followup: warning: {clean(message, newlines=False)}\n")

    def saved(self, show: Callable[[], None], what: str) -> None:
        """Show what a command has stored. The change is committed already, so a failure
        to draw it is a warning, never a failed command (a user would try again and store
        it twice)."""
        try:
            show()
        except BrokenPipeError:
            raise
        except Exception as exc:  # drawing only: what was stored stays stored
            self.warn(f"{what}, but showing it failed ({type(exc).__name__}: {exc})")
