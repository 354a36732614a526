"""`followup config`: the effective settings, where each came from, and what is wrong."""

from __future__ import annotations

import click

from followup.cli import options
from followup.cli.context import AppContext, pass_app


@click.command("config")
@click.option("--reference", is_flag=True, help="Print the configuration reference (Markdown).")
@options.json_option("Print JSON for machines.")
@pass_app
def config_command(app: AppContext, reference: bool, json_out: bool) -> None:
    """Show every setting, its value and where it came from (default, policy, file, env),
    the config file and the database in use.

    Settings live in one TOML file; FOLLOWUP_<SECTION>_<KEY> overrides any of them. A
    mistake in the file (a typo, a wrong value) is shown with its line, and the setting
    keeps its default until it is fixed.
    """
    from followup import config

    if reference:
        app.renderer.text(config.reference_markdown().rstrip("\n"))
        return
    problems: list[str] = []
    settings = config.load_settings(problems=problems).with_flags(app.overrides)
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
        app.renderer.json(
            {
                "config_file": str(settings.config_file),
                "database": settings.db_location,
                "problems": problems,
                "settings": rows,
            }
        )
        return
    from followup.cli.views import show_config

    show_config(app.renderer, str(settings.config_file), settings.db_location, problems, rows)
