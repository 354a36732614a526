"""`followup config`: the effective settings and where each came from."""

from __future__ import annotations

from typing import Annotated

import typer

from followup.cli.app import app
from followup.cli.context import get_ctx


@app.command("config")
def config_command(
    ctx: typer.Context,
    reference: Annotated[
        bool, typer.Option("--reference", help="Print the configuration reference (Markdown).")
    ] = False,
    json_out: Annotated[bool, typer.Option("--json", help="Print JSON for machines.")] = False,
) -> None:
    """Show every setting, its value and where it came from (default, policy, file, env).

    Settings live in one TOML file; FOLLOWUP_<SECTION>_<KEY> overrides any of them.
    """
    from followup import config

    app_ctx = get_ctx(ctx)
    if reference:
        app_ctx.renderer.text(config.reference_markdown().rstrip("\n"))
        return
    settings = app_ctx.settings
    rows = [
        {
            "name": s.name,
            "value": config.render_value(settings[s.name]),
            "source": settings.sources[s.name],
            "env": s.env_var,
            "description": s.description,
        }
        for s in config.SETTINGS
    ]
    if json_out:
        app_ctx.renderer.json({"config_file": str(settings.config_file), "settings": rows})
        return
    from followup.cli.views import show_config

    show_config(app_ctx.renderer, str(settings.config_file), rows)
