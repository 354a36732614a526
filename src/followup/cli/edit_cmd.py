"""`followup edit ID`: change what was recorded about a round."""

from __future__ import annotations

from typing import Annotated

import typer

from followup.cli import options
from followup.cli.app import app
from followup.cli.context import get_ctx


@app.command("edit")
def edit_command(
    ctx: typer.Context,
    round_id: options.RoundId,
    company: Annotated[
        str | None, typer.Option("--company", help="Move the round to this employer.")
    ] = None,
    role: Annotated[str | None, typer.Option("--role", help="Move it to this position.")] = None,
    interviewed: options.Interviewed = None,
    time: options.Time = None,
    tz: Annotated[str | None, typer.Option("--tz", help="Recipient's time zone.")] = None,
    format: options.Format = None,
    channel: Annotated[str | None, typer.Option("--channel", help=options.CHANNEL_HELP)] = None,
    deadline: options.Deadline = None,
    country: Annotated[str | None, typer.Option("--country", help="Country code.")] = None,
    subdiv: Annotated[str | None, typer.Option("--subdiv", help="Region code.")] = None,
    coordinator: Annotated[
        str | None, typer.Option("--coordinator", help='Replace the coordinator: "Name <email>".')
    ] = None,
    interviewer: Annotated[
        list[str] | None,
        typer.Option("--interviewer", help="Replace the interviewers with these (repeat)."),
    ] = None,
    topic: Annotated[
        list[str] | None, typer.Option("--topic", help="Replace the topics (repeat).")
    ] = None,
    item: Annotated[
        list[str] | None, typer.Option("--item", help="Replace the items (repeat).")
    ] = None,
    note: Annotated[str | None, typer.Option("--note", help="Replace the notes.")] = None,
    status: Annotated[
        str | None,
        typer.Option(
            "--status", help="The application's state: active, offer, rejected, withdrawn, ghosted."
        ),
    ] = None,
    job_url: options.JobUrl = None,
    clear: Annotated[
        list[str] | None,
        typer.Option(
            "--clear",
            help="Empty a field: time, tz, deadline, subdiv, coordinator, "
            "interviewers, topics, items, notes, job_url (repeat).",
        ),
    ] = None,
    today: options.Today = None,
    json_out: options.JsonRecord = False,
) -> None:
    """Change a recorded round: only the options given change."""
    from followup.services import records

    app_ctx = get_ctx(ctx)
    changes = records.RoundChanges(
        company, role, interviewed, time, tz, format, channel, deadline, country, subdiv,
        coordinator, interviewer, topic, item, note, status, job_url, list(clear or []),
    )  # fmt: skip
    record = records.edit_round(app_ctx.settings, round_id, changes, today)
    if json_out:
        app_ctx.renderer.json(record)
    else:
        from followup.cli.record_views import show_record

        show_record(app_ctx.renderer, record)
