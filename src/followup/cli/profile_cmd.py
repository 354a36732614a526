"""`followup profile`: your name, contact and qualifications, reused in every draft."""

from __future__ import annotations

from typing import Annotated

import typer

from followup.cli.app import app
from followup.cli.context import get_ctx


@app.command("profile")
def profile_command(
    ctx: typer.Context,
    name: Annotated[str | None, typer.Option("--name", help="Your name.")] = None,
    email: Annotated[str | None, typer.Option("--email", help="Your email address.")] = None,
    phone: Annotated[str | None, typer.Option("--phone", help="Your phone number.")] = None,
    qualification: Annotated[
        list[str] | None,
        typer.Option(
            "--qualification",
            help="A qualification or strength, one short line (repeat; replaces the list).",
        ),
    ] = None,
    json_out: Annotated[bool, typer.Option("--json", help="Print the profile as JSON.")] = False,
) -> None:
    """Show your profile, or change the parts given."""
    from followup.services import records

    app_ctx = get_ctx(ctx)
    if any(v is not None for v in (name, email, phone, qualification)):
        profile = records.update_profile(
            app_ctx.settings, name=name, email=email, phone=phone, qualifications=qualification
        )
    else:
        profile = records.get_profile(app_ctx.settings)
    data = records.profile_dict(profile)
    if json_out:
        app_ctx.renderer.json(data)
    else:
        from followup.cli.record_views import show_profile

        show_profile(app_ctx.renderer, data)
