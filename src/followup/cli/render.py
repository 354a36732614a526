"""Output: JSON for machines, Rich for people. Rich is imported only when a person reads.

Stored text is printed as it was typed, never read as Rich markup (`[bold]`, `[link=…]`) or
emoji codes, and whatever reaches the terminal goes through `core.text.clean` (no escape
sequences, control, bidi or zero-width characters), whichever view draws it. JSON output
writes such characters as `\\uXXXX` escapes: the same value, nothing a terminal acts on.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
from collections.abc import Iterable
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


def _unicode_stdout() -> bool:
    """Whether standard output can write every character. When it cannot (an ASCII or
    Latin-1 locale), what it cannot write becomes '?' in human views instead of failing,
    and JSON is written with \\u escapes (the same value)."""
    encoding = (getattr(sys.stdout, "encoding", None) or "").lower().replace("-", "")
    if encoding.replace("_", "").startswith("utf"):
        return True
    reconfigure = getattr(sys.stdout, "reconfigure", None)
    if reconfigure is not None:
        with contextlib.suppress(ValueError, OSError):
            reconfigure(errors="replace")
    return False


def _silence_stdout() -> None:
    """Send what is still to be written to standard output (a full disk, a closed file) to
    the null device, so the last flush at exit cannot fail as well."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)


class Renderer:
    def __init__(self) -> None:
        self._console: Console | None = None
        self.unicode = _unicode_stdout()

    @property
    def console(self) -> Console:
        if self._console is None:
            self._console = _clean_console()
        return self._console

    def json(self, data: Any) -> None:
        text = json.dumps(data, ensure_ascii=not self.unicode, indent=2)
        sys.stdout.write(json_safe(text) + "\n")

    def json_line(self, data: Any) -> None:
        sys.stdout.write(json_safe(json.dumps(data, ensure_ascii=not self.unicode)) + "\n")

    def print(self, *objects: Any) -> None:
        self.console.print(*objects)

    def text(self, line: str = "") -> None:
        sys.stdout.write(clean(line) + "\n")

    def say(self, message: str, rest: str = "") -> None:
        """A sentence for a person, wrapped to the terminal's width (cli/layout.py: words,
        days, numbers and quoted commands kept whole); `rest` starts its next lines."""
        from followup.cli import layout

        for line in layout.wrap(message, layout.width(), "", rest, breaks=True):
            self.text(line)

    def warn(self, message: str) -> None:
        from followup.cli import current_round
        from followup.core.text import with_round

        message = with_round(message, current_round())
        sys.stderr.write(f"followup: warning: {clean(message, newlines=False)}\n")

    def stored(self, what: str) -> None:
        """Say that the command has committed everything it changes ("round #7 is stored"):
        from here on it only reports, so a failure to write that report (a full disk, a
        closed pipe, a terminal that cannot draw it) is a warning and exit 0, never a failed
        command that a user would run again and so store twice (see `cli.run_guarded`)."""
        _STORED.append(what)


_STORED: list[str] = []


def reset_stored() -> None:
    _STORED.clear()


def stored_note() -> str | None:
    """What the running command has stored (Renderer.stored), or None before it commits."""
    return _STORED[-1] if _STORED else None


def warn_after_stored(exc: BaseException, what: str) -> None:
    """The one line for a command that stored its change and then failed to report it."""
    if isinstance(exc, OSError):
        _silence_stdout()
    reason = getattr(exc, "message", None) or f"{type(exc).__name__}: {exc}"
    message = clean(f"{what}, but the command could not finish ({reason})", newlines=False)
    sys.stderr.write(f"followup: warning: {message}\n")
