"""`followup check FILE…`: check follow-up notes for tone, content and names (SPEC §5)."""

from __future__ import annotations

import click

from followup.cli import options
from followup.cli.context import AppContext, pass_app


@click.command("check")
@click.argument(
    "files",
    nargs=-1,
    required=True,
    metavar="FILE…",
    help="Notes to check (plain text); - reads standard input.",
)
@click.option(
    "--kind",
    default="email",
    show_default=True,
    metavar="KIND",
    help="What the note is: email, letter, card or check-in (a polite check-in after silence).",
)
@click.option("--company", metavar="TEXT", help="The company interviewed with.")
@click.option("--role", metavar="TEXT", help="The role interviewed for.")
@click.option(
    "--person",
    multiple=True,
    metavar="NAME",
    help="Someone met at the interview (repeat for each).",
)
@click.option(
    "--topic", multiple=True, metavar="TEXT", help="A topic or detail discussed (repeat for each)."
)
@click.option(
    "--interview",
    type=options.ROUND_ID,
    metavar="ID",
    help="Take the company, role, people and topics from stored round ID.",
)
@options.json_option("Print one JSON object per file, one per line.")
@pass_app
def check_command(
    app: AppContext, files: tuple[str, ...], kind: str, company: str | None, role: str | None,
    person: tuple[str, ...], topic: tuple[str, ...], interview: int | None, json_out: bool,
) -> int:  # fmt: skip
    """Check follow-up notes before they go out: the elements a thank-you needs, and what
    would hurt you (desperation, negativity, casual language, pushiness, leftover
    placeholders, names that do not match the record, a wrong length).

    Exit status: 0 when every note is ready, 1 when any needs revising, 2 or 3 when a
    file cannot be read (missing, a folder, binary, too large).
    """
    from followup.cli.check_view import show_checks
    from followup.services import checking

    settings = app.settings
    facts = checking.facts_from_options(
        settings, company, role, list(person), list(topic), interview
    )
    outcomes = checking.check_files(settings, list(files), kind.strip().lower(), facts)
    show_checks(app.renderer, outcomes, json_out)
    return checking.exit_code(outcomes)
