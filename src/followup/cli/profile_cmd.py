"""`followup profile`: your name, contact and qualifications, reused in every draft."""

from __future__ import annotations

import click

from followup.cli import options
from followup.cli.context import AppContext, pass_app


@click.command("profile")
@click.option("--name", metavar="TEXT", help="Your name.")
@click.option("--email", metavar="ADDRESS", help="Your email address.")
@click.option(
    "--phone",
    metavar="NUMBER",
    help="Your phone number, as you dial it (with the country code when abroad).",
)
@click.option(
    "--address",
    metavar="TEXT",
    help="Your postal address, for letters (lines kept; empty clears it).",
)
@click.option(
    "--qualification",
    multiple=True,
    metavar="TEXT",
    help="A qualification or strength, one short line (repeat; replaces the list).",
)
@options.json_option("Print the profile as JSON.")
@pass_app
def profile_command(
    app: AppContext, name: str | None, email: str | None, phone: str | None,
    address: str | None, qualification: tuple[str, ...], json_out: bool,
) -> None:  # fmt: skip
    """Show your profile, or change the parts given."""
    from followup.services import records

    qualifications = options.listed(qualification)
    changed = any(v is not None for v in (name, email, phone, address, qualifications))
    if changed:
        profile = records.update_profile(
            app.settings,
            name=name,
            email=email,
            phone=phone,
            qualifications=qualifications,
            address=address,
        )
        app.renderer.stored("the profile is stored")
        if phone:
            from followup.core.phones import unconfirmed_notice

            notice = unconfirmed_notice(profile.phone, "--phone")
            if notice:
                app.renderer.warn(notice)
    else:
        profile = records.get_profile(app.settings)
    data = records.profile_dict(profile)
    if json_out:
        app.renderer.json(data)
    else:
        from followup.cli.record_views import show_profile

        show_profile(app.renderer, data)
