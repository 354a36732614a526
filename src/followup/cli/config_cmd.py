"""`followup config`: the effective settings and where each came from."""

from __future__ import annotations

import click

from followup.cli import options
from followup.cli.context import AppContext, pass_app


@click.command("config")
@click.option("--reference", is_flag=True, help="Print the configuration reference (Markdown).")
@options.json_option("Print JSON for machines.")
@pass_app
def config_command(app: AppContext, reference: bool, json_out: bool) -> None:
    """Show every setting, its value and where it came from (default, policy, file, env).

    Settings live in one TOML file; FOLLOWUP_<SECTION>_<KEY> overrides any of them.
    """
    from followup import config

    if reference:
        app.renderer.text(config.reference_markdown().rstrip("\n"))
        return
    settings = app.settings
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
        app.renderer.json({"config_file": str(settings.config_file), "settings": rows})
        return
    from followup.cli.views import show_config

    show_config(app.renderer, str(settings.config_file), rows)
