"""The `followup` command. `main` is the one place where errors become one line and an exit code."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Sequence


def _error(message: str) -> None:
    text = " ".join(str(message).split())
    if len(text) > 400:  # a hostile value must not flood the terminal
        text = text[:300] + " … " + text[-80:]
    sys.stderr.write(f"followup: error: {text}\n")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code (never raise, never print a traceback)."""
    args = list(sys.argv[1:] if argv is None else argv)
    from followup.cli.fast import try_fast

    fast = try_fast(args)  # `plan … --json`, `today`, `list` without Typer (start-up time)
    if fast is not None:
        return fast
    import typer.main
    from typer import Abort, _click

    from followup.cli.app import load_commands
    from followup.core.errors import FollowupError

    app = load_commands(args)
    command = typer.main.get_command(app)
    try:
        result = command.main(
            args=args,
            prog_name="followup",
            standalone_mode=False,
        )
    except FollowupError as exc:
        _error(exc.message)
        return exc.exit_code
    except _click.exceptions.NoArgsIsHelpError as exc:
        if exc.format_message().strip():  # Typer draws the help itself when Rich is on
            sys.stdout.write(exc.format_message().rstrip("\n") + "\n")
        return 0
    except _click.exceptions.UsageError as exc:
        where = f"{exc.ctx.command_path}: " if exc.ctx else ""
        _error(f"{where}{exc.format_message()} (see --help)")
        return 2
    except _click.exceptions.ClickException as exc:
        _error(exc.format_message())
        return exc.exit_code
    except (Abort, EOFError):
        _error("cancelled; nothing was changed")
        return 1
    except KeyboardInterrupt:
        _error("interrupted")
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # the last line of defence: one line, never a traceback
        if os.environ.get("FOLLOWUP_DEBUG"):
            raise
        _error(f"unexpected {type(exc).__name__}: {exc} (run with FOLLOWUP_DEBUG=1 for details)")
        return 70
    finally:
        with contextlib.suppress(BrokenPipeError):
            sys.stdout.flush()
    return result if isinstance(result, int) else 0
