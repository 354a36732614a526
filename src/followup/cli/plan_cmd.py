"""`followup plan`: how and when to follow up after one interview."""

from __future__ import annotations

import click

from followup.cli import options
from followup.cli.context import AppContext, pass_app


@click.command("plan")
@click.argument(
    "round_id",
    metavar="[ID]",
    type=options.ROUND_ID,
    required=False,
    help="A stored round's id (see followup list), instead of flags.",
)
@options.interviewed_option
@options.format_option
@click.option("--channel", metavar="CHANNEL", default="unknown", help=options.CHANNEL_HELP)
@options.deadline_option
@options.country_option
@options.subdiv_option
@click.option("--tz", metavar="ZONE", help=f"{options.TZ_HELP}.")
@options.items_option
@click.option(
    "--policy",
    metavar="NAME",
    help="Named policy: seed or quick-thanks (default: the policy.name setting).",
)
@options.today_option
@options.json_option(options.JSON_MACHINE)
@pass_app
def plan_command(
    app: AppContext, round_id: int | None, interviewed: str | None, format: str | None,
    channel: str, deadline: str | None, country: str | None, subdiv: str | None,
    tz: str | None, item: tuple[str, ...], policy: str | None, today: str | None,
    json_out: bool,
) -> None:  # fmt: skip
    """Say how (email or call, to whom) and when (window, ideal day, send time) to follow up.

    Plan a stored round by its ID, or an interview described by the options.
    Every decision comes with its reasons; warnings flag what needs your attention.
    """
    from followup.cli.asking import settle
    from followup.services import planning

    app.overrides["policy.name"] = policy
    contact = None
    if round_id is not None:
        if interviewed or format:
            from followup.core.errors import InvalidInput

            raise InvalidInput("plan a stored round by ID, or describe one with options; not both")
        from followup.services import records

        if json_out:
            app.renderer.json(records.plan_of(app.settings, round_id, today))
            return
        result, contact = records.plan_and_contact(app.settings, round_id, today)
    else:
        given = planning.PlanInput.required(
            interviewed, format, channel, deadline, country, subdiv, tz, options.listed(item),
            today,
        )  # fmt: skip
        result = settle(lambda g: planning.plan_from_flags(app.settings, g), given)
    if json_out:
        app.renderer.json(result.to_dict())
    else:
        from followup.cli.views import show_plan

        show_plan(app.renderer, result, app.settings.timezone, contact, round_id)
