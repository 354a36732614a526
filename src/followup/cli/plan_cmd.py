"""`followup plan`: how and when to follow up after one interview."""

from __future__ import annotations

from typing import Annotated

import typer

from followup.cli import options
from followup.cli.app import app
from followup.cli.context import get_ctx


@app.command("plan")
def plan_command(
    ctx: typer.Context,
    round_id: Annotated[
        int | None,
        typer.Argument(metavar="[ID]", help="A stored round's id (see list), instead of flags."),
    ] = None,
    interviewed: options.Interviewed = None,
    format: options.Format = None,
    channel: Annotated[str, typer.Option("--channel", help=options.CHANNEL_HELP)] = "unknown",
    deadline: options.Deadline = None,
    country: options.Country = None,
    subdiv: options.Subdiv = None,
    tz: Annotated[
        str | None, typer.Option("--tz", help="Recipient's time zone, e.g. America/New_York.")
    ] = None,
    item: options.Items = None,
    policy: Annotated[
        str | None,
        typer.Option(
            "--policy",
            help="Named policy: seed or quick-thanks (default: the policy.name setting).",
        ),
    ] = None,
    today: options.Today = None,
    json_out: options.JsonMachine = False,
) -> None:
    """Say how (email or call, to whom) and when (window, ideal day, send time) to follow up.

    Plan a stored round by its ID, or an interview described by the options.
    Every decision comes with its reasons; warnings flag what needs your attention.
    """
    from followup.services import planning

    app_ctx = get_ctx(ctx)
    app_ctx.overrides["policy.name"] = policy
    if round_id is not None:
        if interviewed or format:
            from followup.core.errors import InvalidInput

            raise InvalidInput("plan a stored round by ID, or describe one with options; not both")
        day = planning.today_for(app_ctx.settings, today)
        result = planning.plan_stored(app_ctx.settings, round_id, day)
    else:
        given = planning.PlanInput.required(
            interviewed, format, channel, deadline, country, subdiv, tz, item, today
        )
        result = planning.plan_from_flags(app_ctx.settings, given)
    if json_out:
        app_ctx.renderer.json(result.to_dict())
    else:
        from followup.cli.views import show_plan

        show_plan(app_ctx.renderer, result, app_ctx.settings.timezone)
