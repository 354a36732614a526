"""`followup serve`: the web app on this computer."""

from __future__ import annotations

import click

from followup.cli import options
from followup.cli.context import AppContext, pass_app


@click.command("serve")
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    metavar="ADDRESS",
    help="Address to listen on. Anything but loopback is reachable from other machines "
    "and prints a warning.",
)
@click.option(
    "--port",
    type=click.IntRange(0, 65535),
    default=None,
    metavar="PORT",
    help="Port to listen on (0: any free one). Default: 8765, or any free port if taken.",
)
@click.option("--no-browser", is_flag=True, help="Do not open a browser; only print the link.")
@options.today_option
@pass_app
def serve_command(
    app: AppContext, host: str, port: int | None, no_browser: bool, today: str | None
) -> None:
    """Start the web app and print its link (http://127.0.0.1:PORT/?token=…), which signs the
    browser in; open it in a browser unless --no-browser. Stop with Ctrl-C."""
    from followup.web.server import serve

    serve(
        app.settings,
        host=host,
        port=port,
        browser=not no_browser,
        today=today,
        say=app.renderer.text,
        warn=app.renderer.warn,
    )
