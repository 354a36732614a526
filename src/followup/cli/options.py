"""Options and arguments that several commands take, declared once with their help text.

Typer copies an option's declaration each time a command uses it, so one `Annotated` type
serves every command. Options whose help says something different per command (what --json
prints, what --item does on `edit`) stay in their command.
"""

from __future__ import annotations

from typing import Annotated

import typer

RoundId = Annotated[int, typer.Argument(metavar="ID", help="The round's id (see list).")]
Today = Annotated[
    str | None, typer.Option("--today", help="Pretend today is this date, YYYY-MM-DD.")
]
Interviewed = Annotated[
    str | None, typer.Option("--interviewed", help="Interview day, YYYY-MM-DD.")
]
Time = Annotated[str | None, typer.Option("--time", help="Interview time, HH:MM.")]
Format = Annotated[str | None, typer.Option("--format", help="video, phone or in-person.")]
CHANNEL_HELP = "How arrangements were made: email, phone, unknown."
Deadline = Annotated[
    str | None, typer.Option("--deadline", help="The employer's decision date, YYYY-MM-DD.")
]
Country = Annotated[
    str | None,
    typer.Option(
        "--country", help="Recipient's country code (default: the user.country setting, US)."
    ),
]
Subdiv = Annotated[
    str | None, typer.Option("--subdiv", help="Recipient's state or region code, e.g. CA.")
]
Items = Annotated[
    list[str] | None, typer.Option("--item", help="An item or product discussed (repeat).")
]
JobUrl = Annotated[str | None, typer.Option("--job-url", help="Link to the job posting.")]
JsonMachine = Annotated[
    bool, typer.Option("--json", help="Print JSON for machines instead of the human view.")
]
JsonRecord = Annotated[bool, typer.Option("--json", help="Print the record as JSON.")]
