"""`followup card ID`: the thank-you card as a PDF, with its envelope and post-by date."""

from __future__ import annotations

from pathlib import Path

import click

from followup.cli import options
from followup.cli.context import AppContext, pass_app


@click.command("card")
@options.round_id_argument()
@click.option(
    "--output",
    "-o",
    metavar="FILE",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Where to write the PDF (default: thank-you-card-COMPANY.pdf here).",
)
@click.option(
    "--size",
    metavar="SIZE",
    default="a6",
    show_default=True,
    help="a6 (105×148 mm card, C6 envelope) or a2 (the US 4¼×5½ in card and envelope).",
)
@click.option("--to", metavar="NAME", help="The card to this person (a name prefix will do).")
@click.option("--each", is_flag=True, help="One card per interviewer.")
@click.option("--force", is_flag=True, help="Write over FILE if it exists (else asked).")
@options.today_option
@options.json_option('Print {"path", "size", "pages", "fonts", "cards"} as JSON.')
@pass_app
def card_command(
    app: AppContext, round_id: int, output: Path | None, size: str, to: str | None,
    each: bool, force: bool, today: str | None, json_out: bool,
) -> None:  # fmt: skip
    """Lay out the thank-you card for round ID as a PDF to copy by hand.

    For each card: a page at card size with the words (the round's card draft, as you edited
    it) to copy, or to print inside a blank card; then an envelope page with both addresses
    and the post-by date where the stamp goes. Names in any script are set in an installed
    font that has them. The cards are for the plan's recipient, or with --each one for each
    interviewer. An existing FILE is replaced only with --force or when you say so.
    """
    from followup.cli.asking import may_replace
    from followup.services import cards

    path = cards.output_path(app.settings, round_id, output)
    result = cards.card_file(
        app.settings, round_id, output=path, size=size, to=to, each=each, today=today,
        replace=force or may_replace(path),
    )  # fmt: skip
    if json_out:
        app.renderer.json(result)
        return
    for warning in dict.fromkeys(w for card in result["cards"] for w in card["warnings"]):
        app.renderer.warn(warning)  # each once, however many cards share it
    from datetime import date

    from followup.core.plan import fmt_day

    first = result["cards"][0]["post_by"] if result["cards"] else None
    post = f"; post it by {fmt_day(date.fromisoformat(first))}" if first else ""
    count = len(result["cards"])
    written = "1 card" if count == 1 else f"{count} cards"
    app.renderer.say(f"Wrote {written} to {result['path']}{post}.")
