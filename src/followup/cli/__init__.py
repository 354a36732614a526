"""The `followup` command. `main` is the one place where errors become one line and an exit code."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Sequence


def _error(message: str) -> None:
    from followup.core.text import clean

    text = " ".join(clean(str(message)).split())
    if len(text) > 400:  # a hostile value must not flood the terminal
        text = text[:300] + " … " + text[-80:]
    sys.stderr.write(f"followup: error: {text}\n")


def current_round() -> int | None:
    """The round ID the running command was given (its `round_id` argument), or None: what
    a hint's 'followup edit ID' stands for."""
    options = sys.modules.get("followup.cli.options")
    ctx = getattr(getattr(options, "HelpContext", None), "latest", None)
    value = ctx.params.get("round_id") if ctx is not None else None
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def run_guarded(run: Callable[[], int | None]) -> int:
    """Run one command and return its exit code: a FollowupError becomes its one line and
    exit code, anything else one line too (never a traceback). Once the command has said
    it stored its change (`Renderer.stored`), a failure is a warning and exit 0."""
    from followup.cli.render import reset_stored, stored_note, warn_after_stored
    from followup.core.errors import FollowupError

    reset_stored()
    try:
        result = run()
        sys.stdout.flush()
    except KeyboardInterrupt:
        _error("interrupted")
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:
        stored = stored_note()
        if stored is not None:  # the change is committed: only its report failed
            warn_after_stored(exc, stored)
            return 0
        if isinstance(exc, FollowupError):
            from followup.core.text import with_round

            _error(with_round(exc.message, current_round()))
            return exc.exit_code
        if os.environ.get("FOLLOWUP_DEBUG"):
            raise
        # the last line of defence: one line, never a traceback
        _error(f"unexpected {type(exc).__name__}: {exc} (run with FOLLOWUP_DEBUG=1 for details)")
        return 70
    finally:
        with contextlib.suppress(OSError, ValueError):  # a full disk was said already
            sys.stdout.flush()
        if "followup.store.phone_cache" in sys.modules:  # numbers shown: keep their forms
            from followup.store import phone_cache

            phone_cache.save()
    return result or 0


def _run_click(args: list[str]) -> int:
    """The command line: Click parses `args` and runs the command; its own errors (a bad
    option, a missing argument) become one line and exit 2."""
    import click

    from followup.cli.app import root

    try:
        result = root.main(args=args, prog_name="followup", standalone_mode=False)
    except click.exceptions.NoArgsIsHelpError as exc:  # `followup`, `followup draft`: the help
        sys.stdout.write(exc.format_message().rstrip("\n") + "\n")
        return 0
    except click.UsageError as exc:
        from followup.cli import usage

        line, code = usage.message(exc)
        _error(line)
        return code
    except click.ClickException as exc:
        _error(exc.format_message())
        return exc.exit_code
    except (click.Abort, EOFError):
        from followup.cli.render import stored_note

        if stored_note() is not None:  # cancelled after the change was stored: it stays
            raise
        _error("cancelled; nothing was changed")
        return 1
    return result if isinstance(result, int) else 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code (never raise, never print a traceback).

    Run as the `followup` program (no `argv`), the process ends right after: the cyclic
    garbage collector waits longer between passes (a young generation of 100,000 objects:
    an everyday command makes about that many, nearly all kept, so a pass would only walk
    them; a long-running `serve` still collects, in larger steps), and what is left at
    the end is frozen so that the collection at interpreter exit does not walk every object
    again (a tenth of a short command's start-up work; memory goes back to the system); the
    patterns modules compile as they load are made from a saved form (cli/regex_cache.py),
    the methods dataclasses write are compiled once and kept (store/code_cache.py), the
    checker's results and the drafts' facts and sentences are kept (services/kept.py), and the
    standard-library modules libraries import but a command seldom uses run on first use
    (cli/lazy_modules.py)."""
    if argv is not None:
        return run_guarded(lambda: _run_click(list(argv)))
    import gc

    from followup.cli import lazy_modules

    gc.set_threshold(100_000, 10, 10)  # CPython's default young generation is 700 objects
    lazy_modules.install(sys.argv[1:])  # first: the caches' own imports (pathlib) benefit too
    from followup.cli import regex_cache
    from followup.services import kept
    from followup.store import code_cache

    regex_cache.install()
    code_cache.install()
    kept.install()
    code = run_guarded(lambda: _run_click(sys.argv[1:]))
    gc.freeze()
    with contextlib.suppress(Exception):  # a cache only saves time
        regex_cache.save()
    with contextlib.suppress(Exception):
        code_cache.save()
    return code
